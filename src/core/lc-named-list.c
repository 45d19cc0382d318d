/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-error.h"
#include "lc-named-list.h"

/*
 * A convention's rooms and tracks: named in either language or both, and
 * ordered by their "position" column. The one rule for a name, for where a
 * new one goes and for how one is moved, so that these lists behave alike.
 */

/**
 * lc_named_list_set_names:
 * @record: a record with "name-ar" and "name-en"
 * @name_ar: the name in Arabic, or ""
 * @name_en: the name in English, or ""
 * @missing: the message when both are empty
 * @error: return location for a #GError
 *
 * Sets both names, without the spaces around them, when at least one is
 * given; else leaves @record as it is.
 *
 * Returns: %FALSE, with @missing, when neither name has anything in it
 */
gboolean
lc_named_list_set_names (LcRecord    *record,
                         const char  *name_ar,
                         const char  *name_en,
                         const char  *missing,
                         GError     **error)
{
  g_autofree char *ar = g_strstrip (g_strdup (name_ar ? name_ar : ""));
  g_autofree char *en = g_strstrip (g_strdup (name_en ? name_en : ""));

  g_return_val_if_fail (LC_IS_RECORD (record), FALSE);

  if (*ar == '\0' && *en == '\0')
    {
      g_set_error_literal (error, LC_ERROR, LC_ERROR_INVALID_VALUE, missing);
      return FALSE;
    }

  lc_record_set_string (record, "name-ar", ar);
  lc_record_set_string (record, "name-en", en);
  return TRUE;
}

/**
 * lc_named_list_next_position:
 * @records: records with a "position", in their order
 *
 * Returns: the position after the last of @records, whatever positions
 *   imported ones came with
 */
gint64
lc_named_list_next_position (GListModel *records)
{
  guint n;
  gint64 position = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (records), 0);

  n = g_list_model_get_n_items (records);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) other = g_list_model_get_item (records, i);

      position = MAX (position, lc_record_get_int (other, "position") + 1);
    }
  return position;
}

/**
 * lc_named_list_move:
 * @undo: the convention's undo history
 * @records: records with a "position", in their order
 * @from: the index of the record to move
 * @to: the index it takes
 * @label: the name of the undo step
 * @error: return location for a #GError
 *
 * Moves a record within the order, as one step @label: every record is
 * numbered again from 0, so records imported with equal positions get an
 * order of their own.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_named_list_move (LcUndoStack  *undo,
                   GListModel   *records,
                   guint         from,
                   guint         to,
                   const char   *label,
                   GError      **error)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  guint n, n_before;
  gboolean ok = TRUE;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (records), FALSE);
  n = g_list_model_get_n_items (records);
  g_return_val_if_fail (from < n && to < n, FALSE);

  if (from == to)
    return TRUE;

  /* Copies, since the list reorders itself as each position is stored. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) record = g_list_model_get_item (records, i);

      g_ptr_array_add (order, lc_record_copy (record));
    }
  {
    gpointer moved = g_ptr_array_steal_index (order, from);

    g_ptr_array_insert (order, to, moved);
  }

  /* Each position is written at once; should one fail, the step is
   * undone, so nothing half-reordered stays (as lc-declaration-undo.c). */
  n_before = lc_undo_stack_get_n_undo (undo);
  lc_undo_stack_begin_group (undo, label);
  for (guint i = 0; i < n && ok; i++)
    {
      LcRecord *record = g_ptr_array_index (order, i);

      if (lc_record_get_int (record, "position") == i)
        continue;
      lc_record_set_int (record, "position", i);
      ok = lc_undo_stack_update (undo, record, NULL, error);
    }
  lc_undo_stack_end_group (undo);
  if (!ok && lc_undo_stack_get_n_undo (undo) > n_before)
    lc_undo_stack_undo (undo, NULL);

  return ok;
}
