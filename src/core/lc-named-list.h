/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lc-undo.h"

G_BEGIN_DECLS

/* Records a convention names in both languages and orders by their
 * "position" (rooms, tracks). */

gboolean lc_named_list_set_names     (LcRecord     *record,
                                      const char   *name_ar,
                                      const char   *name_en,
                                      const char   *missing,
                                      GError      **error);
gint64   lc_named_list_next_position (GListModel   *records);

G_END_DECLS
