/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LC_TYPE_COUNTS_BAR (lc_counts_bar_get_type ())
G_DECLARE_FINAL_TYPE (LcCountsBar, lc_counts_bar, LC, COUNTS_BAR, GtkWidget)

GtkWidget  *lc_counts_bar_new       (GtkSizeGroup *words,
                                     GtkSizeGroup *numbers);
void        lc_counts_bar_set       (LcCountsBar  *self,
                                     const char   *word,
                                     const char   *number,
                                     double        fraction,
                                     const char   *accessible_label);
const char *lc_counts_bar_get_number (LcCountsBar *self);
gboolean    lc_counts_bar_get_bar_bounds (LcCountsBar     *self,
                                          graphene_rect_t *bounds);

G_END_DECLS
