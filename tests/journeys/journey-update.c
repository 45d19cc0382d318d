/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-convention-io.h"
#include "lc-convention-view.h"
#include "lc-journey.h"
#include "lc-models.h"

/*
 * A colleague sends the convention back with a new title. The organiser
 * imports the file: instead of a silent second copy, the window says the
 * convention is already there and shows what would change; Update (Enter)
 * changes it in place, Ctrl+Z puts it back, and Import as a Copy makes a
 * second one.
 */

#define TITLE_EN "First Regional Convention for Learning Cities"
#define TITLE_AR "الملتقى الإقليمي الأول لمدن التعلم"
#define NEW_EN "Yanbu 2023"
#define NEW_AR "ملتقى ينبع 2023"

static guint
n_conventions (LcWindow *window)
{
  g_autoptr(GListStore) conventions = lc_store_list_conventions (lc_window_get_store (window), NULL);

  return g_list_model_get_n_items (G_LIST_MODEL (conventions));
}

static char *
replace_once (const char *text,
              const char *old,
              const char *new)
{
  GString *result = g_string_new (text);

  g_assert_cmpuint (g_string_replace (result, old, new, 1), ==, 1);
  return g_string_free (result, FALSE);
}

/* The colleague's file: the library's convention, both titles changed. */
static char *
write_colleague_file (LcWindow *window)
{
  char *path = g_build_filename (lc_journey_tmpdir (), "colleague.json", NULL);
  g_autoptr(GListStore) conventions = lc_store_list_conventions (lc_window_get_store (window), NULL);
  g_autoptr(LcRecord) convention = g_list_model_get_item (G_LIST_MODEL (conventions), 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL, *half = NULL, *edited = NULL;
  gsize length;

  data = lc_convention_export_data (lc_window_get_store (window), lc_record_get_id (convention), &length, &error);
  g_assert_no_error (error);
  half = replace_once (data, "\"en\" : \"" TITLE_EN "\"", "\"en\" : \"" NEW_EN "\"");
  edited = replace_once (half, "\"ar\" : \"" TITLE_AR "\"", "\"ar\" : \"" NEW_AR "\"");
  g_file_set_contents (path, edited, -1, &error);
  g_assert_no_error (error);

  return path;
}

/* Import Convention… (Ctrl+O), the file's path typed into the chooser. */
static GtkWindow *
import_again (LcWindow   *window,
              const char *path)
{
  GtkWindow *chooser;

  lc_test_focus_window (GTK_WINDOW (window));
  lc_test_press ("<Control>o");
  chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, _("Import Convention"));
  /* Typing a path opens the chooser's location field. */
  lc_test_type (path);
  lc_test_press ("Return");
  lc_test_wait_window_gone (chooser);

  return lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, NULL);
}

static void
test_update_undo_copy (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  const char *title = lc_journey_pick (TITLE_EN, TITLE_AR);
  const char *new_title = lc_journey_pick (NEW_EN, NEW_AR);
  g_autofree char *path = NULL, *heading = NULL, *english = NULL, *change = NULL;
  g_autofree char *old_quoted = NULL, *new_quoted = NULL;
  LcConventionView *view;
  GtkWindow *dialog;

  lc_journey_open_sample (window);
  view = lc_window_get_convention_view (window);
  LC_TEST_WAIT (lc_journey_header_label (GTK_WIDGET (view), title) != NULL, "the title");
  path = write_colleague_file (window);

  /* The question, in words, with what would change. */
  dialog = import_again (window, path);
  heading = g_strdup_printf (_("“%s” is already in your library"), title);
  lc_test_wait_for_text (GTK_WIDGET (dialog), heading);
  english = g_strdup_printf (_("%1$s (%2$s)"), _("title"), _("English"));
  /* Latin text in an Arabic line keeps its order: it is isolated. */
  old_quoted = g_strdup_printf (_("“%s”"), lc_test_ui_is_arabic () ? "\u2068" TITLE_EN "\u2069" : TITLE_EN);
  new_quoted = g_strdup_printf (_("“%s”"), lc_test_ui_is_arabic () ? "\u2068" NEW_EN "\u2069" : NEW_EN);
  change = g_strdup_printf (_("%1$s: %2$s → %3$s"), english, old_quoted, new_quoted);
  LC_TEST_WAIT (lc_test_find_starting (GTK_WIDGET (dialog), _("Convention")) != NULL, "the preview");
  g_assert_nonnull (lc_test_find_starting (GTK_WIDGET (dialog), new_title));
  {
    GtkWidget *row = lc_test_find_type (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW);

    g_assert_nonnull (row);
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), change));
  }
  g_free (lc_test_ui_screenshot (GTK_WIDGET (dialog), "journey-update-preview"));

  /* Update is the default: Enter. */
  lc_test_press ("Return");
  lc_test_wait_window_gone (dialog);
  LC_TEST_WAIT (lc_journey_header_label (GTK_WIDGET (view), new_title) != NULL,
                "the new title in the header bar");
  g_assert_cmpuint (n_conventions (window), ==, 1);
  lc_test_wait_for_text (GTK_WIDGET (window), _("Convention updated from the file"));

  /* One step back with Ctrl+Z. */
  lc_test_focus_window (GTK_WINDOW (window));
  lc_test_press ("<Control>z");
  LC_TEST_WAIT (lc_journey_header_label (GTK_WIDGET (view), title) != NULL,
                "the old title back");
  {
    g_autoptr(GListStore) conventions = lc_store_list_conventions (lc_window_get_store (window), NULL);
    g_autoptr(LcRecord) convention = g_list_model_get_item (G_LIST_MODEL (conventions), 0);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (conventions)), ==, 1);
    g_assert_cmpstr (lc_record_get_string (convention, "title-en"), ==, TITLE_EN);
  }

  /* Import as a Copy: a second convention. */
  dialog = import_again (window, path);
  lc_journey_press_button (GTK_WIDGET (dialog), _("Import as a _Copy"));
  lc_test_wait_window_gone (dialog);
  LC_TEST_WAIT (n_conventions (window) == 2, "a second convention");

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/update/update-undo-copy", test_update_undo_copy);
  return lc_journey_run ();
}
