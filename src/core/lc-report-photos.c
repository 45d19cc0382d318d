/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>
#include <string.h>

#include "lc-error.h"
#include "lc-file.h"
#include "lc-report.h"
#include "lc-store-private.h"

/*
 * The report's photos. A photo is read whole (bounded), decoded by
 * gdk-pixbuf only when its first bytes say PNG or JPEG, scaled while it is
 * decoded so that a camera's 50-megapixel image never sits in memory at full
 * size, turned upright (a phone's photo says its orientation in its EXIF
 * data) and stored again as JPEG (PNG when it has transparency). The stored
 * image is named by its SHA-256, so the same photo added twice is stored
 * once and a deleted photo's image is still there when the deletion is
 * undone; lc_report_purge_images () drops images no photo names.
 */

typedef struct
{
  int      max_side;
  gboolean too_many_pixels;
  int      width;
  int      height;
} SizeCheck;

static void
on_size_prepared (GdkPixbufLoader *loader,
                  int              width,
                  int              height,
                  gpointer         user_data)
{
  SizeCheck *check = user_data;
  double scale;

  check->width = width;
  check->height = height;
  if ((gint64) width * height > LC_REPORT_MAX_PHOTO_PIXELS)
    {
      /* Refused below; decode as little as possible meanwhile. */
      check->too_many_pixels = TRUE;
      gdk_pixbuf_loader_set_size (loader, 1, 1);
      return;
    }
  if (MAX (width, height) <= check->max_side)
    return;
  scale = (double) check->max_side / MAX (width, height);
  gdk_pixbuf_loader_set_size (loader, MAX (1, (int) (width * scale + 0.5)),
                              MAX (1, (int) (height * scale + 0.5)));
}

/* Which of the two formats the bytes start like, or NULL. */
static const char *
sniff_type (const guint8 *data,
            gsize         size)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  static const guint8 jpeg[] = { 0xff, 0xd8, 0xff };

  if (size >= sizeof png && memcmp (data, png, sizeof png) == 0)
    return "png";
  if (size >= sizeof jpeg && memcmp (data, jpeg, sizeof jpeg) == 0)
    return "jpeg";
  return NULL;
}

static GdkPixbuf *
decode (GBytes      *data,
        const char  *source,
        int          max_side,
        int         *original_width,
        int         *original_height,
        GError     **error)
{
  gsize size = 0;
  const guint8 *bytes = g_bytes_get_data (data, &size);
  const char *type = sniff_type (bytes, size);
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GError) local_error = NULL;
  SizeCheck check = { max_side, FALSE, 0, 0 };
  GdkPixbuf *pixbuf;

  if (type == NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("“%s” is not a photo: choose a PNG or JPEG image."), source);
      return NULL;
    }

  loader = gdk_pixbuf_loader_new_with_type (type, &local_error);
  if (loader == NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("Photos of this kind cannot be read here (%s)."), local_error->message);
      return NULL;
    }
  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared), &check);
  if (gdk_pixbuf_loader_write (loader, bytes, size, &local_error))
    gdk_pixbuf_loader_close (loader, &local_error);
  else
    /* Closed anyway: a loader left open warns when freed. */
    gdk_pixbuf_loader_close (loader, NULL);
  /* The size is known from the header, before any pixel: a file that
   * claims too many is refused for that, whatever follows. */
  if (check.too_many_pixels)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_TOO_LARGE,
                   _("“%s” is %d × %d pixels, more than a photo may have (100 megapixels)."),
                   source, check.width, check.height);
      return NULL;
    }
  if (local_error != NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("“%s” could not be read as a photo: it may be damaged (%s)."),
                   source, local_error->message);
      return NULL;
    }

  *original_width = check.width;
  *original_height = check.height;
  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  if (pixbuf == NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("“%s” could not be read as a photo: it may be damaged."), source);
      return NULL;
    }
  return gdk_pixbuf_apply_embedded_orientation (pixbuf);
}

/**
 * lc_report_store_image:
 * @store: the library
 * @data: the bytes of a PNG or JPEG file
 * @source: names the file in messages
 * @error: return location for a #GError
 *
 * Stores an image for the report's photos: lc_report_store_image_scaled ()
 * with %LC_REPORT_PHOTO_SIZE.
 *
 * Returns: (transfer full) (nullable): the image's name, or %NULL with
 *   @error set
 */
char *
lc_report_store_image (LcStore     *store,
                       GBytes      *data,
                       const char  *source,
                       GError     **error)
{
  return lc_report_store_image_scaled (store, data, source, LC_REPORT_PHOTO_SIZE, error);
}

/**
 * lc_report_store_image_scaled:
 * @store: the library
 * @data: the bytes of a PNG or JPEG file
 * @source: names the file in messages
 * @max_side: the longest side the stored image may have, in pixels
 * @error: return location for a #GError
 *
 * Stores an image in the library's image store (the table report_images,
 * which holds the report's photos and people's photos alike): scaled so
 * that its longest side is at most @max_side pixels, upright, as JPEG (or
 * PNG when it has transparency). Storing the same image again stores
 * nothing.
 *
 * Returns: (transfer full) (nullable): the image's name (the SHA-256 of its
 *   stored bytes), or %NULL with @error set: %LC_ERROR_INVALID_FILE when
 *   @data is not a PNG or JPEG image, %LC_ERROR_TOO_LARGE when it has too
 *   many pixels
 */
char *
lc_report_store_image_scaled (LcStore     *store,
                              GBytes      *data,
                              const char  *source,
                              int          max_side,
                              GError     **error)
{
  g_autoptr(GBytes) scaled = NULL;
  const char *mime_type = NULL;
  int width = 0, height = 0;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  scaled = lc_report_scale_image (data, source, max_side, &mime_type, &width, &height, error);
  return scaled != NULL ? lc_report_adopt_image (store, scaled, mime_type, width, height, error) : NULL;
}

/**
 * lc_report_scale_image:
 * @data: the bytes of a PNG or JPEG file
 * @source: names the file in messages
 * @max_side: the longest side the image may have, in pixels
 * @mime_type: (out): "image/jpeg", or "image/png" when it has transparency
 * @width: (out): its width in pixels, once scaled
 * @height: (out): its height in pixels, once scaled
 * @error: return location for a #GError
 *
 * The image as the library stores it (see
 * lc_report_store_image_scaled ()), made without the library, so that it
 * can be made in a worker thread.
 *
 * Returns: (transfer full) (nullable): the scaled image's bytes, or %NULL
 *   with @error set as by lc_report_store_image_scaled ()
 */
GBytes *
lc_report_scale_image (GBytes      *data,
                       const char  *source,
                       int          max_side,
                       const char **mime_type,
                       int         *width,
                       int         *height,
                       GError     **error)
{
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autofree char *buffer = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;
  gboolean alpha;
  int original_width, original_height;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (max_side > 0, NULL);

  pixbuf = decode (data, source, max_side, &original_width, &original_height, error);
  if (pixbuf == NULL)
    return NULL;

  alpha = gdk_pixbuf_get_has_alpha (pixbuf);
  if (!(alpha ? gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &length, "png", &local_error, NULL)
              : gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &length, "jpeg", &local_error,
                                           "quality", "85", NULL)))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("“%s” could not be stored as a photo (%s)."), source, local_error->message);
      return NULL;
    }
  *mime_type = alpha ? "image/png" : "image/jpeg";
  *width = gdk_pixbuf_get_width (pixbuf);
  *height = gdk_pixbuf_get_height (pixbuf);
  return g_bytes_new_take (g_steal_pointer (&buffer), length);
}

/**
 * lc_report_scale_image_file:
 * @path: a PNG or JPEG file
 * @max_side: the longest side the image may have, in pixels
 * @mime_type: (out): "image/jpeg" or "image/png"
 * @width: (out): its width in pixels, once scaled
 * @height: (out): its height in pixels, once scaled
 * @error: return location for a #GError
 *
 * Reads @path up to %LC_REPORT_MAX_PHOTO_BYTES and scales it with
 * lc_report_scale_image (), naming the file in any message. Touches no
 * library: Add Photo… runs it in a worker thread.
 *
 * Returns: (transfer full) (nullable): the scaled image's bytes, or %NULL
 *   with @error set (%LC_ERROR_TOO_LARGE also for too many bytes)
 */
GBytes *
lc_report_scale_image_file (const char  *path,
                            int          max_side,
                            const char **mime_type,
                            int         *width,
                            int         *height,
                            GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GBytes) data = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!lc_file_read_bounded (path, LC_REPORT_MAX_PHOTO_BYTES, &contents, &length, error))
    return NULL;
  data = g_bytes_new_take (g_steal_pointer (&contents), length);
  name = g_filename_display_basename (path);
  return lc_report_scale_image (data, name, max_side, mime_type, width, height, error);
}

/**
 * lc_report_store_image_file:
 * @store: the library
 * @path: a PNG or JPEG file
 * @max_side: the longest side the stored image may have, in pixels
 * @error: return location for a #GError
 *
 * Reads @path up to %LC_REPORT_MAX_PHOTO_BYTES and stores it with
 * lc_report_store_image_scaled (), naming the file in any message.
 *
 * Returns: (transfer full) (nullable): the image's name, or %NULL with
 *   @error set (%LC_ERROR_TOO_LARGE also for too many bytes)
 */
char *
lc_report_store_image_file (LcStore     *store,
                            const char  *path,
                            int          max_side,
                            GError     **error)
{
  g_autoptr(GBytes) scaled = NULL;
  const char *mime_type = NULL;
  int width = 0, height = 0;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  scaled = lc_report_scale_image_file (path, max_side, &mime_type, &width, &height, error);
  return scaled != NULL ? lc_report_adopt_image (store, scaled, mime_type, width, height, error) : NULL;
}

/**
 * lc_report_check_image:
 * @data: the bytes of an image as lc_report_store_image () stores them
 * @source: names the image in messages
 * @mime_type: (out) (optional): "image/png" or "image/jpeg"
 * @width: (out) (optional): its width in pixels
 * @height: (out) (optional): its height in pixels
 * @error: return location for a #GError
 *
 * Checks an image that comes as stored, from a convention file: a PNG or
 * JPEG image that decodes whole and is no larger than a stored photo
 * (%LC_REPORT_PHOTO_SIZE), so that it is kept as it is, byte for byte.
 *
 * Returns: %TRUE when it is one; else %FALSE with @error set
 *   (%LC_ERROR_INVALID_FILE or %LC_ERROR_TOO_LARGE)
 */
gboolean
lc_report_check_image (GBytes      *data,
                       const char  *source,
                       const char **mime_type,
                       int         *width,
                       int         *height,
                       GError     **error)
{
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  int original_width, original_height;

  g_return_val_if_fail (data != NULL, FALSE);

  pixbuf = decode (data, source, LC_REPORT_PHOTO_SIZE, &original_width, &original_height, error);
  if (pixbuf == NULL)
    return FALSE;
  if (MAX (original_width, original_height) > LC_REPORT_PHOTO_SIZE)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_TOO_LARGE,
                   _("“%s” is %d × %d pixels, larger than a stored photo (%d on its longest side)."),
                   source, original_width, original_height, LC_REPORT_PHOTO_SIZE);
      return FALSE;
    }
  if (mime_type != NULL)
    *mime_type = g_str_equal (sniff_type (g_bytes_get_data (data, NULL), g_bytes_get_size (data)), "png")
                 ? "image/png" : "image/jpeg";
  /* Upright as stored: a JPEG's orientation is already applied. */
  if (width != NULL)
    *width = gdk_pixbuf_get_width (pixbuf);
  if (height != NULL)
    *height = gdk_pixbuf_get_height (pixbuf);
  return TRUE;
}

/**
 * lc_report_adopt_image:
 * @store: the library
 * @data: an image checked with lc_report_check_image ()
 * @mime_type: what lc_report_check_image () said it is
 * @width: its width in pixels
 * @height: its height in pixels
 * @error: return location for a #GError
 *
 * Stores @data as it is, named by its SHA-256; an image stored already is
 * not stored again.
 *
 * Returns: (transfer full) (nullable): the image's name, or %NULL with
 *   @error set
 */
char *
lc_report_adopt_image (LcStore     *store,
                       GBytes      *data,
                       const char  *mime_type,
                       int          width,
                       int          height,
                       GError     **error)
{
  g_autofree char *hash = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, data);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  stmt = lc_store_prepare (store,
                           "INSERT OR IGNORE INTO report_images (hash, mime_type, width, height, data)"
                           " VALUES (?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, hash, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, mime_type, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, width);
  sqlite3_bind_int (stmt, 4, height);
  sqlite3_bind_blob64 (stmt, 5, g_bytes_get_data (data, NULL), g_bytes_get_size (data), SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE)
    {
      lc_store_set_error_from_sqlite (store, rc, error);
      return NULL;
    }
  return g_steal_pointer (&hash);
}

/* After the item's last photo, whatever positions imported photos have. */
static gboolean
next_position (LcStore  *store,
               gint64    item_id,
               gint64   *position,
               GError  **error)
{
  sqlite3_stmt *stmt = lc_store_prepare (store,
                                         "SELECT coalesce (max (position) + 1, 0) FROM report_photos"
                                         " WHERE item_id = ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *position = sqlite3_column_int64 (stmt, 0);
  else
    lc_store_set_error_from_sqlite (store, rc, error);
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW;
}

/**
 * lc_report_add_photo:
 * @undo: the convention's undo history
 * @item_id: the agenda item the photo shows
 * @path: a PNG or JPEG file
 * @caption_ar: the caption in Arabic, or ""
 * @caption_en: the caption in English, or ""
 * @error: return location for a #GError
 *
 * Adds a photo after the item's others, as one step “Add Photo”. The file
 * is read up to %LC_REPORT_MAX_PHOTO_BYTES and stored scaled
 * (lc_report_scale_image_file (), then lc_report_add_scaled_photo ()).
 *
 * Returns: (transfer full) (nullable): the stored photo; on failure nothing
 *   changes
 */
LcReportPhoto *
lc_report_add_photo (LcUndoStack  *undo,
                     gint64        item_id,
                     const char   *path,
                     const char   *caption_ar,
                     const char   *caption_en,
                     GError      **error)
{
  g_autoptr(GBytes) scaled = NULL;
  const char *mime_type = NULL;
  int width = 0, height = 0;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  scaled = lc_report_scale_image_file (path, LC_REPORT_PHOTO_SIZE, &mime_type, &width, &height, error);
  if (scaled == NULL)
    return NULL;
  return lc_report_add_scaled_photo (undo, item_id, scaled, mime_type, width, height, caption_ar, caption_en,
                                     error);
}

/**
 * lc_report_add_scaled_photo:
 * @undo: the convention's undo history
 * @item_id: the agenda item the photo shows
 * @data: an image from lc_report_scale_image_file () at
 *   %LC_REPORT_PHOTO_SIZE
 * @mime_type: its type, as that said
 * @width: its width in pixels
 * @height: its height in pixels
 * @caption_ar: the caption in Arabic, or ""
 * @caption_en: the caption in English, or ""
 * @error: return location for a #GError
 *
 * Stores @data and a photo naming it after the item's others, in one
 * transaction, as one step “Add Photo”.
 *
 * Returns: (transfer full) (nullable): the stored photo; on failure nothing
 *   changes
 */
LcReportPhoto *
lc_report_add_scaled_photo (LcUndoStack  *undo,
                            gint64        item_id,
                            GBytes       *data,
                            const char   *mime_type,
                            int           width,
                            int           height,
                            const char   *caption_ar,
                            const char   *caption_en,
                            GError      **error)
{
  LcStore *store;
  g_autofree char *hash = NULL;
  g_autoptr(LcReportPhoto) photo = NULL;
  gint64 position = 0;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), NULL);
  g_return_val_if_fail (data != NULL && mime_type != NULL, NULL);

  store = lc_undo_stack_get_store (undo);
  /* The image and the photo naming it are written together or not at all. */
  if (!lc_store_begin (store, error))
    return NULL;
  hash = lc_report_adopt_image (store, data, mime_type, width, height, error);
  if (hash == NULL || !next_position (store, item_id, &position, error))
    {
      lc_store_rollback (store);
      return NULL;
    }

  photo = g_object_new (LC_TYPE_REPORT_PHOTO, NULL);
  lc_record_set_int (LC_RECORD (photo), "item-id", item_id);
  lc_record_set_string (LC_RECORD (photo), "image", hash);
  lc_record_set_text (LC_RECORD (photo), "caption", caption_ar ? caption_ar : "",
                      caption_en ? caption_en : "");
  lc_record_set_int (LC_RECORD (photo), "position", position);
  if (!lc_undo_stack_insert (undo, LC_RECORD (photo), _("Add Photo"), error))
    {
      lc_store_rollback (store);
      return NULL;
    }
  if (!lc_store_commit (store, error))
    {
      lc_store_rollback (store);
      return NULL;
    }
  return g_steal_pointer (&photo);
}

/**
 * lc_report_caption_photo:
 * @undo: the convention's undo history
 * @photo: a stored photo
 * @caption_ar: the caption in Arabic, or ""
 * @caption_en: the caption in English, or ""
 * @error: return location for a #GError
 *
 * Changes a photo's caption, as one step “Edit Caption”.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_report_caption_photo (LcUndoStack    *undo,
                         LcReportPhoto  *photo,
                         const char     *caption_ar,
                         const char     *caption_en,
                         GError        **error)
{
  g_autoptr(LcRecord) edited = NULL;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (LC_IS_REPORT_PHOTO (photo), FALSE);

  edited = lc_record_copy (LC_RECORD (photo));
  lc_record_set_text (edited, "caption", caption_ar ? caption_ar : "", caption_en ? caption_en : "");
  return lc_undo_stack_update (undo, edited, _("Edit Caption"), error);
}

/**
 * lc_report_delete_photo:
 * @undo: the convention's undo history
 * @photo: a stored photo
 * @error: return location for a #GError
 *
 * Deletes a photo, as one step “Delete Photo”. Its image stays until the
 * library is next opened, so that undoing brings the photo back.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_report_delete_photo (LcUndoStack    *undo,
                        LcReportPhoto  *photo,
                        GError        **error)
{
  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (LC_IS_REPORT_PHOTO (photo), FALSE);

  return lc_undo_stack_delete (undo, LC_RECORD (photo), _("Delete Photo"), error);
}

/**
 * lc_report_load_image:
 * @store: the library
 * @hash: an image's name, from lc_report_photo_get_image ()
 * @mime_type: (out) (optional) (transfer full): "image/png" or "image/jpeg"
 * @width: (out) (optional): its width in pixels
 * @height: (out) (optional): its height in pixels
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the stored image's bytes, or %NULL
 *   with @error set (%LC_ERROR_NOT_FOUND when there is no such image)
 */
GBytes *
lc_report_load_image (LcStore     *store,
                      const char  *hash,
                      char       **mime_type,
                      int         *width,
                      int         *height,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  GBytes *bytes = NULL;
  int rc;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);
  g_return_val_if_fail (hash != NULL, NULL);

  stmt = lc_store_prepare (store, "SELECT mime_type, width, height, data FROM report_images"
                                  " WHERE hash = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, hash, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (mime_type != NULL)
        *mime_type = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      if (width != NULL)
        *width = sqlite3_column_int (stmt, 1);
      if (height != NULL)
        *height = sqlite3_column_int (stmt, 2);
      bytes = g_bytes_new (sqlite3_column_blob (stmt, 3), sqlite3_column_bytes (stmt, 3));
    }
  else if (rc == SQLITE_DONE)
    g_set_error (error, LC_ERROR, LC_ERROR_NOT_FOUND, _("A photo (of the report or of a person) is missing from the library."));
  else
    lc_store_set_error_from_sqlite (store, rc, error);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return bytes;
}

/**
 * lc_report_purge_images:
 * @store: the library
 * @error: return location for a #GError
 *
 * Deletes the stored images no photo of the report and no person's photo
 * names any more. Call it only where this process's undo history could not
 * bring a deleted photo back (when the library is opened); the history of
 * another process that has the library open keeps its own copy of each
 * image it may name again, and puts it back (lc-undo-images.c).
 *
 * Returns: %TRUE on success
 */
gboolean
lc_report_purge_images (LcStore  *store,
                        GError  **error)
{
  g_return_val_if_fail (LC_IS_STORE (store), FALSE);

  /* report_images is the library's image store: people's photos name
   * images in it too, from the step that gave people a photo. */
  if (store->version < lc_store_get_person_photo_version ())
    return lc_store_exec (store, "DELETE FROM report_images WHERE NOT EXISTS"
                                 " (SELECT 1 FROM report_photos WHERE image = hash)", error);
  return lc_store_exec (store, "DELETE FROM report_images WHERE NOT EXISTS"
                               " (SELECT 1 FROM report_photos WHERE image = hash)"
                               " AND NOT EXISTS (SELECT 1 FROM people WHERE photo = hash)", error);
}
