/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lc-error.h"
#include "lc-file.h"
#include "lc-report.h"
#include "lc-store-portal.h"
#include "lc-store-private.h"

/* Opening a library: deciding whether a file is one of ours without writing
 * to it, and upgrading an older one through the migrations after a backup. */

/**
 * lc_store_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/learning-cities/library.db`
 */
char *
lc_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "learning-cities", "library.db", NULL);
}

gboolean
lc_store_query_int (LcStore     *self,
                    const char  *sql,
                    gint64      *result,
                    GError     **error)
{
  sqlite3_stmt *stmt = lc_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      lc_store_set_error_from_sqlite (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  *result = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
backup_before_migration (LcStore  *self,
                         GError  **error)
{
  g_autofree char *target = g_strdup_printf ("%s.schema-v%d.bak", self->path, self->version);
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open (target, &dest);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", self->db, "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (dest);
    }

  if (rc != SQLITE_OK)
    {
      g_autofree char *display = g_filename_display_name (target);

      g_set_error (error, LC_ERROR, LC_ERROR_DATABASE,
                   _("The library needs upgrading, but its backup copy “%s” could not be "
                     "written (%s). The library was left as it is."),
                   display, dest ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
      sqlite3_close (dest);
      return FALSE;
    }

  sqlite3_close (dest);
  return TRUE;
}

static gboolean
run_migrations (LcStore  *self,
                int       target,
                GError  **error)
{
  char sql[96];
  gint64 broken = 0;

  if (!lc_store_begin (self, error))
    return FALSE;

  for (int v = self->version + 1; v <= target; v++)
    if (!lc_store_exec (self, lc_store_get_migration (v), error))
      {
        lc_store_rollback (self);
        return FALSE;
      }

  if (!lc_store_query_int (self, "SELECT count (*) FROM pragma_foreign_key_check", &broken, error))
    {
      lc_store_rollback (self);
      return FALSE;
    }
  if (broken > 0)
    {
      lc_store_rollback (self);
      g_set_error (error, LC_ERROR, LC_ERROR_DATABASE,
                   _("The library could not be upgraded: some of its records would point at "
                     "records that do not exist. The library was left as it is."));
      return FALSE;
    }

  g_snprintf (sql, sizeof sql, "PRAGMA user_version = %d; PRAGMA application_id = %d;",
              target, LC_STORE_APPLICATION_ID);
  if (!lc_store_exec (self, sql, error) || !lc_store_commit (self, error))
    {
      if (self->depth > 0)
        lc_store_rollback (self);
      return FALSE;
    }

  return TRUE;
}

static gboolean
migrate (LcStore  *self,
         int       target,
         GError  **error)
{
  gboolean ok;

  if (self->version >= target)
    return TRUE;

  if (self->read_only)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_READ_ONLY,
                   _("The library was made by an older version of Learning Cities and must be "
                     "upgraded, but it cannot be written to."));
      return FALSE;
    }

  if (self->version > 0 && !backup_before_migration (self, error))
    return FALSE;

  /* A step that rebuilds a table (SQLite cannot change a CHECK) drops the
   * old one: with foreign keys on, that would delete or unlink every row
   * pointing at it. They can only be turned off outside a transaction, and
   * are checked as a whole before committing instead. */
  if (!lc_store_exec (self, "PRAGMA foreign_keys = OFF", error))
    return FALSE;
  ok = run_migrations (self, target, error);
  if (!lc_store_exec (self, "PRAGMA foreign_keys = ON", ok ? error : NULL) || !ok)
    return FALSE;

  self->version = target;
  return TRUE;
}

/* Reads the file without writing to it and decides whether it is ours. */
static gboolean
check_file (LcStore  *self,
            GError  **error)
{
  g_autofree char *display = g_filename_display_name (self->path);
  g_autoptr(GError) local_error = NULL;
  gint64 app_id, version, objects;

  if (!lc_store_query_int (self, "SELECT count(*) FROM sqlite_master", &objects, &local_error)
      || !lc_store_query_int (self, "PRAGMA application_id", &app_id, &local_error)
      || !lc_store_query_int (self, "PRAGMA user_version", &version, &local_error))
    {
      if (g_error_matches (local_error, LC_ERROR, LC_ERROR_NOT_A_DATABASE))
        g_set_error (error, LC_ERROR, LC_ERROR_NOT_A_DATABASE,
                     _("“%s” is not a Learning Cities library: it is not a database, or it is "
                       "damaged. The file was left as it is."), display);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (app_id == 0 && version == 0 && objects == 0)
    {
      self->version = 0;
      return TRUE;
    }

  if (app_id != LC_STORE_APPLICATION_ID)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_FOREIGN_DATABASE,
                   _("“%s” is a database of another program, not a Learning Cities library. "
                     "The file was left as it is."), display);
      return FALSE;
    }

  if (version > lc_store_get_latest_version ())
    {
      g_set_error (error, LC_ERROR, LC_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Learning Cities (library version "
                     "%d; this version reads up to %d). Update Learning Cities to open it. "
                     "The file was left as it is."),
                   display, (int) version, lc_store_get_latest_version ());
      return FALSE;
    }

  /* Versions count up from 1: anything below is damage, and must never
   * index the migrations (a negative step ran stray SQL, or crashed). */
  if (version < 0)
    {
      /* A macro inside _() would hide the message from xgettext. */
      g_autofree char *version_text = g_strdup_printf ("%" G_GINT64_FORMAT, version);

      g_set_error (error, LC_ERROR, LC_ERROR_NOT_A_DATABASE,
                   _("“%s” is damaged: its library version is %s, which no version of "
                     "Learning Cities writes. The file was left as it is."),
                   display, version_text);
      return FALSE;
    }

  if (!lc_store_check_damage (self, error))
    return FALSE;

  self->version = version;
  return TRUE;
}

/* A private copy of the library and its WAL, for reading a library whose
 * WAL holds committed changes when its folder cannot take the shared-memory
 * file SQLite needs to read them. */
static int
open_private_copy (LcStore     *self,
                   const char  *path,
                   GError     **error)
{
  static const char *const suffixes[] = { "", "-wal" };
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *copy = NULL;

  self->copy_dir = g_dir_make_tmp ("learning-cities-XXXXXX", error);
  if (self->copy_dir == NULL)
    return SQLITE_CANTOPEN;

  copy = g_build_filename (self->copy_dir, base, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from_path = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to_path = g_strconcat (copy, suffixes[i], NULL);
      g_autoptr(GFile) from = g_file_new_for_path (from_path);
      g_autoptr(GFile) to = g_file_new_for_path (to_path);

      if (!g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
        return SQLITE_CANTOPEN;
    }

  return sqlite3_open_v2 (copy, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, NULL);
}

/* A library in a folder (or on a disk) this process may not write to. A
 * plain read-only connection sees everything committed, WAL included, and
 * waits for a writer instead of reading half its work; it needs the WAL's
 * shared-memory file to exist or be creatable. When it cannot be: a WAL
 * with committed changes is read from a private copy, and a library with
 * no WAL is read as it is (immutable, which nothing is writing then). */
static int
open_read_only (LcStore     *self,
                const char  *path,
                GError     **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *uri = NULL;
  GStatBuf st;
  int rc;

  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (self->db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
  if (rc == SQLITE_OK || ((rc & 0xff) != SQLITE_CANTOPEN && (rc & 0xff) != SQLITE_READONLY))
    return rc;

  sqlite3_close (self->db);
  self->db = NULL;
  if (g_stat (wal, &st) == 0 && st.st_size > 0)
    return open_private_copy (self, path, error);

  uri = g_filename_to_uri (path, NULL, NULL);
  if (uri == NULL)
    return SQLITE_CANTOPEN;
  {
    g_autofree char *immutable = g_strconcat (uri, "?immutable=1", NULL);

    return sqlite3_open_v2 (immutable, &self->db,
                            SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX, NULL);
  }
}

/* Says why an existing library cannot be opened at all, in words that are
 * true: it cannot be read (not "cannot be written"). */
static gboolean
check_readable (const char  *path,
                GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  int saved_errno;

  if (g_access (path, R_OK) == 0)
    return TRUE;

  saved_errno = errno;
  if (saved_errno == EACCES || saved_errno == EPERM)
    g_set_error (error, LC_ERROR, LC_ERROR_NO_ACCESS,
                 _("Learning Cities may not read “%s”: it belongs to another user, or its "
                   "permissions forbid reading it. Ask its owner for a copy. The file was left "
                   "as it is."), display);
  else
    /* Translators: a file name, then why it could not be read */
    g_set_error (error, LC_ERROR, LC_ERROR_NO_ACCESS,
                 _("“%1$s” could not be read: %2$s. The file was left as it is."),
                 display, g_strerror (saved_errno));
  return FALSE;
}

/**
 * lc_store_open_at_version:
 * @path: the library file; created when missing
 * @version: the schema version to upgrade to (tests use older ones)
 * @error: return location for a #GError
 *
 * Like lc_store_open(), but stops the migrations at @version.
 *
 * Returns: (transfer full) (nullable): the store
 */
LcStore *
lc_store_open_at_version (const char  *path,
                          int          version,
                          GError     **error)
{
  g_autoptr(LcStore) self = g_object_new (LC_TYPE_STORE, NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *real = NULL, *real_dir = NULL;
  gboolean exists = g_file_test (path, G_FILE_TEST_EXISTS);
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
  int rc;

  g_return_val_if_fail (version >= 1 && version <= lc_store_get_latest_version (), NULL);

  /* See lc-store-portal.c: never SQLite on the document portal. */
  if (lc_store_is_shared_document (path))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, LC_ERROR, LC_ERROR_SHARED_DOCUMENT,
                   _("“%s” was shared with Learning Cities through the sandbox’s document portal, "
                     "where a library cannot be kept safely. Open it with Open Library… in the "
                     "window, which copies it into Learning Cities’ own folder."), display);
      return NULL;
    }

  self->path = g_strdup (path);

  /* Symbolic links are followed, in the folders and for the file itself:
   * SQLite resolves them, so its WAL lies beside the real file, where
   * every other path to the library finds it too. */
  if (!exists)
    {
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;
          g_autofree char *display = g_filename_display_name (dir);

          g_set_error (error, LC_ERROR, LC_ERROR_READ_ONLY,
                       _("The folder “%s” for the library could not be created: %s"),
                       display, g_strerror (saved_errno));
          return NULL;
        }
      flags |= SQLITE_OPEN_CREATE;
    }
  else if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, LC_ERROR, LC_ERROR_NOT_A_DATABASE,
                   _("“%s” is a folder, not a Learning Cities library."), display);
      return NULL;
    }
  else if (!check_readable (path, error))
    {
      return NULL;
    }

  /* The WAL and its shared-memory file are made beside the real file. */
  real = exists ? realpath (path, NULL) : NULL;
  real_dir = real ? g_path_get_dirname (real) : g_strdup (dir);
  if (exists && (g_access (path, W_OK) != 0 || g_access (real_dir, W_OK) != 0))
    rc = open_read_only (self, path, error);
  else
    rc = sqlite3_open_v2 (path, &self->db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      if (error == NULL || *error == NULL)
        lc_store_set_error_from_sqlite (self, rc, error);
      return NULL;
    }

  /* No export may be written over the library while it is open. */
  lc_file_protect (path);
  self->protected_path = TRUE;

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  self->read_only = sqlite3_db_readonly (self->db, "main") == 1;

  if (!check_file (self, error))
    return NULL;

  if (!lc_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return NULL;
  if (!self->read_only && !lc_store_exec (self, "PRAGMA journal_mode = WAL", error))
    return NULL;

  if (!migrate (self, version, error))
    return NULL;

  /* Images of the report's photos deleted in an earlier session, which no
   * undo history can bring back now (lc-report-photos.c). Housekeeping: a
   * library another program is writing opens all the same, and the images
   * go next time. */
  if (!self->read_only && self->version >= lc_store_get_report_version ())
    {
      g_autoptr(GError) purge_error = NULL;

      if (!lc_report_purge_images (self, &purge_error))
        g_debug ("Unused photos left for later: %s", purge_error->message);
    }

  return g_steal_pointer (&self);
}

/**
 * lc_store_open:
 * @path: the library file; created (with its folder) when missing
 * @error: return location for a #GError
 *
 * Opens a library, upgrading its schema when it is older than this program
 * (after copying it aside). A file that is not a library, or is newer, is
 * refused and not written to.
 *
 * Returns: (transfer full) (nullable): the store
 */
LcStore *
lc_store_open (const char  *path,
               GError     **error)
{
  return lc_store_open_at_version (path, lc_store_get_latest_version (), error);
}
