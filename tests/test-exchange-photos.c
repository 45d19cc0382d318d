/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>

#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include "lc-error.h"
#include "lc-person-photo.h"
#include "lc-report.h"
#include "lc-undo.h"
#include "test-exchange-util.h"

/* Issue 15: people's photos travel in changes files. A photo set, changed
 * or removed in Amal's library is Badr's after he merges her changes: the
 * person names the same image, and Badr's library holds its very bytes
 * (both conventions export to the same bytes, the convention file carrying
 * each image whole). An image two people share travels once; a hostile
 * image refuses the file with Badr's library and state byte for byte as
 * they were; an image no one names any more goes when the library is
 * opened again; undoing the merge brings the photo back. */

typedef struct
{
  char        *dir;
  Organiser   *a;
  Organiser   *b;
  LcUndoStack *undo;   /* Amal's, for her photo edits */
  char        *face;   /* two photo files */
  char        *badge;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  exchange_organisers_new (&f->dir, &f->a, &f->b);
  f->undo = lc_undo_stack_new (f->a->store);
  f->face = lc_test_write_photo (f->dir, "face.jpg", FALSE, 300, 400, 0x3080c0ff);
  f->badge = lc_test_write_photo (f->dir, "badge.png", TRUE, 120, 160, 0x20a0e080);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->undo);
  g_free (f->face);
  g_free (f->badge);
  exchange_organisers_free (f->dir, f->a, f->b);
}

/* The convention's @index-th person in @o's library. */
static LcPerson *
person_at (Organiser *o,
           guint      index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) people = lc_store_list (o->store, LC_TYPE_PERSON, "convention_id", o->convention, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (index, <, g_list_model_get_n_items (G_LIST_MODEL (people)));
  return g_list_model_get_item (G_LIST_MODEL (people), index);
}

static char *
photo_at (Organiser *o,
          guint      index)
{
  g_autoptr(LcPerson) person = person_at (o, index);

  return g_strdup (lc_person_get_photo (person));
}

static void
choose_photo (Fixture    *f,
              guint       index,
              const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcPerson) person = person_at (f->a, index);

  g_assert_true (lc_person_choose_photo (f->undo, person, path, &error));
  g_assert_no_error (error);
}

/* The stored image's bytes, or NULL when @o's library has no such image. */
static GBytes *
image_of (Organiser  *o,
          const char *name)
{
  return lc_report_load_image (o->store, name, NULL, NULL, NULL, NULL);
}

/* Amal sends, Badr merges. */
static char *
a_to_b (Fixture *f)
{
  char *file = organiser_send (f->a, NULL);

  organiser_merge (f->b, file, LC_EXCHANGE_THEIRS);
  return file;
}

/* What a person sees when they open the library again: images no one
 * names are purged then. */
static void
reopen (Organiser *o)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&o->store);
  o->store = lc_store_open (o->path, &error);
  g_assert_no_error (error);
}

static void
assert_same_image (Fixture    *f,
                   const char *name)
{
  g_autoptr(GBytes) theirs = image_of (f->a, name);
  g_autoptr(GBytes) mine = image_of (f->b, name);

  g_assert_nonnull (theirs);
  g_assert_nonnull (mine);
  g_assert_true (g_bytes_equal (theirs, mine));
}

/* A photo as a camera takes it, light changing across it and fine grain
 * (one flat colour, which JPEG makes tiny, would say nothing of a file's
 * size). */
static char *
write_camera_photo (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 1200, 900);
  g_autoptr(GRand) grain = g_rand_new_with_seed (15);
  guint8 *pixels = gdk_pixbuf_get_pixels (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);
  char *path = g_build_filename (dir, "camera.jpg", NULL);

  for (int y = 0; y < 900; y++)
    for (int x = 0; x < 1200; x++)
      {
        guint8 *p = pixels + y * stride + x * 3;

        p[0] = (guint8) (40 + x * 150 / 1200 + g_rand_int_range (grain, 0, 24));
        p[1] = (guint8) (60 + y * 120 / 900 + g_rand_int_range (grain, 0, 24));
        p[2] = (guint8) (90 + (x + y) * 80 / 2100 + g_rand_int_range (grain, 0, 24));
      }
  g_assert_true (gdk_pixbuf_save (pixbuf, path, "jpeg", &error, "quality", "90", NULL));
  g_assert_no_error (error);
  return path;
}

static void
test_added (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *file = NULL, *photo = NULL, *received = NULL;
  g_autofree char *camera = write_camera_photo (f->dir);
  g_autoptr(GBytes) before = NULL, stored = NULL;
  GStatBuf info;

  choose_photo (f, 0, camera);
  photo = photo_at (f->a, 0);
  g_assert_cmpstr (photo, !=, "");
  before = image_of (f->b, photo);
  g_assert_null (before);

  file = a_to_b (f);
  received = photo_at (f->b, 0);
  g_assert_cmpstr (received, ==, photo);
  assert_same_image (f, photo);
  organiser_assert_same (f->a, f->b);

  /* The size of a changes file carrying one typical photo (the note's figure). */
  g_assert_cmpint (g_stat (file, &info), ==, 0);
  stored = image_of (f->a, photo);
  g_test_message ("a changes file with one camera photo (stored as %" G_GSIZE_FORMAT " bytes): %"
                  G_GINT64_FORMAT " bytes", g_bytes_get_size (stored), (gint64) info.st_size);
}

static void
test_changed (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *first_file = NULL, *second_file = NULL, *first = NULL, *second = NULL, *received = NULL;
  g_autoptr(GBytes) old_image = NULL, kept = NULL;

  choose_photo (f, 1, f->face);
  first_file = a_to_b (f);
  first = photo_at (f->b, 1);
  choose_photo (f, 1, f->badge);
  second = photo_at (f->a, 1);
  g_assert_cmpstr (second, !=, first);
  second_file = a_to_b (f);

  received = photo_at (f->b, 1);
  g_assert_cmpstr (received, ==, second);
  assert_same_image (f, second);
  organiser_assert_same (f->a, f->b);

  /* The first image, which no one names now, goes as the store purges:
   * when the library is opened again. */
  kept = image_of (f->b, first);
  g_assert_nonnull (kept);
  reopen (f->b);
  old_image = image_of (f->b, first);
  g_assert_null (old_image);
  assert_same_image (f, second);
}

/* How often @needle's bytes are in @file. */
static guint
occurrences (const char *file,
             GBytes     *needle)
{
  g_autofree char *contents = NULL;
  gsize length, size;
  const char *bytes = g_bytes_get_data (needle, &size);
  guint n = 0;

  g_assert_true (g_file_get_contents (file, &contents, &length, NULL));
  for (gsize i = 0; i + size <= length; i++)
    n += memcmp (contents + i, bytes, size) == 0;
  return n;
}

static void
test_removed (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first_file = NULL, *second_file = NULL, *photo = NULL, *received = NULL;
  g_autoptr(LcPerson) person = NULL;
  g_autoptr(GBytes) gone = NULL;

  choose_photo (f, 0, f->badge);
  first_file = a_to_b (f);
  photo = photo_at (f->b, 0);
  g_assert_cmpstr (photo, !=, "");

  person = person_at (f->a, 0);
  g_assert_true (lc_person_remove_photo (f->undo, person, &error));
  g_assert_no_error (error);
  second_file = a_to_b (f);
  received = photo_at (f->b, 0);
  g_assert_cmpstr (received, ==, "");
  /* SQLite's changeset carries a deleted row whole: the image once more. */
  {
    g_autoptr(GBytes) image = image_of (f->b, photo);

    g_assert_cmpuint (occurrences (second_file, image), ==, 1);
  }
  organiser_assert_same (f->a, f->b);

  reopen (f->b);
  gone = image_of (f->b, photo);
  g_assert_null (gone);
}

/* Two people (one of them new) given the same photo: its image is in the
 * changes file once, and both have it in Badr's library. */
static void
test_shared (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *file = NULL, *photo = NULL, *other = NULL;
  g_autoptr(GBytes) image = NULL;
  g_autoptr(LcPerson) added = NULL;
  g_autoptr(LcPerson) received = NULL;
  g_autofree char *uid = NULL;
  g_autoptr(GListStore) people = NULL;
  gint64 id = organiser_add_person (f->a, "Shares a photo");

  choose_photo (f, 2, f->face);
  added = lc_store_get (f->a->store, LC_TYPE_PERSON, id, &error);
  g_assert_no_error (error);
  g_assert_true (lc_person_choose_photo (f->undo, added, f->face, &error));
  g_assert_no_error (error);
  photo = photo_at (f->a, 2);
  g_clear_object (&added);
  added = lc_store_get (f->a->store, LC_TYPE_PERSON, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lc_person_get_photo (added), ==, photo);

  file = a_to_b (f);
  image = image_of (f->a, photo);
  g_assert_cmpuint (occurrences (file, image), ==, 1);

  other = photo_at (f->b, 2);
  g_assert_cmpstr (other, ==, photo);
  uid = g_strdup (lc_record_get_uid (LC_RECORD (added)));
  people = lc_store_list (f->b->store, LC_TYPE_PERSON, "convention_id", f->b->convention, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      if (g_strcmp0 (lc_record_get_uid (person), uid) == 0)
        received = LC_PERSON (g_steal_pointer (&person));
    }
  g_assert_nonnull (received);
  g_assert_cmpstr (lc_person_get_photo (received), ==, photo);
  assert_same_image (f, photo);
  organiser_assert_same (f->a, f->b);
}

/* Merging is one undo step: undone, the person has their photo before the
 * merge again, its image there even after the library was opened again
 * (the undo history keeps a copy); redone, the file's. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first_file = NULL, *second_file = NULL, *first = NULL, *second = NULL;
  g_autofree char *undone = NULL, *redone = NULL;
  g_autoptr(LcUndoStack) stack = NULL;
  g_autoptr(LcExchangeMerge) merge = NULL;
  g_autoptr(GBytes) back = NULL;

  choose_photo (f, 0, f->face);
  first_file = a_to_b (f);
  first = photo_at (f->b, 0);
  choose_photo (f, 0, f->badge);
  second_file = organiser_send (f->a, NULL);
  second = photo_at (f->a, 0);

  stack = lc_undo_stack_new (f->b->store);
  merge = organiser_read (f->b, second_file, &error);
  g_assert_no_error (error);
  g_assert_true (lc_exchange_merge_apply (merge, &error));
  g_assert_no_error (error);
  lc_undo_stack_record_applied (stack, "Merge",
                                lc_convention_update_take_changes (lc_exchange_merge_get_update (merge)));
  redone = photo_at (f->b, 0);
  g_assert_cmpstr (redone, ==, second);
  g_clear_pointer (&redone, g_free);

  /* Another process opens the library and purges the first image. */
  {
    g_autoptr(LcStore) other = lc_store_open (f->b->path, &error);

    g_assert_no_error (error);
    back = lc_report_load_image (other, first, NULL, NULL, NULL, NULL);
    g_assert_null (back);
  }

  g_assert_true (lc_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  undone = photo_at (f->b, 0);
  g_assert_cmpstr (undone, ==, first);
  back = image_of (f->b, first);
  g_assert_nonnull (back);
  g_assert_true (lc_undo_stack_redo (stack, &error));
  g_assert_no_error (error);
  redone = photo_at (f->b, 0);
  g_assert_cmpstr (redone, ==, second);
  assert_same_image (f, second);
}

/* A changes file of Amal's whose changeset is @changeset (@rows changes),
 * her header kept. */
static GBytes *
forge (Fixture    *f,
       const void *changeset,
       int         size,
       guint       rows)
{
  g_autofree char *file = organiser_send (f->a, NULL);
  g_autofree char *contents = NULL;
  GString *forged = g_string_new (NULL);
  char *rows_line;

  g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
  rows_line = strstr (contents, "\nrows: ");
  g_assert_nonnull (rows_line);
  g_string_append_len (forged, contents, rows_line - contents + 1);
  g_string_append_printf (forged, "rows: %u\nsize: %d\n\n", rows, size);
  g_string_append_len (forged, changeset, size);
  return g_string_free_to_bytes (forged);
}

/* One image added (or deleted), as a changes file of Amal's: @name and
 * @data as given, so that they may disagree. */
static GBytes *
forge_image (Fixture    *f,
             const char *name,
             GBytes     *data,
             gboolean    deleted)
{
  sqlite3 *db = NULL;
  sqlite3_session *session = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *uid = g_strdup_printf ("%.8s-%.4s-%.4s-%.4s-%.12s", name, name + 8, name + 12, name + 16,
                                          name + 20);
  void *changeset = NULL;
  int size = 0;
  GBytes *forged;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE images (uid TEXT PRIMARY KEY NOT NULL, sha256, data)"
                                 " WITHOUT ROWID", NULL, NULL, NULL), ==, SQLITE_OK);
  /* A deletion is recorded as the row there before goes. */
  if (!deleted)
    {
      g_assert_cmpint (sqlite3session_create (db, "main", &session), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3session_attach (session, "images"), ==, SQLITE_OK);
    }
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO images VALUES (?, ?, ?)", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_blob (stmt, 3, g_bytes_get_data (data, NULL), g_bytes_get_size (data), SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  if (deleted)
    {
      g_assert_cmpint (sqlite3session_create (db, "main", &session), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3session_attach (session, "images"), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, "DELETE FROM images", NULL, NULL, NULL), ==, SQLITE_OK);
    }
  g_assert_cmpint (sqlite3session_changeset (session, &size, &changeset), ==, SQLITE_OK);
  forged = forge (f, changeset, size, 1);
  sqlite3_free (changeset);
  sqlite3session_delete (session);
  sqlite3_close (db);
  return forged;
}

static void
assert_refused (Fixture    *f,
                GBytes     *file,
                const char *words)
{
  gsize length;
  const char *contents = g_bytes_get_data (file, &length);

  organiser_assert_refuses (f->b, contents, length, LC_ERROR_INVALID_FILE, words);
}

static GBytes *
read_bytes (const char *path)
{
  char *contents;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

static void
test_hostile (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *large = lc_test_write_photo (f->dir, "large.png", FALSE, 1700, 20, 0x102030ff);
  g_autofree char *real_file = NULL, *photo = NULL, *contents = NULL, *text_name = NULL, *large_name = NULL;
  g_autofree char *stranger = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "no image", -1);
  g_autoptr(GBytes) text = g_bytes_new_static ("not an image at all", 19);
  g_autoptr(GBytes) large_bytes = read_bytes (large);
  g_autoptr(GBytes) face = read_bytes (f->face);
  g_autoptr(GBytes) image = NULL, cut = NULL, forged = NULL;
  gsize length, size;
  const guint8 *bytes;
  char *at;

  /* A real file with its image's bytes changed: not the image its name
   * says. */
  choose_photo (f, 0, f->face);
  real_file = organiser_send (f->a, NULL);
  photo = photo_at (f->a, 0);
  image = image_of (f->a, photo);
  g_assert_true (g_file_get_contents (real_file, &contents, &length, NULL));
  bytes = g_bytes_get_data (image, &size);
  at = NULL;
  for (gsize i = 0; at == NULL && i + size <= length; i++)
    if (memcmp (contents + i, bytes, size) == 0)
      at = contents + i;
  g_assert_nonnull (at);
  at[size / 2] ^= 0x55;
  cut = g_bytes_new (contents, length);
  assert_refused (f, cut, "SHA-256");

  /* Bytes that are no PNG or JPEG image, named rightly. */
  text_name = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, text);
  g_clear_pointer (&forged, g_bytes_unref);
  forged = forge_image (f, text_name, text, FALSE);
  assert_refused (f, forged, "not a photo");

  /* A PNG larger than a library keeps. */
  large_name = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, large_bytes);
  g_clear_pointer (&forged, g_bytes_unref);
  forged = forge_image (f, large_name, large_bytes, FALSE);
  assert_refused (f, forged, "larger than a stored photo");

  /* A real image under another image's name. */
  g_clear_pointer (&forged, g_bytes_unref);
  forged = forge_image (f, stranger, face, FALSE);
  assert_refused (f, forged, "SHA-256");

  /* The deletion of an image whose bytes are not its name's. */
  g_clear_pointer (&forged, g_bytes_unref);
  forged = forge_image (f, stranger, face, TRUE);
  assert_refused (f, forged, "SHA-256");

  /* Badr merges the real file all the same. */
  organiser_merge (f->b, real_file, LC_EXCHANGE_THEIRS);
  assert_same_image (f, photo);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lc_test_use_build_catalogue ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/exchange-photos/added", test_added);
  ADD ("/exchange-photos/changed", test_changed);
  ADD ("/exchange-photos/removed", test_removed);
  ADD ("/exchange-photos/shared", test_shared);
  ADD ("/exchange-photos/undo", test_undo);
  ADD ("/exchange-photos/hostile", test_hostile);
#undef ADD

  return g_test_run ();
}
