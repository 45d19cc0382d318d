/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-convention-model.h"
#include "lc-generator.h"
#include "lc-models.h"
#include "lc-test-util.h"

/* An edit that moves an item in the open convention's list (issue 17):
 * the list reports one change covering only the positions between the
 * item's old place and its new, so that GTK's list view binds those rows
 * again and not every row after them; finding the item's place reads a
 * handful of items, not the list; and the list is still exactly the
 * store's, in order. Counted, not timed. Also the records' revisions,
 * which the agenda's rows compare instead of texts. */

#define N_ITEMS 2500

typedef struct
{
  guint position;
  guint removed;
  guint added;
} Change;

typedef struct
{
  char              *dir;
  LcStore           *store;
  LcConventionModel *model;
  gint64             id;
  GArray            *changes;
} Fixture;

static void
record_change (GListModel *items,
               guint       position,
               guint       removed,
               guint       added,
               Fixture    *f)
{
  Change change = { position, removed, added };

  g_array_append_val (f->changes, change);
}

static void
fixture_open (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  LcGeneratorSize size;

  f->store = lc_test_open_store (&f->dir);
  lc_generator_size_init (&size, N_ITEMS);
  f->id = lc_generator_create (f->store, &size, 41, &error);
  g_assert_no_error (error);
  f->model = lc_convention_model_load (f->store, f->id, &error);
  g_assert_no_error (error);
  f->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  g_signal_connect (lc_convention_model_get_items (f->model), "items-changed", G_CALLBACK (record_change), f);
}

static void
fixture_close (Fixture *f)
{
  g_clear_object (&f->model);
  g_clear_object (&f->store);
  g_array_unref (f->changes);
  lc_test_remove_tree (f->dir);
  g_free (f->dir);
}

static guint
position_of (GListModel *items,
             gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (items, i);

      if (lc_record_get_id (item) == id)
        return i;
    }

  return G_MAXUINT;
}

/* The oracle: the store's own list of the convention's items, in its SQL
 * order, against the model's, record by record. */
static void
check_list (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) stored = lc_store_list_for_convention (f->store, LC_TYPE_ITEM, f->id, &error);
  GListModel *items = lc_convention_model_get_items (f->model);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (stored));

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) have = g_list_model_get_item (items, i);
      g_autoptr(LcRecord) want = g_list_model_get_item (G_LIST_MODEL (stored), i);

      g_assert_cmpint (lc_record_get_id (have), ==, lc_record_get_id (want));
      g_assert_true (lc_record_equal (have, want));
    }
}

/* Moves the item at @position by @minutes (to @day, unless %NULL),
 * saved as the agenda saves it. */
static gint64
move_item (Fixture    *f,
           guint       position,
           int         minutes,
           const char *day)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) item = g_list_model_get_item (lc_convention_model_get_items (f->model), position);
  g_autoptr(LcRecord) moved = lc_record_copy (item);

  lc_item_set_start_minute (LC_ITEM (moved), lc_item_get_start_minute (LC_ITEM (item)) + minutes);
  lc_item_set_end_minute (LC_ITEM (moved), lc_item_get_end_minute (LC_ITEM (item)) + minutes);
  if (day != NULL)
    lc_item_set_day (LC_ITEM (moved), day);
  g_array_set_size (f->changes, 0);
  g_assert_true (lc_store_update (f->store, moved, &error));
  g_assert_no_error (error);

  return lc_record_get_id (moved);
}

/* What a move told the list's views: moving earlier, one change covering
 * the new and the old position and nothing else; moving later, the
 * removal at the old position then the insertion at the new (what GTK
 * 4.8's list view handles best: lc-convention-model-positions.c). */
static void
check_changes (Fixture *f,
               guint    from,
               guint    to)
{
  Change *change;

  for (guint i = 0; i < f->changes->len; i++)
    {
      change = &g_array_index (f->changes, Change, i);
      g_test_message ("moved from %u to %u: items-changed (%u, %u, %u)", from, to,
                      change->position, change->removed, change->added);
    }
  change = &g_array_index (f->changes, Change, 0);
  if (to > from)
    {
      g_assert_cmpuint (f->changes->len, ==, 2);
      g_assert_cmpuint (change[0].position, ==, from);
      g_assert_cmpuint (change[0].removed, ==, 1);
      g_assert_cmpuint (change[0].added, ==, 0);
      g_assert_cmpuint (change[1].position, ==, to);
      g_assert_cmpuint (change[1].removed, ==, 0);
      g_assert_cmpuint (change[1].added, ==, 1);
      return;
    }
  g_assert_cmpuint (f->changes->len, ==, 1);
  g_assert_cmpuint (change->position, ==, to);
  g_assert_cmpuint (change->removed, ==, from - to + 1);
  g_assert_cmpuint (change->added, ==, change->removed);
}

/* Moves the item at @from by @minutes: the changes are those of
 * check_changes (), the index reads the item where it says and the
 * positions passed, and the list is the store's. Returns where it went. */
static guint
move_counting_reads (Fixture *f,
                     guint    from,
                     int      minutes)
{
  guint reads = lc_convention_model_get_position_reads (f->model);
  gint64 id = move_item (f, from, minutes, NULL);
  guint to = position_of (lc_convention_model_get_items (f->model), id);
  guint span = MAX (from, to) - MIN (from, to) + 1;

  check_changes (f, from, to);
  reads = lc_convention_model_get_position_reads (f->model) - reads;
  g_test_message ("position reads for a move over %u items: %u", span, reads);
  g_assert_cmpuint (reads, <=, span + 2);
  check_list (f);

  return to;
}

static void
test_move (void)
{
  Fixture f = { NULL };
  guint from, to;

  fixture_open (&f);

  /* Later by two hours, some way down the list: it passes its day's
   * items of those two hours. The index was made as the lists loaded: the
   * item is read where it says, and the positions passed written again. */
  to = move_counting_reads (&f, N_ITEMS / 2, 120);
  g_assert_cmpuint (to, >, N_ITEMS / 2);
  /* Earlier again: the same, over the span. */
  g_assert_cmpuint (move_counting_reads (&f, to, -120), <, to);
  /* Earlier, another item. */
  g_assert_cmpuint (move_counting_reads (&f, N_ITEMS / 4, -30), <, N_ITEMS / 4);

  /* An edit that keeps the item's place replaces it alone. */
  from = 10;
  move_item (&f, from, 0, NULL);
  g_assert_cmpuint (f.changes->len, ==, 1);
  g_assert_cmpuint (g_array_index (f.changes, Change, 0).position, ==, from);
  g_assert_cmpuint (g_array_index (f.changes, Change, 0).removed, ==, 1);
  g_assert_cmpuint (g_array_index (f.changes, Change, 0).added, ==, 1);

  fixture_close (&f);
}

/* Insertions and removals shift positions: the index must not answer
 * from before them. Then a move to another day, across the list. */
static void
test_after_removals (void)
{
  Fixture f = { NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) first = NULL;
  g_autoptr(LcRecord) last = NULL;
  g_autoptr(LcRecord) copy = NULL;
  GListModel *items;
  guint from, to;
  gint64 id;

  fixture_open (&f);
  items = lc_convention_model_get_items (f.model);
  move_item (&f, N_ITEMS / 2, 60, NULL);

  /* Gone from before the positions asked about, and one added back. */
  first = g_list_model_get_item (items, 3);
  copy = lc_record_copy (first);
  g_assert_true (lc_store_delete (f.store, first, &error));
  g_assert_no_error (error);
  from = N_ITEMS / 2;
  id = move_item (&f, from, -60, NULL);
  to = position_of (items, id);
  check_changes (&f, from, to);
  check_list (&f);

  g_assert_true (lc_store_insert (f.store, copy, &error));
  g_assert_no_error (error);
  check_list (&f);

  /* To the last item's day, from the first: across the list. */
  last = g_list_model_get_item (items, g_list_model_get_n_items (items) - 1);
  id = move_item (&f, 0, 0, lc_item_get_day (LC_ITEM (last)));
  to = position_of (items, id);
  g_assert_cmpuint (to, >, N_ITEMS / 2);
  check_changes (&f, 0, to);
  check_list (&f);

  fixture_close (&f);
}

/* A revision names one record's values at one time. */
static void
test_revisions (void)
{
  g_autoptr(LcItem) item = g_object_new (LC_TYPE_ITEM, NULL);
  g_autoptr(LcItem) other = g_object_new (LC_TYPE_ITEM, NULL);
  g_autoptr(LcRecord) copy = NULL;
  guint64 made = lc_record_get_revision (LC_RECORD (item));
  guint64 changed;

  g_assert_cmpuint (made, !=, 0);
  g_assert_cmpuint (lc_record_get_revision (LC_RECORD (other)), !=, made);

  lc_item_set_start_minute (item, 600);
  changed = lc_record_get_revision (LC_RECORD (item));
  g_assert_cmpuint (changed, !=, made);
  /* The same value again is no change. */
  lc_item_set_start_minute (item, 600);
  g_assert_cmpuint (lc_record_get_revision (LC_RECORD (item)), ==, changed);

  lc_record_set_text (LC_RECORD (item), "title", "عنوان", "A title");
  g_assert_cmpuint (lc_record_get_revision (LC_RECORD (item)), !=, changed);
  changed = lc_record_get_revision (LC_RECORD (item));

  /* A copy has the values, not the revision; taking values back changes it. */
  copy = lc_record_copy (LC_RECORD (item));
  g_assert_cmpuint (lc_record_get_revision (copy), !=, changed);
  lc_item_set_end_minute (LC_ITEM (copy), 660);
  lc_record_assign_values (LC_RECORD (item), copy);
  g_assert_cmpuint (lc_record_get_revision (LC_RECORD (item)), !=, changed);
  changed = lc_record_get_revision (LC_RECORD (item));
  lc_record_assign_values (LC_RECORD (item), copy);
  g_assert_cmpuint (lc_record_get_revision (LC_RECORD (item)), ==, changed);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model-positions/move", test_move);
  g_test_add_func ("/model-positions/after-removals", test_after_removals);
  g_test_add_func ("/model-positions/revisions", test_revisions);

  return g_test_run ();
}
