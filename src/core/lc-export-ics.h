/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-export-schedule.h"

G_BEGIN_DECLS

char     *lc_export_ics_data (LcStore               *store,
                              gint64                 convention_id,
                              LcLanguage             language,
                              gsize                 *length,
                              GCancellable          *cancellable,
                              LcExportProgressFunc   progress,
                              gpointer               user_data,
                              GError               **error);
gboolean  lc_export_ics_file (LcStore               *store,
                              gint64                 convention_id,
                              LcLanguage             language,
                              const char            *path,
                              GCancellable          *cancellable,
                              LcExportProgressFunc   progress,
                              gpointer               user_data,
                              GError               **error);

G_END_DECLS
