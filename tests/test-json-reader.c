/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "lc-convention-io.h"
#include "lc-generator.h"
#include "lc-json-reader.h"
#include "lc-store.h"
#include "lc-test-util.h"

/* lc_json_reader_load() either gives up or gives the very tree json-glib
 * gives: the same nodes and values of the same types, members in the same
 * order, the same parents, sealed alike, and so the same bytes from
 * JsonGenerator. The convention files it is for must not make it give up,
 * or it would be there for nothing. */

/* Compares two trees node by node, more closely than json_node_equal()
 * (which takes 1 for 1.0) does. */
static void
assert_same_node (JsonNode *fast,
                  JsonNode *slow,
                  JsonNode *fast_parent,
                  JsonNode *slow_parent)
{
  g_assert_cmpint (json_node_get_node_type (fast), ==, json_node_get_node_type (slow));
  g_assert_cmpint (json_node_is_immutable (fast), ==, json_node_is_immutable (slow));
  g_assert_true (json_node_get_parent (fast) == fast_parent);
  g_assert_true (json_node_get_parent (slow) == slow_parent);

  switch (json_node_get_node_type (fast))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *a = json_node_get_object (fast), *b = json_node_get_object (slow);
        g_autoptr(GList) names_a = json_object_get_members (a);
        g_autoptr(GList) names_b = json_object_get_members (b);

        g_assert_cmpuint (json_object_get_size (a), ==, json_object_get_size (b));
        g_assert_cmpuint (g_list_length (names_a), ==, g_list_length (names_b));
        g_assert_cmpuint (g_list_length (names_a), ==, json_object_get_size (a));
        g_assert_cmpint (json_object_is_immutable (a), ==, json_object_is_immutable (b));
        for (GList *l = names_a, *m = names_b; l != NULL; l = l->next, m = m->next)
          {
            g_assert_cmpstr (l->data, ==, m->data);
            assert_same_node (json_object_get_member (a, l->data), json_object_get_member (b, m->data),
                              fast, slow);
          }
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *a = json_node_get_array (fast), *b = json_node_get_array (slow);

        g_assert_cmpuint (json_array_get_length (a), ==, json_array_get_length (b));
        g_assert_cmpint (json_array_is_immutable (a), ==, json_array_is_immutable (b));
        for (guint i = 0; i < json_array_get_length (a); i++)
          assert_same_node (json_array_get_element (a, i), json_array_get_element (b, i), fast, slow);
      }
      break;
    case JSON_NODE_VALUE:
      g_assert_true (json_node_get_value_type (fast) == json_node_get_value_type (slow));
      if (json_node_get_value_type (fast) == G_TYPE_INT64)
        g_assert_cmpint (json_node_get_int (fast), ==, json_node_get_int (slow));
      else if (json_node_get_value_type (fast) == G_TYPE_DOUBLE)
        g_assert_true (memcmp (&(double) { json_node_get_double (fast) },
                               &(double) { json_node_get_double (slow) }, sizeof (double)) == 0);
      else if (json_node_get_value_type (fast) == G_TYPE_BOOLEAN)
        g_assert_cmpint (json_node_get_boolean (fast), ==, json_node_get_boolean (slow));
      else
        g_assert_cmpstr (json_node_get_string (fast), ==, json_node_get_string (slow));
      break;
    case JSON_NODE_NULL:
      break;
    }
}

static char *
generate (JsonNode *root,
          gboolean  pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_pretty (generator, pretty);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* Reads @data both ways, with a parser of each kind; TRUE if the reader
 * read it (and then read it right). */
static gboolean
compare (const char *data,
         gsize       length)
{
  gboolean taken = FALSE;

  for (int immutable = 0; immutable <= 1; immutable++)
    {
      g_autoptr(JsonParser) fast = immutable ? json_parser_new_immutable () : json_parser_new ();
      g_autoptr(JsonParser) slow = NULL;
      g_autoptr(GError) error = NULL;
      JsonNode *a, *b;

      if (!lc_json_reader_load (fast, data, length))
        {
          /* The same text gets the same answer from either kind of parser. */
          g_assert_false (taken);
          continue;
        }
      g_assert_true (immutable == 0 || taken);
      taken = TRUE;

      /* Only text the reader took goes to json-glib: it is no deeper than
       * LC_JSON_MAX_DEPTH, which json-glib's recursion survives. */
      slow = immutable ? json_parser_new_immutable () : json_parser_new ();
      g_assert_true (json_parser_load_from_data (slow, data, (gssize) length, &error));
      g_assert_no_error (error);
      a = json_parser_get_root (fast);
      b = json_parser_get_root (slow);
      g_assert_nonnull (a);
      g_assert_nonnull (b);
      g_assert_true (json_node_equal (a, b));
      assert_same_node (a, b, NULL, NULL);
      for (int pretty = 0; pretty <= 1; pretty++)
        {
          g_autofree char *text_a = generate (a, pretty);
          g_autofree char *text_b = generate (b, pretty);

          g_assert_cmpstr (text_a, ==, text_b);
        }

      /* The parser is as reusable as after json-glib's own load. */
      g_assert_true (json_parser_load_from_data (fast, "[1]", -1, NULL));
      g_assert_cmpint (json_node_get_node_type (json_parser_get_root (fast)), ==, JSON_NODE_ARRAY);
    }
  return taken;
}

static gboolean
compare_string (const char *text)
{
  return compare (text, strlen (text));
}

static void
test_sample (void)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (g_getenv ("LC_SAMPLE"), &data, &length, &error);
  g_assert_no_error (error);
  g_assert_true (compare (data, length));
}

/* Generated conventions of 1,000 items, exported as the benchmark does. */
static void
test_generated (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "library.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (db, &error);
  LcGeneratorSize size;

  g_assert_no_error (error);
  lc_generator_size_init (&size, 1000);
  for (guint32 seed = 1; seed <= 2; seed++)
    {
      gint64 id = lc_generator_create (store, &size, seed, &error);
      g_autofree char *data = NULL;
      gsize length;

      g_assert_no_error (error);
      data = lc_convention_export_data (store, id, &length, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (length, >, 1000 * 1000);
      g_assert_true (compare (data, length));
    }
  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

/* Plain JSON the reader takes, and what it leaves to json-glib. */
static void
test_edges (void)
{
  static const char *taken[] = {
    "{}", "[]", " \t\r\n{ } \t\r\n", "[\n]", "{\"\":1}", "[[[[]]]]", "[{}, {\"a\": []}]",
    "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]",
    "[\"\\u0041\\u00e9\\u00E9\\u0627\\u20ac\\uffff\\ufeff\"]",
    "[\"\\ud83d\\ude00 \\uD834\\uDD1E\\udbff\\udfff\\ud800\\udc00\"]",
    "[\"\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd9\x8a\xd9\x86\xd8\xa9 \xf0\x9f\x98\x80 \xef\xbf\xbf\"]",
    "[0, -0, 1, -1, 123456789012345678, -123456789012345678, 999999999999999999]",
    "[true, false, null, \"true\"]",
    "{\"a\": {\"b\": {\"c\": [1, 2, {\"d\": null}]}}, \"e\": \"f\"}",
    "{\"b\": 1, \"a\": 2, \"c\": 3}",
    "{\"a\":1,\"A\":2}",
    "[\"\xc2\x80\xdf\xbf\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80\xf4\x8f\xbf\xbf\"]",
  };
  static const char *left[] = {
    "", " ", "\xef\xbb\xbf{}", "1", "\"a\"", "null", "true", "var a = {};", "{} {}", "{}x", "[] []",
    "{\"a\":1,}", "[1,]", "[,1]", "{,}", "{\"a\" 1}", "{\"a\":}", "{a:1}", "{'a':1}", "['a']",
    "[1 2]", "{\"a\":1 \"b\":2}", "[01]", "[00]", "[-01]", "[1.0]", "[1.5]", "[-0.0]", "[1e2]", "[1E2]",
    "[1e-2]", "[.5]", "[-]", "[- 1]", "[+1]", "[0x10]", "[1a]", "[1234567890123456789]",
    "[9223372036854775807]", "[-9223372036854775808]", "[18446744073709551616]", "[truex]",
    "[True]", "[nul]", "[NULL]", "[\"\\u0000\"]", "[\"\\ud800\"]", "[\"\\udc00\"]", "[\"\\ud800x\"]",
    "[\"\\ud800\\u0041\"]", "[\"\\udc00\\ud800\"]", "[\"\\u12\"]", "[\"\\u12g4\"]", "[\"\\x41\"]",
    "[\"\\101\"]", "[\"\\0\"]", "[\"\\a\"]", "[\"\\'\"]", "[\"a\nb\"]", "[\"a\tb\"]", "[\"\x01\"]",
    "[\"\x1f\"]", "{\"a\":1,\"a\":2}", "{\"a\":{},\"a\":{}}", "[1]\f", "\f[1]", "[1\v]",
    "/* c */ []", "[] // c", "[1 /* c */]", "{\"a\":1}#", "[\"a\"", "[\"a", "{\"a\":[1,2}", "[1}",
    "{\"a\":1]", "\xc2\xa0[]", "[\xc2\xa0]",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (taken); i++)
    {
      g_test_message ("taken: %s", taken[i]);
      g_assert_true (compare_string (taken[i]));
    }
  for (gsize i = 0; i < G_N_ELEMENTS (left); i++)
    {
      g_test_message ("left: %s", left[i]);
      g_assert_false (compare_string (left[i]));
    }
  /* An embedded NUL, which the strings above cannot hold. */
  g_assert_false (compare ("[\"a\0b\"]", 7));
  g_assert_false (compare ("[1]\0", 4));
}

/* Nesting: LC_JSON_MAX_DEPTH levels are read, one more is left (the
 * prescan refuses it before), and so is any depth beyond. */
static void
test_depth (void)
{
  for (guint depth = 1; depth <= 70; depth++)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < depth; i++)
        g_string_append (text, i % 2 ? "{\"a\":" : "[");
      g_string_append (text, "1");
      for (guint i = depth; i-- > 0;)
        g_string_append (text, i % 2 ? "}" : "]");
      g_assert_cmpint (compare (text->str, text->len), ==, depth <= 64);
    }

  /* Far deeper than the stack would survive if the reader recursed on. */
  {
    gsize n = 1000 * 1000;
    g_autofree char *deep = g_malloc (n);

    memset (deep, '[', n);
    g_assert_false (compare (deep, n));
  }
}

/* Bytes that are not UTF-8 in each kind of place: the reader leaves all of
 * them to json-glib, which refuses them. */
static void
test_invalid_utf8 (void)
{
  static const char document[] = "{\"n\xc3\xa9\": [\"x\xd8\xa7y\", 12, true, {\"k\": \"\\u00e9\"}], \"z\": null}";
  static const char *bad[] = {
    "\xff", "\xfe", "\x80", "\xbf", "\xc3", "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xed\xa0\x80",
    "\xed\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xf0\x9f\x98", "\xe2\x82",
  };
  gsize length = strlen (document);

  g_assert_true (compare_string (document));
  for (gsize b = 0; b < G_N_ELEMENTS (bad); b++)
    for (gsize at = 0; at <= length; at++)
      {
        g_autoptr(GString) text = g_string_new_len (document, at);

        g_string_append (text, bad[b]);
        g_string_append_len (text, document + at, length - at);
        if (g_utf8_validate_len (text->str, text->len, NULL))
          continue;  /* cutting a character in two may mend nothing, but check */
        g_assert_false (compare (text->str, text->len));
      }
}

/* Every beginning of a small document, and the document with each byte cut
 * out: only the whole one is read, and each is read as json-glib does. */
static void
test_truncated (void)
{
  static const char document[] =
    "{\"a\": [1, -2, \"x\\n\\u00e9\\ud83d\\ude00\"], \"b\": {\"c\": true, \"d\": false, \"e\": null}, "
    "\"f\": \"\xd8\xa7\", \"g\": []}";
  gsize length = strlen (document);

  for (gsize at = 0; at < length; at++)
    {
      g_autoptr(GString) cut = g_string_new_len (document, at);

      g_assert_false (compare (document, at));
      g_string_append_len (cut, document + at + 1, length - at - 1);
      compare (cut->str, cut->len);
    }
  g_assert_true (compare (document, length));
}

/* The fuzz targets' corpus and regressions, as fuzz-replay-* replays them. */
static void
test_fuzz_corpus (void)
{
  g_autofree char *root = g_build_filename (g_getenv ("LC_SOURCE_DIR"), "tests", "fuzz", NULL);
  g_autoptr(GPtrArray) dirs = g_ptr_array_new_with_free_func (g_free);
  guint files = 0, taken = 0;
  g_autoptr(GDir) top = g_dir_open (root, 0, NULL);
  const char *name;

  g_assert_nonnull (top);
  while ((name = g_dir_read_name (top)) != NULL)
    if (g_str_has_prefix (name, "corpus-"))
      g_ptr_array_add (dirs, g_build_filename (root, name, NULL));
  {
    g_autofree char *regressions = g_build_filename (root, "regressions", NULL);
    g_autoptr(GDir) dir = g_dir_open (regressions, 0, NULL);

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      g_ptr_array_add (dirs, g_build_filename (regressions, name, NULL));
  }

  for (guint i = 0; i < dirs->len; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (dirs->pdata[i], 0, NULL);

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (dirs->pdata[i], name, NULL);
          g_autofree char *data = NULL;
          gsize length;

          if (!g_file_get_contents (path, &data, &length, NULL))
            continue;
          g_test_message ("%s", path);
          files++;
          taken += compare (data, length);
        }
    }
  g_test_message ("%u files, %u read by the reader", files, taken);
  g_assert_cmpuint (files, >, 20);
  g_assert_cmpuint (taken, >, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json-reader/sample", test_sample);
  g_test_add_func ("/json-reader/generated", test_generated);
  g_test_add_func ("/json-reader/edges", test_edges);
  g_test_add_func ("/json-reader/depth", test_depth);
  g_test_add_func ("/json-reader/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/json-reader/truncated", test_truncated);
  g_test_add_func ("/json-reader/fuzz-corpus", test_fuzz_corpus);
  return g_test_run ();
}
