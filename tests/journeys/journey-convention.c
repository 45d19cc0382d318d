/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-convention-dialog.h"
#include "lc-convention-view.h"
#include "lc-date-row.h"
#include "lc-journey.h"
#include "lc-models.h"
#include "lc-time-zone-row.h"

/*
 * A new organiser's first minutes: from the empty library, make a
 * convention with its days chosen on a calendar and its time zone found by
 * name, by keyboard, and land in it.
 */

static char *
days_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static LcRecord *
only_convention (LcStore *store)
{
  g_autoptr(GListStore) conventions = lc_store_list_conventions (store, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (conventions)), ==, 1);
  return g_list_model_get_item (G_LIST_MODEL (conventions), 0);
}

static gboolean
has_tooltip (GtkWidget    *widget,
             gconstpointer tooltip)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

static void
test_create_from_empty_library (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  const char *title = lc_journey_pick ("Third Regional Convention for Learning Cities",
                                       "الملتقى الإقليمي الثالث لمدن التعلم");
  const char *venue = lc_journey_pick ("Muscat", "مسقط");
  g_autofree char *week_on = days_from_today (7);
  g_autofree char *three_weeks_on = days_from_today (21);
  g_autofree char *week_on_shown = NULL;
  GtkWindow *dialog;
  GtkWidget *start_row, *end_row, *zone_row, *create;
  g_autoptr(LcStore) store = NULL;
  g_autoptr(LcRecord) convention = NULL;
  LcConventionView *view;

  /* The empty library's main button is New Convention, and has the keyboard. */
  g_assert_cmpstr (lc_window_get_library_state (window), ==, "empty");
  create = lc_test_find_activatable (lc_test_wait_for_text (lc_test_find_type (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE),
                                                            _("_New Convention…")));
  g_assert_true (gtk_widget_has_css_class (create, "suggested-action"));
  LC_TEST_WAIT (lc_test_focus_widget () == create, "the main button to have the keyboard");
  lc_test_press ("Return");
  dialog = lc_test_wait_for_window (LC_TYPE_CONVENTION_DIALOG, _("New Convention"));
  lc_test_type (title);

  /* The first day, a week from today, on the calendar. */
  start_row = lc_journey_row_titled (GTK_WIDGET (dialog), _("First Day"));
  lc_journey_tab_to (start_row);
  lc_test_press ("Return");
  LC_TEST_WAIT (lc_test_find_type (start_row, GTK_TYPE_CALENDAR) != NULL, "the calendar");
  lc_test_press ("Down");
  lc_test_press ("Return");
  LC_TEST_WAIT (lc_test_find_type (start_row, GTK_TYPE_CALENDAR) == NULL, "the calendar to close");
  g_assert_cmpstr (lc_date_row_get_date (LC_DATE_ROW (start_row)), ==, week_on);
  /* Shown as a person reads a date, and the last day follows. */
  week_on_shown = lc_journey_format_date (week_on);
  g_assert_true (lc_test_shows_text (start_row, week_on_shown));
  end_row = lc_journey_row_titled (GTK_WIDGET (dialog), _("Last Day"));
  g_assert_cmpstr (lc_date_row_get_date (LC_DATE_ROW (end_row)), ==, week_on);

  /* A last day before the first is refused, in words. */
  lc_journey_tab_to (end_row);
  lc_test_press ("Return");
  LC_TEST_WAIT (lc_test_find_type (end_row, GTK_TYPE_CALENDAR) != NULL, "the calendar");
  lc_test_press_n ("Up", 2);
  lc_test_press ("Return");
  lc_test_wait_for_text (GTK_WIDGET (dialog), _("The last day cannot be before the first day."));
  g_assert_false (gtk_widget_is_sensitive (lc_test_find_activatable (lc_test_find_text (GTK_WIDGET (dialog), _("_Create")))));
  lc_test_press ("Return");
  LC_TEST_WAIT (lc_test_find_type (end_row, GTK_TYPE_CALENDAR) != NULL, "the calendar");
  lc_test_press_n ("Down", 4);
  lc_test_press ("Return");
  LC_TEST_WAIT (g_strcmp0 (lc_date_row_get_date (LC_DATE_ROW (end_row)), three_weeks_on) == 0, "the last day");
  g_assert_false (lc_test_shows_text (GTK_WIDGET (dialog), _("The last day cannot be before the first day.")));

  /* The time zone, found by typing part of its name. */
  zone_row = lc_journey_row_titled (GTK_WIDGET (dialog), _("Time Zone"));
  lc_journey_tab_to (zone_row);
  lc_test_press ("Return");
  LC_TEST_WAIT (lc_test_find_type (zone_row, GTK_TYPE_SEARCH_ENTRY) != NULL, "the list of time zones");
  lc_test_type ("mu");
  lc_test_wait_for_text (zone_row, "Asia/Muscat (UTC+04:00)");
  /* Typed on and Enter at once, quicker than the search waits to filter:
   * the zone typed is chosen, not the first of the list a moment before. */
  lc_test_type ("scat");
  lc_test_press ("Return");
  LC_TEST_WAIT (g_strcmp0 (lc_time_zone_row_get_zone (LC_TIME_ZONE_ROW (zone_row)), "Asia/Muscat") == 0,
                "the zone to be chosen");
  g_assert_true (lc_test_shows_text (zone_row, "Asia/Muscat"));

  /* Enter in a field creates the convention, which opens. */
  lc_journey_tab_to (lc_journey_row_titled (GTK_WIDGET (dialog), lc_journey_pick (_("Venue in English"), _("Venue in Arabic"))));
  lc_test_type (venue);
  lc_test_press ("Return");
  lc_test_wait_window_gone (dialog);
  LC_TEST_WAIT (g_strcmp0 (lc_window_get_page (window), "convention") == 0, "the new convention to open");
  view = lc_window_get_convention_view (window);
  lc_test_wait_for_text (GTK_WIDGET (view), title);
  g_free (lc_test_ui_screenshot (GTK_WIDGET (window), "journey-new-convention"));
  /* In the wide layout the open convention's title is in the header bar;
   * with nothing in conflict there is no warning sign beside it. */
  LC_TEST_WAIT (lc_journey_header_label (GTK_WIDGET (view), title) != NULL, "the title in the header bar");
  {
    GtkWidget *conflicts = lc_test_ui_find_matching (GTK_WIDGET (view), has_tooltip, _("Conflicts"));

    g_assert_nonnull (conflicts);
    g_assert_false (gtk_widget_is_drawable (conflicts));
  }

  store = lc_journey_open_library ();
  convention = only_convention (store);
  g_assert_cmpstr (lc_record_get_string (convention, lc_journey_pick ("title-en", "title-ar")), ==, title);
  g_assert_cmpstr (lc_record_get_string (convention, lc_journey_pick ("venue-en", "venue-ar")), ==, venue);
  g_assert_cmpstr (lc_record_get_string (convention, "start-date"), ==, week_on);
  g_assert_cmpstr (lc_record_get_string (convention, "end-date"), ==, three_weeks_on);
  g_assert_cmpstr (lc_record_get_string (convention, "time-zone"), ==, "Asia/Muscat");

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/convention/create-from-empty-library", test_create_from_empty_library);
  return lc_journey_run ();
}
