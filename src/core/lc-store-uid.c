/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-error.h"
#include "lc-store-private.h"

/* Records' identities across libraries (the uid column of migration 4).
 * The row numbers are this library's own; a uid travels with the record in
 * the convention file, so exports made from any library that holds the
 * convention name its records the same way. The schema gives every new row
 * a random uid; these functions read it and adopt a file's. */

/* Whether @table of the library has a uid column (migration 4's). Published
 * versions never change and have none; a library opened at an older
 * version (lc_store_open_at_version ()) has none yet. */
gboolean
lc_store_has_uid (LcStore    *self,
                  const char *table)
{
  static const char *const tables[] = { "conventions", "rooms", "cities", "people", "items",
                                        "participations", "declarations", "declaration_sections",
                                        "clauses", "amendments", NULL };
  static const char *const report_tables[] = { "reports", "report_summaries", "report_coverage",
                                               "report_photos", NULL };
  static const char *const later[] = { "tracks", "organisations", "places", "status_changes",
                                       "item_attendance", NULL };

  /* A table added after step 4 has its uid from the step that makes it. */
  if (g_strv_contains (later, table))
    return self->version >= lc_store_get_step_creating (table);

  return (self->version >= 4 && g_strv_contains (tables, table))
         || (self->version >= lc_store_get_report_version ()
             && g_strv_contains (report_tables, table));
}

/**
 * lc_uid_is_valid:
 * @uid: (nullable): a text
 *
 * Whether @uid has the form of a record's identity: a UUID in lower-case
 * hexadecimal with dashes, such as "0f8c6d2e-3b1a-4c5d-9e7f-0123456789ab".
 *
 * Returns: %TRUE when @uid is one
 */
gboolean
lc_uid_is_valid (const char *uid)
{
  if (uid == NULL || !g_uuid_string_is_valid (uid))
    return FALSE;

  /* One spelling per identity, so that a uniqueness check cannot be passed
   * by changing the case. */
  for (const char *p = uid; *p; p++)
    if (g_ascii_isupper (*p))
      return FALSE;

  return TRUE;
}

/* The table name comes from the class, never from text. */
static const char *
table_of (GType type)
{
  LcRecordClass *klass = g_type_class_ref (type);
  const char *table = klass->table;

  /* Record classes stay loaded once used, and their table with them. */
  g_type_class_unref (klass);
  return table;
}

/**
 * lc_store_get_uid:
 * @self: a store
 * @type: a record class whose table has a uid (conventions, rooms, tracks,
 *   cities, people, items, participations, declarations, their sections, clauses
 *   and amendments)
 * @id: a record's id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the record's identity, or %NULL with
 *   @error set (%LC_ERROR_NOT_FOUND when there is no such record)
 */
char *
lc_store_get_uid (LcStore  *self,
                  GType     type,
                  gint64    id,
                  GError  **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT uid FROM %s WHERE id = ?",
                                      table_of (type));
  sqlite3_stmt *stmt;
  char *uid = NULL;
  int rc;

  g_return_val_if_fail (LC_IS_STORE (self), NULL);

  stmt = lc_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) == SQLITE_TEXT)
    uid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    g_set_error (error, LC_ERROR, LC_ERROR_NOT_FOUND,
                 _("A record asked for is no longer in the library."));
  else
    lc_store_set_error_from_sqlite (self, rc, error);
  sqlite3_reset (stmt);

  return uid;
}

/**
 * lc_store_take_uid:
 * @self: a store
 * @type: a record class whose table has a uid (see lc_store_get_uid())
 * @id: a stored record's id
 * @uid: an identity that lc_uid_is_valid() accepts
 * @taken: (out): whether @uid became the record's
 * @error: return location for a #GError
 *
 * Gives the record the identity @uid, as it has in the file it came from,
 * unless another record of its table already has it (a file imported
 * twice, or an identity copied by hand): then the record keeps the new
 * identity it was given, and @taken is %FALSE.
 *
 * Returns: %TRUE on success, %FALSE with @error set when the store failed
 */
gboolean
lc_store_take_uid (LcStore     *self,
                   GType        type,
                   gint64       id,
                   const char  *uid,
                   gboolean    *taken,
                   GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE %1$s SET uid = ?1 WHERE id = ?2 "
                                      "AND NOT EXISTS (SELECT 1 FROM %1$s WHERE uid = ?1)",
                                      table_of (type));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LC_IS_STORE (self), FALSE);
  g_return_val_if_fail (lc_uid_is_valid (uid), FALSE);
  g_return_val_if_fail (taken != NULL, FALSE);

  stmt = lc_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      lc_store_set_error_from_sqlite (self, rc, error);
      return FALSE;
    }

  *taken = sqlite3_changes (self->db) == 1;
  return TRUE;
}
