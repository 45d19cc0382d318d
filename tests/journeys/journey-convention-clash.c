/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-agenda-page.h"
#include "lc-convention-dialog.h"
#include "lc-convention-view.h"
#include "lc-conflicts-pane.h"
#include "lc-item-editor.h"
#include "lc-journey.h"
#include "lc-test-ui.h"
#include "lc-timeline-block.h"
#include "lc-tracks.h"

/*
 * Issue 12's journey from start to end, all of it with the keyboard and the
 * pointer: a new convention gets two rooms and a track in its details; two
 * items made with the agenda's Add Item go into the same room at the same
 * time, the first in the track; the conflicts (F9) name the room and both
 * items, and the library holds what the editor showed. Moving the second
 * item to the other room, in its editor, makes the clash go away.
 */

typedef struct
{
  LcWindow          *window;
  LcConventionModel *model;
  GtkWindow         *details;
} Journey;

/* Add Room… or Add Track… in Convention Details, a name typed, Enter. */
static void
add_named (Journey    *j,
           const char *button,
           const char *dialog_title,
           const char *name)
{
  GtkWindow *dialog;

  lc_journey_press_button (GTK_WIDGET (j->details), button);
  dialog = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, dialog_title);
  lc_test_type (name);
  lc_test_press ("Return");
  lc_test_wait_window_gone (dialog);
  lc_test_wait_for_text (GTK_WIDGET (j->details), name);
}

/* The editor's time fields, typed over what it proposed. */
static void
type_times (GtkWindow  *editor,
            const char *start,
            const char *end)
{
  lc_journey_tab_to (lc_journey_row_titled (GTK_WIDGET (editor), _("Starts At")));
  lc_test_press ("<Control>a");
  lc_test_type (start);
  lc_journey_tab_to (lc_journey_row_titled (GTK_WIDGET (editor), _("Ends At")));
  lc_test_press ("<Control>a");
  lc_test_type (end);
}

/* Enter in a field saves, as the editor's default button. */
static void
save (GtkWindow *editor)
{
  g_object_ref (editor);
  lc_journey_tab_to (lc_journey_row_titled (GTK_WIDGET (editor), _("Ends At")));
  lc_test_press ("Return");
  lc_test_wait_window_gone (editor);
  g_object_unref (editor);
}

/* The agenda's Add Item: a title typed where the editor put the keyboard,
 * 10:00 to 11:00 on the first day, @room, and @track unless NULL. */
static void
add_item (Journey    *j,
          const char *title,
          const char *room,
          const char *track)
{
  GtkWindow *editor;

  lc_journey_press_button (GTK_WIDGET (j->window), _("_Add Item"));
  editor = lc_test_wait_for_window (LC_TYPE_ITEM_EDITOR, _("New Item"));
  lc_test_type (title);
  type_times (editor, lc_journey_pick ("10:00", "١٠:٠٠"), lc_journey_pick ("11:00", "١١:٠٠"));
  lc_journey_choose (lc_journey_row_titled (GTK_WIDGET (editor), _("Room")), room);
  if (track != NULL)
    lc_journey_choose (lc_journey_row_titled (GTK_WIDGET (editor), _("Track")), track);
  save (editor);
  lc_test_wait_for_text (lc_test_find_type (GTK_WIDGET (j->window), LC_TYPE_AGENDA_PAGE), title);
}

/* The room's conflict as the pane words it, whichever item it names first. */
static gboolean
shows_clash (GtkWidget  *pane,
             const char *room,
             const char *one,
             const char *other)
{
  g_autofree char *forward = g_strdup_printf (_("%s holds “%s” and “%s” at the same time."), room, one, other);
  g_autofree char *backward = g_strdup_printf (_("%s holds “%s” and “%s” at the same time."), room, other, one);

  return lc_test_shows_text (pane, forward) || lc_test_shows_text (pane, backward);
}

static gint64
room_named (LcStore    *store,
            gint64      convention_id,
            const char *name)
{
  g_autoptr(GListStore) rooms = lc_store_list (store, LC_TYPE_ROOM, "convention_id", convention_id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rooms)); i++)
    {
      g_autoptr(LcRecord) room = g_list_model_get_item (G_LIST_MODEL (rooms), i);

      if (g_strcmp0 (lc_record_get_string (room, lc_journey_pick ("name-en", "name-ar")), name) == 0)
        return lc_record_get_id (room);
    }
  g_error ("the library has no room “%s”", name);
}

/* The timeline's block of @data (an item id), once it is laid out. */
static gboolean
is_block_of (GtkWidget     *widget,
             gconstpointer  data)
{
  return LC_IS_TIMELINE_BLOCK (widget)
         && lc_timeline_block_get_item_id (LC_TIMELINE_BLOCK (widget)) == *(const gint64 *) data
         && gtk_widget_get_mapped (widget);
}

static void
test_clash (void)
{
  Journey journey = { 0 }, *j = &journey;
  const char *hall = lc_journey_pick ("Main Hall", "القاعة الكبرى");
  const char *lab = lc_journey_pick ("Lab", "المختبر");
  const char *track_name = lc_journey_pick ("Digital learning", "التعلم الرقمي");
  const char *opening = lc_journey_pick ("Opening session", "الجلسة الافتتاحية");
  const char *panel = lc_journey_pick ("Mayors' panel", "حوار رؤساء البلديات");
  g_autoptr(LcStore) store = NULL;
  g_autoptr(LcRecord) first = NULL, second = NULL, moved = NULL, track = NULL;
  g_autoptr(GListStore) tracks = NULL;
  GtkWidget *pane, *label, *agenda;
  GtkWindow *editor;
  gint64 convention_id, hall_id, lab_id;

  j->window = lc_journey_open_window (1200, 900);
  lc_journey_new_convention (j->window, lc_journey_pick ("Clash Convention", "ملتقى التعارض"));
  j->model = lc_convention_view_get_model (lc_window_get_convention_view (j->window));
  convention_id = lc_convention_model_get_id (j->model);
  agenda = lc_test_find_type (GTK_WIDGET (j->window), LC_TYPE_AGENDA_PAGE);

  /* Convention Details (Alt+Return): two rooms and a track, then Escape. */
  /* Its keys work once it is on screen, as for a person who sees it. */
  LC_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (lc_window_get_convention_view (j->window))),
                "the convention to be shown");
  lc_test_press ("<Alt>Return");
  j->details = lc_test_wait_for_window (LC_TYPE_CONVENTION_DIALOG, _("Convention Details"));
  add_named (j, _("_Add Room…"), _("Add Room"), hall);
  add_named (j, _("_Add Room…"), _("Add Room"), lab);
  add_named (j, _("Add _Track…"), _("Add Track"), track_name);
  lc_test_press ("Escape");
  lc_test_wait_window_gone (j->details);

  /* Both items in the hall at ten, the first in the track. */
  add_item (j, opening, hall, track_name);
  add_item (j, panel, hall, NULL);

  /* F9: the conflicts name the hall and both items. */
  lc_test_press ("F9");
  LC_TEST_WAIT ((pane = lc_test_find_type (GTK_WIDGET (j->window), LC_TYPE_CONFLICTS_PANE)) != NULL
                && gtk_widget_get_mapped (pane), "the conflicts");
  lc_test_wait_for_text (pane, _("Room used by two items at once"));
  LC_TEST_WAIT (shows_clash (pane, hall, opening, panel), "the clash naming the room and both items");
  g_assert_false (lc_test_shows_text (pane, _("No Conflicts")));

  /* The library: the two rooms, both items in the hall at ten, the track
   * on the first only. */
  store = lc_journey_open_library ();
  hall_id = room_named (store, convention_id, hall);
  lab_id = room_named (store, convention_id, lab);
  first = lc_journey_find_item (store, opening);
  second = lc_journey_find_item (store, panel);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_cmpint (lc_item_get_room_id (LC_ITEM (first)), ==, hall_id);
  g_assert_cmpint (lc_item_get_room_id (LC_ITEM (second)), ==, hall_id);
  g_assert_cmpstr (lc_record_get_string (first, "day"), ==, lc_record_get_string (second, "day"));
  g_assert_cmpint (lc_record_get_int (first, "start-minute"), ==, 10 * 60);
  g_assert_cmpint (lc_record_get_int (second, "start-minute"), ==, 10 * 60);
  g_assert_cmpint (lc_record_get_int (second, "end-minute"), ==, 11 * 60);
  tracks = lc_store_list (store, LC_TYPE_TRACK, "convention_id", convention_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tracks)), ==, 1);
  track = g_list_model_get_item (G_LIST_MODEL (tracks), 0);
  g_assert_cmpstr (lc_record_get_string (track, lc_journey_pick ("name-en", "name-ar")), ==, track_name);
  g_assert_cmpint (lc_item_get_track_id (LC_ITEM (first)), ==, lc_record_get_id (track));
  g_assert_cmpint (lc_item_get_track_id (LC_ITEM (second)), ==, 0);

  /* The second item's editor (its row, Enter): the lab instead. */
  label = lc_test_wait_for_text (agenda, panel);
  lc_test_scroll_into_view (label);
  lc_test_click (label);
  LC_TEST_WAIT (lc_agenda_page_get_selected_id (LC_AGENDA_PAGE (agenda)) == lc_record_get_id (second),
                "the second item's row selected");
  lc_test_press ("Return");
  editor = lc_test_wait_for_window (LC_TYPE_ITEM_EDITOR, _("Edit Item"));
  lc_journey_choose (lc_journey_row_titled (GTK_WIDGET (editor), _("Room")), lab);
  save (editor);

  /* The clash is gone, on screen and in the library. */
  lc_test_wait_for_text (pane, _("No Conflicts"));
  g_assert_false (shows_clash (pane, hall, opening, panel));
  moved = lc_store_get (store, LC_TYPE_ITEM, lc_record_get_id (second), NULL);
  g_assert_cmpint (lc_item_get_room_id (LC_ITEM (moved)), ==, lab_id);
  g_assert_cmpint (lc_record_get_int (moved, "start-minute"), ==, 10 * 60);

  /* The timeline (its button): the first item's block names its track,
   * for the eye after the time and for a screen reader after the room. */
  {
    gint64 first_id = lc_record_get_id (first);
    GtkWidget *block = NULL;
    g_autofree char *said = NULL;

    lc_journey_press_button (GTK_WIDGET (j->window), C_("agenda view", "_Timeline"));
    LC_TEST_WAIT ((block = lc_test_ui_find_matching (GTK_WIDGET (j->window), is_block_of, &first_id)) != NULL,
                  "the first item's block on the timeline");
    said = lc_test_ui_dup_accessible_label (block);
    g_assert_nonnull (strstr (said, track_name));
    g_assert_nonnull (strstr (said, hall));
  }

  lc_journey_close_window (j->window);
}

int
main (int argc, char *argv[])
{
  /* The timeline's blocks are read as a screen reader reads them. */
  if (g_getenv ("GTK_A11Y") == NULL || g_str_equal (g_getenv ("GTK_A11Y"), "none"))
    g_setenv ("GTK_A11Y", "test", TRUE);
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/convention-clash/rooms-track-clash-move", test_clash);
  return lc_journey_run ();
}
