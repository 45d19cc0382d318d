/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-convention-view.h"
#include "lc-import-dialog.h"
#include "lc-journey.h"
#include "lc-models.h"
#include "lc-test-util.h"

/*
 * Files in and out, through the dialogs a person meets: the agenda exported
 * as PDF and opened from the toast, the declaration exported as PDF, the
 * calendar exported, the agenda printed to a file, a spreadsheet of
 * speakers imported and the import undone.
 */

static char *
tmp_path (const char *name)
{
  return g_build_filename (lc_journey_tmpdir (), name, NULL);
}

static gboolean
is_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  /* Whole: the header, and the end-of-file mark in the last bytes. */
  return g_file_get_contents (path, &contents, &length, NULL) && length > 1000
         && g_str_has_prefix (contents, "%PDF-")
         && g_strstr_len (contents + length - 32, 32, "%%EOF") != NULL;
}

/* A menu's Export … as PDF: the options (@choice, if not NULL, above the
 * language and the paper), then the file; written in the background, the
 * toast says so. */
static void
export_pdf (LcWindow   *window,
            const char *menu_item,
            const char *title,
            const char *choice,
            const char *exported,
            const char *path)
{
  GtkWindow *options, *chooser;

  lc_journey_choose_menu_item (GTK_WIDGET (lc_window_get_convention_view (window)), _("Main Menu"),
                               menu_item);
  options = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, title);
  if (choice != NULL)
    lc_test_wait_for_text (GTK_WIDGET (options), choice);
  lc_test_wait_for_text (GTK_WIDGET (options), _("_Language"));
  lc_test_wait_for_text (GTK_WIDGET (options), _("_Paper"));
  lc_journey_press_button (GTK_WIDGET (options), _("Choose _File…"));
  lc_test_wait_window_gone (options);
  chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, title);
  lc_journey_save_as (chooser, path);
  lc_test_wait_for_text (GTK_WIDGET (window), exported);
  g_assert_true (is_pdf (path));
}

static void
test_export_pdf_and_open (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  g_autofree char *path = tmp_path ("agenda-journey.pdf");
  g_autofree char *opened = NULL;
  GtkWidget *open;

  lc_journey_open_sample (window);

  export_pdf (window, _("Export Agenda as _PDF…"), _("Export Agenda as PDF"), NULL,
              _("Agenda exported as PDF"), path);
  /* The toast offers to open it. */
  open = lc_test_wait_for_text (GTK_WIDGET (window), _("_Open"));
  lc_test_click (lc_test_find_activatable (open));
  LC_TEST_WAIT (strstr ((g_free (opened), opened = lc_journey_opened_files ()), path) != NULL,
                "the PDF to be opened");

  lc_journey_close_window (window);
}

/* The declaration's export, through the same dialogs, with the text to
 * export chosen first. */
static void
test_export_declaration_pdf (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  g_autofree char *path = tmp_path ("declaration-journey.pdf");

  lc_journey_open_sample (window);
  export_pdf (window, _("Export _Declaration as PDF…"), _("Export Declaration as PDF"), _("_Text"),
              _("Declaration exported as PDF"), path);
  lc_journey_close_window (window);
}

/* The calendar export: the menu, the file, the toast. */
static void
test_export_calendar (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  g_autofree char *path = tmp_path ("journey.ics");
  g_autofree char *contents = NULL;
  GtkWindow *chooser;

  lc_journey_open_sample (window);
  lc_journey_choose_menu_item (GTK_WIDGET (lc_window_get_convention_view (window)), _("Main Menu"),
                               _("Export _iCalendar…"));
  chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, _("Export iCalendar"));
  lc_journey_save_as (chooser, path);
  lc_test_wait_for_text (GTK_WIDGET (window), _("Calendar exported"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR"));
  lc_journey_close_window (window);
}

static void
test_print_to_file (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  /* GTK names the file "output", in the interface's language. */
  g_autofree char *name = g_strdup_printf ("%s.pdf", g_dgettext ("gtk40", "output"));
  g_autofree char *path = tmp_path (name);
  GtkWindow *dialog;
  GtkWidget *printer;

  lc_journey_open_sample (window);
  lc_test_press ("<Control>p");
  dialog = lc_test_wait_for_window (GTK_TYPE_DIALOG, NULL);

  /* The dialog's Agenda tab: the language, on a row of its own height. */
  {
    GtkWidget *tab = lc_test_wait_for_text (GTK_WIDGET (dialog), _("Agenda"));
    GtkWidget *language;

    lc_test_click (tab);
    language = lc_test_find_activatable (lc_test_wait_for_text (GTK_WIDGET (dialog), _("_Language")));
    LC_TEST_WAIT ((language = lc_test_find_type (gtk_widget_get_parent (language), GTK_TYPE_DROP_DOWN)) != NULL,
                  "the language drop-down");
    /* Measured once the tab is laid out and drawn. */
    g_free (lc_test_ui_screenshot (GTK_WIDGET (dialog), "journey-print-agenda-tab"));
    g_assert_cmpint (gtk_widget_get_height (language), <, 80);
    lc_test_click (lc_test_wait_for_text (GTK_WIDGET (dialog), g_dgettext ("gtk40", "General")));
  }

  /* GTK's own printer, "Print to File", writes output.pdf in the working folder. */
  printer = lc_test_wait_for_text (GTK_WIDGET (dialog), g_dgettext ("gtk40", "Print to File"));
  lc_test_click (printer);
  lc_journey_press_button (GTK_WIDGET (dialog), g_dgettext ("gtk40", "_Print"));
  lc_test_wait_window_gone (dialog);
  LC_TEST_WAIT (is_pdf (path), "the printed agenda in a file");

  lc_journey_close_window (window);
}

static gboolean
item_exists (const char *title)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(LcRecord) item = lc_journey_find_item (store, title);

  return item != NULL;
}

static gint64
n_people (void)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(GListStore) conventions = lc_store_list_conventions (store, NULL);
  g_autoptr(LcRecord) convention = g_list_model_get_item (G_LIST_MODEL (conventions), 0);

  return lc_store_count (store, LC_TYPE_PERSON, "convention_id", lc_record_get_id (convention), NULL);
}

static void
test_import_speakers_and_undo (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  g_autofree char *csv = tmp_path ("speakers-journey.csv");
  GtkWindow *chooser, *dialog;
  LcConventionView *view;
  GtkWidget *speakers;
  gint64 before;

  g_assert_true (g_file_set_contents (csv,
                                      "name_en,name_ar,position_en\n"
                                      "Samira Haddad,سميرة حداد,Mayor of Irbid\n"
                                      "Omar Khoury,عمر خوري,Adviser\n", -1, NULL));
  lc_journey_open_sample (window);
  view = lc_window_get_convention_view (window);
  before = n_people ();

  /* An edit first: the import must not wipe the history before it. */
  lc_test_click (lc_test_wait_for_text (GTK_WIDGET (view), lc_journey_pick ("Regional trends in learning cities", "الاتجاهات الإقليمية في مدن التعلم")));
  lc_test_press ("Delete");
  LC_TEST_WAIT (!item_exists ("Regional trends in learning cities"), "the item deleted");
  lc_test_press ("<Alt>2");
  LC_TEST_WAIT (g_strcmp0 (lc_convention_view_get_area (view), "speakers") == 0, "Speakers");

  lc_journey_choose_menu_item (GTK_WIDGET (view), _("Main Menu"), _("Import _Speakers…"));
  chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, _("Import Speakers"));
  /* Typing a path opens the chooser's location field. */
  lc_test_type (csv);
  lc_test_press ("Return");
  lc_test_wait_window_gone (chooser);

  dialog = lc_test_wait_for_window (LC_TYPE_IMPORT_DIALOG, _("Import Speakers"));
  LC_TEST_WAIT (g_strcmp0 (lc_import_dialog_get_state (LC_IMPORT_DIALOG (dialog)), "preview") == 0, "the preview");
  LC_TEST_WAIT (lc_test_shows_text (GTK_WIDGET (dialog), "Samira Haddad"), "the new speaker in the preview");
  lc_journey_press_button (GTK_WIDGET (dialog), _("_Import"));
  lc_test_wait_window_gone (dialog);

  /* In the library and on screen, and one step of the history. */
  LC_TEST_WAIT (n_people () == before + 2, "two more people in the library");
  speakers = lc_test_find_type (GTK_WIDGET (view), g_type_from_name ("LcSpeakersPage"));
  lc_test_press ("<Control>f");
  lc_test_type (lc_journey_pick ("Samira", "سميرة"));
  LC_TEST_WAIT (lc_test_shows_text (speakers, lc_journey_pick ("Samira Haddad", "سميرة حداد")),
                "the new speaker found in the list");

  /* From the search field, where the keyboard still is. */
  lc_test_press ("<Control>z");
  LC_TEST_WAIT (n_people () == before, "the import undone");
  LC_TEST_WAIT (!lc_test_shows_text (speakers, lc_journey_pick ("Samira Haddad", "سميرة حداد")),
                "the imported people to leave the list");
  /* The edit before the import is still in the history. */
  lc_test_press ("<Control>z");
  LC_TEST_WAIT (item_exists ("Regional trends in learning cities"), "the earlier deletion undone");
  lc_test_press ("<Control><Shift>z");
  lc_test_press ("<Control><Shift>z");
  LC_TEST_WAIT (n_people () == before + 2, "the import redone");

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/exchange/export-pdf-and-open", test_export_pdf_and_open);
  g_test_add_func ("/journey/exchange/export-declaration-pdf", test_export_declaration_pdf);
  g_test_add_func ("/journey/exchange/export-calendar", test_export_calendar);
  g_test_add_func ("/journey/exchange/print-to-file", test_print_to_file);
  g_test_add_func ("/journey/exchange/import-speakers-and-undo", test_import_speakers_and_undo);
  return lc_journey_run ();
}
