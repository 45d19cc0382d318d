/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LC_TYPE_SDG_CHART (lc_sdg_chart_get_type ())

G_DECLARE_FINAL_TYPE (LcSdgChart, lc_sdg_chart, LC, SDG_CHART, GtkWidget)

GtkWidget  *lc_sdg_chart_new              (void);
GListModel *lc_sdg_chart_get_cities       (LcSdgChart      *self);
void        lc_sdg_chart_set_cities       (LcSdgChart      *self,
                                           GListModel      *cities);
guint       lc_sdg_chart_get_count        (LcSdgChart      *self,
                                           guint            goal);
char       *lc_sdg_chart_dup_summary      (LcSdgChart      *self);
gboolean    lc_sdg_chart_get_bar_bounds   (LcSdgChart      *self,
                                           guint            goal,
                                           graphene_rect_t *bounds);

G_END_DECLS
