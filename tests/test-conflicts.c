/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-conflicts.h"
#include "lc-convention-io.h"
#include "lc-error.h"
#include "lc-places.h"
#include "lc-test-util.h"

#define H(h, m) ((h) * 60 + (m))

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* Conflicts as sorted text, "kind first second subject", the pair in id
 * order, so two computations can be compared whatever order they use. */
static char *
describe (LcConflictList *list)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(LcConflict) c = g_list_model_get_item (G_LIST_MODEL (list), i);
      gint64 a = lc_conflict_get_item_id (c), b = lc_conflict_get_other_item_id (c);
      gint64 subject = lc_conflict_get_person_id (c) + lc_conflict_get_room_id (c)
                       + lc_conflict_get_place_id (c);

      if (b != 0 && b < a)
        {
          gint64 t = a;
          a = b;
          b = t;
        }
      g_ptr_array_add (lines, g_strdup_printf ("%d %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                                               " %" G_GINT64_FORMAT,
                                               lc_conflict_get_kind (c), a, b, subject));
    }

  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (lines, i));

  return g_string_free (out, FALSE);
}

static LcConflictList *
compute (const LcConflictInput       *items,
         guint                        n_items,
         const LcConflictParticipant *people,
         guint                        n_people)
{
  return lc_conflicts_compute (items, n_items, people, n_people, "2023-05-10", "2023-05-11");
}

static void
test_person_overlap (void)
{
  const LcConflictInput items[] = {
    { 1, "2023-05-10", H (9, 0), H (10, 0), 0 },
    { 2, "2023-05-10", H (9, 30), H (10, 30), 0 },
    { 3, "2023-05-11", H (9, 30), H (10, 30), 0 },  /* same time, other day */
  };
  const LcConflictParticipant people[] = {
    { 1, 100, FALSE }, { 2, 100, FALSE }, { 3, 100, FALSE },
    { 1, 200, FALSE }, { 3, 200, FALSE },
  };
  g_autoptr(LcConflictList) list = compute (items, 3, people, G_N_ELEMENTS (people));
  g_autoptr(LcConflict) c = NULL;
  LcConflictKind kind;
  gint64 person;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == LC_TYPE_CONFLICT);
  c = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (lc_conflict_get_kind (c), ==, LC_CONFLICT_PERSON);
  g_assert_cmpint (lc_conflict_get_item_id (c), ==, 1);
  g_assert_cmpint (lc_conflict_get_other_item_id (c), ==, 2);
  g_assert_cmpint (lc_conflict_get_person_id (c), ==, 100);
  g_assert_cmpint (lc_conflict_get_room_id (c), ==, 0);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 1));

  /* The properties say the same, for views that bind to them. */
  g_object_get (c, "kind", &kind, "person-id", &person, NULL);
  g_assert_cmpint (kind, ==, LC_CONFLICT_PERSON);
  g_assert_cmpint (person, ==, 100);

  g_assert_cmpuint (lc_conflict_list_count_for_item (list, 1), ==, 1);
  g_assert_cmpuint (lc_conflict_list_count_for_item (list, 2), ==, 1);
  g_assert_cmpuint (lc_conflict_list_count_for_item (list, 3), ==, 0);
  g_assert_null (lc_conflict_list_get_for_item (list, 3));
  g_assert_true (g_ptr_array_index (lc_conflict_list_get_for_item (list, 2), 0) == c);
  g_assert_true (lc_conflict_involves_item (c, 2));
  g_assert_false (lc_conflict_involves_item (c, 3));
  g_assert_cmpstr (lc_conflict_kind_get_title (LC_CONFLICT_PERSON), !=, "");
}

static void
test_touching (void)
{
  /* 09:00–10:00 then 10:00–11:00: same person, same room, no conflict. */
  const LcConflictInput items[] = {
    { 1, "2023-05-10", H (9, 0), H (10, 0), 7 },
    { 2, "2023-05-10", H (10, 0), H (11, 0), 7 },
    { 3, "2023-05-10", H (11, 0), H (11, 5), 7 },
  };
  const LcConflictParticipant people[] = {
    { 1, 100, FALSE }, { 2, 100, FALSE }, { 3, 100, FALSE },
  };
  g_autoptr(LcConflictList) list = compute (items, 3, people, 3);
  g_autoptr(LcConflictList) overlapping = NULL;
  LcConflictInput moved[3];

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  /* One minute more and both kinds appear. */
  memcpy (moved, items, sizeof moved);
  moved[0].end_minute = H (10, 1);
  overlapping = compute (moved, 3, people, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (overlapping)), ==, 2);
}

static void
test_room (void)
{
  const LcConflictInput items[] = {
    { 1, "2023-05-10", H (9, 0), H (10, 0), 7 },
    { 2, "2023-05-10", H (9, 45), H (11, 0), 7 },   /* same room as 1 */
    { 3, "2023-05-10", H (9, 0), H (12, 0), 8 },    /* another room */
    { 4, "2023-05-10", H (9, 0), H (12, 0), 0 },    /* no room */
    { 5, "2023-05-10", H (9, 0), H (12, 0), 0 },    /* no room either */
  };
  g_autoptr(LcConflictList) list = compute (items, 5, NULL, 0);
  g_autofree char *text = describe (list);

  /* Items with nobody on them (a break, a visit) occupy their room. */
  g_assert_cmpstr (text, ==, "1 1 2 7\n");
}

static void
test_room_online (void)
{
  /* Item 1 is held wholly online; item 2 has one speaker online and a
   * moderator in person; item 3 is in person. All in room 7 at once. */
  const LcConflictInput items[] = {
    { 1, "2023-05-10", H (9, 0), H (10, 0), 7 },
    { 2, "2023-05-10", H (9, 0), H (10, 0), 7 },
    { 3, "2023-05-10", H (9, 30), H (10, 30), 7 },
  };
  const LcConflictParticipant people[] = {
    { 1, 100, TRUE }, { 1, 101, TRUE },
    { 2, 200, TRUE }, { 2, 201, FALSE },
    { 3, 300, FALSE },
  };
  g_autoptr(LcConflictList) list = compute (items, 3, people, G_N_ELEMENTS (people));
  g_autofree char *text = describe (list);
  g_autoptr(LcConflictList) again = NULL;
  g_autofree char *again_text = NULL;
  LcConflictParticipant with_person[G_N_ELEMENTS (people) + 1];

  g_assert_cmpstr (text, ==, "1 2 3 7\n");

  /* Someone online in item 1 and in person in item 3 is still in two items
   * at once: online participation frees a room, not a person. */
  memcpy (with_person, people, sizeof people);
  with_person[G_N_ELEMENTS (people)] = (LcConflictParticipant) { 3, 100, FALSE };
  again = compute (items, 3, with_person, G_N_ELEMENTS (with_person));
  again_text = describe (again);
  g_assert_cmpstr (again_text, ==, "0 1 3 100\n1 2 3 7\n");
}

/* Two visits to one off-site place at once clash as two items in one room
 * do; a place and a room of the same id are not the same. */
static void
test_place (void)
{
  LcConflictInput items[] = {
    { 1, "2023-05-10", H (9, 0), H (12, 0), 0 },
    { 2, "2023-05-10", H (11, 0), H (13, 0), 0 },   /* same place as 1 */
    { 3, "2023-05-10", H (9, 0), H (12, 0), 7 },    /* room 7, not place 7 */
    { 4, "2023-05-10", H (9, 0), H (12, 0), 0 },    /* another place */
    { 5, "2023-05-10", H (12, 0), H (14, 0), 0 },   /* place 7 when 1 has left */
  };
  const LcConflictParticipant people[] = { { 2, 100, FALSE } };
  g_autoptr(LcConflictList) list = NULL;
  g_autoptr(LcConflictList) online = NULL;
  g_autoptr(LcConflict) c = NULL;
  g_autofree char *text = NULL, *online_text = NULL;
  const LcConflictParticipant remote[] = { { 2, 100, TRUE } };
  gint64 place = 0;

  items[0].place_id = items[1].place_id = items[4].place_id = 7;
  items[3].place_id = 8;
  list = compute (items, G_N_ELEMENTS (items), people, G_N_ELEMENTS (people));
  text = describe (list);
  /* 1 and 2 overlap at place 7; 2 and 5 too (12:00–13:00). */
  g_assert_cmpstr (text, ==, "5 1 2 7\n5 2 5 7\n");
  c = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (lc_conflict_get_kind (c), ==, LC_CONFLICT_PLACE);
  g_assert_cmpint (lc_conflict_get_place_id (c), ==, 7);
  g_assert_cmpint (lc_conflict_get_room_id (c), ==, 0);
  g_object_get (c, "place-id", &place, NULL);
  g_assert_cmpint (place, ==, 7);
  g_assert_false (lc_conflict_kind_is_warning (LC_CONFLICT_PLACE));
  g_assert_cmpstr (lc_conflict_kind_get_title (LC_CONFLICT_PLACE), !=, "");

  /* Everyone of item 2 online: it leaves the place free, as a room. */
  online = compute (items, G_N_ELEMENTS (items), remote, G_N_ELEMENTS (remote));
  online_text = describe (online);
  g_assert_cmpstr (online_text, ==, "");
}

static void
test_outside_dates (void)
{
  const LcConflictInput items[] = {
    { 1, "2023-05-09", H (9, 0), H (10, 0), 7 },   /* the day before */
    { 2, "2023-05-10", H (9, 0), H (10, 0), 7 },   /* first day */
    { 3, "2023-05-11", H (23, 0), H (24, 0), 7 },  /* last day, to midnight */
    { 4, "2023-05-12", H (0, 0), H (1, 0), 7 },    /* the day after */
    { 5, "2023-02-30", H (9, 0), H (10, 0), 7 },   /* no such day */
    { 6, "2023-05-09", H (9, 30), H (10, 30), 7 }, /* overlaps 1 */
  };
  g_autoptr(LcConflictList) list = compute (items, 6, NULL, 0);
  g_autofree char *text = describe (list);
  g_autoptr(LcConflictList) unbounded = lc_conflicts_compute (items, 6, NULL, 0, NULL, NULL);
  g_autofree char *unbounded_text = describe (unbounded);

  /* Outside the dates still overlaps; a day that does not exist cannot. */
  g_assert_cmpstr (text, ==, "1 1 6 7\n2 1 0 0\n2 4 0 0\n2 5 0 0\n2 6 0 0\n");
  g_assert_cmpstr (unbounded_text, ==, "1 1 6 7\n2 5 0 0\n");
}

static void
test_bad_times (void)
{
  const LcConflictInput items[] = {
    { 1, "2023-05-10", H (10, 0), H (9, 0), 7 },    /* ends before it starts */
    { 2, "2023-05-10", H (9, 0), H (9, 0), 7 },     /* ends as it starts */
    { 3, "2023-05-10", H (8, 0), H (11, 0), 7 },
    { 4, "2023-05-10", H (23, 0), H (24, 1), 0 },   /* past midnight */
  };
  const LcConflictParticipant people[] = { { 1, 100, FALSE }, { 3, 100, FALSE } };
  g_autoptr(LcConflictList) list = compute (items, 4, people, 2);
  g_autofree char *text = describe (list);
  g_autoptr(LcConflict) first = g_list_model_get_item (G_LIST_MODEL (list), 0);

  /* Such items are reported once, and left out of the overlap checks. */
  g_assert_cmpstr (text, ==, "3 1 0 0\n3 2 0 0\n3 4 0 0\n");
  g_assert_cmpint (lc_conflict_get_kind (first), ==, LC_CONFLICT_BAD_TIMES);
}

static void
test_same_person_twice (void)
{
  /* Moderator and speaker of item 1: no conflict with themselves, and one
   * conflict (not two) with the overlapping item 2. */
  const LcConflictInput items[] = {
    { 1, "2023-05-10", H (9, 0), H (10, 0), 0 },
    { 2, "2023-05-10", H (9, 30), H (10, 30), 0 },
  };
  const LcConflictParticipant alone[] = { { 1, 100, FALSE }, { 1, 100, TRUE } };
  const LcConflictParticipant both[] = { { 1, 100, FALSE }, { 1, 100, TRUE }, { 2, 100, FALSE } };
  g_autoptr(LcConflictList) one = compute (items, 2, alone, 2);
  g_autoptr(LcConflictList) two = compute (items, 2, both, 3);
  g_autofree char *text = describe (two);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (one)), ==, 0);
  g_assert_cmpstr (text, ==, "0 1 2 100\n");
}

static void
test_order (void)
{
  const LcConflictInput items[] = {
    { 10, "2023-05-11", H (9, 0), H (10, 0), 7 },
    { 11, "2023-05-11", H (9, 0), H (10, 0), 7 },
    { 12, "2023-05-10", H (14, 0), H (15, 0), 7 },
    { 13, "2023-05-10", H (14, 30), H (15, 0), 7 },
  };
  g_autoptr(LcConflictList) list = compute (items, 4, NULL, 0);
  g_autoptr(LcConflict) first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_autoptr(LcConflict) second = g_list_model_get_item (G_LIST_MODEL (list), 1);

  /* In the order they happen, whatever the order of the input. */
  g_assert_cmpint (lc_conflict_get_item_id (first), ==, 12);
  g_assert_cmpint (lc_conflict_get_other_item_id (first), ==, 13);
  g_assert_cmpint (lc_conflict_get_item_id (second), ==, 10);
}

/* The reference: every pair of items, the rules spelt out directly. */
static char *
brute_force (const LcConflictInput       *items,
             guint                        n_items,
             const LcConflictParticipant *people,
             guint                        n_people)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n_items; i++)
    {
      const LcConflictInput *a = &items[i];
      gboolean bad_times = a->end_minute <= a->start_minute || a->start_minute < 0 || a->end_minute > 1440;
      gboolean bad_day = !lc_date_parse (a->day, NULL);

      if (bad_day || strcmp (a->day, "2023-05-10") < 0 || strcmp (a->day, "2023-05-11") > 0)
        g_ptr_array_add (lines, g_strdup_printf ("2 %" G_GINT64_FORMAT " 0 0", a->id));
      if (bad_times)
        g_ptr_array_add (lines, g_strdup_printf ("3 %" G_GINT64_FORMAT " 0 0", a->id));
    }

  for (guint i = 0; i < n_items; i++)
    for (guint j = i + 1; j < n_items; j++)
      {
        const LcConflictInput *a = &items[i], *b = &items[j];
        gboolean a_occupies = TRUE, b_occupies = TRUE, a_any = FALSE, b_any = FALSE;
        g_autoptr(GHashTable) in_a = g_hash_table_new (g_int64_hash, g_int64_equal);
        g_autoptr(GHashTable) reported = g_hash_table_new (g_int64_hash, g_int64_equal);
        gint64 lo = MIN (a->id, b->id), hi = MAX (a->id, b->id);

        if (a->end_minute <= a->start_minute || b->end_minute <= b->start_minute
            || a->start_minute < 0 || b->start_minute < 0
            || a->end_minute > 1440 || b->end_minute > 1440
            || !lc_date_parse (a->day, NULL) || !lc_date_parse (b->day, NULL)
            || strcmp (a->day, b->day) != 0
            || !(a->start_minute < b->end_minute && b->start_minute < a->end_minute))
          continue;

        /* An item is online only when it has people and none is in person. */
        a_occupies = b_occupies = FALSE;
        for (guint p = 0; p < n_people; p++)
          {
            if (people[p].item_id == a->id)
              {
                a_any = TRUE;
                a_occupies |= !people[p].online;
                g_hash_table_add (in_a, (gpointer) &people[p].person_id);
              }
            if (people[p].item_id == b->id)
              {
                b_any = TRUE;
                b_occupies |= !people[p].online;
              }
          }
        a_occupies |= !a_any;
        b_occupies |= !b_any;

        if (a->room_id != 0 && a->room_id == b->room_id && a_occupies && b_occupies)
          g_ptr_array_add (lines, g_strdup_printf ("1 %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                                                   " %" G_GINT64_FORMAT, lo, hi, a->room_id));
        if (a->place_id != 0 && a->place_id == b->place_id && a_occupies && b_occupies)
          g_ptr_array_add (lines, g_strdup_printf ("5 %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                                                   " %" G_GINT64_FORMAT, lo, hi, a->place_id));

        for (guint p = 0; p < n_people; p++)
          if (people[p].item_id == b->id && g_hash_table_contains (in_a, &people[p].person_id)
              && g_hash_table_add (reported, (gpointer) &people[p].person_id))
            g_ptr_array_add (lines, g_strdup_printf ("0 %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                                                     " %" G_GINT64_FORMAT,
                                                     lo, hi, people[p].person_id));
      }

  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", (char *) g_ptr_array_index (lines, i));

  return g_string_free (out, FALSE);
}

static const char *days[] = { "2023-05-09", "2023-05-10", "2023-05-10", "2023-05-11", "2023-05-11", "not-a-day" };

static void
random_agenda (GRand                  *rand,
               guint                   n_items,
               guint                   n_rooms,
               guint                   n_persons,
               guint                   per_item,
               LcConflictInput       **items_out,
               LcConflictParticipant **people_out,
               guint                  *n_people_out)
{
  LcConflictInput *items = g_new0 (LcConflictInput, n_items);
  LcConflictParticipant *people = g_new0 (LcConflictParticipant, n_items * per_item);
  guint n_people = 0;

  for (guint i = 0; i < n_items; i++)
    {
      int start = g_rand_int_range (rand, H (8, 0), H (18, 0)) / 5 * 5;
      int length = g_rand_int_range (rand, 1, 25) * 5;

      /* Some times end exactly where others start, some are wrong. */
      if (g_rand_int_range (rand, 0, 40) == 0)
        length = -g_rand_int_range (rand, 0, 30);
      items[i].id = 1000 + i * 3;
      items[i].day = days[g_rand_int_range (rand, 0, G_N_ELEMENTS (days) - (g_rand_int_range (rand, 0, 20) ? 1 : 0))];
      items[i].start_minute = start;
      items[i].end_minute = start + length;
      items[i].room_id = g_rand_int_range (rand, 0, n_rooms + 1);
      /* One in five goes to a place instead, numbered as the rooms are. */
      if (g_rand_int_range (rand, 0, 5) == 0)
        {
          items[i].place_id = items[i].room_id;
          items[i].room_id = 0;
        }

      for (guint p = 0, n = g_rand_int_range (rand, 0, per_item + 1); p < n; p++)
        {
          people[n_people].item_id = items[i].id;
          people[n_people].person_id = 1 + g_rand_int_range (rand, 0, n_persons);
          people[n_people].online = g_rand_int_range (rand, 0, 3) == 0;
          n_people++;
        }
    }

  *items_out = items;
  *people_out = people;
  *n_people_out = n_people;
}

static void
test_random_against_brute_force (void)
{
  gboolean places = FALSE;

  for (guint32 seed = 1; seed <= 12; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autofree LcConflictInput *items = NULL;
      g_autofree LcConflictParticipant *people = NULL;
      g_autoptr(LcConflictList) list = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *found = NULL;
      guint n_people;
      /* Few rooms and people make many conflicts; many make few. */
      guint n_rooms = seed % 2 ? 4 : 30;
      guint n_persons = seed % 3 ? 15 : 200;

      random_agenda (rand, 250, n_rooms, n_persons, 5, &items, &people, &n_people);
      list = compute (items, 250, people, n_people);
      expected = brute_force (items, 250, people, n_people);
      found = describe (list);

      g_assert_cmpuint (strlen (expected), >, 0);
      g_assert_cmpstr (found, ==, expected);
      places |= g_str_has_prefix (expected, "5 ") || strstr (expected, "\n5 ") != NULL;
    }
  /* The agendas had visits clashing at a place. */
  g_assert_true (places);
}

static void
test_timing (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2023);
  g_autofree LcConflictInput *items = NULL;
  g_autofree LcConflictParticipant *people = NULL;
  guint n_people;
  gint64 best = G_MAXINT64;
  guint n_conflicts = 0;

  /* 10,000 items over three days in 200 rooms, each with five of 5,000 people. */
  random_agenda (rand, 10000, 200, 5000, 0, &items, &people, &n_people);
  g_free (people);
  people = g_new (LcConflictParticipant, 10000 * 5);
  n_people = 0;
  for (guint i = 0; i < 10000; i++)
    for (guint p = 0; p < 5; p++)
      people[n_people++] = (LcConflictParticipant) {
        items[i].id, 1 + g_rand_int_range (rand, 0, 5000), g_rand_int_range (rand, 0, 4) == 0
      };

  for (int run = 0; run < 5; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(LcConflictList) list = compute (items, 10000, people, n_people);

      best = MIN (best, g_get_monotonic_time () - start);
      n_conflicts = g_list_model_get_n_items (G_LIST_MODEL (list));
    }

  g_assert_cmpuint (n_conflicts, >, 0);
  g_test_message ("conflicts of 10000 items with %u participations: %u found in %.2f ms (best of 5)",
                  n_people, n_conflicts, best / 1000.0);
  g_printerr ("# conflicts: 10000 items, %u participations, %u conflicts, %.2f ms\n",
              n_people, n_conflicts, best / 1000.0);
}

static gint64
insert (LcStore  *store,
        LcRecord *record)
{
  g_autoptr(GError) error = NULL;

  lc_store_insert (store, record, &error);
  g_assert_no_error (error);
  return lc_record_get_id (record);
}

static void
test_find (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 convention = lc_test_add_convention (store, "Test", "2023-05-10", "2023-05-11");
  g_autoptr(LcRecord) room = g_object_new (LC_TYPE_ROOM, "convention-id", convention, NULL);
  g_autoptr(LcRecord) online = g_object_new (LC_TYPE_PERSON, "convention-id", convention,
                                             "attendance", LC_ATTENDANCE_ONLINE, NULL);
  g_autoptr(LcRecord) present = g_object_new (LC_TYPE_PERSON, "convention-id", convention, NULL);
  g_autoptr(LcRecord) museum = g_object_new (LC_TYPE_PLACE, "convention-id", convention, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcConflictList) list = NULL;
  g_autoptr(LcConflictList) missing = NULL;
  g_autofree char *text = NULL;
  gint64 items[3], visits[2];
  const int starts[] = { H (9, 0), H (9, 30), H (10, 0) };

  insert (store, room);
  insert (store, museum);
  /* Two visits to the museum on the second day, overlapping by an hour. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(LcRecord) visit = g_object_new (LC_TYPE_ITEM, "convention-id", convention,
                                                "day", "2023-05-11", "start-minute", H (9 + i, 0),
                                                "end-minute", H (11 + i, 0),
                                                "place-id", lc_record_get_id (museum), NULL);

      visits[i] = insert (store, visit);
    }
  insert (store, online);
  insert (store, present);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, "convention-id", convention,
                                               "day", i == 2 ? "2023-05-12" : "2023-05-10",
                                               "start-minute", starts[i],
                                               "end-minute", starts[i] + 60,
                                               "room-id", lc_record_get_id (room), NULL);

      items[i] = insert (store, item);
    }

  /* Item 0: the online person (attendance inherited). Item 1: the same
   * person, in person this time (the participation says so). */
  {
    g_autoptr(LcRecord) p0 = g_object_new (LC_TYPE_PARTICIPATION, "item-id", items[0],
                                           "person-id", lc_record_get_id (online), NULL);
    g_autoptr(LcRecord) p1 = g_object_new (LC_TYPE_PARTICIPATION, "item-id", items[1],
                                           "person-id", lc_record_get_id (online),
                                           "attendance", LC_ATTENDANCE_IN_PERSON, NULL);
    g_autoptr(LcRecord) p2 = g_object_new (LC_TYPE_PARTICIPATION, "item-id", items[2],
                                           "person-id", lc_record_get_id (present), NULL);

    insert (store, p0);
    insert (store, p1);
    insert (store, p2);
  }

  list = lc_conflicts_find (store, convention, &error);
  g_assert_no_error (error);
  text = describe (list);
  {
    /* A person conflict; no room conflict, item 0 being wholly online;
     * item 2 is outside the dates; the visits clash at the museum. */
    g_autofree char *expected = g_strdup_printf ("0 %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                                                 " %" G_GINT64_FORMAT "\n2 %" G_GINT64_FORMAT " 0 0\n"
                                                 "5 %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
                                                 items[0], items[1], lc_record_get_id (online), items[2],
                                                 visits[0], visits[1], lc_record_get_id (museum));

    g_assert_cmpstr (text, ==, expected);
  }

  missing = lc_conflicts_find (store, convention + 100, &error);
  g_assert_error (error, LC_ERROR, LC_ERROR_NOT_FOUND);
  g_assert_null (missing);

  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

/* An organiser's file with an item on a day after the convention: it is
 * imported as it is, and the conflict list (the window's) names it, as
 * does the sentence the command line prints; the file as published names
 * none. */
static void
test_imported_outside_dates (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autofree char *moved = lc_test_write_sample_moving_item (dir, "item-d1-opening",
                                                             "2023-05-12");
  g_autoptr(GError) error = NULL;
  gint64 id, sample;
  guint found = 0;

  id = lc_convention_import_file (store, moved, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  {
    g_autoptr(LcConflictList) list = lc_conflicts_find (store, id, &error);
    g_auto(GStrv) sentences = lc_conflicts_describe_outside_dates (store, id, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
      {
        g_autoptr(LcConflict) c = g_list_model_get_item (G_LIST_MODEL (list), i);
        g_autoptr(LcRecord) item = NULL;

        if (lc_conflict_get_kind (c) != LC_CONFLICT_OUTSIDE_DATES)
          continue;
        item = lc_store_get (store, LC_TYPE_ITEM, lc_conflict_get_item_id (c), &error);
        g_assert_no_error (error);
        g_assert_cmpstr (lc_record_get_string (item, "title-en"), ==, "Opening session");
        g_assert_cmpstr (lc_record_get_string (item, "day"), ==, "2023-05-12");
        found++;
      }
    g_assert_cmpuint (found, ==, 1);
    g_assert_cmpuint (g_strv_length (sentences), ==, 1);
    g_assert_cmpstr (sentences[0], ==, "“Opening session” is on 2023-05-12, outside the "
                                       "convention’s dates (2023-05-10 to 2023-05-11).");
  }

  sample = lc_convention_import_file (store, g_getenv ("LC_SAMPLE"), &error);
  g_assert_no_error (error);
  {
    g_auto(GStrv) none = lc_conflicts_describe_outside_dates (store, sample, &error);

    g_assert_no_error (error);
    g_assert_nonnull (none);
    g_assert_cmpuint (g_strv_length (none), ==, 0);
  }

  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/conflicts/person-overlap", test_person_overlap);
  g_test_add_func ("/conflicts/touching", test_touching);
  g_test_add_func ("/conflicts/room", test_room);
  g_test_add_func ("/conflicts/room-online", test_room_online);
  g_test_add_func ("/conflicts/place", test_place);
  g_test_add_func ("/conflicts/outside-dates", test_outside_dates);
  g_test_add_func ("/conflicts/bad-times", test_bad_times);
  g_test_add_func ("/conflicts/same-person-twice", test_same_person_twice);
  g_test_add_func ("/conflicts/order", test_order);
  g_test_add_func ("/conflicts/random-vs-brute-force", test_random_against_brute_force);
  g_test_add_func ("/conflicts/timing", test_timing);
  g_test_add_func ("/conflicts/find", test_find);
  g_test_add_func ("/conflicts/imported-outside-dates", test_imported_outside_dates);

  return g_test_run ();
}
