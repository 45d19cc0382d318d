/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gsf/gsf.h>
#include <string.h>

#include "fuzz-common.h"
#include "lc-csv-import.h"
#include "lc-csv.h"

/* The workbook reader (lc-sheet*.c) on arbitrary XML in a well-formed zip:
 * a mutated zip rarely opens, so the bytes go inside one. The first byte
 * chooses the format (bit 1: .ods, else .xlsx) and what the rows are
 * imported as (bit 0: cities, else speakers). For .xlsx the rest is the
 * sheet, or the shared strings, a line "--", then the sheet. Beyond not
 * crashing, the reader must keep its promises: cells are UTF-8, at most
 * LC_SHEET_MAX_COLUMNS a row and LC_SHEET_MAX_CELL_CHARS each, rows only
 * grow, a refusal says why. The import plans, applies and rolls back. */

static const char types[] =
  "<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
  "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
static const char package_rels[] =
  "<Relationships><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
  "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
static const char workbook[] =
  "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
  "<sheets><sheet name=\"People\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Other\" r:id=\"rId9\"/></sheets></workbook>";
static const char workbook_rels[] =
  "<Relationships><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
  "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" "
  "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
  "Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/"
  "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>";
static const char styles[] =
  "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
  "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";

static void
add_part (GsfOutfile *zip,
          const char *name,
          const char *data,
          gsize       length)
{
  GsfOutput *child = gsf_outfile_new_child (zip, name, FALSE);

  gsf_output_write (child, length, (const guint8 *) data);
  gsf_output_close (child);
  g_object_unref (child);
}

static GBytes *
make_workbook (gboolean    ods,
               const char *data,
               gsize       size)
{
  GsfOutput *memory = gsf_output_memory_new ();
  GsfOutfile *zip = gsf_outfile_zip_new (memory, NULL);
  const char *split = ods ? NULL : g_strstr_len (data, size, "\n--\n");
  GBytes *bytes;

  if (ods)
    {
      add_part (zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", 46);
      add_part (zip, "content.xml", data, size);
    }
  else
    {
      add_part (zip, "[Content_Types].xml", types, strlen (types));
      add_part (zip, "_rels/.rels", package_rels, strlen (package_rels));
      add_part (zip, "xl/workbook.xml", workbook, strlen (workbook));
      add_part (zip, "xl/_rels/workbook.xml.rels", workbook_rels, strlen (workbook_rels));
      add_part (zip, "xl/styles.xml", styles, strlen (styles));
      if (split != NULL)
        {
          add_part (zip, "xl/sharedStrings.xml", data, split - data);
          size -= split + 4 - data;
          data = split + 4;
        }
      else
        add_part (zip, "xl/sharedStrings.xml", "<sst/>", 6);
      add_part (zip, "xl/worksheets/sheet1.xml", data, size);
    }
  gsf_output_close (GSF_OUTPUT (zip));
  g_object_unref (zip);
  bytes = g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (memory)), gsf_output_size (memory));
  g_object_unref (memory);
  return bytes;
}

static void
check_reader (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcCsvReader) reader = lc_csv_reader_new (data, length, "fuzz.xlsx", &error);
  g_auto(GStrv) cells = NULL;
  guint line = 0, last_line = 0, rows = 0;

  if (reader == NULL)
    {
      g_assert (error != NULL && *error->message != '\0');
      return;
    }
  g_assert (lc_csv_reader_get_sheet (reader) != NULL);
  /* The plan stops at 100,000 rows; so does this. */
  while (rows++ < 100001 && lc_csv_reader_next (reader, &cells, &line, &error))
    {
      guint n = g_strv_length (cells);

      g_assert (line > last_line);
      g_assert (n > 0 && n <= LC_SHEET_MAX_COLUMNS);
      for (guint i = 0; i < n; i++)
        {
          g_assert (g_utf8_validate (cells[i], -1, NULL));
          g_assert (g_utf8_strlen (cells[i], -1) <= LC_SHEET_MAX_CELL_CHARS);
        }
      last_line = line;
      g_clear_pointer (&cells, g_strfreev);
    }
  g_assert (error == NULL || *error->message != '\0');
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LcImportPlan) plan = NULL;
  gsize length;
  const char *zip;

  if (size == 0)
    return 0;

  bytes = make_workbook (data[0] & 2, (const char *) data + 1, size - 1);
  check_reader (bytes);
  zip = g_bytes_get_data (bytes, &length);
  plan = fuzz_import_rows (data[0] & 1 ? LC_CSV_IMPORT_CITIES : LC_CSV_IMPORT_SPEAKERS, zip, length, "fuzz.xlsx");
  /* A workbook's plan says where its rows came from. */
  g_assert (plan == NULL || lc_import_plan_get_origin (plan) != NULL);
  return 0;
}
