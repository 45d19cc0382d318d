/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-agenda-pdf-private.h"
#include "lc-cli.h"

G_BEGIN_DECLS

/* What the documents printed with the agenda's renderer beside the agenda
 * (the declaration, the final report) share: their columns and their
 * running lines (lc-pdf-document.c). */

guint  lc_pdf_document_columns      (LcAgendaLayout *self,
                                     LcStrip         strips[2]);
guint  lc_pdf_document_text_columns (LcAgendaLayout *self,
                                     LcStrip         strips[2],
                                     const char     *ar,
                                     const char     *en);
void   lc_pdf_document_add_running  (LcAgendaLayout *self,
                                     GArray         *leaves,
                                     const LcStrip  *strip,
                                     double          offset,
                                     double          y,
                                     double          width,
                                     const char     *text,
                                     LcAlign         align,
                                     guint32         colour);
gboolean lc_pdf_document_cli_options (LcCliContext      *ctx,
                                      LcAgendaLanguage  *language,
                                      LcPaper           *paper,
                                      GError           **error);

G_END_DECLS
