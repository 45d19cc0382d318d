/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-agenda-page.h"
#include "lc-convention-view.h"
#include "lc-item-editor.h"
#include "lc-journey.h"
#include "lc-models.h"

/*
 * The Agenda as an organiser uses it, keyboard first: add an item with its
 * people without touching the mouse; delete, undo and redo by shortcut and
 * by the visible buttons; leave the item editor with unsaved changes.
 */

#define SESSION_EN "Regional trends in learning cities"
#define SESSION_AR "الاتجاهات الإقليمية في مدن التعلم"

static gboolean
item_in_library (const char *title)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(LcRecord) item = lc_journey_find_item (store, title);

  return item != NULL;
}

static char *
item_title_in_library (const char *title_en)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(LcRecord) item = lc_journey_find_item (store, title_en);

  return item ? g_strdup (lc_record_get_string (item, "title-en")) : NULL;
}

static GtkWidget *
agenda_page (LcWindow *window)
{
  return lc_test_find_type (GTK_WIDGET (window), LC_TYPE_AGENDA_PAGE);
}

/* Clicks the row of the agenda list that shows @title. */
static void
select_row (LcWindow   *window,
            const char *title)
{
  GtkWidget *label = lc_test_wait_for_text (agenda_page (window), title);

  lc_test_scroll_into_view (label);
  lc_test_click (label);
  LC_TEST_WAIT (lc_agenda_page_get_selected_id (LC_AGENDA_PAGE (agenda_page (window))) != 0, "a selected row");
}

static GtkWidget *
entry_row (GtkWidget  *root,
           const char *title)
{
  return lc_journey_row_titled (root, title);
}

static void
test_add_by_keyboard (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  const char *title = lc_journey_pick ("Learning cities and the SDGs: a workshop", "مدن التعلم وأهداف التنمية: ورشة عمل");
  const char *person_typed = lc_journey_pick ("Valdés", "فالديس");
  const char *person_shown = lc_journey_pick ("Raúl Valdés", "راؤول فالديس");
  GtkWindow *editor;
  GtkWidget *kind_row, *popover;
  g_autoptr(LcStore) store = NULL;
  g_autoptr(LcRecord) item = NULL;
  g_autoptr(GListStore) people = NULL;

  lc_journey_open_sample (window);

  /* Ctrl+N opens a new item with the title of the UI's language focused. */
  lc_test_press ("<Control>n");
  editor = lc_test_wait_for_window (LC_TYPE_ITEM_EDITOR, _("New Item"));
  lc_test_type (title);

  /* Enter on the Kind row opens its list; arrows and Enter pick a kind. */
  kind_row = entry_row (GTK_WIDGET (editor), _("Kind"));
  lc_journey_tab_to (kind_row);
  lc_test_press ("Return");
  LC_TEST_WAIT ((popover = lc_test_find_type (kind_row, GTK_TYPE_POPOVER)) != NULL, "the list of kinds");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (editor)));
  lc_journey_arrow_to ("Down", C_("item kind", "Exercise"));
  lc_test_press ("Return");
  LC_TEST_WAIT (!gtk_widget_get_mapped (popover), "the list of kinds to close");
  LC_TEST_WAIT (lc_test_shows_text (kind_row, C_("item kind", "Exercise")), "the row to show the kind chosen");

  /* The times, typed over what the editor proposed. */
  lc_journey_tab_to (entry_row (GTK_WIDGET (editor), _("Starts At")));
  lc_test_press ("<Control>a");
  lc_test_type (lc_journey_pick ("16:00", "١٦:٠٠"));
  lc_journey_tab_to (entry_row (GTK_WIDGET (editor), _("Ends At")));
  lc_test_press ("<Control>a");
  lc_test_type ("17:30");

  /* A person, from the picker. */
  lc_journey_tab_to (lc_test_find_activatable (lc_test_wait_for_text (GTK_WIDGET (editor), _("Add _Person"))));
  lc_test_press ("Return");
  LC_TEST_WAIT ((popover = lc_test_find_type (GTK_WIDGET (editor), GTK_TYPE_POPOVER)) != NULL, "the person picker");
  /* A person types once the search has the keyboard. */
  LC_TEST_WAIT (lc_test_focus_widget () != NULL && gtk_widget_is_ancestor (lc_test_focus_widget (), popover),
                "the picker's search to have the keyboard");
  /* Typed, then Down and Enter at once, quicker than the search waits to
   * filter (its wait made long, so that this is so on any machine): the
   * person typed is chosen, not the first of the whole list. */
  g_object_set (lc_test_find_type (popover, GTK_TYPE_SEARCH_ENTRY), "search-delay", 600000, NULL);
  lc_test_type (person_typed);
  lc_test_press ("Down");
  LC_TEST_WAIT (lc_test_focus_widget () != NULL && lc_test_shows_text (lc_test_focus_widget (), person_shown),
                "the person typed to have the keyboard");
  lc_test_press ("Return");
  LC_TEST_WAIT (!gtk_widget_get_mapped (popover), "the picker to close");
  lc_test_wait_for_text (GTK_WIDGET (editor), person_shown);

  /* Enter in a field saves, as the default button. */
  lc_journey_tab_to (entry_row (GTK_WIDGET (editor), _("Ends At")));
  lc_test_press ("Return");
  lc_test_wait_window_gone (editor);

  /* The agenda shows it, and the library holds it with its person. */
  lc_test_wait_for_text (agenda_page (window), title);
  store = lc_journey_open_library ();
  item = lc_journey_find_item (store, title);
  g_assert_nonnull (item);
  g_assert_cmpint (lc_record_get_int (item, "start-minute"), ==, 16 * 60);
  g_assert_cmpint (lc_record_get_int (item, "end-minute"), ==, 17 * 60 + 30);
  g_assert_cmpint (lc_record_get_int (item, "kind"), ==, LC_ITEM_KIND_EXERCISE);
  people = lc_store_list (store, LC_TYPE_PARTICIPATION, "item_id", lc_record_get_id (item), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);

  lc_journey_close_window (window);
}

static void
test_delete_undo_redo (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  const char *title = lc_journey_pick (SESSION_EN, SESSION_AR);
  GtkWidget *view;
  GtkWidget *toast_undo;

  lc_journey_open_sample (window);
  view = GTK_WIDGET (lc_window_get_convention_view (window));

  /* Delete: gone from the list and from the library. */
  select_row (window, title);
  lc_test_press ("Delete");
  LC_TEST_WAIT (!lc_test_shows_text (agenda_page (window), title), "the row to go");
  g_assert_false (item_in_library (SESSION_EN));

  /* Shortcuts: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Z, Ctrl+Y. */
  lc_test_press ("<Control>z");
  lc_test_wait_for_text (agenda_page (window), title);
  g_assert_true (item_in_library (SESSION_EN));
  lc_test_press ("<Control><Shift>z");
  LC_TEST_WAIT (!lc_test_shows_text (agenda_page (window), title), "redo to delete again");
  g_assert_false (item_in_library (SESSION_EN));
  lc_test_press ("<Control>z");
  lc_test_wait_for_text (agenda_page (window), title);
  lc_test_press ("<Control>y");
  LC_TEST_WAIT (!lc_test_shows_text (agenda_page (window), title), "Ctrl+Y to redo");
  g_assert_false (item_in_library (SESSION_EN));

  /* The visible buttons do the same. */
  lc_journey_press_button (view, _("Undo"));
  lc_test_wait_for_text (agenda_page (window), title);
  g_assert_true (item_in_library (SESSION_EN));
  lc_journey_press_button (view, _("Redo"));
  LC_TEST_WAIT (!lc_test_shows_text (agenda_page (window), title), "the Redo button");
  g_assert_false (item_in_library (SESSION_EN));

  /* And the toast's Undo. */
  lc_journey_press_button (view, _("Undo"));
  lc_test_wait_for_text (agenda_page (window), title);
  select_row (window, title);
  lc_test_press ("Delete");
  LC_TEST_WAIT (!lc_test_shows_text (agenda_page (window), title), "the row to go");
  toast_undo = lc_test_wait_for_text (GTK_WIDGET (window), _("_Undo"));
  lc_test_click (lc_test_find_activatable (toast_undo));
  lc_test_wait_for_text (agenda_page (window), title);
  g_assert_true (item_in_library (SESSION_EN));

  lc_journey_close_window (window);
}

static GtkWindow *
open_editor_on (LcWindow   *window,
                const char *title)
{
  select_row (window, title);
  lc_test_press ("Return");
  return lc_test_wait_for_window (LC_TYPE_ITEM_EDITOR, _("Edit Item"));
}

static void
type_in_title (GtkWindow  *editor,
               const char *text)
{
  lc_journey_tab_to (entry_row (GTK_WIDGET (editor), _("Title in English")));
  lc_test_press ("End");
  lc_test_type (text);
}

/* Edits the English title, presses Escape and answers "Save Changes?". */
static void
leave_with_changes (LcWindow   *window,
                    const char *title,
                    const char *typed,
                    const char *answer)
{
  GtkWindow *editor = open_editor_on (window, title);
  GtkWindow *dialog;

  type_in_title (editor, typed);
  lc_test_press ("Escape");
  dialog = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, _("Save Changes?"));
  lc_journey_press_button (GTK_WIDGET (dialog), answer);
  lc_test_wait_window_gone (editor);
}

static void
test_leave_editor (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  const char *title = lc_journey_pick (SESSION_EN, SESSION_AR);
  GtkWindow *editor;
  g_autofree char *stored = NULL;

  lc_journey_open_sample (window);

  /* Changes, Escape, Discard: the editor goes, the library is as it was. */
  leave_with_changes (window, title, " (draft)", _("_Discard"));
  stored = item_title_in_library (SESSION_EN);
  g_assert_cmpstr (stored, ==, SESSION_EN);
  g_clear_pointer (&stored, g_free);

  /* Changes, Escape, Save: stored. */
  leave_with_changes (window, title, " (revised)", _("_Save"));
  stored = item_title_in_library (SESSION_EN " (revised)");
  g_assert_cmpstr (stored, ==, SESSION_EN " (revised)");

  /* A change taken back by hand is no change: Escape just closes. */
  editor = open_editor_on (window, lc_journey_pick (SESSION_EN " (revised)", SESSION_AR));
  type_in_title (editor, "x");
  lc_test_press ("BackSpace");
  lc_test_press ("Escape");
  lc_test_wait_window_gone (editor);
  g_assert_null (lc_test_find_window (ADW_TYPE_MESSAGE_DIALOG, NULL));

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/agenda/add-by-keyboard", test_add_by_keyboard);
  g_test_add_func ("/journey/agenda/delete-undo-redo", test_delete_undo_redo);
  g_test_add_func ("/journey/agenda/leave-editor", test_leave_editor);
  return lc_journey_run ();
}
