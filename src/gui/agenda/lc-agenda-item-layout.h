/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * The line of an agenda item's row: its children side by side from the
 * start, those that expand sharing the width the others leave. A row's
 * height follows from its width; its width never from its height.
 */

#define LC_TYPE_AGENDA_ITEM_LAYOUT (lc_agenda_item_layout_get_type ())

G_DECLARE_FINAL_TYPE (LcAgendaItemLayout, lc_agenda_item_layout, LC, AGENDA_ITEM_LAYOUT, GtkLayoutManager)

GtkLayoutManager *lc_agenda_item_layout_new         (void);
int               lc_agenda_item_layout_get_spacing (LcAgendaItemLayout *self);
void              lc_agenda_item_layout_set_spacing (LcAgendaItemLayout *self,
                                                     int                 spacing);

G_END_DECLS
