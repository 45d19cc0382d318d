/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-undo.h"

G_BEGIN_DECLS

void       lc_attendance_import_choose_file (GtkWindow   *parent,
                                             LcUndoStack *undo,
                                             gint64       convention_id);
GtkWindow *lc_attendance_import_preview     (GtkWindow   *parent,
                                             LcUndoStack *undo,
                                             gint64       convention_id,
                                             const char  *path);

G_END_DECLS
