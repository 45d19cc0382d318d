/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-diff.h"

G_BEGIN_DECLS

#define LC_TYPE_COMPARE_VIEW (lc_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (LcCompareView, lc_compare_view, LC, COMPARE_VIEW, AdwBin)

void        lc_compare_view_set_declaration (LcCompareView *self,
                                             LcStore       *store,
                                             gint64         declaration_id,
                                             GListModel    *versions);
void        lc_compare_view_set_range       (LcCompareView *self,
                                             int            from,
                                             int            to);
void        lc_compare_view_set_ignore_diacritics (LcCompareView *self,
                                             gboolean       ignore);
LcTextDiff *lc_compare_view_get_diff        (LcCompareView *self);
char       *lc_compare_view_segments_markup (GPtrArray     *segments);

G_END_DECLS
