/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "lc-error.h"
#include "lc-undo-private.h"

/* The rows an undo step changes, and how to change them back and forth.
 * The stack itself is in lc-undo.c. */

/* A column of some class that references the table of another. */
typedef struct
{
  GType           type;
  const LcColumn *column;
  gboolean        cascade;  /* else SET NULL */
} Dependent;

struct _LcUndoSchema
{
  LcStore    *store;
  GHashTable *dependents;   /* GType → GArray of Dependent */
  GHashTable *ranks;        /* GType → rank + 1 */
};

void
lc_undo_change_free (gpointer data)
{
  LcUndoChange *change = data;

  g_clear_object (&change->before);
  g_clear_object (&change->after);
  g_free (change);
}

LcUndoChange *
lc_undo_change_new (LcRecord *before,
                    LcRecord *after)
{
  LcUndoChange *change = g_new0 (LcUndoChange, 1);

  change->before = before ? g_object_ref (before) : NULL;
  change->after = after ? g_object_ref (after) : NULL;
  return change;
}

static GType
change_type (LcUndoChange *change)
{
  return G_OBJECT_TYPE (change->before ? change->before : change->after);
}

static gint64
change_id (LcUndoChange *change)
{
  return lc_record_get_id (change->before ? change->before : change->after);
}

/* Rows that were changed inside a transaction that then rolled back: tell
 * views to read them again, since the store already announced the change. */
void
lc_undo_announce_rollback (LcUndoSchema *self,
                           GPtrArray    *applied,
                           gboolean      forward)
{
  for (guint i = applied->len; i > 0; i--)
    {
      LcUndoChange *change = g_ptr_array_index (applied, i - 1);
      LcRecord *was = forward ? change->before : change->after;
      LcRecord *became = forward ? change->after : change->before;
      LcChangeKind kind = was == NULL ? LC_CHANGE_DELETED
                          : became == NULL ? LC_CHANGE_INSERTED : LC_CHANGE_UPDATED;

      g_signal_emit_by_name (self->store, "changed", change_type (change), change_id (change), kind);
    }
}

/**
 * lc_undo_announce:
 * @self: the schema of the store to tell
 * @changes: changes made on the store, in order
 *
 * Emits the store's "changed" for each change, as if it had been made
 * through this store's connection.
 */
void
lc_undo_announce (LcUndoSchema *self,
                  GPtrArray    *changes)
{
  for (guint i = 0; i < changes->len; i++)
    {
      LcUndoChange *change = g_ptr_array_index (changes, i);
      LcChangeKind kind = change->before == NULL ? LC_CHANGE_INSERTED
                          : change->after == NULL ? LC_CHANGE_DELETED : LC_CHANGE_UPDATED;

      g_signal_emit_by_name (self->store, "changed", change_type (change), change_id (change), kind);
    }
}

/* Applies one change, after checking that the row is as the change expects. */
static gboolean
apply_change (LcUndoSchema  *self,
              LcUndoChange  *change,
              gboolean       forward,
              gboolean       cascading,
              GError       **error)
{
  LcRecord *from = forward ? change->before : change->after;
  LcRecord *to = forward ? change->after : change->before;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(LcRecord) current = NULL;

  current = lc_store_get (self->store, change_type (change), change_id (change), &local_error);
  if (current == NULL && !g_error_matches (local_error, LC_ERROR, LC_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (from == NULL && current != NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_CONSTRAINT,
                   _("A record it would bring back was replaced in the meantime."));
      return FALSE;
    }
  if (from != NULL && current == NULL && to == NULL && cascading)
    {
      /* Gone with its parent, deleted earlier in this same step. */
      g_signal_emit_by_name (self->store, "changed", change_type (change), change_id (change),
                             LC_CHANGE_DELETED);
      return TRUE;
    }
  if (from != NULL && current == NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_NOT_FOUND,
                   _("A record it changes was deleted in the meantime."));
      return FALSE;
    }
  if (from != NULL && !lc_record_equal (current, from))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_CONSTRAINT,
                   _("A record it changes was edited in the meantime."));
      return FALSE;
    }

  if (to == NULL)
    return lc_store_delete (self->store, from, error);
  if (from == NULL)
    {
      /* A copy, so the insert cannot touch the kept row. */
      g_autoptr(LcRecord) copy = lc_record_copy (to);

      return lc_store_insert (self->store, copy, error);
    }
  {
    /* The row was checked to be @from: write all of @to over it. */
    g_autoptr(LcRecord) copy = lc_record_copy (to);

    lc_record_forget_stored (copy);
    return lc_store_update (self->store, copy, error);
  }
}

static int rank_of (LcUndoSchema *self,
                    GType         type,
                    int           depth);

static int
compare_by_rank_asc (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  LcUndoSchema *self = user_data;
  LcUndoChange *ca = *(LcUndoChange **) a, *cb = *(LcUndoChange **) b;

  return rank_of (self, change_type (ca), 0) - rank_of (self, change_type (cb), 0);
}

/* Runs changes in one transaction; on failure nothing is changed. */
gboolean
lc_undo_apply_changes (LcUndoSchema  *self,
                       GPtrArray     *changes,
                       gboolean       forward,
                       GError       **error)
{
  g_autoptr(GPtrArray) applied = g_ptr_array_new ();
  g_autoptr(GPtrArray) ordered = g_ptr_array_sized_new (changes->len);
  gboolean cascading = FALSE;
  guint n = changes->len;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (ordered, g_ptr_array_index (changes, forward ? i : n - 1 - i));

  /* Rows deleted or brought back together go parents first: a delete then
   * lets the database cascade (some rows, such as a published version's, may
   * only go with their parent), and a restore meets every trigger with the
   * parent already in place. */
  for (guint i = 0; i < n;)
    {
      guint j = i;

      while (j < n && ((LcUndoChange *) g_ptr_array_index (ordered, j))->after == NULL)
        j++;
      if (j - i > 1)
        {
          /* Undoing walks the step backwards; rows of one rank still come
           * back in the order they were read (version 1 before version 2). */
          if (!forward)
            for (guint a = i, b = j - 1; a < b; a++, b--)
              {
                gpointer t = ordered->pdata[a];

                ordered->pdata[a] = ordered->pdata[b];
                ordered->pdata[b] = t;
              }
          g_qsort_with_data (ordered->pdata + i, (int) (j - i), sizeof (gpointer),
                             compare_by_rank_asc, self);
        }
      i = MAX (j, i + 1);
    }

  if (!lc_store_begin (self->store, error))
    return FALSE;

  /* References between rows restored in one step (a clause and the
   * amendment that introduced it point at each other) hold at the end. */
  if (!lc_store_exec (self->store, "PRAGMA defer_foreign_keys = ON", error))
    {
      lc_store_rollback (self->store);
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      LcUndoChange *change = g_ptr_array_index (ordered, i);

      if (!apply_change (self, change, forward, cascading, error))
        {
          lc_store_rollback (self->store);
          lc_undo_announce_rollback (self, applied, forward);
          return FALSE;
        }
      g_ptr_array_add (applied, change);
      if (change->after == NULL && forward)
        cascading = TRUE;
    }

  if (!lc_store_commit (self->store, error))
    {
      lc_undo_announce_rollback (self, applied, forward);
      return FALSE;
    }

  return TRUE;
}

/* Every record class the library knows, found through the type system so a
 * new class needs no change here once it is registered. */
static GType *
record_types (guint *n)
{
  return g_type_children (LC_TYPE_RECORD, n);
}

static gboolean
schema_on_delete (LcUndoSchema  *self,
                  const char    *table,
                  const char    *column,
                  const char    *target,
                  char         **action,
                  GError       **error)
{
  sqlite3 *db = lc_store_get_handle (self->store);
  sqlite3_stmt *stmt = NULL;
  int rc;

  *action = NULL;
  rc = sqlite3_prepare_v2 (db,
                           "SELECT on_delete FROM pragma_foreign_key_list (?1)"
                           " WHERE \"from\" = ?2 AND \"table\" = ?3",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, column, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, target, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        *action = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      lc_store_set_error_from_sqlite (self->store, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* The columns that point at rows of @type, and what deleting such a row does
 * to theirs: the classes say which columns reference which table, the
 * schema says whether the delete cascades or clears the reference. */
static GArray *
dependents_of (LcUndoSchema  *self,
               GType          type,
               GError       **error)
{
  LcRecordClass *klass = g_type_class_peek (type);
  GArray *cached = g_hash_table_lookup (self->dependents, GSIZE_TO_POINTER (type));
  g_autoptr(GArray) found = NULL;
  g_autofree GType *types = NULL;
  guint n_types;

  if (cached != NULL)
    return g_array_ref (cached);

  found = g_array_new (FALSE, FALSE, sizeof (Dependent));
  types = record_types (&n_types);
  for (guint t = 0; t < n_types; t++)
    {
      LcRecordClass *other = g_type_class_ref (types[t]);

      for (guint c = 0; other->columns && c < other->columns->len; c++)
        {
          const LcColumn *column = g_ptr_array_index (other->columns, c);
          g_autofree char *action = NULL;
          Dependent dependent = { types[t], column, FALSE };

          if (column->references == NULL || !g_str_equal (column->references, klass->table))
            continue;
          if (!schema_on_delete (self, other->table, column->name, klass->table, &action, error))
            {
              g_type_class_unref (other);
              return NULL;
            }

          /* Without such an action the database leaves the row alone (or
           * refuses the delete), so neither does the undo. */
          if (g_strcmp0 (action, "CASCADE") == 0)
            dependent.cascade = TRUE;
          else if (g_strcmp0 (action, "SET NULL") != 0)
            continue;
          g_array_append_val (found, dependent);
        }
      g_type_class_unref (other);
    }

  g_hash_table_insert (self->dependents, GSIZE_TO_POINTER (type), g_array_ref (found));
  return g_steal_pointer (&found);
}

/* How deep a class is in the graph of references: conventions 0, rooms 1,
 * items 2, participations 3. Rows are deleted deepest first, so the database
 * never cascades on its own, and restored shallowest first. */
static int
rank_of (LcUndoSchema *self,
         GType         type,
         int           depth)
{
  LcRecordClass *klass = g_type_class_peek (type);
  gpointer cached = g_hash_table_lookup (self->ranks, GSIZE_TO_POINTER (type));
  g_autofree GType *types = NULL;
  guint n_types;
  int rank = 0;

  if (cached == GINT_TO_POINTER (G_MAXINT))
    return -1;   /* a cycle (clauses ↔ amendments): that reference gives no order */
  if (cached != NULL)
    return GPOINTER_TO_INT (cached) - 1;
  g_hash_table_insert (self->ranks, GSIZE_TO_POINTER (type), GINT_TO_POINTER (G_MAXINT));

  types = record_types (&n_types);
  for (guint c = 0; klass->columns && c < klass->columns->len; c++)
    {
      const LcColumn *column = g_ptr_array_index (klass->columns, c);

      for (guint t = 0; column->references && t < n_types; t++)
        {
          LcRecordClass *target = g_type_class_ref (types[t]);

          if (target != klass && g_strcmp0 (target->table, column->references) == 0)
            rank = MAX (rank, rank_of (self, types[t], depth + 1) + 1);
          g_type_class_unref (target);
        }
    }

  g_hash_table_insert (self->ranks, GSIZE_TO_POINTER (type), GINT_TO_POINTER (rank + 1));
  return rank;
}

static char *
row_key (GType  type,
         gint64 id)
{
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, g_type_name (type), id);
}

static int
compare_by_rank_desc (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  LcUndoSchema *self = user_data;
  LcUndoChange *ca = *(LcUndoChange **) a, *cb = *(LcUndoChange **) b;

  return rank_of (self, change_type (cb), 0) - rank_of (self, change_type (ca), 0);
}

/* The changes that deleting @row makes, in the order to make them: clearing
 * references to the deleted rows, then the rows, deepest first. */
GPtrArray *
lc_undo_collect_deletion (LcUndoSchema  *self,
                          LcRecord      *row,
                          GError       **error)
{
  g_autoptr(GPtrArray) deleted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) cleared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) updates = g_ptr_array_new_with_free_func (lc_undo_change_free);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (lc_undo_change_free);

  g_ptr_array_add (deleted, g_object_ref (row));
  g_hash_table_add (seen, row_key (G_OBJECT_TYPE (row), lc_record_get_id (row)));

  /* First every row the delete takes with it (the list grows as it is read). */
  for (guint i = 0; i < deleted->len; i++)
    {
      LcRecord *parent = g_ptr_array_index (deleted, i);
      g_autoptr(GArray) dependents = dependents_of (self, G_OBJECT_TYPE (parent), error);

      if (dependents == NULL)
        return NULL;
      for (guint d = 0; d < dependents->len; d++)
        {
          Dependent *dep = &g_array_index (dependents, Dependent, d);
          g_autoptr(GListStore) rows = NULL;

          if (!dep->cascade)
            continue;
          rows = lc_store_list (self->store, dep->type, dep->column->name,
                                lc_record_get_id (parent), error);
          if (rows == NULL)
            return NULL;
          for (guint r = 0; r < g_list_model_get_n_items (G_LIST_MODEL (rows)); r++)
            {
              g_autoptr(LcRecord) child = g_list_model_get_item (G_LIST_MODEL (rows), r);
              char *key = row_key (dep->type, lc_record_get_id (child));

              if (g_hash_table_add (seen, key))
                g_ptr_array_add (deleted, g_steal_pointer (&child));
            }
        }
    }

  /* Then the rows that stay but lose a reference to a deleted one. */
  for (guint i = 0; i < deleted->len; i++)
    {
      LcRecord *parent = g_ptr_array_index (deleted, i);
      g_autoptr(GArray) dependents = dependents_of (self, G_OBJECT_TYPE (parent), error);

      if (dependents == NULL)
        return NULL;
      for (guint d = 0; d < dependents->len; d++)
        {
          Dependent *dep = &g_array_index (dependents, Dependent, d);
          g_autoptr(GListStore) rows = NULL;

          if (dep->cascade)
            continue;
          rows = lc_store_list (self->store, dep->type, dep->column->name,
                                lc_record_get_id (parent), error);
          if (rows == NULL)
            return NULL;
          for (guint r = 0; r < g_list_model_get_n_items (G_LIST_MODEL (rows)); r++)
            {
              g_autoptr(LcRecord) other = g_list_model_get_item (G_LIST_MODEL (rows), r);
              g_autofree char *key = row_key (dep->type, lc_record_get_id (other));
              LcUndoChange *update;

              if (g_hash_table_contains (seen, key))
                continue;
              update = g_hash_table_lookup (cleared, key);
              if (update == NULL)
                {
                  g_autoptr(LcRecord) after = lc_record_copy (other);

                  update = lc_undo_change_new (other, after);
                  g_ptr_array_add (updates, update);
                  g_hash_table_insert (cleared, g_steal_pointer (&key), update);
                }
              lc_record_set_int (update->after, dep->column->pspec->name, 0);
            }
        }
    }

  g_ptr_array_extend_and_steal (changes, g_steal_pointer (&updates));
  {
    g_autoptr(GPtrArray) removals = g_ptr_array_new_with_free_func (lc_undo_change_free);

    for (guint i = 0; i < deleted->len; i++)
      g_ptr_array_add (removals, lc_undo_change_new (g_ptr_array_index (deleted, i), NULL));
    /* g_ptr_array_sort_with_data is stable: among equals, parents stay first. */
    g_ptr_array_sort_with_data (removals, compare_by_rank_desc, self);
    g_ptr_array_extend_and_steal (changes, g_steal_pointer (&removals));
  }

  return g_steal_pointer (&changes);
}

LcUndoSchema *
lc_undo_schema_new (LcStore *store)
{
  LcUndoSchema *self = g_new0 (LcUndoSchema, 1);

  self->store = g_object_ref (store);
  self->dependents = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  self->ranks = g_hash_table_new (NULL, NULL);
  return self;
}

void
lc_undo_schema_free (LcUndoSchema *self)
{
  g_clear_object (&self->store);
  g_hash_table_unref (self->dependents);
  g_hash_table_unref (self->ranks);
  g_free (self);
}
