/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>

#include "lc-participant-counts.h"
#include "lc-speakers-sheet.h"
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

/* A city's key is its id: the file says its name, in @language else the
 * other, as the organisers know it. */
static char *
group_name (LcStore               *store,
            LcParticipantGrouping  grouping,
            const char            *key,
            LcLanguage             language)
{
  g_autoptr(LcRecord) city = NULL;
  gint64 id;

  if (grouping != LC_PARTICIPANT_COUNT_BY_CITY)
    return g_strdup (key);
  id = g_ascii_strtoll (key, NULL, 10);
  city = id > 0 ? lc_store_get (store, LC_TYPE_CITY, id, NULL) : NULL;
  return g_strdup (city != NULL ? lc_record_get_display_text (city, "name", language, NULL) : "");
}

static void
add_number (GStrvBuilder *row,
            guint         n)
{
  char text[16];

  g_snprintf (text, sizeof text, "%u", n);
  g_strv_builder_add (row, text);
}

/**
 * lc_participant_counts_csv:
 * @store: the library
 * @convention_id: a convention
 * @language: the language of the cities' names
 * @length: (out): the length of the result
 * @error: return location for a #GError
 *
 * Every count of lc_participant_count () as one CSV table, as a
 * spreadsheet opens it (lc_speakers_sheet_csv ()): a row for all people,
 * then one per category, city and country, with a column per status (its
 * nick, as the convention file writes it) and the attended in all.
 *
 * Returns: (transfer full) (nullable): the file's bytes
 */
char *
lc_participant_counts_csv (LcStore     *store,
                           gint64       convention_id,
                           LcLanguage   language,
                           gsize       *length,
                           GError     **error)
{
  static const char *const groupings[] = { "all", "category", "city", "country" };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GStrvBuilder) header = g_strv_builder_new ();

  g_strv_builder_add_many (header, "grouping", "group", NULL);
  for (guint s = 0; s <= LC_PARTICIPANT_STATUS_NO_SHOW; s++)
    g_strv_builder_add (header, lc_enum_to_nick (LC_TYPE_PARTICIPANT_STATUS, s));
  g_strv_builder_add (header, "attended");
  g_ptr_array_add (rows, g_strv_builder_end (header));

  for (guint g = LC_PARTICIPANT_COUNT_ALL; g <= LC_PARTICIPANT_COUNT_BY_COUNTRY; g++)
    {
      g_autoptr(GPtrArray) counts = lc_participant_count (store, convention_id, g, error);

      if (counts == NULL)
        return NULL;
      for (guint i = 0; i < counts->len; i++)
        {
          const LcParticipantCount *count = g_ptr_array_index (counts, i);
          g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
          g_autofree char *name = group_name (store, g, count->key, language);

          g_strv_builder_add_many (row, groupings[g], name, NULL);
          for (guint s = 0; s <= LC_PARTICIPANT_STATUS_NO_SHOW; s++)
            add_number (row, count->n[s]);
          add_number (row, lc_participant_count_attended (count));
          g_ptr_array_add (rows, g_strv_builder_end (row));
        }
    }
  return lc_speakers_sheet_csv (rows, length);
}
