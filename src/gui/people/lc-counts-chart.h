/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lc-counts-bar.h"
#include "lc-participant-enums.h"
#include "lc-store.h"

G_BEGIN_DECLS

#define LC_TYPE_COUNTS_CHART (lc_counts_chart_get_type ())
G_DECLARE_FINAL_TYPE (LcCountsChart, lc_counts_chart, LC, COUNTS_CHART, GtkWidget)

GtkWidget   *lc_counts_chart_new            (LcStore             *store,
                                             gint64               convention_id);
LcCountsBar *lc_counts_chart_get_status_bar (LcCountsChart       *self,
                                             LcParticipantStatus  status);
LcCountsBar *lc_counts_chart_get_category_bar (LcCountsChart         *self,
                                               LcParticipantCategory  category);

G_END_DECLS
