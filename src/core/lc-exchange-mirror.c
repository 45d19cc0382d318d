/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* Before any header includes sqlite3.h: the session extension's API. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-error.h"
#include "lc-exchange-private.h"
#include "lc-models.h"
#include "lc-report.h"

/* The exchange's mirror of a convention: one table per exchanged record
 * class, keyed by the records' uid, with references written as the uid of
 * what they point at. The library's own tables are keyed by row numbers,
 * which mean other records in a colleague's library; SQLite's session
 * extension works on primary keys, so its changesets are made and applied
 * on these mirrors, never on the library's tables. */

/* Every record class of a convention that has a uid, parents first, but
 * the report's photos, whose images do not travel; then the images of
 * people's photos (lc-exchange-images.c), which do, and the published
 * declaration versions (lc-exchange-published.c). */
const LcExchangeTable *
lc_exchange_tables (guint *n_tables)
{
  static GArray *tables = NULL;
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      guint n;
      const GType *types = lc_update_types (&n);
      LcExchangeTable images, published;

      tables = g_array_new (FALSE, TRUE, sizeof (LcExchangeTable));
      for (guint i = 0; i < n; i++)
        {
          LcRecordClass *klass = g_type_class_peek (types[i]);
          LcExchangeTable table = { types[i], klass->table, g_ptr_array_new () };

          if (!lc_update_type_has_uid (types[i]) || types[i] == LC_TYPE_REPORT_PHOTO)
            {
              g_ptr_array_unref (table.columns);
              continue;
            }
          for (guint c = 0; c < klass->columns->len; c++)
            g_ptr_array_add (table.columns, g_ptr_array_index (klass->columns, c));
          g_array_append_val (tables, table);
        }
      images = lc_exchange_images_table ();
      g_array_append_val (tables, images);
      published = lc_exchange_published_table ();
      g_array_append_val (tables, published);
      g_once_init_leave (&ready, 1);
    }

  *n_tables = tables->len;
  return (const LcExchangeTable *) tables->data;
}

/**
 * lc_exchange_content_table: (skip)
 * @table: the mirror table's name
 * @columns: its columns after "uid", %NULL-terminated
 *
 * A mirror table that is no record class (its type is %G_TYPE_NONE): rows
 * keyed by what they hold (lc_exchange_content_uid ()), never changed in
 * place. Call it once per table: the columns are kept.
 *
 * Returns: the table
 */
LcExchangeTable
lc_exchange_content_table (const char        *table,
                           const char *const *columns)
{
  GPtrArray *kept = g_ptr_array_new ();

  for (guint i = 0; columns[i] != NULL; i++)
    {
      LcColumn *column = g_new0 (LcColumn, 1);

      column->pspec = g_param_spec_ref_sink (g_param_spec_string (columns[i], NULL, NULL, NULL,
                                                                  G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));
      column->name = g_strdup (columns[i]);
      g_ptr_array_add (kept, column);
    }
  return (LcExchangeTable) { G_TYPE_NONE, table, kept };
}

/**
 * lc_exchange_content_uid: (skip)
 * @sha256: 64 lower-case hex digits
 *
 * The uid of a row keyed by what it holds: the first 128 bits of its
 * SHA-256 spelt as a UUID, so that two libraries make the same one without
 * asking each other, and the changes file's reader, which keys every
 * change by a uid, reads it as any other.
 *
 * Returns: (transfer full): the uid
 */
char *
lc_exchange_content_uid (const char *sha256)
{
  return g_strdup_printf ("%.8s-%.4s-%.4s-%.4s-%.12s", sha256, sha256 + 8, sha256 + 12, sha256 + 16, sha256 + 20);
}

const LcExchangeTable *
lc_exchange_table_find (const char *name)
{
  guint n;
  const LcExchangeTable *tables = lc_exchange_tables (&n);

  for (guint i = 0; name != NULL && i < n; i++)
    if (g_str_equal (tables[i].table, name))
      return &tables[i];

  return NULL;
}

void
lc_exchange_set_error (sqlite3 *db,
                       int      rc,
                       GError **error)
{
  int code = (rc & 0xff) == SQLITE_FULL ? LC_ERROR_DISK_FULL
             : (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED ? LC_ERROR_BUSY
             : LC_ERROR_DATABASE;

  /* Translators: %s is SQLite's own message */
  g_set_error (error, LC_ERROR, code, _("The exchange's working copy could not be written: %s"),
               db ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
}

gboolean
lc_exchange_exec (sqlite3     *db,
                  const char  *sql,
                  GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      lc_exchange_set_error (db, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* A connection of the exchange's own, apart from the library's, since
 * SQLite applies a changeset to a connection's "main" database only. */
sqlite3 *
lc_exchange_open_db (const char  *path,
                     GError     **error)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);

  if (rc != SQLITE_OK)
    {
      lc_exchange_set_error (db, rc, error);
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_busy_timeout (db, 5000);
  return db;
}

gboolean
lc_exchange_mirror_create (sqlite3     *db,
                           const char  *schema,
                           GError     **error)
{
  guint n;
  const LcExchangeTable *tables = lc_exchange_tables (&n);
  g_autoptr(GString) sql = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      /* Names come from the record classes, never from a file. Columns
       * have no type: a value is kept as it was written. */
      g_string_append_printf (sql, "CREATE TABLE IF NOT EXISTS %s.%s (uid TEXT PRIMARY KEY NOT NULL",
                              schema, tables[i].table);
      for (guint c = 0; c < tables[i].columns->len; c++)
        g_string_append_printf (sql, ", %s", ((const LcColumn *) g_ptr_array_index (tables[i].columns, c))->name);
      g_string_append (sql, ") WITHOUT ROWID;");
    }
  g_string_append_printf (sql, "CREATE TABLE IF NOT EXISTS %s.exchange_meta"
                          " (key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID;", schema);

  return lc_exchange_exec (db, sql->str, error);
}

static void
bind_value (sqlite3_stmt   *stmt,
            int             index,
            const LcColumn *column,
            const GValue   *value,
            LcUpdateTree   *tree)
{
  if (column->references != NULL)
    {
      const char *uid = lc_update_tree_uid_of (tree, column->references, g_value_get_int64 (value));

      if (uid != NULL)
        sqlite3_bind_text (stmt, index, uid, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, index);
    }
  else if (G_VALUE_HOLDS_STRING (value))
    {
      if (g_value_get_string (value) != NULL)
        sqlite3_bind_text (stmt, index, g_value_get_string (value), -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, index);
    }
  else if (G_VALUE_HOLDS_BOOLEAN (value))
    sqlite3_bind_int (stmt, index, g_value_get_boolean (value));
  else if (G_VALUE_HOLDS_ENUM (value))
    /* By its name, which stays the same whatever the enum's numbers. */
    sqlite3_bind_text (stmt, index, lc_enum_to_nick (G_VALUE_TYPE (value), g_value_get_enum (value)),
                       -1, SQLITE_TRANSIENT);
  else if (G_VALUE_HOLDS_INT (value))
    sqlite3_bind_int (stmt, index, g_value_get_int (value));
  else if (G_VALUE_HOLDS_INT64 (value))
    sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
  else
    g_return_if_reached ();
}

/* Where each of @table's columns is among @klass's values, asked once per
 * table rather than by name for every record (issue 17). */
static guint *
column_places (const LcExchangeTable *table,
               LcRecordClass         *klass)
{
  guint *places = g_new (guint, table->columns->len + 1);

  for (guint c = 0; c < table->columns->len; c++)
    {
      const LcColumn *column = g_ptr_array_index (table->columns, c);

      /* The class's index holds each column's place counted from 1. */
      places[c] = GPOINTER_TO_UINT (g_hash_table_lookup (klass->column_index,
                                                         g_param_spec_get_name (column->pspec))) - 1;
    }
  return places;
}

static int
compare_uids (gconstpointer a,
              gconstpointer b)
{
  return strcmp (lc_record_get_uid (*(LcRecord *const *) a), lc_record_get_uid (*(LcRecord *const *) b));
}

/* Writes every exchanged record of @tree (a convention read from @store)
 * into the empty mirror @schema, with the images its people's photos name. */
gboolean
lc_exchange_mirror_fill (sqlite3       *db,
                         const char    *schema,
                         LcStore       *store,
                         LcUpdateTree  *tree,
                         GError       **error)
{
  guint n;
  const LcExchangeTable *tables = lc_exchange_tables (&n);
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray **by_table;

  /* Each table's records in one pass, in the order of their uid, the
   * mirror's key: appended to its B-tree rather than inserted at random
   * places (issue 17: tracking a 10,000-item import). */
  for (guint t = 0; t < n; t++)
    g_ptr_array_add (groups, g_ptr_array_new ());
  by_table = (GPtrArray **) groups->pdata;
  for (guint r = 0; r < tree->records->len; r++)
    {
      LcRecord *record = g_ptr_array_index (tree->records, r);

      if (lc_record_get_uid (record) == NULL)
        continue;
      for (guint t = 0; t < n; t++)
        if (G_OBJECT_TYPE (record) == tables[t].type)
          {
            g_ptr_array_add (by_table[t], record);
            break;
          }
    }
  for (guint t = 0; t < n; t++)
    g_ptr_array_sort (by_table[t], compare_uids);

  for (guint t = 0; t < n; t++)
    {
      g_autoptr(GString) sql = g_string_new (NULL);
      g_autofree guint *places = NULL;
      sqlite3_stmt *stmt = NULL;
      int rc;

      g_string_append_printf (sql, "INSERT INTO %s.%s VALUES (?", schema, tables[t].table);
      for (guint c = 0; c < tables[t].columns->len; c++)
        g_string_append (sql, ", ?");
      g_string_append (sql, ")");
      rc = sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL);

      for (guint r = 0; rc == SQLITE_OK && r < by_table[t]->len; r++)
        {
          LcRecord *record = g_ptr_array_index (by_table[t], r);
          LcRecordClass *klass = LC_RECORD_GET_CLASS (record);
          if (places == NULL)
            places = column_places (&tables[t], klass);
          sqlite3_bind_text (stmt, 1, lc_record_get_uid (record), -1, SQLITE_TRANSIENT);
          for (guint c = 0; c < tables[t].columns->len; c++)
            bind_value (stmt, c + 2, g_ptr_array_index (tables[t].columns, c),
                        lc_record_peek_value (record, places[c]), tree);
          rc = sqlite3_step (stmt);
          rc = rc == SQLITE_DONE ? sqlite3_reset (stmt) : rc;
        }
      if (rc != SQLITE_OK)
        lc_exchange_set_error (db, rc, error);
      sqlite3_finalize (stmt);
      if (rc != SQLITE_OK)
        return FALSE;
    }

  return lc_exchange_images_fill (db, schema, store, tree, error)
         && lc_exchange_published_fill (db, schema, tree, error);
}

/* Makes the mirror @to the same as @from. */
gboolean
lc_exchange_mirror_copy (sqlite3     *db,
                         const char  *from,
                         const char  *to,
                         GError     **error)
{
  guint n;
  const LcExchangeTable *tables = lc_exchange_tables (&n);
  g_autoptr(GString) sql = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, "DELETE FROM %2$s.%1$s; INSERT INTO %2$s.%1$s SELECT * FROM %3$s.%1$s;",
                            tables[i].table, to, from);

  return lc_exchange_exec (db, sql->str, error);
}

static gboolean
wrong_value (const LcExchangeTable *table,
             const LcColumn        *column,
             GError               **error)
{
  /* Translators: %1$s is a field's name (“title_en”), %2$s a table's (“items”) */
  g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
               _("The changes file is damaged: the field “%1$s” of a record of “%2$s” has a value "
                 "of the wrong kind."), column->name, table->table);
  return FALSE;
}

/**
 * lc_exchange_value_to_gvalue: (skip)
 *
 * A mirror's value as the record's property wants it, checked: a file's
 * value of the wrong kind is refused rather than converted. A reference to
 * a record @tree does not have is 0 (not set).
 */
gboolean
lc_exchange_value_to_gvalue (const LcExchangeTable *table,
                             const LcColumn        *column,
                             sqlite3_value         *value,
                             LcUpdateTree          *tree,
                             GValue                *out,
                             GError               **error)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (column->pspec);
  int kind = sqlite3_value_type (value);

  g_value_init (out, type);
  if (column->references != NULL)
    {
      GType target = lc_update_type_for_table (column->references);
      g_autofree char *key = NULL;
      LcRecord *record;

      if (kind == SQLITE_NULL)
        return TRUE;
      if (kind != SQLITE_TEXT)
        return wrong_value (table, column, error);
      key = g_strdup_printf ("%s:%s", g_type_name (target), (const char *) sqlite3_value_text (value));
      record = g_hash_table_lookup (tree->by_uid, key);
      g_value_set_int64 (out, record ? lc_record_get_id (record) : 0);
      return TRUE;
    }

  if (type == G_TYPE_STRING)
    {
      if (kind != SQLITE_TEXT && kind != SQLITE_NULL)
        return wrong_value (table, column, error);
      if (kind == SQLITE_TEXT && !g_utf8_validate ((const char *) sqlite3_value_text (value),
                                                   sqlite3_value_bytes (value), NULL))
        return wrong_value (table, column, error);
      g_value_set_string (out, (const char *) sqlite3_value_text (value));
      return TRUE;
    }
  if (G_TYPE_IS_ENUM (type))
    {
      int number;

      if (kind != SQLITE_TEXT
          || !lc_enum_from_nick (type, (const char *) sqlite3_value_text (value), &number))
        return wrong_value (table, column, error);
      g_value_set_enum (out, number);
      return TRUE;
    }
  if (kind != SQLITE_INTEGER)
    return wrong_value (table, column, error);
  if (type == G_TYPE_BOOLEAN)
    {
      if (sqlite3_value_int64 (value) != 0 && sqlite3_value_int64 (value) != 1)
        return wrong_value (table, column, error);
      g_value_set_boolean (out, sqlite3_value_int (value));
    }
  else if (type == G_TYPE_INT)
    {
      if (sqlite3_value_int64 (value) < G_MININT || sqlite3_value_int64 (value) > G_MAXINT)
        return wrong_value (table, column, error);
      g_value_set_int (out, sqlite3_value_int (value));
    }
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (out, sqlite3_value_int64 (value));
  else
    return wrong_value (table, column, error);

  /* The property's own range (a year, a goal's number…). */
  if (g_param_value_validate (column->pspec, out))
    return wrong_value (table, column, error);
  return TRUE;
}

static void
tree_add (LcUpdateTree *tree,
          LcRecord     *record)
{
  GType type = G_OBJECT_TYPE (record);

  g_ptr_array_add (tree->records, record);
  g_hash_table_insert (tree->by_key, lc_update_key (type, lc_record_get_id (record)), record);
  if (lc_record_get_uid (record) != NULL)
    g_hash_table_insert (tree->by_uid, g_strdup_printf ("%s:%s", g_type_name (type), lc_record_get_uid (record)),
                         record);
}

/* Gives the tree's records of @table the mirror's values. */
static gboolean
assign_from_mirror (sqlite3               *db,
                    const LcExchangeTable *table,
                    LcUpdateTree          *tree,
                    GError               **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM main.%s", table->table);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *key = g_strdup_printf ("%s:%s", g_type_name (table->type),
                                              (const char *) sqlite3_column_text (stmt, 0));
      LcRecord *record = g_hash_table_lookup (tree->by_uid, key);

      for (guint c = 0; record != NULL && c < table->columns->len; c++)
        {
          const LcColumn *column = g_ptr_array_index (table->columns, c);
          g_auto(GValue) value = G_VALUE_INIT;

          if (!lc_exchange_value_to_gvalue (table, column, sqlite3_column_value (stmt, c + 1), tree, &value, error))
            {
              sqlite3_finalize (stmt);
              return FALSE;
            }
          g_object_set_property (G_OBJECT (record), g_param_spec_get_name (column->pspec), &value);
        }
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_DONE)
    lc_exchange_set_error (db, rc, error);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE;
}

/* The tree's records of @table, by uid: the library's record when it has
 * one (so that what does not travel stays as it is), else a new
 * one with a row number no library record has. */
static gboolean
add_mirror_records (sqlite3               *db,
                    const LcExchangeTable *table,
                    LcUpdateTree          *library,
                    LcUpdateTree          *tree,
                    gint64                *next_id,
                    GError               **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT uid FROM main.%s ORDER BY uid", table->table);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *uid = (const char *) sqlite3_column_text (stmt, 0);
      g_autofree char *key = g_strdup_printf ("%s:%s", g_type_name (table->type), uid);
      LcRecord *mine = g_hash_table_lookup (library->by_uid, key);
      LcRecord *record = mine ? lc_record_copy (mine) : g_object_new (table->type, NULL);

      if (!lc_uid_is_valid (uid))
        {
          g_object_unref (record);
          sqlite3_finalize (stmt);
          g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                       /* Translators: %s is a table's name (“items”) */
                       _("The changes file is damaged: a record of “%s” has no proper identity."),
                       table->table);
          return FALSE;
        }
      lc_record_set_id (record, mine ? lc_record_get_id (mine) : (*next_id)++);
      lc_record_set_uid (record, uid);
      tree_add (tree, record);
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_DONE)
    lc_exchange_set_error (db, rc, error);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE;
}

/**
 * lc_exchange_mirror_to_tree: (skip)
 * @db: a connection whose main database is a mirror
 * @library: the convention as the library holds it
 *
 * The mirror as the convention update's "file" side: the records the
 * update then adds, changes and deletes to make the library's convention
 * the mirror's. Records that are not exchanged (published versions, the
 * report's photos) are the library's own.
 */
LcUpdateTree *
lc_exchange_mirror_to_tree (sqlite3       *db,
                            LcUpdateTree  *library,
                            GError       **error)
{
  g_autoptr(LcUpdateTree) tree = g_new0 (LcUpdateTree, 1);
  /* Above any row number a library will reach. */
  gint64 next_id = G_GINT64_CONSTANT (1) << 48;
  guint n_types;
  const GType *types = lc_update_types (&n_types);

  tree->records = g_ptr_array_new_with_free_func (g_object_unref);
  tree->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  tree->by_uid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint t = 0; t < n_types; t++)
    {
      const LcExchangeTable *table = lc_exchange_table_find (LC_RECORD_CLASS (g_type_class_peek (types[t]))->table);

      if (table != NULL)
        {
          if (!add_mirror_records (db, table, library, tree, &next_id, error))
            return NULL;
          continue;
        }
      for (guint r = 0; r < library->records->len; r++)
        if (G_OBJECT_TYPE (g_ptr_array_index (library->records, r)) == types[t])
          tree_add (tree, lc_record_copy (g_ptr_array_index (library->records, r)));
    }

  /* Once every record has its row number, references can be set. */
  for (guint t = 0; t < n_types; t++)
    {
      const LcExchangeTable *table = lc_exchange_table_find (LC_RECORD_CLASS (g_type_class_peek (types[t]))->table);

      if (table != NULL && !assign_from_mirror (db, table, tree, error))
        return NULL;
    }

  return g_steal_pointer (&tree);
}
