/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* Before any header includes sqlite3.h: the session extension's API. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "lc-declaration.h"
#include "lc-error.h"
#include "lc-exchange-private.h"
#include "lc-json-reader.h"
#include "lc-models.h"

/* Published declaration versions in the exchange (issue 15). A version is
 * frozen: its text, title, label and date never change, and it has no uid
 * of its own (no schema change for it). So it travels as one row of the
 * mirror's "published" table: the declaration's uid, the date, and a body
 * holding the rest (sections and clauses named by their uids) as JSON
 * written always alike, keyed by a uid made from the SHA-256 of the three.
 * Two libraries holding the same version make the same row; a version is
 * only ever added.
 *
 * Its number is not in the row: the store numbers a declaration's versions
 * 1, 2, … as they are stored and never changes or deletes one (its
 * triggers), so a version from a file is stored after the library's own,
 * the file's new ones in the order they were published. When one organiser
 * publishes, every library ends with the same numbers. When two publish
 * offline, each library keeps both, its own first: their numbers differ
 * between the libraries (each the other's way round), their texts and dates
 * do not. Numbering both by publication time in every library would need a
 * version's number to change, which the schema forbids (no schema change
 * this time; see HACKING.md).
 */

#define PUBLISHED_TABLE "published"

/**
 * lc_exchange_published_table: (skip)
 *
 * The mirror's table of published versions: uid (made from the rest),
 * declaration (its uid), published (when), body (the version's texts).
 *
 * Returns: the table, the last of lc_exchange_tables ()
 */
LcExchangeTable
lc_exchange_published_table (void)
{
  static const char *const columns[] = { "declaration", "published", "body", NULL };

  return lc_exchange_content_table (PUBLISHED_TABLE, columns);
}

static char *
row_uid (const char *declaration,
         const char *published,
         const char *body)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  /* NUL-separated: no text can run into the next. */
  g_checksum_update (checksum, (const guchar *) declaration, strlen (declaration) + 1);
  g_checksum_update (checksum, (const guchar *) published, strlen (published) + 1);
  g_checksum_update (checksum, (const guchar *) body, strlen (body));
  return lc_exchange_content_uid (g_checksum_get_string (checksum));
}

/* The version's rows of one type, in the order the body lists them. */
static gint
compare_rows (gconstpointer a,
              gconstpointer b)
{
  LcRecord *x = *(LcRecord **) a, *y = *(LcRecord **) b;
  gint64 px = lc_record_get_int (x, "position"), py = lc_record_get_int (y, "position");

  if (px != py)
    return px < py ? -1 : 1;
  return g_strcmp0 (lc_record_get_uid (x), lc_record_get_uid (y));
}

static GPtrArray *
rows_of (LcUpdateTree *tree,
         GType         type,
         gint64        version_id)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; i < tree->records->len; i++)
    {
      LcRecord *record = g_ptr_array_index (tree->records, i);

      if (G_OBJECT_TYPE (record) == type && lc_record_get_int (record, "version-id") == version_id)
        g_ptr_array_add (rows, record);
    }
  return rows;
}

static void
add_string (JsonBuilder  *builder,
            LcRecord     *record,
            const char   *property)
{
  json_builder_add_string_value (builder, lc_record_get_string (record, property));
}

/* The version's texts as JSON, written the same in every library: its
 * sections and clauses named by uid, in their order. NULL when a section
 * or clause it names has no uid (the library is damaged). */
static char *
version_body (LcUpdateTree *tree,
              LcRecord     *version)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) sections = rows_of (tree, LC_TYPE_VERSION_SECTION, lc_record_get_id (version));
  g_autoptr(GPtrArray) clauses = rows_of (tree, LC_TYPE_VERSION_CLAUSE, lc_record_get_id (version));

  json_builder_begin_array (builder);
  add_string (builder, version, "label-ar");
  add_string (builder, version, "label-en");
  add_string (builder, version, "title-ar");
  add_string (builder, version, "title-en");
  json_builder_add_int_value (builder, lc_record_get_int (version, "section-count"));
  json_builder_add_int_value (builder, lc_record_get_int (version, "clause-count"));

  g_ptr_array_sort (sections, compare_rows);
  json_builder_begin_array (builder);
  for (guint i = 0; i < sections->len; i++)
    {
      LcRecord *row = g_ptr_array_index (sections, i);
      const char *uid = lc_update_tree_uid_of (tree, "declaration_sections", lc_record_get_int (row, "section-id"));

      if (uid == NULL)
        return NULL;
      json_builder_begin_array (builder);
      json_builder_add_string_value (builder, uid);
      add_string (builder, row, "title-ar");
      add_string (builder, row, "title-en");
      json_builder_add_int_value (builder, lc_record_get_int (row, "position"));
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);

  /* By section, then position: a clause's position counts in its section. */
  g_ptr_array_sort (clauses, compare_rows);
  json_builder_begin_array (builder);
  for (guint i = 0; i < clauses->len; i++)
    {
      LcRecord *row = g_ptr_array_index (clauses, i);
      const char *section = lc_update_tree_uid_of (tree, "declaration_sections",
                                                   lc_record_get_int (row, "section-id"));
      const char *clause = lc_update_tree_uid_of (tree, "clauses", lc_record_get_int (row, "clause-id"));

      if (section == NULL || clause == NULL)
        return NULL;
      json_builder_begin_array (builder);
      json_builder_add_string_value (builder, section);
      json_builder_add_string_value (builder, clause);
      add_string (builder, row, "text-ar");
      add_string (builder, row, "text-en");
      json_builder_add_int_value (builder, lc_record_get_int (row, "position"));
      json_builder_add_boolean_value (builder, lc_record_get_int (row, "numbered") != 0);
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/**
 * lc_exchange_published_fill: (skip)
 * @db: a connection with the mirror @schema
 * @tree: a convention as a library holds it
 *
 * Writes each published version of @tree into the mirror.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
lc_exchange_published_fill (sqlite3       *db,
                            const char    *schema,
                            LcUpdateTree  *tree,
                            GError       **error)
{
  g_autofree char *sql = g_strdup_printf ("INSERT OR IGNORE INTO %s." PUBLISHED_TABLE " VALUES (?, ?, ?, ?)", schema);
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  for (guint r = 0; rc == SQLITE_OK && r < tree->records->len; r++)
    {
      LcRecord *version = g_ptr_array_index (tree->records, r);
      g_autofree char *body = NULL, *uid = NULL;
      const char *declaration;

      if (G_OBJECT_TYPE (version) != LC_TYPE_DECLARATION_VERSION)
        continue;
      declaration = lc_update_tree_uid_of (tree, "declarations", lc_record_get_int (version, "declaration-id"));
      body = version_body (tree, version);
      if (declaration == NULL || body == NULL)
        continue;
      uid = row_uid (declaration, lc_record_get_string (version, "published"), body);
      sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, declaration, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, lc_record_get_string (version, "published"), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, body, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      rc = rc == SQLITE_DONE ? sqlite3_reset (stmt) : rc;
    }
  if (rc != SQLITE_OK)
    lc_exchange_set_error (db, rc, error);
  sqlite3_finalize (stmt);
  return rc == SQLITE_OK;
}

/* A version as a file gives it, read back from its body. */
typedef struct
{
  char       *uid;
  char       *declaration;
  char       *published;
  JsonArray  *body;
} Published;

static void
published_free (gpointer data)
{
  Published *p = data;

  g_free (p->uid);
  g_free (p->declaration);
  g_free (p->published);
  g_clear_pointer (&p->body, json_array_unref);
  g_free (p);
}

static gboolean
is_string (JsonArray *array,
           guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_count (JsonArray *array,
          guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64
         && json_node_get_int (node) >= 0 && json_node_get_int (node) <= G_MAXINT;
}

/* The body's shape: [label ar, en, title ar, en, sections, clauses,
 * [[section uid, title ar, en, position]…], [[section uid, clause uid,
 * text ar, en, position, numbered]…]]. */
static JsonArray *
parse_body (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;
  JsonArray *body, *sections, *clauses;

  if (!lc_json_reader_load (parser, text, strlen (text)) && !json_parser_load_from_data (parser, text, -1, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    return NULL;
  body = json_node_get_array (root);
  if (json_array_get_length (body) != 8 || !is_string (body, 0) || !is_string (body, 1) || !is_string (body, 2)
      || !is_string (body, 3) || !is_count (body, 4) || !is_count (body, 5)
      || !JSON_NODE_HOLDS_ARRAY (json_array_get_element (body, 6))
      || !JSON_NODE_HOLDS_ARRAY (json_array_get_element (body, 7)))
    return NULL;
  sections = json_array_get_array_element (body, 6);
  clauses = json_array_get_array_element (body, 7);
  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      JsonNode *node = json_array_get_element (sections, i);
      JsonArray *row = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

      if (row == NULL || json_array_get_length (row) != 4 || !is_string (row, 0) || !is_string (row, 1)
          || !is_string (row, 2) || !is_count (row, 3) || !lc_uid_is_valid (json_array_get_string_element (row, 0)))
        return NULL;
    }
  for (guint i = 0; i < json_array_get_length (clauses); i++)
    {
      JsonNode *node = json_array_get_element (clauses, i);
      JsonArray *row = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

      if (row == NULL || json_array_get_length (row) != 6 || !is_string (row, 0) || !is_string (row, 1)
          || !is_string (row, 2) || !is_string (row, 3) || !is_count (row, 4)
          || !JSON_NODE_HOLDS_VALUE (json_array_get_element (row, 5))
          || json_node_get_value_type (json_array_get_element (row, 5)) != G_TYPE_BOOLEAN
          || !lc_uid_is_valid (json_array_get_string_element (row, 0))
          || !lc_uid_is_valid (json_array_get_string_element (row, 1)))
        return NULL;
    }
  return json_array_ref (body);
}

static gboolean
refuse (const char  *source,
        GError     **error)
{
  return lc_exchange_refuse_content (source, _("a published version it carries is damaged."), error);
}

/* A row of the file's, checked: its uid is the one its values make, its
 * date a date, its body of the body's shape. */
static Published *
published_read (sqlite3_value *uid,
                sqlite3_value *declaration,
                sqlite3_value *published,
                sqlite3_value *body)
{
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *expected = NULL;
  Published *p;

  if (uid == NULL || declaration == NULL || published == NULL || body == NULL
      || sqlite3_value_type (uid) != SQLITE_TEXT || sqlite3_value_type (declaration) != SQLITE_TEXT
      || sqlite3_value_type (published) != SQLITE_TEXT || sqlite3_value_type (body) != SQLITE_TEXT
      || !g_utf8_validate ((const char *) sqlite3_value_text (body), sqlite3_value_bytes (body), NULL)
      || !lc_uid_is_valid ((const char *) sqlite3_value_text (declaration)))
    return NULL;
  when = g_date_time_new_from_iso8601 ((const char *) sqlite3_value_text (published), NULL);
  expected = row_uid ((const char *) sqlite3_value_text (declaration), (const char *) sqlite3_value_text (published),
                      (const char *) sqlite3_value_text (body));
  if (when == NULL || !g_str_equal (expected, (const char *) sqlite3_value_text (uid)))
    return NULL;

  p = g_new0 (Published, 1);
  p->body = parse_body ((const char *) sqlite3_value_text (body));
  if (p->body == NULL)
    {
      published_free (p);
      return NULL;
    }
  p->uid = g_strdup ((const char *) sqlite3_value_text (uid));
  p->declaration = g_strdup ((const char *) sqlite3_value_text (declaration));
  p->published = g_strdup ((const char *) sqlite3_value_text (published));
  return p;
}

/**
 * lc_exchange_published_check_change: (skip)
 * @iter: at a change of the "published" table
 *
 * A version is only added (or goes with its declaration): a change in
 * place, a uid its values do not make, or a body of another shape refuses
 * the file.
 *
 * Returns: %FALSE with @error set
 */
gboolean
lc_exchange_published_check_change (sqlite3_changeset_iter  *iter,
                                    int                      op,
                                    const char              *source,
                                    GError                 **error)
{
  sqlite3_value *values[4] = { NULL };
  Published *p;

  if (op == SQLITE_UPDATE)
    return refuse (source, error);
  for (int c = 0; c < 4; c++)
    if (op == SQLITE_INSERT)
      sqlite3changeset_new (iter, c, &values[c]);
    else
      sqlite3changeset_old (iter, c, &values[c]);
  p = published_read (values[0], values[1], values[2], values[3]);
  if (p == NULL)
    return refuse (source, error);
  published_free (p);
  return TRUE;
}

/**
 * lc_exchange_published_none: (skip)
 *
 * Returns: (transfer full): no version to add, as
 *   lc_exchange_published_collect () gives them
 */
GPtrArray *
lc_exchange_published_none (void)
{
  return g_ptr_array_new_with_free_func (published_free);
}

/**
 * lc_exchange_published_collect: (skip)
 * @db: a connection whose main database is the merged mirror
 * @header: the file's header
 *
 * The merged convention's published versions, when the file adds any (so
 * that a merge without one reads none).
 *
 * Returns: (transfer full) (element-type Published): the versions, maybe
 *   none, or %NULL with @error set
 */
GPtrArray *
lc_exchange_published_collect (sqlite3                 *db,
                               const LcExchangeHeader  *header,
                               GError                 **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (published_free);
  sqlite3_changeset_iter *iter = NULL;
  gboolean adds = FALSE;
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (header->size > 0 && sqlite3changeset_start (&iter, (int) header->size, (void *) header->changeset) == SQLITE_OK)
    {
      while (!adds && sqlite3changeset_next (iter) == SQLITE_ROW)
        {
          const char *table;
          int n, op, indirect;

          sqlite3changeset_op (iter, &table, &n, &op, &indirect);
          adds = op == SQLITE_INSERT && g_str_equal (table, PUBLISHED_TABLE);
        }
      sqlite3changeset_finalize (iter);
    }
  if (!adds)
    return g_steal_pointer (&rows);

  rc = sqlite3_prepare_v2 (db, "SELECT uid, declaration, published, body FROM main." PUBLISHED_TABLE,
                           -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Published *p = published_read (sqlite3_column_value (stmt, 0), sqlite3_column_value (stmt, 1),
                                     sqlite3_column_value (stmt, 2), sqlite3_column_value (stmt, 3));

      /* The library's own rows are read as the file's were checked. */
      if (p != NULL)
        g_ptr_array_add (rows, p);
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_DONE)
    lc_exchange_set_error (db, rc, error);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? g_steal_pointer (&rows) : NULL;
}

static LcRecord *
by_uid (LcUpdateTree *tree,
        GType         type,
        const char   *uid)
{
  g_autofree char *key = g_strdup_printf ("%s:%s", g_type_name (type), uid);

  return g_hash_table_lookup (tree->by_uid, key);
}

/* Stores @p as version @number of @declaration, its sections and clauses
 * found by uid in the library. */
static gboolean
insert_version (LcStore       *store,
                LcRecord      *declaration,
                int            number,
                Published     *p,
                LcUpdateTree  *tree,
                GError       **error)
{
  g_autoptr(LcRecord) version = g_object_new (LC_TYPE_DECLARATION_VERSION, NULL);
  JsonArray *sections = json_array_get_array_element (p->body, 6);
  JsonArray *clauses = json_array_get_array_element (p->body, 7);

  lc_record_set_int (version, "declaration-id", lc_record_get_id (declaration));
  lc_record_set_int (version, "number", number);
  lc_record_set_string (version, "label-ar", json_array_get_string_element (p->body, 0));
  lc_record_set_string (version, "label-en", json_array_get_string_element (p->body, 1));
  lc_record_set_string (version, "title-ar", json_array_get_string_element (p->body, 2));
  lc_record_set_string (version, "title-en", json_array_get_string_element (p->body, 3));
  lc_record_set_string (version, "published", p->published);
  lc_record_set_int (version, "section-count", json_array_get_int_element (p->body, 4));
  lc_record_set_int (version, "clause-count", json_array_get_int_element (p->body, 5));
  if (!lc_store_insert (store, version, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (sections) + json_array_get_length (clauses); i++)
    {
      gboolean is_section = i < json_array_get_length (sections);
      JsonArray *values = is_section ? json_array_get_array_element (sections, i)
                                     : json_array_get_array_element (clauses, i - json_array_get_length (sections));
      LcRecord *section = by_uid (tree, LC_TYPE_DECLARATION_SECTION, json_array_get_string_element (values, 0));
      LcRecord *clause = is_section ? NULL : by_uid (tree, LC_TYPE_CLAUSE, json_array_get_string_element (values, 1));
      g_autoptr(LcRecord) row = g_object_new (is_section ? LC_TYPE_VERSION_SECTION : LC_TYPE_VERSION_CLAUSE, NULL);

      /* Deleted here while the colleague published them. */
      if (section == NULL || (!is_section && clause == NULL))
        {
          /* Translators: %1$d is a version's number, %2$s a declaration's title */
          g_set_error (error, LC_ERROR, LC_ERROR_CONSTRAINT,
                       _("Version %1$d of the declaration “%2$s” holds a section or clause deleted in this "
                         "library, so it cannot be added."), number,
                       lc_record_get_text (declaration, "title", lc_update_message_language (), NULL));
          return FALSE;
        }
      lc_record_set_int (row, "version-id", lc_record_get_id (version));
      lc_record_set_int (row, "section-id", lc_record_get_id (section));
      if (is_section)
        {
          lc_record_set_string (row, "title-ar", json_array_get_string_element (values, 1));
          lc_record_set_string (row, "title-en", json_array_get_string_element (values, 2));
          lc_record_set_int (row, "position", json_array_get_int_element (values, 3));
        }
      else
        {
          lc_record_set_int (row, "clause-id", lc_record_get_id (clause));
          lc_record_set_string (row, "text-ar", json_array_get_string_element (values, 2));
          lc_record_set_string (row, "text-en", json_array_get_string_element (values, 3));
          lc_record_set_int (row, "position", json_array_get_int_element (values, 4));
          lc_record_set_int (row, "numbered", json_array_get_boolean_element (values, 5));
        }
      if (!lc_store_insert (store, row, error))
        return FALSE;
    }
  return TRUE;
}

static gint
compare_published (gconstpointer a,
                   gconstpointer b)
{
  const Published *x = *(Published **) a, *y = *(Published **) b;
  int order = g_strcmp0 (x->published, y->published);

  return order != 0 ? order : g_strcmp0 (x->uid, y->uid);
}

/* The file's versions of @declaration that the library does not have,
 * stored after the library's own, in the order they were published. */
static gboolean
merge_declaration (LcStore       *store,
                   LcUpdateTree  *tree,
                   LcRecord      *declaration,
                   GHashTable    *local,
                   GPtrArray     *rows,
                   GError       **error)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  gint64 last = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      Published *p = g_ptr_array_index (rows, i);

      if (g_str_equal (p->declaration, lc_record_get_uid (declaration)) && !g_hash_table_contains (local, p->uid))
        g_ptr_array_add (added, p);
    }
  if (added->len == 0)
    return TRUE;
  g_ptr_array_sort (added, compare_published);

  for (guint i = 0; i < tree->records->len; i++)
    {
      LcRecord *version = g_ptr_array_index (tree->records, i);

      if (G_OBJECT_TYPE (version) == LC_TYPE_DECLARATION_VERSION
          && lc_record_get_int (version, "declaration-id") == lc_record_get_id (declaration))
        last = MAX (last, lc_record_get_int (version, "number"));
    }
  for (guint i = 0; i < added->len; i++)
    if (!insert_version (store, declaration, (int) (last + 1 + i), g_ptr_array_index (added, i), tree, error))
      return FALSE;
  return TRUE;
}

/**
 * lc_exchange_published_write: (skip)
 * @store: the library, in the merge's transaction, the update applied
 * @update: the merge's update
 * @rows: (element-type Published): from lc_exchange_published_collect ()
 *
 * Adds the file's published versions the library does not have, after
 * its own. They are not part of the merge's undo step: the store never
 * lets a version go while its declaration is there, so undoing a merge,
 * like undoing after Publish, leaves the versions.
 *
 * Returns: %FALSE with @error set on failure (the caller rolls back)
 */
gboolean
lc_exchange_published_write (LcStore             *store,
                             LcConventionUpdate  *update,
                             GPtrArray           *rows,
                             GError             **error)
{
  g_autoptr(LcUpdateTree) tree = NULL;
  g_autoptr(GHashTable) local = NULL;

  if (rows == NULL || rows->len == 0)
    return TRUE;
  tree = lc_update_tree_read (store, update->convention_id, error);
  if (tree == NULL)
    return FALSE;
  /* The library's versions by the uid their row would have. */
  local = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < tree->records->len; i++)
    {
      LcRecord *version = g_ptr_array_index (tree->records, i);
      const char *declaration;
      g_autofree char *body = NULL;

      if (G_OBJECT_TYPE (version) != LC_TYPE_DECLARATION_VERSION)
        continue;
      declaration = lc_update_tree_uid_of (tree, "declarations", lc_record_get_int (version, "declaration-id"));
      body = version_body (tree, version);
      if (declaration != NULL && body != NULL)
        g_hash_table_insert (local, row_uid (declaration, lc_record_get_string (version, "published"), body),
                             version);
    }

  for (guint i = 0; i < tree->records->len; i++)
    {
      LcRecord *declaration = g_ptr_array_index (tree->records, i);

      if (G_OBJECT_TYPE (declaration) == LC_TYPE_DECLARATION
          && !merge_declaration (store, tree, declaration, local, rows, error))
        return FALSE;
    }
  return TRUE;
}
