/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-csv-import-private.h"
#include "lc-l10n.h"
#include "lc-participant.h"
#include "lc-undo-private.h"

/* Participants in the speakers' spreadsheet (issue 14): a person's
 * category and status as a spreadsheet writes them, a status change the
 * app's rules allow (lc_participant_status_can_change ()), and each status
 * a row gives kept in the person's history, as Set Status keeps it. */

/* Words for each category and status, in the order of the enums,
 * compared after lc_csv_import_normalize_key (). */
static const char *const category_words[] = {
  "programme|program|speaker|speakers|moderator|panellist|ضمن البرنامج|البرنامج|متحدث|مدير جلسة",
  "delegate|delegates|participant|member|مندوب|مندوبة|عضو وفد|مشارك|مشاركة",
  "observer|observers|guest|مراقب|مراقبة|ضيف",
  "press|media|journalist|إعلام|اعلام|صحافة|صحفي|صحفية|إعلامي|إعلامية",
  "staff|organiser|organizer|volunteer|فريق العمل|منظم|منظمة|متطوع|متطوعة",
};

static const char *const status_words[] = {
  "invited|invitation sent|مدعو|مدعوة|دعي|تمت الدعوة",
  "confirmed|accepted|yes|registered|مؤكد|مؤكدة|أكد|أكدت|مسجل|مسجلة|نعم",
  "declined|regrets|no|apologised|apologized|معتذر|معتذرة|اعتذر|اعتذرت|لا",
  "attended in person|attended|present|checked in|حضر حضوريا|حضرت حضوريا|حضر|حضرت|حاضر",
  "attended online|online|remote|حضر عن بعد|حضرت عن بعد|عن بعد",
  "no show|no-show|absent|did not attend|لم يحضر|لم تحضر|غائب|غائبة",
};

static int
find_word (const char         *key,
           const char *const  *words,
           guint               n)
{
  for (guint i = 0; i < n; i++)
    if (lc_csv_import_key_in (words[i], key))
      return i;
  return -1;
}

/**
 * lc_csv_import_participant_value: (skip)
 * @field: a category or status field
 * @cell: the cell
 * @header: the column's header, for the message
 * @reason: (out): why the cell cannot be taken
 *
 * Returns: (transfer full) (nullable): the enum's number as text
 */
char *
lc_csv_import_participant_value (const Field  *field,
                                 const char   *cell,
                                 const char   *header,
                                 char        **reason)
{
  g_autofree char *key = lc_csv_import_normalize_key (cell, TRUE);
  g_autofree char *shown = lc_csv_import_shorten (cell);
  int value;

  if (field->type == F_CATEGORY)
    {
      value = find_word (key, category_words, G_N_ELEMENTS (category_words));
      if (value < 0)
        *reason = g_strdup_printf (_("column “%s”: “%s” is not one of programme, delegate, observer, press, "
                                     "staff"), header, shown);
    }
  else
    {
      value = find_word (key, status_words, G_N_ELEMENTS (status_words));
      if (value < 0)
        *reason = g_strdup_printf (_("column “%s”: “%s” is not one of invited, confirmed, declined, "
                                     "attended in person, attended online, no-show"), header, shown);
    }
  return value < 0 ? NULL : g_strdup_printf ("%d", value);
}

/**
 * lc_csv_import_check_status: (skip)
 * @target: (nullable): the person the row updates, or %NULL for a new one
 * @record: the person as the row would leave them
 * @header: the status column's header
 * @reason: (out): why the row cannot be taken
 *
 * Returns: whether the row may give the person its status
 */
gboolean
lc_csv_import_check_status (LcRecord    *target,
                            LcRecord    *record,
                            const char  *header,
                            char       **reason)
{
  LcParticipantStatus from, to;
  LcLanguage language = lc_l10n_language_from_environment ();

  if (target == NULL || !LC_IS_PERSON (record))
    return TRUE;
  from = lc_person_get_status (LC_PERSON (target));
  to = lc_person_get_status (LC_PERSON (record));
  if (lc_participant_status_can_change (from, to))
    return TRUE;
  /* Translators: a column's header, the person's status and the status in
   * the file, such as “Declined” and “Attended in person” */
  *reason = g_strdup_printf (_("column “%1$s”: the person cannot go from “%2$s” to “%3$s”"), header,
                             lc_participant_status_label (from, language),
                             lc_participant_status_label (to, language));
  return FALSE;
}

/**
 * lc_csv_import_keep_status: (skip)
 * @store: the library, in the import's transaction
 * @before: (nullable): the person before the row, or %NULL for a new one
 * @person: the person as stored by the row
 * @changed_at: the time of the import, as lc_participant_check_time () wants
 * @applied: (element-type LcUndoChange): the import's changes, for its undo step
 * @error: return location for a #GError
 *
 * Keeps a status the row gave in the person's history: a new person's when
 * it is not the first (invited), and any changed one.
 *
 * Returns: whether it was kept
 */
gboolean
lc_csv_import_keep_status (LcStore     *store,
                           LcRecord    *before,
                           LcRecord    *person,
                           const char  *changed_at,
                           GPtrArray   *applied,
                           GError     **error)
{
  LcParticipantStatus status;
  g_autoptr(LcRecord) change = NULL;
  g_autoptr(LcRecord) stored = NULL;

  if (!LC_IS_PERSON (person))
    return TRUE;
  status = lc_person_get_status (LC_PERSON (person));
  if (before != NULL ? lc_person_get_status (LC_PERSON (before)) == status : status == LC_PARTICIPANT_STATUS_INVITED)
    return TRUE;

  change = g_object_new (LC_TYPE_STATUS_CHANGE, NULL);
  lc_record_set_int (change, "convention-id", lc_person_get_convention_id (LC_PERSON (person)));
  lc_record_set_int (change, "person-id", lc_record_get_id (person));
  lc_record_set_int (change, "status", status);
  lc_record_set_string (change, "changed-at", changed_at);
  if (!lc_store_insert (store, change, error)
      || (stored = lc_store_get (store, LC_TYPE_STATUS_CHANGE, lc_record_get_id (change), error)) == NULL)
    return FALSE;
  g_ptr_array_add (applied, lc_undo_change_new (NULL, stored));
  return TRUE;
}
