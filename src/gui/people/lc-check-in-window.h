/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-store.h"
#include "lc-undo.h"

G_BEGIN_DECLS

#define LC_TYPE_CHECK_IN_WINDOW (lc_check_in_window_get_type ())
G_DECLARE_FINAL_TYPE (LcCheckInWindow, lc_check_in_window, LC, CHECK_IN_WINDOW, AdwWindow)

LcCheckInWindow *lc_check_in_window_new (GtkWindow   *parent,
                                         LcUndoStack *undo,
                                         LcStore     *store,
                                         gint64       convention_id);
LcCheckInWindow *lc_check_in_window_present (GtkWindow   *parent,
                                             LcUndoStack *undo,
                                             LcStore     *store,
                                             gint64       convention_id);

G_END_DECLS
