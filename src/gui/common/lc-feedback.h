/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * How a widget tells the user something without knowing the window: the
 * message goes to the nearest AdwToastOverlay, found from the widget up
 * its ancestors, then down the widget's window and the windows it is
 * transient for. Nothing is dropped: with no overlay a toast becomes a
 * dialog, and only a widget with no window at all (not even an active
 * window of the application) falls back to the log.
 */

void lc_widget_show_toast      (GtkWidget    *widget,
                                const char   *message);
void lc_widget_show_undo_toast (GtkWidget    *widget,
                                const char   *message);
AdwToast *lc_widget_show_cancel_toast (GtkWidget    *widget,
                                       const char   *message,
                                       GCancellable *cancellable);
AdwToast *lc_widget_show_progress_toast (GtkWidget       *widget,
                                         const char      *message,
                                         GCancellable    *cancellable,
                                         GtkProgressBar **bar);
void lc_widget_show_file_toast (GtkWidget    *widget,
                                const char   *message,
                                const char   *path);
void lc_widget_show_error      (GtkWidget    *widget,
                                const GError *error);

GtkWindow *lc_widget_get_window (GtkWidget *widget);
GtkWidget *lc_delete_question_new (GtkWindow  *parent,
                                   const char *heading,
                                   const char *body);

G_END_DECLS
