/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-convention-view.h"
#include "lc-journey.h"
#include "lc-person-editor.h"
#include "lc-speakers-page.h"
#include "lc-test-util.h"

/*
 * The window and another process on one library (issue 20, points 7 and 8),
 * as a person meets it: the command line changes a person while the window
 * shows the Speakers, with the person's editor open; the window shows the
 * change within a second, and the person's edit, typed and saved with the
 * keyboard and the mouse, keeps it. Then another process holds the library
 * (a long import) while the person saves: the window does not freeze, shows
 * the edit at once and writes it when the library is free.
 *
 * Real input (XTest): opening the sample (Ctrl+Shift+O), the Speakers
 * (Alt+2), the search (Ctrl+F, typing the name, Enter), the Edit button (a
 * click), the field (a click), its text (Ctrl+A, then typed) and Save (a
 * click). Not
 * input: the command line and the process holding the lock, which are the
 * other processes, and finding the English honorific and position fields
 * (both languages' rows have the same title), which the test then clicks.
 */

#define RAUL_EN "Raúl Valdés"
#define RAUL_AR "راؤول فالديس"

/* The Speakers area, once it is shown (it is built then). */
static GtkWidget *
speakers (LcWindow *window)
{
  return lc_test_find_type (GTK_WIDGET (lc_window_get_convention_view (window)), LC_TYPE_SPEAKERS_PAGE);
}

static LcRecord *stored_raul (void);

static gint64
raul_id (void)
{
  g_autoptr(LcRecord) raul = stored_raul ();

  return lc_record_get_id (raul);
}

/* From the sample's agenda to Raúl's details, and his editor. */
static LcPersonEditor *
edit_raul (LcWindow *window)
{
  lc_journey_open_sample (window);
  lc_test_press ("<Alt>2");
  LC_TEST_WAIT (speakers (window) != NULL, "the Speakers");
  lc_test_press ("<Control>f");
  lc_test_type (lc_journey_pick (RAUL_EN, RAUL_AR));
  LC_TEST_WAIT (g_list_model_get_n_items (lc_speakers_page_get_shown (LC_SPEAKERS_PAGE (speakers (window)))) == 1,
                "the search to find him alone");
  lc_test_press ("Return");
  LC_TEST_WAIT (lc_speakers_page_get_person_id (LC_SPEAKERS_PAGE (speakers (window))) == raul_id (),
                "his details");
  lc_journey_press_button (speakers (window), _("_Edit"));

  return LC_PERSON_EDITOR (lc_test_wait_for_window (LC_TYPE_PERSON_EDITOR, NULL));
}

static void
type_into (LcPersonEditor *editor,
           const char     *field,
           const char     *text)
{
  GtkWidget *row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (editor), LC_TYPE_PERSON_EDITOR,
                                                              field));

  lc_test_click (row);
  LC_TEST_WAIT (gtk_widget_is_ancestor (lc_test_focus_widget (), row), "the field to have the keyboard");
  /* What the field held is replaced. */
  lc_test_press ("<Control>a");
  lc_test_type (text);
  LC_TEST_WAIT (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (row)), text), "the text to be typed");
}

static LcRecord *
stored_raul (void)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(GListStore) people = lc_store_list (store, LC_TYPE_PERSON, NULL, 0, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      if (g_str_equal (lc_record_get_string (person, "name-en"), RAUL_EN))
        return g_steal_pointer (&person);
    }
  g_assert_not_reached ();
}

static gboolean
raul_has (const char *property,
          const char *value)
{
  g_autoptr(LcRecord) stored = stored_raul ();

  return g_str_equal (lc_record_get_string (stored, property), value);
}

static void
test_command_line_change (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  g_autofree char *csv = g_build_filename (lc_journey_tmpdir (), "speakers.csv", NULL);
  g_autofree char *option = g_strconcat ("--import-speakers=", csv, NULL);
  g_autoptr(LcRecord) stored = NULL;
  g_auto(LcTestRun) run = { 0 };
  LcPersonEditor *editor;
  gint64 start;

  editor = edit_raul (window);

  /* The command line, another process, changes his organisation. */
  g_assert_true (g_file_set_contents (csv, "Name (EN),Organisation (EN),Organisation (AR)\n"
                                           RAUL_EN ",Changed by the command line,غيّره سطر الأوامر\n",
                                      -1, NULL));
  lc_test_run_cli (&run, (const char *[]) { "--database", lc_journey_library_path (), option, NULL });
  g_assert_cmpint (run.status, ==, 0);
  start = g_get_monotonic_time ();

  /* The window shows it (the store looks four times a second). */
  lc_test_wait_for_text (speakers (window), lc_journey_pick ("Changed by the command line", "غيّره سطر الأوامر"));
  g_test_message ("the window showed the change after %.2f s",
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  /* The edit, in the editor opened before the change. */
  lc_test_focus_window (GTK_WINDOW (editor));
  type_into (editor, "honorific_en", "Prof.");
  lc_journey_press_button (GTK_WIDGET (editor), _("_Save"));
  lc_test_wait_window_gone ((GtkWindow *) editor);   /* freed by now: compared, not used */

  /* Both are kept. */
  LC_TEST_WAIT (raul_has ("honorific-en", "Prof."), "the edit stored");
  stored = stored_raul ();
  g_assert_cmpstr (lc_record_get_string (stored, "organisation-en"), ==, "Changed by the command line");
  g_assert_cmpstr (lc_record_get_string (stored, "organisation-ar"), ==, "غيّره سطر الأوامر");

  /* A convention the command line imports shows in the library's list. */
  {
    guint before = g_list_model_get_n_items (lc_window_get_conventions (window));
    g_autofree char *import = g_strconcat ("--import=", g_getenv ("LC_SAMPLE"), NULL);

    lc_test_run_clear (&run);
    lc_test_run_cli (&run, (const char *[]) { "--database", lc_journey_library_path (), import, NULL });
    g_assert_cmpint (run.status, ==, 0);
    LC_TEST_WAIT (g_list_model_get_n_items (lc_window_get_conventions (window)) == before + 1,
                  "the imported convention in the list");
  }

  lc_journey_close_window (window);
}

static void
test_library_busy (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  LcPersonEditor *editor;
  LcTestLock lock;
  gint64 start;
  double seconds;

  editor = edit_raul (window);
  type_into (editor, "position_en", "Saved while busy");

  /* Another process holds the library, as a long import does. */
  lc_test_lock_hold (&lock, lc_journey_library_path (), NULL);

  /* Save: before, the window froze for 5 s, then "database is locked". */
  start = g_get_monotonic_time ();
  lc_journey_press_button (GTK_WIDGET (editor), _("_Save"));
  lc_test_wait_window_gone ((GtkWindow *) editor);   /* freed by now: compared, not used */
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_test_message ("Save closed the editor after %.2f s while the library was held", seconds);
  lc_test_wait_for_text (speakers (window), "Saved while busy");
  g_assert_false (raul_has ("position-en", "Saved while busy"));

  /* Written once the library is free. */
  lc_test_lock_release (&lock);
  LC_TEST_WAIT (raul_has ("position-en", "Saved while busy"), "the edit written");

  lc_journey_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  lc_journey_init (&argc, &argv);

  g_test_add_func ("/journey/other-process/command-line-change", test_command_line_change);
  g_test_add_func ("/journey/other-process/library-busy", test_library_busy);

  return lc_journey_run ();
}
