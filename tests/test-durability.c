/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lc-convention-io.h"
#include "lc-error.h"
#include "lc-test-util.h"
#include "lc-undo.h"

/*
 * Nothing lost: a child process makes a stream of edits through src/core and
 * writes each one to a journal after its transaction commits; the parent
 * kills it with SIGKILL at a random moment, reopens the library and checks
 * that it is sound and holds every journalled edit. Then the disk fills up,
 * and then the library sits on a read-only file system.
 */

#define N_ROUNDS_DEFAULT 20

typedef struct
{
  char title[64];
  char day[11];
  int  start;
  int  end;
} ItemState;

/* ---- the child: edits until killed ---- */

static void
journal (int         fd,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static void
journal (int         fd,
         const char *format,
         ...)
{
  g_autofree char *line = NULL;
  va_list ap;
  gsize left;
  const char *p;

  va_start (ap, format);
  line = g_strdup_vprintf (format, ap);
  va_end (ap);

  /* write () puts it in the kernel: a SIGKILL afterwards cannot lose it. */
  for (p = line, left = strlen (line); left > 0;)
    {
      ssize_t n = write (fd, p, left);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        _exit (3);
      p += n;
      left -= (gsize) n;
    }
}

static G_GNUC_NORETURN void
run_child (const char *db_path,
           const char *journal_path,
           gint64      convention,
           guint32     seed)
{
  g_autoptr(LcStore) store = lc_store_open (db_path, NULL);
  g_autoptr(LcUndoStack) undo = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int fd = open (journal_path, O_WRONLY | O_APPEND | O_CREAT, 0600);
  guint seq = 0;

  if (store == NULL || fd < 0)
    _exit (2);
  undo = lc_undo_stack_new (store);

  /* Ready: the parent starts its random countdown from here, so a slow start
   * (a sanitizer build) does not use up the time meant for edits. */
  journal (fd, "R\n");

  for (;;)
    {
      int op = items->len < 3 ? 0 : g_rand_int_range (rand, 0, 10);
      g_autoptr(GError) error = NULL;
      gboolean ok;

      seq++;
      if (op <= 3)
        {
          /* Add an item. */
          LcRecord *item = g_object_new (LC_TYPE_ITEM, NULL);
          g_autofree char *title = g_strdup_printf ("Item %u — بند %u", seq, seq);
          int start = g_rand_int_range (rand, 0, 1380);

          lc_record_set_int (item, "convention-id", convention);
          lc_record_set_text (item, "title", "", title);
          lc_record_set_string (item, "day", g_rand_boolean (rand) ? "2023-05-10" : "2023-05-11");
          lc_record_set_int (item, "start-minute", start);
          lc_record_set_int (item, "end-minute", start + 5 + g_rand_int_range (rand, 0, 55));
          journal (fd, "T %u add ? %s %d %d %s\n", seq, lc_record_get_string (item, "day"),
                   (int) lc_record_get_int (item, "start-minute"), (int) lc_record_get_int (item, "end-minute"),
                   title);
          ok = lc_undo_stack_insert (undo, item, "add", &error);
          if (ok)
            {
              g_ptr_array_add (items, item);
              journal (fd, "D %u add %" G_GINT64_FORMAT " %s %d %d %s\n", seq, lc_record_get_id (item),
                       lc_record_get_string (item, "day"), (int) lc_record_get_int (item, "start-minute"),
                       (int) lc_record_get_int (item, "end-minute"), title);
            }
          else
            g_object_unref (item);
        }
      else
        {
          guint index = g_rand_int_range (rand, 0, items->len);
          LcRecord *item = g_ptr_array_index (items, index);
          g_autoptr(LcRecord) copy = lc_record_copy (item);

          if (op <= 5)
            {
              g_autofree char *title = g_strdup_printf ("Renamed %u — أعيدت تسميته %u", seq, seq);

              lc_record_set_text (copy, "title", "", title);
              journal (fd, "T %u rename %" G_GINT64_FORMAT " %s\n", seq, lc_record_get_id (item), title);
            }
          else if (op <= 7)
            {
              int start = g_rand_int_range (rand, 0, 1380);

              lc_record_set_int (copy, "start-minute", start);
              lc_record_set_int (copy, "end-minute", start + 5 + g_rand_int_range (rand, 0, 55));
              journal (fd, "T %u move %" G_GINT64_FORMAT " %d %d\n", seq, lc_record_get_id (item),
                       (int) lc_record_get_int (copy, "start-minute"), (int) lc_record_get_int (copy, "end-minute"));
            }
          else
            {
              journal (fd, "T %u delete %" G_GINT64_FORMAT "\n", seq, lc_record_get_id (item));
              ok = lc_undo_stack_delete (undo, item, "delete", &error);
              if (ok)
                {
                  journal (fd, "D %u\n", seq);
                  g_ptr_array_remove_index (items, index);
                }
              continue;
            }

          ok = lc_undo_stack_update (undo, copy, "edit", &error);
          if (ok)
            {
              journal (fd, "D %u\n", seq);
              g_ptr_array_index (items, index) = g_object_ref (copy);
              g_object_unref (item);
            }
        }

      if (!ok)
        _exit (4);
    }
}

/* ---- the parent: what the journal says must be there ---- */

static void
apply (GHashTable *state,
       const char *line)
{
  g_auto(GStrv) f = g_strsplit (line, " ", 0);
  gint64 id;
  ItemState *s;

  if (g_str_equal (f[2], "add"))
    {
      /* D seq add id day start end title… */
      g_autofree char *title = g_strjoinv (" ", f + 7);

      id = g_ascii_strtoll (f[3], NULL, 10);
      s = g_new0 (ItemState, 1);
      g_strlcpy (s->day, f[4], sizeof s->day);
      s->start = atoi (f[5]);
      s->end = atoi (f[6]);
      g_strlcpy (s->title, title, sizeof s->title);
      g_hash_table_insert (state, g_memdup2 (&id, sizeof id), s);
      return;
    }

  /* T seq op id …, applied when its D came */
  id = g_ascii_strtoll (f[3], NULL, 10);
  s = g_hash_table_lookup (state, &id);
  g_assert_nonnull (s);
  if (g_str_equal (f[2], "rename"))
    {
      g_autofree char *title = g_strjoinv (" ", f + 4);
      g_strlcpy (s->title, title, sizeof s->title);
    }
  else if (g_str_equal (f[2], "move"))
    {
      s->start = atoi (f[4]);
      s->end = atoi (f[5]);
    }
  else if (g_str_equal (f[2], "delete"))
    g_hash_table_remove (state, &id);
}

static GHashTable *
state_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

static GHashTable *
state_from_store (LcStore *store,
                  gint64   convention)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) items = lc_store_list (store, LC_TYPE_ITEM, "convention_id", convention, &error);
  GHashTable *state = state_new ();

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (G_LIST_MODEL (items), i);
      gint64 id = lc_record_get_id (item);
      ItemState *s = g_new0 (ItemState, 1);

      g_strlcpy (s->title, lc_record_get_string (item, "title-en"), sizeof s->title);
      g_strlcpy (s->day, lc_record_get_string (item, "day"), sizeof s->day);
      s->start = (int) lc_record_get_int (item, "start-minute");
      s->end = (int) lc_record_get_int (item, "end-minute");
      g_hash_table_insert (state, g_memdup2 (&id, sizeof id), s);
    }

  return state;
}

static gboolean
states_equal (GHashTable *a,
              GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      ItemState *x = value, *y = g_hash_table_lookup (b, key);

      if (y == NULL || strcmp (x->title, y->title) || strcmp (x->day, y->day)
          || x->start != y->start || x->end != y->end)
        return FALSE;
    }

  return TRUE;
}

static void
check_sound (const char *db_path)
{
  sqlite3 *db;
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
wait_until_ready (const char *journal_path)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  for (;;)
    {
      g_autofree char *contents = NULL;

      if (g_file_get_contents (journal_path, &contents, NULL, NULL) && g_str_has_prefix (contents, "R\n"))
        return;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (2000);
    }
}

static void
test_crash (void)
{
  const char *env = g_getenv ("LC_CRASH_ROUNDS");
  guint rounds = env ? (guint) atoi (env) : N_ROUNDS_DEFAULT;
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *db_path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *journal_path = g_build_filename (dir, "journal.txt", NULL);
  g_autoptr(GHashTable) expected = state_new ();
  g_autofree char *pending = NULL;
  guint total_done = 0;
  gint64 convention;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(LcStore) store = lc_store_open (db_path, &error);

    g_assert_no_error (error);
    convention = lc_test_add_convention (store, "Crash", "2023-05-10", "2023-05-11");
  }

  for (guint round = 0; round < rounds; round++)
    {
      g_autofree char *contents = NULL;
      g_auto(GStrv) lines = NULL;
      g_autoptr(LcStore) store = NULL;
      g_autoptr(GHashTable) found = NULL;
      g_autoptr(GError) error = NULL;
      int wait_status;
      pid_t pid;

      g_unlink (journal_path);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        run_child (db_path, journal_path, convention, g_test_rand_int ());

      wait_until_ready (journal_path);
      g_usleep (1000 * (gulong) g_test_rand_int_range (20, 250));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);
      /* Killed by us, not exited on a failed edit. */
      g_assert_true (WIFSIGNALED (wait_status));

      check_sound (db_path);

      /* Replay the journal: every D is a committed edit. */
      g_assert_true (g_file_get_contents (journal_path, &contents, NULL, NULL));
      lines = g_strsplit (contents, "\n", -1);
      g_clear_pointer (&pending, g_free);
      for (guint i = 0; lines[i] && *lines[i]; i++)
        {
          if (lines[i][0] == 'T')
            {
              g_free (pending);
              pending = g_strdup (lines[i]);
            }
          else if (g_str_has_prefix (lines[i], "D ") && strstr (lines[i], " add ") != NULL)
            {
              apply (expected, lines[i]);
              g_clear_pointer (&pending, g_free);
              total_done++;
            }
          else if (lines[i][0] == 'D' && pending != NULL)
            {
              apply (expected, pending);
              g_clear_pointer (&pending, g_free);
              total_done++;
            }
        }

      store = lc_store_open (db_path, &error);
      g_assert_no_error (error);
      found = state_from_store (store, convention);

      if (!states_equal (expected, found))
        {
          /* Only the edit in flight may be there without its D: it
           * committed just before the kill. */
          g_assert_nonnull (pending);
          if (strstr (pending, " add ? ") != NULL)
            {
              g_autofree char *done = NULL;
              GHashTableIter iter;
              gpointer key, value;
              gint64 new_id = 0;

              g_hash_table_iter_init (&iter, found);
              while (g_hash_table_iter_next (&iter, &key, &value))
                if (!g_hash_table_contains (expected, key))
                  new_id = *(gint64 *) key;
              g_assert_cmpint (new_id, >, 0);
              done = g_strdup_printf ("D %s", pending + 2);
              {
                g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, new_id);
                g_autofree char *with_id = NULL;
                char *mark = strstr (done, " ? ");

                *mark = '\0';
                with_id = g_strdup_printf ("%s %s %s", done, id, mark + 3);
                apply (expected, with_id);
              }
            }
          else
            apply (expected, pending);
          total_done++;
          g_assert_true (states_equal (expected, found));
        }
    }

  g_test_message ("%u rounds, %u committed edits checked", rounds, total_done);
  g_assert_cmpuint (total_done, >, 0);
  lc_test_remove_tree (dir);
}

/* A small file system of our own; skipped where mounting is not allowed. */
static char *
mount_small_fs (const char *parent,
                const char *options)
{
  char *dir = g_build_filename (parent, "fs", NULL);

  g_mkdir_with_parents (dir, 0700);
  if (mount ("tmpfs", dir, "tmpfs", 0, options) != 0)
    {
      g_autofree char *why = g_strdup_printf ("cannot mount a small tmpfs here: %s", g_strerror (errno));

      g_test_skip (why);
      g_free (dir);
      return NULL;
    }

  return dir;
}

static void
test_disk_full (void)
{
  g_autofree char *top = lc_test_make_tmpdir ();
  /* Room for the sample (with its report) and its journal, then filled. */
  g_autofree char *fs = mount_small_fs (top, "size=1m");
  g_autofree char *db_path = NULL;
  g_autoptr(LcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autofree char *filler = NULL;
  gint64 stored = 0;
  gint64 sample;

  if (fs == NULL)
    {
      lc_test_remove_tree (top);
      return;
    }

  db_path = g_build_filename (fs, "library.db", NULL);
  store = lc_store_open (db_path, &error);
  g_assert_no_error (error);
  sample = lc_convention_import_file (store, g_getenv ("LC_SAMPLE"), &error);
  g_assert_no_error (error);
  g_assert_cmpint (sample, >, 0);

  /* Fill the disk with conventions until a change no longer fits. */
  filler = g_strnfill (20000, 'x');
  for (int i = 0; i < 1000; i++)
    {
      g_autoptr(LcRecord) c = g_object_new (LC_TYPE_CONVENTION, NULL);

      lc_record_set_text (c, "title", "", "Filler");
      lc_record_set_text (c, "slogan", filler, filler);
      lc_record_set_string (c, "start-date", "2024-01-01");
      lc_record_set_string (c, "end-date", "2024-01-02");
      if (!lc_store_insert (store, c, &error))
        break;
      stored++;
    }
  g_assert_error (error, LC_ERROR, LC_ERROR_DISK_FULL);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_clear_error (&error);

  /* Still readable, and nothing already stored is lost. */
  list = lc_store_list_conventions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, stored + 1);
  g_clear_object (&store);

  check_sound (db_path);
  store = lc_store_open (db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_CONVENTION, NULL, 0, NULL), ==, stored + 1);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_ITEM, "convention_id", sample, NULL), >, 0);
  g_clear_object (&store);

  umount (fs);
  lc_test_remove_tree (top);
}

static void
test_read_only_disk (void)
{
  g_autofree char *top = lc_test_make_tmpdir ();
  g_autofree char *fs = mount_small_fs (top, "size=4m");
  g_autofree char *db_path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(LcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(LcRecord) c = NULL;

  if (fs == NULL)
    {
      lc_test_remove_tree (top);
      return;
    }

  db_path = g_build_filename (fs, "library.db", NULL);
  store = lc_store_open (db_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lc_convention_import_file (store, g_getenv ("LC_SAMPLE"), &error), >, 0);
  g_clear_object (&store);

  g_assert_cmpint (mount ("tmpfs", fs, "tmpfs", MS_REMOUNT | MS_RDONLY, NULL), ==, 0);
  before = lc_test_file_checksum (db_path);

  store = lc_store_open (db_path, &error);
  g_assert_no_error (error);
  g_assert_true (lc_store_is_read_only (store));
  list = lc_store_list_conventions (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  /* A change is refused with words a person understands. */
  c = g_object_new (LC_TYPE_CONVENTION, NULL);
  lc_record_set_text (c, "title", "", "New");
  lc_record_set_string (c, "start-date", "2024-01-01");
  lc_record_set_string (c, "end-date", "2024-01-01");
  g_assert_false (lc_store_insert (store, c, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "cannot be written"));
  g_clear_object (&store);

  after = lc_test_file_checksum (db_path);
  g_assert_cmpstr (before, ==, after);

  umount (fs);
  lc_test_remove_tree (top);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/durability/crash", test_crash);
  g_test_add_func ("/durability/disk-full", test_disk_full);
  g_test_add_func ("/durability/read-only-disk", test_read_only_disk);

  return g_test_run ();
}
