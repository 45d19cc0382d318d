/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "lc-csv-import.h"
#include "lc-error.h"
#include "lc-test-util.h"

/* Importing speakers and cities from CSV: a table of hostile and ordinary
 * files, each with the report it must give; the library must be exactly as
 * it was whenever a row is rejected, and matching must update, not
 * duplicate. About 930 lines: most of it is the table of files and the
 * report each must give, which reads best in one place. */

typedef struct
{
  char    *dir;
  LcStore *store;
  gint64   convention;
  gint64   other_convention;
} Fixture;

static gint64
add_person (LcStore    *store,
            gint64      convention,
            const char *en,
            const char *ar,
            const char *position)
{
  g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (person, "convention-id", convention);
  lc_record_set_text (person, "name", ar, en);
  lc_record_set_text (person, "position", "", position);
  lc_store_insert (store, person, &error);
  g_assert_no_error (error);
  return lc_record_get_id (person);
}

static gint64
add_city (LcStore    *store,
          gint64      convention,
          const char *en,
          const char *ar,
          const char *country)
{
  g_autoptr(LcRecord) city = g_object_new (LC_TYPE_CITY, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (city, "convention-id", convention);
  lc_record_set_text (city, "name", ar, en);
  lc_record_set_string (city, "country", country);
  lc_store_insert (store, city, &error);
  g_assert_no_error (error);
  return lc_record_get_id (city);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = lc_test_open_store (&f->dir);
  f->convention = lc_test_add_convention (f->store, "Test convention", "2023-05-10", "2023-05-11");
  f->other_convention = lc_test_add_convention (f->store, "Other", "2024-01-01", "2024-01-02");

  add_person (f->store, f->convention, "Samah Shalaby", "سماح شلبي", "Programme Specialist");
  add_person (f->store, f->convention, "Raúl Valdés", "راؤول فالديس", "Team Leader");
  /* Two people of one name: a row naming them cannot choose. */
  add_person (f->store, f->convention, "Ali Hassan", "", "");
  add_person (f->store, f->convention, "Ali Hassan", "", "");
  /* Same name in another convention: never matched. */
  add_person (f->store, f->other_convention, "Other Person", "", "");
  add_city (f->store, f->convention, "Aswan", "أسوان", "EG");
  add_city (f->store, f->convention, "Amman", "عمّان", "JO");
  add_city (f->store, f->other_convention, "Atlantis", "", "");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  lc_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Everything in the tables an import may touch, as text. */
static char *
dump (LcStore *store)
{
  sqlite3 *db = lc_store_get_handle (store);
  const char *tables[] = { "SELECT * FROM people ORDER BY id", "SELECT * FROM cities ORDER BY id" };
  GString *out = g_string_new (NULL);

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, tables[t], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (out, "%s\x1f", sqlite3_column_text (stmt, c)
                                                   ? (const char *) sqlite3_column_text (stmt, c) : "NULL");
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }

  return g_string_free (out, FALSE);
}

static gint64
count_people (Fixture *f)
{
  return lc_store_count (f->store, LC_TYPE_PERSON, "convention_id", f->convention, NULL);
}

/* The only person or city of the convention with that English name. */
static LcRecord *
find (Fixture    *f,
      GType       type,
      const char *english)
{
  g_autoptr(GListStore) list = lc_store_list (f->store, type, "convention_id", f->convention, NULL);
  LcRecord *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(LcRecord) record = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_str_equal (lc_record_get_string (record, "name-en"), english))
        {
          g_assert_null (found);
          found = g_object_ref (record);
        }
    }

  return found;
}

typedef void (*CheckFunc) (Fixture *f, LcImportPlan *plan);

typedef struct
{
  const char      *name;
  LcCsvImportKind  kind;
  const char      *csv;         /* NULL: generated, as chosen by length */
  gsize            length;      /* 0: strlen (csv); for a generated file 1: a 1 MB name,
                                 * 2: a 1 MB unknown cell, 3: 10,000 rows, 4: random bytes */
  const char      *error;       /* the whole file is refused with this */
  int              counts[5];   /* add, update, unchanged, merged, rejected */
  const char      *rejected;    /* "line: reason part" of the first rejected row */
  const char      *unknown;     /* unknown columns joined by '|' */
  const char      *warning;     /* part of the first warning */
  CheckFunc        check;       /* after a successful apply */
  const char      *encoding;    /* csv is written in this encoding (UTF-16 with its byte
                                 * order mark) as a spreadsheet would save it */
} Case;

static void
check_formulas (Fixture      *f,
                LcImportPlan *plan)
{
  g_autoptr(LcRecord) person = find (f, LC_TYPE_PERSON, "=cmd()");

  /* Kept exactly as text, not evaluated or escaped. */
  g_assert_nonnull (person);
  g_assert_cmpstr (lc_record_get_string (person, "organisation-en"), ==, "+SUM(A1:A2)");
  g_assert_cmpstr (lc_record_get_string (person, "position-en"), ==, "@evil");
  g_assert_cmpuint (lc_import_plan_get_n_messages (plan), ==, 4);
}

static void
check_update (Fixture      *f,
              LcImportPlan *plan)
{
  g_autoptr(LcRecord) samah = find (f, LC_TYPE_PERSON, "Samah Shalaby");
  g_autoptr(LcRecord) raul = find (f, LC_TYPE_PERSON, "Raúl Valdés");
  g_autoptr(LcRecord) aswan = find (f, LC_TYPE_CITY, "Aswan");
  const LcImportRow *row = lc_import_plan_get_row (plan, 0);

  /* Matched, not duplicated: the same record, changed where the file says. */
  g_assert_cmpint (count_people (f), ==, 4);
  g_assert_cmpstr (lc_record_get_string (samah, "position-en"), ==, "Programme Specialist, UIL");
  g_assert_cmpstr (lc_record_get_string (samah, "name-ar"), ==, "سماح شلبي");
  g_assert_cmpint (lc_record_get_int (samah, "city-id"), ==, lc_record_get_id (aswan));
  g_assert_cmpint (lc_record_get_int (samah, "attendance"), ==, LC_ATTENDANCE_ONLINE);
  g_assert_cmpstr (row->changed, ==, "position_en, city, attendance");
  g_assert_cmpstr (row->label, ==, "Samah Shalaby — سماح شلبي");
  /* An empty cell leaves the field as it was. */
  g_assert_cmpstr (lc_record_get_string (raul, "position-en"), ==, "Team Leader");
}

static void
check_arabic_headers (Fixture      *f,
                      LcImportPlan *plan)
{
  g_autoptr(LcRecord) person = find (f, LC_TYPE_PERSON, "Fadi Yarak");

  g_assert_nonnull (person);
  g_assert_cmpstr (lc_record_get_string (person, "name-ar"), ==, "فادي يارق");
  g_assert_cmpstr (lc_record_get_string (person, "organisation-ar"), ==, "اليونسكو، بيروت");
  g_assert_cmpstr (lc_record_get_string (person, "honorific-en"), ==, "Mr");
  g_assert_cmpint (lc_record_get_int (person, "attendance"), ==, LC_ATTENDANCE_ONLINE);
  /* “البريد الإلكتروني” is the email column */
  g_assert_cmpstr (lc_record_get_string (person, "email"), ==, "fadi@example.org");
}

static void
check_cities (Fixture      *f,
              LcImportPlan *plan)
{
  g_autoptr(LcRecord) sur = find (f, LC_TYPE_CITY, "Sur");
  g_autoptr(LcRecord) aswan = find (f, LC_TYPE_CITY, "Aswan");

  g_assert_nonnull (sur);
  g_assert_cmpstr (lc_record_get_string (sur, "name-ar"), ==, "صور");
  g_assert_cmpstr (lc_record_get_string (sur, "country"), ==, "OM");
  g_assert_true (lc_record_get_int (sur, "arab-region"));
  g_assert_true (lc_record_get_int (sur, "candidate"));
  g_assert_cmpint (lc_record_get_int (sur, "year-joined"), ==, 2020);
  g_assert_true (lc_city_has_sdg (LC_CITY (sur), 7));
  g_assert_true (lc_city_has_sdg (LC_CITY (sur), 17));
  g_assert_false (lc_city_has_sdg (LC_CITY (sur), 1));
  g_assert_cmpint (lc_record_get_int (sur, "attendance"), ==, LC_ATTENDANCE_ABSENT);
  /* The Arabic name without its hamza still matched. */
  g_assert_cmpstr (lc_record_get_string (aswan, "trait-en"), ==, "green city");
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_CITY, "convention_id", f->convention, NULL), ==, 3);
}

static void
check_newlines (Fixture      *f,
                LcImportPlan *plan)
{
  g_autoptr(LcRecord) person = find (f, LC_TYPE_PERSON, "Multi Line");

  g_assert_cmpstr (lc_record_get_string (person, "organisation-en"), ==, "Ministry of Education, Jordan");
}

static void
check_bulk (Fixture      *f,
            LcImportPlan *plan)
{
  g_assert_cmpint (count_people (f), ==, 4 + 10000);
}

/* The same people whatever the separator or encoding: two new, one of the
 * library's whose organisation changes; Arabic names and an Arabic comma
 * inside a quoted cell. */
#define ARABIC_PEOPLE(SEP, EOL) \
  "الاسم بالعربية" SEP "الجهة" SEP "Name (EN)" EOL \
  "سميرة حداد" SEP "\"بلدية إربد، الأردن\"" SEP "Samira Haddad" EOL \
  "عمر خوري" SEP "" SEP "Omar Khoury" EOL \
  "سماح شلبي" SEP "اليونسكو" SEP "" EOL

static void
check_arabic_people (Fixture      *f,
                     LcImportPlan *plan)
{
  g_autoptr(LcRecord) samira = find (f, LC_TYPE_PERSON, "Samira Haddad");
  g_autoptr(LcRecord) omar = find (f, LC_TYPE_PERSON, "Omar Khoury");
  g_autoptr(LcRecord) samah = find (f, LC_TYPE_PERSON, "Samah Shalaby");

  g_assert_nonnull (samira);
  g_assert_nonnull (omar);
  g_assert_cmpstr (lc_record_get_string (samira, "name-ar"), ==, "سميرة حداد");
  g_assert_cmpstr (lc_record_get_string (samira, "organisation-ar"), ==, "بلدية إربد، الأردن");
  g_assert_cmpstr (lc_record_get_string (omar, "name-ar"), ==, "عمر خوري");
  g_assert_cmpstr (lc_record_get_string (samah, "organisation-ar"), ==, "اليونسكو");
  g_assert_cmpint (count_people (f), ==, 4 + 2);
  /* What the preview lists: the names as decoded. */
  g_assert_cmpstr (lc_import_plan_get_row (plan, 0)->label, ==, "Samira Haddad — سميرة حداد");
}

/* people (issue 12): an address, a phone number typed in Arabic-Indic
 * digits and a biography, stored as the editor would store them. */
static void
check_contact (Fixture      *f,
               LcImportPlan *plan)
{
  g_autoptr(LcRecord) layla = find (f, LC_TYPE_PERSON, "Layla Haddad");

  g_assert_nonnull (layla);
  g_assert_cmpstr (lc_record_get_string (layla, "email"), ==, "layla@example.org");
  g_assert_cmpstr (lc_record_get_string (layla, "phone"), ==, "+971 50 123 4567");
  g_assert_cmpstr (lc_record_get_string (layla, "bio-en"), ==, "Researcher");
}

/* Bytes 1 to 255 at random, the same each run: no NUL, so that it is the
 * encoding that refuses them. */
static char *
make_random_bytes (gsize length)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (18);
  char *bytes = g_malloc (length + 1);

  for (gsize i = 0; i < length; i++)
    bytes[i] = (char) g_rand_int_range (rand, 1, 256);
  bytes[length] = '\0';

  return bytes;
}

static char *
make_bulk (guint rows)
{
  GString *csv = g_string_new ("name_en,name_ar,position_en\n");

  for (guint i = 0; i < rows; i++)
    g_string_append_printf (csv, "Person %u,شخص %u,\"Position, %u\"\n", i, i, i);

  return g_string_free (csv, FALSE);
}

static char *
make_big_cell (gboolean in_name)
{
  GString *csv = g_string_new ("Name (EN),Notes\n");

  g_string_append (csv, in_name ? "\"" : "Big Notes,\"");
  for (guint i = 0; i < 1024 * 1024; i++)
    g_string_append_c (csv, i % 64 == 63 ? ',' : 'x');
  g_string_append (csv, in_name ? "\",small\n" : "\"\n");

  return g_string_free (csv, FALSE);
}

static const Case cases[] = {
  { "unbalanced quotes", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),Position\nA,b\n\"B,c\nC,d\n", 0,
    "line 3: a quoted field starts here" },
  { "NUL byte", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),Position\nA,b\nB\0,c\n", 25, "line 3: the file contains a NUL byte" },
  { "invalid UTF-8", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),Position\nA,b\nC,d\nJos\xE9,e\n", 0, "line 4: the text is not UTF-8" },
  { "empty file", LC_CSV_IMPORT_SPEAKERS, "", 0, "is empty" },
  { "only a BOM and blank lines", LC_CSV_IMPORT_SPEAKERS, "\xEF\xBB\xBF\r\n\r\n", 0, "is empty" },
  { "header only", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),Position\r\n", 0, NULL, { 0, 0, 0, 0, 0 } },
  { "contact details", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),Email,Phone,Bio (EN)\nLayla Haddad,layla@example.org,+٩٧١ ٥٠ ١٢٣ ٤٥٦٧,Researcher\n"
    "Omar Said,omar at example.org,,\nSara Ali,,call me,\n", 0, NULL,
    { 1, 0, 0, 0, 2 }, "3: column “Email”: “omar at example.org”: ", NULL, NULL, check_contact },
  { "no name column", LC_CSV_IMPORT_SPEAKERS,
    "Email,Phone\nx@example.org,123\n", 0, "no column gives the name" },
  { "two columns for one field", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),English name\nA,B\n", 0, "columns 1 (“Name (EN)”) and 2 (“English name”) are the same field" },
  { "formula-looking cells", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),Organisation,Position\n=cmd(),+SUM(A1:A2),@evil\n-Minus,,\n", 0, NULL,
    { 2, 0, 0, 0, 0 }, NULL, NULL, "starts with “=” like a spreadsheet formula; it is kept as text",
    check_formulas },
  { "duplicate rows, identical", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),Position\nNew One,Mayor\nnew  ONE,Mayor\nNew One,\n", 0, NULL,
    { 1, 0, 0, 2, 0 } },
  { "duplicate rows, conflicting", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),Position\nNew One,Mayor\nOther,\nNew One,Governor\n", 0, NULL,
    { 2, 0, 0, 0, 1 }, "4: the row repeats line 2 but column “Position” differs" },
  { "duplicate rows joined by both names", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),Name (AR)\nA One,\n,ب واحد\nA One,ب واحد\n", 0, NULL,
    { 2, 0, 0, 0, 1 }, "4: the Arabic name repeats line 3 and the English name repeats line 2" },
  { "matching updates instead of duplicating", LC_CSV_IMPORT_SPEAKERS,
    "name_en,position_en,city,attendance\n"
    "  samah   SHALABY ,\"Programme Specialist, UIL\",aswan,online\n"
    "RAÚL VALDÉS,,,\n", 0, NULL,
    { 0, 1, 1, 0, 0 }, NULL, NULL, NULL, check_update },
  { "matching by the Arabic name's spelling variants", LC_CSV_IMPORT_SPEAKERS,
    "الاسم بالعربية,المنصب بالإنجليزية\nسَماح شلبى,Programme Specialist\n", 0, NULL,
    { 0, 0, 1, 0, 0 } },
  { "ambiguous match", LC_CSV_IMPORT_SPEAKERS,
    "Name,Position\nali hassan,Mayor\n", 0, NULL,
    { 0, 0, 0, 0, 1 }, "2: 2 people of the convention are named “ali hassan”" },
  { "names matching two records", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),Name (AR)\nSamah Shalaby,راؤول فالديس\n", 0, NULL,
    { 0, 0, 0, 0, 1 }, "2: the Arabic name matches “Raúl Valdés — راؤول فالديس” but the English name matches" },
  { "unknown city", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),City\nNew One,Atlantis\nNew Two,Amman\n", 0, NULL,
    { 1, 0, 0, 0, 1 }, "2: column “City”: the convention has no city named “Atlantis”" },
  { "BOM, semicolons and Arabic headers", LC_CSV_IMPORT_SPEAKERS,
    "\xEF\xBB\xBFالاسم بالإنجليزية;الاسم بالعربية;اللقب;الجهة (عربي);طريقة الحضور;البريد الإلكتروني\r\n"
    "Fadi Yarak;فادي يارق;Mr;\"اليونسكو، بيروت\";عن بُعد;fadi@example.org\r\n", 0, NULL,
    { 1, 0, 0, 0, 0 }, NULL, NULL, NULL, check_arabic_headers },
  { "one column for both languages", LC_CSV_IMPORT_SPEAKERS,
    "Name\nLatin Name\nاسم عربي\n", 0, NULL, { 2, 0, 0, 0, 0 } },
  { "quoted newlines", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),Organisation\n\"Multi Line\",\"Ministry of\n  Education, Jordan\"\nNext,\"a,\"\"b\"\"\"\n", 0, NULL,
    { 2, 0, 0, 0, 0 }, NULL, NULL, "the line breaks in the cell were replaced by spaces", check_newlines },
  { "a control character", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),Organisation\n\"Multi\nLine\",x\nBad,x\x01y\n", 0, NULL,
    { 1, 0, 0, 0, 1 }, "4: column “Organisation”: the cell holds the control character U+0001" },
  { "too many cells", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),Position\nA,b,c\nB,c,,\n", 0, NULL,
    { 1, 0, 0, 0, 1 }, "2: the row has 3 cells but the header names 2 columns" },
  { "a row without a name", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),Position,Notes\n,Mayor,\n,,\n,,just a note\n", 0, NULL,
    { 0, 0, 0, 0, 2 }, "2: the row has no name", "Notes" },
  { "bad attendance", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),Attendance\nA,absent\n", 0, NULL,
    { 0, 0, 0, 0, 1 }, "2: column “Attendance”: “absent” is not one of in-person, online" },
  { "cities", LC_CSV_IMPORT_CITIES,
    "City;Arabic name;Country;Arab region;Candidate;Year joined;SDGs;Attendance;Trait (EN)\n"
    "Sur;صور;om;نعم;yes;٢٠٢٠;\"SDG 7, 17\";absent;\n"
    "aswan;اسوان;EG;;;;;;green city\n", 0, NULL,
    { 1, 1, 0, 0, 0 }, NULL, NULL, NULL, check_cities },
  { "cities with bad values", LC_CSV_IMPORT_CITIES,
    "Name (EN),Country,SDGs,Year joined,Arab region\n"
    "A,Jordan,,,\nB,JO,18,,\nC,JO,7,year,\nD,JO,,,maybe\nE,,,,\n", 0, NULL,
    { 1, 0, 0, 0, 4 }, "2: column “Country”: “Jordan” is not a two-letter country code" },
  { "a 1 MB cell in a name", LC_CSV_IMPORT_SPEAKERS, NULL, 1, NULL,
    { 0, 0, 0, 0, 1 }, "2: column “Name (EN)”: the cell holds 1048576 characters; at most 1000", "Notes" },
  { "a 1 MB cell in an unknown column", LC_CSV_IMPORT_SPEAKERS, NULL, 2, NULL,
    { 1, 0, 0, 0, 0 }, NULL, "Notes" },
  { "10,000 rows", LC_CSV_IMPORT_SPEAKERS, NULL, 3, NULL,
    { 10000, 0, 0, 0, 0 }, NULL, NULL, NULL, check_bulk },
  { "tab-separated", LC_CSV_IMPORT_SPEAKERS, ARABIC_PEOPLE ("\t", "\n"), 0, NULL,
    { 2, 1, 0, 0, 0 }, NULL, NULL, NULL, check_arabic_people },
  { "a line that is one column", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN)|Position\nA|b\n", 0, "is read as a single column: cells must be separated by commas, "
    "semicolons or tabs" },
  { "Excel CSV in an Arabic locale (Windows-1256)", LC_CSV_IMPORT_SPEAKERS,
    ARABIC_PEOPLE (",", "\r\n"), 0, NULL,
    { 2, 1, 0, 0, 0 }, NULL, NULL, NULL, check_arabic_people, "WINDOWS-1256" },
  { "Excel Unicode Text (UTF-16LE, tabs)", LC_CSV_IMPORT_SPEAKERS,
    ARABIC_PEOPLE ("\t", "\r\n"), 0, NULL,
    { 2, 1, 0, 0, 0 }, NULL, NULL, NULL, check_arabic_people, "UTF-16LE" },
  { "UTF-16BE with its byte order mark", LC_CSV_IMPORT_SPEAKERS,
    ARABIC_PEOPLE (";", "\n"), 0, NULL,
    { 2, 1, 0, 0, 0 }, NULL, NULL, NULL, check_arabic_people, "UTF-16BE" },
  { "UTF-16 cut in the middle of a character", LC_CSV_IMPORT_SPEAKERS,
    "\xFF\xFEN\0a\0m\0e\0\n\0A\0b", 15, "line 2: the file starts as UTF-16" },
  { "random bytes", LC_CSV_IMPORT_SPEAKERS, NULL, 4,
    "line 1: the text is not UTF-8 (at byte" },
  { "Latin-1, French (no Arabic word)", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),City\nJosé Müller,Genève\n", 0, "line 2: the text is not UTF-8 (at byte 4 of the line), "
    "nor Arabic saved as Windows-1256", { 0 }, NULL, NULL, NULL, NULL, "ISO-8859-1" },
  { "Latin-1, Portuguese (letters Windows-1256 reads as Arabic)", LC_CSV_IMPORT_SPEAKERS,
    "Name (EN),Organisation\nJoão Silva,SECRETARIA MUNICIPAL DE EDUCAÇÃO\n", 0,
    "line 2: the text is not UTF-8", { 0 }, NULL, NULL, NULL, NULL, "ISO-8859-1" },
};

/* @text, which is UTF-8, as a spreadsheet saves it in @encoding: UTF-16
 * begins with its byte order mark. */
static char *
encode (const char  *text,
        const char  *encoding,
        gsize       *length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  gsize written = 0;
  const char *bom = g_str_equal (encoding, "UTF-16LE") ? "\xFF\xFE"
                    : g_str_equal (encoding, "UTF-16BE") ? "\xFE\xFF" : "";
  char *file;

  bytes = g_convert (text, -1, encoding, "UTF-8", NULL, &written, &error);
  g_assert_no_error (error);
  *length = strlen (bom) + written;
  file = g_malloc (*length);
  memcpy (file, bom, strlen (bom));
  memcpy (file + strlen (bom), bytes, written);

  return file;
}

static LcCsvEncoding
encoding_read (const char *encoding)
{
  if (encoding == NULL)
    return LC_CSV_ENCODING_UTF8;
  if (g_str_equal (encoding, "UTF-16LE"))
    return LC_CSV_ENCODING_UTF16LE;
  if (g_str_equal (encoding, "UTF-16BE"))
    return LC_CSV_ENCODING_UTF16BE;
  g_assert_cmpstr (encoding, ==, "WINDOWS-1256");
  return LC_CSV_ENCODING_WINDOWS_1256;
}

static void
test_case (Fixture       *f,
           gconstpointer  data)
{
  const Case *c = data;
  g_autofree char *generated = NULL;
  g_autofree char *before = dump (f->store);
  g_autofree char *after = NULL;
  g_autofree char *report = NULL;
  g_autoptr(LcImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  const char *csv = c->csv;
  gsize length = c->length;
  gint64 start;

  if (csv == NULL && c->length == 4)
    {
      generated = make_random_bytes (4096);
      csv = generated;
      length = 4096;
    }
  else if (csv == NULL)
    {
      generated = c->length == 3 ? make_bulk (10000) : make_big_cell (c->length == 1);
      csv = generated;
      length = strlen (generated);
    }
  else if (c->encoding != NULL)
    {
      generated = encode (csv, c->encoding, &length);
      csv = generated;
    }
  else if (length == 0)
    {
      length = strlen (csv);
    }

  start = g_get_monotonic_time ();
  plan = lc_import_plan_new_for_data (f->store, f->convention, c->kind, csv, length, "test.csv",
                                      NULL, NULL, NULL, &error);
  g_test_message ("planned in %.1f ms", (g_get_monotonic_time () - start) / 1000.0);

  /* Planning never writes. */
  after = dump (f->store);
  g_assert_cmpstr (before, ==, after);

  if (c->error != NULL)
    {
      g_assert_null (plan);
      g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
      if (strstr (error->message, c->error) == NULL)
        g_error ("“%s” does not contain “%s”", error->message, c->error);
      return;
    }

  g_assert_no_error (error);
  report = lc_import_plan_format_report (plan);
  if (length < 10000)
    g_test_message ("%s", report);

  /* The encoding read is said, so that a wrong guess can be seen. */
  g_assert_cmpint (lc_import_plan_get_encoding (plan), ==, encoding_read (c->encoding));
  if (c->encoding != NULL)
    {
      g_autofree char *read_as = g_strdup_printf ("Read as %s.",
                                                  lc_csv_encoding_get_name (encoding_read (c->encoding)));

      g_assert_nonnull (strstr (report, read_as));
    }

  g_assert_cmpint (lc_import_plan_count (plan, LC_IMPORT_ROW_ADD), ==, c->counts[0]);
  g_assert_cmpint (lc_import_plan_count (plan, LC_IMPORT_ROW_UPDATE), ==, c->counts[1]);
  g_assert_cmpint (lc_import_plan_count (plan, LC_IMPORT_ROW_UNCHANGED), ==, c->counts[2]);
  g_assert_cmpint (lc_import_plan_count (plan, LC_IMPORT_ROW_MERGED), ==, c->counts[3]);
  g_assert_cmpint (lc_import_plan_count (plan, LC_IMPORT_ROW_REJECTED), ==, c->counts[4]);

  if (c->rejected != NULL)
    {
      g_autofree char *line = NULL;

      for (guint i = 0; i < lc_import_plan_get_n_rows (plan) && line == NULL; i++)
        {
          const LcImportRow *row = lc_import_plan_get_row (plan, i);

          if (row->action == LC_IMPORT_ROW_REJECTED)
            line = g_strdup_printf ("%u: %s", row->line, row->reason);
        }
      g_assert_nonnull (line);
      if (!g_str_has_prefix (line, c->rejected))
        g_error ("first rejected row “%s” does not start with “%s”", line, c->rejected);
      /* The report names it too, with its line. */
      g_assert_nonnull (strstr (report, c->rejected));
    }

  {
    g_autofree char *unknown = g_strjoinv ("|", (GStrv) lc_import_plan_get_unknown_columns (plan));

    g_assert_cmpstr (unknown, ==, c->unknown ? c->unknown : "");
    if (c->unknown)
      g_assert_nonnull (strstr (report, c->unknown));
  }

  if (c->warning != NULL)
    {
      g_assert_cmpuint (lc_import_plan_get_n_messages (plan), >, 0);
      g_assert_nonnull (strstr (lc_import_plan_get_message (plan, 0)->text, c->warning));
      g_assert_nonnull (strstr (report, c->warning));
    }

  start = g_get_monotonic_time ();
  if (c->counts[4] > 0)
    {
      /* All or nothing: one rejected row and nothing is written. */
      g_assert_false (lc_import_plan_can_apply (plan));
      g_assert_false (lc_import_plan_apply (plan, f->store, NULL, NULL, NULL, &error));
      g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
      g_free (after);
      after = dump (f->store);
      g_assert_cmpstr (before, ==, after);
      return;
    }

  g_assert_true (lc_import_plan_apply (plan, f->store, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_test_message ("applied in %.1f ms", (g_get_monotonic_time () - start) / 1000.0);

  if (c->check)
    c->check (f, plan);

  /* The same file again changes nothing: everything now matches. */
  {
    g_autoptr(LcImportPlan) again = lc_import_plan_new_for_data (f->store, f->convention, c->kind, csv, length,
                                                                 "test.csv", NULL, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpint (lc_import_plan_count (again, LC_IMPORT_ROW_ADD), ==, 0);
    g_assert_cmpint (lc_import_plan_count (again, LC_IMPORT_ROW_UPDATE), ==, 0);
    g_assert_cmpint (lc_import_plan_count (again, LC_IMPORT_ROW_UNCHANGED), ==,
                     c->counts[0] + c->counts[1] + c->counts[2]);
  }
}

static void
test_changed_since_plan (Fixture       *f,
                         gconstpointer  data)
{
  const char *csv = "Name (EN),Position\nNew One,Mayor\nSamah Shalaby,Adviser\n";
  g_autoptr(LcImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;

  plan = lc_import_plan_new_for_data (f->store, f->convention, LC_CSV_IMPORT_SPEAKERS, csv, strlen (csv),
                                      "test.csv", NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lc_import_plan_count (plan, LC_IMPORT_ROW_ADD), ==, 1);

  /* Someone adds "New One" by hand before the preview is confirmed. */
  add_person (f->store, f->convention, "New One", "", "");
  before = dump (f->store);

  g_assert_false (lc_import_plan_apply (plan, f->store, NULL, NULL, NULL, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "line 2"));
  after = dump (f->store);
  g_assert_cmpstr (before, ==, after);
}

static void
cancel_at_half (double   fraction,
                gpointer user_data)
{
  GCancellable *cancellable = user_data;

  if (fraction >= 0.5)
    g_cancellable_cancel (cancellable);
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  GArray *fractions = user_data;

  g_array_append_val (fractions, fraction);
}

static void
test_cancel_and_progress (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *csv = make_bulk (3000);
  g_autofree char *before = dump (f->store);
  g_autofree char *after = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(LcImportPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  /* Cancelled while planning. */
  plan = lc_import_plan_new_for_data (f->store, f->convention, LC_CSV_IMPORT_SPEAKERS, csv, strlen (csv),
                                      "bulk.csv", cancellable, cancel_at_half, cancellable, &error);
  g_assert_null (plan);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  /* Progress goes up to 1. */
  plan = lc_import_plan_new_for_data (f->store, f->convention, LC_CSV_IMPORT_SPEAKERS, csv, strlen (csv),
                                      "bulk.csv", NULL, record_progress, fractions, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fractions->len, >, 10);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);

  /* Cancelled half-way through writing: nothing stays written. */
  g_cancellable_reset (cancellable);
  g_assert_false (lc_import_plan_apply (plan, f->store, cancellable, cancel_at_half, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  after = dump (f->store);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);

  g_array_set_size (fractions, 0);
  g_assert_true (lc_import_plan_apply (plan, f->store, NULL, record_progress, fractions, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
  g_assert_cmpint (count_people (f), ==, 4 + 3000);
}

typedef struct
{
  char         *path;       /* the library */
  gint64        convention;
  const char   *csv;
  LcImportPlan *plan;
  GError       *error;
  guint         n_progress;
} ThreadJob;

static void
count_progress (double   fraction,
                gpointer user_data)
{
  ((ThreadJob *) user_data)->n_progress++;
}

/* What a window does: plan and apply in a worker thread, on the worker's own
 * connection to the library. */
static gpointer
import_in_thread (gpointer data)
{
  ThreadJob *job = data;
  g_autoptr(LcStore) store = lc_store_open (job->path, &job->error);

  if (store == NULL)
    return NULL;

  job->plan = lc_import_plan_new_for_data (store, job->convention, LC_CSV_IMPORT_SPEAKERS, job->csv,
                                           strlen (job->csv), "thread.csv", NULL, count_progress, job,
                                           &job->error);
  if (job->plan != NULL)
    lc_import_plan_apply (job->plan, store, NULL, count_progress, job, &job->error);

  return NULL;
}

static void
test_thread (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *csv = make_bulk (500);
  ThreadJob job = { g_strdup (lc_store_get_path (f->store)), f->convention, csv, NULL, NULL, 0 };
  GThread *thread = g_thread_new ("import", import_in_thread, &job);

  g_thread_join (thread);
  g_assert_no_error (job.error);
  g_assert_nonnull (job.plan);
  g_assert_cmpuint (job.n_progress, >, 2);
  g_assert_cmpint (lc_import_plan_count (job.plan, LC_IMPORT_ROW_ADD), ==, 500);
  /* The window's own connection sees the result. */
  g_assert_cmpint (count_people (f), ==, 4 + 500);

  lc_import_plan_unref (job.plan);
  g_free (job.path);
}

/* Every header the README lists under "Spreadsheets" is understood. */
static void
test_readme_headers (void)
{
  const char *source = g_getenv ("LC_SOURCE_DIR");
  g_autofree char *path = g_build_filename (source ? source : ".", "README.md", NULL);
  g_autofree char *readme = NULL;
  g_autoptr(GError) error = NULL;
  const char *section, *end;
  LcCsvImportKind kind = LC_CSV_IMPORT_SPEAKERS;
  guint checked = 0;

  g_file_get_contents (path, &readme, NULL, &error);
  g_assert_no_error (error);
  section = strstr (readme, "\n## Spreadsheets");
  g_assert_nonnull (section);
  end = g_strstr_len (section + 1, -1, "\n## ");
  if (end == NULL)
    end = section + strlen (section);

  for (const char *line = section; line && line < end; line = strchr (line + 1, '\n'))
    {
      g_auto(GStrv) cells = NULL;
      g_autofree char *text = g_strndup (line + 1, strcspn (line + 1, "\n"));

      if (g_str_has_prefix (text, "### "))
        kind = strstr (text, "ities") ? LC_CSV_IMPORT_CITIES : LC_CSV_IMPORT_SPEAKERS;
      /* Table rows: | field | `Header`, `Header`, … | … */
      if (!g_str_has_prefix (text, "| ") || strstr (text, "---"))
        continue;
      cells = g_strsplit (text, "|", -1);
      if (g_strv_length (cells) < 4)
        continue;
      for (const char *p = strchr (cells[2], '`'); p; p = strchr (p + 1, '`'))
        {
          const char *close = strchr (p + 1, '`');
          g_autofree char *header = NULL, *target = NULL;

          if (close == NULL)
            break;
          header = g_strndup (p + 1, close - p - 1);
          target = lc_csv_import_column_target (kind, header);
          if (target == NULL)
            g_error ("the README lists “%s” but the importer does not know it", header);
          checked++;
          p = close;
        }
    }

  g_test_message ("%u headers checked", checked);
  g_assert_cmpuint (checked, >, 40);
}

static void
test_column_targets (void)
{
  static const char *const expected[][3] = {
    { "s", "Name (EN)", "name-en" },
    { "s", "name_ar", "name-ar" },
    { "s", "الاسم بالعربية", "name-ar" },
    { "s", "الاسم (إنجليزي)", "name-en" },
    { "s", "Name", "name" },
    { "s", "ORGANIZATION  (AR)", "organisation-ar" },
    { "s", "English position", "position-en" },
    { "s", "city", "city-id" },
    { "s", "E-mail", "email" },
    { "s", "رقم الهاتف", "phone" },
    { "s", "Bio (EN)", "bio-en" },
    { "s", "Twitter", NULL },
    { "c", "Arab region", "arab-region" },
    { "c", "المنطقة العربية", "arab-region" },
    { "c", "المدينة", "name" },
    { "c", "sdgs", "sdgs" },
    { "c", "Country", "country" },
    { "c", "Population", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *target = lc_csv_import_column_target (expected[i][0][0] == 'c' ? LC_CSV_IMPORT_CITIES
                                                                                    : LC_CSV_IMPORT_SPEAKERS,
                                                             expected[i][1]);

      g_assert_cmpstr (target, ==, expected[i][2]);
    }
}

/* The command line prints the same report and writes nothing on rejection. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *bad = g_build_filename (f->dir, "bad.csv", NULL);
  g_autofree char *good = g_build_filename (f->dir, "good.csv", NULL);
  g_autofree char *db = g_strdup (lc_store_get_path (f->store));
  g_autofree char *convention = g_strdup_printf ("--convention=%" G_GINT64_FORMAT, f->convention);
  g_autofree char *database = g_strdup_printf ("--database=%s", db);
  g_autofree char *before = NULL, *after = NULL;
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LC_ALL", "C.UTF-8", TRUE);
  const char *exe = g_getenv ("LC_EXECUTABLE");
  g_autoptr(GError) error = NULL;

  if (exe == NULL)
    {
      g_test_skip ("LC_EXECUTABLE is not set");
      return;
    }

  g_file_set_contents (bad, "Name (EN),Position,Twitter\nNew One,Mayor,@b\n,Governor,\n", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (good, "Name (EN);Position\nSamah Shalaby;Adviser\nNew One;Mayor\n", -1, &error);
  g_assert_no_error (error);
  envp = g_environ_setenv (envp, "LANGUAGE", "en", TRUE);
  before = dump (f->store);

  {
    g_autofree char *out = NULL, *err = NULL, *option = g_strdup_printf ("--import-speakers=%s", bad);
    const char *argv[] = { exe, database, convention, option, NULL };
    int status;

    g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
    g_assert_no_error (error);
    g_test_message ("%s%s", out, err);
    g_assert_true (WIFEXITED (status));
    g_assert_cmpint (WEXITSTATUS (status), ==, 1);
    g_assert_nonnull (strstr (out, "bad.csv: 1 row to add, 0 to update, 0 unchanged, 0 merged, 1 rejected"));
    g_assert_nonnull (strstr (out, "Unknown columns, ignored: “Twitter”"));
    g_assert_nonnull (strstr (out, "  line 3: the row has no name"));
    g_assert_nonnull (strstr (err, "Nothing was imported from “bad.csv”: 1 row was rejected"));
    after = dump (f->store);
    g_assert_cmpstr (before, ==, after);
  }

  {
    g_autofree char *out = NULL, *err = NULL, *option = g_strdup_printf ("--import-speakers=%s", good);
    const char *argv[] = { exe, database, convention, option, NULL };
    int status;

    g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
    g_assert_no_error (error);
    g_test_message ("%s%s", out, err);
    g_assert_true (WIFEXITED (status));
    g_assert_cmpint (WEXITSTATUS (status), ==, 0);
    g_assert_nonnull (strstr (out, "  line 2: Samah Shalaby — سماح شلبي (Position)"));
    g_assert_nonnull (strstr (out, "Imported: 1 added, 1 updated."));
  }

  {
    g_autofree char *out = NULL, *err = NULL, *option = g_strdup_printf ("--import-cities=%s", bad);
    const char *argv[] = { exe, database, "--convention=999", option, NULL };
    int status;

    g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
    g_assert_no_error (error);
    g_assert_cmpint (WEXITSTATUS (status), ==, 1);
    g_assert_nonnull (strstr (err, "no convention with the id 999"));
  }

  g_clear_object (&f->store);
  f->store = lc_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_people (f), ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/csv-import/case/%s", cases[i].name);

      g_test_add (path, Fixture, &cases[i], fixture_set_up, test_case, fixture_tear_down);
    }
  g_test_add ("/csv-import/changed-since-plan", Fixture, NULL, fixture_set_up,
              test_changed_since_plan, fixture_tear_down);
  g_test_add ("/csv-import/cancel-and-progress", Fixture, NULL, fixture_set_up,
              test_cancel_and_progress, fixture_tear_down);
  g_test_add ("/csv-import/thread", Fixture, NULL, fixture_set_up, test_thread, fixture_tear_down);
  g_test_add_func ("/csv-import/column-targets", test_column_targets);
  g_test_add_func ("/csv-import/readme-headers", test_readme_headers);
  g_test_add ("/csv-import/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);

  return g_test_run ();
}
