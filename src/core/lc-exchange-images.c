/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* Before any header includes sqlite3.h: the session extension's API. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-error.h"
#include "lc-exchange-private.h"
#include "lc-models.h"
#include "lc-report.h"

/* People's photos in the exchange (issue 15). A person's photo names an
 * image of the library's image store by its SHA-256, which every library
 * computes alike, so the name travels as the person's field and the image
 * itself as a row of the mirror's "images" table: the image's bytes once,
 * whoever names it, as a BLOB of the changeset. The file's reader and the
 * merge key every change by a uid, so an image's row is keyed by a uid made
 * from its SHA-256 (its first 128 bits in a UUID's spelling): two
 * libraries agree on it without asking each other, and a file cannot
 * give one image two keys. An image is never changed in place (another
 * image is another name), so a changes file holds only additions and
 * deletions of images; each added image is checked as the convention
 * file's reader checks one (lc_report_check_image ()) before anything is
 * applied. The images table is no record class: its type is G_TYPE_NONE,
 * and nothing of the library's own tables is named "images", so the
 * merge's look-ups of uids in the library never find one of its rows. */

#define IMAGES_TABLE "images"

/**
 * lc_exchange_images_table: (skip)
 *
 * The mirror's table of the images people's photos name: uid (made from
 * the SHA-256), sha256 (the image's name in a library), data (its bytes
 * as stored).
 *
 * Returns: the table, the last but one of lc_exchange_tables ()
 */
LcExchangeTable
lc_exchange_images_table (void)
{
  static const char *const columns[] = { "sha256", "data", NULL };

  return lc_exchange_content_table (IMAGES_TABLE, columns);
}

static gboolean
is_image_name (const char *name,
               gsize       length)
{
  if (name == NULL || length != 64)
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isdigit (name[i]) && !(name[i] >= 'a' && name[i] <= 'f'))
      return FALSE;
  return TRUE;
}

static const char *
photo_of (LcRecord *record)
{
  return LC_IS_PERSON (record) ? lc_person_get_photo (LC_PERSON (record)) : NULL;
}

/**
 * lc_exchange_images_fill: (skip)
 * @db: a connection with the mirror @schema
 * @store: the library @tree was read from
 * @tree: a convention as the library holds it
 *
 * Writes the image of each person's photo of @tree into the mirror, once.
 *
 * Returns: %FALSE with @error set when an image cannot be read
 */
gboolean
lc_exchange_images_fill (sqlite3       *db,
                         const char    *schema,
                         LcStore       *store,
                         LcUpdateTree  *tree,
                         GError       **error)
{
  g_autofree char *sql = g_strdup_printf ("INSERT OR IGNORE INTO %s." IMAGES_TABLE " VALUES (?, ?, ?)", schema);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  for (guint r = 0; rc == SQLITE_OK && r < tree->records->len; r++)
    {
      const char *name = photo_of (g_ptr_array_index (tree->records, r));
      g_autoptr(GBytes) data = NULL;
      g_autofree char *uid = NULL;

      /* The store names images so; a name that is not one is no image. */
      if (name == NULL || !is_image_name (name, strlen (name)))
        continue;
      data = lc_report_load_image (store, name, NULL, NULL, NULL, error);
      if (data == NULL)
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      uid = lc_exchange_content_uid (name);
      sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_blob64 (stmt, 3, g_bytes_get_data (data, NULL), g_bytes_get_size (data), SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      rc = rc == SQLITE_DONE ? sqlite3_reset (stmt) : rc;
    }
  if (rc != SQLITE_OK)
    lc_exchange_set_error (db, rc, error);
  sqlite3_finalize (stmt);
  return rc == SQLITE_OK;
}

/* The file refused as damaged, saying @why. */
gboolean
lc_exchange_refuse_content (const char  *source,
                            const char  *why,
                            GError     **error)
{
  /* Translators: %1$s names a file, %2$s says what is wrong with it */
  g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE, _("%1$s is not a proper changes file: %2$s"),
               source, why);
  return FALSE;
}

/* One change of the images table: its uid, name and (when added) bytes
 * agree, and the bytes are an image a library keeps as it is. */
static gboolean
check_change (sqlite3_changeset_iter  *iter,
              int                      op,
              const char              *source,
              GError                 **error)
{
  sqlite3_value *uid = NULL, *name = NULL, *data = NULL;
  g_autofree char *expected = NULL, *actual = NULL, *label = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  if (op == SQLITE_UPDATE)
    return lc_exchange_refuse_content (source, _("it changes an image in place, which no library does."),
                                       error);
  if (op == SQLITE_INSERT)
    {
      sqlite3changeset_new (iter, 0, &uid);
      sqlite3changeset_new (iter, 1, &name);
      sqlite3changeset_new (iter, 2, &data);
    }
  else
    {
      sqlite3changeset_old (iter, 0, &uid);
      sqlite3changeset_old (iter, 1, &name);
      sqlite3changeset_old (iter, 2, &data);
    }
  if (uid == NULL || name == NULL || data == NULL || sqlite3_value_type (name) != SQLITE_TEXT
      || !is_image_name ((const char *) sqlite3_value_text (name), sqlite3_value_bytes (name))
      || sqlite3_value_type (data) != SQLITE_BLOB)
    return lc_exchange_refuse_content (source, _("an image it carries has no proper name."), error);
  expected = lc_exchange_content_uid ((const char *) sqlite3_value_text (name));
  if (sqlite3_value_type (uid) != SQLITE_TEXT || !g_str_equal (expected, (const char *) sqlite3_value_text (uid)))
    return lc_exchange_refuse_content (source, _("an image it carries has no proper name."), error);

  bytes = g_bytes_new (sqlite3_value_blob (data), sqlite3_value_bytes (data));
  actual = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
  /* People's photos name the image by it: changed bytes would be another.
   * A deletion too, so that it always meets the very row it deletes and
   * is never a conflict. */
  if (!g_str_equal (actual, (const char *) sqlite3_value_text (name)))
    return lc_exchange_refuse_content (source,
                                       _("an image it carries is not the one its SHA-256 names: it was "
                                         "changed or cut."), error);
  if (op == SQLITE_DELETE)
    return TRUE;
  /* Translators: names an image in a message; %s is its SHA-256 */
  label = g_strdup_printf (_("the image %s"), (const char *) sqlite3_value_text (name));
  if (!lc_report_check_image (bytes, label, NULL, NULL, NULL, &local_error))
    return lc_exchange_refuse_content (source, local_error->message, error);
  return TRUE;
}

/**
 * lc_exchange_check_content_rows: (skip)
 * @header: a changes file's header, whose changeset was walked
 * @source: names the file in messages
 *
 * Checks every image and published version the file adds or deletes (the
 * rows keyed by what they hold), before anything is applied: a hostile
 * one refuses the whole file.
 *
 * Returns: %FALSE with @error set, naming the problem
 */
gboolean
lc_exchange_check_content_rows (const LcExchangeHeader  *header,
                                const char              *source,
                                GError                 **error)
{
  sqlite3_changeset_iter *iter = NULL;
  gboolean ok = TRUE;
  int rc;

  if (header->size == 0)
    return TRUE;
  rc = sqlite3changeset_start (&iter, (int) header->size, (void *) header->changeset);
  while (ok && rc == SQLITE_OK && sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char *table;
      int n, op, indirect;

      sqlite3changeset_op (iter, &table, &n, &op, &indirect);
      if (g_str_equal (table, IMAGES_TABLE))
        ok = check_change (iter, op, source, error);
      else if (g_str_equal (table, "published"))
        ok = lc_exchange_published_check_change (iter, op, source, error);
    }
  if (iter != NULL)
    sqlite3changeset_finalize (iter);
  return ok;
}

static gboolean
library_has (LcStore    *store,
             const char *name)
{
  g_autoptr(GBytes) data = lc_report_load_image (store, name, NULL, NULL, NULL, NULL);

  return data != NULL;
}

/**
 * lc_exchange_images_collect: (skip)
 * @db: a connection whose main database is the merged mirror
 * @store: the library
 * @tree: the merged convention (lc_exchange_mirror_to_tree ())
 * @source: names the file in messages
 *
 * The images the merged convention's photos name that the library does not
 * have, for the update to store before the people name them. A photo
 * naming an image neither the library nor the file has refuses the file.
 *
 * Returns: (transfer full) (element-type GBytes) (nullable): the images,
 *   or %NULL with @error set
 */
GPtrArray *
lc_exchange_images_collect (sqlite3       *db,
                            LcStore       *store,
                            LcUpdateTree  *tree,
                            const char    *source,
                            GError       **error)
{
  g_autoptr(GPtrArray) images = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "SELECT data FROM main." IMAGES_TABLE " WHERE sha256 = ?", -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      lc_exchange_set_error (db, rc, error);
      return NULL;
    }
  for (guint r = 0; r < tree->records->len; r++)
    {
      const char *name = photo_of (g_ptr_array_index (tree->records, r));

      if (name == NULL || *name == '\0' || !g_hash_table_add (seen, (gpointer) name)
          || library_has (store, name))
        continue;
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          sqlite3_finalize (stmt);
          lc_exchange_refuse_content (source, _("a person’s photo names an image it does not carry."),
                                      error);
          return NULL;
        }
      g_ptr_array_add (images, g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0)));
    }
  sqlite3_finalize (stmt);
  return g_steal_pointer (&images);
}
