/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-convention-io.h"
#include "lc-error.h"
#include "lc-l10n.h"
#include "lc-participant.h"
#include "lc-test-fixture.h"
#include "lc-test-util.h"

/*
 * Participants (issue 14, lc-participant.c): which status may follow
 * which; a status given to many people at once, each change kept with its
 * time, as one undo step; a refused change that writes nothing; who
 * attended an item against its room's capacity; and all of it through the
 * convention file (format 5), whose reader names the field it refuses.
 */

typedef LcTestConventionFixture Fixture;

#define S(x) LC_PARTICIPANT_STATUS_##x

/* A person of the convention, stored, as the library gives it back. */
static LcPerson *
add_person (Fixture               *f,
            const char            *name,
            LcParticipantCategory  category)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcPerson) person = g_object_new (LC_TYPE_PERSON, NULL);

  lc_person_set_convention_id (person, f->convention);
  lc_person_set_name (person, NULL, name);
  lc_person_set_category (person, category);
  g_assert_true (lc_store_insert (f->store, LC_RECORD (person), &error));
  g_assert_no_error (error);
  return lc_store_get (f->store, LC_TYPE_PERSON, lc_record_get_id (LC_RECORD (person)), &error);
}

/* Each person's status as the library has it, "Ann=confirmed|…". */
static char *
describe_statuses (Fixture   *f,
                   GPtrArray *people)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < people->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LcPerson) stored = lc_store_get (f->store, LC_TYPE_PERSON,
                                                 lc_record_get_id (g_ptr_array_index (people, i)), &error);

      g_assert_no_error (error);
      g_string_append_printf (text, "%s%s=%s", i ? "|" : "", lc_person_get_name (stored, LC_LANGUAGE_ENGLISH),
                              lc_enum_to_nick (LC_TYPE_PARTICIPANT_STATUS, lc_person_get_status (stored)));
    }
  return g_string_free (text, FALSE);
}

/* The people as read again from the library (a status change is checked
 * against what a person has now). */
static GPtrArray *
reread (Fixture   *f,
        GPtrArray *people)
{
  GPtrArray *fresh = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < people->len; i++)
    g_ptr_array_add (fresh, lc_store_get (f->store, LC_TYPE_PERSON,
                                          lc_record_get_id (g_ptr_array_index (people, i)), NULL));
  return fresh;
}

static guint
count_changes (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 n = lc_store_count (f->store, LC_TYPE_STATUS_CHANGE, "convention_id", f->convention, &error);

  g_assert_no_error (error);
  return n;
}

/* The rules README.md states, case by case: an independent statement of
 * them, not the table read back. */
static void
test_transitions (void)
{
  const struct { LcParticipantStatus from, to; gboolean allowed; } cases[] = {
    { S (INVITED), S (CONFIRMED), TRUE }, { S (INVITED), S (DECLINED), TRUE },
    { S (CONFIRMED), S (DECLINED), TRUE }, { S (DECLINED), S (CONFIRMED), TRUE },
    { S (CONFIRMED), S (INVITED), TRUE }, { S (DECLINED), S (INVITED), TRUE },
    /* a walk-in who never answered still came */
    { S (INVITED), S (ATTENDED_IN_PERSON), TRUE }, { S (INVITED), S (ATTENDED_ONLINE), TRUE },
    { S (CONFIRMED), S (ATTENDED_IN_PERSON), TRUE }, { S (CONFIRMED), S (NO_SHOW), TRUE },
    /* declined must be confirmed first */
    { S (DECLINED), S (ATTENDED_IN_PERSON), FALSE }, { S (DECLINED), S (ATTENDED_ONLINE), FALSE },
    { S (DECLINED), S (NO_SHOW), FALSE },
    /* only someone who confirmed fails to show up */
    { S (INVITED), S (NO_SHOW), FALSE },
    /* corrections after the event */
    { S (ATTENDED_IN_PERSON), S (ATTENDED_ONLINE), TRUE }, { S (ATTENDED_ONLINE), S (NO_SHOW), TRUE },
    { S (NO_SHOW), S (ATTENDED_IN_PERSON), TRUE }, { S (ATTENDED_IN_PERSON), S (CONFIRMED), TRUE },
    /* never back to an answer nobody gave */
    { S (ATTENDED_IN_PERSON), S (INVITED), FALSE }, { S (ATTENDED_ONLINE), S (DECLINED), FALSE },
    { S (NO_SHOW), S (INVITED), FALSE }, { S (NO_SHOW), S (DECLINED), FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s → %s", lc_enum_to_nick (LC_TYPE_PARTICIPANT_STATUS, cases[i].from),
                      lc_enum_to_nick (LC_TYPE_PARTICIPANT_STATUS, cases[i].to));
      g_assert_cmpint (lc_participant_status_can_change (cases[i].from, cases[i].to), ==, cases[i].allowed);
    }
  for (LcParticipantStatus s = S (INVITED); s <= S (NO_SHOW); s++)
    g_assert_true (lc_participant_status_can_change (s, s));
}

static void
test_labels (void)
{
  g_assert_cmpstr (lc_participant_status_label (S (ATTENDED_ONLINE), LC_LANGUAGE_ENGLISH), ==, "Attended online");
  g_assert_cmpstr (lc_participant_status_label (S (ATTENDED_ONLINE), LC_LANGUAGE_ARABIC), ==, "حضر عن بعد");
  g_assert_cmpstr (lc_participant_status_label (S (DECLINED), LC_LANGUAGE_ARABIC), ==, "معتذر");
  g_assert_cmpstr (lc_participant_category_label (LC_PARTICIPANT_CATEGORY_PRESS, LC_LANGUAGE_ARABIC), ==,
                   "إعلام");
  g_assert_cmpstr (lc_participant_category_label (LC_PARTICIPANT_CATEGORY_DELEGATE, LC_LANGUAGE_ENGLISH), ==,
                   "Delegate");
}

static void
test_check_time (void)
{
  const char *good[] = { "2026-12-07T09:30:00Z", "2024-02-29T23:59:59Z" };
  const char *bad[] = { "", "2026-12-07 09:30:00", "2026-12-07T09:30:00", "2026-12-07T09:30:00+03:00",
                        "2026-02-30T09:30:00Z", "2025-02-29T09:30:00Z", "2026-12-07T24:00:00Z",
                        "2026-12-07T09:30:00.5Z", "x026-12-07T09:30:00Z" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (lc_participant_check_time (good[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("%s", bad[i]);
      g_assert_false (lc_participant_check_time (bad[i]));
    }
}

/* Three people confirmed at once: one step, three changes with one time;
 * undo gives back every status and forgets the changes, redo both again. */
static void
test_set_status_one_step (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) fresh = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 12, 7, 9, 30, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) history = NULL;
  g_autoptr(LcStatusChange) change = NULL;
  g_autofree char *statuses = NULL;
  guint steps;

  g_ptr_array_add (people, add_person (f, "Ann", LC_PARTICIPANT_CATEGORY_DELEGATE));
  g_ptr_array_add (people, add_person (f, "Ben", LC_PARTICIPANT_CATEGORY_PRESS));
  g_ptr_array_add (people, add_person (f, "Cy", LC_PARTICIPANT_CATEGORY_OBSERVER));
  steps = lc_undo_stack_get_n_undo (f->undo);

  g_assert_cmpuint (lc_participants_set_status (f->undo, people, S (CONFIRMED), when, &error), ==, 3);
  g_assert_no_error (error);
  statuses = describe_statuses (f, people);
  g_assert_cmpstr (statuses, ==, "Ann=confirmed|Ben=confirmed|Cy=confirmed");
  g_assert_cmpuint (lc_undo_stack_get_n_undo (f->undo), ==, steps + 1);
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->undo), ==, "Undo Set Status");
  g_assert_cmpuint (count_changes (f), ==, 3);
  history = lc_participant_list_history (f->store, lc_record_get_id (g_ptr_array_index (people, 1)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 1);
  change = g_list_model_get_item (G_LIST_MODEL (history), 0);
  g_assert_cmpint (lc_status_change_get_status (change), ==, S (CONFIRMED));
  g_assert_cmpstr (lc_status_change_get_changed_at (change), ==, "2026-12-07T09:30:00Z");

  /* Those who have the status already are left alone. */
  fresh = reread (f, people);
  g_assert_cmpuint (lc_participants_set_status (f->undo, fresh, S (CONFIRMED), when, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (f->undo), ==, steps + 1);

  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_free (statuses);
  statuses = describe_statuses (f, people);
  g_assert_cmpstr (statuses, ==, "Ann=invited|Ben=invited|Cy=invited");
  g_assert_cmpuint (count_changes (f), ==, 0);

  g_assert_true (lc_undo_stack_redo (f->undo, &error));
  g_assert_no_error (error);
  g_free (statuses);
  statuses = describe_statuses (f, people);
  g_assert_cmpstr (statuses, ==, "Ann=confirmed|Ben=confirmed|Cy=confirmed");
  g_assert_cmpuint (count_changes (f), ==, 3);
}

/* One person of three may not be given the status: nobody is changed, no
 * change is kept, no step is made, and the message names that person. */
static void
test_set_status_refused (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *statuses = NULL;
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  guint steps;

  g_ptr_array_add (people, add_person (f, "Ann", LC_PARTICIPANT_CATEGORY_DELEGATE));
  g_ptr_array_add (people, add_person (f, "Ben", LC_PARTICIPANT_CATEGORY_DELEGATE));
  g_ptr_array_add (people, add_person (f, "Cy", LC_PARTICIPANT_CATEGORY_DELEGATE));
  g_ptr_array_add (one, g_ptr_array_index (people, 1));
  g_assert_cmpuint (lc_participants_set_status (f->undo, one, S (DECLINED), NULL, &error), ==, 1);
  g_assert_no_error (error);
  steps = lc_undo_stack_get_n_undo (f->undo);

  fresh = reread (f, people);
  g_assert_cmpuint (lc_participants_set_status (f->undo, fresh, S (ATTENDED_IN_PERSON), NULL, &error), ==, 0);
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_assert_cmpstr (error->message, ==,
                   "Ben cannot go from “Declined” to “Attended in person”. Nobody’s status was changed.");
  statuses = describe_statuses (f, people);
  g_assert_cmpstr (statuses, ==, "Ann=invited|Ben=declined|Cy=invited");
  g_assert_cmpuint (count_changes (f), ==, 1);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (f->undo), ==, steps);
}

/* Who attended a workshop in a room for two: the third in person is over
 * its capacity, online attendance takes no seat, each edit one step. */
static void
test_item_attendance (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRoom) room = g_object_new (LC_TYPE_ROOM, NULL);
  g_autoptr(LcItem) item = g_object_new (LC_TYPE_ITEM, NULL);
  g_autoptr(LcPerson) a = add_person (f, "Ann", LC_PARTICIPANT_CATEGORY_DELEGATE);
  g_autoptr(LcPerson) b = add_person (f, "Ben", LC_PARTICIPANT_CATEGORY_DELEGATE);
  g_autoptr(LcPerson) c = add_person (f, "Cy", LC_PARTICIPANT_CATEGORY_DELEGATE);
  g_autoptr(GListStore) rows = NULL;

  lc_record_set_int (LC_RECORD (room), "convention-id", f->convention);
  lc_record_set_string (LC_RECORD (room), "name-en", "Lab");
  lc_room_set_capacity (room, 2);
  g_assert_true (lc_store_insert (f->store, LC_RECORD (room), &error));
  lc_item_set_convention_id (item, f->convention);
  lc_item_set_kind (item, LC_ITEM_KIND_WORKSHOP);
  lc_item_set_day (item, "2023-05-10");
  lc_item_set_start_minute (item, 600);
  lc_item_set_end_minute (item, 660);
  lc_item_set_room_id (item, lc_record_get_id (LC_RECORD (room)));
  g_assert_true (lc_store_insert (f->store, LC_RECORD (item), &error));
  g_assert_no_error (error);

  g_assert_true (lc_item_attendance_set (f->undo, item, a, LC_ATTENDANCE_IN_PERSON, &error));
  g_assert_true (lc_item_attendance_set (f->undo, item, b, LC_ATTENDANCE_IN_PERSON, &error));
  g_assert_true (lc_item_attendance_set (f->undo, item, c, LC_ATTENDANCE_ONLINE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lc_item_attendance_count_in_person (f->store, lc_record_get_id (LC_RECORD (item)), &error), ==, 2);
  g_assert_cmpint (lc_item_attendance_over_capacity (f->store, item, &error), ==, 0);

  g_assert_true (lc_item_attendance_set (f->undo, item, c, LC_ATTENDANCE_IN_PERSON, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lc_item_attendance_over_capacity (f->store, item, &error), ==, 1);
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->undo), ==, "Undo Set Attendance");
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_cmpint (lc_item_attendance_over_capacity (f->store, item, &error), ==, 0);

  /* Did not attend after all: the row goes, and undo brings it back. */
  g_assert_true (lc_item_attendance_set (f->undo, item, a, LC_ATTENDANCE_UNSET, &error));
  rows = lc_store_list (f->store, LC_TYPE_ITEM_ATTENDANCE, "item_id", lc_record_get_id (LC_RECORD (item)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), ==, 2);
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lc_item_attendance_count_in_person (f->store, lc_record_get_id (LC_RECORD (item)), &error), ==, 2);
}

/* A delegate and a journalist with all their participant details, written
 * to a file and read into another library: everything comes back, and the
 * file written again is the same. */
static void
test_file_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) fresh = NULL;
  g_autoptr(GDateTime) first = g_date_time_new_utc (2026, 11, 1, 8, 0, 0);
  g_autoptr(GDateTime) second = g_date_time_new_utc (2026, 12, 7, 9, 30, 5);
  g_autoptr(LcPerson) delegate = add_person (f, "Ann", LC_PARTICIPANT_CATEGORY_DELEGATE);
  g_autoptr(LcItem) item = g_object_new (LC_TYPE_ITEM, NULL);
  g_autofree char *text = NULL, *again = NULL;
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);
  g_autoptr(LcStore) other = NULL;
  g_autoptr(GListStore) imported = NULL;
  gsize length, length2;
  gint64 id;

  lc_person_set_represents (delegate, LC_REPRESENTS_OTHER);
  lc_person_set_represents_text (delegate, "وزارة التعليم", "Ministry of <Education> & \"Science\"");
  g_assert_true (lc_store_update (f->store, LC_RECORD (delegate), &error));
  g_assert_no_error (error);
  g_ptr_array_add (people, g_object_ref (delegate));
  g_ptr_array_add (people, add_person (f, "Ben", LC_PARTICIPANT_CATEGORY_PRESS));
  g_assert_cmpuint (lc_participants_set_status (f->undo, people, S (CONFIRMED), first, &error), ==, 2);
  fresh = reread (f, people);
  g_ptr_array_remove_index (fresh, 1);
  g_assert_cmpuint (lc_participants_set_status (f->undo, fresh, S (ATTENDED_ONLINE), second, &error), ==, 1);
  g_assert_no_error (error);
  lc_item_set_convention_id (item, f->convention);
  lc_item_set_kind (item, LC_ITEM_KIND_FIELD_VISIT);
  lc_item_set_day (item, "2023-05-10");
  lc_item_set_start_minute (item, 600);
  lc_item_set_end_minute (item, 700);
  g_assert_true (lc_store_insert (f->store, LC_RECORD (item), &error));
  g_assert_true (lc_item_attendance_set (f->undo, item, g_ptr_array_index (people, 1), LC_ATTENDANCE_IN_PERSON,
                                         &error));
  g_assert_no_error (error);

  text = lc_convention_export_data (f->store, f->convention, &length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "\"version\" : 5"));
  g_assert_nonnull (strstr (text, "\"category\" : \"press\""));
  g_assert_nonnull (strstr (text, "\"at\" : \"2026-12-07T09:30:05Z\""));

  other = lc_store_open (path, &error);
  g_assert_no_error (error);
  id = lc_convention_import_data (other, text, length, "round.json", &error);
  g_assert_no_error (error);
  imported = lc_store_list (other, LC_TYPE_PERSON, "convention_id", id, &error);
  g_assert_no_error (error);
  {
    g_autoptr(LcPerson) ann = g_list_model_get_item (G_LIST_MODEL (imported), 0);
    g_autoptr(LcPerson) ben = g_list_model_get_item (G_LIST_MODEL (imported), 1);
    g_autoptr(GListStore) history = lc_participant_list_history (other, lc_record_get_id (LC_RECORD (ann)), &error);
    g_autoptr(LcStatusChange) last = NULL;

    g_assert_no_error (error);
    g_assert_cmpstr (lc_person_get_name (ann, LC_LANGUAGE_ENGLISH), ==, "Ann");
    g_assert_cmpint (lc_person_get_category (ann), ==, LC_PARTICIPANT_CATEGORY_DELEGATE);
    g_assert_cmpint (lc_person_get_represents (ann), ==, LC_REPRESENTS_OTHER);
    g_assert_cmpstr (lc_person_get_represents_text (ann, LC_LANGUAGE_ENGLISH), ==,
                     "Ministry of <Education> & \"Science\"");
    g_assert_cmpint (lc_person_get_status (ann), ==, S (ATTENDED_ONLINE));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 2);
    last = g_list_model_get_item (G_LIST_MODEL (history), 1);
    g_assert_cmpstr (lc_status_change_get_changed_at (last), ==, "2026-12-07T09:30:05Z");
    g_assert_cmpint (lc_person_get_category (ben), ==, LC_PARTICIPANT_CATEGORY_PRESS);
    g_assert_cmpint (lc_person_get_status (ben), ==, S (CONFIRMED));
    g_assert_cmpint (lc_store_count (other, LC_TYPE_ITEM_ATTENDANCE, "convention_id", id, &error), ==, 1);
  }

  again = lc_convention_export_data (other, id, &length2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again, ==, text);

  g_clear_object (&other);
  lc_test_remove_tree (dir);
}

#define FILE_HEAD \
  "{\"format\": \"learning-cities-convention\", \"version\": 5, \"convention\": {\"title\": {\"en\": \"C\"}, " \
  "\"start_date\": \"2023-05-10\", \"end_date\": \"2023-05-11\", \"time_zone\": \"Asia/Riyadh\"}, " \
  "\"cities\": [{\"id\": \"c1\", \"name\": {\"en\": \"Yanbu\"}}], "
#define PERSON(members) "\"people\": [{\"id\": \"p1\", \"name\": {\"en\": \"Ann\"}, " members "}]"
#define ITEM(members) \
  ", \"items\": [{\"kind\": \"workshop\", \"day\": \"2023-05-10\", \"start\": \"09:00\", \"end\": \"10:00\", " \
  members "}]"
#define HISTORY(list) "\"status\": \"confirmed\", \"status_history\": [" list "]"
#define CHANGE(status, at) "{\"status\": \"" status "\", \"at\": \"" at "\"}"

/* Malformed and hostile participants: each refused with its place, and
 * nothing of the file stored. */
static void
test_file_refused (Fixture       *f,
                   gconstpointer  data)
{
  const struct { const char *name, *file, *message; } cases[] = {
    { "category", FILE_HEAD PERSON ("\"category\": \"guest\"") "}",
      "people[0] (“Ann”).category: unknown value “guest”" },
    { "category-number", FILE_HEAD PERSON ("\"category\": 1") "}", "people[0] (“Ann”).category: " },
    { "status", FILE_HEAD PERSON ("\"status\": \"attended\"") "}", "people[0] (“Ann”).status: unknown value" },
    { "represents-city-missing", FILE_HEAD PERSON ("\"represents\": \"city\"") "}",
      "people[0] (“Ann”).represents: “city”, but the person has no city" },
    { "represents-organisation-missing", FILE_HEAD PERSON ("\"city\": \"c1\", \"represents\": \"organisation\"") "}",
      "people[0] (“Ann”).represents: “organisation”, but the person has no organisation" },
    { "represents-other-word", FILE_HEAD PERSON ("\"represents\": \"ministry\"") "}",
      "people[0] (“Ann”).represents: expected null, “city”, “organisation”" },
    { "represents-list", FILE_HEAD PERSON ("\"represents\": [1]") "}", "people[0] (“Ann”).represents: expected" },
    { "history-not-list", FILE_HEAD PERSON (HISTORY ("") ", \"status_history\": {}") "}",
      "people[0] (“Ann”).status_history: expected a list" },
    { "history-bad-time", FILE_HEAD PERSON (HISTORY (CHANGE ("confirmed", "2026-02-30T09:30:00Z"))) "}",
      "people[0] (“Ann”).status_history[0].at: expected a time in UTC" },
    { "history-local-time", FILE_HEAD PERSON (HISTORY (CHANGE ("confirmed", "2026-12-07T09:30:00+03:00"))) "}",
      "people[0] (“Ann”).status_history[0].at: expected a time in UTC" },
    { "history-no-time", FILE_HEAD PERSON (HISTORY ("{\"status\": \"confirmed\"}")) "}",
      "people[0] (“Ann”).status_history[0].at: required" },
    { "history-bad-status", FILE_HEAD PERSON (HISTORY (CHANGE ("maybe", "2026-12-07T09:30:00Z"))) "}",
      "people[0] (“Ann”).status_history[0].status: unknown value “maybe”" },
    { "history-backwards", FILE_HEAD PERSON (HISTORY (CHANGE ("invited", "2026-12-07T09:30:00Z") ", "
                                                      CHANGE ("confirmed", "2026-12-06T09:30:00Z"))) "}",
      "people[0] (“Ann”).status_history[1].at: earlier than the change before it (2026-12-07T09:30:00Z)" },
    { "history-not-status", FILE_HEAD PERSON (HISTORY (CHANGE ("declined", "2026-12-07T09:30:00Z"))) "}",
      "people[0] (“Ann”).status_history: its last change is to “declined”, which is not the person’s status" },
    /* The app's rules for the next status hold in a file too. */
    { "history-first-no-show", FILE_HEAD PERSON ("\"status\": \"no-show\", \"status_history\": ["
                                                 CHANGE ("no-show", "2026-12-07T09:30:00Z") "]") "}",
      "people[0] (“Ann”).status_history[0].status: a person cannot go from “invited” to “no-show”" },
    { "history-answer-after-attending",
      FILE_HEAD PERSON ("\"status\": \"declined\", \"status_history\": ["
                        CHANGE ("attended-online", "2026-12-07T09:30:00Z") ", "
                        CHANGE ("declined", "2026-12-07T10:30:00Z") "]") "}",
      "people[0] (“Ann”).status_history[1].status: a person cannot go from “attended-online” to “declined”" },
    { "history-declined-then-came",
      FILE_HEAD PERSON ("\"status\": \"attended-in-person\", \"status_history\": ["
                        CHANGE ("declined", "2026-12-01T09:30:00Z") ", "
                        CHANGE ("attended-in-person", "2026-12-07T10:30:00Z") "]") "}",
      "people[0] (“Ann”).status_history[1].status: a person cannot go from “declined” to “attended-in-person”" },
    { "no-show-without-history", FILE_HEAD PERSON ("\"status\": \"no-show\"") "}",
      "people[0] (“Ann”).status: “no-show” needs a status_history that says how the person came to it" },
    { "history-bad-uid", FILE_HEAD PERSON (HISTORY ("{\"uid\": \"x\", \"status\": \"confirmed\", "
                                                    "\"at\": \"2026-12-07T09:30:00Z\"}")) "}",
      "people[0] (“Ann”).status_history[0].uid: " },
    { "attended-unknown-person", FILE_HEAD PERSON ("\"status\": \"invited\"")
        ITEM ("\"attended_by\": [{\"person\": \"p9\", \"attendance\": \"online\"}]") "}",
      "items[0].attended_by[0].person: " },
    { "attended-twice", FILE_HEAD PERSON ("\"status\": \"invited\"")
        ITEM ("\"attended_by\": [{\"person\": \"p1\", \"attendance\": \"online\"}, "
              "{\"person\": \"p1\", \"attendance\": \"in-person\"}]") "}",
      "items[0].attended_by[1].person: “p1” is already listed as attending this item" },
    { "attended-absent", FILE_HEAD PERSON ("\"status\": \"invited\"")
        ITEM ("\"attended_by\": [{\"person\": \"p1\", \"attendance\": \"absent\"}]") "}",
      "items[0].attended_by[0].attendance: unknown value “absent”" },
    { "attended-no-attendance", FILE_HEAD PERSON ("\"status\": \"invited\"")
        ITEM ("\"attended_by\": [{\"person\": \"p1\"}]") "}",
      "items[0].attended_by[0].attendance: required" },
  };
  gint64 conventions_before;

  conventions_before = lc_store_count (f->store, LC_TYPE_CONVENTION, NULL, 0, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 id;

      g_test_message ("%s", cases[i].name);
      id = lc_convention_import_data (f->store, cases[i].file, strlen (cases[i].file), "case.json", &error);
      g_assert_cmpint (id, ==, 0);
      g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("“%s” does not contain “%s”", error->message, cases[i].message);
      g_assert_cmpint (lc_store_count (f->store, LC_TYPE_CONVENTION, NULL, 0, NULL), ==, conventions_before);
    }
}

/* A file of version 4 with the members of version 5: they are not read
 * (a version 4 writer never meant them), and everyone is as a library
 * upgraded to the participants' schema has them. */
static void
test_file_version_4 (Fixture       *f,
                     gconstpointer  data)
{
  static const char file[] =
    "{\"format\": \"learning-cities-convention\", \"version\": 4, \"convention\": {\"title\": {\"en\": \"C\"}, "
    "\"start_date\": \"2023-05-10\", \"end_date\": \"2023-05-11\", \"time_zone\": \"Asia/Riyadh\"}, "
    PERSON ("\"category\": \"guest\", \"status\": \"no-show\", \"status_history\": 7") "}";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) people = NULL;
  g_autoptr(LcPerson) ann = NULL;
  gint64 id = lc_convention_import_data (f->store, file, strlen (file), "v4.json", &error);

  g_assert_no_error (error);
  people = lc_store_list (f->store, LC_TYPE_PERSON, "convention_id", id, &error);
  g_assert_no_error (error);
  ann = g_list_model_get_item (G_LIST_MODEL (people), 0);
  g_assert_cmpint (lc_person_get_category (ann), ==, LC_PARTICIPANT_CATEGORY_PROGRAMME);
  g_assert_cmpint (lc_person_get_status (ann), ==, S (INVITED));
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_STATUS_CHANGE, "convention_id", id, &error), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  lc_test_use_build_catalogue ();

  g_test_add_func ("/participants/transitions", test_transitions);
  g_test_add_func ("/participants/labels", test_labels);
  g_test_add_func ("/participants/check-time", test_check_time);
  LC_TEST_ADD_CONVENTION_CASE ("/participants/set-status/one-step", "Participants", test_set_status_one_step);
  LC_TEST_ADD_CONVENTION_CASE ("/participants/set-status/refused", "Participants", test_set_status_refused);
  LC_TEST_ADD_CONVENTION_CASE ("/participants/item-attendance", "Participants", test_item_attendance);
  LC_TEST_ADD_CONVENTION_CASE ("/participants/file/round-trip", "Participants", test_file_round_trip);
  LC_TEST_ADD_CONVENTION_CASE ("/participants/file/refused", "Participants", test_file_refused);
  LC_TEST_ADD_CONVENTION_CASE ("/participants/file/version-4", "Participants", test_file_version_4);

  return g_test_run ();
}
