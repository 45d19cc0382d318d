/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>
#include <string.h>

#include "lc-error.h"
#include "lc-l10n.h"
#include "lc-participant.h"
#include "lc-record-fields-private.h"
#include "lc-store-private.h"

struct _LcStatusChange { LcRecord parent_instance; };
struct _LcItemAttendance { LcRecord parent_instance; };

G_DEFINE_FINAL_TYPE (LcStatusChange, lc_status_change, LC_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (LcItemAttendance, lc_item_attendance, LC_TYPE_RECORD)

/* Which status may follow which (rows: from, columns: to, in the order of
 * LcParticipantStatus). The rules, as README.md's Participants says:
 * - an answer (confirmed, declined) may be given, changed, or taken back
 *   to invited before the event;
 * - anyone not declined may be found to have attended, in person or
 *   online: a person who never answered still came through the door;
 * - someone who declined must be confirmed first, so that the record says
 *   they changed their mind;
 * - only someone confirmed can fail to show up (no-show);
 * - attendance may be corrected (in person, online, no-show, or back to
 *   confirmed for a check-in made by mistake), but never back to an
 *   answer nobody gave after the event (invited, declined). */
static const gboolean transitions[6][6] = {
  /*                 inv    conf   decl   in-p   onl    no-show */
  /* invited */    { TRUE,  TRUE,  TRUE,  TRUE,  TRUE,  FALSE },
  /* confirmed */  { TRUE,  TRUE,  TRUE,  TRUE,  TRUE,  TRUE },
  /* declined */   { TRUE,  TRUE,  TRUE,  FALSE, FALSE, FALSE },
  /* in person */  { FALSE, TRUE,  FALSE, TRUE,  TRUE,  TRUE },
  /* online */     { FALSE, TRUE,  FALSE, TRUE,  TRUE,  TRUE },
  /* no-show */    { FALSE, TRUE,  FALSE, TRUE,  TRUE,  TRUE },
};

static void
lc_status_change_class_init (LcStatusChangeClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "status_changes", "person_id", "changed_at, id");
  lc_record_class_add_reference (rc, "convention-id", "conventions");
  lc_record_class_add_reference (rc, "person-id", "people");
  lc_record_class_add_enum (rc, "status", LC_TYPE_PARTICIPANT_STATUS, LC_PARTICIPANT_STATUS_INVITED, FALSE);
  lc_record_class_add_text (rc, "changed-at");
}

static void
lc_status_change_init (LcStatusChange *self)
{
}

static void
lc_item_attendance_class_init (LcItemAttendanceClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "item_attendance", "item_id", "id");
  lc_record_class_add_reference (rc, "convention-id", "conventions");
  lc_record_class_add_reference (rc, "item-id", "items");
  lc_record_class_add_reference (rc, "person-id", "people");
  lc_record_class_add_enum (rc, "attendance", LC_TYPE_ATTENDANCE, LC_ATTENDANCE_IN_PERSON, FALSE);
}

static void
lc_item_attendance_init (LcItemAttendance *self)
{
}

/**
 * lc_person_get_category:
 * @self: a person
 *
 * Returns: why they come ("category")
 */
/**
 * lc_person_set_category:
 * @self: a person
 * @value: a category
 *
 * Sets why they come.
 */
LC_DEFINE_INT_FIELD (LcPerson, lc_person, PERSON, category, "category", LcParticipantCategory)

/**
 * lc_person_get_represents:
 * @self: a person
 *
 * Returns: whom they represent: their city, their organisation, the text
 *   of lc_person_get_represents_text (), or %LC_REPRESENTS_UNSET ("represents")
 */
/**
 * lc_person_set_represents:
 * @self: a person
 * @value: whom they represent
 *
 * Sets whom they represent.
 */
LC_DEFINE_INT_FIELD (LcPerson, lc_person, PERSON, represents, "represents", LcRepresents)

/**
 * lc_person_get_represents_text:
 * @self: a person
 * @language: the language wanted
 *
 * Returns: (transfer none): whom they represent, in words, when it is
 *   neither their city nor their organisation ("represents-ar" or "represents-en")
 */
/**
 * lc_person_set_represents_text:
 * @self: a person
 * @arabic: (nullable): the Arabic text
 * @english: (nullable): the English text
 *
 * Sets whom they represent in words, in both languages (%NULL is "").
 */
LC_DEFINE_BILINGUAL_FIELD (LcPerson, lc_person, PERSON, represents_text, "represents")

/**
 * lc_person_get_status:
 * @self: a person
 *
 * Returns: where they stand ("status"); it is changed with its history by
 *   lc_participants_set_status ()
 */
LC_DEFINE_INT_GETTER (LcPerson, lc_person, PERSON, status, "status", LcParticipantStatus)

/**
 * lc_status_change_get_person_id:
 * @self: a status change
 *
 * Returns: the person whose status changed ("person-id")
 */
LC_DEFINE_INT_GETTER (LcStatusChange, lc_status_change, STATUS_CHANGE, person_id, "person-id", gint64)

/**
 * lc_status_change_get_status:
 * @self: a status change
 *
 * Returns: the status the person was given ("status")
 */
LC_DEFINE_INT_GETTER (LcStatusChange, lc_status_change, STATUS_CHANGE, status, "status", LcParticipantStatus)

/**
 * lc_status_change_get_changed_at:
 * @self: a status change
 *
 * Returns: (transfer none): when, in UTC, as 2026-12-07T09:30:00Z ("changed-at")
 */
const char *
lc_status_change_get_changed_at (LcStatusChange *self)
{
  g_return_val_if_fail (LC_IS_STATUS_CHANGE (self), "");

  return lc_record_get_string (LC_RECORD (self), "changed-at");
}

/**
 * lc_item_attendance_get_item_id:
 * @self: an attendance
 *
 * Returns: the item attended ("item-id")
 */
LC_DEFINE_INT_GETTER (LcItemAttendance, lc_item_attendance, ITEM_ATTENDANCE, item_id, "item-id", gint64)

/**
 * lc_item_attendance_get_person_id:
 * @self: an attendance
 *
 * Returns: who attended ("person-id")
 */
LC_DEFINE_INT_GETTER (LcItemAttendance, lc_item_attendance, ITEM_ATTENDANCE, person_id, "person-id", gint64)

/**
 * lc_item_attendance_get_attendance:
 * @self: an attendance
 *
 * Returns: in person or online ("attendance")
 */
LC_DEFINE_INT_GETTER (LcItemAttendance, lc_item_attendance, ITEM_ATTENDANCE, attendance, "attendance",
                      LcAttendance)

/**
 * lc_participant_category_label:
 * @category: a category
 * @language: the language wanted
 *
 * Returns: (transfer none): the category's word in @language, whatever the
 *   interface's language
 */
const char *
lc_participant_category_label (LcParticipantCategory category,
                               LcLanguage            language)
{
  /* Translators: why a person comes to the convention; “Programme” is
   * someone there only to speak or moderate */
  static const char *const labels[] = {
    NC_("participant category", "Programme"), NC_("participant category", "Delegate"),
    NC_("participant category", "Observer"), NC_("participant category", "Press"),
    NC_("participant category", "Staff"),
  };

  g_return_val_if_fail (category <= LC_PARTICIPANT_CATEGORY_STAFF, "");

  return lc_l10n_pgettext (language, "participant category", labels[category]);
}

/**
 * lc_participant_status_label:
 * @status: a status
 * @language: the language wanted
 *
 * Returns: (transfer none): the status's words in @language
 */
const char *
lc_participant_status_label (LcParticipantStatus status,
                             LcLanguage          language)
{
  /* Translators: where a participant stands; “No-show” is someone who
   * confirmed and did not come */
  static const char *const labels[] = {
    NC_("participant status", "Invited"), NC_("participant status", "Confirmed"),
    NC_("participant status", "Declined"), NC_("participant status", "Attended in person"),
    NC_("participant status", "Attended online"), NC_("participant status", "No-show"),
  };

  g_return_val_if_fail (status <= LC_PARTICIPANT_STATUS_NO_SHOW, "");

  return lc_l10n_pgettext (language, "participant status", labels[status]);
}

/**
 * lc_participant_status_can_change:
 * @from: the status a person has
 * @to: the status they would be given
 *
 * Whether a person's status may go from @from to @to (see the table at the
 * top of lc-participant.c). Keeping the same status is always allowed.
 *
 * Returns: whether the change is allowed
 */
gboolean
lc_participant_status_can_change (LcParticipantStatus from,
                                  LcParticipantStatus to)
{
  g_return_val_if_fail (from <= LC_PARTICIPANT_STATUS_NO_SHOW, FALSE);
  g_return_val_if_fail (to <= LC_PARTICIPANT_STATUS_NO_SHOW, FALSE);

  return transitions[from][to];
}

/**
 * lc_participant_check_time:
 * @text: a time of a status change
 *
 * Returns: whether @text is a time in UTC to the second, as
 *   2026-12-07T09:30:00Z, and a real one (the library checks the same)
 */
gboolean
lc_participant_check_time (const char *text)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *again = NULL;

  if (text == NULL || strlen (text) != 20 || text[19] != 'Z')
    return FALSE;
  time = g_date_time_new_from_iso8601 (text, NULL);
  if (time == NULL)
    return FALSE;
  /* Written back, so that 2026-02-30 (rolled over by nobody here) and
   * 24:00:00 are refused rather than read as another time. */
  again = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
  return g_str_equal (again, text);
}

/* The person's name for a message, in the interface's language. */
static const char *
person_name (LcPerson *person)
{
  return lc_record_get_display_text (LC_RECORD (person), "name", lc_l10n_language_from_environment (), NULL);
}

/**
 * lc_participants_set_status:
 * @undo: the convention's undo history
 * @people: (element-type LcPerson): the people, as read from the library
 * @status: the status to give them
 * @when: (nullable): the time of the change, or %NULL for now
 * @error: return location for a #GError
 *
 * Gives every person of @people @status, each change kept in the person's
 * history with @when, as one undo step “Set Status”: undoing it gives them
 * their statuses back and forgets the changes. People who have @status
 * already are left as they are. If any of them may not be given @status
 * (lc_participant_status_can_change ()), nobody is changed and the message
 * names the first of them.
 *
 * Returns: how many people changed; 0 with @error set on failure
 */
guint
lc_participants_set_status (LcUndoStack          *undo,
                            GPtrArray            *people,
                            LcParticipantStatus   status,
                            GDateTime            *when,
                            GError              **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *changed_at = NULL;
  LcStore *store;
  guint n_before, changed = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), 0);
  g_return_val_if_fail (people != NULL, 0);
  g_return_val_if_fail (status <= LC_PARTICIPANT_STATUS_NO_SHOW, 0);

  /* Checked first, so that a refusal writes nothing at all. */
  for (guint i = 0; i < people->len; i++)
    {
      LcPerson *person = g_ptr_array_index (people, i);
      LcParticipantStatus from = lc_person_get_status (person);

      if (!lc_participant_status_can_change (from, status))
        {
          /* Translators: a person's name, their status and the status
           * asked for, such as “Declined” and “Attended in person” */
          g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                       _("%1$s cannot go from “%2$s” to “%3$s”. Nobody’s status was changed."),
                       person_name (person), lc_participant_status_label (from, lc_l10n_language_from_environment ()),
                       lc_participant_status_label (status, lc_l10n_language_from_environment ()));
          return 0;
        }
    }

  now = when != NULL ? g_date_time_to_utc (when) : g_date_time_new_now_utc ();
  changed_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  store = lc_undo_stack_get_store (undo);
  if (!lc_store_begin (store, error))
    return 0;

  /* One step; on failure the part done is undone before the transaction
   * ends, so that nobody is left half-changed (as lc-people-copy.c). */
  n_before = lc_undo_stack_get_n_undo (undo);
  lc_undo_stack_begin_group (undo, _("Set Status"));
  for (guint i = 0; ok && i < people->len; i++)
    {
      LcPerson *person = g_ptr_array_index (people, i);
      g_autoptr(LcRecord) copy = NULL;
      g_autoptr(LcRecord) record = NULL;

      if (lc_person_get_status (person) == status)
        continue;
      copy = lc_record_copy (LC_RECORD (person));
      lc_record_set_int (copy, "status", status);
      record = g_object_new (LC_TYPE_STATUS_CHANGE, NULL);
      lc_record_set_int (record, "convention-id", lc_person_get_convention_id (person));
      lc_record_set_int (record, "person-id", lc_record_get_id (LC_RECORD (person)));
      lc_record_set_int (record, "status", status);
      lc_record_set_string (record, "changed-at", changed_at);
      ok = lc_undo_stack_update (undo, copy, NULL, error)
           && lc_undo_stack_insert (undo, record, NULL, error);
      if (ok)
        changed++;
    }
  if (!lc_undo_stack_end_group_stored (undo, n_before, ok, error))
    return 0;
  return changed;
}

/**
 * lc_participant_list_history:
 * @store: the library
 * @person_id: a person
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the person's status changes
 *   (#LcStatusChange), earliest first
 */
GListStore *
lc_participant_list_history (LcStore  *store,
                             gint64    person_id,
                             GError  **error)
{
  return lc_store_list (store, LC_TYPE_STATUS_CHANGE, "person_id", person_id, error);
}
