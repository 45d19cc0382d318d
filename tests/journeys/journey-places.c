/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-agenda-page.h"
#include "lc-agenda-row.h"
#include "lc-convention-dialog.h"
#include "lc-item-editor.h"
#include "lc-journey.h"
#include "lc-places.h"

/*
 * An off-site place, as a person adds one: in the sample convention, open
 * its details, add a place by typing its name and its address; open a field
 * visit of the agenda (one the sample has in no room) and choose the place
 * in its room choice, after the rooms; then see the place on the visit's
 * row, and the row follow when the place is renamed. The library must hold the place and the visit at it, in no room.
 */

#define VISIT_EN "Field visit: Industrial Development Centre"
#define VISIT_AR "زيارة ميدانية: مركز التنمية الصناعية"

static GtkWidget *
agenda_page (LcWindow *window)
{
  return lc_test_find_type (GTK_WIDGET (window), LC_TYPE_AGENDA_PAGE);
}

static void
test_places (void)
{
  LcWindow *window = lc_journey_open_window (1200, 900);
  const char *name = lc_journey_pick ("Industrial Development Centre", "مركز التنمية الصناعية");
  const char *address = lc_journey_pick ("Yanbu Industrial City", "مدينة ينبع الصناعية");
  const char *location = lc_journey_pick ("Industrial Development Centre, Yanbu Industrial City",
                                          "مركز التنمية الصناعية، مدينة ينبع الصناعية");
  const char *visit = lc_journey_pick (VISIT_EN, VISIT_AR);
  const char *renamed = lc_journey_pick ("Development Centre", "مركز التنمية");
  g_autoptr(LcStore) store = NULL;
  g_autoptr(LcRecord) item = NULL;
  g_autoptr(GListStore) places = NULL;
  g_autoptr(LcRecord) place = NULL;
  GtkWindow *details, *dialog, *editor;
  GtkWidget *button, *label, *row;
  gint64 item_id;

  lc_journey_open_sample (window);

  /* Convention Details (Alt+Return): Add Place…, its name and address in
   * the interface's language typed, Enter. */
  /* Its keys work once it is on screen, as for a person who sees it. */
  LC_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (lc_window_get_convention_view (window))), "the convention to be shown");
  lc_test_press ("<Alt>Return");
  details = lc_test_wait_for_window (LC_TYPE_CONVENTION_DIALOG, _("Convention Details"));
  g_assert_true (lc_test_shows_text (GTK_WIDGET (details), _("No places yet")));
  /* The last group of the details, reached with Tab (which scrolls to it). */
  button = lc_test_find_activatable (lc_test_wait_for_text (GTK_WIDGET (details), _("Add _Place…")));
  lc_journey_tab_to (button);
  lc_test_press ("Return");
  dialog = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, _("Add Place"));
  lc_test_type (name);
  lc_journey_tab_to (lc_journey_row_titled (GTK_WIDGET (dialog),
                                            lc_journey_pick (_("Address in English"), _("Address in Arabic"))));
  lc_test_type (address);
  lc_test_press ("Return");
  lc_test_wait_window_gone (dialog);
  lc_test_wait_for_text (GTK_WIDGET (details), name);
  lc_test_wait_for_text (GTK_WIDGET (details), location);
  lc_test_press ("Escape");
  lc_test_wait_window_gone (details);

  /* The visit, found by the search (it is on the second day, below the
   * rows the list has made), then its editor: the place, offered after the
   * rooms. */
  lc_test_press ("<Control>f");
  LC_TEST_WAIT (lc_test_focus_widget () != NULL
                && gtk_widget_get_ancestor (lc_test_focus_widget (), GTK_TYPE_SEARCH_ENTRY) != NULL,
                "the search to have the keyboard");
  lc_test_type (lc_journey_pick ("Industrial Development", "التنمية الصناعية"));
  label = lc_test_wait_for_text (agenda_page (window), visit);
  lc_test_scroll_into_view (label);
  lc_test_click (label);
  LC_TEST_WAIT ((item_id = lc_agenda_page_get_selected_id (LC_AGENDA_PAGE (agenda_page (window)))) != 0,
                "a selected row");
  lc_test_press ("Return");
  editor = lc_test_wait_for_window (LC_TYPE_ITEM_EDITOR, _("Edit Item"));
  lc_journey_choose (lc_journey_row_titled (GTK_WIDGET (editor), _("Room")), location);
  lc_journey_tab_to (lc_journey_row_titled (GTK_WIDGET (editor), _("Ends At")));
  lc_test_press ("Return");
  lc_test_wait_window_gone (editor);

  /* Its row names the place where a room would be (a label of its own:
   * the visit's title has the place's name in it too). */
  LC_TEST_WAIT ((row = lc_agenda_page_get_row_widget (LC_AGENDA_PAGE (agenda_page (window)), item_id)) != NULL
                && lc_test_find_text (row, name) != NULL,
                "the row to show the place");

  /* The place renamed in the details (its Edit button, reached with Tab):
   * the visit's row follows. */
  /* Its keys work once it is on screen, as for a person who sees it. */
  LC_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (lc_window_get_convention_view (window))), "the convention to be shown");
  lc_test_press ("<Alt>Return");
  details = lc_test_wait_for_window (LC_TYPE_CONVENTION_DIALOG, _("Convention Details"));
  {
    g_autofree char *edit = g_strdup_printf (_("Edit “%s”"), name);

    button = lc_test_find_activatable (lc_test_wait_for_text (GTK_WIDGET (details), edit));
  }
  lc_journey_tab_to (button);
  lc_test_press ("Return");
  dialog = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, _("Edit Place"));
  lc_test_press ("<Control>a");
  lc_test_type (renamed);
  lc_test_press ("Return");
  lc_test_wait_window_gone (dialog);
  lc_test_press ("Escape");
  lc_test_wait_window_gone (details);
  LC_TEST_WAIT ((row = lc_agenda_page_get_row_widget (LC_AGENDA_PAGE (agenda_page (window)), item_id)) != NULL
                && lc_test_find_text (row, renamed) != NULL,
                "the row to show the renamed place");

  /* The library holds the place with its address, and the visit at it. */
  store = lc_journey_open_library ();
  item = lc_store_get (store, LC_TYPE_ITEM, item_id, NULL);
  places = lc_store_list (store, LC_TYPE_PLACE, "convention_id", lc_item_get_convention_id (LC_ITEM (item)), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (places)), ==, 1);
  place = g_list_model_get_item (G_LIST_MODEL (places), 0);
  g_assert_cmpstr (lc_record_get_string (place, lc_journey_pick ("name-en", "name-ar")), ==, renamed);
  g_assert_cmpstr (lc_record_get_string (place, lc_journey_pick ("address-en", "address-ar")), ==, address);
  g_assert_cmpint (lc_item_get_place_id (LC_ITEM (item)), ==, lc_record_get_id (place));
  g_assert_cmpint (lc_item_get_room_id (LC_ITEM (item)), ==, 0);

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/places/add-place-visit", test_places);
  return lc_journey_run ();
}
