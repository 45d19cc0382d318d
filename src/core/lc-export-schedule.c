/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-convention-check.h"
#include "lc-error.h"
#include "lc-export-schedule-private.h"
#include "lc-places.h"
#include "lc-room-details.h"
#include "lc-l10n.h"
#include "lc-tracks.h"

/* The conference schedule format read by attendee apps (Giggity,
 * EventFahrplan, ConfClerk, engelsystem): days, rooms and events with their
 * people. Written with libxml2 and json-glib, checked by the tests against
 * the format's XML Schema and JSON Schema. */


static void
person_free (gpointer data)
{
  Person *person = data;

  g_free (person->name);
  g_free (person->guid);
  g_free (person->biography);
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
  g_free (event->track);
  g_free (event->url);
  g_free (event->title);
  g_free (event->subtitle);
  g_free (event->abstract);
  g_free (event->description);
  g_free (event->online_url);
  g_ptr_array_unref (event->persons);
  g_free (event);
}

static void
room_group_free (gpointer data)
{
  RoomGroup *group = data;

  g_free (group->name);
  g_free (group->guid);
  g_free (group->description);
  g_free (group->url);
  g_ptr_array_unref (group->events);
  g_free (group);
}

static void
schedule_track_free (gpointer data)
{
  ScheduleTrack *track = data;

  g_free (track->name);
  g_free (track->slug);
  g_free (track->color);
  g_free (track);
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

void
lc_export_schedule_free (Schedule *self)
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
 * title's main words and the year, such as "frclc_2023". A convention
 * without an English title has no initials: the beginning of its identity
 * tells it from every other convention of the year, "lc_2025_0f8c6d2e". */
static char *
make_acronym (LcExportAgenda *agenda)
{
  LcRecord *convention = agenda->convention;
  static const char *const small_words[] = { "a", "an", "and", "for", "in", "of", "on", "the", "to", NULL };
  g_autofree char *words = slugify (lc_record_get_string (convention, "title-en"), 200);
  g_auto(GStrv) parts = g_strsplit (words, "-", -1);
  GString *acronym = g_string_new (NULL);
  const char *start = lc_record_get_string (convention, "start-date");
  gboolean initials;

  for (guint i = 0; parts[i] && acronym->len < 12; i++)
    if (*parts[i] && !g_strv_contains (small_words, parts[i]))
      g_string_append_c (acronym, parts[i][0]);
  initials = acronym->len > 0;
  if (!initials)
    g_string_append (acronym, "lc");
  g_string_append_c (acronym, '_');
  g_string_append_len (acronym, start, MIN (strlen (start), 4));
  if (!initials)
    g_string_append_printf (acronym, "_%.8s", lc_export_agenda_uid (agenda, "convention", 0));

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
  gint64 item_id = lc_record_get_id (item);
  LcItemKind kind = lc_record_get_int (item, "kind");
  GPtrArray *parts = g_hash_table_lookup (agenda->participants, &item_id);
  g_autoptr(GDateTime) start = lc_export_agenda_item_time (agenda, item, FALSE);
  g_autoptr(GDateTime) end = lc_export_agenda_item_time (agenda, item, TRUE);
  LcLanguage own = lc_export_item_language (item, language);
  g_autofree char *title = lc_export_agenda_item_title (agenda, item, own);
  g_autofree char *other_title = lc_export_agenda_item_title (agenda, item, other);
  g_autofree char *people = lc_export_agenda_people_text (agenda, item, own);
  g_autofree char *slug_title = slugify (lc_record_get_string (item, "title-en"), 40);
  Event *event = g_new0 (Event, 1);
  gboolean fell_back = own != language;
  LcRecord *track;
  const char *abstract;
  gint64 minutes;

  abstract = lc_record_get_text (item, "description", own, NULL);

  /* The schedule's duration is the real one, which differs from the
   * wall-clock one when the clocks change during the item. */
  minutes = g_date_time_difference (end, start) / G_TIME_SPAN_MINUTE;
  if (minutes <= 0)
    minutes = lc_record_get_int (item, "end-minute") - lc_record_get_int (item, "start-minute");

  event->id = lc_export_agenda_number (agenda, "item", item_id);
  event->guid = g_strdup (lc_export_agenda_uid (agenda, "item", item_id));
  event->url = g_strconcat ("urn:uuid:", event->guid, NULL);
  event->date = iso_time (start);
  event->end = iso_time (end);
  g_snprintf (event->start, sizeof event->start, "%02d:%02d",
              g_date_time_get_hour (start), g_date_time_get_minute (start));
  g_snprintf (event->duration, sizeof event->duration, "%02d:%02d",
              (int) MIN (minutes / 60, 99), (int) (minutes % 60));
  event->room = room_name (agenda, room, language);
  event->slug = g_strdup_printf ("%s-item-%" G_GINT64_FORMAT "%s%s", schedule->acronym, event->id,
                                 *slug_title ? "-" : "", slug_title);
  event->title = lc_export_clean_text (title);
  /* The title in the other language, for a bilingual audience. */
  event->subtitle = lc_export_clean_text (!fell_back && !g_str_equal (title, other_title) ? other_title : "");
  track = lc_export_agenda_item_track (agenda, item);
  event->track = g_strdup (track ? lc_record_get_text (track, "name", language, NULL)
                                 : lc_export_kind_label (kind, language));
  event->type = lc_enum_to_nick (LC_TYPE_ITEM_KIND, kind);
  event->language = own == LC_LANGUAGE_ARABIC ? "ar" : "en";
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
  /* The format's place for it is the event's links. */
  event->online_url = g_strdup (lc_item_get_effective_url (item, LC_IS_ROOM (room) ? room : NULL, NULL));
  event->online_title = lc_l10n_pgettext (language, "schedule",
                                          /* Translators: the title of an agenda item's meeting link
                                           * in an exported schedule */
                                          NC_("schedule", "Join online"));

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
      person->id = lc_export_agenda_number (agenda, "person", person_id);
      person->name = lc_export_clean_text (lc_record_get_text (record, "name", language, NULL));
      person->guid = g_strdup (lc_export_agenda_uid (agenda, "person", person_id));
      person->biography = lc_export_clean_text (lc_record_get_text (record, "bio", language, NULL));
      person->role = role == LC_ROLE_MODERATOR ? "MODERATOR" : role == LC_ROLE_PRESENTER ? "HOST" : "SPEAKER";
      g_ptr_array_add (event->persons, person);
      g_checksum_update (version, (const guchar *) person->name, -1);
      g_checksum_update (version, (const guchar *) person->role, -1);
      g_checksum_update (version, (const guchar *) person->biography, -1);
    }

  g_checksum_update (version, (const guchar *) event->date, -1);
  g_checksum_update (version, (const guchar *) event->duration, -1);
  g_checksum_update (version, (const guchar *) event->room, -1);
  g_checksum_update (version, (const guchar *) event->title, -1);
  g_checksum_update (version, (const guchar *) event->description, -1);
  g_checksum_update (version, (const guchar *) event->online_url, -1);

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
           const char     *name,
           LcLanguage      language)
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
  if (room != NULL)
    group->guid = g_strdup (lc_export_agenda_uid (agenda, LC_IS_PLACE (room) ? "place" : "room",
                                                  lc_record_get_id (room)));
  else
    {
      /* Items without a room: named after the convention, like its rooms. */
      g_autofree char *urn = g_strdup_printf ("urn:%s:convention:%s:no-room", APPLICATION_ID,
                                              lc_export_agenda_uid (agenda, "convention", 0));

      group->guid = lc_export_uuid_v5 (urn);
    }
  /* What the JSON format has a place for (the XML's room has none). */
  group->description = g_strdup ("");
  group->url = g_strdup ("");
  if (LC_IS_PLACE (room))
    {
      /* An off-site place, after the rooms: its address says where. */
      g_free (group->description);
      group->description = lc_export_clean_text (lc_record_get_text (room, "address", language, NULL));
    }
  else if (room != NULL)
    {
      g_free (group->description);
      g_free (group->url);
      group->capacity = lc_room_get_capacity (LC_ROOM (room));
      group->description = lc_export_clean_text (lc_record_get_text (room, "location", language, NULL));
      group->online_only = lc_room_get_online_only (LC_ROOM (room));
      group->url = g_strdup (lc_room_get_online_url (LC_ROOM (room)));
    }
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
  g_autoptr(GHashTable) used_tracks = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint slot = 0;

  self->language = language;
  self->tracks = g_ptr_array_new_with_free_func (schedule_track_free);
  self->rooms = g_ptr_array_new_with_free_func (room_group_free);
  self->days = g_ptr_array_new_with_free_func (day_free);
  self->events = g_ptr_array_new_with_free_func (event_free);
  self->acronym = make_acronym (agenda);
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

          /* A field visit's place is its room in the schedule, the one
           * place the formats have for where an event is. */
          if (room == NULL)
            room = lc_export_agenda_item_place (agenda, item);
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
          g_ptr_array_add (group_for (day->rooms, agenda, room, event->room, self->language)->events, event);
          group_for (self->rooms, agenda, room, event->room, self->language);
          if (lc_export_agenda_item_track (agenda, item) != NULL)
            g_hash_table_add (used_tracks, lc_export_agenda_item_track (agenda, item));
          else
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
  for (guint i = 0; i < agenda->tracks->len; i++)
    {
      LcRecord *track = g_ptr_array_index (agenda->tracks, i);
      ScheduleTrack *entry;

      if (!g_hash_table_contains (used_tracks, track))
        continue;
      entry = g_new0 (ScheduleTrack, 1);
      entry->name = g_strdup (lc_record_get_text (track, "name", language, NULL));
      /* Named by the track's identity, which stays when it is renamed. */
      entry->slug = g_strdup_printf ("track-%.8s", lc_export_agenda_uid (agenda, "track", lc_record_get_id (track)));
      entry->color = g_strdup (lc_track_get_colour (LC_TRACK (track)));
      g_ptr_array_add (self->tracks, entry);
    }
  for (int kind = 0; kind <= LC_ITEM_KIND_OTHER; kind++)
    if (kinds[kind])
      {
        ScheduleTrack *entry = g_new0 (ScheduleTrack, 1);

        entry->name = g_strdup (lc_export_kind_label (kind, language));
        entry->slug = g_strdup (lc_enum_to_nick (LC_TYPE_ITEM_KIND, kind));
        g_ptr_array_add (self->tracks, entry);
      }

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

  return lc_export_schedule_write_xml (schedule, length ? length : &local_length, error);
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

  return lc_export_schedule_write_json (schedule, length);
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
