/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-convention-model.h"
#include "lc-generator.h"
#include "lc-models.h"
#include "lc-places.h"
#include "lc-test-util.h"

/* The open convention's conflicts after an edit: computed again for the
 * edited item's days only, and still exactly what a computation over the
 * whole library finds (lc_conflicts_find (), read from SQLite, is the
 * oracle). Issue 17 found one save of an agenda of 10,000 items computing
 * every day's conflicts again on the main thread; the count of items read
 * is what this test holds, not a time. */

typedef struct
{
  char              *dir;
  LcStore           *store;
  LcConventionModel *model;
  gint64             id;
  guint              n_items;
  guint              read;       /* conflict inputs counted so far */
} Fixture;

/* As the agenda's rows do: each change to the item list asks for the
 * conflicts, in the middle of a move (removed, not yet inserted). */
static void
ask_conflicts (GListModel        *items,
               guint              position,
               guint              removed,
               guint              added,
               LcConventionModel *model)
{
  lc_convention_model_get_conflicts (model);
}

static void
fixture_open (Fixture *f,
              guint    n_items)
{
  g_autoptr(GError) error = NULL;
  LcGeneratorSize size;

  f->store = lc_test_open_store (&f->dir);
  lc_generator_size_init (&size, n_items);
  f->id = lc_generator_create (f->store, &size, 23, &error);
  g_assert_no_error (error);
  f->model = lc_convention_model_load (f->store, f->id, &error);
  g_assert_no_error (error);
  g_signal_connect (lc_convention_model_get_items (f->model), "items-changed", G_CALLBACK (ask_conflicts), f->model);
  f->n_items = n_items;
}

static void
fixture_close (Fixture *f)
{
  g_clear_object (&f->model);
  g_clear_object (&f->store);
  lc_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* The model's conflicts, entry by entry, are the library's. */
static void
check_against_library (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcConflictList) expected = lc_conflicts_find (f->store, f->id, &error);
  GListModel *have = G_LIST_MODEL (lc_convention_model_get_conflicts (f->model));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (expected));

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (have), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcConflict) a = g_list_model_get_item (have, i);
      g_autoptr(LcConflict) b = g_list_model_get_item (G_LIST_MODEL (expected), i);

      g_assert_cmpint (lc_conflict_get_kind (a), ==, lc_conflict_get_kind (b));
      g_assert_cmpint (lc_conflict_get_item_id (a), ==, lc_conflict_get_item_id (b));
      g_assert_cmpint (lc_conflict_get_other_item_id (a), ==, lc_conflict_get_other_item_id (b));
      g_assert_cmpint (lc_conflict_get_person_id (a), ==, lc_conflict_get_person_id (b));
      g_assert_cmpint (lc_conflict_get_room_id (a), ==, lc_conflict_get_room_id (b));
      g_assert_cmpint (lc_conflict_get_place_id (a), ==, lc_conflict_get_place_id (b));
    }
}

static guint
items_on (Fixture    *f,
          const char *day,
          const char *other_day)
{
  GListModel *items = lc_convention_model_get_items (f->model);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LcItem) item = g_list_model_get_item (items, i);
      const char *its = lc_item_get_day (item);

      n += g_str_equal (its, day) || g_strcmp0 (its, other_day) == 0;
    }
  return n;
}

/* Items the conflicts read since the last call. */
static guint
read_since (Fixture *f)
{
  guint now = lc_convention_model_get_conflict_inputs (f->model);
  guint read = now - f->read;

  f->read = now;
  return read;
}

static LcItem *
item_at (Fixture *f,
         guint    position)
{
  return g_list_model_get_item (lc_convention_model_get_items (f->model), position);
}

static void
update (Fixture  *f,
        LcRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lc_store_update (f->store, record, &error));
  g_assert_no_error (error);
}

/* Each edit as the agenda makes it (a copy of the record, saved), then
 * the conflicts: right, and read from the edited days alone. */
static void
edit_and_check (guint n_items)
{
  Fixture f = { NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(LcItem) first = NULL, last = NULL, copy = NULL;
  g_autoptr(LcRecord) person = NULL;
  g_autofree char *first_day = NULL, *last_day = NULL;
  GListModel *people;
  guint expected, read;

  fixture_open (&f, n_items);
  check_against_library (&f);
  g_assert_cmpuint (read_since (&f), ==, n_items);

  first = item_at (&f, 0);
  last = item_at (&f, n_items - 1);
  first_day = g_strdup (lc_item_get_day (first));
  last_day = g_strdup (lc_item_get_day (last));
  g_assert_cmpstr (first_day, !=, last_day);

  /* Moved within its day, onto the next item's time: one day read. */
  copy = LC_ITEM (lc_record_copy (LC_RECORD (first)));
  {
    g_autoptr(LcItem) next = item_at (&f, 1);

    lc_item_set_start_minute (copy, lc_item_get_start_minute (next));
    lc_item_set_end_minute (copy, lc_item_get_end_minute (next));
  }
  update (&f, LC_RECORD (copy));
  check_against_library (&f);
  expected = items_on (&f, first_day, NULL);
  read = read_since (&f);
  g_test_message ("%u items: one item moved within its day read %u items", n_items, read);
  g_assert_cmpuint (read, ==, expected);
  g_assert_cmpuint (expected, <, n_items);
  g_clear_object (&copy);

  /* Moved to the last day: both days read, its old conflicts gone. */
  copy = LC_ITEM (lc_record_copy (LC_RECORD (first)));
  lc_item_set_day (copy, last_day);
  update (&f, LC_RECORD (copy));
  check_against_library (&f);
  g_assert_cmpuint (read_since (&f), ==, items_on (&f, first_day, last_day));
  g_clear_object (&copy);

  /* Someone of the first item also in the last one: a person conflict
   * where their times meet. */
  {
    g_autoptr(GPtrArray) parts = lc_convention_model_get_item_participations (f.model, lc_record_get_id (LC_RECORD (last)));
    g_autoptr(LcRecord) added = NULL;
    g_autoptr(LcItem) moved = item_at (&f, 0);

    g_assert_cmpuint (parts->len, >, 0);
    added = lc_record_copy (g_ptr_array_index (parts, 0));
    lc_record_set_id (added, 0);
    lc_participation_set_item_id (LC_PARTICIPATION (added), lc_record_get_id (LC_RECORD (moved)));
    lc_participation_set_position (LC_PARTICIPATION (added), 99);
    g_assert_true (lc_store_insert (f.store, added, &error));
    g_assert_no_error (error);
    check_against_library (&f);
    g_assert_cmpuint (read_since (&f), ==, items_on (&f, lc_item_get_day (moved), NULL));
  }

  /* Two items of one day sent to one off-site place at the same time:
   * a place conflict, found from their day alone. */
  {
    g_autoptr(LcRecord) museum = g_object_new (LC_TYPE_PLACE, "convention-id", f.id, NULL);
    g_autoptr(LcItem) a = item_at (&f, 2), b = NULL;
    GListModel *conflicts;
    gboolean found = FALSE;

    g_assert_true (lc_store_insert (f.store, museum, &error));
    g_assert_no_error (error);
    lc_convention_model_get_conflicts (f.model);
    read_since (&f);
    for (guint i = 3; b == NULL; i++)
      {
        g_autoptr(LcItem) other = item_at (&f, i);

        if (g_str_equal (lc_item_get_day (other), lc_item_get_day (a)))
          b = g_steal_pointer (&other);
      }
    for (guint i = 0; i < 2; i++)
      {
        copy = LC_ITEM (lc_record_copy (LC_RECORD (i == 0 ? a : b)));
        lc_item_set_room_id (copy, 0);
        lc_item_set_place_id (copy, lc_record_get_id (museum));
        lc_item_set_start_minute (copy, lc_item_get_start_minute (a));
        lc_item_set_end_minute (copy, lc_item_get_end_minute (a));
        update (&f, LC_RECORD (copy));
        g_clear_object (&copy);
      }
    check_against_library (&f);
    /* Two saves, each reading that day once. */
    g_assert_cmpuint (read_since (&f), ==, 2 * items_on (&f, lc_item_get_day (a), NULL));
    conflicts = G_LIST_MODEL (lc_convention_model_get_conflicts (f.model));
    for (guint i = 0; i < g_list_model_get_n_items (conflicts); i++)
      {
        g_autoptr(LcConflict) c = g_list_model_get_item (conflicts, i);

        found |= lc_conflict_get_kind (c) == LC_CONFLICT_PLACE
                 && lc_conflict_get_place_id (c) == lc_record_get_id (museum)
                 && lc_conflict_involves_item (c, lc_record_get_id (LC_RECORD (a)))
                 && lc_conflict_involves_item (c, lc_record_get_id (LC_RECORD (b)));
      }
    g_assert_true (found);
  }

  /* Moved past the convention's end, a day of its own: its old day read. */
  copy = LC_ITEM (lc_record_copy (LC_RECORD (last)));
  lc_item_set_day (copy, "2099-01-01");
  update (&f, LC_RECORD (copy));
  check_against_library (&f);
  g_assert_cmpuint (read_since (&f), ==, items_on (&f, last_day, "2099-01-01"));
  g_clear_object (&copy);

  /* Deleted: nothing left on its day, and its conflict gone with it. */
  g_assert_true (lc_store_delete (f.store, LC_RECORD (last), &error));
  g_assert_no_error (error);
  check_against_library (&f);
  g_assert_cmpuint (read_since (&f), ==, 0);

  /* A person's own attendance counts wherever they are: every day read. */
  people = lc_convention_model_get_people (f.model);
  person = lc_record_copy (g_list_model_get_item (people, 0));
  g_object_unref (g_list_model_get_item (people, 0));
  lc_person_set_attendance (LC_PERSON (person), LC_ATTENDANCE_ONLINE);
  update (&f, person);
  check_against_library (&f);
  g_assert_cmpuint (read_since (&f), ==, n_items - 1);

  fixture_close (&f);
}

/* At most what a binary search for each of @n_days days reads, beyond
 * the days' own items: a probe per halving, and the first item after. */
static guint
search_reads (guint n_items,
              guint n_days)
{
  guint probes = 0;

  for (guint n = n_items; n > 0; n /= 2)
    probes++;
  return n_days * (probes + 1);
}

/* Items read to find the edited days' items, on an agenda of 10,000:
 * their own and a binary search's, not every item of the agenda (issue 17
 * found 47 M instructions per save there). */
static void
test_reads (void)
{
  const guint n_items = 10000;
  Fixture f = { NULL };
  g_autoptr(LcItem) middle = NULL, last = NULL, copy = NULL, next = NULL;
  g_autofree char *day = NULL, *last_day = NULL;
  guint before, read, on_day;

  fixture_open (&f, n_items);
  lc_convention_model_get_conflicts (f.model);
  read_since (&f);

  middle = item_at (&f, n_items / 2);
  next = item_at (&f, n_items / 2 + 1);
  last = item_at (&f, n_items - 1);
  day = g_strdup (lc_item_get_day (middle));
  last_day = g_strdup (lc_item_get_day (last));
  g_assert_cmpstr (day, !=, last_day);

  /* Moved within its day. */
  copy = LC_ITEM (lc_record_copy (LC_RECORD (middle)));
  lc_item_set_start_minute (copy, lc_item_get_start_minute (next));
  lc_item_set_end_minute (copy, lc_item_get_end_minute (next));
  before = lc_convention_model_get_conflict_reads (f.model);
  update (&f, LC_RECORD (copy));
  check_against_library (&f);
  read = lc_convention_model_get_conflict_reads (f.model) - before;
  on_day = items_on (&f, day, NULL);
  g_test_message ("%u items: a move within a day of %u items read %u items to find them", n_items, on_day, read);
  g_assert_cmpuint (read_since (&f), ==, on_day);
  g_assert_cmpuint (read, <=, on_day + search_reads (n_items, 1));
  g_clear_object (&copy);

  /* Moved to the last day: two days searched. */
  copy = LC_ITEM (lc_record_copy (LC_RECORD (middle)));
  lc_item_set_day (copy, last_day);
  before = lc_convention_model_get_conflict_reads (f.model);
  update (&f, LC_RECORD (copy));
  check_against_library (&f);
  read = lc_convention_model_get_conflict_reads (f.model) - before;
  on_day = items_on (&f, day, last_day);
  g_test_message ("%u items: a move to another day (%u items on both) read %u items to find them",
                  n_items, on_day, read);
  g_assert_cmpuint (read_since (&f), ==, on_day);
  g_assert_cmpuint (read, <=, on_day + search_reads (n_items, 2));

  fixture_close (&f);
}

static void
test_days (void)
{
  /* Three days, then five: an edit reads one day's items, whatever the
   * agenda's size. */
  edit_and_check (600);
  edit_and_check (2500);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/conflicts-days/edits", test_days);
  g_test_add_func ("/conflicts-days/reads", test_reads);

  return g_test_run ();
}
