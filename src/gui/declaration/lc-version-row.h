/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LC_TYPE_VERSION_ROW (lc_version_row_get_type ())

G_DECLARE_FINAL_TYPE (LcVersionRow, lc_version_row, LC, VERSION_ROW, AdwActionRow)

GtkWidget *lc_version_row_new        (int           number);
int        lc_version_row_get_number (LcVersionRow *self);

G_END_DECLS
