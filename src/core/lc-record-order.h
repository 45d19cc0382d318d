/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lc-undo.h"

G_BEGIN_DECLS

gboolean lc_record_order_move (LcUndoStack  *undo,
                               GListModel   *records,
                               guint         from,
                               guint         to,
                               const char   *label,
                               GError      **error);

G_END_DECLS
