/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-badge.h"
#include "lc-test-badges.h"
#include "lc-test-pdf.h"
#include "lc-test-util.h"

/*
 * Badges for some of the people (issue 14), as the window prints them for
 * the selection in the People area or for one category: the sheet holds
 * the chosen people's badges and nobody else's, read back with pdftotext.
 */

static const LcBadgeEntry *
find_entry (LcBadgeSet *set,
            const char *name_en)
{
  for (guint i = 0; i < set->entries->len; i++)
    {
      const LcBadgeEntry *entry = g_ptr_array_index (set->entries, i);

      if (g_strcmp0 (entry->name[1], name_en) == 0)
        return entry;
    }
  return NULL;
}

/* The English names of @set, in order, one a line. */
static char *
names (LcBadgeSet *set)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < set->entries->len; i++)
    g_string_append_printf (text, "%s\n", ((const LcBadgeEntry *) g_ptr_array_index (set->entries, i))->name[1]);
  return g_string_free (text, FALSE);
}

typedef struct
{
  char   *dir;
  LcStore *store;
  gint64  convention;
  gint64  dana, colin, olga, pete;
} Fixture;

/* Three people on the programme ("Person 0000"…) and four participants,
 * one of whom declined. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
#define P(x) LC_PARTICIPANT_CATEGORY_##x
#define S(x) LC_PARTICIPANT_STATUS_##x
  f->store = lc_test_open_store (&f->dir);
  f->convention = lc_test_badges_programme (f->store, 3, NULL, NULL);
  f->dana = lc_test_badges_participant (f->store, f->convention, "Dana Declined", P (DELEGATE), S (DECLINED), NULL);
  f->colin = lc_test_badges_participant (f->store, f->convention, "Colin Confirmed", P (DELEGATE), S (CONFIRMED),
                                         NULL);
  f->olga = lc_test_badges_participant (f->store, f->convention, "Olga Observer", P (OBSERVER),
                                        S (ATTENDED_IN_PERSON), NULL);
  f->pete = lc_test_badges_participant (f->store, f->convention, "Pete Press", P (PRESS), S (INVITED), NULL);
#undef P
#undef S
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  lc_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* Two people chosen (one of them twice, with one who declined): their
 * badges, in the printing order, and nobody else's on paper. */
static void
test_keep_people (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBadgeSet) set = lc_badge_set_load (f->store, f->convention, &error);
  g_autofree char *pdf = g_build_filename (f->dir, "chosen.pdf", NULL);
  g_autofree char *kept = NULL, *text = NULL;
  const LcBadgeEntry *speaker;
  gint64 ids[4];

  g_assert_no_error (error);
  speaker = find_entry (set, "Person 0002");
  g_assert_nonnull (speaker);
  ids[0] = f->pete;
  ids[1] = speaker != NULL ? speaker->person_id : 0;
  ids[2] = f->dana;
  ids[3] = f->pete;
  lc_badge_set_keep_people (set, ids, G_N_ELEMENTS (ids));
  kept = names (set);
  g_assert_cmpstr (kept, ==, "Person 0002\nPete Press\n");

  g_assert_true (lc_badges_write_pdf (set, pdf, LC_BADGE_LAYOUT_A4_2X5, LC_AGENDA_LANGUAGE_ENGLISH, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lc_test_pdf_pages (pdf), ==, 1);
  text = lc_test_badges_text (pdf, 1, 0, 0, 595, 842);
  g_assert_nonnull (strstr (text, "Person 0002"));
  g_assert_nonnull (strstr (text, "Pete Press"));
  g_assert_null (strstr (text, "Person 0001"));
  g_assert_null (strstr (text, "Person 0000"));
  g_assert_null (strstr (text, "Colin"));
  g_assert_null (strstr (text, "Olga"));
  g_assert_null (strstr (text, "Dana"));

  /* Nobody chosen: nothing to print, and the writer says so. */
  lc_badge_set_keep_people (set, NULL, 0);
  g_assert_cmpuint (set->entries->len, ==, 0);
  g_assert_false (lc_badges_write_pdf (set, pdf, LC_BADGE_LAYOUT_A4_2X5, LC_AGENDA_LANGUAGE_ENGLISH, &error));
  g_assert_nonnull (error);
}

/* One band: the programme's people, or one participant category of the
 * others. */
static void
test_keep_band (Fixture       *f,
                gconstpointer  data)
{
  static const struct
  {
    LcParticipantCategory category;
    const char           *names;
  } bands[] = {
    { LC_PARTICIPANT_CATEGORY_PROGRAMME, "Person 0000\nPerson 0001\nPerson 0002\n" },
    { LC_PARTICIPANT_CATEGORY_DELEGATE, "Colin Confirmed\n" },
    { LC_PARTICIPANT_CATEGORY_OBSERVER, "Olga Observer\n" },
    { LC_PARTICIPANT_CATEGORY_PRESS, "Pete Press\n" },
    { LC_PARTICIPANT_CATEGORY_STAFF, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LcBadgeSet) set = lc_badge_set_load (f->store, f->convention, &error);
      g_autofree char *kept = NULL;

      g_assert_no_error (error);
      lc_badge_set_keep_band (set, bands[i].category);
      kept = names (set);
      g_assert_cmpstr (kept, ==, bands[i].names);
    }
}

int
main (int    argc,
      char **argv)
{
  int skipped = 0;

  if (!lc_test_pdf_init (&argc, &argv, &skipped))
    return skipped;
  g_test_add ("/badge-select/people", Fixture, NULL, fixture_set_up, test_keep_people, fixture_tear_down);
  g_test_add ("/badge-select/band", Fixture, NULL, fixture_set_up, test_keep_band, fixture_tear_down);
  return g_test_run ();
}
