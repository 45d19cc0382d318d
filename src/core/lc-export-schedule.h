/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lc-export-common.h"

G_BEGIN_DECLS

/* Exports of a convention's agenda for other programs: the conference
 * schedule format (frab / c3voc "schedule.xml" and "schedule.json") here,
 * iCalendar in lc-export-ics.h. Every export is built in memory, then
 * written to a temporary file renamed over the target, so a failed or
 * cancelled export leaves the target as it was. */

char     *lc_export_schedule_xml_data    (LcStore               *store,
                                          gint64                 convention_id,
                                          LcLanguage             language,
                                          gsize                 *length,
                                          GCancellable          *cancellable,
                                          LcExportProgressFunc   progress,
                                          gpointer               user_data,
                                          GError               **error);
gboolean  lc_export_schedule_xml_file    (LcStore               *store,
                                          gint64                 convention_id,
                                          LcLanguage             language,
                                          const char            *path,
                                          GCancellable          *cancellable,
                                          LcExportProgressFunc   progress,
                                          gpointer               user_data,
                                          GError               **error);
char     *lc_export_schedule_json_data   (LcStore               *store,
                                          gint64                 convention_id,
                                          LcLanguage             language,
                                          gsize                 *length,
                                          GCancellable          *cancellable,
                                          LcExportProgressFunc   progress,
                                          gpointer               user_data,
                                          GError               **error);
gboolean  lc_export_schedule_json_file   (LcStore               *store,
                                          gint64                 convention_id,
                                          LcLanguage             language,
                                          const char            *path,
                                          GCancellable          *cancellable,
                                          LcExportProgressFunc   progress,
                                          gpointer               user_data,
                                          GError               **error);

G_END_DECLS
