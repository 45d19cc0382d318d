/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-convention-view.h"
#include "lc-journey.h"

/*
 * A laptop's half screen, a phone-sized window: narrowed to 360 pixels the
 * areas move to a bar at the bottom, and everything must still be usable
 * (and print no warning on the way).
 */

static const struct
{
  const char *name;
  const char *title;
} areas[] = {
  { "speakers", N_("People") },
  { "cities", N_("Cities") },
  { "declaration", N_("Declaration") },
  { "report", N_("Report") },
  { "agenda", N_("Agenda") },
};

static void
test_narrow_and_bottom_bar (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  LcConventionView *view;
  GtkWidget *bar;

  lc_journey_open_sample (window);
  view = lc_window_get_convention_view (window);

  /* Narrowing by steps, as a person drags the edge. */
  lc_test_resize_window (GTK_WINDOW (window), 700, 700);
  lc_test_resize_window (GTK_WINDOW (window), 400, 700);
  lc_test_resize_window (GTK_WINDOW (window), 360, 700);
  LC_TEST_WAIT ((bar = lc_test_find_type (GTK_WIDGET (view), ADW_TYPE_VIEW_SWITCHER_BAR)) != NULL
                && gtk_widget_get_height (bar) > 0, "the bottom bar");

  /* The convention's title is shown at the top. */
  g_assert_true (lc_test_shows_text (GTK_WIDGET (view), lc_journey_pick ("First Regional Convention for Learning Cities",
                                                                           "الملتقى الإقليمي الأول لمدن التعلم")));

  /* Each area from the bottom bar, by pointer. */
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      GtkWidget *button = lc_test_find_activatable (lc_test_wait_for_text (bar, _(areas[i].title)));

      lc_test_click (button);
      LC_TEST_WAIT (g_strcmp0 (lc_convention_view_get_area (view), areas[i].name) == 0, _(areas[i].title));
      lc_test_wait_for_idle ();
      /* Nothing wider than the window. */
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
    }
  g_free (lc_test_ui_screenshot (GTK_WIDGET (window), "journey-narrow"));

  /* And back to wide: the switcher returns to the top. */
  lc_test_resize_window (GTK_WINDOW (window), 1100, 760);
  LC_TEST_WAIT (lc_test_find_type (GTK_WIDGET (view), ADW_TYPE_VIEW_SWITCHER_BAR) == NULL
                || gtk_widget_get_height (lc_test_find_type (GTK_WIDGET (view), ADW_TYPE_VIEW_SWITCHER_BAR)) == 0,
                "the bottom bar to go");

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/narrow/bottom-bar", test_narrow_and_bottom_bar);
  return lc_journey_run ();
}
