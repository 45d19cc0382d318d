/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "lc-convention-io.h"
#include "lc-convention-model.h"
#include "lc-convention-update.h"
#include "lc-error.h"
#include "lc-agenda-pdf.h"
#include "lc-export-ics.h"
#include "lc-export-schedule.h"
#include "lc-places.h"
#include "lc-test-fixture.h"
#include "lc-test-pdf.h"
#include "lc-test-util.h"

/*
 * Off-site places for field visits (lc-places.c): added with an address,
 * edited, reordered and deleted, each one undo step, read back from the
 * library and through the open convention's list; an item in a room or at a
 * place, never both, kept so by the library itself.
 */

typedef LcTestConventionFixture Fixture;

/* "name (address)|…" in the order the library keeps, and the same as the
 * open convention shows them. */
static char *
describe (GListModel *places)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(LcRecord) place = g_list_model_get_item (places, i);

      g_string_append_printf (text, "%s%s (%s)", i ? "|" : "", lc_record_get_string (place, "name-en"),
                              lc_record_get_string (place, "address-en"));
    }
  return g_string_free (text, FALSE);
}

static void
assert_places (Fixture    *f,
               const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) stored = lc_store_list (f->store, LC_TYPE_PLACE, "convention_id", f->convention, &error);
  g_autofree char *in_library = NULL;
  g_autofree char *shown = describe (lc_convention_model_get_places (f->model));

  g_assert_no_error (error);
  in_library = describe (G_LIST_MODEL (stored));
  g_assert_cmpstr (in_library, ==, expected);
  g_assert_cmpstr (shown, ==, expected);
}

static LcRecord *
add (Fixture    *f,
     const char *name_en,
     const char *address_en)
{
  g_autoptr(GError) error = NULL;
  LcRecord *place = lc_places_add (f->undo, lc_convention_model_get_places (f->model), f->convention,
                                   "", name_en, "", address_en, &error);

  g_assert_no_error (error);
  g_assert_nonnull (place);
  return place;
}

static LcRecord *
add_visit (Fixture    *f,
           const char *title,
           gint64      place_id)
{
  g_autoptr(GError) error = NULL;
  LcRecord *item = g_object_new (LC_TYPE_ITEM, NULL);

  lc_record_set_int (item, "convention-id", f->convention);
  lc_record_set_string (item, "title-en", title);
  lc_record_set_string (item, "day", "2023-05-10");
  lc_record_set_int (item, "start-minute", 13 * 60);
  lc_record_set_int (item, "end-minute", 15 * 60);
  lc_record_set_int (item, "kind", LC_ITEM_KIND_FIELD_VISIT);
  lc_item_set_place_id (LC_ITEM (item), place_id);
  g_assert_true (lc_store_insert (f->store, item, &error));
  g_assert_no_error (error);
  return item;
}

static LcItem *
stored (Fixture  *f,
        LcRecord *item)
{
  g_autoptr(GError) error = NULL;
  LcRecord *copy = lc_store_get (f->store, LC_TYPE_ITEM, lc_record_get_id (item), &error);

  g_assert_no_error (error);
  return LC_ITEM (copy);
}

static void
test_add_edit_move (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) plant = add (f, " Desalination plant ", " King Fahd Road ");
  g_autoptr(LcRecord) museum = add (f, "Museum", "");

  assert_places (f, "Desalination plant (King Fahd Road)|Museum ()");
  g_assert_cmpuint (lc_undo_stack_get_n_undo (f->undo), ==, 2);
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->undo), ==, "Undo Add Place");

  /* A place needs a name; an address alone is not one. */
  g_assert_null (lc_places_add (f->undo, lc_convention_model_get_places (f->model), f->convention,
                                " ", "", "Somewhere", "Somewhere", &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (f->undo), ==, 2);

  g_assert_true (lc_places_edit (f->undo, museum, "المتحف الوطني", "National Museum", "",
                                 "Museum Street 4", &error));
  g_assert_no_error (error);
  assert_places (f, "Desalination plant (King Fahd Road)|National Museum (Museum Street 4)");
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->undo), ==, "Undo Edit Place");
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  assert_places (f, "Desalination plant (King Fahd Road)|Museum ()");
  g_assert_true (lc_undo_stack_redo (f->undo, &error));
  g_assert_no_error (error);

  g_assert_true (lc_places_move (f->undo, lc_convention_model_get_places (f->model), 1, 0, &error));
  g_assert_no_error (error);
  assert_places (f, "National Museum (Museum Street 4)|Desalination plant (King Fahd Road)");
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->undo), ==, "Undo Move Place");
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  assert_places (f, "Desalination plant (King Fahd Road)|National Museum (Museum Street 4)");
}

/* Deleting a place leaves its items with none, and in no room; undoing
 * puts them back at it. */
static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) plant = add (f, "Plant", "Port");
  g_autoptr(LcRecord) museum = add (f, "Museum", "");
  g_autoptr(LcRecord) visit = add_visit (f, "Visit", lc_record_get_id (plant));
  g_autoptr(LcRecord) tour = add_visit (f, "Tour", lc_record_get_id (museum));
  g_autoptr(LcItem) after = NULL;
  g_autoptr(LcItem) back = NULL;
  g_autoptr(LcItem) other = NULL;

  g_assert_cmpint (lc_places_count_items (f->store, plant, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_true (lc_places_delete (f->undo, plant, &error));
  g_assert_no_error (error);
  assert_places (f, "Museum ()");
  after = stored (f, visit);
  g_assert_cmpint (lc_item_get_place_id (after), ==, 0);
  g_assert_cmpint (lc_item_get_place_id (lc_convention_model_lookup (f->model, LC_TYPE_ITEM,
                                                                     lc_record_get_id (visit))), ==, 0);
  other = stored (f, tour);
  g_assert_cmpint (lc_item_get_place_id (other), ==, lc_record_get_id (museum));

  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  assert_places (f, "Plant (Port)|Museum ()");
  back = stored (f, visit);
  g_assert_cmpint (lc_item_get_place_id (back), ==, lc_record_get_id (plant));
}

/* The library keeps an item's place in its convention and an item out of
 * a room and a place at once, whatever code writes to it; the store's
 * helpers move an item from one to the other. */
static void
test_room_or_place (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 other = lc_test_add_convention (f->store, "Other", "2023-06-01", "2023-06-02");
  g_autoptr(LcRecord) plant = add (f, "Plant", "Port");
  g_autoptr(LcRecord) foreign = g_object_new (LC_TYPE_PLACE, NULL);
  g_autoptr(LcRecord) room = g_object_new (LC_TYPE_ROOM, NULL);
  g_autoptr(LcRecord) visit = add_visit (f, "Visit", lc_record_get_id (plant));
  g_autoptr(LcItem) kept = NULL;
  g_autoptr(LcItem) moved = NULL;
  sqlite3 *db = lc_store_get_handle (f->store);

  lc_record_set_int (foreign, "convention-id", other);
  lc_record_set_string (foreign, "name-en", "Elsewhere");
  g_assert_true (lc_store_insert (f->store, foreign, &error));
  lc_record_set_int (room, "convention-id", f->convention);
  lc_record_set_string (room, "name-en", "Hall");
  g_assert_true (lc_store_insert (f->store, room, &error));
  g_assert_no_error (error);

  lc_item_set_room_id (LC_ITEM (visit), lc_record_get_id (room));
  g_assert_false (lc_store_update (f->store, visit, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_CONSTRAINT);
  g_clear_error (&error);
  lc_item_set_room_id (LC_ITEM (visit), 0);
  lc_item_set_place_id (LC_ITEM (visit), lc_record_get_id (foreign));
  g_assert_false (lc_store_update (f->store, visit, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_CONSTRAINT);
  g_clear_error (&error);
  kept = stored (f, visit);
  g_assert_cmpint (lc_item_get_place_id (kept), ==, lc_record_get_id (plant));
  g_assert_cmpint (lc_item_get_room_id (kept), ==, 0);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE items SET room_id = (SELECT min (id) FROM rooms)",
                                 NULL, NULL, NULL), ==, SQLITE_CONSTRAINT_TRIGGER);

  /* Putting the item in a room takes it from its place, and back. */
  lc_item_put_in_room (LC_ITEM (visit), lc_record_get_id (room));
  g_assert_cmpint (lc_item_get_place_id (LC_ITEM (visit)), ==, 0);
  g_assert_true (lc_store_update (f->store, visit, &error));
  g_assert_no_error (error);
  lc_item_put_at_place (LC_ITEM (visit), lc_record_get_id (plant));
  g_assert_cmpint (lc_item_get_room_id (LC_ITEM (visit)), ==, 0);
  g_assert_true (lc_store_update (f->store, visit, &error));
  g_assert_no_error (error);
  moved = stored (f, visit);
  g_assert_cmpint (lc_item_get_place_id (moved), ==, lc_record_get_id (plant));
  g_assert_cmpint (lc_item_get_room_id (moved), ==, 0);
}

/* Where a calendar and the agenda say the item is: the name, then the
 * address, each falling back to the other language. */
static void
test_location (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) plant = lc_places_add (f->undo, lc_convention_model_get_places (f->model),
                                             f->convention, "محطة التحلية", "Desalination plant",
                                             "", "King Fahd Road", &error);
  g_autoptr(LcRecord) museum = add (f, "Museum", "");
  g_autofree char *en = lc_place_dup_location (plant, FALSE);
  g_autofree char *ar = lc_place_dup_location (plant, TRUE);
  g_autofree char *bare = lc_place_dup_location (museum, TRUE);

  g_assert_no_error (error);
  g_assert_cmpstr (en, ==, "Desalination plant, King Fahd Road");
  g_assert_cmpstr (ar, ==, "محطة التحلية، King Fahd Road");
  g_assert_cmpstr (bare, ==, "Museum");
}

/* The convention file carries the places and an item's place: what one
 * library exports, another imports the same. */
static void
test_file_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) museum = add (f, "Museum", "");
  g_autoptr(LcRecord) plant = lc_places_add (f->undo, lc_convention_model_get_places (f->model),
                                             f->convention, "محطة التحلية", "Plant",
                                             "طريق الملك فهد", "King Fahd Road", &error);
  g_autoptr(LcRecord) visit = add_visit (f, "Visit", lc_record_get_id (plant));
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) other = lc_test_open_store (&dir);
  g_autoptr(GListStore) places = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(LcRecord) place = NULL;
  g_autoptr(LcRecord) item = NULL;
  gint64 id = lc_test_convention_fixture_copy (f, other);

  places = lc_store_list (other, LC_TYPE_PLACE, "convention_id", id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (places)), ==, 2);
  place = g_list_model_get_item (G_LIST_MODEL (places), 1);
  g_assert_cmpstr (lc_record_get_string (place, "name-ar"), ==, "محطة التحلية");
  g_assert_cmpstr (lc_record_get_string (place, "address-ar"), ==, "طريق الملك فهد");
  g_assert_cmpstr (lc_record_get_string (place, "address-en"), ==, "King Fahd Road");
  g_assert_cmpstr (lc_record_get_uid (place), ==, lc_record_get_uid (plant));
  items = lc_store_list (other, LC_TYPE_ITEM, "convention_id", id, &error);
  item = g_list_model_get_item (G_LIST_MODEL (items), 0);
  g_assert_cmpint (lc_item_get_place_id (LC_ITEM (item)), ==, lc_record_get_id (place));
  g_assert_cmpint (lc_item_get_room_id (LC_ITEM (item)), ==, 0);

  g_clear_object (&other);
  lc_test_remove_tree (dir);
}

#define FILE_HEAD(version) \
  "{\"format\": \"learning-cities-convention\", \"version\": " version ", " \
  "\"convention\": {\"title\": {\"en\": \"Trip\"}, \"start_date\": \"2023-05-10\", " \
  "\"end_date\": \"2023-05-11\", \"time_zone\": \"Asia/Riyadh\"}, " \
  "\"rooms\": [{\"id\": \"r1\", \"name\": {\"en\": \"Hall\"}}], " \
  "\"places\": [{\"id\": \"p1\", \"name\": {\"en\": \"Plant\"}, \"address\": {\"en\": \"Port\"}}], "

/* A file of version 2 knew no places: its "places" and an item's "place"
 * are not ours and are left, the item read as before. A file of version 3
 * that names an unknown place, or a room and a place, is refused with the
 * item named, and nothing is written. */
static void
test_file_old_and_bad (Fixture       *f,
                       gconstpointer  data)
{
  static const char old[] = FILE_HEAD ("2")
    "\"items\": [{\"kind\": \"field-visit\", \"place\": \"p1\", \"title\": {\"en\": \"Visit\"}, "
    "\"day\": \"2023-05-10\", \"start\": \"13:00\", \"end\": \"15:00\"}]}";
  static const char unknown[] = FILE_HEAD ("3")
    "\"items\": [{\"kind\": \"field-visit\", \"place\": \"p9\", \"title\": {\"en\": \"Visit\"}, "
    "\"day\": \"2023-05-10\", \"start\": \"13:00\", \"end\": \"15:00\"}]}";
  static const char both[] = FILE_HEAD ("3")
    "\"items\": [{\"kind\": \"field-visit\", \"room\": \"r1\", \"place\": \"p1\", "
    "\"title\": {\"en\": \"Visit\"}, \"day\": \"2023-05-10\", \"start\": \"13:00\", \"end\": \"15:00\"}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(LcRecord) item = NULL;
  gint64 before = lc_store_count (f->store, LC_TYPE_CONVENTION, NULL, 0, NULL);
  gint64 id = lc_convention_import_data (f->store, old, strlen (old), "old.json", &error);

  g_assert_no_error (error);
  items = lc_store_list (f->store, LC_TYPE_ITEM, "convention_id", id, &error);
  item = g_list_model_get_item (G_LIST_MODEL (items), 0);
  g_assert_cmpint (lc_item_get_place_id (LC_ITEM (item)), ==, 0);
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_PLACE, "convention_id", id, NULL), ==, 0);

  g_assert_cmpint (lc_convention_import_data (f->store, unknown, strlen (unknown), "unknown.json", &error), ==, 0);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "items[0]"));
  g_assert_nonnull (strstr (error->message, "place"));
  g_clear_error (&error);
  g_assert_cmpint (lc_convention_import_data (f->store, both, strlen (both), "both.json", &error), ==, 0);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "items[0]"));
  g_assert_nonnull (strstr (error->message, "not both"));
  g_clear_error (&error);
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_CONVENTION, NULL, 0, NULL), ==, before + 1);
}

/* @ics with its long lines joined again (RFC 5545 folds them at 75 bytes). */
static char *
unfold (const char *ics)
{
  g_auto(GStrv) parts = g_strsplit (ics, "\r\n ", -1);

  return g_strjoinv ("", parts);
}

/* A calendar's LOCATION for a field visit is the place's name and address,
 * in the calendar's language. */
static void
test_ics (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) plant = lc_places_add (f->undo, lc_convention_model_get_places (f->model),
                                             f->convention, "محطة التحلية", "Plant",
                                             "طريق الملك فهد", "King Fahd Road", &error);
  g_autoptr(LcRecord) visit = add_visit (f, "Visit", lc_record_get_id (plant));
  g_autofree char *en = lc_export_ics_data (f->store, f->convention, LC_LANGUAGE_ENGLISH, NULL, NULL, NULL, NULL,
                                            &error);
  g_autofree char *ar = NULL, *ar_lines = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (strstr (en, "LOCATION;LANGUAGE=en:Plant\\, King Fahd Road\r\n"));
  ar = lc_export_ics_data (f->store, f->convention, LC_LANGUAGE_ARABIC, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  ar_lines = unfold (ar);
  g_assert_nonnull (strstr (ar_lines, "LOCATION;LANGUAGE=ar:محطة التحلية، طريق الملك فهد\r\n"));
}

/* The agenda PDF names a field visit's place where a room would be. */
static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) plant = add (f, "Desalination", "Port");
  g_autoptr(LcRecord) visit = add_visit (f, "Visit", lc_record_get_id (plant));
  g_autofree char *path = g_build_filename (f->dir, "agenda.pdf", NULL);
  g_autoptr(GArray) words = NULL;
  gboolean place = FALSE;

  g_assert_true (lc_agenda_export_pdf (f->store, f->convention, path, LC_AGENDA_LANGUAGE_ENGLISH,
                                       LC_PAPER_A4, &error));
  g_assert_no_error (error);
  words = lc_test_pdf_words (path, 1);
  for (guint i = 0; i < words->len; i++)
    place |= g_str_equal (g_array_index (words, LcTestWord, i).text, "Desalination");
  g_assert_true (place);
}

/* A convention file sent back with a place edited and a new one that a
 * visit moved to updates the library: the plan says so, in words, the
 * places matched by their identity, and applying it leaves the library as
 * the file. */
static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) plant = add (f, "Plant", "Port");
  g_autoptr(LcRecord) visit = add_visit (f, "Visit", lc_record_get_id (plant));
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) other = lc_test_open_store (&dir);
  g_autoptr(LcUndoStack) other_undo = lc_undo_stack_new (other);
  g_autoptr(GListStore) places = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(LcRecord) museum = NULL;
  g_autoptr(LcRecord) copy = NULL;
  g_autoptr(LcRecord) item = NULL;
  g_autoptr(LcItem) moved = NULL;
  g_autoptr(LcConventionUpdate) update = NULL;
  g_autofree char *json_b = NULL, *report = NULL;
  gsize length_b;
  gint64 id = lc_test_convention_fixture_copy (f, other);

  places = lc_store_list (other, LC_TYPE_PLACE, "convention_id", id, &error);
  copy = g_list_model_get_item (G_LIST_MODEL (places), 0);
  g_assert_true (lc_places_edit (other_undo, copy, "", "Desalination plant", "", "Port road", &error));
  museum = lc_places_add (other_undo, G_LIST_MODEL (places), id, "", "Museum", "", "", &error);
  g_assert_no_error (error);
  items = lc_store_list (other, LC_TYPE_ITEM, "convention_id", id, &error);
  item = g_list_model_get_item (G_LIST_MODEL (items), 0);
  lc_item_put_at_place (LC_ITEM (item), lc_record_get_id (museum));
  g_assert_true (lc_store_update (other, item, &error));
  json_b = lc_convention_export_data (other, id, &length_b, &error);
  g_assert_no_error (error);

  update = lc_convention_update_new (f->store, f->convention, json_b, length_b, "b.json", &error);
  g_assert_no_error (error);
  report = lc_convention_update_format_report (update);
  g_assert_nonnull (strstr (report, "Places, changed: Desalination plant"));
  g_assert_nonnull (strstr (report, "Places, added: Museum"));
  g_assert_null (strstr (report, "Places, deleted"));
  g_assert_true (lc_convention_update_apply (update, f->store, &error));
  g_assert_no_error (error);
  g_clear_object (&f->model);
  f->model = lc_convention_model_load (f->store, f->convention, &error);
  assert_places (f, "Desalination plant (Port road)|Museum ()");
  moved = stored (f, visit);
  g_assert_cmpint (lc_item_get_place_id (moved), !=, lc_record_get_id (plant));
  g_assert_cmpint (lc_item_get_place_id (moved), !=, 0);

  g_clear_object (&other);
  lc_test_remove_tree (dir);
}

/* The schedule XML and JSON give a field visit its place as its room (the
 * one member those formats have for where an event is), with the place's
 * address as the JSON room's description. */
static void
test_schedule (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) plant = add (f, "Desalination plant", "King Fahd Road");
  g_autoptr(LcRecord) visit = add_visit (f, "Visit", lc_record_get_id (plant));
  g_autofree char *xml = NULL, *json = NULL;
  gsize length;

  xml = lc_export_schedule_xml_data (f->store, f->convention, LC_LANGUAGE_ENGLISH, &length, NULL, NULL, NULL,
                                     &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (xml, "<room>Desalination plant</room>"));
  g_assert_nonnull (strstr (xml, lc_record_get_uid (plant)));
  json = lc_export_schedule_json_data (f->store, f->convention, LC_LANGUAGE_ENGLISH, &length, NULL, NULL, NULL,
                                       &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, "\"room\" : \"Desalination plant\""));
  g_assert_nonnull (strstr (json, "King Fahd Road"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  LC_TEST_ADD_CONVENTION_CASE ("/places/add-edit-move", "Places", test_add_edit_move);
  LC_TEST_ADD_CONVENTION_CASE ("/places/delete", "Places", test_delete);
  LC_TEST_ADD_CONVENTION_CASE ("/places/room-or-place", "Places", test_room_or_place);
  LC_TEST_ADD_CONVENTION_CASE ("/places/location", "Places", test_location);
  LC_TEST_ADD_CONVENTION_CASE ("/places/file-round-trip", "Places", test_file_round_trip);
  LC_TEST_ADD_CONVENTION_CASE ("/places/file-old-and-bad", "Places", test_file_old_and_bad);
  LC_TEST_ADD_CONVENTION_CASE ("/places/ics", "Places", test_ics);
  LC_TEST_ADD_CONVENTION_CASE ("/places/pdf", "Places", test_pdf);
  LC_TEST_ADD_CONVENTION_CASE ("/places/update", "Places", test_update);
  LC_TEST_ADD_CONVENTION_CASE ("/places/schedule", "Places", test_schedule);

  return g_test_run ();
}
