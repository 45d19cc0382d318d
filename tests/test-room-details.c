/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <libical/ical.h>
#include <string.h>

#include "lc-conflicts.h"
#include "lc-convention-io.h"
#include "lc-convention-model.h"
#include "lc-error.h"
#include "lc-export-ics.h"
#include "lc-export-schedule.h"
#include "lc-room-details.h"
#include "lc-rooms.h"
#include "lc-test-convention.h"
#include "lc-test-util.h"

/*
 * A room's capacity, place, online-only switch and meeting link, and an
 * item's own link and expected attendance (issue 12, "Rooms and places"):
 * written as one undo step, checked as typed, carried by the convention
 * file (and files of earlier versions still read), the calendar and the
 * schedule; a room smaller than who is expected is a warning.
 */

/* The library, its convention and its undo history. */
typedef LcTestConvention Fixture;
#define fixture_set_up lc_test_convention_set_up
#define fixture_tear_down lc_test_convention_tear_down

static GListModel *
rooms (Fixture *f)
{
  return lc_convention_model_get_rooms (f->model);
}

/* A room as the dialog hands it over: typed text with its spaces. */
static LcRecord *
add_room (Fixture    *f,
          const char *name_en,
          int         capacity,
          const char *url)
{
  g_autoptr(GError) error = NULL;
  LcRecord *room = g_object_new (LC_TYPE_ROOM, NULL);

  lc_record_set_int (room, "convention-id", f->convention);
  lc_record_set_text (room, "name", "القاعة", name_en);
  lc_room_set_capacity (LC_ROOM (room), capacity);
  lc_room_set_location (LC_ROOM (room), "  الطابق الثاني ", " Second floor  ");
  lc_room_set_online_url (LC_ROOM (room), url);
  g_assert_true (lc_rooms_save (f->undo, rooms (f), room, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lc_record_get_id (room), >, 0);
  return room;
}

static LcRecord *
stored_room (Fixture *f,
             gint64   id)
{
  g_autoptr(GError) error = NULL;
  LcRecord *room = lc_store_get (f->store, LC_TYPE_ROOM, id, &error);

  g_assert_no_error (error);
  return room;
}

static gint64
add_item (Fixture    *f,
          const char *title,
          gint64      room_id,
          int         expected,
          const char *url)
{
  g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (item, "convention-id", f->convention);
  lc_record_set_text (item, "title", "", title);
  lc_record_set_string (item, "day", "2023-05-10");
  lc_record_set_int (item, "start-minute", 9 * 60);
  lc_record_set_int (item, "end-minute", 10 * 60);
  lc_item_set_room_id (LC_ITEM (item), room_id);
  lc_item_set_expected_attendance (LC_ITEM (item), expected);
  lc_item_set_online_url (LC_ITEM (item), url);
  g_assert_true (lc_undo_stack_insert (f->undo, item, "Add Item", &error));
  g_assert_no_error (error);
  return lc_record_get_id (item);
}

static void
test_url_check (void)
{
  static const char *const good[] = {
    "", "https://meet.example.org/hall", "https://zoom.us/j/123?pwd=a%20b", "https://[::1]:8443/x",
  };
  static const struct { const char *url; const char *words; } bad[] = {
    { "http://meet.example.org/hall", "https:// rather than http://" },
    { "meet.example.org/hall", "starts with https://" },
    { "ftp://example.org", "starts with https://" },
    { "https://", "not a whole web address" },
    { "https://meet example.org", "not a whole web address" },
    { "https://meet.example.org/a\nb", "not a whole web address" },
    { "https://meet.example.org/%zz", "not a whole web address" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", good[i]);
      g_assert_true (lc_online_url_check (good[i], &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", bad[i].url);
      g_assert_false (lc_online_url_check (bad[i].url, &error));
      g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
      g_assert_nonnull (strstr (error->message, bad[i].words));
    }

  {
    g_autoptr(GString) url = g_string_new ("https://example.org/");
    g_autoptr(GError) error = NULL;

    while (url->len <= LC_ONLINE_URL_MAX)
      g_string_append_c (url, 'a');
    g_assert_false (lc_online_url_check (url->str, &error));
    g_assert_nonnull (strstr (error->message, "too long"));
  }
}

/* Added with its details in one step; edited in one step; each undone and
 * redone; the library holds exactly what was typed, stripped. */
static void
test_save_undo (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LcRecord) room = add_room (f, "Main Hall", 40, " https://meet.example.org/hall ");
  g_autoptr(LcRecord) stored = stored_room (f, lc_record_get_id (room));
  g_autoptr(LcRecord) edited = NULL;
  g_autoptr(LcRecord) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = lc_record_get_id (room);

  g_assert_cmpint (lc_room_get_capacity (LC_ROOM (stored)), ==, 40);
  g_assert_cmpstr (lc_room_get_location (LC_ROOM (stored), LC_LANGUAGE_ENGLISH), ==, "Second floor");
  g_assert_cmpstr (lc_room_get_location (LC_ROOM (stored), LC_LANGUAGE_ARABIC), ==, "الطابق الثاني");
  g_assert_cmpstr (lc_room_get_online_url (LC_ROOM (stored)), ==, "https://meet.example.org/hall");
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->undo), ==, "Undo Add Room");

  edited = lc_record_copy (stored);
  lc_room_set_capacity (LC_ROOM (edited), 0);
  lc_room_set_online_only (LC_ROOM (edited), TRUE);
  lc_room_set_online_url (LC_ROOM (edited), "https://meet.example.org/other");
  g_assert_true (lc_rooms_save (f->undo, rooms (f), edited, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->undo), ==, "Undo Edit Room");
  after = stored_room (f, id);
  /* Empty is "not known": NULL in the library, not 0. */
  g_assert_cmpint (lc_room_get_capacity (LC_ROOM (after)), ==, 0);
  g_assert_true (lc_room_get_online_only (LC_ROOM (after)));
  g_assert_cmpstr (lc_room_get_online_url (LC_ROOM (after)), ==, "https://meet.example.org/other");
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_ROOM, "convention_id", f->convention, &error), ==, 1);

  /* One Ctrl+Z for the edit, one for the room. */
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_clear_object (&after);
  after = stored_room (f, id);
  g_assert_cmpint (lc_room_get_capacity (LC_ROOM (after)), ==, 40);
  g_assert_false (lc_room_get_online_only (LC_ROOM (after)));
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_ROOM, "convention_id", f->convention, &error), ==, 0);

  g_assert_true (lc_undo_stack_redo (f->undo, &error));
  g_assert_true (lc_undo_stack_redo (f->undo, &error));
  g_assert_no_error (error);
  g_clear_object (&after);
  after = stored_room (f, id);
  g_assert_cmpstr (lc_room_get_location (LC_ROOM (after), LC_LANGUAGE_ENGLISH), ==, "Second floor");
  g_assert_cmpstr (lc_room_get_online_url (LC_ROOM (after)), ==, "https://meet.example.org/other");
}

/* A bad link or capacity is refused before anything is written. */
static void
test_save_refused (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(LcRecord) room = add_room (f, "Main Hall", 40, "");
  g_autoptr(LcRecord) edited = lc_record_copy (room);
  g_autoptr(LcRecord) after = NULL;
  g_autoptr(GError) error = NULL;
  guint steps = lc_undo_stack_get_n_undo (f->undo);

  lc_room_set_online_url (LC_ROOM (edited), "http://meet.example.org");
  g_assert_false (lc_rooms_save (f->undo, rooms (f), edited, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  lc_room_set_online_url (LC_ROOM (edited), "");
  lc_room_set_capacity (LC_ROOM (edited), LC_ROOM_MAX_CAPACITY + 1);
  g_assert_false (lc_rooms_save (f->undo, rooms (f), edited, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  lc_room_set_capacity (LC_ROOM (edited), 10);
  lc_record_set_text (edited, "name", " ", "");
  g_assert_false (lc_rooms_save (f->undo, rooms (f), edited, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);

  g_assert_cmpuint (lc_undo_stack_get_n_undo (f->undo), ==, steps);
  after = stored_room (f, lc_record_get_id (room));
  g_assert_cmpint (lc_room_get_capacity (LC_ROOM (after)), ==, 40);
  g_assert_cmpstr (lc_room_get_online_url (LC_ROOM (after)), ==, "");
}

/* An item's link overrides its room's, and says where it comes from. */
static void
test_effective_url (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LcRecord) room = add_room (f, "Main Hall", 40, "https://meet.example.org/hall");
  g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
  gboolean from_room = FALSE;

  g_assert_cmpstr (lc_item_get_effective_url (item, room, &from_room), ==, "https://meet.example.org/hall");
  g_assert_true (from_room);
  g_assert_cmpstr (lc_item_get_effective_url (item, NULL, &from_room), ==, "");
  g_assert_false (from_room);
  lc_item_set_online_url (LC_ITEM (item), "https://meet.example.org/own");
  g_assert_cmpstr (lc_item_get_effective_url (item, room, &from_room), ==, "https://meet.example.org/own");
  g_assert_false (from_room);
}

static guint
count_over_capacity (LcConflictList *conflicts,
                     gint64          item_id,
                     gint64          room_id)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (conflicts)); i++)
    {
      g_autoptr(LcConflict) c = g_list_model_get_item (G_LIST_MODEL (conflicts), i);

      if (lc_conflict_get_kind (c) != LC_CONFLICT_OVER_CAPACITY)
        continue;
      g_assert_cmpint (lc_conflict_get_item_id (c), ==, item_id);
      g_assert_cmpint (lc_conflict_get_room_id (c), ==, room_id);
      n++;
    }
  return n;
}

/* 120 expected in a room for 40 is a warning, in the window's model and
 * from the library; 40 in 40, or an unknown number, is not. */
static void
test_over_capacity (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LcRecord) room = add_room (f, "Main Hall", 40, "");
  g_autoptr(LcRecord) edited = NULL;
  g_autoptr(LcConflictList) found = NULL;
  g_autoptr(GError) error = NULL;
  gint64 full = add_item (f, "Opening", lc_record_get_id (room), 40, "");
  gint64 unknown = add_item (f, "Tea", lc_record_get_id (room), 0, "");
  gint64 crowded;

  g_assert_cmpuint (count_over_capacity (lc_convention_model_get_conflicts (f->model), 0, 0), ==, 0);
  (void) full;
  (void) unknown;

  crowded = add_item (f, "Keynote", lc_record_get_id (room), 120, "");
  g_assert_cmpuint (count_over_capacity (lc_convention_model_get_conflicts (f->model), crowded,
                                         lc_record_get_id (room)), ==, 1);
  g_assert_true (lc_conflict_kind_is_warning (LC_CONFLICT_OVER_CAPACITY));
  g_assert_false (lc_conflict_kind_is_warning (LC_CONFLICT_ROOM));
  found = lc_conflicts_find (f->store, f->convention, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_over_capacity (found, crowded, lc_record_get_id (room)), ==, 1);

  /* A bigger room: the model follows the room's edit. */
  edited = lc_record_copy (room);
  lc_room_set_capacity (LC_ROOM (edited), 500);
  g_assert_true (lc_rooms_save (f->undo, rooms (f), edited, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_over_capacity (lc_convention_model_get_conflicts (f->model), 0, 0), ==, 0);
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_cmpuint (count_over_capacity (lc_convention_model_get_conflicts (f->model), crowded,
                                         lc_record_get_id (room)), ==, 1);
}

/* Every new field out through the convention file and back into another
 * library, value for value. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LcRecord) room = add_room (f, "Main Hall", 40, "https://meet.example.org/hall");
  g_autoptr(LcStore) other = NULL;
  g_autoptr(GListStore) read_rooms = NULL, read_items = NULL;
  g_autoptr(LcRecord) read_room = NULL, item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *other_dir = NULL;
  g_autofree char *data_out = NULL;
  gsize length;
  gint64 id;

  add_item (f, "Opening", lc_record_get_id (room), 120, "https://meet.example.org/opening");
  data_out = lc_convention_export_data (f->store, f->convention, &length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (data_out, "\"capacity\" : 40"));

  other = lc_test_open_store (&other_dir);
  id = lc_convention_import_data (other, data_out, length, "test.json", &error);
  g_assert_no_error (error);
  read_rooms = lc_store_list (other, LC_TYPE_ROOM, "convention_id", id, &error);
  read_room = g_list_model_get_item (G_LIST_MODEL (read_rooms), 0);
  g_assert_cmpint (lc_room_get_capacity (LC_ROOM (read_room)), ==, 40);
  g_assert_cmpstr (lc_room_get_location (LC_ROOM (read_room), LC_LANGUAGE_ARABIC), ==, "الطابق الثاني");
  g_assert_cmpstr (lc_room_get_location (LC_ROOM (read_room), LC_LANGUAGE_ENGLISH), ==, "Second floor");
  g_assert_false (lc_room_get_online_only (LC_ROOM (read_room)));
  g_assert_cmpstr (lc_room_get_online_url (LC_ROOM (read_room)), ==, "https://meet.example.org/hall");
  read_items = lc_store_list (other, LC_TYPE_ITEM, "convention_id", id, &error);
  g_assert_no_error (error);
  item = g_list_model_get_item (G_LIST_MODEL (read_items), 0);
  g_assert_cmpint (lc_item_get_expected_attendance (LC_ITEM (item)), ==, 120);
  g_assert_cmpstr (lc_item_get_online_url (LC_ITEM (item)), ==, "https://meet.example.org/opening");
  g_assert_cmpint (lc_item_get_room_id (LC_ITEM (item)), ==, lc_record_get_id (read_room));

  g_clear_object (&other);
  lc_test_remove_tree (other_dir);
}

/* A file of version 2 (before these fields) reads with none of them; a
 * bad value is refused, naming where it is, and nothing is written. */
static void
test_old_and_bad_files (Fixture       *f,
                        gconstpointer  data)
{
  static const char old[] =
    "{\"format\": \"learning-cities-convention\", \"version\": 2,"
    " \"convention\": {\"title\": {\"ar\": \"\", \"en\": \"Old\"}, \"start_date\": \"2023-05-10\","
    "  \"end_date\": \"2023-05-10\", \"time_zone\": \"UTC\"},"
    " \"rooms\": [{\"id\": \"room-1\", \"name\": {\"ar\": \"\", \"en\": \"Hall\"}}],"
    " \"items\": [{\"id\": \"item-1\", \"kind\": \"session\", \"title\": {\"ar\": \"\", \"en\": \"Talk\"},"
    "  \"day\": \"2023-05-10\", \"start\": \"09:00\", \"end\": \"10:00\", \"room\": \"room-1\"}]}";
  static const struct { const char *room; const char *item; const char *words; } bad[] = {
    { "\"capacity\": 0", "", "rooms[0] (“Hall”).capacity: expected a number of people from 1 to" },
    { "\"capacity\": 1000001", "", "rooms[0] (“Hall”).capacity: expected a number of people from 1 to" },
    { "\"capacity\": \"40\"", "", "rooms[0] (“Hall”).capacity: expected a number of people from 1 to" },
    { "\"online_url\": \"http://x.org\"", "", "rooms[0] (“Hall”).online_url: Use the secure link" },
    { "\"online_only\": 1", "", "rooms[0] (“Hall”).online_only: expected true or false" },
    { "\"location\": \"first floor\"", "", "rooms[0] (“Hall”).location: expected an object" },
    { "", "\"expected_attendance\": -3", "items[0] (“Talk”).expected_attendance: expected a number of people" },
    { "", "\"online_url\": \"javascript:alert(1)\"", "items[0] (“Talk”).online_url: A meeting link starts with https://" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) read_rooms = NULL;
  g_autoptr(LcRecord) room = NULL;
  gint64 id;
  int before;

  id = lc_convention_import_data (f->store, old, strlen (old), "old.json", &error);
  g_assert_no_error (error);
  read_rooms = lc_store_list (f->store, LC_TYPE_ROOM, "convention_id", id, &error);
  room = g_list_model_get_item (G_LIST_MODEL (read_rooms), 0);
  g_assert_cmpint (lc_room_get_capacity (LC_ROOM (room)), ==, 0);
  g_assert_cmpstr (lc_room_get_online_url (LC_ROOM (room)), ==, "");
  g_assert_cmpstr (lc_room_get_location (LC_ROOM (room), LC_LANGUAGE_ENGLISH), ==, "");

  before = lc_store_count (f->store, LC_TYPE_CONVENTION, NULL, 0, &error);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autofree char *file = g_strdup_printf (
        "{\"format\": \"learning-cities-convention\", \"version\": 3,"
        " \"convention\": {\"title\": {\"ar\": \"\", \"en\": \"Bad\"}, \"start_date\": \"2023-05-10\","
        "  \"end_date\": \"2023-05-10\", \"time_zone\": \"UTC\"},"
        " \"rooms\": [{\"id\": \"room-1\", \"name\": {\"ar\": \"\", \"en\": \"Hall\"}%s%s}],"
        " \"items\": [{\"id\": \"item-1\", \"kind\": \"session\", \"title\": {\"ar\": \"\", \"en\": \"Talk\"},"
        "  \"day\": \"2023-05-10\", \"start\": \"09:00\", \"end\": \"10:00\"%s%s}]}",
        *bad[i].room ? ", " : "", bad[i].room, *bad[i].item ? ", " : "", bad[i].item);

      g_test_message ("%s%s", bad[i].room, bad[i].item);
      g_assert_cmpint (lc_convention_import_data (f->store, file, strlen (file), "bad.json", &local_error), ==, 0);
      g_assert_error (local_error, LC_ERROR, LC_ERROR_INVALID_FILE);
      g_test_message ("%s", local_error->message);
      g_assert_nonnull (strstr (local_error->message, bad[i].words));
    }
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_CONVENTION, NULL, 0, &error), ==, before);
}

/* The calendar: LOCATION names the room and where it is, URL the link,
 * the item's own over its room's; read back with libical. */
static void
test_ics (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(LcRecord) room = add_room (f, "Main Hall", 40, "https://meet.example.org/hall");
  g_autoptr(GError) error = NULL;
  g_autofree char *ics = NULL;
  g_autoptr(GHashTable) urls = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  icalcomponent *calendar;
  guint events = 0;

  add_item (f, "Opening", lc_record_get_id (room), 0, "");
  add_item (f, "Panel", lc_record_get_id (room), 0, "https://meet.example.org/panel");
  ics = lc_export_ics_data (f->store, f->convention, LC_LANGUAGE_ENGLISH, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  calendar = icalparser_parse_string (ics);
  g_assert_nonnull (calendar);
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL; event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      icalproperty *url = icalcomponent_get_first_property (event, ICAL_URL_PROPERTY);

      g_assert_cmpstr (icalcomponent_get_location (event), ==, "Main Hall, Second floor");
      g_assert_nonnull (url);
      g_hash_table_insert (urls, g_strdup (icalcomponent_get_summary (event)), g_strdup (icalproperty_get_url (url)));
      events++;
    }
  icalcomponent_free (calendar);
  g_assert_cmpuint (events, ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (urls, "Opening"), ==, "https://meet.example.org/hall");
  g_assert_cmpstr (g_hash_table_lookup (urls, "Panel"), ==, "https://meet.example.org/panel");
}

/* The schedule: the link as the event's link, and both files still valid
 * against the format's schemas. */
static void
test_schedule (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *schemas = g_build_filename (g_getenv ("LC_SOURCE_DIR"), "..", "shared", "reference",
                                               "schedule-schema", NULL);
  g_autofree char *xsd = g_build_filename (schemas, "schedule.xml.xsd", NULL);
  g_autofree char *json_schema = g_build_filename (schemas, "schedule.schema.json", NULL);
  g_autofree char *xml_path = g_build_filename (f->dir, "schedule.xml", NULL);
  g_autofree char *json_path = g_build_filename (f->dir, "schedule.json", NULL);
  g_autoptr(LcRecord) room = add_room (f, "Main Hall", 40, "https://meet.example.org/hall");
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL, *json = NULL;
  gsize xml_length, json_length;

  add_item (f, "Opening", lc_record_get_id (room), 0, "");
  xml = lc_export_schedule_xml_data (f->store, f->convention, LC_LANGUAGE_ENGLISH, &xml_length,
                                     NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  json = lc_export_schedule_json_data (f->store, f->convention, LC_LANGUAGE_ENGLISH, &json_length,
                                       NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (xml, "<link href=\"https://meet.example.org/hall\">Join online</link>"));
  g_assert_nonnull (strstr (json, "\"url\" : \"https://meet.example.org/hall\""));
  /* The conference's rooms: what the JSON format has a place for. */
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonObject *conference;
    JsonObject *hall;

    g_assert_true (json_parser_load_from_data (parser, json, json_length, &error));
    conference = json_object_get_object_member (json_object_get_object_member (
      json_node_get_object (json_parser_get_root (parser)), "schedule"), "conference");
    hall = json_array_get_object_element (json_object_get_array_member (conference, "rooms"), 0);
    g_assert_cmpstr (json_object_get_string_member (hall, "name"), ==, "Main Hall");
    g_assert_cmpint (json_object_get_int_member (hall, "capacity"), ==, 40);
    g_assert_cmpstr (json_object_get_string_member (hall, "description"), ==, "Second floor");
    g_assert_cmpstr (json_object_get_string_member (hall, "url"), ==, "https://meet.example.org/hall");
    g_assert_false (json_object_has_member (hall, "type"));
  }

  if (!g_file_test (schemas, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("../shared/reference/schedule-schema is absent");
      return;
    }
  g_assert_true (g_file_set_contents (xml_path, xml, xml_length, &error));
  g_assert_true (g_file_set_contents (json_path, json, json_length, &error));
  {
    const char *const xmllint[] = { "xmllint", "--noout", "--nonet", "--schema", xsd, xml_path, NULL };
    const char *const jsonschema[] = {
      "python3", "-c",
      "import json, sys, jsonschema\n"
      "schema = json.load(open(sys.argv[1]))\n"
      "cls = jsonschema.validators.validator_for(schema)\n"
      "cls(schema, format_checker=jsonschema.FormatChecker()).validate(json.load(open(sys.argv[2])))\n",
      json_schema, json_path, NULL,
    };
    const char *const *checks[] = { xmllint, jsonschema };

    for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
      {
        g_autofree char *err = NULL;
        int status;

        g_assert_true (g_spawn_sync (NULL, (char **) checks[i], NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                     NULL, &err, &status, &error));
        g_assert_no_error (error);
        if (!g_spawn_check_wait_status (status, NULL))
          g_error ("%s rejects the schedule:\n%s", checks[i][0], err);
      }
  }
}

/* Hostile text where a person types a room's place: kept exactly in the
 * library and through the convention file, and written out without the
 * control characters the calendar may not carry (the open right-to-left
 * override stays: the calendar's own text, read as plain text). */
static void
test_hostile_text (Fixture       *f,
                   gconstpointer  data)
{
  static const char hostile[] = "\342\200\256<b>Floor & \"2\"</b>\001\033[31m;,\\";
  g_autoptr(LcRecord) room = g_object_new (LC_TYPE_ROOM, NULL);
  g_autoptr(LcRecord) stored = NULL, read_room = NULL;
  g_autoptr(LcStore) other = NULL;
  g_autoptr(GListStore) read_rooms = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *other_dir = NULL, *file = NULL, *ics = NULL;
  icalcomponent *calendar, *event;
  gsize length;
  gint64 id;

  lc_record_set_int (room, "convention-id", f->convention);
  lc_record_set_text (room, "name", "", "Hall");
  lc_room_set_location (LC_ROOM (room), hostile, hostile);
  g_assert_true (lc_rooms_save (f->undo, rooms (f), room, &error));
  g_assert_no_error (error);
  stored = stored_room (f, lc_record_get_id (room));
  g_assert_cmpstr (lc_room_get_location (LC_ROOM (stored), LC_LANGUAGE_ENGLISH), ==, hostile);
  add_item (f, "Talk", lc_record_get_id (room), 0, "");

  file = lc_convention_export_data (f->store, f->convention, &length, &error);
  g_assert_no_error (error);
  other = lc_test_open_store (&other_dir);
  id = lc_convention_import_data (other, file, length, "hostile.json", &error);
  g_assert_no_error (error);
  read_rooms = lc_store_list (other, LC_TYPE_ROOM, "convention_id", id, &error);
  read_room = g_list_model_get_item (G_LIST_MODEL (read_rooms), 0);
  g_assert_cmpstr (lc_room_get_location (LC_ROOM (read_room), LC_LANGUAGE_ARABIC), ==, hostile);

  ics = lc_export_ics_data (f->store, f->convention, LC_LANGUAGE_ENGLISH, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  calendar = icalparser_parse_string (ics);
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  g_assert_cmpstr (icalcomponent_get_location (event), ==,
                   "Hall, \342\200\256<b>Floor & \"2\"</b>[31m;,\\");
  icalcomponent_free (calendar);

  g_clear_object (&other);
  lc_test_remove_tree (other_dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/room-details/url-check", test_url_check);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/room-details/save-undo", test_save_undo);
  ADD ("/room-details/save-refused", test_save_refused);
  ADD ("/room-details/effective-url", test_effective_url);
  ADD ("/room-details/over-capacity", test_over_capacity);
  ADD ("/room-details/round-trip", test_round_trip);
  ADD ("/room-details/old-and-bad-files", test_old_and_bad_files);
  ADD ("/room-details/ics", test_ics);
  ADD ("/room-details/schedule", test_schedule);
  ADD ("/room-details/hostile-text", test_hostile_text);
#undef ADD

  return g_test_run ();
}
