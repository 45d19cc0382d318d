/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lc-declaration.h"
#include "lc-declaration-undo.h"

G_BEGIN_DECLS

/* What the widgets of the Declaration area share: the side-by-side layout
 * of the two languages and names for clauses; the edits they make through
 * the undo stack are in lc-declaration-undo.h. */

GtkWidget  *lc_declaration_ui_pair           (GtkWidget          *english,
                                              GtkWidget          *arabic);
const char *lc_declaration_ui_pick           (const char         *ar,
                                              const char         *en,
                                              gboolean           *fell_back);
char       *lc_declaration_ui_clause_label   (LcDeclarationText  *text,
                                              gint64              key);
char       *lc_declaration_ui_clause_number  (LcDeclarationText  *text,
                                              gint64              key);

G_END_DECLS
