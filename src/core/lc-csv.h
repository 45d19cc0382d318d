/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LcCsvReader LcCsvReader;

LcCsvReader *lc_csv_reader_new           (const char   *data,
                                          gsize         length,
                                          const char   *source_name,
                                          GError      **error);
void         lc_csv_reader_free          (LcCsvReader  *self);
gboolean     lc_csv_reader_next          (LcCsvReader  *self,
                                          GStrv        *fields,
                                          guint        *line,
                                          GError      **error);
char         lc_csv_reader_get_separator (LcCsvReader  *self);
gboolean     lc_csv_reader_had_bom       (LcCsvReader  *self);
double       lc_csv_reader_get_fraction  (LcCsvReader  *self);
const char  *lc_csv_reader_get_source    (LcCsvReader  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcCsvReader, lc_csv_reader_free)

G_END_DECLS
