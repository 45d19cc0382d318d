/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-amendment-dialog.h"
#include "lc-clause-row.h"
#include "lc-convention-view.h"
#include "lc-declaration.h"
#include "lc-journey.h"
#include "lc-models.h"

/*
 * The declaration as the drafting committee works on it: a clause corrected
 * in place and the correction undone; an amendment proposed from the
 * clause's menu, then accepted, changing the working text.
 */

#define OBJECTIVE_1 "Contributing to the achievement of the overall objectives"
#define PROPOSED "Establishing the Arab Learning Cities Network as a regional platform."

/* The working text's objective 1 in English, as the library holds it. */
static char *
stored_objective_1 (void)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(GListStore) conventions = lc_store_list_conventions (store, NULL);
  g_autoptr(LcRecord) convention = g_list_model_get_item (G_LIST_MODEL (conventions), 0);
  g_autoptr(GListStore) declarations = lc_store_list (store, LC_TYPE_DECLARATION, "convention_id",
                                                      lc_record_get_id (convention), NULL);
  g_autoptr(LcRecord) declaration = g_list_model_get_item (G_LIST_MODEL (declarations), 0);
  g_autoptr(LcDeclarationText) text = lc_declaration_get_working_text (store, lc_record_get_id (declaration), NULL);
  LcTextSection *objectives = g_ptr_array_index (text->sections, 2);
  const LcTextClause *clause = g_ptr_array_index (objectives->clauses, 1);

  return g_strdup (clause->text_en);
}

static gint64
stored_amendment_status (const char *text_en)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(GListStore) conventions = lc_store_list_conventions (store, NULL);
  g_autoptr(LcRecord) convention = g_list_model_get_item (G_LIST_MODEL (conventions), 0);
  g_autoptr(GListStore) declarations = lc_store_list (store, LC_TYPE_DECLARATION, "convention_id",
                                                      lc_record_get_id (convention), NULL);
  g_autoptr(LcRecord) declaration = g_list_model_get_item (G_LIST_MODEL (declarations), 0);
  g_autoptr(GListStore) amendments = lc_store_list (store, LC_TYPE_AMENDMENT, "declaration_id",
                                                    lc_record_get_id (declaration), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (amendments)); i++)
    {
      g_autoptr(LcRecord) amendment = g_list_model_get_item (G_LIST_MODEL (amendments), i);

      if (g_strcmp0 (lc_record_get_string (amendment, "text-en"), text_en) == 0)
        return lc_record_get_int (amendment, "status");
    }

  return -1;
}

static gboolean
equals (char       *owned,
        const char *expected)
{
  g_autofree char *text = owned;

  return g_strcmp0 (text, expected) == 0;
}

static gboolean
starts_with (char       *owned,
             const char *start)
{
  g_autofree char *text = owned;

  return text != NULL && g_str_has_prefix (text, start);
}

static void
test_edit_clause_and_accept_amendment (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  LcConventionView *view;
  GtkWidget *clause, *row, *menu, *accept;
  GtkWindow *dialog;
  g_autofree char *original = NULL;
  g_autofree char *edited = NULL;

  lc_journey_open_sample (window);
  view = lc_window_get_convention_view (window);
  lc_test_press ("<Alt>4");
  LC_TEST_WAIT ((clause = lc_test_find_starting (GTK_WIDGET (view), OBJECTIVE_1)) != NULL, "objective 1");
  original = stored_objective_1 ();
  edited = g_strconcat (original, " Together.", NULL);

  /* Corrected in place: stored once the keyboard leaves it. */
  lc_test_scroll_into_view (clause);
  lc_test_click (clause);
  lc_test_press ("<Control>End");
  lc_test_type (" Together.");
  lc_test_press ("Tab");
  LC_TEST_WAIT (equals (stored_objective_1 (), edited), "the corrected clause in the library");
  g_assert_true (equals (lc_test_visible_text (clause), edited));

  /* Undone with Ctrl+Z, in the library and on screen. */
  lc_test_press ("<Control>z");
  LC_TEST_WAIT (equals (stored_objective_1 (), original), "the correction undone");
  LC_TEST_WAIT (equals (lc_test_visible_text (clause), original), "the clause shown as it was");

  /* An amendment, from the clause's own menu. */
  row = gtk_widget_get_ancestor (clause, LC_TYPE_CLAUSE_ROW);
  menu = lc_test_find_activatable (lc_test_wait_for_text (row, _("Clause Menu")));
  lc_test_click (menu);
  lc_test_click (lc_test_wait_for_text_in_windows (_("_Propose Amendment…")));
  dialog = lc_test_wait_for_window (LC_TYPE_AMENDMENT_DIALOG, NULL);
  lc_journey_tab_to (lc_test_find_type (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW));
  while (!gtk_widget_is_ancestor (lc_test_focus_widget (), GTK_WIDGET (dialog))
         || gtk_widget_get_direction (lc_test_focus_widget ()) != GTK_TEXT_DIR_LTR)
    lc_test_press ("Tab");
  lc_test_type (PROPOSED);
  lc_journey_press_button (GTK_WIDGET (dialog), _("_Propose"));
  lc_test_wait_window_gone (dialog);
  LC_TEST_WAIT (stored_amendment_status (PROPOSED) == LC_AMENDMENT_STATUS_PROPOSED, "the proposal in the library");

  /* Accepted from its row in the Amendments pane: the working text changes. */
  lc_journey_press_button (GTK_WIDGET (view), _("_Amendments"));
  LC_TEST_WAIT (lc_test_shows_text (GTK_WIDGET (view), PROPOSED), "the proposal listed");
  accept = NULL;
  {
    GtkWidget *text = lc_test_find_starting (GTK_WIDGET (view), PROPOSED);
    GtkWidget *amendment_row = text ? gtk_widget_get_ancestor (text, g_type_from_name ("LcAmendmentRow")) : NULL;

    g_assert_nonnull (amendment_row);
    accept = lc_test_find_activatable (lc_test_wait_for_text (amendment_row, _("_Accept")));
  }
  lc_test_click (accept);
  LC_TEST_WAIT (stored_amendment_status (PROPOSED) == LC_AMENDMENT_STATUS_ACCEPTED, "the amendment accepted");
  LC_TEST_WAIT (starts_with (stored_objective_1 (), PROPOSED), "the working text changed");

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/declaration/edit-clause-and-accept-amendment", test_edit_clause_and_accept_amendment);
  return lc_journey_run ();
}
