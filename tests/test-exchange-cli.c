/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-convention-io.h"
#include "test-exchange-util.h"

/* Issue 15's command line, as an organiser types it: both import the same
 * convention file with --import, each renames the same item, Amal sends
 * her changes with --send-changes, and Badr merges them with
 * --merge-changes: refused while the conflict is not resolved (exit 1,
 * nothing written), shown with --dry-run, merged with --prefer=theirs, and
 * "merged already" the second time. */

static char *
cli_ok (const char *const *args)
{
  LcTestRun run = { 0 };
  char *out;

  lc_test_run_cli (&run, args);
  g_test_message ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);
  out = g_strdup (run.out);
  lc_test_run_clear (&run);
  return out;
}

static void
rename_first_item (const char *db,
                   const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (db, &error);
  g_autoptr(GListStore) items = NULL;
  g_autoptr(LcRecord) item = NULL;

  g_assert_no_error (error);
  items = lc_store_list (store, LC_TYPE_ITEM, "convention_id", 1, &error);
  item = g_list_model_get_item (G_LIST_MODEL (items), 0);
  lc_record_set_string (item, "title-en", title);
  g_assert_true (lc_store_update (store, item, &error));
  g_assert_no_error (error);
}

static char *
first_title (const char *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (db, &error);
  g_autoptr(GListStore) items = lc_store_list (store, LC_TYPE_ITEM, "convention_id", 1, &error);
  g_autoptr(LcRecord) item = g_list_model_get_item (G_LIST_MODEL (items), 0);

  g_assert_no_error (error);
  return g_strdup (lc_record_get_string (item, "title-en"));
}

static void
test_conflict (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *shared = exchange_shared_file (dir);
  g_autofree char *a = g_build_filename (dir, "amal.db", NULL);
  g_autofree char *b = g_build_filename (dir, "badr.db", NULL);
  g_autofree char *changes = g_build_filename (dir, "amal.changes", NULL);
  g_autofree char *send = g_strdup_printf ("--send-changes=%s", changes);
  g_autofree char *merge = g_strdup_printf ("--merge-changes=%s", changes);
  g_autofree char *import = g_strdup_printf ("--import=%s", shared);
  g_autofree char *out = NULL, *before = NULL, *after = NULL, *title = NULL;
  LcTestRun run = { 0 };

  g_free (cli_ok ((const char *[]) { "--database", a, import, NULL }));
  g_free (cli_ok ((const char *[]) { "--database", b, import, NULL }));
  rename_first_item (a, "Amal's title");
  rename_first_item (b, "Badr's title");

  out = cli_ok ((const char *[]) { "--database", a, send, "--author=Amal", NULL });
  g_assert_nonnull (strstr (out, "1 record added, changed or deleted is in the changes file."));

  before = lc_test_file_checksum (b);
  lc_test_run_cli (&run, (const char *[]) { "--database", b, merge, NULL });
  g_test_message ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "Conflict 1, Agenda items, Badr's title: not resolved"));
  g_assert_nonnull (strstr (run.out, "here “Badr's title”, in the file “Amal's title”"));
  g_assert_nonnull (strstr (run.err, "1 conflict is not resolved"));
  lc_test_run_clear (&run);
  after = lc_test_file_checksum (b);
  g_assert_cmpstr (before, ==, after);

  g_free (out);
  out = cli_ok ((const char *[]) { "--database", b, merge, "--prefer=theirs", "--dry-run", NULL });
  g_assert_nonnull (strstr (out, "title (English): “Badr's title” → “Amal's title”"));
  g_assert_nonnull (strstr (out, "taken from the file"));
  g_free (after);
  after = lc_test_file_checksum (b);
  g_assert_cmpstr (before, ==, after);

  g_free (out);
  out = cli_ok ((const char *[]) { "--database", b, merge, "--prefer=theirs", NULL });
  title = first_title (b);
  g_assert_cmpstr (title, ==, "Amal's title");

  g_free (out);
  out = cli_ok ((const char *[]) { "--database", b, merge, NULL });
  g_assert_nonnull (strstr (out, "was merged already"));

  lc_test_run_cli (&run, (const char *[]) { "--database", b, merge, "--prefer=both", NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "--prefer is mine or theirs"));
  lc_test_run_clear (&run);

  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lc_test_use_build_catalogue ();

  g_test_add_func ("/exchange-cli/conflict", test_conflict);

  return g_test_run ();
}
