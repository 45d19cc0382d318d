/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lc-declaration.h"
#include "lc-undo.h"

G_BEGIN_DECLS

/* What the widgets of the Declaration area share: the side-by-side layout
 * of the two languages, names for clauses, and the edits, made through the
 * undo stack wherever the declaration API allows it. */

GtkWidget  *lc_declaration_ui_pair           (GtkWidget          *english,
                                              GtkWidget          *arabic);
const char *lc_declaration_ui_pick           (const char         *ar,
                                              const char         *en,
                                              gboolean           *fell_back);
char       *lc_declaration_ui_clause_label   (LcDeclarationText  *text,
                                              gint64              key);
char       *lc_declaration_ui_clause_number  (LcDeclarationText  *text,
                                              gint64              key);

gboolean    lc_declaration_ui_new_declaration (LcUndoStack       *undo,
                                               gint64             convention_id,
                                               gint64            *declaration_id,
                                               GError           **error);
gboolean    lc_declaration_ui_add_section    (LcUndoStack        *undo,
                                              gint64              declaration_id,
                                              GError            **error);
gboolean    lc_declaration_ui_add_clause     (LcUndoStack        *undo,
                                              gint64              section_id,
                                              gint64              after_clause_id,
                                              gint64             *clause_id,
                                              GError            **error);
gboolean    lc_declaration_ui_set_text       (LcUndoStack        *undo,
                                              GType               type,
                                              gint64              id,
                                              const char         *field,
                                              const char         *ar,
                                              const char         *en,
                                              const char         *label,
                                              GError            **error);
gboolean    lc_declaration_ui_remove_clause  (LcUndoStack        *undo,
                                              gint64              clause_id,
                                              GError            **error);
gboolean    lc_declaration_ui_remove_section (LcUndoStack        *undo,
                                              gint64              section_id,
                                              GError            **error);
gboolean    lc_declaration_ui_set_status     (LcUndoStack        *undo,
                                              gint64              amendment_id,
                                              LcAmendmentStatus   status,
                                              GError            **error);
gboolean    lc_declaration_ui_propose        (LcUndoStack        *undo,
                                              LcAmendment        *amendment,
                                              GError            **error);

G_END_DECLS
