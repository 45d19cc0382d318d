/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lc-application.h"
#include "lc-convention-view.h"
#include "lc-export-dialog.h"
#include "lc-import-dialog.h"
#include "lc-models.h"
#include "lc-test-ui.h"
#include "lc-test-util.h"
#include "lc-util.h"
#include "lc-window.h"

/* Import Speakers… from the window, without the native file chooser: the
 * preview's counts and rows, Import, the reloaded lists; a file with a
 * rejected row that cannot be imported; Cancel while a big file is planned
 * and while it is applied, which writes nothing; an export in the thread.
 * Run once in English and once under ar_SA.UTF-8. */

static char *files_dir;
static LcApplication *app;

typedef struct
{
  LcWindow          *window;
  LcConventionView  *view;
  LcStore           *store;
  gint64             convention_id;
} Fixture;

static gboolean
convention_shown (gpointer data)
{
  return g_strcmp0 (lc_window_get_page (data), "convention") == 0;
}

static void
fixture_open (Fixture *f)
{
  f->window = lc_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 760);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-sample", NULL);
  lc_test_ui_wait_until (convention_shown, f->window, 10000);
  f->view = lc_window_get_convention_view (f->window);
  f->store = lc_window_get_store (f->window);
  g_assert_nonnull (lc_convention_view_get_model (f->view));
  f->convention_id = lc_convention_model_get_id (lc_convention_view_get_model (f->view));
}

static gint64
count_people (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  gint64 n = lc_store_count (f->store, LC_TYPE_PERSON, "convention_id", f->convention_id, &error);

  g_assert_no_error (error);
  return n;
}

static char *
write_file (const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (files_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

typedef struct
{
  LcImportDialog *dialog;
  const char     *state;
} StateWait;

static gboolean
state_reached (gpointer data)
{
  StateWait *wait = data;

  return g_strcmp0 (lc_import_dialog_get_state (wait->dialog), wait->state) == 0;
}

static void
wait_for_state (LcImportDialog *dialog,
                const char     *state)
{
  StateWait wait = { dialog, state };

  g_test_message ("waiting for %s (now %s)", state, lc_import_dialog_get_state (dialog));

  lc_test_ui_wait_until (state_reached, &wait, 30000);
  g_assert_cmpstr (lc_import_dialog_get_state (dialog), ==, state);
}

/* Whether some label under @root (mapped or not) holds @needle. */
static gboolean
label_contains (GtkWidget  *root,
                const char *needle)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root)
      && strstr (gtk_label_get_text (GTK_LABEL (root)), needle) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (label_contains (child, needle))
      return TRUE;

  return FALSE;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found)
        return found;
    }

  return NULL;
}

static LcRecord *
find_person (LcConventionModel *model,
             const char        *name_en,
             guint             *count)
{
  GListModel *people = lc_convention_model_get_people (model);
  LcRecord *found = NULL;

  *count = 0;
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (people, i);

      if (g_strcmp0 (lc_record_get_string (person, "name-en"), name_en) == 0)
        {
          (*count)++;
          found = person;
        }
    }

  return found;
}

static void
test_import_speakers (void)
{
  Fixture f = { 0 };
  g_autofree char *path = NULL;
  g_autofree char *shot = NULL;
  g_autoptr(LcImportDialog) dialog = NULL;
  g_autoptr(LcConventionModel) old_model = NULL;
  LcConventionModel *model;
  LcImportPlan *plan;
  GtkWidget *import;
  gint64 before;
  guint count = 0;
  LcRecord *khalid;

  fixture_open (&f);
  before = count_people (&f);
  old_model = g_object_ref (lc_convention_view_get_model (f.view));
  g_assert_cmpuint (g_list_model_get_n_items (lc_convention_model_get_people (old_model)), ==, (guint) before);

  /* Two new people, one of the sample's with a new position, a column
   * nobody knows, and a row repeated. */
  path = write_file ("speakers.csv",
                     "name_en,name_ar,position_en,Shoe size\n"
                     "Samira Haddad,سميرة حداد,Mayor of Irbid,38\n"
                     "Omar Khoury,عمر خوري,Adviser,44\n"
                     "Khalid Al-Salem,خالد السالم,Governor,42\n"
                     "Omar Khoury,عمر خوري,Adviser,44\n");
  dialog = g_object_ref (lc_import_dialog_new (GTK_WINDOW (f.window), lc_convention_view_get_undo (f.view), f.convention_id,
                                               LC_CSV_IMPORT_SPEAKERS, path));
  wait_for_state (dialog, "preview");
  lc_test_ui_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  plan = lc_import_dialog_get_plan (dialog);
  g_assert_cmpuint (lc_import_plan_count (plan, LC_IMPORT_ROW_ADD), ==, 2);
  g_assert_cmpuint (lc_import_plan_count (plan, LC_IMPORT_ROW_UPDATE), ==, 1);
  g_assert_cmpuint (lc_import_plan_count (plan, LC_IMPORT_ROW_MERGED), ==, 1);
  g_assert_cmpuint (lc_import_plan_count (plan, LC_IMPORT_ROW_REJECTED), ==, 0);

  /* What the user reads: the counts, the ignored column, the rows. */
  {
    g_autofree char *add = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u to add", "%u to add", 2), 2);
    g_autofree char *update = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u to update", "%u to update", 1), 1);
    g_autofree char *line = lc_ui_printf (_("Line %u"), 4);
    g_autofree char *same = lc_ui_printf (_("Same as line %u"), 3);
    const char *format = _("Read as %s.");
    g_autofree char *read_as = g_strndup (format, strstr (format, "%s") - format);

    g_assert_true (label_contains (GTK_WIDGET (dialog), add));
    g_assert_true (label_contains (GTK_WIDGET (dialog), update));
    g_assert_true (label_contains (GTK_WIDGET (dialog), "Shoe size"));
    g_assert_true (label_contains (GTK_WIDGET (dialog), "Samira Haddad"));
    g_assert_true (label_contains (GTK_WIDGET (dialog), line));
    g_assert_true (label_contains (GTK_WIDGET (dialog), same));
    /* UTF-8 is what is expected: no word about the encoding. */
    g_assert_cmpstr (read_as, !=, "");
    g_assert_false (label_contains (GTK_WIDGET (dialog), read_as));
  }
  shot = lc_test_ui_screenshot (GTK_WIDGET (dialog), "import-preview");

  import = lc_test_ui_find (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, _("_Import"));
  g_assert_nonnull (import);
  g_assert_true (gtk_widget_get_sensitive (import));
  g_signal_emit_by_name (import, "clicked");
  wait_for_state (dialog, "done");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* Written, and the open convention shows it, with the import one step
   * of its history. */
  g_assert_cmpint (count_people (&f), ==, before + 2);
  model = lc_convention_view_get_model (f.view);
  g_assert_true (model == old_model);
  g_assert_cmpuint (g_list_model_get_n_items (lc_convention_model_get_people (model)), ==, (guint) before + 2);
  g_assert_cmpstr (lc_convention_view_get_area (f.view), ==, "speakers");
  g_assert_nonnull (find_person (model, "Samira Haddad", &count));
  g_assert_cmpuint (count, ==, 1);
  g_assert_nonnull (find_person (model, "Omar Khoury", &count));
  g_assert_cmpuint (count, ==, 1);
  khalid = find_person (model, "Khalid Al-Salem", &count);
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (lc_record_get_string (khalid, "position-en"), ==, "Governor");
  {
    g_autofree char *label = g_strdup_printf (_("Undo %s"), _("Import Speakers"));

    g_assert_cmpstr (lc_undo_stack_get_undo_label (lc_convention_view_get_undo (f.view)), ==, label);
  }
  g_assert_true (lc_undo_stack_undo (lc_convention_view_get_undo (f.view), NULL));
  g_assert_cmpint (count_people (&f), ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (lc_convention_model_get_people (model)), ==, (guint) before);
  g_assert_cmpstr (lc_record_get_string (khalid, "position-en"), !=, "Governor");

  gtk_window_destroy (GTK_WINDOW (f.window));
}

static void
test_rejected_row (void)
{
  Fixture f = { 0 };
  g_autofree char *path = NULL;
  g_autofree char *shot = NULL;
  g_autoptr(LcImportDialog) dialog = NULL;
  LcImportPlan *plan;
  GtkWidget *import;
  gint64 before;
  const LcImportRow *first = NULL;

  fixture_open (&f);
  before = count_people (&f);
  path = write_file ("rejected.csv",
                     "Name (EN),Attendance\n"
                     "Layla Nasser,online\n"
                     "Yousef Amin,absent\n"
                     "Huda Saleh,in-person\n");
  dialog = g_object_ref (lc_import_dialog_new (GTK_WINDOW (f.window), lc_convention_view_get_undo (f.view), f.convention_id,
                                               LC_CSV_IMPORT_SPEAKERS, path));
  wait_for_state (dialog, "preview");
  lc_test_ui_settle ();

  plan = lc_import_dialog_get_plan (dialog);
  g_assert_cmpuint (lc_import_plan_count (plan, LC_IMPORT_ROW_REJECTED), ==, 1);
  g_assert_cmpuint (lc_import_plan_count (plan, LC_IMPORT_ROW_ADD), ==, 2);
  g_assert_false (lc_import_plan_can_apply (plan));

  import = lc_test_ui_find (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, _("_Import"));
  g_assert_nonnull (import);
  g_assert_false (gtk_widget_get_sensitive (import));

  /* The rejected row is listed first, with its line and its reason. */
  for (guint i = 0; i < lc_import_plan_get_n_rows (plan); i++)
    if (lc_import_plan_get_row (plan, i)->action == LC_IMPORT_ROW_REJECTED)
      first = lc_import_plan_get_row (plan, i);
  g_assert_nonnull (first);
  g_assert_cmpuint (first->line, ==, 3);
  {
    g_autofree char *line = lc_ui_printf (_("Line %u"), 3);
    g_autofree char *reason = g_strdup_printf (_("Rejected: %s"), first->reason);

    g_assert_true (label_contains (GTK_WIDGET (dialog), line));
    g_assert_true (label_contains (GTK_WIDGET (dialog), reason));
    g_assert_true (label_contains (GTK_WIDGET (dialog), "absent"));
  }
  shot = lc_test_ui_screenshot (GTK_WIDGET (dialog), "import-rejected");

  /* Import cannot be forced either. */
  g_signal_emit_by_name (import, "clicked");
  lc_test_ui_settle ();
  g_assert_cmpstr (lc_import_dialog_get_state (dialog), ==, "preview");
  g_assert_cmpint (count_people (&f), ==, before);

  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_cmpstr (lc_import_dialog_get_state (dialog), ==, "cancelled");
  g_assert_cmpint (count_people (&f), ==, before);
  gtk_window_destroy (GTK_WINDOW (f.window));
}

/* An Arabic spreadsheet saved as Excel's "CSV" on an Arabic Windows
 * (Windows-1256): the preview says how the file was read and shows the
 * names decoded, before anything is written. */
static void
test_windows_1256 (void)
{
  Fixture f = { 0 };
  const char *text = "الاسم بالعربية,Name (EN)\r\n"
                     "نادية الفاسي,Nadia El Fassi\r\n";
  g_autofree char *path = g_build_filename (files_dir, "arabic-windows.csv", NULL);
  g_autofree char *bytes = NULL;
  g_autofree char *read_as = NULL;
  g_autofree char *shot = NULL;
  g_autoptr(LcImportDialog) dialog = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  gint64 before;

  fixture_open (&f);
  before = count_people (&f);
  bytes = g_convert (text, -1, "WINDOWS-1256", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, bytes, length, &error);
  g_assert_no_error (error);

  dialog = g_object_ref (lc_import_dialog_new (GTK_WINDOW (f.window), lc_convention_view_get_undo (f.view), f.convention_id,
                                               LC_CSV_IMPORT_SPEAKERS, path));
  wait_for_state (dialog, "preview");
  lc_test_ui_settle ();

  read_as = g_strdup_printf (_("Read as %s."), _("Windows-1256 (Arabic)"));
  g_assert_true (label_contains (GTK_WIDGET (dialog), read_as));
  g_assert_true (label_contains (GTK_WIDGET (dialog), "Nadia El Fassi — نادية الفاسي"));
  g_assert_cmpint (count_people (&f), ==, before);
  shot = lc_test_ui_screenshot (GTK_WIDGET (dialog), "import-windows-1256");

  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_cmpint (count_people (&f), ==, before);
  gtk_window_destroy (GTK_WINDOW (f.window));
}

/* A workbook chosen as a CSV file is: its rows in the preview, and the line
 * that says it was read from an Excel workbook where an encoding is said. */
static void
test_workbook (void)
{
  Fixture f = { 0 };
  g_autofree char *csv = write_file ("workbook-people.csv",
                                     "Name (EN),الاسم بالعربية,Position\n"
                                     "Nadia El Fassi,نادية الفاسي,Director\n");
  g_autofree char *xlsx = lc_test_libreoffice_convert (csv, "xlsx", "CSV:44,34,76,1");
  g_autofree char *shot = NULL;
  g_autoptr(LcImportDialog) dialog = NULL;
  gint64 before;

  if (xlsx == NULL)
    return;
  fixture_open (&f);
  before = count_people (&f);

  dialog = g_object_ref (lc_import_dialog_new (GTK_WINDOW (f.window), lc_convention_view_get_undo (f.view),
                                               f.convention_id, LC_CSV_IMPORT_SPEAKERS, xlsx));
  wait_for_state (dialog, "preview");
  lc_test_ui_settle ();

  g_assert_true (label_contains (GTK_WIDGET (dialog), _("Read from an Excel workbook.")));
  g_assert_true (label_contains (GTK_WIDGET (dialog), "Nadia El Fassi — نادية الفاسي"));
  g_assert_cmpint (count_people (&f), ==, before);
  shot = lc_test_ui_screenshot (GTK_WIDGET (dialog), "import-workbook");

  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_cmpint (count_people (&f), ==, before);
  gtk_window_destroy (GTK_WINDOW (f.window));
}

static void
test_unreadable_file (void)
{
  Fixture f = { 0 };
  g_autofree char *path = g_build_filename (files_dir, "missing.csv", NULL);
  g_autoptr(LcImportDialog) dialog = NULL;
  gint64 before;

  fixture_open (&f);
  before = count_people (&f);
  dialog = g_object_ref (lc_import_dialog_new (GTK_WINDOW (f.window), lc_convention_view_get_undo (f.view), f.convention_id,
                                               LC_CSV_IMPORT_SPEAKERS, path));
  wait_for_state (dialog, "error");
  lc_test_ui_settle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (lc_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE, NULL));
  g_assert_null (lc_import_dialog_get_plan (dialog));
  g_assert_cmpint (count_people (&f), ==, before);
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (f.window));
}

static char *
write_big_file (void)
{
  g_autoptr(GString) csv = g_string_new ("name_en,name_ar,position_en\n");

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (csv, "Bulk Person %05u,شخص %05u,Role %u\n", i, i, i % 97);

  return write_file ("big.csv", csv->str);
}

static void
test_cancel (void)
{
  Fixture f = { 0 };
  g_autofree char *path = NULL;
  g_autoptr(LcImportDialog) planning = NULL;
  g_autoptr(LcImportDialog) applying = NULL;
  GtkWidget *cancel, *import;
  gint64 before;

  fixture_open (&f);
  before = count_people (&f);
  path = write_big_file ();

  /* Cancel while the file is read: the dialog goes, nothing is written. */
  planning = g_object_ref (lc_import_dialog_new (GTK_WINDOW (f.window), lc_convention_view_get_undo (f.view), f.convention_id,
                                                 LC_CSV_IMPORT_SPEAKERS, path));
  g_assert_cmpstr (lc_import_dialog_get_state (planning), ==, "planning");
  cancel = find_button (GTK_WIDGET (planning), _("_Cancel"));
  g_assert_nonnull (cancel);
  g_signal_emit_by_name (cancel, "clicked");
  wait_for_state (planning, "cancelled");
  g_assert_null (lc_import_dialog_get_plan (planning));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (planning)));
  g_assert_cmpint (count_people (&f), ==, before);

  /* Planned in full this time (with the progress bar once it takes more
   * than half a second); then Cancel while it is applied: rolled back. */
  applying = g_object_ref (lc_import_dialog_new (GTK_WINDOW (f.window), lc_convention_view_get_undo (f.view), f.convention_id,
                                                 LC_CSV_IMPORT_SPEAKERS, path));
  wait_for_state (applying, "preview");
  g_assert_cmpuint (lc_import_plan_count (lc_import_dialog_get_plan (applying), LC_IMPORT_ROW_ADD), ==, 20000);
  import = lc_test_ui_find (GTK_WIDGET (applying), GTK_TYPE_BUTTON, _("_Import"));
  g_assert_true (gtk_widget_get_sensitive (import));
  g_signal_emit_by_name (import, "clicked");
  g_assert_cmpstr (lc_import_dialog_get_state (applying), ==, "applying");
  cancel = find_button (GTK_WIDGET (applying), _("_Cancel"));
  g_signal_emit_by_name (cancel, "clicked");
  wait_for_state (applying, "cancelled");
  g_assert_cmpint (count_people (&f), ==, before);

  gtk_window_destroy (GTK_WINDOW (f.window));
}

static gboolean
file_written (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static void
test_export (void)
{
  Fixture f = { 0 };
  const char *names[] = { "out.xml", "out.json", "out.ics" };
  const char *marks[] = { "<schedule", "\"schedule\"", "BEGIN:VCALENDAR" };
  LcExportFormat formats[] = { LC_EXPORT_FORMAT_SCHEDULE_XML, LC_EXPORT_FORMAT_SCHEDULE_JSON, LC_EXPORT_FORMAT_ICS };

  fixture_open (&f);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (files_dir, names[i], NULL);
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;

      lc_export_dialog_start (GTK_WINDOW (f.window), f.store, f.convention_id, formats[i], path);
      lc_test_ui_wait_until (file_written, path, 20000);
      g_file_get_contents (path, &text, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (strstr (text, marks[i]));
      /* The interface's language: the sample's Arabic titles in Arabic. */
      if (lc_test_ui_is_arabic ())
        g_assert_nonnull (strstr (text, "ينبع"));
      lc_test_ui_settle ();
    }

  gtk_window_destroy (GTK_WINDOW (f.window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  files_dir = lc_test_make_tmpdir ();

  app = lc_test_ui_app_init (&argc, &argv);

  g_test_add_func ("/import-dialog/speakers", test_import_speakers);
  g_test_add_func ("/import-dialog/rejected-row", test_rejected_row);
  g_test_add_func ("/import-dialog/windows-1256", test_windows_1256);
  g_test_add_func ("/import-dialog/workbook", test_workbook);
  g_test_add_func ("/import-dialog/unreadable-file", test_unreadable_file);
  g_test_add_func ("/import-dialog/cancel", test_cancel);
  g_test_add_func ("/import-dialog/export", test_export);

  status = lc_test_ui_app_run ();

  lc_test_remove_tree (files_dir);
  g_free (files_dir);
  return status;
}
