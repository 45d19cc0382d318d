/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lc-undo.h"

G_BEGIN_DECLS

/* What the ordered lists of Convention Details (rooms, organisations)
 * share: the keyboard on a row, icon buttons, and Alt+Up/Alt+Down,
 * Ctrl+Z and Ctrl+Shift+Z installed as "<prefix>.move/.undo/.redo". */

void       lc_list_rows_focus         (GtkListBox     *list,
                                       guint           index);
int        lc_list_rows_focused_index (GtkListBox     *list);
GtkWidget *lc_list_rows_icon_button   (gpointer        instance,
                                       const char     *icon,
                                       const char     *tooltip,
                                       GCallback       callback);
void       lc_list_rows_history       (GtkListBox     *list,
                                       GListModel     *model,
                                       LcUndoStack    *undo,
                                       gboolean        redo,
                                       GtkWidget      *fallback);
int        lc_list_rows_index_of      (GListModel     *model,
                                       LcRecord       *record);
void       lc_list_rows_refocus       (GtkListBox     *list,
                                       GListModel     *model,
                                       int             before,
                                       GtkWidget      *fallback);
void       lc_list_rows_install       (GtkWidgetClass *widget_class,
                                       const char     *prefix,
                                       GtkWidgetActionActivateFunc move,
                                       GtkWidgetActionActivateFunc history);

G_END_DECLS
