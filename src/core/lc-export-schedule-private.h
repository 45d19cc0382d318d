/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-export-schedule.h"

G_BEGIN_DECLS

/* The schedule, computed once and written as XML or JSON. */

typedef struct
{
  gint64  id;
  char   *name;
  char   *guid;
  const char *role;   /* schedule2's vocabulary: MODERATOR, SPEAKER, HOST */
  char   *biography;  /* people (issue 12): "" for none; JSON only, as pretalx names it */
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
  char      *track;
  const char *type;
  const char *language;
  char      *abstract;
  char      *description;
  GPtrArray *persons;
  char      *online_url;   /* the link to join online, or "" */
  const char *online_title; /* what the link is, in the schedule's language */
} Event;

typedef struct
{
  char      *name;
  char      *guid;
  guint      rank;     /* the room's place in the convention's order */
  GPtrArray *events;   /* Event, not owned */
  int        capacity;     /* 0 when not known */
  char      *description;  /* where the room is, or "" */
  gboolean   online_only;
  char      *url;          /* its meeting link, or "" */
} RoomGroup;

/* An item's track in the schedule: its track (theme) when it has one, else
 * its kind, as before tracks existed. */
typedef struct
{
  char       *name;
  char       *slug;
  char       *color;   /* "#rrggbb", or NULL for a kind */
} ScheduleTrack;

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
  GPtrArray *tracks;   /* ScheduleTrack: the convention's, then kinds of items with none */
  GPtrArray *rooms;    /* RoomGroup for the conference's list, events unused */
  GPtrArray *days;     /* Day */
  GPtrArray *events;   /* Event */
} Schedule;

void  lc_export_schedule_free       (Schedule  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Schedule, lc_export_schedule_free)

char *lc_export_schedule_write_xml  (Schedule  *schedule,
                                     gsize     *length,
                                     GError   **error);
char *lc_export_schedule_write_json (Schedule  *schedule,
                                     gsize     *length);

G_END_DECLS
