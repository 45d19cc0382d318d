/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lc-application.h"

G_BEGIN_DECLS

/* Helpers for the headless UI tests (run under Xvfb by build-aux/run-headless.sh). */

void      lc_test_ui_init        (int         *argc,
                                  char      ***argv);
LcApplication *lc_test_ui_app_init (int      *argc,
                                    char   ***argv);
int       lc_test_ui_app_run     (void);
gboolean  lc_test_ui_is_arabic   (void);
void      lc_test_ui_wait_until  (gboolean   (*done) (gpointer),
                                  gpointer     data,
                                  guint        timeout_ms);
void      lc_test_ui_settle      (void);
void      lc_test_ui_search      (GtkWidget   *entry,
                                  const char  *text);
char     *lc_test_ui_screenshot  (GtkWidget   *widget,
                                  const char  *name);
GtkWidget *lc_test_ui_find       (GtkWidget   *root,
                                  GType        type,
                                  const char  *label);
char     *lc_test_ui_dup_accessible_label (GtkWidget *widget);
char     *lc_test_ui_clock       (int          minutes);

GtkWidget *lc_test_ui_find_matching (GtkWidget   *root,
                                     gboolean   (*match) (GtkWidget    *widget,
                                                          gconstpointer data),
                                     gconstpointer data);

gpointer   lc_test_ui_find_toplevel (GType        type);

G_END_DECLS
