/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "lc-agenda-pdf.h"
#include "lc-convention-check.h"
#include "lc-csv-import.h"
#include "lc-convention-io.h"
#include "lc-error.h"
#include "lc-export-ics.h"
#include "lc-export-schedule.h"
#include "lc-file.h"
#include "lc-json-scan.h"
#include "lc-schedule-import.h"
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

/* ---- A convention's span (point 2) ---- */

typedef struct
{
  const char *title;
  const char *start;
  const char *end;
  const char *zone;
} Details;

/* What a person may type in the New Convention dialog. */
static const Details details[] = {
  { "Yanbu", "2023-05-10", "2023-05-11", "Asia/Riyadh" },
  { "Thirty-one days", "2023-05-01", "2023-05-31", "Asia/Riyadh" },
  { "Thirty-two days", "2023-05-01", "2023-06-01", "Asia/Riyadh" },
  { "Every year", "0001-01-01", "9999-12-31", "Asia/Riyadh" },
  { "A typo", "0023-05-10", "2023-05-11", "Asia/Riyadh" },
  { "Year one", "0001-01-01", "0001-01-02", "UTC" },
  { "Year 9999", "9999-12-30", "9999-12-31", "Africa/Cairo" },
  { "Backwards", "2023-05-11", "2023-05-10", "Asia/Riyadh" },
  { "A file as zone", "2023-05-10", "2023-05-11", "/usr/share/zoneinfo/Asia/Riyadh" },
  { "Climbing out", "2023-05-10", "2023-05-11", "../../usr/share/zoneinfo/UTC" },
  { "An offset", "2023-05-10", "2023-05-11", "+03:00" },
  { "Blank title", "2023-05-10", "2023-05-11", "Asia/Riyadh" },
};

/* Whatever the rules let the program create, its exported file imports
 * again; whatever they refuse, the importer refuses too. */
static void
test_span_round_trip (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *again_path = g_build_filename (dir, "again.db", NULL);
  g_autoptr(LcStore) store = lc_store_open (path, NULL);
  g_autoptr(LcStore) again = lc_store_open (again_path, NULL);
  guint accepted = 0;

  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    {
      const Details *d = &details[i];
      g_autoptr(LcRecord) c = g_object_new (LC_TYPE_CONVENTION, NULL);
      g_autoptr(GError) error = NULL;
      gboolean valid;

      lc_record_set_text (c, "title", "", g_str_equal (d->title, "Blank title") ? "  " : d->title);
      lc_record_set_string (c, "start-date", d->start);
      lc_record_set_string (c, "end-date", d->end);
      lc_record_set_string (c, "time-zone", d->zone);
      valid = lc_convention_validate (c, NULL, &error);
      g_test_message ("%s: %s", d->title, valid ? "valid" : error->message);

      if (valid)
        {
          g_autofree char *json = NULL;
          gsize length;

          g_assert_true (lc_store_insert (store, c, &error));
          json = lc_convention_export_data (store, lc_record_get_id (c), &length, &error);
          g_assert_no_error (error);
          g_assert_cmpint (lc_convention_import_data (again, json, length, d->title, &error), >, 0);
          g_assert_no_error (error);
          accepted++;
        }
      else
        {
          g_autofree char *json = g_strdup_printf ("{\"format\": \"learning-cities-convention\", "
                                                   "\"version\": 2, \"convention\": {\"title\": "
                                                   "{\"en\": \"%s\"}, \"start_date\": \"%s\", "
                                                   "\"end_date\": \"%s\", \"time_zone\": \"%s\"}}",
                                                   g_str_equal (d->title, "Blank title") ? " " : d->title,
                                                   d->start, d->end, d->zone);
          g_clear_error (&error);
          g_assert_cmpint (lc_convention_import_data (again, json, strlen (json), d->title, &error), ==, 0);
          g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
        }
    }

  /* The dates at the limit and the far years are fine; the rest is not. */
  g_assert_cmpuint (accepted, ==, 5);
  g_clear_object (&store);
  g_clear_object (&again);
  lc_test_remove_tree (dir);
}

/* A library written by another program may still hold a convention of
 * eight thousand years: every per-day view and export stays bounded. */
static void
test_span_stored (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr(LcStore) store = lc_store_open (path, NULL);
  const char *options[] = { "--export-schedule-json", "--export-schedule-xml", "--export-ics",
                            "--export-agenda-pdf", "--export" };
  gint64 id;

  id = lc_test_add_convention (store, "Short", "2024-01-01", "2024-01-02");
  g_assert_true (lc_store_exec (store, "UPDATE conventions SET start_date = '0001-01-01', "
                                "end_date = '9999-12-31'", NULL));
  g_clear_object (&store);

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      g_autofree char *out = g_build_filename (dir, "out", NULL);
      g_autofree char *option = g_strconcat (options[i], "=", out, NULL);
      g_autofree char *convention = g_strdup_printf ("%" G_GINT64_FORMAT, id);
      g_auto(LcTestRun) run = { 0 };
      GStatBuf st;

      lc_test_run_cli (&run, (const char *[]) { "--database", path, "--convention", convention,
                                                option, NULL });
      g_test_message ("%s: %.2f s, %" G_GINT64_FORMAT " kB", options[i], run.seconds, run.max_rss_kb);
      g_assert_cmpint (run.status, ==, 0);
      /* Before: 801 MB of JSON in 38 s at 7.5 GB. Generous bounds, for a
       * loaded machine and the sanitizers. */
      g_assert_cmpint (g_stat (out, &st), ==, 0);
      g_assert_cmpint (st.st_size, <, 1024 * 1024);
      g_assert_cmpint (run.max_rss_kb, <, 512 * 1024);
      g_unlink (out);
    }

  lc_test_remove_tree (dir);
}

/* ---- Nesting (point 3) ---- */

/* A convention file whose "comment" holds @levels lists, one in another. */
static char *
nested_file (guint levels)
{
  GString *json = g_string_new ("{\"format\": \"learning-cities-convention\", \"version\": 2, "
                                "\"convention\": {\"title\": {\"en\": \"Deep\"}, "
                                "\"start_date\": \"2024-01-01\", \"end_date\": \"2024-01-01\", "
                                "\"time_zone\": \"UTC\"}, \"comment\": ");

  for (guint i = 0; i < levels; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < levels; i++)
    g_string_append_c (json, ']');
  g_string_append (json, "}");
  return g_string_free (json, FALSE);
}

static void
test_nesting (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *deepest = nested_file (LC_JSON_MAX_DEPTH - 1);
  g_autofree char *too_deep = nested_file (LC_JSON_MAX_DEPTH);
  g_autofree char *hostile = nested_file (100000);
  gint64 start;

  /* The object around everything is the first level. */
  g_assert_cmpint (lc_convention_import_data (store, deepest, strlen (deepest), "deepest.json", &error), >, 0);
  g_assert_no_error (error);

  g_assert_cmpint (lc_convention_import_data (store, too_deep, strlen (too_deep), "deep.json", &error), ==, 0);
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
  g_assert_nonnull (strstr (error->message, "deep.json: line 1: comment[0]"));
  g_assert_nonnull (strstr (error->message, "nested more than 64 levels deep"));
  g_clear_error (&error);

  /* 100,000 levels overflowed json-glib's stack (50,000 passed). */
  start = g_get_monotonic_time ();
  g_assert_cmpint (lc_convention_import_data (store, hostile, strlen (hostile), "hostile.json", &error), ==, 0);
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
  g_assert_nonnull (strstr (error->message, "nested more than 64 levels deep"));
  g_test_message ("100,000 levels refused in %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_CONVENTION, NULL, 0, NULL), ==, 1);

  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GError **error = user_data;

  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  lc_convention_import_file_finish (LC_STORE (source), result, error);
  g_assert_nonnull (*error);
  g_main_context_wakeup (NULL);
}

/* The window imports through lc_convention_import_file_async (): the file
 * is read and checked on a worker thread, the result comes back here. */
static void
test_nesting_async (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autofree char *hostile = nested_file (100000);
  g_autofree char *path = g_build_filename (dir, "hostile.json", NULL);
  GError *error = NULL;

  g_assert_true (g_file_set_contents (path, hostile, -1, NULL));
  lc_convention_import_file_async (store, path, NULL, on_imported, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
  g_assert_nonnull (strstr (error->message, "nested more than 64 levels deep"));
  g_clear_error (&error);

  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

/* ---- Bytes and rows (points 4 and 5) ---- */

typedef struct
{
  const char *name;
  const char *option;   /* --import or --import-speakers */
  const char *source;   /* a path, or "pipe" for 200 MB through a pipe, "sparse" for a 1 GB file */
} HostileSize;

static const HostileSize sizes[] = {
  /* Before: 10.7 GB in 20 s, 8.2 GB, and 6.8 GB for the pipe. */
  { "convention-from-dev-zero", "--import", "/dev/zero" },
  { "speakers-from-dev-zero", "--import-speakers", "/dev/zero" },
  { "convention-from-a-pipe", "--import", "pipe" },
  { "speakers-from-a-pipe", "--import-speakers", "pipe" },
  { "convention-of-1-GB", "--import", "sparse" },
  { "cities-of-1-GB", "--import-cities", "sparse" },
};

static void
test_size (gconstpointer data)
{
  const HostileSize *entry = data;
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autofree char *path = g_strdup (lc_store_get_path (store));
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                         lc_test_add_convention (store, "Kept", "2024-01-01", "2024-01-02"));
  g_autofree char *sparse = g_build_filename (dir, "sparse", NULL);
  g_autofree char *option = NULL;
  g_auto(LcTestRun) run = { 0 };

  g_clear_object (&store);
  if (g_str_equal (entry->source, "sparse"))
    {
      FILE *file = fopen (sparse, "w");

      g_assert_nonnull (file);
      g_assert_cmpint (ftruncate (fileno (file), 1024 * 1024 * 1024), ==, 0);
      fclose (file);
      option = g_strconcat (entry->option, "=", sparse, NULL);
    }
  else if (g_str_equal (entry->source, "pipe"))
    option = g_strconcat (entry->option, "=/dev/stdin", NULL);
  else
    option = g_strconcat (entry->option, "=", entry->source, NULL);

  /* 200 MB of zeros through a pipe, or the file. */
  lc_test_run_cli_with_zeros (&run, (const char *[]) { "--database", path, "--convention", id, option, NULL },
                              g_str_equal (entry->source, "pipe") ? 200 * 1000 * 1000 : 0);
  g_test_message ("%s: %.2f s, %" G_GINT64_FORMAT " kB: %s", entry->name, run.seconds, run.max_rss_kb, run.err);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "the most Learning Cities reads"));
  g_assert_cmpint (run.max_rss_kb, <, 256 * 1024);

  store = lc_store_open (path, NULL);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_CONVENTION, NULL, 0, NULL), ==, 1);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_PERSON, NULL, 0, NULL), ==, 0);
  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

/* @n rows of @row, each followed by its number when @numbered. */
static char *
write_rows (const char *dir,
            const char *name,
            const char *header,
            const char *row,
            gboolean    numbered,
            guint       n)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GString) csv = g_string_new (header);

  for (guint i = 0; i < n; i++)
    if (numbered)
      g_string_append_printf (csv, "%s %u\n", row, i);
    else
      g_string_append_printf (csv, "%s\n", row);
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));
  return g_steal_pointer (&path);
}

static guint
count_lines (const char *text,
             const char *containing)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i]; i++)
    n += strstr (lines[i], containing) != NULL;
  return n;
}

/* 6 million rows took 6.8 GB and 130 s; 3.5 million identical rows printed
 * 3.5 million warnings. */
static void
test_rows (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autofree char *path = g_strdup (lc_store_get_path (store));
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                         lc_test_add_convention (store, "Kept", "2024-01-01", "2024-01-02"));
  g_autofree char *too_many = write_rows (dir, "many.csv", "Name\n", "Person", TRUE, LC_CSV_MAX_ROWS + 1);
  g_autofree char *same = write_rows (dir, "same.csv", "Name,Organisation\n", "Same Person,=Org", FALSE, 50000);
  g_autofree char *option = g_strconcat ("--import-speakers=", too_many, NULL);
  g_auto(LcTestRun) run = { 0 };

  g_clear_object (&store);
  lc_test_run_cli (&run, (const char *[]) { "--database", path, "--convention", id, option, NULL });
  g_test_message ("%u rows: %.2f s, %" G_GINT64_FORMAT " kB", LC_CSV_MAX_ROWS + 1, run.seconds, run.max_rss_kb);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "line 100002: the file has more than 100000 rows"));
  g_assert_cmpint (run.max_rss_kb, <, 512 * 1024);
  lc_test_run_clear (&run);

  g_free (option);
  option = g_strconcat ("--import-speakers=", same, NULL);
  lc_test_run_cli (&run, (const char *[]) { "--database", path, "--convention", id, option, NULL });
  g_test_message ("50,000 identical rows: %.2f s, %" G_GINT64_FORMAT " kB", run.seconds, run.max_rss_kb);
  g_assert_cmpint (run.status, ==, 0);
  /* Ten rows of each kind, then one line that counts the rest. */
  g_assert_cmpuint (count_lines (run.out, "merged into it"), ==, 10);
  g_assert_cmpuint (count_lines (run.out, "…and 49989 more rows like those above, up to line 50001"), ==, 1);
  g_assert_cmpuint (count_lines (run.out, "like a spreadsheet formula"), ==, 11);
  g_assert_cmpuint (count_lines (run.out, "(and 49990 more rows like this, up to line 50001)"), ==, 1);
  g_assert_cmpuint (count_lines (run.out, ""), <, 40);

  lc_test_remove_tree (dir);
}

/* ---- Conference schedules (XML) ---- */

static char *
billion_laughs (void)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [\n<!ENTITY lol0 \"lol\">\n");

  for (int i = 1; i < 10; i++)
    g_string_append_printf (xml, "<!ENTITY lol%d \"&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;&lol%d;"
                            "&lol%d;&lol%d;\">\n", i, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1,
                            i - 1, i - 1, i - 1);
  g_string_append (xml, "]>\n<schedule><conference><title>&lol9;</title></conference></schedule>\n");
  return g_string_free (xml, FALSE);
}

static char *
external_entity (void)
{
  return g_strdup ("<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                   "<schedule><conference><title>&secret;</title>"
                   "<time_zone_name>UTC</time_zone_name></conference></schedule>\n");
}

static char *
repeated (const char *head,
          const char *element,
          guint       times,
          const char *tail)
{
  GString *xml = g_string_new (head);

  for (guint i = 0; i < times; i++)
    g_string_append (xml, element);
  g_string_append (xml, tail);
  return g_string_free (xml, FALSE);
}

static char *
million_events (void)
{
  return repeated ("<schedule>", "<event/>", 1000000, "</schedule>");
}

static char *
million_elements (void)
{
  return repeated ("<schedule><conference>", "<x/>", 1000000, "</conference></schedule>");
}

static char *
deep_nesting (void)
{
  g_autofree char *open = repeated ("<schedule>", "<a>", 100000, "");
  GString *xml = g_string_new (open);

  for (guint i = 0; i < 100000; i++)
    g_string_append (xml, "</a>");
  g_string_append (xml, "</schedule>");
  return g_string_free (xml, FALSE);
}

/* The pretalx-style test file, cut in the middle of its events. */
static char *
truncated (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("LC_SOURCE_DIR"), "tests", "data",
                                            "schedule-pretalx.xml", NULL);
  char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  contents[length / 2] = '\0';
  return contents;
}

static char *
wrong_root (void)
{
  return g_strdup ("\xef\xbb\xbf<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
}

typedef struct
{
  const char *name;
  char     *(*make) (void);
  const char *message;   /* a part of the message */
} HostileSchedule;

static const HostileSchedule schedules[] = {
  { "billion-laughs", billion_laughs, "line 2: the file declares a document type" },
  { "external-entity", external_entity, "line 2: the file declares a document type" },
  { "million-events", million_events, "line 1: the file holds more than 10000 events" },
  { "million-elements", million_elements, "line 1: the file holds more than 500000 elements" },
  { "deep-nesting", deep_nesting, "line 1: elements are nested more than 32 levels deep" },
  { "truncated", truncated, "the file is not well-formed XML" },
  { "wrong-root", wrong_root, "line 2: this is not a conference schedule" },
};

/* Refused through the command line's import, as a person runs it: fast,
 * in little memory, naming the file and the place, writing nothing. */
static void
test_schedule (gconstpointer data)
{
  const HostileSchedule *entry = data;
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autofree char *xml = entry->make ();
  g_autofree char *path = g_build_filename (dir, "hostile.xml", NULL);
  g_auto(LcTestRun) run = { 0 };

  g_assert_true (g_file_set_contents (path, xml, -1, NULL));
  lc_test_run_cli (&run, (const char *[]) { "--database", lc_store_get_path (store), "--import", path,
                                            NULL });
  g_test_message ("%s (%zu bytes): %.2f s, %" G_GINT64_FORMAT " kB", entry->name, strlen (xml),
                  run.seconds, run.max_rss_kb);
  g_assert_cmpint (run.signal, ==, 0);
  g_assert_cmpint (run.status, ==, 1);
  if (strstr (run.err, "hostile.xml: ") == NULL || strstr (run.err, entry->message) == NULL)
    g_error ("“%s” does not say “%s”", run.err, entry->message);
  /* Nothing of /etc/passwd reached a message. */
  g_assert_null (strstr (run.err, "root:"));
  /* Far under what expanding or keeping the whole file would take. */
  g_assert_cmpint (run.max_rss_kb, <, 200 * 1024);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_CONVENTION, NULL, 0, NULL), ==, 0);

  g_clear_object (&store);
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
  g_test_add_func ("/hostile-files/span/created-imports-again", test_span_round_trip);
  g_test_add_func ("/hostile-files/nesting/limit", test_nesting);
  g_test_add_func ("/hostile-files/rows", test_rows);
  g_test_add_func ("/hostile-files/nesting/on-a-worker", test_nesting_async);
  g_test_add_func ("/hostile-files/span/stored-by-another-program", test_span_stored);

  for (guint i = 0; i < G_N_ELEMENTS (schedules); i++)
    {
      g_autofree char *name = g_strconcat ("/hostile-files/schedule/", schedules[i].name, NULL);

      g_test_add_data_func (name, &schedules[i], test_schedule);
    }

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *name = g_strconcat ("/hostile-files/bytes/", sizes[i].name, NULL);

      g_test_add_data_func (name, &sizes[i], test_size);
    }

  return g_test_run ();
}
