/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "lc-agenda-pdf.h"
#include "lc-convention-io.h"
#include "lc-error.h"
#include "lc-export-ics.h"
#include "lc-export-schedule.h"
#include "lc-file.h"
#include "lc-store.h"
#include "lc-test-util.h"

/*
 * Hostile files (issue 20): libraries, convention files and spreadsheets
 * made to crash the program, run it out of memory or slip wrong data in.
 * Each entry of a table is one such file: it must be refused with a message
 * naming the problem, leave the library as it was, and never crash the
 * command line. The limits these files reach are the ones README.md lists.
 */

/* ---- Libraries ---- */

typedef struct
{
  const char *name;
  const char *sql;        /* run on a real library to spoil it */
  int         code;       /* the LcError lc_store_open() gives */
  const char *message;    /* a part of its message */
} HostileLibrary;

static const HostileLibrary libraries[] = {
  /* A negative version once indexed the migrations below zero: -1 to -3 ran
   * neighbouring strings as SQL, -100 crashed with SIGSEGV, -100000 SIGBUS. */
  { "user-version-minus-1", "PRAGMA user_version = -1", LC_ERROR_NOT_A_DATABASE, "library version is -1" },
  { "user-version-minus-3", "PRAGMA user_version = -3", LC_ERROR_NOT_A_DATABASE, "library version is -3" },
  { "user-version-minus-100", "PRAGMA user_version = -100", LC_ERROR_NOT_A_DATABASE, "damaged" },
  { "user-version-minus-100000", "PRAGMA user_version = -100000", LC_ERROR_NOT_A_DATABASE, "damaged" },
  { "user-version-int-min", "PRAGMA user_version = -2147483648", LC_ERROR_NOT_A_DATABASE, "damaged" },
  { "user-version-int-max", "PRAGMA user_version = 2147483647", LC_ERROR_TOO_NEW, "newer version" },
};

static void
test_library (gconstpointer data)
{
  const HostileLibrary *entry = data;
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (path, &error);
  g_auto(LcTestRun) run = { 0 };
  sqlite3 *db;

  g_assert_no_error (error);
  lc_test_add_convention (store, "Kept", "2024-01-01", "2024-01-02");
  g_assert_true (lc_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, entry->sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = lc_test_file_checksum (path);

  store = lc_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, LC_ERROR, entry->code);
  g_assert_nonnull (strstr (error->message, "library.db"));
  g_assert_nonnull (strstr (error->message, entry->message));
  g_assert_nonnull (strstr (error->message, "left as it is"));

  /* The command line says the same and exits, the window's start too. */
  lc_test_run_cli (&run, (const char *[]) { "--database", path, "--list", NULL });
  g_assert_cmpint (run.signal, ==, 0);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, entry->message));

  after = lc_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  lc_test_remove_tree (dir);
}

/* ---- Exports onto the library (point 9) ---- */

typedef struct
{
  const char *option;
  const char *target;   /* in the library's folder; "link.db" links to it */
} HostileTarget;

static const HostileTarget targets[] = {
  { "--export", "library.db" },
  { "--export-agenda-pdf", "library.db" },
  { "--export-declaration-pdf", "library.db" },
  { "--export-ics", "library.db-wal" },
  { "--export-schedule-xml", "library.db-shm" },
  { "--export-schedule-json", "library.db-journal" },
  { "--export", "link.db" },
  { "--export-agenda-pdf", "sub/../library.db" },
};

static void
test_export_target (gconstpointer data)
{
  const HostileTarget *entry = data;
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);
  g_autofree char *link = g_build_filename (dir, "link.db", NULL);
  g_autofree char *target = g_build_filename (dir, entry->target, NULL);
  g_autofree char *option = g_strconcat (entry->option, "=", target, NULL);
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (path, &error);
  g_auto(LcTestRun) run = { 0 };

  g_assert_no_error (error);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, lc_test_add_convention (store, "One", "2024-01-01", "2024-01-02"));
  lc_test_add_convention (store, "Two", "2024-01-01", "2024-01-02");
  g_clear_object (&store);
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_cmpint (symlink ("library.db", link), ==, 0);

  lc_test_run_cli (&run, (const char *[]) { "--database", path, "--convention", id, option, NULL });
  g_assert_cmpint (run.signal, ==, 0);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "would replace the library"));

  /* Every convention is still there. */
  store = lc_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_CONVENTION, NULL, 0, NULL), ==, 2);
  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

/* The window exports through the same functions: each refuses the library
 * it has open, through any path, before writing anything. */
static void
test_export_target_core (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *link = g_build_filename (dir, "link.db", NULL);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (path, &error);
  gint64 id;

  g_assert_no_error (error);
  id = lc_test_add_convention (store, "One", "2024-01-01", "2024-01-02");
  g_assert_true (lc_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", NULL));
  g_assert_cmpint (symlink ("library.db", link), ==, 0);
  before = lc_test_file_checksum (path);

  g_assert_false (lc_convention_export_file (store, id, link, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (lc_agenda_export_pdf (store, id, path, LC_AGENDA_LANGUAGE_ENGLISH, LC_PAPER_A4, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (lc_export_ics_file (store, id, LC_LANGUAGE_ENGLISH, wal, NULL, NULL, NULL, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (lc_export_schedule_xml_file (store, id, LC_LANGUAGE_ENGLISH, path, NULL, NULL, NULL, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_false (lc_export_schedule_json_file (store, id, LC_LANGUAGE_ENGLISH, link, NULL, NULL, NULL, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  after = lc_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_CONVENTION, NULL, 0, NULL), ==, 1);

  /* Once the library is closed, the same file may be written. */
  g_clear_object (&store);
  g_assert_true (lc_file_write_atomic (link, "{}", 2, &error));
  g_assert_no_error (error);
  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (libraries); i++)
    {
      g_autofree char *name = g_strconcat ("/hostile-files/library/", libraries[i].name, NULL);

      g_test_add_data_func (name, &libraries[i], test_library);
    }

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      g_autofree char *name = g_strdup_printf ("/hostile-files/export-onto-library/%s/%s",
                                               targets[i].option + 2, targets[i].target);

      g_strdelimit (name + strlen ("/hostile-files/export-onto-library/"), "/", '_');
      g_test_add_data_func (name, &targets[i], test_export_target);
    }

  g_test_add_func ("/hostile-files/export-onto-library/core", test_export_target_core);

  return g_test_run ();
}
