/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>

#include "lc-participant-counts.h"
#include "lc-store-private.h"

/* One grouped query per grouping: the library counts, the code only files
 * each (group, status, count) row. The group expressions are constants of
 * this file, never text from outside. */
static const char *const queries[] = {
  [LC_PARTICIPANT_COUNT_ALL] =
    "SELECT '', status, count (*) FROM people WHERE convention_id = ?1 GROUP BY 2",
  [LC_PARTICIPANT_COUNT_BY_CATEGORY] =
    "SELECT category, status, count (*) FROM people WHERE convention_id = ?1 GROUP BY 1, 2 ORDER BY 1",
  [LC_PARTICIPANT_COUNT_BY_CITY] =
    "SELECT coalesce (city_id, 0), status, count (*) FROM people WHERE convention_id = ?1"
    " GROUP BY 1, 2 ORDER BY 1",
  [LC_PARTICIPANT_COUNT_BY_COUNTRY] =
    "SELECT coalesce (cities.country, ''), people.status, count (*) FROM people"
    " LEFT JOIN cities ON cities.id = people.city_id WHERE people.convention_id = ?1"
    " GROUP BY 1, 2 ORDER BY 1",
};

static void
count_free (gpointer data)
{
  LcParticipantCount *count = data;

  g_free (count->key);
  g_free (count);
}

/**
 * lc_participant_count:
 * @store: the library
 * @convention_id: a convention
 * @grouping: all together, or by category, city or country
 * @error: return location for a #GError
 *
 * Counts the convention's people by status, in the groups asked for, in
 * the order of their keys. A group with nobody is not listed, except the
 * one group of %LC_PARTICIPANT_COUNT_ALL, which is always there.
 *
 * Returns: (transfer full) (element-type LcParticipantCount) (nullable):
 *   the counts
 */
GPtrArray *
lc_participant_count (LcStore                *store,
                      gint64                  convention_id,
                      LcParticipantGrouping   grouping,
                      GError                **error)
{
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func (count_free);
  LcParticipantCount *current = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);
  g_return_val_if_fail (grouping <= LC_PARTICIPANT_COUNT_BY_COUNTRY, NULL);

  stmt = lc_store_prepare (store, queries[grouping], error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      int status;

      if (current == NULL || g_strcmp0 (current->key, key) != 0)
        {
          current = g_new0 (LcParticipantCount, 1);
          current->key = g_strdup (key ? key : "");
          g_ptr_array_add (counts, current);
        }
      /* The library's CHECK keeps the nicks known. */
      if (lc_enum_from_nick (LC_TYPE_PARTICIPANT_STATUS, (const char *) sqlite3_column_text (stmt, 1), &status))
        current->n[status] += sqlite3_column_int (stmt, 2);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      lc_store_set_error_from_sqlite (store, rc, error);
      return NULL;
    }
  if (grouping == LC_PARTICIPANT_COUNT_ALL && counts->len == 0)
    {
      current = g_new0 (LcParticipantCount, 1);
      current->key = g_strdup ("");
      g_ptr_array_add (counts, current);
    }
  return g_steal_pointer (&counts);
}

/**
 * lc_participant_count_attended:
 * @count: a group's counts
 *
 * Returns: how many of the group attended, in person or online
 */
guint
lc_participant_count_attended (const LcParticipantCount *count)
{
  return count->n[LC_PARTICIPANT_STATUS_ATTENDED_IN_PERSON] + count->n[LC_PARTICIPANT_STATUS_ATTENDED_ONLINE];
}
