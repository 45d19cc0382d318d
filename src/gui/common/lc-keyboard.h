/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void lc_keyboard_fix_rows               (GtkWidget  *root);
void lc_keyboard_popover_returns_focus  (GtkPopover *popover,
                                         GtkWidget  *owner);

void lc_keyboard_search_keeps_undo      (GtkWidget  *entry);

G_END_DECLS
