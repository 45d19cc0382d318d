/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "lc-error.h"
#include "lc-exchange-history.h"
#include "lc-store-private.h"

/* The convention's exchange history (schema 13's exchange_history), read
 * for the window's Changes History. The rows are written by
 * lc-exchange.c as a file is sent or merged; here they are only read. */

/**
 * lc_exchange_history_entry_free:
 * @entry: (nullable): an entry of lc_exchange_history_list()
 *
 * Frees @entry.
 */
void
lc_exchange_history_entry_free (LcExchangeHistoryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->author);
  g_clear_pointer (&entry->happened_at, g_date_time_unref);
  g_free (entry->file_hash);
  g_free (entry);
}

/* A count as the table holds it, never negative (the table checks), and
 * clamped rather than wrapped should a damaged library hold a huge one. */
static guint
column_count (sqlite3_stmt *stmt,
              int           column)
{
  return (guint) CLAMP (sqlite3_column_int64 (stmt, column), 0, G_MAXUINT);
}

/**
 * lc_exchange_history_list:
 * @store: a library
 * @convention_id: one of its conventions
 * @error: return location for a #GError
 *
 * Reads who sent or merged which changes file into the convention, and
 * when, newest first (in the order they happened in this library, which
 * the clock of the machine cannot reorder).
 *
 * Returns: (transfer full) (element-type LcExchangeHistoryEntry): the
 *   entries, empty when nothing was sent or merged yet; %NULL with @error
 *   set when the library cannot be read
 */
GPtrArray *
lc_exchange_history_list (LcStore  *store,
                          gint64    convention_id,
                          GError  **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = lc_store_prepare (store,
                           "SELECT kind, author, happened_at, sequence, added, changed, deleted, conflicts,"
                           " file_hash FROM exchange_history WHERE convention_id = ? ORDER BY id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, convention_id);

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_exchange_history_entry_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LcExchangeHistoryEntry *entry = g_new0 (LcExchangeHistoryEntry, 1);
      const char *author = (const char *) sqlite3_column_text (stmt, 1);

      entry->kind = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "merge") == 0
                    ? LC_EXCHANGE_HISTORY_MERGED : LC_EXCHANGE_HISTORY_SENT;
      /* The name came from a file: keep only text, so that a damaged
       * library cannot hand invalid UTF-8 to Pango. */
      entry->author = g_utf8_make_valid (author != NULL ? author : "", -1);
      entry->happened_at = g_date_time_new_from_iso8601 ((const char *) sqlite3_column_text (stmt, 2), NULL);
      if (entry->happened_at == NULL)
        entry->happened_at = g_date_time_new_from_unix_utc (0);
      entry->sequence = sqlite3_column_int64 (stmt, 3);
      entry->added = column_count (stmt, 4);
      entry->changed = column_count (stmt, 5);
      entry->deleted = column_count (stmt, 6);
      entry->conflicts = column_count (stmt, 7);
      entry->file_hash = g_strdup ((const char *) sqlite3_column_text (stmt, 8));
      g_ptr_array_add (entries, entry);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      lc_store_set_error_from_sqlite (store, rc, error);
      return NULL;
    }
  return g_steal_pointer (&entries);
}
