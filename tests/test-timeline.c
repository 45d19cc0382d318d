/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "lc-conflicts-pane.h"
#include "lc-convention-io.h"
#include "lc-models.h"
#include "lc-test-timeline.h"
#include "lc-test-ui.h"
#include "lc-timeline-private.h"
#include "lc-util.h"

/*
 * The agenda's timeline widget on the sample convention in a window, in
 * English and in Arabic (right to left): where blocks are, dragging them in
 * time, across rooms and by their lower edge, each drag one undoable edit,
 * clicks, the keyboard, conflicts. Its geometry alone is tested by
 * test-timeline-layout.c.
 */

static LcConventionModel *model;
static LcUndoStack *undo;
static GtkWidget *window;
static LcTimeline *timeline;
static gint64 activated_id;
static guint n_activated;

static double
center_x (const graphene_rect_t *rect)
{
  return rect->origin.x + rect->size.width / 2;
}

static void
on_item_activated (LcTimeline *self,
                   gint64      id,
                   gpointer    user_data)
{
  activated_id = id;
  n_activated++;
}

static void
test_geometry (void)
{
  GListModel *items = lc_convention_model_get_items (model);
  LcRecord *opening, *visit;
  graphene_rect_t main_hall, foyer, rect;
  int width = gtk_widget_get_width (GTK_WIDGET (timeline));
  guint n_day = 0;
  double scale = 0;

  lc_test_timeline_show_day (LC_TEST_DAY_1);
  g_assert_cmpuint (lc_timeline_get_n_columns (timeline), ==, 5);

  /* Every block is its item's time and room, all at one scale. */
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (items, i);
      int start = lc_record_get_int (item, "start-minute");
      int end = lc_record_get_int (item, "end-minute");

      if (g_strcmp0 (lc_record_get_string (item, "day"), LC_TEST_DAY_1) != 0)
        {
          g_assert_false (lc_timeline_get_item_rect (timeline, lc_record_get_id (item), &rect));
          continue;
        }
      n_day++;
      lc_test_timeline_item_rect (item, &rect);
      g_assert_cmpint (lc_timeline_get_minute_at (timeline, rect.origin.y), ==, start);
      g_assert_cmpint (lc_timeline_get_minute_at (timeline, rect.origin.y + rect.size.height), ==, end);
      g_assert_cmpint (lc_timeline_get_room_at (timeline, center_x (&rect)), ==, lc_record_get_int (item, "room-id"));
      if (scale == 0)
        scale = rect.size.height / (end - start);
      g_assert_cmpfloat_with_epsilon (rect.size.height / (end - start), scale, 1e-6);
    }
  g_assert_cmpuint (n_day, ==, 14);
  g_assert_cmpuint (lc_timeline_get_n_items (timeline), ==, n_day);

  /* The day starts on the hour of its first item, under the room names. */
  opening = lc_test_timeline_find_item (LC_TEST_DAY_1, "Opening session");
  lc_test_timeline_item_rect (opening, &main_hall);
  g_assert_cmpfloat (main_hall.origin.y, >, 20);
  g_assert_cmpint (lc_timeline_get_minute_at (timeline, main_hall.origin.y), ==, 9 * 60);

  /* Rooms run from the start edge, with the times beyond it. */
  lc_test_timeline_item_rect (lc_test_timeline_find_item (LC_TEST_DAY_1, "Coffee break"), &foyer);
  if (lc_test_ui_is_arabic ())
    {
      g_assert_cmpfloat (main_hall.origin.x, >, foyer.origin.x);
      g_assert_cmpint (lc_timeline_get_room_at (timeline, width - 5), ==, -1);
      g_assert_cmpint (lc_timeline_get_room_at (timeline, 5), !=, -1);
    }
  else
    {
      g_assert_cmpfloat (main_hall.origin.x, <, foyer.origin.x);
      g_assert_cmpint (lc_timeline_get_room_at (timeline, 5), ==, -1);
      g_assert_cmpint (lc_timeline_get_room_at (timeline, width - 5), !=, -1);
    }

  /* Items with no room get a column of their own, after the rooms. */
  lc_test_timeline_show_day (LC_TEST_DAY_2);
  g_assert_cmpuint (lc_timeline_get_n_columns (timeline), ==, 6);
  g_assert_cmpuint (lc_timeline_get_n_items (timeline), ==, 13);
  visit = lc_test_timeline_find_item (LC_TEST_DAY_2, "Field visit: Industrial Development Centre");
  lc_test_timeline_item_rect (visit, &rect);
  g_assert_cmpint (lc_timeline_get_room_at (timeline, center_x (&rect)), ==, 0);
  lc_test_timeline_item_rect (lc_test_timeline_find_item (LC_TEST_DAY_2, "Interactive exercise"), &main_hall);
  if (lc_test_ui_is_arabic ())
    g_assert_cmpfloat (rect.origin.x, <, main_hall.origin.x);
  else
    g_assert_cmpfloat (rect.origin.x, >, main_hall.origin.x);
}

static void
test_drag_move (void)
{
  LcRecord *coffee, *lunch;
  graphene_rect_t rect, target;
  guint n_undo = lc_undo_stack_get_n_undo (undo);
  gint64 foyer = lc_test_timeline_room_id ("Foyer"), dining = lc_test_timeline_room_id ("Dining Hall");
  g_autofree char *text = NULL;
  g_autofree char *shot = NULL;
  double x, y, dx, dy, scale;

  lc_test_timeline_show_day (LC_TEST_DAY_1);
  coffee = lc_test_timeline_find_item (LC_TEST_DAY_1, "Coffee break");
  lunch = lc_test_timeline_find_item (LC_TEST_DAY_1, "Lunch");
  lc_test_timeline_assert_stored (coffee, 10 * 60 + 5, 10 * 60 + 30, foyer);
  lc_test_timeline_item_rect (coffee, &rect);
  lc_test_timeline_item_rect (lunch, &target);
  scale = rect.size.height / 25;

  /* 17 minutes later, which snaps to 15, and over to the dining hall. */
  x = center_x (&rect);
  y = rect.origin.y + rect.size.height / 3;
  dx = center_x (&target) - x;
  dy = 17 * scale;
  g_assert_true (lc_timeline_drag_begin (timeline, x, y));
  lc_timeline_drag_update (timeline, dx / 2, dy / 2);
  lc_timeline_drag_update (timeline, dx, dy);
  text = lc_timeline_dup_drag_text (timeline);
  {
    /* In the digits the user reads (Arabic-Indic in the Arabic run). */
    g_autofree char *expected = lc_ui_localise ("10:20 – 10:45");

    g_assert_cmpstr (text, ==, expected);
  }
  shot = lc_test_ui_screenshot (window, "timeline-drag");
  /* Nothing is stored before the drop. */
  lc_test_timeline_assert_stored (coffee, 10 * 60 + 5, 10 * 60 + 30, foyer);
  lc_timeline_drag_end (timeline, dx, dy);

  lc_test_timeline_assert_stored (coffee, 10 * 60 + 20, 10 * 60 + 45, dining);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (undo), ==, n_undo + 1);
  lc_test_timeline_assert_undo_label (_("Move Item"));
  g_assert_cmpuint (n_activated, ==, 0);
  /* The block follows. */
  lc_test_timeline_item_rect (coffee, &rect);
  g_assert_cmpint (lc_timeline_get_minute_at (timeline, rect.origin.y), ==, 10 * 60 + 20);
  g_assert_cmpint (lc_timeline_get_room_at (timeline, center_x (&rect)), ==, dining);

  lc_test_timeline_undo_once ();
  lc_test_timeline_assert_stored (coffee, 10 * 60 + 5, 10 * 60 + 30, foyer);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (undo), ==, n_undo);
}

static void
test_drag_resize (void)
{
  LcRecord *session = lc_test_timeline_find_item (LC_TEST_DAY_1, "Regional trends in learning cities");
  gint64 hall = lc_test_timeline_room_id ("Main Hall");
  guint n_undo = lc_undo_stack_get_n_undo (undo);
  graphene_rect_t rect;
  double x, y, scale;

  lc_test_timeline_show_day (LC_TEST_DAY_1);
  lc_test_timeline_assert_stored (session, 11 * 60 + 30, 12 * 60 + 15, hall);
  lc_test_timeline_item_rect (session, &rect);
  scale = rect.size.height / 45;
  x = center_x (&rect);
  y = rect.origin.y + rect.size.height - 2;

  /* The lower edge, 23 minutes down: 12:38, snapped to 12:40. */
  g_assert_true (lc_timeline_drag_begin (timeline, x, y));
  lc_timeline_drag_update (timeline, 0, 23 * scale);
  lc_timeline_drag_end (timeline, 0, 23 * scale);
  lc_test_timeline_assert_stored (session, 11 * 60 + 30, 12 * 60 + 40, hall);
  lc_test_timeline_assert_undo_label (_("Change Item End"));
  g_assert_cmpuint (lc_undo_stack_get_n_undo (undo), ==, n_undo + 1);
  lc_test_timeline_undo_once ();
  lc_test_timeline_assert_stored (session, 11 * 60 + 30, 12 * 60 + 15, hall);

  /* Pulled far above its start, it keeps 5 minutes. */
  g_assert_true (lc_timeline_drag_begin (timeline, x, y));
  lc_timeline_drag_update (timeline, 0, -200 * scale);
  lc_timeline_drag_end (timeline, 0, -200 * scale);
  lc_test_timeline_assert_stored (session, 11 * 60 + 30, 11 * 60 + 35, hall);
  lc_test_timeline_undo_once ();
  lc_test_timeline_assert_stored (session, 11 * 60 + 30, 12 * 60 + 15, hall);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (undo), ==, n_undo);
}

static void
test_drag_limits (void)
{
  LcRecord *opening = lc_test_timeline_find_item (LC_TEST_DAY_1, "Opening session");
  gint64 hall = lc_test_timeline_room_id ("Main Hall");
  graphene_rect_t rect;
  double scale;

  lc_test_timeline_show_day (LC_TEST_DAY_1);
  lc_test_timeline_item_rect (opening, &rect);
  scale = rect.size.height / 45;

  /* Not before midnight… */
  g_assert_true (lc_timeline_drag_begin (timeline, center_x (&rect), rect.origin.y + 5));
  lc_timeline_drag_update (timeline, 0, -12 * 60 * scale);
  lc_timeline_drag_end (timeline, 0, -12 * 60 * scale);
  lc_test_timeline_assert_stored (opening, 0, 45, hall);
  lc_test_timeline_undo_once ();

  /* …nor past midnight. */
  lc_test_timeline_item_rect (opening, &rect);
  g_assert_true (lc_timeline_drag_begin (timeline, center_x (&rect), rect.origin.y + 5));
  lc_timeline_drag_update (timeline, 0, 20 * 60 * scale);
  lc_timeline_drag_end (timeline, 0, 20 * 60 * scale);
  lc_test_timeline_assert_stored (opening, 24 * 60 - 45, 24 * 60, hall);
  lc_test_timeline_undo_once ();
  lc_test_timeline_assert_stored (opening, 9 * 60, 9 * 60 + 45, hall);
}

static void
test_click_and_escape (void)
{
  LcRecord *lunch = lc_test_timeline_find_item (LC_TEST_DAY_1, "Lunch");
  gint64 dining = lc_test_timeline_room_id ("Dining Hall");
  guint n_undo = lc_undo_stack_get_n_undo (undo);
  g_autofree char *dragging = NULL;
  graphene_rect_t rect;
  double x, y, scale;

  lc_test_timeline_show_day (LC_TEST_DAY_1);
  lc_test_timeline_item_rect (lunch, &rect);
  scale = rect.size.height / 60;
  x = center_x (&rect);
  y = rect.origin.y + 10;

  /* A click activates and changes nothing. */
  n_activated = 0;
  g_assert_true (lc_timeline_drag_begin (timeline, x, y));
  lc_timeline_drag_update (timeline, 1, 1);
  lc_timeline_drag_end (timeline, 1, 1);
  g_assert_cmpuint (n_activated, ==, 1);
  g_assert_cmpint (activated_id, ==, lc_record_get_id (lunch));
  g_assert_cmpuint (lc_undo_stack_get_n_undo (undo), ==, n_undo);

  /* Nothing under the pointer: no drag. */
  g_assert_false (lc_timeline_drag_begin (timeline, x, rect.origin.y + rect.size.height + 3 * scale));

  /* Escape puts the block back, and the release then does nothing. */
  n_activated = 0;
  g_assert_true (lc_timeline_drag_begin (timeline, x, y));
  lc_timeline_drag_update (timeline, 0, 30 * scale);
  dragging = lc_timeline_dup_drag_text (timeline);
  g_assert_nonnull (dragging);
  g_assert_true (lc_timeline_key_pressed (timeline, GDK_KEY_Escape, 0));
  g_assert_null (lc_timeline_dup_drag_text (timeline));
  lc_timeline_drag_end (timeline, 0, 30 * scale);
  lc_test_timeline_assert_stored (lunch, 13 * 60 + 45, 14 * 60 + 45, dining);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (undo), ==, n_undo);
  g_assert_cmpuint (n_activated, ==, 0);

  /* Dragged away and back: no edit at all. */
  g_assert_true (lc_timeline_drag_begin (timeline, x, y));
  lc_timeline_drag_update (timeline, 0, 30 * scale);
  lc_timeline_drag_end (timeline, 0, 0);
  lc_test_timeline_assert_stored (lunch, 13 * 60 + 45, 14 * 60 + 45, dining);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (undo), ==, n_undo);
  g_assert_cmpuint (n_activated, ==, 0);
}

static gboolean
scrolled_down (gpointer data)
{
  return gtk_adjustment_get_value (data) > 50;
}

static void
test_autoscroll (void)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (timeline));
  LcRecord *opening = lc_test_timeline_find_item (LC_TEST_DAY_1, "Opening session");
  int height = gtk_widget_get_height (GTK_WIDGET (timeline));
  guint n_undo = lc_undo_stack_get_n_undo (undo);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  graphene_rect_t rect;
  double x, y;

  lc_test_timeline_show_day (LC_TEST_DAY_1);
  gtk_adjustment_set_value (vadjustment, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), >, height + 100);
  lc_test_timeline_item_rect (opening, &rect);
  x = center_x (&rect);
  y = rect.origin.y + 5;

  /* Held at the lower edge, the grid scrolls and the block goes with it. */
  g_assert_true (lc_timeline_drag_begin (timeline, x, y));
  lc_timeline_drag_update (timeline, 0, height - 4 - y);
  before = lc_timeline_dup_drag_text (timeline);
  lc_test_ui_wait_until (scrolled_down, vadjustment, 5000);
  after = lc_timeline_dup_drag_text (timeline);
  g_assert_cmpstr (before, <, after);

  g_assert_true (lc_timeline_key_pressed (timeline, GDK_KEY_Escape, 0));
  lc_test_timeline_assert_stored (opening, 9 * 60, 9 * 60 + 45, lc_test_timeline_room_id ("Main Hall"));
  g_assert_cmpuint (lc_undo_stack_get_n_undo (undo), ==, n_undo);
  gtk_adjustment_set_value (vadjustment, 0);
}

static void
test_keyboard (void)
{
  LcRecord *opening = lc_test_timeline_find_item (LC_TEST_DAY_1, "Opening session");
  LcRecord *presentation = lc_test_timeline_find_item (LC_TEST_DAY_1, "Yanbu Industrial City presentation");
  LcRecord *coffee = lc_test_timeline_find_item (LC_TEST_DAY_1, "Coffee break");
  gint64 foyer = lc_test_timeline_room_id ("Foyer");
  guint towards_end = lc_test_ui_is_arabic () ? GDK_KEY_Left : GDK_KEY_Right;
  guint towards_start = lc_test_ui_is_arabic () ? GDK_KEY_Right : GDK_KEY_Left;
  guint n_undo = lc_undo_stack_get_n_undo (undo);

  lc_test_timeline_show_day (LC_TEST_DAY_1);
  lc_timeline_focus_item (timeline, lc_record_get_id (opening));
  g_assert_cmpint (lc_timeline_get_focus_item (timeline), ==, lc_record_get_id (opening));

  /* Down: the next item in the same room. */
  g_assert_true (lc_timeline_key_pressed (timeline, GDK_KEY_Down, 0));
  g_assert_cmpint (lc_timeline_get_focus_item (timeline), ==, lc_record_get_id (presentation));
  /* Towards the end edge: the next room's item nearest in time; the first
   * room has nothing before it. */
  g_assert_true (lc_timeline_key_pressed (timeline, towards_end, 0));
  g_assert_cmpint (lc_timeline_get_focus_item (timeline), ==, lc_record_get_id (coffee));
  g_assert_true (lc_timeline_key_pressed (timeline, towards_start, 0));
  g_assert_cmpint (lc_timeline_get_focus_item (timeline), ==, lc_record_get_id (presentation));
  g_assert_true (lc_timeline_key_pressed (timeline, towards_start, 0));
  g_assert_cmpint (lc_timeline_get_focus_item (timeline), ==, lc_record_get_id (presentation));
  g_assert_true (lc_timeline_key_pressed (timeline, towards_end, 0));

  n_activated = 0;
  g_assert_true (lc_timeline_key_pressed (timeline, GDK_KEY_Return, 0));
  g_assert_cmpuint (n_activated, ==, 1);
  g_assert_cmpint (activated_id, ==, lc_record_get_id (coffee));

  /* Alt+Down moves by 5 minutes; Alt+Shift+Down moves the end; one step each. */
  g_assert_true (lc_timeline_key_pressed (timeline, GDK_KEY_Down, GDK_ALT_MASK));
  lc_test_timeline_assert_stored (coffee, 10 * 60 + 10, 10 * 60 + 35, foyer);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (undo), ==, n_undo + 1);
  g_assert_true (lc_timeline_key_pressed (timeline, GDK_KEY_Down, GDK_ALT_MASK | GDK_SHIFT_MASK));
  lc_test_timeline_assert_stored (coffee, 10 * 60 + 10, 10 * 60 + 40, foyer);
  lc_test_timeline_assert_undo_label (_("Change Item End"));
  /* Alt towards the end is left to Back; Shift+Alt: the next room, the dining hall. */
  g_assert_false (lc_timeline_key_pressed (timeline, towards_end, GDK_ALT_MASK));
  g_assert_true (lc_timeline_key_pressed (timeline, towards_end, GDK_ALT_MASK | GDK_SHIFT_MASK));
  lc_test_timeline_assert_stored (coffee, 10 * 60 + 10, 10 * 60 + 40, lc_test_timeline_room_id ("Dining Hall"));
  g_assert_cmpint (lc_timeline_get_focus_item (timeline), ==, lc_record_get_id (coffee));
  lc_test_timeline_undo_once ();
  lc_test_timeline_undo_once ();
  lc_test_timeline_undo_once ();
  lc_test_timeline_assert_stored (coffee, 10 * 60 + 5, 10 * 60 + 30, foyer);

  g_assert_true (lc_timeline_key_pressed (timeline, GDK_KEY_Home, 0));
  g_assert_cmpint (lc_timeline_get_focus_item (timeline), ==, lc_record_get_id (opening));
  g_assert_true (lc_timeline_key_pressed (timeline, GDK_KEY_End, 0));
  g_assert_cmpint (lc_timeline_get_focus_item (timeline), ==,
                   lc_record_get_id (lc_test_timeline_find_item (LC_TEST_DAY_1, "Close of day 1: summary of the day")));
  g_assert_false (lc_timeline_key_pressed (timeline, GDK_KEY_a, 0));
}

static void
test_tooltip (void)
{
  LcRecord *session = lc_test_timeline_find_item (LC_TEST_DAY_1, "Regional trends in learning cities");
  LcRecord *room = lc_convention_model_lookup (model, LC_TYPE_ROOM, lc_record_get_int (session, "room-id"));
  g_autoptr(GPtrArray) people = lc_convention_model_get_item_participations (model, lc_record_get_id (session));
  g_autofree char *tooltip = NULL;
  g_autofree char *title = g_markup_escape_text (lc_ui_text (session, "title", NULL), -1);
  g_autofree char *room_name = g_markup_escape_text (lc_ui_text (room, "name", NULL), -1);

  lc_test_timeline_show_day (LC_TEST_DAY_1);
  tooltip = lc_timeline_dup_tooltip (timeline, lc_record_get_id (session));
  g_assert_nonnull (tooltip);
  g_assert_true (pango_parse_markup (tooltip, -1, 0, NULL, NULL, NULL, NULL));
  g_assert_nonnull (strstr (tooltip, title));
  g_assert_nonnull (strstr (tooltip, room_name));
  {
    g_autofree char *time = lc_ui_localise ("11:30");
    g_assert_nonnull (strstr (tooltip, time));
  }
  {
    g_autofree char *time = lc_ui_localise ("12:15");
    g_assert_nonnull (strstr (tooltip, time));
  }

  /* Everyone on it, by name. */
  g_assert_cmpuint (people->len, >, 0);
  for (guint i = 0; i < people->len; i++)
    {
      LcRecord *person = lc_convention_model_lookup (model, LC_TYPE_PERSON,
                                                     lc_record_get_int (g_ptr_array_index (people, i), "person-id"));
      g_autofree char *name = g_markup_escape_text (lc_ui_text (person, "name", NULL), -1);

      g_assert_nonnull (strstr (tooltip, name));
    }

  /* No conflict, no warning. */
  g_assert_cmpuint (lc_timeline_get_item_conflicts (timeline, lc_record_get_id (session)), ==, 0);
  g_assert_null (strstr (tooltip, "⚠"));
}

static void
test_conflict (void)
{
  LcRecord *coffee = lc_test_timeline_find_item (LC_TEST_DAY_1, "Coffee break");
  LcRecord *presentation = lc_test_timeline_find_item (LC_TEST_DAY_1, "Yanbu Industrial City presentation");
  LcRecord *opening = lc_test_timeline_find_item (LC_TEST_DAY_1, "Opening session");
  g_autoptr(LcRecord) copy = lc_record_copy (coffee);
  g_autoptr(GError) error = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *shot = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *in_conflict = NULL;
  g_autofree char *heading = NULL;
  graphene_rect_t a, b, full;
  LcConflictList *conflicts;
  GPtrArray *mine;

  lc_test_timeline_show_day (LC_TEST_DAY_1);
  g_assert_cmpuint (lc_timeline_get_item_conflicts (timeline, lc_record_get_id (coffee)), ==, 0);

  /* The coffee break in the main hall from 10:00 overlaps the presentation. */
  lc_record_set_int (copy, "room-id", lc_test_timeline_room_id ("Main Hall"));
  lc_record_set_int (copy, "start-minute", 10 * 60);
  g_assert_true (lc_undo_stack_update (undo, copy, "test", &error));
  g_assert_no_error (error);

  g_assert_cmpuint (lc_timeline_get_item_conflicts (timeline, lc_record_get_id (coffee)), >, 0);
  g_assert_cmpuint (lc_timeline_get_item_conflicts (timeline, lc_record_get_id (presentation)), >, 0);
  g_assert_cmpuint (lc_timeline_get_item_conflicts (timeline, lc_record_get_id (opening)), ==, 0);

  /* Side by side in the room's column, each half as wide. */
  lc_test_timeline_item_rect (coffee, &a);
  lc_test_timeline_item_rect (presentation, &b);
  lc_test_timeline_item_rect (opening, &full);
  g_assert_cmpfloat_with_epsilon (a.size.width, full.size.width / 2, 0.01);
  g_assert_cmpfloat_with_epsilon (b.size.width, full.size.width / 2, 0.01);
  g_assert_false (graphene_rect_intersection (&a, &b, NULL));

  /* The tooltip says it in words. */
  conflicts = lc_convention_model_get_conflicts (model);
  mine = lc_conflict_list_get_for_item (conflicts, lc_record_get_id (coffee));
  g_assert_nonnull (mine);
  tooltip = lc_timeline_dup_tooltip (timeline, lc_record_get_id (coffee));
  g_assert_true (pango_parse_markup (tooltip, -1, 0, NULL, NULL, NULL, NULL));
  for (guint i = 0; i < mine->len; i++)
    {
      g_autofree char *sentence = lc_conflict_describe (model, g_ptr_array_index (mine, i));
      g_autofree char *escaped = g_markup_escape_text (sentence, -1);

      g_assert_nonnull (strstr (tooltip, escaped));
    }
  g_assert_nonnull (strstr (tooltip, lc_ui_text (coffee, "title", NULL)));
  summary = lc_timeline_dup_summary (timeline);
  in_conflict = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item is in conflict.",
                                              "%u items are in conflict.", 2), 2);
  g_assert_nonnull (strstr (summary, in_conflict));
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u conflict:", "%u conflicts:", mine->len), mine->len);
  g_assert_nonnull (strstr (tooltip, heading));

  /* Scrolled into view, with the keyboard's focus ring on the presentation. */
  lc_timeline_focus_item (timeline, lc_record_get_id (presentation));
  gtk_widget_grab_focus (GTK_WIDGET (timeline));
  gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
  g_assert_cmpint (lc_timeline_get_focus_item (timeline), ==, lc_record_get_id (presentation));
  shot = lc_test_ui_screenshot (window, "timeline-conflict");

  lc_test_timeline_undo_once ();
  g_assert_cmpuint (lc_timeline_get_item_conflicts (timeline, lc_record_get_id (coffee)), ==, 0);
  g_assert_cmpuint (lc_timeline_get_item_conflicts (timeline, lc_record_get_id (presentation)), ==, 0);
}

static void
test_follows_model (void)
{
  LcRecord *session = lc_test_timeline_find_item (LC_TEST_DAY_1, "Regional trends in learning cities");
  g_autoptr(LcRecord) copy = lc_record_copy (session);
  g_autoptr(LcRecord) room = g_object_new (LC_TYPE_ROOM, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *date = lc_format_date (LC_TEST_DAY_1);
  g_autofree char *shot = NULL;
  graphene_rect_t before, after;

  lc_test_timeline_show_day (LC_TEST_DAY_1);
  lc_test_timeline_item_rect (session, &before);

  /* Edited elsewhere: the block takes the new end. */
  lc_record_set_int (copy, "end-minute", 13 * 60);
  g_assert_true (lc_undo_stack_update (undo, copy, "test", &error));
  lc_test_timeline_item_rect (session, &after);
  g_assert_cmpfloat_with_epsilon (after.size.height, before.size.height * 90 / 45, 0.01);
  lc_test_timeline_undo_once ();

  /* Moved to the other day: gone from this one. */
  g_clear_object (&copy);
  copy = lc_record_copy (session);
  lc_record_set_string (copy, "day", LC_TEST_DAY_2);
  g_assert_true (lc_undo_stack_update (undo, copy, "test", &error));
  g_assert_cmpuint (lc_timeline_get_n_items (timeline), ==, 13);
  g_assert_false (lc_timeline_get_item_rect (timeline, lc_record_get_id (session), &after));
  lc_test_timeline_undo_once ();
  g_assert_cmpuint (lc_timeline_get_n_items (timeline), ==, 14);

  /* A new room is a new column. */
  lc_record_set_int (room, "convention-id", lc_convention_model_get_id (model));
  lc_record_set_text (room, "name", "قاعة", "Hall B");
  lc_record_set_int (room, "position", 10);
  g_assert_true (lc_undo_stack_insert (undo, room, "test", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lc_timeline_get_n_columns (timeline), ==, 6);
  lc_test_timeline_undo_once ();
  g_assert_cmpuint (lc_timeline_get_n_columns (timeline), ==, 5);

  /* The day in words, for screen readers. */
  summary = lc_timeline_dup_summary (timeline);
  g_assert_nonnull (strstr (summary, date));
  g_assert_nonnull (strstr (summary, "14"));
  {
    g_autofree char *time = lc_ui_localise ("09:00");
    g_assert_nonnull (strstr (summary, time));
  }
  {
    g_autofree char *time = lc_ui_localise ("19:00");
    g_assert_nonnull (strstr (summary, time));
  }

  /* A day with nothing on it. */
  lc_test_timeline_show_day ("2023-05-12");
  g_assert_cmpuint (lc_timeline_get_n_items (timeline), ==, 0);
  g_assert_cmpuint (lc_timeline_get_n_columns (timeline), ==, 5);
  shot = lc_test_ui_screenshot (window, "timeline-empty");
}

static void
test_screenshots (void)
{
  g_autofree char *day1 = NULL;
  g_autofree char *day2 = NULL;
  g_autofree char *dark = NULL;
  g_autofree char *narrow = NULL;

  lc_test_timeline_show_day (LC_TEST_DAY_1);
  day1 = lc_test_ui_screenshot (window, "timeline-day1");
  lc_test_timeline_show_day (LC_TEST_DAY_2);
  day2 = lc_test_ui_screenshot (window, "timeline-day2");
  g_assert_true (g_file_test (day1, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (day2, G_FILE_TEST_EXISTS));

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  lc_test_ui_settle ();
  dark = lc_test_ui_screenshot (window, "timeline-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* Narrow: the columns keep their width and scroll under the hours. */
  gtk_window_set_default_size (GTK_WINDOW (window), 420, 600);
  lc_test_ui_settle ();
  lc_test_timeline_show_day (LC_TEST_DAY_1);
  narrow = lc_test_ui_screenshot (window, "timeline-narrow");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (timeline)), <, 450);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  lc_test_ui_settle ();
}

int
main (int   argc,
      char *argv[])
{
  LcTestTimeline *fixture = lc_test_timeline_init (&argc, &argv);

  model = fixture->model;
  undo = fixture->undo;
  window = fixture->window;
  timeline = fixture->timeline;
  g_signal_connect (timeline, "item-activated", G_CALLBACK (on_item_activated), NULL);

  g_test_add_func ("/timeline/geometry", test_geometry);
  g_test_add_func ("/timeline/drag-move", test_drag_move);
  g_test_add_func ("/timeline/drag-resize", test_drag_resize);
  g_test_add_func ("/timeline/drag-limits", test_drag_limits);
  g_test_add_func ("/timeline/click-and-escape", test_click_and_escape);
  g_test_add_func ("/timeline/autoscroll", test_autoscroll);
  g_test_add_func ("/timeline/keyboard", test_keyboard);
  g_test_add_func ("/timeline/tooltip", test_tooltip);
  g_test_add_func ("/timeline/conflict", test_conflict);
  g_test_add_func ("/timeline/follows-model", test_follows_model);
  g_test_add_func ("/timeline/screenshots", test_screenshots);

  return lc_test_timeline_run ();
}
