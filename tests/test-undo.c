/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "lc-error.h"
#include "lc-test-util.h"
#include "lc-convention-io.h"
#include "lc-undo.h"

typedef struct
{
  char        *dir;
  LcStore     *store;
  LcUndoStack *stack;
  gint64       convention;
  gint64       rooms[2];
  gint64       cities[2];
  gint64       people[3];
  gint64       items[3];
  gint64       participations[5];
} Fixture;

static GType
record_type (guint i)
{
  switch (i)
    {
    case 0: return LC_TYPE_CONVENTION;
    case 1: return LC_TYPE_ROOM;
    case 2: return LC_TYPE_CITY;
    case 3: return LC_TYPE_PERSON;
    case 4: return LC_TYPE_ITEM;
    case 5: return LC_TYPE_PARTICIPATION;
    default: g_assert_not_reached ();
    }
}

#define N_TYPES 6

/* Every row of the library as text, ids included: equal dumps mean equal
 * libraries. */
static char *
dump (LcStore *store)
{
  GString *out = g_string_new (NULL);

  for (guint t = 0; t < N_TYPES; t++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListStore) rows = lc_store_list (store, record_type (t), NULL, 0, &error);
      LcRecordClass *klass = g_type_class_peek (record_type (t));

      g_assert_no_error (error);
      for (guint r = 0; r < g_list_model_get_n_items (G_LIST_MODEL (rows)); r++)
        {
          g_autoptr(LcRecord) row = g_list_model_get_item (G_LIST_MODEL (rows), r);

          g_string_append_printf (out, "%s %" G_GINT64_FORMAT ":", klass->table, lc_record_get_id (row));
          for (guint c = 0; c < klass->columns->len; c++)
            {
              const LcColumn *column = g_ptr_array_index (klass->columns, c);

              if (G_PARAM_SPEC_VALUE_TYPE (column->pspec) == G_TYPE_STRING)
                g_string_append_printf (out, " %s=“%s”", column->name,
                                        lc_record_get_string (row, column->pspec->name));
              else
                g_string_append_printf (out, " %s=%" G_GINT64_FORMAT, column->name,
                                        lc_record_get_int (row, column->pspec->name));
            }
          g_string_append_c (out, '\n');
        }
    }

  return g_string_free (out, FALSE);
}

static gint64
insert (Fixture  *f,
        LcRecord *record)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  lc_store_insert (f->store, record, &error);
  g_assert_no_error (error);
  id = lc_record_get_id (record);
  g_object_unref (record);
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  gint64 c;

  f->store = lc_test_open_store (&f->dir);
  f->stack = lc_undo_stack_new (f->store);
  c = f->convention = lc_test_add_convention (f->store, "Test", "2023-05-10", "2023-05-11");

  /* Stored directly, not through the stack: the starting state. */
  for (guint i = 0; i < 2; i++)
    {
      f->rooms[i] = insert (f, g_object_new (LC_TYPE_ROOM, "convention-id", c, "name-en",
                                             i ? "Hall B" : "Hall A", "position", i, NULL));
      f->cities[i] = insert (f, g_object_new (LC_TYPE_CITY, "convention-id", c, "name-ar",
                                              i ? "أسوان" : "ينبع", "country", i ? "EG" : "SA",
                                              "sdgs", 1 << 4, NULL));
    }
  for (guint i = 0; i < 3; i++)
    f->people[i] = insert (f, g_object_new (LC_TYPE_PERSON, "convention-id", c,
                                            "name-en", i == 0 ? "Samah" : i == 1 ? "Raúl" : "Fadi",
                                            "city-id", i < 2 ? f->cities[i] : 0,
                                            "attendance", i == 2 ? LC_ATTENDANCE_ONLINE
                                                                 : LC_ATTENDANCE_IN_PERSON,
                                            NULL));
  for (guint i = 0; i < 3; i++)
    f->items[i] = insert (f, g_object_new (LC_TYPE_ITEM, "convention-id", c,
                                           "title-en", "Session", "number", i + 1,
                                           "day", "2023-05-10",
                                           "start-minute", 540 + 60 * (int) i,
                                           "end-minute", 600 + 60 * (int) i,
                                           "room-id", f->rooms[i % 2], NULL));
  for (guint i = 0; i < 5; i++)
    f->participations[i] = insert (f, g_object_new (LC_TYPE_PARTICIPATION,
                                                    "item-id", f->items[i % 3],
                                                    "person-id", f->people[(i + i / 3) % 3],
                                                    "role", i < 3 ? LC_ROLE_MODERATOR : LC_ROLE_SPEAKER,
                                                    "position", i, NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->stack);
  g_clear_object (&f->store);
  lc_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
assert_dump (Fixture    *f,
             const char *expected)
{
  g_autofree char *now = dump (f->store);

  g_assert_cmpstr (now, ==, expected);
}

static void
undo_ok (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lc_undo_stack_undo (f->stack, &error));
  g_assert_no_error (error);
}

static void
redo_ok (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lc_undo_stack_redo (f->stack, &error));
  g_assert_no_error (error);
}

/* A valid new record of each class, in the fixture's convention. */
static LcRecord *
new_record (Fixture *f,
            GType    type)
{
  if (type == LC_TYPE_CONVENTION)
    return g_object_new (type, "title-en", "Second", "start-date", "2024-01-01",
                         "end-date", "2024-01-02", NULL);
  if (type == LC_TYPE_ROOM)
    return g_object_new (type, "convention-id", f->convention, "name-ar", "القاعة", NULL);
  if (type == LC_TYPE_CITY)
    return g_object_new (type, "convention-id", f->convention, "name-en", "Cork",
                         "country", "IE", "year-joined", 2015, NULL);
  if (type == LC_TYPE_PERSON)
    return g_object_new (type, "convention-id", f->convention, "name-en", "Didier",
                         "city-id", f->cities[1], NULL);
  if (type == LC_TYPE_ITEM)
    return g_object_new (type, "convention-id", f->convention, "title-en", "Visit",
                         "kind", LC_ITEM_KIND_FIELD_VISIT, "day", "2023-05-11",
                         "start-minute", 480, "end-minute", 720, NULL);
  return g_object_new (type, "item-id", f->items[2], "person-id", f->people[2],
                       "role", LC_ROLE_PRESENTER, "attendance", LC_ATTENDANCE_ONLINE, NULL);
}

/* Changes two fields, one of them a reference when the class has one. */
static void
edit_record (Fixture  *f,
             LcRecord *record)
{
  GType type = G_OBJECT_TYPE (record);

  if (type == LC_TYPE_PARTICIPATION)
    {
      lc_record_set_int (record, "position", 9);
      lc_record_set_int (record, "item-id", f->items[1]);
    }
  else if (type == LC_TYPE_CONVENTION)
    {
      lc_record_set_string (record, "title-en", "Renamed");
      lc_record_set_string (record, "end-date", "2024-01-05");
    }
  else
    {
      const char *field = type == LC_TYPE_ITEM ? "title-ar" : "name-ar";

      lc_record_set_string (record, field, "مُعدَّل");
      if (type == LC_TYPE_PERSON)
        lc_record_set_int (record, "city-id", 0);
      else if (type == LC_TYPE_ITEM)
        lc_record_set_int (record, "room-id", f->rooms[0]);
      else if (type == LC_TYPE_ROOM)
        lc_record_set_int (record, "position", 5);
      else
        lc_record_set_int (record, "sdgs", 1 << 17);
    }
}

static void
test_each_class (Fixture       *f,
                 gconstpointer  data)
{
  for (guint t = 0; t < N_TYPES; t++)
    {
      GType type = record_type (t);
      g_autoptr(LcRecord) record = new_record (f, type);
      g_autoptr(LcRecord) stored = NULL;
      g_autofree char *s0 = dump (f->store);
      g_autofree char *s1 = NULL;
      g_autofree char *s2 = NULL;
      g_autofree char *s3 = NULL;
      g_autoptr(GError) error = NULL;
      gint64 id;

      /* Insert. */
      g_assert_true (lc_undo_stack_insert (f->stack, record, "Add", &error));
      g_assert_no_error (error);
      id = lc_record_get_id (record);
      g_assert_cmpint (id, >, 0);
      s1 = dump (f->store);
      g_assert_cmpstr (s0, !=, s1);
      g_assert_cmpstr (lc_undo_stack_get_undo_label (f->stack), ==, "Undo Add");
      undo_ok (f);
      assert_dump (f, s0);
      g_assert_cmpstr (lc_undo_stack_get_redo_label (f->stack), ==, "Redo Add");
      redo_ok (f);
      assert_dump (f, s1);

      /* Update. */
      stored = lc_store_get (f->store, type, id, &error);
      g_assert_no_error (error);
      edit_record (f, stored);
      g_assert_true (lc_undo_stack_update (f->stack, stored, "Edit", &error));
      g_assert_no_error (error);
      s2 = dump (f->store);
      g_assert_cmpstr (s1, !=, s2);
      undo_ok (f);
      assert_dump (f, s1);
      redo_ok (f);
      assert_dump (f, s2);

      /* Writing the same values again is no edit. Each class before this
       * one left three steps. */
      g_assert_cmpuint (lc_undo_stack_get_n_undo (f->stack), ==, 3 * t + 2);
      g_assert_true (lc_undo_stack_update (f->stack, stored, "Edit", &error));
      g_assert_cmpuint (lc_undo_stack_get_n_undo (f->stack), ==, 3 * t + 2);

      /* Delete (these fresh records have nothing depending on them). */
      g_assert_true (lc_undo_stack_delete (f->stack, stored, "Delete", &error));
      g_assert_no_error (error);
      s3 = dump (f->store);
      g_assert_cmpstr (s3, ==, s0);
      undo_ok (f);
      assert_dump (f, s2);
      redo_ok (f);
      assert_dump (f, s0);

      /* Back through all three, then forward again. */
      undo_ok (f);
      undo_ok (f);
      undo_ok (f);
      assert_dump (f, s0);
      g_assert_cmpuint (lc_undo_stack_get_n_redo (f->stack), ==, 3);
      redo_ok (f);
      redo_ok (f);
      assert_dump (f, s2);
      redo_ok (f);
      assert_dump (f, s0);
      g_assert_false (lc_undo_stack_get_can_redo (f->stack));
    }
}

static void
check_cascade (Fixture    *f,
               LcRecord   *victim,
               const char *check_sql,
               gint64      expected)
{
  g_autofree char *before = dump (f->store);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_true (lc_undo_stack_delete (f->stack, victim, "Delete", &error));
  g_assert_no_error (error);
  after = dump (f->store);
  g_assert_cmpstr (before, !=, after);

  /* What the database did to the dependents, checked in SQL. */
  g_assert_cmpint (sqlite3_prepare_v2 (lc_store_get_handle (f->store), check_sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, expected);
  sqlite3_finalize (stmt);

  /* Undo restores every row exactly, ids included; redo deletes again. */
  undo_ok (f);
  assert_dump (f, before);
  redo_ok (f);
  assert_dump (f, after);
  undo_ok (f);
  assert_dump (f, before);
}

static void
test_cascades (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) person = lc_store_get (f->store, LC_TYPE_PERSON, f->people[1], &error);
  g_autoptr(LcRecord) item = lc_store_get (f->store, LC_TYPE_ITEM, f->items[0], &error);
  g_autoptr(LcRecord) room = lc_store_get (f->store, LC_TYPE_ROOM, f->rooms[0], &error);
  g_autoptr(LcRecord) city = lc_store_get (f->store, LC_TYPE_CITY, f->cities[0], &error);
  g_autoptr(LcRecord) convention = lc_store_get (f->store, LC_TYPE_CONVENTION, f->convention, &error);
  g_autoptr(LcRecord) other = NULL;
  g_autofree char *start = dump (f->store);

  g_assert_no_error (error);

  /* A person: their participations go (they have two). */
  check_cascade (f, person, "SELECT count(*) FROM participations", 3);
  /* An item: its participations go. */
  check_cascade (f, item, "SELECT count(*) FROM participations", 3);
  /* A room: its items stay without a room. */
  check_cascade (f, room, "SELECT count(*) FROM items WHERE room_id IS NULL", 2);
  /* A city: its people stay without a city. */
  check_cascade (f, city, "SELECT count(*) FROM people WHERE city_id IS NULL", 2);
  /* A convention: everything in it. */
  check_cascade (f, convention,
                 "SELECT (SELECT count(*) FROM rooms) + (SELECT count(*) FROM cities)"
                 " + (SELECT count(*) FROM people) + (SELECT count(*) FROM items)"
                 " + (SELECT count(*) FROM participations)", 0);
  assert_dump (f, start);

  /* A convention beside another one: the other is left alone. */
  other = new_record (f, LC_TYPE_CONVENTION);
  g_assert_true (lc_store_insert (f->store, other, &error));
  {
    g_autoptr(LcRecord) room2 = g_object_new (LC_TYPE_ROOM, "convention-id", lc_record_get_id (other), NULL);

    g_assert_true (lc_store_insert (f->store, room2, &error));
  }
  check_cascade (f, convention, "SELECT count(*) FROM rooms", 1);

  /* Undoing a whole history of deletions, one after another. */
  {
    g_autofree char *full = dump (f->store);

    g_assert_true (lc_undo_stack_delete (f->stack, person, "Delete Person", &error));
    g_assert_true (lc_undo_stack_delete (f->stack, room, "Delete Room", &error));
    g_assert_true (lc_undo_stack_delete (f->stack, convention, "Delete Convention", &error));
    g_assert_no_error (error);
    g_assert_cmpstr (lc_undo_stack_get_undo_label (f->stack), ==, "Undo Delete Convention");
    undo_ok (f);
    undo_ok (f);
    undo_ok (f);
    assert_dump (f, full);
  }
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_group (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *start = dump (f->store);
  g_autofree char *moved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) item = lc_store_get (f->store, LC_TYPE_ITEM, f->items[0], &error);
  g_autoptr(LcRecord) added = new_record (f, LC_TYPE_ROOM);
  guint notified = 0;

  lc_undo_stack_begin_group (f->stack, "Move Item");
  g_assert_false (lc_undo_stack_get_can_undo (f->stack));
  lc_record_set_int (item, "start-minute", 545);
  g_assert_true (lc_undo_stack_update (f->stack, item, "ignored", &error));
  lc_undo_stack_begin_group (f->stack, "Nested");   /* only the outermost counts */
  lc_record_set_int (item, "start-minute", 550);
  g_assert_true (lc_undo_stack_update (f->stack, item, NULL, &error));
  g_assert_true (lc_undo_stack_insert (f->stack, added, NULL, &error));
  lc_undo_stack_end_group (f->stack);
  lc_record_set_int (item, "room-id", f->rooms[1]);
  g_assert_true (lc_undo_stack_update (f->stack, item, NULL, &error));
  g_assert_true (lc_undo_stack_delete (f->stack, added, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (lc_undo_stack_get_can_undo (f->stack));
  lc_undo_stack_end_group (f->stack);
  moved = dump (f->store);

  g_assert_true (lc_undo_stack_get_can_undo (f->stack));
  g_assert_cmpuint (lc_undo_stack_get_n_undo (f->stack), ==, 1);
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->stack), ==, "Undo Move Item");
  undo_ok (f);
  assert_dump (f, start);
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->stack), ==, "Undo");
  g_assert_cmpstr (lc_undo_stack_get_redo_label (f->stack), ==, "Redo Move Item");
  redo_ok (f);
  assert_dump (f, moved);

  /* A group in which nothing changed leaves no step. */
  lc_undo_stack_begin_group (f->stack, "Nothing");
  lc_undo_stack_end_group (f->stack);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (f->stack), ==, 1);

  /* Property notifications reach bound widgets. */
  g_signal_connect_swapped (f->stack, "notify::can-undo", G_CALLBACK (count_cb), &notified);
  undo_ok (f);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_false (lc_undo_stack_get_can_undo (f->stack));
  {
    gboolean can_redo = FALSE;
    g_autofree char *label = NULL;

    g_object_get (f->stack, "can-redo", &can_redo, "redo-label", &label, NULL);
    g_assert_true (can_redo);
    g_assert_cmpstr (label, ==, "Redo Move Item");
  }
}

static void
test_redo_cleared (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) person = lc_store_get (f->store, LC_TYPE_PERSON, f->people[1], &error);
  g_autoptr(LcRecord) room = new_record (f, LC_TYPE_ROOM);

  lc_record_set_string (person, "name-ar", "راؤول");
  g_assert_true (lc_undo_stack_update (f->stack, person, "Rename", &error));
  undo_ok (f);
  g_assert_true (lc_undo_stack_get_can_redo (f->stack));

  /* A new edit: the undone rename can no longer be redone. */
  g_assert_true (lc_undo_stack_insert (f->stack, room, "Add Room", &error));
  g_assert_no_error (error);
  g_assert_false (lc_undo_stack_get_can_redo (f->stack));
  g_assert_cmpuint (lc_undo_stack_get_n_redo (f->stack), ==, 0);
  g_assert_false (lc_undo_stack_redo (f->stack, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_NOT_FOUND);
  g_clear_error (&error);

  undo_ok (f);
  g_assert_false (lc_undo_stack_get_can_undo (f->stack));
  g_assert_false (lc_undo_stack_undo (f->stack, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_NOT_FOUND);
}

typedef struct
{
  GType        type;
  gint64       id;
  LcChangeKind kind;
} Announced;

static void
on_changed (LcStore *store,
            GType    type,
            gint64   id,
            int      kind,
            GArray  *log)
{
  Announced a = { type, id, kind };

  g_array_append_val (log, a);
}

/* After the announcements, each row a view would think exists does. */
static void
assert_announcements_match (Fixture *f,
                            GArray  *log)
{
  for (guint i = 0; i < log->len; i++)
    {
      Announced *a = &g_array_index (log, Announced, i);
      gboolean last = TRUE;
      g_autoptr(LcRecord) row = NULL;

      for (guint j = i + 1; j < log->len; j++)
        if (g_array_index (log, Announced, j).type == a->type && g_array_index (log, Announced, j).id == a->id)
          last = FALSE;
      if (!last)
        continue;

      row = lc_store_get (f->store, a->type, a->id, NULL);
      g_assert_cmpint (row != NULL, ==, a->kind != LC_CHANGE_DELETED);
    }
}

static void
test_failure_stale (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) item = lc_store_get (f->store, LC_TYPE_ITEM, f->items[1], &error);
  g_autoptr(LcRecord) room = new_record (f, LC_TYPE_ROOM);
  g_autoptr(LcRecord) other = NULL;
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (Announced));
  g_autofree char *now = NULL;

  g_assert_true (lc_undo_stack_insert (f->stack, room, "Add Room", &error));
  lc_record_set_string (item, "title-en", "Edited");
  g_assert_true (lc_undo_stack_update (f->stack, item, "Rename Item", &error));
  g_assert_no_error (error);

  /* Someone edits the item another way: undoing the rename would lose it. */
  lc_record_set_int (item, "number", 42);
  g_assert_true (lc_store_update (f->store, item, &error));
  now = dump (f->store);

  g_assert_false (lc_undo_stack_undo (f->stack, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "Rename Item"));
  g_clear_error (&error);
  assert_dump (f, now);

  /* The stale step is gone; the one before it still works. */
  g_assert_cmpuint (lc_undo_stack_get_n_undo (f->stack), ==, 1);
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->stack), ==, "Undo Add Room");
  g_assert_false (lc_undo_stack_get_can_redo (f->stack));
  undo_ok (f);
  redo_ok (f);

  /* A deletion whose restore fails half-way leaves nothing half-restored. */
  other = lc_store_get (f->store, LC_TYPE_ITEM, f->items[0], &error);
  g_assert_true (lc_undo_stack_delete (f->stack, other, "Delete Item", &error));
  g_assert_no_error (error);
  {
    /* The item's second participation's id is taken by a new one. */
    g_autoptr(LcRecord) intruder = g_object_new (LC_TYPE_PARTICIPATION, "item-id", f->items[2],
                                                 "person-id", f->people[2], "role", LC_ROLE_PRESENTER,
                                                 NULL);

    lc_record_set_id (intruder, f->participations[3]);
    g_assert_true (lc_store_insert (f->store, intruder, &error));
    g_assert_no_error (error);
  }
  g_free (now);
  now = dump (f->store);

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), log);
  g_assert_false (lc_undo_stack_undo (f->stack, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_signal_handlers_disconnect_by_func (f->store, on_changed, log);
  assert_dump (f, now);
  g_assert_null (lc_store_get (f->store, LC_TYPE_ITEM, f->items[0], NULL));
  /* Views were told of what was restored (the item first), then of its
   * removal again: as many announcements back as forth. */
  g_assert_cmpuint (log->len, >=, 2);
  g_assert_cmpuint (log->len % 2, ==, 0);
  g_assert_cmpint (g_array_index (log, Announced, 0).id, ==, f->items[0]);
  g_assert_cmpint (g_array_index (log, Announced, 0).kind, ==, LC_CHANGE_INSERTED);
  assert_announcements_match (f, log);
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->stack), ==, "Undo Add Room");

  /* Undoing the room still works, after all that. */
  undo_ok (f);
  g_assert_false (lc_undo_stack_get_can_undo (f->stack));
}

static void
test_failure_busy (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) person = lc_store_get (f->store, LC_TYPE_PERSON, f->people[0], &error);
  g_autofree char *start = dump (f->store);
  g_autofree char *deleted = NULL;
  sqlite3 *other = NULL;

  g_assert_true (lc_undo_stack_delete (f->stack, person, "Delete Person", &error));
  g_assert_no_error (error);
  deleted = dump (f->store);

  /* Another program holds the library's write lock: the undo fails, but
   * may work later, so the step stays. (This waits for the store's busy
   * timeout.) */
  g_assert_cmpint (sqlite3_open (lc_store_get_path (f->store), &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (lc_undo_stack_undo (f->stack, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);

  assert_dump (f, deleted);
  g_assert_true (lc_undo_stack_get_can_undo (f->stack));
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->stack), ==, "Undo Delete Person");
  undo_ok (f);
  assert_dump (f, start);
}

static void
test_insert_failure (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *start = dump (f->store);
  /* A room in a convention that does not exist. */
  g_autoptr(LcRecord) room = g_object_new (LC_TYPE_ROOM, "convention-id", f->convention + 50, NULL);
  g_autoptr(LcRecord) gone = g_object_new (LC_TYPE_ROOM, "convention-id", f->convention, NULL);

  g_assert_false (lc_undo_stack_insert (f->stack, room, "Add Room", &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (lc_record_get_id (room), ==, 0);

  lc_record_set_id (gone, 9999);
  g_assert_false (lc_undo_stack_update (f->stack, gone, "Edit Room", &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (lc_undo_stack_delete (f->stack, gone, "Delete Room", &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_NOT_FOUND);
  g_clear_error (&error);

  assert_dump (f, start);
  g_assert_false (lc_undo_stack_get_can_undo (f->stack));
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->stack), ==, "Undo");

  /* An edit without a name still gets one. */
  lc_record_set_int (room, "convention-id", f->convention);
  g_assert_true (lc_undo_stack_insert (f->stack, room, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->stack), ==, "Undo Change");
}

static void
test_large_convention (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) convention = lc_store_get (f->store, LC_TYPE_CONVENTION, f->convention, &error);
  g_autofree char *start = NULL;
  gint64 t0, t1, t2;

  /* 500 items and 1,000 people with 2,000 participations. */
  g_assert_true (lc_store_begin (f->store, &error));
  {
    g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));

    for (guint i = 0; i < 1000; i++)
      {
        gint64 id = insert (f, g_object_new (LC_TYPE_PERSON, "convention-id", f->convention,
                                             "city-id", f->cities[i % 2], NULL));

        g_array_append_val (people, id);
      }
    for (guint i = 0; i < 500; i++)
      {
        gint64 item = insert (f, g_object_new (LC_TYPE_ITEM, "convention-id", f->convention,
                                               "day", "2023-05-10", "start-minute", i % 1000,
                                               "end-minute", i % 1000 + 30,
                                               "room-id", f->rooms[i % 2], NULL));

        for (guint p = 0; p < 4; p++)
          insert (f, g_object_new (LC_TYPE_PARTICIPATION, "item-id", item,
                                   "person-id", g_array_index (people, gint64, (i * 4 + p) % 1000),
                                   NULL));
      }
  }
  g_assert_true (lc_store_commit (f->store, &error));
  start = dump (f->store);

  t0 = g_get_monotonic_time ();
  g_assert_true (lc_undo_stack_delete (f->stack, convention, "Delete Convention", &error));
  g_assert_no_error (error);
  t1 = g_get_monotonic_time ();
  undo_ok (f);
  t2 = g_get_monotonic_time ();
  assert_dump (f, start);

  g_printerr ("# undo: deleting a convention of %d rows took %.0f ms, undoing it %.0f ms\n",
              1 + 2 + 2 + 1003 + 503 + 2005, (t1 - t0) / 1000.0, (t2 - t1) / 1000.0);
}

/* The whole sample, declaration with published versions included, goes and
 * comes back exactly: its export before and after is the same file. */
static void
test_delete_sample_convention (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(LcUndoStack) undo = lc_undo_stack_new (store);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) convention = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id = lc_convention_import_file (store, g_getenv ("LC_SAMPLE"), &error);

  g_assert_no_error (error);
  before = lc_convention_export_data (store, id, NULL, &error);
  g_assert_no_error (error);

  convention = lc_store_get (store, LC_TYPE_CONVENTION, id, &error);
  g_assert_true (lc_undo_stack_delete (undo, convention, "Delete Convention", &error));
  g_assert_no_error (error);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_CONVENTION, NULL, 0, NULL), ==, 0);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_ITEM, NULL, 0, NULL), ==, 0);

  lc_undo_stack_undo (undo, &error);
  g_assert_no_error (error);
  after = lc_convention_export_data (store, id, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (before, ==, after);

  /* And redo deletes it again. */
  g_assert_true (lc_undo_stack_redo (undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_CONVENTION, NULL, 0, NULL), ==, 0);

  g_clear_object (&undo);
  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/undo/delete-sample-convention", test_delete_sample_convention);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/undo/each-class", test_each_class);
  ADD ("/undo/cascades", test_cascades);
  ADD ("/undo/group", test_group);
  ADD ("/undo/redo-cleared", test_redo_cleared);
  ADD ("/undo/failure-stale", test_failure_stale);
  ADD ("/undo/failure-busy", test_failure_busy);
  ADD ("/undo/failure-on-edit", test_insert_failure);
  ADD ("/undo/large-convention", test_large_convention);

#undef ADD

  return g_test_run ();
}
