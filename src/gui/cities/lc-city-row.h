/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lc-convention-model.h"
#include "lc-models.h"

G_BEGIN_DECLS

#define LC_TYPE_CITY_ROW (lc_city_row_get_type ())

G_DECLARE_FINAL_TYPE (LcCityRow, lc_city_row, LC, CITY_ROW, GtkListBoxRow)

GtkWidget *lc_city_row_new      (LcCity            *city,
                                 LcConventionModel *model);
LcCity    *lc_city_row_get_city (LcCityRow *self);

G_END_DECLS
