/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-convention-io-private.h"
#include "lc-error.h"
#include "lc-participant.h"

/* Participants in the convention file, from format version 5 (issue 14).
 * A person has "category" (a nick, "programme" when absent), "represents"
 * (null, "city", "organisation", or {"ar", "en"} for whom they represent
 * in words), "status" (a nick, "invited" when absent) and "status_history",
 * a list of {"uid", "status", "at"} in time order whose last status is the
 * person's. An item has "attended_by", a list of {"uid", "person",
 * "attendance"}. Files of versions 1 to 4 have none of it and read as a
 * library upgraded to schema 12 reads: programme, invited, no history. */

/* Far more than a person's answers and check-ins; a file with more is not
 * a convention's record. */
#define MAX_HISTORY 1000

static const char *const attendance_nicks[] = { "in-person", "online", NULL };

typedef struct
{
  LcRecord   *person;
  const char *last_at;
  int         last_status;
} LcHistory;

static gboolean
read_change (LcReader    *reader,
             JsonObject  *object,
             const char  *label,
             guint        index,
             gpointer     user_data,
             GError     **error)
{
  LcHistory *history = user_data;
  LcPending *pending;
  const char *at;
  int status, from;

  if (index >= MAX_HISTORY)
    {
      /* Translators: %d is the most changes of status a person may have */
      lc_io_set_invalid (reader, error, label, NULL, _("a person has at most %d changes of status"),
                         MAX_HISTORY);
      return FALSE;
    }
  pending = lc_io_add_pending (reader, LC_TYPE_STATUS_CHANGE);
  if (!lc_io_read_uid (reader, object, label, pending, error)
      || !lc_io_read_enum (reader, object, label, "status", LC_TYPE_PARTICIPANT_STATUS, NULL, TRUE, FALSE,
                           LC_PARTICIPANT_STATUS_INVITED, &status, error)
      || !lc_io_read_string (reader, object, label, "at", TRUE, &at, error))
    return FALSE;
  if (!lc_participant_check_time (at))
    {
      lc_io_set_invalid (reader, error, label, "at",
                         _("expected a time in UTC to the second, such as “2026-12-07T09:30:00Z”"));
      return FALSE;
    }
  /* The same rules as the window's and the spreadsheet's: a file cannot
   * make a person no-show who never confirmed, or bring back an answer
   * after they attended. Everyone starts invited. */
  from = history->last_status >= 0 ? history->last_status : LC_PARTICIPANT_STATUS_INVITED;
  if (!lc_participant_status_can_change (from, status))
    {
      /* Translators: both %s are statuses' nicks in the file, such as “declined” */
      lc_io_set_invalid (reader, error, label, "status", _("a person cannot go from “%1$s” to “%2$s”"),
                         lc_enum_to_nick (LC_TYPE_PARTICIPANT_STATUS, from),
                         lc_enum_to_nick (LC_TYPE_PARTICIPANT_STATUS, status));
      return FALSE;
    }
  if (history->last_at != NULL && g_strcmp0 (at, history->last_at) < 0)
    {
      /* Translators: %s is the time of the change before, as 2026-12-07T09:30:00Z */
      lc_io_set_invalid (reader, error, label, "at", _("earlier than the change before it (%s)"),
                         history->last_at);
      return FALSE;
    }
  history->last_at = at;
  history->last_status = status;

  lc_io_add_ref (pending, "convention-id", reader->convention);
  lc_io_add_ref (pending, "person-id", history->person);
  lc_record_set_int (pending->record, "status", status);
  lc_record_set_string (pending->record, "changed-at", at);
  return TRUE;
}

/* "represents": null, "city", "organisation" or {"ar", "en"}. */
static gboolean
read_represents (LcReader    *reader,
                 JsonObject  *object,
                 const char  *label,
                 LcRecord    *person,
                 gboolean     has_city,
                 gboolean     has_organisation,
                 GError     **error)
{
  JsonNode *node = json_object_get_member (object, "represents");
  const char *nick;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      if (!lc_io_read_bilingual (reader, object, label, "represents", person, error))
        return FALSE;
      lc_record_set_int (person, "represents", LC_REPRESENTS_OTHER);
      return TRUE;
    }
  nick = lc_io_is_string (node) ? json_node_get_string (node) : NULL;
  if (g_strcmp0 (nick, "city") == 0 && has_city)
    lc_record_set_int (person, "represents", LC_REPRESENTS_CITY);
  else if (g_strcmp0 (nick, "organisation") == 0 && has_organisation)
    lc_record_set_int (person, "represents", LC_REPRESENTS_ORGANISATION);
  else if (g_strcmp0 (nick, "city") == 0)
    lc_io_set_invalid (reader, error, label, "represents", _("“city”, but the person has no city"));
  else if (g_strcmp0 (nick, "organisation") == 0)
    lc_io_set_invalid (reader, error, label, "represents",
                       _("“organisation”, but the person has no organisation of the convention"));
  else
    lc_io_set_invalid (reader, error, label, "represents",
                       _("expected null, “city”, “organisation” or {\"ar\", \"en\"}"));
  return lc_record_get_int (person, "represents") != LC_REPRESENTS_UNSET;
}

/**
 * lc_io_read_participant:
 * @reader: the reader
 * @object: a person of the file's "people"
 * @label: where it is, for messages ("people[0]")
 * @person: the person read so far, with their city and organisation
 * @has_city: whether the person has a city
 * @has_organisation: whether the person has one of the convention's organisations
 * @error: where a reason is put
 *
 * Reads the person's category, whom they represent, status and its
 * history (format version 5 on; earlier files leave the defaults).
 *
 * Returns: whether they were read
 */
gboolean
lc_io_read_participant (LcReader    *reader,
                        JsonObject  *object,
                        const char  *label,
                        LcRecord    *person,
                        gboolean     has_city,
                        gboolean     has_organisation,
                        GError     **error)
{
  LcHistory history = { person, NULL, -1 };
  int category, status;

  if (reader->version < 5)
    return TRUE;
  if (!lc_io_read_enum (reader, object, label, "category", LC_TYPE_PARTICIPANT_CATEGORY, NULL, FALSE,
                        FALSE, LC_PARTICIPANT_CATEGORY_PROGRAMME, &category, error)
      || !lc_io_read_enum (reader, object, label, "status", LC_TYPE_PARTICIPANT_STATUS, NULL, FALSE,
                           FALSE, LC_PARTICIPANT_STATUS_INVITED, &status, error)
      || !read_represents (reader, object, label, person, has_city, has_organisation, error)
      || !lc_io_read_list (reader, label, "status_history", json_object_get_member (object, "status_history"),
                           NULL, read_change, &history, error))
    return FALSE;
  if (history.last_status >= 0 && history.last_status != status)
    {
      /* Translators: %s is a status's nick in the file, such as “confirmed” */
      lc_io_set_invalid (reader, error, label, "status_history",
                         _("its last change is to “%s”, which is not the person’s status"),
                         lc_enum_to_nick (LC_TYPE_PARTICIPANT_STATUS, history.last_status));
      return FALSE;
    }
  /* Without a history (a file written by hand), the status is taken as
   * one change from invited: no-show needs the confirmation before it. */
  if (history.last_status < 0 && !lc_participant_status_can_change (LC_PARTICIPANT_STATUS_INVITED, status))
    {
      /* Translators: %s is a status's nick in the file, such as “no-show” */
      lc_io_set_invalid (reader, error, label, "status",
                         _("“%s” needs a status_history that says how the person came to it"),
                         lc_enum_to_nick (LC_TYPE_PARTICIPANT_STATUS, status));
      return FALSE;
    }
  lc_record_set_int (person, "category", category);
  lc_record_set_int (person, "status", status);
  return TRUE;
}

/**
 * lc_io_write_participant:
 * @writer: the writer, inside the person's object
 * @person: the person
 * @error: where a reason is put
 *
 * Returns: whether the person's participant details were written
 */
gboolean
lc_io_write_participant (LcWriter  *writer,
                         LcRecord  *person,
                         GError   **error)
{
  gint64 person_id = lc_record_get_id (person);
  GPtrArray *history = g_hash_table_lookup (writer->history, &person_id);

  lc_io_add_enum (writer, person, "category", LC_TYPE_PARTICIPANT_CATEGORY, FALSE);
  switch (lc_person_get_represents (LC_PERSON (person)))
    {
    case LC_REPRESENTS_OTHER:
      lc_io_add_bilingual (writer, person, "represents");
      break;
    case LC_REPRESENTS_CITY:
      lc_io_add_text (writer, "represents", "city");
      break;
    case LC_REPRESENTS_ORGANISATION:
      lc_io_add_text (writer, "represents", "organisation");
      break;
    case LC_REPRESENTS_UNSET:
    default:
      lc_json_writer_set_member_name (writer->json, "represents");
      lc_json_writer_add_null_value (writer->json);
      break;
    }
  lc_io_add_enum (writer, person, "status", LC_TYPE_PARTICIPANT_STATUS, FALSE);

  lc_json_writer_set_member_name (writer->json, "status_history");
  lc_json_writer_begin_array (writer->json);
  for (guint i = 0; history != NULL && i < history->len; i++)
    {
      LcRecord *change = g_ptr_array_index (history, i);

      lc_json_writer_begin_object (writer->json);
      if (!lc_io_add_record_uid (writer, change, error))
        return FALSE;
      lc_io_add_enum (writer, change, "status", LC_TYPE_PARTICIPANT_STATUS, FALSE);
      lc_io_add_text (writer, "at", lc_status_change_get_changed_at (LC_STATUS_CHANGE (change)));
      lc_json_writer_end_object (writer->json);
    }
  lc_json_writer_end_array (writer->json);
  return TRUE;
}

typedef struct
{
  LcRecord   *item;
  GHashTable *seen;   /* LcRecord person → itself */
} LcAttendedBy;

static gboolean
read_attended (LcReader    *reader,
               JsonObject  *object,
               const char  *label,
               guint        index,
               gpointer     user_data,
               GError     **error)
{
  LcAttendedBy *attended = user_data;
  LcPending *pending = lc_io_add_pending (reader, LC_TYPE_ITEM_ATTENDANCE);
  LcRecord *person;
  int attendance;

  if (!lc_io_read_uid (reader, object, label, pending, error)
      || !lc_io_read_ref (reader, object, label, "person", "people", reader->people, TRUE, &person, error)
      || !lc_io_read_enum (reader, object, label, "attendance", LC_TYPE_ATTENDANCE, attendance_nicks, TRUE,
                           FALSE, LC_ATTENDANCE_IN_PERSON, &attendance, error))
    return FALSE;
  if (g_hash_table_contains (attended->seen, person))
    {
      /* Translators: %s is a person's id in the file, such as “person-3” */
      lc_io_set_invalid (reader, error, label, "person", _("“%s” is already listed as attending this item"),
                         json_object_get_string_member (object, "person"));
      return FALSE;
    }
  g_hash_table_add (attended->seen, person);

  lc_io_add_ref (pending, "convention-id", reader->convention);
  lc_io_add_ref (pending, "item-id", attended->item);
  lc_io_add_ref (pending, "person-id", person);
  lc_record_set_int (pending->record, "attendance", attendance);
  return TRUE;
}

/**
 * lc_io_read_item_attendance:
 * @reader: the reader
 * @object: an item of the file's "items"
 * @label: where it is, for messages ("items[0]")
 * @item: the item read so far
 * @error: where a reason is put
 *
 * Returns: whether the item's "attended_by" was read (format version 5 on)
 */
gboolean
lc_io_read_item_attendance (LcReader    *reader,
                            JsonObject  *object,
                            const char  *label,
                            LcRecord    *item,
                            GError     **error)
{
  g_autoptr(GHashTable) seen = NULL;
  LcAttendedBy attended;

  if (reader->version < 5)
    return TRUE;
  seen = g_hash_table_new (NULL, NULL);
  attended = (LcAttendedBy) { item, seen };
  return lc_io_read_list (reader, label, "attended_by", json_object_get_member (object, "attended_by"),
                          NULL, read_attended, &attended, error);
}

/**
 * lc_io_write_item_attendance:
 * @writer: the writer, inside the item's object
 * @item: the item
 * @error: where a reason is put
 *
 * Returns: whether the item's "attended_by" was written
 */
gboolean
lc_io_write_item_attendance (LcWriter  *writer,
                             LcRecord  *item,
                             GError   **error)
{
  gint64 item_id = lc_record_get_id (item);
  GPtrArray *rows = g_hash_table_lookup (writer->attendance, &item_id);

  lc_json_writer_set_member_name (writer->json, "attended_by");
  lc_json_writer_begin_array (writer->json);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      LcRecord *row = g_ptr_array_index (rows, i);
      const char *person = lc_io_local_id (writer, "person", lc_record_get_int (row, "person-id"));

      /* The library's triggers keep people in their convention: this is damage. */
      if (person == NULL)
        {
          g_set_error (error, LC_ERROR, LC_ERROR_DATABASE,
                       _("The library is damaged: someone who attended “%s” is not a person of "
                         "the convention."),
                       lc_record_get_text (item, "title", LC_LANGUAGE_ENGLISH, NULL));
          return FALSE;
        }
      lc_json_writer_begin_object (writer->json);
      if (!lc_io_add_record_uid (writer, row, error))
        return FALSE;
      lc_io_add_text (writer, "person", person);
      lc_io_add_enum (writer, row, "attendance", LC_TYPE_ATTENDANCE, FALSE);
      lc_json_writer_end_object (writer->json);
    }
  lc_json_writer_end_array (writer->json);
  return TRUE;
}
