/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "lc-convention-io.h"
#include "lc-declaration.h"
#include "lc-error.h"
#include "lc-store.h"
#include "lc-organisation.h"
#include "lc-test-util.h"

/* Tests of the convention file: the sample is imported and exported, every
 * kind of bad file is refused without touching the library. Expected figures
 * are computed from the sample itself, so editing it does not break them.
 * One program of some 1,300 lines on purpose: a third is the table of bad
 * files (each with the message a person must get), another the JSON readers
 * that compare the file with the library field by field, and every case uses
 * the same temporary library; split, the halves would share all of it. */

/* Every table a convention file fills (declarations since version 2). */
#define N_RECORD_TYPES 14

static const GType *
record_types (guint *n)
{
  static GType types[N_RECORD_TYPES];

  types[0] = LC_TYPE_CONVENTION;
  types[1] = LC_TYPE_ROOM;
  types[2] = LC_TYPE_CITY;
  types[3] = LC_TYPE_PERSON;
  types[4] = LC_TYPE_ITEM;
  types[5] = LC_TYPE_PARTICIPATION;
  types[6] = LC_TYPE_DECLARATION;
  types[7] = LC_TYPE_DECLARATION_SECTION;
  types[8] = LC_TYPE_CLAUSE;
  types[9] = LC_TYPE_AMENDMENT;
  types[10] = LC_TYPE_DECLARATION_VERSION;
  types[11] = LC_TYPE_VERSION_SECTION;
  types[12] = LC_TYPE_VERSION_CLAUSE;
  types[13] = LC_TYPE_ORGANISATION;
  *n = G_N_ELEMENTS (types);
  return types;
}

typedef struct
{
  char    *dir;
  LcStore *store;
} TestLibrary;

static void
library_open (TestLibrary *lib)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  lib->dir = g_dir_make_tmp ("lc-test-io-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (lib->dir, "library.db", NULL);
  lib->store = lc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lib->store);
}

static void
library_close (TestLibrary *lib)
{
  g_clear_object (&lib->store);
  lc_test_remove_tree (lib->dir);
  g_clear_pointer (&lib->dir, g_free);
}

/* Rows of every table of the library. */
static void
count_rows (LcStore *store,
            gint64  *counts)
{
  guint n;
  const GType *types = record_types (&n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;

      counts[i] = lc_store_count (store, types[i], NULL, 0, &error);
      g_assert_no_error (error);
    }
}

static void
assert_counts_equal (const gint64 *before,
                     const gint64 *after)
{
  guint n;

  record_types (&n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (before[i], ==, after[i]);
}

static const char *
sample_path (void)
{
  const char *path = g_getenv ("LC_SAMPLE");

  if (path == NULL || !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("LC_SAMPLE does not name the sample convention");
      return NULL;
    }

  return path;
}

static JsonNode *
parse_json (const char *data,
            gssize      length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, data, length, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_node_copy (json_parser_get_root (parser));
}

static JsonNode *
parse_json_file (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return parse_json (contents, length);
}

static JsonArray *
array_of (JsonObject *object,
          const char *member)
{
  static JsonArray *empty;

  if (empty == NULL)
    empty = json_array_new ();
  if (!json_object_has_member (object, member))
    return empty;

  return json_object_get_array_member (object, member);
}

static JsonObject *
element (JsonArray *array,
         guint      index)
{
  return json_array_get_object_element (array, index);
}

/* A text of a bilingual member, "" when absent. */
static const char *
text_of (JsonObject *object,
         const char *member,
         const char *language)
{
  JsonObject *pair;

  if (!json_object_has_member (object, member))
    return "";
  pair = json_object_get_object_member (object, member);

  return json_object_has_member (pair, language) ? json_object_get_string_member (pair, language) : "";
}

/* A string or null member: NULL for null or absent. */
static const char *
nullable_string (JsonObject *object,
                 const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node == NULL || JSON_NODE_HOLDS_NULL (node) ? NULL : json_node_get_string (node);
}

static gint64
nullable_int (JsonObject *object,
              const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node == NULL || JSON_NODE_HOLDS_NULL (node) ? 0 : json_node_get_int (node);
}

static gboolean
boolean_of (JsonObject *object,
            const char *member)
{
  return json_object_has_member (object, member) && json_object_get_boolean_member (object, member);
}

static guint
sdg_bits (JsonObject *city)
{
  JsonArray *sdgs = array_of (city, "sdgs");
  guint bits = 0;

  for (guint i = 0; i < json_array_get_length (sdgs); i++)
    bits |= 1u << json_array_get_int_element (sdgs, i);

  return bits;
}

/* File-local id → 1 + index in @array. */
static GHashTable *
index_ids (JsonArray *array)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (array); i++)
    if (json_object_has_member (element (array, i), "id"))
      g_hash_table_insert (ids, (gpointer) json_object_get_string_member (element (array, i), "id"),
                           GUINT_TO_POINTER (i + 1));

  return ids;
}

/* The index of the entry a reference names, -1 for null. */
static int
ref_index (GHashTable *ids,
           JsonObject *object,
           const char *member)
{
  const char *id = nullable_string (object, member);

  if (id == NULL)
    return -1;
  g_assert_true (g_hash_table_contains (ids, id));

  return GPOINTER_TO_INT (g_hash_table_lookup (ids, id)) - 1;
}

static guint
n_participants (JsonObject *root)
{
  JsonArray *items = array_of (root, "items");
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (items); i++)
    n += json_array_get_length (array_of (element (items, i), "participants"));

  return n;
}

static LcRecord *
find_by_text (LcStore    *store,
              GType       type,
              gint64      convention,
              const char *property,
              const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = lc_store_list (store, type, "convention_id", convention, &error);
  LcRecord *found = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(LcRecord) record = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_str_equal (lc_record_get_string (record, property), value))
        {
          g_assert_null (found);   /* the value must name one record */
          found = g_object_ref (record);
        }
    }
  g_assert_nonnull (found);

  return found;
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
  g_assert_cmpuint (strlen (data), ==, *length);

  return data;
}

static gint64
import_sample (LcStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 id = lc_convention_import_file (store, g_getenv ("LC_SAMPLE"), &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

static void
test_import_sample (void)
{
  const char *path = sample_path ();
  g_autoptr(JsonNode) sample = NULL;
  g_autoptr(LcRecord) convention = NULL;
  g_autoptr(GHashTable) person_uses = NULL;
  g_autoptr(GError) error = NULL;
  TestLibrary lib;
  JsonObject *root, *busiest = NULL, *online_item = NULL, *online_participant = NULL;
  JsonArray *items, *people, *cities;
  guint busiest_uses = 0, n_amendments = 0, n_versions = 0;
  gint64 id;

  if (path == NULL)
    return;

  sample = parse_json_file (path);
  root = json_node_get_object (sample);
  items = array_of (root, "items");
  people = array_of (root, "people");
  cities = array_of (root, "cities");

  library_open (&lib);
  id = import_sample (lib.store);

  /* Counts, from the file itself. */
  g_assert_cmpint (lc_store_count (lib.store, LC_TYPE_CONVENTION, NULL, 0, NULL), ==, 1);
  g_assert_cmpint (lc_store_count (lib.store, LC_TYPE_ROOM, "convention_id", id, NULL), ==,
                   json_array_get_length (array_of (root, "rooms")));
  g_assert_cmpint (lc_store_count (lib.store, LC_TYPE_CITY, "convention_id", id, NULL), ==,
                   json_array_get_length (cities));
  g_assert_cmpint (lc_store_count (lib.store, LC_TYPE_PERSON, "convention_id", id, NULL), ==,
                   json_array_get_length (people));
  g_assert_cmpint (lc_store_count (lib.store, LC_TYPE_ITEM, "convention_id", id, NULL), ==,
                   json_array_get_length (items));
  g_assert_cmpint (lc_store_count (lib.store, LC_TYPE_PARTICIPATION, NULL, 0, NULL), ==,
                   n_participants (root));
  g_assert_cmpuint (json_array_get_length (items), >, 0);
  g_assert_cmpint (lc_store_count (lib.store, LC_TYPE_DECLARATION, "convention_id", id, NULL), ==,
                   json_array_get_length (array_of (root, "declarations")));
  for (guint i = 0; i < json_array_get_length (array_of (root, "declarations")); i++)
    {
      JsonObject *declaration = element (array_of (root, "declarations"), i);

      n_amendments += json_array_get_length (array_of (declaration, "amendments"));
      n_versions += json_array_get_length (array_of (declaration, "versions"));
    }
  g_assert_cmpint (lc_store_count (lib.store, LC_TYPE_AMENDMENT, NULL, 0, NULL), ==, n_amendments);
  g_assert_cmpint (lc_store_count (lib.store, LC_TYPE_DECLARATION_VERSION, NULL, 0, NULL), ==, n_versions);

  /* Real values of the sample. */
  convention = lc_store_get (lib.store, LC_TYPE_CONVENTION, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lc_record_get_string (convention, "title-en"), ==,
                   "First Regional Convention for Learning Cities");
  g_assert_cmpstr (lc_record_get_string (convention, "title-ar"), ==,
                   "الملتقى الإقليمي الأول لمدن التعلم");
  g_assert_cmpstr (lc_record_get_string (convention, "start-date"), ==, "2023-05-10");
  g_assert_cmpstr (lc_record_get_string (convention, "end-date"), ==, "2023-05-11");
  g_assert_cmpstr (lc_record_get_string (convention, "time-zone"), ==, "Asia/Riyadh");

  /* The person of the most items is one record, in all of them. */
  person_uses = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonArray *participants = array_of (element (items, i), "participants");

      for (guint p = 0; p < json_array_get_length (participants); p++)
        {
          JsonObject *participant = element (participants, p);
          const char *person = json_object_get_string_member (participant, "person");
          guint uses = GPOINTER_TO_UINT (g_hash_table_lookup (person_uses, person)) + 1;

          g_hash_table_insert (person_uses, (gpointer) person, GUINT_TO_POINTER (uses));
          if (g_strcmp0 (nullable_string (participant, "attendance"), "online") == 0 && online_item == NULL)
            {
              online_item = element (items, i);
              online_participant = participant;
            }
        }
    }
  for (guint i = 0; i < json_array_get_length (people); i++)
    {
      const char *person = json_object_get_string_member (element (people, i), "id");
      guint uses = GPOINTER_TO_UINT (g_hash_table_lookup (person_uses, person));

      if (uses > busiest_uses)
        {
          busiest_uses = uses;
          busiest = element (people, i);
        }
    }
  g_assert_cmpuint (busiest_uses, >=, 2);
  {
    g_autoptr(LcRecord) person = find_by_text (lib.store, LC_TYPE_PERSON, id, "name-en",
                                               text_of (busiest, "name", "en"));

    g_assert_cmpstr (lc_record_get_string (person, "name-ar"), ==, text_of (busiest, "name", "ar"));
    g_assert_cmpint (lc_store_count (lib.store, LC_TYPE_PARTICIPATION, "person_id",
                                     lc_record_get_id (person), NULL), ==, busiest_uses);
  }

  /* An online participation is online. */
  g_assert_nonnull (online_item);
  {
    g_autoptr(LcRecord) item = find_by_text (lib.store, LC_TYPE_ITEM, id, "title-en",
                                             text_of (online_item, "title", "en"));
    g_autoptr(GListStore) participations = lc_store_list (lib.store, LC_TYPE_PARTICIPATION, "item_id",
                                                          lc_record_get_id (item), &error);
    const char *person_id = json_object_get_string_member (online_participant, "person");
    JsonObject *person_json = NULL;
    gboolean seen = FALSE;

    g_assert_no_error (error);
    for (guint i = 0; i < json_array_get_length (people); i++)
      if (g_str_equal (json_object_get_string_member (element (people, i), "id"), person_id))
        person_json = element (people, i);
    g_assert_nonnull (person_json);

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (participations)); i++)
      {
        g_autoptr(LcRecord) participation = g_list_model_get_item (G_LIST_MODEL (participations), i);
        g_autoptr(LcRecord) person = lc_store_get (lib.store, LC_TYPE_PERSON,
                                                   lc_record_get_int (participation, "person-id"),
                                                   &error);

        g_assert_no_error (error);
        if (g_str_equal (lc_record_get_string (person, "name-en"), text_of (person_json, "name", "en")))
          {
            g_assert_cmpint (lc_record_get_int (participation, "attendance"), ==, LC_ATTENDANCE_ONLINE);
            seen = TRUE;
          }
      }
    g_assert_true (seen);
  }

  /* Every city's fields, found by its English name. */
  for (guint i = 0; i < json_array_get_length (cities); i++)
    {
      JsonObject *c = element (cities, i);
      g_autoptr(LcRecord) city = find_by_text (lib.store, LC_TYPE_CITY, id, "name-en",
                                               text_of (c, "name", "en"));
      const char *attendance = nullable_string (c, "attendance");
      int expected = LC_ATTENDANCE_UNSET;

      if (attendance != NULL)
        g_assert_true (lc_enum_from_nick (LC_TYPE_ATTENDANCE, attendance, &expected));
      g_assert_cmpstr (lc_record_get_string (city, "country"), ==,
                       json_object_get_string_member (c, "country"));
      g_assert_cmpint (lc_record_get_int (city, "year-joined"), ==, nullable_int (c, "year_joined"));
      g_assert_cmpint (lc_record_get_int (city, "sdgs"), ==, sdg_bits (c));
      g_assert_cmpint (lc_record_get_int (city, "attendance"), ==, expected);
      g_assert_cmpint (lc_record_get_int (city, "candidate"), ==, boolean_of (c, "candidate"));
      g_assert_cmpint (lc_record_get_int (city, "arab-region"), ==, boolean_of (c, "arab_region"));
    }

  library_close (&lib);
}

#define UID_PATTERN "\"uid\" : \"([0-9a-f-]{36})\""

/* The file's text with every uid's value emptied. */
static char *
without_uids (const char *data)
{
  g_autoptr(GRegex) regex = g_regex_new (UID_PATTERN, 0, 0, NULL);

  return g_regex_replace_literal (regex, data, -1, 0, "\"uid\" : \"\"", 0, NULL);
}

/* The file's uids → the number of times each is there. */
static GHashTable *
uids_of (const char *data)
{
  g_autoptr(GRegex) regex = g_regex_new (UID_PATTERN, 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GHashTable *uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_regex_match (regex, data, 0, &match);
  while (g_match_info_matches (match))
    {
      char *uid = g_match_info_fetch (match, 1);

      g_hash_table_insert (uids, uid, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (uids, uid)) + 1));
      g_match_info_next (match, NULL);
    }

  return uids;
}

static void
test_round_trip (void)
{
  g_autofree char *first = NULL, *second = NULL, *third = NULL, *again = NULL;
  gsize first_length, second_length, third_length, again_length;
  g_autoptr(GError) error = NULL;
  TestLibrary one, two;
  gint64 id, copy, copy_in_one;

  if (sample_path () == NULL)
    return;

  library_open (&one);
  library_open (&two);

  id = import_sample (one.store);
  first = export (one.store, id, &first_length);
  again = export (one.store, id, &again_length);
  g_assert_cmpmem (first, first_length, again, again_length);

  copy = lc_convention_import_data (two.store, first, first_length, "first.json", &error);
  g_assert_no_error (error);
  second = export (two.store, copy, &second_length);
  g_assert_cmpmem (first, first_length, second, second_length);

  /* Also beside the original, whose ids differ from the copy's: the same
   * file but for the identities, each the copy's own, since two records of
   * one library never share one. */
  copy_in_one = lc_convention_import_data (one.store, first, first_length, "first.json", &error);
  g_assert_no_error (error);
  g_assert_cmpint (copy_in_one, !=, id);
  third = export (one.store, copy_in_one, &third_length);
  {
    g_autofree char *first_bare = without_uids (first);
    g_autofree char *third_bare = without_uids (third);
    g_autoptr(GHashTable) first_uids = uids_of (first);
    g_autoptr(GHashTable) third_uids = uids_of (third);
    GHashTableIter iter;
    gpointer uid, count;

    g_assert_cmpstr (first_bare, ==, third_bare);
    /* The sample has well over a hundred records, each with its own uid. */
    g_assert_cmpuint (g_hash_table_size (first_uids), >, 100);
    g_assert_cmpuint (g_hash_table_size (third_uids), ==, g_hash_table_size (first_uids));
    g_hash_table_iter_init (&iter, third_uids);
    while (g_hash_table_iter_next (&iter, &uid, &count))
      {
        g_assert_cmpuint (GPOINTER_TO_UINT (count), ==, 1);
        g_assert_false (g_hash_table_contains (first_uids, uid));
      }
  }

  library_close (&one);
  library_close (&two);
}

typedef struct
{
  JsonObject *object;
  guint       index;
} Entry;

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Entry *ea = a, *eb = b;
  static const char *const keys[] = { "day", "start", "end" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      int c = strcmp (json_object_get_string_member (ea->object, keys[i]),
                      json_object_get_string_member (eb->object, keys[i]));
      if (c != 0)
        return c;
    }

  return (ea->index > eb->index) - (ea->index < eb->index);
}

static void
assert_texts_equal (JsonObject *a,
                    JsonObject *b,
                    const char *member)
{
  g_assert_cmpstr (text_of (a, member, "ar"), ==, text_of (b, member, "ar"));
  g_assert_cmpstr (text_of (a, member, "en"), ==, text_of (b, member, "en"));
}

/* The export says everything the sample says: entries in the same order
 * (items by time), references to the same entries. */
static void
test_export_preserves_sample (void)
{
  const char *path = sample_path ();
  g_autoptr(JsonNode) sample = NULL, exported = NULL;
  g_autoptr(GHashTable) s_rooms = NULL, s_cities = NULL, s_people = NULL;
  g_autoptr(GHashTable) e_rooms = NULL, e_cities = NULL, e_people = NULL;
  g_autoptr(GArray) sorted = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_autofree char *data = NULL;
  static const char *const convention_texts[] = { "title", "slogan", "venue" };
  static const char *const person_texts[] = { "name", "honorific", "position", "organisation" };
  JsonObject *s, *e, *sc, *ec;
  JsonArray *sa, *ea;
  TestLibrary lib;
  gsize length;

  if (path == NULL)
    return;

  library_open (&lib);
  data = export (lib.store, import_sample (lib.store), &length);
  exported = parse_json (data, length);
  sample = parse_json_file (path);
  s = json_node_get_object (sample);
  e = json_node_get_object (exported);

  g_assert_cmpstr (json_object_get_string_member (e, "format"), ==, LC_CONVENTION_FORMAT);
  g_assert_cmpint (json_object_get_int_member (e, "version"), ==, LC_CONVENTION_FORMAT_VERSION);
  g_assert_true (json_object_has_member (s, "comment"));
  g_assert_false (json_object_has_member (e, "comment"));

  sc = json_object_get_object_member (s, "convention");
  ec = json_object_get_object_member (e, "convention");
  for (guint i = 0; i < G_N_ELEMENTS (convention_texts); i++)
    assert_texts_equal (sc, ec, convention_texts[i]);
  /* The sample's free-text host and organisers (version 2) are the
   * export's first organisations, in both languages, never split. */
  g_assert_cmpuint (json_array_get_length (array_of (e, "organisations")), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonObject *o = element (array_of (e, "organisations"), i);
      const char *field = i == 0 ? "host" : "organisers";

      g_assert_cmpstr (json_object_get_string_member (o, "role"), ==, i == 0 ? "host" : "organiser");
      g_assert_cmpstr (text_of (o, "name", "ar"), ==, text_of (sc, field, "ar"));
      g_assert_cmpstr (text_of (o, "name", "en"), ==, text_of (sc, field, "en"));
    }
  g_assert_cmpstr (json_object_get_string_member (sc, "start_date"), ==,
                   json_object_get_string_member (ec, "start_date"));
  g_assert_cmpstr (json_object_get_string_member (sc, "end_date"), ==,
                   json_object_get_string_member (ec, "end_date"));
  g_assert_cmpstr (json_object_get_string_member (sc, "time_zone"), ==,
                   json_object_get_string_member (ec, "time_zone"));

  s_rooms = index_ids (array_of (s, "rooms"));
  e_rooms = index_ids (array_of (e, "rooms"));
  s_cities = index_ids (array_of (s, "cities"));
  e_cities = index_ids (array_of (e, "cities"));
  s_people = index_ids (array_of (s, "people"));
  e_people = index_ids (array_of (e, "people"));

  sa = array_of (s, "rooms");
  ea = array_of (e, "rooms");
  g_assert_cmpuint (json_array_get_length (sa), ==, json_array_get_length (ea));
  for (guint i = 0; i < json_array_get_length (sa); i++)
    {
      g_autofree char *local = g_strdup_printf ("room-%u", i + 1);

      g_assert_cmpstr (json_object_get_string_member (element (ea, i), "id"), ==, local);
      assert_texts_equal (element (sa, i), element (ea, i), "name");
    }

  sa = array_of (s, "cities");
  ea = array_of (e, "cities");
  g_assert_cmpuint (json_array_get_length (sa), ==, json_array_get_length (ea));
  for (guint i = 0; i < json_array_get_length (sa); i++)
    {
      JsonObject *a = element (sa, i), *b = element (ea, i);
      g_autofree char *local = g_strdup_printf ("city-%u", i + 1);

      g_assert_cmpstr (json_object_get_string_member (b, "id"), ==, local);
      assert_texts_equal (a, b, "name");
      assert_texts_equal (a, b, "trait");
      assert_texts_equal (a, b, "representative");
      g_assert_cmpstr (json_object_get_string_member (a, "country"), ==,
                       json_object_get_string_member (b, "country"));
      g_assert_cmpint (boolean_of (a, "arab_region"), ==, boolean_of (b, "arab_region"));
      g_assert_cmpint (boolean_of (a, "candidate"), ==, boolean_of (b, "candidate"));
      g_assert_cmpint (nullable_int (a, "year_joined"), ==, nullable_int (b, "year_joined"));
      g_assert_cmpuint (sdg_bits (a), ==, sdg_bits (b));
      g_assert_cmpstr (nullable_string (a, "attendance"), ==, nullable_string (b, "attendance"));
    }

  sa = array_of (s, "people");
  ea = array_of (e, "people");
  g_assert_cmpuint (json_array_get_length (sa), ==, json_array_get_length (ea));
  for (guint i = 0; i < json_array_get_length (sa); i++)
    {
      JsonObject *a = element (sa, i), *b = element (ea, i);

      for (guint t = 0; t < G_N_ELEMENTS (person_texts); t++)
        assert_texts_equal (a, b, person_texts[t]);
      g_assert_cmpint (ref_index (s_cities, a, "city"), ==, ref_index (e_cities, b, "city"));
      g_assert_cmpstr (json_object_get_string_member (a, "attendance"), ==,
                       json_object_get_string_member (b, "attendance"));
    }

  /* Items come out in time order; equal times keep the file's order. */
  sa = array_of (s, "items");
  ea = array_of (e, "items");
  g_assert_cmpuint (json_array_get_length (sa), ==, json_array_get_length (ea));
  for (guint i = 0; i < json_array_get_length (sa); i++)
    {
      Entry entry = { element (sa, i), i };

      g_array_append_val (sorted, entry);
    }
  g_array_sort (sorted, compare_items);
  for (guint i = 0; i < sorted->len; i++)
    {
      JsonObject *a = g_array_index (sorted, Entry, i).object, *b = element (ea, i);
      JsonArray *pa = array_of (a, "participants"), *pb = array_of (b, "participants");
      g_autofree char *local = g_strdup_printf ("item-%u", i + 1);

      g_assert_cmpstr (json_object_get_string_member (b, "id"), ==, local);
      assert_texts_equal (a, b, "title");
      assert_texts_equal (a, b, "description");
      g_assert_cmpstr (json_object_get_string_member (a, "kind"), ==, json_object_get_string_member (b, "kind"));
      g_assert_cmpint (nullable_int (a, "number"), ==, nullable_int (b, "number"));
      g_assert_cmpstr (json_object_get_string_member (a, "day"), ==, json_object_get_string_member (b, "day"));
      g_assert_cmpstr (json_object_get_string_member (a, "start"), ==, json_object_get_string_member (b, "start"));
      g_assert_cmpstr (json_object_get_string_member (a, "end"), ==, json_object_get_string_member (b, "end"));
      g_assert_cmpint (ref_index (s_rooms, a, "room"), ==, ref_index (e_rooms, b, "room"));
      g_assert_true (json_object_has_member (b, "room"));

      g_assert_cmpuint (json_array_get_length (pa), ==, json_array_get_length (pb));
      for (guint p = 0; p < json_array_get_length (pa); p++)
        {
          JsonObject *x = element (pa, p), *y = element (pb, p);

          g_assert_cmpint (ref_index (s_people, x, "person"), ==, ref_index (e_people, y, "person"));
          g_assert_cmpstr (json_object_get_string_member (x, "role"), ==,
                           json_object_get_string_member (y, "role"));
          g_assert_cmpstr (nullable_string (x, "attendance"), ==, nullable_string (y, "attendance"));
          g_assert_true (json_object_has_member (y, "attendance"));
        }
    }

  library_close (&lib);
}

/* Walks the export: every bilingual object has both languages, and every
 * member the format lists is there, with null where there is no value. */
static void
assert_complete (JsonNode *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        assert_complete (json_array_get_element (array, i));
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      if (json_object_has_member (object, "ar") || json_object_has_member (object, "en"))
        {
          g_assert_cmpuint (json_object_get_size (object), ==, 2);
          g_assert_true (json_object_has_member (object, "ar"));
          g_assert_true (json_object_has_member (object, "en"));
        }
      for (GList *l = members; l != NULL; l = l->next)
        assert_complete (json_object_get_member (object, l->data));
    }
}

static void
assert_members (JsonObject         *object,
                const char *const  *expected)
{
  g_autoptr(GList) members = json_object_get_members (object);
  guint i = 0;

  /* In the order of the format's documentation. */
  for (GList *l = members; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, expected[i]);
  g_assert_null (expected[i]);
}

#define HEAD "{\"format\": \"learning-cities-convention\", \"version\": 1, "
#define HEAD3 "{\"format\": \"learning-cities-convention\", \"version\": 3, "
#define CONVENTION \
  "\"convention\": {\"title\": {\"en\": \"Convention\"}, \"start_date\": \"2023-05-10\", " \
  "\"end_date\": \"2023-05-11\", \"time_zone\": \"Asia/Riyadh\"}"
#define ROOMS "\"rooms\": [{\"id\": \"r1\", \"name\": {\"en\": \"Hall\"}}]"
#define CITIES "\"cities\": [{\"id\": \"c1\", \"name\": {\"en\": \"Yanbu\"}}]"
#define PEOPLE "\"people\": [{\"id\": \"p1\", \"name\": {\"en\": \"Ann\"}, \"city\": \"c1\"}]"
#define HEAD3 "{\"format\": \"learning-cities-convention\", \"version\": 3, "
#define ORGANISATION(member) \
  "\"organisations\": [{\"id\": \"o1\", \"name\": {\"en\": \"UIL\"}, \"role\": \"partner\", " member "}]"
#define SETTING HEAD CONVENTION ", " ROOMS ", " CITIES ", " PEOPLE
/* The members of an item with its kind, number, day, start and end. */
#define ITEM_MEMBERS(kind, number, day, start, end) \
  "\"title\": {\"en\": \"Session 1\"}, \"kind\": " kind ", \"number\": " number \
  ", \"day\": " day ", \"start\": " start ", \"end\": " end ", \"room\": \"r1\", " \
  "\"participants\": [{\"person\": \"p1\", \"role\": \"speaker\"}]"
#define ITEM(kind, number, day, start, end) "{" ITEM_MEMBERS (kind, number, day, start, end) "}"
#define GOOD_ITEM "{\"id\": \"i1\", " ITEM_MEMBERS ("\"session\"", "1", "\"2023-05-10\"", "\"09:00\"", "\"10:00\"") "}"
#define GOOD SETTING ", \"items\": [" GOOD_ITEM "]}"

/* A small file with every member and the values seldom seen in the sample. */
#define SMALL HEAD CONVENTION ", " ROOMS ", \"cities\": [{\"id\": \"c0\", \"name\": {\"en\": \"Cork\"}}, " \
  "{\"id\": \"c1\", \"name\": {\"ar\": \"ينبع\"}, " \
  "\"country\": \"\", \"arab_region\": true, \"year_joined\": 2020, \"candidate\": true, " \
  "\"sdgs\": [17, 4, 1], \"attendance\": \"absent\", \"unknown member\": [1, {}]}], " \
  "\"people\": [{\"id\": \"p1\", \"name\": {\"en\": \"Ann\"}, \"city\": null, \"attendance\": \"online\"}, " \
  "{\"id\": \"p2\", \"city\": \"c1\"}], \"items\": [" \
  "{\"kind\": \"closing\", \"day\": \"2023-05-11\", \"start\": \"23:00\", \"end\": \"24:00\", " \
  "\"participants\": [{\"person\": \"p2\", \"role\": \"presenter\", \"attendance\": \"in-person\"}, " \
  "{\"person\": \"p1\", \"role\": \"moderator\", \"attendance\": null}, " \
  "{\"person\": \"p1\", \"role\": \"speaker\"}]}, " GOOD_ITEM "]}"

static void
test_small_file (void)
{
  static const char *const top[] = { "format", "version", "convention", "organisations", "rooms", "tracks", "places",
                                     "cities", "people", "items", "declarations", "report", NULL };
  static const char *const convention[] = { "uid", "title", "slogan", "venue",
                                            "start_date", "end_date", "time_zone", NULL };
  static const char *const city[] = { "id", "uid", "name", "country", "arab_region", "year_joined",
                                      "candidate", "trait", "sdgs", "attendance", "representative",
                                      NULL };
  static const char *const person[] = { "id", "uid", "name", "honorific", "position", "organisation",
                                        "city", "organisation_id", "attendance", "email", "phone", "bio",
                                        "language", "photo", "category", "represents", "status",
                                        "status_history", NULL };
  static const char *const item[] = { "id", "uid", "kind", "number", "title", "description", "day",
                                      "start", "end", "room", "track", "place", "online_url", "expected_attendance",
                                      "participants", "attended_by", NULL };
  static const char *const participant[] = { "uid", "person", "role", "attendance", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *data = NULL, *data2 = NULL;
  JsonObject *root, *closing, *c, *p1, *p2;
  JsonArray *sdgs, *participants;
  TestLibrary lib, lib2;
  gsize length, length2;
  gint64 id;

  library_open (&lib);
  id = lc_convention_import_data (lib.store, SMALL, strlen (SMALL), "small.json", &error);
  g_assert_no_error (error);
  data = export (lib.store, id, &length);
  g_assert_true (g_str_has_suffix (data, "}\n"));

  node = parse_json (data, length);
  assert_complete (node);
  root = json_node_get_object (node);
  assert_members (root, top);
  assert_members (json_object_get_object_member (root, "convention"), convention);
  g_assert_cmpstr (text_of (json_object_get_object_member (root, "convention"), "slogan", "ar"), ==, "");

  /* Cities in the file's order, though the library lists Arab ones first. */
  c = element (array_of (root, "cities"), 0);
  assert_members (c, city);
  g_assert_cmpstr (json_object_get_string_member (c, "id"), ==, "city-1");
  g_assert_cmpstr (text_of (c, "name", "en"), ==, "Cork");
  g_assert_false (json_object_get_boolean_member (c, "arab_region"));
  g_assert_true (json_object_get_null_member (c, "attendance"));
  g_assert_true (json_object_get_null_member (c, "year_joined"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (c, "sdgs")), ==, 0);
  c = element (array_of (root, "cities"), 1);
  g_assert_cmpstr (json_object_get_string_member (c, "id"), ==, "city-2");
  g_assert_cmpstr (text_of (c, "name", "ar"), ==, "ينبع");
  g_assert_cmpstr (text_of (c, "name", "en"), ==, "");
  g_assert_true (json_object_get_boolean_member (c, "arab_region"));
  g_assert_true (json_object_get_boolean_member (c, "candidate"));
  g_assert_cmpint (json_object_get_int_member (c, "year_joined"), ==, 2020);
  g_assert_cmpstr (json_object_get_string_member (c, "attendance"), ==, "absent");
  sdgs = json_object_get_array_member (c, "sdgs");
  g_assert_cmpuint (json_array_get_length (sdgs), ==, 3);
  g_assert_cmpint (json_array_get_int_element (sdgs, 0), ==, 1);
  g_assert_cmpint (json_array_get_int_element (sdgs, 1), ==, 4);
  g_assert_cmpint (json_array_get_int_element (sdgs, 2), ==, 17);

  p1 = element (array_of (root, "people"), 0);
  p2 = element (array_of (root, "people"), 1);
  assert_members (p1, person);
  g_assert_cmpstr (json_object_get_string_member (p1, "id"), ==, "person-1");
  g_assert_true (json_object_get_null_member (p1, "city"));
  g_assert_cmpstr (json_object_get_string_member (p1, "attendance"), ==, "online");
  g_assert_cmpstr (json_object_get_string_member (p2, "city"), ==, "city-2");
  g_assert_cmpstr (json_object_get_string_member (p2, "attendance"), ==, "in-person");

  /* Items by time: the session on day one comes first. */
  closing = element (array_of (root, "items"), 1);
  assert_members (element (array_of (root, "items"), 0), item);
  assert_members (closing, item);
  g_assert_cmpstr (json_object_get_string_member (element (array_of (root, "items"), 0), "room"), ==, "room-1");
  g_assert_cmpstr (json_object_get_string_member (closing, "id"), ==, "item-2");
  g_assert_cmpstr (json_object_get_string_member (closing, "kind"), ==, "closing");
  g_assert_true (json_object_get_null_member (closing, "number"));
  g_assert_true (json_object_get_null_member (closing, "room"));
  g_assert_cmpstr (json_object_get_string_member (closing, "end"), ==, "24:00");
  participants = json_object_get_array_member (closing, "participants");
  g_assert_cmpuint (json_array_get_length (participants), ==, 3);
  assert_members (element (participants, 0), participant);
  g_assert_cmpstr (json_object_get_string_member (element (participants, 0), "person"), ==, "person-2");
  g_assert_cmpstr (json_object_get_string_member (element (participants, 0), "attendance"), ==, "in-person");
  g_assert_cmpstr (json_object_get_string_member (element (participants, 1), "role"), ==, "moderator");
  g_assert_true (json_object_get_null_member (element (participants, 1), "attendance"));
  g_assert_cmpstr (json_object_get_string_member (element (participants, 2), "role"), ==, "speaker");

  /* And back, byte for byte. */
  library_open (&lib2);
  id = lc_convention_import_data (lib2.store, data, length, "export.json", &error);
  g_assert_no_error (error);
  data2 = export (lib2.store, id, &length2);
  g_assert_cmpmem (data, length, data2, length2);

  library_close (&lib);
  library_close (&lib2);
}

typedef struct
{
  const char *name;
  const char *data;
  gssize      length;      /* -1: up to the NUL */
  const char *expected;    /* a part of the message */
} BadFile;

#define CONV_WITH(members) HEAD "\"convention\": {" members "}}"
#define TITLE "\"title\": {\"en\": \"Convention\"}, "
#define TZ ", \"time_zone\": \"Asia/Riyadh\""
#define DATES "\"start_date\": \"2023-05-10\", \"end_date\": \"2023-05-11\""
#define WITH_ITEM(item) SETTING ", \"items\": [" GOOD_ITEM ", " item "]}"
#define BAD_ITEM(kind, number, day, start, end) WITH_ITEM (ITEM (kind, number, day, start, end))
#define WITH_CITY(members) HEAD CONVENTION ", \"cities\": [{\"id\": \"c1\", \"name\": {\"en\": \"Aswan\"}, " members "}]}"
#define WITH_PERSON(members) HEAD CONVENTION ", " CITIES ", \"people\": [{\"name\": {\"en\": \"Bo\"}, " members "}]}"
#define WITH_PARTICIPANTS(list) SETTING ", \"items\": [{\"title\": {\"ar\": \"جلسة\"}, \"kind\": \"session\", " \
  "\"day\": \"2023-05-10\", \"start\": \"09:00\", \"end\": \"10:00\", \"participants\": [" list "]}]}"

static const BadFile bad_files[] = {
  { "empty", "", -1, "the file is empty" },
  { "blank", " \n\t\n", -1, "the file is empty" },
  { "not-json", "{\n  \"format\": ,\n}", -1, "case.json: line 2, column 13: the file is not valid JSON: " },
  { "trailing-garbage", GOOD " x", -1, "line 1: there is more text after the end of the convention" },
  { "second-document", GOOD "\n" GOOD, -1, "line 2: there is more text after the end of the convention" },
  { "not-object", "[1, 2]", -1, "it does not start with “{”" },
  { "format-missing", "{\"version\": 1}", -1, "format: " },
  { "format-wrong", "{\"format\": \"something-else\", \"version\": 1}", -1, "format: this is not" },
  { "version-missing", "{\"format\": \"learning-cities-convention\"}", -1, "version: required, but missing; this version of Learning Cities reads format versions 1, 2, 3" },
  { "version-text", "{\"format\": \"learning-cities-convention\", \"version\": \"1\"}", -1, "reads format versions 1, 2, 3" },
  { "version-6", "{\"format\": \"learning-cities-convention\", \"version\": 6}", -1, "version 6 is not supported" },
  { "version-0", "{\"format\": \"learning-cities-convention\", \"version\": 0}", -1, "version 0 is not supported" },
  { "convention-missing", HEAD ROOMS "}", -1, "convention: required" },
  { "convention-not-object", HEAD "\"convention\": []}", -1, "convention: expected an object" },
  { "title-missing", CONV_WITH (DATES TZ), -1, "convention.title: Give the convention a title" },
  { "title-empty", CONV_WITH ("\"title\": {\"ar\": \"\", \"en\": \"\"}, " DATES TZ), -1, "convention.title: Give the convention a title" },
  { "title-blank", CONV_WITH ("\"title\": {\"ar\": \" \", \"en\": \"\\t\"}, " DATES TZ), -1, "convention.title: Give the convention a title" },
  { "title-not-object", CONV_WITH ("\"title\": \"Convention\", " DATES TZ), -1, "convention.title: expected an object" },
  { "title-en-number", CONV_WITH ("\"title\": {\"en\": 5}, " DATES TZ), -1, "convention.title.en: expected a text" },
  { "slogan-ar-null", CONV_WITH (TITLE "\"slogan\": {\"ar\": null}, " DATES TZ), -1, "convention.slogan.ar: expected a text" },
  { "start-missing", CONV_WITH (TITLE "\"end_date\": \"2023-05-11\"" TZ), -1, "convention.start_date: required" },
  { "end-missing", CONV_WITH (TITLE "\"start_date\": \"2023-05-11\"" TZ), -1, "convention.end_date: required" },
  { "start-impossible", CONV_WITH (TITLE "\"start_date\": \"2023-02-30\", \"end_date\": \"2023-05-11\"" TZ), -1,
    "convention.start_date: The first day must be a real date written YYYY-MM-DD, such as 2023-05-10; “2023-02-30” is not." },
  { "start-badly-written", CONV_WITH (TITLE "\"start_date\": \"10/05/2023\", \"end_date\": \"2023-05-11\"" TZ), -1,
    "convention.start_date: The first day must be a real date written YYYY-MM-DD, such as 2023-05-10; “10/05/2023” is not." },
  { "start-number", CONV_WITH (TITLE "\"start_date\": 20230510, \"end_date\": \"2023-05-11\"" TZ), -1,
    "convention.start_date: expected a text" },
  { "end-before-start", CONV_WITH (TITLE "\"start_date\": \"2023-05-10\", \"end_date\": \"2023-05-09\"" TZ), -1,
    "convention.end_date: The last day cannot be before the first day." },
  /* Issue 20, point 2: a span of years made every per-day loop run away
   * (12.8 GB in the window, 801 MB of schedule JSON). */
  { "span-all-years", CONV_WITH (TITLE "\"start_date\": \"0001-01-01\", \"end_date\": \"9999-12-31\"" TZ), -1,
    "convention.end_date: A convention lasts at most 31 days, and 0001-01-01 to 9999-12-31 is 3652059 days" },
  { "span-typo-year", CONV_WITH (TITLE "\"start_date\": \"0023-05-10\", \"end_date\": \"2023-05-11\"" TZ), -1,
    "convention.end_date: A convention lasts at most 31 days" },
  { "span-32-days", CONV_WITH (TITLE "\"start_date\": \"2023-05-01\", \"end_date\": \"2023-06-01\"" TZ), -1,
    "2023-05-01 to 2023-06-01 is 32 days" },
  /* Point 12: an escaped NUL cut the text short without a word. */
  { "nul-escape-in-title", CONV_WITH ("\"title\": {\"en\": \"Desc\\u0000NUL\"}, " DATES TZ), -1,
    "line 1: convention.title.en: the text holds a NUL character (\\u0000)" },
  { "nul-escape-in-comment", HEAD "\"comment\": \"a\\u0000b\", \"convention\": {}}", -1,
    "line 1: comment: the text holds a NUL character" },
  { "nul-escape-in-member-name", HEAD "\"con\\u0000vention\": {}}", -1, "line 1: con: the text holds a NUL" },
  { "nul-escape-in-item", WITH_ITEM ("{\"title\": {\"ar\": \"x\\u0000\"}}"), -1,
    "items[1].title.ar: the text holds a NUL character" },
  /* Point 13: whole numbers beyond 64 bits wrapped around. */
  { "version-wraps-to-2", "{\"format\": \"learning-cities-convention\", \"version\": -18446744073709551614}", -1,
    "line 1: version: the number -18446744073709551614 is out of range" },
  { "version-past-64-bits", "{\"format\": \"learning-cities-convention\", \"version\": 18446744073709551616}", -1,
    "version: the number 18446744073709551616 is out of range" },
  { "version-just-past-64-bits", "{\"format\": \"learning-cities-convention\", \"version\": 9223372036854775808}", -1,
    "version: the number 9223372036854775808 is out of range" },
  { "version-int64-min", "{\"format\": \"learning-cities-convention\", \"version\": -9223372036854775808}", -1,
    "version -9223372036854775808 is not supported" },
  { "city-year-wraps-to-2020", WITH_CITY ("\"year_joined\": -18446744073709549596"), -1,
    "cities[0].year_joined: the number -18446744073709549596 is out of range" },
  { "city-sdg-wraps-to-4", WITH_CITY ("\"sdgs\": [7, -18446744073709551612]"), -1,
    "cities[0].sdgs[1]: the number -18446744073709551612 is out of range" },
  { "item-number-wraps", BAD_ITEM ("\"session\"", "-18446744073709551615", "\"2023-05-10\"", "\"09:00\"", "\"10:00\""), -1,
    "items[1].number: the number -18446744073709551615 is out of range" },
  { "zone-missing", CONV_WITH (TITLE DATES), -1, "convention.time_zone: required" },
  { "zone-unknown", CONV_WITH (TITLE DATES ", \"time_zone\": \"Mars/Olympus_Mons\""), -1,
    "convention.time_zone: “Mars/Olympus_Mons” is not a known time zone" },
  { "zone-empty", CONV_WITH (TITLE DATES ", \"time_zone\": \"\""), -1, "convention.time_zone: “” is not a known" },
  { "zone-path", CONV_WITH (TITLE DATES ", \"time_zone\": \"/usr/share/zoneinfo/Asia/Riyadh\""), -1,
    "convention.time_zone: “/usr/share/zoneinfo/Asia/Riyadh” is not a known" },
  /* Tracks (version 3): a colour the library could not keep, an item's
   * track that is not in the file, named where they stand. */
  { "track-colour", HEAD3 CONVENTION ", \"tracks\": [{\"id\": \"t1\", \"name\": {\"en\": \"Green\"}, "
    "\"colour\": \"green\"}]}", -1, "tracks[0] (“Green”).colour: expected a colour as # and six hexadecimal digits" },
  { "track-colour-short", HEAD3 CONVENTION ", \"tracks\": [{\"id\": \"t1\", \"colour\": \"#fff\"}]}", -1,
    "tracks[0].colour: expected a colour" },
  { "item-track-unknown", HEAD3 CONVENTION ", " ROOMS ", " CITIES ", " PEOPLE ", \"items\": [{\"track\": \"t9\", "
    ITEM_MEMBERS ("\"workshop\"", "1", "\"2023-05-10\"", "\"09:00\"", "\"10:00\"") "}]}", -1, "items[0] (“Session 1”).track: " },
  { "rooms-not-list", HEAD CONVENTION ", \"rooms\": {}}", -1, "rooms: expected a list" },
  { "rooms-null", HEAD CONVENTION ", \"rooms\": null}", -1, "rooms: expected a list" },
  { "room-not-object", HEAD CONVENTION ", \"rooms\": [{\"id\": \"r1\"}, \"Hall\"]}", -1, "rooms[1]: expected an object" },
  { "room-id-duplicate", HEAD CONVENTION ", \"rooms\": [{\"id\": \"r1\"}, {\"id\": \"r1\", \"name\": {\"en\": \"Foyer\"}}]}", -1,
    "rooms[1] (“Foyer”).id: “r1” is already the id of another entry of “rooms”" },
  { "room-id-number", HEAD CONVENTION ", \"rooms\": [{\"id\": 1}]}", -1, "rooms[0].id: expected a text" },
  /* Identities: untrusted text, named where it stands. */
  { "uid-number", HEAD CONVENTION ", \"rooms\": [{\"id\": \"r1\", \"uid\": 7}]}", -1, "rooms[0].uid: expected a text" },
  { "uid-not-uuid", HEAD CONVENTION ", \"rooms\": [{\"id\": \"r1\", \"uid\": \"room one\"}]}", -1,
    "rooms[0].uid: “room one” is not an identity" },
  { "uid-upper-case", CONV_WITH ("\"uid\": \"0F8C6D2E-3B1A-4C5D-9E7F-0123456789AB\", " TITLE DATES TZ), -1,
    "convention.uid: “0F8C6D2E-3B1A-4C5D-9E7F-0123456789AB” is not an identity" },
  { "uid-long", CONV_WITH ("\"uid\": \"0f8c6d2e-3b1a-4c5d-9e7f-0123456789ab0123456789012345678901234567890\", " TITLE DATES TZ), -1,
    "convention.uid: “0f8c6d2e-3b1a-4c5d-9e7f-0123456789ab0123” is not an identity" },
  { "city-id-duplicate", HEAD CONVENTION ", \"cities\": [{\"id\": \"c1\"}, {\"id\": \"c1\"}]}", -1,
    "cities[1].id: “c1” is already the id" },
  { "city-country-lower", WITH_CITY ("\"country\": \"eg\""), -1, "cities[0] (“Aswan”).country: “eg” is not a country code" },
  { "city-country-long", WITH_CITY ("\"country\": \"EGY\""), -1, "cities[0] (“Aswan”).country: “EGY”" },
  { "city-arab-region-text", WITH_CITY ("\"arab_region\": \"yes\""), -1, "cities[0] (“Aswan”).arab_region: expected true or false" },
  { "city-candidate-number", WITH_CITY ("\"candidate\": 1"), -1, "cities[0] (“Aswan”).candidate: expected true or false" },
  { "city-year-zero", WITH_CITY ("\"year_joined\": 0"), -1, "cities[0] (“Aswan”).year_joined: expected a year" },
  { "city-year-text", WITH_CITY ("\"year_joined\": \"2020\""), -1, "cities[0] (“Aswan”).year_joined: expected a year" },
  { "city-year-big", WITH_CITY ("\"year_joined\": 10000"), -1, "cities[0] (“Aswan”).year_joined: expected a year" },
  { "city-sdg-zero", WITH_CITY ("\"sdgs\": [0]"), -1, "cities[0] (“Aswan”).sdgs[0]: expected a goal number from 1 to 17" },
  { "city-sdg-18", WITH_CITY ("\"sdgs\": [7, 18]"), -1, "cities[0] (“Aswan”).sdgs[1]: expected a goal number" },
  { "city-sdg-fraction", WITH_CITY ("\"sdgs\": [7.5]"), -1, "cities[0] (“Aswan”).sdgs[0]: expected a goal number" },
  { "city-sdg-twice", WITH_CITY ("\"sdgs\": [7, 17, 7]"), -1, "cities[0] (“Aswan”).sdgs[2]: goal 7 is listed twice" },
  { "city-sdgs-not-list", WITH_CITY ("\"sdgs\": 7"), -1, "cities[0] (“Aswan”).sdgs: expected a list" },
  { "city-attendance-unknown", WITH_CITY ("\"attendance\": \"maybe\""), -1,
    "cities[0] (“Aswan”).attendance: unknown value “maybe”" },
  { "city-attendance-unset", WITH_CITY ("\"attendance\": \"unset\""), -1, "cities[0] (“Aswan”).attendance: unknown value “unset”" },
  { "person-attendance-absent", WITH_PERSON ("\"attendance\": \"absent\""), -1, "people[0] (“Bo”).attendance: unknown value “absent”" },
  { "person-attendance-null", WITH_PERSON ("\"attendance\": null"), -1, "people[0] (“Bo”).attendance: expected one of" },
  { "person-city-unknown", WITH_PERSON ("\"city\": \"c9\""), -1, "people[0] (“Bo”).city: there is no “c9” in “cities”" },
  { "person-city-number", WITH_PERSON ("\"city\": 1"), -1, "people[0] (“Bo”).city: expected the id" },
  { "person-id-duplicate", HEAD CONVENTION ", \"people\": [{\"id\": \"p1\"}, {\"id\": \"p2\"}, {\"id\": \"p1\"}]}", -1,
    "people[2].id: “p1” is already the id" },
  { "items-not-list", HEAD CONVENTION ", \"items\": \"none\"}", -1, "items: expected a list" },
  { "item-kind-missing", WITH_ITEM ("{\"title\": {\"en\": \"Session 2\"}, \"day\": \"2023-05-10\", \"start\": \"09:00\", \"end\": \"10:00\"}"), -1,
    "items[1] (“Session 2”).kind: required, but missing" },
  { "item-day-missing", WITH_ITEM ("{\"title\": {\"en\": \"Session 2\"}, \"kind\": \"break\", \"start\": \"09:00\", \"end\": \"10:00\"}"), -1,
    "items[1] (“Session 2”).day: required" },
  { "item-start-missing", WITH_ITEM ("{\"kind\": \"break\", \"day\": \"2023-05-10\", \"end\": \"10:00\"}"), -1,
    "items[1].start: required" },
  { "item-end-missing", WITH_ITEM ("{\"kind\": \"break\", \"day\": \"2023-05-10\", \"start\": \"10:00\"}"), -1,
    "items[1].end: required" },
  { "item-kind-unknown", BAD_ITEM ("\"lecture\"", "1", "\"2023-05-10\"", "\"09:00\"", "\"10:00\""), -1,
    "items[1] (“Session 1”).kind: unknown value “lecture”" },
  { "item-kind-null", BAD_ITEM ("null", "1", "\"2023-05-10\"", "\"09:00\"", "\"10:00\""), -1,
    "items[1] (“Session 1”).kind: expected one of “opening”" },
  { "item-number-zero", BAD_ITEM ("\"session\"", "0", "\"2023-05-10\"", "\"09:00\"", "\"10:00\""), -1,
    "items[1] (“Session 1”).number: expected a positive whole number" },
  { "item-number-negative", BAD_ITEM ("\"session\"", "-3", "\"2023-05-10\"", "\"09:00\"", "\"10:00\""), -1,
    "items[1] (“Session 1”).number: expected a positive whole number" },
  { "item-number-fraction", BAD_ITEM ("\"session\"", "1.5", "\"2023-05-10\"", "\"09:00\"", "\"10:00\""), -1,
    "items[1] (“Session 1”).number: expected a positive whole number" },
  { "item-number-text", BAD_ITEM ("\"session\"", "\"3\"", "\"2023-05-10\"", "\"09:00\"", "\"10:00\""), -1,
    "items[1] (“Session 1”).number: expected a positive whole number" },
  { "item-day-impossible", BAD_ITEM ("\"session\"", "1", "\"2023-02-29\"", "\"09:00\"", "\"10:00\""), -1,
    "items[1] (“Session 1”).day: “2023-02-29” is not a real date" },
  { "item-start-short", BAD_ITEM ("\"session\"", "1", "\"2023-05-10\"", "\"9:00\"", "\"10:00\""), -1,
    "items[1] (“Session 1”).start: “9:00” is not a time written HH:MM" },
  { "item-start-25", BAD_ITEM ("\"session\"", "1", "\"2023-05-10\"", "\"25:00\"", "\"26:00\""), -1,
    "items[1] (“Session 1”).start: “25:00”" },
  { "item-end-minutes", BAD_ITEM ("\"session\"", "1", "\"2023-05-10\"", "\"09:00\"", "\"09:60\""), -1,
    "items[1] (“Session 1”).end: “09:60”" },
  { "item-end-seconds", BAD_ITEM ("\"session\"", "1", "\"2023-05-10\"", "\"09:00\"", "\"10:00:00\""), -1,
    "items[1] (“Session 1”).end: “10:00:00”" },
  { "item-end-before-start", BAD_ITEM ("\"session\"", "1", "\"2023-05-10\"", "\"10:00\"", "\"09:00\""), -1,
    "items[1] (“Session 1”): end 09:00 is not after start 10:00" },
  { "item-end-equals-start", BAD_ITEM ("\"session\"", "1", "\"2023-05-10\"", "\"10:00\"", "\"10:00\""), -1,
    "items[1] (“Session 1”): end 10:00 is not after start 10:00" },
  { "item-start-midnight-end", BAD_ITEM ("\"session\"", "1", "\"2023-05-10\"", "\"24:00\"", "\"24:00\""), -1,
    "items[1] (“Session 1”): end 24:00 is not after start 24:00" },
  { "item-room-unknown", WITH_ITEM ("{\"title\": {\"en\": \"Lunch\"}, \"kind\": \"break\", \"day\": \"2023-05-10\", \"start\": \"12:00\", \"end\": \"13:00\", \"room\": \"r2\"}"), -1,
    "items[1] (“Lunch”).room: there is no “r2” in “rooms”" },
  { "item-id-duplicate", WITH_ITEM (GOOD_ITEM), -1, "items[1] (“Session 1”).id: “i1” is already the id of another entry of “items”" },
  { "item-not-object", WITH_ITEM ("42"), -1, "items[1]: expected an object" },
  { "item-title-long", WITH_ITEM ("{\"title\": {\"en\": \"A very long title that goes on and on beyond forty characters\"}}"), -1,
    "items[1] (“A very long title that goes on and on b…”).kind: required" },
  { "participants-not-list", WITH_ITEM ("{\"title\": {\"en\": \"Talk\"}, \"kind\": \"session\", \"day\": \"2023-05-10\", \"start\": \"12:00\", \"end\": \"13:00\", \"participants\": {}}"), -1,
    "items[1] (“Talk”).participants: expected a list" },
  { "participant-person-unknown", WITH_PARTICIPANTS ("{\"person\": \"p1\", \"role\": \"speaker\"}, {\"person\": \"p7\", \"role\": \"speaker\"}"), -1,
    "items[0] (“جلسة”).participants[1].person: there is no “p7” in “people”" },
  { "participant-person-missing", WITH_PARTICIPANTS ("{\"role\": \"speaker\"}"), -1,
    "items[0] (“جلسة”).participants[0].person: required" },
  { "participant-person-null", WITH_PARTICIPANTS ("{\"person\": null, \"role\": \"speaker\"}"), -1,
    "items[0] (“جلسة”).participants[0].person: required" },
  { "participant-role-unknown", WITH_PARTICIPANTS ("{\"person\": \"p1\", \"role\": \"chair\"}"), -1,
    "items[0] (“جلسة”).participants[0].role: unknown value “chair” (expected one of “moderator”, “speaker”, “presenter”)" },
  { "participant-role-missing", WITH_PARTICIPANTS ("{\"person\": \"p1\"}"), -1,
    "items[0] (“جلسة”).participants[0].role: required" },
  { "participant-attendance-absent", WITH_PARTICIPANTS ("{\"person\": \"p1\", \"role\": \"speaker\", \"attendance\": \"absent\"}"), -1,
    "items[0] (“جلسة”).participants[0].attendance: unknown value “absent”" },
  { "participant-twice", WITH_PARTICIPANTS ("{\"person\": \"p1\", \"role\": \"speaker\"}, {\"person\": \"p1\", \"role\": \"moderator\"}, {\"person\": \"p1\", \"role\": \"speaker\"}"), -1,
    "items[0] (“جلسة”).participants[2]: “p1” is already listed as “speaker”" },
  { "participant-not-object", WITH_PARTICIPANTS ("\"p1\""), -1, "items[0] (“جلسة”).participants[0]: expected an object" },
  { "escaped-surrogate", CONV_WITH ("\"title\": {\"en\": \"A\\ud800B\"}, " DATES TZ), -1,
    "convention.title.en: the text is not valid Unicode" },
  /* Raw bytes that are not UTF-8: the line and the column (in characters). */
  /* orgs: format version 3's organisations, and a person's. */
  { "organisation-website", HEAD3 CONVENTION ", " ORGANISATION ("\"website\": \"www.uil.org\"") "}", -1,
    "organisations[0] (“UIL”): “www.uil.org” is not a web address" },
  { "organisation-role", HEAD3 CONVENTION ", " ORGANISATION ("\"role\": \"friend\"") "}", -1,
    "organisations[0] (“UIL”).role: " },
  { "organisation-country", HEAD3 CONVENTION ", " ORGANISATION ("\"country\": \"Saudi\"") "}", -1,
    "organisations[0] (“UIL”): “Saudi” is not a country code" },
  { "organisation-logo-text", HEAD3 CONVENTION ", " ORGANISATION ("\"logo\": \"<svg onload=x>\"") "}", -1,
    "organisations[0] (“UIL”).logo: The logo is not a PNG image in base64." },
  { "organisation-logo-not-png", HEAD3 CONVENTION ", " ORGANISATION ("\"logo\": \"R0lGODlhAQABAAAAACw=\"") "}", -1,
    "organisations[0] (“UIL”).logo: The logo is not a PNG image in base64." },
  { "organisation-nameless", HEAD3 CONVENTION ", \"organisations\": [{\"role\": \"host\"}]}", -1,
    "organisations[0]: Give the organisation a name" },
  { "person-organisation-unknown", HEAD3 CONVENTION ", " ORGANISATION ("\"country\": \"DE\"")
    ", \"people\": [{\"name\": {\"en\": \"Ann\"}, \"organisation_id\": \"o2\"}]}", -1,
    "people[0] (“Ann”).organisation_id: there is no “o2” in “organisations”" },
  { "latin-1", "{\n  \"format\": \"learning-cities-convention\",\n  \"x\": \"\xc3\xa9\xe9t\xe9\"\n}", -1,
    "line 3, column 10: the file is not UTF-8" },
  { "truncated-sequence", "{\"format\": \"\xd8\"}", -1, "line 1, column 13: the file is not UTF-8" },
  { "nul-byte", "{\"format\": \"a\0b\"}", 17, "line 1, column 14: the file is not UTF-8" },
};

/* The libraries every bad file is imported into: one empty, one that
 * already holds a convention, made once for all of them (each case checks
 * that they are as they were). */
static struct
{
  TestLibrary empty, full;
  gint64      kept;
  char       *kept_before;
  gsize       kept_length;
} bad_libraries;

static void
bad_libraries_open (void)
{
  const char *sample = g_getenv ("LC_SAMPLE");

  if (bad_libraries.kept > 0)
    return;
  library_open (&bad_libraries.empty);
  library_open (&bad_libraries.full);

  if (sample != NULL && g_file_test (sample, G_FILE_TEST_EXISTS))
    bad_libraries.kept = import_sample (bad_libraries.full.store);
  else
    {
      g_autoptr(GError) error = NULL;

      bad_libraries.kept = lc_convention_import_data (bad_libraries.full.store, GOOD, strlen (GOOD),
                                                      "good.json", &error);
      g_assert_no_error (error);
    }
  bad_libraries.kept_before = export (bad_libraries.full.store, bad_libraries.kept,
                                      &bad_libraries.kept_length);
}

static void
bad_libraries_close (void)
{
  if (bad_libraries.kept == 0)
    return;
  library_close (&bad_libraries.empty);
  library_close (&bad_libraries.full);
  g_clear_pointer (&bad_libraries.kept_before, g_free);
}

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  gsize length = bad->length < 0 ? strlen (bad->data) : (gsize) bad->length;
  gint64 before[N_RECORD_TYPES], after[N_RECORD_TYPES];

  bad_libraries_open ();
  for (guint i = 0; i < 2; i++)
    {
      LcStore *store = i == 0 ? bad_libraries.empty.store : bad_libraries.full.store;
      g_autoptr(GError) error = NULL;
      gint64 id;

      count_rows (store, before);
      id = lc_convention_import_data (store, bad->data, length, "case.json", &error);
      g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
      g_assert_cmpint (id, ==, 0);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "case.json: "));
      if (strstr (error->message, bad->expected) == NULL)
        g_error ("“%s” does not contain “%s”", error->message, bad->expected);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      count_rows (store, after);
      assert_counts_equal (before, after);
    }

  {
    g_autofree char *kept_after = NULL;
    gsize kept_after_length;

    kept_after = export (bad_libraries.full.store, bad_libraries.kept, &kept_after_length);
    g_assert_cmpmem (bad_libraries.kept_before, bad_libraries.kept_length, kept_after, kept_after_length);
  }
}

/* The files the bad ones are made from are good, so each fails for its own
 * reason. */
static void
test_good_parts (void)
{
  static const char *const good[] = {
    GOOD,
    CONV_WITH (TITLE DATES TZ),
    CONV_WITH ("\"title\": {\"ar\": \"ملتقى\"}, " DATES TZ),
    CONV_WITH (TITLE "\"start_date\": \"2024-02-29\", \"end_date\": \"2024-02-29\"" TZ),
    CONV_WITH (TITLE DATES ", \"time_zone\": \"UTC\""),
    WITH_CITY ("\"country\": \"EG\", \"sdgs\": [], \"year_joined\": null, \"attendance\": null"),
    WITH_PERSON ("\"city\": \"c1\", \"attendance\": \"online\""),
    WITH_PARTICIPANTS ("{\"person\": \"p1\", \"role\": \"speaker\"}, {\"person\": \"p1\", \"role\": \"moderator\", \"attendance\": \"online\"}"),
    SETTING ", \"items\": [" ITEM ("\"other\"", "null", "\"2023-05-11\"", "\"00:00\"", "\"24:00\"") "]}",
  };
  TestLibrary lib;

  library_open (&lib);
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 id = lc_convention_import_data (lib.store, good[i], strlen (good[i]), NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);
    }
  library_close (&lib);
}

static void
test_source_name (void)
{
  g_autoptr(GError) error = NULL;
  TestLibrary lib;
  gint64 id;

  library_open (&lib);
  id = lc_convention_import_data (lib.store, "[]", 2, NULL, &error);
  g_assert_cmpint (id, ==, 0);
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
  g_assert_true (g_str_has_prefix (error->message, "The convention file: "));
  library_close (&lib);
}

static void
test_store_error (void)
{
  g_autoptr(GError) error = NULL;
  gint64 before[N_RECORD_TYPES], after[N_RECORD_TYPES];
  TestLibrary lib;
  gint64 id;

  library_open (&lib);
  id = lc_convention_import_data (lib.store, GOOD, strlen (GOOD), "good.json", &error);
  g_assert_no_error (error);
  count_rows (lib.store, before);

  /* The library refuses every write: the import must fail cleanly. */
  lc_store_exec (lib.store, "PRAGMA query_only = ON", &error);
  g_assert_no_error (error);
  id = lc_convention_import_data (lib.store, GOOD, strlen (GOOD), "good.json", &error);
  g_assert_cmpint (id, ==, 0);
  g_assert_nonnull (error);
  g_assert_true (error->domain == LC_ERROR);
  g_assert_true (g_str_has_prefix (error->message, "good.json could not be imported: "));
  g_clear_error (&error);

  lc_store_exec (lib.store, "PRAGMA query_only = OFF", &error);
  g_assert_no_error (error);
  count_rows (lib.store, after);
  assert_counts_equal (before, after);

  /* A failure half way, after the convention and its items are in. */
  lc_store_exec (lib.store,
                 "CREATE TEMP TRIGGER refuse BEFORE INSERT ON participations"
                 "  BEGIN SELECT RAISE (ABORT, 'refused by the test'); END",
                 &error);
  g_assert_no_error (error);
  id = lc_convention_import_data (lib.store, GOOD, strlen (GOOD), "good.json", &error);
  g_assert_cmpint (id, ==, 0);
  g_assert_error (error, LC_ERROR, LC_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "refused by the test"));
  g_clear_error (&error);
  lc_store_exec (lib.store, "DROP TRIGGER refuse", &error);
  g_assert_no_error (error);
  count_rows (lib.store, after);
  assert_counts_equal (before, after);

  /* And the store is usable again: what is imported now is really saved. */
  id = lc_convention_import_data (lib.store, GOOD, strlen (GOOD), "good.json", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  {
    g_autofree char *path = g_strdup (lc_store_get_path (lib.store));

    g_clear_object (&lib.store);
    lib.store = lc_store_open (path, &error);
    g_assert_no_error (error);
    g_assert_cmpint (lc_store_count (lib.store, LC_TYPE_CONVENTION, NULL, 0, NULL), ==, before[0] + 1);
    g_assert_cmpint (lc_store_count (lib.store, LC_TYPE_PARTICIPATION, NULL, 0, NULL), ==, before[5] + 1);
  }

  library_close (&lib);
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static void
test_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL, *missing_dir = NULL, *bad = NULL, *nowhere = NULL;
  g_autofree char *contents = NULL, *data = NULL, *display = NULL;
  gsize length, data_length;
  TestLibrary lib;
  gint64 id, copy;
  guint n_files;

  library_open (&lib);
  id = lc_convention_import_data (lib.store, GOOD, strlen (GOOD), "good.json", &error);
  g_assert_no_error (error);

  /* Written as export_data says, replacing what was there. */
  out = g_build_filename (lib.dir, "out.json", NULL);
  g_file_set_contents (out, "old", -1, &error);
  g_assert_no_error (error);
  lc_convention_export_file (lib.store, id, out, &error);
  g_assert_no_error (error);
  g_file_get_contents (out, &contents, &length, &error);
  g_assert_no_error (error);
  data = export (lib.store, id, &data_length);
  g_assert_cmpmem (contents, length, data, data_length);

  copy = lc_convention_import_file (lib.store, out, &error);
  g_assert_no_error (error);
  g_assert_cmpint (copy, >, id);

  /* A missing convention. */
  g_assert_null (lc_convention_export_data (lib.store, 9999, &length, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_NOT_FOUND);
  g_clear_error (&error);
  nowhere = g_build_filename (lib.dir, "nowhere.json", NULL);
  g_assert_false (lc_convention_export_file (lib.store, 9999, nowhere, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));

  /* Unwritable places: a missing folder, and a folder in the way. */
  missing_dir = g_build_filename (lib.dir, "no-such-folder", "out.json", NULL);
  g_assert_false (lc_convention_export_file (lib.store, id, missing_dir, &error));
  g_assert_nonnull (error);
  display = g_filename_display_name (missing_dir);
  g_assert_nonnull (strstr (error->message, display));
  g_clear_error (&error);
  g_assert_false (g_file_test (missing_dir, G_FILE_TEST_EXISTS));

  n_files = count_files (lib.dir);
  g_assert_false (lc_convention_export_file (lib.store, id, lib.dir, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (g_file_test (lib.dir, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_files (lib.dir), ==, n_files);   /* no temporary file left */

  /* Reading: a missing file, and a bad one, are named. */
  g_assert_cmpint (lc_convention_import_file (lib.store, missing_dir, &error), ==, 0);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, display));
  g_clear_error (&error);

  bad = g_build_filename (lib.dir, "bad.json", NULL);
  g_file_set_contents (bad, "{\"format\": \"learning-cities-convention\", \"version\": 7}", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lc_convention_import_file (lib.store, bad, &error), ==, 0);
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
  g_clear_pointer (&display, g_free);
  display = g_filename_display_name (bad);
  g_assert_true (g_str_has_prefix (error->message, display));
  g_assert_nonnull (strstr (error->message, "version 7"));

  library_close (&lib);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/convention-io/import-sample", test_import_sample);
  g_test_add_func ("/convention-io/round-trip", test_round_trip);
  g_test_add_func ("/convention-io/export-preserves-sample", test_export_preserves_sample);
  g_test_add_func ("/convention-io/small-file", test_small_file);
  g_test_add_func ("/convention-io/good-parts", test_good_parts);
  g_test_add_func ("/convention-io/source-name", test_source_name);
  g_test_add_func ("/convention-io/store-error", test_store_error);
  g_test_add_func ("/convention-io/files", test_files);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_strdup_printf ("/convention-io/bad/%s", bad_files[i].name);

      g_test_add_data_func (path, &bad_files[i], test_bad_file);
    }

  status = g_test_run ();
  bad_libraries_close ();
  return status;
}
