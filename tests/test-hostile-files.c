/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "lc-error.h"
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

  return g_test_run ();
}
