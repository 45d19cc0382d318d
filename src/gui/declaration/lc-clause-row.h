/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LC_TYPE_CLAUSE_ROW (lc_clause_row_get_type ())

G_DECLARE_FINAL_TYPE (LcClauseRow, lc_clause_row, LC, CLAUSE_ROW, AdwBin)

LcClauseRow   *lc_clause_row_new             (gint64       key);
gint64         lc_clause_row_get_key         (LcClauseRow *self);
void           lc_clause_row_set_clause      (LcClauseRow *self,
                                              const char  *text_ar,
                                              const char  *text_en,
                                              const char  *number,
                                              const char  *note,
                                              guint        n_amendments,
                                              gboolean     editable);
GtkTextView   *lc_clause_row_get_text_view   (LcClauseRow *self,
                                              gboolean     arabic);
void           lc_clause_row_flush           (LcClauseRow *self);

G_END_DECLS
