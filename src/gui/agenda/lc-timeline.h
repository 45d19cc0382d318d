/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lc-convention-model.h"
#include "lc-undo.h"

G_BEGIN_DECLS

/*
 * One day of the agenda drawn to scale: rooms as columns, time running
 * down, items as blocks. Blocks can be dragged in time and across rooms,
 * and their lower edge dragged to change the end, snapping to 5 minutes;
 * each drag is one undoable edit. Activating a block emits item-activated.
 *
 * Each block is a child widget (an LcTimelineBlock) that takes the
 * keyboard focus and that assistive technologies read; the arrows move
 * the focus between blocks, and Tab enters and leaves the timeline as one
 * stop.
 *
 * The timeline scrolls itself (it is a GtkScrollable): put it straight
 * into a GtkScrolledWindow, so the room names and the times stay in view.
 */

#define LC_TYPE_TIMELINE (lc_timeline_get_type ())

G_DECLARE_FINAL_TYPE (LcTimeline, lc_timeline, LC, TIMELINE, GtkWidget)

GtkWidget  *lc_timeline_new          (void);
void        lc_timeline_set_context  (LcTimeline        *self,
                                      LcConventionModel *model,
                                      LcUndoStack       *undo);
void        lc_timeline_set_day      (LcTimeline        *self,
                                      const char        *day);
const char *lc_timeline_get_day      (LcTimeline        *self);

gboolean    lc_timeline_get_item_rect      (LcTimeline      *self,
                                            gint64           item_id,
                                            graphene_rect_t *rect);
gint64      lc_timeline_get_room_at        (LcTimeline      *self,
                                            double           x);
int         lc_timeline_get_minute_at      (LcTimeline      *self,
                                            double           y);
guint       lc_timeline_get_n_columns      (LcTimeline      *self);
guint       lc_timeline_get_n_items        (LcTimeline      *self);
guint       lc_timeline_get_item_conflicts (LcTimeline      *self,
                                            gint64           item_id);
gint64      lc_timeline_get_focus_item     (LcTimeline      *self);
GtkWidget  *lc_timeline_get_item_block     (LcTimeline      *self,
                                            gint64           item_id);
void        lc_timeline_focus_item         (LcTimeline      *self,
                                            gint64           item_id);
char       *lc_timeline_dup_summary        (LcTimeline      *self);

G_END_DECLS
