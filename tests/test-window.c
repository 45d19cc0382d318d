/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "lc-agenda-printer.h"
#include "lc-application.h"
#include "lc-convention-view.h"
#include "lc-generator.h"
#include "lc-store.h"
#include "lc-test-ui.h"
#include "lc-test-util.h"
#include "lc-window.h"

/* The window as a user meets it: an empty library, the sample, the areas of
 * an open convention. Run once in English and once under ar_SA.UTF-8. */

static LcApplication *app;

static LcWindow *
open_window_sized (int width,
                   int height)
{
  LcWindow *window = lc_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static LcWindow *
open_window (void)
{
  return open_window_sized (1100, 760);
}

static gboolean
label_contains (GtkWidget  *root,
                const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root)
      && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (label_contains (child, text))
      return TRUE;

  return FALSE;
}

static gboolean
has_tooltip (GtkWidget    *widget,
             gconstpointer tooltip)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

static gboolean
convention_shown (gpointer data)
{
  return g_strcmp0 (lc_window_get_page (data), "convention") == 0;
}

static void
test_empty_library_and_sample (void)
{
  LcWindow *window = open_window ();
  LcConventionView *view;
  g_autofree char *shot = NULL;
  const char *areas[] = { "agenda", "speakers", "cities", "declaration", "report" };

  /* A new library offers the sample. */
  g_assert_cmpstr (lc_window_get_page (window), ==, "library");
  g_assert_cmpstr (lc_window_get_library_state (window), ==, "empty");
  g_assert_nonnull (lc_test_ui_find (GTK_WIDGET (window), GTK_TYPE_BUTTON, _("Open _Sample Convention")));
  shot = lc_test_ui_screenshot (GTK_WIDGET (window), "library-empty");

  if (lc_test_ui_is_arabic ())
    {
      g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_RTL);
      /* The catalogue's words, not the English source. */
      g_assert_cmpstr (_("Open _Sample Convention"), !=, "Open _Sample Convention");
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "مدن التعلم");
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  lc_test_ui_wait_until (convention_shown, window, 10000);
  view = lc_window_get_convention_view (window);
  g_assert_nonnull (lc_convention_view_get_model (view));

  /* The sample has no conflicts: no warning sign, and the pane opens only when asked. */
  {
    GtkWidget *toggle = lc_test_ui_find_matching (GTK_WIDGET (view), has_tooltip, _("Conflicts"));

    g_assert_true (GTK_IS_TOGGLE_BUTTON (toggle));
    g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
    g_assert_false (gtk_widget_get_visible (toggle));
  }

  /* The areas are named in the interface language, from the catalogue. */
  {
    GtkWidget *stack = lc_test_ui_find (GTK_WIDGET (view), ADW_TYPE_VIEW_STACK, NULL);
    g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (ADW_VIEW_STACK (stack));
    const char *english[] = { "Agenda", "People", "Cities", "Declaration", "Report" };
    const char *arabic[] = { "جدول الأعمال", "الأشخاص", "المدن", "الإعلان", "التقرير" };

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, G_N_ELEMENTS (english));
    for (guint i = 0; i < G_N_ELEMENTS (english); i++)
      {
        g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

        g_assert_cmpstr (adw_view_stack_page_get_title (page), ==,
                         lc_test_ui_is_arabic () ? arabic[i] : english[i]);
      }
  }

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_autofree char *name = g_strconcat ("area-", areas[i], NULL);
      g_autofree char *path = NULL;

      lc_convention_view_show_area (view, areas[i]);
      g_assert_cmpstr (lc_convention_view_get_area (view), ==, areas[i]);
      path = lc_test_ui_screenshot (GTK_WIDGET (window), name);
      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    }

  /* Back to the library, which now lists the sample once. */
  gtk_widget_activate_action (GTK_WIDGET (view), "view.close", NULL);
  g_assert_cmpstr (lc_window_get_page (window), ==, "library");
  g_assert_cmpstr (lc_window_get_library_state (window), ==, "list");
  g_assert_cmpuint (g_list_model_get_n_items (lc_window_get_conventions (window)), ==, 1);
  g_clear_pointer (&shot, g_free);
  shot = lc_test_ui_screenshot (GTK_WIDGET (window), "library");

  /* The sample's dates, with the month's name in the interface language. */
  g_assert_true (label_contains (GTK_WIDGET (window), lc_test_ui_is_arabic () ? "مايو" : "May"));
  if (lc_test_ui_is_arabic ())
    g_assert_true (label_contains (GTK_WIDGET (window), "الأربعاء"));

  /* Opening the sample again does not import it twice. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  lc_test_ui_wait_until (convention_shown, window, 10000);
  g_assert_cmpuint (g_list_model_get_n_items (lc_window_get_conventions (window)), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
task_done (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* The window's two ways to the printed agenda, without their dialogs: the
 * print operation run as an export, and the PDF written in a thread. */
static void
test_print_and_export (void)
{
  LcWindow *window = open_window ();
  LcConventionView *view;
  LcConventionModel *model;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (dir, "exported.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
  lc_test_ui_wait_until (convention_shown, window, 10000);
  view = lc_window_get_convention_view (window);
  model = lc_convention_view_get_model (view);

  operation = lc_agenda_printer_new_operation (lc_convention_model_get_store (model),
                                               lc_convention_model_get_id (model));
  gtk_print_operation_set_export_filename (operation, printed);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            GTK_WINDOW (window), &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (printed, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  /* Several pages: the sample's two days do not fit on one. */
  g_assert_cmpint (gtk_print_operation_get_n_pages_to_print (operation), >, 1);
  g_clear_pointer (&contents, g_free);

  lc_agenda_printer_write_async (lc_convention_model_get_store (model), lc_convention_model_get_id (model),
                                 exported, LC_AGENDA_LANGUAGE_BILINGUAL, LC_PAPER_A4, NULL, on_written, &result);
  lc_test_ui_wait_until (task_done, &result, 30000);
  g_assert_true (lc_agenda_printer_write_finish (result, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (exported, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_cmpuint (length, >, 10000);

  gtk_window_destroy (GTK_WINDOW (window));
  lc_test_remove_tree (dir);
}

/* The message dialog whose body says @data, if one is showing. */
static GtkWindow *
dialog_saying (const char *text)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data)
        && strstr (adw_message_dialog_get_body (l->data), text) != NULL)
      return l->data;

  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return dialog_saying (data) != NULL;
}

/* A pretalx schedule imported as a person does it from the window (Import
 * Convention… hands the path to lc_window_import_file ()): the new
 * convention opens, and one dialog lists what was left out. */
static void
test_import_schedule (void)
{
  LcWindow *window = open_window ();
  g_autofree char *path = g_build_filename (g_getenv ("LC_SOURCE_DIR"), "tests", "data",
                                            "schedule-pretalx.xml", NULL);
  /* Two of its lines, as the interface's language writes them. */
  g_autofree char *recording = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u event’s recording settings were not imported.",
                                                             "%u events’ recording settings were not imported.",
                                                             7), 7);
  g_autofree char *midnight = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u event ran on past midnight and now ends at midnight.",
                                                            "%u events ran on past midnight and now end at midnight.",
                                                            1), 1);
  g_autofree char *shot = NULL;
  GtkWindow *dialog;

  lc_window_import_file (window, path);
  lc_test_ui_wait_until (convention_shown, window, 20000);
  lc_test_ui_wait_until (dialog_shown, recording, 20000);
  dialog = dialog_saying (recording);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), midnight));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  shot = lc_test_ui_screenshot (GTK_WIDGET (dialog), "schedule-import-left-out");

  gtk_window_destroy (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* How many conventions the library holds, read apart from the window. */
static guint
count_conventions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (lc_application_get_database_path (app), &error);
  g_autoptr(GListStore) conventions = NULL;

  g_assert_no_error (error);
  conventions = lc_store_list_conventions (store, &error);
  g_assert_no_error (error);
  return g_list_model_get_n_items (G_LIST_MODEL (conventions));
}

static gboolean
conventions_listed (gpointer data)
{
  return g_list_model_get_n_items (lc_window_get_conventions (data))
         == GPOINTER_TO_UINT (g_object_get_data (data, "expected"));
}

/* A convention file the library does not have (the sample has no uid, so
 * it is always a new one), imported from the window (Import Convention…
 * hands the path to lc_window_import_file ()): the file is read and parsed
 * once, to ask whether the library has it and to import it (issue 17), and
 * the new convention opens. */
static void
test_import_convention (void)
{
  guint before = count_conventions ();
  LcWindow *window = open_window ();

  g_object_set_data (G_OBJECT (window), "expected", GUINT_TO_POINTER (before + 1));
  lc_window_import_file (window, g_getenv ("LC_SAMPLE"));
  /* The window's list of conventions grows by the imported one. */
  lc_test_ui_wait_until (conventions_listed, window, 20000);
  g_assert_cmpuint (count_conventions (), ==, before + 1);
  lc_test_ui_wait_until (convention_shown, window, 20000);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Overwrites a page in the middle of @path: still a database, and damaged. */
static void
damage_page (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 3 * 4096);
  memset (contents + 2 * 4096, 0xa5, 4096);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

/* The window checks its library for damage in a thread while it is built,
 * never on its own thread, and still refuses a damaged library before it
 * shows or writes anything. Last: it leaves the library damaged. */
static void
test_library_checked_ahead (void)
{
  const char *path = lc_application_get_database_path (app);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *before = NULL, *after = NULL;
  guint all, in_open;
  LcWindow *window;

  lc_test_make_filled_library (path);

  /* Written since it was last checked: checked once, not by the window. */
  all = lc_store_get_n_quick_checks ();
  in_open = lc_store_get_n_quick_checks_in_open ();
  window = open_window ();
  g_assert_cmpstr (lc_window_get_library_state (window), ==, "list");
  g_assert_cmpuint (lc_store_get_n_quick_checks (), ==, all + 1);
  g_assert_cmpuint (lc_store_get_n_quick_checks_in_open (), ==, in_open);
  gtk_window_destroy (GTK_WINDOW (window));

  damage_page (path);
  before = lc_test_file_checksum (path);
  window = open_window ();
  g_assert_cmpstr (lc_window_get_library_state (window), ==, "error");
  g_assert_true (label_contains (GTK_WIDGET (window), base));
  if (!lc_test_ui_is_arabic ())
    g_assert_true (label_contains (GTK_WIDGET (window), "is damaged and cannot be opened safely"));
  g_assert_cmpuint (lc_store_get_n_quick_checks_in_open (), ==, in_open);
  gtk_window_destroy (GTK_WINDOW (window));
  after = lc_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static gboolean
loads_answered (gpointer window)
{
  return lc_window_get_n_loads (window) == 0;
}

/* A convention opened while another one loads: the newer one is shown, and
 * the load it replaced, answering later (a large convention takes longer),
 * changes nothing. A loaded run of test-cities ended on the library page
 * this way. */
static void
test_replaced_load (void)
{
  g_autoptr(GError) error = NULL;
  LcGeneratorSize size;
  LcWindow *window;
  LcStore *store;
  gint64 large, small;

  window = open_window ();
  store = lc_window_get_store (window);

  lc_generator_size_init (&size, 4000);
  large = lc_generator_create (store, &size, 3, &error);
  g_assert_no_error (error);
  lc_generator_size_init (&size, 4);
  small = lc_generator_create (store, &size, 5, &error);
  g_assert_no_error (error);

  lc_window_open_convention (window, large);
  lc_window_open_convention (window, small);
  lc_test_ui_wait_until (loads_answered, window, 60000);
  lc_test_ui_settle ();
  g_assert_cmpstr (lc_window_get_page (window), ==, "convention");
  g_assert_cmpint (lc_convention_model_get_id (lc_convention_view_get_model (lc_window_get_convention_view (window))),
                   ==, small);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  app = lc_test_ui_app_init (&argc, &argv);

  g_test_add_func ("/window/empty-library-and-sample", test_empty_library_and_sample);
  g_test_add_func ("/window/print-and-export", test_print_and_export);
  g_test_add_func ("/window/import-schedule", test_import_schedule);
  g_test_add_func ("/window/import-convention", test_import_convention);
  /* Before the library is damaged on purpose. */
  g_test_add_func ("/window/replaced-load", test_replaced_load);
  g_test_add_func ("/window/library-checked-ahead", test_library_checked_ahead);

  return lc_test_ui_app_run ();
}
