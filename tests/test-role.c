/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-l10n.h"
#include "lc-role.h"
#include "lc-test-util.h"

/*
 * The headings before the people of an agenda item (lc_role_heading()),
 * the one set of words the agenda list, the timeline, the printed agenda
 * and the exported schedules share: one person or several in English,
 * and Arabic's singular, dual and plural from the build's catalogue.
 */

static void
test_english (void)
{
  g_assert_cmpstr (lc_role_heading (LC_ROLE_MODERATOR, 1, LC_LANGUAGE_ENGLISH), ==, "Moderator");
  g_assert_cmpstr (lc_role_heading (LC_ROLE_MODERATOR, 2, LC_LANGUAGE_ENGLISH), ==, "Moderators");
  g_assert_cmpstr (lc_role_heading (LC_ROLE_SPEAKER, 1, LC_LANGUAGE_ENGLISH), ==, "Speaker");
  g_assert_cmpstr (lc_role_heading (LC_ROLE_SPEAKER, 5, LC_LANGUAGE_ENGLISH), ==, "Speakers");
  g_assert_cmpstr (lc_role_heading (LC_ROLE_PRESENTER, 1, LC_LANGUAGE_ENGLISH), ==, "Presenter");
  g_assert_cmpstr (lc_role_heading (LC_ROLE_PRESENTER, 3, LC_LANGUAGE_ENGLISH), ==, "Presenters");
}

static void
test_arabic (void)
{
  g_assert_nonnull (lc_l10n_get_catalogue_path ());

  g_assert_cmpstr (lc_role_heading (LC_ROLE_MODERATOR, 1, LC_LANGUAGE_ARABIC), ==, "مدير الجلسة");
  g_assert_cmpstr (lc_role_heading (LC_ROLE_MODERATOR, 2, LC_LANGUAGE_ARABIC), ==, "مديرا الجلسة");
  g_assert_cmpstr (lc_role_heading (LC_ROLE_MODERATOR, 3, LC_LANGUAGE_ARABIC), ==, "مديرو الجلسة");
  g_assert_cmpstr (lc_role_heading (LC_ROLE_MODERATOR, 12, LC_LANGUAGE_ARABIC), ==, "مديرو الجلسة");
  g_assert_cmpstr (lc_role_heading (LC_ROLE_SPEAKER, 1, LC_LANGUAGE_ARABIC), ==, "المتحدث");
  g_assert_cmpstr (lc_role_heading (LC_ROLE_SPEAKER, 2, LC_LANGUAGE_ARABIC), ==, "المتحدثان");
  g_assert_cmpstr (lc_role_heading (LC_ROLE_SPEAKER, 4, LC_LANGUAGE_ARABIC), ==, "المتحدثون");
  g_assert_cmpstr (lc_role_heading (LC_ROLE_PRESENTER, 1, LC_LANGUAGE_ARABIC), ==, "المقدّم");
  g_assert_cmpstr (lc_role_heading (LC_ROLE_PRESENTER, 2, LC_LANGUAGE_ARABIC), ==, "المقدّمان");
  g_assert_cmpstr (lc_role_heading (LC_ROLE_PRESENTER, 10, LC_LANGUAGE_ARABIC), ==, "المقدّمون");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  lc_test_use_build_catalogue ();

  g_test_add_func ("/role/english", test_english);
  g_test_add_func ("/role/arabic", test_arabic);

  return g_test_run ();
}
