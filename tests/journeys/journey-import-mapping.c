/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-convention-view.h"
#include "lc-import-dialog.h"
#include "lc-journey.h"
#include "lc-models.h"
#include "lc-test-ui.h"
#include "lc-test-util.h"
#include "lc-util.h"

/*
 * A Moroccan spreadsheet of speakers, “الاسم;اللقب”, where اللقب is the
 * family name: the preview asks what the column means and will not import
 * until told; the person chooses “Family name” in the column's drop-down
 * with the keyboard, the row becomes the sample's Khalid Al-Salem (not a
 * new person), and Import leaves no duplicate in the library.
 */

static gint64
count_named (const char *name_ar)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(GListStore) conventions = lc_store_list_conventions (store, NULL);
  g_autoptr(LcRecord) convention = g_list_model_get_item (G_LIST_MODEL (conventions), 0);
  g_autoptr(GListStore) people = lc_store_list (store, LC_TYPE_PERSON, "convention_id",
                                                lc_record_get_id (convention), NULL);
  gint64 n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      n += g_strcmp0 (lc_record_get_string (person, "name-ar"), name_ar) == 0;
    }

  return n;
}

static LcImportPlan *
dialog_plan (GtkWindow *dialog)
{
  return lc_import_dialog_get_plan (LC_IMPORT_DIALOG (dialog));
}

static gboolean
previewing (GtkWindow *dialog)
{
  return g_strcmp0 (lc_import_dialog_get_state (LC_IMPORT_DIALOG (dialog)), "preview") == 0;
}

static void
test_family_name_column (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  g_autofree char *csv = g_build_filename (lc_journey_tmpdir (), "maroc.csv", NULL);
  GtkWindow *chooser, *dialog;
  GtkWidget *import, *column;
  const LcImportRow *row;
  /* What the file suggests is offered first, and said so. */
  g_autofree char *suggested = lc_ui_printf (_("%s (suggested)"), C_("column meaning", "Family name"));

  g_assert_true (g_file_set_contents (csv, "الاسم;اللقب\nخالد;السالم\n", -1, NULL));
  lc_journey_open_sample (window);
  g_assert_cmpint (count_named ("خالد السالم"), ==, 1);

  lc_journey_choose_menu_item (GTK_WIDGET (lc_window_get_convention_view (window)), _("Main Menu"),
                               _("Import _Speakers…"));
  chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, _("Import Speakers"));
  lc_test_type (csv);
  lc_test_press ("Return");
  lc_test_wait_window_gone (chooser);

  /* Asked: the column's drop-down says so, and Import cannot be pressed;
   * read without the column, the row would be a new “خالد”. */
  dialog = lc_test_wait_for_window (LC_TYPE_IMPORT_DIALOG, _("Import Speakers"));
  LC_TEST_WAIT (previewing (dialog), "the preview");
  column = lc_journey_row_titled (GTK_WIDGET (dialog), "اللقب");
  lc_test_wait_for_text (column, _("Choose a meaning…"));
  g_assert_cmpuint (lc_import_plan_get_n_ambiguous (dialog_plan (dialog)), ==, 1);
  lc_test_wait_for_text (GTK_WIDGET (dialog), "خالد");
  lc_test_wait_for_text (GTK_WIDGET (dialog), _("New"));
  import = lc_test_find_activatable (lc_test_wait_for_text (GTK_WIDGET (dialog), _("_Import")));
  g_assert_false (gtk_widget_get_sensitive (import));
  /* For people to look at: <build>/artefacts/. */
  g_free (lc_test_ui_screenshot (GTK_WIDGET (dialog), "import-mapping-asked"));

  /* The keyboard to the column, its list opened, down to Family name. */
  lc_journey_tab_to (column);
  lc_test_press ("Return");
  lc_journey_arrow_to ("Down", suggested);
  lc_test_press ("Return");

  /* Planned again in the worker: the given and family name joined match
   * the person already there. */
  LC_TEST_WAIT (previewing (dialog) && lc_import_plan_get_n_ambiguous (dialog_plan (dialog)) == 0,
                "the file planned again with the column's meaning");
  row = lc_import_plan_get_row (dialog_plan (dialog), 0);
  g_assert_true (row->action == LC_IMPORT_ROW_UNCHANGED || row->action == LC_IMPORT_ROW_UPDATE);
  g_assert_cmpstr (lc_import_plan_get_column_meaning (dialog_plan (dialog), 1), ==, "family-name");
  g_assert_nonnull (strstr (row->label, "خالد السالم"));
  lc_test_wait_for_text (GTK_WIDGET (dialog), row->label);
  lc_test_wait_for_text (GTK_WIDGET (dialog), _("Already up to date"));
  g_assert_null (lc_test_find_text (GTK_WIDGET (dialog), _("New")));
  /* The keyboard is back on the column it changed. */
  column = lc_journey_row_titled (GTK_WIDGET (dialog), "اللقب");
  LC_TEST_WAIT (lc_test_focus_widget () != NULL
                && (lc_test_focus_widget () == column || gtk_widget_is_ancestor (lc_test_focus_widget (), column)),
                "the focus back on the column");

  import = lc_test_find_activatable (lc_test_wait_for_text (GTK_WIDGET (dialog), _("_Import")));
  LC_TEST_WAIT (gtk_widget_get_sensitive (import), "Import to be allowed");
  lc_test_click (import);
  lc_test_wait_window_gone (dialog);
  g_assert_cmpint (count_named ("خالد السالم"), ==, 1);
  g_assert_cmpint (count_named ("خالد"), ==, 0);

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/import-mapping/family-name-column", test_family_name_column);
  return lc_journey_run ();
}
