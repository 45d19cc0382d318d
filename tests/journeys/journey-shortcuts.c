/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-convention-view.h"
#include "lc-journey.h"

static void
test_areas (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  LcConventionView *view;

  lc_journey_open_sample (window);
  view = lc_window_get_convention_view (window);
  lc_test_press ("<Alt>2");
  LC_TEST_WAIT (g_strcmp0 (lc_convention_view_get_area (view), "speakers") == 0, "Speakers");
  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/shortcuts/areas", test_areas);
  return lc_journey_run ();
}
