/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "lc-store.h"

G_BEGIN_DECLS

typedef struct _LcCliContext LcCliContext;

/**
 * LcCliContext:
 * @store: the open library
 * @convention_id: the convention chosen with --convention (or the only one)
 * @options: every option given on the command line
 * @import_reader: for --import, a thread that reads and parses the file
 *   while the library opens, or %NULL (see lc_cli_import_file_take())
 *
 * What a command-line command works on.
 */
struct _LcCliContext
{
  LcStore      *store;
  gint64        convention_id;
  GVariantDict *options;
  GThread      *import_reader;
};

extern const GOptionEntry lc_cli_entries[];

int          lc_cli_run               (GVariantDict  *options);
const char  *lc_cli_get_string        (LcCliContext  *ctx,
                                       const char    *option);
gint64       lc_cli_resolve_convention (LcStore      *store,
                                       gint64         requested,
                                       GError       **error);
/* A file given to --import, read and parsed once for both the question
 * whether the library has its convention and the import (lc-cli-update.c). */
typedef struct
{
  char       *contents;
  gsize       length;
  char       *display;      /* the file's name in messages */
  gboolean    schedule;     /* a conference schedule XML, not a convention file */
  JsonParser *parser;       /* NULL for a schedule, or a file that does not parse */
  GError     *parse_error;  /* why it does not, said when it is imported */
} LcCliImportFile;

gboolean     lc_cli_import_file_read  (LcCliImportFile  *file,
                                       const char       *path,
                                       GError          **error);
void         lc_cli_import_file_clear (LcCliImportFile  *file);
GThread     *lc_cli_import_file_read_async (const char   *path);
gboolean     lc_cli_import_file_take  (LcCliContext     *ctx,
                                       LcCliImportFile  *file,
                                       const char       *path,
                                       GError          **error);
void         lc_cli_import_file_discard (GThread        *reader);
gboolean     lc_convention_update_cli (LcCliContext     *ctx,
                                       const char       *path,
                                       LcCliImportFile  *file,
                                       gboolean         *handled,
                                       GError          **error);

G_END_DECLS
