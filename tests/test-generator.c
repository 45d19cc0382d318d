/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "lc-convention-io.h"
#include "lc-convention-model.h"
#include "lc-error.h"
#include "lc-generator.h"
#include "lc-test-util.h"

/* The generator behind the benchmarks (tests/bench/bench.c): it must make
 * what it says, or the figures measure something else. */

static gboolean
has_arabic (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0621 && c <= 0x064A)
        return TRUE;
    }

  return FALSE;
}

static gboolean
has_latin (const char *text)
{
  for (const char *p = text; *p; p++)
    if (g_ascii_isalpha (*p))
      return TRUE;

  return FALSE;
}

/* Both languages filled in, each in its own script. */
static void
assert_bilingual (LcRecord   *record,
                  const char *field)
{
  g_autofree char *ar_name = g_strconcat (field, "-ar", NULL);
  g_autofree char *en_name = g_strconcat (field, "-en", NULL);
  const char *ar = lc_record_get_string (record, ar_name);
  const char *en = lc_record_get_string (record, en_name);

  g_assert_true (g_utf8_validate (ar, -1, NULL));
  g_assert_true (g_utf8_validate (en, -1, NULL));
  if (!has_arabic (ar) || !has_latin (en) || has_arabic (en))
    g_error ("%s %" G_GINT64_FORMAT " has %s “%s” / “%s”", G_OBJECT_TYPE_NAME (record),
             lc_record_get_id (record), field, ar, en);
}

static guint
count_kind (LcConflictList *conflicts,
            LcConflictKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (conflicts)); i++)
    {
      g_autoptr(LcConflict) c = g_list_model_get_item (G_LIST_MODEL (conflicts), i);

      n += lc_conflict_get_kind (c) == kind;
    }

  return n;
}

/* What every generated convention must be, whatever its size. */
static void
check_convention (LcConventionModel     *model,
                  const LcGeneratorSize *size)
{
  GListModel *items = lc_convention_model_get_items (model);
  GListModel *people = lc_convention_model_get_people (model);
  GListModel *parts = lc_convention_model_get_participations (model);
  LcRecord *convention = LC_RECORD (lc_convention_model_get_convention (model));
  guint per_item = size->people_per_item ? size->people_per_item : LC_GENERATOR_PEOPLE_PER_ITEM;
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint online_people = 0, online_parts = 0, moderators = 0;
  LcConflictList *conflicts;
  GDate first, last;

  g_assert_cmpuint (g_list_model_get_n_items (items), ==, size->n_items);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, size->n_people);
  g_assert_cmpuint (g_list_model_get_n_items (lc_convention_model_get_cities (model)), ==, size->n_cities);
  g_assert_cmpuint (g_list_model_get_n_items (lc_convention_model_get_rooms (model)), ==, size->n_rooms);
  g_assert_cmpuint (g_list_model_get_n_items (parts), ==, size->n_items * per_item);

  g_assert_true (lc_date_parse (lc_record_get_string (convention, "start-date"), &first));
  g_assert_true (lc_date_parse (lc_record_get_string (convention, "end-date"), &last));
  g_assert_cmpint (g_date_days_between (&first, &last), ==, (int) size->n_days - 1);
  assert_bilingual (convention, "title");

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (items, i);
      gint64 start = lc_record_get_int (item, "start-minute");
      gint64 end = lc_record_get_int (item, "end-minute");
      GDate day;

      assert_bilingual (item, "title");
      assert_bilingual (item, "description");
      g_assert_true (lc_date_parse (lc_record_get_string (item, "day"), &day));
      g_assert_cmpint (g_date_compare (&day, &first), >=, 0);
      g_assert_cmpint (g_date_compare (&day, &last), <=, 0);
      g_assert_cmpint (start, >=, 8 * 60);
      g_assert_cmpint (end, <=, 20 * 60);
      g_assert_cmpint (end - start, >=, 30);
      g_assert_cmpint (end - start, <=, 120);
      g_assert_cmpint (lc_record_get_int (item, "room-id"), >, 0);
      g_assert_nonnull (lc_convention_model_lookup (model, LC_TYPE_ROOM, lc_record_get_int (item, "room-id")));
    }

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (people, i);

      assert_bilingual (person, "name");
      assert_bilingual (person, "position");
      assert_bilingual (person, "organisation");
      online_people += lc_record_get_int (person, "attendance") == LC_ATTENDANCE_ONLINE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (lc_convention_model_get_cities (model)); i++)
    {
      g_autoptr(LcRecord) city = g_list_model_get_item (lc_convention_model_get_cities (model), i);

      assert_bilingual (city, "name");
      assert_bilingual (city, "representative");
    }

  /* Exactly per_item different people in every item, the first moderating. */
  for (guint i = 0; i < g_list_model_get_n_items (parts); i++)
    {
      g_autoptr(LcRecord) part = g_list_model_get_item (parts, i);
      gint64 item_id = lc_record_get_int (part, "item-id");
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, item_id);
      g_autofree char *pair = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                                               item_id, lc_record_get_int (part, "person-id"));
      guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

      g_assert_nonnull (lc_convention_model_lookup (model, LC_TYPE_ITEM, item_id));
      /* Never the same person twice in one item. */
      g_assert_true (g_hash_table_add (pairs, g_steal_pointer (&pair)));
      g_hash_table_replace (counts, g_steal_pointer (&key), GUINT_TO_POINTER (seen + 1));
      online_parts += lc_record_get_int (part, "attendance") == LC_ATTENDANCE_ONLINE;
      moderators += lc_record_get_int (part, "role") == LC_ROLE_MODERATOR;
    }
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (items, i);
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, lc_record_get_id (item));

      g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)), ==, per_item);
    }
  g_assert_cmpuint (moderators, ==, size->n_items);

  /* "A few" online: some, but not most. */
  if (size->n_people >= 1000)
    {
      g_assert_cmpuint (online_people, >, 0);
      g_assert_cmpuint (online_people, <, size->n_people / 10);
      g_assert_cmpuint (online_parts, >, 0);
      g_assert_cmpuint (online_parts, <, size->n_items * per_item / 10);
    }

  /* No room holds two items at once, and nobody is in two places but
   * those double-booked on purpose. */
  conflicts = lc_convention_model_get_conflicts (model);
  g_assert_cmpuint (count_kind (conflicts, LC_CONFLICT_ROOM), ==, 0);
  g_assert_cmpuint (count_kind (conflicts, LC_CONFLICT_OUTSIDE_DATES), ==, 0);
  g_assert_cmpuint (count_kind (conflicts, LC_CONFLICT_BAD_TIMES), ==, 0);
  g_assert_cmpuint (count_kind (conflicts, LC_CONFLICT_PERSON), ==, size->double_bookings);
}

static void
test_generator_sizes (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  const guint sizes[] = { 1, 3, 100, 600 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LcConventionModel) model = NULL;
      LcGeneratorSize size;
      gint64 id;

      lc_generator_size_init (&size, sizes[s]);
      g_assert_cmpuint (size.people_per_item, ==, 5);
      id = lc_generator_create (store, &size, 7 + s, &error);
      g_assert_no_error (error);
      g_assert_cmpint (id, >, 0);

      model = lc_convention_model_load (store, id, &error);
      g_assert_no_error (error);
      check_convention (model, &size);
    }

  lc_test_remove_tree (dir);
}

static void
test_generator_custom (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(LcConventionModel) model = NULL;
  g_autoptr(GError) error = NULL;
  /* More cities than the list of real ones, more rooms than named ones. */
  LcGeneratorSize size = {
    .n_items = 300, .n_people = 120, .n_cities = 60, .n_rooms = 20, .n_days = 4,
    .people_per_item = 3, .double_bookings = 7,
  };
  gint64 id = lc_generator_create (store, &size, 99, &error);

  g_assert_no_error (error);
  model = lc_convention_model_load (store, id, &error);
  g_assert_no_error (error);
  check_convention (model, &size);

  lc_test_remove_tree (dir);
}

/* With fewer people than the agenda needs at once, some are in two places
 * (conflicts), but never twice in one item. */
static void
test_generator_scarce (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(LcConventionModel) model = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  LcGeneratorSize size = {
    .n_items = 200, .n_people = 6, .n_cities = 2, .n_rooms = 10, .n_days = 1,
  };
  GListModel *parts;
  gint64 id = lc_generator_create (store, &size, 5, &error);

  g_assert_no_error (error);
  model = lc_convention_model_load (store, id, &error);
  g_assert_no_error (error);
  parts = lc_convention_model_get_participations (model);
  g_assert_cmpuint (g_list_model_get_n_items (parts), ==, 200 * LC_GENERATOR_PEOPLE_PER_ITEM);
  for (guint i = 0; i < g_list_model_get_n_items (parts); i++)
    {
      g_autoptr(LcRecord) part = g_list_model_get_item (parts, i);

      g_assert_true (g_hash_table_add (pairs, g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                                                               lc_record_get_int (part, "item-id"),
                                                               lc_record_get_int (part, "person-id"))));
    }
  g_assert_cmpuint (count_kind (lc_convention_model_get_conflicts (model), LC_CONFLICT_PERSON), >, 0);

  lc_test_remove_tree (dir);
}

static char *
generate_and_export (guint32 seed)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) uid = NULL;
  LcGeneratorSize size;
  char *data, *bare;
  gint64 id;

  lc_generator_size_init (&size, 250);
  id = lc_generator_create (store, &size, seed, &error);
  g_assert_no_error (error);
  data = lc_convention_export_data (store, id, NULL, &error);
  g_assert_no_error (error);
  /* The records' uids are random, as each library's are: the seed decides
   * everything else. */
  g_assert_nonnull (strstr (data, "\"uid\" : \""));
  uid = g_regex_new ("\"uid\" : \"[0-9a-f-]{36}\"", 0, 0, NULL);
  bare = g_regex_replace_literal (uid, data, -1, 0, "\"uid\" : \"\"", 0, &error);
  g_assert_no_error (error);
  g_free (data);

  lc_test_remove_tree (dir);
  return bare;
}

static void
test_generator_deterministic (void)
{
  g_autofree char *a = generate_and_export (42);
  g_autofree char *b = generate_and_export (42);
  g_autofree char *c = generate_and_export (43);

  g_assert_cmpuint (strlen (a), >, 100000);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
}

static void
test_generator_refuses (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  LcGeneratorSize size;

  /* 2 rooms × 1 day hold at most 48 items of 30 minutes. */
  lc_generator_size_init (&size, 49);
  size.n_rooms = 2;
  size.n_days = 1;
  g_assert_cmpint (lc_generator_create (store, &size, 1, &error), ==, 0);
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "49 items"));
  g_clear_error (&error);

  size.n_items = 48;
  size.n_people = 4;
  g_assert_cmpint (lc_generator_create (store, &size, 1, &error), ==, 0);
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  size.n_people = 100;
  size.n_days = 0;
  g_assert_cmpint (lc_generator_create (store, &size, 1, &error), ==, 0);
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  /* Nothing was written by the refusals; the full size then fits. */
  g_assert_cmpint (lc_store_count (store, LC_TYPE_CONVENTION, NULL, 0, &error), ==, 0);
  g_assert_no_error (error);
  size.n_days = 1;
  g_assert_cmpint (lc_generator_create (store, &size, 1, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_ITEM, NULL, 0, &error), ==, 48);

  lc_test_remove_tree (dir);
}

/* A failure midway leaves nothing behind: the generator is one transaction. */
static void
test_generator_atomic (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = lc_store_get_handle (store);
  LcGeneratorSize size;

  /* Participations are written last: make the 400th one fail. */
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TEMP TRIGGER fail_late BEFORE INSERT ON participations"
                                 " WHEN (SELECT count(*) FROM participations) >= 400"
                                 " BEGIN SELECT RAISE (ABORT, 'disk on fire'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  lc_generator_size_init (&size, 100);
  g_assert_cmpint (lc_generator_create (store, &size, 5, &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_cmpint (lc_store_count (store, LC_TYPE_CONVENTION, NULL, 0, &error), ==, 0);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_PERSON, NULL, 0, &error), ==, 0);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_PARTICIPATION, NULL, 0, &error), ==, 0);
  g_assert_no_error (error);

  lc_test_remove_tree (dir);
}

/* The model's participations by item and by person, which it groups once
 * and groups again after a change, against a plain scan of its list. */
static void
assert_lookups (LcConventionModel *model)
{
  GListModel *parts = lc_convention_model_get_participations (model);
  GListModel *lists[] = { lc_convention_model_get_items (model), lc_convention_model_get_people (model) };
  const char *columns[] = { "item-id", "person-id" };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(LcRecord) owner = g_list_model_get_item (lists[l], i);
        gint64 id = lc_record_get_id (owner);
        g_autoptr(GPtrArray) got = l == 0 ? lc_convention_model_get_item_participations (model, id)
                                          : lc_convention_model_get_person_participations (model, id);
        guint k = 0;

        for (guint j = 0; j < g_list_model_get_n_items (parts); j++)
          {
            g_autoptr(LcRecord) p = g_list_model_get_item (parts, j);

            if (lc_record_get_int (p, columns[l]) != id)
              continue;
            g_assert_cmpuint (k, <, got->len);
            g_assert_true (g_ptr_array_index (got, k) == (gpointer) p);
            k++;
          }
        g_assert_cmpuint (k, ==, got->len);
      }
}

static void
test_generator_lookups (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(LcConventionModel) model = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) original = NULL;
  g_autoptr(LcRecord) moved = NULL;
  g_autoptr(GPtrArray) left = NULL;
  g_autoptr(LcRecord) added = NULL;
  g_autoptr(LcRecord) item = NULL;
  g_autoptr(LcRecord) person = NULL;
  g_autoptr(LcRecord) gone = NULL;
  GListModel *parts;
  LcGeneratorSize size;
  gint64 id;

  lc_generator_size_init (&size, 120);
  id = lc_generator_create (store, &size, 3, &error);
  g_assert_no_error (error);
  model = lc_convention_model_load (store, id, &error);
  g_assert_no_error (error);
  parts = lc_convention_model_get_participations (model);
  assert_lookups (model);

  /* Someone else takes a place in another item. */
  original = g_list_model_get_item (parts, 7);
  moved = lc_record_copy (original);
  item = g_list_model_get_item (lc_convention_model_get_items (model), 60);
  lc_record_set_int (moved, "item-id", lc_record_get_id (item));
  lc_record_set_int (moved, "position", 9);
  g_assert_true (lc_store_update (store, moved, &error));
  g_assert_no_error (error);
  assert_lookups (model);

  /* A new participation, a deleted one, and a person deleted with theirs. */
  person = g_list_model_get_item (lc_convention_model_get_people (model), 3);
  added = g_object_new (LC_TYPE_PARTICIPATION, NULL);
  lc_record_set_int (added, "item-id", lc_record_get_id (item));
  lc_record_set_int (added, "person-id", lc_record_get_id (person));
  lc_record_set_int (added, "role", LC_ROLE_PRESENTER);
  lc_record_set_int (added, "position", 10);
  g_assert_true (lc_store_insert (store, added, &error));
  g_assert_no_error (error);
  assert_lookups (model);

  gone = g_list_model_get_item (parts, 20);
  g_assert_true (lc_store_delete (store, gone, &error));
  g_assert_no_error (error);
  assert_lookups (model);

  g_assert_true (lc_store_delete (store, person, &error));
  g_assert_no_error (error);
  assert_lookups (model);
  left = lc_convention_model_get_person_participations (model, lc_record_get_id (person));
  g_assert_cmpuint (left->len, ==, 0);

  lc_test_remove_tree (dir);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* A conflict list as sorted lines, to compare two ways of computing it. */
static char *
describe (LcConflictList *list)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(LcConflict) c = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_ptr_array_add (lines, g_strdup_printf ("%d %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %"
                                               G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                                               lc_conflict_get_kind (c), lc_conflict_get_item_id (c),
                                               lc_conflict_get_other_item_id (c),
                                               lc_conflict_get_person_id (c), lc_conflict_get_room_id (c)));
    }
  g_ptr_array_sort (lines, compare_strings);
  g_ptr_array_add (lines, NULL);

  return g_strjoinv ("\n", (char **) lines->pdata);
}

/* The model's conflicts (read from its records) are those the store's
 * (read with SQL) are, also as online attendance frees a room. */
static void
assert_same_conflicts (LcStore           *store,
                       LcConventionModel *model)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcConflictList) found = lc_conflicts_find (store, lc_convention_model_get_id (model), &error);
  g_autofree char *from_store = NULL;
  g_autofree char *from_model = NULL;

  g_assert_no_error (error);
  from_store = describe (found);
  from_model = describe (lc_convention_model_get_conflicts (model));
  g_assert_cmpstr (from_model, ==, from_store);
}

static guint
count_room_conflicts_of (LcConflictList *list,
                         gint64          item_id)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(LcConflict) c = g_list_model_get_item (G_LIST_MODEL (list), i);

      n += lc_conflict_get_kind (c) == LC_CONFLICT_ROOM && lc_conflict_involves_item (c, item_id);
    }

  return n;
}

static void
set_attendance (LcStore      *store,
                LcRecord     *record,
                LcAttendance  attendance)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) copy = lc_record_copy (record);

  lc_record_set_int (copy, "attendance", attendance);
  g_assert_true (lc_store_update (store, copy, &error));
  g_assert_no_error (error);
}

static void
test_generator_model_conflicts (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(LcConventionModel) model = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) first = NULL;
  g_autoptr(LcRecord) second = NULL;
  g_autoptr(LcRecord) moved = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  GListModel *items;
  LcGeneratorSize size;
  gboolean held = TRUE;
  gint64 id;

  lc_generator_size_init (&size, 300);
  id = lc_generator_create (store, &size, 11, &error);
  g_assert_no_error (error);
  model = lc_convention_model_load (store, id, &error);
  g_assert_no_error (error);
  assert_same_conflicts (store, model);
  g_assert_cmpuint (count_kind (lc_convention_model_get_conflicts (model), LC_CONFLICT_ROOM), ==, 0);

  /* Two items at once in one room: a room conflict... */
  items = lc_convention_model_get_items (model);
  first = g_list_model_get_item (items, 10);
  for (guint i = 11; second == NULL; i++)
    {
      g_autoptr(LcRecord) other = g_list_model_get_item (items, i);

      if (g_str_equal (lc_record_get_string (other, "day"), lc_record_get_string (first, "day"))
          && lc_record_get_int (other, "start-minute") < lc_record_get_int (first, "end-minute")
          && lc_record_get_int (other, "room-id") != lc_record_get_int (first, "room-id"))
        second = g_steal_pointer (&other);
    }
  moved = lc_record_copy (second);
  lc_record_set_int (moved, "room-id", lc_record_get_int (first, "room-id"));
  g_assert_true (lc_store_update (store, moved, &error));
  g_assert_no_error (error);
  assert_same_conflicts (store, model);
  g_assert_cmpuint (count_room_conflicts_of (lc_convention_model_get_conflicts (model),
                                             lc_record_get_id (first)), ==, 1);

  /* ...until everyone in the first takes part online, some by their own
   * default, the others for this item only. */
  parts = lc_convention_model_get_item_participations (model, lc_record_get_id (first));
  for (guint k = 0; k < parts->len; k++)
    {
      LcRecord *part = g_ptr_array_index (parts, k);

      if (k % 2)
        {
          LcRecord *person = lc_convention_model_lookup (model, LC_TYPE_PERSON,
                                                         lc_record_get_int (part, "person-id"));

          set_attendance (store, part, LC_ATTENDANCE_UNSET);
          set_attendance (store, person, LC_ATTENDANCE_ONLINE);
        }
      else
        {
          set_attendance (store, part, LC_ATTENDANCE_ONLINE);
        }
      assert_same_conflicts (store, model);

      /* Still held in the room while anyone in it is there in person. */
      held = FALSE;
      for (guint j = 0; j < parts->len; j++)
        held |= lc_convention_model_get_attendance (model, g_ptr_array_index (parts, j)) != LC_ATTENDANCE_ONLINE;
      g_assert_cmpuint (count_room_conflicts_of (lc_convention_model_get_conflicts (model),
                                                 lc_record_get_id (first)), ==, held ? 1 : 0);
    }
  g_assert_false (held);

  lc_test_remove_tree (dir);
}

typedef struct
{
  GMainLoop         *loop;
  LcConventionModel *model;
  GError            *error;
} Loaded;

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Loaded *loaded = user_data;

  loaded->model = lc_convention_model_load_finish (result, &loaded->error);
  g_main_loop_quit (loaded->loop);
}

/* A large convention loads in a worker thread and its conflicts compute. */
static void
test_generator_large_async (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Loaded loaded = { loop, NULL, NULL };
  LcGeneratorSize size;
  gint64 id;

  lc_generator_size_init (&size, 2000);
  size.n_people = 5000;
  id = lc_generator_create (store, &size, 2000, &error);
  g_assert_no_error (error);

  lc_convention_model_load_async (store, id, NULL, on_loaded, &loaded);
  g_main_loop_run (loop);
  g_assert_no_error (loaded.error);
  g_assert_nonnull (loaded.model);

  g_assert_cmpuint (size.double_bookings, ==, 20);
  check_convention (loaded.model, &size);

  g_object_unref (loaded.model);
  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/generator/sizes", test_generator_sizes);
  g_test_add_func ("/generator/custom", test_generator_custom);
  g_test_add_func ("/generator/scarce", test_generator_scarce);
  g_test_add_func ("/generator/deterministic", test_generator_deterministic);
  g_test_add_func ("/generator/refuses", test_generator_refuses);
  g_test_add_func ("/generator/atomic", test_generator_atomic);
  g_test_add_func ("/generator/lookups", test_generator_lookups);
  g_test_add_func ("/generator/model-conflicts", test_generator_model_conflicts);
  g_test_add_func ("/generator/large-async", test_generator_large_async);

  return g_test_run ();
}
