/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-convention-view.h"
#include "lc-journey.h"
#include "lc-person-contact.h"
#include "lc-person-editor.h"

/*
 * A person's details (issue 12): in the sample's Speakers, add a person,
 * type an email address without its "@" and see, under the row, what is
 * wrong while Add stays greyed; correct it, type a phone number, Add, and
 * find the person with their details in the library.
 */

/* The library's person named @name_en or @name_ar, or NULL. */
static LcRecord *
stored_person (const char *name)
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

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/people/contact-details", test_contact_details);
  return lc_journey_run ();
}
