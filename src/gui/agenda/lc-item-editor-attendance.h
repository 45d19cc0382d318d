/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-model.h"
#include "lc-undo.h"

G_BEGIN_DECLS

#define LC_TYPE_ITEM_ATTENDANCE_WINDOW (lc_item_attendance_window_get_type ())
G_DECLARE_FINAL_TYPE (LcItemAttendanceWindow, lc_item_attendance_window, LC, ITEM_ATTENDANCE_WINDOW, AdwWindow)

LcItemAttendanceWindow *lc_item_attendance_window_new (GtkWindow         *parent,
                                                       LcConventionModel *model,
                                                       LcUndoStack       *undo,
                                                       gint64             item_id);

G_END_DECLS
