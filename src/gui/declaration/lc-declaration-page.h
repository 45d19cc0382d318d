/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-clause-row.h"
#include "lc-page.h"

G_BEGIN_DECLS

#define LC_TYPE_DECLARATION_PAGE (lc_declaration_page_get_type ())

G_DECLARE_FINAL_TYPE (LcDeclarationPage, lc_declaration_page, LC, DECLARATION_PAGE, AdwBin)

gint64       lc_declaration_page_get_declaration_id (LcDeclarationPage *self);
void         lc_declaration_page_show_tab           (LcDeclarationPage *self,
                                                     const char        *name);
LcClauseRow *lc_declaration_page_get_row            (LcDeclarationPage *self,
                                                     gint64             clause_key);
guint        lc_declaration_page_get_n_rows         (LcDeclarationPage *self);
guint        lc_declaration_page_get_n_versions     (LcDeclarationPage *self);
gboolean     lc_declaration_page_is_up_to_date      (LcDeclarationPage *self);

G_END_DECLS
