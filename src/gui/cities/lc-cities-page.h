/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-models.h"
#include "lc-page.h"

G_BEGIN_DECLS

#define LC_TYPE_CITIES_PAGE (lc_cities_page_get_type ())

G_DECLARE_FINAL_TYPE (LcCitiesPage, lc_cities_page, LC, CITIES_PAGE, AdwBin)

const char *lc_cities_page_get_state (LcCitiesPage *self);
GtkListBox *lc_cities_page_get_list  (LcCitiesPage *self,
                                      gboolean      arab_region);
GtkWidget  *lc_cities_page_get_chart (LcCitiesPage *self);
void        lc_cities_page_edit_city (LcCitiesPage *self,
                                      LcCity       *city);

G_END_DECLS
