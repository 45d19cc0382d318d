/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gsf/gsf.h>
#include <libxml/xmlreader.h>

#include "lc-sheet.h"

G_BEGIN_DECLS

/* What the pieces of the workbook reader share: lc-sheet.c opens the zip
 * container, streams its XML parts and hands rows out; lc-sheet-xlsx.c and
 * lc-sheet-ods.c know each format's parts. */

/* Rows of a sheet, as Excel and LibreOffice number them. */
#define LC_SHEET_MAX_ROW 1048576
/* Cells that hold something, repeats included: 100,000 rows of 100 columns.
 * A few bytes of .ods can repeat a cell millions of times. */
#define LC_SHEET_MAX_CELLS 10000000
/* The workbook's small parts: relationships, the list of sheets, styles. */
#define LC_SHEET_MAX_PART_BYTES (16 * 1024 * 1024)

typedef struct
{
  GsfInput         *input;
  xmlTextReaderPtr  reader;
  gsize             read;
  gsize             size;
  gsize             limit;
  char             *entry;     /* its name in the zip, for messages */
  char             *problem;   /* why reading stopped, when it did */
} LcSheetXml;

struct _LcSheetReader
{
  LcSheetFormat  format;
  char          *source;
  GsfInput      *data;
  GsfInfile     *zip;
  char          *sheet_name;
  guint          n_sheets;     /* 0 while not yet known */
  LcSheetXml    *sheet;
  guint          last_row;
  guint64        n_cells;      /* made so far, bounded by LC_SHEET_MAX_CELLS */
  gboolean       done;

  /* .xlsx */
  GPtrArray     *strings;      /* the shared strings */
  GArray        *date_styles;  /* gboolean per cell style: a date format */
  gboolean       date1904;

  /* .ods */
  int            table_depth;  /* of the first table:table */
  guint64        next_row;     /* the number of the next table:table-row */
  GStrv          repeat_cells; /* a row repeated by number-rows-repeated */
  guint64        repeat_left;
};

/* lc-sheet.c */
LcSheetXml *lc_sheet_xml_open      (LcSheetReader  *self,
                                    const char     *entry,
                                    gsize           limit,
                                    GError        **error);
void        lc_sheet_xml_free      (LcSheetXml     *xml);
int         lc_sheet_xml_next      (LcSheetReader  *self,
                                    LcSheetXml     *xml,
                                    GError        **error);
int         lc_sheet_xml_next_in   (LcSheetReader  *self,
                                    LcSheetXml     *xml,
                                    int             depth,
                                    GError        **error);
gboolean    lc_sheet_xml_is_start  (LcSheetXml     *xml,
                                    const char     *local_name);
gboolean    lc_sheet_xml_is_end    (LcSheetXml     *xml,
                                    const char     *local_name);
char       *lc_sheet_xml_attr      (LcSheetXml     *xml,
                                    const char     *local_name,
                                    const char     *ns);
gboolean    lc_sheet_xml_is_text   (LcSheetXml     *xml);
gboolean    lc_sheet_xml_skip      (LcSheetReader  *self,
                                    LcSheetXml     *xml,
                                    GError        **error);
char       *lc_sheet_cell_name     (guint64         column,
                                    guint           row);
gboolean    lc_sheet_cell_error    (LcSheetReader  *self,
                                    guint64         column,
                                    guint           row,
                                    GError        **error,
                                    const char     *format,
                                    ...) G_GNUC_PRINTF (5, 6);
gboolean    lc_sheet_append_text   (LcSheetReader  *self,
                                    GString        *text,
                                    const char     *more,
                                    gsize           length,
                                    guint64         column,
                                    guint           row,
                                    GError        **error);
gboolean    lc_sheet_row_set       (LcSheetReader  *self,
                                    GPtrArray      *cells,
                                    guint64         column,
                                    guint           row,
                                    GString        *text,
                                    GError        **error);
gboolean    lc_sheet_parse_uint    (const char     *text,
                                    guint64         max,
                                    guint64        *value);
void        lc_sheet_set_damaged   (LcSheetReader  *self,
                                    GError        **error,
                                    const char     *entry,
                                    const char     *why);

/* lc-sheet-xlsx.c */
gboolean    lc_sheet_xlsx_open     (LcSheetReader  *self,
                                    GError        **error);
gboolean    lc_sheet_xlsx_next     (LcSheetReader  *self,
                                    GPtrArray      *cells,
                                    guint          *row,
                                    GError        **error);

/* lc-sheet-ods.c */
gboolean    lc_sheet_ods_open      (LcSheetReader  *self,
                                    GError        **error);
gboolean    lc_sheet_ods_next      (LcSheetReader  *self,
                                    GPtrArray      *cells,
                                    guint          *row,
                                    GError        **error);

G_END_DECLS
