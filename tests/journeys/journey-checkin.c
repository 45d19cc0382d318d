/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-badge.h"
#include "lc-check-in-window.h"
#include "lc-counts-chart.h"
#include "lc-journey.h"
#include "lc-participant.h"

/*
 * The door (issue 14), in English and in Arabic, with the keyboard alone
 * but for the toast's Undo and the menu: Ctrl+Shift+K opens the Check-in
 * window, which says that nobody has confirmed yet; pressed again in the
 * main window it brings the same window back rather than a second. A
 * badge's code is typed as a scanner types it (the code, then Enter); the
 * person's name shows in both scripts with their category, the count goes
 * to 1 of 1 in the language's digits, the chart's "attended in person" bar
 * says 1, and the library holds them attended in person. Ctrl+Z gives them
 * back their status and the count; again with the toast's Undo button. A
 * name typed finds its one person, whom Enter checks in. An unknown code
 * is answered in words naming it, and a status set by another program
 * shows in the count. The counts' CSV is exported through the menu and
 * read back.
 */

#define NAME_EN "Khalid Al-Salem"

static LcPerson *
stored_person (void)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  LcRecord *person = lc_journey_find_person (store, NAME_EN);

  g_assert_nonnull (person);
  return LC_PERSON (person);
}

static gboolean
is_in (void)
{
  g_autoptr(LcPerson) person = stored_person ();

  return lc_person_get_status (person) == LC_PARTICIPANT_STATUS_ATTENDED_IN_PERSON;
}

/* The count as the window words it. */
static char *
count_text (guint in,
            guint of)
{
  g_autofree char *ascii = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u checked in",
                                                         "%u of %u checked in", of), in, of);

  return lc_journey_digits (ascii);
}

/* What the chart's bar of @status tells a screen reader. */
static char *
bar_label (GtkWidget           *door,
           LcParticipantStatus  status)
{
  LcCountsChart *chart = LC_COUNTS_CHART (lc_test_find_type (door, LC_TYPE_COUNTS_CHART));

  return lc_test_ui_dup_accessible_label (GTK_WIDGET (lc_counts_chart_get_status_bar (chart, status)));
}

static gboolean
bar_says (GtkWidget  *door,
          const char *word,
          guint       n)
{
  g_autofree char *ascii = g_strdup_printf (_("%s: %u"), word, n);
  g_autofree char *expected = lc_journey_digits (ascii);
  g_autofree char *label = bar_label (door, LC_PARTICIPANT_STATUS_ATTENDED_IN_PERSON);

  return g_str_equal (label, expected);
}

/* What the chart's bar of the programme's people tells a screen reader:
 * who of them attended, of all of them. */
static char *
programme_label (guint attended)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(LcRecord) someone = lc_journey_find_person (store, NAME_EN);
  g_autoptr(GListStore) people = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ascii = NULL;
  guint n = 0;

  people = lc_store_list_for_convention (store, LC_TYPE_PERSON, lc_record_get_int (someone, "convention-id"),
                                         &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(LcPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      n += lc_person_get_category (person) == LC_PARTICIPANT_CATEGORY_PROGRAMME;
    }
  ascii = g_strdup_printf (_("%s: %u of %u attended"), C_("participant category", "Programme"), attended, n);
  return lc_journey_digits (ascii);
}

static guint
n_doors (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();
  guint n = 0;

  for (GList *l = windows; l != NULL; l = l->next)
    n += LC_IS_CHECK_IN_WINDOW (l->data);
  return n;
}

static void
scan (const char *code)
{
  lc_test_type (code);
  lc_test_press ("Return");
}

/* Export Counts as CSV… from the door's menu, a path typed into the file
 * chooser; the file's row of all people read back. */
static void
export_counts (GtkWindow *door)
{
  g_autofree char *path = g_build_filename (lc_journey_tmpdir (), "counts-journey.csv", NULL);
  g_autofree char *data = NULL, *all = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(LcRecord) someone = lc_journey_find_person (store, NAME_EN);
  g_autoptr(GListStore) people = NULL;
  g_auto(GStrv) lines = NULL;
  GtkWindow *chooser;

  lc_journey_choose_menu_item (GTK_WIDGET (door), _("Main Menu"), _("Export Counts as _CSV…"));
  chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, _("Export Counts as CSV"));
  lc_test_press ("<Control>a");
  lc_test_type (path);
  lc_test_press ("Return");
  lc_test_wait_window_gone (chooser);
  lc_test_wait_for_text (GTK_WIDGET (door), _("Counts exported as CSV"));

  g_assert_true (g_file_get_contents (path, &data, NULL, &error));
  g_assert_no_error (error);
  /* A spreadsheet's CSV: a byte order mark, CRLF line ends. */
  lines = g_strsplit (data, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "\xEF\xBB\xBFgrouping,group,invited,confirmed,declined,attended-in-person,attended-online,"
                                 "no-show,attended");
  /* Everyone is invited but the one checked in and the one another
   * program confirmed. */
  people = lc_store_list_for_convention (store, LC_TYPE_PERSON, lc_record_get_int (someone, "convention-id"),
                                         &error);
  g_assert_no_error (error);
  all = g_strdup_printf ("all,,%u,1,0,1,0,0,1", g_list_model_get_n_items (G_LIST_MODEL (people)) - 2);
  g_assert_cmpstr (lines[1], ==, all);
}

static void
test_check_in (void)
{
  LcWindow *window = lc_journey_open_window (1200, 900);
  g_autofree char *one = count_text (1, 1), *zero = count_text (0, 0);
  const char *none = _("Nobody has confirmed yet");
  const char *in_person = C_("participant status", "Attended in person");
  g_autofree char *code = NULL, *name_ar = NULL, *unknown = NULL;
  GtkWindow *door;
  GtkWidget *view;

  lc_journey_open_sample (window);
  view = GTK_WIDGET (lc_window_get_convention_view (window));
  LC_TEST_WAIT (gtk_widget_get_mapped (view), "the convention to be shown");
  {
    g_autoptr(LcPerson) person = stored_person ();

    code = lc_participant_code (lc_record_get_uid (LC_RECORD (person)));
    name_ar = g_strdup (lc_person_get_name (person, LC_LANGUAGE_ARABIC));
    g_assert_cmpint (lc_person_get_status (person), ==, LC_PARTICIPANT_STATUS_INVITED);
  }

  lc_test_press ("<Control><Shift>k");
  door = lc_test_wait_for_window (LC_TYPE_CHECK_IN_WINDOW, _("Check-in"));
  lc_test_focus_window (door);
  /* Nobody confirmed in the sample: said in words, not "0 of 0". */
  lc_test_wait_for_text (GTK_WIDGET (door), none);
  g_assert_false (lc_test_shows_text (GTK_WIDGET (door), zero));
  g_assert_true (bar_says (GTK_WIDGET (door), in_person, 0));

  /* Ctrl+Shift+K again, from the main window: the same door comes back
   * to the front, and there is still only one. */
  lc_test_focus_window (GTK_WINDOW (window));
  LC_TEST_WAIT (!gtk_window_is_active (door), "the main window to have the keyboard");
  lc_test_press ("<Control><Shift>k");
  LC_TEST_WAIT (gtk_window_is_active (door), "the same door to come to the front");
  g_assert_cmpuint (n_doors (), ==, 1);

  /* A name two people of the sample share: how many is said, in the
   * language's digits, and nobody is checked in. */
  scan ("Khalid");
  {
    g_autofree char *ascii = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person has this name: type more of it.",
                                                           "%u people have this name: type more of it.", 2), 2);
    g_autofree char *two = lc_journey_digits (ascii);

    lc_test_wait_for_text (GTK_WIDGET (door), two);
  }
  g_assert_false (is_in ());
  lc_test_press ("<Control>a");

  scan (code);
  lc_test_wait_for_text (GTK_WIDGET (door), one);
  LC_TEST_WAIT (lc_test_shows_text (GTK_WIDGET (door), NAME_EN), "the English name");
  LC_TEST_WAIT (lc_test_shows_text (GTK_WIDGET (door), name_ar), "the Arabic name");
  LC_TEST_WAIT (lc_test_shows_text (GTK_WIDGET (door), C_("participant category", "Programme")), "the category");
  g_assert_true (is_in ());
  /* The chart's bar says the same, to the eye and to a screen reader. */
  LC_TEST_WAIT (bar_says (GTK_WIDGET (door), in_person, 1), "the chart's bar to count one in person");
  {
    LcCountsChart *chart = LC_COUNTS_CHART (lc_test_find_type (GTK_WIDGET (door), LC_TYPE_COUNTS_CHART));
    g_autofree char *digit = lc_journey_digits ("1");

    LcCountsBar *bar = lc_counts_chart_get_status_bar (chart, LC_PARTICIPANT_STATUS_ATTENDED_IN_PERSON);
    graphene_rect_t bounds;
    int width;

    g_autofree char *programme = programme_label (1);
    g_autofree char *said = NULL;

    g_assert_cmpstr (lc_counts_bar_get_number (bar), ==, digit);
    /* The programme's bar of the chart counts him too. */
    said = lc_test_ui_dup_accessible_label (GTK_WIDGET (lc_counts_chart_get_category_bar (
                                              chart, LC_PARTICIPANT_CATEGORY_PROGRAMME)));
    g_assert_cmpstr (said, ==, programme);
    /* One of the sample's people: a short bar at the start edge, the left
     * in English, the right in Arabic. */
    LC_TEST_WAIT (lc_counts_bar_get_bar_bounds (bar, &bounds) && bounds.size.width > 0, "the bar to be laid out");
    width = gtk_widget_get_width (GTK_WIDGET (bar));
    g_assert_cmpfloat (bounds.size.width, <, width / 4.0);
    if (g_str_equal (lc_journey_pick ("en", "ar"), "ar"))
      g_assert_cmpfloat (bounds.origin.x, >, width / 2.0);
    else
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <, width / 2.0);
  }
  /* For a person to look at: <build>/artefacts, in each language. */
  lc_test_wait_for_frame (GTK_WIDGET (door));
  g_free (lc_test_ui_screenshot (GTK_WIDGET (door), "journey-checkin-confirmed"));

  /* Ctrl+Z, with the keyboard still in the entry. */
  lc_test_press ("<Control>z");
  lc_test_wait_for_text (GTK_WIDGET (door), none);
  LC_TEST_WAIT (!is_in (), "the library to give the status back");
  LC_TEST_WAIT (bar_says (GTK_WIDGET (door), in_person, 0), "the chart's bar back to none");

  /* The toast's Undo does the same. */
  scan (code);
  lc_test_wait_for_text (GTK_WIDGET (door), one);
  LC_TEST_WAIT (is_in (), "the library to hold the check-in again");
  lc_journey_press_button (GTK_WIDGET (door), _("_Undo"));
  lc_test_wait_for_text (GTK_WIDGET (door), none);
  LC_TEST_WAIT (!is_in (), "the toast's Undo to give the status back");

  /* A name instead of a code: Enter on the one person it matches. */
  lc_test_focus_window (door);
  lc_test_type ("khalid al-salem");
  {
    g_autofree char *hint = g_strdup_printf (_("Press Enter to check in %s."), lc_journey_pick (NAME_EN, name_ar));

    lc_test_wait_for_text (GTK_WIDGET (door), hint);
  }
  lc_test_press ("Return");
  lc_test_wait_for_text (GTK_WIDGET (door), one);
  LC_TEST_WAIT (is_in (), "the name's person checked in");
  lc_test_press ("<Control>z");
  lc_test_wait_for_text (GTK_WIDGET (door), none);
  LC_TEST_WAIT (!is_in (), "undone again");

  /* A code nobody has: said in words, naming it; nothing changed. */
  scan ("ZZZZZZZZZZ");
  unknown = g_strdup_printf (_("Nobody of this convention has the participant code “%s”. Check the code on "
                               "the badge, or search by name."), "ZZZZZZZZZZ");
  lc_test_wait_for_text (GTK_WIDGET (door), unknown);
  g_assert_true (lc_test_shows_text (GTK_WIDGET (door), none));

  /* Someone confirmed by another program on the library: counted here. */
  {
    g_autoptr(LcStore) store = lc_journey_open_library ();
    g_autoptr(LcUndoStack) undo = lc_undo_stack_new (store);
    g_autoptr(GPtrArray) one_person = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(GError) error = NULL;
    g_autofree char *confirmed = count_text (0, 1);

    g_ptr_array_add (one_person, lc_journey_find_person (store, "Manal Awad"));
    g_assert_cmpuint (lc_participants_set_status (undo, one_person, LC_PARTICIPANT_STATUS_CONFIRMED, NULL,
                                                  &error), ==, 1);
    g_assert_no_error (error);
    lc_test_wait_for_text (GTK_WIDGET (door), confirmed);
  }

  /* Checked in again, then the counts exported through the menu: the
   * file says who is where, as --export-counts writes it. */
  lc_test_focus_window (door);
  /* The unknown code is still in the entry: selected, typed over. */
  lc_test_press ("<Control>a");
  scan (code);
  {
    g_autofree char *one_of_two = count_text (1, 2);

    lc_test_wait_for_text (GTK_WIDGET (door), one_of_two);
  }
  LC_TEST_WAIT (bar_says (GTK_WIDGET (door), in_person, 1), "the chart's bar to count one in person again");
  export_counts (door);

  /* Escape clears the code typed, then closes the window. */
  lc_test_focus_window (door);
  lc_test_type ("0000");
  LC_TEST_WAIT (*gtk_editable_get_text (GTK_EDITABLE (lc_test_find_type (GTK_WIDGET (door), GTK_TYPE_SEARCH_ENTRY)))
                != '\0', "the code to be typed");
  lc_test_press ("Escape");
  LC_TEST_WAIT (*gtk_editable_get_text (GTK_EDITABLE (lc_test_find_type (GTK_WIDGET (door), GTK_TYPE_SEARCH_ENTRY)))
                == '\0', "Escape to clear the entry");
  lc_test_press ("Escape");
  lc_test_wait_window_gone (door);
  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  /* The chart's bars are read as a screen reader reads them. */
  if (g_getenv ("GTK_A11Y") == NULL || g_str_equal (g_getenv ("GTK_A11Y"), "none"))
    g_setenv ("GTK_A11Y", "test", TRUE);
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/check-in/code", test_check_in);
  return lc_journey_run ();
}

