/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "lc-error.h"
#include "lc-organisation.h"
#include "lc-participant.h"
#include "lc-report.h"
#include "lc-store.h"
#include "lc-tracks.h"
#include "lc-test-util.h"

typedef struct
{
  char    *dir;
  LcStore *store;
  gint64   convention;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = lc_test_open_store (&f->dir);
  f->convention = lc_test_add_convention (f->store, "Test Convention", "2023-05-10", "2023-05-11");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  lc_test_remove_tree (f->dir);
  g_free (f->dir);
}

static LcRecord *
new_record (GType   type,
            gint64  convention)
{
  LcRecord *r = g_object_new (type, NULL);

  if (convention != 0)
    lc_record_set_int (r, "convention-id", convention);
  return r;
}

static gint64
add_item (LcStore    *store,
          gint64      convention,
          const char *day,
          int         start,
          int         end,
          gint64      room)
{
  g_autoptr(LcRecord) item = new_record (LC_TYPE_ITEM, convention);
  g_autoptr(GError) error = NULL;

  lc_record_set_text (item, "title", "جلسة", "Session");
  lc_record_set_string (item, "day", day);
  lc_record_set_int (item, "start-minute", start);
  lc_record_set_int (item, "end-minute", end);
  lc_record_set_int (item, "room-id", room);
  lc_store_insert (store, item, &error);
  g_assert_no_error (error);
  return lc_record_get_id (item);
}

/* Insert, read back, update, list and delete one record of a class. */
static void
check_crud (LcStore    *store,
            LcRecord   *record,
            const char *text_property,
            const char *parent_column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) read = NULL;
  g_autoptr(LcRecord) reread = NULL;
  g_autoptr(GListStore) list = NULL;
  gint64 parent = lc_record_get_parent_id (record);
  gint64 before = lc_store_count (store, G_OBJECT_TYPE (record), NULL, 0, &error);

  g_assert_true (lc_store_insert (store, record, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lc_record_get_id (record), >, 0);

  read = lc_store_get (store, G_OBJECT_TYPE (record), lc_record_get_id (record), &error);
  g_assert_no_error (error);
  g_assert_true (lc_record_equal (record, read));

  lc_record_set_string (read, text_property, "Changed — مُعدَّل");
  g_assert_true (lc_store_update (store, read, &error));
  g_assert_no_error (error);
  reread = lc_store_get (store, G_OBJECT_TYPE (record), lc_record_get_id (record), &error);
  g_assert_cmpstr (lc_record_get_string (reread, text_property), ==, "Changed — مُعدَّل");

  list = lc_store_list (store, G_OBJECT_TYPE (record), parent_column, parent, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >=, 1);

  g_assert_true (lc_store_delete (store, reread, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lc_store_count (store, G_OBJECT_TYPE (record), NULL, 0, NULL), ==, before);
  g_assert_null (lc_store_get (store, G_OBJECT_TYPE (record), lc_record_get_id (record), &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Deleting twice is an error a caller can report, not a crash. */
  g_assert_false (lc_store_delete (store, reread, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_NOT_FOUND);
}

static void
test_crud_convention (Fixture *f, gconstpointer data)
{
  g_autoptr(LcRecord) c = new_record (LC_TYPE_CONVENTION, 0);

  lc_record_set_text (c, "title", "الملتقى", "Convention");
  lc_record_set_text (c, "slogan", "شعار", "Slogan");
  lc_record_set_text (c, "venue", "مكان", "Venue");
  lc_record_set_text (c, "host", "مضيف", "Host");
  lc_record_set_text (c, "organisers", "منظمون", "Organisers");
  lc_record_set_string (c, "start-date", "2024-02-28");
  lc_record_set_string (c, "end-date", "2024-02-29");
  lc_record_set_string (c, "time-zone", "Africa/Cairo");
  check_crud (f->store, c, "venue-en", NULL);
}

static void
test_crud_room (Fixture *f, gconstpointer data)
{
  g_autoptr(LcRecord) r = new_record (LC_TYPE_ROOM, f->convention);

  lc_record_set_text (r, "name", "القاعة الرئيسية", "Main hall");
  lc_record_set_int (r, "position", 3);
  check_crud (f->store, r, "name-ar", "convention_id");
}

static void
test_crud_city (Fixture *f, gconstpointer data)
{
  g_autoptr(LcRecord) c = new_record (LC_TYPE_CITY, f->convention);

  lc_record_set_text (c, "name", "أسوان", "Aswan");
  lc_record_set_string (c, "country", "EG");
  lc_record_set_int (c, "arab-region", TRUE);
  lc_record_set_int (c, "year-joined", 2016);
  lc_record_set_text (c, "trait", "مدينة خضراء", "Green city");
  lc_city_set_sdg (LC_CITY (c), 7, TRUE);
  lc_city_set_sdg (LC_CITY (c), 17, TRUE);
  lc_record_set_int (c, "attendance", LC_ATTENDANCE_IN_PERSON);
  lc_record_set_text (c, "representative", "ميرفت", "Mervat");
  g_assert_true (lc_city_has_sdg (LC_CITY (c), 17));
  g_assert_false (lc_city_has_sdg (LC_CITY (c), 1));
  check_crud (f->store, c, "trait-en", "convention_id");
}

static void
test_crud_person (Fixture *f, gconstpointer data)
{
  g_autoptr(LcRecord) p = new_record (LC_TYPE_PERSON, f->convention);

  lc_record_set_text (p, "name", "سماح شلبي", "Samah Shalaby");
  lc_record_set_text (p, "position", "أخصائية برامج", "Programme specialist");
  lc_record_set_text (p, "organisation", "اليونسكو", "UIL");
  lc_record_set_int (p, "attendance", LC_ATTENDANCE_ONLINE);
  check_crud (f->store, p, "name-en", "convention_id");
}

static void
test_crud_item (Fixture *f, gconstpointer data)
{
  g_autoptr(LcRecord) i = new_record (LC_TYPE_ITEM, f->convention);

  lc_record_set_int (i, "kind", LC_ITEM_KIND_FIELD_VISIT);
  lc_record_set_int (i, "number", 4);
  lc_record_set_text (i, "title", "زيارة", "Visit");
  lc_record_set_string (i, "day", "2023-05-11");
  lc_record_set_int (i, "start-minute", 9 * 60);
  lc_record_set_int (i, "end-minute", 11 * 60);
  check_crud (f->store, i, "title-en", "convention_id");
}

static void
test_crud_participation (Fixture *f, gconstpointer data)
{
  g_autoptr(LcRecord) person = new_record (LC_TYPE_PERSON, f->convention);
  g_autoptr(LcRecord) p = new_record (LC_TYPE_PARTICIPATION, 0);
  g_autoptr(GError) error = NULL;
  gint64 item = add_item (f->store, f->convention, "2023-05-10", 600, 660, 0);
  g_autoptr(LcRecord) read = NULL;

  lc_record_set_text (person, "name", "", "Someone");
  lc_store_insert (f->store, person, &error);
  g_assert_no_error (error);

  lc_record_set_int (p, "item-id", item);
  lc_record_set_int (p, "person-id", lc_record_get_id (person));
  lc_record_set_int (p, "role", LC_ROLE_MODERATOR);
  lc_record_set_int (p, "attendance", LC_ATTENDANCE_ONLINE);
  g_assert_true (lc_store_insert (f->store, p, &error));
  read = lc_store_get (f->store, LC_TYPE_PARTICIPATION, lc_record_get_id (p), &error);
  g_assert_cmpint (lc_record_get_int (read, "role"), ==, LC_ROLE_MODERATOR);
  g_assert_cmpint (lc_record_get_int (read, "attendance"), ==, LC_ATTENDANCE_ONLINE);

  /* The default attendance is stored as NULL and read back as unset. */
  lc_record_set_int (read, "attendance", LC_ATTENDANCE_UNSET);
  g_assert_true (lc_store_update (f->store, read, &error));
  g_clear_object (&read);
  read = lc_store_get (f->store, LC_TYPE_PARTICIPATION, lc_record_get_id (p), &error);
  g_assert_cmpint (lc_record_get_int (read, "attendance"), ==, LC_ATTENDANCE_UNSET);
  g_assert_true (lc_store_delete (f->store, read, &error));
  g_assert_no_error (error);
}

static void
test_foreign_keys (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) orphan = new_record (LC_TYPE_ROOM, 9999);
  g_autoptr(LcRecord) room = new_record (LC_TYPE_ROOM, f->convention);
  g_autoptr(LcRecord) stray = NULL;
  g_autoptr(LcRecord) convention = NULL;
  gint64 other = lc_test_add_convention (f->store, "Other", "2024-01-01", "2024-01-02");
  gint64 item;

  /* A room of a convention that does not exist. */
  g_assert_false (lc_store_insert (f->store, orphan, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* An item may not use a room of another convention. */
  g_assert_true (lc_store_insert (f->store, room, &error));
  stray = new_record (LC_TYPE_ITEM, other);
  lc_record_set_string (stray, "day", "2024-01-01");
  lc_record_set_int (stray, "start-minute", 60);
  lc_record_set_int (stray, "end-minute", 120);
  lc_record_set_int (stray, "room-id", lc_record_get_id (room));
  g_assert_false (lc_store_insert (f->store, stray, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Deleting a convention takes its rooms and items with it. */
  item = add_item (f->store, f->convention, "2023-05-10", 600, 660, lc_record_get_id (room));
  g_assert_cmpint (item, >, 0);
  convention = lc_store_get (f->store, LC_TYPE_CONVENTION, f->convention, &error);
  g_assert_true (lc_store_delete (f->store, convention, &error));
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_ROOM, "convention_id", f->convention, NULL), ==, 0);
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_ITEM, NULL, 0, NULL), ==, 0);
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_CONVENTION, NULL, 0, NULL), ==, 1);
}

static void
test_checks (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) item = new_record (LC_TYPE_ITEM, f->convention);
  g_autoptr(LcRecord) c = new_record (LC_TYPE_CONVENTION, 0);

  lc_record_set_string (item, "day", "2023-05-10");
  lc_record_set_int (item, "start-minute", 600);
  lc_record_set_int (item, "end-minute", 540);
  g_assert_false (lc_store_insert (f->store, item, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_CONSTRAINT);
  g_clear_error (&error);

  lc_record_set_string (c, "start-date", "2023-02-29");
  lc_record_set_string (c, "end-date", "2023-03-01");
  g_assert_false (lc_store_insert (f->store, c, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_CONSTRAINT);
}

static void
test_rollback (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) good = new_record (LC_TYPE_ROOM, f->convention);
  g_autoptr(LcRecord) bad = new_record (LC_TYPE_ROOM, 424242);

  g_assert_true (lc_store_begin (f->store, &error));
  g_assert_true (lc_store_insert (f->store, good, &error));
  g_assert_false (lc_store_insert (f->store, bad, &error));
  g_assert_nonnull (error);
  lc_store_rollback (f->store);

  /* The good insert went with the failed one. */
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_ROOM, NULL, 0, NULL), ==, 0);

  /* A nested savepoint that fails leaves the outer change intact. */
  g_clear_error (&error);
  lc_record_set_id (good, 0);
  g_assert_true (lc_store_begin (f->store, &error));
  g_assert_true (lc_store_insert (f->store, good, &error));
  g_assert_true (lc_store_begin (f->store, &error));
  g_assert_false (lc_store_insert (f->store, bad, NULL));
  lc_store_rollback (f->store);
  g_assert_true (lc_store_commit (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_ROOM, NULL, 0, NULL), ==, 1);
}

/* Every record class matches its table: the generic SQL depends on it. */
static void
test_schema_matches_classes (Fixture *f, gconstpointer data)
{
  GType types[] = { LC_TYPE_CONVENTION, LC_TYPE_ROOM, LC_TYPE_TRACK, LC_TYPE_CITY, LC_TYPE_PERSON,
                    LC_TYPE_ITEM, LC_TYPE_PARTICIPATION, LC_TYPE_ORGANISATION, LC_TYPE_REPORT,
                    LC_TYPE_REPORT_SUMMARY, LC_TYPE_COVERAGE, LC_TYPE_REPORT_PHOTO,
                    LC_TYPE_STATUS_CHANGE, LC_TYPE_ITEM_ATTENDANCE };
  sqlite3 *db = lc_store_get_handle (f->store);

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      LcRecordClass *klass = g_type_class_ref (types[t]);
      g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_table_info('%s') "
                                              /* The uid is the store's, not an editable field. */
                                              "WHERE name NOT IN ('id', 'uid')", klass->table);
      sqlite3_stmt *stmt;
      guint n = 0;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_assert_nonnull (lc_record_class_find_column (klass, (const char *) sqlite3_column_text (stmt, 0)));
          n++;
        }
      sqlite3_finalize (stmt);
      g_assert_cmpuint (n, ==, klass->columns->len);
      g_type_class_unref (klass);
    }
}

static void
test_pragmas (Fixture *f, gconstpointer data)
{
  sqlite3 *db = lc_store_get_handle (f->store);
  sqlite3_stmt *stmt;

  sqlite3_prepare_v2 (db, "PRAGMA foreign_keys", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);

  sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);

  g_assert_cmpint (lc_store_get_version (f->store), ==, lc_store_get_latest_version ());
}

static void
test_migrate_from_empty_file (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = NULL;

  /* A zero-byte file is an empty database, ready to be set up. */
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  store = lc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lc_store_get_version (store), ==, lc_store_get_latest_version ());
  g_assert_cmpint (lc_store_count (store, LC_TYPE_CONVENTION, NULL, 0, &error), ==, 0);

  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

static void
test_migrate_from_older_version (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *backup = g_strdup_printf ("%s.schema-v1.bak", path);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = NULL;
  g_autoptr(LcStore) old_copy = NULL;
  g_autoptr(GListStore) items = NULL;
  gint64 convention;

  g_assert_cmpint (lc_store_get_latest_version (), >, 1);

  /* A library as the first release wrote it, with data in it. */
  store = lc_store_open_at_version (path, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lc_store_get_version (store), ==, 1);
  convention = lc_test_add_convention (store, "Old", "2022-01-01", "2022-01-03");
  /* In that release's columns: today's item class has columns it lacked. */
  {
    sqlite3_stmt *stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (lc_store_get_handle (store),
                                         "INSERT INTO items (convention_id, kind, title_en, day, "
                                         "start_minute, end_minute) VALUES (?, 'session', 'Session', "
                                         "'2022-01-02', 60, 90)", -1, &stmt, NULL), ==, SQLITE_OK);
    sqlite3_bind_int64 (stmt, 1, convention);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
    sqlite3_finalize (stmt);
  }
  g_clear_object (&store);

  store = lc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lc_store_get_version (store), ==, lc_store_get_latest_version ());
  items = lc_store_list (store, LC_TYPE_ITEM, "convention_id", convention, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), ==, 1);

  /* The copy made before upgrading opens at the old version. */
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  old_copy = lc_store_open_at_version (backup, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lc_store_get_version (old_copy), ==, 1);

  g_clear_object (&store);
  g_clear_object (&old_copy);
  lc_test_remove_tree (dir);
}

static void
check_refused (const char *path,
               int         code)
{
  g_autofree char *before = lc_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (path, &error);

  g_assert_null (store);
  g_assert_error (error, LC_ERROR, code);
  /* The message names the file and says it was not touched. */
  g_assert_nonnull (strstr (error->message, base));
  g_assert_nonnull (strstr (error->message, "left as it is"));
  after = lc_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refuse_not_a_database (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *text = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *random = g_build_filename (dir, "random.db", NULL);
  guchar noise[8192];

  g_assert_true (g_file_set_contents (text, "These are my notes, not a database.\n", -1, NULL));
  check_refused (text, LC_ERROR_NOT_A_DATABASE);

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (guchar) g_random_int ();
  g_assert_true (g_file_set_contents (random, (char *) noise, sizeof noise, NULL));
  check_refused (random, LC_ERROR_NOT_A_DATABASE);

  lc_test_remove_tree (dir);
}

static void
test_refuse_foreign_and_newer (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *foreign = g_build_filename (dir, "foreign.db", NULL);
  g_autofree char *newer = g_build_filename (dir, "newer.db", NULL);
  g_autofree char *sql = NULL;
  sqlite3 *db;

  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  check_refused (foreign, LC_ERROR_FOREIGN_DATABASE);

  g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
  sql = g_strdup_printf ("CREATE TABLE future (x); PRAGMA application_id = %d; PRAGMA user_version = %d;",
                         LC_STORE_APPLICATION_ID, lc_store_get_latest_version () + 1);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  check_refused (newer, LC_ERROR_TOO_NEW);

  lc_test_remove_tree (dir);
}

/* A real library of a few pages, written to its file and closed. */
static void
test_refuse_damaged (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  /* A real library, then cut in half. */
  lc_test_make_filled_library (path);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);
  g_assert_true (g_file_set_contents (path, contents, length / 2, NULL));
  check_refused (path, LC_ERROR_NOT_A_DATABASE);

  lc_test_remove_tree (dir);
}

/* The window opens a library, and its loader opens it again at once: the
 * second open does not check for damage again. A change to the file does. */
static void
test_check_once (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = NULL;
  g_autoptr(LcStore) again = NULL;
  guint before;
  gsize length;

  lc_test_make_filled_library (path);
  before = lc_store_get_n_quick_checks ();
  store = lc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lc_store_get_n_quick_checks (), ==, before + 1);
  again = lc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lc_store_get_n_quick_checks (), ==, before + 1);
  g_clear_object (&again);
  g_clear_object (&store);

  /* The same size, a page in the middle overwritten: checked, and refused. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 3 * 4096);
  memset (contents + 2 * 4096, 0xa5, 4096);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  check_refused (path, LC_ERROR_NOT_A_DATABASE);
  g_assert_cmpuint (lc_store_get_n_quick_checks (), ==, before + 2);

  lc_test_remove_tree (dir);
}

/* A window's start checks its library ahead, in a thread: the open takes
 * that answer instead of checking on its own thread, a damaged library is
 * refused all the same, and a file replaced since is checked again. */
static void
test_check_ahead (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = NULL;
  guint all, in_open;
  gsize length;

  lc_test_make_filled_library (path);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  all = lc_store_get_n_quick_checks ();
  in_open = lc_store_get_n_quick_checks_in_open ();
  lc_store_check_ahead (path);
  store = lc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lc_store_get_n_quick_checks (), ==, all + 1);
  g_assert_cmpuint (lc_store_get_n_quick_checks_in_open (), ==, in_open);
  g_clear_object (&store);

  /* A page in the middle overwritten: refused with the same message. */
  {
    g_autofree char *damaged = g_memdup2 (contents, length);

    memset (damaged + 2 * 4096, 0xa5, 4096);
    g_assert_true (g_file_set_contents (path, damaged, length, NULL));
  }
  lc_store_check_ahead (path);
  check_refused (path, LC_ERROR_NOT_A_DATABASE);
  g_assert_cmpuint (lc_store_get_n_quick_checks (), ==, all + 2);
  g_assert_cmpuint (lc_store_get_n_quick_checks_in_open (), ==, in_open);

  /* Damaged when checked ahead, replaced by a sound copy before the open:
   * the early answer is not the file's, and the open checks for itself. */
  lc_store_check_ahead (path);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  store = lc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lc_store_get_n_quick_checks_in_open (), ==, in_open + 1);
  g_clear_object (&store);

  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/store/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("crud/convention", test_crud_convention);
  ADD ("crud/room", test_crud_room);
  ADD ("crud/city", test_crud_city);
  ADD ("crud/person", test_crud_person);
  ADD ("crud/item", test_crud_item);
  ADD ("crud/participation", test_crud_participation);
  ADD ("foreign-keys", test_foreign_keys);
  ADD ("checks", test_checks);
  ADD ("rollback", test_rollback);
  ADD ("schema-matches-classes", test_schema_matches_classes);
  ADD ("pragmas", test_pragmas);
#undef ADD
  g_test_add_func ("/store/migrate/from-empty-file", test_migrate_from_empty_file);
  g_test_add_func ("/store/migrate/from-older-version", test_migrate_from_older_version);
  g_test_add_func ("/store/refuse/not-a-database", test_refuse_not_a_database);
  g_test_add_func ("/store/refuse/foreign-and-newer", test_refuse_foreign_and_newer);
  g_test_add_func ("/store/refuse/damaged", test_refuse_damaged);
  g_test_add_func ("/store/refuse/checked-once", test_check_once);
  g_test_add_func ("/store/refuse/checked-ahead", test_check_ahead);

  return g_test_run ();
}
