/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "lc-convention-io.h"
#include "lc-convention-update.h"
#include "lc-error.h"
#include "lc-people-copy.h"
#include "lc-person-photo.h"
#include "lc-report.h"
#include "lc-test-fixture.h"
#include "lc-test-util.h"

/*
 * A person's photo (lc-person-photo.c): chosen from a file, stored scaled
 * in the library's image store, each change one undo step, refused with
 * the file's name when it is no photo or too large, and kept when the
 * library is opened again while only the report's photos are purged.
 */

typedef LcTestConventionFixture Fixture;

/* A new person of the convention, with no photo. */
static gint64
add_person (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);

  lc_record_set_int (person, "convention-id", f->convention);
  lc_record_set_string (person, "name-en", "Layla Haddad");
  g_assert_true (lc_store_insert (f->store, person, &error));
  g_assert_no_error (error);
  return lc_record_get_id (person);
}

/* The person as the library holds them now. */
static LcPerson *
reload (Fixture *f,
        gint64   id)
{
  g_autoptr(GError) error = NULL;
  LcPerson *person = lc_store_get (f->store, LC_TYPE_PERSON, id, &error);

  g_assert_no_error (error);
  return person;
}

static gint64
count_images (LcStore *store)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (lc_store_get_handle (store), "SELECT count (*) FROM report_images",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* The stored image's size, as an independent decoder reads its bytes. */
static void
decoded_size (Fixture    *f,
              const char *hash,
              int        *width,
              int        *height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) image = lc_report_load_image (f->store, hash, NULL, NULL, NULL, &error);
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GdkPixbuf) decoded = NULL;

  g_assert_no_error (error);
  stream = g_memory_input_stream_new_from_bytes (image);
  decoded = gdk_pixbuf_new_from_stream (stream, NULL, &error);
  g_assert_no_error (error);
  *width = gdk_pixbuf_get_width (decoded);
  *height = gdk_pixbuf_get_height (decoded);
}

/* A camera's photo is stored scaled to the person's size, a small one as it
 * is; each change is one step that undo takes back, and an image only a
 * person's photo names survives the next opening of the library. */
static void
test_choose_undo_purge (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *camera = lc_test_write_photo (f->dir, "camera.jpg", FALSE, 3000, 2000, 0x3080c0ff);
  g_autofree char *badge = lc_test_write_photo (f->dir, "badge.png", TRUE, 100, 200, 0x20a0e080);
  g_autofree char *path = g_strdup (lc_store_get_path (f->store));
  g_autofree char *first = NULL;
  g_autoptr(LcStore) again = NULL;
  g_autoptr(GBytes) stored = NULL;
  gint64 id = add_person (f);
  g_autoptr(LcPerson) person = reload (f, id);
  int width = 0, height = 0;

  g_assert_cmpstr (lc_person_get_photo (person), ==, "");
  g_assert_true (lc_person_choose_photo (f->undo, person, camera, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->undo), ==, "Undo Set Photo");
  g_clear_object (&person);
  person = reload (f, id);
  first = g_strdup (lc_person_get_photo (person));
  g_assert_cmpuint (strlen (first), ==, 64);
  decoded_size (f, first, &width, &height);
  g_assert_cmpint (width, ==, LC_PERSON_PHOTO_SIZE);
  g_assert_cmpint (height, ==, 341);

  g_assert_true (lc_person_choose_photo (f->undo, person, badge, &error));
  g_assert_no_error (error);
  g_clear_object (&person);
  person = reload (f, id);
  g_assert_cmpstr (lc_person_get_photo (person), !=, first);
  decoded_size (f, lc_person_get_photo (person), &width, &height);
  g_assert_cmpint (width, ==, 100);
  g_assert_cmpint (height, ==, 200);
  g_assert_cmpint (count_images (f->store), ==, 2);

  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_clear_object (&person);
  person = reload (f, id);
  g_assert_cmpstr (lc_person_get_photo (person), ==, first);

  g_assert_true (lc_person_remove_photo (f->undo, person, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->undo), ==, "Undo Remove Photo");
  g_clear_object (&person);
  person = reload (f, id);
  g_assert_cmpstr (lc_person_get_photo (person), ==, "");
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_clear_object (&person);
  person = reload (f, id);
  g_assert_cmpstr (lc_person_get_photo (person), ==, first);

  /* Opened again: the badge no one names goes, the person's photo stays. */
  again = lc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_images (again), ==, 1);
  g_clear_pointer (&stored, g_bytes_unref);
  stored = lc_report_load_image (again, first, NULL, &width, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (width, ==, LC_PERSON_PHOTO_SIZE);
}

/* Another process opens the library: the images no record names go. */
static void
open_elsewhere (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) other = lc_store_open (lc_store_get_path (f->store), &error);

  g_assert_no_error (error);
  g_assert_cmpint (count_images (other), ==, 0);
}

/* Another window opening the library while this one's history holds
 * "Remove Photo" purges the image no record names; undoing here still
 * brings back the photo with its image, and redoing and undoing again. */
static void
test_undo_after_other_purge (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *camera = lc_test_write_photo (f->dir, "face.jpg", FALSE, 800, 600, 0x3080c0ff);
  g_autofree char *hash = NULL;
  g_autoptr(GBytes) image = NULL;
  gint64 id = add_person (f);
  g_autoptr(LcPerson) person = reload (f, id);
  int width = 0;

  g_assert_true (lc_person_choose_photo (f->undo, person, camera, &error));
  g_assert_no_error (error);
  g_clear_object (&person);
  person = reload (f, id);
  hash = g_strdup (lc_person_get_photo (person));
  g_assert_true (lc_person_remove_photo (f->undo, person, &error));
  g_assert_no_error (error);

  open_elsewhere (f);
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_clear_object (&person);
  person = reload (f, id);
  g_assert_cmpstr (lc_person_get_photo (person), ==, hash);
  image = lc_report_load_image (f->store, hash, NULL, &width, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (width, ==, LC_PERSON_PHOTO_SIZE);
  /* Its bytes are the ones stored: the name is their SHA-256. */
  {
    g_autofree char *sum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, image);

    g_assert_cmpstr (sum, ==, hash);
  }

  /* Redo removes it again; purged again, and undone again: back again. */
  g_assert_true (lc_undo_stack_redo (f->undo, &error));
  g_assert_no_error (error);
  open_elsewhere (f);
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_images (f->store), ==, 1);
}

/* A text file, a cut JPEG and a file over the size limit are refused with
 * the file's name; nothing is stored and there is nothing to undo. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_build_filename (f->dir, "cv.jpg", NULL);
  g_autofree char *broken = g_build_filename (f->dir, "broken.jpg", NULL);
  g_autofree char *heavy = g_build_filename (f->dir, "heavy.jpg", NULL);
  g_autofree char *good = lc_test_write_photo (f->dir, "good.jpg", FALSE, 64, 64, 0x808080ff);
  g_autofree char *good_bytes = NULL;
  gint64 id = add_person (f);
  g_autoptr(LcPerson) person = reload (f, id);
  gsize good_length = 0;
  int fd;

  g_assert_true (g_file_set_contents (text, "Curriculum vitae\n", -1, &error));
  g_assert_true (g_file_get_contents (good, &good_bytes, &good_length, &error));
  g_assert_true (g_file_set_contents (broken, good_bytes, good_length / 3, &error));
  fd = g_open (heavy, O_WRONLY | O_CREAT, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, LC_REPORT_MAX_PHOTO_BYTES + 1), ==, 0);
  close (fd);
  g_assert_no_error (error);

  g_assert_false (lc_person_choose_photo (f->undo, person, text, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
  g_assert_nonnull (strstr (error->message, "cv.jpg"));
  g_assert_nonnull (strstr (error->message, "PNG or JPEG"));
  g_clear_error (&error);

  g_assert_false (lc_person_choose_photo (f->undo, person, broken, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
  g_assert_nonnull (strstr (error->message, "broken.jpg"));
  g_clear_error (&error);

  g_assert_false (lc_person_choose_photo (f->undo, person, heavy, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "heavy.jpg"));
  g_clear_error (&error);

  g_assert_cmpint (count_images (f->store), ==, 0);
  g_assert_cmpint (lc_undo_stack_get_n_undo (f->undo), ==, 0);
  g_clear_object (&person);
  person = reload (f, id);
  g_assert_cmpstr (lc_person_get_photo (person), ==, "");
}

/* Two people with one photo: the convention file gives the image once, the
 * second person naming it by its sha256; both come back with it. A name
 * alone with no image before it is refused with its place. */
static void
test_file_shared_photo (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *team = lc_test_write_photo (f->dir, "team.png", FALSE, 300, 200, 0x20a040ff);
  g_autofree char *other_dir = NULL, *file = NULL, *hash = NULL;
  g_autoptr(LcStore) other = lc_test_open_store (&other_dir);
  g_autoptr(GListStore) people = NULL;
  g_autoptr(GString) alone = NULL;
  gint64 ids[2] = { add_person (f), add_person (f) }, imported;
  const char *first_data;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(LcPerson) person = reload (f, ids[i]);

      g_assert_true (lc_person_choose_photo (f->undo, person, team, &error));
      g_assert_no_error (error);
    }
  {
    g_autoptr(LcPerson) person = reload (f, ids[0]);

    hash = g_strdup (lc_person_get_photo (person));
  }
  file = lc_convention_export_data (f->store, f->convention, NULL, &error);
  g_assert_no_error (error);
  /* The base64 once: one "data" member in the whole file. */
  first_data = strstr (file, "\"data\"");
  g_assert_nonnull (first_data);
  g_assert_null (strstr (first_data + 1, "\"data\""));

  imported = lc_convention_import_data (other, file, strlen (file), "team.json", &error);
  g_assert_no_error (error);
  people = lc_store_list (other, LC_TYPE_PERSON, "convention_id", imported, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(LcPerson) back = g_list_model_get_item (G_LIST_MODEL (people), i);

      g_assert_cmpstr (lc_person_get_photo (back), ==, hash);
    }
  g_assert_cmpint (count_images (other), ==, 1);

  /* The first person's image taken out: the second's name has nothing. */
  alone = g_string_new (file);
  g_assert_cmpuint (g_string_replace (alone, "\"data\"", "\"unused\"", 1), ==, 1);
  g_assert_cmpint (lc_convention_import_data (other, alone->str, alone->len, "alone.json", &error), ==, 0);
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
  g_assert_nonnull (strstr (error->message, "people[0]"));
  g_assert_nonnull (strstr (error->message, ".photo.data: required"));

  g_clear_object (&other);
  lc_test_remove_tree (other_dir);
}

/* The person's photo in the convention file: the image goes with the
 * person and comes back byte for byte under the same name, stored once in
 * a library that has it already; a file of version 3 has no photo. */
static void
test_file_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *camera = lc_test_write_photo (f->dir, "camera.jpg", FALSE, 900, 1200, 0x3080c0ff);
  g_autofree char *other_dir = NULL;
  g_autofree char *file = NULL;
  g_autoptr(LcStore) other = lc_test_open_store (&other_dir);
  g_autoptr(GListStore) people = NULL;
  g_autoptr(LcPerson) back = NULL;
  g_autoptr(GBytes) here = NULL;
  g_autoptr(GBytes) there = NULL;
  g_autoptr(GString) old = NULL;
  gint64 id = add_person (f), imported;
  g_autoptr(LcPerson) person = reload (f, id);

  g_assert_true (lc_person_choose_photo (f->undo, person, camera, &error));
  g_assert_no_error (error);
  g_clear_object (&person);
  person = reload (f, id);
  file = lc_convention_export_data (f->store, f->convention, NULL, &error);
  g_assert_no_error (error);

  imported = lc_convention_import_data (other, file, strlen (file), "photos.json", &error);
  g_assert_no_error (error);
  people = lc_store_list (other, LC_TYPE_PERSON, "convention_id", imported, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  back = g_list_model_get_item (G_LIST_MODEL (people), 0);
  g_assert_cmpstr (lc_person_get_photo (back), ==, lc_person_get_photo (person));
  here = lc_report_load_image (f->store, lc_person_get_photo (person), NULL, NULL, NULL, &error);
  there = lc_report_load_image (other, lc_person_get_photo (back), NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (here, there));

  /* Into the library it came from: the image is not stored twice. */
  lc_convention_import_data (f->store, file, strlen (file), "photos.json", &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_images (f->store), ==, 1);

  /* Version 3 knew no photo: one there is left out. */
  old = g_string_new (file);
  g_assert_cmpuint (g_string_replace (old, "\"version\" : 5,", "\"version\" : 3,", 1), ==, 1);
  imported = lc_convention_import_data (other, old->str, old->len, "old.json", &error);
  g_assert_no_error (error);
  g_clear_object (&people);
  people = lc_store_list (other, LC_TYPE_PERSON, "convention_id", imported, &error);
  g_clear_object (&back);
  back = g_list_model_get_item (G_LIST_MODEL (people), 0);
  g_assert_cmpstr (lc_person_get_photo (back), ==, "");

  g_clear_object (&other);
  lc_test_remove_tree (other_dir);
}

/* A photo in a file that is no image, or not the image its sha256 names,
 * is refused with its place, and nothing is imported. */
static void
test_file_refused (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *badge = lc_test_write_photo (f->dir, "badge.png", TRUE, 40, 40, 0x20a0e080);
  g_autofree char *file = NULL;
  g_autofree char *text_base64 = g_base64_encode ((const guchar *) "<script>", 8);
  g_autofree char *text_hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "<script>", 8);
  gint64 id = add_person (f);
  g_autoptr(LcPerson) person = reload (f, id);
  struct
  {
    const char *hash;   /* NULL: the photo is the text "camera.jpg" */
    const char *data;
    const char *message;
  } cases[] = {
    { NULL, NULL, "people[0] (“Layla Haddad”).photo: expected an image" },
    { text_hash, text_base64, "people[0] (“Layla Haddad”).photo.data: “people[0] (“Layla Haddad”).photo” is not a photo" },
    { text_hash, "AAAA", "people[0] (“Layla Haddad”).photo.data: the image is not the one its sha256 names" },
  };
  gint64 conventions = lc_store_count (f->store, LC_TYPE_CONVENTION, NULL, 0, NULL);

  g_assert_true (lc_person_choose_photo (f->undo, person, badge, &error));
  g_assert_no_error (error);
  file = lc_convention_export_data (f->store, f->convention, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autofree char *bad = NULL;
      JsonObject *person_object, *photo;

      g_assert_true (json_parser_load_from_data (parser, file, -1, &error));
      person_object = json_array_get_object_element (json_object_get_array_member (
        json_node_get_object (json_parser_get_root (parser)), "people"), 0);
      photo = json_object_get_object_member (person_object, "photo");
      if (cases[i].hash == NULL)
        {
          json_object_set_string_member (person_object, "photo", "camera.jpg");
        }
      else
        {
          json_object_set_string_member (photo, "sha256", cases[i].hash);
          json_object_set_string_member (photo, "data", cases[i].data);
        }
      json_generator_set_root (generator, json_parser_get_root (parser));
      bad = json_generator_to_data (generator, NULL);

      g_assert_cmpint (lc_convention_import_data (f->store, bad, strlen (bad), "bad.json", &error), ==, 0);
      g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "bad.json"));
      g_assert_nonnull (strstr (error->message, cases[i].message));
      g_clear_error (&error);
      g_assert_cmpint (lc_store_count (f->store, LC_TYPE_CONVENTION, NULL, 0, NULL), ==, conventions);
    }
  g_assert_cmpint (count_images (f->store), ==, 1);
}

/* An update from a file whose person has a photo brings the image too:
 * the person's photo is there to show and to export again. */
static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *camera = lc_test_write_photo (f->dir, "camera.jpg", FALSE, 800, 600, 0x3080c0ff);
  g_autofree char *other_dir = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *with_photo = NULL;
  g_autofree char *again = NULL;
  g_autoptr(LcStore) other = lc_test_open_store (&other_dir);
  g_autoptr(LcUndoStack) other_undo = lc_undo_stack_new (other);
  g_autoptr(GListStore) people = NULL;
  g_autoptr(LcPerson) there = NULL;
  g_autoptr(LcPerson) back = NULL;
  g_autoptr(LcConventionUpdate) update = NULL;
  g_autoptr(GBytes) image = NULL;
  gint64 id = add_person (f), copied;

  plain = lc_convention_export_data (f->store, f->convention, NULL, &error);
  g_assert_no_error (error);
  copied = lc_convention_import_data (other, plain, strlen (plain), "plain.json", &error);
  g_assert_no_error (error);
  people = lc_store_list (other, LC_TYPE_PERSON, "convention_id", copied, &error);
  g_assert_no_error (error);
  there = g_list_model_get_item (G_LIST_MODEL (people), 0);
  g_assert_true (lc_person_choose_photo (other_undo, there, camera, &error));
  g_assert_no_error (error);
  with_photo = lc_convention_export_data (other, copied, NULL, &error);
  g_assert_no_error (error);

  update = lc_convention_update_new (f->store, f->convention, with_photo, strlen (with_photo),
                                     "photo.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lc_convention_update_get_n_rows (update), ==, 1);
  g_assert_true (lc_convention_update_apply (update, f->store, &error));
  g_assert_no_error (error);

  back = reload (f, id);
  g_assert_cmpuint (strlen (lc_person_get_photo (back)), ==, 64);
  image = lc_report_load_image (f->store, lc_person_get_photo (back), NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  again = lc_convention_export_data (f->store, f->convention, NULL, &error);
  g_assert_no_error (error);

  g_clear_object (&other_undo);
  g_clear_object (&other);
  lc_test_remove_tree (other_dir);
}

/* Add From Earlier Conventions copies a person with their photo: the copy
 * names the same image, which the library holds once. */
static void
test_copy_into (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *camera = lc_test_write_photo (f->dir, "camera.jpg", FALSE, 300, 400, 0x3080c0ff);
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) people = NULL;
  g_autoptr(LcPerson) copy = NULL;
  gint64 id = add_person (f);
  gint64 second = lc_test_add_convention (f->store, "Second", "2025-10-01", "2025-10-02");
  g_autoptr(LcPerson) person = reload (f, id);

  g_assert_true (lc_person_choose_photo (f->undo, person, camera, &error));
  g_assert_no_error (error);
  g_ptr_array_add (chosen, reload (f, id));
  g_assert_cmpuint (lc_people_copy_into (f->undo, second, chosen, &error), ==, 1);
  g_assert_no_error (error);
  people = lc_store_list (f->store, LC_TYPE_PERSON, "convention_id", second, &error);
  g_assert_no_error (error);
  copy = g_list_model_get_item (G_LIST_MODEL (people), 0);
  g_assert_cmpstr (lc_person_get_photo (copy), ==, lc_person_get_photo (g_ptr_array_index (chosen, 0)));
  g_assert_cmpuint (strlen (lc_person_get_photo (copy)), ==, 64);
  g_assert_cmpint (count_images (f->store), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  LC_TEST_ADD_CONVENTION_CASE ("/person-photo/choose-undo-purge", "Photos", test_choose_undo_purge);
  LC_TEST_ADD_CONVENTION_CASE ("/person-photo/undo-after-other-purge", "Photos", test_undo_after_other_purge);
  LC_TEST_ADD_CONVENTION_CASE ("/person-photo/refused", "Photos", test_refused);
  LC_TEST_ADD_CONVENTION_CASE ("/person-photo/file-round-trip", "Photos", test_file_round_trip);
  LC_TEST_ADD_CONVENTION_CASE ("/person-photo/file-refused", "Photos", test_file_refused);
  LC_TEST_ADD_CONVENTION_CASE ("/person-photo/file-shared-photo", "Photos", test_file_shared_photo);
  LC_TEST_ADD_CONVENTION_CASE ("/person-photo/update", "Photos", test_update);
  LC_TEST_ADD_CONVENTION_CASE ("/person-photo/copy-into", "Photos", test_copy_into);

  return g_test_run ();
}
