/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>

#include "lc-export-schedule-private.h"

/* The schedule as "schedule.json", built with json-glib. */

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
      /* The schedule format's person may carry pretalx's "biography". */
      if (*person->biography != '\0')
        add_string (builder, "biography", person->biography);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "links");
  json_builder_begin_array (builder);
  if (*event->online_url != '\0')
    {
      json_builder_begin_object (builder);
      add_string (builder, "type", "web");
      add_string (builder, "url", event->online_url);
      add_string (builder, "title", event->online_title);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "attachments");
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* Writes @schedule as the format's JSON; the length goes to *@length. */
char *
lc_export_schedule_write_json (Schedule *schedule,
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
      ScheduleTrack *track = g_ptr_array_index (schedule->tracks, i);

      json_builder_begin_object (builder);
      add_string (builder, "name", track->name);
      add_string (builder, "slug", track->slug);
      if (track->color != NULL)
        add_string (builder, "color", track->color);
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
      if (room->online_only)
        add_string (builder, "type", "online");
      if (*room->description != '\0')
        add_string (builder, "description", room->description);
      if (room->capacity > 0)
        {
          json_builder_set_member_name (builder, "capacity");
          json_builder_add_int_value (builder, room->capacity);
        }
      if (*room->url != '\0')
        add_string (builder, "url", room->url);
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
