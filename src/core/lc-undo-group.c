/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-undo.h"

/* An edit of many records as one step inside one transaction, all or
 * nothing: people copied from earlier conventions, a status given to many
 * people. */

/**
 * lc_undo_stack_end_group_stored:
 * @self: an undo stack
 * @n_before: lc_undo_stack_get_n_undo () before the group began
 * @ok: whether every edit of the group was stored
 * @error: return location for a #GError, set by the edit that failed or
 *   by the commit
 *
 * Ends a group begun inside lc_store_begin (). When @ok, commits the
 * transaction; otherwise first takes back the part of the group that was
 * done, so that no half of the step stays in the history or the library,
 * then rolls the transaction back.
 *
 * Returns: whether the whole group is stored
 */
gboolean
lc_undo_stack_end_group_stored (LcUndoStack  *self,
                                guint         n_before,
                                gboolean      ok,
                                GError      **error)
{
  LcStore *store;

  g_return_val_if_fail (LC_IS_UNDO_STACK (self), FALSE);

  store = lc_undo_stack_get_store (self);
  lc_undo_stack_end_group (self);
  if (!ok)
    {
      if (lc_undo_stack_get_n_undo (self) > n_before)
        lc_undo_stack_undo (self, NULL);
      lc_store_rollback (store);
      return FALSE;
    }
  return lc_store_commit (store, error);
}
