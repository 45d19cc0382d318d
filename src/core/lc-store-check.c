/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdint.h>
#include <string.h>

#include "lc-error.h"
#include "lc-store-private.h"

/* Checking a library for damage (`PRAGMA quick_check`) before anything of
 * it is shown or written. On a large library the check costs as much as
 * loading it, so a window's start runs it in a thread of its own while GTK
 * starts and the window is built (lc_store_check_ahead()); the open that
 * needs the answer waits for it there instead of checking again. */

typedef enum
{
  CHECK_UNKNOWN,   /* not checked: the open checks for itself */
  CHECK_OK,
  CHECK_DAMAGED,
} CheckResult;

/* A check running ahead of the open that will need it. */
typedef struct
{
  char        *path;
  GThread     *thread;
  /* Written by the thread, read once it has been joined. */
  char        *key;       /* the file's state while it was checked */
  CheckResult  result;
  /* Kept open until the open has its own connection: closing the last
   * connection to a library can remove its WAL, which changes the file's
   * state, and the check's answer would then count for nothing. */
  sqlite3     *db;
} Ahead;

/* Libraries this process found undamaged, by the identity and state of the
 * file and its WAL: the window opens a library and its loader opens it
 * again at once. Any write since (a size or a time changed) makes it
 * checked again. Both tables under the same lock. */
static GHashTable *checked;
static GHashTable *ahead;    /* path → Ahead */
G_LOCK_DEFINE_STATIC (checked);

static guint quick_checks;
static guint quick_checks_in_open;

static char *
checked_key (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf file, log = { 0 };

  if (g_stat (path, &file) != 0)
    return NULL;
  /* An empty WAL holds nothing: the same library as none at all. Opening
   * a library makes one, so without this every open would change the key. */
  if (g_stat (wal, &log) != 0 || log.st_size == 0)
    memset (&log, 0, sizeof log);

  return g_strdup_printf ("%ju:%ju:%jd:%jd.%ld:%ju:%jd:%jd.%ld", (uintmax_t) file.st_dev, (uintmax_t) file.st_ino,
                          (intmax_t) file.st_size, (intmax_t) file.st_mtim.tv_sec, file.st_mtim.tv_nsec,
                          (uintmax_t) log.st_ino, (intmax_t) log.st_size, (intmax_t) log.st_mtim.tv_sec,
                          log.st_mtim.tv_nsec);
}

static gboolean
is_checked (const char *key)
{
  gboolean found;

  G_LOCK (checked);
  found = key != NULL && checked != NULL && g_hash_table_contains (checked, key);
  G_UNLOCK (checked);
  return found;
}

static void
remember_checked (const char *key)
{
  if (key == NULL)
    return;
  G_LOCK (checked);
  if (checked == NULL)
    checked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (checked, g_strdup (key));
  G_UNLOCK (checked);
}

/* Runs the check on @db; returns SQLite's code, in @prepared whether the
 * check could start at all, and in @ok whether the library was found
 * undamaged. */
static int
quick_check (sqlite3  *db,
             gboolean *prepared,
             gboolean *ok)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_atomic_int_inc (&quick_checks);
  *ok = FALSE;
  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  *prepared = rc == SQLITE_OK;
  if (rc != SQLITE_OK)
    return rc;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);
  return rc;
}

static gpointer
run_ahead (gpointer data)
{
  Ahead *a = data;
  g_autofree char *before = g_steal_pointer (&a->key);
  gboolean prepared, ok;
  int rc;

  /* Read-only: this connection never writes, nor tidies the WAL away. */
  rc = sqlite3_open_v2 (a->path, &a->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    return NULL;
  sqlite3_extended_result_codes (a->db, 1);
  rc = quick_check (a->db, &prepared, &ok);
  /* Only a definite answer counts; busy, unreadable or not a database at
   * all, the open finds out and says so itself. */
  if (rc != SQLITE_ROW)
    return NULL;

  /* The answer holds for the file as it was asked for and throughout. */
  a->key = checked_key (a->path);
  if (g_strcmp0 (before, a->key) != 0)
    g_clear_pointer (&a->key, g_free);
  else
    a->result = ok ? CHECK_OK : CHECK_DAMAGED;
  return NULL;
}

static void
ahead_free (Ahead *a)
{
  g_free (a->path);
  g_free (a->key);
  sqlite3_close (a->db);
  g_free (a);
}

/* Waits for a check running ahead on @path and returns its answer for the
 * file in the state @key describes. */
static CheckResult
claim_ahead (const char *path,
             const char *key)
{
  CheckResult result = CHECK_UNKNOWN;
  Ahead *a = NULL;

  G_LOCK (checked);
  if (ahead != NULL)
    g_hash_table_steal_extended (ahead, path, NULL, (gpointer *) &a);
  G_UNLOCK (checked);
  if (a == NULL)
    return CHECK_UNKNOWN;

  g_thread_join (a->thread);
  if (key != NULL && g_strcmp0 (a->key, key) == 0)
    result = a->result;
  ahead_free (a);
  return result;
}

/**
 * lc_store_check_ahead:
 * @path: a library that is about to be opened
 *
 * Starts checking @path for damage in a thread of its own, so that the
 * lc_store_open() that follows (in a window's start, after GTK and the
 * window are built) finds the answer ready instead of checking on its
 * caller's thread. The open still refuses a damaged library with the same
 * message before anything is read from it or written; a library that is
 * missing, already checked, or written to in between is checked by the
 * open as before.
 */
void
lc_store_check_ahead (const char *path)
{
  g_autofree char *key = NULL;
  Ahead *a;

  g_return_if_fail (path != NULL);

  key = checked_key (path);
  if (key == NULL || is_checked (key))
    return;

  G_LOCK (checked);
  if (ahead == NULL)
    ahead = g_hash_table_new (g_str_hash, g_str_equal);
  if (!g_hash_table_contains (ahead, path))
    {
      a = g_new0 (Ahead, 1);
      a->path = g_strdup (path);
      /* The file's state when the check was asked for, not when the
       * thread gets to start. */
      a->key = g_steal_pointer (&key);
      a->thread = g_thread_new ("lc-store-check", run_ahead, a);
      g_hash_table_insert (ahead, a->path, a);
    }
  G_UNLOCK (checked);
}

/**
 * lc_store_get_n_quick_checks:
 *
 * Returns: how many times this process has checked a library for damage
 *   (`PRAGMA quick_check`), for the tests and the benchmark
 */
guint
lc_store_get_n_quick_checks (void)
{
  return g_atomic_int_get (&quick_checks);
}

/**
 * lc_store_get_n_quick_checks_in_open:
 *
 * Returns: how many of lc_store_get_n_quick_checks() an open ran itself, on
 *   its caller's thread, rather than finding the answer of a check it had
 *   already made or that ran ahead (lc_store_check_ahead())
 */
guint
lc_store_get_n_quick_checks_in_open (void)
{
  return g_atomic_int_get (&quick_checks_in_open);
}

/* The last step of deciding whether a file is a library we may open: no
 * damage inside an otherwise valid file. A library another program is busy
 * with is not damaged: say so. */
gboolean
lc_store_check_damage (LcStore     *self,
                       GError     **error)
{
  g_autofree char *key = checked_key (self->path);
  CheckResult result;
  gboolean prepared, ok;
  int rc;

  if (is_checked (key))
    return TRUE;

  result = claim_ahead (self->path, key);
  if (result == CHECK_UNKNOWN)
    {
      g_atomic_int_inc (&quick_checks_in_open);
      rc = quick_check (self->db, &prepared, &ok);
      if (!prepared || (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        {
          lc_store_set_error_from_sqlite (self, rc, error);
          return FALSE;
        }
      result = ok ? CHECK_OK : CHECK_DAMAGED;
    }

  if (result == CHECK_DAMAGED)
    {
      g_autofree char *display = g_filename_display_name (self->path);

      g_set_error (error, LC_ERROR, LC_ERROR_NOT_A_DATABASE,
                   _("“%s” is damaged and cannot be opened safely. The file was left as it is."),
                   display);
      return FALSE;
    }

  remember_checked (key);
  return TRUE;
}
