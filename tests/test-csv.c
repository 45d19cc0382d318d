/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-csv.h"
#include "lc-error.h"

/* The CSV reader on its own: RFC 4180 quoting, separators, line numbers,
 * and the files it must refuse, each with the line it names. */

typedef struct
{
  guint  line;
  GStrv  fields;
} Record;

static void
record_clear (gpointer data)
{
  Record *record = data;

  g_strfreev (record->fields);
}

/* Reads everything; returns NULL and sets @error on a malformed file. */
static GArray *
read_all (const char  *data,
          gsize        length,
          char        *separator,
          GError     **error)
{
  g_autoptr(LcCsvReader) reader = lc_csv_reader_new (data, length, "test.csv", error);
  g_autoptr(GArray) records = g_array_new (FALSE, TRUE, sizeof (Record));
  Record record;

  g_array_set_clear_func (records, record_clear);
  if (reader == NULL)
    return NULL;
  if (separator)
    *separator = lc_csv_reader_get_separator (reader);

  while (lc_csv_reader_next (reader, &record.fields, &record.line, error))
    g_array_append_val (records, record);

  if (error && *error)
    return NULL;
  g_assert_cmpfloat (lc_csv_reader_get_fraction (reader), ==, 1.0);

  return g_steal_pointer (&records);
}

static void
assert_fields (GArray     *records,
               guint       index,
               guint       line,
               const char *joined)
{
  Record *record;
  g_autofree char *text = NULL;

  g_assert_cmpuint (index, <, records->len);
  record = &g_array_index (records, Record, index);
  text = g_strjoinv ("|", record->fields);
  g_assert_cmpstr (text, ==, joined);
  g_assert_cmpuint (record->line, ==, line);
}

static void
test_basic (void)
{
  const char *data = "a,b,c\r\n1,2,3\n\n4,,6\r7,8,\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) records = NULL;
  char separator = 0;

  records = read_all (data, strlen (data), &separator, &error);
  g_assert_no_error (error);
  g_assert_cmpint (separator, ==, ',');
  g_assert_cmpuint (records->len, ==, 4);
  assert_fields (records, 0, 1, "a|b|c");
  assert_fields (records, 1, 2, "1|2|3");
  /* Line 3 is blank; a lone CR ends line 4. */
  assert_fields (records, 2, 4, "4||6");
  assert_fields (records, 3, 5, "7|8|");
}

static void
test_quoting (void)
{
  const char *data =
    "name,note\n"
    "\"Smith, John\",\"He said \"\"hi\"\"\"\n"
    "\"two\nlines\",\"three\r\nline\rcell\"\n"
    "after,\"\"\n"
    "5\" screen,x\n"
    "\"spaced\"  ,y";
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) records = read_all (data, strlen (data), NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 6);
  assert_fields (records, 1, 2, "Smith, John|He said \"hi\"");
  /* Line breaks inside quotes are kept (as LF) and counted. */
  assert_fields (records, 2, 3, "two\nlines|three\nline\ncell");
  assert_fields (records, 3, 7, "after|");
  /* A quote inside an unquoted field is only a character. */
  assert_fields (records, 4, 8, "5\" screen|x");
  assert_fields (records, 5, 9, "spaced|y");
}

static void
test_separator (void)
{
  const char *semicolons = "\"a,b\";c;d\n1;2,5;3\n";
  const char *commas = "\"a;b;c\",d\n1,2\n";
  const char *tabs = "\"a,b\"\tc;d\te\n\"1\"\t2\t\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) records = NULL;
  char separator = 0;

  records = read_all (semicolons, strlen (semicolons), &separator, &error);
  g_assert_no_error (error);
  g_assert_cmpint (separator, ==, ';');
  assert_fields (records, 0, 1, "a,b|c|d");
  assert_fields (records, 1, 2, "1|2,5|3");
  g_clear_pointer (&records, g_array_unref);

  /* Tabs, as Excel's "Unicode Text" writes; a quoted cell before a tab. */
  records = read_all (tabs, strlen (tabs), &separator, &error);
  g_assert_no_error (error);
  g_assert_cmpint (separator, ==, '\t');
  assert_fields (records, 0, 1, "a,b|c;d|e");
  assert_fields (records, 1, 2, "1|2|");
  g_clear_pointer (&records, g_array_unref);

  /* Separators inside the header's quotes do not count. */
  records = read_all (commas, strlen (commas), &separator, &error);
  g_assert_no_error (error);
  g_assert_cmpint (separator, ==, ',');
  assert_fields (records, 0, 1, "a;b;c|d");
}

static void
test_bom (void)
{
  const char *data = "\xEF\xBB\xBFname\nx\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LcCsvReader) reader = lc_csv_reader_new (data, strlen (data), "bom.csv", &error);
  g_auto(GStrv) fields = NULL;
  guint line = 0;

  g_assert_no_error (error);
  g_assert_true (lc_csv_reader_had_bom (reader));
  g_assert_true (lc_csv_reader_next (reader, &fields, &line, &error));
  g_assert_cmpstr (fields[0], ==, "name");
  g_assert_cmpuint (line, ==, 1);
}

static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) records = read_all ("", 0, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 0);
  g_clear_pointer (&records, g_array_unref);

  records = read_all ("\n\r\n\n", 4, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, 0);
}

typedef struct
{
  const char *name;
  const char *data;
  gsize       length;   /* 0: strlen (data) */
  const char *message;  /* expected in the error */
} BadFile;

static void
test_refused (void)
{
  static const BadFile files[] = {
    { "unbalanced quote", "a,b\n1,2\n3,\"never closed\n4,5\n", 0, "line 3: a quoted field starts here" },
    { "text after closing quote", "a,b\n\"x\"y,2\n", 0, "line 2: there is text after the closing quote" },
    { "NUL byte", "a,b\n1,2\n3,\0\n", 11, "line 3: the file contains a NUL byte" },
    { "invalid UTF-8", "a,b\n1,2\n\n3,ab\xC3(\n", 0, "line 4: the text is not UTF-8 (at byte 5 of the line)" },
    { "Latin-1", "name\nJos\xE9\n", 0, "line 2: the text is not UTF-8" },
    { "overlong UTF-8", "name\n\xC0\xAF\n", 0, "line 2: the text is not UTF-8" },
    /* Windows-1256 letters, but among control bytes: not text. */
    { "Arabic letters among control bytes", "name\n\xE3\xCD\xE3\xCF\x01\x02\n", 0,
      "line 2: the text is not UTF-8 (at byte 1 of the line), nor Arabic saved as Windows-1256" },
    { "quote at the very end", "a\n\"", 0, "line 2: a quoted field starts here" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) records = NULL;
      gsize length = files[i].length ? files[i].length : strlen (files[i].data);

      g_test_message ("%s", files[i].name);
      records = read_all (files[i].data, length, NULL, &error);
      g_assert_null (records);
      g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
      g_assert_nonnull (strstr (error->message, "“test.csv”"));
      if (strstr (error->message, files[i].message) == NULL)
        g_error ("%s: “%s” does not contain “%s”", files[i].name, error->message, files[i].message);
    }
}

static void
test_large (void)
{
  /* A 1 MB quoted field with commas, quotes and newlines, then 10,000 rows. */
  g_autoptr(GString) data = g_string_new ("big,small\n\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) records = NULL;
  Record *big;
  gint64 start;

  for (guint i = 0; i < 1024 * 1024 / 8; i++)
    g_string_append (data, i % 1000 == 999 ? "ab\"\"c,\n " : "abcdefg ");
  g_string_append (data, "\",end\n");
  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (data, "row %u,%u\n", i, i);

  start = g_get_monotonic_time ();
  records = read_all (data->str, data->len, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("read %zu bytes in %.1f ms", data->len, (g_get_monotonic_time () - start) / 1000.0);

  g_assert_cmpuint (records->len, ==, 10002);
  big = &g_array_index (records, Record, 1);
  g_assert_cmpuint (strlen (big->fields[0]), ==, 1024 * 1024 - 1024 * 1024 / 8 / 1000);
  g_assert_cmpstr (big->fields[1], ==, "end");
  /* 131 line breaks inside the big cell. */
  assert_fields (records, 2, 2 + 131 + 1, "row 0|0");
  assert_fields (records, 10001, 2 + 131 + 10000, "row 9999|9999");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/basic", test_basic);
  g_test_add_func ("/csv/quoting", test_quoting);
  g_test_add_func ("/csv/separator", test_separator);
  g_test_add_func ("/csv/bom", test_bom);
  g_test_add_func ("/csv/empty", test_empty);
  g_test_add_func ("/csv/refused", test_refused);
  g_test_add_func ("/csv/large", test_large);

  return g_test_run ();
}
