/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lc-declaration-pdf.h"
#include "lc-store.h"

G_BEGIN_DECLS

void     lc_declaration_printer_export_pdf   (GtkWindow           *parent,
                                              LcStore             *store,
                                              gint64               convention_id);
void     lc_declaration_printer_write_async  (LcStore             *store,
                                              gint64               declaration_id,
                                              int                  version,
                                              const char          *path,
                                              LcAgendaLanguage     language,
                                              LcPaper              paper,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean lc_declaration_printer_write_finish (GAsyncResult        *result,
                                              GError             **error);

G_END_DECLS
