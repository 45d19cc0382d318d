/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "lc-convention-io.h"
#include "lc-convention-update-private.h"
#include "lc-json-reader.h"
#include "lc-organisation.h"
#include "lc-declaration.h"
#include "lc-error.h"
#include "lc-file.h"
#include "lc-json-scan.h"
#include "lc-models.h"
#include "lc-participant.h"
#include "lc-places.h"
#include "lc-report.h"
#include "lc-tracks.h"

/* Updating a convention from its own file, brought back from a colleague:
 * the file is read into a scratch library by the convention file's own
 * reader (so it is checked exactly as an import is), then its records and
 * the library's are matched by uid, area by area, into a plan of what to
 * add, change and delete (lc-convention-update-report.c describes it,
 * lc-convention-update-apply.c writes it). */

/* The records of a convention, parents before children. Published
 * versions have no uid: they are never matched, only kept (see
 * check_versions ()). */
const GType *
lc_update_types (guint *n_types)
{
  static GType types[22];
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      GType all[] = { LC_TYPE_CONVENTION, LC_TYPE_ORGANISATION, LC_TYPE_ROOM, LC_TYPE_TRACK, LC_TYPE_PLACE,
                      LC_TYPE_CITY,
                      LC_TYPE_PERSON, LC_TYPE_ITEM,
                      /* Participants (issue 14): a person's history of
                       * status, not only the status, and who attended
                       * an item. */
                      LC_TYPE_STATUS_CHANGE, LC_TYPE_ITEM_ATTENDANCE,
                      LC_TYPE_PARTICIPATION, LC_TYPE_DECLARATION, LC_TYPE_DECLARATION_SECTION,
                      LC_TYPE_CLAUSE, LC_TYPE_AMENDMENT, LC_TYPE_DECLARATION_VERSION,
                      LC_TYPE_VERSION_SECTION, LC_TYPE_VERSION_CLAUSE,
                      /* The final report's records (issue 13). */
                      LC_TYPE_REPORT, LC_TYPE_COVERAGE, LC_TYPE_REPORT_SUMMARY, LC_TYPE_REPORT_PHOTO };

      G_STATIC_ASSERT (G_N_ELEMENTS (all) == G_N_ELEMENTS (types));
      /* Record classes stay loaded: their tables are looked up by name. */
      for (guint i = 0; i < G_N_ELEMENTS (all); i++)
        {
          g_type_class_ref (all[i]);
          types[i] = all[i];
        }
      g_once_init_leave (&ready, 1);
    }

  *n_types = G_N_ELEMENTS (types);
  return types;
}

gboolean
lc_update_type_has_uid (GType type)
{
  return type != LC_TYPE_DECLARATION_VERSION && type != LC_TYPE_VERSION_SECTION
         && type != LC_TYPE_VERSION_CLAUSE;
}

GType
lc_update_type_for_table (const char *table)
{
  guint n;
  const GType *types = lc_update_types (&n);

  for (guint i = 0; table != NULL && i < n; i++)
    if (g_str_equal (LC_RECORD_CLASS (g_type_class_peek (types[i]))->table, table))
      return types[i];

  return G_TYPE_INVALID;
}

char *
lc_update_key (GType  type,
               gint64 id)
{
  return g_strdup_printf ("%s:%" G_GINT64_FORMAT, g_type_name (type), id);
}

void
lc_update_tree_free (LcUpdateTree *tree)
{
  if (tree == NULL)
    return;
  g_ptr_array_unref (tree->records);
  g_hash_table_unref (tree->by_key);
  g_hash_table_unref (tree->by_uid);
  g_clear_pointer (&tree->by_fact, g_hash_table_unref);
  g_free (tree);
}

static void
tree_add (LcUpdateTree *tree,
          LcRecord     *record)
{
  GType type = G_OBJECT_TYPE (record);

  g_ptr_array_add (tree->records, g_object_ref (record));
  g_hash_table_insert (tree->by_key, lc_update_key (type, lc_record_get_id (record)), record);
  if (lc_update_type_has_uid (type) && lc_record_get_uid (record) != NULL)
    g_hash_table_insert (tree->by_uid, g_strdup_printf ("%s:%s", g_type_name (type), lc_record_get_uid (record)),
                         record);
}

/* Every record of @type in the convention in one query, grouped by
 * their parent's id, each group in the class's order: what listing the
 * children of each parent in turn gives, without a query per parent (the
 * exchange reads the whole convention at every send and merge). %NULL
 * for a class reached only through a parent's parent (a clause), or with
 * *@failed and @error set. */
static GHashTable *
list_by_parent (LcStore         *store,
                GType            type,
                const LcColumn  *parent,
                gint64           convention_id,
                gboolean        *failed,
                GError         **error)
{
  LcRecordClass *klass = g_type_class_peek (type);
  LcRecordClass *parent_class = g_type_class_peek (lc_update_type_for_table (parent->references));
  g_autoptr(GListStore) records = NULL;
  GHashTable *groups;

  if (lc_record_class_find_column (klass, "convention_id") == NULL
      && (parent_class == NULL || lc_record_class_find_column (parent_class, "convention_id") == NULL))
    return NULL;
  records = lc_store_list_for_convention (store, type, convention_id, error);
  if (records == NULL)
    {
      *failed = TRUE;
      return NULL;
    }
  groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (records)); i++)
    {
      g_autoptr(LcRecord) record = g_list_model_get_item (G_LIST_MODEL (records), i);
      gint64 id = lc_record_get_int (record, g_param_spec_get_name (parent->pspec));
      GPtrArray *group = g_hash_table_lookup (groups, &id);

      if (group == NULL)
        {
          group = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (groups, g_memdup2 (&id, sizeof id), group);
        }
      g_ptr_array_add (group, g_object_ref (record));
    }
  return groups;
}

static gboolean
is_wanted (GType        type,
           const GType *only,
           guint        n_only)
{
  for (guint i = 0; i < n_only; i++)
    if (only[i] == type)
      return TRUE;
  return only == NULL;
}

/**
 * lc_update_tree_read: (skip)
 *
 * Reads every record of the convention: each type's rows are listed under
 * each of its parents, which come earlier in lc_update_types().
 */
LcUpdateTree *
lc_update_tree_read (LcStore  *store,
                     gint64    convention_id,
                     GError  **error)
{
  return lc_update_tree_read_some (store, convention_id, NULL, 0, error);
}

/**
 * lc_update_tree_read_some: (skip)
 * @only: (array length=n_only) (nullable): the record classes to read,
 *   with every parent of each; %NULL for all
 *
 * lc_update_tree_read () of some record classes only: the records of
 * @only, read as that reads them, and no others (tracking a convention
 * writes most of it into the exchange state without reading it as
 * records; issue 17).
 */
LcUpdateTree *
lc_update_tree_read_some (LcStore      *store,
                          gint64        convention_id,
                          const GType  *only,
                          guint         n_only,
                          GError      **error)
{
  g_autoptr(LcUpdateTree) tree = g_new0 (LcUpdateTree, 1);
  g_autoptr(LcRecord) convention = NULL;
  guint n_types;
  const GType *types = lc_update_types (&n_types);

  tree->records = g_ptr_array_new_with_free_func (g_object_unref);
  tree->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  tree->by_uid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  convention = lc_store_get (store, LC_TYPE_CONVENTION, convention_id, error);
  if (convention == NULL)
    return NULL;
  tree_add (tree, convention);

  for (guint t = 1; t < n_types; t++)
    {
      LcRecordClass *klass = g_type_class_peek (types[t]);
      const LcColumn *parent = lc_record_class_find_column (klass, klass->parent_column);
      GType parent_type = lc_update_type_for_table (parent->references);
      guint n_records = tree->records->len;
      gboolean failed = FALSE;
      g_autoptr(GHashTable) groups = NULL;

      if (!is_wanted (types[t], only, n_only))
        continue;
      groups = list_by_parent (store, types[t], parent, convention_id, &failed, error);
      if (failed)
        return NULL;
      for (guint r = 0; r < n_records; r++)
        {
          LcRecord *owner = g_ptr_array_index (tree->records, r);
          g_autoptr(GListStore) children = NULL;
          gint64 owner_id = lc_record_get_id (owner);

          if (G_OBJECT_TYPE (owner) != parent_type)
            continue;
          if (groups != NULL)
            {
              GPtrArray *group = g_hash_table_lookup (groups, &owner_id);

              for (guint c = 0; group != NULL && c < group->len; c++)
                tree_add (tree, g_ptr_array_index (group, c));
              continue;
            }
          children = lc_store_list (store, types[t], klass->parent_column, owner_id, error);
          if (children == NULL)
            return NULL;
          for (guint c = 0; c < g_list_model_get_n_items (G_LIST_MODEL (children)); c++)
            {
              g_autoptr(LcRecord) child = g_list_model_get_item (G_LIST_MODEL (children), c);

              tree_add (tree, child);
            }
        }
    }

  return g_steal_pointer (&tree);
}

/* The uid of the record @id of @table, which the tree holds; NULL for no
 * record (a reference that is not set). */
const char *
lc_update_tree_uid_of (LcUpdateTree *tree,
                       const char   *table,
                       gint64        id)
{
  /* The key lc_update_key () makes, without allocating it: this is asked
   * for every reference of every record when a convention is tracked. */
  char key[128];
  LcRecord *record = NULL;

  if (id > 0 && g_snprintf (key, sizeof key, "%s:%" G_GINT64_FORMAT,
                            g_type_name (lc_update_type_for_table (table)), id) < (int) sizeof key)
    record = g_hash_table_lookup (tree->by_key, key);

  return record ? lc_record_get_uid (record) : NULL;
}

/* Whether @column differs between the file's record and the library's:
 * references compare by the uid of what they point at, since row numbers
 * differ between libraries. */
static gboolean
column_differs (LcUpdateTree   *file_tree,
                LcRecord       *file,
                LcUpdateTree   *library_tree,
                LcRecord       *library,
                const LcColumn *column,
                guint           index)
{
  const GValue *a = lc_record_peek_value (file, index);
  const GValue *b = lc_record_peek_value (library, index);

  if (column->references != NULL)
    return g_strcmp0 (lc_update_tree_uid_of (file_tree, column->references, g_value_get_int64 (a)),
                      lc_update_tree_uid_of (library_tree, column->references, g_value_get_int64 (b))) != 0;

  return g_param_values_cmp (column->pspec, a, b) != 0;
}

static gboolean
records_differ (LcUpdateTree *file_tree,
                LcRecord     *file,
                LcUpdateTree *library_tree,
                LcRecord     *library)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (file);

  for (guint c = 0; c < klass->columns->len; c++)
    if (column_differs (file_tree, file, library_tree, library, g_ptr_array_index (klass->columns, c), c))
      return TRUE;

  /* The same thing under another identity (find_match ()): the library's
   * takes the file's, so that both libraries know it by one from now on. */
  return lc_update_type_has_uid (G_OBJECT_TYPE (file))
         && g_strcmp0 (lc_record_get_uid (file), lc_record_get_uid (library)) != 0;
}

static void
add_entry (GPtrArray      *entries,
           GType           type,
           LcUpdateAction  action,
           LcRecord       *file,
           LcRecord       *library)
{
  LcUpdateEntry *entry = g_new0 (LcUpdateEntry, 1);

  entry->type = type;
  entry->action = action;
  entry->file = file ? g_object_ref (file) : NULL;
  entry->library = library ? g_object_ref (library) : NULL;
  g_ptr_array_add (entries, entry);
}

static void
entry_free (gpointer data)
{
  LcUpdateEntry *entry = data;

  g_clear_object (&entry->file);
  g_clear_object (&entry->library);
  g_free (entry);
}

/* The uid of what @record refers to through @column, in @tree. */
static const char *
reference_uid (LcUpdateTree *tree,
               LcRecord     *record,
               const char   *column)
{
  const LcColumn *c = lc_record_class_find_column (LC_RECORD_GET_CLASS (record), column);

  return lc_update_tree_uid_of (tree, c->references, lc_record_get_int (record, g_param_spec_get_name (c->pspec)));
}

/* What @record is, for the records the library keeps one of whatever
 * their uids: a convention's report, an item's summary (by parent), a
 * person's role at an item (by item, person and role), a person's
 * attendance at an item (by item and person). NULL for any other. */
static char *
fact_key (LcUpdateTree *tree,
          LcRecord     *record)
{
  GType type = G_OBJECT_TYPE (record);
  LcRecordClass *klass = LC_RECORD_GET_CLASS (record);

  if (type == LC_TYPE_REPORT || type == LC_TYPE_REPORT_SUMMARY)
    return g_strdup_printf ("%s:%s", g_type_name (type), reference_uid (tree, record, klass->parent_column));
  if (type == LC_TYPE_PARTICIPATION)
    return g_strdup_printf ("%s:%s:%s:%" G_GINT64_FORMAT, g_type_name (type),
                            reference_uid (tree, record, klass->parent_column),
                            reference_uid (tree, record, "person_id"), lc_record_get_int (record, "role"));
  if (type == LC_TYPE_ITEM_ATTENDANCE)
    return g_strdup_printf ("%s:%s:%s", g_type_name (type), reference_uid (tree, record, klass->parent_column),
                            reference_uid (tree, record, "person_id"));
  return NULL;
}

/* @record's match in @other: the record of the same type and uid; for
 * the records the library keeps one of whatever their uids (see
 * fact_key ()), made in each library on its own and so with uids of their
 * own, the one that is the same thing. */
static LcRecord *
find_match (LcUpdateTree *tree,
            LcRecord     *record,
            LcUpdateTree *other)
{
  GType type = G_OBJECT_TYPE (record);
  g_autofree char *key = g_strdup_printf ("%s:%s", g_type_name (type), lc_record_get_uid (record));
  LcRecord *match = g_hash_table_lookup (other->by_uid, key);
  g_autofree char *fact = NULL;

  if (match != NULL || (fact = fact_key (tree, record)) == NULL)
    return match;
  if (other->by_fact == NULL)
    {
      other->by_fact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < other->records->len; i++)
        {
          LcRecord *candidate = g_ptr_array_index (other->records, i);
          char *candidate_fact = fact_key (other, candidate);

          if (candidate_fact == NULL || g_hash_table_contains (other->by_fact, candidate_fact))
            g_free (candidate_fact);
          else
            g_hash_table_insert (other->by_fact, candidate_fact, candidate);
        }
    }
  return g_hash_table_lookup (other->by_fact, fact);
}

/**
 * lc_update_compare: (skip)
 *
 * What turns @library into @file, type by type, parents first: the
 * additions and changes in the file's order, then the deletions.
 */
GPtrArray *
lc_update_compare (LcUpdateTree *file,
                   LcUpdateTree *library)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (entry_free);
  guint n_types;
  const GType *types = lc_update_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      if (!lc_update_type_has_uid (types[t]))
        continue;

      for (guint i = 0; i < file->records->len; i++)
        {
          LcRecord *record = g_ptr_array_index (file->records, i);
          LcRecord *match;

          if (G_OBJECT_TYPE (record) != types[t])
            continue;
          match = find_match (file, record, library);
          if (match == NULL)
            add_entry (entries, types[t], LC_UPDATE_ADD, record, NULL);
          else if (records_differ (file, record, library, match))
            add_entry (entries, types[t], LC_UPDATE_CHANGE, record, match);
        }

      for (guint i = 0; i < library->records->len; i++)
        {
          LcRecord *record = g_ptr_array_index (library->records, i);

          if (G_OBJECT_TYPE (record) != types[t])
            continue;
          if (find_match (library, record, file) == NULL)
            add_entry (entries, types[t], LC_UPDATE_DELETE, NULL, record);
        }
    }

  return entries;
}

/* Published versions are frozen copies without identities of their own:
 * the update keeps the library's, which is right only when the file has
 * the same ones (a version, once published, never changes). */
static gboolean
check_versions (LcConventionUpdate *self)
{
  for (guint i = 0; i < self->file->records->len; i++)
    {
      LcRecord *declaration = g_ptr_array_index (self->file->records, i);
      g_autofree char *key = NULL;
      LcRecord *match;
      guint in_file = 0, in_library = 0;

      if (G_OBJECT_TYPE (declaration) != LC_TYPE_DECLARATION)
        continue;
      key = g_strdup_printf ("%s:%s", g_type_name (LC_TYPE_DECLARATION), lc_record_get_uid (declaration));
      match = g_hash_table_lookup (self->library->by_uid, key);

      for (guint v = 0; v < self->file->records->len; v++)
        {
          LcRecord *version = g_ptr_array_index (self->file->records, v);

          if (G_OBJECT_TYPE (version) == LC_TYPE_DECLARATION_VERSION
              && lc_record_get_int (version, "declaration-id") == lc_record_get_id (declaration))
            in_file++;
        }
      for (guint v = 0; match != NULL && v < self->library->records->len; v++)
        {
          LcRecord *version = g_ptr_array_index (self->library->records, v);

          if (G_OBJECT_TYPE (version) == LC_TYPE_DECLARATION_VERSION
              && lc_record_get_int (version, "declaration-id") == lc_record_get_id (match))
            in_library++;
        }

      if (in_file != in_library)
        {
          const char *title = lc_record_get_text (declaration, "title", lc_update_message_language (), NULL);

          self->blocker = g_strdup_printf (
            /* Translators: %1$s is a declaration's title, %2$u and %3$u numbers of versions */
            _("The file has %2$u published versions of the declaration “%1$s” and the library %3$u: "
              "published versions cannot be updated. Import the file as a copy instead."),
            title, in_file, in_library);
          return FALSE;
        }
    }

  return TRUE;
}

static void
remove_scratch (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

/* The file's records, read by the importer into a library of their own
 * that is thrown away: an empty library keeps every uid of the file. */
/* The images the file's people's photos and report photos name, from the
 * scratch library: the records carry only their names. */
static gboolean
read_photo_images (LcStore       *scratch,
                   LcUpdateTree  *tree,
                   GPtrArray     *images,
                   GError       **error)
{
  for (guint i = 0; i < tree->records->len; i++)
    {
      LcRecord *record = g_ptr_array_index (tree->records, i);
      GBytes *image;

      const char *name = LC_IS_PERSON (record) ? lc_person_get_photo (LC_PERSON (record))
                         : LC_IS_REPORT_PHOTO (record) ? lc_report_photo_get_image (LC_REPORT_PHOTO (record))
                         : "";

      if (*name == '\0')
        continue;
      image = lc_report_load_image (scratch, name, NULL, NULL, NULL, error);
      if (image == NULL)
        return FALSE;
      g_ptr_array_add (images, image);
    }
  return TRUE;
}

static LcUpdateTree *
read_file_tree (const char  *data,
                gsize        length,
                const char  *source_name,
                GPtrArray   *images,
                GError     **error)
{
  g_autofree char *dir = g_dir_make_tmp ("lc-update-XXXXXX", error);
  g_autofree char *path = NULL;
  g_autoptr(LcStore) scratch = NULL;
  LcUpdateTree *tree = NULL;
  gint64 id;

  if (dir == NULL)
    return NULL;
  path = g_build_filename (dir, "file.db", NULL);
  scratch = lc_store_open (path, error);
  if (scratch != NULL && (id = lc_convention_import_data (scratch, data, length, source_name, error)) > 0)
    tree = lc_update_tree_read (scratch, id, error);
  if (tree != NULL && !read_photo_images (scratch, tree, images, error))
    g_clear_pointer (&tree, lc_update_tree_free);

  g_clear_object (&scratch);
  remove_scratch (dir);
  return tree;
}

/**
 * lc_convention_find_existing:
 * @store: a library
 * @data: (array length=length): the contents of a convention file
 * @length: the length of @data
 * @error: return location for a #GError
 *
 * Which convention of @store the file is (by the uid of its convention),
 * so that importing it can offer to update it rather than make a copy. Only
 * the file's convention uid is read here; a file that is not a convention
 * file, or has no uid, is no convention of the library.
 *
 * Returns: the convention's id, 0 when the library does not have it, or -1
 *   with @error set when the library cannot be read
 */
gint64
lc_convention_find_existing (LcStore     *store,
                             const char  *data,
                             gsize        length,
                             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  g_return_val_if_fail (LC_IS_STORE (store), -1);

  /* The importer checks the file properly; anything odd here is simply no
   * match, and the import then says what is wrong. */
  if (length > LC_FILE_MAX_CONVENTION_BYTES || length > G_MAXSSIZE
      || !g_utf8_validate_len (data, length, NULL)
      /* What json-glib would crash on (nesting) is checked first, as the
       * importer does. */
      || !lc_json_prescan (data, length, LC_JSON_MAX_DEPTH, "", NULL)
      || (!lc_json_reader_load (parser, data, length)
          && !json_parser_load_from_data (parser, data, (gssize) length, NULL)))
    return 0;

  return lc_convention_find_existing_parsed (store, parser, error);
}

/**
 * lc_convention_find_existing_parsed:
 * @store: a library
 * @parser: a convention file, parsed (see lc_convention_parse())
 * @error: return location for a #GError
 *
 * lc_convention_find_existing() of a file already parsed, so that the
 * import that follows does not parse it again.
 *
 * Returns: the id of the convention, 0 when the library does not have it,
 *   or -1 with @error set when the library cannot be read
 */
gint64
lc_convention_find_existing_parsed (LcStore     *store,
                                    JsonParser  *parser,
                                    GError     **error)
{
  g_autoptr(GListStore) conventions = NULL;
  JsonNode *node;
  const char *uid;

  g_return_val_if_fail (LC_IS_STORE (store), -1);
  g_return_val_if_fail (JSON_IS_PARSER (parser), -1);

  if ((node = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (node)
      || (node = json_object_get_member (json_node_get_object (node), "convention")) == NULL
      || !JSON_NODE_HOLDS_OBJECT (node)
      || (node = json_object_get_member (json_node_get_object (node), "uid")) == NULL
      || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING
      || !lc_uid_is_valid (uid = json_node_get_string (node)))
    return 0;

  conventions = lc_store_list_conventions (store, error);
  if (conventions == NULL)
    return -1;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (conventions)); i++)
    {
      g_autoptr(LcRecord) c = g_list_model_get_item (G_LIST_MODEL (conventions), i);

      if (g_strcmp0 (lc_record_get_uid (c), uid) == 0)
        return lc_record_get_id (c);
    }

  return 0;
}

/**
 * lc_convention_update_new:
 * @store: a library
 * @convention_id: its convention that the file is (see lc_convention_find_existing())
 * @data: (array length=length): the contents of the convention file
 * @length: the length of @data
 * @source_name: (nullable): names the file in messages
 * @error: return location for a #GError
 *
 * Plans updating the convention to what the file says: every record of
 * the file and of the library, matched by uid, that the update would add,
 * change (which fields, before and after) or delete. The file is checked as
 * an import checks it; nothing is written.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL with @error set
 */
LcConventionUpdate *
lc_convention_update_new (LcStore     *store,
                          gint64       convention_id,
                          const char  *data,
                          gsize        length,
                          const char  *source_name,
                          GError     **error)
{
  g_autoptr(LcConventionUpdate) self = g_new0 (LcConventionUpdate, 1);
  LcRecord *convention;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  self->convention_id = convention_id;
  self->source = g_strdup (source_name ? source_name : _("The convention file"));
  self->library = lc_update_tree_read (store, convention_id, error);
  if (self->library == NULL)
    return NULL;
  self->images = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  self->file = read_file_tree (data, length, self->source, self->images, error);
  if (self->file == NULL)
    return NULL;

  convention = g_ptr_array_index (self->library->records, 0);
  self->title = g_strdup (lc_record_get_text (convention, "title", lc_update_message_language (), NULL));
  if (g_strcmp0 (lc_record_get_uid (convention),
                 lc_record_get_uid (g_ptr_array_index (self->file->records, 0))) != 0)
    {
      /* Translators: %1$s names a file, %2$s is a convention's title */
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("%1$s is not the convention “%2$s”, so it cannot update it."),
                   self->source, self->title);
      return NULL;
    }

  self->entries = lc_update_compare (self->file, self->library);
  check_versions (self);
  lc_update_describe (self);
  return g_steal_pointer (&self);
}

/**
 * lc_convention_update_free:
 * @self: (nullable): a plan
 */
void
lc_convention_update_free (LcConventionUpdate *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  g_free (self->source);
  g_free (self->blocker);
  lc_update_tree_free (self->file);
  lc_update_tree_free (self->library);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->applied, g_ptr_array_unref);
  g_clear_pointer (&self->images, g_ptr_array_unref);
  g_free (self);
}

/**
 * lc_convention_update_get_convention_id:
 * @self: a plan
 *
 * Returns: the convention it updates
 */
gint64
lc_convention_update_get_convention_id (LcConventionUpdate *self)
{
  return self->convention_id;
}

/**
 * lc_convention_update_get_title:
 * @self: a plan
 *
 * Returns: the convention's title in the library, for messages
 */
const char *
lc_convention_update_get_title (LcConventionUpdate *self)
{
  return self->title;
}

/**
 * lc_convention_update_get_n_rows:
 * @self: a plan
 *
 * Returns: how many records the update adds, changes or deletes (0 for a
 *   file that holds what the library holds)
 */
guint
lc_convention_update_get_n_rows (LcConventionUpdate *self)
{
  return self->rows->len;
}

/**
 * lc_convention_update_get_row:
 * @self: a plan
 * @index: a row, below lc_convention_update_get_n_rows()
 *
 * Returns: (transfer none): the row
 */
const LcUpdateRow *
lc_convention_update_get_row (LcConventionUpdate *self,
                              guint               index)
{
  g_return_val_if_fail (index < self->rows->len, NULL);
  return g_ptr_array_index (self->rows, index);
}

/**
 * lc_convention_update_count:
 * @self: a plan
 * @action: an action
 *
 * Returns: how many rows do @action
 */
guint
lc_convention_update_count (LcConventionUpdate *self,
                            LcUpdateAction      action)
{
  guint n = 0;

  for (guint i = 0; i < self->rows->len; i++)
    n += ((LcUpdateRow *) g_ptr_array_index (self->rows, i))->action == action;
  return n;
}

/**
 * lc_convention_update_get_blocker:
 * @self: a plan
 *
 * Returns: (nullable): why the plan cannot be applied, in words, or %NULL
 *   when it can
 */
const char *
lc_convention_update_get_blocker (LcConventionUpdate *self)
{
  return self->blocker;
}
