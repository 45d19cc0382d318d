/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-cli.h"

G_BEGIN_DECLS

gboolean  lc_exchange_cli_send   (LcCliContext  *ctx,
                                  const char    *path,
                                  GError       **error);
gboolean  lc_exchange_cli_merge  (LcCliContext  *ctx,
                                  const char    *path,
                                  GError       **error);

G_END_DECLS
