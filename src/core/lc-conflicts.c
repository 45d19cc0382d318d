/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "lc-conflicts-private.h"
#include "lc-error.h"
#include "lc-l10n.h"

/* Sweep state. Times are absolute minutes (Julian day × 1440 + minute), so
 * "same day and overlapping" is a plain interval overlap. */
typedef struct
{
  gint64   id;
  gint64   start;
  gint64   end;
  guint    room;            /* dense room index + 1, 0 for none */
  guint    place;           /* dense place index + 1, 0 for none */
  guint    first_person;    /* into the sorted, de-duplicated participations */
  guint    n_people;
  gboolean occupies_room;
  gboolean schedulable;
} Slot;

typedef struct
{
  guint    item;            /* index into the slots */
  guint    person;          /* dense person index */
  gboolean online;
} Part;

/* A set of items still running; expired ones are dropped as it is scanned,
 * so each scan costs the conflicts it finds plus the items it drops. */
typedef struct
{
  guint *v;
  guint  len;
  guint  cap;
} Active;

static void
active_push (Active *a,
             guint   item)
{
  if (a->len == a->cap)
    {
      a->cap = MAX (4, a->cap * 2);
      a->v = g_renew (guint, a->v, a->cap);
    }
  a->v[a->len++] = item;
}

static void
add_conflict (GArray         *out,
              LcConflictKind  kind,
              gint64          item_id,
              gint64          other_item_id,
              gint64          person_id,
              gint64          room_id,
              gint64          when)
{
  /* A place's conflict names it where a room's names the room. */
  ConflictData data = { when, item_id, other_item_id, person_id,
                        kind == LC_CONFLICT_PLACE ? 0 : room_id, kind,
                        kind == LC_CONFLICT_PLACE ? room_id : 0 };

  g_array_append_val (out, data);
}

/* An agenda has few days: remember the last ones parsed. */
typedef struct
{
  const char *text[8];
  guint       julian[8];
  guint       next;
} DayCache;

static guint
parse_day (DayCache   *cache,
           const char *text)
{
  GDate date;
  guint julian = 0;
  guint slot;

  if (text == NULL)
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (cache->text); i++)
    if (cache->text[i] != NULL && strcmp (cache->text[i], text) == 0)
      return cache->julian[i];

  /* Julian days start at 1, so 0 means "not a date". */
  if (lc_date_parse (text, &date))
    julian = g_date_get_julian (&date);

  slot = cache->next++ % G_N_ELEMENTS (cache->text);
  cache->text[slot] = text;
  cache->julian[slot] = julian;
  return julian;
}

static int
compare_parts (const void *a,
               const void *b)
{
  const Part *pa = a, *pb = b;

  if (pa->item != pb->item)
    return pa->item < pb->item ? -1 : 1;
  if (pa->person != pb->person)
    return pa->person < pb->person ? -1 : 1;
  return 0;
}

static int
compare_slots (const void *a,
               const void *b,
               gpointer    user_data)
{
  const Slot *slots = user_data;
  const Slot *sa = &slots[*(const guint *) a], *sb = &slots[*(const guint *) b];

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  if (sa->end != sb->end)
    return sa->end < sb->end ? -1 : 1;
  return sa->id < sb->id ? -1 : sa->id > sb->id;
}

/* Dense indexes for room and person ids, so the active sets are arrays. */
static guint
dense_index (GHashTable   *map,
             const gint64 *id)
{
  gpointer found;

  if (g_hash_table_lookup_extended (map, id, NULL, &found))
    return GPOINTER_TO_UINT (found);

  g_hash_table_insert (map, (gpointer) id, GUINT_TO_POINTER (g_hash_table_size (map)));
  return g_hash_table_size (map) - 1;
}

static void
scan_active (Active         *active,
             const Slot     *slots,
             guint           current,
             LcConflictKind  kind,
             gint64          subject,
             GArray         *out)
{
  const Slot *now = &slots[current];
  guint kept = 0;

  for (guint i = 0; i < active->len; i++)
    {
      const Slot *other = &slots[active->v[i]];

      /* Ending exactly when this one starts is touching, not overlapping. */
      if (other->end <= now->start)
        continue;

      active->v[kept++] = active->v[i];
      add_conflict (out, kind, other->id, now->id,
                    kind == LC_CONFLICT_PERSON ? subject : 0,
                    kind != LC_CONFLICT_PERSON ? subject : 0,
                    now->start);
    }
  active->len = kept;
  active_push (active, current);
}

/**
 * lc_conflicts_compute:
 * @items: (array length=n_items): the items of one convention
 * @n_items: how many
 * @people: (array length=n_people) (nullable): their participations
 * @n_people: how many
 * @start_date: (nullable): the convention's first day, YYYY-MM-DD
 * @end_date: (nullable): its last day
 *
 * Finds every conflict of an agenda held in memory, following the rules at
 * the top of lc-conflicts.h. It does not touch the store, so an editor can
 * run it on every change. Participations of items not in @items are
 * ignored. When a date is %NULL or malformed, that side is not checked.
 *
 * Returns: (transfer full): the conflicts, ordered by the time they begin
 */
LcConflictList *
lc_conflicts_compute (const LcConflictInput       *items,
                      guint                        n_items,
                      const LcConflictParticipant *people,
                      guint                        n_people,
                      const char                  *start_date,
                      const char                  *end_date)
{
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (ConflictData));
  g_autoptr(GHashTable) item_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) room_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) place_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) person_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree Slot *slots = g_new0 (Slot, MAX (n_items, 1));
  g_autofree Part *parts = g_new0 (Part, MAX (n_people, 1));
  g_autofree guint *order = g_new (guint, MAX (n_items, 1));
  g_autofree gint64 *person_ids = NULL;
  Active *rooms, *places, *persons;
  guint n_parts = 0, n_order = 0, n_rooms, n_places, n_persons;
  guint first_day = 0, last_day = G_MAXUINT;
  DayCache days = { 0 };
  GDate date;

  g_return_val_if_fail (items != NULL || n_items == 0, NULL);
  g_return_val_if_fail (people != NULL || n_people == 0, NULL);

  if (start_date && lc_date_parse (start_date, &date))
    first_day = g_date_get_julian (&date);
  if (end_date && lc_date_parse (end_date, &date))
    last_day = g_date_get_julian (&date);

  /* Place every item in time, and report those that cannot be placed. */
  for (guint i = 0; i < n_items; i++)
    {
      const LcConflictInput *in = &items[i];
      Slot *slot = &slots[i];
      guint day = parse_day (&days, in->day);
      gboolean dated = day != 0;
      gboolean timed = in->start_minute >= 0 && in->end_minute <= 24 * 60
                       && in->end_minute > in->start_minute;

      slot->id = in->id;
      slot->start = (gint64) day * 24 * 60 + in->start_minute;
      slot->end = (gint64) day * 24 * 60 + in->end_minute;
      slot->room = in->room_id != 0 ? dense_index (room_index, &in->room_id) + 1 : 0;
      slot->place = in->place_id != 0 ? dense_index (place_index, &in->place_id) + 1 : 0;
      slot->occupies_room = TRUE;
      slot->schedulable = dated && timed;
      g_hash_table_insert (item_index, (gpointer) &in->id, GUINT_TO_POINTER (i));

      if (!dated || day < first_day || day > last_day)
        add_conflict (out, LC_CONFLICT_OUTSIDE_DATES, in->id, 0, 0, 0,
                      slot->schedulable ? slot->start : G_MININT64);
      if (!timed)
        add_conflict (out, LC_CONFLICT_BAD_TIMES, in->id, 0, 0, 0, G_MININT64);
      if (in->room_id != 0 && in->room_capacity > 0 && in->expected_attendance > in->room_capacity)
        add_conflict (out, LC_CONFLICT_OVER_CAPACITY, in->id, 0, 0, in->room_id,
                      slot->schedulable ? slot->start : G_MININT64);
    }

  for (guint i = 0; i < n_people; i++)
    {
      gpointer found;

      if (!g_hash_table_lookup_extended (item_index, &people[i].item_id, NULL, &found))
        continue;
      parts[n_parts].item = GPOINTER_TO_UINT (found);
      parts[n_parts].person = dense_index (person_index, &people[i].person_id);
      parts[n_parts].online = people[i].online;
      n_parts++;
    }

  n_persons = g_hash_table_size (person_index);
  person_ids = g_new (gint64, MAX (n_persons, 1));
  for (guint i = 0; i < n_people; i++)
    {
      gpointer found;

      if (g_hash_table_lookup_extended (person_index, &people[i].person_id, NULL, &found))
        person_ids[GPOINTER_TO_UINT (found)] = people[i].person_id;
    }

  /* Group participations by item and fold a person named twice in one item
   * into one: in person if any of their roles there is in person. */
  qsort (parts, n_parts, sizeof (Part), compare_parts);
  {
    guint kept = 0;

    for (guint i = 0; i < n_parts; i++)
      {
        if (kept > 0 && parts[kept - 1].item == parts[i].item
            && parts[kept - 1].person == parts[i].person)
          {
            parts[kept - 1].online = parts[kept - 1].online && parts[i].online;
            continue;
          }
        parts[kept++] = parts[i];
      }
    n_parts = kept;
  }

  for (guint i = 0; i < n_parts; i++)
    {
      Slot *slot = &slots[parts[i].item];

      if (slot->n_people == 0)
        {
          slot->first_person = i;
          slot->occupies_room = FALSE;
        }
      slot->n_people++;
      if (!parts[i].online)
        slot->occupies_room = TRUE;
    }

  for (guint i = 0; i < n_items; i++)
    if (slots[i].schedulable)
      order[n_order++] = i;
  g_qsort_with_data (order, n_order, sizeof (guint), compare_slots, slots);

  n_rooms = g_hash_table_size (room_index);
  rooms = g_new0 (Active, MAX (n_rooms, 1));
  n_places = g_hash_table_size (place_index);
  places = g_new0 (Active, MAX (n_places, 1));
  persons = g_new0 (Active, MAX (n_persons, 1));

  for (guint o = 0; o < n_order; o++)
    {
      guint current = order[o];
      const Slot *slot = &slots[current];

      if (slot->room != 0 && slot->occupies_room)
        scan_active (&rooms[slot->room - 1], slots, current, LC_CONFLICT_ROOM,
                     items[current].room_id, out);
      /* A field visit's place as a room: everyone online leaves it free. */
      if (slot->place != 0 && slot->occupies_room)
        scan_active (&places[slot->place - 1], slots, current, LC_CONFLICT_PLACE,
                     items[current].place_id, out);

      for (guint p = slot->first_person; p < slot->first_person + slot->n_people; p++)
        scan_active (&persons[parts[p].person], slots, current, LC_CONFLICT_PERSON,
                     person_ids[parts[p].person], out);
    }

  for (guint i = 0; i < n_rooms; i++)
    g_free (rooms[i].v);
  for (guint i = 0; i < n_places; i++)
    g_free (places[i].v);
  for (guint i = 0; i < n_persons; i++)
    g_free (persons[i].v);
  g_free (places);
  g_free (rooms);
  g_free (persons);

  return lc_conflict_list_new_take (g_steal_pointer (&out));
}

static gboolean
step_rows (LcStore       *store,
           sqlite3_stmt  *stmt,
           int           *rc,
           GError       **error)
{
  *rc = sqlite3_step (stmt);
  if (*rc == SQLITE_ROW)
    return TRUE;
  if (*rc != SQLITE_DONE)
    lc_store_set_error_from_sqlite (store, *rc, error);
  return FALSE;
}

/* The conflicts of the convention's items, with its people's when
 * @with_people: without, the participations are not read, and the
 * conflicts of people are not looked for. */
static LcConflictList *
find_conflicts (LcStore   *store,
                gint64     convention_id,
                gboolean   with_people,
                GError   **error)
{
  g_autoptr(LcRecord) convention = NULL;
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (LcConflictInput));
  g_autoptr(GArray) people = g_array_new (FALSE, TRUE, sizeof (LcConflictParticipant));
  GStringChunk *days = g_string_chunk_new (256);
  sqlite3 *db = lc_store_get_handle (store);
  sqlite3_stmt *stmt = NULL;
  LcConflictList *result = NULL;
  int rc;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  convention = lc_store_get (store, LC_TYPE_CONVENTION, convention_id, error);
  if (convention == NULL)
    goto out;

  rc = sqlite3_prepare_v2 (db,
                           "SELECT i.id, i.day, i.start_minute, i.end_minute, coalesce (i.room_id, 0),"
                           "       coalesce (i.expected_attendance, 0), coalesce (r.capacity, 0),"
                           "       coalesce (i.place_id, 0)"
                           " FROM items i LEFT JOIN rooms r ON r.id = i.room_id WHERE i.convention_id = ?",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      lc_store_set_error_from_sqlite (store, rc, error);
      goto out;
    }
  sqlite3_bind_int64 (stmt, 1, convention_id);
  while (step_rows (store, stmt, &rc, error))
    {
      LcConflictInput in = {
        .id = sqlite3_column_int64 (stmt, 0),
        .day = g_string_chunk_insert_const (days, (const char *) sqlite3_column_text (stmt, 1)),
        .start_minute = sqlite3_column_int (stmt, 2),
        .end_minute = sqlite3_column_int (stmt, 3),
        .room_id = sqlite3_column_int64 (stmt, 4),
        .expected_attendance = sqlite3_column_int (stmt, 5),
        .room_capacity = sqlite3_column_int (stmt, 6),
        .place_id = sqlite3_column_int64 (stmt, 7),
      };

      g_array_append_val (items, in);
    }
  if (rc != SQLITE_DONE)
    goto out;
  g_clear_pointer (&stmt, sqlite3_finalize);
  if (!with_people)
    goto compute;

  rc = sqlite3_prepare_v2 (db,
                           "SELECT p.item_id, p.person_id,"
                           "       coalesce (p.attendance, pe.attendance) = 'online'"
                           " FROM participations p"
                           " JOIN items i ON i.id = p.item_id"
                           " JOIN people pe ON pe.id = p.person_id"
                           " WHERE i.convention_id = ?",
                           -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      lc_store_set_error_from_sqlite (store, rc, error);
      goto out;
    }
  sqlite3_bind_int64 (stmt, 1, convention_id);
  while (step_rows (store, stmt, &rc, error))
    {
      LcConflictParticipant p = {
        .item_id = sqlite3_column_int64 (stmt, 0),
        .person_id = sqlite3_column_int64 (stmt, 1),
        .online = sqlite3_column_int (stmt, 2) != 0,
      };

      g_array_append_val (people, p);
    }
  if (rc != SQLITE_DONE)
    goto out;

compute:
  result = lc_conflicts_compute ((LcConflictInput *) (gpointer) items->data, items->len,
                                 (LcConflictParticipant *) (gpointer) people->data, people->len,
                                 lc_record_get_string (convention, "start-date"),
                                 lc_record_get_string (convention, "end-date"));

out:
  g_clear_pointer (&stmt, sqlite3_finalize);
  g_string_chunk_free (days);
  return result;
}

/**
 * lc_conflicts_find:
 * @store: a store
 * @convention_id: a convention
 * @error: return location for a #GError
 *
 * Reads a convention's agenda from @store and computes its conflicts with
 * lc_conflicts_compute(). A participation without its own attendance takes
 * the person's.
 *
 * Returns: (transfer full) (nullable): the conflicts, or %NULL with @error set
 */
LcConflictList *
lc_conflicts_find (LcStore  *store,
                   gint64    convention_id,
                   GError  **error)
{
  return find_conflicts (store, convention_id, TRUE, error);
}


/**
 * lc_conflicts_describe_outside_dates:
 * @store: a store
 * @convention_id: a convention
 * @error: return location for a #GError
 *
 * A sentence for each item of the convention that is outside its dates
 * (%LC_CONFLICT_OUTSIDE_DATES, the rule of the window's conflict list),
 * naming the item, its day and the convention's dates: what the command
 * line says after importing a file with such items, which are kept as
 * they are (the organiser may be about to move the dates). Titles are in
 * the environment's language, with control characters made visible.
 *
 * Returns: (transfer full) (array zero-terminated=1): the sentences, in the
 *   list's order (none when every item is within the dates), or %NULL with
 *   @error set
 */
GStrv
lc_conflicts_describe_outside_dates (LcStore  *store,
                                     gint64    convention_id,
                                     GError  **error)
{
  g_autoptr(LcConflictList) conflicts = NULL;
  g_autoptr(LcRecord) convention = NULL;
  g_autoptr(GStrvBuilder) sentences = g_strv_builder_new ();
  LcLanguage language = lc_l10n_language_from_environment ();

  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  /* An item's dates are its own: the people's conflicts are not looked
   * for, nor their participations read: half the check's work after an
   * import (issue 17). The list is ordered by time, kind and item, so the
   * items outside the dates come in the same order either way. */
  conflicts = find_conflicts (store, convention_id, FALSE, error);
  if (conflicts == NULL)
    return NULL;
  convention = lc_store_get (store, LC_TYPE_CONVENTION, convention_id, error);
  if (convention == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (conflicts)); i++)
    {
      g_autoptr(LcConflict) conflict = g_list_model_get_item (G_LIST_MODEL (conflicts), i);
      g_autoptr(LcRecord) item = NULL;
      g_autofree char *sentence = NULL;

      if (lc_conflict_get_kind (conflict) != LC_CONFLICT_OUTSIDE_DATES)
        continue;
      item = lc_store_get (store, LC_TYPE_ITEM, lc_conflict_get_item_id (conflict), error);
      if (item == NULL)
        return NULL;
      /* Translators: an agenda item's title, its day, then the convention's
       * first and last days; the days are written YYYY-MM-DD, as in the file */
      sentence = g_strdup_printf (_("“%1$s” is on %2$s, outside the convention’s dates (%3$s to %4$s)."),
                                  lc_record_get_display_text (item, "title", language, NULL),
                                  lc_record_get_string (item, "day"),
                                  lc_record_get_string (convention, "start-date"),
                                  lc_record_get_string (convention, "end-date"));
      g_strv_builder_add (sentences, sentence);
    }

  return g_strv_builder_end (sentences);
}
