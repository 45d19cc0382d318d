/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lc-models.h"

G_BEGIN_DECLS

/*
 * The reference data shown with cities: the 17 UN Sustainable Development
 * Goals (their official short names and colours) and the names of the
 * countries cities are usually in.
 */

const char *lc_sdg_get_name          (guint          goal);
void        lc_sdg_get_color         (guint          goal,
                                      GdkRGBA       *color);
void        lc_sdg_get_text_color    (guint          goal,
                                      GdkRGBA       *color);
char       *lc_sdg_describe          (guint          goal);
void        lc_sdg_ensure_style      (GdkDisplay    *display);
GtkWidget  *lc_sdg_chip_new          (guint          goal);
guint       lc_sdg_count_chosen      (gint64         sdgs);

const char *lc_country_get_name      (const char    *code);
gboolean    lc_country_code_is_valid (const char    *code);

G_END_DECLS
