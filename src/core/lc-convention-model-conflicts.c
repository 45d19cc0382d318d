/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lc-conflicts-private.h"
#include "lc-convention-model-private.h"

/* The open convention's conflicts, kept as changes come.
 *
 * Two items conflict only on the same day (lc-conflicts.h), and a day's
 * conflicts depend only on that day's items, their people and how those
 * take part. So a change to an item or to who takes part in it makes only
 * its days stale (its old day and its new one), and the conflicts are then
 * computed again for those days alone and put in place of theirs: an edit
 * on an agenda of 10,000 items costs what its day costs, not the whole
 * agenda (issue 17 found 214 M instructions of one 471 M save here). Any
 * other change (a person's own attendance, the convention's dates, a
 * reload) makes every day stale. */

static int
int_at (LcRecord *record,
        guint     column)
{
  return g_value_get_int (lc_record_peek_value (record, column));
}

static gint64
id_at (LcRecord *record,
       guint     column)
{
  return g_value_get_int64 (lc_record_peek_value (record, column));
}

static LcConflictInput
item_input (LcConventionModel *self,
            LcRecord          *item)
{
  const LcModelColumns *at = lc_convention_model_columns ();
  const char *day = g_value_get_string (lc_record_peek_value (item, at->item_day));
  LcConflictInput input = {
    .id = lc_record_get_id (item),
    /* The string stays alive: the list holds the record. */
    .day = day ? day : "",
    .start_minute = int_at (item, at->item_start),
    .end_minute = int_at (item, at->item_end),
    .room_id = id_at (item, at->item_room),
    .expected_attendance = int_at (item, at->item_expected),
    .place_id = id_at (item, at->item_place),
  };
  LcRecord *room = input.room_id ? lc_convention_model_lookup (self, LC_TYPE_ROOM, input.room_id) : NULL;

  input.room_capacity = room ? int_at (room, at->room_capacity) : 0;
  return input;
}

/* Every item and participation, one pass over each list. Who takes part
 * online by default is read once for all: reading a person for each of
 * 50,000 participations would cost more than the computing. */
static void
gather_all (LcConventionModel *self,
            GArray            *in,
            GArray            *people)
{
  GListModel *items = G_LIST_MODEL (self->lists[ITEMS]);
  GListModel *participations = G_LIST_MODEL (self->lists[PARTICIPATIONS]);
  GListModel *persons = G_LIST_MODEL (self->lists[PEOPLE]);
  guint n_items = g_list_model_get_n_items (items);
  guint n_parts = g_list_model_get_n_items (participations);
  guint n_persons = g_list_model_get_n_items (persons);
  g_autoptr(GHashTable) online = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree gint64 *online_ids = g_new (gint64, MAX (n_persons, 1));

  for (guint i = 0; i < n_persons; i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (persons, i);

      online_ids[i] = lc_record_get_id (person);
      if (lc_record_get_int (person, "attendance") == LC_ATTENDANCE_ONLINE)
        g_hash_table_add (online, &online_ids[i]);
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (items, i);
      LcConflictInput input = item_input (self, item);

      g_array_append_val (in, input);
    }

  for (guint i = 0; i < n_parts; i++)
    {
      g_autoptr(LcRecord) p = g_list_model_get_item (participations, i);
      LcAttendance own = lc_record_get_int (p, "attendance");
      LcConflictParticipant participant = {
        .item_id = lc_record_get_int (p, "item-id"),
        .person_id = lc_record_get_int (p, "person-id"),
      };

      /* As lc_convention_model_get_attendance (): its own, else the person's. */
      participant.online = own == LC_ATTENDANCE_ONLINE
                           || (own == LC_ATTENDANCE_UNSET && g_hash_table_contains (online, &participant.person_id));
      g_array_append_val (people, participant);
    }
}

/* @item and its participations, gathered. */
static void
gather_item (LcConventionModel *self,
             LcRecord          *item,
             GArray            *in,
             GArray            *people,
             GHashTable        *ids)
{
  LcConflictInput input = item_input (self, item);
  g_autoptr(GPtrArray) parts = NULL;

  g_array_append_val (in, input);
  g_hash_table_add (ids, g_memdup2 (&input.id, sizeof input.id));

  /* Grouped by item once (and kept while participations stay), so this
   * costs the item's own people. */
  parts = lc_convention_model_get_item_participations (self, input.id);
  for (guint p = 0; p < parts->len; p++)
    {
      LcParticipation *participation = g_ptr_array_index (parts, p);
      LcConflictParticipant participant = {
        .item_id = input.id,
        .person_id = id_at (LC_RECORD (participation), lc_convention_model_columns ()->participation_person),
        .online = lc_convention_model_get_attendance (self, participation) == LC_ATTENDANCE_ONLINE,
      };

      g_array_append_val (people, participant);
    }
}

static const char *
day_at (LcConventionModel *self,
        guint              position,
        LcRecord         **item)
{
  *item = g_list_model_get_item (G_LIST_MODEL (self->lists[ITEMS]), position);
  self->conflict_reads++;
  return lc_record_get_string (*item, "day");
}

/* The position of the first item on @day or after it: the items are
 * sorted by day first (lc_convention_model_list_order ()). */
static guint
first_of_day (LcConventionModel *self,
              const char        *day)
{
  guint low = 0, high = g_list_model_get_n_items (G_LIST_MODEL (self->lists[ITEMS]));

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(LcRecord) item = NULL;

      if (strcmp (day_at (self, middle, &item), day) < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The items on @days and their participations; returns the set of their
 * ids. Each day's items are found by a binary search, then read in
 * order: a save of one item of an agenda of 10,000 reads its day's items
 * and some fifteen others, not the 10,000 (issue 17: 47 M instructions per
 * edit). The days go in order, so the items are gathered in the list's
 * order as a reading of every item would. */
static GHashTable *
gather_days (LcConventionModel *self,
             GHashTable        *days,
             GArray            *in,
             GArray            *people)
{
  GListModel *items = G_LIST_MODEL (self->lists[ITEMS]);
  guint n_items = g_list_model_get_n_items (items);
  GHashTable *ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autofree gpointer *sorted = NULL;
  guint n_days = 0;

  /* An item not in its place yet would lead the search astray: every
   * item is read then, as rarely as an edit waits for a busy library. */
  if (g_hash_table_size (self->unplaced) > 0 || self->positions_moving)
    {
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(LcRecord) item = NULL;

          if (g_hash_table_contains (days, day_at (self, i, &item)))
            gather_item (self, item, in, people, ids);
        }
      return ids;
    }

  sorted = g_hash_table_get_keys_as_array (days, &n_days);
  qsort (sorted, n_days, sizeof (gpointer), compare_days);
  for (guint d = 0; d < n_days; d++)
    for (guint i = first_of_day (self, sorted[d]); i < n_items; i++)
      {
        g_autoptr(LcRecord) item = NULL;

        if (!g_str_equal (day_at (self, i, &item), sorted[d]))
          break;
        gather_item (self, item, in, people, ids);
      }

  return ids;
}

/* The conflicts of the items on @days (every item when NULL); @ids then
 * takes the set of those items' ids. */
static LcConflictList *
compute (LcConventionModel *self,
         GHashTable        *days,
         GHashTable       **ids)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->lists[ITEMS]));
  g_autoptr(GArray) in = g_array_sized_new (FALSE, FALSE, sizeof (LcConflictInput), n_items);
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (LcConflictParticipant));
  g_autoptr(GHashTable) found = NULL;

  if (days != NULL)
    found = gather_days (self, days, in, people);
  else
    gather_all (self, in, people);

  self->conflict_inputs += in->len;
  if (ids != NULL)
    *ids = g_steal_pointer (&found);
  return lc_conflicts_compute ((LcConflictInput *) (gpointer) in->data, in->len,
                               (LcConflictParticipant *) (gpointer) people->data, people->len,
                               lc_record_get_string (LC_RECORD (self->convention), "start-date"),
                               lc_record_get_string (LC_RECORD (self->convention), "end-date"));
}

/* The conflicts of the stale days computed again, those of the others kept. */
static LcConflictList *
recompute_days (LcConventionModel *self)
{
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(LcConflictList) fresh = compute (self, self->stale_days, &ids);
  GListModel *old = G_LIST_MODEL (self->conflicts);
  guint n_old = g_list_model_get_n_items (old), n_fresh = g_list_model_get_n_items (G_LIST_MODEL (fresh));
  GArray *data = g_array_sized_new (FALSE, FALSE, sizeof (ConflictData), n_old + n_fresh);

  /* Both items of a conflict are on one day: a kept conflict names no
   * item of the stale days, old or new. */
  for (guint i = 0; i < n_old; i++)
    {
      const ConflictData *c = lc_conflict_list_peek_data (self->conflicts, i);

      if (!g_hash_table_contains (self->stale_items, &c->item_id) && !g_hash_table_contains (ids, &c->item_id)
          && !g_hash_table_contains (self->stale_items, &c->other_item_id)
          && !g_hash_table_contains (ids, &c->other_item_id))
        g_array_append_vals (data, c, 1);
    }
  for (guint i = 0; i < n_fresh; i++)
    g_array_append_vals (data, lc_conflict_list_peek_data (fresh, i), 1);

  return lc_conflict_list_new_take (data);
}

/**
 * lc_convention_model_get_conflicts:
 * @self: a convention model
 *
 * Returns: (transfer none): the conflicts as they are now (computed again,
 *   for the days that changed, when something changed since the last call)
 */
LcConflictList *
lc_convention_model_get_conflicts (LcConventionModel *self)
{
  LcConflictList *conflicts;

  g_return_val_if_fail (LC_IS_CONVENTION_MODEL (self), NULL);

  if (!self->conflicts_dirty && self->conflicts != NULL)
    return self->conflicts;

  if (self->conflicts != NULL && !self->conflicts_all_stale)
    conflicts = recompute_days (self);
  else
    conflicts = compute (self, NULL, NULL);
  g_clear_object (&self->conflicts);
  self->conflicts = conflicts;
  self->conflicts_dirty = FALSE;
  self->conflicts_all_stale = FALSE;
  g_hash_table_remove_all (self->stale_days);
  g_hash_table_remove_all (self->stale_items);

  return self->conflicts;
}

/* The day of @item_id (an item of this convention, or none) is stale:
 * who takes part in it changed. */
void
lc_convention_model_invalidate_item_day (LcConventionModel *self,
                                         gint64             item_id)
{
  LcRecord *item = lc_convention_model_lookup (self, LC_TYPE_ITEM, item_id);

  if (item == NULL)
    lc_convention_model_invalidate_conflicts (self);
  else
    lc_convention_model_invalidate_day (self, item);
}

/* The conflicts of @day are stale, and those of item @item_id (which
 * may have left that day, or the list), while other days' stay. */
void
lc_convention_model_invalidate_day_of (LcConventionModel *self,
                                       const char        *day,
                                       gint64             item_id)
{
  if (!self->conflicts_all_stale)
    {
      g_hash_table_add (self->stale_days, g_strdup (day));
      /* Its conflicts go even when it moves to a day with none. */
      g_hash_table_add (self->stale_items, g_memdup2 (&item_id, sizeof item_id));
    }
  lc_convention_model_conflicts_changed (self);
}

/* The conflicts of @item's day, as it is now, are stale. */
void
lc_convention_model_invalidate_day (LcConventionModel *self,
                                    LcRecord          *item)
{
  lc_convention_model_invalidate_day_of (self, lc_record_get_string (item, "day"), lc_record_get_id (item));
}

/**
 * lc_convention_model_get_conflict_inputs:
 * @self: a convention model
 *
 * For tests and the benchmark: what the conflicts cost.
 *
 * Returns: how many items the computations of the conflicts have read
 *   since @self was made, in all
 */
guint
lc_convention_model_get_conflict_inputs (LcConventionModel *self)
{
  g_return_val_if_fail (LC_IS_CONVENTION_MODEL (self), 0);

  return self->conflict_inputs;
}

/**
 * lc_convention_model_get_conflict_reads:
 * @self: a convention model
 *
 * For tests and the benchmark: what finding the items of the days whose
 * conflicts changed costs (every item is read when all of them changed,
 * and is counted by lc_convention_model_get_conflict_inputs () alone).
 *
 * Returns: how many items were read, in all, to find the items of days
 *   whose conflicts were computed again, since @self was made
 */
guint
lc_convention_model_get_conflict_reads (LcConventionModel *self)
{
  g_return_val_if_fail (LC_IS_CONVENTION_MODEL (self), 0);

  return self->conflict_reads;
}
