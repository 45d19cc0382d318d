/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-convention-check.h"
#include "lc-error.h"
#include "lc-generator.h"
#include "lc-generator-private.h"
#include "lc-organisation.h"

/* One room on one day: items follow each other, never overlapping. */
typedef struct
{
  guint day;
  int   start;
  int   end;
  guint room;
} Slot;

typedef struct
{
  LcStore               *store;
  GRand                 *rand;
  const LcGeneratorSize *size;
  guint                  per_item;
  gint64                 convention;
  GDate                  first_day;
  GArray                *rooms;       /* gint64 ids */
  GArray                *cities;      /* gint64 ids */
  GPtrArray             *city_ar;     /* names, by position in @cities */
  GPtrArray             *city_en;
  GArray                *people;      /* gint64 ids */
  GArray                *busy_until;  /* gint64 per person: absolute minute */
} Generator;

static void
generator_clear (Generator *gen)
{
  g_clear_pointer (&gen->rand, g_rand_free);
  g_clear_pointer (&gen->rooms, g_array_unref);
  g_clear_pointer (&gen->cities, g_array_unref);
  g_clear_pointer (&gen->city_ar, g_ptr_array_unref);
  g_clear_pointer (&gen->city_en, g_ptr_array_unref);
  g_clear_pointer (&gen->people, g_array_unref);
  g_clear_pointer (&gen->busy_until, g_array_unref);
}

static guint
pick (Generator *gen,
      guint      n)
{
  return lc_generator_pick (gen->rand, n);
}

/* TRUE with a probability of @percent in a hundred. */
static gboolean
chance (Generator *gen,
        guint      percent)
{
  return pick (gen, 100) < percent;
}

#define PICK(gen, list) (&lc_generator_##list[pick ((gen), lc_generator_n_##list)])

static gboolean
insert (Generator  *gen,
        LcRecord   *record,
        gint64     *id,
        GError    **error)
{
  if (!lc_store_insert (gen->store, record, error))
    return FALSE;

  if (id != NULL)
    *id = lc_record_get_id (record);
  return TRUE;
}

static char *
day_string (Generator *gen,
            guint      day)
{
  GDate date = gen->first_day;
  char text[16];

  g_date_add_days (&date, day);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

static gboolean
add_convention (Generator  *gen,
                guint32     seed,
                GError    **error)
{
  g_autoptr(LcRecord) convention = g_object_new (LC_TYPE_CONVENTION, NULL);
  g_autofree char *title_ar = NULL;
  g_autofree char *title_en = NULL;
  g_autofree char *last = day_string (gen, gen->size->n_days - 1);

  /* Numbers in ASCII digits in both titles, so the convention is easy to
   * find by size in either language. */
  title_ar = g_strdup_printf ("ملتقى مدن التعلم المولَّد: %u بندًا، البذرة %u",
                              gen->size->n_items, (guint) seed);
  title_en = g_strdup_printf ("Generated Convention of Learning Cities: %u items, seed %u",
                              gen->size->n_items, (guint) seed);
  lc_record_set_text (LC_RECORD (convention), "title", title_ar, title_en);
  lc_record_set_text (LC_RECORD (convention), "slogan",
                      "مدن تتعلم من أجل مستقبل مستدام", "Cities that learn for a sustainable future");
  lc_record_set_text (LC_RECORD (convention), "venue",
                      "مركز المؤتمرات، ينبع الصناعية", "Conference Centre, Yanbu Industrial City");
  lc_record_set_string (LC_RECORD (convention), "start-date", "2025-10-05");
  lc_record_set_string (LC_RECORD (convention), "end-date", last);
  lc_record_set_string (LC_RECORD (convention), "time-zone", "Asia/Riyadh");

  if (!insert (gen, LC_RECORD (convention), &gen->convention, error))
    return FALSE;

  /* Its host and organiser, as organisations (issue 12). */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(LcOrganisation) organisation = g_object_new (LC_TYPE_ORGANISATION, NULL);

      lc_organisation_set_convention_id (organisation, gen->convention);
      lc_organisation_set_role (organisation, i == 0 ? LC_ORGANISATION_ROLE_HOST : LC_ORGANISATION_ROLE_ORGANISER);
      lc_organisation_set_position (organisation, i);
      if (i == 0)
        lc_organisation_set_name (organisation, "الهيئة الملكية في ينبع", "Royal Commission in Yanbu");
      else
        lc_organisation_set_name (organisation, "معهد اليونسكو للتعلم مدى الحياة",
                                  "UNESCO Institute for Lifelong Learning");
      if (!insert (gen, LC_RECORD (organisation), NULL, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_rooms (Generator  *gen,
           GError    **error)
{
  for (guint r = 0; r < gen->size->n_rooms; r++)
    {
      g_autoptr(LcRecord) room = g_object_new (LC_TYPE_ROOM, NULL);
      g_autofree char *ar = NULL;
      g_autofree char *en = NULL;
      gint64 id;

      if (r < lc_generator_n_rooms)
        {
          ar = g_strdup (lc_generator_rooms[r].ar);
          en = g_strdup (lc_generator_rooms[r].en);
        }
      else
        {
          ar = g_strdup_printf ("القاعة %u", r + 1);
          en = g_strdup_printf ("Room %u", r + 1);
        }

      lc_record_set_int (room, "convention-id", gen->convention);
      lc_record_set_text (room, "name", ar, en);
      lc_record_set_int (room, "position", r);
      if (!insert (gen, room, &id, error))
        return FALSE;
      g_array_append_val (gen->rooms, id);
    }

  return TRUE;
}

static gboolean
add_cities (Generator  *gen,
            GError    **error)
{
  for (guint k = 0; k < gen->size->n_cities; k++)
    {
      g_autoptr(LcRecord) city = g_object_new (LC_TYPE_CITY, NULL);
      const LcGeneratorCity *name = &lc_generator_cities[k % lc_generator_n_cities];
      const LcGeneratorPair *trait = PICK (gen, city_traits);
      guint round = k / lc_generator_n_cities;
      g_autofree char *rep_ar = NULL;
      g_autofree char *rep_en = NULL;
      char *ar, *en;
      gint64 id;
      guint attendance = pick (gen, 100);

      /* Past the list, a second "Amman" is "Amman 2": names stay distinct. */
      if (round == 0)
        {
          ar = g_strdup (name->ar);
          en = g_strdup (name->en);
        }
      else
        {
          ar = g_strdup_printf ("%s %u", name->ar, round + 1);
          en = g_strdup_printf ("%s %u", name->en, round + 1);
        }
      g_ptr_array_add (gen->city_ar, ar);
      g_ptr_array_add (gen->city_en, en);

      lc_generator_random_name (gen->rand, &rep_ar, &rep_en);
      lc_record_set_int (city, "convention-id", gen->convention);
      lc_record_set_text (city, "name", ar, en);
      lc_record_set_string (city, "country", name->country);
      lc_record_set_int (city, "arab-region", name->arab_region);
      lc_record_set_int (city, "year-joined", 2013 + pick (gen, 12));
      lc_record_set_int (city, "candidate", chance (gen, 10));
      lc_record_set_text (city, "trait", trait->ar, trait->en);
      for (guint s = 0; s < 3; s++)
        lc_city_set_sdg (LC_CITY (city), 1 + pick (gen, LC_SDG_COUNT), TRUE);
      lc_record_set_int (city, "attendance",
                         attendance < 70 ? LC_ATTENDANCE_IN_PERSON
                         : attendance < 85 ? LC_ATTENDANCE_ONLINE
                         : attendance < 95 ? LC_ATTENDANCE_UNSET : LC_ATTENDANCE_ABSENT);
      lc_record_set_text (city, "representative", rep_ar, rep_en);
      if (!insert (gen, city, &id, error))
        return FALSE;
      g_array_append_val (gen->cities, id);
    }

  return TRUE;
}

static gboolean
add_people (Generator  *gen,
            GError    **error)
{
  guint n_names = lc_generator_n_names ();
  g_autoptr(GHashTable) used = g_hash_table_new (g_direct_hash, g_direct_equal);
  gint64 free_from = 0;

  for (guint p = 0; p < gen->size->n_people; p++)
    {
      g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
      const LcGeneratorPair *position = PICK (gen, positions);
      const LcGeneratorPair *organisation = PICK (gen, organisations);
      guint city = pick (gen, gen->cities->len);
      g_autofree char *ar = NULL;
      g_autofree char *en = NULL;
      g_autofree char *org_ar = NULL;
      g_autofree char *org_en = NULL;
      const LcGeneratorPair *honorific = &lc_generator_honorifics[pick (gen, lc_generator_n_honorifics)];
      gboolean titled = chance (gen, 60);
      guint name;
      gint64 id;

      /* Distinct names while there are any left, as in a real list. */
      do
        name = pick (gen, n_names);
      while (g_hash_table_size (used) < n_names / 2
             && !g_hash_table_add (used, GUINT_TO_POINTER (name + 1)));
      lc_generator_name (name, &ar, &en);

      org_ar = lc_generator_fill_city (organisation->ar, g_ptr_array_index (gen->city_ar, city));
      org_en = lc_generator_fill_city (organisation->en, g_ptr_array_index (gen->city_en, city));

      lc_record_set_int (person, "convention-id", gen->convention);
      lc_record_set_text (person, "name", ar, en);
      if (titled)
        lc_record_set_text (person, "honorific", honorific->ar, honorific->en);
      lc_record_set_text (person, "position", position->ar, position->en);
      lc_record_set_text (person, "organisation", org_ar, org_en);
      lc_record_set_int (person, "city-id", g_array_index (gen->cities, gint64, city));
      /* A few speak from home. */
      lc_record_set_int (person, "attendance", chance (gen, 4) ? LC_ATTENDANCE_ONLINE : LC_ATTENDANCE_IN_PERSON);
      if (!insert (gen, person, &id, error))
        return FALSE;
      g_array_append_val (gen->people, id);
      g_array_append_val (gen->busy_until, free_from);
    }

  return TRUE;
}

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const Slot *x = a, *y = b;

  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return (x->room > y->room) - (x->room < y->room);
}

/* Spreads the items evenly over every room and day. In one room's day the
 * k items last 30–120 minutes each (shortened at random until they fit in
 * 08:00–20:00), and what time is left falls between them as gaps. */
static GArray *
make_schedule (Generator *gen)
{
  const LcGeneratorSize *size = gen->size;
  guint n_tracks = size->n_days * size->n_rooms;
  GArray *slots = g_array_sized_new (FALSE, FALSE, sizeof (Slot), size->n_items);

  for (guint t = 0; t < n_tracks; t++)
    {
      guint k = size->n_items / n_tracks + (t < size->n_items % n_tracks ? 1 : 0);
      int duration[LC_GENERATOR_MAX_PER_TRACK], gap[LC_GENERATOR_MAX_PER_TRACK + 1] = { 0, };
      int total = 0, cursor = 8 * 60;

      /* check_size() made sure k × 30 minutes fit in the 720. */
      for (guint j = 0; j < k; j++)
        {
          duration[j] = 30 + 15 * (int) pick (gen, 7);
          total += duration[j];
        }
      while (total > 12 * 60)
        {
          guint j = pick (gen, k);

          if (duration[j] > 30)
            {
              duration[j] -= 15;
              total -= 15;
            }
        }
      for (int left = 12 * 60 - total; left > 0; left -= 5)
        gap[pick (gen, k + 1)] += 5;

      for (guint j = 0; j < k; j++)
        {
          Slot slot = {
            .day = t % size->n_days,
            .room = t / size->n_days,
            .start = cursor + gap[j],
          };

          slot.end = slot.start + duration[j];
          cursor = slot.end;
          g_array_append_val (slots, slot);
        }
    }

  g_array_sort (slots, compare_slots);
  return slots;
}

static gint64
absolute (const Slot *slot,
          int         minute)
{
  return (gint64) slot->day * 24 * 60 + minute;
}

static gboolean
contains (GArray *people,
          guint   person)
{
  for (guint i = 0; i < people->len; i++)
    if (g_array_index (people, guint, i) == person)
      return TRUE;

  return FALSE;
}

/* Someone free when @slot starts; after a few random tries, the next free
 * person in turn; when nobody is free, anyone not in @taken yet (a
 * conflict, but only when the size asks for more people at once than
 * there are). */
static guint
free_person (Generator  *gen,
             const Slot *slot,
             GArray     *taken)
{
  gint64 start = absolute (slot, slot->start);
  guint n = gen->people->len, first;

  for (int tries = 0; tries < 16; tries++)
    {
      guint p = pick (gen, n);

      if (g_array_index (gen->busy_until, gint64, p) <= start)
        return p;
    }

  first = pick (gen, n);
  for (guint i = 0; i < n; i++)
    {
      guint p = (first + i) % n;

      if (g_array_index (gen->busy_until, gint64, p) <= start)
        return p;
    }

  /* check_size() made sure there are more people than one item takes. */
  while (contains (taken, first))
    first = (first + 1) % n;
  return first;
}

static gboolean
add_participation (Generator  *gen,
                   gint64      item,
                   guint       person,
                   guint       position,
                   GError    **error)
{
  g_autoptr(LcRecord) part = g_object_new (LC_TYPE_PARTICIPATION, NULL);

  lc_record_set_int (part, "item-id", item);
  lc_record_set_int (part, "person-id", g_array_index (gen->people, gint64, person));
  lc_record_set_int (part, "role", position == 0 ? LC_ROLE_MODERATOR
                                   : chance (gen, 20) ? LC_ROLE_PRESENTER : LC_ROLE_SPEAKER);
  lc_record_set_int (part, "position", position);
  /* A few join this one item online, whatever they do elsewhere. */
  if (chance (gen, 2))
    lc_record_set_int (part, "attendance", LC_ATTENDANCE_ONLINE);

  return insert (gen, part, NULL, error);
}

static gboolean
add_items (Generator  *gen,
           GError    **error)
{
  g_autoptr(GArray) slots = make_schedule (gen);
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = slots->len, number = 0;
  guint every = gen->size->double_bookings ? MAX (1, n / gen->size->double_bookings) : 0;
  guint doubled = 0;
  g_autoptr(GPtrArray) previous = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint i = 0; i < n; i++)
    {
      const Slot *slot = &g_array_index (slots, Slot, i);
      g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
      g_autofree char *day = day_string (gen, slot->day);
      g_auto(LcGeneratorItemText) text = { 0, };
      gboolean double_book = FALSE;
      gint64 id;

      lc_generator_item_text (gen->rand, i, n, gen->city_ar, gen->city_en, &text);
      lc_record_set_int (item, "convention-id", gen->convention);
      lc_record_set_int (item, "kind", text.kind);
      if (text.kind == LC_ITEM_KIND_SESSION)
        lc_record_set_int (item, "number", ++number);
      lc_record_set_text (item, "title", text.title_ar, text.title_en);
      lc_record_set_text (item, "description", text.description_ar, text.description_en);
      lc_record_set_string (item, "day", day);
      lc_record_set_int (item, "start-minute", slot->start);
      lc_record_set_int (item, "end-minute", slot->end);
      lc_record_set_int (item, "room-id", g_array_index (gen->rooms, gint64, slot->room));
      if (!insert (gen, item, &id, error))
        return FALSE;

      /* Double-book on purpose: one person of an earlier item still running.
       * An item with no such item before it passes its turn to the next. */
      g_array_set_size (people, 0);
      if (every > 0 && doubled < MIN (gen->size->double_bookings, (i + 1) / every))
        for (guint back = previous->len; back > 0 && !double_book; back--)
          {
            GArray *other = g_ptr_array_index (previous, back - 1);
            const Slot *o = &g_array_index (slots, Slot, i - (previous->len - back) - 1);

            if (o->day == slot->day && o->end > slot->start)
              {
                g_array_append_val (people, g_array_index (other, guint, 0));
                double_book = TRUE;
                doubled++;
              }
          }

      while (people->len < gen->per_item)
        {
          guint p = free_person (gen, slot, people);

          /* Busy from now on, so free_person() does not give them again. */
          g_array_index (gen->busy_until, gint64, p) = absolute (slot, slot->end);
          g_array_append_val (people, p);
        }
      if (double_book)
        {
          gint64 *until = &g_array_index (gen->busy_until, gint64, g_array_index (people, guint, 0));

          *until = MAX (*until, absolute (slot, slot->end));
        }

      for (guint k = 0; k < people->len; k++)
        if (!add_participation (gen, id, g_array_index (people, guint, k), k, error))
          return FALSE;

      /* The people of the last few items, to double-book from. */
      g_ptr_array_add (previous, g_array_copy (people));
      if (previous->len > 8)
        g_ptr_array_remove_index (previous, 0);
    }

  return TRUE;
}

static gboolean
check_size (const LcGeneratorSize  *size,
            guint                   per_item,
            GError                **error)
{
  guint n_tracks = size->n_days * size->n_rooms;

  if (size->n_days < 1 || size->n_days > LC_CONVENTION_MAX_DAYS)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("A generated convention lasts from 1 to %u days, not %u."),
                   (guint) LC_CONVENTION_MAX_DAYS, size->n_days);
      return FALSE;
    }
  if (size->n_rooms < 1 || size->n_cities < 1)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("A generated convention needs at least one room and one city."));
      return FALSE;
    }
  if (size->n_items > 0 && size->n_people < per_item)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("%u people cannot fill items of %u people each."), size->n_people, per_item);
      return FALSE;
    }
  if ((size->n_items + n_tracks - 1) / n_tracks > LC_GENERATOR_MAX_PER_TRACK)
    {
      /* Translators: the first %u is a number of items, then rooms, then days */
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("%u items do not fit in %u rooms over %u days between 08:00 and 20:00."),
                   size->n_items, size->n_rooms, size->n_days);
      return FALSE;
    }

  return TRUE;
}


/**
 * lc_generator_size_init:
 * @size: the size to fill in
 * @n_items: how many agenda items
 *
 * Fills @size in for @n_items items in the proportions of a real
 * convention: five people per item and half as many people as items (at
 * least 10, at most 5,000), two to five days, about ten items per room and
 * day, a city for every twenty people (5 to 48: the built-in list of real
 * cities), and one item in a hundred double-booking someone.
 */
void
lc_generator_size_init (LcGeneratorSize *size,
                        guint            n_items)
{
  g_return_if_fail (size != NULL);

  memset (size, 0, sizeof *size);
  size->n_items = n_items;
  size->people_per_item = LC_GENERATOR_PEOPLE_PER_ITEM;
  size->n_people = CLAMP (n_items / 2, 10, 5000);
  size->n_days = n_items <= 200 ? 2 : n_items <= 2000 ? 3 : 5;
  size->n_rooms = MAX (1, (n_items + size->n_days * 10 - 1) / (size->n_days * 10));
  size->n_cities = CLAMP (size->n_people / 20, 5, lc_generator_n_cities);
  size->double_bookings = n_items / 100;
}

/**
 * lc_generator_create:
 * @store: the library
 * @size: how much to make
 * @seed: the seed of the random choices
 * @error: return location for a #GError
 *
 * Adds a synthetic convention to @store, in one transaction: its rooms,
 * cities, people, and @size->n_items agenda items from 08:00 to 20:00,
 * each lasting 30 to 120 minutes in a room where nothing else happens
 * meanwhile, each with @size->people_per_item people (a moderator, then
 * speakers and presenters) who are elsewhere at the time only in the
 * @size->double_bookings items made to double-book someone. All text is
 * in Arabic and English. About 4 % of the people take part online, and 2 %
 * of the participations are online for that one item.
 *
 * The same @size and @seed give the same convention.
 *
 * Returns: the new convention's id, or 0 with @error set (and nothing
 *   written) when @size cannot be met, such as more items than the rooms
 *   and days can hold (%LC_GENERATOR_MAX_PER_TRACK per room and day)
 */
gint64
lc_generator_create (LcStore                *store,
                     const LcGeneratorSize  *size,
                     guint32                 seed,
                     GError                **error)
{
  Generator gen = { 0, };
  gint64 id = 0;

  g_return_val_if_fail (LC_IS_STORE (store), 0);
  g_return_val_if_fail (size != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  gen.per_item = size->people_per_item ? size->people_per_item : LC_GENERATOR_PEOPLE_PER_ITEM;
  if (!check_size (size, gen.per_item, error))
    return 0;

  gen.store = store;
  gen.size = size;
  gen.rand = g_rand_new_with_seed (seed);
  g_date_clear (&gen.first_day, 1);
  g_date_set_dmy (&gen.first_day, 5, G_DATE_OCTOBER, 2025);
  gen.rooms = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen.cities = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen.city_ar = g_ptr_array_new_with_free_func (g_free);
  gen.city_en = g_ptr_array_new_with_free_func (g_free);
  gen.people = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen.busy_until = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!lc_store_begin (store, error))
    goto out;

  if (!add_convention (&gen, seed, error)
      || !add_rooms (&gen, error)
      || !add_cities (&gen, error)
      || !add_people (&gen, error)
      || !add_items (&gen, error))
    {
      lc_store_rollback (store);
      goto out;
    }

  if (lc_store_commit (store, error))
    id = gen.convention;

out:
  generator_clear (&gen);
  return id;
}
