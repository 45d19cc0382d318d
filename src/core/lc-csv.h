/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "lc-sheet.h"

G_BEGIN_DECLS

typedef struct _LcCsvReader LcCsvReader;

/**
 * LcCsvEncoding:
 * @LC_CSV_ENCODING_UTF8: UTF-8, with or without a byte order mark
 * @LC_CSV_ENCODING_UTF16LE: UTF-16 little-endian, after its byte order mark
 *   (Excel's “Unicode Text”)
 * @LC_CSV_ENCODING_UTF16BE: UTF-16 big-endian, after its byte order mark
 * @LC_CSV_ENCODING_WINDOWS_1256: Windows-1256, Excel's “CSV” in an Arabic
 *   locale
 *
 * The encoding a spreadsheet was read in.
 */
typedef enum
{
  LC_CSV_ENCODING_UTF8,
  LC_CSV_ENCODING_UTF16LE,
  LC_CSV_ENCODING_UTF16BE,
  LC_CSV_ENCODING_WINDOWS_1256,
} LcCsvEncoding;

LcCsvReader   *lc_csv_reader_new           (const char     *data,
                                            gsize           length,
                                            const char     *source_name,
                                            GError        **error);
void           lc_csv_reader_free          (LcCsvReader    *self);
gboolean       lc_csv_reader_next          (LcCsvReader    *self,
                                            GStrv          *fields,
                                            guint          *line,
                                            GError        **error);
char           lc_csv_reader_get_separator (LcCsvReader    *self);
void           lc_csv_reader_set_separator (LcCsvReader    *self,
                                            char            separator);
gboolean       lc_csv_reader_had_bom       (LcCsvReader    *self);
LcCsvEncoding  lc_csv_reader_get_encoding  (LcCsvReader    *self);
double         lc_csv_reader_get_fraction  (LcCsvReader    *self);
const char    *lc_csv_reader_get_source    (LcCsvReader    *self);
LcSheetReader *lc_csv_reader_get_sheet     (LcCsvReader    *self);

const char    *lc_csv_encoding_get_name    (LcCsvEncoding   encoding);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcCsvReader, lc_csv_reader_free)

G_END_DECLS
