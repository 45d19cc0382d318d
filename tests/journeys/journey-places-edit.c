/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-convention-dialog.h"
#include "lc-convention-view.h"
#include "lc-conflicts-pane.h"
#include "lc-item-editor.h"
#include "lc-journey.h"
#include "lc-places.h"
#include "lc-rooms-group.h"

/*
 * Off-site places kept in Convention Details (issue 12), through the same
 * list code as rooms: names from a file that hold markup, a direction
 * override or thousands of letters shown as written, in the details and in
 * the item editor's room choice; a place two visits use deleted after a
 * question naming them, and Ctrl+Z bringing back the place and both
 * visits at it; the clash of those visits, which names the place; the
 * places moved with Alt+Down and by dragging a row with the pointer.
 */

#define MARKUP_NAME "<b>Bold</b> & <i>Co</i>"
#define RLO_NAME "\342\200\256Museum of Science"   /* U+202E RIGHT-TO-LEFT OVERRIDE */

typedef struct
{
  LcWindow          *window;
  LcConventionModel *model;
  GtkWindow         *details;
  GtkListBox        *list;
} Journey;

/* A new convention, made with the keyboard as a person makes one. */
static void
open_convention (Journey    *j,
                 const char *title)
{
  j->window = lc_journey_open_window (1200, 900);
  lc_journey_new_convention (j->window, title);
  j->model = lc_convention_view_get_model (lc_window_get_convention_view (j->window));
}

/* Convention Details (Alt+Return), its list of places. */
static void
open_details (Journey *j)
{
  GtkWidget *group = NULL;
  GtkWidget *child;

  /* Its keys work once it is on screen, as for a person who sees it. */
  LC_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (lc_window_get_convention_view (j->window))),
                "the convention to be shown");
  lc_test_press ("<Alt>Return");
  j->details = lc_test_wait_for_window (LC_TYPE_CONVENTION_DIALOG, _("Convention Details"));
  /* The places' group is the one whose Add button adds a place. */
  child = lc_test_wait_for_text (GTK_WIDGET (j->details), _("Add _Place…"));
  group = gtk_widget_get_ancestor (child, LC_TYPE_ROOMS_GROUP);
  g_assert_nonnull (group);
  j->list = GTK_LIST_BOX (lc_test_find_type (group, GTK_TYPE_LIST_BOX));
}

static void
close_details (Journey *j)
{
  lc_test_press ("Escape");
  lc_test_wait_window_gone (j->details);
}

/* A place as a file or another program may have written it. */
static gint64
add_place (Journey    *j,
           const char *name,
           const char *address,
           int         position)
{
  g_autoptr(LcRecord) place = g_object_new (LC_TYPE_PLACE, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (place, "convention-id", lc_convention_model_get_id (j->model));
  lc_record_set_text (place, "name", "", name);
  lc_record_set_text (place, "address", "", address);
  lc_record_set_int (place, "position", position);
  g_assert_true (lc_store_insert (lc_convention_model_get_store (j->model), place, &error));
  g_assert_no_error (error);
  return lc_record_get_id (place);
}

static gint64
add_visit (Journey    *j,
           const char *title,
           gint64      place,
           int         hour)
{
  LcConvention *convention = lc_convention_model_get_convention (j->model);
  g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (item, "convention-id", lc_convention_model_get_id (j->model));
  lc_record_set_text (item, "title", "", title);
  lc_record_set_int (item, "kind", LC_ITEM_KIND_FIELD_VISIT);
  lc_record_set_string (item, "day", lc_convention_get_start_date (convention));
  lc_record_set_int (item, "start-minute", hour * 60);
  lc_record_set_int (item, "end-minute", hour * 60 + 90);
  lc_item_set_place_id (LC_ITEM (item), place);
  g_assert_true (lc_store_insert (lc_convention_model_get_store (j->model), item, &error));
  g_assert_no_error (error);
  return lc_record_get_id (item);
}

static gboolean
places_are (Journey    *j,
            const char *expected)
{
  return lc_journey_rows_are (j->list, expected);
}

/* The places table in its stored order, "name-en|…". */
static char *
stored_places (Journey *j)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(GListStore) places = lc_store_list (store, LC_TYPE_PLACE, "convention_id",
                                                lc_convention_model_get_id (j->model), NULL);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (places)); i++)
    {
      g_autoptr(LcRecord) place = g_list_model_get_item (G_LIST_MODEL (places), i);

      g_string_append_printf (names, "%s%s", i ? "|" : "", lc_record_get_string (place, "name-en"));
    }
  return g_string_free (names, FALSE);
}

static gint64
stored_place_of (gint64 item_id)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(LcRecord) item = lc_store_get (store, LC_TYPE_ITEM, item_id, NULL);

  g_assert_nonnull (item);
  return lc_item_get_place_id (LC_ITEM (item));
}

/* Markup, an override and a very long name, as written: in the details'
 * rows and in the item editor's choice of rooms and places. */
static void
test_hostile (void)
{
  Journey journey = { 0 }, *j = &journey;
  g_autofree char *long_name = g_strnfill (5000, 'x');
  g_autofree char *start = NULL, *address = NULL;
  GtkWidget *row, *label;
  GtkWindow *editor;
  GListModel *choices;
  gboolean markup = FALSE, override = FALSE;

  /* Words every 60 letters, as text has. */
  for (gsize i = 60; i < 5000; i += 61)
    long_name[i] = ' ';
  start = g_strndup (long_name, 120);
  open_convention (j, lc_journey_pick ("Hostile Places", "أماكن عدائية"));
  add_place (j, MARKUP_NAME, "<span size=\"99999\">Street</span>", 0);
  add_place (j, RLO_NAME, "", 1);
  add_place (j, long_name, "", 2);

  open_details (j);
  LC_TEST_WAIT (gtk_list_box_get_row_at_index (j->list, 2) != NULL, "the three places' rows");
  /* What the labels hold is what is drawn: the tags as letters. */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (j->list, 0));
  g_assert_nonnull (lc_test_find_text (row, MARKUP_NAME));
  address = g_strconcat (MARKUP_NAME, lc_journey_pick (", ", "، "), "<span size=\"99999\">Street</span>", NULL);
  g_assert_nonnull (lc_test_find_text (row, address));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (j->list, 1));
  g_assert_nonnull (lc_test_find_text (row, RLO_NAME));
  /* The long name is shortened for the screen, never cut in the library,
   * and the dialog stays within the window's screen. */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (j->list, 2));
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), start));
  g_assert_cmpint (g_utf8_strlen (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1), <, 2200);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (j->details)), <=, 1280);
  label = lc_test_find_text (GTK_WIDGET (j->details), MARKUP_NAME);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  close_details (j);

  /* A new item's editor: the places after "No room", as written. */
  lc_journey_press_button (GTK_WIDGET (j->window), _("_Add Item"));
  editor = lc_test_wait_for_window (LC_TYPE_ITEM_EDITOR, NULL);
  choices = adw_combo_row_get_model (ADW_COMBO_ROW (lc_journey_row_titled (GTK_WIDGET (editor), _("Room"))));
  for (guint i = 0; i < g_list_model_get_n_items (choices); i++)
    {
      const char *choice = gtk_string_list_get_string (GTK_STRING_LIST (choices), i);

      markup |= strstr (choice, MARKUP_NAME) != NULL;
      override |= strstr (choice, RLO_NAME) != NULL;
    }
  g_assert_true (markup);
  g_assert_true (override);
  g_object_ref (editor);
  lc_test_press ("Escape");
  lc_test_wait_window_gone (editor);
  g_object_unref (editor);

  /* The library keeps every letter. */
  {
    g_autoptr(LcStore) store = lc_journey_open_library ();
    g_autoptr(GListStore) places = lc_store_list (store, LC_TYPE_PLACE, "convention_id",
                                                  lc_convention_model_get_id (j->model), NULL);
    g_autoptr(LcRecord) last = g_list_model_get_item (G_LIST_MODEL (places), 2);

    g_assert_cmpstr (lc_record_get_string (last, "name-en"), ==, long_name);
  }

  lc_journey_close_window (j->window);
}

/* Whether the keyboard is on a row of the places' list. */
static gboolean
focus_on_places (Journey *j)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (j->details));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  return row != NULL && gtk_widget_get_parent (row) == GTK_WIDGET (j->list);
}

/* Two visits clash at a place, which the conflicts name; deleting the place
 * asks, naming both; Ctrl+Z brings back the place and the visits at it. */
static void
test_delete_used (void)
{
  Journey journey = { 0 }, *j = &journey;
  const char *museum = "Science Museum";
  g_autofree char *tooltip = NULL, *clash = NULL;
  GtkWindow *question;
  GtkWidget *pane;
  gint64 museum_id, first, second;
  const char *body;

  open_convention (j, lc_journey_pick ("Visits Convention", "ملتقى الزيارات"));
  add_place (j, "Port", "", 0);
  museum_id = add_place (j, museum, "Corniche Road", 1);
  first = add_visit (j, "Morning visit", museum_id, 9);
  second = add_visit (j, "School visit", museum_id, 10);

  /* F9: the conflicts pane names the place of the clash. */
  LC_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (lc_window_get_convention_view (j->window))),
                "the convention to be shown");
  lc_test_press ("F9");
  LC_TEST_WAIT ((pane = lc_test_find_type (GTK_WIDGET (j->window), LC_TYPE_CONFLICTS_PANE)) != NULL,
                "the conflicts");
  clash = g_strdup_printf (_("“%1$s” and “%2$s” both go to %3$s at the same time."),
                           "Morning visit", "School visit", museum);
  lc_test_wait_for_text (pane, clash);
  lc_test_wait_for_text (pane, _("Place visited by two items at once"));

  open_details (j);
  LC_TEST_WAIT (places_are (j, "Port|Science Museum"), "the places' rows");
  tooltip = g_strdup_printf (_("Delete “%s”"), museum);
  lc_test_click (lc_test_ui_find_matching (GTK_WIDGET (j->details), lc_journey_has_tooltip, tooltip));
  question = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, NULL);
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (question));
  g_assert_nonnull (strstr (body, museum));
  g_assert_nonnull (strstr (body, "Morning visit"));
  g_assert_nonnull (strstr (body, "School visit"));
  if (!lc_test_ui_is_arabic ())
    g_assert_nonnull (strstr (body, "2 items are in “Science Museum”:"));
  lc_journey_press_button (GTK_WIDGET (question), _("_Delete"));
  lc_test_wait_window_gone (question);
  LC_TEST_WAIT (places_are (j, "Port"), "the deleted place's row gone");
  g_assert_cmpint (stored_place_of (first), ==, 0);
  g_assert_cmpint (stored_place_of (second), ==, 0);
  lc_test_wait_for_text (pane, _("No Conflicts"));

  /* One Ctrl+Z, pressed where the keyboard is after the question: the
   * place, and both visits at it again. (The deleted place's row held the
   * keyboard; its neighbour has it now, so the list's key still works.) */
  LC_TEST_WAIT (focus_on_places (j), "the keyboard on the remaining place's row");
  lc_test_press ("<Control>z");
  LC_TEST_WAIT (places_are (j, "Port|Science Museum"), "the place back");
  g_assert_cmpint (stored_place_of (first), ==, museum_id);
  g_assert_cmpint (stored_place_of (second), ==, museum_id);
  close_details (j);
  lc_test_wait_for_text (pane, clash);

  lc_journey_close_window (j->window);
}

/* Alt+Down on a focused place, then a drag with the pointer: each one
 * step of the history, and the library's order follows. */
static void
test_reorder (void)
{
  Journey journey = { 0 }, *j = &journey;
  GtkWidget *row;

  open_convention (j, lc_journey_pick ("Ordered Places", "أماكن مرتبة"));
  add_place (j, "Port", "", 0);
  add_place (j, "Museum", "", 1);
  add_place (j, "School", "", 2);
  open_details (j);
  LC_TEST_WAIT (places_are (j, "Port|Museum|School"), "the places' rows");

  row = GTK_WIDGET (gtk_list_box_get_row_at_index (j->list, 0));
  lc_test_click (lc_test_find_text (row, "Port"));
  LC_TEST_WAIT (lc_test_focus_widget () == row, "the keyboard on the place's row");
  lc_test_press ("<Alt>Down");
  LC_TEST_WAIT (places_are (j, "Museum|Port|School"), "the place to move down");
  LC_TEST_WAIT (gtk_widget_has_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (j->list, 1))),
                "the keyboard to follow the place");
  {
    g_autofree char *stored = stored_places (j);

    g_assert_cmpstr (stored, ==, "Museum|Port|School");
  }

  /* The first dropped on the last. */
  lc_journey_drag_row (j->list, 0, 2);
  LC_TEST_WAIT (places_are (j, "Port|School|Museum"), "the dragged place in its new place");
  {
    g_autofree char *stored = stored_places (j);

    g_assert_cmpstr (stored, ==, "Port|School|Museum");
  }

  /* Ctrl+Z twice: the drag, then the key. */
  lc_test_click (lc_test_find_text (GTK_WIDGET (gtk_list_box_get_row_at_index (j->list, 0)), "Port"));
  lc_test_press ("<Control>z");
  LC_TEST_WAIT (places_are (j, "Museum|Port|School"), "the drag undone");
  lc_test_press ("<Control>z");
  LC_TEST_WAIT (places_are (j, "Port|Museum|School"), "the move undone");
  {
    g_autofree char *stored = stored_places (j);

    g_assert_cmpstr (stored, ==, "Port|Museum|School");
  }

  close_details (j);
  lc_journey_close_window (j->window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/places-edit/hostile-text", test_hostile);
  g_test_add_func ("/journey/places-edit/delete-used-and-undo", test_delete_used);
  g_test_add_func ("/journey/places-edit/reorder", test_reorder);
  return lc_journey_run ();
}
