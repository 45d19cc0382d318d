/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-export-schedule-private.h"
#include "lc-json-writer.h"

/* The schedule as "schedule.json", written as it is made, in the bytes
 * json-glib's generator wrote (lc-json-writer.c). */

static void
add_string (LcJsonWriter *json,
            const char   *name,
            const char   *value)
{
  lc_json_writer_set_member_name (json, name);
  lc_json_writer_add_string_value (json, value);
}

static void
add_event_json (LcJsonWriter *json,
                Event        *event)
{
  lc_json_writer_begin_object (json);
  add_string (json, "guid", event->guid);
  lc_json_writer_set_member_name (json, "id");
  lc_json_writer_add_int_value (json, event->id);
  add_string (json, "date", event->date);
  add_string (json, "start", event->start);
  add_string (json, "end", event->end);
  add_string (json, "duration", event->duration);
  add_string (json, "room", event->room);
  add_string (json, "slug", event->slug);
  /* Required by the schema; the agenda has no web page, so the URL names
   * the event's guid. */
  add_string (json, "url", event->url);
  add_string (json, "title", event->title);
  add_string (json, "subtitle", event->subtitle);
  add_string (json, "track", event->track);
  add_string (json, "type", event->type);
  add_string (json, "language", event->language);
  add_string (json, "abstract", event->abstract);
  add_string (json, "description", event->description);

  lc_json_writer_set_member_name (json, "persons");
  lc_json_writer_begin_array (json);
  for (guint p = 0; p < event->persons->len; p++)
    {
      Person *person = g_ptr_array_index (event->persons, p);

      /* A frab person (id and public_name); "role" is not in schedule v1
       * but is allowed there, and uses schedule2's values. */
      lc_json_writer_begin_object (json);
      lc_json_writer_set_member_name (json, "id");
      lc_json_writer_add_int_value (json, person->id);
      add_string (json, "guid", person->guid);
      add_string (json, "public_name", person->name);
      add_string (json, "role", person->role);
      /* The schedule format's person may carry pretalx's "biography". */
      if (*person->biography != '\0')
        add_string (json, "biography", person->biography);
      lc_json_writer_end_object (json);
    }
  lc_json_writer_end_array (json);

  lc_json_writer_set_member_name (json, "links");
  lc_json_writer_begin_array (json);
  if (*event->online_url != '\0')
    {
      lc_json_writer_begin_object (json);
      add_string (json, "type", "web");
      add_string (json, "url", event->online_url);
      add_string (json, "title", event->online_title);
      lc_json_writer_end_object (json);
    }
  lc_json_writer_end_array (json);
  lc_json_writer_set_member_name (json, "attachments");
  lc_json_writer_begin_array (json);
  lc_json_writer_end_array (json);
  lc_json_writer_end_object (json);
}

/* Writes @schedule as the format's JSON; the length goes to *@length. */
char *
lc_export_schedule_write_json (Schedule *schedule,
                               gsize    *length)
{
  LcJsonWriter *json = lc_json_writer_new ();

  lc_json_writer_begin_object (json);
  add_string (json, "$schema", "https://c3voc.de/schedule/schema.json");
  lc_json_writer_set_member_name (json, "generator");
  lc_json_writer_begin_object (json);
  add_string (json, "name", "learning-cities");
  add_string (json, "version", PACKAGE_VERSION);
  lc_json_writer_end_object (json);

  lc_json_writer_set_member_name (json, "schedule");
  lc_json_writer_begin_object (json);
  add_string (json, "version", schedule->version);
  lc_json_writer_set_member_name (json, "conference");
  lc_json_writer_begin_object (json);
  add_string (json, "acronym", schedule->acronym);
  add_string (json, "title", schedule->title);
  if (*schedule->description != '\0')
    add_string (json, "description", schedule->description);
  add_string (json, "start", schedule->start);
  add_string (json, "end", schedule->end);
  lc_json_writer_set_member_name (json, "daysCount");
  lc_json_writer_add_int_value (json, schedule->days->len);
  add_string (json, "timeslot_duration", schedule->timeslot);
  /* The JSON schema only admits Area/City names and UTC. */
  if (g_regex_match_simple ("^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$", schedule->zone, 0, 0))
    add_string (json, "time_zone_name", schedule->zone);

  lc_json_writer_set_member_name (json, "tracks");
  lc_json_writer_begin_array (json);
  for (guint i = 0; i < schedule->tracks->len; i++)
    {
      ScheduleTrack *track = g_ptr_array_index (schedule->tracks, i);

      lc_json_writer_begin_object (json);
      add_string (json, "name", track->name);
      add_string (json, "slug", track->slug);
      if (track->color != NULL)
        add_string (json, "color", track->color);
      lc_json_writer_end_object (json);
    }
  lc_json_writer_end_array (json);

  lc_json_writer_set_member_name (json, "rooms");
  lc_json_writer_begin_array (json);
  for (guint i = 0; i < schedule->rooms->len; i++)
    {
      RoomGroup *room = g_ptr_array_index (schedule->rooms, i);

      lc_json_writer_begin_object (json);
      add_string (json, "name", room->name);
      add_string (json, "guid", room->guid);
      if (room->online_only)
        add_string (json, "type", "online");
      if (*room->description != '\0')
        add_string (json, "description", room->description);
      if (room->capacity > 0)
        {
          lc_json_writer_set_member_name (json, "capacity");
          lc_json_writer_add_int_value (json, room->capacity);
        }
      if (*room->url != '\0')
        add_string (json, "url", room->url);
      lc_json_writer_end_object (json);
    }
  lc_json_writer_end_array (json);

  lc_json_writer_set_member_name (json, "days");
  lc_json_writer_begin_array (json);
  for (guint d = 0; d < schedule->days->len; d++)
    {
      Day *day = g_ptr_array_index (schedule->days, d);

      lc_json_writer_begin_object (json);
      lc_json_writer_set_member_name (json, "index");
      lc_json_writer_add_int_value (json, day->index);
      add_string (json, "date", day->date);
      add_string (json, "day_start", day->start);
      add_string (json, "day_end", day->end);
      lc_json_writer_set_member_name (json, "rooms");
      lc_json_writer_begin_object (json);
      for (guint r = 0; r < day->rooms->len; r++)
        {
          RoomGroup *room = g_ptr_array_index (day->rooms, r);

          lc_json_writer_set_member_name (json, room->name);
          lc_json_writer_begin_array (json);
          for (guint e = 0; e < room->events->len; e++)
            add_event_json (json, g_ptr_array_index (room->events, e));
          lc_json_writer_end_array (json);
        }
      lc_json_writer_end_object (json);
      lc_json_writer_end_object (json);
    }
  lc_json_writer_end_array (json);

  lc_json_writer_end_object (json);  /* conference */
  lc_json_writer_end_object (json);  /* schedule */
  lc_json_writer_end_object (json);

  return lc_json_writer_free_to_data (json, length);
}
