/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-store.h"
#include "lc-types.h"

G_BEGIN_DECLS

#define LC_TYPE_WINDOW (lc_window_get_type ())

G_DECLARE_FINAL_TYPE (LcWindow, lc_window, LC, WINDOW, AdwApplicationWindow)

LcWindow  *lc_window_new              (LcApplication *application);
LcStore   *lc_window_get_store        (LcWindow      *self);
void       lc_window_open_sample      (LcWindow      *self);
void       lc_window_import_file      (LcWindow      *self,
                                       const char    *path);
void       lc_window_open_convention  (LcWindow      *self,
                                       gint64         convention_id);
LcConventionView *lc_window_get_convention_view (LcWindow *self);
const char *lc_window_get_page        (LcWindow     *self);
guint       lc_window_get_n_loads     (LcWindow     *self);
const char *lc_window_get_library_state (LcWindow   *self);
GListModel *lc_window_get_conventions (LcWindow     *self);
void       lc_window_set_accels       (GtkApplication *application);

G_END_DECLS
