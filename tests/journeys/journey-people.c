/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-convention-dialog.h"
#include "lc-convention-view.h"
#include "lc-earlier-people-dialog.h"
#include "lc-journey.h"
#include "lc-person-contact.h"
#include "lc-person-editor.h"

/*
 * A person's details (issue 12): in the sample's Speakers, add a person,
 * type an email address without its "@" and see, under the row, what is
 * wrong while Add stays greyed; correct it, type a phone number, Add, and
 * find the person with their details in the library. Then make a new
 * convention and add two people from the earlier one through Add From
 * Earlier Conventions…: search, check, Add; they are in the new
 * convention with their details, and offered again are marked as here.
 */

/* The library's person named @name (in either language) in @convention_id,
 * or in any convention when it is 0; or NULL. */
static LcRecord *
stored_person_in (gint64      convention_id,
                  const char *name)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) conventions = lc_store_list_conventions (store, &error);

  g_assert_no_error (error);
  for (guint c = 0; c < g_list_model_get_n_items (G_LIST_MODEL (conventions)); c++)
    {
      g_autoptr(LcRecord) convention = g_list_model_get_item (G_LIST_MODEL (conventions), c);
      g_autoptr(GListStore) people = lc_store_list (store, LC_TYPE_PERSON, "convention_id",
                                                    lc_record_get_id (convention), &error);

      g_assert_no_error (error);
      if (convention_id != 0 && lc_record_get_id (convention) != convention_id)
        continue;
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
        {
          g_autoptr(LcRecord) person = g_list_model_get_item (G_LIST_MODEL (people), i);

          if (g_str_equal (lc_record_get_string (person, "name-en"), name)
              || g_str_equal (lc_record_get_string (person, "name-ar"), name))
            return g_steal_pointer (&person);
        }
    }
  return NULL;
}

static LcRecord *
stored_person (const char *name)
{
  return stored_person_in (0, name);
}

/* A click into the row's text, brought into view first. */
static void
click_row (GtkWidget  *root,
           const char *title)
{
  GtkWidget *row = lc_journey_row_titled (root, title);

  lc_test_scroll_into_view (row);
  lc_test_click (row);
  LC_TEST_WAIT (gtk_widget_is_ancestor (lc_test_focus_widget (), row), "the keyboard in the row");
}

static void add_from_earlier (LcWindow   *window,
                              const char *layla);

static void
test_contact_details (void)
{
  const char *name = lc_journey_pick ("Layla Haddad", "ليلى حداد");
  g_autoptr(GError) reason = NULL;
  g_autoptr(LcRecord) person = NULL;
  LcWindow *window = lc_journey_open_window (1200, 900);
  LcConventionView *view;
  GtkWindow *editor;
  GtkWidget *add, *problem;

  lc_journey_open_sample (window);
  view = lc_window_get_convention_view (window);
  lc_test_press ("<Alt>2");
  LC_TEST_WAIT (g_strcmp0 (lc_convention_view_get_area (view), "speakers") == 0, "Speakers");

  lc_journey_press_button (GTK_WIDGET (view), _("Add Person"));
  editor = lc_test_wait_for_window (LC_TYPE_PERSON_EDITOR, _("New Person"));
  /* The keyboard starts in the name in the interface's language. */
  lc_test_type (name);
  add = lc_test_find_activatable (lc_test_find_text (GTK_WIDGET (editor), _("_Add")));
  LC_TEST_WAIT (gtk_widget_is_sensitive (add), "Add to be possible with a name");

  /* An address without its "@": said under the rows, and nothing to add. */
  click_row (GTK_WIDGET (editor), _("Email"));
  lc_test_type ("layla.example.org");
  g_assert_false (lc_person_check_email ("layla.example.org", &reason));
  problem = lc_test_wait_for_text (GTK_WIDGET (editor), reason->message);
  LC_TEST_WAIT (gtk_widget_is_visible (problem) && gtk_widget_get_mapped (problem), "the problem to show");
  if (!lc_test_ui_is_arabic ())
    g_assert_nonnull (strstr (reason->message, "name@example.org"));
  g_assert_false (gtk_widget_is_sensitive (add));
  /* For the reviewer: how the message looks under the rows. */
  g_free (lc_test_ui_screenshot (GTK_WIDGET (editor), "journey-people-editor"));
  /* Enter does not add it either. */
  lc_test_press ("Return");
  lc_test_wait_for_idle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_null (stored_person (name));

  /* Corrected, the message goes and Add comes back. */
  lc_test_press ("<Control>a");
  lc_test_type ("layla@example.org");
  LC_TEST_WAIT (!gtk_widget_get_visible (problem), "the problem to go");
  LC_TEST_WAIT (gtk_widget_is_sensitive (add), "Add to be possible again");

  /* A phone number typed in the interface's digits. */
  click_row (GTK_WIDGET (editor), _("Phone"));
  lc_test_type (lc_journey_pick ("+971 50 123 4567", "+٩٧١ ٥٠ ١٢٣ ٤٥٦٧"));
  LC_TEST_WAIT (gtk_widget_is_sensitive (add), "Add with the phone number");

  g_object_ref (editor);
  lc_test_click (add);
  lc_test_wait_window_gone (editor);
  g_object_unref (editor);

  person = stored_person (name);
  g_assert_nonnull (person);
  g_assert_cmpstr (lc_person_get_email (LC_PERSON (person)), ==, "layla@example.org");
  /* Stored with ASCII digits, whichever were typed. */
  g_assert_cmpstr (lc_person_get_phone (LC_PERSON (person)), ==, "+971 50 123 4567");
  /* The person's details show them, left to right in either language. */
  LC_TEST_WAIT (lc_test_shows_text (GTK_WIDGET (view), "\u2066layla@example.org\u2069")
                && lc_test_shows_text (GTK_WIDGET (view), "\u2066+971 50 123 4567\u2069"),
                "the contact details in the detail pane");

  add_from_earlier (window, name);
  lc_journey_close_window (window);
}

/* Clicks the box of @name's row in the dialog and waits for it to be checked. */
static void
check_person (GtkWindow  *dialog,
              const char *name)
{
  GtkWidget *label = lc_test_wait_for_text (GTK_WIDGET (dialog), name);
  GtkWidget *row = gtk_widget_get_ancestor (label, ADW_TYPE_ACTION_ROW);
  GtkWidget *check = lc_test_find_type (row, GTK_TYPE_CHECK_BUTTON);

  g_assert_nonnull (check);
  /* The list settled after the search, as a person sees it. */
  lc_test_wait_for_idle ();
  lc_test_click (check);
  LC_TEST_WAIT (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)), "the person's box checked");
}

/* In a new convention, two people of the sample chosen by searching. */
static void
add_from_earlier (LcWindow   *window,
                  const char *layla)
{
  const char *khalid = lc_journey_pick ("Khalid Al-Salem", "خالد السالم");
  LcConventionView *view;
  GtkWindow *dialog;
  GtkWidget *speakers;
  g_autoptr(LcRecord) copied = NULL;
  gint64 sample_id, convention_id;
  GtkWidget *row;

  view = lc_window_get_convention_view (window);
  sample_id = lc_convention_model_get_id (lc_convention_view_get_model (view));
  lc_test_press ("<Control><Shift>n");
  dialog = lc_test_wait_for_window (LC_TYPE_CONVENTION_DIALOG, _("New Convention"));
  lc_test_type (lc_journey_pick ("Second Convention", "الملتقى الثاني"));
  lc_test_press ("Return");
  lc_test_wait_window_gone (dialog);
  LC_TEST_WAIT (lc_convention_model_get_id (lc_convention_view_get_model (view)) != sample_id,
                "the new convention to open");
  convention_id = lc_convention_model_get_id (lc_convention_view_get_model (view));
  lc_test_press ("<Alt>2");
  LC_TEST_WAIT (g_strcmp0 (lc_convention_view_get_area (view), "speakers") == 0, "Speakers");
  speakers = lc_test_find_type (GTK_WIDGET (view), g_type_from_name ("LcSpeakersPage"));

  lc_journey_choose_menu_item (speakers, _("More Actions for People"), _("Add From _Earlier Conventions…"));
  dialog = lc_test_wait_for_window (LC_TYPE_EARLIER_PEOPLE_DIALOG, _("Add From Earlier Conventions"));
  /* The keyboard is in the search: type, check the one found. */
  lc_test_type (lc_journey_pick ("layla", "ليلى"));
  LC_TEST_WAIT (!lc_test_shows_text (GTK_WIDGET (dialog), khalid), "the search to leave Layla alone");
  check_person (dialog, layla);
  /* Back into the search to look for someone else. */
  lc_test_click (lc_test_find_type (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY));
  lc_test_press ("<Control>a");
  lc_test_type (lc_journey_pick ("Khalid", "خالد"));
  LC_TEST_WAIT (!lc_test_shows_text (GTK_WIDGET (dialog), layla), "the search to find Khalid");
  check_person (dialog, khalid);
  g_free (lc_test_ui_screenshot (GTK_WIDGET (dialog), "journey-people-earlier"));
  g_object_ref (dialog);
  lc_journey_press_button (GTK_WIDGET (dialog), _("_Add"));
  lc_test_wait_window_gone (dialog);
  g_object_unref (dialog);

  /* Both in the new convention, Layla with her details. */
  LC_TEST_WAIT (g_list_model_get_n_items (lc_convention_model_get_people (lc_convention_view_get_model (view))) == 2,
                "the two people in the convention");
  copied = stored_person_in (convention_id, layla);
  g_assert_nonnull (copied);
  g_assert_cmpstr (lc_person_get_email (LC_PERSON (copied)), ==, "layla@example.org");
  g_assert_cmpstr (lc_person_get_phone (LC_PERSON (copied)), ==, "+971 50 123 4567");
  g_clear_object (&copied);
  copied = stored_person_in (convention_id, khalid);
  g_assert_nonnull (copied);

  /* Offered again, Layla is marked as here, with nothing to check. */
  lc_journey_choose_menu_item (speakers, _("More Actions for People"), _("Add From _Earlier Conventions…"));
  dialog = lc_test_wait_for_window (LC_TYPE_EARLIER_PEOPLE_DIALOG, _("Add From Earlier Conventions"));
  lc_test_type (lc_journey_pick ("layla", "ليلى"));
  LC_TEST_WAIT (!lc_test_shows_text (GTK_WIDGET (dialog), khalid), "the search to find Layla");
  row = gtk_widget_get_ancestor (lc_test_find_text (GTK_WIDGET (dialog), layla), ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), _("Already in this convention")));
  g_assert_null (lc_test_find_type (row, GTK_TYPE_CHECK_BUTTON));
  /* Escape clears the search, then closes. */
  g_object_ref (dialog);
  lc_test_press ("Escape");
  LC_TEST_WAIT (lc_test_shows_text (GTK_WIDGET (dialog), khalid), "the search cleared");
  lc_test_press ("Escape");
  lc_test_wait_window_gone (dialog);
  g_object_unref (dialog);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/people/contact-details", test_contact_details);
  return lc_journey_run ();
}
