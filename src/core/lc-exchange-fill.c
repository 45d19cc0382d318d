/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* Before any header includes sqlite3.h: the session extension's API. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include <glib/gi18n-lib.h>

#include "lc-error.h"
#include "lc-exchange-private.h"
#include "lc-models.h"
#include "lc-declaration.h"
#include "lc-store-private.h"

/* The exchange state of a convention made straight from the library's
 * tables, attached to the state's connection: one INSERT … SELECT per
 * mirror table, each reference turned into the uid it points at by a
 * look-up in the library, rather than reading the whole convention as
 * records (lc_update_tree_read ()) and writing each record's values back
 * one by one (lc_exchange_mirror_fill ()). Tracking a convention just
 * imported from a 10,000-item file spent a fifth of the import doing that
 * (issue 17). The values are the ones the records would have had, as
 * lc_exchange_mirror_fill () writes them (tests/test-exchange.c,
 * /exchange/fill-from-library, compares the two table by table). */

/* The rows of @klass that lc_update_tree_read () reads for the convention
 * ?1: the convention itself, or the children of the records of their
 * parent's class that it reads, in turn, in the library attached as
 * @library. @alias names the table, or is empty in a subquery of its own. */
static void
append_filter (GString       *sql,
               const char    *library,
               LcRecordClass *klass,
               const char    *alias)
{
  const char *dot = *alias ? "." : "";
  const LcColumn *parent;

  if (klass->parent_column == NULL)
    {
      g_string_append_printf (sql, "%s%sid = ?1", alias, dot);
      return;
    }
  parent = lc_record_class_find_column (klass, klass->parent_column);
  g_assert (parent != NULL && parent->references != NULL);
  if (g_str_equal (parent->references, LC_RECORD_CLASS (g_type_class_peek (LC_TYPE_CONVENTION))->table))
    {
      g_string_append_printf (sql, "%s%s%s = ?1", alias, dot, parent->name);
      return;
    }
  g_string_append_printf (sql, "%s%s%s IN (SELECT id FROM %s.%s WHERE ", alias, dot, parent->name,
                          library, parent->references);
  append_filter (sql, library, g_type_class_peek (lc_update_type_for_table (parent->references)), "");
  g_string_append (sql, ")");
}

/* One column's value as the mirror holds it: what bind_value () in
 * lc-exchange-mirror.c binds for the value a record read from the library
 * has (lc-store-records.c, read_record ()): NULL text is empty text, a
 * NULL number 0, an enum by its name. Enum names are bound (@binds, from
 * ?2 on), not written into the statement. */
static void
append_value (GString        *sql,
              const char     *library,
              const LcColumn *column,
              GPtrArray      *binds,
              LcStore        *store)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (column->pspec);

  if (column->references != NULL)
    {
      GType target = lc_update_type_for_table (column->references);

      /* lc_update_tree_uid_of (): the uid of a record the tree holds, so of
       * the convention and of a class with a uid; else nothing. */
      if (target == G_TYPE_INVALID || !lc_update_type_has_uid (target)
          || !lc_store_has_uid (store, column->references))
        {
          g_string_append (sql, ", NULL");
          return;
        }
      g_string_append_printf (sql, ", (SELECT r.uid FROM %s.%s AS r WHERE r.id = t.%s AND ",
                              library, column->references, column->name);
      append_filter (sql, library, g_type_class_peek (target), "r");
      g_string_append (sql, ")");
    }
  else if (type == G_TYPE_STRING)
    g_string_append_printf (sql, ", coalesce(CAST(t.%s AS TEXT), '')", column->name);
  else if (type == G_TYPE_BOOLEAN)
    g_string_append_printf (sql, ", coalesce(CAST(t.%s AS INTEGER), 0) != 0", column->name);
  else if (G_TYPE_IS_ENUM (type))
    {
      g_auto(GValue) none = G_VALUE_INIT;

      /* What a record makes of no value: 0, or the property's default
       * when 0 is none of its values. */
      g_value_init (&none, type);
      g_param_value_validate (column->pspec, &none);
      g_ptr_array_add (binds, (gpointer) lc_enum_to_nick (type, g_value_get_enum (&none)));
      g_string_append_printf (sql, ", coalesce(t.%s, ?%u)", column->name, binds->len + 1);
    }
  else
    g_string_append_printf (sql, ", coalesce(CAST(t.%s AS INTEGER), 0)", column->name);
}

static gboolean
fill_table (sqlite3                *db,
            const char             *schema,
            const char             *library,
            const LcExchangeTable  *table,
            LcStore                *store,
            gint64                  convention_id,
            GError                **error)
{
  LcRecordClass *klass = g_type_class_peek (table->type);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GPtrArray) binds = g_ptr_array_new ();
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* A library without uids yet has no record to exchange. */
  if (!lc_store_has_uid (store, table->table))
    return TRUE;

  /* Names come from the record classes, never from a file; in the order
   * of the uid, the mirror's key, so that each row is appended to its
   * B-tree. */
  g_string_append_printf (sql, "INSERT INTO %s.%s SELECT t.uid", schema, table->table);
  for (guint c = 0; c < table->columns->len; c++)
    append_value (sql, library, g_ptr_array_index (table->columns, c), binds, store);
  g_string_append_printf (sql, " FROM %s.%s AS t WHERE t.uid IS NOT NULL AND ", library, table->table);
  append_filter (sql, library, klass, "t");
  g_string_append (sql, " ORDER BY t.uid");

  rc = sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, convention_id);
      for (guint i = 0; i < binds->len; i++)
        sqlite3_bind_text (stmt, (int) i + 2, g_ptr_array_index (binds, i), -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
  if (rc != SQLITE_OK)
    lc_exchange_set_error (db, rc, error);
  sqlite3_finalize (stmt);
  return rc == SQLITE_OK;
}

/**
 * lc_exchange_mirror_fill_library: (skip)
 * @db: a connection with the empty mirror @schema
 * @library: the schema of @db that is @store's library, attached, which
 *   sees everything @store holds (nothing uncommitted)
 * @store: the library
 * @convention_id: one of its conventions
 *
 * lc_exchange_mirror_fill () of the convention as @store holds it, made
 * from the library's tables: the same rows. Only the records that
 * people's photos and published versions need are read as records.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
lc_exchange_mirror_fill_library (sqlite3       *db,
                                 const char    *schema,
                                 const char    *library,
                                 LcStore       *store,
                                 gint64         convention_id,
                                 GError       **error)
{
  /* Whom photos name, and what a published version's body is made of,
   * with every parent of each (lc_update_tree_read_some ()). */
  const GType some[] = { LC_TYPE_PERSON, LC_TYPE_DECLARATION, LC_TYPE_DECLARATION_SECTION, LC_TYPE_CLAUSE,
                         LC_TYPE_DECLARATION_VERSION, LC_TYPE_VERSION_SECTION, LC_TYPE_VERSION_CLAUSE };
  g_autoptr(LcUpdateTree) tree = NULL;
  guint n;
  const LcExchangeTable *tables = lc_exchange_tables (&n);

  for (guint t = 0; t < n; t++)
    if (tables[t].type != G_TYPE_NONE && !fill_table (db, schema, library, &tables[t], store, convention_id, error))
      return FALSE;

  tree = lc_update_tree_read_some (store, convention_id, some, G_N_ELEMENTS (some), error);
  return tree != NULL
         && lc_exchange_images_fill (db, schema, store, tree, error)
         && lc_exchange_published_fill (db, schema, tree, error);
}
