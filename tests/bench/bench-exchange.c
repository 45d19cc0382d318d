/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "test-exchange-util.h"

/*
 * Issue 15's benchmark (not a test): the size of a changes file of ten
 * typical edits, and the time to merge 1,000 changes (1,000 people added,
 * then the same 1,000 renamed), from reading the file to the library
 * committed. Two libraries of the sample convention, as in
 * tests/test-exchange.c. `meson compile -C build run-bench-exchange`.
 */

static gsize
file_size (const char *path)
{
  GStatBuf st;

  g_assert (g_stat (path, &st) == 0);
  return st.st_size;
}

static double
time_merge (Organiser  *o,
            const char *file)
{
  gint64 start = g_get_monotonic_time ();

  organiser_merge (o, file, LC_EXCHANGE_THEIRS);
  return (g_get_monotonic_time () - start) / 1e6;
}

static void
add_people (Organiser *o,
            guint      n)
{
  g_autoptr(GError) error = NULL;

  g_assert (lc_store_begin (o->store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Bench person %u", i);

      organiser_add_person (o, name);
    }
  g_assert (lc_store_commit (o->store, &error));
}

static void
rename_people (Organiser *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) people = lc_store_list (o->store, LC_TYPE_PERSON, "convention_id", o->convention, &error);

  g_assert (lc_store_begin (o->store, &error));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      if (!g_str_has_prefix (lc_record_get_string (person, "name-en"), "Bench person "))
        continue;
      lc_record_set_string (person, "position-en", "Renamed in the benchmark");
      g_assert (lc_store_update (o->store, person, &error));
    }
  g_assert (lc_store_commit (o->store, &error));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *shared = exchange_shared_file (dir);
  g_autoptr(Organiser) a = organiser_new ("Amal", shared);
  g_autoptr(Organiser) b = organiser_new ("Badr", shared);
  g_autofree char *typical = NULL, *added = NULL, *renamed = NULL;
  guint n;
  double seconds;

  /* Ten edits: five items renamed, three moved, two people added. */
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Renamed session %u", i);

      organiser_rename_item (a, i, title);
    }
  for (guint i = 0; i < 3; i++)
    organiser_move_item (a, 5 + i, 15);
  organiser_add_person (a, "Added person one");
  organiser_add_person (a, "Added person two");
  typical = organiser_send (a, &n);
  g_print ("ten typical edits: %u changes, %" G_GSIZE_FORMAT " bytes\n", n, file_size (typical));
  seconds = time_merge (b, typical);
  g_print ("  merged in %.3f s\n", seconds);

  add_people (a, 1000);
  added = organiser_send (a, &n);
  g_print ("1,000 people added: %u changes, %" G_GSIZE_FORMAT " bytes\n", n, file_size (added));
  seconds = time_merge (b, added);
  g_print ("  merged in %.3f s\n", seconds);

  rename_people (a);
  renamed = organiser_send (a, &n);
  g_print ("1,000 people changed: %u changes, %" G_GSIZE_FORMAT " bytes\n", n, file_size (renamed));
  seconds = time_merge (b, renamed);
  g_print ("  merged in %.3f s\n", seconds);

  g_clear_pointer (&a, organiser_free);
  g_clear_pointer (&b, organiser_free);
  lc_test_remove_tree (dir);
  return 0;
}
