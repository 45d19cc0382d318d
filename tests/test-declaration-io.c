/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "lc-convention-io.h"
#include "lc-declaration.h"
#include "lc-error.h"
#include "lc-test-util.h"

/* Declarations in the convention file (format version 2): the sample's
 * declaration goes in and out unchanged, a small file with every case
 * round-trips byte for byte, version 1 files still import, and every kind
 * of bad declaration is refused, naming the place, with nothing written. */

static const GType *
declaration_types (guint *n)
{
  static GType types[7];

  types[0] = LC_TYPE_DECLARATION;
  types[1] = LC_TYPE_DECLARATION_SECTION;
  types[2] = LC_TYPE_CLAUSE;
  types[3] = LC_TYPE_AMENDMENT;
  types[4] = LC_TYPE_DECLARATION_VERSION;
  types[5] = LC_TYPE_VERSION_SECTION;
  types[6] = LC_TYPE_VERSION_CLAUSE;
  *n = G_N_ELEMENTS (types);
  return types;
}

/* A fingerprint of every row of the library: counts per table, and the
 * number of conventions. */
static char *
library_counts (LcStore *store)
{
  GString *counts = g_string_new (NULL);
  guint n;
  const GType *types = declaration_types (&n);

  g_string_append_printf (counts, "%" G_GINT64_FORMAT, lc_store_count (store, LC_TYPE_CONVENTION, NULL, 0, NULL));
  g_string_append_printf (counts, " %" G_GINT64_FORMAT, lc_store_count (store, LC_TYPE_ITEM, NULL, 0, NULL));
  for (guint i = 0; i < n; i++)
    g_string_append_printf (counts, " %" G_GINT64_FORMAT, lc_store_count (store, types[i], NULL, 0, NULL));

  return g_string_free (counts, FALSE);
}

static JsonNode *
parse (const char *data,
       gssize      length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, data, length, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static char *
export (LcStore *store,
        gint64   convention,
        gsize   *length)
{
  g_autoptr(GError) error = NULL;
  char *data = lc_convention_export_data (store, convention, length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

static gint64
import (LcStore    *store,
        const char *data,
        gssize      length)
{
  g_autoptr(GError) error = NULL;
  gint64 id = lc_convention_import_data (store, data, length < 0 ? strlen (data) : (gsize) length,
                                         "test.json", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static const char *
pair (JsonObject *object,
      const char *member,
      const char *language)
{
  JsonObject *texts = json_object_get_object_member (object, member);

  return json_object_get_string_member_with_default (texts, language, "");
}

static JsonArray *
array (JsonObject *object,
       const char *member)
{
  return json_object_get_array_member (object, member);
}

static JsonObject *
nth (JsonArray *a,
     guint      i)
{
  return json_array_get_object_element (a, i);
}

static gint64
only_declaration (LcStore *store,
                  gint64   convention)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = lc_store_list (store, LC_TYPE_DECLARATION, "convention_id", convention, &error);
  g_autoptr(LcRecord) declaration = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  declaration = g_list_model_get_item (G_LIST_MODEL (list), 0);
  return lc_record_get_id (declaration);
}

/* A version in the library reads as the file says, clause by clause. */
static void
assert_version_is (LcDeclarationText *text,
                   JsonObject        *version)
{
  JsonArray *sections = array (version, "sections");

  g_assert_cmpstr (text->label_en, ==, pair (version, "label", "en"));
  g_assert_cmpstr (text->label_ar, ==, pair (version, "label", "ar"));
  g_assert_cmpstr (text->title_en, ==, pair (version, "title", "en"));
  g_assert_cmpstr (text->published, ==, json_object_get_string_member (version, "published"));
  g_assert_cmpuint (text->sections->len, ==, json_array_get_length (sections));
  for (guint i = 0; i < text->sections->len; i++)
    {
      LcTextSection *section = g_ptr_array_index (text->sections, i);
      JsonArray *clauses = array (nth (sections, i), "clauses");

      g_assert_cmpstr (section->title_ar, ==, pair (nth (sections, i), "title", "ar"));
      g_assert_cmpstr (section->title_en, ==, pair (nth (sections, i), "title", "en"));
      g_assert_cmpuint (section->clauses->len, ==, json_array_get_length (clauses));
      for (guint j = 0; j < section->clauses->len; j++)
        {
          LcTextClause *clause = g_ptr_array_index (section->clauses, j);
          JsonObject *c = nth (clauses, j);

          g_assert_cmpstr (clause->text_ar, ==, pair (c, "text", "ar"));
          g_assert_cmpstr (clause->text_en, ==, pair (c, "text", "en"));
          g_assert_cmpint (clause->numbered, ==, json_object_get_boolean_member_with_default (c, "numbered", FALSE));
        }
    }
}

/* Imports @data into a colleague's new library and exports it again: the
 * same bytes, since the records keep their identities there. (Imported
 * beside itself, a convention is a copy with identities of its own.) */
static void
assert_same_elsewhere (const char *data,
                       gsize       length)
{
  g_autofree char *dir = NULL, *again = NULL;
  g_autoptr(LcStore) other = lc_test_open_store (&dir);
  gsize again_length;
  gint64 convention = import (other, data, length);

  again = export (other, convention, &again_length);
  g_assert_cmpmem (data, length, again, again_length);
  g_clear_object (&other);
  lc_test_remove_tree (dir);
}

static void
test_sample (void)
{
  const char *path = g_getenv ("LC_SAMPLE");
  g_autofree char *contents = NULL, *first = NULL;
  g_autoptr(JsonNode) sample = NULL, exported = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcDeclarationText) working = NULL, last = NULL;
  g_autofree char *dir = NULL;
  LcStore *store;
  JsonObject *s, *e;
  JsonArray *versions, *amendments;
  gsize length, first_length;
  gint64 convention, declaration;

  if (path == NULL || !g_file_get_contents (path, &contents, &length, NULL))
    {
      g_test_skip ("LC_SAMPLE does not name the sample convention");
      return;
    }

  store = lc_test_open_store (&dir);
  sample = parse (contents, length);
  s = nth (array (json_node_get_object (sample), "declarations"), 0);
  versions = array (s, "versions");
  amendments = array (s, "amendments");

  convention = import (store, contents, length);
  declaration = only_declaration (store, convention);

  /* Version 1 the draft, version 2 the final text, as frozen in the file. */
  g_assert_cmpint (lc_declaration_get_last_version (store, declaration, NULL), ==, 2);
  for (guint i = 0; i < json_array_get_length (versions); i++)
    {
      g_autoptr(LcDeclarationText) text = lc_declaration_get_version_text (store, declaration, i + 1, &error);

      g_assert_no_error (error);
      assert_version_is (text, nth (versions, i));
    }

  /* The session-2 amendments are accepted and in version 2, so the working
   * text is version 2. */
  g_assert_cmpint (lc_store_count (store, LC_TYPE_AMENDMENT, "declaration_id", declaration, NULL), ==,
                   json_array_get_length (amendments));
  for (guint i = 0; i < json_array_get_length (amendments); i++)
    {
      g_assert_cmpstr (json_object_get_string_member (nth (amendments, i), "status"), ==, "accepted");
      g_assert_cmpint (json_object_get_int_member (nth (amendments, i), "incorporated_in"), ==, 2);
    }
  working = lc_declaration_get_working_text (store, declaration, &error);
  g_assert_no_error (error);
  last = lc_declaration_get_version_text (store, declaration, 2, &error);
  g_assert_no_error (error);
  g_assert_true (lc_declaration_text_equal (working, last));

  /* Out again: the same declaration, with the file's own ids. */
  first = export (store, convention, &first_length);
  exported = parse (first, first_length);
  e = nth (array (json_node_get_object (exported), "declarations"), 0);
  g_assert_cmpstr (pair (e, "title", "ar"), ==, pair (s, "title", "ar"));
  g_assert_cmpuint (json_array_get_length (array (e, "sections")), ==, json_array_get_length (array (s, "sections")));
  for (guint i = 0; i < json_array_get_length (array (s, "sections")); i++)
    {
      JsonArray *sc = array (nth (array (s, "sections"), i), "clauses");
      JsonArray *ec = array (nth (array (e, "sections"), i), "clauses");

      g_assert_cmpuint (json_array_get_length (sc), ==, json_array_get_length (ec));
      for (guint j = 0; j < json_array_get_length (sc); j++)
        {
          g_assert_cmpstr (pair (nth (sc, j), "text", "en"), ==, pair (nth (ec, j), "text", "en"));
          g_assert_cmpstr (pair (nth (sc, j), "text", "ar"), ==, pair (nth (ec, j), "text", "ar"));
          g_assert_cmpint (json_object_has_member (nth (sc, j), "introduced_by"), ==,
                           !json_object_get_null_member (nth (ec, j), "introduced_by"));
        }
    }
  for (guint i = 0; i < json_array_get_length (amendments); i++)
    {
      JsonObject *a = nth (amendments, i), *b = nth (array (e, "amendments"), i);

      g_assert_cmpstr (json_object_get_string_member (a, "kind"), ==, json_object_get_string_member (b, "kind"));
      g_assert_cmpstr (pair (a, "text", "en"), ==, pair (b, "text", "en"));
      g_assert_cmpstr (pair (a, "rationale", "ar"), ==, pair (b, "rationale", "ar"));
      g_assert_cmpstr (json_object_get_string_member (a, "created"), ==, json_object_get_string_member (b, "created"));
      g_assert_cmpint (json_object_has_member (a, "city"), ==, !json_object_get_null_member (b, "city"));
    }

  /* And back in, byte for byte. */
  assert_same_elsewhere (first, first_length);

  g_object_unref (store);
  lc_test_remove_tree (dir);
}

/* Members shared by the small files below. */
#define HEAD2 "{\"format\": \"learning-cities-convention\", \"version\": 2, "
#define SETTING_MEMBERS \
  "\"convention\": {\"title\": {\"en\": \"Convention\"}, \"start_date\": \"2023-05-10\", " \
  "\"end_date\": \"2023-05-11\", \"time_zone\": \"Asia/Riyadh\"}, " \
  "\"cities\": [{\"id\": \"c1\", \"name\": {\"en\": \"Yanbu\"}}], " \
  "\"people\": [{\"id\": \"p1\", \"name\": {\"en\": \"Ann\"}}], " \
  "\"items\": [{\"id\": \"i1\", \"kind\": \"session\", \"title\": {\"en\": \"Session 2\"}, " \
  "\"day\": \"2023-05-10\", \"start\": \"11:30\", \"end\": \"12:15\"}]"

/* Every case: a removed section and clause, a clause introduced by an
 * amendment in a version, amendments of every kind and status, an accepted
 * one not yet in a version, the pending clause of a proposed insertion. */
#define SMALL_DECLARATION \
  "{\"id\": \"d1\", \"title\": {\"ar\": \"إعلان\", \"en\": \"Declaration\"}, \"sections\": [" \
  "{\"id\": \"s1\", \"title\": {\"en\": \"Preamble\"}, \"clauses\": [" \
  "  {\"id\": \"k1\", \"text\": {\"en\": \"We meet.\"}}," \
  "  {\"id\": \"k2\", \"text\": {\"ar\": \"نتعلم\", \"en\": \"We learn.\"}}," \
  "  {\"id\": \"k3\", \"text\": {\"en\": \"Old.\"}, \"removed\": true}]}," \
  "{\"id\": \"s2\", \"title\": {\"en\": \"Annex\"}, \"removed\": true, \"clauses\": [" \
  "  {\"id\": \"k4\", \"text\": {\"en\": \"Annex text.\"}}]}," \
  "{\"id\": \"s3\", \"title\": {\"ar\": \"الأهداف\", \"en\": \"Objectives\"}, \"clauses\": [" \
  "  {\"id\": \"k5\", \"text\": {\"en\": \"One.\"}, \"numbered\": true}," \
  "  {\"id\": \"k6\", \"text\": {\"en\": \"Two.\"}, \"numbered\": true, \"introduced_by\": \"a2\"}]}]," \
  "\"versions\": [" \
  "{\"number\": 1, \"label\": {\"en\": \"Draft\"}, \"published\": \"2023-05-10T11:30:00+03:00\"," \
  " \"title\": {\"en\": \"Draft declaration\"}, \"sections\": [" \
  "  {\"section\": \"s1\", \"title\": {\"en\": \"Preamble\"}, \"clauses\": [{\"clause\": \"k1\", \"text\": {\"en\": \"We meet.\"}}," \
  "   {\"clause\": \"k2\", \"text\": {\"en\": \"We learn.\"}}, {\"clause\": \"k3\", \"text\": {\"en\": \"Old.\"}}]}," \
  "  {\"section\": \"s2\", \"title\": {\"en\": \"Annex\"}, \"clauses\": [{\"clause\": \"k4\", \"text\": {\"en\": \"Annex text.\"}}]}," \
  "  {\"section\": \"s3\", \"clauses\": [{\"clause\": \"k5\", \"text\": {\"en\": \"One.\"}, \"numbered\": true}]}]}," \
  "{\"number\": 2, \"label\": {\"ar\": \"النهائي\", \"en\": \"Final\"}, \"published\": \"2023-05-11T17:10:00Z\"," \
  " \"title\": {\"en\": \"Declaration\"}, \"sections\": [" \
  "  {\"section\": \"s1\", \"clauses\": [{\"clause\": \"k1\", \"text\": {\"en\": \"We meet.\"}}," \
  "   {\"clause\": \"k2\", \"text\": {\"ar\": \"نتعلم\", \"en\": \"We learn.\"}}]}," \
  "  {\"section\": \"s3\", \"clauses\": [{\"clause\": \"k5\", \"text\": {\"en\": \"One.\"}, \"numbered\": true}," \
  "   {\"clause\": \"k6\", \"text\": {\"en\": \"Two.\"}, \"numbered\": true}]}]}]," \
  "\"amendments\": [" \
  "{\"id\": \"a1\", \"number\": 1, \"clause\": \"k3\", \"kind\": \"delete\", \"person\": \"p1\", \"item\": \"i1\"," \
  " \"status\": \"accepted\", \"created\": \"2023-05-10T11:50:00+03:00\", \"against_version\": 1, \"incorporated_in\": 2}," \
  "{\"id\": \"a2\", \"number\": 2, \"clause\": \"k5\", \"kind\": \"insert-after\", \"new_clause\": \"k6\"," \
  " \"text\": {\"en\": \"Two.\"}, \"rationale\": {\"ar\": \"لأن\", \"en\": \"Because.\"}, \"city\": \"c1\"," \
  " \"status\": \"accepted\", \"created\": \"2023-05-10T11:53:00+03:00\", \"against_version\": 1, \"incorporated_in\": 2}," \
  "{\"id\": \"a3\", \"number\": 3, \"clause\": \"k1\", \"kind\": \"replace\", \"text\": {\"en\": \"We met.\"}, \"city\": \"c1\"," \
  " \"status\": \"accepted\", \"created\": \"2023-05-11T18:00:00+03:00\", \"against_version\": 2}," \
  "{\"id\": \"a4\", \"number\": 4, \"clause\": \"k6\", \"kind\": \"insert-after\", \"new_clause\": \"k7\"," \
  " \"text\": {\"ar\": \"ثلاثة\"}, \"person\": \"p1\", \"status\": \"proposed\", \"created\": \"2023-05-11T18:01:00+03:00\"," \
  " \"against_version\": 2}," \
  "{\"id\": \"a5\", \"number\": 7, \"clause\": \"k2\", \"kind\": \"replace\", \"text\": {\"en\": \"We teach.\"}, \"city\": \"c1\"," \
  " \"status\": \"rejected\", \"created\": \"2023-05-11T18:02:00+03:00\", \"against_version\": 2}," \
  "{\"id\": \"a6\", \"number\": 8, \"clause\": \"k7\", \"kind\": \"delete\", \"city\": \"c1\", \"item\": null," \
  " \"status\": \"withdrawn\", \"created\": \"2023-05-11T18:03:00+03:00\", \"against_version\": 2}]}"

#define SMALL HEAD2 SETTING_MEMBERS ", \"declarations\": [" SMALL_DECLARATION "]}"

static void
test_small (void)
{
  g_autofree char *dir = NULL, *first = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(LcDeclarationText) working = NULL;
  g_autoptr(GError) error = NULL;
  LcStore *store = lc_test_open_store (&dir);
  const LcTextClause *clause;
  JsonObject *d, *a4;
  JsonArray *sections;
  gsize first_length;
  gint64 convention, declaration, pending = 0;

  convention = import (store, SMALL, -1);
  declaration = only_declaration (store, convention);

  /* The working text: version 2 with amendment 3; the pending insertion
   * (proposed) is out of it but has its clause row. */
  working = lc_declaration_get_working_text (store, declaration, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (working->skipped->len, ==, 0);
  g_assert_cmpuint (working->sections->len, ==, 2);
  g_assert_cmpuint (lc_declaration_text_count_clauses (working), ==, 4);
  clause = g_ptr_array_index (((LcTextSection *) g_ptr_array_index (working->sections, 0))->clauses, 0);
  g_assert_cmpstr (clause->text_en, ==, "We met.");
  g_assert_cmpint (lc_store_count (store, LC_TYPE_CLAUSE, NULL, 0, NULL), ==, 7);
  {
    g_autoptr(GListStore) amendments = lc_store_list (store, LC_TYPE_AMENDMENT, "declaration_id", declaration, NULL);
    g_autoptr(LcAmendment) insertion = g_list_model_get_item (G_LIST_MODEL (amendments), 3);
    g_autoptr(LcRecord) row = NULL;

    g_assert_cmpint (lc_record_get_int (LC_RECORD (insertion), "number"), ==, 4);
    pending = lc_amendment_get_new_clause_id (store, insertion, &error);
    g_assert_no_error (error);
    row = lc_store_get (store, LC_TYPE_CLAUSE, pending, &error);
    g_assert_no_error (error);
    g_assert_cmpint (lc_record_get_int (row, "state"), ==, LC_CLAUSE_STATE_PENDING);
    g_assert_true (lc_record_get_int (row, "numbered"));
  }

  /* Accepting the insertion now puts its clause after its target. */
  {
    g_autoptr(GListStore) amendments = lc_store_list (store, LC_TYPE_AMENDMENT, "declaration_id", declaration, NULL);
    g_autoptr(LcAmendment) insertion = g_list_model_get_item (G_LIST_MODEL (amendments), 3);
    g_autoptr(LcDeclarationText) after = NULL;
    const LcTextSection *section = NULL;

    lc_amendment_set_status (store, insertion, LC_AMENDMENT_STATUS_ACCEPTED, &error);
    g_assert_no_error (error);
    after = lc_declaration_get_working_text (store, declaration, &error);
    g_assert_no_error (error);
    g_assert_nonnull (lc_declaration_text_find_clause (after, pending, &section));
    g_assert_cmpuint (section->clauses->len, ==, 3);
    g_assert_cmpint (((LcTextClause *) g_ptr_array_index (section->clauses, 2))->key, ==, pending);
    lc_amendment_set_status (store, insertion, LC_AMENDMENT_STATUS_PROPOSED, &error);
    g_assert_no_error (error);
  }

  /* What the export says, with its own ids. */
  first = export (store, convention, &first_length);
  node = parse (first, first_length);
  d = nth (array (json_node_get_object (node), "declarations"), 0);
  sections = array (d, "sections");
  g_assert_true (json_object_get_boolean_member (nth (sections, 1), "removed"));
  g_assert_true (json_object_get_boolean_member (nth (array (nth (sections, 0), "clauses"), 2), "removed"));
  g_assert_cmpstr (json_object_get_string_member (nth (array (nth (sections, 2), "clauses"), 1), "introduced_by"), ==,
                   "amendment-2");
  g_assert_true (json_object_get_null_member (nth (array (nth (sections, 2), "clauses"), 0), "introduced_by"));
  a4 = nth (array (d, "amendments"), 3);
  g_assert_cmpstr (json_object_get_string_member (a4, "new_clause"), ==, "clause-7");
  /* The pending clause is listed nowhere else: its identity is here, so
   * that a colleague's library (below) keeps it too. */
  {
    g_autofree char *uid = lc_store_get_uid (store, LC_TYPE_CLAUSE, pending, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (json_object_get_string_member (a4, "new_clause_uid"), ==, uid);
  }
  g_assert_true (json_object_get_null_member (a4, "city"));
  g_assert_cmpstr (json_object_get_string_member (a4, "person"), ==, "person-1");
  g_assert_true (json_object_get_null_member (a4, "incorporated_in"));
  g_assert_cmpint (json_object_get_int_member (nth (array (d, "amendments"), 5), "number"), ==, 8);
  g_assert_cmpstr (json_object_get_string_member (nth (array (d, "amendments"), 5), "clause"), ==, "clause-7");
  g_assert_false (json_object_has_member (nth (array (d, "amendments"), 0), "new_clause"));
  g_assert_cmpstr (json_object_get_string_member (nth (array (d, "versions"), 1), "published"), ==,
                   "2023-05-11T17:10:00Z");

  /* In and out again, byte for byte. */
  assert_same_elsewhere (first, first_length);

  g_object_unref (store);
  lc_test_remove_tree (dir);
}

/* A version 1 file reads as before; a "declarations" member there is
 * unknown to version 1, so ignored. */
static void
test_version_1 (void)
{
  static const char *const files[] = {
    "{\"format\": \"learning-cities-convention\", \"version\": 1, " SETTING_MEMBERS "}",
    "{\"format\": \"learning-cities-convention\", \"version\": 1, " SETTING_MEMBERS
    ", \"declarations\": [" SMALL_DECLARATION "]}",
  };
  const char *sample = g_getenv ("LC_SAMPLE");
  g_autofree char *dir = NULL;
  LcStore *store = lc_test_open_store (&dir);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *data = NULL;
      g_autoptr(JsonNode) node = NULL;
      gsize length;
      gint64 id = import (store, files[i], -1);

      g_assert_cmpint (lc_store_count (store, LC_TYPE_DECLARATION, "convention_id", id, NULL), ==, 0);
      g_assert_cmpint (lc_store_count (store, LC_TYPE_ITEM, "convention_id", id, NULL), ==, 1);
      data = export (store, id, &length);
      node = parse (data, length);
      g_assert_cmpint (json_object_get_int_member (json_node_get_object (node), "version"), ==,
                       LC_CONVENTION_FORMAT_VERSION);
      g_assert_cmpuint (json_array_get_length (array (json_node_get_object (node), "declarations")), ==, 0);
    }

  /* The sample as it was in version 1: everything but its declaration. */
  if (sample != NULL)
    {
      g_autofree char *contents = NULL, *v1 = NULL;
      g_autoptr(JsonNode) node = NULL;
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      JsonObject *root;
      gsize length;
      gint64 id;

      g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));
      node = parse (contents, length);
      root = json_node_get_object (node);
      json_object_set_int_member (root, "version", 1);
      json_object_remove_member (root, "declarations");
      json_generator_set_root (generator, node);
      v1 = json_generator_to_data (generator, &length);
      id = import (store, v1, length);
      g_assert_cmpint (lc_store_count (store, LC_TYPE_DECLARATION, "convention_id", id, NULL), ==, 0);
      g_assert_cmpint (lc_store_count (store, LC_TYPE_ITEM, "convention_id", id, NULL), ==,
                       json_array_get_length (array (root, "items")));
    }

  g_object_unref (store);
  lc_test_remove_tree (dir);
}

/* Bad declarations: each built from the small file's pieces. */
#define DECL_SECTIONS \
  "\"sections\": [{\"id\": \"s1\", \"title\": {\"en\": \"Preamble\"}, \"clauses\": [" \
  "{\"id\": \"k1\", \"text\": {\"en\": \"We meet.\"}}, {\"id\": \"k2\", \"text\": {\"en\": \"We learn.\"}}]}]"
#define DECL_VERSION(number, clauses) \
  "{\"number\": " #number ", \"label\": {\"en\": \"Draft\"}, \"published\": \"2023-05-10T11:30:00+03:00\", " \
  "\"sections\": [{\"section\": \"s1\", \"clauses\": [" clauses "]}]}"
#define V_K1 "{\"clause\": \"k1\", \"text\": {\"en\": \"We meet.\"}}"
#define V_K2 "{\"clause\": \"k2\", \"text\": {\"en\": \"We learn.\"}}"
#define AMEND(number, clause, kind, status, rest) \
  "{\"id\": \"a" #number "\", \"number\": " #number ", \"clause\": \"" clause "\", \"kind\": \"" kind "\", " \
  "\"status\": \"" status "\", \"created\": \"2023-05-10T11:50:00+03:00\"" rest "}"
#define BY_CITY ", \"city\": \"c1\", \"text\": {\"en\": \"New words.\"}"
#define DECLARATION(sections, versions, amendments) \
  "{\"id\": \"d1\", \"title\": {\"en\": \"Declaration\"}, " sections ", \"versions\": [" versions "], " \
  "\"amendments\": [" amendments "]}"
#define WITH_DECLARATIONS(list) HEAD2 SETTING_MEMBERS ", \"declarations\": [" list "]}"
#define WITH_AMENDMENTS(amendments) WITH_DECLARATIONS (DECLARATION (DECL_SECTIONS, "", amendments))
#define WITH_VERSIONS(versions) WITH_DECLARATIONS (DECLARATION (DECL_SECTIONS, versions, ""))
#define PLACE "declarations[0] (“Declaration”)."

typedef struct
{
  const char *name;
  const char *data;
  const char *expected;   /* a part of the message */
} BadFile;

static const BadFile bad_files[] = {
  { "declarations-object", HEAD2 SETTING_MEMBERS ", \"declarations\": {}}", "declarations: expected a list" },
  { "kind-unknown", WITH_AMENDMENTS (AMEND (1, "k1", "rewrite", "proposed", BY_CITY)),
    PLACE "amendments[0].kind: unknown value “rewrite” (expected one of “replace”, “insert-after”, “delete”)" },
  { "status-unknown", WITH_AMENDMENTS (AMEND (1, "k1", "replace", "adopted", BY_CITY)),
    PLACE "amendments[0].status: unknown value “adopted”" },
  { "clause-unknown", WITH_AMENDMENTS (AMEND (1, "k9", "replace", "proposed", BY_CITY)),
    PLACE "amendments[0].clause: there is no “k9” in “clauses”" },
  { "clause-missing", WITH_AMENDMENTS ("{\"number\": 1, \"kind\": \"delete\", \"city\": \"c1\"}"),
    PLACE "amendments[0].clause: required" },
  { "city-unknown", WITH_AMENDMENTS (AMEND (1, "k1", "replace", "proposed", ", \"city\": \"c9\", \"text\": {\"en\": \"x\"}")),
    PLACE "amendments[0].city: there is no “c9” in “cities”" },
  { "person-unknown", WITH_AMENDMENTS (AMEND (1, "k1", "replace", "proposed", ", \"person\": \"p9\", \"text\": {\"en\": \"x\"}")),
    PLACE "amendments[0].person: there is no “p9” in “people”" },
  { "item-unknown", WITH_AMENDMENTS (AMEND (1, "k1", "replace", "proposed", BY_CITY ", \"item\": \"i9\"")),
    PLACE "amendments[0].item: there is no “i9” in “items”" },
  { "no-proposer", WITH_AMENDMENTS (AMEND (1, "k1", "replace", "proposed", ", \"text\": {\"en\": \"x\"}")),
    PLACE "amendments[0].city: the amendment is proposed either by a city" },
  { "two-proposers", WITH_AMENDMENTS (AMEND (1, "k1", "replace", "proposed", BY_CITY ", \"person\": \"p1\"")),
    PLACE "amendments[0].person: the amendment is proposed either by a city" },
  { "text-empty", WITH_AMENDMENTS (AMEND (1, "k1", "replace", "proposed", ", \"city\": \"c1\", \"text\": {\"ar\": \" \"}")),
    PLACE "amendments[0].text: the proposed text is empty" },
  { "created-no-offset", WITH_AMENDMENTS ("{\"number\": 1, \"clause\": \"k1\", \"kind\": \"delete\", \"city\": \"c1\", "
                                          "\"status\": \"proposed\", \"created\": \"2023-05-10T11:50:00\"}"),
    PLACE "amendments[0].created: “2023-05-10T11:50:00” is not a date and time" },
  { "numbers-out-of-order", WITH_AMENDMENTS (AMEND (2, "k1", "replace", "proposed", BY_CITY) ", "
                                             AMEND (1, "k2", "replace", "proposed", BY_CITY)),
    PLACE "amendments[1].number: expected a number greater than 2" },
  { "number-zero", WITH_AMENDMENTS (AMEND (0, "k1", "replace", "proposed", BY_CITY)),
    PLACE "amendments[0].number: expected a positive whole number" },
  { "new-clause-missing", WITH_AMENDMENTS (AMEND (1, "k1", "insert-after", "proposed", BY_CITY)),
    PLACE "amendments[0].new_clause: required for an insert-after amendment" },
  { "new-clause-on-replace", WITH_AMENDMENTS (AMEND (1, "k1", "replace", "proposed", BY_CITY ", \"new_clause\": \"k8\"")),
    PLACE "amendments[0].new_clause: only an insert-after amendment adds a clause" },
  { "new-clause-taken", WITH_AMENDMENTS (AMEND (1, "k1", "insert-after", "proposed", BY_CITY ", \"new_clause\": \"k2\"")),
    PLACE "amendments[0].new_clause: “k2” is already the id of a clause" },
  /* Identities across libraries: absent is fine (older files), anything but
   * a lower-case UUID is refused at its place. */
  { "declaration-uid", WITH_DECLARATIONS ("{\"id\": \"d1\", \"uid\": \"D-1\", \"title\": {\"en\": \"Declaration\"}, "
                                          DECL_SECTIONS ", \"versions\": [], \"amendments\": []}"),
    PLACE "uid: “D-1” is not an identity" },
  { "section-uid", WITH_DECLARATIONS (DECLARATION ("\"sections\": [{\"id\": \"s1\", \"uid\": 12, "
                                                   "\"title\": {\"en\": \"Preamble\"}, \"clauses\": []}]", "", "")),
    PLACE "sections[0] (“Preamble”).uid: expected a text" },
  { "clause-uid", WITH_DECLARATIONS (DECLARATION ("\"sections\": [{\"id\": \"s1\", \"title\": {\"en\": \"Preamble\"}, "
                                                  "\"clauses\": [{\"id\": \"k1\", \"uid\": \"clause one\", "
                                                  "\"text\": {\"en\": \"We meet.\"}}]}]", "", "")),
    PLACE "sections[0] (“Preamble”).clauses[0] (“We meet.”).uid: “clause one” is not an identity" },
  { "amendment-uid", WITH_AMENDMENTS (AMEND (1, "k1", "replace", "proposed", BY_CITY ", \"uid\": \"0F8C6D2E-3B1A-4C5D-9E7F-0123456789AB\"")),
    PLACE "amendments[0].uid: “0F8C6D2E-3B1A-4C5D-9E7F-0123456789AB” is not an identity" },
  { "new-clause-uid", WITH_AMENDMENTS (AMEND (1, "k1", "insert-after", "proposed",
                                              BY_CITY ", \"new_clause\": \"k8\", \"new_clause_uid\": \"k8\"")),
    PLACE "amendments[0].new_clause_uid: “k8” is not an identity" },
  { "incorporated-proposed", WITH_DECLARATIONS (DECLARATION (DECL_SECTIONS, DECL_VERSION (1, V_K1),
                                                             AMEND (1, "k1", "replace", "proposed", BY_CITY ", \"incorporated_in\": 1"))),
    PLACE "amendments[0].incorporated_in: only an accepted amendment is part of a version, and this one is “proposed”" },
  { "incorporated-beyond", WITH_DECLARATIONS (DECLARATION (DECL_SECTIONS, DECL_VERSION (1, V_K1),
                                                           AMEND (1, "k1", "replace", "accepted", BY_CITY ", \"incorporated_in\": 3"))),
    PLACE "amendments[0].incorporated_in: expected null or the number of a version of the declaration, from 1 to 1" },
  { "incorporated-before-proposed", WITH_DECLARATIONS (DECLARATION (DECL_SECTIONS, DECL_VERSION (1, V_K1),
                                                                    AMEND (1, "k1", "replace", "accepted",
                                                                           BY_CITY ", \"against_version\": 1, \"incorporated_in\": 1"))),
    PLACE "amendments[0].incorporated_in: expected a version after against_version 1" },
  { "against-no-version", WITH_AMENDMENTS (AMEND (1, "k1", "replace", "proposed", BY_CITY ", \"against_version\": 1")),
    PLACE "amendments[0].against_version: expected null: the declaration has no published version" },
  { "version-clause-twice", WITH_VERSIONS (DECL_VERSION (1, V_K1 ", " V_K2 ", " V_K1)),
    PLACE "versions[0] (“Draft”).sections[0].clauses[2] (“We meet.”).clause: “k1” is already in this version" },
  { "version-section-twice", WITH_VERSIONS ("{\"number\": 1, \"published\": \"2023-05-10T11:30:00Z\", \"sections\": ["
                                            "{\"section\": \"s1\"}, {\"section\": \"s1\"}]}"),
    PLACE "versions[0].sections[1].section: “s1” is already in this version" },
  { "version-number-gap", WITH_VERSIONS (DECL_VERSION (2, V_K1)),
    PLACE "versions[0] (“Draft”).number: expected 1: versions are numbered 1, 2, … in the order they are listed" },
  { "version-clause-unknown", WITH_VERSIONS (DECL_VERSION (1, "{\"clause\": \"k9\"}")),
    PLACE "versions[0] (“Draft”).sections[0].clauses[0].clause: there is no “k9” in “clauses”" },
  { "version-published-bad", WITH_VERSIONS ("{\"number\": 1, \"label\": {\"en\": \"Draft\"}, \"published\": \"yesterday\"}"),
    PLACE "versions[0] (“Draft”).published: “yesterday” is not a date and time" },
  { "version-clause-of-other-declaration",
    WITH_DECLARATIONS (DECLARATION (DECL_SECTIONS, "", "") ", "
                       "{\"title\": {\"en\": \"Other\"}, \"sections\": [{\"id\": \"s2\", \"clauses\": [{\"id\": \"k3\"}]}], "
                       "\"versions\": [{\"number\": 1, \"published\": \"2023-05-10T11:30:00Z\", \"sections\": ["
                       "{\"section\": \"s2\", \"clauses\": [{\"clause\": \"k1\"}]}]}]}"),
    "declarations[1] (“Other”).versions[0].sections[0].clauses[0].clause: “k1” is a clause of another declaration" },
  { "version-section-of-other-declaration",
    WITH_DECLARATIONS (DECLARATION (DECL_SECTIONS, "", "") ", "
                       "{\"title\": {\"en\": \"Other\"}, \"versions\": [{\"number\": 1, \"published\": \"2023-05-10T11:30:00Z\", "
                       "\"sections\": [{\"section\": \"s1\"}]}]}"),
    "declarations[1] (“Other”).versions[0].sections[0].section: “s1” is a section of another declaration" },
  { "amendment-clause-of-other-declaration",
    WITH_DECLARATIONS (DECLARATION (DECL_SECTIONS, "", "") ", "
                       "{\"title\": {\"en\": \"Other\"}, \"amendments\": [" AMEND (1, "k1", "delete", "proposed", ", \"city\": \"c1\"") "]}"),
    "declarations[1] (“Other”).amendments[0].clause: “k1” is a clause of another declaration" },
  { "clause-id-twice", WITH_DECLARATIONS (DECLARATION (DECL_SECTIONS, "", "") ", "
                                          "{\"sections\": [{\"clauses\": [{\"id\": \"k2\"}]}]}"),
    "declarations[1].sections[0].clauses[0].id: “k2” is already the id of another entry of “clauses”" },
  { "section-id-twice", WITH_DECLARATIONS (DECLARATION ("\"sections\": [{\"id\": \"s1\"}, {\"id\": \"s1\"}]", "", "")),
    PLACE "sections[1].id: “s1” is already the id of another entry of “sections”" },
  { "introduced-by-unknown",
    WITH_DECLARATIONS (DECLARATION ("\"sections\": [{\"id\": \"s1\", \"clauses\": [{\"id\": \"k1\", \"introduced_by\": \"a9\"}]}]", "", "")),
    PLACE "sections[0].clauses[0].introduced_by: there is no “a9” in “amendments”" },
  { "introduced-by-not-insertion",
    WITH_DECLARATIONS (DECLARATION ("\"sections\": [{\"id\": \"s1\", \"clauses\": [{\"id\": \"k1\"}, {\"id\": \"k2\", \"introduced_by\": \"a1\"}]}]",
                                    "", AMEND (1, "k1", "delete", "proposed", ", \"city\": \"c1\""))),
    PLACE "sections[0].clauses[1].introduced_by: “a1” is not an insert-after amendment in a version" },
  { "incorporated-new-clause-not-introduced",
    WITH_DECLARATIONS (DECLARATION (DECL_SECTIONS, DECL_VERSION (1, V_K1) ", " DECL_VERSION (2, V_K1 ", " V_K2),
                                    AMEND (1, "k1", "insert-after", "accepted",
                                           BY_CITY ", \"new_clause\": \"k2\", \"against_version\": 1, \"incorporated_in\": 2"))),
    PLACE "amendments[0].new_clause: the clause an amendment in a version added is listed" },
  { "target-added-later",
    WITH_DECLARATIONS (DECLARATION ("\"sections\": [{\"id\": \"s1\", \"clauses\": [{\"id\": \"k1\"}, "
                                    "{\"id\": \"k2\", \"introduced_by\": \"a2\"}]}]",
                                    DECL_VERSION (1, V_K1) ", " DECL_VERSION (2, V_K1 ", " V_K2),
                                    AMEND (1, "k2", "delete", "proposed", ", \"city\": \"c1\"") ", "
                                    AMEND (2, "k1", "insert-after", "accepted",
                                           BY_CITY ", \"new_clause\": \"k2\", \"against_version\": 1, \"incorporated_in\": 2"))),
    PLACE "amendments[0].clause: “k2” is the clause amendment “a2” added, which is not listed before this one" },
  /* Found only once the records are in: the working text. */
  { "accepted-does-not-apply",
    WITH_AMENDMENTS (AMEND (1, "k1", "delete", "accepted", ", \"city\": \"c1\"") ", "
                     AMEND (2, "k1", "replace", "accepted", BY_CITY)),
    PLACE "amendments[1].clause: the amendment is accepted, but its clause is not in the working text" },
  { "accepted-in-removed-section",
    WITH_DECLARATIONS (DECLARATION ("\"sections\": [{\"id\": \"s1\", \"removed\": true, \"clauses\": [{\"id\": \"k1\"}]}]", "",
                                    AMEND (1, "k1", "replace", "accepted", BY_CITY))),
    PLACE "amendments[0].clause: the amendment is accepted, but its clause is not in the working text" },
};

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *dir = NULL, *before = NULL, *after = NULL;
  g_autofree char *kept_before = NULL, *kept_after = NULL;
  g_autoptr(GError) error = NULL;
  LcStore *store = lc_test_open_store (&dir);
  gsize kept_length, kept_after_length;
  gint64 kept, id;

  /* A library with a declaration already, which must not change. */
  kept = import (store, SMALL, -1);
  kept_before = export (store, kept, &kept_length);
  before = library_counts (store);

  id = lc_convention_import_data (store, bad->data, strlen (bad->data), "case.json", &error);
  g_assert_cmpint (id, ==, 0);
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "case.json: "));
  if (strstr (error->message, bad->expected) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, bad->expected);

  after = library_counts (store);
  g_assert_cmpstr (before, ==, after);
  kept_after = export (store, kept, &kept_after_length);
  g_assert_cmpmem (kept_before, kept_length, kept_after, kept_after_length);

  g_object_unref (store);
  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/declaration-io/sample", test_sample);
  g_test_add_func ("/declaration-io/small", test_small);
  g_test_add_func ("/declaration-io/version-1", test_version_1);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/declaration-io/bad/%s", bad_files[i].name);

      g_test_add_data_func (path, &bad_files[i], test_bad_file);
    }

  return g_test_run ();
}
