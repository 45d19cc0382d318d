/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <libxml/xmlwriter.h>
#include <string.h>

#include "lc-convention-check.h"
#include "lc-error.h"
#include "lc-file.h"
#include "lc-export-schedule.h"
#include "lc-l10n.h"

/* The conference schedule format read by attendee apps (Giggity,
 * EventFahrplan, ConfClerk, engelsystem): days, rooms and events with their
 * people. Written with libxml2 and json-glib, checked by the tests against
 * the format's XML Schema and JSON Schema. */

#define FSI "\342\201\250"  /* U+2068 FIRST STRONG ISOLATE */
#define PDI "\342\201\251"  /* U+2069 POP DIRECTIONAL ISOLATE */

/* RFC 4122's namespace for URLs: 6ba7b811-9dad-11d1-80b4-00c04fd430c8. */
static const guint8 namespace_url[16] = {
  0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
  0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
};

/**
 * lc_export_language_from_string:
 * @text: "ar" or "en" (or "arabic", "english")
 * @language: (out): the language
 *
 * Returns: %TRUE when @text names one of the two languages
 */
gboolean
lc_export_language_from_string (const char *text,
                                LcLanguage *language)
{
  if (text == NULL)
    return FALSE;

  if (g_ascii_strcasecmp (text, "ar") == 0 || g_ascii_strcasecmp (text, "arabic") == 0)
    *language = LC_LANGUAGE_ARABIC;
  else if (g_ascii_strcasecmp (text, "en") == 0 || g_ascii_strcasecmp (text, "english") == 0)
    *language = LC_LANGUAGE_ENGLISH;
  else
    return FALSE;

  return TRUE;
}

/**
 * lc_export_uuid_v5:
 * @name: any text
 *
 * Computes the name-based UUID (RFC 4122 version 5) of @name in the URL
 * namespace, as Python's `uuid.uuid5(uuid.NAMESPACE_URL, name)` does.
 *
 * Returns: (transfer full): the UUID in lower-case hexadecimal with dashes
 */
char *
lc_export_uuid_v5 (const char *name)
{
  g_autoptr(GChecksum) sha1 = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize length = sizeof digest;

  g_checksum_update (sha1, namespace_url, sizeof namespace_url);
  g_checksum_update (sha1, (const guchar *) name, strlen (name));
  g_checksum_get_digest (sha1, digest, &length);

  digest[6] = (digest[6] & 0x0F) | 0x50;
  digest[8] = (digest[8] & 0x3F) | 0x80;

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

/* What a UUID of the export is named after: the record's ids, which stay
 * the same in one library however often it is exported, so an attendee
 * app keeps its favourites when the schedule is published again. */
static char *
record_uuid (gint64      convention_id,
             const char *what,
             gint64      id)
{
  g_autofree char *name = g_strdup_printf ("urn:%s:convention:%" G_GINT64_FORMAT ":%s:%" G_GINT64_FORMAT,
                                           APPLICATION_ID, convention_id, what, id);

  return lc_export_uuid_v5 (name);
}

/**
 * lc_export_item_guid:
 * @convention_id: the convention
 * @item_id: one of its items
 *
 * The identifier of an agenda item in every export: the schedule's event
 * guid and the iCalendar UID. It is
 * uuid5(NAMESPACE_URL, "urn:org.example.LearningCities:convention:C:item:I").
 *
 * Returns: (transfer full): the UUID
 */
char *
lc_export_item_guid (gint64 convention_id,
                     gint64 item_id)
{
  return record_uuid (convention_id, "item", item_id);
}

/**
 * lc_export_write_file:
 * @path: the file to write
 * @data: its new contents
 * @length: their length
 * @cancellable: (nullable): a #GCancellable, checked before anything is written
 * @error: return location for a #GError
 *
 * Writes @data to a temporary file beside @path and renames it over @path,
 * so a reader never sees half a file and a failure leaves @path as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_export_write_file (const char    *path,
                      const char    *data,
                      gsize          length,
                      GCancellable  *cancellable,
                      GError       **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  return lc_file_write_atomic (path, data, length, error);
}

/**
 * lc_export_clean_text:
 * @text: (nullable): text from the library
 *
 * Text for XML, JSON and iCalendar: valid UTF-8 without the control
 * characters none of them may carry (tab and line feed are kept).
 *
 * Returns: (transfer full): the cleaned text
 */
char *
lc_export_clean_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || c == 0xFFFE || c == 0xFFFF)
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gint64 *
id_key (LcRecord *record)
{
  return g_memdup2 (&(gint64) { lc_record_get_id (record) }, sizeof (gint64));
}

static void
unref_array (gpointer data)
{
  g_ptr_array_unref (data);
}

/**
 * lc_export_agenda_load:
 * @store: a library
 * @convention_id: the convention to export
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope call): reports the fraction read
 * @user_data: data for @progress
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the convention's agenda
 */
LcExportAgenda *
lc_export_agenda_load (LcStore               *store,
                       gint64                 convention_id,
                       GCancellable          *cancellable,
                       LcExportProgressFunc   progress,
                       gpointer               user_data,
                       GError               **error)
{
  g_autoptr(LcExportAgenda) self = g_new0 (LcExportAgenda, 1);
  g_autoptr(GListStore) rooms = NULL, people = NULL, items = NULL;
  const char *zone;
  guint n_items;

  self->convention = lc_store_get (store, LC_TYPE_CONVENTION, convention_id, error);
  if (self->convention == NULL)
    return NULL;

  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->rooms = g_ptr_array_new_with_free_func (g_object_unref);
  self->room_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->person_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->participants = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, unref_array);

  zone = lc_record_get_string (self->convention, "time-zone");
  self->zone = g_time_zone_new_identifier (zone);
  if (self->zone == NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("The convention’s time zone “%s” is not known to this system, so its times "
                     "cannot be exported. Choose a time zone such as Asia/Riyadh."), zone);
      return NULL;
    }

  if ((rooms = lc_store_list (store, LC_TYPE_ROOM, "convention_id", convention_id, error)) == NULL
      || (people = lc_store_list (store, LC_TYPE_PERSON, "convention_id", convention_id, error)) == NULL
      || (items = lc_store_list (store, LC_TYPE_ITEM, "convention_id", convention_id, error)) == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rooms)); i++)
    {
      LcRecord *room = g_list_model_get_item (G_LIST_MODEL (rooms), i);

      g_ptr_array_add (self->rooms, room);
      g_hash_table_insert (self->room_by_id, id_key (room),
                           g_object_ref (room));
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      LcRecord *person = g_list_model_get_item (G_LIST_MODEL (people), i);

      g_hash_table_insert (self->person_by_id, id_key (person),
                           person);
    }

  n_items = g_list_model_get_n_items (G_LIST_MODEL (items));
  for (guint i = 0; i < n_items; i++)
    {
      LcRecord *item = g_list_model_get_item (G_LIST_MODEL (items), i);
      g_autoptr(GListStore) parts = NULL;
      GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);

      g_ptr_array_add (self->items, item);
      g_hash_table_insert (self->participants, id_key (item),
                           list);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (progress != NULL && i % 16 == 0)
        progress (0.5 * i / n_items, user_data);

      parts = lc_store_list (store, LC_TYPE_PARTICIPATION, "item_id", lc_record_get_id (item), error);
      if (parts == NULL)
        return NULL;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (parts)); j++)
        g_ptr_array_add (list, g_list_model_get_item (G_LIST_MODEL (parts), j));
    }

  return g_steal_pointer (&self);
}

/**
 * lc_export_agenda_free:
 * @self: (nullable): an agenda
 */
void
lc_export_agenda_free (LcExportAgenda *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->convention);
  g_clear_pointer (&self->zone, g_time_zone_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->rooms, g_ptr_array_unref);
  g_clear_pointer (&self->room_by_id, g_hash_table_unref);
  g_clear_pointer (&self->person_by_id, g_hash_table_unref);
  g_clear_pointer (&self->participants, g_hash_table_unref);
  g_free (self);
}

/**
 * lc_export_agenda_item_time:
 * @self: an agenda
 * @item: one of its items
 * @end: %TRUE for the item's end, %FALSE for its start
 *
 * An item's time is a wall-clock time on its day in the convention's zone;
 * an end at 24:00 is midnight of the next day.
 *
 * Returns: (transfer full) (nullable): the time, in the convention's zone
 */
GDateTime *
lc_export_agenda_item_time (LcExportAgenda *self,
                            LcRecord       *item,
                            gboolean        end)
{
  int minute = lc_record_get_int (item, end ? "end-minute" : "start-minute");
  GDate day;

  if (!lc_date_parse (lc_record_get_string (item, "day"), &day))
    return NULL;

  if (minute >= 24 * 60)
    {
      g_date_add_days (&day, minute / (24 * 60));
      minute %= 24 * 60;
    }

  return g_date_time_new (self->zone, g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day), minute / 60, minute % 60, 0);
}

/**
 * lc_export_kind_label:
 * @kind: an item kind
 * @language: the language wanted
 *
 * Returns: the kind's name, such as "Field visit"
 */
const char *
lc_export_kind_label (LcItemKind kind,
                      LcLanguage language)
{
  /* The agenda PDF's words (lc-pdf-layout.c), so both read alike; only
   * "Other" is ours, since a track needs a name where the PDF shows none. */
  static const char *const labels[] = {
    [LC_ITEM_KIND_OPENING] = NC_("agenda item kind", "Opening"),
    [LC_ITEM_KIND_SESSION] = NC_("agenda item kind", "Session"),
    [LC_ITEM_KIND_BREAK] = NC_("agenda item kind", "Break"),
    [LC_ITEM_KIND_FIELD_VISIT] = NC_("agenda item kind", "Field visit"),
    [LC_ITEM_KIND_EXERCISE] = NC_("agenda item kind", "Exercise"),
    [LC_ITEM_KIND_DECLARATION_READING] = NC_("agenda item kind", "Declaration reading"),
    [LC_ITEM_KIND_CLOSING] = NC_("agenda item kind", "Closing"),
    /* Translators: the kind of an agenda item that is none of the others */
    [LC_ITEM_KIND_OTHER] = NC_("agenda item kind", "Other"),
  };

  if ((guint) kind >= G_N_ELEMENTS (labels))
    kind = LC_ITEM_KIND_OTHER;

  return lc_l10n_pgettext (language, "agenda item kind", labels[kind]);
}

/**
 * lc_export_agenda_item_title:
 * @self: an agenda
 * @item: one of its items
 * @language: the language wanted
 *
 * Returns: (transfer full): the title, after the kind and number of a
 *   numbered item as the agenda PDF shows them ("Session 3: …"); the kind's
 *   name for an item without a title
 */
char *
lc_export_agenda_item_title (LcExportAgenda *self,
                             LcRecord       *item,
                             LcLanguage      language)
{
  const char *title = lc_record_get_text (item, "title", language, NULL);
  const char *kind = lc_export_kind_label (lc_record_get_int (item, "kind"), language);
  int number = lc_record_get_int (item, "number");
  g_autofree char *digits = NULL, *localised = NULL;

  if (number <= 0)
    return g_strdup (*title ? title : kind);

  digits = g_strdup_printf ("%d", number);
  localised = lc_l10n_localise_digits (language, digits);
  if (*title == '\0')
    return g_strdup_printf ("%s %s", kind, localised);

  return g_strdup_printf ("%s %s: %s", kind, localised, title);
}

/* The agenda PDF's words for the roles, one or several. */
static const char *
role_label (LcRole      role,
            guint       count,
            LcLanguage  language)
{
  const char *one, *several;

  switch (role)
    {
    case LC_ROLE_MODERATOR:
      one = NC_("agenda role", "Moderator");
      several = NC_("agenda role", "Moderators");
      break;
    case LC_ROLE_PRESENTER:
      one = NC_("agenda role", "Presenter");
      several = NC_("agenda role", "Presenters");
      break;
    case LC_ROLE_SPEAKER:
    default:
      one = NC_("agenda role", "Speaker");
      several = NC_("agenda role", "Speakers");
    }

  return lc_l10n_pgettext (language, "agenda role", count == 1 ? one : several);
}

static gboolean
is_online (LcRecord *participation,
           LcRecord *person)
{
  LcAttendance attendance = lc_record_get_int (participation, "attendance");

  if (attendance == LC_ATTENDANCE_UNSET)
    attendance = lc_record_get_int (person, "attendance");

  return attendance == LC_ATTENDANCE_ONLINE;
}

/**
 * lc_export_agenda_people_text:
 * @self: an agenda
 * @item: one of its items
 * @language: the language wanted
 *
 * Returns: (transfer full): one line per role ("Moderators: …",
 *   "Speakers: …", "Presenter: …"), people marked when they take part
 *   online; "" when the item has no participants
 */
char *
lc_export_agenda_people_text (LcExportAgenda *self,
                              LcRecord       *item,
                              LcLanguage      language)
{
  gint64 item_id = lc_record_get_id (item);
  GPtrArray *parts = g_hash_table_lookup (self->participants, &item_id);
  GString *text = g_string_new (NULL);
  const char *separator = lc_l10n_pgettext (language, "list separator", NC_("list separator", ", "));

  for (int role = LC_ROLE_MODERATOR; role <= LC_ROLE_PRESENTER; role++)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      guint count = 0;

      for (guint i = 0; parts && i < parts->len; i++)
        {
          LcRecord *part = g_ptr_array_index (parts, i);
          gint64 person_id = lc_record_get_int (part, "person-id");
          LcRecord *person = g_hash_table_lookup (self->person_by_id, &person_id);
          const char *honorific, *name;

          if (person == NULL || lc_record_get_int (part, "role") != role)
            continue;

          honorific = lc_record_get_text (person, "honorific", language, NULL);
          name = lc_record_get_text (person, "name", language, NULL);
          if (names->len > 0)
            g_string_append (names, separator);
          count++;
          /* Each name isolated: an unclosed right-to-left override at the
           * end of one must not turn the names after it around. */
          g_string_append (names, FSI);
          if (*honorific != '\0')
            g_string_append_printf (names, "%s ", honorific);
          g_string_append (names, name);
          g_string_append (names, PDI);
          if (is_online (part, person))
            g_string_append_printf (names, " (%s)", lc_l10n_gettext (language, N_("online")));
        }

      if (names->len == 0)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s: %s", role_label (role, count, language), names->str);
    }

  return g_string_free (text, FALSE);
}

/* The schedule, computed once and written as XML or JSON. */

typedef struct
{
  gint64  id;
  char   *name;
  char   *guid;
  const char *role;   /* schedule2's vocabulary: MODERATOR, SPEAKER, HOST */
} Person;

typedef struct
{
  gint64     id;
  char      *guid;
  char      *date;     /* start, ISO 8601 with the zone's offset */
  char      *end;
  char       start[8];
  char       duration[8];
  char      *room;
  char      *slug;
  char      *url;
  char      *title;
  char      *subtitle;
  const char *track;
  const char *type;
  const char *language;
  char      *abstract;
  char      *description;
  GPtrArray *persons;
} Event;

typedef struct
{
  char      *name;
  char      *guid;
  guint      rank;     /* the room's place in the convention's order */
  GPtrArray *events;   /* Event, not owned */
} RoomGroup;

typedef struct
{
  guint      index;
  char      *date;
  char      *start;
  char      *end;
  GPtrArray *rooms;    /* RoomGroup */
} Day;

typedef struct
{
  char      *version;
  char      *acronym;
  char      *title;
  char      *description;
  char      *start;
  char      *end;
  char       timeslot[8];
  char      *zone;
  LcLanguage language;
  GPtrArray *tracks;   /* LcItemKind as pointers, in the enum's order */
  GPtrArray *rooms;    /* RoomGroup for the conference's list, events unused */
  GPtrArray *days;     /* Day */
  GPtrArray *events;   /* Event */
} Schedule;

static void
person_free (gpointer data)
{
  Person *person = data;

  g_free (person->name);
  g_free (person->guid);
  g_free (person);
}

static void
event_free (gpointer data)
{
  Event *event = data;

  g_free (event->guid);
  g_free (event->date);
  g_free (event->end);
  g_free (event->room);
  g_free (event->slug);
  g_free (event->url);
  g_free (event->title);
  g_free (event->subtitle);
  g_free (event->abstract);
  g_free (event->description);
  g_ptr_array_unref (event->persons);
  g_free (event);
}

static void
room_group_free (gpointer data)
{
  RoomGroup *group = data;

  g_free (group->name);
  g_free (group->guid);
  g_ptr_array_unref (group->events);
  g_free (group);
}

static void
day_free (gpointer data)
{
  Day *day = data;

  g_free (day->date);
  g_free (day->start);
  g_free (day->end);
  g_ptr_array_unref (day->rooms);
  g_free (day);
}

static void
schedule_free (Schedule *self)
{
  g_free (self->version);
  g_free (self->acronym);
  g_free (self->title);
  g_free (self->description);
  g_free (self->start);
  g_free (self->end);
  g_free (self->zone);
  g_ptr_array_unref (self->tracks);
  g_ptr_array_unref (self->rooms);
  g_ptr_array_unref (self->days);
  g_ptr_array_unref (self->events);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Schedule, schedule_free)

static char *
iso_time (GDateTime *time)
{
  /* %:z gives the offset as +03:00, which both schemas require. */
  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%S%:z");
}

/* Lower-case ASCII words joined by dashes, for slugs. */
static char *
slugify (const char *text,
         gsize       max_length)
{
  g_autofree char *ascii = g_str_to_ascii (text, "C");
  GString *slug = g_string_new (NULL);

  for (const char *p = ascii; *p && slug->len < max_length; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);

  return g_string_free (slug, FALSE);
}

/* The format wants a short lower-case acronym: the initials of the English
 * title's main words and the year, such as "frclc_2023". */
static char *
make_acronym (LcRecord *convention)
{
  static const char *const small_words[] = { "a", "an", "and", "for", "in", "of", "on", "the", "to", NULL };
  g_autofree char *words = slugify (lc_record_get_string (convention, "title-en"), 200);
  g_auto(GStrv) parts = g_strsplit (words, "-", -1);
  GString *acronym = g_string_new (NULL);
  const char *start = lc_record_get_string (convention, "start-date");

  for (guint i = 0; parts[i] && acronym->len < 12; i++)
    if (*parts[i] && !g_strv_contains (small_words, parts[i]))
      g_string_append_c (acronym, parts[i][0]);
  if (acronym->len == 0)
    g_string_append (acronym, "lc");
  g_string_append_c (acronym, '_');
  g_string_append_len (acronym, start, MIN (strlen (start), 4));

  return g_string_free (acronym, FALSE);
}

static char *
room_name (LcExportAgenda *agenda,
           LcRecord       *room,
           LcLanguage      language)
{
  const char *name;

  if (room == NULL)
    return lc_export_clean_text (lc_l10n_pgettext (language, "room",
                                                   /* Translators: the room of agenda items that have
                                                    * none, such as field visits, in exported schedules */
                                                   NC_("room", "Other locations")));

  name = lc_record_get_text (room, "name", language, NULL);
  if (*name == '\0')
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, lc_record_get_id (room));

      return g_strdup_printf (lc_l10n_pgettext (language, "room",
                                                /* Translators: a room without a name; %s is its number */
                                                NC_("room", "Room %s")), id);
    }

  return lc_export_clean_text (name);
}

static guint
gcd (guint a,
     guint b)
{
  while (b != 0)
    {
      guint t = a % b;

      a = b;
      b = t;
    }

  return a;
}

static Event *
make_event (LcExportAgenda *agenda,
            Schedule       *schedule,
            LcRecord       *item,
            LcRecord       *room,
            GChecksum      *version)
{
  LcLanguage language = schedule->language;
  LcLanguage other = language == LC_LANGUAGE_ARABIC ? LC_LANGUAGE_ENGLISH : LC_LANGUAGE_ARABIC;
  gint64 convention_id = lc_record_get_id (agenda->convention);
  gint64 item_id = lc_record_get_id (item);
  LcItemKind kind = lc_record_get_int (item, "kind");
  GPtrArray *parts = g_hash_table_lookup (agenda->participants, &item_id);
  g_autoptr(GDateTime) start = lc_export_agenda_item_time (agenda, item, FALSE);
  g_autoptr(GDateTime) end = lc_export_agenda_item_time (agenda, item, TRUE);
  g_autofree char *title = lc_export_agenda_item_title (agenda, item, language);
  g_autofree char *other_title = lc_export_agenda_item_title (agenda, item, other);
  g_autofree char *people = lc_export_agenda_people_text (agenda, item, language);
  g_autofree char *slug_title = slugify (lc_record_get_string (item, "title-en"), 40);
  Event *event = g_new0 (Event, 1);
  gboolean fell_back = FALSE;
  const char *abstract;
  gint64 minutes;

  lc_record_get_text (item, "title", language, &fell_back);
  abstract = lc_record_get_text (item, "description", language, NULL);

  /* The schedule's duration is the real one, which differs from the
   * wall-clock one when the clocks change during the item. */
  minutes = g_date_time_difference (end, start) / G_TIME_SPAN_MINUTE;
  if (minutes <= 0)
    minutes = lc_record_get_int (item, "end-minute") - lc_record_get_int (item, "start-minute");

  event->id = item_id;
  event->guid = lc_export_item_guid (convention_id, item_id);
  event->url = g_strconcat ("urn:uuid:", event->guid, NULL);
  event->date = iso_time (start);
  event->end = iso_time (end);
  g_snprintf (event->start, sizeof event->start, "%02d:%02d",
              g_date_time_get_hour (start), g_date_time_get_minute (start));
  g_snprintf (event->duration, sizeof event->duration, "%02d:%02d",
              (int) MIN (minutes / 60, 99), (int) (minutes % 60));
  event->room = room_name (agenda, room, language);
  event->slug = g_strdup_printf ("%s-item-%" G_GINT64_FORMAT "%s%s", schedule->acronym, item_id,
                                 *slug_title ? "-" : "", slug_title);
  event->title = lc_export_clean_text (title);
  /* The title in the other language, for a bilingual audience. */
  event->subtitle = lc_export_clean_text (!fell_back && !g_str_equal (title, other_title) ? other_title : "");
  event->track = lc_export_kind_label (kind, language);
  event->type = lc_enum_to_nick (LC_TYPE_ITEM_KIND, kind);
  event->language = (language == LC_LANGUAGE_ARABIC) != fell_back ? "ar" : "en";
  event->abstract = lc_export_clean_text (abstract);
  if (*abstract != '\0' && *people != '\0')
    {
      g_autofree char *both = g_strdup_printf ("%s\n\n%s", abstract, people);

      event->description = lc_export_clean_text (both);
    }
  else
    {
      event->description = lc_export_clean_text (*people ? people : abstract);
    }
  event->persons = g_ptr_array_new_with_free_func (person_free);

  for (guint i = 0; parts && i < parts->len; i++)
    {
      LcRecord *part = g_ptr_array_index (parts, i);
      gint64 person_id = lc_record_get_int (part, "person-id");
      LcRecord *record = g_hash_table_lookup (agenda->person_by_id, &person_id);
      LcRole role = lc_record_get_int (part, "role");
      Person *person;

      if (record == NULL)
        continue;
      person = g_new0 (Person, 1);
      person->id = person_id;
      person->name = lc_export_clean_text (lc_record_get_text (record, "name", language, NULL));
      person->guid = record_uuid (convention_id, "person", person_id);
      person->role = role == LC_ROLE_MODERATOR ? "MODERATOR" : role == LC_ROLE_PRESENTER ? "HOST" : "SPEAKER";
      g_ptr_array_add (event->persons, person);
      g_checksum_update (version, (const guchar *) person->name, -1);
      g_checksum_update (version, (const guchar *) person->role, -1);
    }

  g_checksum_update (version, (const guchar *) event->date, -1);
  g_checksum_update (version, (const guchar *) event->duration, -1);
  g_checksum_update (version, (const guchar *) event->room, -1);
  g_checksum_update (version, (const guchar *) event->title, -1);
  g_checksum_update (version, (const guchar *) event->description, -1);

  return event;
}

static RoomGroup *
find_group (GPtrArray  *groups,
            const char *name)
{
  for (guint i = 0; i < groups->len; i++)
    if (g_str_equal (((RoomGroup *) g_ptr_array_index (groups, i))->name, name))
      return g_ptr_array_index (groups, i);

  return NULL;
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const RoomGroup *ga = *(RoomGroup **) a, *gb = *(RoomGroup **) b;

  return (ga->rank > gb->rank) - (ga->rank < gb->rank);
}

static RoomGroup *
group_for (GPtrArray      *groups,
           LcExportAgenda *agenda,
           LcRecord       *room,
           const char     *name)
{
  RoomGroup *group = find_group (groups, name);
  guint rank = agenda->rooms->len;

  if (group != NULL)
    return group;

  if (room != NULL)
    g_ptr_array_find (agenda->rooms, room, &rank);

  group = g_new0 (RoomGroup, 1);
  group->name = g_strdup (name);
  group->rank = rank;
  group->guid = room ? record_uuid (lc_record_get_id (agenda->convention), "room", lc_record_get_id (room))
                     : record_uuid (lc_record_get_id (agenda->convention), "room", 0);
  group->events = g_ptr_array_new ();
  g_ptr_array_add (groups, group);

  return group;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The days: every day of the convention, and any day an item falls on
 * outside them (so no item is left out of the export). */
static GPtrArray *
list_days (LcExportAgenda *agenda)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *days = lc_convention_list_days (agenda->convention);

  for (guint i = 0; i < days->len; i++)
    g_hash_table_add (seen, g_strdup (g_ptr_array_index (days, i)));

  for (guint i = 0; i < agenda->items->len; i++)
    {
      const char *date = lc_record_get_string (g_ptr_array_index (agenda->items, i), "day");

      if (!g_hash_table_contains (seen, date))
        {
          g_hash_table_add (seen, g_strdup (date));
          g_ptr_array_add (days, g_strdup (date));
        }
    }

  g_ptr_array_sort (days, compare_strings);
  return days;
}

static Schedule *
build_schedule (LcExportAgenda        *agenda,
                LcLanguage             language,
                GCancellable          *cancellable,
                LcExportProgressFunc   progress,
                gpointer               user_data,
                GError               **error)
{
  g_autoptr(Schedule) self = g_new0 (Schedule, 1);
  g_autoptr(GChecksum) version = g_checksum_new (G_CHECKSUM_SHA1);
  g_autoptr(GPtrArray) dates = list_days (agenda);
  gboolean kinds[LC_ITEM_KIND_OTHER + 1] = { FALSE, };
  guint slot = 0;

  self->language = language;
  self->tracks = g_ptr_array_new ();
  self->rooms = g_ptr_array_new_with_free_func (room_group_free);
  self->days = g_ptr_array_new_with_free_func (day_free);
  self->events = g_ptr_array_new_with_free_func (event_free);
  self->acronym = make_acronym (agenda->convention);
  self->title = lc_export_clean_text (lc_record_get_text (agenda->convention, "title", language, NULL));
  self->description = lc_export_clean_text (lc_record_get_text (agenda->convention, "slogan", language, NULL));
  self->zone = g_strdup (lc_record_get_string (agenda->convention, "time-zone"));
  self->start = g_strdup (g_ptr_array_index (dates, 0));
  self->end = g_strdup (g_ptr_array_index (dates, dates->len - 1));

  for (guint d = 0; d < dates->len; d++)
    {
      Day *day = g_new0 (Day, 1);
      g_autoptr(GDateTime) first = NULL, last = NULL;

      day->index = d + 1;
      day->date = g_strdup (g_ptr_array_index (dates, d));
      day->rooms = g_ptr_array_new_with_free_func (room_group_free);
      g_ptr_array_add (self->days, day);

      for (guint i = 0; i < agenda->items->len; i++)
        {
          LcRecord *item = g_ptr_array_index (agenda->items, i);
          gint64 room_id = lc_record_get_int (item, "room-id");
          LcRecord *room = room_id ? g_hash_table_lookup (agenda->room_by_id, &room_id) : NULL;
          g_autoptr(GDateTime) start = NULL, end = NULL;
          Event *event;

          if (!g_str_equal (lc_record_get_string (item, "day"), day->date))
            continue;

          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return NULL;
          if (progress != NULL && self->events->len % 16 == 0)
            progress (0.5 + 0.4 * self->events->len / MAX (agenda->items->len, 1), user_data);

          start = lc_export_agenda_item_time (agenda, item, FALSE);
          end = lc_export_agenda_item_time (agenda, item, TRUE);
          if (start == NULL || end == NULL)
            {
              g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                           _("The agenda item “%s” has a day or time that cannot be exported."),
                           lc_record_get_text (item, "title", language, NULL));
              return NULL;
            }

          event = make_event (agenda, self, item, room, version);
          g_ptr_array_add (self->events, event);
          g_ptr_array_add (group_for (day->rooms, agenda, room, event->room)->events, event);
          group_for (self->rooms, agenda, room, event->room);
          kinds[CLAMP (lc_record_get_int (item, "kind"), 0, LC_ITEM_KIND_OTHER)] = TRUE;

          slot = gcd (slot, lc_record_get_int (item, "start-minute"));
          slot = gcd (slot, lc_record_get_int (item, "end-minute"));
          if (first == NULL || g_date_time_compare (start, first) < 0)
            {
              g_clear_pointer (&first, g_date_time_unref);
              first = g_date_time_ref (start);
            }
          if (last == NULL || g_date_time_compare (end, last) > 0)
            {
              g_clear_pointer (&last, g_date_time_unref);
              last = g_date_time_ref (end);
            }
        }

      g_ptr_array_sort (day->rooms, compare_groups);

      /* A day without items spans the whole day. */
      if (first == NULL)
        {
          GDate date;

          lc_date_parse (day->date, &date);
          first = g_date_time_new (agenda->zone, g_date_get_year (&date), g_date_get_month (&date),
                                   g_date_get_day (&date), 0, 0, 0);
          last = g_date_time_add_days (first, 1);
          /* The day after 9999-12-31 is past what GDateTime holds. */
          if (last == NULL)
            last = g_date_time_add_full (first, 0, 0, 0, 23, 59, 59);
        }
      day->start = iso_time (first);
      day->end = iso_time (last);
    }

  g_ptr_array_sort (self->rooms, compare_groups);
  for (int kind = 0; kind <= LC_ITEM_KIND_OTHER; kind++)
    if (kinds[kind])
      g_ptr_array_add (self->tracks, GINT_TO_POINTER (kind));

  /* The smallest step every item's start and end fall on, within reason. */
  slot = slot == 0 ? 15 : CLAMP (slot, 5, 60);
  g_snprintf (self->timeslot, sizeof self->timeslot, "%02u:%02u", slot / 60, slot % 60);
  self->version = g_strndup (g_checksum_get_string (version), 12);

  return g_steal_pointer (&self);
}

static Schedule *
load_schedule (LcStore               *store,
               gint64                 convention_id,
               LcLanguage             language,
               GCancellable          *cancellable,
               LcExportProgressFunc   progress,
               gpointer               user_data,
               GError               **error)
{
  g_autoptr(LcExportAgenda) agenda = lc_export_agenda_load (store, convention_id, cancellable,
                                                            progress, user_data, error);

  if (agenda == NULL)
    return NULL;

  return build_schedule (agenda, language, cancellable, progress, user_data, error);
}

/* Each libxml2 writer call returns a negative number on failure. */
#define W(call) G_STMT_START { if ((call) < 0) goto failed; } G_STMT_END
#define X(s) ((const xmlChar *) (s))

static int
write_element (xmlTextWriterPtr  writer,
               const char       *name,
               const char       *text)
{
  return xmlTextWriterWriteElement (writer, X (name), X (text));
}

static char *
write_xml (Schedule  *schedule,
           gsize     *length,
           GError   **error)
{
  xmlBufferPtr buffer = xmlBufferCreate ();
  xmlTextWriterPtr writer = xmlNewTextWriterMemory (buffer, 0);
  g_autofree char *days = g_strdup_printf ("%u", schedule->days->len);
  char *result = NULL;

  if (writer == NULL)
    goto failed;

  W (xmlTextWriterSetIndent (writer, 1));
  W (xmlTextWriterSetIndentString (writer, X ("  ")));
  W (xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL));
  W (xmlTextWriterStartElement (writer, X ("schedule")));

  W (xmlTextWriterStartElement (writer, X ("generator")));
  W (xmlTextWriterWriteAttribute (writer, X ("name"), X ("learning-cities")));
  W (xmlTextWriterWriteAttribute (writer, X ("version"), X (PACKAGE_VERSION)));
  W (xmlTextWriterEndElement (writer));
  W (write_element (writer, "version", schedule->version));

  W (xmlTextWriterStartElement (writer, X ("conference")));
  W (write_element (writer, "acronym", schedule->acronym));
  W (write_element (writer, "title", schedule->title));
  W (write_element (writer, "start", schedule->start));
  W (write_element (writer, "end", schedule->end));
  W (write_element (writer, "days", days));
  W (write_element (writer, "timeslot_duration", schedule->timeslot));
  W (write_element (writer, "time_zone_name", schedule->zone));
  for (guint i = 0; i < schedule->tracks->len; i++)
    {
      LcItemKind kind = GPOINTER_TO_INT (g_ptr_array_index (schedule->tracks, i));

      W (xmlTextWriterStartElement (writer, X ("track")));
      W (xmlTextWriterWriteAttribute (writer, X ("name"), X (lc_export_kind_label (kind, schedule->language))));
      W (xmlTextWriterWriteAttribute (writer, X ("slug"), X (lc_enum_to_nick (LC_TYPE_ITEM_KIND, kind))));
      W (xmlTextWriterEndElement (writer));
    }
  W (xmlTextWriterEndElement (writer));

  for (guint d = 0; d < schedule->days->len; d++)
    {
      Day *day = g_ptr_array_index (schedule->days, d);
      g_autofree char *index = g_strdup_printf ("%u", day->index);

      W (xmlTextWriterStartElement (writer, X ("day")));
      W (xmlTextWriterWriteAttribute (writer, X ("index"), X (index)));
      W (xmlTextWriterWriteAttribute (writer, X ("date"), X (day->date)));
      W (xmlTextWriterWriteAttribute (writer, X ("start"), X (day->start)));
      W (xmlTextWriterWriteAttribute (writer, X ("end"), X (day->end)));

      for (guint r = 0; r < day->rooms->len; r++)
        {
          RoomGroup *room = g_ptr_array_index (day->rooms, r);

          W (xmlTextWriterStartElement (writer, X ("room")));
          W (xmlTextWriterWriteAttribute (writer, X ("name"), X (room->name)));
          W (xmlTextWriterWriteAttribute (writer, X ("guid"), X (room->guid)));

          for (guint e = 0; e < room->events->len; e++)
            {
              Event *event = g_ptr_array_index (room->events, e);
              g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, event->id);

              W (xmlTextWriterStartElement (writer, X ("event")));
              W (xmlTextWriterWriteAttribute (writer, X ("guid"), X (event->guid)));
              W (xmlTextWriterWriteAttribute (writer, X ("id"), X (id)));
              W (write_element (writer, "room", event->room));
              W (write_element (writer, "title", event->title));
              W (write_element (writer, "subtitle", event->subtitle));
              W (write_element (writer, "type", event->type));
              W (write_element (writer, "date", event->date));
              W (write_element (writer, "start", event->start));
              W (write_element (writer, "duration", event->duration));
              W (write_element (writer, "abstract", event->abstract));
              W (write_element (writer, "slug", event->slug));
              W (write_element (writer, "track", event->track));
              W (xmlTextWriterStartElement (writer, X ("persons")));
              for (guint p = 0; p < event->persons->len; p++)
                {
                  Person *person = g_ptr_array_index (event->persons, p);
                  g_autofree char *person_id = g_strdup_printf ("%" G_GINT64_FORMAT, person->id);

                  /* The XML schema has no attribute for a person's role:
                   * moderators are named in the description. */
                  W (xmlTextWriterStartElement (writer, X ("person")));
                  W (xmlTextWriterWriteAttribute (writer, X ("id"), X (person_id)));
                  W (xmlTextWriterWriteAttribute (writer, X ("guid"), X (person->guid)));
                  W (xmlTextWriterWriteString (writer, X (person->name)));
                  W (xmlTextWriterEndElement (writer));
                }
              W (xmlTextWriterEndElement (writer));
              W (write_element (writer, "language", event->language));
              W (write_element (writer, "description", event->description));
              W (xmlTextWriterEndElement (writer));
            }

          W (xmlTextWriterEndElement (writer));
        }

      W (xmlTextWriterEndElement (writer));
    }

  W (xmlTextWriterEndDocument (writer));
  xmlFreeTextWriter (writer);
  writer = NULL;

  *length = xmlBufferLength (buffer);
  result = g_strndup ((const char *) xmlBufferContent (buffer), *length);
  xmlBufferFree (buffer);
  return result;

failed:
  if (writer != NULL)
    xmlFreeTextWriter (writer);
  xmlBufferFree (buffer);
  g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
               _("The schedule could not be written as XML."));
  return NULL;
}

#undef W
#undef X

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_event_json (JsonBuilder *builder,
                Event       *event)
{
  json_builder_begin_object (builder);
  add_string (builder, "guid", event->guid);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, event->id);
  add_string (builder, "date", event->date);
  add_string (builder, "start", event->start);
  add_string (builder, "end", event->end);
  add_string (builder, "duration", event->duration);
  add_string (builder, "room", event->room);
  add_string (builder, "slug", event->slug);
  /* Required by the schema; the agenda has no web page, so the URL names
   * the event's guid. */
  add_string (builder, "url", event->url);
  add_string (builder, "title", event->title);
  add_string (builder, "subtitle", event->subtitle);
  add_string (builder, "track", event->track);
  add_string (builder, "type", event->type);
  add_string (builder, "language", event->language);
  add_string (builder, "abstract", event->abstract);
  add_string (builder, "description", event->description);

  json_builder_set_member_name (builder, "persons");
  json_builder_begin_array (builder);
  for (guint p = 0; p < event->persons->len; p++)
    {
      Person *person = g_ptr_array_index (event->persons, p);

      /* A frab person (id and public_name); "role" is not in schedule v1
       * but is allowed there, and uses schedule2's values. */
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, person->id);
      add_string (builder, "guid", person->guid);
      add_string (builder, "public_name", person->name);
      add_string (builder, "role", person->role);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "links");
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "attachments");
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static char *
write_json (Schedule *schedule,
            gsize    *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  add_string (builder, "$schema", "https://c3voc.de/schedule/schema.json");
  json_builder_set_member_name (builder, "generator");
  json_builder_begin_object (builder);
  add_string (builder, "name", "learning-cities");
  add_string (builder, "version", PACKAGE_VERSION);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "schedule");
  json_builder_begin_object (builder);
  add_string (builder, "version", schedule->version);
  json_builder_set_member_name (builder, "conference");
  json_builder_begin_object (builder);
  add_string (builder, "acronym", schedule->acronym);
  add_string (builder, "title", schedule->title);
  if (*schedule->description != '\0')
    add_string (builder, "description", schedule->description);
  add_string (builder, "start", schedule->start);
  add_string (builder, "end", schedule->end);
  json_builder_set_member_name (builder, "daysCount");
  json_builder_add_int_value (builder, schedule->days->len);
  add_string (builder, "timeslot_duration", schedule->timeslot);
  /* The JSON schema only admits Area/City names and UTC. */
  if (g_regex_match_simple ("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$", schedule->zone, 0, 0))
    add_string (builder, "time_zone_name", schedule->zone);

  json_builder_set_member_name (builder, "tracks");
  json_builder_begin_array (builder);
  for (guint i = 0; i < schedule->tracks->len; i++)
    {
      LcItemKind kind = GPOINTER_TO_INT (g_ptr_array_index (schedule->tracks, i));

      json_builder_begin_object (builder);
      add_string (builder, "name", lc_export_kind_label (kind, schedule->language));
      add_string (builder, "slug", lc_enum_to_nick (LC_TYPE_ITEM_KIND, kind));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "rooms");
  json_builder_begin_array (builder);
  for (guint i = 0; i < schedule->rooms->len; i++)
    {
      RoomGroup *room = g_ptr_array_index (schedule->rooms, i);

      json_builder_begin_object (builder);
      add_string (builder, "name", room->name);
      add_string (builder, "guid", room->guid);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "days");
  json_builder_begin_array (builder);
  for (guint d = 0; d < schedule->days->len; d++)
    {
      Day *day = g_ptr_array_index (schedule->days, d);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "index");
      json_builder_add_int_value (builder, day->index);
      add_string (builder, "date", day->date);
      add_string (builder, "day_start", day->start);
      add_string (builder, "day_end", day->end);
      json_builder_set_member_name (builder, "rooms");
      json_builder_begin_object (builder);
      for (guint r = 0; r < day->rooms->len; r++)
        {
          RoomGroup *room = g_ptr_array_index (day->rooms, r);

          json_builder_set_member_name (builder, room->name);
          json_builder_begin_array (builder);
          for (guint e = 0; e < room->events->len; e++)
            add_event_json (builder, g_ptr_array_index (room->events, e));
          json_builder_end_array (builder);
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);  /* conference */
  json_builder_end_object (builder);  /* schedule */
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, length);
}

/**
 * lc_export_schedule_xml_data:
 * @store: a library, used by no other thread while this runs
 * @convention_id: the convention to export
 * @language: the language of titles, rooms and descriptions
 * @length: (out) (optional): the length of the result
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope call): called now and then with the fraction done
 * @user_data: data for @progress
 * @error: return location for a #GError
 *
 * Writes the convention's agenda in the conference schedule XML format
 * (frab / c3voc "schedule.xml"): the conference, its days, and in each day
 * the rooms with their events and persons. An event's title is in
 * @language (the other language when that one is empty) and its subtitle
 * is the title in the other language; its track is the item's kind; its
 * description names the moderators, speakers and presenters.
 *
 * Returns: (transfer full) (nullable): the document in UTF-8
 */
char *
lc_export_schedule_xml_data (LcStore               *store,
                             gint64                 convention_id,
                             LcLanguage             language,
                             gsize                 *length,
                             GCancellable          *cancellable,
                             LcExportProgressFunc   progress,
                             gpointer               user_data,
                             GError               **error)
{
  g_autoptr(Schedule) schedule = load_schedule (store, convention_id, language, cancellable,
                                                progress, user_data, error);
  gsize local_length;

  if (schedule == NULL)
    return NULL;

  return write_xml (schedule, length ? length : &local_length, error);
}

/**
 * lc_export_schedule_json_data:
 * @store: a library, used by no other thread while this runs
 * @convention_id: the convention to export
 * @language: the language of titles, rooms and descriptions
 * @length: (out) (optional): the length of the result
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope call): called now and then with the fraction done
 * @user_data: data for @progress
 * @error: return location for a #GError
 *
 * Like lc_export_schedule_xml_data(), in the format's JSON form
 * ("schedule.json"). Each person of an event also has a "role":
 * "MODERATOR", "SPEAKER" or, for a presenter, "HOST" (the values of the
 * format's schedule2 draft).
 *
 * Returns: (transfer full) (nullable): the document in UTF-8
 */
char *
lc_export_schedule_json_data (LcStore               *store,
                              gint64                 convention_id,
                              LcLanguage             language,
                              gsize                 *length,
                              GCancellable          *cancellable,
                              LcExportProgressFunc   progress,
                              gpointer               user_data,
                              GError               **error)
{
  g_autoptr(Schedule) schedule = load_schedule (store, convention_id, language, cancellable,
                                                progress, user_data, error);

  if (schedule == NULL)
    return NULL;

  return write_json (schedule, length);
}

typedef char *(*DataFunc) (LcStore *, gint64, LcLanguage, gsize *, GCancellable *,
                           LcExportProgressFunc, gpointer, GError **);

static gboolean
export_file (DataFunc               func,
             LcStore               *store,
             gint64                 convention_id,
             LcLanguage             language,
             const char            *path,
             GCancellable          *cancellable,
             LcExportProgressFunc   progress,
             gpointer               user_data,
             GError               **error)
{
  gsize length = 0;
  g_autofree char *data = func (store, convention_id, language, &length, cancellable,
                                progress, user_data, error);

  if (data == NULL || !lc_export_write_file (path, data, length, cancellable, error))
    return FALSE;

  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;
}

/**
 * lc_export_schedule_xml_file:
 * @store: a library, used by no other thread while this runs
 * @convention_id: the convention to export
 * @language: the language of the text
 * @path: the file to write (replaced atomically)
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope call): called now and then with the fraction done
 * @user_data: data for @progress
 * @error: return location for a #GError
 *
 * Writes lc_export_schedule_xml_data() to @path.
 *
 * Returns: %TRUE on success; on failure or cancellation @path is untouched
 */
gboolean
lc_export_schedule_xml_file (LcStore               *store,
                             gint64                 convention_id,
                             LcLanguage             language,
                             const char            *path,
                             GCancellable          *cancellable,
                             LcExportProgressFunc   progress,
                             gpointer               user_data,
                             GError               **error)
{
  return export_file (lc_export_schedule_xml_data, store, convention_id, language, path,
                      cancellable, progress, user_data, error);
}

/**
 * lc_export_schedule_json_file:
 * @store: a library, used by no other thread while this runs
 * @convention_id: the convention to export
 * @language: the language of the text
 * @path: the file to write (replaced atomically)
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope call): called now and then with the fraction done
 * @user_data: data for @progress
 * @error: return location for a #GError
 *
 * Writes lc_export_schedule_json_data() to @path.
 *
 * Returns: %TRUE on success; on failure or cancellation @path is untouched
 */
gboolean
lc_export_schedule_json_file (LcStore               *store,
                              gint64                 convention_id,
                              LcLanguage             language,
                              const char            *path,
                              GCancellable          *cancellable,
                              LcExportProgressFunc   progress,
                              gpointer               user_data,
                              GError               **error)
{
  return export_file (lc_export_schedule_json_data, store, convention_id, language, path,
                      cancellable, progress, user_data, error);
}

/**
 * lc_export_cli_language:
 * @ctx: the command's context
 * @language: (out): the language asked for with --language, or the user's
 * @error: return location for a #GError
 *
 * Returns: %FALSE when --language names neither ar nor en
 */
gboolean
lc_export_cli_language (LcCliContext  *ctx,
                        LcLanguage    *language,
                        GError       **error)
{
  const char *name = lc_cli_get_string (ctx, "language");

  if (name == NULL)
    {
      *language = lc_l10n_language_from_environment ();
      return TRUE;
    }

  if (!lc_export_language_from_string (name, language))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("“%s” is not a language of this export: use ar or en."), name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_path (const char  *path,
            const char  *option,
            GError     **error)
{
  if (path != NULL && *path != '\0')
    return TRUE;

  g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
               _("Give the file to write: --%s=FILE."), option);
  return FALSE;
}

/**
 * lc_export_cli_schedule_xml:
 * @ctx: the command's context
 * @path: the file to write
 * @error: return location for a #GError
 *
 * The command line's --export-schedule-xml, with --language.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_export_cli_schedule_xml (LcCliContext  *ctx,
                            const char    *path,
                            GError       **error)
{
  LcLanguage language;

  if (!lc_export_cli_language (ctx, &language, error) || !check_path (path, "export-schedule-xml", error))
    return FALSE;

  return lc_export_schedule_xml_file (ctx->store, ctx->convention_id, language, path,
                                      NULL, NULL, NULL, error);
}

/**
 * lc_export_cli_schedule_json:
 * @ctx: the command's context
 * @path: the file to write
 * @error: return location for a #GError
 *
 * The command line's --export-schedule-json, with --language.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_export_cli_schedule_json (LcCliContext  *ctx,
                             const char    *path,
                             GError       **error)
{
  LcLanguage language;

  if (!lc_export_cli_language (ctx, &language, error) || !check_path (path, "export-schedule-json", error))
    return FALSE;

  return lc_export_schedule_json_file (ctx->store, ctx->convention_id, language, path,
                                       NULL, NULL, NULL, error);
}
