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
#include "lc-test-pdf.h"
#include "lc-test-fixture.h"
#include "lc-test-util.h"
#include "lc-tracks.h"

/*
 * Tracks (themes) made in the window (lc-tracks.c): added with a colour of
 * their own, renamed, coloured, reordered and deleted, each one undo step,
 * read back from the library and through the open convention's list; an
 * item's track kept to its convention, and kinds the library refuses.
 */

typedef LcTestConventionFixture Fixture;

/* "name colour|…" as the library orders the tracks, and the same as the
 * open convention shows them. */
static char *
describe (GListModel *tracks)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (tracks); i++)
    {
      g_autoptr(LcRecord) track = g_list_model_get_item (tracks, i);

      g_string_append_printf (text, "%s%s %s", i ? "|" : "", lc_record_get_string (track, "name-en"),
                              lc_track_get_colour (LC_TRACK (track)));
    }
  return g_string_free (text, FALSE);
}

static void
assert_tracks (Fixture    *f,
               const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) stored = lc_store_list (f->store, LC_TYPE_TRACK, "convention_id", f->convention, &error);
  g_autofree char *in_library = NULL;
  g_autofree char *shown = describe (lc_convention_model_get_tracks (f->model));

  g_assert_no_error (error);
  in_library = describe (G_LIST_MODEL (stored));
  g_assert_cmpstr (in_library, ==, expected);
  g_assert_cmpstr (shown, ==, expected);
}

static LcRecord *
add (Fixture    *f,
     const char *ar,
     const char *en)
{
  g_autoptr(GError) error = NULL;
  LcRecord *track = lc_tracks_add (f->undo, lc_convention_model_get_tracks (f->model), f->convention,
                                   ar, en, &error);

  g_assert_no_error (error);
  g_assert_nonnull (track);
  return track;
}

static void
test_add_rename_colour_move (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) digital = add (f, "التعلم الرقمي", "Digital");
  g_autoptr(LcRecord) health = add (f, "", " Health ");

  /* Each new track takes the next colour of the palette. */
  assert_tracks (f, "Digital #1c71d8|Health #26a269");
  g_assert_cmpuint (lc_undo_stack_get_n_undo (f->undo), ==, 2);

  g_assert_null (lc_tracks_add (f->undo, lc_convention_model_get_tracks (f->model), f->convention,
                                "  ", "", &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_true (lc_tracks_rename (f->undo, health, "الصحة", "Wellbeing", &error));
  g_assert_no_error (error);
  assert_tracks (f, "Digital #1c71d8|Wellbeing #26a269");

  /* A colour typed in capitals is kept in small letters; a non-colour is
   * refused with the value named, and nothing changes. */
  g_assert_true (lc_tracks_set_colour (f->undo, digital, "#A51D2D", &error));
  g_assert_no_error (error);
  assert_tracks (f, "Digital #a51d2d|Wellbeing #26a269");
  g_assert_false (lc_tracks_set_colour (f->undo, digital, "red", &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "“red”"));
  g_clear_error (&error);
  assert_tracks (f, "Digital #a51d2d|Wellbeing #26a269");
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->undo), ==, "Undo Change Track Colour");
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  assert_tracks (f, "Digital #1c71d8|Wellbeing #26a269");
  g_assert_true (lc_undo_stack_redo (f->undo, &error));
  g_assert_no_error (error);

  g_assert_true (lc_tracks_move (f->undo, lc_convention_model_get_tracks (f->model), 1, 0, &error));
  g_assert_no_error (error);
  assert_tracks (f, "Wellbeing #26a269|Digital #a51d2d");
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->undo), ==, "Undo Move Track");
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  assert_tracks (f, "Digital #a51d2d|Wellbeing #26a269");
}

static LcRecord *
add_item (Fixture    *f,
          const char *title,
          gint64      track_id)
{
  g_autoptr(GError) error = NULL;
  LcRecord *item = g_object_new (LC_TYPE_ITEM, NULL);

  lc_record_set_int (item, "convention-id", f->convention);
  lc_record_set_string (item, "title-en", title);
  lc_record_set_string (item, "day", "2023-05-10");
  lc_record_set_int (item, "start-minute", 9 * 60);
  lc_record_set_int (item, "end-minute", 10 * 60);
  lc_record_set_int (item, "kind", LC_ITEM_KIND_WORKSHOP);
  lc_item_set_track_id (LC_ITEM (item), track_id);
  g_assert_true (lc_store_insert (f->store, item, &error));
  g_assert_no_error (error);
  return item;
}

static gint64
stored_track_of (Fixture  *f,
                 LcRecord *item)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) stored = lc_store_get (f->store, LC_TYPE_ITEM, lc_record_get_id (item), &error);

  g_assert_no_error (error);
  return lc_item_get_track_id (LC_ITEM (stored));
}

/* Deleting a track leaves its items without one; undoing puts them back. */
static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) digital = add (f, "", "Digital");
  g_autoptr(LcRecord) health = add (f, "", "Health");
  g_autoptr(LcRecord) lab = add_item (f, "Lab", lc_record_get_id (digital));
  g_autoptr(LcRecord) walk = add_item (f, "Walk", lc_record_get_id (health));

  g_assert_cmpint (lc_tracks_count_items (f->store, digital, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_true (lc_tracks_delete (f->undo, digital, &error));
  g_assert_no_error (error);
  assert_tracks (f, "Health #26a269");
  g_assert_cmpint (stored_track_of (f, lab), ==, 0);
  g_assert_cmpint (stored_track_of (f, walk), ==, lc_record_get_id (health));
  g_assert_cmpint (lc_item_get_track_id (lc_convention_model_lookup (f->model, LC_TYPE_ITEM,
                                                                     lc_record_get_id (lab))), ==, 0);

  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  assert_tracks (f, "Digital #1c71d8|Health #26a269");
  g_assert_cmpint (stored_track_of (f, lab), ==, lc_record_get_id (digital));
}

/* The library itself keeps an item's track in its convention and its kind
 * among the known ones, whatever code writes to it. */
static void
test_library_refuses (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 other = lc_test_add_convention (f->store, "Other", "2023-06-01", "2023-06-02");
  g_autoptr(LcRecord) foreign = g_object_new (LC_TYPE_TRACK, NULL);
  g_autoptr(LcRecord) item = NULL;
  sqlite3 *db = lc_store_get_handle (f->store);

  lc_record_set_int (foreign, "convention-id", other);
  lc_record_set_string (foreign, "name-en", "Elsewhere");
  g_assert_true (lc_store_insert (f->store, foreign, &error));
  g_assert_no_error (error);

  item = add_item (f, "Lab", 0);
  lc_item_set_track_id (LC_ITEM (item), lc_record_get_id (foreign));
  g_assert_false (lc_store_update (f->store, item, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (stored_track_of (f, item), ==, 0);

  g_assert_cmpint (sqlite3_exec (db, "UPDATE items SET kind = 'dance'", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT_TRIGGER);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE tracks SET colour = 'red'", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT_CHECK);
  /* Every kind, the new ones too, is one the library takes. */
  lc_item_set_track_id (LC_ITEM (item), 0);
  for (LcItemKind kind = LC_ITEM_KIND_OPENING; kind <= LC_ITEM_KIND_OTHER; kind++)
    {
      lc_item_set_kind (LC_ITEM (item), kind);
      g_assert_true (lc_store_update (f->store, item, &error));
      g_assert_no_error (error);
    }
}

/* The convention file carries tracks and an item's track and kind: what
 * one library exports, another imports the same. */
static void
test_file_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) digital = add (f, "التعلم الرقمي", "Digital");
  g_autoptr(LcRecord) health = add (f, "الصحة", "Health");
  g_autoptr(LcRecord) lab = add_item (f, "Lab", lc_record_get_id (health));
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) other = lc_test_open_store (&dir);
  g_autoptr(GListStore) tracks = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(LcRecord) track = NULL;
  g_autoptr(LcRecord) item = NULL;
  g_autofree char *json = NULL;
  gsize length;
  gint64 id;

  g_assert_true (lc_tracks_set_colour (f->undo, digital, "#813d9c", &error));
  json = lc_convention_export_data (f->store, f->convention, &length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, "\"version\" : 5"));

  id = lc_convention_import_data (other, json, length, "tracks.json", &error);
  g_assert_no_error (error);
  tracks = lc_store_list (other, LC_TYPE_TRACK, "convention_id", id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tracks)), ==, 2);
  track = g_list_model_get_item (G_LIST_MODEL (tracks), 0);
  g_assert_cmpstr (lc_record_get_string (track, "name-ar"), ==, "التعلم الرقمي");
  g_assert_cmpstr (lc_track_get_colour (LC_TRACK (track)), ==, "#813d9c");
  g_clear_object (&track);
  track = g_list_model_get_item (G_LIST_MODEL (tracks), 1);
  g_assert_cmpstr (lc_record_get_string (track, "name-en"), ==, "Health");
  items = lc_store_list (other, LC_TYPE_ITEM, "convention_id", id, &error);
  item = g_list_model_get_item (G_LIST_MODEL (items), 0);
  g_assert_cmpint (lc_item_get_track_id (LC_ITEM (item)), ==, lc_record_get_id (track));
  g_assert_cmpint (lc_item_get_kind (LC_ITEM (item)), ==, LC_ITEM_KIND_WORKSHOP);

  g_clear_object (&other);
  lc_test_remove_tree (dir);
}

/* A file of version 2 knew no tracks: one of its items with a "track" is
 * still read, without one. */
static void
test_file_version_2 (Fixture       *f,
                     gconstpointer  data)
{
  static const char file[] =
    "{\"format\": \"learning-cities-convention\", \"version\": 2, "
    "\"convention\": {\"title\": {\"en\": \"Old\"}, \"start_date\": \"2023-05-10\", "
    "\"end_date\": \"2023-05-11\", \"time_zone\": \"Asia/Riyadh\"}, "
    "\"items\": [{\"kind\": \"session\", \"track\": \"t1\", \"title\": {\"en\": \"Talk\"}, "
    "\"day\": \"2023-05-10\", \"start\": \"09:00\", \"end\": \"10:00\"}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(LcRecord) item = NULL;
  gint64 id = lc_convention_import_data (f->store, file, strlen (file), "old.json", &error);

  g_assert_no_error (error);
  items = lc_store_list (f->store, LC_TYPE_ITEM, "convention_id", id, &error);
  item = g_list_model_get_item (G_LIST_MODEL (items), 0);
  g_assert_cmpint (lc_item_get_track_id (LC_ITEM (item)), ==, 0);
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_TRACK, "convention_id", id, NULL), ==, 0);
}

/* A calendar gets the item's kind and its track as categories. */
static void
test_ics (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) health = add (f, "الصحة", "Health");
  g_autoptr(LcRecord) lab = add_item (f, "Lab", lc_record_get_id (health));
  g_autofree char *en = lc_export_ics_data (f->store, f->convention, LC_LANGUAGE_ENGLISH, NULL, NULL, NULL, NULL,
                                            &error);
  g_autofree char *ar = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (strstr (en, "CATEGORIES:Workshop\r\n"));
  g_assert_nonnull (strstr (en, "CATEGORIES:Health\r\n"));
  ar = lc_export_ics_data (f->store, f->convention, LC_LANGUAGE_ARABIC, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (ar, "CATEGORIES:الصحة\r\n"));
}

/* A convention file sent back with a renamed track and an item moved to a
 * new one updates the library: the plan says so, in words, and applying it
 * leaves the library as the file. */
static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) digital = add (f, "", "Digital");
  g_autoptr(LcRecord) lab = add_item (f, "Lab", lc_record_get_id (digital));
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) other = lc_test_open_store (&dir);
  g_autoptr(LcUndoStack) other_undo = lc_undo_stack_new (other);
  g_autoptr(GListStore) tracks = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(LcRecord) health = NULL;
  g_autoptr(LcRecord) copy = NULL;
  g_autoptr(LcRecord) item = NULL;
  g_autoptr(LcConventionUpdate) update = NULL;
  g_autofree char *json = NULL, *json_b = NULL, *report = NULL;
  gsize length, length_b;
  gint64 id;

  json = lc_convention_export_data (f->store, f->convention, &length, &error);
  id = lc_convention_import_data (other, json, length, "a.json", &error);
  g_assert_no_error (error);
  tracks = lc_store_list (other, LC_TYPE_TRACK, "convention_id", id, &error);
  copy = g_list_model_get_item (G_LIST_MODEL (tracks), 0);
  g_assert_true (lc_tracks_rename (other_undo, copy, "", "Digital skills", &error));
  health = lc_tracks_add (other_undo, G_LIST_MODEL (tracks), id, "", "Health", &error);
  g_assert_no_error (error);
  items = lc_store_list (other, LC_TYPE_ITEM, "convention_id", id, &error);
  {
    g_autoptr(LcRecord) first = g_list_model_get_item (G_LIST_MODEL (items), 0);

    item = lc_record_copy (first);
  }
  lc_item_set_track_id (LC_ITEM (item), lc_record_get_id (health));
  g_assert_true (lc_store_update (other, item, &error));
  json_b = lc_convention_export_data (other, id, &length_b, &error);
  g_assert_no_error (error);

  update = lc_convention_update_new (f->store, f->convention, json_b, length_b, "b.json", &error);
  g_assert_no_error (error);
  report = lc_convention_update_format_report (update);
  /* The renamed track is the same one, matched by its identity. */
  g_assert_nonnull (strstr (report, "Tracks, changed: Digital skills"));
  g_assert_nonnull (strstr (report, "Tracks, added: Health"));
  g_assert_null (strstr (report, "Tracks, deleted"));
  g_assert_nonnull (strstr (report, "track: Digital → Health"));
  g_assert_true (lc_convention_update_apply (update, f->store, &error));
  g_assert_no_error (error);
  g_clear_object (&f->model);
  f->model = lc_convention_model_load (f->store, f->convention, &error);
  assert_tracks (f, "Digital skills #1c71d8|Health #26a269");
  g_clear_object (&item);
  item = lc_store_get (f->store, LC_TYPE_ITEM, lc_record_get_id (lab), &error);
  g_assert_cmpint (lc_item_get_track_id (LC_ITEM (item)), !=, lc_record_get_id (digital));
  g_assert_cmpint (lc_item_get_track_id (LC_ITEM (item)), !=, 0);

  g_clear_object (&other);
  lc_test_remove_tree (dir);
}

/* The agenda PDF names an item's track beside its room, as words. */
static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) health = add (f, "الصحة", "Wellbeing");
  g_autoptr(LcRecord) lab = add_item (f, "Lab", lc_record_get_id (health));
  g_autofree char *path = g_build_filename (f->dir, "agenda.pdf", NULL);
  g_autoptr(GArray) words = NULL;
  gboolean track = FALSE, kind = FALSE;

  g_assert_true (lc_agenda_export_pdf (f->store, f->convention, path, LC_AGENDA_LANGUAGE_ENGLISH,
                                       LC_PAPER_A4, &error));
  g_assert_no_error (error);
  words = lc_test_pdf_words (path, 1);
  for (guint i = 0; i < words->len; i++)
    {
      const char *text = g_array_index (words, LcTestWord, i).text;

      track |= g_str_equal (text, "Wellbeing");
      kind |= g_str_equal (text, "WORKSHOP") || g_str_equal (text, "Workshop");
    }
  g_assert_true (track);
  g_assert_true (kind);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  LC_TEST_ADD_CONVENTION_CASE ("/tracks/add-rename-colour-move", "Tracks", test_add_rename_colour_move);
  LC_TEST_ADD_CONVENTION_CASE ("/tracks/delete", "Tracks", test_delete);
  LC_TEST_ADD_CONVENTION_CASE ("/tracks/file-round-trip", "Tracks", test_file_round_trip);
  LC_TEST_ADD_CONVENTION_CASE ("/tracks/file-version-2", "Tracks", test_file_version_2);
  LC_TEST_ADD_CONVENTION_CASE ("/tracks/update", "Tracks", test_update);
  LC_TEST_ADD_CONVENTION_CASE ("/tracks/pdf", "Tracks", test_pdf);
  LC_TEST_ADD_CONVENTION_CASE ("/tracks/ics", "Tracks", test_ics);
  LC_TEST_ADD_CONVENTION_CASE ("/tracks/library-refuses", "Tracks", test_library_refuses);

  return g_test_run ();
}
