/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-cli.h"
#include "lc-l10n.h"

G_BEGIN_DECLS

/* The command line's exports (lc-cli-export.c). */

gboolean  lc_export_cli_language         (LcCliContext          *ctx,
                                          LcLanguage            *language,
                                          GError               **error);
gboolean  lc_export_cli_schedule_xml     (LcCliContext          *ctx,
                                          const char            *path,
                                          GError               **error);
gboolean  lc_export_cli_schedule_json    (LcCliContext          *ctx,
                                          const char            *path,
                                          GError               **error);
gboolean  lc_export_cli_ics              (LcCliContext          *ctx,
                                          const char            *path,
                                          GError               **error);
gboolean  lc_export_cli_speakers         (LcCliContext          *ctx,
                                          const char            *path,
                                          GError               **error);

G_END_DECLS
