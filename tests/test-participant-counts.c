/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-generator.h"
#include "lc-participant-counts.h"
#include "lc-test-util.h"

/*
 * Counts of participants (lc-participant-counts.c): a small convention
 * counted by hand, then a generated one, with categories and statuses
 * spread by a seeded generator, against a count made record by record.
 * Both conventions share one library: neither's people count in the other.
 */

#define S(x) LC_PARTICIPANT_STATUS_##x

static gint64
add_city (LcStore    *store,
          gint64      convention,
          const char *name,
          const char *country)
{
  g_autoptr(LcRecord) city = g_object_new (LC_TYPE_CITY, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (city, "convention-id", convention);
  lc_record_set_text (city, "name", "", name);
  lc_record_set_string (city, "country", country);
  g_assert_true (lc_store_insert (store, city, &error));
  g_assert_no_error (error);
  return lc_record_get_id (city);
}

static void
add_person (LcStore               *store,
            gint64                 convention,
            const char            *name,
            LcParticipantCategory  category,
            gint64                 city,
            LcParticipantStatus    status)
{
  g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (person, "convention-id", convention);
  lc_record_set_text (person, "name", "", name);
  lc_record_set_int (person, "category", category);
  lc_record_set_int (person, "city-id", city);
  lc_record_set_int (person, "status", status);
  g_assert_true (lc_store_insert (store, person, &error));
  g_assert_no_error (error);
}

/* "key: n n n n n n|…", the counts in the order of the statuses. */
static char *
describe (GPtrArray *counts)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < counts->len; i++)
    {
      LcParticipantCount *c = g_ptr_array_index (counts, i);

      g_string_append_printf (text, "%s%s:", i ? "|" : "", c->key);
      for (guint s = 0; s < G_N_ELEMENTS (c->n); s++)
        g_string_append_printf (text, " %u", c->n[s]);
    }
  return g_string_free (text, FALSE);
}

static char *
count (LcStore               *store,
       gint64                 convention,
       LcParticipantGrouping  grouping)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) counts = lc_participant_count (store, convention, grouping, &error);

  g_assert_no_error (error);
  return describe (counts);
}

/* Six people, one of each status, counted by hand. */
static void
test_by_hand (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 c = lc_test_add_convention (store, "Counted", "2023-05-10", "2023-05-11");
  gint64 empty = lc_test_add_convention (store, "Empty", "2024-05-10", "2024-05-11");
  gint64 jubail = add_city (store, c, "Jubail", "SA"), yanbu = add_city (store, c, "Yanbu", "SA");
  gint64 cork = add_city (store, c, "Cork", "IE");
  g_autofree char *all = NULL, *by_category = NULL, *by_city = NULL, *by_country = NULL, *none = NULL;
  g_autofree char *expected_city = NULL;
  g_autoptr(GPtrArray) totals = NULL;

  add_person (store, c, "A", LC_PARTICIPANT_CATEGORY_DELEGATE, jubail, S (ATTENDED_IN_PERSON));
  add_person (store, c, "B", LC_PARTICIPANT_CATEGORY_DELEGATE, yanbu, S (ATTENDED_ONLINE));
  add_person (store, c, "C", LC_PARTICIPANT_CATEGORY_PRESS, cork, S (CONFIRMED));
  add_person (store, c, "D", LC_PARTICIPANT_CATEGORY_OBSERVER, 0, S (DECLINED));
  add_person (store, c, "E", LC_PARTICIPANT_CATEGORY_PROGRAMME, jubail, S (INVITED));
  add_person (store, c, "F", LC_PARTICIPANT_CATEGORY_DELEGATE, cork, S (NO_SHOW));

  /* invited, confirmed, declined, in person, online, no-show */
  all = count (store, c, LC_PARTICIPANT_COUNT_ALL);
  g_assert_cmpstr (all, ==, ": 1 1 1 1 1 1");
  by_category = count (store, c, LC_PARTICIPANT_COUNT_BY_CATEGORY);
  g_assert_cmpstr (by_category, ==, "delegate: 0 0 0 1 1 1|observer: 0 0 1 0 0 0|press: 0 1 0 0 0 0"
                                    "|programme: 1 0 0 0 0 0");
  by_country = count (store, c, LC_PARTICIPANT_COUNT_BY_COUNTRY);
  g_assert_cmpstr (by_country, ==, ": 0 0 1 0 0 0|IE: 0 1 0 0 0 1|SA: 1 0 0 1 1 0");
  by_city = count (store, c, LC_PARTICIPANT_COUNT_BY_CITY);
  expected_city = g_strdup_printf ("0: 0 0 1 0 0 0|%" G_GINT64_FORMAT ": 1 0 0 1 0 0|%" G_GINT64_FORMAT
                                   ": 0 0 0 0 1 0|%" G_GINT64_FORMAT ": 0 1 0 0 0 1", jubail, yanbu, cork);
  g_assert_cmpstr (by_city, ==, expected_city);

  totals = lc_participant_count (store, c, LC_PARTICIPANT_COUNT_ALL, NULL);
  g_assert_cmpuint (lc_participant_count_attended (g_ptr_array_index (totals, 0)), ==, 2);
  none = count (store, empty, LC_PARTICIPANT_COUNT_ALL);
  g_assert_cmpstr (none, ==, ": 0 0 0 0 0 0");

  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

/* The key a person falls under, as the test reads the records. */
static char *
key_of (LcStore               *store,
        LcPerson              *person,
        LcParticipantGrouping  grouping)
{
  gint64 city_id = lc_person_get_city_id (person);
  g_autoptr(LcRecord) city = NULL;

  switch (grouping)
    {
    case LC_PARTICIPANT_COUNT_BY_CATEGORY:
      return g_strdup (lc_enum_to_nick (LC_TYPE_PARTICIPANT_CATEGORY, lc_person_get_category (person)));
    case LC_PARTICIPANT_COUNT_BY_CITY:
      return g_strdup_printf ("%" G_GINT64_FORMAT, city_id);
    case LC_PARTICIPANT_COUNT_BY_COUNTRY:
      if (city_id == 0)
        return g_strdup ("");
      city = lc_store_get (store, LC_TYPE_CITY, city_id, NULL);
      return g_strdup (lc_city_get_country (LC_CITY (city)));
    case LC_PARTICIPANT_COUNT_ALL:
    default:
      return g_strdup ("");
    }
}

/* A generated convention of 400 items' people, statuses and categories
 * from a seeded generator, counted person by person. */
static void
test_generated (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(GRand) rand = g_rand_new_with_seed (14);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) people = NULL;
  LcGeneratorSize size;
  gint64 c, other;

  lc_generator_size_init (&size, 400);
  c = lc_generator_create (store, &size, 7, &error);
  g_assert_no_error (error);
  other = lc_generator_create (store, &size, 8, &error);
  g_assert_no_error (error);
  people = lc_store_list (store, LC_TYPE_PERSON, "convention_id", c, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), >, 50);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      lc_record_set_int (person, "category", g_rand_int_range (rand, 0, LC_PARTICIPANT_CATEGORY_STAFF + 1));
      lc_record_set_int (person, "status", g_rand_int_range (rand, 0, LC_PARTICIPANT_STATUS_NO_SHOW + 1));
      /* Some without a city, so "no city" and "no country" are counted too. */
      if (g_rand_int_range (rand, 0, 10) == 0)
        lc_record_set_int (person, "city-id", 0);
      g_assert_true (lc_store_update (store, person, &error));
      g_assert_no_error (error);
    }
  g_clear_object (&people);
  people = lc_store_list (store, LC_TYPE_PERSON, "convention_id", c, &error);

  for (LcParticipantGrouping g = LC_PARTICIPANT_COUNT_ALL; g <= LC_PARTICIPANT_COUNT_BY_COUNTRY; g++)
    {
      g_autoptr(GPtrArray) counts = lc_participant_count (store, c, g, &error);
      g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      guint total = 0, listed = 0;

      g_assert_no_error (error);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
        {
          g_autoptr(LcPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);
          char *key = key_of (store, person, g);
          guint *n = g_hash_table_lookup (expected, key);

          if (n == NULL)
            {
              n = g_new0 (guint, LC_PARTICIPANT_STATUS_NO_SHOW + 1);
              g_hash_table_insert (expected, g_strdup (key), n);
            }
          n[lc_person_get_status (person)]++;
          total++;
          g_free (key);
        }
      g_assert_cmpuint (counts->len, ==, g_hash_table_size (expected));
      for (guint i = 0; i < counts->len; i++)
        {
          LcParticipantCount *got = g_ptr_array_index (counts, i);
          guint *n = g_hash_table_lookup (expected, got->key);

          g_assert_nonnull (n);
          for (guint s = 0; s <= LC_PARTICIPANT_STATUS_NO_SHOW; s++)
            {
              g_assert_cmpuint (got->n[s], ==, n[s]);
              listed += got->n[s];
            }
        }
      g_assert_cmpuint (listed, ==, total);
    }
  /* The other convention kept its defaults: everyone invited. */
  {
    g_autoptr(GPtrArray) counts = lc_participant_count (store, other, LC_PARTICIPANT_COUNT_ALL, &error);
    LcParticipantCount *all = g_ptr_array_index (counts, 0);

    g_assert_no_error (error);
    g_assert_cmpuint (all->n[S (INVITED)], ==, lc_store_count (store, LC_TYPE_PERSON, "convention_id", other, NULL));
    g_assert_cmpuint (lc_participant_count_attended (all), ==, 0);
  }

  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/participant-counts/by-hand", test_by_hand);
  g_test_add_func ("/participant-counts/generated", test_generated);

  return g_test_run ();
}
