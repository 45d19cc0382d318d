/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lc-convention-io.h"
#include "lc-convention-model.h"
#include "lc-error.h"
#include "lc-generator.h"
#include "lc-test-util.h"
#include "lc-undo.h"

/*
 * Other processes (issue 20): a library another process is writing, one
 * left with committed changes in its WAL, one in a folder or of a user
 * this process may not write or read, symbolic links, the file size limit,
 * and exports killed half-way. Each case runs the real code in a separate
 * process where it must (another user, a resource limit, a kill). Just
 * over 800 lines, for the child processes each case starts and watches.
 */

/* The user a test runs as when it must not be the library's owner: as root,
 * "nobody"; otherwise the tests take away the owner's own rights instead. */
#define OTHER_UID 65534

static void
become_other_user (void)
{
  if (geteuid () == 0 && (setgid (OTHER_UID) != 0 || setuid (OTHER_UID) != 0))
    _exit (90);
}

/* Runs @func in a child process as another user; returns its exit status. */
static int
run_as_other_user (int      (*func) (gpointer data),
                   gpointer    data)
{
  pid_t pid = fork ();
  int status;

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      become_other_user ();
      _exit (func (data));
    }

  while (waitpid (pid, &status, 0) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static int
check_tmp (gpointer data)
{
  return g_access (g_get_tmp_dir (), W_OK) == 0 ? 0 : 1;
}

/* The other user must be able to write the temporary folder, where the app
 * copies a library it may only read. Some sandboxes (flatpak-builder's, where
 * the Flatpak's tests run) map that user to one that may not: the case says
 * so and skips. */
static gboolean
other_user_can_use_tmp (void)
{
  if (run_as_other_user (check_tmp, NULL) == 0)
    return TRUE;
  g_test_skip ("the other user cannot write the temporary folder in this sandbox");
  return FALSE;
}

/* A folder others may read: g_dir_make_tmp () makes it 0700. */
static char *
make_shared_dir (void)
{
  char *dir = lc_test_make_tmpdir ();

  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  return dir;
}

/* A library with @n conventions whose last commits stay in its WAL: the
 * process that wrote them ends without closing it, as after a crash. */
static void
make_library_with_wal (const char *path,
                       guint       n)
{
  pid_t pid = fork ();
  int status;

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      LcStore *store = lc_store_open (path, NULL);

      if (store == NULL)
        _exit (2);
      /* No checkpoint may move the commits into the file itself. */
      lc_store_exec (store, "PRAGMA wal_autocheckpoint = 0", NULL);
      for (guint i = 0; i < n; i++)
        lc_test_add_convention (store, "In the WAL", "2024-01-01", "2024-01-02");
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
}

static int
count_conventions (gpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (data, &error);
  g_autoptr(GListStore) list = NULL;

  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 100;
    }
  if (!lc_store_is_read_only (store))
    return 101;
  list = lc_store_list_conventions (store, &error);
  return list ? (int) g_list_model_get_n_items (G_LIST_MODEL (list)) : 102;
}

static void
set_read_only_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_chmod (file, 0444), ==, 0);
    }
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
}

/* Point 10: committed data in the WAL of a library in a folder that cannot
 * be written is shown, with its shared-memory file there or not. */
static void
test_read_only_sees_wal (void)
{
  g_autofree char *dir = make_shared_dir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  if (!other_user_can_use_tmp ())
    {
      lc_test_remove_tree (dir);
      return;
    }

  make_library_with_wal (path, 2);
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);
  set_read_only_files (dir);

  g_assert_cmpint (run_as_other_user (count_conventions, path), ==, 2);

  /* Without the shared-memory file (copied without it, say). */
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_cmpint (g_unlink (shm), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  g_assert_cmpint (run_as_other_user (count_conventions, path), ==, 2);

  /* Nothing was written there. */
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  lc_test_remove_tree (dir);
}

typedef struct
{
  const char *path;
  guint       rounds;
} ReadWhileWriting;

/* Reads the library @rounds times while its owner writes: each open is
 * whole, or says the library is busy; it is never called damaged. */
static int
read_while_writing (gpointer data)
{
  ReadWhileWriting *r = data;
  guint busy = 0;

  for (guint i = 0; i < r->rounds; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LcStore) store = lc_store_open (r->path, &error);
      g_autoptr(GListStore) list = NULL;

      if (store != NULL)
        list = lc_store_list_conventions (store, &error);
      if (g_error_matches (error, LC_ERROR, LC_ERROR_BUSY))
        busy++;
      else if (error != NULL)
        {
          g_printerr ("round %u: %s\n", i, error->message);
          return 1;
        }
    }

  return busy == r->rounds ? 2 : 0;
}

static void
test_read_only_while_writing (void)
{
  g_autofree char *dir = make_shared_dir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  ReadWhileWriting r = { path, 40 };
  g_autoptr(LcStore) store = lc_store_open (path, NULL);
  int pipe_fds[2];
  pid_t writer;
  int status;
  char go;

  if (!other_user_can_use_tmp ())
    {
      lc_test_remove_tree (dir);
      return;
    }

  lc_test_add_convention (store, "Owner's", "2024-01-01", "2024-01-02");
  g_clear_object (&store);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_cmpint (pipe (pipe_fds), ==, 0);

  /* The owner writes until the reader is done. */
  writer = fork ();
  g_assert_cmpint (writer, >=, 0);
  if (writer == 0)
    {
      LcStore *owner = lc_store_open (path, NULL);

      close (pipe_fds[0]);
      if (owner == NULL)
        _exit (2);
      g_assert_cmpint (write (pipe_fds[1], "r", 1), ==, 1);
      for (;;)
        {
          gint64 id = lc_test_add_convention (owner, "Written while read", "2024-02-01", "2024-02-03");
          g_autoptr(LcRecord) c = lc_store_get (owner, LC_TYPE_CONVENTION, id, NULL);

          lc_store_delete (owner, c, NULL);
        }
    }
  close (pipe_fds[1]);
  g_assert_cmpint (read (pipe_fds[0], &go, 1), ==, 1);
  close (pipe_fds[0]);

  /* The readers may not write in the folder, so they open read-only. */
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  g_assert_cmpint (run_as_other_user (read_while_writing, &r), ==, 0);

  kill (writer, SIGKILL);
  g_assert_cmpint (waitpid (writer, &status, 0), ==, writer);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  lc_test_remove_tree (dir);
}

static int
open_other_users_library (gpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (data, &error);

  if (store != NULL)
    return 1;
  if (!g_error_matches (error, LC_ERROR, LC_ERROR_NO_ACCESS))
    return 2;
  /* True words: it cannot be read, so not "you can still read it". */
  if (strstr (error->message, "may not read") == NULL || strstr (error->message, "still read") != NULL)
    return 3;
  return 0;
}

/* Point 11: another user's library, readable only by them. */
static void
test_other_users_library (void)
{
  g_autofree char *dir = make_shared_dir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr(LcStore) store = lc_store_open (path, NULL);
  g_autofree char *before = NULL, *after = NULL;

  if (!other_user_can_use_tmp ())
    {
      lc_test_remove_tree (dir);
      return;
    }

  lc_test_add_convention (store, "Private", "2024-01-01", "2024-01-02");
  g_clear_object (&store);
  before = lc_test_file_checksum (path);
  g_assert_cmpint (g_chmod (path, 0000), ==, 0);

  g_assert_cmpint (run_as_other_user (open_other_users_library, path), ==, 0);

  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  after = lc_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  lc_test_remove_tree (dir);
}

/* Point 11: symbolic links are followed, for a folder and for the file;
 * the WAL is made beside the real file, where every path finds it. */
static void
test_symlinks (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *real_dir = g_build_filename (dir, "real", NULL);
  g_autofree char *real = g_build_filename (real_dir, "library.db", NULL);
  g_autofree char *folder_link = g_build_filename (dir, "linked-folder", NULL);
  g_autofree char *through_folder = g_build_filename (folder_link, "library.db", NULL);
  g_autofree char *file_link = g_build_filename (dir, "linked.db", NULL);
  g_autofree char *real_wal = g_strconcat (real, "-wal", NULL);
  g_autofree char *link_wal = g_strconcat (file_link, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = NULL;
  g_autoptr(LcStore) other = NULL;
  g_autoptr(GListStore) list = NULL;

  g_assert_cmpint (g_mkdir (real_dir, 0700), ==, 0);
  store = lc_store_open (real, &error);
  g_assert_no_error (error);
  lc_test_add_convention (store, "Real", "2024-01-01", "2024-01-02");
  g_clear_object (&store);
  g_assert_cmpint (symlink ("real", folder_link), ==, 0);
  g_assert_cmpint (symlink ("real/library.db", file_link), ==, 0);

  store = lc_store_open (through_folder, &error);
  g_assert_no_error (error);
  g_assert_false (lc_store_is_read_only (store));
  lc_test_add_convention (store, "Through the folder", "2024-01-01", "2024-01-02");

  other = lc_store_open (file_link, &error);
  g_assert_no_error (error);
  g_assert_false (lc_store_is_read_only (other));
  lc_test_add_convention (other, "Through the file", "2024-01-01", "2024-01-02");
  g_assert_true (g_file_test (real_wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (link_wal, G_FILE_TEST_EXISTS));

  /* Both see every change, whichever path made it. */
  list = lc_store_list_conventions (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);

  g_clear_object (&store);
  g_clear_object (&other);
  lc_test_remove_tree (real_dir);
  g_unlink (folder_link);
  g_unlink (file_link);
  lc_test_remove_tree (dir);
}

/* Point 17: under the file size limit (ulimit -f) the command line says
 * so, for an export and for the library, and leaves nothing behind. */
static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { 256 * 1024, 256 * 1024 };

  setrlimit (RLIMIT_FSIZE, &limit);
}

static void
run_limited (LcTestRun         *run,
             const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  /* A locale every system has: the messages checked are the English ones. */
  g_auto(GStrv) envp = lc_test_cli_environ ("C.UTF-8");
  int status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("LC_EXECUTABLE"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  memset (run, 0, sizeof *run);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, limit_file_size, NULL,
                &run->out, &run->err, &status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (status) ? WEXITSTATUS (status) : -1;
  run->signal = WIFSIGNALED (status) ? WTERMSIG (status) : 0;
  if (run->signal != 0)
    g_test_message ("the command line died of signal %d:\n%s", run->signal, run->err);
}

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static gint64
generate (LcStore *store,
          guint    n_items)
{
  g_autoptr(GError) error = NULL;
  LcGeneratorSize size;
  gint64 id;

  lc_generator_size_init (&size, n_items);
  id = lc_generator_create (store, &size, 7, &error);
  g_assert_no_error (error);
  return id;
}

static void
test_file_size_limit (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "library.db", NULL);
  g_autofree char *out = g_build_filename (dir, "out.json", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *json = g_build_filename (dir, "big.json", NULL);
  g_autofree char *small_db = g_build_filename (dir, "small.db", NULL);
  g_autofree char *id = NULL;
  g_autoptr(LcStore) store = lc_store_open (db, NULL);
  g_auto(LcTestRun) run = { 0 };
  guint files;

  id = g_strdup_printf ("%" G_GINT64_FORMAT, generate (store, 600));
  g_assert_true (lc_convention_export_file (store, g_ascii_strtoll (id, NULL, 10), json, NULL));
  g_clear_object (&store);
  files = count_files (dir);

  run_limited (&run, (const char *[]) { "--database", db, "--convention", id, "--export", out, NULL });
  g_assert_cmpint (run.signal, ==, 0);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "file size limit"));
  lc_test_run_clear (&run);

  run_limited (&run, (const char *[]) { "--database", db, "--convention", id,
                                          "--export-agenda-pdf", pdf, NULL });
  g_assert_cmpint (run.signal, ==, 0);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "file size limit"));
  lc_test_run_clear (&run);

  /* The library itself cannot grow: the import is refused, nothing lost. */
  run_limited (&run, (const char *[]) { "--database", small_db, "--import", json, NULL });
  g_assert_cmpint (run.signal, ==, 0);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "file size limit"));
  g_assert_null (strstr (run.err, "disk I/O error"));

  /* No export appeared, and no temporary file was left (the new library
   * and its working files aside). */
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      g_assert_true (g_str_has_prefix (name, "library.db") || g_str_has_prefix (name, "small.db")
                     || g_str_equal (name, "big.json"));
  }
  g_assert_cmpuint (count_files (dir), >=, files);
  lc_test_remove_tree (dir);
}

/* Point 17: an export killed at any moment leaves the old file or the new
 * one, and no temporary file beside it. */
static void
test_killed_export (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "library.db", NULL);
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autofree char *out = g_build_filename (out_dir, "out.json", NULL);
  g_autofree char *id = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(LcStore) store = lc_store_open (db, NULL);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { g_getenv ("LC_EXECUTABLE"), "--database", db, "--convention", NULL,
                         "--export", out, NULL };
  g_autoptr(GRand) rand = g_rand_new ();
  g_auto(GStrv) envp = lc_test_cli_environ ("C.UTF-8");
  guint killed = 0;

  id = g_strdup_printf ("%" G_GINT64_FORMAT, generate (store, 2000));
  argv[4] = id;
  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  g_assert_true (lc_convention_export_file (store, g_ascii_strtoll (id, NULL, 10), out, NULL));
  expected = lc_test_file_checksum (out);
  g_clear_object (&store);

  for (guint round = 0; round < 12; round++)
    {
      GPid pid;
      int status;

      g_spawn_async (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, &pid, &error);
      g_assert_no_error (error);
      /* Anywhere from start-up to the end of writing (about half a second). */
      g_usleep (g_rand_int_range (rand, 0, 600000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      killed += WIFSIGNALED (status);

      /* The same convention: the old file and the new one are the same. */
      {
        g_autofree char *now = lc_test_file_checksum (out);

        g_assert_cmpstr (now, ==, expected);
      }
      g_assert_cmpuint (count_files (out_dir), ==, 1);
    }
  g_test_message ("%u of 12 exports were killed before they ended", killed);
  lc_test_remove_tree (out_dir);
  lc_test_remove_tree (dir);
}

/* ---- Point 7: another process's change, while this one shows the library ---- */

typedef struct
{
  LcRecord   *record;
  const char *property;
  const char *value;
} Expect;

static gboolean
shows (gpointer data)
{
  Expect *e = data;

  return g_strcmp0 (lc_record_get_string (e->record, e->property), e->value) == 0;
}

static gboolean
has_n_people (gpointer data)
{
  LcConventionModel *model = data;

  return g_list_model_get_n_items (lc_convention_model_get_people (model)) == 3;
}

/* Runs the main loop until @done, or fails after @seconds; returns the time. */
static double
wait_until (gboolean (*done) (gpointer),
            gpointer   data,
            double     seconds)
{
  gint64 start = g_get_monotonic_time ();

  /* The store's watch wakes the loop four times a second. */
  while (!done (data))
    {
      g_assert_cmpfloat ((g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC, <, seconds);
      g_main_context_iteration (NULL, TRUE);
    }

  return (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
}

static gint64
add_person (LcStore    *store,
            gint64      convention,
            const char *name,
            const char *organisation)
{
  g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (person, "convention-id", convention);
  lc_record_set_text (person, "name", "", name);
  lc_record_set_text (person, "organisation", "", organisation);
  lc_record_set_text (person, "position", "", "Director");
  g_assert_true (lc_store_insert (store, person, &error));
  return lc_record_get_id (person);
}

static void
test_outside_change (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autofree char *csv = g_build_filename (dir, "speakers.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcConventionModel) model = NULL;
  g_autoptr(LcUndoStack) undo = NULL;
  g_autoptr(LcRecord) editor = NULL;
  g_autoptr(LcRecord) stored = NULL;
  g_auto(LcTestRun) run = { 0 };
  g_autofree char *option = g_strconcat ("--import-speakers=", csv, NULL);
  g_autofree char *convention = NULL;
  LcRecord *shown;
  gint64 id, samah;
  double seconds;

  id = lc_test_add_convention (store, "Two processes", "2024-01-01", "2024-01-02");
  convention = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  samah = add_person (store, id, "Samah Shalaby", "Old Organisation");
  add_person (store, id, "Ali Omar", "Yanbu");

  /* The window: the open convention, its undo history, and an editor that
   * was opened on Samah before the command line ran. */
  model = lc_convention_model_load (store, id, &error);
  g_assert_no_error (error);
  undo = lc_undo_stack_new (store);
  shown = lc_convention_model_lookup (model, LC_TYPE_PERSON, samah);
  editor = lc_record_copy (shown);

  /* The command line changes her organisation and adds a third person. */
  g_assert_true (g_file_set_contents (csv, "Name,Organisation\n"
                                           "Samah Shalaby,Changed by the command line\n"
                                           "Huda Saleh,Aqaba\n", -1, NULL));
  lc_test_run_cli (&run, (const char *[]) { "--database", lc_store_get_path (store),
                                            "--convention", convention, option, NULL });
  g_assert_cmpint (run.status, ==, 0);

  /* The window shows both within a second (generous on a loaded machine). */
  seconds = wait_until (shows, &(Expect) { shown, "organisation-en", "Changed by the command line" }, 20);
  g_test_message ("the change showed after %.2f s", seconds);
  wait_until (has_n_people, model, 20);

  /* A later edit in the window, from the editor opened before: it writes
   * only what was changed there, and keeps the command line's change. */
  lc_record_set_text (editor, "position", "", "Minister");
  g_assert_true (lc_undo_stack_update (undo, editor, "Edit Person", &error));
  g_assert_no_error (error);
  stored = lc_store_get (store, LC_TYPE_PERSON, samah, &error);
  g_assert_cmpstr (lc_record_get_string (stored, "organisation-en"), ==, "Changed by the command line");
  g_assert_cmpstr (lc_record_get_string (stored, "position-en"), ==, "Minister");
  g_assert_cmpstr (lc_record_get_string (shown, "position-en"), ==, "Minister");
  g_assert_cmpstr (lc_record_get_string (shown, "organisation-en"), ==, "Changed by the command line");

  /* Undo takes back the window's edit only. */
  g_assert_true (lc_undo_stack_undo (undo, &error));
  g_clear_object (&stored);
  stored = lc_store_get (store, LC_TYPE_PERSON, samah, &error);
  g_assert_cmpstr (lc_record_get_string (stored, "position-en"), ==, "Director");
  g_assert_cmpstr (lc_record_get_string (stored, "organisation-en"), ==, "Changed by the command line");

  g_clear_object (&model);
  g_clear_object (&undo);
  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

/* ---- Point 8: another process holds the library ---- */

static void
count_notify (guint *n)
{
  (*n)++;
}

static gboolean
notified_twice (gpointer data)
{
  return *(guint *) data >= 2;
}

static gboolean
nothing_pending (gpointer data)
{
  return lc_undo_stack_get_n_pending (data) == 0;
}

static void
test_busy_library (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autofree char *path = g_strdup (lc_store_get_path (store));
  g_autoptr(GError) error = NULL;
  g_autoptr(LcConventionModel) model = NULL;
  g_autoptr(LcUndoStack) undo = NULL;
  g_autoptr(LcRecord) edit = NULL;
  g_autoptr(LcRecord) added = NULL;
  g_autoptr(LcRecord) stored = NULL;
  LcTestLock lock;
  LcRecord *shown;
  gint64 id, samah, start;
  double seconds;

  id = lc_test_add_convention (store, "Busy", "2024-01-01", "2024-01-02");
  samah = add_person (store, id, "Samah Shalaby", "Yanbu");
  lc_store_set_interactive (store, TRUE);
  model = lc_convention_model_load (store, id, &error);
  g_assert_no_error (error);
  undo = lc_undo_stack_new (store);
  shown = lc_convention_model_lookup (model, LC_TYPE_PERSON, samah);

  /* Another process takes the library's write lock, as a long import does,
   * and keeps it until told to commit its own change. */
  lc_test_lock_hold (&lock, path, "UPDATE people SET honorific_en = 'Dr'");

  /* An edit in the window: it does not wait (before, it froze the window
   * for 5 s and failed with "database is locked"), it shows at once, and
   * it waits in the queue. */
  edit = lc_record_copy (shown);
  lc_record_set_text (edit, "position", "", "Minister");
  start = g_get_monotonic_time ();
  g_assert_true (lc_undo_stack_update (undo, edit, "Edit Person", &error));
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_test_message ("the edit returned after %.3f s", seconds);
  g_assert_no_error (error);
  g_assert_cmpfloat (seconds, <, 1.0);
  g_assert_cmpuint (lc_undo_stack_get_n_pending (undo), ==, 1);
  g_assert_cmpstr (lc_record_get_string (shown, "position-en"), ==, "Minister");

  /* A reload meanwhile (another change seen) shows the library as it is,
   * with the waiting edit on top. */
  {
    guint notified = 0;
    gulong handler = g_signal_connect_swapped (shown, "notify::position-en", G_CALLBACK (count_notify),
                                               &notified);

    g_signal_emit_by_name (store, "external-change");
    wait_until (notified_twice, &notified, 20);
    g_signal_handler_disconnect (shown, handler);
    g_assert_cmpstr (lc_record_get_string (shown, "position-en"), ==, "Minister");
  }

  /* Nor can an edit in a group (an item and its people, saved as one). */
  lc_undo_stack_begin_group (undo, "Edit Item");
  g_assert_false (lc_undo_stack_update (undo, edit, NULL, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_BUSY);
  g_clear_error (&error);
  lc_undo_stack_end_group (undo);
  g_assert_cmpuint (lc_undo_stack_get_n_pending (undo), ==, 1);

  /* Adding a record cannot wait in a queue (its id is not known yet): it
   * says at once that the library is busy; nothing is lost. */
  added = g_object_new (LC_TYPE_PERSON, NULL);
  lc_record_set_int (added, "convention-id", id);
  lc_record_set_text (added, "name", "", "Huda Saleh");
  start = g_get_monotonic_time ();
  g_assert_false (lc_undo_stack_insert (undo, added, "Add Person", &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_BUSY);
  g_assert_cmpfloat ((g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC, <, 1.0);
  g_clear_error (&error);

  /* The other process commits and ends; the queued edit is written. */
  lc_test_lock_release (&lock);
  seconds = wait_until (nothing_pending, undo, 20);
  g_test_message ("the queued edit was written %.2f s after the lock was free", seconds);

  stored = lc_store_get (store, LC_TYPE_PERSON, samah, &error);
  g_assert_cmpstr (lc_record_get_string (stored, "position-en"), ==, "Minister");
  g_assert_cmpstr (lc_record_get_string (stored, "honorific-en"), ==, "Dr");
  g_assert_cmpstr (lc_undo_stack_get_undo_label (undo), ==, "Undo Edit Person");

  /* Now the library is free: adding works, and undo takes back only the
   * window's own edits. */
  g_assert_true (lc_undo_stack_insert (undo, added, "Add Person", &error));
  g_assert_no_error (error);
  g_assert_true (lc_undo_stack_undo (undo, &error));
  g_assert_true (lc_undo_stack_undo (undo, &error));
  g_clear_object (&stored);
  stored = lc_store_get (store, LC_TYPE_PERSON, samah, &error);
  g_assert_cmpstr (lc_record_get_string (stored, "position-en"), ==, "Director");
  g_assert_cmpstr (lc_record_get_string (stored, "honorific-en"), ==, "Dr");

  g_clear_object (&model);
  g_clear_object (&undo);
  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/processes/read-only/sees-the-wal", test_read_only_sees_wal);
  g_test_add_func ("/processes/read-only/while-the-owner-writes", test_read_only_while_writing);
  g_test_add_func ("/processes/access/another-users-library", test_other_users_library);
  g_test_add_func ("/processes/access/symbolic-links", test_symlinks);
  g_test_add_func ("/processes/limits/file-size", test_file_size_limit);
  g_test_add_func ("/processes/limits/killed-export", test_killed_export);
  g_test_add_func ("/processes/outside-change/shown-and-kept", test_outside_change);
  g_test_add_func ("/processes/busy/the-window-never-waits", test_busy_library);

  return g_test_run ();
}
