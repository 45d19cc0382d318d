/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* Before any header includes sqlite3.h: the session extension's API. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include "lc-exchange-private.h"

/* Records two organisers added apart that the library holds as one (issue
 * 15). Their uids differ, so the changeset applies, but a rule of the
 * library's tables keeps one per convention, item, person or number:
 * writing both back would fail the whole merge, and every later file of
 * the same colleague with it. Each such pair is settled in the merged
 * mirror (C) before it is written, by a rule that gives the same result on
 * both sides whatever the order of the merges (the smaller uid, or the
 * earlier amendment, wins), so the two libraries agree without a word
 * between them; what is settled is sent on as an ordinary change.
 *
 * - An amendment keeps its number when it was made first (its creation
 *   time, then its uid); the later one takes the declaration's next
 *   number. Both are kept.
 * - A person's role at an item, a person's attendance at an item: the same
 *   fact twice; the one with the smaller uid stays.
 * - An item's summary, a convention's report: their texts are joined (the
 *   winner's first, a blank line between) where both wrote different ones,
 *   so nothing either wrote is lost; a figure either gave is kept. */

static const char *const settle_sql[] = {
  /* Amendments: the later of two with one number takes the next one. */
  "UPDATE main.amendments AS a SET number ="
  " (SELECT max (number) + 1 FROM main.amendments AS m WHERE m.declaration_id IS a.declaration_id)"
  " WHERE a.uid = (SELECT l.uid FROM main.amendments AS l JOIN main.amendments AS w"
  "  ON w.declaration_id IS l.declaration_id AND w.number = l.number"
  "  AND (w.created < l.created OR (w.created = l.created AND w.uid < l.uid))"
  "  ORDER BY l.declaration_id, l.created, l.uid LIMIT 1)",
  /* The same fact twice: the smaller uid stays. */
  "DELETE FROM main.participations AS l WHERE EXISTS (SELECT 1 FROM main.participations AS w"
  " WHERE w.item_id IS l.item_id AND w.person_id IS l.person_id AND w.role IS l.role AND w.uid < l.uid)",
  "DELETE FROM main.item_attendance AS l WHERE EXISTS (SELECT 1 FROM main.item_attendance AS w"
  " WHERE w.item_id IS l.item_id AND w.person_id IS l.person_id AND w.uid < l.uid)",
};

/* Texts joined: @w's, then @l's after a blank line, unless one is empty or
 * both are the same. */
#define JOINED(c) \
  c " = CASE WHEN w." c " = '' OR w." c " IS NULL THEN l." c \
  " WHEN l." c " = '' OR l." c " IS NULL OR l." c " = w." c " THEN w." c \
  " ELSE w." c " || char (10) || char (10) || l." c " END"

/* One pair of two records for one thing: the loser's texts joined into the
 * winner's (the smaller uid), then the loser deleted. */
static const struct
{
  const char *merge;
  const char *drop;
} pair_sql[] = {
  {
    "UPDATE main.report_summaries AS w SET " JOINED ("summary_ar") ", " JOINED ("summary_en")
    " FROM (SELECT l.* FROM main.report_summaries AS l JOIN main.report_summaries AS w2"
    "  ON w2.item_id IS l.item_id AND w2.uid < l.uid ORDER BY l.uid LIMIT 1) AS l"
    " WHERE w.item_id IS l.item_id AND w.uid = (SELECT min (uid) FROM main.report_summaries AS m"
    "  WHERE m.item_id IS l.item_id)",
    "DELETE FROM main.report_summaries WHERE uid = (SELECT l.uid FROM main.report_summaries AS l"
    " JOIN main.report_summaries AS w ON w.item_id IS l.item_id AND w.uid < l.uid ORDER BY l.uid LIMIT 1)",
  },
  {
    "UPDATE main.reports AS w SET " JOINED ("foreword_ar") ", " JOINED ("foreword_en") ", "
    JOINED ("signatory_ar") ", " JOINED ("signatory_en") ", " JOINED ("about_ar") ", " JOINED ("about_en") ","
    " in_person = coalesce (w.in_person, l.in_person), online = coalesce (w.online, l.online),"
    " cities = coalesce (w.cities, l.cities), countries = coalesce (w.countries, l.countries)"
    " FROM (SELECT l.* FROM main.reports AS l JOIN main.reports AS w2"
    "  ON w2.convention_id IS l.convention_id AND w2.uid < l.uid ORDER BY l.uid LIMIT 1) AS l"
    " WHERE w.convention_id IS l.convention_id AND w.uid = (SELECT min (uid) FROM main.reports AS m"
    "  WHERE m.convention_id IS l.convention_id)",
    "DELETE FROM main.reports WHERE uid = (SELECT l.uid FROM main.reports AS l"
    " JOIN main.reports AS w ON w.convention_id IS l.convention_id AND w.uid < l.uid ORDER BY l.uid LIMIT 1)",
  },
};

/* Runs @sql until it changes nothing (each run settles one record). */
static gboolean
exec_until_settled (sqlite3     *db,
                    const char  *sql,
                    GError     **error)
{
  /* Each run settles one record of a convention's: bounded by its rows. */
  for (guint i = 0; i < LC_EXCHANGE_MAX_ROWS; i++)
    {
      if (!lc_exchange_exec (db, sql, error))
        return FALSE;
      if (sqlite3_changes (db) == 0)
        return TRUE;
    }
  return TRUE;
}

/**
 * lc_exchange_settle_duplicates: (skip)
 * @db: the merged mirror (C), as main
 * @error: return location for a #GError
 *
 * Settles the records two organisers added apart that the library keeps
 * one of (see above), the same way on both sides.
 *
 * Returns: %FALSE with @error set when the mirror cannot be written
 */
gboolean
lc_exchange_settle_duplicates (sqlite3  *db,
                               GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (settle_sql); i++)
    if (!exec_until_settled (db, settle_sql[i], error))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (pair_sql); i++)
    for (guint n = 0; n < LC_EXCHANGE_MAX_ROWS; n++)
      {
        if (!lc_exchange_exec (db, pair_sql[i].merge, error))
          return FALSE;
        if (sqlite3_changes (db) == 0)
          break;
        if (!lc_exchange_exec (db, pair_sql[i].drop, error))
          return FALSE;
      }
  return TRUE;
}
