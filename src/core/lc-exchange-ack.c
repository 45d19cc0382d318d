/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* Before any header includes sqlite3.h: the session extension's API. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include "lc-exchange-private.h"
#include "lc-store-private.h"

/* Which changes a colleague had seen (issue 15). Each changes file says up
 * to which sequence its author had merged each replica's files (its
 * "merged:" lines, the acknowledgements, read from the history's merges).
 * The state keeps this library's sent changesets until a colleague's file
 * acknowledges them (exchange_sent, in LIBRARY.exchange/<uid>.db; a state
 * written before has no such table, which is made on the next send).
 *
 * What they settle is what the state S (what the colleague holds once they
 * merge everything this library sent) takes from a merged file: the
 * file's values, but for a field of a sent changeset the file does not
 * acknowledge (it crossed the file), which the organiser kept here and
 * which has not changed since (lc_exchange_state_conflict ()). Guessing
 * either way without knowing what crossed, S ended apart from what the
 * colleague held, and two libraries that exchanged every file ended with
 * two clauses for good (HACKING.md, files that cross). */

/**
 * lc_exchange_acks_read: (skip)
 * @store: a library
 * @convention_id: one of its conventions
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the last sequence merged from each other
 *   replica of the convention (#LcExchangeAck), or %NULL with @error set
 */
GPtrArray *
lc_exchange_acks_read (LcStore  *store,
                       gint64    convention_id,
                       GError  **error)
{
  g_autoptr(GPtrArray) acks = g_ptr_array_new_with_free_func (lc_exchange_ack_free);
  sqlite3_stmt *stmt = lc_store_prepare (store,
                                         "SELECT replica, max (sequence) FROM exchange_history"
                                         " WHERE convention_id = ? AND kind = 'merge'"
                                         " GROUP BY replica ORDER BY replica", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LcExchangeAck *ack = g_new0 (LcExchangeAck, 1);

      ack->replica = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      ack->sequence = sqlite3_column_int64 (stmt, 1);
      g_ptr_array_add (acks, ack);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      lc_store_set_error_from_sqlite (store, rc, error);
      return NULL;
    }
  return g_steal_pointer (&acks);
}

static gboolean
has_sent_table (sqlite3    *db,
                const char *schema)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s.sqlite_master WHERE name = 'exchange_sent'",
                                          schema);
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK)
    found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_finalize (stmt);
  return found;
}

/* Runs @sql, with @sequence bound to its first parameter and the
 * changeset, if any, to its second. */
static gboolean
run_sent (sqlite3     *db,
          const char  *sql,
          gint64       sequence,
          const void  *changeset,
          int          size,
          GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, sequence);
      if (changeset != NULL)
        sqlite3_bind_blob (stmt, 2, changeset, size, SQLITE_STATIC);
      rc = sqlite3_step (stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode (db);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    lc_exchange_set_error (db, rc, error);
  return rc == SQLITE_OK;
}

/* Keeps a sent changeset until it is acknowledged; an empty one needs no
 * keeping. */
gboolean
lc_exchange_sent_add (sqlite3     *db,
                      const char  *schema,
                      gint64       sequence,
                      const void  *changeset,
                      int          size,
                      GError     **error)
{
  g_autofree char *create = g_strdup_printf ("CREATE TABLE IF NOT EXISTS %s.exchange_sent"
                                             " (sequence INTEGER PRIMARY KEY, changeset BLOB NOT NULL)",
                                             schema);
  g_autofree char *insert = g_strdup_printf ("INSERT OR REPLACE INTO %s.exchange_sent VALUES (?, ?)", schema);

  if (size == 0)
    return TRUE;
  return lc_exchange_exec (db, create, error) && run_sent (db, insert, sequence, changeset, size, error);
}

/* Forgets the sent changesets up to @sequence: a colleague has them. */
gboolean
lc_exchange_sent_forget (sqlite3     *db,
                         const char  *schema,
                         gint64       sequence,
                         GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s.exchange_sent WHERE sequence <= ?", schema);

  return !has_sent_table (db, schema) || run_sent (db, sql, sequence, NULL, 0, error);
}

static void
add_key (GHashTable *unseen,
         const char *table,
         const char *uid,
         int         column)
{
  g_hash_table_add (unseen, g_strdup_printf ("%s\x1f%s\x1f%d", table, uid, column));
}

/* The fields a changeset changes, and its records (as column 0). */
static void
add_changeset (GHashTable *unseen,
               const void *changeset,
               int         size)
{
  sqlite3_changeset_iter *iter = NULL;

  if (size == 0 || sqlite3changeset_start (&iter, size, (void *) changeset) != SQLITE_OK)
    return;
  while (sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char *table;
      int n_columns, op, indirect;
      sqlite3_value *key = NULL;
      const char *uid;

      sqlite3changeset_op (iter, &table, &n_columns, &op, &indirect);
      if (op == SQLITE_INSERT)
        sqlite3changeset_new (iter, 0, &key);
      else
        sqlite3changeset_old (iter, 0, &key);
      if (key == NULL || (uid = (const char *) sqlite3_value_text (key)) == NULL)
        continue;
      add_key (unseen, table, uid, 0);
      for (int c = 1; c < n_columns; c++)
        {
          sqlite3_value *new = NULL;

          if (op == SQLITE_UPDATE)
            sqlite3changeset_new (iter, c, &new);
          if (op != SQLITE_UPDATE || new != NULL)
            add_key (unseen, table, uid, c);
        }
    }
  sqlite3changeset_finalize (iter);
}

static GHashTable *
new_fields (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

void
lc_exchange_unseen_free (LcExchangeUnseen *unseen)
{
  if (unseen == NULL)
    return;
  g_hash_table_unref (unseen->sent);
  g_hash_table_unref (unseen->unsent);
  g_free (unseen);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcExchangeUnseen, lc_exchange_unseen_free)

static void
finalize_statement (gpointer statement)
{
  sqlite3_finalize (statement);
}

static sqlite3_stmt *
select_row (sqlite3    *db,
            GHashTable *statements,
            const char *schema,
            const char *table,
            const char *uid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s.%s WHERE uid = ?", schema, table);
  sqlite3_stmt *stmt = g_hash_table_lookup (statements, sql);

  if (stmt == NULL)
    {
      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        return NULL;
      g_hash_table_insert (statements, g_steal_pointer (&sql), stmt);
    }
  sqlite3_reset (stmt);
  sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);
  return stmt;
}

/* The fields not sent yet (C, @db's main, differs from S, its base) of the
 * records the file changes or deletes: only those can be conflicts, and
 * comparing them is much cheaper than the whole difference S → C. */
static gboolean
add_unsent (sqlite3                *db,
            const LcExchangeHeader *header,
            GHashTable             *unsent,
            GError                **error)
{
  g_autoptr(GHashTable) statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            finalize_statement);
  sqlite3_changeset_iter *iter = NULL;
  int rc = header->size == 0 ? SQLITE_DONE
           : sqlite3changeset_start (&iter, (int) header->size, (void *) header->changeset);

  while (rc == SQLITE_OK && (rc = sqlite3changeset_next (iter)) == SQLITE_ROW)
    {
      const char *table, *uid;
      int n_columns, op, indirect;
      sqlite3_value *key = NULL;
      sqlite3_stmt *here, *sent;
      gboolean in_here, in_sent;

      sqlite3changeset_op (iter, &table, &n_columns, &op, &indirect);
      rc = SQLITE_OK;
      if (op == SQLITE_INSERT)
        continue;
      sqlite3changeset_old (iter, 0, &key);
      uid = (const char *) sqlite3_value_text (key);
      here = select_row (db, statements, "main", table, uid);
      sent = select_row (db, statements, "base", table, uid);
      if (here == NULL || sent == NULL)
        {
          rc = sqlite3_errcode (db);
          break;
        }
      in_here = sqlite3_step (here) == SQLITE_ROW;
      in_sent = sqlite3_step (sent) == SQLITE_ROW;
      for (int c = 1; c < n_columns && (in_here || in_sent); c++)
        if (in_here != in_sent
            || !lc_exchange_values_equal (sqlite3_column_value (here, c), sqlite3_column_value (sent, c)))
          {
            add_key (unsent, table, uid, 0);
            add_key (unsent, table, uid, c);
          }
    }
  if (iter != NULL)
    sqlite3changeset_finalize (iter);
  if (rc != SQLITE_DONE)
    {
      lc_exchange_set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * lc_exchange_unseen_read: (skip)
 * @db: the convention as the library holds it (C) as "main", the state
 *   (S) attached as "base"
 * @header: the file being merged
 * @unseen: (out) (transfer full): replaced by the fields changed here that
 *   the file's author had not seen, or %NULL for a file that does not say
 *   what its author had merged (format 1)
 * @error: return location for a #GError
 *
 * Returns: %FALSE with @error set when the state cannot be read
 */
gboolean
lc_exchange_unseen_read (sqlite3                 *db,
                         const LcExchangeHeader  *header,
                         LcExchangeUnseen       **unseen,
                         GError                 **error)
{
  g_autoptr(LcExchangeUnseen) fields = NULL;
  g_autofree char *replica = NULL;
  gint64 sequence, acked;

  g_clear_pointer (unseen, lc_exchange_unseen_free);
  if (header->acks == NULL)
    return TRUE;
  if (!lc_exchange_state_meta (db, "base", &replica, &sequence, error))
    return FALSE;
  acked = lc_exchange_header_acked (header, replica);
  fields = g_new0 (LcExchangeUnseen, 1);
  fields->sent = new_fields ();
  fields->unsent = new_fields ();

  if (has_sent_table (db, "base"))
    {
      sqlite3_stmt *stmt = NULL;
      int rc = sqlite3_prepare_v2 (db, "SELECT changeset FROM base.exchange_sent WHERE sequence > ?",
                                   -1, &stmt, NULL);

      if (rc == SQLITE_OK)
        {
          sqlite3_bind_int64 (stmt, 1, acked);
          while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
            add_changeset (fields->sent, sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_OK)
        {
          lc_exchange_set_error (db, rc, error);
          return FALSE;
        }
    }
  if (!add_unsent (db, header, fields->unsent, error))
    return FALSE;

  *unseen = g_steal_pointer (&fields);
  return TRUE;
}

static gboolean
has_field (GHashTable *fields,
           const char *table,
           const char *uid,
           int         column)
{
  g_autofree char *field = g_strdup_printf ("%s\x1f%s\x1f%d", table, uid, column);

  return g_hash_table_contains (fields, field);
}

/* A field of S kept as it was after the file is applied to S. */
typedef struct
{
  const LcExchangeTable *table;
  char                  *uid;
  int                    column;
  sqlite3_value         *value;
} KeptField;

static void
kept_field_free (gpointer data)
{
  KeptField *kept = data;

  g_free (kept->uid);
  sqlite3_value_free (kept->value);
  g_free (kept);
}

/* Whether the organiser kept this library's value in a conflict of the
 * record (any choice but theirs). */
static gboolean
record_kept (LcExchangeMerge *self,
             const char      *table,
             const char      *uid)
{
  for (guint i = 0; i < self->conflicts->len; i++)
    {
      const LcExchangeConflict *conflict = g_ptr_array_index (self->conflicts, i);

      if (g_strcmp0 (conflict->table, table) == 0 && g_strcmp0 (conflict->uid, uid) == 0
          && conflict->choice != LC_EXCHANGE_THEIRS)
        return TRUE;
    }
  return FALSE;
}

/**
 * lc_exchange_state_conflict: (skip)
 *
 * The conflict handler of a file (@data: the #LcExchangeMerge) applied to
 * the state S, which stands for what the colleague has once they merge
 * everything this library sent. S takes the file's values (its author's),
 * whatever the merge chose here: a value kept here ("mine") then differs
 * from S and is sent again, and is taken there with no conflict, being
 * made after the file. But for a field this library had sent and the file
 * crossed, kept here and not changed since: the colleague meets the same
 * conflict when merging what crossed, and chooses the same by the team's
 * rule; sending it again would cross the colleague's newer edits of it.
 * A file of format 1 leaves out of S every change that conflicts there.
 */
int
lc_exchange_state_conflict (void                   *data,
                            int                     kind,
                            sqlite3_changeset_iter *iter)
{
  LcExchangeMerge *self = data;
  const char *name, *uid;
  const LcExchangeTable *table;
  sqlite3_value *key = NULL;
  int n_columns, op, indirect;

  if (self->unseen == NULL || kind == SQLITE_CHANGESET_NOTFOUND)
    return SQLITE_CHANGESET_OMIT;
  if (kind != SQLITE_CHANGESET_DATA && kind != SQLITE_CHANGESET_CONFLICT)
    return SQLITE_CHANGESET_OMIT;
  sqlite3changeset_op (iter, &name, &n_columns, &op, &indirect);
  if (op != SQLITE_UPDATE)
    return SQLITE_CHANGESET_REPLACE;

  table = lc_exchange_table_find (name);
  sqlite3changeset_old (iter, 0, &key);
  uid = (const char *) sqlite3_value_text (key);
  if (table == NULL || uid == NULL || !record_kept (self, name, uid))
    return SQLITE_CHANGESET_REPLACE;
  for (int c = 1; c < n_columns; c++)
    {
      sqlite3_value *new = NULL, *here = NULL;
      KeptField *kept;

      sqlite3changeset_new (iter, c, &new);
      sqlite3changeset_conflict (iter, c, &here);
      if (new == NULL || !has_field (self->unseen->sent, name, uid, c)
          || has_field (self->unseen->unsent, name, uid, c) || lc_exchange_values_equal (new, here))
        continue;
      kept = g_new0 (KeptField, 1);
      kept->table = table;
      kept->uid = g_strdup (uid);
      kept->column = c;
      kept->value = sqlite3_value_dup (here);
      if (self->state_later == NULL)
        self->state_later = g_ptr_array_new_with_free_func (kept_field_free);
      g_ptr_array_add (self->state_later, kept);
    }
  return SQLITE_CHANGESET_REPLACE;
}

/* The fields lc_exchange_state_conflict () kept, set back in S (@db's
 * main) once the file is applied. */
gboolean
lc_exchange_state_settle (LcExchangeMerge  *self,
                          sqlite3          *db,
                          GError          **error)
{
  g_autoptr(GPtrArray) later = g_steal_pointer (&self->state_later);

  for (guint i = 0; later != NULL && i < later->len; i++)
    {
      KeptField *kept = g_ptr_array_index (later, i);
      const LcColumn *column = g_ptr_array_index (kept->table->columns, kept->column - 1);
      g_autofree char *sql = g_strdup_printf ("UPDATE main.%s SET %s = ? WHERE uid = ?",
                                              kept->table->table, column->name);
      sqlite3_stmt *stmt = NULL;
      int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

      if (rc == SQLITE_OK)
        {
          sqlite3_bind_value (stmt, 1, kept->value);
          sqlite3_bind_text (stmt, 2, kept->uid, -1, SQLITE_TRANSIENT);
          rc = sqlite3_step (stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode (db);
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_OK)
        {
          lc_exchange_set_error (db, rc, error);
          return FALSE;
        }
    }
  return TRUE;
}
