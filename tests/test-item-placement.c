/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-item-placement.h"

/*
 * Where Add and Duplicate put an item (lc-item-placement.c), on a two-day
 * convention with two items on its first day and none on its second.
 */

static LcRecord *
make_convention (void)
{
  LcRecord *convention = g_object_new (LC_TYPE_CONVENTION, NULL);

  lc_record_set_id (convention, 7);
  lc_record_set_string (convention, "start-date", "2023-05-10");
  lc_record_set_string (convention, "end-date", "2023-05-11");
  return convention;
}

static LcRecord *
make_item (gint64      id,
           const char *day,
           int         start,
           int         end,
           gint64      room_id)
{
  LcRecord *item = g_object_new (LC_TYPE_ITEM, NULL);

  lc_record_set_id (item, id);
  lc_record_set_int (item, "convention-id", 7);
  lc_record_set_int (item, "kind", LC_ITEM_KIND_EXERCISE);
  lc_record_set_string (item, "day", day);
  lc_record_set_int (item, "start-minute", start);
  lc_record_set_int (item, "end-minute", end);
  lc_record_set_int (item, "room-id", room_id);
  return item;
}

/* The items by day and time, as the convention model lists them. */
static GListModel *
make_items (void)
{
  GListStore *items = g_list_store_new (LC_TYPE_ITEM);
  g_autoptr(LcRecord) opening = make_item (1, "2023-05-10", 9 * 60, 10 * 60, 3);
  g_autoptr(LcRecord) panel = make_item (2, "2023-05-10", 10 * 60 + 30, 12 * 60, 4);

  g_list_store_append (items, opening);
  g_list_store_append (items, panel);
  return G_LIST_MODEL (items);
}

static void
assert_draft (LcItem     *draft,
              const char *day,
              int         start,
              int         end,
              gint64      room_id)
{
  LcRecord *record = LC_RECORD (draft);

  g_assert_cmpint (lc_record_get_id (record), ==, 0);
  g_assert_cmpint (lc_record_get_int (record, "convention-id"), ==, 7);
  g_assert_cmpint (lc_record_get_int (record, "kind"), ==, LC_ITEM_KIND_SESSION);
  g_assert_cmpstr (lc_record_get_string (record, "day"), ==, day);
  g_assert_cmpint (lc_record_get_int (record, "start-minute"), ==, start);
  g_assert_cmpint (lc_record_get_int (record, "end-minute"), ==, end);
  g_assert_cmpint (lc_record_get_int (record, "room-id"), ==, room_id);
}

static void
test_draft (void)
{
  g_autoptr(LcRecord) convention = make_convention ();
  g_autoptr(GListModel) items = make_items ();
  g_autoptr(LcRecord) opening = g_list_model_get_item (items, 0);
  g_autoptr(LcRecord) late = make_item (9, "2023-05-10", 22 * 60, 23 * 60 + 40, 5);
  g_autoptr(LcItem) after_last = lc_item_new_draft (convention, items, NULL, NULL);
  g_autoptr(LcItem) after_selected = lc_item_new_draft (convention, items, NULL, opening);
  g_autoptr(LcItem) empty_day = lc_item_new_draft (convention, items, "2023-05-11", NULL);
  g_autoptr(LcItem) other_day = lc_item_new_draft (convention, items, "2023-05-11", opening);
  g_autoptr(LcItem) end_of_day = lc_item_new_draft (convention, items, NULL, late);

  /* Nothing selected: the first day, after its last item, an hour long. */
  assert_draft (after_last, "2023-05-10", 12 * 60, 13 * 60, 0);
  /* After the selected item, in its room, even with the day going on. */
  assert_draft (after_selected, "2023-05-10", 10 * 60, 11 * 60, 3);
  /* A day with nothing yet starts at 09:00. */
  assert_draft (empty_day, "2023-05-11", 9 * 60, 10 * 60, 0);
  /* The day shown wins over the selected item's; the room still follows. */
  assert_draft (other_day, "2023-05-11", 9 * 60, 10 * 60, 3);
  /* Never after 23:00, and over by midnight. */
  assert_draft (end_of_day, "2023-05-10", 23 * 60, 24 * 60, 5);
}

static void
test_duplicate (void)
{
  g_autoptr(LcRecord) panel = make_item (2, "2023-05-10", 10 * 60 + 30, 12 * 60, 4);
  g_autoptr(LcRecord) late = make_item (3, "2023-05-10", 20 * 60, 23 * 60, 4);
  g_autoptr(LcRecord) copy = lc_item_copy_for_duplicate (panel);
  g_autoptr(LcRecord) late_copy = lc_item_copy_for_duplicate (late);

  /* Right after the original, as long, in the same room, not stored. */
  g_assert_cmpint (lc_record_get_id (copy), ==, 0);
  g_assert_cmpstr (lc_record_get_string (copy, "day"), ==, "2023-05-10");
  g_assert_cmpint (lc_record_get_int (copy, "start-minute"), ==, 12 * 60);
  g_assert_cmpint (lc_record_get_int (copy, "end-minute"), ==, 13 * 60 + 30);
  g_assert_cmpint (lc_record_get_int (copy, "room-id"), ==, 4);
  g_assert_cmpint (lc_record_get_int (copy, "kind"), ==, LC_ITEM_KIND_EXERCISE);
  /* No room left in the day: at the same time as the original. */
  g_assert_cmpint (lc_record_get_id (late_copy), ==, 0);
  g_assert_cmpint (lc_record_get_int (late_copy, "start-minute"), ==, 20 * 60);
  g_assert_cmpint (lc_record_get_int (late_copy, "end-minute"), ==, 23 * 60);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/item-placement/draft", test_draft);
  g_test_add_func ("/item-placement/duplicate", test_duplicate);

  return g_test_run ();
}
