/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "lc-date-row.h"
#include "lc-test-input.h"
#include "lc-test-ui.h"
#include "lc-util.h"

/* The date row of src/gui/common/lc-date-row.c on its own, in a plain
 * window, used as a person uses it: Enter or a click opens the calendar,
 * the arrows move the chosen day (Left is the next day right to left),
 * Page Down and Page Up a month, Enter or Space keeps the day and closes it. The
 * row then shows the day as the reader writes dates. Run in English and in
 * Arabic, with real key presses and clicks (XTest). */

typedef struct
{
  GtkWindow *window;
  GtkWidget *row;
  guint      notified;   /* "date" changes the row announced */
} Fixture;

static void
on_date_notify (GObject    *row,
                GParamSpec *pspec,
                Fixture    *f)
{
  f->notified++;
}

static void
fixture_open (Fixture    *f,
              const char *date)
{
  GtkWidget *list = gtk_list_box_new ();

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 480, 420);
  f->row = lc_date_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (f->row), "Day");
  lc_date_row_set_date (LC_DATE_ROW (f->row), date);
  g_signal_connect (f->row, "notify::date", G_CALLBACK (on_date_notify), f);
  gtk_list_box_append (GTK_LIST_BOX (list), f->row);
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_window_set_child (f->window, list);
  gtk_window_present (f->window);
  lc_test_focus_window (f->window);
  lc_test_wait_for_frame (GTK_WIDGET (f->window));
}

static void
fixture_close (Fixture *f)
{
  gtk_window_destroy (f->window);
  lc_test_wait_for_idle ();
}

static gboolean
calendar_open (Fixture *f)
{
  return lc_test_find_type (f->row, GTK_TYPE_CALENDAR) != NULL;
}

/* The day @days after @iso (negative: before), as YYYY-MM-DD. */
static char *
day_after (const char *iso,
           int         days,
           int         months)
{
  g_autoptr(GDateTime) noon = NULL;
  g_autoptr(GDateTime) moved = NULL;
  int y, m, d;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  noon = g_date_time_new_local (y, m, d, 12, 0, 0);
  moved = g_date_time_add_full (noon, 0, months, days, 0, 0, 0);
  return g_date_time_format (moved, "%Y-%m-%d");
}

/* What a person reads on the row for @iso. */
static void
assert_shows (Fixture    *f,
              const char *iso)
{
  g_autofree char *shown = lc_format_date (iso);

  g_assert_cmpstr (lc_date_row_get_date (LC_DATE_ROW (f->row)), ==, iso);
  g_assert_true (lc_test_shows_text (f->row, shown));
}

/* Enter opens the calendar; the arrows move the day a reader's way. */
static void
test_arrows (void)
{
  Fixture f = { 0 };
  /* In a right-to-left window the next day is to the left. */
  int forward = lc_test_ui_is_arabic () ? -1 : 1;
  g_autofree char *next = day_after ("2024-02-28", 1, 0);
  g_autofree char *week_on = day_after ("2024-02-29", 7, 0);

  fixture_open (&f, "2024-02-28");
  assert_shows (&f, "2024-02-28");
  gtk_widget_grab_focus (f.row);
  lc_test_press ("Return");
  LC_TEST_WAIT (calendar_open (&f), "the calendar");

  /* Right, then back, then the next day the reader's way. */
  lc_test_press (forward > 0 ? "Left" : "Right");
  LC_TEST_WAIT (g_strcmp0 (lc_date_row_get_date (LC_DATE_ROW (f.row)), "2024-02-27") == 0, "the day before");
  lc_test_press_n (forward > 0 ? "Right" : "Left", 2);
  LC_TEST_WAIT (g_strcmp0 (lc_date_row_get_date (LC_DATE_ROW (f.row)), next) == 0, "the day after");
  g_assert_cmpstr (next, ==, "2024-02-29");   /* a leap year */
  /* Down and Up move a week; Enter keeps the day and closes. */
  lc_test_press ("Down");
  LC_TEST_WAIT (g_strcmp0 (lc_date_row_get_date (LC_DATE_ROW (f.row)), week_on) == 0, "a week on");
  lc_test_press ("Up");
  LC_TEST_WAIT (g_strcmp0 (lc_date_row_get_date (LC_DATE_ROW (f.row)), next) == 0, "a week back");
  lc_test_press ("Down");
  LC_TEST_WAIT (g_strcmp0 (lc_date_row_get_date (LC_DATE_ROW (f.row)), week_on) == 0, "a week on");
  lc_test_press ("Return");
  LC_TEST_WAIT (!calendar_open (&f), "the calendar to close");
  assert_shows (&f, week_on);
  g_assert_cmpuint (f.notified, >=, 1);
  fixture_close (&f);
}

/* A click opens it; Page Down and Page Up move a month; Space keeps. */
static void
test_months (void)
{
  Fixture f = { 0 };

  fixture_open (&f, "2023-12-31");
  lc_test_click (f.row);
  LC_TEST_WAIT (calendar_open (&f), "the calendar");
  lc_test_press ("Page_Down");
  /* No 31 February: the last day of the month. */
  lc_test_press ("Page_Down");
  LC_TEST_WAIT (g_strcmp0 (lc_date_row_get_date (LC_DATE_ROW (f.row)), "2024-02-29") == 0, "two months on");
  lc_test_press ("Page_Up");
  LC_TEST_WAIT (g_strcmp0 (lc_date_row_get_date (LC_DATE_ROW (f.row)), "2024-01-29") == 0, "a month back");
  lc_test_press ("Page_Down");
  LC_TEST_WAIT (g_strcmp0 (lc_date_row_get_date (LC_DATE_ROW (f.row)), "2024-02-29") == 0, "a month on again");
  lc_test_press ("space");
  LC_TEST_WAIT (!calendar_open (&f), "the calendar to close");
  assert_shows (&f, "2024-02-29");

  /* Opened again, it starts on the chosen day, and Enter keeps it. */
  lc_test_click (f.row);
  LC_TEST_WAIT (calendar_open (&f), "the calendar");
  lc_test_press ("Return");
  LC_TEST_WAIT (!calendar_open (&f), "the calendar to close");
  assert_shows (&f, "2024-02-29");
  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  lc_test_ui_init (&argc, &argv);
  lc_test_input_init ();
  lc_test_fail_on_warnings ();

  g_test_add_func ("/date-row/arrows", test_arrows);
  g_test_add_func ("/date-row/months", test_months);

  return g_test_run ();
}
