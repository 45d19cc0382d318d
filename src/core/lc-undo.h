/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-store.h"

G_BEGIN_DECLS

/*
 * Undo and redo of edits to a store.
 *
 * Each edit made through the stack is stored at once (as with the store's
 * own functions) and its inverse is remembered: the rows as they were and
 * as they became. A deletion remembers every row the database deletes with
 * it or whose reference it clears (a person's participations; an item's
 * participations; the items of a deleted room, which lose their room; the
 * people of a deleted city, which lose their city; everything in a
 * convention), so undoing it restores them all with the same ids. Which
 * rows those are is derived from the record classes (the columns that
 * reference a table) and from what the schema does on delete (CASCADE or
 * SET NULL), not written out per table.
 *
 * Undoing or redoing a step runs in one transaction and first checks that
 * each row is still as the step left it. When it is not (the row was edited
 * or deleted another way in the meantime), nothing is changed, an error
 * says so, and the step is removed from the history: it can never apply
 * again. When the failure may pass (the disk is full, the library is busy),
 * the step stays where it was, so it can be tried again.
 *
 * A new edit clears what could be redone. Edits between
 * lc_undo_stack_begin_group() and lc_undo_stack_end_group() are one step.
 */

#define LC_TYPE_UNDO_STACK (lc_undo_stack_get_type ())
G_DECLARE_FINAL_TYPE (LcUndoStack, lc_undo_stack, LC, UNDO_STACK, GObject)

LcUndoStack *lc_undo_stack_new            (LcStore      *store);
LcStore     *lc_undo_stack_get_store      (LcUndoStack  *self);

gboolean     lc_undo_stack_insert         (LcUndoStack  *self,
                                           LcRecord     *record,
                                           const char   *label,
                                           GError      **error);
gboolean     lc_undo_stack_update         (LcUndoStack  *self,
                                           LcRecord     *record,
                                           const char   *label,
                                           GError      **error);
guint        lc_undo_stack_get_n_pending  (LcUndoStack  *self);
gboolean     lc_undo_stack_delete         (LcUndoStack  *self,
                                           LcRecord     *record,
                                           const char   *label,
                                           GError      **error);

void         lc_undo_stack_record_applied (LcUndoStack  *self,
                                           const char   *label,
                                           GPtrArray    *changes);
void         lc_undo_stack_begin_group    (LcUndoStack  *self,
                                           const char   *label);
void         lc_undo_stack_end_group      (LcUndoStack  *self);
gboolean     lc_undo_stack_end_group_stored (LcUndoStack *self,
                                             guint        n_before,
                                             gboolean     ok,
                                             GError     **error);

gboolean     lc_undo_stack_undo           (LcUndoStack  *self,
                                           GError      **error);
gboolean     lc_undo_stack_redo           (LcUndoStack  *self,
                                           GError      **error);
void         lc_undo_stack_clear          (LcUndoStack  *self);

gboolean     lc_undo_stack_get_can_undo   (LcUndoStack  *self);
gboolean     lc_undo_stack_get_can_redo   (LcUndoStack  *self);
const char  *lc_undo_stack_get_undo_label (LcUndoStack  *self);
const char  *lc_undo_stack_get_redo_label (LcUndoStack  *self);
guint        lc_undo_stack_get_n_undo     (LcUndoStack  *self);
guint        lc_undo_stack_get_n_redo     (LcUndoStack  *self);

G_END_DECLS
