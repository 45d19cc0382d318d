/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* Before any header includes sqlite3.h: the session extension's API. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "lc-error.h"
#include "lc-exchange-private.h"
#include "lc-models.h"
#include "lc-store-private.h"

/* Merge Changes (issue 15), the changes applied: the file's changeset is applied by SQLite to
 * a mirror of the convention as the library holds it (C, in memory), with
 * a conflict handler that records each conflict and resolves it as the
 * organiser chose; the mirror is then written back through the convention
 * update (lc-convention-update*.c), which matches records by uid and
 * writes them in one transaction that is one undo step, and describes it
 * in words. The same changes go into the state S (lc-exchange.c) so that
 * they are never sent back. lc-exchange-conflicts.c describes conflicts. */


typedef struct
{
  LcExchangeMerge *self;
  sqlite3         *db;
  guint            index;      /* the next conflict's */
  gboolean         recording;  /* the first pass: conflicts are listed */
  GError          *error;      /* a change that refuses the whole file */
  GPtrArray       *later;      /* SQL statements (sqlite3_stmt *) to run after */
} ApplyPass;

static void
header_strings (sqlite3_changeset_iter  *iter,
                const LcExchangeTable  **table,
                int                     *op,
                const char             **uid)
{
  const char *name;
  int n, indirect;
  sqlite3_value *key = NULL;

  sqlite3changeset_op (iter, &name, &n, op, &indirect);
  *table = lc_exchange_table_find (name);
  if (*op == SQLITE_INSERT)
    sqlite3changeset_new (iter, 0, &key);
  else
    sqlite3changeset_old (iter, 0, &key);
  *uid = (const char *) sqlite3_value_text (key);
}

static gboolean
row_exists (sqlite3     *db,
            const char  *schema,
            const char  *table,
            const char  *uid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s.%s WHERE uid = ?", schema, table);
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);
      found = sqlite3_step (stmt) == SQLITE_ROW;
    }
  sqlite3_finalize (stmt);
  return found;
}

/* Whether @uid is a record of @table in the library at all (so of
 * another convention, when this one's mirror does not have it). */
static gboolean
in_library (LcStore    *store,
            const char *table,
            const char *uid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT 1 FROM %s WHERE uid = ?", table);
  sqlite3_stmt *stmt = lc_store_prepare (store, sql, NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);
  return found;
}

static void
refuse_other_convention (ApplyPass *pass)
{
  if (pass->error == NULL)
    /* Translators: %s names a file */
    g_set_error (&pass->error, LC_ERROR, LC_ERROR_INVALID_FILE,
                 _("%s changes records of another convention: it is refused."), pass->self->source);
}

/* The conflict's choice: listed on the first pass, then as resolved. */
static LcExchangeChoice
conflict (ApplyPass              *pass,
          LcExchangeConflictKind  kind,
          const LcExchangeTable  *table,
          sqlite3_changeset_iter *iter,
          const char             *uid)
{
  LcExchangeMerge *self = pass->self;
  guint index = pass->index++;

  if (pass->recording)
    g_ptr_array_add (self->conflicts,
                     lc_exchange_conflict_new (self->library, kind, table, iter, uid));
  if (index >= self->conflicts->len)
    return LC_EXCHANGE_UNRESOLVED;
  return ((LcExchangeConflict *) g_ptr_array_index (self->conflicts, index))->choice;
}

/* After a field conflict resolved as "mine", the file's other changes of
 * the same record, which nobody changed here, are still taken. */
static void
take_unopposed (ApplyPass              *pass,
                const LcExchangeTable  *table,
                sqlite3_changeset_iter *iter,
                const char             *uid)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (int));
  sqlite3_stmt *stmt = NULL;

  for (guint c = 1; c <= table->columns->len; c++)
    {
      sqlite3_value *old = NULL, *new = NULL, *here = NULL;

      sqlite3changeset_new (iter, c, &new);
      sqlite3changeset_old (iter, c, &old);
      sqlite3changeset_conflict (iter, c, &here);
      if (new == NULL || !lc_exchange_values_equal (old, here) || lc_exchange_values_equal (new, here))
        continue;
      g_string_append_printf (sql, "%s%s = ?", taken->len ? ", " : "",
                              ((const LcColumn *) g_ptr_array_index (table->columns, c - 1))->name);
      g_array_append_val (taken, c);
    }
  if (taken->len == 0)
    return;
  g_string_prepend (sql, "UPDATE main.");
  g_string_insert (sql, strlen ("UPDATE main."), table->table);
  g_string_insert (sql, strlen ("UPDATE main.") + strlen (table->table), " SET ");
  g_string_append (sql, " WHERE uid = ?");
  if (sqlite3_prepare_v2 (pass->db, sql->str, -1, &stmt, NULL) != SQLITE_OK)
    return;
  for (guint i = 0; i < taken->len; i++)
    {
      sqlite3_value *new = NULL;

      sqlite3changeset_new (iter, g_array_index (taken, int, i), &new);
      sqlite3_bind_value (stmt, i + 1, new);
    }
  sqlite3_bind_text (stmt, taken->len + 1, uid, -1, SQLITE_TRANSIENT);
  g_ptr_array_add (pass->later, stmt);
}

/* Whether an update's fields that differ here differ only where the file
 * agrees, or where this library did not change them. */
static gboolean
fields_opposed (const LcExchangeTable  *table,
                sqlite3_changeset_iter *iter)
{
  for (guint c = 1; c <= table->columns->len; c++)
    {
      sqlite3_value *old = NULL, *new = NULL, *here = NULL;

      sqlite3changeset_new (iter, c, &new);
      if (new == NULL)
        continue;
      sqlite3changeset_old (iter, c, &old);
      sqlite3changeset_conflict (iter, c, &here);
      if (!lc_exchange_values_equal (old, here) && !lc_exchange_values_equal (new, here))
        return TRUE;
    }
  return FALSE;
}

static gboolean
same_row (const LcExchangeTable  *table,
          sqlite3_changeset_iter *iter)
{
  for (guint c = 1; c <= table->columns->len; c++)
    {
      sqlite3_value *new = NULL, *here = NULL;

      sqlite3changeset_new (iter, c, &new);
      sqlite3changeset_conflict (iter, c, &here);
      if (!lc_exchange_values_equal (new, here))
        return FALSE;
    }
  return TRUE;
}

static int
on_conflict (void                   *data,
             int                     kind,
             sqlite3_changeset_iter *iter)
{
  ApplyPass *pass = data;
  const LcExchangeTable *table;
  const char *uid;
  LcExchangeChoice choice;
  int op;

  header_strings (iter, &table, &op, &uid);
  switch (kind)
    {
    case SQLITE_CHANGESET_DATA:
      if (op == SQLITE_UPDATE && !fields_opposed (table, iter))
        return SQLITE_CHANGESET_REPLACE;
      choice = conflict (pass, op == SQLITE_UPDATE ? LC_EXCHANGE_CONFLICT_FIELD : LC_EXCHANGE_CONFLICT_DELETED_THERE,
                         table, iter, uid);
      if (choice == LC_EXCHANGE_THEIRS)
        return SQLITE_CHANGESET_REPLACE;
      if (choice == LC_EXCHANGE_AMENDMENT && op == SQLITE_UPDATE)
        lc_exchange_amend_propose (pass->self, pass->db, table, iter, uid);
      if ((choice == LC_EXCHANGE_MINE || choice == LC_EXCHANGE_AMENDMENT) && op == SQLITE_UPDATE)
        take_unopposed (pass, table, iter, uid);
      return SQLITE_CHANGESET_OMIT;

    case SQLITE_CHANGESET_NOTFOUND:
      if (op == SQLITE_DELETE)
        return SQLITE_CHANGESET_OMIT;   /* deleted on both sides */
      if (in_library (pass->self->store, table->table, uid) && !row_exists (pass->db, "base", table->table, uid))
        {
          refuse_other_convention (pass);
          return SQLITE_CHANGESET_ABORT;
        }
      /* Deleted here, or never received: the update alone cannot make
       * the whole record again, so it is left out and said. */
      pass->self->skipped++;
      return SQLITE_CHANGESET_OMIT;

    case SQLITE_CHANGESET_CONFLICT:
      if (same_row (table, iter))
        return SQLITE_CHANGESET_OMIT;
      choice = conflict (pass, LC_EXCHANGE_CONFLICT_ADDED, table, iter, uid);
      return choice == LC_EXCHANGE_THEIRS ? SQLITE_CHANGESET_REPLACE : SQLITE_CHANGESET_OMIT;

    default:
      if (pass->error == NULL)
        /* Translators: %s names a file */
        g_set_error (&pass->error, LC_ERROR, LC_ERROR_INVALID_FILE,
                     _("%s holds changes that cannot be applied together."), pass->self->source);
      return SQLITE_CHANGESET_ABORT;
    }
}

/* An added record whose uid the library has in another convention. */
static gboolean
check_additions (ApplyPass *pass)
{
  guint n;
  const LcExchangeTable *tables = lc_exchange_tables (&n);

  for (guint t = 0; t < n && pass->error == NULL; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT uid FROM main.%1$s EXCEPT SELECT uid FROM base.%1$s",
                                              tables[t].table);
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (pass->db, sql, -1, &stmt, NULL) != SQLITE_OK)
        break;
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *uid = (const char *) sqlite3_column_text (stmt, 0);
          g_autofree char *key = g_strdup_printf ("%s:%s", g_type_name (tables[t].type), uid);

          if (!g_hash_table_contains (pass->self->library->by_uid, key)
              && in_library (pass->self->store, tables[t].table, uid))
            refuse_other_convention (pass);
        }
      sqlite3_finalize (stmt);
    }

  return pass->error == NULL;
}

/* References to records no longer in the mirror (the file deleted an item
 * this library gave a speaker, say): a record whose parent went goes too,
 * as the library's cascades would do, and any other reference is unset. A
 * reference into another convention refuses the file. */
static gboolean
settle_references (ApplyPass *pass)
{
  guint n;
  const LcExchangeTable *tables = lc_exchange_tables (&n);
  gboolean again = TRUE;

  while (again && pass->error == NULL)
    {
      again = FALSE;
      for (guint t = 0; t < n && pass->error == NULL; t++)
        for (guint c = 0; c < tables[t].columns->len; c++)
          {
            const LcColumn *column = g_ptr_array_index (tables[t].columns, c);
            LcRecordClass *klass = g_type_class_peek (tables[t].type);
            g_autofree char *find = NULL, *fix = NULL;
            sqlite3_stmt *stmt = NULL;

            if (column->references == NULL || lc_exchange_table_find (column->references) == NULL)
              continue;
            find = g_strdup_printf ("SELECT uid, %2$s FROM main.%1$s WHERE %2$s IS NOT NULL"
                                    " AND %2$s NOT IN (SELECT uid FROM main.%3$s)",
                                    tables[t].table, column->name, column->references);
            fix = g_strdup_printf (g_strcmp0 (klass->parent_column, column->name) == 0
                                   ? "DELETE FROM main.%1$s WHERE uid = ?"
                                   : "UPDATE main.%1$s SET %2$s = NULL WHERE uid = ?",
                                   tables[t].table, column->name);
            if (sqlite3_prepare_v2 (pass->db, find, -1, &stmt, NULL) != SQLITE_OK)
              continue;
            while (sqlite3_step (stmt) == SQLITE_ROW)
              {
                sqlite3_stmt *change = NULL;

                if (in_library (pass->self->store, column->references,
                                (const char *) sqlite3_column_text (stmt, 1)))
                  {
                    refuse_other_convention (pass);
                    break;
                  }
                if (sqlite3_prepare_v2 (pass->db, fix, -1, &change, NULL) == SQLITE_OK)
                  {
                    sqlite3_bind_value (change, 1, sqlite3_column_value (stmt, 0));
                    sqlite3_step (change);
                  }
                sqlite3_finalize (change);
                pass->self->removed++;
                again = TRUE;
              }
            sqlite3_finalize (stmt);
          }
    }

  return pass->error == NULL;
}

static void
finalize_statement (gpointer statement)
{
  sqlite3_finalize (statement);
}

static gboolean
run_later (ApplyPass *pass)
{
  for (guint i = 0; i < pass->later->len; i++)
    {
      int rc = sqlite3_step (g_ptr_array_index (pass->later, i));

      if (rc != SQLITE_DONE)
        {
          lc_exchange_set_error (pass->db, rc, &pass->error);
          return FALSE;
        }
    }
  return TRUE;
}

int
lc_exchange_keep_table (void       *data,
            const char *table)
{
  /* lc_exchange_header_parse () has checked every table's name. */
  return lc_exchange_table_find (table) != NULL;
}

/* Applies the file to a mirror of the convention as the library holds it,
 * with the conflicts resolved as chosen so far. */
sqlite3 *
lc_exchange_apply_to_mirror (LcExchangeMerge  *self,
                 gboolean          recording,
                 GError          **error)
{
  g_autofree char *uid = lc_store_get_uid (self->store, LC_TYPE_CONVENTION, self->convention_id, error);
  g_autofree char *state = NULL;
  ApplyPass pass = { self, NULL, 0, recording, NULL, g_ptr_array_new_with_free_func (finalize_statement) };
  gboolean ok;
  int rc;

  if (uid == NULL)
    return NULL;
  state = lc_exchange_state_path (self->store, uid);
  self->skipped = self->removed = 0;
  pass.db = lc_exchange_open_db (":memory:", error);
  if (pass.db == NULL)
    return NULL;
  ok = lc_exchange_mirror_create (pass.db, "main", error)
       && lc_exchange_mirror_fill (pass.db, "main", self->store, self->library, error);
  /* S tells a record deleted here from one never received; with no state
   * yet, S is the convention as it is. */
  if (ok && g_file_test (state, G_FILE_TEST_EXISTS))
    ok = lc_exchange_attach (pass.db, state, "base", error)
         && lc_exchange_unseen_read (pass.db, &self->header, &self->unseen, error);
  else if (ok)
    ok = lc_exchange_exec (pass.db, "ATTACH ':memory:' AS base", error)
         && lc_exchange_mirror_create (pass.db, "base", error)
         && lc_exchange_mirror_copy (pass.db, "main", "base", error);
  if (!ok)
    {
      sqlite3_close (pass.db);
      g_ptr_array_unref (pass.later);
      return NULL;
    }

  rc = sqlite3changeset_apply_v2 (pass.db, (int) self->header.size, (void *) self->header.changeset,
                                  lc_exchange_keep_table, on_conflict, &pass, NULL, NULL, 0);
  if (rc != SQLITE_OK && pass.error == NULL)
    lc_exchange_set_error (pass.db, rc, &pass.error);
  if (pass.error == NULL && run_later (&pass) && check_additions (&pass))
    settle_references (&pass);
  if (pass.error == NULL)
    lc_exchange_settle_duplicates (pass.db, &pass.error);
  g_ptr_array_unref (pass.later);

  if (pass.error != NULL)
    {
      g_propagate_error (error, pass.error);
      sqlite3_close (pass.db);
      return NULL;
    }
  return pass.db;
}

