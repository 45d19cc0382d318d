/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-item-editor.h"
#include "lc-journey.h"
#include "lc-timeline-private.h"
#include "lc-util.h"

/*
 * The timeline as a person uses it, with the pointer and the keyboard:
 * switch to it, drag a block later, to another room and by its lower
 * edge, give up a drag with Escape; reach the blocks with Tab and the
 * arrows, open one with Enter, move one (or its end) with Alt and the
 * arrows; undo each change with Ctrl+Z. After each step: what the person sees (where the
 * block is, the times on it, what a screen reader says) and what the
 * library holds, read through a connection of the test's own.
 */

#define DAY_1 "2023-05-10"

typedef struct
{
  LcWindow   *window;
  LcTimeline *timeline;
  LcStore    *library;
  gint64      foyer, dining, hall;   /* rooms */
} Journey;

/* ---- the library, as stored ---- */

/* The id of the record of @type whose @property is @value (on @day, for items). */
static gint64
stored_id (Journey    *j,
           GType       type,
           const char *day,
           const char *property,
           const char *value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) records = lc_store_list (j->library, type, NULL, 0, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (records)); i++)
    {
      g_autoptr(LcRecord) record = g_list_model_get_item (G_LIST_MODEL (records), i);

      if ((day == NULL || g_strcmp0 (lc_record_get_string (record, "day"), day) == 0)
          && g_strcmp0 (lc_record_get_string (record, property), value) == 0)
        return lc_record_get_id (record);
    }

  g_error ("the library has no %s “%s”", g_type_name (type), value);
}

static gint64
stored_item_id (Journey    *j,
                const char *title_en)
{
  return stored_id (j, LC_TYPE_ITEM, DAY_1, "title-en", title_en);
}

static gint64
stored_room_id (Journey    *j,
                const char *name_en)
{
  return stored_id (j, LC_TYPE_ROOM, NULL, "name-en", name_en);
}

static gboolean
library_holds (Journey *j,
               gint64   id,
               int      start,
               int      end,
               gint64   room)
{
  g_autoptr(LcRecord) item = lc_store_get (j->library, LC_TYPE_ITEM, id, NULL);

  return item != NULL && lc_record_get_int (item, "start-minute") == start
         && lc_record_get_int (item, "end-minute") == end && lc_record_get_int (item, "room-id") == room;
}

/* ---- what the person sees ---- */

static GtkWidget *
block_of (Journey *j,
          gint64   id)
{
  GtkWidget *block = lc_timeline_get_item_block (j->timeline, id);

  g_assert_nonnull (block);
  return block;
}

/* The block stands at its start time in its room's column, shows its
 * times, and a screen reader hears them. */
static gboolean
block_shows (Journey *j,
             gint64   id,
             int      start,
             int      end,
             gint64   room)
{
  GtkWidget *block = lc_timeline_get_item_block (j->timeline, id);
  g_autofree char *from = lc_test_ui_clock (start);
  g_autofree char *to = lc_test_ui_clock (end);
  g_autofree char *label = NULL;
  g_autoptr(PangoLayout) first = NULL;
  g_autoptr(PangoLayout) second = NULL;
  const char *drawn;
  graphene_rect_t bounds;

  if (block == NULL || !gtk_widget_compute_bounds (block, GTK_WIDGET (j->timeline), &bounds))
    return FALSE;
  if (lc_timeline_get_minute_at (j->timeline, bounds.origin.y) != start
      || lc_timeline_get_minute_at (j->timeline, bounds.origin.y + bounds.size.height) != end
      || lc_timeline_get_room_at (j->timeline, bounds.origin.x + bounds.size.width / 2) != room)
    return FALSE;

  lc_timeline_block_layout_text (LC_TIMELINE_BLOCK (block), &first, &second);
  drawn = pango_layout_get_text (second ? second : first);
  label = lc_test_ui_dup_accessible_label (block);
  return strstr (drawn, from) != NULL && strstr (drawn, to) != NULL
         && strstr (label, from) != NULL && strstr (label, to) != NULL;
}

/* Both: on screen and in the library, waiting for the window to get there. */
#define ASSERT_ITEM(j, id, start, end, room, what)                                  \
  G_STMT_START {                                                                    \
    LC_TEST_WAIT (library_holds ((j), (id), (start), (end), (room)), "the library to hold " what); \
    LC_TEST_WAIT (block_shows ((j), (id), (start), (end), (room)), "the block to show " what);    \
  } G_STMT_END

static void
block_bounds (Journey         *j,
              gint64           id,
              graphene_rect_t *bounds)
{
  g_assert_true (gtk_widget_compute_bounds (block_of (j, id), GTK_WIDGET (j->timeline), bounds));
}

static double
minute_height (Journey *j,
               gint64   id,
               int      minutes)
{
  graphene_rect_t bounds;

  block_bounds (j, id, &bounds);
  return bounds.size.height / minutes;
}

static void
start_journey (Journey *j)
{
  GtkWidget *toggle;

  j->window = lc_journey_open_window (1280, 1000);
  lc_journey_open_sample (j->window);
  j->library = lc_journey_open_library ();

  /* The agenda opens as a list; the person clicks "Timeline". */
  toggle = lc_journey_press_button (GTK_WIDGET (j->window), C_("agenda view", "_Timeline"));
  LC_TEST_WAIT (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)), "the Timeline toggle to be on");
  LC_TEST_WAIT ((j->timeline = LC_TIMELINE (lc_test_find_type (GTK_WIDGET (j->window), LC_TYPE_TIMELINE))) != NULL,
                "the timeline to be shown");
  LC_TEST_WAIT (lc_timeline_get_n_items (j->timeline) > 0 && gtk_widget_get_width (GTK_WIDGET (j->timeline)) > 0,
                "the timeline to show the first day");
  g_assert_cmpstr (lc_timeline_get_day (j->timeline), ==, DAY_1);
  lc_test_wait_for_idle ();

  j->foyer = stored_room_id (j, "Foyer");
  j->dining = stored_room_id (j, "Dining Hall");
  j->hall = stored_room_id (j, "Main Hall");
}

static void
end_journey (Journey *j)
{
  g_clear_object (&j->library);
  lc_journey_close_window (j->window);
}

static gboolean
drag_shows (Journey *j,
            int      start)
{
  g_autofree char *moving = lc_timeline_dup_drag_text (j->timeline);
  g_autofree char *from = lc_test_ui_clock (start);

  return moving != NULL && g_str_has_prefix (moving, from);
}

/* Where a person takes hold of the item's block: across its middle, @at_y
 * from its top (or, when negative, from its bottom). */
static void
grip (Journey *j,
      gint64   id,
      double   at_y,
      double  *x,
      double  *y)
{
  graphene_rect_t rect;

  block_bounds (j, id, &rect);
  *x = rect.origin.x + rect.size.width / 2;
  *y = at_y >= 0 ? rect.origin.y + at_y : rect.origin.y + rect.size.height + at_y;
}

static void
drag_block (Journey *j,
            gint64   id,
            double   at_y,
            double   dx,
            double   dy)
{
  double x, y;

  grip (j, id, at_y, &x, &y);
  lc_test_drag (GTK_WIDGET (j->timeline), x, y, x + dx, y + dy);
}

static void
test_pointer (void)
{
  Journey journey = { 0 }, *j = &journey;
  gint64 coffee, lunch, trends;
  graphene_rect_t rect, target;
  double scale, x, y, dx;

  start_journey (j);
  coffee = stored_item_id (j, "Coffee break");
  lunch = stored_item_id (j, "Lunch");
  trends = stored_item_id (j, "Regional trends in learning cities");
  ASSERT_ITEM (j, coffee, 10 * 60 + 5, 10 * 60 + 30, j->foyer, "the coffee break as in the sample");

  /* The coffee break, 15 minutes later: held a third of the way down. */
  scale = minute_height (j, coffee, 25);
  drag_block (j, coffee, 25 * scale / 3, 0, 15 * scale);
  ASSERT_ITEM (j, coffee, 10 * 60 + 20, 10 * 60 + 45, j->foyer, "the coffee break at 10:20");
  /* A click puts the keyboard on the block. */
  g_assert_true (lc_test_focus_widget () == block_of (j, coffee));
  lc_test_press ("<Control>z");
  ASSERT_ITEM (j, coffee, 10 * 60 + 5, 10 * 60 + 30, j->foyer, "the coffee break back at 10:05");

  /* Across to the dining hall, the next room: to the right in English,
   * to the left in Arabic. */
  block_bounds (j, coffee, &rect);
  block_bounds (j, lunch, &target);
  dx = (target.origin.x + target.size.width / 2) - (rect.origin.x + rect.size.width / 2);
  if (gtk_widget_get_direction (GTK_WIDGET (j->timeline)) == GTK_TEXT_DIR_RTL)
    g_assert_cmpfloat (dx, <, 0);
  else
    g_assert_cmpfloat (dx, >, 0);
  drag_block (j, coffee, rect.size.height / 2, dx, 0);
  ASSERT_ITEM (j, coffee, 10 * 60 + 5, 10 * 60 + 30, j->dining, "the coffee break in the dining hall");
  lc_test_press ("<Control>z");
  ASSERT_ITEM (j, coffee, 10 * 60 + 5, 10 * 60 + 30, j->foyer, "the coffee break back in the foyer");

  /* A session's lower edge, 23 minutes down: 12:38, snapped to 12:40. */
  scale = minute_height (j, trends, 45);
  drag_block (j, trends, -3, 0, 23 * scale);
  ASSERT_ITEM (j, trends, 11 * 60 + 30, 12 * 60 + 40, j->hall, "the session ending at 12:40");
  lc_test_press ("<Control>z");
  ASSERT_ITEM (j, trends, 11 * 60 + 30, 12 * 60 + 15, j->hall, "the session ending at 12:15 again");

  /* Lunch dragged half an hour down, then Escape before letting go: it
   * stays, nothing is stored, and no edit enters the history (the undone
   * change can still be redone). */
  scale = minute_height (j, lunch, 60);
  grip (j, lunch, 10, &x, &y);
  lc_test_pointer_down (GTK_WIDGET (j->timeline), x, y);
  lc_test_pointer_move (GTK_WIDGET (j->timeline), x, y, x, y + 30 * scale);
  /* The lifted block says where it would go. */
  LC_TEST_WAIT (drag_shows (j, 14 * 60 + 15), "the dragged lunch to show 14:15");
  lc_test_press ("Escape");
  LC_TEST_WAIT (lc_timeline_dup_drag_text (j->timeline) == NULL, "the drag to stop");
  lc_test_pointer_up ();
  lc_test_wait_for_idle ();
  ASSERT_ITEM (j, lunch, 13 * 60 + 45, 14 * 60 + 45, j->dining, "lunch where it was");
  g_assert_null (lc_test_find_window (LC_TYPE_ITEM_EDITOR, NULL));
  lc_test_press ("<Control><Shift>z");
  ASSERT_ITEM (j, trends, 11 * 60 + 30, 12 * 60 + 40, j->hall, "the session's end redone");
  lc_test_press ("<Control>z");
  ASSERT_ITEM (j, trends, 11 * 60 + 30, 12 * 60 + 15, j->hall, "the session's end undone");

  end_journey (j);
}

static gboolean
focus_is_block (void)
{
  return LC_IS_TIMELINE_BLOCK (lc_test_focus_widget ());
}

static void
test_keyboard (void)
{
  Journey journey = { 0 }, *j = &journey;
  gboolean rtl;
  const char *towards_end, *towards_start, *room_end, *room_start;
  gint64 opening, presentation, coffee;
  GtkWindow *editor;
  guint tabs = 0;

  start_journey (j);
  rtl = gtk_widget_get_direction (GTK_WIDGET (j->timeline)) == GTK_TEXT_DIR_RTL;
  /* Left and right as seen: the next room is to the left in Arabic. */
  towards_end = rtl ? "Left" : "Right";
  towards_start = rtl ? "Right" : "Left";
  room_end = rtl ? "<Shift><Alt>Left" : "<Shift><Alt>Right";
  room_start = rtl ? "<Shift><Alt>Right" : "<Shift><Alt>Left";
  opening = stored_item_id (j, "Opening session");
  presentation = stored_item_id (j, "Yanbu Industrial City presentation");
  coffee = stored_item_id (j, "Coffee break");

  /* Tab from the Timeline toggle reaches the day's first block. */
  while (!focus_is_block ())
    {
      g_assert_cmpuint (++tabs, <, 40);
      lc_test_press ("Tab");
      lc_test_wait_for_idle ();
    }
  g_assert_true (lc_test_focus_widget () == block_of (j, opening));
  g_assert_true (gtk_widget_has_visible_focus (block_of (j, opening)));

  /* Down: the next item in the same room; towards the end: the next
   * room's item nearest in time; towards the start and back. */
  lc_test_press ("Down");
  LC_TEST_WAIT (lc_test_focus_widget () == block_of (j, presentation), "the focus on the presentation");
  lc_test_press (towards_end);
  LC_TEST_WAIT (lc_test_focus_widget () == block_of (j, coffee), "the focus on the coffee break");
  lc_test_press (towards_start);
  LC_TEST_WAIT (lc_test_focus_widget () == block_of (j, presentation), "the focus back on the presentation");
  lc_test_press (towards_end);
  LC_TEST_WAIT (lc_test_focus_widget () == block_of (j, coffee), "the focus on the coffee break again");
  g_assert_true (gtk_widget_has_visible_focus (block_of (j, coffee)));

  /* Enter opens the item; Escape closes it and the keyboard is back on the block. */
  lc_test_press ("Return");
  editor = lc_test_wait_for_window (LC_TYPE_ITEM_EDITOR, NULL);
  g_assert_nonnull (lc_test_find_text (GTK_WIDGET (editor), "Coffee break"));
  /* Held, since Escape may destroy it before the wait begins. */
  g_object_ref (editor);
  lc_test_press ("Escape");
  lc_test_wait_window_gone (editor);
  g_object_unref (editor);
  LC_TEST_WAIT (lc_test_focus_widget () == block_of (j, coffee), "the focus back on the coffee break");
  ASSERT_ITEM (j, coffee, 10 * 60 + 5, 10 * 60 + 30, j->foyer, "the coffee break unchanged");

  /* Alt+Down: 5 minutes later; Ctrl+Z. The keyboard stays on the block. */
  lc_test_press ("<Alt>Down");
  ASSERT_ITEM (j, coffee, 10 * 60 + 10, 10 * 60 + 35, j->foyer, "the coffee break at 10:10");
  g_assert_true (lc_test_focus_widget () == block_of (j, coffee));
  lc_test_press ("<Control>z");
  ASSERT_ITEM (j, coffee, 10 * 60 + 5, 10 * 60 + 30, j->foyer, "the coffee break at 10:05 again");

  /* Shift+Alt+Down: the end 5 minutes later; Ctrl+Z. */
  lc_test_press ("<Shift><Alt>Down");
  ASSERT_ITEM (j, coffee, 10 * 60 + 5, 10 * 60 + 35, j->foyer, "the coffee break ending at 10:35");
  lc_test_press ("<Control>z");
  ASSERT_ITEM (j, coffee, 10 * 60 + 5, 10 * 60 + 30, j->foyer, "the coffee break ending at 10:30 again");

  /* Shift+Alt towards the end: the next room; Ctrl+Z. */
  lc_test_press (room_end);
  ASSERT_ITEM (j, coffee, 10 * 60 + 5, 10 * 60 + 30, j->dining, "the coffee break in the dining hall");
  g_assert_true (lc_test_focus_widget () == block_of (j, coffee));
  lc_test_press ("<Control>z");
  ASSERT_ITEM (j, coffee, 10 * 60 + 5, 10 * 60 + 30, j->foyer, "the coffee break back in the foyer");

  /* Shift+Alt towards the start: the room before; Ctrl+Z. */
  lc_test_press (room_start);
  ASSERT_ITEM (j, coffee, 10 * 60 + 5, 10 * 60 + 30, j->hall, "the coffee break in the main hall");
  g_assert_true (lc_test_focus_widget () == block_of (j, coffee));
  lc_test_press ("<Control>z");
  ASSERT_ITEM (j, coffee, 10 * 60 + 5, 10 * 60 + 30, j->foyer, "the coffee break in the foyer at last");

  /* Alt+Left alone is Back, to all conventions: the timeline leaves it be. */
  lc_test_press ("<Alt>Left");
  LC_TEST_WAIT (g_strcmp0 (lc_window_get_page (j->window), "library") == 0, "all conventions to be shown");
  g_assert_true (library_holds (j, coffee, 10 * 60 + 5, 10 * 60 + 30, j->foyer));

  end_journey (j);
}

int
main (int argc, char *argv[])
{
  /* Before GTK starts: the journey reads what screen readers are told,
   * which needs an accessible context ("none" has none). */
  if (g_getenv ("GTK_A11Y") == NULL || g_str_equal (g_getenv ("GTK_A11Y"), "none"))
    g_setenv ("GTK_A11Y", "test", TRUE);
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/timeline/pointer", test_pointer);
  g_test_add_func ("/journey/timeline/keyboard", test_keyboard);
  return lc_journey_run ();
}
