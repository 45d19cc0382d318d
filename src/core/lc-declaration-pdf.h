/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-agenda-pdf.h"
#include "lc-cli.h"
#include "lc-store.h"

G_BEGIN_DECLS

/* The declaration as a PDF, made by the agenda's renderer (fonts, page
 * geometry, running header and footer, atomic file writing). */

gint64   lc_declaration_get_first            (LcStore           *store,
                                              gint64             convention_id,
                                              GError           **error);
gboolean lc_declaration_write_pdf            (LcStore           *store,
                                              gint64             declaration_id,
                                              int                version,
                                              const char        *path,
                                              LcAgendaLanguage   language,
                                              LcDigits           digits,
                                              LcPaper            paper,
                                              GError           **error);
gboolean lc_declaration_cli_export_pdf       (LcCliContext      *ctx,
                                              const char        *path,
                                              GError           **error);

G_END_DECLS
