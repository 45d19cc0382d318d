/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-agenda-pdf.h"
#include "lc-cli.h"
#include "lc-export-common.h"
#include "lc-store.h"

G_BEGIN_DECLS

/* The convention's final report as a PDF, made by the agenda's renderer
 * (fonts, styles, pagination, running header and footer, atomic file;
 * lc-report-pdf*.c), or as a flat OpenDocument text (lc-report-odt.c). */

gboolean lc_report_write_pdf       (LcStore           *store,
                                    gint64             convention_id,
                                    const char        *path,
                                    LcAgendaLanguage   language,
                                    LcDigits           digits,
                                    LcPaper            paper,
                                    GCancellable      *cancellable,
                                    LcExportProgressFunc progress,
                                    gpointer           progress_data,
                                    GError           **error);
gboolean lc_report_write_odt       (LcStore           *store,
                                    gint64             convention_id,
                                    const char        *path,
                                    LcAgendaLanguage   language,
                                    LcDigits           digits,
                                    GCancellable      *cancellable,
                                    LcExportProgressFunc progress,
                                    gpointer           progress_data,
                                    GError           **error);
gboolean lc_report_cli_export      (LcCliContext      *ctx,
                                    const char        *path,
                                    GError           **error);

G_END_DECLS
