/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-cli.h"

G_BEGIN_DECLS

gboolean  lc_badges_cli_export        (LcCliContext  *ctx,
                                       const char    *path,
                                       GError       **error);
gboolean  lc_table_tents_cli_export   (LcCliContext  *ctx,
                                       const char    *path,
                                       GError       **error);
gboolean  lc_certificates_cli_export  (LcCliContext  *ctx,
                                       const char    *path,
                                       GError       **error);

G_END_DECLS
