/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-model.h"
#include "lc-declaration.h"

G_BEGIN_DECLS

#define LC_TYPE_AMENDMENT_ROW (lc_amendment_row_get_type ())

G_DECLARE_FINAL_TYPE (LcAmendmentRow, lc_amendment_row, LC, AMENDMENT_ROW, AdwBin)

GtkWidget   *lc_amendment_row_new           (LcAmendment       *amendment,
                                             const char        *clause_label,
                                             const char        *proposer,
                                             const char        *item_title,
                                             LcConventionModel *model);
LcAmendment *lc_amendment_row_get_amendment (LcAmendmentRow    *self);
GtkWidget   *lc_amendment_row_get_button    (LcAmendmentRow    *self,
                                             LcAmendmentStatus  status);

G_END_DECLS
