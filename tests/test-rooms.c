/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-conflicts.h"
#include "lc-convention-model.h"
#include "lc-error.h"
#include "lc-rooms.h"
#include "lc-test-fixture.h"
#include "lc-test-util.h"

/*
 * Rooms made in the window (lc-rooms.c): added after the last, renamed,
 * reordered and deleted, each one undo step, read back from the library
 * itself and through the open convention's room list; and a clash between
 * two items in a room made this way is found.
 */

typedef LcTestConventionFixture Fixture;

/* The English names as the library orders them, joined by "|". */
static char *
stored_names (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) rooms = lc_store_list (f->store, LC_TYPE_ROOM, "convention_id", f->convention, &error);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rooms)); i++)
    {
      g_autoptr(LcRecord) room = g_list_model_get_item (G_LIST_MODEL (rooms), i);

      g_strv_builder_add (names, lc_record_get_string (room, "name-en"));
    }
  strv = g_strv_builder_end (names);
  return g_strjoinv ("|", strv);
}

/* The same, as the open convention's list shows them. */
static char *
shown_names (Fixture *f)
{
  GListModel *rooms = lc_convention_model_get_rooms (f->model);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rooms); i++)
    {
      g_autoptr(LcRecord) room = g_list_model_get_item (rooms, i);

      g_string_append_printf (names, "%s%s", i ? "|" : "", lc_record_get_string (room, "name-en"));
    }
  return g_string_free (names, FALSE);
}

static void
assert_names (Fixture    *f,
              const char *expected)
{
  g_autofree char *stored = stored_names (f);
  g_autofree char *shown = shown_names (f);

  g_assert_cmpstr (stored, ==, expected);
  g_assert_cmpstr (shown, ==, expected);
}

static LcRecord *
add (Fixture    *f,
     const char *ar,
     const char *en)
{
  g_autoptr(GError) error = NULL;
  LcRecord *room = lc_rooms_add (f->undo, lc_convention_model_get_rooms (f->model), f->convention, ar, en, &error);

  g_assert_no_error (error);
  g_assert_nonnull (room);
  return room;
}

static void
test_add_rename_move (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) hall = add (f, "القاعة الكبرى", "Main Hall");
  g_autoptr(LcRecord) lab = add (f, "", "  Lab  ");
  g_autoptr(LcRecord) stored = NULL;

  assert_names (f, "Main Hall|Lab");
  g_assert_cmpuint (lc_undo_stack_get_n_undo (f->undo), ==, 2);

  /* A room needs a name in one language or the other. */
  g_assert_null (lc_rooms_add (f->undo, lc_convention_model_get_rooms (f->model), f->convention, " ", "", &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  assert_names (f, "Main Hall|Lab");

  g_assert_true (lc_rooms_rename (f->undo, lab, "المختبر", "Workshop Room", &error));
  g_assert_no_error (error);
  stored = lc_store_get (f->store, LC_TYPE_ROOM, lc_record_get_id (lab), &error);
  g_assert_cmpstr (lc_record_get_string (stored, "name-ar"), ==, "المختبر");
  assert_names (f, "Main Hall|Workshop Room");

  /* Up one place, as Alt+Up does: one step, undone and redone whole. */
  g_assert_true (lc_rooms_move (f->undo, lc_convention_model_get_rooms (f->model), 1, 0, &error));
  g_assert_no_error (error);
  assert_names (f, "Workshop Room|Main Hall");
  g_assert_cmpuint (lc_undo_stack_get_n_undo (f->undo), ==, 4);
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->undo), ==, "Undo Move Room");
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  assert_names (f, "Main Hall|Workshop Room");
  g_assert_true (lc_undo_stack_redo (f->undo, &error));
  g_assert_no_error (error);
  assert_names (f, "Workshop Room|Main Hall");
}

/* Rooms imported with equal positions still move as the list shows them. */
static void
test_move_equal_positions (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *names[] = { "A", "B", "C" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(LcRecord) room = g_object_new (LC_TYPE_ROOM, NULL);

      lc_record_set_int (room, "convention-id", f->convention);
      lc_record_set_string (room, "name-en", names[i]);
      g_assert_true (lc_store_insert (f->store, room, &error));
    }
  assert_names (f, "A|B|C");
  g_assert_true (lc_rooms_move (f->undo, lc_convention_model_get_rooms (f->model), 2, 1, &error));
  g_assert_no_error (error);
  assert_names (f, "A|C|B");
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  assert_names (f, "A|B|C");
}

static LcRecord *
add_item (Fixture    *f,
          const char *title,
          int         start,
          gint64      room_id)
{
  g_autoptr(GError) error = NULL;
  LcRecord *item = g_object_new (LC_TYPE_ITEM, NULL);

  lc_record_set_int (item, "convention-id", f->convention);
  lc_record_set_string (item, "title-en", title);
  lc_record_set_string (item, "day", "2023-05-10");
  lc_record_set_int (item, "start-minute", start);
  lc_record_set_int (item, "end-minute", start + 60);
  lc_record_set_int (item, "room-id", room_id);
  g_assert_true (lc_store_insert (f->store, item, &error));
  g_assert_no_error (error);
  return item;
}

static guint
count_room_clashes (Fixture *f,
                    gint64   room_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcConflictList) conflicts = lc_conflicts_find (f->store, f->convention, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (conflicts)); i++)
    {
      g_autoptr(LcConflict) conflict = g_list_model_get_item (G_LIST_MODEL (conflicts), i);

      if (lc_conflict_get_kind (conflict) == LC_CONFLICT_ROOM && lc_conflict_get_room_id (conflict) == room_id)
        n++;
    }
  return n;
}

/* Deleting a room leaves its items without one; undoing puts them back. */
static void
test_delete_and_clash (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) hall = add (f, "القاعة", "Main Hall");
  g_autoptr(LcRecord) lab = add (f, "", "Lab");
  g_autoptr(LcRecord) opening = add_item (f, "Opening", 9 * 60, lc_record_get_id (hall));
  g_autoptr(LcRecord) panel = add_item (f, "Panel", 9 * 60 + 30, lc_record_get_id (hall));
  g_autoptr(LcRecord) visit = add_item (f, "Visit", 9 * 60, lc_record_get_id (lab));
  g_autoptr(GListStore) users = NULL;
  g_autoptr(LcRecord) after = NULL;

  /* Two items at once in a room made here: a clash, and only there. */
  g_assert_cmpuint (count_room_clashes (f, lc_record_get_id (hall)), >, 0);
  g_assert_cmpuint (count_room_clashes (f, lc_record_get_id (lab)), ==, 0);

  users = lc_rooms_list_items (f->store, hall, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (users)), ==, 2);

  g_assert_true (lc_rooms_delete (f->undo, hall, &error));
  g_assert_no_error (error);
  assert_names (f, "Lab");
  after = lc_store_get (f->store, LC_TYPE_ITEM, lc_record_get_id (opening), &error);
  g_assert_nonnull (after);
  g_assert_cmpint (lc_record_get_int (after, "room-id"), ==, 0);
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_ITEM, "convention_id", f->convention, NULL), ==, 3);
  g_assert_cmpuint (count_room_clashes (f, lc_record_get_id (hall)), ==, 0);

  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  assert_names (f, "Main Hall|Lab");
  g_clear_object (&after);
  after = lc_store_get (f->store, LC_TYPE_ITEM, lc_record_get_id (panel), &error);
  g_assert_cmpint (lc_record_get_int (after, "room-id"), ==, lc_record_get_id (hall));
  g_assert_cmpuint (count_room_clashes (f, lc_record_get_id (hall)), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  LC_TEST_ADD_CONVENTION_CASE ("/rooms/add-rename-move", "Rooms", test_add_rename_move);
  LC_TEST_ADD_CONVENTION_CASE ("/rooms/move-equal-positions", "Rooms", test_move_equal_positions);
  LC_TEST_ADD_CONVENTION_CASE ("/rooms/delete-and-clash", "Rooms", test_delete_and_clash);

  return g_test_run ();
}
