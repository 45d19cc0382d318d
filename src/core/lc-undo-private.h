/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-undo.h"

G_BEGIN_DECLS

/* One row's change: NULL before means it was inserted, NULL after that it
 * was deleted. Both are full copies of the row as read from the store. */
typedef struct
{
  LcRecord *before;
  LcRecord *after;
} LcUndoChange;

/* What the schema does to other rows when one is deleted, learnt once. */
typedef struct _LcUndoSchema LcUndoSchema;

LcUndoChange *lc_undo_change_new        (LcRecord      *before,
                                         LcRecord      *after);
void          lc_undo_change_free       (gpointer       change);

LcUndoSchema *lc_undo_schema_new        (LcStore       *store);
/* lc-undo-images.c: the images the history names, kept */
GHashTable   *lc_undo_images_new        (void);
void          lc_undo_images_keep       (LcStore       *store,
                                         GHashTable    *kept,
                                         GPtrArray     *changes);
gboolean      lc_undo_images_restore    (LcStore       *store,
                                         GHashTable    *kept,
                                         GPtrArray     *changes,
                                         gboolean       forward,
                                         GError       **error);
void          lc_undo_schema_free       (LcUndoSchema  *self);

gboolean      lc_undo_apply_changes     (LcUndoSchema  *self,
                                         GPtrArray     *changes,
                                         gboolean       forward,
                                         GError       **error);
void          lc_undo_announce          (LcUndoSchema  *self,
                                         GPtrArray     *changes);
void          lc_undo_announce_rollback (LcUndoSchema  *self,
                                         GPtrArray     *applied,
                                         gboolean       forward);
GPtrArray    *lc_undo_collect_deletion  (LcUndoSchema  *self,
                                         LcRecord      *row,
                                         GError       **error);

/* lc-undo-queue.c: edits waiting while another process holds the library */
typedef struct _LcUndoQueue LcUndoQueue;

LcUndoQueue  *lc_undo_queue_new         (LcUndoStack   *stack);
void          lc_undo_queue_free        (LcUndoQueue   *self);
guint         lc_undo_queue_get_length  (LcUndoQueue   *self);
void          lc_undo_queue_push        (LcUndoQueue   *self,
                                         LcRecord      *record,
                                         const char    *label);
gboolean      lc_undo_queue_flush       (LcUndoQueue   *self,
                                         GError       **error);
gboolean      lc_undo_stack_update_now  (LcUndoStack   *self,
                                         LcRecord      *record,
                                         const char    *label,
                                         GError       **error);

G_END_DECLS
