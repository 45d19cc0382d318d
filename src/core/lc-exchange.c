/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* Before any header includes sqlite3.h: the session extension's API. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include <glib/gi18n-lib.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "lc-error.h"
#include "lc-exchange-private.h"
#include "lc-file.h"
#include "lc-models.h"
#include "lc-store-private.h"

/* Send Changes (issue 15): each convention the library exchanges has a
 * state file beside the library, LIBRARY.exchange/<convention uid>.db, holding the
 * convention's mirror as it was at the last send, plus everything merged
 * since (S). Sending fills a mirror of the convention as it is now (C) in
 * memory and asks SQLite's session extension for the difference S → C:
 * that changeset is the changes file; then S becomes C. Changes merged
 * from a colleague are written to S too, so they are never sent back. */

/* Beside the library and named after it, so that two libraries in one
 * folder keep their own. */
char *
lc_exchange_state_path (LcStore    *store,
                        const char *convention_uid)
{
  g_autofree char *dir = g_strconcat (lc_store_get_path (store), ".exchange", NULL);
  g_autofree char *name = g_strconcat (convention_uid, ".db", NULL);

  return g_build_filename (dir, name, NULL);
}

static char *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* The state's replica (this library's identity in the exchange of the
 * convention) and the number of its last send. */
gboolean
lc_exchange_state_meta (sqlite3     *db,
                        const char  *schema,
                        char       **replica,
                        gint64      *sequence,
                        GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT (SELECT value FROM %1$s.exchange_meta WHERE key = 'replica'),"
                                          " (SELECT value FROM %1$s.exchange_meta WHERE key = 'sequence')",
                                          schema);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW
      && lc_uid_is_valid ((const char *) sqlite3_column_text (stmt, 0)))
    {
      *replica = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      *sequence = sqlite3_column_int64 (stmt, 1);
      sqlite3_finalize (stmt);
      return TRUE;
    }
  sqlite3_finalize (stmt);
  g_set_error (error, LC_ERROR, LC_ERROR_NOT_A_DATABASE,
               _("The record of what was last sent for this convention is damaged."));
  return FALSE;
}

static char *
convention_uid (LcStore  *store,
                gint64    convention_id,
                GError  **error)
{
  return lc_store_get_uid (store, LC_TYPE_CONVENTION, convention_id, error);
}

/* Puts @path's contents on the disk, so that a crash after it is renamed
 * into place cannot leave the name with a file the disk never received. */
static gboolean
sync_file (const char  *path,
           GError     **error)
{
  int fd = g_open (path, O_RDWR | O_CLOEXEC, 0);
  int saved_errno;

  if (fd >= 0 && fsync (fd) == 0)
    return g_close (fd, error);
  saved_errno = errno;
  if (fd >= 0)
    g_close (fd, NULL);
  lc_file_set_error_from_errno (error, path, saved_errno);
  return FALSE;
}

/* Attaches the library file @library to @db as "library", to be read. */
static gboolean
attach_library (sqlite3     *db,
                const char  *library,
                GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "ATTACH ?1 AS library", -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, library, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode (db);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    lc_exchange_set_error (db, rc, error);
  return rc == SQLITE_OK;
}

/**
 * lc_exchange_track:
 * @store: a library
 * @convention_id: one of its conventions
 * @error: return location for a #GError
 *
 * Starts keeping what changes in the convention from now on, for Send
 * Changes: the convention as it is now is what both organisers have (say,
 * just imported from the same convention file). Does nothing when the
 * convention is kept already.
 *
 * Returns: %FALSE with @error set when the state cannot be written
 */
gboolean
lc_exchange_track (LcStore  *store,
                   gint64    convention_id,
                   GError  **error)
{
  g_autofree char *uid = convention_uid (store, convention_id, error);
  g_autofree char *path = NULL, *dir = NULL, *partial = NULL, *replica = NULL;
  g_autoptr(LcUpdateTree) tree = NULL;
  sqlite3 *db;
  /* The library's file as SQLite opened it; empty for one in memory. */
  const char *library = sqlite3_db_filename (lc_store_get_handle (store), "main");
  gboolean ok, from_library;

  if (uid == NULL)
    return FALSE;
  path = lc_exchange_state_path (store, uid);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      lc_file_set_error_from_errno (error, dir, errno);
      return FALSE;
    }
  /* With nothing uncommitted, another connection sees the convention as
   * the store does: the state is then made from the library's tables, not
   * from the convention read as records (issue 17: 0.6 s of a 10,000-item
   * import). In a transaction, or in memory, only the store's own
   * connection sees it. */
  from_library = store->depth == 0 && library != NULL && *library != '\0';
  if (!from_library && (tree = lc_update_tree_read (store, convention_id, error)) == NULL)
    return FALSE;

  /* Written whole beside, then renamed, so that a state is never half
   * there. */
  partial = g_strconcat (path, ".new", NULL);
  g_unlink (partial);
  db = lc_exchange_open_db (partial, error);
  if (db == NULL)
    return FALSE;
  replica = g_uuid_string_random ();
  /* No rollback journal and no syncing while the state is made: the file
   * has a name of its own until it is whole, and a crash or a failure
   * leaves only that partial file, which is removed (here or by the next
   * track), never a half state under the state's name. The rename below
   * is what makes it the state (issue 17: no journal written beside a
   * state of 17 MB at 10,000 items). */
  ok = lc_exchange_exec (db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF", error)
       && (!from_library || attach_library (db, library, error))
       && lc_exchange_exec (db, "BEGIN", error)
       && lc_exchange_mirror_create (db, "main", error)
       && (from_library ? lc_exchange_mirror_fill_library (db, "main", "library", store, convention_id, error)
                        : lc_exchange_mirror_fill (db, "main", store, tree, error));
  if (ok)
    {
      sqlite3_stmt *stmt = NULL;
      int rc = sqlite3_prepare_v2 (db, "INSERT INTO exchange_meta VALUES ('replica', ?), ('sequence', 0)",
                                   -1, &stmt, NULL);

      if (rc == SQLITE_OK)
        {
          sqlite3_bind_text (stmt, 1, replica, -1, SQLITE_TRANSIENT);
          rc = sqlite3_step (stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode (db);
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_OK)
        lc_exchange_set_error (db, rc, error);
      ok = rc == SQLITE_OK && lc_exchange_exec (db, "COMMIT", error);
    }
  sqlite3_close (db);
  /* SQLite did not sync it (synchronous = OFF): once, before it is named. */
  if (ok)
    ok = sync_file (partial, error);
  if (ok && g_rename (partial, path) != 0)
    {
      lc_file_set_error_from_errno (error, path, errno);
      ok = FALSE;
    }
  if (!ok)
    g_unlink (partial);
  return ok;
}

/* Counts a changeset's insertions, updates and deletions. */
static void
count_changes (const void *changeset,
               int         size,
               guint       counts[4])
{
  sqlite3_changeset_iter *iter = NULL;

  memset (counts, 0, 4 * sizeof (guint));
  if (size == 0 || sqlite3changeset_start (&iter, size, (void *) changeset) != SQLITE_OK)
    return;
  while (sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char *table;
      int n, op, indirect;

      sqlite3changeset_op (iter, &table, &n, &op, &indirect);
      counts[op == SQLITE_INSERT ? 0 : op == SQLITE_UPDATE ? 1 : 2]++;
    }
  sqlite3changeset_finalize (iter);
}

/* The tables whose rows differ between @db's main and base, asked in one
 * statement: sqlite3session_diff () prepares and runs its queries for every
 * table it is given, which was most of a send's time, when a send changes
 * a table or two. */
static GHashTable *
tables_differing (sqlite3 *db)
{
  GHashTable *differ = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) sql = g_string_new (NULL);
  guint n;
  const LcExchangeTable *tables = lc_exchange_tables (&n);
  sqlite3_stmt *stmt = NULL;
  int rc;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, "%1$sSELECT %2$u WHERE EXISTS (SELECT * FROM main.%3$s EXCEPT SELECT * FROM base.%3$s)"
                            " OR EXISTS (SELECT * FROM base.%3$s EXCEPT SELECT * FROM main.%3$s)",
                            i > 0 ? " UNION ALL " : "", i, tables[i].table);
  rc = sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 i = sqlite3_column_int64 (stmt, 0);

      if (i >= 0 && i < n)
        g_hash_table_add (differ, (gpointer) tables[i].table);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  /* Whatever went wrong, every table is diffed rather than a change left
   * unsent. */
  for (guint i = 0; rc != SQLITE_DONE && i < n; i++)
    g_hash_table_add (differ, (gpointer) tables[i].table);
  return differ;
}

/* The changeset S → C, with C the convention as the library holds it now,
 * filled into @db's main database, and S attached as "base". */
gboolean
lc_exchange_diff_state (sqlite3  *db,
                        void    **changeset,
                        int      *size,
                        GError  **error)
{
  sqlite3_session *session = NULL;
  guint n;
  const LcExchangeTable *tables = lc_exchange_tables (&n);
  g_autoptr(GHashTable) differ = tables_differing (db);
  int rc = sqlite3session_create (db, "main", &session);
  g_autofree char *why = NULL;

  for (guint i = 0; rc == SQLITE_OK && i < n; i++)
    {
      char *message = NULL;

      if (!g_hash_table_contains (differ, tables[i].table))
        continue;
      rc = sqlite3session_attach (session, tables[i].table);
      if (rc == SQLITE_OK)
        rc = sqlite3session_diff (session, "base", tables[i].table, &message);
      if (rc != SQLITE_OK && message != NULL)
        why = g_strdup (message);
      sqlite3_free (message);
    }
  if (rc == SQLITE_OK)
    rc = sqlite3session_changeset (session, size, changeset);
  if (session != NULL)
    sqlite3session_delete (session);
  /* The session's functions say what went wrong in their own message or
   * their code, not in the connection's (which says "not an error"). */
  if (rc != SQLITE_OK && why != NULL)
    g_set_error (error, LC_ERROR, LC_ERROR_DATABASE,
                 /* Translators: %s is SQLite's own message */
                 _("The exchange's working copy could not be written: %s"), why);
  else if (rc != SQLITE_OK)
    lc_exchange_set_error (NULL, rc, error);
  return rc == SQLITE_OK;
}

gboolean
lc_exchange_attach (sqlite3     *db,
                    const char  *path,
                    const char  *name,
                    GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("ATTACH ? AS %s", name);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, path, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode (db);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    lc_exchange_set_error (db, rc, error);
  return rc == SQLITE_OK;
}

/* C, the convention as it is now, in a new in-memory connection with the
 * state S attached as "base". */
static sqlite3 *
open_current (LcStore     *store,
              gint64       convention_id,
              const char  *state,
              GError     **error)
{
  g_autoptr(LcUpdateTree) tree = lc_update_tree_read (store, convention_id, error);
  sqlite3 *db;

  if (tree == NULL || (db = lc_exchange_open_db (":memory:", error)) == NULL)
    return NULL;
  if (!lc_exchange_mirror_create (db, "main", error)
      || !lc_exchange_mirror_fill (db, "main", store, tree, error)
      || !lc_exchange_attach (db, state, "base", error))
    {
      sqlite3_close (db);
      return NULL;
    }
  return db;
}

/**
 * lc_exchange_send:
 * @store: a library
 * @convention_id: one of its conventions
 * @author: the organiser's name, written into the file
 * @path: the changes file to write
 * @n_changes: (out) (optional): how many records the file adds, changes or
 *   deletes
 * @error: return location for a #GError
 *
 * Writes everything changed in the convention since the last send (or
 * since lc_exchange_track()), but what was merged from others, to @path,
 * and remembers the convention as sent. A convention not kept yet is kept
 * from now on, and its first file holds no change.
 *
 * Returns: %FALSE with @error set on failure; nothing is then remembered
 */
gboolean
lc_exchange_send (LcStore     *store,
                  gint64       convention_id,
                  const char  *author,
                  const char  *path,
                  guint       *n_changes,
                  GError     **error)
{
  g_autofree char *uid = convention_uid (store, convention_id, error);
  g_autofree char *state = NULL, *replica = NULL;
  LcExchangeHeader header = { 0 };
  g_autoptr(GBytes) file = NULL;
  void *changeset = NULL;
  int size = 0;
  gint64 sequence;
  guint counts[4];
  sqlite3 *db;
  gboolean ok;

  if (uid == NULL)
    return FALSE;
  if (author == NULL || !g_utf8_validate (author, -1, NULL) || strchr (author, '\n') != NULL
      || strlen (author) > LC_EXCHANGE_MAX_AUTHOR_BYTES)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("An organiser’s name is one line of at most 200 bytes."));
      return FALSE;
    }
  if (!lc_exchange_track (store, convention_id, error))
    return FALSE;
  state = lc_exchange_state_path (store, uid);
  db = open_current (store, convention_id, state, error);
  if (db == NULL)
    return FALSE;

  ok = lc_exchange_state_meta (db, "base", &replica, &sequence, error)
       && lc_exchange_diff_state (db, &changeset, &size, error);
  /* What this library has merged of each colleague: the colleague learns
   * which of its own changes this file's author had seen. */
  if (ok)
    ok = (header.acks = lc_exchange_acks_read (store, convention_id, error)) != NULL;
  if (ok)
    {
      count_changes (changeset, size, counts);
      header.schema = lc_store_get_version (store);
      header.convention = uid;
      header.replica = replica;
      header.author = (char *) author;
      header.sequence = sequence + 1;
      header.created = now_utc ();
      header.rows = counts[0] + counts[1] + counts[2];
      file = lc_exchange_file_build (&header, changeset, size);
      header.hash = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, file);
      /* The file first: when it cannot be written, S stays as it was and
       * the same changes are sent next time. */
      ok = lc_file_write_atomic (path, g_bytes_get_data (file, NULL), g_bytes_get_size (file), error);
    }
  if (ok)
    {
      g_autofree char *sql = g_strdup_printf ("UPDATE base.exchange_meta SET value = %" G_GINT64_FORMAT
                                              " WHERE key = 'sequence'", header.sequence);

      /* The changeset is kept until the colleagues say they merged it
       * (lc-exchange-ack.c). */
      ok = lc_exchange_exec (db, "BEGIN", error)
           && lc_exchange_mirror_copy (db, "main", "base", error)
           && lc_exchange_sent_add (db, "base", header.sequence, changeset, size, error)
           && lc_exchange_exec (db, sql, error)
           && lc_exchange_exec (db, "COMMIT", error);
      if (!ok)
        sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
    }
  sqlite3_free (changeset);
  sqlite3_close (db);

  counts[3] = 0;
  if (ok)
    ok = lc_exchange_history_add (store, convention_id, "send", &header, counts, error);
  if (ok && n_changes != NULL)
    *n_changes = header.rows;
  g_free (header.created);
  g_free (header.hash);
  g_clear_pointer (&header.acks, g_ptr_array_unref);
  return ok;
}

/* One line of the convention's exchange history: who sent or merged
 * which file, when, and how many records it added, changed, deleted and
 * left in conflict (@counts, in that order). */
gboolean
lc_exchange_history_add (LcStore                *store,
                         gint64                  convention_id,
                         const char             *kind,
                         const LcExchangeHeader *header,
                         const guint             counts[4],
                         GError                **error)
{
  g_autofree char *now = now_utc ();
  sqlite3_stmt *stmt;
  int rc;

  if (!lc_store_begin (store, error))
    return FALSE;
  stmt = lc_store_prepare (store,
                           "INSERT INTO exchange_history (convention_id, kind, author, replica, sequence,"
                           " happened_at, added, changed, deleted, conflicts, file_hash)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    {
      lc_store_rollback (store);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, convention_id);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, header->author, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, header->replica, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, header->sequence);
  sqlite3_bind_text (stmt, 6, now, -1, SQLITE_TRANSIENT);
  for (int i = 0; i < 4; i++)
    sqlite3_bind_int64 (stmt, 7 + i, counts[i]);
  sqlite3_bind_text (stmt, 11, header->hash, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      lc_store_set_error_from_sqlite (store, rc, error);
      lc_store_rollback (store);
      return FALSE;
    }
  return lc_store_commit (store, error);
}

/* When the file @hash was sent from or merged into this convention, or
 * NULL (and no @error) when never. */
char *
lc_exchange_history_find (LcStore     *store,
                          gint64       convention_id,
                          const char  *hash,
                          GError     **error)
{
  sqlite3_stmt *stmt = lc_store_prepare (store,
                                         "SELECT happened_at FROM exchange_history"
                                         " WHERE convention_id = ? AND file_hash = ? LIMIT 1", error);
  char *when = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  sqlite3_bind_text (stmt, 2, hash, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    when = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    lc_store_set_error_from_sqlite (store, rc, error);
  sqlite3_reset (stmt);
  return when;
}
