/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * LC_SHEET_MAX_COLUMNS:
 *
 * The last column a cell of a workbook may be in: 1024 (column AMJ, the
 * width of a LibreOffice sheet until version 7.4); a list of people or
 * cities has a few dozen.
 */
#define LC_SHEET_MAX_COLUMNS 1024

/**
 * LC_SHEET_MAX_CELL_CHARS:
 *
 * The most characters a cell of a workbook may hold: 32,767, Excel's own
 * limit (the import then accepts far fewer in a field).
 */
#define LC_SHEET_MAX_CELL_CHARS 32767

/**
 * LC_SHEET_MAX_ENTRY_BYTES:
 *
 * The most bytes one part of a workbook (the sheet, its shared strings) may
 * unpack to: 256 MB, some ten times a sheet of 100,000 people. A sheet is
 * read as it unpacks, so this bounds time; the shared strings are held, so
 * they have a lower bound (%LC_SHEET_MAX_STRINGS_BYTES).
 */
#define LC_SHEET_MAX_ENTRY_BYTES (256 * 1024 * 1024)

/**
 * LC_SHEET_MAX_STRINGS_BYTES:
 *
 * The most bytes the shared strings of a workbook may unpack to: 64 MB,
 * the size of the largest CSV file imported.
 */
#define LC_SHEET_MAX_STRINGS_BYTES (64 * 1024 * 1024)

/**
 * LC_SHEET_MAX_XML_DEPTH:
 *
 * How deeply the elements of a workbook's XML may nest: 64 (a sheet uses
 * about 8).
 */
#define LC_SHEET_MAX_XML_DEPTH 64

/**
 * LcSheetFormat:
 * @LC_SHEET_NONE: not a workbook (plain text, or another kind of zip file)
 * @LC_SHEET_XLSX: an Office Open XML workbook (.xlsx)
 * @LC_SHEET_ODS: an OpenDocument spreadsheet (.ods)
 *
 * The kind of workbook a file is, told by its content.
 */
typedef enum
{
  LC_SHEET_NONE,
  LC_SHEET_XLSX,
  LC_SHEET_ODS,
} LcSheetFormat;

typedef struct _LcSheetReader LcSheetReader;

gboolean        lc_sheet_is_zip                 (const char     *data,
                                                 gsize           length);
gboolean        lc_sheet_refuse_legacy          (const char     *data,
                                                 gsize           length,
                                                 const char     *source_name,
                                                 GError        **error);
LcSheetReader  *lc_sheet_reader_new             (const char     *data,
                                                 gsize           length,
                                                 const char     *source_name,
                                                 GError        **error);
void            lc_sheet_reader_free            (LcSheetReader  *self);
gboolean        lc_sheet_reader_next            (LcSheetReader  *self,
                                                 GStrv          *cells,
                                                 guint          *row,
                                                 GError        **error);
LcSheetFormat   lc_sheet_reader_get_format      (LcSheetReader  *self);
const char     *lc_sheet_reader_get_sheet_name  (LcSheetReader  *self);
guint           lc_sheet_reader_get_n_sheets    (LcSheetReader  *self);
double          lc_sheet_reader_get_fraction    (LcSheetReader  *self);
char           *lc_sheet_reader_describe        (LcSheetReader  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcSheetReader, lc_sheet_reader_free)

G_END_DECLS
