/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-convention-io.h"
#include "lc-exchange-history.h"
#include "test-exchange-util.h"

/* A convention's exchange history as the window's Changes History reads
 * it (issue 15): what each organiser's library says after sends and
 * merges, newest first, with the names as typed and the counts of the
 * files, and nothing of another convention. */

static GPtrArray *
history (Organiser *o,
         gint64     convention)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = lc_exchange_history_list (o->store, convention, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entries);
  return entries;
}

static const LcExchangeHistoryEntry *
entry (GPtrArray *entries,
       guint      index)
{
  g_assert_cmpuint (index, <, entries->len);
  return g_ptr_array_index (entries, index);
}

static void
test_sends_and_merges (void)
{
  g_autofree char *dir = g_dir_make_tmp ("lc-history-XXXXXX", NULL);
  g_autofree char *shared = exchange_shared_file (dir);
  g_autoptr(Organiser) amal = organiser_new ("Amal", shared);
  g_autoptr(Organiser) badr = organiser_new ("Badr", shared);
  g_autoptr(GPtrArray) before = NULL, sent = NULL, merged = NULL;
  g_autofree char *first = NULL, *second = NULL;
  const LcExchangeHistoryEntry *e;
  guint n = 0;

  before = history (amal, amal->convention);
  g_assert_cmpuint (before->len, ==, 0);

  organiser_rename_item (amal, 0, "Opening, renamed");
  organiser_add_person (amal, "Rania Haddad");
  first = organiser_send (amal, &n);
  g_assert_cmpuint (n, ==, 2);
  second = organiser_send (amal, &n);
  g_assert_cmpuint (n, ==, 0);

  sent = history (amal, amal->convention);
  g_assert_cmpuint (sent->len, ==, 2);
  /* Newest first: the empty second send, then the first. */
  e = entry (sent, 0);
  g_assert_cmpint (e->kind, ==, LC_EXCHANGE_HISTORY_SENT);
  g_assert_cmpint (e->sequence, ==, 2);
  g_assert_cmpuint (e->added + e->changed + e->deleted, ==, 0);
  e = entry (sent, 1);
  g_assert_cmpint (e->kind, ==, LC_EXCHANGE_HISTORY_SENT);
  g_assert_cmpstr (e->author, ==, "Amal");
  g_assert_cmpint (e->sequence, ==, 1);
  g_assert_cmpuint (e->added, ==, 1);
  g_assert_cmpuint (e->changed, ==, 1);
  g_assert_cmpuint (e->deleted, ==, 0);
  g_assert_cmpuint (e->conflicts, ==, 0);
  g_assert_cmpuint (strlen (e->file_hash), ==, 64);
  g_assert_nonnull (e->happened_at);
  /* Sent just now, by this machine's clock (within a generous hour). */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

    g_assert_cmpint (ABS (g_date_time_difference (now, e->happened_at)), <, G_TIME_SPAN_HOUR);
  }

  /* Badr's library says he merged Amal's file, with her counts. */
  organiser_merge (badr, first, LC_EXCHANGE_UNRESOLVED);
  merged = history (badr, badr->convention);
  g_assert_cmpuint (merged->len, ==, 1);
  e = entry (merged, 0);
  g_assert_cmpint (e->kind, ==, LC_EXCHANGE_HISTORY_MERGED);
  g_assert_cmpstr (e->author, ==, "Amal");
  g_assert_cmpint (e->sequence, ==, 1);
  g_assert_cmpuint (e->added, ==, 1);
  g_assert_cmpuint (e->changed, ==, 1);
  g_assert_cmpstr (e->file_hash, ==, entry (sent, 1)->file_hash);

  lc_test_remove_tree (dir);
}

/* Only the asked convention's lines; a name as typed, markup and
 * direction marks included (the window escapes it, the core keeps it). */
static void
test_one_convention_and_hostile_name (void)
{
  const char *hostile = "<b>Mallory</b> &amp; \u202Eevil";
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lc-history-XXXXXX", NULL);
  g_autofree char *shared = exchange_shared_file (dir);
  g_autoptr(Organiser) amal = organiser_new ("Amal", shared);
  g_autoptr(GPtrArray) mine = NULL, other = NULL;
  g_autofree char *path = g_build_filename (dir, "hostile.changes", NULL);
  gint64 second = lc_convention_import_file (amal->store, g_getenv ("LC_SAMPLE"), &error);

  g_assert_no_error (error);
  g_assert_cmpint (second, >, 0);
  g_assert_cmpint (second, !=, amal->convention);

  organiser_rename_item (amal, 0, "Renamed once");
  g_assert_true (lc_exchange_send (amal->store, amal->convention, hostile, path, NULL, &error));
  g_assert_no_error (error);

  mine = history (amal, amal->convention);
  g_assert_cmpuint (mine->len, ==, 1);
  g_assert_cmpstr (entry (mine, 0)->author, ==, hostile);
  other = history (amal, second);
  g_assert_cmpuint (other->len, ==, 0);

  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lc_test_use_build_catalogue ();

  g_test_add_func ("/exchange-history/sends-and-merges", test_sends_and_merges);
  g_test_add_func ("/exchange-history/one-convention-hostile-name", test_one_convention_and_hostile_name);

  return g_test_run ();
}
