/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lc-models.h"

G_BEGIN_DECLS

/* Where a new or duplicated agenda item goes (lc-item-placement.c). */

LcItem   *lc_item_new_draft          (LcRecord    *convention,
                                      GListModel  *items,
                                      const char  *day,
                                      LcRecord    *selected);
LcRecord *lc_item_copy_for_duplicate (LcRecord    *item);

G_END_DECLS
