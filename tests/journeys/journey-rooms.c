/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-convention-dialog.h"
#include "lc-convention-view.h"
#include "lc-item-editor.h"
#include "lc-journey.h"
#include "lc-rooms-group.h"
#include "lc-timeline.h"

/*
 * A convention made in the app gets its rooms: from the empty library, make
 * a convention, open its details, add two rooms by typing their names,
 * rename one, move it up with Alt+Up, undo and redo that, and delete the
 * other, which an item uses, answering the question. Then see the rooms'
 * rows and order, the item editor's room choice, the timeline's columns,
 * and the library's rooms table. And rooms dragged with the pointer onto
 * another's row, for real through the X server: each drop one undo step.
 */

typedef struct
{
  LcWindow           *window;
  LcConventionView   *view;
  GtkWindow          *details;
  GtkListBox         *list;
} Journey;

static gboolean
rooms_are (Journey    *j,
           const char *expected)
{
  return lc_journey_rows_are (j->list, expected);
}

/* The rooms table, in its stored order, as "name-ar/name-en|…". */
static char *
stored_rooms (gint64 convention_id)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(GListStore) rooms = lc_store_list (store, LC_TYPE_ROOM, "convention_id", convention_id, NULL);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rooms)); i++)
    {
      g_autoptr(LcRecord) room = g_list_model_get_item (G_LIST_MODEL (rooms), i);

      g_string_append_printf (names, "%s%s/%s", i ? "|" : "", lc_record_get_string (room, "name-ar"),
                              lc_record_get_string (room, "name-en"));
    }
  return g_string_free (names, FALSE);
}

/* Add Room…, a name typed in the interface's language, Enter. */
static void
add_room (Journey    *j,
          const char *name)
{
  GtkWindow *dialog;
  g_autofree char *before = lc_journey_rows_shown (j->list, FALSE);

  lc_journey_press_button (GTK_WIDGET (j->details), _("_Add Room…"));
  dialog = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, _("Add Room"));
  lc_test_type (name);
  lc_test_press ("Return");
  lc_test_wait_window_gone (dialog);
  {
    g_autofree char *after = *before ? g_strdup_printf ("%s|%s", before, name) : g_strdup (name);

    LC_TEST_WAIT (rooms_are (j, after), "the new room's row");
  }
}

static gint64
add_item (Journey    *j,
          const char *title,
          gint64      room_id)
{
  LcConventionModel *model = lc_convention_view_get_model (j->view);
  LcConvention *convention = lc_convention_model_get_convention (model);
  g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (item, "convention-id", lc_convention_model_get_id (model));
  lc_record_set_string (item, "title-en", title);
  lc_record_set_string (item, "day", lc_convention_get_start_date (convention));
  lc_record_set_int (item, "start-minute", 9 * 60);
  lc_record_set_int (item, "end-minute", 10 * 60);
  lc_record_set_int (item, "room-id", room_id);
  g_assert_true (lc_store_insert (lc_convention_model_get_store (model), item, &error));
  g_assert_no_error (error);
  return lc_record_get_id (item);
}

static gint64
room_id_at (Journey *j,
            guint    index)
{
  GListModel *rooms = lc_convention_model_get_rooms (lc_convention_view_get_model (j->view));
  g_autoptr(LcRecord) room = g_list_model_get_item (rooms, index);

  return lc_record_get_id (room);
}

static void
test_rooms (void)
{
  Journey journey = { 0 }, *j = &journey;
  const char *title = lc_journey_pick ("Fourth Convention", "الملتقى الرابع");
  const char *hall = lc_journey_pick ("Main Hall", "القاعة الكبرى");
  const char *lab = lc_journey_pick ("Lab", "المختبر");
  const char *workshop = lc_journey_pick ("Workshop Room", "قاعة الورش");
  g_autofree char *hall_then_lab = g_strdup_printf ("%s|%s", hall, lab);
  g_autofree char *hall_then_workshop = g_strdup_printf ("%s|%s", hall, workshop);
  g_autofree char *workshop_then_hall = g_strdup_printf ("%s|%s", workshop, hall);
  g_autofree char *rename_tooltip = NULL;
  g_autofree char *delete_tooltip = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *expected = NULL;
  GtkWindow *dialog, *question, *editor;
  GtkWidget *row, *room_row;
  GListModel *choices;
  LcTimeline *timeline;
  gint64 convention_id, opening, talk, hall_id, workshop_id;
  graphene_rect_t opening_rect, talk_rect;
  const char *body;

  /* A convention from the empty library: its title and Enter. */
  j->window = lc_journey_open_window (1200, 900);
  lc_journey_new_convention (j->window, title);
  j->view = lc_window_get_convention_view (j->window);
  convention_id = lc_convention_model_get_id (lc_convention_view_get_model (j->view));

  /* Its details (Alt+Return) have a Rooms section, empty. */
  /* Its keys work once it is on screen, as for a person who sees it. */
  LC_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (lc_window_get_convention_view (j->window))), "the convention to be shown");
  lc_test_press ("<Alt>Return");
  j->details = lc_test_wait_for_window (LC_TYPE_CONVENTION_DIALOG, _("Convention Details"));
  j->list = GTK_LIST_BOX (lc_test_find_type (lc_test_find_type (GTK_WIDGET (j->details), LC_TYPE_ROOMS_GROUP),
                                             GTK_TYPE_LIST_BOX));
  g_assert_true (lc_test_shows_text (GTK_WIDGET (j->details), _("No rooms yet")));

  add_room (j, hall);
  add_room (j, lab);
  g_assert_true (rooms_are (j, hall_then_lab));

  /* Rename the second, the old name replaced. */
  /* Translators: %s is a room's name */
  rename_tooltip = g_strdup_printf (_("Edit “%s”"), lab);
  lc_test_click (lc_test_ui_find_matching (GTK_WIDGET (j->details), lc_journey_has_tooltip, rename_tooltip));
  dialog = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, _("Edit Room"));
  lc_test_press ("<Control>a");
  lc_test_type (workshop);
  lc_test_press ("Return");
  lc_test_wait_window_gone (dialog);
  LC_TEST_WAIT (rooms_are (j, hall_then_workshop), "the renamed room");

  /* Items in each room, as the agenda would hold them. */
  hall_id = room_id_at (j, 0);
  workshop_id = room_id_at (j, 1);
  opening = add_item (j, "Opening", hall_id);
  talk = add_item (j, "Talk", workshop_id);

  /* Alt+Up on the second room's row moves it first; undo, redo. */
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (j->list, 1));
  lc_test_click (lc_test_find_text (row, workshop));
  LC_TEST_WAIT (lc_test_focus_widget () == row, "the keyboard on the room's row");
  lc_test_press ("<Alt>Up");
  LC_TEST_WAIT (rooms_are (j, workshop_then_hall), "the room to move up");
  LC_TEST_WAIT (gtk_widget_has_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (j->list, 0))),
                "the keyboard to follow the room");
  lc_test_press ("<Control>z");
  LC_TEST_WAIT (rooms_are (j, hall_then_workshop), "the move undone");
  lc_test_press ("<Control><Shift>z");
  LC_TEST_WAIT (rooms_are (j, workshop_then_hall), "the move redone");

  /* Deleting the hall, which the opening uses, asks first and says so. */
  /* Translators: %s is a room's name */
  delete_tooltip = g_strdup_printf (_("Delete “%s”"), hall);
  lc_test_click (lc_test_ui_find_matching (GTK_WIDGET (j->details), lc_journey_has_tooltip, delete_tooltip));
  question = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, NULL);
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (question));
  g_assert_nonnull (strstr (body, hall));
  g_assert_nonnull (strstr (body, "Opening"));
  g_assert_null (strstr (body, "Talk"));
  if (!lc_test_ui_is_arabic ())
    g_assert_nonnull (strstr (body, "1 item is in “Main Hall”:"));
  g_assert_true (rooms_are (j, workshop_then_hall));
  lc_journey_press_button (GTK_WIDGET (question), _("_Delete"));
  lc_test_wait_window_gone (question);
  LC_TEST_WAIT (rooms_are (j, workshop), "the deleted room's row gone");

  /* The library holds the one room, and the opening has none. */
  stored = stored_rooms (convention_id);
  expected = g_strdup_printf ("%s/%s", lc_journey_pick ("", workshop), lc_journey_pick (workshop, ""));
  g_assert_cmpstr (stored, ==, expected);
  {
    g_autoptr(LcStore) store = lc_journey_open_library ();
    g_autoptr(LcRecord) item = lc_store_get (store, LC_TYPE_ITEM, opening, NULL);

    g_assert_cmpint (lc_record_get_int (item, "room-id"), ==, 0);
  }

  lc_test_press ("Escape");
  lc_test_wait_window_gone (j->details);

  /* The timeline: the talk's room, then the opening's column of no room. */
  lc_journey_press_button (GTK_WIDGET (j->window), C_("agenda view", "_Timeline"));
  LC_TEST_WAIT ((timeline = LC_TIMELINE (lc_test_find_type (GTK_WIDGET (j->window), LC_TYPE_TIMELINE))) != NULL
                && lc_timeline_get_n_items (timeline) == 2 && gtk_widget_get_width (GTK_WIDGET (timeline)) > 0,
                "the timeline with both items");
  lc_test_wait_for_idle ();
  g_assert_cmpuint (lc_timeline_get_n_columns (timeline), ==, 2);
  g_assert_true (lc_timeline_get_item_rect (timeline, talk, &talk_rect));
  g_assert_true (lc_timeline_get_item_rect (timeline, opening, &opening_rect));
  g_assert_cmpint (lc_timeline_get_room_at (timeline, talk_rect.origin.x + 1), ==, workshop_id);
  /* The room's column first, at the start side. */
  if (gtk_widget_get_direction (GTK_WIDGET (timeline)) == GTK_TEXT_DIR_RTL)
    g_assert_cmpfloat (talk_rect.origin.x, >, opening_rect.origin.x);
  else
    g_assert_cmpfloat (talk_rect.origin.x, <, opening_rect.origin.x);

  /* A new item's editor offers no room or the workshop room, in order. */
  lc_journey_press_button (GTK_WIDGET (j->window), _("_Add Item"));
  editor = lc_test_wait_for_window (LC_TYPE_ITEM_EDITOR, NULL);
  room_row = lc_journey_row_titled (GTK_WIDGET (editor), _("Room"));
  choices = adw_combo_row_get_model (ADW_COMBO_ROW (room_row));
  g_assert_cmpuint (g_list_model_get_n_items (choices), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 0), ==, _("No room"));
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 1), ==, workshop);
  g_object_ref (editor);
  lc_test_press ("Escape");
  lc_test_wait_window_gone (editor);
  g_object_unref (editor);

  lc_journey_close_window (j->window);
}

/* Drag and drop for real: rows moved by the pointer, each one undo step. */
static void
test_drag (void)
{
  const char *names[] = { lc_journey_pick ("Hall", "القاعة"), lc_journey_pick ("Lab", "المختبر"),
                          lc_journey_pick ("Garden", "الحديقة") };
  g_autofree char *abc = g_strjoin ("|", names[0], names[1], names[2], NULL);
  g_autofree char *bac = g_strjoin ("|", names[1], names[0], names[2], NULL);
  g_autofree char *bca = g_strjoin ("|", names[1], names[2], names[0], NULL);
  Journey journey = { 0 }, *j = &journey;

  j->window = lc_journey_open_window (1200, 900);
  lc_journey_new_convention (j->window, lc_journey_pick ("Sixth Convention", "الملتقى السادس"));
  /* Its keys work once it is on screen, as for a person who sees it. */
  LC_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (lc_window_get_convention_view (j->window))), "the convention to be shown");
  lc_test_press ("<Alt>Return");
  j->details = lc_test_wait_for_window (LC_TYPE_CONVENTION_DIALOG, _("Convention Details"));
  j->list = GTK_LIST_BOX (lc_test_find_type (lc_test_find_type (GTK_WIDGET (j->details), LC_TYPE_ROOMS_GROUP),
                                             GTK_TYPE_LIST_BOX));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    add_room (j, names[i]);
  g_assert_true (rooms_are (j, abc));

  /* Down by one, then the first to the last: each drop one step. */
  lc_journey_drag_row (j->list, 0, 1);
  LC_TEST_WAIT (rooms_are (j, bac), "the dragged room in its new place");
  lc_journey_drag_row (j->list, 1, 2);
  LC_TEST_WAIT (rooms_are (j, bca), "the dragged room in its new place");
  lc_test_click (lc_test_find_text (GTK_WIDGET (gtk_list_box_get_row_at_index (j->list, 0)), names[1]));
  lc_test_press ("<Control>z");
  LC_TEST_WAIT (rooms_are (j, bac), "the last drag undone");

  lc_test_press ("Escape");
  lc_test_wait_window_gone (j->details);
  lc_journey_close_window (j->window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/rooms/add-rename-move-delete", test_rooms);
  g_test_add_func ("/journey/rooms/drag", test_drag);
  return lc_journey_run ();
}
