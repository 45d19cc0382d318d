/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "lc-convention-io.h"
#include "lc-declaration.h"
#include "lc-export-ics.h"
#include "lc-export-schedule.h"
#include "lc-test-util.h"

/* What calendars and schedule apps recognise an agenda item by: the
 * iCalendar UID and the schedule's event guid. They must be the same for
 * the same convention in every organiser's library, and never the same
 * for two different conventions. */

typedef struct
{
  GPtrArray *ics;       /* the UIDs, in the file's order */
  GPtrArray *xml;       /* the events' guids, in the file's order */
  GPtrArray *ids;       /* the events' integer ids */
  GPtrArray *slugs;     /* the events' slugs */
  GPtrArray *persons;   /* the persons' integer ids, per event */
  char      *acronym;
} Names;

static void
names_free (Names *names)
{
  g_ptr_array_unref (names->ics);
  g_ptr_array_unref (names->xml);
  g_ptr_array_unref (names->ids);
  g_ptr_array_unref (names->slugs);
  g_ptr_array_unref (names->persons);
  g_free (names->acronym);
  g_free (names);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Names, names_free)

static GPtrArray *
matches (const char *pattern,
         const char *text)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);

  g_regex_match (regex, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_ptr_array_add (found, g_match_info_fetch (match, 1));
      g_match_info_next (match, NULL);
    }

  return found;
}

/* Exports the convention as iCalendar and schedule XML, as an attendee's
 * app would receive it, and reads the names back from the text. */
static Names *
export_names (LcStore *store,
              gint64   convention)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ics = lc_export_ics_data (store, convention, LC_LANGUAGE_ENGLISH, NULL,
                                             NULL, NULL, NULL, &error);
  g_autofree char *xml = NULL;
  g_autoptr(GPtrArray) acronyms = NULL;
  Names *names = g_new0 (Names, 1);

  g_assert_no_error (error);
  xml = lc_export_schedule_xml_data (store, convention, LC_LANGUAGE_ENGLISH, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  names->ics = matches ("^UID:(.*)\r$", ics);
  names->xml = matches ("<event guid=\"([^\"]*)\"", xml);
  names->ids = matches ("<event guid=\"[^\"]*\" id=\"([^\"]*)\"", xml);
  names->slugs = matches ("<slug>([^<]*)</slug>", xml);
  names->persons = matches ("<person id=\"([^\"]*)\"", xml);
  acronyms = matches ("<acronym>([^<]*)</acronym>", xml);
  g_assert_cmpuint (acronyms->len, ==, 1);
  names->acronym = g_strdup (g_ptr_array_index (acronyms, 0));

  /* The sample's agenda, every item named once in each file. */
  g_assert_cmpuint (names->ics->len, >, 20);
  g_assert_cmpuint (names->xml->len, ==, names->ics->len);
  g_assert_cmpuint (names->ids->len, ==, names->ics->len);
  g_assert_cmpuint (names->slugs->len, ==, names->ics->len);
  g_assert_cmpuint (names->persons->len, >, 20);

  /* The schema's event id: a positive integer, which apps such as ConfClerk
   * keep in a signed 32-bit column and use as the event's key. */
  for (guint i = 0; i < names->ids->len; i++)
    {
      guint64 number = 0;

      g_assert_true (g_ascii_string_to_unsigned (g_ptr_array_index (names->ids, i), 10,
                                                 1, G_MAXINT32, &number, NULL));
    }

  return names;
}

static gboolean
same_list (GPtrArray *a,
           GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!g_str_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

/* The same names, in any order. */
static gboolean
same_set (GPtrArray *a,
          GPtrArray *b)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < a->len; i++)
    g_hash_table_add (seen, g_ptr_array_index (a, i));
  if (g_hash_table_size (seen) != a->len || a->len != b->len)
    return FALSE;
  for (guint i = 0; i < b->len; i++)
    if (!g_hash_table_contains (seen, g_ptr_array_index (b, i)))
      return FALSE;
  return TRUE;
}

static void
assert_same_names (Names *a,
                   Names *b)
{
  g_assert_true (same_list (a->ics, b->ics));
  g_assert_true (same_list (a->xml, b->xml));
  g_assert_true (same_list (a->ids, b->ids));
  g_assert_true (same_list (a->slugs, b->slugs));
  g_assert_true (same_list (a->persons, b->persons));
  g_assert_cmpstr (a->acronym, ==, b->acronym);
}

/* No name of @a is a name of @b. */
static void
assert_all_differ (GPtrArray *a,
                   GPtrArray *b)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < a->len; i++)
    g_hash_table_add (seen, g_ptr_array_index (a, i));
  for (guint i = 0; i < b->len; i++)
    g_assert_false (g_hash_table_contains (seen, g_ptr_array_index (b, i)));
}

static char *
export_convention (LcStore *store,
                   gint64   convention,
                   gsize   *length)
{
  g_autoptr(GError) error = NULL;
  char *data = lc_convention_export_data (store, convention, length, &error);

  g_assert_no_error (error);
  return data;
}

static gint64
import_into (LcStore    *store,
             const char *data,
             gsize       length)
{
  g_autoptr(GError) error = NULL;
  gint64 id = lc_convention_import_data (store, data, length, "convention.json", &error);

  g_assert_no_error (error);
  return id;
}

/* A convention with a few items and people of its own, so that the next
 * one's records get other row numbers in this library than in the first. */
static void
add_other_agenda (LcStore *store)
{
  gint64 convention = lc_test_add_convention (store, "Another convention", "2023-01-01", "2023-01-02");

  g_assert_cmpint (convention, >, 0);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
      g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
      g_autoptr(GError) error = NULL;

      lc_record_set_int (item, "convention-id", convention);
      lc_record_set_text (item, "title", "", "Opening");
      lc_record_set_string (item, "day", "2023-01-01");
      lc_record_set_int (item, "start-minute", 9 * 60 + 60 * i);
      lc_record_set_int (item, "end-minute", 10 * 60 + 60 * i);
      g_assert_true (lc_store_insert (store, item, &error));
      g_assert_no_error (error);
      lc_record_set_int (person, "convention-id", convention);
      lc_record_set_text (person, "name", "", "Somebody Else");
      g_assert_true (lc_store_insert (store, person, &error));
      g_assert_no_error (error);
    }
}

static void
test_stable_across_libraries (void)
{
  const char *sample = g_getenv ("LC_SAMPLE");
  g_autofree char *dir_a = NULL, *dir_b = NULL, *dir_c = NULL, *dir_d = NULL;
  g_autofree char *file = NULL, *file_b = NULL;
  g_autoptr(LcStore) a = NULL, b = NULL, c = NULL, d = NULL;
  g_autoptr(Names) in_a = NULL, in_b = NULL, in_c = NULL, in_d = NULL, in_a_copy = NULL;
  g_autoptr(GError) error = NULL;
  gsize length, length_b;
  gint64 id_a, id_b, id_c, id_d, copy_in_a;

  g_assert_nonnull (sample);
  a = lc_test_open_store (&dir_a);
  id_a = lc_convention_import_file (a, sample, &error);
  g_assert_no_error (error);
  in_a = export_names (a, id_a);

  /* The items' ICS UIDs are their schedule guids (the schedule lists them
   * by room), each of its own. */
  g_assert_true (same_set (in_a->ics, in_a->xml));
  /* Each event's id and slug its own, as the apps key events by them. */
  g_assert_true (same_set (in_a->ids, in_a->ids));
  g_assert_true (same_set (in_a->slugs, in_a->slugs));

  /* The organiser sends the convention file to two colleagues, each with
   * a library of their own where the row numbers differ: some other
   * convention was there first in one of them. */
  file = export_convention (a, id_a, &length);
  b = lc_test_open_store (&dir_b);
  c = lc_test_open_store (&dir_c);
  add_other_agenda (c);
  id_b = import_into (b, file, length);
  id_c = import_into (c, file, length);
  g_assert_cmpint (id_c, !=, id_a);
  in_b = export_names (b, id_b);
  in_c = export_names (c, id_c);
  assert_same_names (in_a, in_b);
  assert_same_names (in_a, in_c);

  /* A colleague exports again, and a fourth library imports that. */
  file_b = export_convention (b, id_b, &length_b);
  d = lc_test_open_store (&dir_d);
  id_d = import_into (d, file_b, length_b);
  in_d = export_names (d, id_d);
  assert_same_names (in_a, in_d);

  /* Imported again beside itself, the convention is a copy: calendars must
   * not mistake its items for the original's. */
  copy_in_a = import_into (a, file, length);
  in_a_copy = export_names (a, copy_in_a);
  assert_all_differ (in_a->ics, in_a_copy->ics);
  assert_all_differ (in_a->xml, in_a_copy->xml);

  g_clear_object (&a);
  g_clear_object (&b);
  g_clear_object (&c);
  g_clear_object (&d);
  lc_test_remove_tree (dir_a);
  lc_test_remove_tree (dir_b);
  lc_test_remove_tree (dir_c);
  lc_test_remove_tree (dir_d);
}

/* Two organisers who each typed in a convention (the sample, and the same
 * file with its identities stripped, as an older version wrote it) have
 * nothing in common for a calendar, in one library or in two. */
static void
test_distinct_conventions (void)
{
  const char *sample = g_getenv ("LC_SAMPLE");
  g_autofree char *dir_a = NULL, *dir_b = NULL, *file = NULL, *stripped = NULL;
  g_autoptr(LcStore) a = NULL, b = NULL;
  g_autoptr(Names) first = NULL, second = NULL, other_library = NULL;
  g_autoptr(GRegex) uid = g_regex_new ("\"(new_clause_)?uid\" : \"[^\"]*\",?", 0, 0, NULL);
  g_autoptr(GError) error = NULL;
  gsize length;
  gint64 id;

  g_assert_nonnull (sample);
  a = lc_test_open_store (&dir_a);
  id = lc_convention_import_file (a, sample, &error);
  g_assert_no_error (error);
  first = export_names (a, id);

  file = export_convention (a, id, &length);
  stripped = g_regex_replace_literal (uid, file, -1, 0, "", 0, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (stripped, "\"uid\""));

  second = export_names (a, import_into (a, stripped, strlen (stripped)));
  assert_all_differ (first->ics, second->ics);
  assert_all_differ (first->xml, second->xml);

  b = lc_test_open_store (&dir_b);
  other_library = export_names (b, import_into (b, stripped, strlen (stripped)));
  assert_all_differ (first->ics, other_library->ics);
  assert_all_differ (second->ics, other_library->ics);
  assert_all_differ (first->xml, other_library->xml);

  g_clear_object (&a);
  g_clear_object (&b);
  lc_test_remove_tree (dir_a);
  lc_test_remove_tree (dir_b);
}

/* A convention without an English title has no initials for the schedule's
 * acronym: two of the same year must still have different ones, within the
 * format's pattern [a-z0-9_-]{4,}. */
static void
test_acronym_without_english (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(GRegex) pattern = g_regex_new ("^lc_2025_[0-9a-f]{8}$", 0, 0, NULL);
  char *acronyms[2] = { NULL, NULL };

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(LcRecord) convention = g_object_new (LC_TYPE_CONVENTION, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *xml = NULL;
      g_autoptr(GPtrArray) found = NULL;

      lc_record_set_string (convention, "title-ar", "مؤتمر مدن التعلم");
      lc_record_set_string (convention, "start-date", "2025-03-01");
      lc_record_set_string (convention, "end-date", "2025-03-02");
      lc_record_set_string (convention, "time-zone", "Asia/Riyadh");
      g_assert_true (lc_store_insert (store, convention, &error));
      g_assert_no_error (error);

      xml = lc_export_schedule_xml_data (store, lc_record_get_id (convention), LC_LANGUAGE_ARABIC,
                                         NULL, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      found = matches ("<acronym>([^<]*)</acronym>", xml);
      g_assert_cmpuint (found->len, ==, 1);
      acronyms[i] = g_strdup (g_ptr_array_index (found, 0));
      g_assert_true (g_regex_match (pattern, acronyms[i], 0, NULL));
    }
  g_assert_cmpstr (acronyms[0], !=, acronyms[1]);
  g_free (acronyms[0]);
  g_free (acronyms[1]);

  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

/* Items whose uids begin alike (the first two have the same 31 bits, the
 * first of them all zero) still get distinct positive event ids, the same
 * whichever was added first. */
static void
test_event_ids_collide (void)
{
  static const char *const uids[] = { "00000001-0000-4000-8000-000000000001",
                                      "00000000-0000-4000-8000-000000000002",
                                      "00000003-0000-4000-8000-000000000003" };
  char *found[2] = { NULL, NULL };

  for (guint order = 0; order < 2; order++)
    {
      g_autofree char *dir = NULL;
      g_autoptr(LcStore) store = lc_test_open_store (&dir);
      gint64 convention = lc_test_add_convention (store, "Colliding", "2023-01-01", "2023-01-02");
      g_autoptr(GError) error = NULL;
      g_autofree char *xml = NULL;
      g_autoptr(GPtrArray) ids = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (uids); i++)
        {
          g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
          guint j = order ? G_N_ELEMENTS (uids) - 1 - i : i;
          gboolean taken = FALSE;

          lc_record_set_int (item, "convention-id", convention);
          lc_record_set_text (item, "title", "", uids[j]);
          lc_record_set_string (item, "day", "2023-01-01");
          lc_record_set_int (item, "start-minute", 9 * 60 + 60 * j);
          lc_record_set_int (item, "end-minute", 10 * 60 + 60 * j);
          g_assert_true (lc_store_insert (store, item, &error));
          g_assert_true (lc_store_take_uid (store, LC_TYPE_ITEM, lc_record_get_id (item), uids[j],
                                            &taken, &error));
          g_assert_no_error (error);
          g_assert_true (taken);
        }

      xml = lc_export_schedule_xml_data (store, convention, LC_LANGUAGE_ENGLISH, NULL, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      /* Listed by time: in the order of uids[]. */
      ids = matches ("<event guid=\"[^\"]*\" id=\"([^\"]*)\"", xml);
      g_ptr_array_add (ids, NULL);
      found[order] = g_strjoinv (" ", (char **) ids->pdata);
      g_clear_object (&store);
      lc_test_remove_tree (dir);
    }

  g_assert_cmpstr (found[0], ==, "2 1 3");
  g_assert_cmpstr (found[0], ==, found[1]);
  g_free (found[0]);
  g_free (found[1]);
}

static void collect_declaration_uids (JsonObject *object, const char *array, GPtrArray *uids);

/* Every entry of @object's @array and what it holds: each must carry its
 * uid. */
static void
collect_list_uids (JsonObject *object,
                   const char *array,
                   GPtrArray  *uids)
{
  JsonArray *list = json_object_get_array_member (object, array);

  for (guint i = 0; i < json_array_get_length (list); i++)
    collect_declaration_uids (json_array_get_object_element (list, i), array, uids);
}

static void
collect_declaration_uids (JsonObject *object,
                          const char *array,
                          GPtrArray  *uids)
{
  const char *uid = json_object_get_string_member_with_default (object, "uid", NULL);

  /* Published versions are frozen copies, not records of their own. */
  if (g_str_equal (array, "versions"))
    return;
  g_assert_true (lc_uid_is_valid (uid));
  g_ptr_array_add (uids, g_strdup (uid));
  if (json_object_has_member (object, "new_clause_uid"))
    g_ptr_array_add (uids, g_strdup (json_object_get_string_member (object, "new_clause_uid")));
  if (g_str_equal (array, "declarations"))
    {
      collect_list_uids (object, "sections", uids);
      collect_list_uids (object, "amendments", uids);
      collect_list_uids (object, "versions", uids);
    }
  else if (g_str_equal (array, "sections"))
    collect_list_uids (object, "clauses", uids);
}

/* The declarations' identities, in the file's order. */
static GPtrArray *
declaration_uids (const char *data,
                  gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *uids = g_ptr_array_new_with_free_func (g_free);

  json_parser_load_from_data (parser, data, length, &error);
  g_assert_no_error (error);
  collect_list_uids (json_node_get_object (json_parser_get_root (parser)), "declarations", uids);
  return uids;
}

/* The declaration, its sections, clauses and amendments keep their
 * identities through a colleague's library, as the agenda's records do. */
static void
test_declaration_uids (void)
{
  const char *sample = g_getenv ("LC_SAMPLE");
  g_autofree char *dir_a = NULL, *dir_b = NULL, *file = NULL, *file_b = NULL, *declaration = NULL;
  g_autoptr(LcStore) a = NULL, b = NULL;
  g_autoptr(GPtrArray) in_a = NULL, in_b = NULL;
  g_autoptr(GListStore) declarations = NULL;
  g_autoptr(LcRecord) first = NULL;
  g_autoptr(GError) error = NULL;
  gsize length, length_b;
  gint64 id_a, id_b;

  g_assert_nonnull (sample);
  a = lc_test_open_store (&dir_a);
  id_a = lc_convention_import_file (a, sample, &error);
  g_assert_no_error (error);
  file = export_convention (a, id_a, &length);
  in_a = declaration_uids (file, length);
  /* The sample's declaration: sections, clauses, six amendments. */
  g_assert_cmpuint (in_a->len, >, 20);
  g_assert_true (same_set (in_a, in_a));

  b = lc_test_open_store (&dir_b);
  add_other_agenda (b);
  id_b = import_into (b, file, length);
  file_b = export_convention (b, id_b, &length_b);
  in_b = declaration_uids (file_b, length_b);
  g_assert_true (same_list (in_a, in_b));
  g_assert_cmpmem (file, length, file_b, length_b);

  /* Kept by the library itself, not only copied through. */
  declarations = lc_store_list (b, LC_TYPE_DECLARATION, "convention_id", id_b, &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (G_LIST_MODEL (declarations), 0);
  declaration = lc_store_get_uid (b, LC_TYPE_DECLARATION, lc_record_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (declaration, ==, g_ptr_array_index (in_a, 0));

  g_clear_object (&a);
  g_clear_object (&b);
  lc_test_remove_tree (dir_a);
  lc_test_remove_tree (dir_b);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export-identity/stable-across-libraries", test_stable_across_libraries);
  g_test_add_func ("/export-identity/distinct-conventions", test_distinct_conventions);
  g_test_add_func ("/export-identity/acronym-without-english", test_acronym_without_english);
  g_test_add_func ("/export-identity/event-ids-collide", test_event_ids_collide);
  g_test_add_func ("/export-identity/declaration-uids", test_declaration_uids);

  return g_test_run ();
}
