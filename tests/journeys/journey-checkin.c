/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-badge.h"
#include "lc-check-in-window.h"
#include "lc-journey.h"
#include "lc-participant.h"

/*
 * The door (issue 14), in English and in Arabic, with the keyboard alone
 * but for the toast's Undo: Ctrl+Shift+K opens the Check-in window, a
 * badge's code is typed as a scanner types it (the code, then Enter); the
 * person's name shows in both scripts with their category, the count goes
 * from 0 of 0 to 1 of 1 and the library holds them attended in person.
 * Ctrl+Z gives them back their status and the count; again with the
 * toast's Undo button. A name typed finds its one person, whom Enter
 * checks in. An unknown code is answered in words naming it, and a
 * status set by another program shows in the count.
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
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u checked in", "%u of %u checked in", of), in, of);
}

static void
scan (const char *code)
{
  lc_test_type (code);
  lc_test_press ("Return");
}

static void
test_check_in (void)
{
  LcWindow *window = lc_journey_open_window (1200, 900);
  g_autofree char *none = count_text (0, 0), *one = count_text (1, 1);
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
  lc_test_wait_for_text (GTK_WIDGET (door), none);

  scan (code);
  lc_test_wait_for_text (GTK_WIDGET (door), one);
  LC_TEST_WAIT (lc_test_shows_text (GTK_WIDGET (door), NAME_EN), "the English name");
  LC_TEST_WAIT (lc_test_shows_text (GTK_WIDGET (door), name_ar), "the Arabic name");
  LC_TEST_WAIT (lc_test_shows_text (GTK_WIDGET (door), C_("participant category", "Programme")), "the category");
  g_assert_true (is_in ());
  {
    /* The statuses' counts under it say the same. */
    g_autofree char *in_person = g_strdup_printf (_("%s: %u"), C_("participant status", "Attended in person"), 1);

    g_autofree char *programme = g_strdup_printf (_("%s: %u of %u"), C_("participant category", "Programme"), 1, 1);

    LC_TEST_WAIT (lc_test_shows_text (GTK_WIDGET (door), in_person), "one attended in person");
    LC_TEST_WAIT (lc_test_shows_text (GTK_WIDGET (door), programme), "the programme's count");
  }
  /* For a person to look at: <build>/artefacts, in each language. */
  lc_test_wait_for_frame (GTK_WIDGET (door));
  g_free (lc_test_ui_screenshot (GTK_WIDGET (door), "journey-checkin-confirmed"));

  /* Ctrl+Z, with the keyboard still in the entry. */
  lc_test_press ("<Control>z");
  lc_test_wait_for_text (GTK_WIDGET (door), none);
  LC_TEST_WAIT (!is_in (), "the library to give the status back");

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

  /* Escape clears the code typed, then closes the window. */
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
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/check-in/code", test_check_in);
  return lc_journey_run ();
}
