/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "lc-convention-io.h"
#include "lc-export-schedule.h"
#include "lc-json-writer.h"
#include "lc-test-util.h"

/* LcJsonWriter writes the convention file and the schedule's JSON, which
 * json-glib's JsonBuilder and JsonGenerator (pretty, two spaces) wrote
 * before: the same calls must give the same bytes, whatever the texts hold
 * (control characters, U+2028 and U+2029, "/", quotes, bytes that are not
 * UTF-8), and the exports must be what json-glib writes of them. */

/* One document made by both at once. */
typedef struct
{
  JsonBuilder  *builder;
  LcJsonWriter *writer;
} Both;

static void
both_begin_object (Both *both)
{
  json_builder_begin_object (both->builder);
  lc_json_writer_begin_object (both->writer);
}

static void
both_end_object (Both *both)
{
  json_builder_end_object (both->builder);
  lc_json_writer_end_object (both->writer);
}

static void
both_begin_array (Both *both)
{
  json_builder_begin_array (both->builder);
  lc_json_writer_begin_array (both->writer);
}

static void
both_end_array (Both *both)
{
  json_builder_end_array (both->builder);
  lc_json_writer_end_array (both->writer);
}

static void
both_member (Both       *both,
             const char *name)
{
  json_builder_set_member_name (both->builder, name);
  lc_json_writer_set_member_name (both->writer, name);
}

static void
both_string (Both       *both,
             const char *value)
{
  json_builder_add_string_value (both->builder, value);
  lc_json_writer_add_string_value (both->writer, value);
}

static void
both_int (Both   *both,
          gint64  value)
{
  json_builder_add_int_value (both->builder, value);
  lc_json_writer_add_int_value (both->writer, value);
}

/* What json-glib's generator writes of @root, as the exports set it up. */
static char *
generate (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_indent_char (generator, ' ');
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* Ends both documents and compares their bytes. */
static void
assert_same (Both *both)
{
  g_autoptr(JsonNode) root = json_builder_get_root (both->builder);
  g_autofree char *expected = generate (root);
  gsize length = 0;
  g_autofree char *written = lc_json_writer_free_to_data (both->writer, &length);

  g_assert_cmpstr (written, ==, expected);
  g_assert_cmpuint (length, ==, strlen (expected));
  g_object_unref (both->builder);
}

static const char *const hostile[] = {
  "",
  "plain",
  "\"quoted\" and \\backslashed\\",
  "a/b </script> //",
  "tab\there, line\nfeed, return\r, back\bspace, form\ffeed",
  "\x1e record \x1f unit \x7f delete \x01 start",
  "line\xe2\x80\xa8separator and paragraph\xe2\x80\xa9separator",
  "\xd9\x85\xd8\xaf\xd9\x8a\xd9\x86\xd8\xa9 \xd8\xaa\xd8\xb9\xd9\x84\xd9\x85",  /* Arabic */
  "\xe2\x80\xae override \xe2\x81\xa8 isolate \xe2\x81\xa9",
  "not UTF-8: \xff\xfe, cut short: \xc3",
  "\xef\xbf\xbf \xef\xbb\xbf \xf0\x9f\x98\x80",
  "\\u0041 is not unescaped",
};

static void
test_hostile_texts (void)
{
  Both both = { json_builder_new (), lc_json_writer_new () };
  char byte[2] = { 0, 0 };

  both_begin_object (&both);
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *name = g_strdup_printf ("%u %s", i, hostile[i]);

      both_member (&both, name);
      both_string (&both, hostile[i]);
    }
  /* Every byte alone, as a value and in a member's name. */
  both_member (&both, "bytes");
  both_begin_array (&both);
  for (int c = 1; c < 256; c++)
    {
      byte[0] = (char) c;
      both_string (&both, byte);
    }
  both_end_array (&both);
  both_member (&both, "names");
  both_begin_object (&both);
  for (int c = 1; c < 256; c++)
    {
      g_autofree char *name = g_strdup_printf ("%c%d", c, c);

      both_member (&both, name);
      both_int (&both, c);
    }
  both_end_object (&both);
  both_end_object (&both);
  assert_same (&both);
}

static void
test_shapes (void)
{
  static const gint64 numbers[] = { 0, 1, -1, G_MAXINT32, G_MININT32, G_MAXINT64, G_MININT64 };
  Both both = { json_builder_new (), lc_json_writer_new () };

  both_begin_array (&both);
  /* Empty lists and objects at several depths: json-glib writes [] but
   * an empty object with its indent between the braces. */
  both_begin_array (&both);
  both_end_array (&both);
  both_begin_object (&both);
  both_end_object (&both);
  both_begin_object (&both);
  both_member (&both, "empty list");
  both_begin_array (&both);
  both_end_array (&both);
  both_member (&both, "empty object");
  both_begin_object (&both);
  both_end_object (&both);
  both_member (&both, "deeper");
  both_begin_array (&both);
  both_begin_array (&both);
  both_begin_object (&both);
  both_end_object (&both);
  both_end_array (&both);
  both_end_array (&both);
  both_member (&both, "null");
  json_builder_add_null_value (both.builder);
  lc_json_writer_add_null_value (both.writer);
  both_member (&both, "true");
  json_builder_add_boolean_value (both.builder, TRUE);
  lc_json_writer_add_boolean_value (both.writer, TRUE);
  both_member (&both, "false");
  json_builder_add_boolean_value (both.builder, FALSE);
  lc_json_writer_add_boolean_value (both.writer, FALSE);
  both_end_object (&both);
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    both_int (&both, numbers[i]);
  both_end_array (&both);
  assert_same (&both);
}

/* @text is what json-glib writes of what it reads in @text: the writer
 * wrote no member twice (json-glib keeps one) and nothing json-glib would
 * write otherwise. */
static void
assert_regenerates (const char *text,
                    gboolean    newline)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *again = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  again = generate (json_parser_get_root (parser));
  if (newline)
    {
      g_autofree char *line = g_strconcat (again, "\n", NULL);

      g_assert_cmpstr (text, ==, line);
    }
  else
    g_assert_cmpstr (text, ==, again);
}

static void
test_sample_exports (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 id = lc_convention_import_file (store, g_getenv ("LC_SAMPLE"), &error);
  g_autofree char *convention = NULL;

  g_assert_no_error (error);
  convention = lc_convention_export_data (store, id, NULL, &error);
  g_assert_no_error (error);
  assert_regenerates (convention, TRUE);

  for (LcLanguage language = LC_LANGUAGE_ARABIC; language <= LC_LANGUAGE_ENGLISH; language++)
    {
      g_autofree char *schedule = lc_export_schedule_json_data (store, id, language, NULL, NULL, NULL,
                                                                NULL, &error);

      g_assert_no_error (error);
      assert_regenerates (schedule, FALSE);
    }

  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-writer/hostile-texts", test_hostile_texts);
  g_test_add_func ("/json-writer/shapes", test_shapes);
  g_test_add_func ("/json-writer/sample-exports", test_sample_exports);

  return g_test_run ();
}
