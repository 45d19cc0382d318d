/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-models.h"

G_BEGIN_DECLS

#define LC_TYPE_CONVENTION_ROW (lc_convention_row_get_type ())

G_DECLARE_FINAL_TYPE (LcConventionRow, lc_convention_row, LC, CONVENTION_ROW, AdwActionRow)

GtkWidget    *lc_convention_row_new            (LcConvention    *convention);
LcConvention *lc_convention_row_get_convention (LcConventionRow *self);

G_END_DECLS
