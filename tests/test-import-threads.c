/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "lc-convention-io-private.h"
#include "lc-generator.h"
#include "lc-participant.h"
#include "lc-person-photo.h"
#include "lc-store.h"
#include "lc-undo.h"
#include "lc-test-util.h"

/* Issue 17: on two processors a convention file's agenda is read on a
 * second thread while the records it has finished are stored
 * (lc-convention-io-store.c). Imported that way and one step after the
 * other (as on one processor), a file gives the same library, and a bad
 * file the same error and nothing written: a mistake late in the file
 * after hundreds of records are stored, a mistake in the declarations
 * read after the agenda, a library that refuses an item, and both. */

typedef struct
{
  char    *dir;
  LcStore *store;
} Library;

static void
library_open (Library *library)
{
  library->store = lc_test_open_store (&library->dir);
}

static void
library_close (Library *library)
{
  g_clear_object (&library->store);
  lc_test_remove_tree (library->dir);
  g_clear_pointer (&library->dir, g_free);
}

/* Imports @data into @library, with the agenda read beside the storing
 * (@threads 2) or before it (1). */
static gint64
import (Library     *library,
        const char  *data,
        guint        threads,
        GError     **error)
{
  gint64 id;

  lc_io_set_import_threads (threads);
  id = lc_convention_import_data (library->store, data, strlen (data), "convention.json", error);
  lc_io_set_import_threads (0);
  return id;
}

static gint64
count_rows (Library    *library,
            const char *table)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (lc_store_get_path (library->store), &db, SQLITE_OPEN_READONLY, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* Every table of the two libraries holds the same rows, and the ones in
 * @at_least have some. */
static void
assert_same_libraries (Library            *a,
                       Library            *b,
                       const char *const  *at_least)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *tables = NULL;
  char *attach = sqlite3_mprintf ("ATTACH %Q AS a; ATTACH %Q AS b", lc_store_get_path (a->store),
                                  lc_store_get_path (b->store));
  guint compared = 0;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, attach, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_free (attach);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM a.sqlite_schema WHERE type = 'table'"
                                       " AND name NOT LIKE 'sqlite_%'", -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      g_autofree char *sql = g_strdup_printf ("SELECT (SELECT count(*) FROM (SELECT * FROM a.%1$s"
                                              " EXCEPT SELECT * FROM b.%1$s)),"
                                              " (SELECT count(*) FROM (SELECT * FROM b.%1$s"
                                              " EXCEPT SELECT * FROM a.%1$s)),"
                                              " (SELECT count(*) FROM a.%1$s)",
                                              table);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      if (sqlite3_column_int64 (stmt, 0) != 0 || sqlite3_column_int64 (stmt, 1) != 0)
        g_error ("table %s: %" G_GINT64_FORMAT " rows only one way, %" G_GINT64_FORMAT " only the other",
                 table, (gint64) sqlite3_column_int64 (stmt, 0), (gint64) sqlite3_column_int64 (stmt, 1));
      for (guint i = 0; at_least[i] != NULL; i++)
        if (g_str_equal (at_least[i], table))
          {
            g_assert_cmpint (sqlite3_column_int64 (stmt, 2), >, 0);
            compared++;
          }
      sqlite3_finalize (stmt);
    }
  sqlite3_finalize (tables);
  sqlite3_close (db);
  g_assert_cmpuint (compared, ==, g_strv_length ((char **) at_least));
}

/* The convention @id of @library as its file; the library is closed. */
static char *
exported (Library *library,
          gint64   id)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  char *data = lc_convention_export_data (library->store, id, &length, &error);

  g_assert_no_error (error);
  library_close (library);
  return data;
}

/* A generated convention of @n_items, as its file. */
static char *
generated_file (guint n_items)
{
  Library library = { 0 };
  LcGeneratorSize size;
  g_autoptr(GError) error = NULL;
  gint64 id;

  library_open (&library);
  lc_generator_size_init (&size, n_items);
  id = lc_generator_create (library.store, &size, 17, &error);
  g_assert_no_error (error);
  return exported (&library, id);
}

/* The sample convention as this program exports it: with the uids its
 * records got, which its hand-written file leaves to the library, and a
 * photo, a status's history and an attendance, which it has none of. */
static char *
sample_file (void)
{
  const char *path = g_getenv ("LC_SAMPLE");
  Library library = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 12, 7, 10, 0, 0);
  g_autoptr(LcUndoStack) undo = NULL;
  g_autoptr(GListStore) people = NULL, items = NULL;
  g_autoptr(LcRecord) person = NULL, item = NULL;
  g_autoptr(GPtrArray) confirmed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *face = NULL;
  gint64 id;

  g_assert_nonnull (path);
  library_open (&library);
  id = lc_convention_import_file (library.store, path, &error);
  g_assert_no_error (error);

  undo = lc_undo_stack_new (library.store);
  face = lc_test_write_photo (library.dir, "face.jpg", FALSE, 300, 400, 0x3080c0ff);
  people = lc_store_list (library.store, LC_TYPE_PERSON, "convention_id", id, &error);
  g_assert_no_error (error);
  person = g_list_model_get_item (G_LIST_MODEL (people), 0);
  g_assert_true (lc_person_choose_photo (undo, LC_PERSON (person), face, &error));
  g_assert_no_error (error);
  g_ptr_array_add (confirmed, g_object_ref (person));
  g_assert_cmpuint (lc_participants_set_status (undo, confirmed, LC_PARTICIPANT_STATUS_CONFIRMED, when, &error),
                    ==, 1);
  g_assert_no_error (error);
  items = lc_store_list (library.store, LC_TYPE_ITEM, "convention_id", id, &error);
  g_assert_no_error (error);
  item = g_list_model_get_item (G_LIST_MODEL (items), 0);
  g_assert_true (lc_item_attendance_set (undo, LC_ITEM (item), LC_PERSON (person), LC_ATTENDANCE_IN_PERSON,
                                         &error));
  g_assert_no_error (error);
  /* The undo stack holds the library open. */
  g_clear_object (&undo);
  return exported (&library, id);
}

/* The file @data with one change made by @edit to its root object. */
static char *
edited (const char *data,
        void      (*edit) (JsonObject *root, gpointer user_data),
        gpointer    user_data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, data, -1, &error));
  g_assert_no_error (error);
  edit (json_node_get_object (json_parser_get_root (parser)), user_data);
  return json_to_string (json_parser_get_root (parser), TRUE);
}

static JsonObject *
item (JsonObject *root,
      guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (root, "items"), index);
}

/* The last item ends when it starts. */
static void
break_last_item (JsonObject *root,
                 gpointer    user_data)
{
  JsonArray *items = json_object_get_array_member (root, "items");
  JsonObject *last = json_array_get_object_element (items, json_array_get_length (items) - 1);

  json_object_set_string_member (last, "end", json_object_get_string_member (last, "start"));
}

/* The item @user_data is called “Boom” in English. */
static void
name_boom (JsonObject *root,
           gpointer    user_data)
{
  JsonObject *title = json_object_get_object_member (item (root, GPOINTER_TO_UINT (user_data)), "title");

  json_object_set_string_member (title, "en", "Boom");
}

static void
break_declaration (JsonObject *root,
                   gpointer    user_data)
{
  JsonArray *declarations = json_object_get_array_member (root, "declarations");

  g_assert_cmpuint (json_array_get_length (declarations), >, 0);
  json_object_set_string_member (json_array_get_object_element (declarations, 0), "sections", "none");
}

/* The same file gives the same library, both ways: the sample (declarations,
 * a report with images, photos, statuses, attendance) and a generated
 * convention of 600 items. */
static void
test_same_library (void)
{
  g_autofree char *sample = sample_file ();
  g_autofree char *large = generated_file (600);
  const char *files[] = { sample, large };
  const char *const sample_tables[] = { "conventions", "items", "people", "participations", "declarations",
                                        "clauses", "amendments", "report_summaries", "report_images",
                                        "status_changes", "item_attendance", NULL };
  const char *const large_tables[] = { "conventions", "items", "people", "participations", "cities",
                                       "rooms", NULL };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      Library one = { 0 }, two = { 0 };
      g_autoptr(GError) error = NULL;

      library_open (&one);
      library_open (&two);
      g_assert_cmpint (import (&one, files[f], 1, &error), >, 0);
      g_assert_no_error (error);
      g_assert_cmpint (import (&two, files[f], 2, &error), >, 0);
      g_assert_no_error (error);
      /* And again: the copy gets uids of its own, both ways alike in
       * number, not in value. */
      g_assert_cmpint (import (&two, files[f], 2, &error), >, 0);
      g_assert_no_error (error);
      g_assert_cmpint (count_rows (&two, "items"), ==, 2 * count_rows (&one, "items"));
      library_close (&two);
      library_open (&two);
      g_assert_cmpint (import (&two, files[f], 2, &error), >, 0);
      g_assert_no_error (error);
      assert_same_libraries (&one, &two, f == 0 ? sample_tables : large_tables);
      library_close (&one);
      library_close (&two);
    }
}

/* A file that cannot be imported gives the same message both ways, and
 * leaves the library as it was. */
static char *
refused (const char *data,
         gboolean    boom_trigger,
         guint       threads)
{
  Library library = { 0 };
  g_autoptr(GError) error = NULL;

  library_open (&library);
  if (boom_trigger)
    {
      /* An item the library refuses, as a full disk or a damaged index
       * would refuse one: in the middle of the agenda. */
      g_assert_true (lc_store_exec (library.store,
                                    "CREATE TRIGGER boom BEFORE INSERT ON items WHEN NEW.title_en = 'Boom'"
                                    " BEGIN SELECT RAISE (ABORT, 'the library refused the item'); END",
                                    &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (import (&library, data, threads, &error), ==, 0);
  g_assert_nonnull (error);
  g_assert_cmpint (count_rows (&library, "conventions"), ==, 0);
  g_assert_cmpint (count_rows (&library, "items"), ==, 0);
  g_assert_cmpint (count_rows (&library, "people"), ==, 0);
  g_assert_cmpint (count_rows (&library, "participations"), ==, 0);
  library_close (&library);
  return g_strdup (error->message);
}

static void
assert_refused (const char *data,
                gboolean    boom_trigger,
                const char *expected)
{
  g_autofree char *one = refused (data, boom_trigger, 1);
  g_autofree char *two = refused (data, boom_trigger, 2);

  g_test_message ("%s", one);
  g_assert_cmpstr (one, ==, two);
  g_assert_nonnull (strstr (one, expected));
}

static void
test_late_mistake (void)
{
  g_autofree char *large = generated_file (600);
  g_autofree char *bad = edited (large, break_last_item, NULL);

  assert_refused (bad, FALSE, "items[599]");
}

static void
test_declaration_mistake (void)
{
  g_autofree char *sample = sample_file ();
  g_autofree char *bad = edited (sample, break_declaration, NULL);

  assert_refused (bad, FALSE, "declarations[0]");
}

static void
test_store_refuses (void)
{
  g_autofree char *large = generated_file (600);
  g_autofree char *boom = edited (large, name_boom, GUINT_TO_POINTER (300));
  g_autofree char *both = edited (boom, break_last_item, NULL);

  assert_refused (boom, TRUE, "convention.json could not be imported: ");
  assert_refused (boom, TRUE, "the library refused the item");
  /* The mistake in the file is what is said, as when the file was read
   * whole before anything was stored. */
  assert_refused (both, TRUE, "items[599]");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lc_test_use_build_catalogue ();

  g_test_add_func ("/import-threads/same-library", test_same_library);
  g_test_add_func ("/import-threads/late-mistake", test_late_mistake);
  g_test_add_func ("/import-threads/declaration-mistake", test_declaration_mistake);
  g_test_add_func ("/import-threads/store-refuses", test_store_refuses);

  return g_test_run ();
}
