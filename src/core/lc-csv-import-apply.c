/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-csv-import-private.h"
#include "lc-error.h"
#include "lc-undo-private.h"

/* Writing a plan into the library, in one transaction, and keeping what
 * it wrote for the undo history. */

/* Keeps the row as stored after a change, for the undo history. */
static gboolean
remember_change (GPtrArray  *applied,
                 LcStore    *store,
                 LcRecord   *before,
                 LcRecord   *record,
                 GError    **error)
{
  g_autoptr(LcRecord) after = lc_store_get (store, G_OBJECT_TYPE (record), lc_record_get_id (record), error);

  if (after == NULL)
    return FALSE;

  g_ptr_array_add (applied, lc_undo_change_new (before, after));
  return TRUE;
}

/**
 * lc_import_plan_take_changes:
 * @self: a plan that was applied
 *
 * What the last lc_import_plan_apply() wrote, row by row, as the undo
 * history keeps changes: hand it to lc_undo_stack_record_applied() so the
 * import can be undone.
 *
 * Returns: (transfer full) (nullable): the changes, or %NULL when the plan
 *   was not applied (or they were taken already)
 */
GPtrArray *
lc_import_plan_take_changes (LcImportPlan *self)
{
  return g_steal_pointer (&self->applied);
}

/**
 * lc_import_plan_apply:
 * @self: a plan with no rejected row
 * @store: the library the plan was made against (or another connection to
 *   it); used by no other thread while this runs
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope call): called now and then with the fraction done
 * @user_data: data for @progress
 * @error: return location for a #GError
 *
 * Adds and updates the records of the plan in one transaction. The rows are
 * matched again inside it; if the result differs from the plan (the library
 * changed meanwhile), nothing is written and %LC_ERROR_CONSTRAINT asks to
 * plan again. On any error or cancellation nothing is written.
 *
 * Returns: %TRUE when every row was written
 */
gboolean
lc_import_plan_apply (LcImportPlan          *self,
                      LcStore               *store,
                      GCancellable          *cancellable,
                      LcImportProgressFunc   progress,
                      gpointer               user_data,
                      GError               **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (lc_csv_import_row_free);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (lc_csv_import_unref_nullable);
  g_autoptr(GPtrArray) applied = g_ptr_array_new_with_free_func (lc_undo_change_free);
  g_autoptr(GDateTime) started = g_date_time_new_now_utc ();
  g_autofree char *changed_at = g_date_time_format (started, "%Y-%m-%dT%H:%M:%SZ");
  guint n_rejected = lc_import_plan_count (self, LC_IMPORT_ROW_REJECTED);

  g_return_val_if_fail (LC_IS_STORE (store), FALSE);

  if (n_rejected > 0)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Nothing was imported from “%s”: %u row was rejected. Correct the "
                                "file and import it again.",
                                "Nothing was imported from “%s”: %u rows were rejected. Correct the "
                                "file and import it again.", n_rejected),
                   self->source, n_rejected);
      return FALSE;
    }

  /* An ambiguous column's cells were not read: the rows are not what the
   * file means until the user says what the column is. */
  if (lc_import_plan_get_n_ambiguous (self) > 0)
    {
      g_autofree char *which = lc_import_plan_describe_ambiguous (self);

      g_set_error (error, LC_ERROR, LC_ERROR_AMBIGUOUS, "%s", g_strchomp (which));
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!lc_store_begin (store, error))
    return FALSE;

  /* Under the write lock the library cannot change until the commit. */
  if (!lc_csv_import_resolve (self, store, rows, records, cancellable, progress, user_data, 0.0, 0.2, error))
    goto failed;

  for (guint i = 0; i < rows->len; i++)
    {
      LcImportRow *now = g_ptr_array_index (rows, i);
      LcImportRow *planned = g_ptr_array_index (self->rows, i);

      if (now->action != planned->action || now->target_id != planned->target_id)
        {
          g_set_error (error, LC_ERROR, LC_ERROR_CONSTRAINT,
                       _("The library changed after the import of “%s” was previewed (line %u "
                         "no longer does what the preview said). Nothing was imported; preview "
                         "the import again."),
                       self->source, planned->line);
          goto failed;
        }
    }

  for (guint i = 0; i < rows->len; i++)
    {
      LcImportRow *row = g_ptr_array_index (rows, i);
      LcRecord *record = g_ptr_array_index (records, i);
      gboolean ok = TRUE;

      if (i % 64 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            goto failed;
          if (progress)
            progress (0.2 + 0.8 * i / rows->len, user_data);
        }

      if (row->action == LC_IMPORT_ROW_ADD)
        ok = lc_store_insert (store, record, error) && remember_change (applied, store, NULL, record, error)
             && lc_csv_import_keep_status (store, NULL, record, changed_at, applied, error);
      else if (row->action == LC_IMPORT_ROW_UPDATE)
        {
          g_autoptr(LcRecord) before = lc_store_get (store, G_OBJECT_TYPE (record), lc_record_get_id (record), error);

          ok = before != NULL && lc_store_update (store, record, error)
               && remember_change (applied, store, before, record, error)
               && lc_csv_import_keep_status (store, before, record, changed_at, applied, error);
        }

      if (!ok)
        {
          g_prefix_error (error, _("“%s”, line %u: "), self->source, row->line);
          goto failed;
        }
    }

  if (!lc_store_commit (store, error))
    return FALSE;

  g_clear_pointer (&self->applied, g_ptr_array_unref);
  self->applied = g_steal_pointer (&applied);

  if (progress)
    progress (1.0, user_data);

  return TRUE;

failed:
  lc_store_rollback (store);
  return FALSE;
}
