/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-convention-update-private.h"
#include "lc-error.h"
#include "lc-report.h"
#include "lc-undo-private.h"

/* Writing a planned update in one transaction, and keeping every row it
 * changed (before and after) for the undo history, as the spreadsheet
 * import does. */

/* What the library's row number is for the record @uid of @type: the
 * library's own record, or the one just added for the file's. */
static gint64
library_id (GHashTable *ids,
            GType       type,
            const char *uid)
{
  g_autofree char *key = g_strdup_printf ("%s:%s", g_type_name (type), uid);

  return GPOINTER_TO_SIZE (g_hash_table_lookup (ids, key));
}

/* Gives @record the file record's values, its references turned into the
 * library's row numbers. Returns FALSE when a reference points at a record
 * not in the library yet (it is then left unset). */
static gboolean
assign_values (LcConventionUpdate *self,
               GHashTable         *ids,
               LcRecord           *record,
               LcRecord           *file)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (file);
  gboolean complete = TRUE;

  for (guint c = 0; c < klass->columns->len; c++)
    {
      const LcColumn *column = g_ptr_array_index (klass->columns, c);
      const char *property = g_param_spec_get_name (column->pspec);
      const GValue *value = lc_record_peek_value (file, c);

      if (column->references != NULL)
        {
          const char *uid = lc_update_tree_uid_of (self->file, column->references, g_value_get_int64 (value));
          gint64 id = uid ? library_id (ids, lc_update_type_for_table (column->references), uid) : 0;

          if (uid != NULL && id == 0)
            complete = FALSE;
          lc_record_set_int (record, property, id);
        }
      else
        g_object_set_property (G_OBJECT (record), property, value);
    }

  return complete;
}

static gboolean
insert_entry (LcConventionUpdate  *self,
              LcStore             *store,
              GHashTable          *ids,
              LcUpdateEntry       *entry,
              gboolean             partial,
              gboolean            *done,
              GError             **error)
{
  g_autoptr(LcRecord) record = g_object_new (entry->type, NULL);
  const char *uid = lc_record_get_uid (entry->file);
  gboolean taken;

  *done = FALSE;
  if (!assign_values (self, ids, record, entry->file) && !partial)
    return TRUE;

  if (!lc_store_insert (store, record, error)
      || !lc_store_take_uid (store, entry->type, lc_record_get_id (record), uid, &taken, error))
    return FALSE;

  g_hash_table_insert (ids, g_strdup_printf ("%s:%s", g_type_name (entry->type), uid),
                       GSIZE_TO_POINTER (lc_record_get_id (record)));
  *done = TRUE;
  return TRUE;
}

/* Adds the file's new records, each once what it refers to is in; a
 * reference in a cycle (a clause and the amendment that adds it point at
 * each other) is filled in by set_values () afterwards. */
static gboolean
insert_all (LcConventionUpdate  *self,
            LcStore             *store,
            GHashTable          *ids,
            GError             **error)
{
  g_autoptr(GPtrArray) waiting = g_ptr_array_new ();
  gboolean progress = TRUE;

  for (guint i = 0; i < self->entries->len; i++)
    if (((LcUpdateEntry *) g_ptr_array_index (self->entries, i))->action == LC_UPDATE_ADD)
      g_ptr_array_add (waiting, g_ptr_array_index (self->entries, i));

  while (waiting->len > 0)
    {
      gboolean was_progress = progress;

      progress = FALSE;
      for (guint i = 0; i < waiting->len;)
        {
          gboolean done;

          if (!insert_entry (self, store, ids, g_ptr_array_index (waiting, i), !was_progress, &done, error))
            return FALSE;
          if (done)
            {
              g_ptr_array_remove_index (waiting, i);
              progress = TRUE;
              /* Only one record breaks a cycle; the rest may follow it. */
              if (!was_progress)
                break;
            }
          else
            i++;
        }
    }

  return TRUE;
}

/* Writes the file's values over each added or changed record, now that
 * every record they may refer to is in. With @before_additions, only the
 * changed records whose references are all in the library already: they
 * go before the additions, so that a number an addition takes is free by
 * then (two amendments numbered alike by two organisers: the later one
 * takes the next number, lc-exchange-settle.c). */
static gboolean
set_values (LcConventionUpdate  *self,
            LcStore             *store,
            GHashTable          *ids,
            gboolean             before_additions,
            GError             **error)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      LcUpdateEntry *entry = g_ptr_array_index (self->entries, i);
      g_autoptr(LcRecord) record = NULL;

      if (entry->action == LC_UPDATE_DELETE || (before_additions && entry->action != LC_UPDATE_CHANGE))
        continue;
      /* A record matched by what it is rather than by its uid (a report,
       * a summary: lc-convention-update.c) is known by its uid only once
       * the additions are in. */
      if (before_additions && library_id (ids, entry->type, lc_record_get_uid (entry->file)) == 0)
        continue;
      record = lc_store_get (store, entry->type, library_id (ids, entry->type, lc_record_get_uid (entry->file)),
                             error);
      if (record == NULL)
        return FALSE;
      if (!assign_values (self, ids, record, entry->file) && before_additions)
        continue;
      if (!lc_store_update (store, record, error))
        return FALSE;
    }

  return TRUE;
}

/* A record matched by what it is rather than by its uid (a report or an
 * item's summary written apart in two libraries: lc-convention-update.c)
 * takes the file's uid, so that both libraries know it by one identity
 * from now on, and the values are written to it by that uid. */
static gboolean
take_matched_uids (LcConventionUpdate  *self,
                   LcStore             *store,
                   GHashTable          *ids,
                   GError             **error)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      LcUpdateEntry *entry = g_ptr_array_index (self->entries, i);
      const char *uid;
      gboolean taken;

      if (entry->action != LC_UPDATE_CHANGE || entry->library == NULL || !lc_update_type_has_uid (entry->type))
        continue;
      uid = lc_record_get_uid (entry->file);
      if (uid == NULL || g_strcmp0 (uid, lc_record_get_uid (entry->library)) == 0)
        continue;
      if (!lc_store_take_uid (store, entry->type, lc_record_get_id (entry->library), uid, &taken, error))
        return FALSE;
      g_hash_table_insert (ids, g_strdup_printf ("%s:%s", g_type_name (entry->type), uid),
                           GSIZE_TO_POINTER (lc_record_get_id (entry->library)));
    }
  return TRUE;
}

/* Deletes children first; a record already gone with its parent (an
 * item's participants) is skipped. */
static gboolean
delete_all (LcConventionUpdate  *self,
            LcStore             *store,
            GError             **error)
{
  for (guint i = self->entries->len; i > 0; i--)
    {
      LcUpdateEntry *entry = g_ptr_array_index (self->entries, i - 1);
      g_autoptr(LcRecord) record = NULL;
      g_autoptr(GError) local_error = NULL;

      if (entry->action != LC_UPDATE_DELETE)
        continue;
      record = lc_store_get (store, entry->type, lc_record_get_id (entry->library), &local_error);
      if (record == NULL && g_error_matches (local_error, LC_ERROR, LC_ERROR_NOT_FOUND))
        continue;
      if (record == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (!lc_store_delete (store, record, error))
        return FALSE;
    }

  return TRUE;
}

/* Whether the library still holds what the plan was made from. */
static gboolean
unchanged_since_plan (LcConventionUpdate *self,
                      LcUpdateTree       *now)
{
  if (now->records->len != self->library->records->len)
    return FALSE;
  for (guint i = 0; i < now->records->len; i++)
    {
      LcRecord *record = g_ptr_array_index (now->records, i);
      g_autofree char *key = lc_update_key (G_OBJECT_TYPE (record), lc_record_get_id (record));
      LcRecord *planned = g_hash_table_lookup (self->library->by_key, key);

      if (planned == NULL || !lc_record_equal (planned, record))
        return FALSE;
    }

  return TRUE;
}

/* Every row the update changed, for the undo history: additions (parents
 * first), changes, then deletions. Undone, the history walks them
 * backwards: deleted rows come back, changed rows get their old values
 * (so nothing refers to the added rows any more), and the added rows go,
 * children first. */
static GPtrArray *
collect_changes (LcUpdateTree *before,
                 LcUpdateTree *after)
{
  GPtrArray *changes = g_ptr_array_new_with_free_func (lc_undo_change_free);

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < after->records->len; i++)
      {
        LcRecord *record = g_ptr_array_index (after->records, i);
        g_autofree char *key = lc_update_key (G_OBJECT_TYPE (record), lc_record_get_id (record));
        LcRecord *old = g_hash_table_lookup (before->by_key, key);

        if (pass == 0 && old == NULL)
          g_ptr_array_add (changes, lc_undo_change_new (NULL, record));
        else if (pass == 1 && old != NULL && !lc_record_equal (old, record))
          g_ptr_array_add (changes, lc_undo_change_new (old, record));
      }

  for (guint i = 0; i < before->records->len; i++)
    {
      LcRecord *record = g_ptr_array_index (before->records, i);
      g_autofree char *key = lc_update_key (G_OBJECT_TYPE (record), lc_record_get_id (record));

      if (!g_hash_table_contains (after->by_key, key))
        g_ptr_array_add (changes, lc_undo_change_new (record, NULL));
    }

  return changes;
}

/* The images of the file's people's photos, before the people name them
 * (as the import stores them). One the library has is not stored again. */
static gboolean
adopt_images (LcConventionUpdate  *self,
              LcStore             *store,
              GError             **error)
{
  for (guint i = 0; i < self->images->len; i++)
    {
      GBytes *image = g_ptr_array_index (self->images, i);
      g_autofree char *hash = NULL;
      const char *mime_type;
      int width, height;

      if (!lc_report_check_image (image, self->source, &mime_type, &width, &height, error))
        return FALSE;
      hash = lc_report_adopt_image (store, image, mime_type, width, height, error);
      if (hash == NULL)
        return FALSE;
    }
  return TRUE;
}

/**
 * lc_convention_update_apply:
 * @self: a plan with no blocker
 * @store: the library it was made against
 * @error: return location for a #GError
 *
 * Makes the convention what the file says, in one transaction: adds,
 * changes and deletes the plan's records. When the library changed since
 * the plan was made, nothing is written and %LC_ERROR_CONSTRAINT asks to
 * preview again; on any error nothing is written. A plan without rows
 * writes nothing.
 *
 * Returns: %TRUE when the convention was updated
 */
gboolean
lc_convention_update_apply (LcConventionUpdate  *self,
                            LcStore             *store,
                            GError             **error)
{
  g_autoptr(LcUpdateTree) before = NULL;
  g_autoptr(LcUpdateTree) after = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (LC_IS_STORE (store), FALSE);

  if (self->blocker != NULL)
    {
      g_set_error_literal (error, LC_ERROR, LC_ERROR_INVALID_VALUE, self->blocker);
      return FALSE;
    }

  g_clear_pointer (&self->applied, g_ptr_array_unref);
  if (self->entries->len == 0)
    return TRUE;

  if (!lc_store_begin (store, error))
    return FALSE;
  /* A clause and the amendment that adds it refer to each other: the
   * references hold at the commit. */
  if (!lc_store_exec (store, "PRAGMA defer_foreign_keys = ON", error))
    goto failed;

  before = lc_update_tree_read (store, self->convention_id, error);
  if (before == NULL)
    goto failed;
  if (!unchanged_since_plan (self, before))
    {
      lc_store_rollback (store);
      /* Translators: %s is a convention's title */
      g_set_error (error, LC_ERROR, LC_ERROR_CONSTRAINT,
                   _("“%s” changed in the library after the update was previewed. Nothing was "
                     "updated; preview the update again."), self->title);
      return FALSE;
    }

  for (guint i = 0; i < before->records->len; i++)
    {
      LcRecord *record = g_ptr_array_index (before->records, i);

      if (lc_update_type_has_uid (G_OBJECT_TYPE (record)))
        g_hash_table_insert (ids, g_strdup_printf ("%s:%s", g_type_name (G_OBJECT_TYPE (record)),
                                                   lc_record_get_uid (record)),
                             GSIZE_TO_POINTER (lc_record_get_id (record)));
    }

  if (!adopt_images (self, store, error)
      || !take_matched_uids (self, store, ids, error)
      || !set_values (self, store, ids, TRUE, error)
      || !insert_all (self, store, ids, error)
      || !set_values (self, store, ids, FALSE, error)
      || !delete_all (self, store, error))
    goto failed;

  after = lc_update_tree_read (store, self->convention_id, error);
  if (after == NULL)
    goto failed;
  /* A failed commit rolls back by itself. */
  if (!lc_store_commit (store, error))
    goto failed_committing;

  self->applied = collect_changes (before, after);
  return TRUE;

failed:
  lc_store_rollback (store);
failed_committing:
  /* Translators: %s is a convention's title; the reason follows */
  g_prefix_error (error, _("“%s” could not be updated: "), self->title);
  return FALSE;
}

/**
 * lc_convention_update_take_changes:
 * @self: a plan that was applied
 *
 * What the last lc_convention_update_apply() wrote, row by row: hand it to
 * lc_undo_stack_record_applied() so that the update is one step to undo.
 *
 * Returns: (transfer full) (nullable): the changes, or %NULL when the plan
 *   was not applied (or they were taken already)
 */
GPtrArray *
lc_convention_update_take_changes (LcConventionUpdate *self)
{
  return g_steal_pointer (&self->applied);
}
