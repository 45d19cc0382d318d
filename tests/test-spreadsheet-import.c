/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gsf/gsf.h>
#include <string.h>
#include <sys/resource.h>

#include "lc-csv-import.h"
#include "lc-csv.h"
#include "lc-error.h"
#include "lc-test-util.h"

/* Workbooks read directly: .xlsx and .ods files written by LibreOffice
 * (headless, in the test, from a CSV and from flat OpenDocument files the
 * test writes) must give the plan the same file saved as CSV gives; the
 * reader's details on hand-written parts (shared and inline strings, rich
 * text runs, numbers and dates, sparse cells, repeated rows and columns);
 * and hostile archives, each refused with a message naming the file and
 * the part or cell, quickly and in little memory. */

static char *work_dir;

typedef struct
{
  char    *dir;
  LcStore *store;
  gint64   convention;
} Fixture;

static void
add_person (Fixture    *f,
            const char *en,
            const char *ar,
            const char *position)
{
  g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (person, "convention-id", f->convention);
  lc_record_set_text (person, "name", ar, en);
  lc_record_set_text (person, "position", "", position);
  lc_store_insert (f->store, person, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = lc_test_open_store (&f->dir);
  f->convention = lc_test_add_convention (f->store, "Test convention", "2023-05-10", "2023-05-11");
  add_person (f, "Samah Shalaby", "سماح شلبي", "Programme Specialist");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  lc_test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
write_file (const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (work_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

static LcImportPlan *
plan_file (Fixture         *f,
           LcCsvImportKind  kind,
           const char      *path)
{
  g_autoptr(GError) error = NULL;
  LcImportPlan *plan = lc_import_plan_new_for_file (f->store, f->convention, kind, path,
                                                    NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

/* The same rows, lines, decisions and reasons: what a person reads in the
 * preview, but for the line saying where the rows came from. */
static void
assert_same_plan (LcImportPlan *expected,
                  LcImportPlan *plan)
{
  const char * const *unknown_a = lc_import_plan_get_unknown_columns (expected);
  const char * const *unknown_b = lc_import_plan_get_unknown_columns (plan);

  g_assert_cmpuint (lc_import_plan_get_n_rows (plan), ==, lc_import_plan_get_n_rows (expected));
  for (guint i = 0; i < lc_import_plan_get_n_rows (expected); i++)
    {
      const LcImportRow *a = lc_import_plan_get_row (expected, i);
      const LcImportRow *b = lc_import_plan_get_row (plan, i);

      g_assert_cmpuint (b->line, ==, a->line);
      g_assert_cmpint (b->action, ==, a->action);
      g_assert_cmpstr (b->label, ==, a->label);
      g_assert_cmpstr (b->reason, ==, a->reason);
      g_assert_cmpstr (b->changed, ==, a->changed);
    }
  g_assert_cmpuint (g_strv_length ((GStrv) unknown_b), ==, g_strv_length ((GStrv) unknown_a));
  for (guint i = 0; unknown_a[i]; i++)
    g_assert_cmpstr (unknown_b[i], ==, unknown_a[i]);
  g_assert_cmpuint (lc_import_plan_get_n_messages (plan), ==, lc_import_plan_get_n_messages (expected));
}

static LcRecord *
find_person (Fixture    *f,
             const char *property,
             const char *name)
{
  g_autoptr(GListStore) list = lc_store_list (f->store, LC_TYPE_PERSON, "convention_id", f->convention, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(LcRecord) record = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_strcmp0 (lc_record_get_string (record, property), name) == 0)
        return g_steal_pointer (&record);
    }
  return NULL;
}

/* @source saved by LibreOffice as @format and planned: it must give the
 * plan @expected (the same rows as CSV) gives. NULL, the test skipped,
 * without LibreOffice. */
static LcImportPlan *
plan_saved_as (Fixture      *f,
               LcImportPlan *expected,
               const char   *source,
               const char   *format,
               const char   *infilter)
{
  g_autofree char *path = lc_test_libreoffice_convert (source, format, infilter);
  LcImportPlan *plan;

  if (path == NULL)
    return NULL;
  plan = plan_file (f, lc_import_plan_get_kind (expected), path);
  assert_same_plan (expected, plan);
  return plan;
}

/* A CSV with a byte order mark, Arabic and English names, a quoted comma
 * and an empty cell, saved by LibreOffice as .xlsx and .ods. */
static void
test_libreoffice_csv (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *csv = write_file ("people.csv",
                                     "\xEF\xBB\xBFName (EN),الاسم,Position,Organisation\n"
                                     "Ada Lovelace,آدا لوفليس,Mathematician,Analytical Society\n"
                                     "Samah Shalaby,سماح شلبي,Director,\n"
                                     "\"Hassan, Ali\",علي حسن,,UN-Habitat\n");
  g_autoptr(LcImportPlan) expected = plan_file (f, LC_CSV_IMPORT_SPEAKERS, csv);
  const char *formats[] = { "xlsx", "ods" };

  g_assert_cmpuint (lc_import_plan_count (expected, LC_IMPORT_ROW_ADD), ==, 2);
  g_assert_cmpuint (lc_import_plan_count (expected, LC_IMPORT_ROW_UPDATE), ==, 1);
  g_assert_null (lc_import_plan_get_origin (expected));

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(LcImportPlan) plan = plan_saved_as (f, expected, csv, formats[i], "CSV:44,34,76,1");

      if (plan == NULL)
        return;
      g_assert_cmpstr (lc_import_plan_get_origin (plan), ==,
                       i == 0 ? "Read from an Excel workbook." : "Read from an OpenDocument spreadsheet.");
    }
}

static const char fods_head[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"\n"
  " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"\n"
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"\n"
  " office:version=\"1.2\" office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\">\n"
  "<office:body><office:spreadsheet>\n";
static const char fods_tail[] = "</office:spreadsheet></office:body></office:document>\n";

#define CELL(text) "<table:table-cell office:value-type=\"string\"><text:p>" text "</text:p></table:table-cell>"
#define EMPTY "<table:table-cell/>"
#define NUMBER(value) "<table:table-cell office:value-type=\"float\" office:value=\"" value "\"><text:p>" value "</text:p></table:table-cell>"

/* Three sheets, the people on the first: a sparse row (only the Arabic name
 * and a number), a blank row between, and spaces kept by text:s. */
static void
test_libreoffice_workbook (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *fods = NULL;
  g_autofree char *source = NULL;
  g_autofree char *csv = write_file ("workbook.csv",
                                     "Name (EN),الاسم,Position,Organisation\n"
                                     "Ada Lovelace,آدا لوفليس,Mathematician,Analytical Society\n"
                                     "Samah Shalaby,سماح شلبي,Director,\n"
                                     "\n"
                                     ",نادية الفاسي,,1843\n"
                                     "Raúl  Valdés,,Team Leader,\n");
  g_autoptr(LcImportPlan) expected = plan_file (f, LC_CSV_IMPORT_SPEAKERS, csv);
  const char *formats[] = { "xlsx", "ods" };

  fods = g_strconcat (fods_head,
                      "<table:table table:name=\"People\">",
                      "<table:table-row>" CELL ("Name (EN)") CELL ("الاسم") CELL ("Position") CELL ("Organisation") "</table:table-row>",
                      "<table:table-row>" CELL ("Ada Lovelace") CELL ("آدا لوفليس") CELL ("Mathematician") CELL ("Analytical Society") "</table:table-row>",
                      "<table:table-row>" CELL ("Samah Shalaby") CELL ("سماح شلبي") CELL ("Director") EMPTY "</table:table-row>",
                      "<table:table-row>" EMPTY "</table:table-row>",
                      "<table:table-row>" EMPTY CELL ("نادية الفاسي") EMPTY NUMBER ("1843") "</table:table-row>",
                      "<table:table-row>" CELL ("Raúl<text:s text:c=\"2\"/>Valdés") EMPTY CELL ("Team Leader") "</table:table-row>",
                      "</table:table>",
                      "<table:table table:name=\"Cities\"><table:table-row>" CELL ("City") "</table:table-row></table:table>",
                      "<table:table table:name=\"Notes\"><table:table-row>" CELL ("x") "</table:table-row></table:table>",
                      fods_tail, NULL);
  source = write_file ("workbook.fods", fods);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(LcImportPlan) plan = plan_saved_as (f, expected, source, formats[i], NULL);
      g_autoptr(LcRecord) nadia = NULL;
      g_autoptr(LcRecord) samah = NULL;
      g_autoptr(LcRecord) raul = NULL;
      g_autoptr(GError) error = NULL;

      if (plan == NULL)
        return;
      g_assert_cmpstr (lc_import_plan_get_origin (plan), ==,
                       i == 0 ? "Read from an Excel workbook: the first sheet, “People”, of 3."
                              : "Read from an OpenDocument spreadsheet: the first sheet, “People”, of 3.");
      if (i == 1)
        {
          g_autofree char *report = lc_import_plan_format_report (plan);

          g_assert_nonnull (strstr (report, "the first sheet, “People”, of 3."));
        }

      /* Written as the CSV would be, then taken back for the next format. */
      g_assert_true (lc_store_begin (f->store, &error));
      g_assert_true (lc_import_plan_apply (plan, f->store, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      nadia = find_person (f, "name-ar", "نادية الفاسي");
      samah = find_person (f, "name-en", "Samah Shalaby");
      raul = find_person (f, "name-en", "Raúl  Valdés");
      g_assert_nonnull (nadia);
      g_assert_cmpstr (lc_record_get_string (nadia, "organisation-en"), ==, "1843");
      g_assert_cmpstr (lc_record_get_string (samah, "position-en"), ==, "Director");
      g_assert_nonnull (raul);
      lc_store_rollback (f->store);
    }
}

/* Cities with whole numbers in a number column (the year joined). */
static void
test_libreoffice_cities (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *fods = g_strconcat (fods_head, "<table:table table:name=\"Cities\">",
                                       "<table:table-row>" CELL ("Name (EN)") CELL ("اسم المدينة") CELL ("Country") CELL ("Year joined") "</table:table-row>",
                                       "<table:table-row>" CELL ("Aswan") CELL ("أسوان") CELL ("EG") NUMBER ("2016") "</table:table-row>",
                                       "<table:table-row>" CELL ("Amman") CELL ("عمّان") CELL ("JO") NUMBER ("2017") "</table:table-row>",
                                       "</table:table>", fods_tail, NULL);
  g_autofree char *csv = write_file ("cities.csv",
                                     "Name (EN),اسم المدينة,Country,Year joined\n"
                                     "Aswan,أسوان,EG,2016\n"
                                     "Amman,عمّان,JO,2017\n");
  g_autoptr(LcImportPlan) expected = plan_file (f, LC_CSV_IMPORT_CITIES, csv);
  g_autofree char *source = write_file ("cities.fods", fods);
  g_autoptr(LcImportPlan) plan = plan_saved_as (f, expected, source, "xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) cities = NULL;

  if (plan == NULL)
    return;
  g_assert_cmpuint (lc_import_plan_count (expected, LC_IMPORT_ROW_ADD), ==, 2);
  g_assert_true (lc_import_plan_apply (plan, f->store, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  cities = lc_store_list (f->store, LC_TYPE_CITY, "convention_id", f->convention, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cities)), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(LcRecord) city = g_list_model_get_item (G_LIST_MODEL (cities), i);
      gboolean aswan = g_str_equal (lc_record_get_string (city, "name-en"), "Aswan");

      g_assert_cmpint (lc_record_get_int (city, "year-joined"), ==, aswan ? 2016 : 2017);
    }
}

/* A zip archive of @first and its content, then more pairs, NULL ended. */
static GBytes *
make_zip (const char *first,
          ...)
{
  GsfOutput *memory = gsf_output_memory_new ();
  g_autoptr(GError) error = NULL;
  GsfOutfile *zip = gsf_outfile_zip_new (memory, &error);
  GBytes *bytes;
  va_list args;

  g_assert_no_error (error);
  va_start (args, first);
  for (const char *name = first; name; name = va_arg (args, const char *))
    {
      const char *content = va_arg (args, const char *);
      GsfOutput *child = gsf_outfile_new_child (zip, name, FALSE);

      g_assert_true (gsf_output_write (child, strlen (content), (const guint8 *) content));
      g_assert_true (gsf_output_close (child));
      g_object_unref (child);
    }
  va_end (args);
  g_assert_true (gsf_output_close (GSF_OUTPUT (zip)));
  g_object_unref (zip);
  bytes = g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (memory)), gsf_output_size (memory));
  gsf_output_close (memory);
  g_object_unref (memory);
  return bytes;
}

#define XLSX_TYPES "<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"
#define XLSX_RELS "<Relationships><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
#define XLSX_WORKBOOK "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"People\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
#define XLSX_WORKBOOK_RELS "<Relationships>" \
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" \
  "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>" \
  "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>"
#define XLSX_STRINGS "<sst><si><t>Name</t></si><si><r><t>Ada </t></r><r><rPr><b/></rPr><t>Love</t></r><r><t>lace</t></r><rPh><t>ルビ</t></rPh></si></sst>"
#define XLSX_STYLES "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"[$-409]d\\-mmm\\-yyyy\"/><numFmt numFmtId=\"165\" formatCode=\"&quot;year &quot;0\"/></numFmts>" \
  "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/><xf numFmtId=\"165\"/></cellXfs></styleSheet>"

static GBytes *
make_xlsx (const char *sheet)
{
  return make_zip ("[Content_Types].xml", XLSX_TYPES, "_rels/.rels", XLSX_RELS,
                   "xl/workbook.xml", XLSX_WORKBOOK, "xl/_rels/workbook.xml.rels", XLSX_WORKBOOK_RELS,
                   "xl/sharedStrings.xml", XLSX_STRINGS, "xl/styles.xml", XLSX_STYLES,
                   "xl/worksheets/sheet1.xml", sheet, NULL);
}

static GBytes *
make_ods (const char *content)
{
  return make_zip ("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   "content.xml", content, NULL);
}

/* Every row the reader gives, "row: cell|cell|…" a line each, or the error. */
static char *
read_rows (GBytes  *bytes,
           GError **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr(LcCsvReader) reader = lc_csv_reader_new (data, length, "hand.xlsx", error);
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) cells = NULL;
  guint line;

  if (reader == NULL)
    return NULL;
  while (lc_csv_reader_next (reader, &cells, &line, error))
    {
      g_autofree char *joined = g_strjoinv ("|", cells);

      g_string_append_printf (out, "%u: %s\n", line, joined);
      g_clear_pointer (&cells, g_strfreev);
    }
  if (error && *error)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_xlsx_cells (void)
{
  g_autoptr(GBytes) xlsx = make_xlsx (
    "<worksheet><sheetData>"
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>Year</t></is></c></row>"
    "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\"><v>1843.0</v></c><c r=\"C2\" s=\"1\"><v>45730</v></c>"
    "<c r=\"D2\" s=\"2\"><v>45730.5</v></c><c r=\"E2\" s=\"3\"><v>2016</v></c><c r=\"F2\" t=\"b\"><v>1</v></c>"
    "<c r=\"G2\"><v>2.5</v></c><c r=\"H2\" t=\"str\"><f>A2</f><v>Ada</v></c></row>"
    "<row r=\"3\"/>"
    "<row r=\"5\"><c r=\"C5\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">sparse </t></r><r><t>cell</t></r></is></c></row>"
    "</sheetData></worksheet>");
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = read_rows (xlsx, &error);

  g_assert_no_error (error);
  /* Rich text runs joined, the phonetic guide left out; 1843.0 as 1843; a
   * serial in a date style as the date; the sparse C5 in its column. */
  g_assert_cmpstr (rows, ==,
                   "1: Name|Year\n"
                   "2: Ada Lovelace|1843|2025-03-14|2025-03-14 12:00|2016|TRUE|2.5|Ada\n"
                   "5: ||sparse cell\n");
}

static void
test_ods_cells (void)
{
  g_autoptr(GBytes) ods = make_ods (
    "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
    " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
    " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
    "<table:table table:name=\"الناس\">"
    "<table:table-header-rows><table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell>"
    "<table:table-cell table:number-columns-repeated=\"2\"><text:p>x</text:p></table:table-cell></table:table-row></table:table-header-rows>"
    "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"3\"/>"
    "<table:table-cell><text:p>a<text:s text:c=\"3\"/><text:span>b</text:span></text:p><text:p>two</text:p>"
    "<office:annotation><text:p>a comment</text:p></office:annotation></table:table-cell></table:table-row>"
    "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
    "</table:table><table:table table:name=\"Other\"/></office:spreadsheet></office:body></office:document-content>");
  gsize length;
  const char *data = g_bytes_get_data (ods, &length);
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = read_rows (ods, &error);
  g_autoptr(LcCsvReader) reader = lc_csv_reader_new (data, length, "hand.ods", &error);
  g_auto(GStrv) cells = NULL;
  g_autofree char *origin = NULL;

  g_assert_no_error (error);
  /* Repeats made once each; the million empty rows only counted. */
  g_assert_cmpstr (rows, ==, "1: Name|x|x\n2: |||a   b\ntwo\n3: |||a   b\ntwo\n");

  while (lc_csv_reader_next (reader, &cells, NULL, &error))
    g_clear_pointer (&cells, g_strfreev);
  g_assert_no_error (error);
  origin = lc_sheet_reader_describe (lc_csv_reader_get_sheet (reader));
  g_assert_cmpstr (origin, ==, "Read from an OpenDocument spreadsheet: the first sheet, “الناس”, of 2.");
}

/* Each is refused with this kind of error, the message naming these. */
static void
assert_refused (GBytes     *bytes,
                int         code,
                const char *part,
                const char *more)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *rows = NULL;
  gint64 start = g_get_monotonic_time ();

  rows = read_rows (bytes, &error);
  g_test_message ("%s", error ? error->message : "(read)");
  g_assert_null (rows);
  g_assert_error (error, LC_ERROR, code);
  g_assert_nonnull (strstr (error->message, "“hand.xlsx”"));
  g_assert_nonnull (strstr (error->message, part));
  if (more)
    g_assert_nonnull (strstr (error->message, more));
  /* Refused, not worked through: each takes well under a second here, and
   * the ten million cells of the repeated .ods 6 s under AddressSanitizer on
   * a loaded machine; a billion would take a hundred times that. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 60 * G_USEC_PER_SEC);
}

static void
test_hostile (void)
{
  g_autoptr(GBytes) missing = NULL, doctype = NULL, wide = NULL, wide_ods = NULL, truncated = NULL;
  g_autoptr(GBytes) other = NULL, deep = NULL, bad_string = NULL, long_cell = NULL, repeated = NULL;
  g_autoptr(GBytes) legacy = NULL;
  g_autoptr(GString) columns = g_string_new ("<worksheet><sheetData><row r=\"1\">");
  g_autoptr(GString) nested = g_string_new ("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is>");
  g_autoptr(GString) text = g_string_new ("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
  gsize length;

  missing = make_zip ("[Content_Types].xml", XLSX_TYPES, "_rels/.rels", XLSX_RELS,
                      "xl/workbook.xml", XLSX_WORKBOOK, "xl/_rels/workbook.xml.rels", XLSX_WORKBOOK_RELS,
                      "xl/sharedStrings.xml", XLSX_STRINGS, "xl/styles.xml", XLSX_STYLES, NULL);
  assert_refused (missing, LC_ERROR_INVALID_FILE, "xl/worksheets/sheet1.xml", NULL);

  doctype = make_xlsx ("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
                       "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                       "<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>");
  assert_refused (doctype, LC_ERROR_INVALID_FILE, "xl/worksheets/sheet1.xml", "document type");

  for (guint i = 0; i < 100000; i++)
    g_string_append (columns, "<c><v>1</v></c>");
  g_string_append (columns, "</row></sheetData></worksheet>");
  wide = make_xlsx (columns->str);
  assert_refused (wide, LC_ERROR_INVALID_FILE, "cell AMK1 of sheet “People”", "1024");

  wide_ods = make_ods ("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                       " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                       " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
                       "<table:table table:name=\"Wide\"><table:table-row><table:table-cell table:number-columns-repeated=\"100000\">"
                       "<text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>"
                       "</office:document-content>");
  assert_refused (wide_ods, LC_ERROR_INVALID_FILE, "cell AMK1 of sheet “Wide”", NULL);

  /* 200 bytes for a billion cells: refused at ten million. */
  repeated = make_ods ("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                       " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                       " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
                       "<table:table table:name=\"Many\"><table:table-row table:number-rows-repeated=\"1000000\">"
                       "<table:table-cell table:number-columns-repeated=\"1000\"><text:p>x</text:p></table:table-cell>"
                       "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>");
  /* Row 10,001 of 1000 cells each: stopped at ten million, not at the end. */
  assert_refused (repeated, LC_ERROR_INVALID_FILE, "cell A10001 of sheet “Many”", "10000000 cells");

  for (guint i = 0; i < 100; i++)
    g_string_append (nested, "<r>");
  deep = make_xlsx (nested->str);
  assert_refused (deep, LC_ERROR_TOO_LARGE, "xl/worksheets/sheet1.xml", "64 levels");

  for (guint i = 0; i < 4000; i++)
    g_string_append (text, "ten chars.");
  g_string_append (text, "</t></is></c></row></sheetData></worksheet>");
  long_cell = make_xlsx (text->str);
  assert_refused (long_cell, LC_ERROR_INVALID_FILE, "cell A1 of sheet “People”", "32767");

  bad_string = make_xlsx ("<worksheet><sheetData><row r=\"1\"><c r=\"B1\" t=\"s\"><v>7</v></c></row></sheetData></worksheet>");
  assert_refused (bad_string, LC_ERROR_INVALID_FILE, "cell B1 of sheet “People”", "shared text");

  other = make_zip ("[Content_Types].xml", "<Types><Override ContentType=\"application/vnd.openxmlformats-"
                    "officedocument.wordprocessingml.document.main+xml\"/></Types>", NULL);
  assert_refused (other, LC_ERROR_INVALID_FILE, "neither an Excel workbook", NULL);

  /* An old .xls, or any workbook saved with a password: an OLE file. */
  legacy = g_bytes_new_static ("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12);
  assert_refused (legacy, LC_ERROR_INVALID_FILE, "old Excel workbook (.xls)", "password");

  /* Cut in the middle, as an interrupted download leaves it. */
  g_bytes_get_data (wide, &length);
  truncated = g_bytes_new_from_bytes (wide, 0, length / 2);
  assert_refused (truncated, LC_ERROR_INVALID_FILE, "damaged", NULL);
}

/* A part that would unpack to 300 MB (from 300 kB): refused from what the
 * archive says, before any of it is unpacked, in little memory. */
static void
test_zip_bomb (void)
{
  GsfOutput *memory = gsf_output_memory_new ();
  GsfOutfile *zip = gsf_outfile_zip_new (memory, NULL);
  GsfOutput *child;
  g_autofree char *spaces = g_malloc (1024 * 1024);
  g_autoptr(GBytes) bytes = NULL;
  struct rusage before, after;

  memset (spaces, ' ', 1024 * 1024);
  child = gsf_outfile_new_child (zip, "mimetype", FALSE);
  gsf_output_puts (child, "application/vnd.oasis.opendocument.spreadsheet");
  gsf_output_close (child);
  g_object_unref (child);
  child = gsf_outfile_new_child (zip, "content.xml", FALSE);
  gsf_output_puts (child, "<office:document-content>");
  for (guint i = 0; i < 300; i++)
    gsf_output_write (child, 1024 * 1024, (const guint8 *) spaces);
  gsf_output_close (child);
  g_object_unref (child);
  gsf_output_close (GSF_OUTPUT (zip));
  g_object_unref (zip);
  bytes = g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (memory)), gsf_output_size (memory));
  g_object_unref (memory);
  g_test_message ("zip bomb: %" G_GSIZE_FORMAT " bytes", g_bytes_get_size (bytes));
  g_assert_cmpuint (g_bytes_get_size (bytes), <, 2 * 1024 * 1024);

  getrusage (RUSAGE_SELF, &before);
  assert_refused (bytes, LC_ERROR_TOO_LARGE, "content.xml", "unpack");
  getrusage (RUSAGE_SELF, &after);
  /* ru_maxrss is in kB: the peak grew by less than 20 MB. */
  g_assert_cmpint (after.ru_maxrss - before.ru_maxrss, <, 20 * 1024);
}

static char *
write_bytes (const char *dir,
             const char *name,
             GBytes     *bytes)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/* The command line reads a workbook as the window does, and says so. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GBytes) good = make_xlsx ("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                                      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row></sheetData></worksheet>");
  g_autoptr(GBytes) hostile = make_xlsx ("<!DOCTYPE worksheet [<!ENTITY a \"a\">]><worksheet/>");
  g_autofree char *good_path = write_bytes (f->dir, "people.xlsx", good);
  g_autofree char *hostile_path = write_bytes (f->dir, "hostile.xlsx", hostile);
  g_autofree char *database = g_strdup_printf ("--database=%s", lc_store_get_path (f->store));
  g_autofree char *convention = g_strdup_printf ("--convention=%" G_GINT64_FORMAT, f->convention);
  g_autofree char *import_good = g_strdup_printf ("--import-speakers=%s", good_path);
  g_autofree char *import_hostile = g_strdup_printf ("--import-speakers=%s", hostile_path);
  const char *good_args[] = { database, convention, import_good, NULL };
  const char *hostile_args[] = { database, convention, import_hostile, NULL };
  g_auto(LcTestRun) run = { 0 };
  g_auto(LcTestRun) refused = { 0 };
  g_autoptr(LcRecord) ada = NULL;

  /* The library is the command line's while it runs. */
  g_clear_object (&f->store);
  lc_test_run_cli (&refused, hostile_args);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.err, "“hostile.xlsx”: the part “xl/worksheets/sheet1.xml” of the "
                                         "workbook declares a document type"));

  lc_test_run_cli (&run, good_args);
  g_test_message ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "people.xlsx: 1 row to add, 0 to update"));
  g_assert_nonnull (strstr (run.out, "Read from an Excel workbook.\n"));

  f->store = lc_store_open (g_strstr_len (database, -1, "=") + 1, NULL);
  ada = find_person (f, "name-en", "Ada Lovelace");
  g_assert_nonnull (ada);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  work_dir = lc_test_make_tmpdir ();

  g_test_add_func ("/spreadsheet-import/xlsx-cells", test_xlsx_cells);
  g_test_add_func ("/spreadsheet-import/ods-cells", test_ods_cells);
  g_test_add_func ("/spreadsheet-import/hostile", test_hostile);
  g_test_add_func ("/spreadsheet-import/zip-bomb", test_zip_bomb);
  g_test_add ("/spreadsheet-import/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);
  g_test_add ("/spreadsheet-import/libreoffice-csv", Fixture, NULL, fixture_set_up,
              test_libreoffice_csv, fixture_tear_down);
  g_test_add ("/spreadsheet-import/libreoffice-workbook", Fixture, NULL, fixture_set_up,
              test_libreoffice_workbook, fixture_tear_down);
  g_test_add ("/spreadsheet-import/libreoffice-cities", Fixture, NULL, fixture_set_up,
              test_libreoffice_cities, fixture_tear_down);

  status = g_test_run ();

  lc_test_remove_tree (work_dir);
  g_free (work_dir);
  return status;
}
