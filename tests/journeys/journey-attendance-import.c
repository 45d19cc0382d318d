/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-journey.h"
#include "lc-participant.h"

/*
 * An online meeting's attendance report in the window (issue 14), in
 * English and in Arabic: the convention menu's Import Meeting Attendance…,
 * a Zoom report typed into the file chooser, the preview's words (two to
 * mark, one found by email and one by the name Zoom keeps in brackets,
 * the stranger's line left out with its reason), Import, both attended
 * online in the library, and Ctrl+Z gives both back their status at once.
 */

static LcParticipantStatus
status_of (const char *name)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(LcRecord) person = lc_journey_find_person (store, name);

  g_assert_nonnull (person);
  return lc_person_get_status (LC_PERSON (person));
}

static gboolean
both_are (LcParticipantStatus status)
{
  return status_of ("Khalid Al-Salem") == status && status_of ("Manal Awad") == status;
}

static void
test_attendance_import (void)
{
  LcWindow *window = lc_journey_open_window (1200, 900);
  g_autofree char *csv = g_build_filename (lc_journey_tmpdir (), "zoom-participants.csv", NULL);
  g_autofree char *to_mark = NULL, *found = NULL, *left = NULL;
  GtkWindow *chooser, *dialog;
  GtkWidget *view;

  lc_journey_open_sample (window);
  view = GTK_WIDGET (lc_window_get_convention_view (window));
  LC_TEST_WAIT (gtk_widget_get_mapped (view), "the convention to be shown");

  /* Khalid's address, as the organiser keeps it. */
  {
    g_autoptr(LcStore) store = lc_journey_open_library ();
    g_autoptr(LcRecord) khalid = lc_journey_find_person (store, "Khalid Al-Salem");
    g_autoptr(GError) error = NULL;

    lc_record_set_string (khalid, "email", "k.alsalem@example.org");
    g_assert_true (lc_store_update (store, khalid, &error));
    g_assert_no_error (error);
  }
  g_assert_true (both_are (LC_PARTICIPANT_STATUS_INVITED));

  /* As Zoom writes it: renamed in the meeting, the address in capitals,
   * and a guest nobody invited. */
  g_assert_true (g_file_set_contents (csv,
                                      "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
                                      "Khalid,K.ALSALEM@example.org,12/07/2026 09:00:00 AM,"
                                      "12/07/2026 10:00:00 AM,60,No\n"
                                      "Manal (Manal Awad),,12/07/2026 09:02:00 AM,12/07/2026 09:58:00 AM,56,Yes\n"
                                      "Visitor Nine,visitor9@example.net,12/07/2026 09:05:00 AM,"
                                      "12/07/2026 09:06:00 AM,1,Yes\n",
                                      -1, NULL));

  lc_journey_choose_menu_item (view, _("Main Menu"), _("Import Meeting _Attendance…"));
  chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, _("Import Meeting Attendance"));
  lc_test_type (csv);
  lc_test_press ("Return");
  lc_test_wait_window_gone (chooser);

  dialog = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, _("Import Meeting Attendance"));
  to_mark = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person will be marked as attended online.",
                                          "%u people will be marked as attended online.", 2), 2);
  found = g_strdup_printf (_("Found by email: %1$u; by name: %2$u."), 1, 1);
  left = g_strdup_printf (_("Line %1$u, “%2$s”: %3$s"), 4, "Visitor Nine",
                          _("no person of the convention has this email or name"));
  /* Its numbers in the language's digits. */
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *shown = lc_journey_digits ((const char *[]) { to_mark, found, left }[i]);

      lc_test_wait_for_text (GTK_WIDGET (dialog), shown);
    }
  /* Previewing writes nothing. */
  g_assert_true (both_are (LC_PARTICIPANT_STATUS_INVITED));
  lc_test_wait_for_frame (GTK_WIDGET (dialog));
  g_free (lc_test_ui_screenshot (GTK_WIDGET (dialog), "journey-attendance-import-preview"));

  lc_test_click (lc_test_find_activatable (lc_test_wait_for_text (GTK_WIDGET (dialog), _("_Import"))));
  lc_test_wait_window_gone (dialog);
  LC_TEST_WAIT (both_are (LC_PARTICIPANT_STATUS_ATTENDED_ONLINE), "both attended online in the library");

  /* One step: Ctrl+Z in the window gives both their status back. */
  lc_test_focus_window (GTK_WINDOW (window));
  lc_test_press ("<Control>z");
  LC_TEST_WAIT (both_are (LC_PARTICIPANT_STATUS_INVITED), "one undo to give both back their status");

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/attendance-import/zoom", test_attendance_import);
  return lc_journey_run ();
}
