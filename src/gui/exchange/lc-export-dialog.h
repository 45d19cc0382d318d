/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-store.h"

G_BEGIN_DECLS

/**
 * LcExportFormat:
 * @LC_EXPORT_FORMAT_SCHEDULE_XML: the conference schedule as XML
 * @LC_EXPORT_FORMAT_SCHEDULE_JSON: the conference schedule as JSON
 * @LC_EXPORT_FORMAT_ICS: iCalendar
 *
 * The agenda exports offered by the convention's menu.
 */
typedef enum
{
  LC_EXPORT_FORMAT_SCHEDULE_XML,
  LC_EXPORT_FORMAT_SCHEDULE_JSON,
  LC_EXPORT_FORMAT_ICS,
} LcExportFormat;

void  lc_export_dialog_choose_file (GtkWindow      *window,
                                    LcStore        *store,
                                    gint64          convention_id,
                                    LcExportFormat  format);
void  lc_export_dialog_start       (GtkWindow      *window,
                                    LcStore        *store,
                                    gint64          convention_id,
                                    LcExportFormat  format,
                                    const char     *path);

G_END_DECLS
