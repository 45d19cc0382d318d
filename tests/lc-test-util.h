/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <stdarg.h>

#include "lc-store.h"

G_BEGIN_DECLS

/* A temporary folder removed (with everything in it) at the end of the test. */
char     *lc_test_make_tmpdir   (void);
void      lc_test_remove_tree   (const char *path);
char     *lc_test_file_checksum (const char *path);
LcStore  *lc_test_open_store    (char      **dir_out);
gint64    lc_test_add_convention (LcStore   *store,
                                  const char *title_en,
                                  const char *start,
                                  const char *end);

char    **lc_test_cli_environ   (const char  *lang);
int       lc_test_run_cli_valist (char       **envp,
                                  char       **err,
                                  const char  *first,
                                  va_list      args);

G_END_DECLS
