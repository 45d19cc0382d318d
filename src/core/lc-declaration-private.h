/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-declaration.h"

G_BEGIN_DECLS

/* Shared by the files of declarations: lc-declaration.c (records),
 * lc-declaration-text.c (texts), lc-declaration-edit.c (amendments) and
 * lc-declaration-publish.c (versions). */

/* The working text as it would be if amendment @override_id had
 * @override_status (0 for "as stored"): how a status change is checked
 * before it is made. */
LcDeclarationText *lc_declaration_compute_working_text (LcStore            *store,
                                                        gint64              declaration_id,
                                                        gint64              override_id,
                                                        LcAmendmentStatus   override_status,
                                                        GError            **error);

/* Runs @sql with @n_params integer parameters and reads the first column
 * of its first row; *result is left untouched when there is no row. */
gboolean           lc_declaration_query_int            (LcStore            *store,
                                                        const char         *sql,
                                                        const gint64       *params,
                                                        guint               n_params,
                                                        gint64             *result,
                                                        GError            **error);

/* The declaration a clause belongs to: 0 when there is no such clause, -1
 * on error. */
gint64             lc_declaration_clause_owner         (LcStore            *store,
                                                        gint64              clause_id,
                                                        GError            **error);

/* The working text, or an error when an accepted amendment no longer
 * applies (so nothing is published or proposed on a broken text). */
LcDeclarationText *lc_declaration_get_checked_working_text (LcStore   *store,
                                                            gint64     declaration_id,
                                                            GError   **error);

G_END_DECLS
