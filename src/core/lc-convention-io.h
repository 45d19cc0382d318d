/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "lc-store.h"

G_BEGIN_DECLS

#define LC_CONVENTION_FORMAT "learning-cities-convention"
#define LC_CONVENTION_FORMAT_VERSION 5

gint64   lc_convention_import_data (LcStore     *store,
                                    const char  *data,
                                    gsize        length,
                                    const char  *source_name,
                                    GError     **error);
JsonParser *lc_convention_parse (const char  *data,
                                 gsize        length,
                                 const char  *source_name,
                                 GError     **error);
gint64   lc_convention_import_parsed (LcStore     *store,
                                      JsonParser  *parser,
                                      const char  *source_name,
                                      GError     **error);
gint64   lc_convention_import_parsed_full (LcStore     *store,
                                           JsonParser  *parser,
                                           const char  *source_name,
                                           GPtrArray  **records,
                                           GError     **error);
gint64   lc_convention_import_file (LcStore     *store,
                                    const char  *path,
                                    GError     **error);
gint64   lc_convention_import_file_full (LcStore     *store,
                                         const char  *path,
                                         char      ***left_out,
                                         GError     **error);
void     lc_convention_import_file_async  (LcStore             *store,
                                          const char          *path,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
void     lc_convention_import_parsed_async (LcStore             *store,
                                           const char          *path,
                                           JsonParser          *parser,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gint64   lc_convention_import_file_finish (LcStore            *store,
                                          GAsyncResult        *result,
                                          GError             **error);
gint64   lc_convention_import_file_finish_full (LcStore       *store,
                                               GAsyncResult  *result,
                                               char        ***left_out,
                                               GError       **error);
char    *lc_convention_export_data (LcStore     *store,
                                    gint64       convention_id,
                                    gsize       *length,
                                    GError     **error);
gboolean lc_convention_export_file (LcStore     *store,
                                    gint64       convention_id,
                                    const char  *path,
                                    GError     **error);

G_END_DECLS
