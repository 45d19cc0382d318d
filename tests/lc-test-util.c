/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>

#include <errno.h>
#include <signal.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <unistd.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "lc-test-util.h"

/**
 * lc_test_skip_all:
 * @format: why the whole program skips, printf-style
 *
 * For a test program that cannot run at all here (a tool missing, no
 * display): says why on stderr and as TAP's "1..0 # SKIP", which meson
 * counts as skipped. Call before g_test_run().
 *
 * Returns: 0, the exit status TAP wants with that plan
 */
int
lc_test_skip_all (const char *format,
                  ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("skipping: %s\n", reason);
  g_print ("1..0 # SKIP %s\n", reason);
  return 0;
}

/**
 * lc_test_use_build_catalogue:
 *
 * Makes lc_l10n_gettext () and the like read the catalogue the build made
 * (build/po), unless LC_LOCALEDIR names one already: call it before any
 * text is translated.
 */
void
lc_test_use_build_catalogue (void)
{
  const char *build_dir = g_getenv ("LC_BUILD_DIR");

  if (g_getenv ("LC_LOCALEDIR") == NULL && build_dir != NULL)
    {
      g_autofree char *localedir = g_build_filename (build_dir, "po", NULL);

      g_setenv ("LC_LOCALEDIR", localedir, TRUE);
    }
}

char *
lc_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("lc-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
lc_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          lc_test_remove_tree (child);
        else
          g_unlink (child);
      }
  g_rmdir (path);
}

char *
lc_test_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("missing");

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

LcStore *
lc_test_open_store (char **dir_out)
{
  g_autoptr(GError) error = NULL;
  char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  LcStore *store = lc_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  *dir_out = dir;
  return store;
}

/**
 * lc_test_write_sample_moving_item:
 * @dir: the folder to write in
 * @item_ref: an item's "id" in the sample convention file, such as
 *   "item-d1-opening"
 * @day: its new day, YYYY-MM-DD
 *
 * Writes a copy of the sample convention file ($LC_SAMPLE) into @dir with
 * the day of one item changed, as an organiser's file that does not agree
 * with its own dates.
 *
 * Returns: (transfer full): the copy's path
 */
char *
lc_test_write_sample_moving_item (const char *dir,
                                  const char *item_ref,
                                  const char *day)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "moved-item.json", NULL);
  JsonArray *items;
  guint moved = 0;

  json_parser_load_from_file (parser, g_getenv ("LC_SAMPLE"), &error);
  g_assert_no_error (error);
  items = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                        "items");
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (g_strcmp0 (json_object_get_string_member (item, "id"), item_ref) == 0)
        {
          json_object_set_string_member (item, "day", day);
          moved++;
        }
    }
  g_assert_cmpuint (moved, ==, 1);

  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_to_file (generator, path, &error);
  g_assert_no_error (error);

  return path;
}

gint64
lc_test_add_convention (LcStore    *store,
                        const char *title_en,
                        const char *start,
                        const char *end)
{
  g_autoptr(LcRecord) c = g_object_new (LC_TYPE_CONVENTION, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_text (c, "title", "", title_en);
  lc_record_set_string (c, "start-date", start);
  lc_record_set_string (c, "end-date", end);
  lc_record_set_string (c, "time-zone", "Asia/Riyadh");
  lc_store_insert (store, c, &error);
  g_assert_no_error (error);

  return lc_record_get_id (c);
}

/* A library of a few dozen pages at @path, everything in the file itself
 * (no WAL), for the tests that damage a page in its middle. */
void
lc_test_make_filled_library (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (path, &error);

  g_assert_no_error (error);
  for (int i = 0; i < 200; i++)
    lc_test_add_convention (store, "Filler convention with a long enough title to fill pages",
                            "2023-01-01", "2023-01-02");
  g_assert_true (lc_store_exec (store, "PRAGMA wal_checkpoint(TRUNCATE)", &error));
  g_assert_no_error (error);
}

/* The first clause of the first section of @convention's first
 * declaration, as the sample has them. */
LcRecord *
lc_test_first_clause (LcStore *store,
                      gint64   convention)
{
  g_autoptr(GListStore) declarations = lc_store_list (store, LC_TYPE_DECLARATION, "convention_id", convention, NULL);
  g_autoptr(LcRecord) declaration = g_list_model_get_item (G_LIST_MODEL (declarations), 0);
  g_autoptr(GListStore) sections = lc_store_list (store, LC_TYPE_DECLARATION_SECTION, "declaration_id",
                                                   lc_record_get_id (declaration), NULL);
  g_autoptr(LcRecord) section = g_list_model_get_item (G_LIST_MODEL (sections), 0);
  g_autoptr(GListStore) clauses = lc_store_list (store, LC_TYPE_CLAUSE, "section_id", lc_record_get_id (section), NULL);

  return g_list_model_get_item (G_LIST_MODEL (clauses), 0);
}

/* A new amendment as lc_amendment_propose() wants it, not stored: @kind of
 * @clause with the new text, a rationale, proposed by @city at @item. */
LcAmendment *
lc_test_make_amendment (gint64           declaration,
                        LcAmendmentKind  kind,
                        gint64           clause,
                        const char      *text_ar,
                        const char      *text_en,
                        gint64           city,
                        gint64           item)
{
  LcAmendment *amendment = g_object_new (LC_TYPE_AMENDMENT, NULL);
  LcRecord *r = LC_RECORD (amendment);

  lc_record_set_int (r, "declaration-id", declaration);
  lc_record_set_int (r, "clause-id", clause);
  lc_record_set_int (r, "kind", kind);
  lc_record_set_text (r, "text", text_ar, text_en);
  lc_record_set_text (r, "rationale", "", "Because");
  lc_record_set_int (r, "city-id", city);
  lc_record_set_int (r, "item-id", item);
  return amendment;
}

/* The environment of the command line run as a user runs it: no display,
 * and the locale @lang alone deciding the language. */
char **
lc_test_cli_environ (const char *lang)
{
  char **envp = g_get_environ ();

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_unsetenv (envp, "LC_ALL");
  envp = g_environ_unsetenv (envp, "LC_MESSAGES");
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  return g_environ_setenv (envp, "LANG", lang, TRUE);
}

/* Runs learning-cities (LC_EXECUTABLE) with the arguments @first, @args…
 * (NULL-terminated) in @envp; returns its exit status (-1 when it did not
 * exit) and its standard error in @err. */
int
lc_test_run_cli_valist (char       **envp,
                        char       **err,
                        const char  *first,
                        va_list      args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  int wait_status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("LC_EXECUTABLE"));
  g_ptr_array_add (argv, (gpointer) first);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, err, &wait_status, &error);
  g_assert_no_error (error);

  return WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

void
lc_test_run_clear (LcTestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

static void
read_all (int     fd,
          char  **out)
{
  g_autoptr(GString) text = g_string_new (NULL);
  char buffer[4096];
  gssize n;

  while ((n = read (fd, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR))
    if (n > 0)
      g_string_append_len (text, buffer, n);
  close (fd);
  *out = g_string_free (g_steal_pointer (&text), FALSE);
}

typedef struct
{
  int   fd;
  char *text;
} Reader;

static gpointer
reader_thread (gpointer data)
{
  Reader *reader = data;

  read_all (reader->fd, &reader->text);
  return NULL;
}

typedef struct
{
  int   fd;
  gsize n_zeros;
} Feeder;

static gpointer
feeder_thread (gpointer data)
{
  Feeder *feeder = data;
  static const char zeros[65536];

  /* Until the reader stops reading (EPIPE: SIGPIPE is ignored by then). */
  while (feeder->n_zeros > 0)
    {
      gssize n = write (feeder->fd, zeros, MIN (sizeof zeros, feeder->n_zeros));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      feeder->n_zeros -= n;
    }
  close (feeder->fd);
  return NULL;
}

/**
 * lc_test_run_cli:
 * @run: (out caller-allocates): what happened
 * @args: (array zero-terminated=1): the arguments after the program's name
 *
 * Runs the learning-cities executable ($LC_EXECUTABLE) without a display,
 * in English, and measures its time and peak memory (from wait4()).
 */
void
lc_test_run_cli (LcTestRun         *run,
                 const char *const *args)
{
  lc_test_run_cli_with_zeros (run, args, 0);
}

/**
 * lc_test_run_cli_with_zeros:
 * @run: (out caller-allocates): what happened
 * @args: (array zero-terminated=1): the arguments after the program's name
 * @n_zeros: how many zero bytes to write to its standard input, a pipe
 *
 * Like lc_test_run_cli(), with a pipe of zeros on standard input.
 */
void
lc_test_run_cli_with_zeros (LcTestRun         *run,
                            const char *const *args,
                            gsize              n_zeros)
{
  Feeder feeder = { -1, n_zeros };
  GThread *feeding = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  Reader out = { -1, NULL }, err = { -1, NULL };
  GThread *threads[2];
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();
  GPid pid;
  int status;

  g_autofree char *result_path = NULL;
  g_autofree char *result = NULL;
  int fd;

  memset (run, 0, sizeof *run);
  /* Through lc-test-spawn, so the peak memory measured is the command
   * line's own and not this test's (see tests/lc-test-spawn.c). */
  g_assert_nonnull (g_getenv ("LC_TEST_SPAWN"));
  fd = g_file_open_tmp ("lc-test-spawn-XXXXXX", &result_path, &error);
  g_assert_no_error (error);
  close (fd);
  g_ptr_array_add (argv, (gpointer) g_getenv ("LC_TEST_SPAWN"));
  g_ptr_array_add (argv, result_path);
  g_ptr_array_add (argv, (gpointer) g_getenv ("LC_EXECUTABLE"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LANGUAGE", "en", TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);

  g_spawn_async_with_pipes (NULL, (char **) argv->pdata, envp,
                            G_SPAWN_DO_NOT_REAP_CHILD,
                            NULL, NULL, &pid, n_zeros ? &feeder.fd : NULL, &out.fd, &err.fd, &error);
  g_assert_no_error (error);
  if (n_zeros > 0)
    {
      signal (SIGPIPE, SIG_IGN);
      feeding = g_thread_new ("stdin", feeder_thread, &feeder);
    }

  /* Both pipes at once, so a child writing much to one never blocks. */
  threads[0] = g_thread_new ("stdout", reader_thread, &out);
  threads[1] = g_thread_new ("stderr", reader_thread, &err);
  while (wait4 (pid, &status, 0, &usage) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  g_thread_join (threads[0]);
  g_thread_join (threads[1]);
  if (feeding != NULL)
    g_thread_join (feeding);
  g_spawn_close_pid (pid);

  run->seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  run->out = out.text;
  run->err = err.text;
  g_assert_true (WIFEXITED (status));
  g_file_get_contents (result_path, &result, NULL, &error);
  g_assert_no_error (error);
  g_unlink (result_path);
  if (sscanf (result, "%d %d %" G_GINT64_FORMAT, &run->status, &run->signal, &run->max_rss_kb) != 3)
    g_error ("lc-test-spawn did not say how the command line ended (exit %d): %s", WEXITSTATUS (status), run->err);
  if (g_test_verbose ())
    g_printerr ("status %d signal %d, %.2f s, %" G_GINT64_FORMAT " kB\nout: %s\nerr: %s\n",
                run->status, run->signal, run->seconds, run->max_rss_kb, run->out, run->err);
}

/**
 * lc_test_tool_output:
 * @first: a program on $PATH, such as pdftotext
 * @...: its arguments, then %NULL
 *
 * Runs another program that must succeed.
 *
 * Returns: (transfer full): its standard output
 */
char *
lc_test_tool_output (const char *first,
                     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  const char *arg;
  int wait_status;
  va_list ap;

  g_ptr_array_add (argv, (gpointer) first);
  va_start (ap, first);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);
  return out;
}

/**
 * lc_test_lock_hold:
 * @lock: (out caller-allocates): the holder
 * @path: a library
 * @sql: (nullable): a change to make inside the lock, committed on release
 *
 * Starts a process that takes the library's write lock (BEGIN IMMEDIATE)
 * and returns once it holds it.
 */
void
lc_test_lock_hold (LcTestLock *lock,
                   const char *path,
                   const char *sql)
{
  int ready[2], go[2];
  char c;

  g_assert_cmpint (pipe (ready), ==, 0);
  g_assert_cmpint (pipe (go), ==, 0);
  lock->pid = fork ();
  g_assert_cmpint (lock->pid, >=, 0);
  if (lock->pid == 0)
    {
      sqlite3 *db;

      if (sqlite3_open (path, &db) != SQLITE_OK
          || sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK
          || (sql != NULL && sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
          || write (ready[1], "r", 1) != 1 || read (go[0], &c, 1) != 1
          || sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
        _exit (2);
      sqlite3_close (db);
      _exit (0);
    }

  close (ready[1]);
  close (go[0]);
  g_assert_cmpint (read (ready[0], &c, 1), ==, 1);
  close (ready[0]);
  lock->go = go[1];
}

/**
 * lc_test_lock_release:
 * @lock: a holder
 *
 * Lets the holder commit and end, and waits for it.
 */
void
lc_test_lock_release (LcTestLock *lock)
{
  int status;

  g_assert_cmpint (write (lock->go, "g", 1), ==, 1);
  close (lock->go);
  g_assert_cmpint (waitpid (lock->pid, &status, 0), ==, lock->pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
}

/**
 * lc_test_libreoffice_convert:
 * @source: a file LibreOffice opens (.csv, .fods…)
 * @format: what to save it as: "xlsx", "ods"
 * @infilter: (nullable): how to read @source, such as "CSV:44,34,76,1"
 *   (commas, quotes, UTF-8)
 *
 * Saves @source as an organiser would, with LibreOffice headless and a
 * profile of its own beside @source (so that no user's settings, and no
 * other test's instance, take part), into a folder named @format beside it.
 *
 * Returns: (transfer full) (nullable): the file written, or %NULL with the
 *   test skipped when LibreOffice is not installed
 */
char *
lc_test_libreoffice_convert (const char *source,
                             const char *format,
                             const char *infilter)
{
  g_autofree char *soffice = g_find_program_in_path ("soffice");
  g_autofree char *dir = g_path_get_dirname (source);
  g_autofree char *profile = g_strconcat ("-env:UserInstallation=file://", dir, "/libreoffice-profile", NULL);
  g_autofree char *filter = infilter ? g_strconcat ("--infilter=", infilter, NULL) : NULL;
  g_autofree char *out_dir = g_build_filename (dir, format, NULL);
  g_autofree char *base = g_path_get_basename (source);
  g_autofree char *stem = g_strndup (base, strrchr (base, '.') - base);
  g_autofree char *name = g_strconcat (stem, ".", format, NULL);
  g_autofree char *output = g_build_filename (out_dir, name, NULL);
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *argv;
  int status = 0;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed: build-aux/install-deps.sh installs "
                   "libreoffice-calc-nogui");
      return NULL;
    }

  argv = g_ptr_array_new ();
  g_ptr_array_add (argv, soffice);
  g_ptr_array_add (argv, profile);
  g_ptr_array_add (argv, "--headless");
  g_ptr_array_add (argv, "--norestore");
  if (filter)
    g_ptr_array_add (argv, filter);
  g_ptr_array_add (argv, "--convert-to");
  g_ptr_array_add (argv, (char *) format);
  g_ptr_array_add (argv, "--outdir");
  g_ptr_array_add (argv, out_dir);
  g_ptr_array_add (argv, (char *) source);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_ptr_array_unref (argv);
  g_assert_no_error (error);
  g_test_message ("soffice: %s %s", out, err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_file_test (output, G_FILE_TEST_IS_REGULAR));
  return g_steal_pointer (&output);
}

/**
 * lc_test_write_photo:
 * @dir: a folder
 * @name: the file's name
 * @alpha: a PNG with transparency, else a JPEG
 * @width: in pixels
 * @height: in pixels
 * @rgba: the colour it is filled with
 *
 * Writes a photo for the report's tests.
 *
 * Returns: (transfer full): its path
 */
char *
lc_test_write_photo (const char *dir,
                     const char *name,
                     gboolean    alpha,
                     int         width,
                     int         height,
                     guint32     rgba)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, alpha, 8, width, height);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  gdk_pixbuf_fill (pixbuf, rgba);
  g_assert_true (gdk_pixbuf_save (pixbuf, path, alpha ? "png" : "jpeg", &error, NULL));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}
