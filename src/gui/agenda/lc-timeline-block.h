/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lc-models.h"

G_BEGIN_DECLS

/*
 * One item on the timeline: a focusable button, for assistive
 * technologies, whose accessible name says the item's time, title, room
 * and conflicts in the interface language. The timeline (its parent)
 * places it, moves the keyboard between blocks and edits the item.
 */

#define LC_TYPE_TIMELINE_BLOCK (lc_timeline_block_get_type ())

G_DECLARE_FINAL_TYPE (LcTimelineBlock, lc_timeline_block, LC, TIMELINE_BLOCK, GtkWidget)

gint64      lc_timeline_block_get_item_id  (LcTimelineBlock *self);
LcItem     *lc_timeline_block_get_item     (LcTimelineBlock *self);
guint       lc_timeline_block_get_n_conflicts (LcTimelineBlock *self);

G_END_DECLS
