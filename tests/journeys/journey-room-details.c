/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-convention-dialog.h"
#include "lc-convention-view.h"
#include "lc-item-editor.h"
#include "lc-journey.h"
#include "lc-rooms-group.h"
#include "lc-util.h"

/*
 * A room's details and an item's expected attendance, typed as a person
 * types them: make a convention, add a room, edit it to hold 40 with a
 * meeting link (a bad link said at once, Save greyed), see them under its
 * name; add an item in that room expecting 120 and read the warning that
 * the room is too small; then the library holds what was typed.
 */

static gboolean
subtitle_is (GtkListBox *list,
             const char *expected)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, 0);

  return row != NULL && g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), expected) == 0;
}

static gboolean
label_is (GtkWidget  *label,
          const char *expected)
{
  return gtk_widget_get_mapped (label) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), expected) == 0;
}

/* The entry of an entry row, clicked as a person clicks it. */
static void
click_row (GtkWidget  *root,
           const char *title)
{
  GtkWidget *row = lc_journey_row_titled (root, title);

  lc_test_click (row);
  LC_TEST_WAIT (gtk_widget_is_ancestor (lc_test_focus_widget (), row), "the keyboard in the row");
}

static void
test_room_details (void)
{
  const char *title = lc_journey_pick ("Fifth Convention", "الملتقى الخامس");
  const char *hall = lc_journey_pick ("Main Hall", "القاعة الكبرى");
  const char *opening = lc_journey_pick ("Opening", "الافتتاح");
  const char *link = "https://meet.example.org/hall";
  g_autofree char *edit_tooltip = NULL;
  g_autofree char *forty = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *source = NULL;
  LcWindow *window;
  LcConventionView *view;
  GtkWindow *details, *dialog, *editor;
  GtkListBox *list;
  GtkWidget *room_row, *popover, *problem;
  gint64 convention_id;

  /* A convention from the empty library, and its details (Alt+Return). */
  window = lc_journey_open_window (1200, 900);
  lc_journey_new_convention (window, title);
  view = lc_window_get_convention_view (window);
  convention_id = lc_convention_model_get_id (lc_convention_view_get_model (view));
  /* Its keys work once it is on screen, as for a person who sees it. */
  LC_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (view)), "the convention to be shown");
  lc_test_press ("<Alt>Return");
  details = lc_test_wait_for_window (LC_TYPE_CONVENTION_DIALOG, _("Convention Details"));
  list = GTK_LIST_BOX (lc_test_find_type (lc_test_find_type (GTK_WIDGET (details), LC_TYPE_ROOMS_GROUP),
                                          GTK_TYPE_LIST_BOX));

  /* Add Room…: its name, Enter. */
  lc_journey_press_button (GTK_WIDGET (details), _("_Add Room…"));
  dialog = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, _("Add Room"));
  lc_test_type (hall);
  lc_test_press ("Return");
  lc_test_wait_window_gone (dialog);
  LC_TEST_WAIT (gtk_list_box_get_row_at_index (list, 0) != NULL, "the room's row");

  /* Edit it: the capacity in the interface's digits, then the link. */
  /* Translators: %s is a room's name */
  edit_tooltip = g_strdup_printf (_("Edit “%s”"), hall);
  lc_test_click (lc_test_ui_find_matching (GTK_WIDGET (details), lc_journey_has_tooltip, edit_tooltip));
  dialog = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, _("Edit Room"));
  click_row (GTK_WIDGET (dialog), _("Capacity (People)"));
  lc_test_type (lc_journey_pick ("40", "٤٠"));
  click_row (GTK_WIDGET (dialog), _("Meeting Link (https://…)"));

  /* A link that is not secure is said at once, and Save waits. */
  lc_test_type ("http://meet.example.org/hall");
  problem = lc_test_wait_for_text (GTK_WIDGET (dialog),
                                   _("Use the secure link, which starts with https:// rather than http://."));
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  lc_test_press ("<Control>a");
  lc_test_type (link);
  LC_TEST_WAIT (!gtk_widget_get_mapped (problem)
                && adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"),
                "the problem gone and Save back");
  lc_test_press ("Return");
  lc_test_wait_window_gone (dialog);

  /* Under its name: how many it holds and its link. */
  forty = lc_ui_format_number (40);
  if (lc_test_ui_is_arabic ())
    {
      GtkListBoxRow *row;

      LC_TEST_WAIT ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL
                    && strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), link) != NULL,
                    "the room's details under its name");
      subtitle = g_strdup (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
      g_assert_nonnull (strstr (subtitle, forty));
    }
  else
    LC_TEST_WAIT (subtitle_is (list, "Holds 40 people · https://meet.example.org/hall"),
                  "the room's details under its name");
  lc_test_press ("Escape");
  lc_test_wait_window_gone (details);

  /* A new item in that room, expecting 120. */
  lc_journey_press_button (GTK_WIDGET (window), _("_Add Item"));
  editor = lc_test_wait_for_window (LC_TYPE_ITEM_EDITOR, NULL);
  lc_test_type (opening);
  room_row = lc_journey_row_titled (GTK_WIDGET (editor), _("Room"));
  lc_test_scroll_into_view (room_row);
  lc_test_click (room_row);
  LC_TEST_WAIT ((popover = lc_test_find_type (room_row, GTK_TYPE_POPOVER)) != NULL
                && gtk_widget_get_mapped (popover), "the room list to open");
  lc_test_click (lc_test_wait_for_text (popover, hall));
  LC_TEST_WAIT (!gtk_widget_get_mapped (popover), "the room list to close");

  /* The room's link applies, and the editor says so. */
  /* Translators: %1$s is a room's name, %2$s its meeting link */
  source = g_strdup_printf (_("Uses the link of “%1$s”: %2$s"), hall, link);
  lc_test_wait_for_text (GTK_WIDGET (editor), source);

  lc_test_scroll_into_view (lc_journey_row_titled (GTK_WIDGET (editor), _("Expected Attendance")));
  click_row (GTK_WIDGET (editor), _("Expected Attendance"));
  lc_test_type (lc_journey_pick ("120", "١٢٠"));
  if (lc_test_ui_is_arabic ())
    {
      g_autofree char *hundred_twenty = lc_ui_format_number (120);

      /* Translators: %1$s is a room's name, %2$u how many it holds, %3$u how
       * many are expected at the agenda item whose title is %4$s */
      warning = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "“%1$s” holds %2$u; %3$u is expected at “%4$s”.",
                                           "“%1$s” holds %2$u; %3$u are expected at “%4$s”.", 120),
                              hall, 40u, 120u, opening);
      g_assert_nonnull (strstr (warning, hundred_twenty));
    }
  else
    warning = g_strdup ("• “Main Hall” holds 40; 120 are expected at “Opening”.");
  if (lc_test_ui_is_arabic ())
    {
      g_autofree char *line = g_strdup_printf ("%s %s", _("•"), warning);

      g_free (warning);
      warning = g_steal_pointer (&line);
    }
  {
    GtkWidget *label = NULL;

    LC_TEST_WAIT ((label = lc_test_find_text (GTK_WIDGET (editor), warning)) != NULL && label_is (label, warning),
                  "the warning that the room is too small");
  }

  /* Enter saves, the warning notwithstanding: it is a warning. */
  g_object_ref (editor);
  lc_test_press ("Return");
  lc_test_wait_window_gone (editor);
  g_object_unref (editor);

  /* The library holds what was typed. */
  {
    g_autoptr(LcStore) store = lc_journey_open_library ();
    g_autoptr(GListStore) rooms = lc_store_list (store, LC_TYPE_ROOM, "convention_id", convention_id, NULL);
    g_autoptr(LcRecord) room = g_list_model_get_item (G_LIST_MODEL (rooms), 0);
    g_autoptr(GListStore) items = lc_store_list (store, LC_TYPE_ITEM, "convention_id", convention_id, NULL);
    g_autoptr(LcRecord) item = g_list_model_get_item (G_LIST_MODEL (items), 0);

    g_assert_cmpint (lc_room_get_capacity (LC_ROOM (room)), ==, 40);
    g_assert_cmpstr (lc_room_get_online_url (LC_ROOM (room)), ==, link);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), ==, 1);
    g_assert_cmpstr (lc_ui_text (item, "title", NULL), ==, opening);
    g_assert_cmpint (lc_item_get_expected_attendance (LC_ITEM (item)), ==, 120);
    g_assert_cmpint (lc_item_get_room_id (LC_ITEM (item)), ==, lc_record_get_id (room));
    g_assert_cmpstr (lc_item_get_online_url (LC_ITEM (item)), ==, "");
  }

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/room-details/capacity-link-attendance", test_room_details);
  return lc_journey_run ();
}
