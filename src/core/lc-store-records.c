/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-error.h"
#include "lc-record-private.h"
#include "lc-store-private.h"

/* Generic record access: SQL is built from the class's column list. */

static const char *
columns_sql (LcStore       *self,
             LcRecordClass *klass,
             const char    *kind)
{
  /* Cached on the class: one string per class, statement kind and whether
   * the library has uids yet (a library opened at an older version). */
  static GHashTable *cache;
  gboolean with_uid = lc_store_has_uid (self, klass->table);
  g_autofree char *key = g_strdup_printf ("%s:%s:%d", klass->table, kind, with_uid);
  GString *sql;
  const char *found;

  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if ((found = g_hash_table_lookup (cache, key)))
    return found;

  sql = g_string_new (NULL);
  if (g_str_has_prefix (kind, "insert"))
    {
      g_string_append_printf (sql, "INSERT INTO %s (id", klass->table);
      for (guint i = 0; i < klass->columns->len; i++)
        g_string_append_printf (sql, ", %s", ((LcColumn *) g_ptr_array_index (klass->columns, i))->name);
      /* The identity last: a restored record's, or NULL for the schema's
       * trigger to give a new one. */
      if (with_uid)
        g_string_append (sql, ", uid");
      g_string_append (sql, ") VALUES (?");
      for (guint i = 0; i < klass->columns->len; i++)
        g_string_append (sql, ", ?");
      if (with_uid)
        g_string_append (sql, ", ?");
      g_string_append (sql, ")");
      /* lc_store_insert_as (): a row whose identity another row has
       * already is not written, and the caller asks again without it. */
      if (with_uid && g_str_equal (kind, "insert-if-free"))
        g_string_append (sql, " ON CONFLICT (uid) DO NOTHING");
    }
  else /* select */
    {
      g_string_append (sql, "SELECT id");
      for (guint i = 0; i < klass->columns->len; i++)
        g_string_append_printf (sql, ", %s", ((LcColumn *) g_ptr_array_index (klass->columns, i))->name);
      if (with_uid)
        g_string_append (sql, ", uid");
      g_string_append_printf (sql, " FROM %s", klass->table);
    }

  found = g_string_free (sql, FALSE);
  g_hash_table_insert (cache, g_steal_pointer (&key), (char *) found);
  return found;
}

static void
bind_column (sqlite3_stmt   *stmt,
             LcRecord       *record,
             guint           i,
             int             index)
{
  const LcColumn *column = g_ptr_array_index (LC_RECORD_GET_CLASS (record)->columns, i);
  GType type = G_PARAM_SPEC_VALUE_TYPE (column->pspec);
  /* By index: a store writes every column of thousands of rows. */
  const GValue *v = lc_record_peek_value (record, i);

  if (type == G_TYPE_STRING)
    {
      sqlite3_bind_text (stmt, index, g_value_get_string (v) ? g_value_get_string (v) : "", -1,
                         SQLITE_TRANSIENT);
    }
  else
    {
      gint64 value = G_VALUE_HOLDS_INT64 (v) ? g_value_get_int64 (v)
                     : G_VALUE_HOLDS_INT (v) ? g_value_get_int (v)
                     : G_VALUE_HOLDS_BOOLEAN (v) ? g_value_get_boolean (v)
                     : g_value_get_enum (v);

      if (column->zero_is_null && value == 0)
        sqlite3_bind_null (stmt, index);
      else if (G_TYPE_IS_ENUM (type))
        sqlite3_bind_text (stmt, index, lc_enum_to_nick (type, (int) value), -1, SQLITE_STATIC);
      else
        sqlite3_bind_int64 (stmt, index, value);
    }
}

static void
bind_record (sqlite3_stmt *stmt,
             LcRecord     *record,
             int           first)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->columns->len; i++)
    bind_column (stmt, record, i, first + (int) i);
}

/* A record just made has no one watching it: a column's value is written
 * in place (@stored), not through g_object_set_property (), which looks
 * the property up by name, copies the value, checks it and queues a
 * notification each time: a fifth of loading a 10,000-item convention
 * (issue 17). A value outside the property's range still goes that way,
 * which says so. */
static void
read_value (LcRecord       *record,
            GValue         *stored,
            const LcColumn *column,
            GType           value_type,
            const char     *text,
            gint64          number)
{
  /* Straight into the record's value, which has the column's type: no
   * value made and thrown away for each of the hundreds of thousands a
   * large convention holds, and the type known from the column rather
   * than asked of the value. */
  switch (G_TYPE_FUNDAMENTAL (value_type))
    {
    case G_TYPE_STRING:
      /* Any text is a value of a text column (lc_record_class_add_text ()
       * makes them with no character set to keep to): nothing to check. */
      g_value_set_string (stored, text ? text : "");
      return;
    case G_TYPE_INT64:
      g_value_set_int64 (stored, number);
      break;
    case G_TYPE_INT:
      g_value_set_int (stored, (int) number);
      break;
    case G_TYPE_BOOLEAN:
      g_value_set_boolean (stored, number != 0);
      break;
    case G_TYPE_ENUM:
      g_value_set_enum (stored, (int) number);
      break;
    default:
      g_return_if_reached ();
    }

  if (g_param_value_validate (column->pspec, stored))
    {
      /* Not a value of the column: its setter says so, from the default. */
      g_param_value_set_default (column->pspec, stored);
      lc_record_set_int (record, column->pspec->name, number);
    }
}

/* @has_uid: lc_store_has_uid () for @type's table, asked once for all
 * the rows of a list. */
static LcRecord *
read_record (LcStore       *self,
             GType          type,
             gboolean       has_uid,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  LcRecordClass *klass = g_type_class_peek (type);
  g_autoptr(LcRecord) record = g_object_new (type, NULL);
  GValue *values = lc_record_ensure_empty_values (record);

  lc_record_set_id (record, sqlite3_column_int64 (stmt, 0));
  for (guint i = 0; i < klass->columns->len; i++)
    {
      const LcColumn *column = g_ptr_array_index (klass->columns, i);
      GType value_type = column->pspec->value_type;  /* no cast checked per value */
      int index = (int) i + 1;

      if (value_type == G_TYPE_STRING)
        {
          read_value (record, &values[i], column, value_type, (const char *) sqlite3_column_text (stmt, index), 0);
        }
      else if (G_TYPE_IS_ENUM (value_type))
        {
          const char *nick = (const char *) sqlite3_column_text (stmt, index);
          int value = 0;

          if (nick != NULL && !lc_enum_from_nick (value_type, nick, &value))
            {
              g_set_error (error, LC_ERROR, LC_ERROR_NOT_A_DATABASE,
                           _("The library holds an unknown value “%s” in %s.%s."),
                           nick, klass->table, column->name);
              return NULL;
            }
          read_value (record, &values[i], column, value_type, NULL, value);
        }
      else
        {
          read_value (record, &values[i], column, value_type, NULL, sqlite3_column_int64 (stmt, index));
        }
    }
  if (has_uid)
    lc_record_set_uid (record, (const char *) sqlite3_column_text (stmt, klass->columns->len + 1));
  lc_record_set_stored (record);

  return g_steal_pointer (&record);
}

static gboolean
step_done (LcStore       *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      lc_store_set_error_from_sqlite (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Inserts @record's row with the identity @uid (NULL: the schema's
 * trigger gives a new one, which @record then gets) and gives its row
 * number in @id. The caller holds a transaction and rolls it back on
 * failure. With @if_free, the row is written only if no row of its table
 * has @uid already: *@written says whether it was. */
static gboolean
insert_row_if (LcStore     *self,
               LcRecord    *record,
               const char  *uid,
               gboolean     if_free,
               gboolean    *written,
               gint64      *id,
               GError     **error)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (record);
  gboolean with_uid = lc_store_has_uid (self, klass->table);
  sqlite3_stmt *stmt = lc_store_prepare (self, columns_sql (self, klass, if_free ? "insert-if-free" : "insert"),
                                         error);

  *written = TRUE;
  if (stmt == NULL)
    return FALSE;

  if (lc_record_get_id (record) > 0)
    sqlite3_bind_int64 (stmt, 1, lc_record_get_id (record));
  else
    sqlite3_bind_null (stmt, 1);
  bind_record (stmt, record, 2);
  if (with_uid)
    sqlite3_bind_text (stmt, klass->columns->len + 2, uid, -1, SQLITE_TRANSIENT);

  if (!step_done (self, stmt, error))
    return FALSE;
  /* Counted as the statement's own rows, never its triggers'. */
  if (if_free && with_uid && sqlite3_changes (self->db) == 0)
    {
      *written = FALSE;
      return TRUE;
    }
  *id = sqlite3_last_insert_rowid (self->db);

  /* The identity the schema gave, so that a copy kept to undo a deletion
   * restores it. */
  if (with_uid && uid == NULL)
    {
      g_autofree char *given = lc_store_get_uid (self, G_OBJECT_TYPE (record), *id, error);

      if (given == NULL)
        return FALSE;
      lc_record_set_uid (record, given);
    }

  return TRUE;
}

static gboolean
insert_row (LcStore     *self,
            LcRecord    *record,
            const char  *uid,
            gint64      *id,
            GError     **error)
{
  gboolean written;

  return insert_row_if (self, record, uid, FALSE, &written, id, error);
}

/**
 * lc_store_insert:
 * @self: a store
 * @record: a record; its id is used when set (to restore a deleted record)
 * @error: return location for a #GError
 *
 * Stores @record as a new row, in its own transaction, and sets its id and
 * its uid: the record's own when restored under its id, else a new one.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_store_insert (LcStore   *self,
                 LcRecord  *record,
                 GError   **error)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (record);
  gint64 id;

  if (!lc_store_begin (self, error))
    return FALSE;

  /* A record restored under its id (undo) gets back its identity; one
   * without an id is a new record, even when copied from another (a
   * duplicate), and gets a new one. */
  if (lc_store_has_uid (self, klass->table) && lc_record_get_id (record) <= 0)
    lc_record_set_uid (record, NULL);
  if (!insert_row (self, record, lc_record_get_uid (record), &id, error))
    goto failed;

  if (!lc_store_commit (self, error))
    return FALSE;

  lc_record_set_id (record, id);
  lc_record_set_stored (record);
  lc_store_emit_changed (self, G_OBJECT_TYPE (record), lc_record_get_id (record), LC_CHANGE_INSERTED);
  return TRUE;

failed:
  lc_store_rollback (self);
  return FALSE;
}

/**
 * lc_store_insert_as:
 * @self: a store, in a transaction (lc_store_begin())
 * @record: a new record (no id)
 * @uid: (nullable): the identity it is to have, such as the one a
 *   convention file gives it
 * @error: return location for a #GError
 *
 * Stores @record as a new row with @uid as its identity, unless a row of
 * its table has that identity already (the same file imported twice), when
 * it gets a new one, as lc_store_insert() gives. Sets @record's id and uid.
 *
 * For an import of thousands of records in one transaction: the row is
 * written once, with its identity, rather than inserted, given a random
 * identity by the schema's trigger, asked for it and then updated to
 * @uid; and no savepoint is opened around it, since the caller's
 * transaction is rolled back whole when anything fails (issue 17).
 *
 * Returns: %TRUE on success; on failure the caller rolls back
 */
gboolean
lc_store_insert_as (LcStore     *self,
                    LcRecord    *record,
                    const char  *uid,
                    GError     **error)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (record);
  const char *kept = NULL;
  gboolean written = FALSE;
  gint64 id;

  g_return_val_if_fail (LC_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);
  g_return_val_if_fail (lc_record_get_id (record) <= 0, FALSE);

  /* Written with @uid unless a row has it, which the insert finds out by
   * the uid's unique index, rather than a look-up of its own before each
   * insert (4 % of a 10,000-item import, issue 17); then written again
   * without, for the schema to give a new one. The schema's checks before
   * an insert only refuse, so running them twice changes nothing. */
  if (uid != NULL && lc_store_has_uid (self, klass->table))
    {
      if (!insert_row_if (self, record, uid, TRUE, &written, &id, error))
        return FALSE;
      if (written)
        kept = uid;
    }

  if (!written && !insert_row (self, record, NULL, &id, error))
    return FALSE;

  if (kept != NULL)
    lc_record_set_uid (record, kept);
  lc_record_set_id (record, id);
  lc_record_set_stored (record);
  lc_store_emit_changed (self, G_OBJECT_TYPE (record), id, LC_CHANGE_INSERTED);
  return TRUE;
}

/**
 * lc_store_update:
 * @self: a store
 * @record: a stored record
 * @error: return location for a #GError
 *
 * Writes to @record's row, in one transaction, the fields that differ from
 * the values @record was read with (a copy of a record read from the store
 * remembers them; see lc_record_set_stored ()), or every field of a record
 * that was not read. So an edit of one field never writes back the others
 * as they were when read, over a change another process made since.
 *
 * Returns: %TRUE on success; %LC_ERROR_NOT_FOUND when the row is gone
 */
gboolean
lc_store_update (LcStore   *self,
                 LcRecord  *record,
                 GError   **error)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (record);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (guint));
  sqlite3_stmt *stmt;

  for (guint i = 0; i < klass->columns->len; i++)
    if (lc_record_is_changed (record, i))
      g_array_append_val (changed, i);

  /* Column names come from the class, never from text; the statement is
   * prepared once per set of columns. Nothing changed still checks that
   * the row is there. */
  g_string_append_printf (sql, "UPDATE %s SET ", klass->table);
  for (guint i = 0; i < changed->len; i++)
    g_string_append_printf (sql, "%s%s = ?%u", i ? ", " : "",
                            ((LcColumn *) g_ptr_array_index (klass->columns,
                                                             g_array_index (changed, guint, i)))->name,
                            i + 1);
  if (changed->len == 0)
    g_string_append (sql, "id = id");
  g_string_append_printf (sql, " WHERE id = ?%u", changed->len + 1);

  if (!lc_store_begin (self, error))
    return FALSE;

  stmt = lc_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    goto failed;

  for (guint i = 0; i < changed->len; i++)
    bind_column (stmt, record, g_array_index (changed, guint, i), (int) i + 1);
  sqlite3_bind_int64 (stmt, changed->len + 1, lc_record_get_id (record));
  if (!step_done (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_NOT_FOUND,
                   _("The record was not found; it may have been deleted."));
      goto failed;
    }

  if (!lc_store_commit (self, error))
    return FALSE;

  /* The row may hold more (another process's change to other fields): the
   * store's copy is the one to compare with from now on. */
  lc_record_set_stored (record);
  lc_store_emit_changed (self, G_OBJECT_TYPE (record), lc_record_get_id (record), LC_CHANGE_UPDATED);
  return TRUE;

failed:
  lc_store_rollback (self);
  return FALSE;
}

/**
 * lc_store_delete:
 * @self: a store
 * @record: a stored record
 * @error: return location for a #GError
 *
 * Deletes @record's row; rows that belong to it go too (a convention's items,
 * an item's participations).
 *
 * Returns: %TRUE on success; %LC_ERROR_NOT_FOUND when the row is gone
 */
gboolean
lc_store_delete (LcStore   *self,
                 LcRecord  *record,
                 GError   **error)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (record);
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", klass->table);
  sqlite3_stmt *stmt;

  if (!lc_store_begin (self, error))
    return FALSE;

  stmt = lc_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, lc_record_get_id (record));
  if (!step_done (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_NOT_FOUND,
                   _("The record was not found; it may have been deleted already."));
      goto failed;
    }

  if (!lc_store_commit (self, error))
    return FALSE;

  lc_store_emit_changed (self, G_OBJECT_TYPE (record), lc_record_get_id (record), LC_CHANGE_DELETED);
  return TRUE;

failed:
  lc_store_rollback (self);
  return FALSE;
}

/**
 * lc_store_get:
 * @self: a store
 * @type: a record class, such as %LC_TYPE_ITEM
 * @id: the row id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (type LcRecord) (nullable): the record, or %NULL
 *   with %LC_ERROR_NOT_FOUND
 */
gpointer
lc_store_get (LcStore  *self,
              GType     type,
              gint64    id,
              GError  **error)
{
  LcRecordClass *klass = g_type_class_ref (type);
  g_autofree char *sql = g_strdup_printf ("%s WHERE id = ?", columns_sql (self, klass, "select"));
  sqlite3_stmt *stmt = lc_store_prepare (self, sql, error);
  gboolean has_uid = lc_store_has_uid (self, klass->table);
  LcRecord *record = NULL;
  int rc;

  g_type_class_unref (klass);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = read_record (self, type, has_uid, stmt, error);
  else if (rc == SQLITE_DONE)
    g_set_error (error, LC_ERROR, LC_ERROR_NOT_FOUND, _("The record was not found."));
  else
    lc_store_set_error_from_sqlite (self, rc, error);
  sqlite3_reset (stmt);

  return record;
}

static GListStore *
list_with_sql (LcStore     *self,
               GType        type,
               const char  *sql,
               gboolean     bind,
               gint64       value,
               GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (type);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = lc_store_prepare (self, sql, error);
  gboolean has_uid = lc_store_has_uid (self, LC_RECORD_CLASS (g_type_class_peek (type))->table);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (bind)
    sqlite3_bind_int64 (stmt, 1, value);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LcRecord *record = read_record (self, type, has_uid, stmt, error);

      if (record == NULL)
        {
          sqlite3_reset (stmt);
          return NULL;
        }
      g_ptr_array_add (records, record);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      lc_store_set_error_from_sqlite (self, rc, error);
      return NULL;
    }

  /* One splice, so a view bound to the list updates once. */
  g_list_store_splice (list, 0, 0, records->pdata, records->len);
  return g_steal_pointer (&list);
}

/**
 * lc_store_list:
 * @self: a store
 * @type: a record class
 * @column: (nullable): a column of @type to filter on, such as "convention_id"
 * @value: the value @column must have
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the records, in the class's order
 */
GListStore *
lc_store_list (LcStore     *self,
               GType        type,
               const char  *column,
               gint64       value,
               GError     **error)
{
  LcRecordClass *klass = g_type_class_ref (type);
  g_autofree char *sql = NULL;

  /* Column names are never user text, but check them anyway. */
  if (column != NULL && lc_record_class_find_column (klass, column) == NULL)
    {
      g_type_class_unref (klass);
      g_return_val_if_reached (NULL);
    }

  sql = g_strdup_printf ("%s%s%s%s ORDER BY %s", columns_sql (self, klass, "select"),
                         column ? " WHERE " : "", column ? column : "", column ? " = ?" : "",
                         klass->order_by);
  g_type_class_unref (klass);

  return list_with_sql (self, type, sql, column != NULL, value, error);
}

/**
 * lc_store_list_for_convention:
 * @self: a store
 * @type: a record class that belongs to a convention, directly (rooms, items…)
 *   or through its parent (participations belong to items)
 * @convention_id: the convention
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the convention's records of @type, in
 *   the class's order
 */
GListStore *
lc_store_list_for_convention (LcStore     *self,
                              GType        type,
                              gint64       convention_id,
                              GError     **error)
{
  LcRecordClass *klass = g_type_class_ref (type);
  const LcColumn *parent = klass->parent_column ? lc_record_class_find_column (klass, klass->parent_column) : NULL;
  g_autofree char *sql = NULL;

  if (lc_record_class_find_column (klass, "convention_id") != NULL)
    sql = g_strdup_printf ("%s WHERE convention_id = ? ORDER BY %s",
                           columns_sql (self, klass, "select"), klass->order_by);
  else if (parent != NULL && parent->references != NULL)
    sql = g_strdup_printf ("%s WHERE %s IN (SELECT id FROM %s WHERE convention_id = ?) ORDER BY %s",
                           columns_sql (self, klass, "select"), parent->name, parent->references,
                           klass->order_by);
  g_type_class_unref (klass);

  g_return_val_if_fail (sql != NULL, NULL);

  return list_with_sql (self, type, sql, TRUE, convention_id, error);
}

/**
 * lc_store_count:
 * @self: a store
 * @type: a record class
 * @column: (nullable): a column to filter on
 * @value: the value @column must have
 * @error: return location for a #GError
 *
 * Returns: the number of rows, or -1 on error
 */
gint64
lc_store_count (LcStore     *self,
                GType        type,
                const char  *column,
                gint64       value,
                GError     **error)
{
  LcRecordClass *klass = g_type_class_ref (type);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gint64 count = -1;
  int rc;

  if (column != NULL && lc_record_class_find_column (klass, column) == NULL)
    {
      g_type_class_unref (klass);
      g_return_val_if_reached (-1);
    }

  sql = g_strdup_printf ("SELECT count(*) FROM %s%s%s%s", klass->table,
                         column ? " WHERE " : "", column ? column : "", column ? " = ?" : "");
  g_type_class_unref (klass);

  stmt = lc_store_prepare (self, sql, error);
  if (stmt == NULL)
    return -1;
  if (column != NULL)
    sqlite3_bind_int64 (stmt, 1, value);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  else
    lc_store_set_error_from_sqlite (self, rc, error);
  sqlite3_reset (stmt);

  return count;
}

/**
 * lc_store_list_conventions:
 * @self: a store
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): every convention of the library, newest first
 */
GListStore *
lc_store_list_conventions (LcStore  *self,
                           GError  **error)
{
  return lc_store_list (self, LC_TYPE_CONVENTION, NULL, 0, error);
}
