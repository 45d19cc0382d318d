/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lc-store.h"

G_BEGIN_DECLS

/*
 * Conflicts of a convention's agenda. The rules:
 *
 * - Two items overlap when they are on the same day and each starts before
 *   the other ends. Items that touch end-to-start (one ends at 10:00, the
 *   next starts at 10:00) do not overlap.
 * - LC_CONFLICT_PERSON: one person takes part in two overlapping items. How
 *   they take part does not matter: someone who speaks online still cannot
 *   speak in two items at once. A person named twice in one item (say as
 *   moderator and as speaker) is not in conflict with themselves.
 * - LC_CONFLICT_ROOM: two overlapping items name the same room, and both
 *   occupy it. "Online participation does not occupy a room": an item whose
 *   participants all take part online (each participation's attendance, or
 *   the person's own when the participation leaves it unset) is held online
 *   and leaves its room free. An item with nobody on it (a break, a visit)
 *   occupies its room, as does any item with at least one person in person.
 * - LC_CONFLICT_PLACE: two overlapping items go to the same off-site place
 *   (a field visit), under the same rule as a room: a place holds one
 *   visit at a time.
 * - LC_CONFLICT_OUTSIDE_DATES: an item's day is before the convention's
 *   start date or after its end date, or is not a date at all.
 * - LC_CONFLICT_BAD_TIMES: an item does not end after it starts, or its
 *   times are not within 00:00–24:00. The store refuses such rows, but an
 *   editor computing conflicts on values being typed may pass them in.
 *   Such an item is left out of the overlap checks.
 * - LC_CONFLICT_OVER_CAPACITY, a warning rather than a conflict: more people
 *   are expected at an item than its room holds (both numbers known).
 *
 * A pair of items that overlap and share a room and N people gives one room
 * conflict and N person conflicts, so each can be shown where it happens.
 * Computing costs O(n log n + k) for n items and participations and k
 * conflicts: a sweep over the items in time order with, per room and per
 * person, the set of items still running.
 */

/**
 * LcConflictKind:
 * @LC_CONFLICT_PERSON: a person is in two overlapping items
 * @LC_CONFLICT_ROOM: a room is used by two overlapping items
 * @LC_CONFLICT_OUTSIDE_DATES: an item is not within the convention's dates
 * @LC_CONFLICT_BAD_TIMES: an item does not end after it starts
 * @LC_CONFLICT_OVER_CAPACITY: more are expected at an item than its room
 *   holds (a warning: lc_conflict_kind_is_warning())
 * @LC_CONFLICT_PLACE: an off-site place is visited by two overlapping items
 *
 * What is wrong.
 */
typedef enum
{
  LC_CONFLICT_PERSON,
  LC_CONFLICT_ROOM,
  LC_CONFLICT_OUTSIDE_DATES,
  LC_CONFLICT_BAD_TIMES,
  LC_CONFLICT_OVER_CAPACITY,
  LC_CONFLICT_PLACE,
} LcConflictKind;

GType lc_conflict_kind_get_type (void) G_GNUC_CONST;
#define LC_TYPE_CONFLICT_KIND (lc_conflict_kind_get_type ())

/**
 * LcConflictInput:
 * @id: the item's id (unique among the items passed)
 * @day: the item's day, YYYY-MM-DD
 * @start_minute: minutes since midnight
 * @end_minute: minutes since midnight
 * @room_id: the item's room, 0 for none
 * @expected_attendance: how many are expected, 0 when not known
 * @room_capacity: how many its room holds, 0 when not known
 * @place_id: the item's off-site place, 0 for none (an item has a room or
 *   a place, not both)
 *
 * One item, as the conflict check needs it.
 */
typedef struct
{
  gint64      id;
  const char *day;
  int         start_minute;
  int         end_minute;
  gint64      room_id;
  int         expected_attendance;
  int         room_capacity;
  gint64      place_id;
} LcConflictInput;

/**
 * LcConflictParticipant:
 * @item_id: the item
 * @person_id: the person
 * @online: whether this participation is online (the participation's own
 *   attendance, or else the person's)
 *
 * One participation, as the conflict check needs it.
 */
typedef struct
{
  gint64   item_id;
  gint64   person_id;
  gboolean online;
} LcConflictParticipant;

#define LC_TYPE_CONFLICT (lc_conflict_get_type ())
G_DECLARE_FINAL_TYPE (LcConflict, lc_conflict, LC, CONFLICT, GObject)

#define LC_TYPE_CONFLICT_LIST (lc_conflict_list_get_type ())
G_DECLARE_FINAL_TYPE (LcConflictList, lc_conflict_list, LC, CONFLICT_LIST, GObject)

LcConflictKind  lc_conflict_get_kind             (LcConflict      *self);
gint64          lc_conflict_get_item_id          (LcConflict      *self);
gint64          lc_conflict_get_other_item_id    (LcConflict      *self);
gint64          lc_conflict_get_person_id        (LcConflict      *self);
gint64          lc_conflict_get_room_id          (LcConflict      *self);
gint64          lc_conflict_get_place_id         (LcConflict      *self);
gboolean        lc_conflict_involves_item        (LcConflict      *self,
                                                  gint64           item_id);
const char     *lc_conflict_kind_get_title       (LcConflictKind   kind);
gboolean        lc_conflict_kind_is_warning      (LcConflictKind   kind);

LcConflictList *lc_conflicts_compute             (const LcConflictInput       *items,
                                                  guint                        n_items,
                                                  const LcConflictParticipant *people,
                                                  guint                        n_people,
                                                  const char                  *start_date,
                                                  const char                  *end_date);
LcConflictList *lc_conflicts_find                (LcStore         *store,
                                                  gint64           convention_id,
                                                  GError         **error);
GStrv           lc_conflicts_describe_outside_dates (LcStore      *store,
                                                     gint64        convention_id,
                                                     GError      **error);

GPtrArray      *lc_conflict_list_get_for_item    (LcConflictList  *self,
                                                  gint64           item_id);
guint           lc_conflict_list_count_for_item  (LcConflictList  *self,
                                                  gint64           item_id);

G_END_DECLS
