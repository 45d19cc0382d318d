/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-agenda-page.h"
#include "lc-item-editor-attendance.h"
#include "lc-item-editor.h"
#include "lc-journey.h"
#include "lc-participant.h"

/*
 * Who attended a field visit (issue 14), in English and in Arabic, with
 * real clicks and keys: the royal tent holds one person; the visit's
 * editor opens its Attendance; a click on Khalid's In person takes the
 * one place, the search finds Manal and a click on hers takes a second:
 * the warning says in words that the room is over capacity, and the
 * library holds both. Ctrl+Z takes Manal's back: the warning goes, the
 * library holds Khalid's alone.
 */

#define VISIT_EN "Field visit: the royal tent — \"Education and Quality of Life\" exhibition"
#define VISIT_AR "زيارة ميدانية: الخيمة الملكية — معرض التعليم وجودة الحياة"

static gint64
n_attended (gint64 item_id)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();

  return lc_store_count (store, LC_TYPE_ITEM_ATTENDANCE, "item_id", item_id, NULL);
}

/* The count as the window words it. */
static char *
places_text (guint in_person,
             guint capacity)
{
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u place",
                                                         "%1$u of %2$u places", capacity),
                                            in_person, capacity);

  g_autofree char *ascii = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u online", "%s · %u online", 0),
                                            count, 0);

  return lc_journey_digits (ascii);
}

/* The In person check of the row showing @name, clicked. */
static void
click_in_person (GtkWindow  *window,
                 const char *name)
{
  /* The person's name and their checks share a row of the list. */
  GtkWidget *row = gtk_widget_get_parent (lc_test_wait_for_text (GTK_WIDGET (window), name));
  GtkWidget *label = lc_test_find_text (row, C_("attendance", "In person"));
  GtkWidget *check = gtk_widget_get_ancestor (label, GTK_TYPE_CHECK_BUTTON);

  g_assert_nonnull (check);
  lc_test_scroll_into_view (check);
  lc_test_click (check);
}

static void
test_item_attendance (void)
{
  LcWindow *window = lc_journey_open_window (1200, 900);
  g_autoptr(LcRecord) visit = NULL;
  g_autofree char *khalid = NULL, *manal = NULL, *none = places_text (0, 1), *one = places_text (1, 1),
                  *two = places_text (2, 1), *warning = NULL;
  GtkWidget *view, *page, *label;
  GtkWindow *editor, *attendance;
  gint64 item_id;

  lc_journey_open_sample (window);
  view = GTK_WIDGET (lc_window_get_convention_view (window));
  LC_TEST_WAIT (gtk_widget_get_mapped (view), "the convention to be shown");

  /* The tent's capacity, as Convention Details would set it. */
  {
    g_autoptr(LcStore) store = lc_journey_open_library ();
    g_autoptr(LcRecord) room = NULL;
    g_autoptr(LcRecord) person = NULL;
    g_autoptr(GError) error = NULL;

    visit = lc_journey_find_item (store, VISIT_EN);
    g_assert_nonnull (visit);
    room = lc_store_get (store, LC_TYPE_ROOM, lc_item_get_room_id (LC_ITEM (visit)), &error);
    g_assert_no_error (error);
    lc_record_set_int (room, "capacity", 1);
    g_assert_true (lc_store_update (store, room, &error));
    g_assert_no_error (error);
    person = lc_journey_find_person (store, "Khalid Al-Salem");
    khalid = g_strdup (lc_record_get_string (person, lc_journey_pick ("name-en", "name-ar")));
    g_clear_object (&person);
    person = lc_journey_find_person (store, "Manal Awad");
    manal = g_strdup (lc_record_get_string (person, lc_journey_pick ("name-en", "name-ar")));
  }
  item_id = lc_record_get_id (visit);

  /* The visit, found by the agenda's search, then its editor. */
  page = lc_test_find_type (view, LC_TYPE_AGENDA_PAGE);
  lc_test_press ("<Control>f");
  LC_TEST_WAIT (lc_test_focus_widget () != NULL
                && gtk_widget_get_ancestor (lc_test_focus_widget (), GTK_TYPE_SEARCH_ENTRY) != NULL,
                "the search to have the keyboard");
  lc_test_type (lc_journey_pick ("royal tent", "الخيمة الملكية"));
  label = lc_test_wait_for_text (page, lc_journey_pick (VISIT_EN, VISIT_AR));
  lc_test_scroll_into_view (label);
  lc_test_click (label);
  LC_TEST_WAIT (lc_agenda_page_get_selected_id (LC_AGENDA_PAGE (page)) == item_id, "the visit selected");
  lc_test_press ("Return");
  editor = lc_test_wait_for_window (LC_TYPE_ITEM_EDITOR, _("Edit Item"));

  /* Its Attendance row opens the window: nobody yet, one place. */
  {
    GtkWidget *row = lc_journey_row_titled (GTK_WIDGET (editor), _("Attendance"));

    lc_test_scroll_into_view (row);
    lc_test_click (row);
  }
  attendance = lc_test_wait_for_window (LC_TYPE_ITEM_ATTENDANCE_WINDOW, _("Attendance"));
  lc_test_focus_window (attendance);
  lc_test_wait_for_text (GTK_WIDGET (attendance), none);

  /* The list shows the people that fit on screen: each is found with the
   * search, as a person would in a convention of hundreds. */
  lc_test_click (lc_test_find_type (GTK_WIDGET (attendance), GTK_TYPE_SEARCH_ENTRY));
  lc_test_type (lc_journey_pick ("khalid", "خالد"));
  click_in_person (attendance, khalid);
  lc_test_wait_for_text (GTK_WIDGET (attendance), one);
  LC_TEST_WAIT (n_attended (item_id) == 1, "the library to hold Khalid's attendance");

  /* Another search keeps Manal's row alone. */
  lc_test_click (lc_test_find_type (GTK_WIDGET (attendance), GTK_TYPE_SEARCH_ENTRY));
  lc_test_press ("<Control>a");
  lc_test_type (lc_journey_pick ("manal", "منال"));
  LC_TEST_WAIT (!lc_test_shows_text (GTK_WIDGET (attendance), khalid), "the search to leave Khalid out");
  click_in_person (attendance, manal);
  lc_test_wait_for_text (GTK_WIDGET (attendance), two);
  {
    g_autofree char *ascii = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "Over capacity: %u person more attended in person than "
                                                           "the room holds.",
                                                           "Over capacity: %u people more attended in person than "
                                                           "the room holds.", 1),
                                              1);

    warning = lc_journey_digits (ascii);
  }
  lc_test_wait_for_text (GTK_WIDGET (attendance), warning);
  LC_TEST_WAIT (n_attended (item_id) == 2, "the library to hold both");
  {
    g_autoptr(LcStore) store = lc_journey_open_library ();

    g_assert_cmpint (lc_item_attendance_count_in_person (store, item_id, NULL), ==, 2);
  }
  /* For a person to look at: <build>/artefacts, in each language. */
  lc_test_wait_for_frame (GTK_WIDGET (attendance));
  g_free (lc_test_ui_screenshot (GTK_WIDGET (attendance), "journey-item-attendance-over"));

  /* Ctrl+Z, with the keyboard back in the search (whose own text undo
   * must not take the key): Manal's tick goes. */
  lc_test_click (lc_test_find_type (GTK_WIDGET (attendance), GTK_TYPE_SEARCH_ENTRY));
  LC_TEST_WAIT (lc_test_focus_widget () != NULL
                && gtk_widget_get_ancestor (lc_test_focus_widget (), GTK_TYPE_SEARCH_ENTRY) != NULL,
                "the search to have the keyboard");
  lc_test_press ("<Control>z");
  lc_test_wait_for_text (GTK_WIDGET (attendance), one);
  LC_TEST_WAIT (!lc_test_shows_text (GTK_WIDGET (attendance), warning), "the warning to go");
  LC_TEST_WAIT (n_attended (item_id) == 1, "the library to hold Khalid's alone");
  {
    g_autoptr(LcStore) store = lc_journey_open_library ();
    g_autoptr(LcRecord) person = lc_journey_find_person (store, "Khalid Al-Salem");
    g_autoptr(GListStore) rows = lc_store_list (store, LC_TYPE_ITEM_ATTENDANCE, "item_id", item_id, NULL);
    g_autoptr(LcItemAttendance) row = g_list_model_get_item (G_LIST_MODEL (rows), 0);

    g_assert_cmpint (lc_item_attendance_get_person_id (row), ==, lc_record_get_id (person));
    g_assert_cmpint (lc_item_attendance_get_attendance (row), ==, LC_ATTENDANCE_IN_PERSON);
  }

  /* Escape clears the search (everyone is listed again), then closes. */
  lc_test_press ("Escape");
  LC_TEST_WAIT (*gtk_editable_get_text (GTK_EDITABLE (lc_test_find_type (GTK_WIDGET (attendance),
                                                                           GTK_TYPE_SEARCH_ENTRY))) == '\0',
                "Escape to clear the search");
  lc_test_press ("Escape");
  lc_test_wait_window_gone (attendance);
  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/item-attendance/capacity", test_item_attendance);
  return lc_journey_run ();
}
