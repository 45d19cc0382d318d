/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-models.h"
#include "lc-report.h"
#include "lc-undo-private.h"

/*
 * Images the undo history may bring back (issue 12). A person's photo and
 * a report's photo name an image of the library's image store by its
 * SHA-256, and images no record names are dropped whenever a process opens
 * the library (lc_report_purge_images ()). Another window opening the same
 * library while this one's history holds "Remove Photo" would drop the
 * image, and undoing would bring back a name without its image.
 *
 * So the history keeps its own copy of every image an edit stops or starts
 * naming, read once when the edit is recorded, while the image is surely
 * there; undoing or redoing puts it back into the library first when it is
 * gone. A copy is a stored image (at most 1,600 pixels on a side), kept
 * while the history is.
 */

typedef struct
{
  GBytes *data;
  char   *mime_type;
  int     width;
  int     height;
} KeptImage;

static void
kept_image_free (gpointer data)
{
  KeptImage *image = data;

  g_bytes_unref (image->data);
  g_free (image->mime_type);
  g_free (image);
}

/* The image @record names, or NULL: a person's photo, a report's photo. */
static const char *
image_of (LcRecord *record)
{
  const char *hash = NULL;

  if (record == NULL)
    return NULL;
  if (LC_IS_PERSON (record))
    hash = lc_person_get_photo (LC_PERSON (record));
  else if (G_TYPE_CHECK_INSTANCE_TYPE (record, LC_TYPE_REPORT_PHOTO))
    hash = lc_report_photo_get_image (LC_REPORT_PHOTO (record));
  return hash != NULL && *hash != '\0' ? hash : NULL;
}

/**
 * lc_undo_images_new:
 *
 * Returns: (transfer full): an empty set of kept images, SHA-256 → image
 */
GHashTable *
lc_undo_images_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, kept_image_free);
}

static void
keep (LcStore    *store,
      GHashTable *kept,
      const char *hash)
{
  g_autoptr(GError) error = NULL;
  KeptImage *image;
  GBytes *data;

  if (hash == NULL || g_hash_table_contains (kept, hash))
    return;
  image = g_new0 (KeptImage, 1);
  data = lc_report_load_image (store, hash, &image->mime_type, &image->width, &image->height, &error);
  if (data == NULL)
    {
      /* Already gone (a record written by hand): nothing to keep. */
      g_debug ("No copy of image %s for the history: %s", hash, error->message);
      g_free (image);
      return;
    }
  image->data = data;
  g_hash_table_insert (kept, g_strdup (hash), image);
}

/**
 * lc_undo_images_keep:
 * @store: the library
 * @kept: the history's images (lc_undo_images_new ())
 * @changes: (element-type LcUndoChange): a step just recorded
 *
 * Keeps a copy of each image a change of @changes names on one side and
 * not on the other: the image undoing or redoing it would name again.
 */
void
lc_undo_images_keep (LcStore    *store,
                     GHashTable *kept,
                     GPtrArray  *changes)
{
  for (guint i = 0; i < changes->len; i++)
    {
      LcUndoChange *change = g_ptr_array_index (changes, i);
      const char *before = image_of (change->before), *after = image_of (change->after);

      if (g_strcmp0 (before, after) == 0)
        continue;
      keep (store, kept, before);
      keep (store, kept, after);
    }
}

/**
 * lc_undo_images_restore:
 * @store: the library
 * @kept: the history's images
 * @changes: (element-type LcUndoChange): the step about to be applied
 * @forward: %TRUE to redo it, %FALSE to undo it
 * @error: return location for a #GError
 *
 * Puts back the images the rows @changes will write name, where another
 * process dropped them. An image put back that the step then fails to name
 * is dropped at the library's next opening, as any other.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_undo_images_restore (LcStore     *store,
                        GHashTable  *kept,
                        GPtrArray   *changes,
                        gboolean     forward,
                        GError     **error)
{
  for (guint i = 0; i < changes->len; i++)
    {
      LcUndoChange *change = g_ptr_array_index (changes, i);
      const char *hash = image_of (forward ? change->after : change->before);
      KeptImage *image = hash ? g_hash_table_lookup (kept, hash) : NULL;
      g_autofree char *stored = NULL;

      /* INSERT OR IGNORE: an image still there is left as it is. */
      if (image != NULL
          && (stored = lc_report_adopt_image (store, image->data, image->mime_type, image->width,
                                              image->height, error)) == NULL)
        return FALSE;
    }
  return TRUE;
}
