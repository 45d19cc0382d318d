/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "lc-error.h"
#include "lc-participant-counts.h"
#include "lc-report.h"
#include "lc-store-private.h"

/*
 * The report's texts and coverage, each edit one step of the convention's
 * undo history. The report of a convention is made when it is first saved,
 * so a convention no one wrote a report for has no row.
 */

/* The one record of @type whose @column is @value, or NULL (no error) when
 * there is none. */
static gpointer
load_one (LcStore     *store,
          GType        type,
          const char  *column,
          gint64       value,
          GError     **error)
{
  g_autoptr(GListStore) list = lc_store_list (store, type, column, value, error);

  if (list == NULL || g_list_model_get_n_items (G_LIST_MODEL (list)) == 0)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (list), 0);
}

/**
 * lc_report_load:
 * @store: the library
 * @convention_id: a convention
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the convention's report; a new one,
 *   not yet stored (id 0), when no one has written it; %NULL with @error
 *   set when the library could not be read
 */
LcReport *
lc_report_load (LcStore  *store,
                gint64    convention_id,
                GError  **error)
{
  GError *local_error = NULL;
  LcReport *report;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  report = load_one (store, LC_TYPE_REPORT, "convention_id", convention_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (report == NULL)
    {
      report = g_object_new (LC_TYPE_REPORT, NULL);
      lc_record_set_int (LC_RECORD (report), "convention-id", convention_id);
    }
  return report;
}

/**
 * lc_report_save:
 * @undo: the convention's undo history
 * @report: the report as edited, from lc_report_load ()
 * @error: return location for a #GError
 *
 * Stores @report (its texts and figures), as one step “Edit Report”. Only
 * the fields that differ from what was loaded are written.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_report_save (LcUndoStack  *undo,
                LcReport     *report,
                GError      **error)
{
  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (LC_IS_REPORT (report), FALSE);

  if (lc_record_get_id (LC_RECORD (report)) == 0)
    return lc_undo_stack_insert (undo, LC_RECORD (report), _("Edit Report"), error);
  return lc_undo_stack_update (undo, LC_RECORD (report), _("Edit Report"), error);
}

static gboolean
count (LcStore     *store,
       const char  *sql,
       gint64       convention_id,
       gint64      *out,
       GError     **error)
{
  sqlite3_stmt *stmt = lc_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, convention_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      lc_store_set_error_from_sqlite (store, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  *out = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * lc_report_get_figures:
 * @store: the library
 * @convention_id: a convention
 * @figures: (out caller-allocates): the figures
 * @error: return location for a #GError
 *
 * The participation figures the report prints: each as the organiser gave
 * it in the report, else counted from the library: the convention's people
 * who attended in person and online, the cities that did not stay away,
 * and the countries of those cities.
 *
 * Who attended is read from the participants' statuses (attended in
 * person, attended online: the check-in and the online meeting's
 * attendance report set them). Only while nobody has an attended status,
 * before the event or for a convention kept without participants, the
 * people are counted by how they planned to attend (the "attendance" each
 * person's page sets).
 *
 * Returns: %TRUE on success
 */
gboolean
lc_report_get_figures (LcStore          *store,
                       gint64            convention_id,
                       LcReportFigures  *figures,
                       GError          **error)
{
  /* The first two are the fallback while nobody has an attended status. */
  static const char *const counts[] = {
    "SELECT count (*) FROM people WHERE convention_id = ? AND attendance = 'in-person'",
    "SELECT count (*) FROM people WHERE convention_id = ? AND attendance = 'online'",
    "SELECT count (*) FROM cities WHERE convention_id = ? AND attendance IS NOT 'absent'",
    "SELECT count (DISTINCT country) FROM cities"
    " WHERE convention_id = ? AND attendance IS NOT 'absent' AND country <> ''",
  };
  g_autoptr(LcReport) report = NULL;
  g_autoptr(GPtrArray) people = NULL;
  const LcParticipantCount *all;
  gboolean attended;
  gint64 given[G_N_ELEMENTS (counts)];
  gint64 *out[G_N_ELEMENTS (counts)] = { &figures->in_person, &figures->online,
                                          &figures->cities, &figures->countries };

  g_return_val_if_fail (LC_IS_STORE (store), FALSE);

  report = lc_report_load (store, convention_id, error);
  if (report == NULL)
    return FALSE;
  given[0] = lc_report_get_in_person (report);
  given[1] = lc_report_get_online (report);
  given[2] = lc_report_get_cities (report);
  given[3] = lc_report_get_countries (report);

  people = lc_participant_count (store, convention_id, LC_PARTICIPANT_COUNT_ALL, error);
  if (people == NULL)
    return FALSE;
  all = g_ptr_array_index (people, 0);
  attended = lc_participant_count_attended (all) > 0;

  figures->given = 0;
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      if (given[i] > 0)
        {
          *out[i] = given[i];
          figures->given |= 1u << i;
        }
      else if (i <= 1 && attended)
        *out[i] = all->n[i == 0 ? LC_PARTICIPANT_STATUS_ATTENDED_IN_PERSON : LC_PARTICIPANT_STATUS_ATTENDED_ONLINE];
      else if (!count (store, counts[i], convention_id, out[i], error))
        return FALSE;
    }
  return TRUE;
}

/**
 * lc_report_load_summary:
 * @store: the library
 * @item_id: an agenda item
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the item's summary, or %NULL when it
 *   has none (@error not set) or the library could not be read
 */
LcReportSummary *
lc_report_load_summary (LcStore  *store,
                        gint64    item_id,
                        GError  **error)
{
  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  return load_one (store, LC_TYPE_REPORT_SUMMARY, "item_id", item_id, error);
}

/**
 * lc_report_set_summary:
 * @undo: the convention's undo history
 * @item_id: an agenda item
 * @arabic: the summary in Arabic, or ""
 * @english: the summary in English, or ""
 * @error: return location for a #GError
 *
 * Sets the rapporteur's summary of an item, as one step “Edit Summary”;
 * emptied in both languages, the summary goes. Leading and trailing blank
 * space is dropped.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_report_set_summary (LcUndoStack  *undo,
                       gint64        item_id,
                       const char   *arabic,
                       const char   *english,
                       GError      **error)
{
  g_autofree char *ar = g_strstrip (g_strdup (arabic ? arabic : ""));
  g_autofree char *en = g_strstrip (g_strdup (english ? english : ""));
  g_autoptr(LcReportSummary) summary = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);

  summary = lc_report_load_summary (lc_undo_stack_get_store (undo), item_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (summary == NULL)
    {
      if (*ar == '\0' && *en == '\0')
        return TRUE;
      summary = g_object_new (LC_TYPE_REPORT_SUMMARY, NULL);
      lc_record_set_int (LC_RECORD (summary), "item-id", item_id);
      lc_record_set_text (LC_RECORD (summary), "summary", ar, en);
      return lc_undo_stack_insert (undo, LC_RECORD (summary), _("Edit Summary"), error);
    }

  if (*ar == '\0' && *en == '\0')
    return lc_undo_stack_delete (undo, LC_RECORD (summary), _("Edit Summary"), error);
  if (g_strcmp0 (lc_report_summary_get_summary (summary, LC_LANGUAGE_ARABIC), ar) == 0
      && g_strcmp0 (lc_report_summary_get_summary (summary, LC_LANGUAGE_ENGLISH), en) == 0)
    return TRUE;
  lc_record_set_text (LC_RECORD (summary), "summary", ar, en);
  return lc_undo_stack_update (undo, LC_RECORD (summary), _("Edit Summary"), error);
}

/**
 * lc_coverage_check:
 * @entry: a coverage entry
 * @error: return location for a #GError
 *
 * Checks what a person typed: a headline, a real day if any, and an
 * address that a reader's browser can open (http or https) if any.
 *
 * Returns: %TRUE when @entry may be stored
 */
gboolean
lc_coverage_check (LcCoverage  *entry,
                   GError     **error)
{
  const char *date = lc_coverage_get_date (entry);
  const char *link = lc_coverage_get_link (entry);
  g_autofree char *scheme = NULL;
  g_autofree char *headline = g_strstrip (g_strdup (lc_coverage_get_headline (entry)));
  GDate day;

  g_return_val_if_fail (LC_IS_COVERAGE (entry), FALSE);

  if (*headline == '\0')
    {
      g_set_error_literal (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                           _("Give the article or post its headline."));
      return FALSE;
    }
  if (*date != '\0' && !lc_date_parse (date, &day))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("“%s” is not a date: write it as year-month-day, such as 2024-10-01."), date);
      return FALSE;
    }
  /* The report prints the link as a link: nothing but the web. */
  scheme = *link != '\0' ? g_uri_parse_scheme (link) : NULL;
  if (*link != '\0'
      && (scheme == NULL
          || (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
          || !g_uri_is_valid (link, G_URI_FLAGS_NONE, NULL)))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("“%s” is not a web address: it should start with https:// or http://."), link);
      return FALSE;
    }
  return TRUE;
}

/**
 * lc_report_add_coverage:
 * @undo: the convention's undo history
 * @coverage: the convention's coverage entries, in their order
 * @entry: a new entry, its convention set; it becomes the stored one
 * @error: return location for a #GError
 *
 * Adds @entry after the last of @coverage, as one step “Add Coverage”.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_report_add_coverage (LcUndoStack  *undo,
                        GListModel   *coverage,
                        LcCoverage   *entry,
                        GError      **error)
{
  gint64 position = 0;
  guint n;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (coverage), FALSE);
  g_return_val_if_fail (LC_IS_COVERAGE (entry), FALSE);

  if (!lc_coverage_check (entry, error))
    return FALSE;

  n = g_list_model_get_n_items (coverage);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) other = g_list_model_get_item (coverage, i);

      position = MAX (position, lc_record_get_int (other, "position") + 1);
    }
  lc_record_set_int (LC_RECORD (entry), "position", position);
  return lc_undo_stack_insert (undo, LC_RECORD (entry), _("Add Coverage"), error);
}

/**
 * lc_report_edit_coverage:
 * @undo: the convention's undo history
 * @entry: a stored entry, as edited
 * @error: return location for a #GError
 *
 * Stores the changes to @entry, as one step “Edit Coverage”.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_report_edit_coverage (LcUndoStack  *undo,
                         LcCoverage   *entry,
                         GError      **error)
{
  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (LC_IS_COVERAGE (entry), FALSE);

  if (!lc_coverage_check (entry, error))
    return FALSE;
  return lc_undo_stack_update (undo, LC_RECORD (entry), _("Edit Coverage"), error);
}

/**
 * lc_report_delete_coverage:
 * @undo: the convention's undo history
 * @entry: a stored entry
 * @error: return location for a #GError
 *
 * Deletes @entry, as one step “Delete Coverage”.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_report_delete_coverage (LcUndoStack  *undo,
                           LcCoverage   *entry,
                           GError      **error)
{
  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (LC_IS_COVERAGE (entry), FALSE);

  return lc_undo_stack_delete (undo, LC_RECORD (entry), _("Delete Coverage"), error);
}
