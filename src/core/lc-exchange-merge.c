/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* Before any header includes sqlite3.h: the session extension's API. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include <glib/gi18n-lib.h>

#include "lc-error.h"
#include "lc-exchange-private.h"
#include "lc-models.h"
#include "lc-store-private.h"

/* Merge Changes (issue 15): a changes file read and checked (which
 * convention, whose, in which order), applied to a copy of the convention
 * with its conflicts listed (lc-exchange-apply.c), planned as a convention
 * update once every conflict is resolved, and written. */

static gint64
last_merged (LcStore     *store,
             gint64       convention_id,
             const char  *replica,
             GError     **error)
{
  sqlite3_stmt *stmt = lc_store_prepare (store,
                                         "SELECT max (sequence) FROM exchange_history"
                                         " WHERE convention_id = ? AND replica = ? AND kind = 'merge'", error);
  gint64 last = -1;
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  sqlite3_bind_text (stmt, 2, replica, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    last = sqlite3_column_int64 (stmt, 0);
  else
    lc_store_set_error_from_sqlite (store, rc, error);
  sqlite3_reset (stmt);
  return last;
}

static gint64
find_convention (LcStore     *store,
                 const char  *uid,
                 GError     **error)
{
  g_autoptr(GListStore) conventions = lc_store_list_conventions (store, error);

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

/* Whose the file is and where it stands among its sender's files: a file
 * of this very library, or one with earlier files of its sender still to
 * merge, is refused. */
static gboolean
check_sender (LcExchangeMerge  *self,
              GError          **error)
{
  g_autofree char *uid = lc_store_get_uid (self->store, LC_TYPE_CONVENTION, self->convention_id, error);
  g_autofree char *state = NULL, *replica = NULL, *when = NULL;
  gint64 sequence, last;

  if (uid == NULL)
    return FALSE;
  state = lc_exchange_state_path (self->store, uid);
  if (g_file_test (state, G_FILE_TEST_EXISTS))
    {
      sqlite3 *db = lc_exchange_open_db (state, error);
      gboolean ok = db != NULL && lc_exchange_state_meta (db, "main", &replica, &sequence, error);

      sqlite3_close (db);
      if (!ok)
        return FALSE;
      if (g_str_equal (replica, self->header.replica))
        {
          /* Translators: %s names a file */
          g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                       _("%s holds changes sent from this library: there is nothing to merge."), self->source);
          return FALSE;
        }
    }

  when = lc_exchange_history_find (self->store, self->convention_id, self->header.hash, error);
  if (when != NULL)
    {
      /* Translators: %1$s names a file, %2$s is when it was merged (UTC) */
      self->already = g_strdup_printf (_("%1$s was merged already (%2$s): nothing changes."), self->source, when);
      return TRUE;
    }

  last = last_merged (self->store, self->convention_id, self->header.replica, error);
  if (last < 0)
    return FALSE;
  if (last > 0 && self->header.sequence > last + 1)
    {
      g_autofree char *first = g_strdup_printf ("%" G_GINT64_FORMAT, last + 1);

      /* Translators: %1$s names a file, %2$s is an organiser, %3$s a number */
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("%1$s came before earlier changes of %2$s were merged: merge their changes file "
                     "number %3$s first."), self->source, self->header.author, first);
      return FALSE;
    }
  if (last > 0 && self->header.sequence <= last)
    {
      /* Translators: %1$s names a file, %2$s is an organiser */
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("%1$s is older than changes of %2$s already merged: it is not merged."),
                   self->source, self->header.author);
      return FALSE;
    }
  return TRUE;
}

/**
 * lc_exchange_merge_new:
 * @store: a library
 * @data: (array length=length): a changes file's contents
 * @length: the length of @data
 * @source_name: (nullable): names the file in messages
 * @error: return location for a #GError
 *
 * Reads a changes file and applies it to a copy of its convention, listing
 * the conflicts. Nothing is written. A file of a convention the library
 * does not have, of a newer (or older) schema, damaged, of this library's
 * own changes, or coming before earlier files of its sender is refused.
 *
 * Returns: (transfer full) (nullable): the merge, or %NULL with @error set
 */
LcExchangeMerge *
lc_exchange_merge_new (LcStore     *store,
                       const char  *data,
                       gsize        length,
                       const char  *source_name,
                       GError     **error)
{
  g_autoptr(LcExchangeMerge) self = g_new0 (LcExchangeMerge, 1);
  sqlite3 *db;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  self->source = g_strdup (source_name ? source_name : _("The changes file"));
  self->conflicts = g_ptr_array_new_with_free_func (lc_exchange_conflict_free);
  self->data = g_memdup2 (data, length);
  if (!lc_exchange_header_parse (self->data, length, self->source, &self->header, error)
      || !lc_exchange_check_content_rows (&self->header, self->source, error))
    return NULL;

  if (self->header.schema != lc_store_get_version (store))
    {
      gboolean newer = self->header.schema > lc_store_get_version (store);

      g_set_error (error, LC_ERROR, newer ? LC_ERROR_TOO_NEW : LC_ERROR_INVALID_VALUE,
                   newer
                   /* Translators: %s names a file */
                   ? _("%s was made by a newer version of Learning Cities: update the app to merge it.")
                   /* Translators: %s names a file */
                   : _("%s was made by an older version of Learning Cities: ask its sender to update "
                       "the app and send their changes again."),
                   self->source);
      return NULL;
    }

  self->convention_id = find_convention (store, self->header.convention, error);
  if (self->convention_id < 0)
    return NULL;
  if (self->convention_id == 0)
    {
      /* Translators: %s names a file */
      g_set_error (error, LC_ERROR, LC_ERROR_NOT_FOUND,
                   _("%s holds changes of a convention that is not in this library: import the "
                     "convention’s file first."), self->source);
      return NULL;
    }
  if (!check_sender (self, error))
    return NULL;
  if (self->already != NULL)
    return g_steal_pointer (&self);

  if (self->header.rows == 0)
    return g_steal_pointer (&self);
  self->library = lc_update_tree_read (store, self->convention_id, error);
  if (self->library == NULL)
    return NULL;
  db = lc_exchange_apply_to_mirror (self, TRUE, error);
  if (db == NULL)
    return NULL;
  /* With no conflict there is no choice to make: planning would apply the
   * file again to the same result. */
  if (self->conflicts->len == 0)
    self->mirror = db;
  else
    sqlite3_close (db);

  return g_steal_pointer (&self);
}

void
lc_exchange_merge_free (LcExchangeMerge *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->store);
  g_free (self->source);
  g_free (self->data);
  lc_exchange_header_clear (&self->header);
  g_free (self->already);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  g_clear_pointer (&self->library, lc_update_tree_free);
  g_clear_pointer (&self->update, lc_convention_update_free);
  g_clear_pointer (&self->published, g_ptr_array_unref);
  g_clear_pointer (&self->unseen, lc_exchange_unseen_free);
  g_clear_pointer (&self->state_later, g_ptr_array_unref);
  g_clear_pointer (&self->mirror, sqlite3_close);
  g_free (self);
}

gint64
lc_exchange_merge_get_convention_id (LcExchangeMerge *self)
{
  return self->convention_id;
}

const char *
lc_exchange_merge_get_author (LcExchangeMerge *self)
{
  return self->header.author;
}

/**
 * lc_exchange_merge_get_already:
 * @self: a merge
 *
 * Returns: (nullable): why there is nothing to merge (the file was merged
 *   before), or %NULL
 */
const char *
lc_exchange_merge_get_already (LcExchangeMerge *self)
{
  return self->already;
}

guint
lc_exchange_merge_get_n_conflicts (LcExchangeMerge *self)
{
  return self->conflicts->len;
}

const LcExchangeConflict *
lc_exchange_merge_get_conflict (LcExchangeMerge *self,
                                guint            index)
{
  g_return_val_if_fail (index < self->conflicts->len, NULL);
  return g_ptr_array_index (self->conflicts, index);
}

/**
 * lc_exchange_merge_resolve:
 * @self: a merge
 * @index: a conflict's index
 * @choice: mine or theirs
 *
 * Chooses how one conflict is resolved; the merge is planned again.
 */
void
lc_exchange_merge_resolve (LcExchangeMerge  *self,
                           guint             index,
                           LcExchangeChoice  choice)
{
  g_return_if_fail (index < self->conflicts->len);
  g_return_if_fail (choice != LC_EXCHANGE_AMENDMENT
                    || lc_exchange_merge_get_clause_texts (self, index, NULL, NULL));
  ((LcExchangeConflict *) g_ptr_array_index (self->conflicts, index))->choice = choice;
  g_clear_pointer (&self->update, lc_convention_update_free);
}

void
lc_exchange_merge_resolve_all (LcExchangeMerge  *self,
                               LcExchangeChoice  choice)
{
  for (guint i = 0; i < self->conflicts->len; i++)
    lc_exchange_merge_resolve (self, i, choice);
}

/**
 * lc_exchange_merge_plan:
 * @self: a merge whose conflicts are all resolved
 * @error: return location for a #GError
 *
 * Works out what merging writes, as a convention update (see
 * lc_exchange_merge_get_update()). Nothing is written.
 *
 * Returns: %FALSE with @error set when a conflict is not resolved or the
 *   merged convention cannot be read back
 */
gboolean
lc_exchange_merge_plan (LcExchangeMerge  *self,
                        GError          **error)
{
  g_autoptr(LcConventionUpdate) update = NULL;
  g_autoptr(GPtrArray) images = NULL;
  LcUpdateTree *tree;
  guint unresolved = 0;
  sqlite3 *db;

  if (self->already != NULL || self->update != NULL)
    return TRUE;
  for (guint i = 0; i < self->conflicts->len; i++)
    unresolved += ((LcExchangeConflict *) g_ptr_array_index (self->conflicts, i))->choice == LC_EXCHANGE_UNRESOLVED;
  if (unresolved > 0)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_AMBIGUOUS,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u conflict is not resolved: choose mine or theirs (--prefer on the "
                                "command line). Nothing was merged.",
                                "%u conflicts are not resolved: choose mine or theirs for each "
                                "(--prefer on the command line). Nothing was merged.", unresolved),
                   unresolved);
      return FALSE;
    }

  /* A file of no change (its author had nothing new) merges to the
   * convention as it is: no mirror to make, no image or version to add. */
  g_clear_pointer (&self->published, g_ptr_array_unref);
  if (self->header.rows == 0)
    {
      tree = lc_update_tree_read (self->store, self->convention_id, error);
      images = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
      self->published = lc_exchange_published_none ();
    }
  else
    {
      db = self->mirror != NULL ? g_steal_pointer (&self->mirror) : lc_exchange_apply_to_mirror (self, FALSE, error);
      if (db == NULL)
        return FALSE;
      tree = lc_exchange_mirror_to_tree (db, self->library, error);
      images = tree ? lc_exchange_images_collect (db, self->store, tree, self->source, error) : NULL;
      if (images != NULL)
        self->published = lc_exchange_published_collect (db, &self->header, error);
      sqlite3_close (db);
      if (images == NULL || self->published == NULL)
        g_clear_pointer (&tree, lc_update_tree_free);
    }
  if (tree == NULL)
    return FALSE;

  update = g_new0 (LcConventionUpdate, 1);
  update->convention_id = self->convention_id;
  update->source = g_strdup (self->source);
  update->file = tree;
  /* The library as the file was applied to: what the update compares
   * with is then what the mirror was made from (lc_convention_update_apply ()
   * refuses it if the library changed since). Kept while a conflict may
   * still be resolved again, which applies the file to it anew. */
  if (self->conflicts->len == 0 && self->library != NULL)
    update->library = g_steal_pointer (&self->library);
  else
    update->library = lc_update_tree_read (self->store, self->convention_id, error);
  if (update->library == NULL)
    return FALSE;
  update->title = g_strdup (lc_record_get_text (g_ptr_array_index (update->library->records, 0), "title",
                                                lc_update_message_language (), NULL));
  update->images = g_steal_pointer (&images);
  update->entries = lc_update_compare (update->file, update->library);
  lc_update_describe (update);
  self->update = g_steal_pointer (&update);
  return TRUE;
}

/**
 * lc_exchange_merge_get_update:
 * @self: a planned merge
 *
 * Returns: (transfer none) (nullable): what merging writes, record by
 *   record (its rows, its changes for the undo history once applied), or
 *   %NULL when the file was merged already or the merge is not planned
 */
LcConventionUpdate *
lc_exchange_merge_get_update (LcExchangeMerge *self)
{
  return self->update;
}

/* The sent changesets the file's author has merged are forgotten. */
static gboolean
forget_acknowledged (sqlite3                *db,
                     const LcExchangeHeader *header,
                     GError                **error)
{
  g_autofree char *replica = NULL;
  gint64 sequence;

  return header->acks == NULL
         || (lc_exchange_state_meta (db, "main", &replica, &sequence, error)
             && lc_exchange_sent_forget (db, "main", lc_exchange_header_acked (header, replica), error));
}

/**
 * lc_exchange_merge_apply:
 * @self: a merge whose conflicts are all resolved
 * @error: return location for a #GError
 *
 * Writes the merge into the library in one transaction (one undo step:
 * see lc_convention_update_take_changes() on lc_exchange_merge_get_update()),
 * with a line of the convention's history, and the file's changes into
 * what was last sent, so that they are not sent back. A file merged
 * already changes nothing.
 *
 * Returns: %FALSE with @error set, the library unchanged, on failure
 */
gboolean
lc_exchange_merge_apply (LcExchangeMerge  *self,
                         GError          **error)
{
  g_autofree char *uid = NULL, *state = NULL;
  guint counts[4];
  sqlite3 *db;
  gboolean ok;
  int rc;

  if (self->already != NULL)
    return TRUE;
  if (!lc_exchange_merge_plan (self, error) || !lc_exchange_track (self->store, self->convention_id, error))
    return FALSE;
  uid = lc_store_get_uid (self->store, LC_TYPE_CONVENTION, self->convention_id, error);
  if (uid == NULL)
    return FALSE;
  state = lc_exchange_state_path (self->store, uid);
  db = lc_exchange_open_db (state, error);
  if (db == NULL)
    return FALSE;

  ok = lc_exchange_exec (db, "BEGIN IMMEDIATE", error);
  if (ok)
    {
      rc = sqlite3changeset_apply_v2 (db, (int) self->header.size, (void *) self->header.changeset,
                                      lc_exchange_keep_table, lc_exchange_state_conflict, self, NULL, NULL, 0);
      if (rc != SQLITE_OK)
        lc_exchange_set_error (db, rc, error);
      ok = rc == SQLITE_OK && lc_exchange_state_settle (self, db, error)
           && forget_acknowledged (db, &self->header, error);
    }

  counts[0] = lc_convention_update_count (self->update, LC_UPDATE_ADD);
  counts[1] = lc_convention_update_count (self->update, LC_UPDATE_CHANGE);
  counts[2] = lc_convention_update_count (self->update, LC_UPDATE_DELETE);
  counts[3] = self->conflicts->len;
  ok = ok && lc_store_begin (self->store, error);
  if (ok)
    {
      ok = lc_convention_update_apply (self->update, self->store, error)
           && lc_exchange_published_write (self->store, self->update, self->published, error)
           && lc_exchange_history_add (self->store, self->convention_id, "merge", &self->header, counts, error);
      if (ok)
        ok = lc_store_commit (self->store, error);
      else
        lc_store_rollback (self->store);
    }
  /* The library committed: S follows. Were this to fail, the merged
   * changes would be sent back once, and merged there as no change. */
  if (ok)
    ok = lc_exchange_exec (db, "COMMIT", error);
  else
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  return ok;
}
