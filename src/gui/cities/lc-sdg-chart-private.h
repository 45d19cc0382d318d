/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-models.h"
#include "lc-sdg-chart.h"

G_BEGIN_DECLS

/* Shared by lc-sdg-chart.c (counting) and lc-sdg-chart-draw.c (drawing). */

struct _LcSdgChart
{
  GtkWidget   parent_instance;

  GListModel *cities;
  GPtrArray  *watched;     /* the cities whose notify::sdgs we follow */
  guint       counts[LC_SDG_COUNT + 1];
  guint       n_cities;
  guint       n_choosing;  /* cities with at least one goal */
};

char               *lc_sdg_chart_dup_title        (void);
char               *lc_sdg_chart_dup_subtitle     (LcSdgChart     *self);
void                lc_sdg_chart_snapshot         (GtkWidget      *widget,
                                                   GtkSnapshot    *snapshot);
void                lc_sdg_chart_measure          (GtkWidget      *widget,
                                                   GtkOrientation  orientation,
                                                   int             for_size,
                                                   int            *minimum,
                                                   int            *natural,
                                                   int            *minimum_baseline,
                                                   int            *natural_baseline);
GtkSizeRequestMode  lc_sdg_chart_get_request_mode (GtkWidget      *widget);
gboolean            lc_sdg_chart_query_tooltip    (GtkWidget      *widget,
                                                   int             x,
                                                   int             y,
                                                   gboolean        keyboard,
                                                   GtkTooltip     *tooltip);

G_END_DECLS
