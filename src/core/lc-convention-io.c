/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "lc-convention-check.h"
#include "lc-convention-io-private.h"
#include "lc-error.h"
#include "lc-file.h"
#include "lc-json-scan.h"
#include "lc-schedule-import.h"
#include "lc-store-private.h"

/* The portable convention file (docs/convention-format.md).
 *
 * The file is checked and turned into records, which are inserted in one
 * transaction (lc-convention-io-store.c: on two processors while the rest
 * is read). A bad file is rolled back whole, so it never reaches the
 * library (nor the listeners of its "changed" signal), nor does one that
 * fails in the store.
 *
 * To read a newer version of the format, add it to readable_versions and add
 * its new sections to the sections table with the version that introduced
 * them; a section reader can look at reader->version for smaller changes. */

/* Every version of the format this program reads; it writes
 * LC_CONVENTION_FORMAT_VERSION. */
static const gint64 readable_versions[] = { 1, 2, 3, 4, 5 };

typedef gboolean (*LcSectionFunc) (LcReader  *reader,
                                   JsonNode  *node,
                                   GError   **error);

typedef struct
{
  const char    *member;
  gint64         since;      /* the first format version with this section */
  gboolean       required;
  LcSectionFunc  read;
  LcIoSections   part;
  /* Once it is read, the records made so far are finished, and so are
   * those of the later sections' elements as each is read (see LcReader). */
  gboolean       settles;
} LcSection;

/* What a participant list has seen so far, to refuse a person listed twice in
 * one role (the store allows it once). */
typedef struct
{
  LcRecord *item;
  GArray   *seen;   /* LcSeen */
} LcParticipants;

typedef struct
{
  LcRecord *person;
  int       role;
} LcSeen;

static const char *const person_attendance[] = { "in-person", "online", NULL };
static const char *const participant_attendance[] = { "in-person", "online", NULL };
static const char *const city_attendance[] = { "in-person", "online", "absent", NULL };

static char *
list_versions (void)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (readable_versions); i++)
    g_string_append_printf (list, "%s%" G_GINT64_FORMAT, i ? ", " : "", readable_versions[i]);

  return g_string_free (list, FALSE);
}

static gboolean
read_date (LcReader     *reader,
           JsonObject   *object,
           const char   *label,
           const char   *member,
           const char  **out,
           GError      **error)
{
  if (!lc_io_read_string (reader, object, label, member, TRUE, out, error))
    return FALSE;

  if (!lc_date_parse (*out, NULL))
    {
      lc_io_set_invalid (reader, error, label, member,
                   _("“%s” is not a real date written YYYY-MM-DD (such as 2023-05-10)"), *out);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_time (LcReader    *reader,
           JsonObject  *object,
           const char  *label,
           const char  *member,
           int         *minutes,
           GError     **error)
{
  const char *text;

  if (!lc_io_read_string (reader, object, label, member, TRUE, &text, error))
    return FALSE;

  if (!lc_time_parse (text, minutes))
    {
      lc_io_set_invalid (reader, error, label, member,
                   _("“%s” is not a time written HH:MM, from 00:00 to 24:00"), text);
      return FALSE;
    }

  return TRUE;
}

/* Sections of the file */

static gboolean
read_convention (LcReader  *reader,
                 JsonNode  *node,
                 GError   **error)
{
  static const char *const texts[] = { "title", "slogan", "venue", "host", "organisers" };
  /* The member of each LcConventionField. */
  static const char *const members[] = { NULL, "title", "start_date", "end_date", "time_zone" };
  const char *label = "convention";
  const char *start, *end, *zone;
  g_autoptr(GError) local_error = NULL;
  LcConventionField field;
  JsonObject *object;
  LcPending *pending;
  LcRecord *record;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      lc_io_set_invalid (reader, error, label, NULL, _("expected an object {…}"));
      return FALSE;
    }
  object = json_node_get_object (node);

  pending = lc_io_add_pending (reader, LC_TYPE_CONVENTION);
  record = reader->convention = pending->record;
  if (!lc_io_read_uid (reader, object, label, pending, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!lc_io_read_bilingual (reader, object, label, texts[i], record, error))
      return FALSE;

  if (!lc_io_read_string (reader, object, label, "start_date", TRUE, &start, error)
      || !lc_io_read_string (reader, object, label, "end_date", TRUE, &end, error)
      || !lc_io_read_string (reader, object, label, "time_zone", TRUE, &zone, error))
    return FALSE;

  lc_record_set_string (record, "start-date", start);
  lc_record_set_string (record, "end-date", end);
  lc_record_set_string (record, "time-zone", zone);

  /* The same rules as the New Convention dialog's, so whatever the program
   * creates, it imports again. */
  if (!lc_convention_validate (record, &field, &local_error))
    {
      lc_io_set_invalid (reader, error, label, members[field], "%s", local_error->message);
      return FALSE;
    }
  /* Older files' free-text host and organisers, as the library now keeps them. */
  lc_io_organisations_from_convention (reader);

  return TRUE;
}

static gboolean
read_room (LcReader    *reader,
           JsonObject  *object,
           const char  *label,
           guint        index,
           gpointer     user_data,
           GError     **error)
{
  LcPending *pending = lc_io_add_pending (reader, LC_TYPE_ROOM);

  lc_io_add_ref (pending, "convention-id", reader->convention);
  /* The file's order is the rooms' order. */
  lc_record_set_int (pending->record, "position", index);

  return lc_io_read_id (reader, object, label, "rooms", reader->rooms, pending->record, error)
         && lc_io_read_uid (reader, object, label, pending, error)
         && lc_io_read_bilingual (reader, object, label, "name", pending->record, error)
         && lc_io_read_room_details (reader, object, label, pending->record, error);
}

static gboolean
read_sdgs (LcReader    *reader,
           JsonObject  *object,
           const char  *label,
           LcRecord    *city,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, "sdgs");
  g_autofree char *where = lc_io_join_path (label, "sdgs");
  JsonArray *goals;

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      lc_io_set_invalid (reader, error, where, NULL, _("expected a list of goal numbers from 1 to 17"));
      return FALSE;
    }

  goals = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (goals); i++)
    {
      JsonNode *goal = json_array_get_element (goals, i);
      g_autofree char *place = g_strdup_printf ("%s[%u]", where, i);
      gint64 sdg;

      if (!lc_io_is_integer (goal) || (sdg = json_node_get_int (goal)) < 1 || sdg > LC_SDG_COUNT)
        {
          lc_io_set_invalid (reader, error, place, NULL, _("expected a goal number from 1 to 17"));
          return FALSE;
        }
      if (lc_city_has_sdg (LC_CITY (city), sdg))
        {
          lc_io_set_invalid (reader, error, place, NULL, _("goal %d is listed twice"), (int) sdg);
          return FALSE;
        }
      lc_city_set_sdg (LC_CITY (city), sdg, TRUE);
    }

  return TRUE;
}

static gboolean
read_city (LcReader    *reader,
           JsonObject  *object,
           const char  *label,
           guint        index,
           gpointer     user_data,
           GError     **error)
{
  LcPending *pending = lc_io_add_pending (reader, LC_TYPE_CITY);
  LcRecord *record = pending->record;
  const char *country;
  gboolean arab_region, candidate;
  gint64 year;
  int attendance;

  lc_io_add_ref (pending, "convention-id", reader->convention);

  if (!lc_io_read_id (reader, object, label, "cities", reader->cities, record, error)
      || !lc_io_read_uid (reader, object, label, pending, error)
      || !lc_io_read_bilingual (reader, object, label, "name", record, error)
      || !lc_io_read_string (reader, object, label, "country", FALSE, &country, error))
    return FALSE;

  if (*country != '\0'
      && (strlen (country) != 2 || !g_ascii_isupper (country[0]) || !g_ascii_isupper (country[1])))
    {
      lc_io_set_invalid (reader, error, label, "country",
                   _("“%s” is not a country code of two capital letters (such as SA), nor empty"),
                   country);
      return FALSE;
    }

  if (!lc_io_read_boolean (reader, object, label, "arab_region", &arab_region, error)
      || !lc_io_read_int (reader, object, label, "year_joined", 1, 9999, TRUE,
                    _("expected a year (a whole number from 1 to 9999) or null"), &year, error)
      || !lc_io_read_boolean (reader, object, label, "candidate", &candidate, error)
      || !lc_io_read_bilingual (reader, object, label, "trait", record, error)
      || !read_sdgs (reader, object, label, record, error)
      || !lc_io_read_enum (reader, object, label, "attendance", LC_TYPE_ATTENDANCE, city_attendance,
                     FALSE, TRUE, LC_ATTENDANCE_UNSET, &attendance, error)
      || !lc_io_read_bilingual (reader, object, label, "representative", record, error))
    return FALSE;

  lc_record_set_string (record, "country", country);
  lc_record_set_int (record, "arab-region", arab_region);
  lc_record_set_int (record, "year-joined", year);
  lc_record_set_int (record, "candidate", candidate);
  lc_record_set_int (record, "attendance", attendance);
  return TRUE;
}

static gboolean
read_person (LcReader    *reader,
             JsonObject  *object,
             const char  *label,
             guint        index,
             gpointer     user_data,
             GError     **error)
{
  static const char *const texts[] = { "name", "honorific", "position", "organisation" };
  LcPending *pending = lc_io_add_pending (reader, LC_TYPE_PERSON);
  LcRecord *record = pending->record;
  LcRecord *city, *organisation;
  int attendance;

  lc_io_add_ref (pending, "convention-id", reader->convention);

  if (!lc_io_read_id (reader, object, label, "people", reader->people, record, error)
      || !lc_io_read_uid (reader, object, label, pending, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!lc_io_read_bilingual (reader, object, label, texts[i], record, error))
      return FALSE;

  if (!lc_io_read_ref (reader, object, label, "city", "cities", reader->cities, FALSE, &city, error)
      || !lc_io_read_enum (reader, object, label, "attendance", LC_TYPE_ATTENDANCE, person_attendance,
                     FALSE, FALSE, LC_ATTENDANCE_IN_PERSON, &attendance, error)
      || !lc_io_read_person_contact (reader, object, label, record, error)
      || !lc_io_read_person_photo (reader, object, label, record, error))
    return FALSE;

  if (!lc_io_read_ref (reader, object, label, "organisation_id", "organisations", reader->organisations,
                       FALSE, &organisation, error)
      || !lc_io_read_participant (reader, object, label, record, city != NULL, organisation != NULL, error))
    return FALSE;

  if (city != NULL)
    lc_io_add_ref (pending, "city-id", city);
  if (organisation != NULL)
    lc_io_add_ref (pending, "organisation-id", organisation);
  lc_record_set_int (record, "attendance", attendance);
  return TRUE;
}

static gboolean
read_participant (LcReader    *reader,
                  JsonObject  *object,
                  const char  *label,
                  guint        index,
                  gpointer     user_data,
                  GError     **error)
{
  LcParticipants *participants = user_data;
  LcPending *pending = lc_io_add_pending (reader, LC_TYPE_PARTICIPATION);
  LcSeen seen;
  int attendance;

  if (!lc_io_read_uid (reader, object, label, pending, error)
      || !lc_io_read_ref (reader, object, label, "person", "people", reader->people, TRUE,
                 &seen.person, error)
      || !lc_io_read_enum (reader, object, label, "role", LC_TYPE_ROLE, NULL, TRUE, FALSE,
                     LC_ROLE_SPEAKER, &seen.role, error)
      || !lc_io_read_enum (reader, object, label, "attendance", LC_TYPE_ATTENDANCE,
                     participant_attendance, FALSE, TRUE, LC_ATTENDANCE_UNSET, &attendance, error))
    return FALSE;

  for (guint i = 0; i < participants->seen->len; i++)
    {
      LcSeen *earlier = &g_array_index (participants->seen, LcSeen, i);

      if (earlier->person == seen.person && earlier->role == seen.role)
        {
          /* Translators: the first %s is a person's id, the second a role
           * such as “speaker” */
          lc_io_set_invalid (reader, error, label, NULL,
                       _("“%s” is already listed as “%s” in this item"),
                       json_object_get_string_member (object, "person"),
                       json_object_get_string_member (object, "role"));
          return FALSE;
        }
    }
  g_array_append_val (participants->seen, seen);

  lc_io_add_ref (pending, "item-id", participants->item);
  lc_io_add_ref (pending, "person-id", seen.person);
  lc_record_set_int (pending->record, "role", seen.role);
  lc_record_set_int (pending->record, "attendance", attendance);
  /* The file's order is the participants' order. */
  lc_record_set_int (pending->record, "position", index);
  return TRUE;
}

static gboolean
read_item (LcReader    *reader,
           JsonObject  *object,
           const char  *label,
           guint        index,
           gpointer     user_data,
           GError     **error)
{
  LcPending *pending = lc_io_add_pending (reader, LC_TYPE_ITEM);
  LcRecord *record = pending->record;
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (LcSeen));
  LcParticipants participants = { record, seen };
  const char *day;
  LcRecord *room;
  LcRecord *track = NULL;
  int kind, start, end;
  gint64 number;

  lc_io_add_ref (pending, "convention-id", reader->convention);

  if (!lc_io_read_id (reader, object, label, "items", reader->items, record, error)
      || !lc_io_read_uid (reader, object, label, pending, error)
      || !lc_io_read_enum (reader, object, label, "kind", LC_TYPE_ITEM_KIND, NULL, TRUE, FALSE,
                     LC_ITEM_KIND_SESSION, &kind, error)
      || !lc_io_read_int (reader, object, label, "number", 1, G_MAXINT, TRUE,
                    _("expected a positive whole number or null"), &number, error)
      || !lc_io_read_bilingual (reader, object, label, "title", record, error)
      || !lc_io_read_bilingual (reader, object, label, "description", record, error)
      || !read_date (reader, object, label, "day", &day, error)
      || !read_time (reader, object, label, "start", &start, error)
      || !read_time (reader, object, label, "end", &end, error)
      || !lc_io_read_item_place (reader, object, label, record, error))
    return FALSE;

  if (end <= start)
    {
      g_autofree char *start_text = lc_time_format (start);
      g_autofree char *end_text = lc_time_format (end);

      lc_io_set_invalid (reader, error, label, NULL, _("end %s is not after start %s"),
                   end_text, start_text);
      return FALSE;
    }

  if (!lc_io_read_ref (reader, object, label, "room", "rooms", reader->rooms, FALSE, &room, error))
    return FALSE;
  /* Files before version 3 had no tracks: a "track" there is not ours. */
  if (reader->version >= 3
      && !lc_io_read_ref (reader, object, label, "track", "tracks", reader->tracks, FALSE, &track, error))
    return FALSE;

  lc_record_set_int (record, "kind", kind);
  lc_record_set_int (record, "number", number);
  lc_record_set_string (record, "day", day);
  lc_record_set_int (record, "start-minute", start);
  lc_record_set_int (record, "end-minute", end);
  if (room != NULL)
    lc_io_add_ref (pending, "room-id", room);
  if (track != NULL)
    lc_io_add_ref (pending, "track-id", track);
  if (reader->version >= 3
      && !lc_io_read_item_at_place (reader, object, label, pending, room != NULL, error))
    return FALSE;

  /* After the item, so its participations are inserted after it. */
  return lc_io_read_list (reader, label, "participants", json_object_get_member (object, "participants"),
                    NULL, read_participant, &participants, error)
         && lc_io_read_item_attendance (reader, object, label, record, error);
}

static gboolean
read_rooms (LcReader  *reader,
            JsonNode  *node,
            GError   **error)
{
  return lc_io_read_list (reader, NULL, "rooms", node, "name", read_room, NULL, error);
}

static gboolean
read_cities (LcReader  *reader,
             JsonNode  *node,
             GError   **error)
{
  return lc_io_read_list (reader, NULL, "cities", node, "name", read_city, NULL, error);
}

static gboolean
read_people (LcReader  *reader,
             JsonNode  *node,
             GError   **error)
{
  return lc_io_read_list (reader, NULL, "people", node, "name", read_person, NULL, error);
}

static gboolean
read_items (LcReader  *reader,
            JsonNode  *node,
            GError   **error)
{
  return lc_io_read_list (reader, NULL, "items", node, "title", read_item, NULL, error);
}

/* In the order they are read: a section may only refer to earlier ones. */
static const LcSection sections[] = {
  { "convention", 1, TRUE, read_convention, LC_IO_SECTIONS_AGENDA, FALSE },
  { "rooms", 1, FALSE, read_rooms, LC_IO_SECTIONS_AGENDA, FALSE },
  { "tracks", 3, FALSE, lc_io_read_tracks, LC_IO_SECTIONS_AGENDA, FALSE },
  { "places", 3, FALSE, lc_io_read_places, LC_IO_SECTIONS_AGENDA, FALSE },
  { "cities", 1, FALSE, read_cities, LC_IO_SECTIONS_AGENDA, FALSE },
  /* The records are handed over to be stored from here on (the sections
   * above are small), each person and item as it is read: no section
   * changes a record made before it. */
  { "organisations", 3, FALSE, lc_io_read_organisations, LC_IO_SECTIONS_AGENDA, TRUE },
  { "people", 1, FALSE, read_people, LC_IO_SECTIONS_AGENDA, TRUE },
  { "items", 1, FALSE, read_items, LC_IO_SECTIONS_AGENDA, TRUE },
  { "declarations", 2, FALSE, lc_io_read_declarations, LC_IO_SECTIONS_LATER, FALSE },
  { "report", 3, FALSE, lc_io_read_report, LC_IO_SECTIONS_LATER, FALSE },
};

/**
 * lc_io_read_sections:
 * @reader: a reader that has checked the file's header
 * @root: the file's object
 * @which: the sections to read, in their order
 * @error: where a reason is put
 *
 * Turns the sections into records to store (reader->pending); with
 * reader->finished set, tells it each time the records made so far are
 * finished.
 *
 * Returns: whether the sections are readable
 */
gboolean
lc_io_read_sections (LcReader      *reader,
                     JsonObject    *root,
                     LcIoSections   which,
                     GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      JsonNode *node;

      /* A member of a later version is unknown to this one, so ignored. */
      if (sections[i].part != which || reader->version < sections[i].since)
        continue;

      node = json_object_get_member (root, sections[i].member);
      if (node == NULL && sections[i].required)
        {
          lc_io_set_invalid (reader, error, sections[i].member, NULL, _("required, but missing"));
          return FALSE;
        }
      if (!sections[i].read (reader, node, error))
        return FALSE;
      if (sections[i].settles && reader->finished != NULL)
        {
          reader->finishing = TRUE;
          reader->finished (reader, TRUE);
        }
    }
  return TRUE;
}

static gboolean
check_header (LcReader    *reader,
              JsonObject  *root,
              GError     **error)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");
  g_autofree char *versions = list_versions ();
  g_autofree char *found = NULL;

  if (format == NULL || !lc_io_is_string (format)
      || !g_str_equal (json_node_get_string (format), LC_CONVENTION_FORMAT))
    {
      lc_io_set_invalid (reader, error, "format", NULL,
                   _("this is not a Learning Cities convention file (expected “format”: “%s”)"),
                   LC_CONVENTION_FORMAT);
      return FALSE;
    }

  if (version == NULL)
    {
      /* Translators: %s lists version numbers, such as “1” or “1, 2” */
      lc_io_set_invalid (reader, error, "version", NULL,
                   _("required, but missing; this version of Learning Cities reads format "
                     "versions %s"), versions);
      return FALSE;
    }
  if (!lc_io_is_integer (version))
    {
      /* Translators: %s lists version numbers, such as “1” or “1, 2” */
      lc_io_set_invalid (reader, error, "version", NULL,
                   _("expected the format version as a whole number; this version of Learning "
                     "Cities reads format versions %s"), versions);
      return FALSE;
    }

  reader->version = json_node_get_int (version);
  for (guint i = 0; i < G_N_ELEMENTS (readable_versions); i++)
    if (readable_versions[i] == reader->version)
      return TRUE;

  /* A macro inside _() would hide the message from xgettext. */
  found = g_strdup_printf ("%" G_GINT64_FORMAT, reader->version);
  /* Translators: the first %s is a version of the file format, the second
   * lists the versions read, such as “1” or “1, 2” */
  lc_io_set_invalid (reader, error, "version", NULL,
               _("format version %1$s is not supported; this version of Learning Cities reads "
                 "format versions %2$s (a newer version may read it)"),
               found, versions);
  return FALSE;
}

/**
 * lc_convention_import_data:
 * @store: a store
 * @data: (array length=length): the contents of a convention file
 *   (docs/convention-format.md)
 * @length: the length of @data in bytes
 * @source_name: (nullable): names the file in messages, such as its display name
 * @error: return location for a #GError
 *
 * Adds the convention in @data to @store, with its rooms, cities, people,
 * items and participants, as one change: when anything is wrong, nothing is
 * stored. Files of format versions 1, 2 (which adds declarations, their
 * amendments and published versions), 3 (which adds the final report), 4
 * (which adds people's photos) and 5 (which adds participants' categories,
 * statuses with their history, and who attended an item) are read.
 *
 * A conference schedule XML (recognised by its beginning, see
 * lc_schedule_import_recognise()) is imported as a new convention with
 * lc_schedule_import_data(); lc_convention_import_file_full() also says
 * what it held that was left out.
 *
 * A file that is not a readable convention file gives %LC_ERROR_INVALID_FILE
 * with a message naming the file and the place in it; a failure of the store
 * gives the store's error.
 *
 * Returns: the id of the new convention, or 0 with @error set
 */
gint64
lc_convention_import_data (LcStore     *store,
                           const char  *data,
                           gsize        length,
                           const char  *source_name,
                           GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *fallback_name = NULL;

  g_return_val_if_fail (LC_IS_STORE (store), 0);
  g_return_val_if_fail (data != NULL || length == 0, 0);
  g_return_val_if_fail (length <= G_MAXSSIZE, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (lc_schedule_import_recognise (data, length))
    return lc_schedule_import_data (store, data, length, source_name, NULL, error);

  if (source_name == NULL)
    source_name = fallback_name = g_strdup (_("The convention file"));

  parser = lc_convention_parse (data, length, source_name, error);
  if (parser == NULL)
    return 0;
  return lc_convention_import_parsed (store, parser, source_name, error);
}

/**
 * lc_convention_import_parsed:
 * @store: a store
 * @parser: a convention file read by lc_convention_parse()
 * @source_name: (nullable): names the file in messages, such as its display name
 * @error: return location for a #GError
 *
 * lc_convention_import_data() of a file already parsed, so that a caller
 * that also asked which convention the file is (see
 * lc_convention_find_existing_parsed()) parses a large file only once.
 *
 * Returns: the id of the new convention, or 0 with @error set
 */
gint64
lc_convention_import_parsed (LcStore     *store,
                             JsonParser  *parser,
                             const char  *source_name,
                             GError     **error)
{
  return lc_convention_import_parsed_full (store, parser, source_name, NULL, error);
}

/**
 * lc_convention_import_parsed_full:
 * @store: a store
 * @parser: a convention file read by lc_convention_parse()
 * @source_name: (nullable): names the file in messages, such as its display name
 * @records: (out) (optional) (transfer full): the records made from the
 *   file, for the caller to free
 * @error: return location for a #GError
 *
 * lc_convention_import_parsed() that hands the records it made to the
 * caller instead of freeing them, so that they can be freed on another
 * thread (issue 17: tens of thousands of objects at 10,000 items). Once
 * this returns nothing else refers to them.
 *
 * Returns: the id of the new convention, or 0 with @error set
 */
gint64
lc_convention_import_parsed_full (LcStore     *store,
                                  JsonParser  *parser,
                                  const char  *source_name,
                                  GPtrArray  **records,
                                  GError     **error)
{
  g_autofree char *fallback_name = NULL;
  LcReader reader = { 0 };
  JsonObject *root;
  gint64 id;

  g_return_val_if_fail (LC_IS_STORE (store), 0);
  g_return_val_if_fail (JSON_IS_PARSER (parser), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (records != NULL)
    *records = NULL;
  if (source_name == NULL)
    source_name = fallback_name = g_strdup (_("The convention file"));
  reader.source = source_name;

  /* lc_convention_parse() gives only a parser whose root is an object. */
  root = json_node_get_object (json_parser_get_root (parser));

  if (!check_header (&reader, root, error))
    return 0;

  reader.pending = g_ptr_array_new_with_free_func (lc_io_pending_free);
  reader.rooms = g_hash_table_new (g_str_hash, g_str_equal);
  reader.tracks = g_hash_table_new (g_str_hash, g_str_equal);
  reader.places = g_hash_table_new (g_str_hash, g_str_equal);
  reader.organisations = g_hash_table_new (g_str_hash, g_str_equal);
  reader.cities = g_hash_table_new (g_str_hash, g_str_equal);
  reader.people = g_hash_table_new (g_str_hash, g_str_equal);
  reader.items = g_hash_table_new (g_str_hash, g_str_equal);

  id = lc_io_read_and_store (&reader, root, store, error);

  if (records != NULL)
    *records = g_steal_pointer (&reader.pending);
  else
    g_ptr_array_unref (reader.pending);
  g_hash_table_unref (reader.rooms);
  g_hash_table_unref (reader.tracks);
  g_hash_table_unref (reader.places);
  g_hash_table_unref (reader.organisations);
  g_hash_table_unref (reader.cities);
  g_hash_table_unref (reader.people);
  g_hash_table_unref (reader.items);
  lc_io_reader_clear_declarations (&reader);
  lc_io_reader_clear_report (&reader);

  return id;
}

/**
 * lc_convention_import_file_full:
 * @store: a store
 * @path: a convention file, or a conference schedule XML
 * @left_out: (out) (optional) (transfer full): for a schedule, what it
 *   held that a convention has no place for, one sentence each (see
 *   lc_schedule_import_data()); an empty list for a convention file
 * @error: return location for a #GError
 *
 * Reads @path and imports it with lc_convention_import_data(), or
 * lc_schedule_import_data() when it is XML, naming the file in messages. A
 * file that cannot be read gives a #GFileError naming it.
 *
 * Returns: the id of the new convention, or 0 with @error set
 */
gint64
lc_convention_import_file_full (LcStore     *store,
                                const char  *path,
                                char      ***left_out,
                                GError     **error)
{
  g_autofree char *display = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  gint64 id;

  g_return_val_if_fail (LC_IS_STORE (store), 0);
  g_return_val_if_fail (path != NULL, 0);

  /* The message names the file. */
  if (!lc_file_read_bounded (path, LC_FILE_MAX_CONVENTION_BYTES, &contents, &length, error))
    return 0;

  display = g_filename_display_name (path);
  if (lc_schedule_import_recognise (contents, length))
    return lc_schedule_import_data (store, contents, length, display, left_out, error);

  id = lc_convention_import_data (store, contents, length, display, error);
  if (id > 0 && left_out != NULL)
    *left_out = g_new0 (char *, 1);
  return id;
}

/**
 * lc_convention_import_file:
 * @store: a store
 * @path: a convention file, or a conference schedule XML
 * @error: return location for a #GError
 *
 * lc_convention_import_file_full() without the list of what was left out.
 *
 * Returns: the id of the new convention, or 0 with @error set
 */
gint64
lc_convention_import_file (LcStore     *store,
                           const char  *path,
                           GError     **error)
{
  return lc_convention_import_file_full (store, path, NULL, error);
}
