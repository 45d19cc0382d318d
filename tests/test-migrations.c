/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "lc-declaration.h"
#include "lc-models.h"
#include "lc-organisation.h"
#include "lc-participant.h"
#include "lc-places.h"
#include "lc-report.h"
#include "lc-store.h"
#include "lc-store-private.h"
#include "lc-test-util.h"
#include "lc-tracks.h"

/* Upgrades of libraries people already have. Each released schema version
 * has a fixture in tests/data/library-vN.sql, dumped once from a library
 * that version's release wrote and never regenerated. A test that built the
 * "old" library with today's migrations[] would upgrade whatever today's
 * steps make, so an edit to a released step could never be caught; here the
 * old schema is frozen text, and the upgraded library must end up exactly
 * like a new one, with every row it held. */

/* Every row a query returns, one line per row, each value with its type
 * (NULL, integer or quoted text), so that 0, '' and NULL all differ. */
static char *
query_rows (sqlite3_stmt *stmt)
{
  GString *out = g_string_new (NULL);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          if (i > 0)
            g_string_append (out, " | ");
          switch (sqlite3_column_type (stmt, i))
            {
            case SQLITE_NULL:
              g_string_append (out, "NULL");
              break;
            case SQLITE_INTEGER:
              g_string_append_printf (out, "%" G_GINT64_FORMAT,
                                      (gint64) sqlite3_column_int64 (stmt, i));
              break;
            default:
              g_string_append_printf (out, "'%s'", (const char *) sqlite3_column_text (stmt, i));
              break;
            }
        }
      g_string_append_c (out, '\n');
    }
  g_assert_cmpint (rc, ==, SQLITE_DONE);
  g_assert_cmpint (sqlite3_finalize (stmt), ==, SQLITE_OK);

  return g_string_free (out, FALSE);
}

static sqlite3_stmt *
prepare (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  return stmt;
}

static sqlite3 *
open_database (const char *path,
               int         flags)
{
  sqlite3 *db = NULL;

  if (sqlite3_open_v2 (path, &db, flags, NULL) != SQLITE_OK)
    g_error ("%s: %s", path, sqlite3_errmsg (db));
  return db;
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = prepare (db, sql);
  gint64 value;

  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* The schema as SQLite keeps it: the text of every CREATE statement, as
 * written. Two libraries with the same text behave the same. */
static char *
read_schema (const char *path)
{
  sqlite3 *db = open_database (path, SQLITE_OPEN_READONLY);
  char *schema = query_rows (prepare (db, "SELECT type, name, tbl_name, sql FROM sqlite_master "
                                              "ORDER BY type, name"));

  sqlite3_close (db);
  return schema;
}

/* Compares line by line, so that a failure shows the one object whose
 * SQL differs rather than two whole schemas. */
static void
assert_same_lines (const char *upgraded,
                   const char *fresh)
{
  g_auto(GStrv) a = g_strsplit (upgraded, "\n", -1);
  g_auto(GStrv) b = g_strsplit (fresh, "\n", -1);

  for (guint i = 0; a[i] != NULL && b[i] != NULL; i++)
    g_assert_cmpstr (a[i], ==, b[i]);
  g_assert_cmpuint (g_strv_length (a), ==, g_strv_length (b));
}

/* Every table of the file at @path: name → its rows, read through the
 * columns the table has in @columns_from (the fixture), so that a later
 * schema may add columns without hiding a lost or changed value. */
static GHashTable *
read_tables (const char *path,
             GHashTable *columns_from)
{
  sqlite3 *db = open_database (path, SQLITE_OPEN_READONLY);
  GHashTable *tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *names = prepare (db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                     "ORDER BY name");

  while (sqlite3_step (names) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (names, 0);
      g_autofree char *columns = NULL;
      char *sql;

      if (columns_from != NULL)
        {
          /* A table the fixture did not have (added by the upgrade) has no
           * rows of the fixture to keep. */
          g_autofree char *key = g_strdup_printf ("%s columns", table);

          if (!g_hash_table_contains (columns_from, key))
            continue;
          columns = g_strdup (g_hash_table_lookup (columns_from, key));
        }
      else
        {
          /* The convention's free-text host and organisers move to the
           * organisations table (migration "orgs"): check_organisations ()
           * checks where they went. */
          sqlite3_stmt *info = prepare (db, "SELECT group_concat (quote (name), ', ') "
                                            "FROM pragma_table_info (?1) WHERE ?1 <> 'conventions' "
                                            "OR name NOT IN ('host_ar', 'host_en', 'organisers_ar', "
                                            "'organisers_en')");

          sqlite3_bind_text (info, 1, table, -1, SQLITE_TRANSIENT);
          g_assert_cmpint (sqlite3_step (info), ==, SQLITE_ROW);
          columns = g_strdup ((const char *) sqlite3_column_text (info, 0));
          sqlite3_finalize (info);
        }

      /* Table and column names cannot be bound; they come from the file's
       * own sqlite_master and are quoted. */
      sql = sqlite3_mprintf ("SELECT %s FROM \"%w\" ORDER BY rowid", columns, table);
      g_hash_table_insert (tables, g_strdup (table), query_rows (prepare (db, sql)));
      if (columns_from == NULL)
        g_hash_table_insert (tables, g_strdup_printf ("%s columns", table), g_steal_pointer (&columns));
      sqlite3_free (sql);
    }
  sqlite3_finalize (names);
  sqlite3_close (db);

  return tables;
}

/* Makes a new file at @path from the fixture of schema @version, with the
 * sqlite3 API alone: nothing of today's store touches it before the test. */
static void
load_fixture (const char *path,
              int         version)
{
  g_autofree char *name = g_strdup_printf ("library-v%d.sql", version);
  g_autofree char *fixture = g_build_filename (g_getenv ("LC_SOURCE_DIR"), "tests", "data", name, NULL);
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = open_database (path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  char *message = NULL;

  g_file_get_contents (fixture, &sql, NULL, &error);
  g_assert_no_error (error);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", fixture, message);
  g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, version);
  g_assert_cmpint (query_int (db, "PRAGMA application_id"), ==, LC_STORE_APPLICATION_ID);
  sqlite3_close (db);
}

/* The agenda's items after the upgrade: kinds as they were, the first item
 * still with its speaker, and (from schema 5 on) the track they were put in;
 * before, no item had a track and there was none. */
static void
check_items (LcStore *store,
             gint64   convention_id,
             int      version)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) items = lc_store_list (store, LC_TYPE_ITEM, "convention_id", convention_id, &error);
  g_autoptr(LcRecord) first = NULL;
  g_autoptr(LcRecord) second = NULL;
  g_autoptr(GListStore) tracks = NULL;

  g_assert_no_error (error);
  first = g_list_model_get_item (G_LIST_MODEL (items), 0);
  second = g_list_model_get_item (G_LIST_MODEL (items), 1);
  g_assert_cmpint (lc_item_get_kind (LC_ITEM (first)), ==, LC_ITEM_KIND_SESSION);
  g_assert_cmpint (lc_item_get_kind (LC_ITEM (second)), ==, LC_ITEM_KIND_BREAK);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_PARTICIPATION, "item_id", lc_record_get_id (first), &error), ==, 1);
  g_assert_no_error (error);

  tracks = lc_store_list (store, LC_TYPE_TRACK, "convention_id", convention_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lc_item_get_track_id (LC_ITEM (second)), ==, 0);
  if (version < 5)
    {
      g_assert_cmpint (lc_item_get_track_id (LC_ITEM (first)), ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tracks)), ==, 0);
    }
  else
    {
      g_autoptr(LcRecord) track = g_list_model_get_item (G_LIST_MODEL (tracks), 0);
      g_autoptr(LcRecord) workshop = g_list_model_get_item (G_LIST_MODEL (items), 2);

      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tracks)), ==, 1);
      g_assert_cmpstr (lc_record_get_string (track, "name-en"), ==, "Digital learning");
      g_assert_cmpstr (lc_track_get_colour (LC_TRACK (track)), ==, "#26a269");
      g_assert_cmpint (lc_item_get_track_id (LC_ITEM (first)), ==, lc_record_get_id (track));
      g_assert_cmpint (lc_item_get_kind (LC_ITEM (workshop)), ==, LC_ITEM_KIND_WORKSHOP);
      g_assert_cmpint (lc_item_get_track_id (LC_ITEM (workshop)), ==, lc_record_get_id (track));
    }
}

/* Off-site places after the upgrade: none before their schema, and no
 * item at one; from it on, the fixture's place with its address and its
 * field visit there, in no room. */
static void
check_places (LcStore *store,
              gint64   convention_id,
              int      version)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) places = lc_store_list (store, LC_TYPE_PLACE, "convention_id", convention_id, &error);
  g_autoptr(GListStore) visits = NULL;
  g_autoptr(LcRecord) place = NULL;
  g_autoptr(LcRecord) visit = NULL;

  g_assert_no_error (error);
  if (version < lc_store_get_step_creating ("places"))
    {
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (places)), ==, 0);
      return;
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (places)), ==, 1);
  place = g_list_model_get_item (G_LIST_MODEL (places), 0);
  g_assert_cmpstr (lc_record_get_string (place, "name-en"), ==, "Jubail Desalination Plant");
  g_assert_cmpstr (lc_record_get_string (place, "address-ar"), ==, "طريق الملك فهد، الجبيل");
  g_assert_cmpstr (lc_record_get_string (place, "address-en"), ==, "King Fahd Road, Jubail");
  visits = lc_store_list (store, LC_TYPE_ITEM, "place_id", lc_record_get_id (place), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (visits)), ==, 1);
  visit = g_list_model_get_item (G_LIST_MODEL (visits), 0);
  g_assert_cmpint (lc_item_get_kind (LC_ITEM (visit)), ==, LC_ITEM_KIND_FIELD_VISIT);
  g_assert_cmpint (lc_item_get_room_id (LC_ITEM (visit)), ==, 0);
}

/* The final report after the upgrade: before its schema none was written,
 * and the report is then new, its figures counted from the library; from
 * its schema on, what the organiser wrote. A report can be written into an
 * upgraded library. */
static void
check_report (LcStore *store,
              gint64   convention_id,
              int      version)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcReport) report = lc_report_load (store, convention_id, &error);
  g_autoptr(LcReportSummary) summary = lc_report_load_summary (store, 1, &error);
  g_autoptr(GListStore) coverage = NULL;
  g_autoptr(GListStore) photos = NULL;
  g_autoptr(LcUndoStack) undo = NULL;
  LcReportFigures figures;

  g_assert_no_error (error);
  g_assert_true (lc_report_get_figures (store, convention_id, &figures, &error));
  g_assert_no_error (error);
  coverage = lc_store_list (store, LC_TYPE_COVERAGE, "convention_id", convention_id, &error);
  photos = lc_store_list (store, LC_TYPE_REPORT_PHOTO, "item_id", 1, &error);
  g_assert_no_error (error);
  /* The fixtures' one person took part online, their one city online. */
  g_assert_cmpint (figures.in_person, ==, 0);
  g_assert_cmpint (figures.cities, ==, 1);

  if (version < lc_store_get_report_version ())
    {
      g_assert_cmpint (lc_record_get_id (LC_RECORD (report)), ==, 0);
      g_assert_null (summary);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (coverage)), ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (photos)), ==, 0);
      g_assert_cmpint (figures.online, ==, 1);
      g_assert_cmpuint (figures.given, ==, 0);

      undo = lc_undo_stack_new (store);
      lc_report_set_foreword (report, "كلمة", "Foreword");
      g_assert_true (lc_report_save (undo, report, &error));
      g_assert_no_error (error);
      g_assert_nonnull (lc_record_get_uid (LC_RECORD (report)));
      g_assert_true (lc_undo_stack_undo (undo, &error));
      g_assert_no_error (error);
      return;
    }

  g_assert_cmpstr (lc_report_get_foreword (report, LC_LANGUAGE_ARABIC), ==, "كلمة الأمين العام");
  g_assert_cmpstr (lc_report_get_signatory (report, LC_LANGUAGE_ENGLISH), ==, "Secretary General");
  g_assert_cmpint (figures.online, ==, 120);
  g_assert_cmpint (figures.countries, ==, 3);
  g_assert_cmpuint (figures.given, ==, (1u << 1) | (1u << 3));
  g_assert_cmpstr (lc_report_summary_get_summary (summary, LC_LANGUAGE_ENGLISH), ==,
                   "The session discussed lifelong learning.");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (coverage)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (photos)), ==, 1);
  {
    g_autoptr(LcReportPhoto) photo = g_list_model_get_item (G_LIST_MODEL (photos), 0);
    g_autoptr(GBytes) image = NULL;
    int width = 0;

    image = lc_report_load_image (store, lc_report_photo_get_image (photo), NULL, &width, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (width, ==, 4);
    g_assert_cmpuint (g_bytes_get_size (image), >, 100);
  }
}

/* What a person would look for after the upgrade, read through the store:
 * the convention and its agenda, and from schema 3 on the declaration. */
static void
check_through_store (LcStore *store,
                     int      version)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) conventions = lc_store_list_conventions (store, &error);
  g_autoptr(LcRecord) convention = NULL;
  g_autoptr(LcRecord) person = NULL;
  g_autoptr(GListStore) declarations = NULL;
  g_autoptr(LcRecord) declaration = NULL;
  g_autoptr(LcDeclarationText) text = NULL;
  gint64 id;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (conventions)), ==, 1);
  convention = g_list_model_get_item (G_LIST_MODEL (conventions), 0);
  id = lc_record_get_id (convention);
  g_assert_cmpstr (lc_record_get_string (convention, "title-ar"), ==, "مؤتمر مدن التعلم");
  g_assert_cmpstr (lc_record_get_string (convention, "title-en"), ==, "Learning Cities Conference");
  g_assert_cmpstr (lc_record_get_string (convention, "start-date"), ==, "2024-10-01");
  g_assert_cmpint (lc_store_count (store, LC_TYPE_ROOM, "convention_id", id, &error), ==, 1);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_CITY, "convention_id", id, &error), ==, 1);
  /* From schema 5 on, a workshop in a track was added; from the places'
   * schema on, a field visit at a place. */
  g_assert_cmpint (lc_store_count (store, LC_TYPE_ITEM, "convention_id", id, &error), ==,
                   (version < 5 ? 2 : 3) + (version >= lc_store_get_step_creating ("places") ? 1 : 0));
  g_assert_no_error (error);
  check_items (store, id, version);
  check_places (store, id, version);

  person = lc_store_get (store, LC_TYPE_PERSON, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lc_record_get_string (person, "name-ar"), ==, "ليلى حداد");
  g_assert_cmpint (lc_record_get_int (person, "attendance"), ==, LC_ATTENDANCE_ONLINE);
  /* people (schema 8): before it nobody's contact details are known; its
   * fixture gives the person theirs. */
  g_assert_cmpstr (lc_person_get_email (LC_PERSON (person)), ==, version < 8 ? "" : "layla@example.org");
  g_assert_cmpstr (lc_person_get_phone (LC_PERSON (person)), ==, version < 8 ? "" : "+966 13 123 4567");
  g_assert_cmpstr (lc_person_get_bio (LC_PERSON (person), LC_LANGUAGE_ENGLISH), ==,
                   version < 8 ? "" : "Director of education in Jubail.");
  g_assert_cmpstr (lc_person_get_language (LC_PERSON (person)), ==, version < 8 ? "" : "ar");
  g_assert_cmpint (lc_store_count (store, LC_TYPE_PARTICIPATION, "person_id", 1, &error), ==, 1);
  g_assert_no_error (error);

  check_report (store, id, version);

  declarations = lc_store_list (store, LC_TYPE_DECLARATION, "convention_id", id, &error);
  g_assert_no_error (error);
  if (version < 3)
    {
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (declarations)), ==, 0);
      return;
    }

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (declarations)), ==, 1);
  declaration = g_list_model_get_item (G_LIST_MODEL (declarations), 0);
  g_assert_cmpstr (lc_record_get_string (declaration, "title-en"), ==, "Jubail Declaration");
  g_assert_cmpint (lc_declaration_get_last_version (store, lc_record_get_id (declaration), &error), ==, 1);
  g_assert_no_error (error);
  text = lc_declaration_get_version_text (store, lc_record_get_id (declaration), 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lc_declaration_text_count_clauses (text), ==, 2);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_AMENDMENT, "declaration_id",
                                   lc_record_get_id (declaration), &error), ==, 2);
  g_assert_no_error (error);
}

/* people14 (issue 14): before the participants' schema everyone was there
 * for the programme, invited (which claims nothing), representing nobody
 * said, with no history and no attendance of an item. From it on, the
 * fixture's delegate keeps all of theirs. */
static void
check_participants (LcStore *store,
                    int      version)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) person = lc_store_get (store, LC_TYPE_PERSON, 1, &error);
  g_autoptr(GListStore) history = lc_participant_list_history (store, 1, &error);
  g_autoptr(LcRecord) delegate = NULL;
  g_autoptr(LcStatusChange) first = NULL;
  g_autoptr(LcStatusChange) last = NULL;
  g_autoptr(GListStore) attended = NULL;
  g_autoptr(LcItemAttendance) row = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (lc_person_get_category (LC_PERSON (person)), ==, LC_PARTICIPANT_CATEGORY_PROGRAMME);
  g_assert_cmpint (lc_person_get_represents (LC_PERSON (person)), ==, LC_REPRESENTS_UNSET);
  g_assert_cmpstr (lc_person_get_represents_text (LC_PERSON (person), LC_LANGUAGE_ENGLISH), ==, "");
  g_assert_cmpint (lc_person_get_status (LC_PERSON (person)), ==, LC_PARTICIPANT_STATUS_INVITED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 0);

  if (version < lc_store_get_step_creating ("status_changes"))
    {
      g_assert_cmpint (lc_store_count (store, LC_TYPE_PERSON, "convention_id", 1, &error), ==, 1);
      g_assert_cmpint (lc_store_count (store, LC_TYPE_ITEM_ATTENDANCE, "convention_id", 1, &error), ==, 0);
      g_assert_no_error (error);
      return;
    }

  delegate = lc_store_get (store, LC_TYPE_PERSON, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lc_person_get_category (LC_PERSON (delegate)), ==, LC_PARTICIPANT_CATEGORY_DELEGATE);
  g_assert_cmpint (lc_person_get_represents (LC_PERSON (delegate)), ==, LC_REPRESENTS_OTHER);
  g_assert_cmpstr (lc_person_get_represents_text (LC_PERSON (delegate), LC_LANGUAGE_ARABIC), ==, "وزارة التعليم");
  g_assert_cmpint (lc_person_get_status (LC_PERSON (delegate)), ==, LC_PARTICIPANT_STATUS_ATTENDED_ONLINE);
  g_clear_object (&history);
  history = lc_participant_list_history (store, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (history)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (history), 0);
  last = g_list_model_get_item (G_LIST_MODEL (history), 1);
  g_assert_cmpint (lc_status_change_get_status (first), ==, LC_PARTICIPANT_STATUS_CONFIRMED);
  g_assert_cmpstr (lc_status_change_get_changed_at (first), ==, "2024-09-15T08:00:00Z");
  g_assert_cmpint (lc_status_change_get_status (last), ==, LC_PARTICIPANT_STATUS_ATTENDED_ONLINE);
  attended = lc_store_list (store, LC_TYPE_ITEM_ATTENDANCE, "item_id", 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (attended)), ==, 1);
  row = g_list_model_get_item (G_LIST_MODEL (attended), 0);
  g_assert_cmpint (lc_item_attendance_get_person_id (row), ==, 2);
  g_assert_cmpint (lc_item_attendance_get_attendance (row), ==, LC_ATTENDANCE_ONLINE);
}

/* Every record a convention file carries has an identity after the upgrade,
 * a UUID of its own: no two rows share one, in any table. */
static void
check_uids (const char *path)
{
  static const char *const tables[] = { "conventions", "rooms", "tracks", "cities", "people", "items",
                                        "participations", "declarations", "declaration_sections",
                                        "clauses", "amendments", "organisations", "status_changes",
                                        "item_attendance" };
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3 *db = open_database (path, SQLITE_OPEN_READONLY);
  guint rows = 0;

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      /* The names are the constants above. */
      g_autofree char *sql = g_strdup_printf ("SELECT uid FROM %s", tables[t]);
      sqlite3_stmt *stmt = prepare (db, sql);

      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *uid = (const char *) sqlite3_column_text (stmt, 0);

          g_test_message ("%s: %s", tables[t], uid ? uid : "NULL");
          g_assert_true (lc_uid_is_valid (uid));
          /* Version 4, variant 1: what g_uuid_string_random () makes. */
          g_assert_cmpint (uid[14], ==, '4');
          g_assert_nonnull (strchr ("89ab", uid[19]));
          g_assert_false (g_hash_table_contains (seen, uid));
          g_hash_table_add (seen, g_strdup (uid));
          rows++;
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);

  /* Every fixture has a convention, a room, a city, a person, two items
   * and a participation. */
  g_assert_cmpuint (rows, >=, 7);
}

/* The host and organisers every fixture's convention has, as organisations
 * in both languages (never split), and no longer in the convention. */
static void
check_organisations (LcStore *store,
                     int      version)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) convention = lc_store_get (store, LC_TYPE_CONVENTION, 1, &error);
  g_autoptr(GListStore) organisations = lc_organisations_list (store, 1, &error);
  static const struct { LcOrganisationRole role; const char *ar, *en; } expected[] = {
    { LC_ORGANISATION_ROLE_HOST, "مدينة الجبيل", "Jubail City" },
    { LC_ORGANISATION_ROLE_ORGANISER, "اليونسكو", "UNESCO" },
  };

  g_assert_no_error (error);
  /* Exactly these from the free text; the fixtures from the organisations'
   * schema on add a partner. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (organisations)), ==,
                    G_N_ELEMENTS (expected)
                    + (version >= lc_store_get_step_creating ("organisations") ? 1 : 0));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(LcOrganisation) o = g_list_model_get_item (G_LIST_MODEL (organisations), i);

      g_assert_cmpint (lc_organisation_get_role (o), ==, expected[i].role);
      g_assert_cmpstr (lc_organisation_get_name (o, LC_LANGUAGE_ARABIC), ==, expected[i].ar);
      g_assert_cmpstr (lc_organisation_get_name (o, LC_LANGUAGE_ENGLISH), ==, expected[i].en);
      g_assert_cmpstr (lc_organisation_get_country (o), ==, "");
      g_assert_cmpstr (lc_organisation_get_logo (o), ==, "");
      /* The convention's identity, the role's number at the end: the same
       * as an old file's import gives them, so updates match them. */
      {
        g_autofree char *uid = g_strdup_printf ("%.24s%012u", lc_record_get_uid (convention), i + 1);

        g_assert_cmpstr (lc_record_get_uid (LC_RECORD (o)), ==, uid);
      }
    }
  for (guint i = 0; i < 4; i++)
    {
      static const char *const fields[] = { "host-ar", "host-en", "organisers-ar", "organisers-en" };

      g_assert_cmpstr (lc_record_get_string (convention, fields[i]), ==, "");
    }
}

static void
test_fixture (gconstpointer data)
{
  int version = GPOINTER_TO_INT (data);
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *backup = g_strdup_printf ("%s.schema-v%d.bak", path, version);
  g_autofree char *fresh_path = g_build_filename (dir, "new.db", NULL);
  g_autofree char *fresh_schema = NULL;
  g_autofree char *schema = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = NULL;
  GHashTableIter iter;
  gpointer table, rows;


  load_fixture (path, version);
  before = read_tables (path, NULL);

  store = lc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lc_store_get_version (store), ==, lc_store_get_latest_version ());
  check_through_store (store, version);
  check_organisations (store, version);
  check_participants (store, version);
  g_clear_object (&store);

  /* The copy made before upgrading holds the library as it was; a library
   * already at the latest version is not copied. */
  if (version < lc_store_get_latest_version ())
    {
      g_autoptr(GHashTable) copy = read_tables (backup, NULL);
      sqlite3 *db = open_database (backup, SQLITE_OPEN_READONLY);

      g_assert_cmpint (query_int (db, "PRAGMA user_version"), ==, version);
      sqlite3_close (db);
      g_assert_cmpuint (g_hash_table_size (copy), ==, g_hash_table_size (before));
      g_hash_table_iter_init (&iter, before);
      while (g_hash_table_iter_next (&iter, &table, &rows))
        g_assert_cmpstr (g_hash_table_lookup (copy, table), ==, rows);
    }
  else
    g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  /* Every row of every table, value for value. */
  after = read_tables (path, before);
  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &table, &rows))
    {
      if (g_str_has_suffix (table, " columns"))
        continue;
      g_test_message ("table %s", (const char *) table);
      g_assert_true (*(const char *) rows != '\0');
      g_assert_cmpstr (g_hash_table_lookup (after, table), ==, rows);
    }

  check_uids (path);

  /* The upgraded schema is exactly a new library's: a released step edited
   * after the fact makes new libraries differ from upgraded ones. */
  store = lc_store_open (fresh_path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  schema = read_schema (path);
  fresh_schema = read_schema (fresh_path);
  assert_same_lines (schema, fresh_schema);

  lc_test_remove_tree (dir);
}

static char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db = open_database (path, SQLITE_OPEN_READONLY);
  char *rows = query_rows (prepare (db, sql));

  sqlite3_close (db);
  return rows;
}

static int
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db = open_database (path, SQLITE_OPEN_READWRITE);
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  sqlite3_close (db);
  return rc;
}

/* rooms2 (issue 12): a library of schema 4 upgraded keeps its room and
 * items, each with the new details empty (no capacity, no place, not
 * online only, no link, no expected attendance); the new rules then hold
 * even against raw SQL. */
static void
test_rooms2_from_v4 (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *rooms = NULL, *items = NULL;
  g_autoptr(LcStore) store = NULL;
  g_autoptr(LcRecord) room = NULL;
  g_autoptr(GError) error = NULL;

  load_fixture (path, 4);
  store = lc_store_open (path, &error);
  g_assert_no_error (error);
  room = lc_store_get (store, LC_TYPE_ROOM, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lc_record_get_string (room, "name-en"), ==, "Main Hall");
  g_assert_cmpint (lc_room_get_capacity (LC_ROOM (room)), ==, 0);
  g_clear_object (&store);

  rooms = query_text (path, "SELECT id, name_en, capacity, location_ar, location_en, online_only, online_url"
                            " FROM rooms ORDER BY id");
  g_assert_cmpstr (rooms, ==, "1 | 'Main Hall' | NULL | '' | '' | 0 | ''\n");
  items = query_text (path, "SELECT id, room_id, online_url, expected_attendance FROM items ORDER BY id");
  g_assert_cmpstr (items, ==, "1 | 1 | '' | NULL\n2 | NULL | '' | NULL\n");

  g_assert_cmpint (exec_sql (path, "UPDATE rooms SET capacity = 40, online_url = 'https://meet.example.org/a'"),
                   ==, SQLITE_OK);
  g_assert_cmpint (exec_sql (path, "UPDATE rooms SET capacity = 0"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (path, "UPDATE rooms SET online_only = 2"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (path, "UPDATE rooms SET online_url = 'http://meet.example.org/a'"), ==,
                   SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (path, "UPDATE items SET expected_attendance = -1"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (path, "UPDATE items SET online_url = 'javascript:x'"), ==, SQLITE_CONSTRAINT);

  lc_test_remove_tree (dir);
}

/* people14 (issue 14): a library of schema 11 upgraded; the participants'
 * rules then hold even against raw SQL: the closed lists, a real time in
 * UTC for a change, and no record pointing into another convention. */
static void
test_participants_from_v11 (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *people = NULL;
  g_autoptr(LcStore) store = NULL;
  g_autoptr(GError) error = NULL;

  load_fixture (path, 11);
  store = lc_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  people = query_text (path, "SELECT id, category, represents, represents_en, status FROM people ORDER BY id");
  g_assert_cmpstr (people, ==, "1 | 'programme' | NULL | '' | 'invited'\n");

  g_assert_cmpint (exec_sql (path, "UPDATE people SET category = 'delegate', represents = 'city',"
                                   " status = 'confirmed'"), ==, SQLITE_OK);
  g_assert_cmpint (exec_sql (path, "UPDATE people SET category = 'guest'"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (path, "UPDATE people SET represents = ''"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (path, "UPDATE people SET status = 'attended'"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (path, "INSERT INTO status_changes (convention_id, person_id, status, changed_at)"
                                   " VALUES (1, 1, 'confirmed', '2026-12-07T09:30:00Z')"), ==, SQLITE_OK);
  g_free (people);
  people = query_text (path, "SELECT length (uid) FROM status_changes");
  g_assert_cmpstr (people, ==, "36\n");
  g_assert_cmpint (exec_sql (path, "INSERT INTO status_changes (convention_id, person_id, status, changed_at)"
                                   " VALUES (1, 1, 'confirmed', '2026-12-07 09:30:00')"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (path, "INSERT INTO status_changes (convention_id, person_id, status, changed_at)"
                                   " VALUES (1, 1, 'confirmed', '2026-02-30T09:30:00Z')"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (path, "INSERT INTO item_attendance (convention_id, item_id, person_id)"
                                   " VALUES (1, 3, 1)"), ==, SQLITE_OK);
  g_assert_cmpint (exec_sql (path, "INSERT INTO item_attendance (convention_id, item_id, person_id)"
                                   " VALUES (1, 3, 1)"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (path, "INSERT INTO item_attendance (convention_id, item_id, person_id, attendance)"
                                   " VALUES (1, 1, 1, 'absent')"), ==, SQLITE_CONSTRAINT);
  /* Another convention's records: a person and an item of convention 2. */
  g_assert_cmpint (exec_sql (path, "INSERT INTO conventions (id, title_en, start_date, end_date, time_zone)"
                                   " VALUES (2, 'Other', '2025-01-01', '2025-01-02', 'UTC');"
                                   "INSERT INTO people (id, convention_id, name_en) VALUES (9, 2, 'Else');"
                                   "INSERT INTO items (id, convention_id, kind, day, start_minute, end_minute)"
                                   " VALUES (9, 2, 'session', '2025-01-01', 600, 660)"), ==, SQLITE_OK);
  g_assert_cmpint (exec_sql (path, "INSERT INTO status_changes (convention_id, person_id, status, changed_at)"
                                   " VALUES (1, 9, 'confirmed', '2026-12-07T09:30:00Z')"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (path, "INSERT INTO item_attendance (convention_id, item_id, person_id)"
                                   " VALUES (1, 9, 1)"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (path, "INSERT INTO item_attendance (convention_id, item_id, person_id)"
                                   " VALUES (1, 1, 9)"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (path, "UPDATE item_attendance SET person_id = 9"), ==, SQLITE_CONSTRAINT);

  lc_test_remove_tree (dir);
}

/* core15 (issue 15): a library of schema 12 upgraded has an empty
 * exchange history, which keeps a hash of each file and refuses a kind
 * other than a send or a merge; the fixture of 13 keeps its two lines. */
static void
test_exchange_history_from_v12 (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = NULL;

  load_fixture (path, 12);
  store = lc_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  rows = query_text (path, "SELECT count (*) FROM exchange_history");
  g_assert_cmpstr (rows, ==, "0\n");
  g_assert_cmpint (exec_sql (path, "INSERT INTO exchange_history (convention_id, kind, replica, sequence,"
                                   " happened_at, file_hash) VALUES (1, 'send', 'r', 1, '2024-10-02T08:15:00Z',"
                                   " printf ('%064d', 0))"), ==, SQLITE_OK);
  g_assert_cmpint (exec_sql (path, "INSERT INTO exchange_history (convention_id, kind, replica, sequence,"
                                   " happened_at, file_hash) VALUES (1, 'copy', 'r', 1, '2024-10-02T08:15:00Z',"
                                   " printf ('%064d', 0))"), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (exec_sql (path, "INSERT INTO exchange_history (convention_id, kind, replica, sequence,"
                                   " happened_at, file_hash) VALUES (1, 'merge', 'r', 1, 'yesterday',"
                                   " printf ('%064d', 0))"), ==, SQLITE_CONSTRAINT);
  lc_test_remove_tree (dir);

  g_free (dir);
  dir = lc_test_make_tmpdir ();
  g_free (path);
  path = g_build_filename (dir, "library.db", NULL);
  load_fixture (path, 13);
  store = lc_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_free (rows);
  rows = query_text (path, "SELECT kind, author, sequence, changed FROM exchange_history ORDER BY id");
  g_assert_cmpstr (rows, ==, "'send' | 'Amal Haddad' | 1 | 2\n'merge' | 'Badr Salem' | 1 | 1\n");
  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* One case per schema version: a new step of migrations[] fails here
   * until its release's fixture is in tests/data. */
  for (int version = 1; version <= lc_store_get_latest_version (); version++)
    {
      g_autofree char *name = g_strdup_printf ("/migrations/from-v%d", version);

      g_test_add_data_func (name, GINT_TO_POINTER (version), test_fixture);
    }

  g_test_add_func ("/migrations/rooms2-from-v4", test_rooms2_from_v4);
  g_test_add_func ("/migrations/participants-from-v11", test_participants_from_v11);
  g_test_add_func ("/migrations/exchange-history-from-v12", test_exchange_history_from_v12);

  return g_test_run ();
}
