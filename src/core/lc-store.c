/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/resource.h>
#include <unistd.h>
#include <sqlite3.h>

#include "lc-error.h"
#include "lc-file.h"
#include "lc-store-private.h"

G_DEFINE_FINAL_TYPE (LcStore, lc_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  EXTERNAL_CHANGE,
  PENDING_CHANGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Whether the library or its WAL has grown to the file size limit: SQLite
 * reports the EFBIG of such a write as a plain I/O error, and by the time it
 * does, errno may tell of another call. */
static gboolean
size_limit_reached (LcStore *self)
{
  static const char *const suffixes[] = { "", "-wal", "-journal" };
  struct rlimit limit;

  if (self == NULL || self->path == NULL || getrlimit (RLIMIT_FSIZE, &limit) != 0
      || limit.rlim_cur == RLIM_INFINITY)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (self->path, suffixes[i], NULL);
      GStatBuf st;

      /* Within a few pages of the limit: the write that failed went past it. */
      if (g_stat (name, &st) == 0 && (guint64) st.st_size + 65536 >= limit.rlim_cur)
        return TRUE;
    }

  return FALSE;
}

/**
 * lc_store_set_error_from_sqlite:
 * @self: (nullable): a store
 * @rc: an SQLite result code
 * @error: the error to set
 *
 * Turns an SQLite failure into a message a person can act on.
 */
void
lc_store_set_error_from_sqlite (LcStore  *self,
                                int       rc,
                                GError  **error)
{
  const char *detail = self && self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);
  int system_errno = self && self->db ? sqlite3_system_errno (self->db) : 0;

  /* A write SQLite calls an I/O error is often a full disk or the file size
   * limit (ulimit -f): say so, as for any other file. */
  if ((rc & 0xff) == SQLITE_IOERR && (system_errno == EFBIG || size_limit_reached (self)))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_DISK_FULL,
                   _("The library would grow larger than this system lets a file grow (the file "
                     "size limit, “ulimit -f”), so the change could not be saved; nothing already "
                     "saved was lost."));
      return;
    }
  if ((rc & 0xff) == SQLITE_IOERR && (system_errno == ENOSPC || system_errno == EDQUOT))
    rc = SQLITE_FULL;

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, LC_ERROR, LC_ERROR_DISK_FULL,
                   _("The disk is full, so the change could not be saved. "
                     "Free some space and try again; nothing already saved was lost."));
      break;
    case SQLITE_READONLY:
      /* Only a library that was opened (for reading) gets here. */
      g_set_error (error, LC_ERROR, LC_ERROR_READ_ONLY,
                   _("The library cannot be written to (%s). "
                     "You can still read it; open a library in a writable place to make changes."),
                   detail);
      break;
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error (error, LC_ERROR, LC_ERROR_NO_ACCESS,
                   _("The library could not be opened or written (%s); check that it and its "
                     "folder exist and that you may write to them."),
                   detail);
      break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, LC_ERROR, LC_ERROR_NOT_A_DATABASE,
                   _("The library file is damaged (%s)."), detail);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, LC_ERROR, LC_ERROR_BUSY,
                   _("Another program is writing to the library (an import, perhaps), so it "
                     "could not be read or changed just now. Nothing was lost; try again in a "
                     "moment."));
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, LC_ERROR, LC_ERROR_CONSTRAINT,
                   _("The change was refused because it would break a rule of the data (%s)."),
                   detail);
      break;
    default:
      g_set_error (error, LC_ERROR, LC_ERROR_DATABASE,
                   _("The library could not be read or written (%s)."), detail);
    }
}

sqlite3_stmt *
lc_store_prepare (LcStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      lc_store_set_error_from_sqlite (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/**
 * lc_store_exec:
 * @self: a store
 * @sql: SQL with no parameters (a constant of the program, never user text)
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
lc_store_exec (LcStore     *self,
               const char  *sql,
               GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      lc_store_set_error_from_sqlite (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* One statement of the program, prepared once: a savepoint is opened and
 * released around every row stored, thousands of times in an import. */
static gboolean
exec_cached (LcStore     *self,
             const char  *sql,
             GError     **error)
{
  sqlite3_stmt *stmt = lc_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      lc_store_set_error_from_sqlite (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Opens a transaction with @first, or a savepoint inside the current one. */
static gboolean
begin (LcStore     *self,
       const char  *first,
       GError     **error)
{
  char sql[48];

  if (self->depth == 0)
    g_strlcpy (sql, first, sizeof sql);
  else
    g_snprintf (sql, sizeof sql, "SAVEPOINT lc%d", self->depth);

  if (!exec_cached (self, sql, error))
    return FALSE;

  self->depth++;
  return TRUE;
}

/**
 * lc_store_begin:
 * @self: a store
 * @error: return location for a #GError
 *
 * Opens a transaction, or a savepoint inside the current one, so that
 * functions that change the store can be combined into one change.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_store_begin (LcStore  *self,
                GError  **error)
{
  return begin (self, "BEGIN IMMEDIATE", error);
}

/**
 * lc_store_begin_read:
 * @self: a store
 * @error: return location for a #GError
 *
 * Opens a transaction that only reads (or a savepoint inside the current
 * one), ended by lc_store_end_read(). Every statement outside a
 * transaction takes and drops the library's read lock on its own, a few
 * system calls each: a reader of a whole convention (an export: a query
 * per record) spends more time on that than on reading. Its reads also
 * see one state of the library, whatever another process commits
 * meanwhile. The transaction takes no write lock, so other processes may
 * still change the library.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_store_begin_read (LcStore  *self,
                     GError  **error)
{
  return begin (self, "BEGIN DEFERRED", error);
}

/**
 * lc_store_end_read:
 * @self: a store
 *
 * Ends the innermost lc_store_begin_read(). Nothing was written in it, so
 * there is nothing to keep or lose.
 */
void
lc_store_end_read (LcStore *self)
{
  g_return_if_fail (self->depth > 0);

  /* On failure lc_store_commit () has ended it by a rollback. */
  lc_store_commit (self, NULL);
}

static void
unref_array (gpointer data)
{
  g_ptr_array_unref (data);
}

/**
 * lc_store_list_by_parent:
 * @self: a store
 * @type: a record class that belongs to a convention (see
 *   lc_store_list_for_convention())
 * @convention_id: the convention
 * @property: an integer property of @type, such as "item-id"
 * @error: return location for a #GError
 *
 * The convention's records of @type, put together by their @property:
 * what a list for each parent (lc_store_list() of an item's participations)
 * gives, read in one query rather than one per parent.
 *
 * Returns: (transfer full) (nullable): a table from a value of @property
 *   (gint64 *) to a #GPtrArray of its records, in the class's order; a
 *   value no record has is not in it
 */
GHashTable *
lc_store_list_by_parent (LcStore     *self,
                         GType        type,
                         gint64       convention_id,
                         const char  *property,
                         GError     **error)
{
  g_autoptr(GListStore) records = lc_store_list_for_convention (self, type, convention_id, error);
  GHashTable *groups;

  if (records == NULL)
    return NULL;

  groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, unref_array);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (records)); i++)
    {
      LcRecord *record = g_list_model_get_item (G_LIST_MODEL (records), i);
      gint64 parent = lc_record_get_int (record, property);
      GPtrArray *group = g_hash_table_lookup (groups, &parent);

      if (group == NULL)
        {
          group = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (groups, g_memdup2 (&parent, sizeof parent), group);
        }
      g_ptr_array_add (group, record);
    }

  return groups;
}

/**
 * lc_store_commit:
 * @self: a store
 * @error: return location for a #GError
 *
 * Ends the innermost lc_store_begin(). On failure the change is rolled back.
 *
 * Returns: %TRUE when the change is kept
 */
gboolean
lc_store_commit (LcStore  *self,
                 GError  **error)
{
  char sql[48];

  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth == 1)
    g_strlcpy (sql, "COMMIT", sizeof sql);
  else
    g_snprintf (sql, sizeof sql, "RELEASE lc%d", self->depth - 1);

  if (!exec_cached (self, sql, error))
    {
      lc_store_rollback (self);
      return FALSE;
    }

  self->depth--;
  return TRUE;
}

/**
 * lc_store_rollback:
 * @self: a store
 *
 * Undoes everything since the innermost lc_store_begin().
 */
void
lc_store_rollback (LcStore *self)
{
  char sql[64];

  g_return_if_fail (self->depth > 0);

  if (self->depth == 1)
    g_strlcpy (sql, "ROLLBACK", sizeof sql);
  else
    g_snprintf (sql, sizeof sql, "ROLLBACK TO lc%d; RELEASE lc%d", self->depth - 1, self->depth - 1);

  /* A failed COMMIT may already have ended the transaction. */
  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  self->depth--;
}

static void
lc_store_finalize (GObject *object)
{
  LcStore *self = LC_STORE (object);

  if (self->watch_source != NULL)
    {
      g_source_destroy (self->watch_source);
      g_clear_pointer (&self->watch_source, g_source_unref);
    }
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  if (self->db)
    sqlite3_close (self->db);
  if (self->protected_path)
    lc_file_unprotect (self->path);
  if (self->copy_dir != NULL)
    {
      g_autoptr(GDir) dir = g_dir_open (self->copy_dir, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *file = g_build_filename (self->copy_dir, name, NULL);

          g_unlink (file);
        }
      g_rmdir (self->copy_dir);
      g_free (self->copy_dir);
    }
  g_free (self->path);

  G_OBJECT_CLASS (lc_store_parent_class)->finalize (object);
}

static void
lc_store_class_init (LcStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lc_store_finalize;

  /**
   * LcStore::changed:
   * @self: the store
   * @type: the record class that changed
   * @id: the record's id
   * @kind: an #LcChangeKind
   *
   * Emitted after a record was inserted, updated or deleted.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_GTYPE, G_TYPE_INT64, G_TYPE_INT);

  /**
   * LcStore::external-change:
   * @self: the store
   *
   * Emitted, while the store is watched (lc_store_watch()), when another
   * connection committed a change to the library: anything read before may
   * be out of date.
   */
  signals[EXTERNAL_CHANGE] =
    g_signal_new ("external-change", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * LcStore::pending-change:
   * @self: the store
   * @record: the record as edited
   *
   * Emitted when an edit of @record could not be written yet, because
   * another process holds the library, and waits to be (see
   * lc_undo_stack_update()): views show it meanwhile. #LcStore::changed
   * follows when it is written.
   */
  signals[PENDING_CHANGE] =
    g_signal_new ("pending-change", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, LC_TYPE_RECORD);
}

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static void
count_change (LcStore  *self,
              GType     type,
              gint64    id,
              int       kind,
              gpointer  user_data)
{
  self->change_serial++;
}

static void
lc_store_init (LcStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->pending = g_ptr_array_new_with_free_func (g_object_unref);
  /* Whoever emits "changed" (the undo stack does too), it is counted. */
  g_signal_connect (self, "changed", G_CALLBACK (count_change), NULL);
}

const char *
lc_store_get_path (LcStore *self)
{
  return self->path;
}

int
lc_store_get_version (LcStore *self)
{
  return self->version;
}

gboolean
lc_store_is_read_only (LcStore *self)
{
  return self->read_only;
}

/**
 * lc_store_set_interactive:
 * @self: a store
 * @interactive: whether the thread that uses it draws a window
 *
 * A window's store never waits for the library's lock: while another
 * process writes (an import on the command line), a change through it fails
 * at once with %LC_ERROR_BUSY instead of freezing the window for up to five
 * seconds; lc_undo_stack_update() queues such an edit instead. Other stores
 * wait up to five seconds for the lock.
 */
void
lc_store_set_interactive (LcStore  *self,
                          gboolean  interactive)
{
  g_return_if_fail (LC_IS_STORE (self));

  self->interactive = interactive;
  sqlite3_busy_timeout (self->db, interactive ? 0 : BUSY_TIMEOUT_MS);
}

gboolean
lc_store_get_interactive (LcStore *self)
{
  return self->interactive;
}

/**
 * lc_store_get_handle:
 * @self: a store
 *
 * Returns: (transfer none): the `sqlite3 *` behind the store, for queries of
 *   other modules of src/core
 */
gpointer
lc_store_get_handle (LcStore *self)
{
  return self->db;
}

/* Tells the listeners (the open convention, the undo stack…) of a change
 * made through this store; lc-store-records.c calls it after each commit. */
void
lc_store_emit_changed (LcStore      *self,
                       GType         type,
                       gint64        id,
                       LcChangeKind  kind)
{
  g_signal_emit (self, signals[CHANGED], 0, type, id, kind);
}
