/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-person-photo.h"
#include "lc-record.h"
#include "lc-report.h"

/*
 * A person's photo. The image goes to the library's image store (the table
 * report_images, made for the report's photos) through the report's own
 * reading: the same file bound, the same refusal of what is not a PNG or
 * JPEG image and of too many pixels, scaled while decoded, upright. Only the
 * size differs (%LC_PERSON_PHOTO_SIZE): a face in a list needs less than a
 * page of the report. The person names the image by its SHA-256, so undoing
 * a change finds the earlier image still there; lc_report_purge_images ()
 * keeps every image a person names.
 */

/**
 * lc_person_store_photo:
 * @store: the library
 * @path: a PNG or JPEG file
 * @error: return location for a #GError
 *
 * Stores the image in @path as a person's photo, for an editor that stores
 * the person later (as one step with the rest of the form): read up to
 * %LC_REPORT_MAX_PHOTO_BYTES, scaled to at most %LC_PERSON_PHOTO_SIZE pixels
 * on its longest side. An image no person ends up naming goes when the
 * library is next opened.
 *
 * Returns: (transfer full) (nullable): the image's name for
 *   lc_person_set_photo (), or %NULL with @error naming the file
 *   (%LC_ERROR_INVALID_FILE for what is not a PNG or JPEG image,
 *   %LC_ERROR_TOO_LARGE for too many bytes or pixels)
 */
char *
lc_person_store_photo (LcStore     *store,
                       const char  *path,
                       GError     **error)
{
  return lc_report_store_image_file (store, path, LC_PERSON_PHOTO_SIZE, error);
}

/**
 * lc_person_choose_photo:
 * @undo: the convention's undo history
 * @person: a stored person
 * @path: a PNG or JPEG file
 * @error: return location for a #GError
 *
 * Gives @person the photo in @path, as one step “Set Photo”. The file is
 * read up to %LC_REPORT_MAX_PHOTO_BYTES and stored scaled to at most
 * %LC_PERSON_PHOTO_SIZE pixels on its longest side.
 *
 * Returns: %TRUE on success; on failure nothing changes and @error names
 *   the file (%LC_ERROR_INVALID_FILE for what is not a PNG or JPEG image,
 *   %LC_ERROR_TOO_LARGE for too many bytes or pixels)
 */
gboolean
lc_person_choose_photo (LcUndoStack  *undo,
                        LcPerson     *person,
                        const char   *path,
                        GError      **error)
{
  LcStore *store;
  g_autofree char *hash = NULL;
  g_autoptr(LcRecord) edited = NULL;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (LC_IS_PERSON (person), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  store = lc_undo_stack_get_store (undo);
  /* The image and the person naming it are written together or not at all. */
  if (!lc_store_begin (store, error))
    return FALSE;
  hash = lc_person_store_photo (store, path, error);
  if (hash == NULL)
    {
      lc_store_rollback (store);
      return FALSE;
    }
  edited = lc_record_copy (LC_RECORD (person));
  lc_person_set_photo (LC_PERSON (edited), hash);
  if (!lc_undo_stack_update (undo, edited, _("Set Photo"), error)
      || !lc_store_commit (store, error))
    {
      lc_store_rollback (store);
      return FALSE;
    }
  return TRUE;
}

/**
 * lc_person_remove_photo:
 * @undo: the convention's undo history
 * @person: a stored person
 * @error: return location for a #GError
 *
 * Takes @person's photo away, as one step “Remove Photo”. The image stays
 * until the library is next opened, so that undoing brings it back.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_person_remove_photo (LcUndoStack  *undo,
                        LcPerson     *person,
                        GError      **error)
{
  g_autoptr(LcRecord) edited = NULL;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (LC_IS_PERSON (person), FALSE);

  edited = lc_record_copy (LC_RECORD (person));
  lc_person_set_photo (LC_PERSON (edited), "");
  return lc_undo_stack_update (undo, edited, _("Remove Photo"), error);
}
