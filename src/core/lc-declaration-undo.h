/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-declaration.h"
#include "lc-undo.h"

G_BEGIN_DECLS

/* Edits of declarations through the undo stack (lc-declaration-undo.c). */

gboolean lc_declaration_undo_new_declaration (LcUndoStack        *undo,
                                              gint64              convention_id,
                                              gint64             *declaration_id,
                                              GError            **error);
gboolean lc_declaration_undo_add_section     (LcUndoStack        *undo,
                                              gint64              declaration_id,
                                              GError            **error);
gboolean lc_declaration_undo_add_clause      (LcUndoStack        *undo,
                                              gint64              section_id,
                                              gint64              after_clause_id,
                                              gint64             *clause_id,
                                              GError            **error);
gboolean lc_declaration_undo_set_text        (LcUndoStack        *undo,
                                              GType               type,
                                              gint64              id,
                                              const char         *field,
                                              const char         *ar,
                                              const char         *en,
                                              const char         *label,
                                              GError            **error);
gboolean lc_declaration_undo_remove_clause   (LcUndoStack        *undo,
                                              gint64              clause_id,
                                              GError            **error);
gboolean lc_declaration_undo_remove_section  (LcUndoStack        *undo,
                                              gint64              section_id,
                                              GError            **error);
gboolean lc_declaration_undo_set_status      (LcUndoStack        *undo,
                                              gint64              amendment_id,
                                              LcAmendmentStatus   status,
                                              GError            **error);
gboolean lc_declaration_undo_propose         (LcUndoStack        *undo,
                                              LcAmendment        *amendment,
                                              GError            **error);

G_END_DECLS
