/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-store.h"

G_BEGIN_DECLS

typedef struct _LcCliContext LcCliContext;

/**
 * LcCliContext:
 * @store: the open library
 * @convention_id: the convention chosen with --convention (or the only one)
 * @options: every option given on the command line
 *
 * What a command-line command works on.
 */
struct _LcCliContext
{
  LcStore      *store;
  gint64        convention_id;
  GVariantDict *options;
};

extern const GOptionEntry lc_cli_entries[];

int          lc_cli_run               (GVariantDict  *options);
const char  *lc_cli_get_string        (LcCliContext  *ctx,
                                       const char    *option);
gint64       lc_cli_resolve_convention (LcStore      *store,
                                       gint64         requested,
                                       GError       **error);
gboolean     lc_convention_update_cli (LcCliContext  *ctx,
                                       const char    *path,
                                       gboolean      *handled,
                                       GError       **error);

G_END_DECLS
