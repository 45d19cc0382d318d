/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-record-order.h"

/**
 * lc_record_order_move:
 * @undo: the convention's undo history
 * @records: records with a "position" field, in their order
 * @from: the index of the record to move
 * @to: the index it takes
 * @label: the undo step's name, such as “Move Room”
 * @error: return location for a #GError
 *
 * Moves a record within a list kept in order by "position" (rooms,
 * organisations), as one undo step: every record is numbered again from 0,
 * so records imported with equal positions get an order of their own.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_record_order_move (LcUndoStack  *undo,
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

  /* Copies, since a list may reorder itself as each position is stored. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) record = g_list_model_get_item (records, i);

      g_ptr_array_add (order, lc_record_copy (record));
    }
  g_ptr_array_insert (order, to, g_ptr_array_steal_index (order, from));

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
