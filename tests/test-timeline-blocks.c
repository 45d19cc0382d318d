/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lc-models.h"
#include "lc-test-timeline.h"
#include "lc-test-ui.h"
#include "lc-timeline-private.h"
#include "lc-util.h"

/*
 * The timeline's blocks as a screen reader and the keyboard meet them,
 * in English and in Arabic: each item is a focusable button whose name
 * says its time, title, room and conflicts; the keyboard's focus is the
 * window's and stays with an item through edits; and the times on a block
 * read from start to end whatever the script of its title.
 */

static LcTestTimeline *fixture;
static gint64 activated;

static void
on_item_activated (LcTimeline *timeline,
                   gint64      item_id,
                   gpointer    user_data)
{
  activated = item_id;
}

static GtkWidget *
block_of (LcRecord *item)
{
  GtkWidget *block = lc_timeline_get_item_block (fixture->timeline, lc_record_get_id (item));

  g_assert_true (LC_IS_TIMELINE_BLOCK (block));
  return block;
}

static const char *
room_name (LcRecord *item)
{
  LcRecord *room = lc_convention_model_lookup (fixture->model, LC_TYPE_ROOM, lc_record_get_int (item, "room-id"));

  return room ? lc_ui_text (room, "name", NULL) : _("No room");
}

/* What a screen reader says for the block holds the item's times (as
 * stored), its title and its room. */
static void
assert_says_item (GtkWidget *block,
                  LcRecord  *item)
{
  g_autofree char *label = lc_test_ui_dup_accessible_label (block);
  g_autofree char *from = lc_test_ui_clock (lc_record_get_int (item, "start-minute"));
  g_autofree char *to = lc_test_ui_clock (lc_record_get_int (item, "end-minute"));
  const char *title = lc_ui_text (item, "title", NULL);

  g_test_message ("“%s”", label);
  if (strstr (label, from) == NULL || strstr (label, to) == NULL || strstr (label, title) == NULL
      || strstr (label, room_name (item)) == NULL)
    g_error ("the block of “%s” (%s–%s, %s) is called “%s”", title, from, to, room_name (item), label);
  g_assert_true (strstr (label, from) < strstr (label, to));
}

static void
test_accessible_blocks (void)
{
  GtkWidget *timeline = GTK_WIDGET (fixture->timeline);
  int previous_start = 0;
  guint n = 0;

  lc_test_timeline_show_day (LC_TEST_DAY_1);

  /* Every item of the day is a child a screen reader reaches, in time order. */
  for (GtkWidget *child = gtk_widget_get_first_child (timeline); child; child = gtk_widget_get_next_sibling (child))
    {
      LcRecord *item = LC_RECORD (lc_timeline_block_get_item (LC_TIMELINE_BLOCK (child)));
      graphene_rect_t bounds, slot;

      g_assert_true (LC_IS_TIMELINE_BLOCK (child));
      g_assert_cmpstr (lc_record_get_string (item, "day"), ==, LC_TEST_DAY_1);
      g_assert_true (gtk_widget_get_focusable (child));
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (child)), ==, GTK_ACCESSIBLE_ROLE_BUTTON);
      g_assert_cmpint (lc_record_get_int (item, "start-minute"), >=, previous_start);
      previous_start = lc_record_get_int (item, "start-minute");
      assert_says_item (child, item);

      /* The widget is where its item is drawn. */
      g_assert_true (gtk_widget_compute_bounds (child, timeline, &bounds));
      lc_test_timeline_item_rect (item, &slot);
      g_assert_cmpfloat (fabs (bounds.origin.x - slot.origin.x), <=, 1);
      g_assert_cmpfloat (fabs (bounds.origin.y - slot.origin.y), <=, 1);
      g_assert_cmpfloat (fabs (bounds.size.height - slot.size.height), <=, 1);
      n++;
    }
  g_assert_cmpuint (n, ==, 14);

  /* The next day: other items, the same number of widgets at most. */
  lc_test_timeline_show_day (LC_TEST_DAY_2);
  n = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (timeline); child; child = gtk_widget_get_next_sibling (child))
    {
      LcRecord *item = LC_RECORD (lc_timeline_block_get_item (LC_TIMELINE_BLOCK (child)));

      g_assert_cmpstr (lc_record_get_string (item, "day"), ==, LC_TEST_DAY_2);
      assert_says_item (child, item);
      n++;
    }
  g_assert_cmpuint (n, ==, 13);
  lc_test_timeline_show_day (LC_TEST_DAY_1);
}

static void
test_says_conflicts (void)
{
  LcRecord *coffee = lc_test_timeline_find_item (LC_TEST_DAY_1, "Coffee break");
  g_autoptr(LcRecord) copy = lc_record_copy (coffee);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *during = NULL;
  g_autofree char *after = NULL;
  g_autofree char *count = NULL;
  g_autofree char *words = NULL;
  guint n;

  lc_test_timeline_show_day (LC_TEST_DAY_1);
  before = lc_test_ui_dup_accessible_label (block_of (coffee));

  /* Into the main hall at 10:00, over the presentation. */
  lc_record_set_int (copy, "room-id", lc_test_timeline_room_id ("Main Hall"));
  lc_record_set_int (copy, "start-minute", 10 * 60);
  g_assert_true (lc_undo_stack_update (fixture->undo, copy, "test", &error));
  g_assert_no_error (error);
  n = lc_timeline_get_item_conflicts (fixture->timeline, lc_record_get_id (coffee));
  g_assert_cmpuint (n, >, 0);
  gtk_test_widget_wait_for_draw (fixture->window);

  during = lc_test_ui_dup_accessible_label (block_of (coffee));
  assert_says_item (block_of (coffee), coffee);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u conflict", "%u conflicts", n), n);
  words = lc_ui_localise (count);
  g_assert_nonnull (strstr (during, words));
  g_assert_null (strstr (before, words));

  lc_test_timeline_undo_once ();
  after = lc_test_ui_dup_accessible_label (block_of (coffee));
  g_assert_cmpstr (after, ==, before);
}

static GtkWidget *
window_focus (void)
{
  return gtk_window_get_focus (GTK_WINDOW (fixture->window));
}

static void
test_focus (void)
{
  LcRecord *opening = lc_test_timeline_find_item (LC_TEST_DAY_1, "Opening session");
  LcRecord *presentation = lc_test_timeline_find_item (LC_TEST_DAY_1, "Yanbu Industrial City presentation");
  LcRecord *coffee = lc_test_timeline_find_item (LC_TEST_DAY_1, "Coffee break");
  LcTimeline *timeline = fixture->timeline;
  g_autoptr(LcRecord) away = lc_record_copy (presentation);
  g_autoptr(GError) error = NULL;
  GtkWidget *block;

  lc_test_timeline_show_day (LC_TEST_DAY_1);
  gtk_widget_grab_focus (fixture->before);
  lc_timeline_focus_item (timeline, lc_record_get_id (opening));
  /* Remembered, but the window's focus is not taken. */
  g_assert_true (window_focus () == fixture->before);

  /* Tab: into the timeline, on the block remembered. */
  g_assert_true (gtk_widget_child_focus (fixture->window, GTK_DIR_TAB_FORWARD));
  g_assert_true (window_focus () == block_of (opening));

  /* The arrows move the window's focus, so screen readers follow. */
  g_assert_true (lc_timeline_key_pressed (timeline, GDK_KEY_Down, 0));
  g_assert_true (window_focus () == block_of (presentation));
  g_assert_cmpint (lc_timeline_get_focus_item (timeline), ==, lc_record_get_id (presentation));

  /* An edit keeps the focus on the item's widget, which says the new time. */
  block = block_of (presentation);
  g_assert_true (lc_timeline_key_pressed (timeline, GDK_KEY_Down, GDK_ALT_MASK));
  gtk_test_widget_wait_for_draw (fixture->window);
  g_assert_true (block_of (presentation) == block);
  g_assert_true (window_focus () == block);
  {
    g_autoptr(LcRecord) now = lc_store_get (fixture->store, LC_TYPE_ITEM, lc_record_get_id (presentation), NULL);

    assert_says_item (block, now);
  }
  lc_test_timeline_undo_once ();
  gtk_test_widget_wait_for_draw (fixture->window);
  g_assert_true (window_focus () == block);

  /* The item leaves the day: the focus goes to the block that took its
   * place, and stays in the timeline. */
  lc_record_set_string (away, "day", LC_TEST_DAY_2);
  g_assert_true (lc_undo_stack_update (fixture->undo, away, "test", &error));
  g_assert_no_error (error);
  g_assert_null (lc_timeline_get_item_block (timeline, lc_record_get_id (presentation)));
  g_assert_true (window_focus () == block_of (coffee));
  g_assert_cmpint (lc_timeline_get_focus_item (timeline), ==, lc_record_get_id (coffee));
  lc_test_timeline_undo_once ();
  gtk_test_widget_wait_for_draw (fixture->window);
  g_assert_true (window_focus () == block_of (coffee));

  /* One Tab stop: Tab leaves the timeline from any block… */
  g_assert_true (gtk_widget_child_focus (fixture->window, GTK_DIR_TAB_FORWARD));
  g_assert_false (LC_IS_TIMELINE_BLOCK (window_focus ()));
  /* …and Shift+Tab comes back to the same block. */
  gtk_widget_grab_focus (fixture->before);
  g_assert_true (gtk_widget_child_focus (fixture->window, GTK_DIR_TAB_FORWARD));
  g_assert_true (window_focus () == block_of (coffee));
  g_assert_true (gtk_widget_child_focus (fixture->window, GTK_DIR_TAB_BACKWARD));
  g_assert_true (window_focus () == fixture->before);

  /* With the keyboard in use, the focused block shows its ring. */
  g_assert_true (gtk_widget_child_focus (fixture->window, GTK_DIR_TAB_FORWARD));
  gtk_window_set_focus_visible (GTK_WINDOW (fixture->window), TRUE);
  g_assert_true (gtk_widget_has_visible_focus (block_of (coffee)));

  /* Activating the block (Enter, Space) opens its item… */
  activated = 0;
  g_assert_true (gtk_widget_activate (block_of (coffee)));
  g_assert_cmpint (activated, ==, lc_record_get_id (coffee));
  /* …and so does the action GTK offers screen readers over AT-SPI. */
  activated = 0;
  g_assert_true (gtk_widget_activate_action (block_of (opening), "block.activate", NULL));
  g_assert_cmpint (activated, ==, lc_record_get_id (opening));
}

/* Where the first character of @time stands across @layout. */
static double
time_x (PangoLayout *layout,
        const char  *time)
{
  const char *text = pango_layout_get_text (layout);
  const char *found = strstr (text, time);
  PangoRectangle pos;

  if (found == NULL)
    g_error ("“%s” does not show “%s”", text, time);
  pango_layout_index_to_pos (layout, (int) (found - text), &pos);
  /* A character of a right-to-left run has a negative width. */
  return (pos.x + pos.width / 2.0) / PANGO_SCALE;
}

/* The start time is read first: on the left in English, on the right in
 * Arabic, as in the agenda list and the printed agenda. */
static void
assert_reads_in_order (PangoLayout *layout,
                       int          start,
                       int          end)
{
  g_autofree char *from = lc_test_ui_clock (start);
  g_autofree char *to = lc_test_ui_clock (end);
  double from_x = time_x (layout, from);
  double to_x = time_x (layout, to);

  g_assert_false (pango_layout_is_ellipsized (layout));
  if (lc_test_ui_is_arabic ())
    g_assert_cmpfloat (from_x, >, to_x);
  else
    g_assert_cmpfloat (from_x, <, to_x);
}

static void
check_bidi (const char *title,
            const char *room)
{
  g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
  g_autoptr(LcRecord) longer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PangoLayout) first = NULL;
  g_autoptr(PangoLayout) second = NULL;
  g_autoptr(PangoLayout) title_layout = NULL;
  g_autoptr(PangoLayout) meta = NULL;

  /* A quarter of an hour: one line, the title then the times. */
  lc_record_set_int (item, "convention-id", lc_convention_model_get_id (fixture->model));
  lc_record_set_int (item, "kind", LC_ITEM_KIND_SESSION);
  lc_record_set_string (item, "day", LC_TEST_DAY_1);
  lc_record_set_int (item, "start-minute", 11 * 60 + 30);
  lc_record_set_int (item, "end-minute", 11 * 60 + 45);
  lc_record_set_int (item, "room-id", lc_test_timeline_room_id (room));
  lc_record_set_text (item, "title", title, title);
  g_assert_true (lc_undo_stack_insert (fixture->undo, item, "test", &error));
  g_assert_no_error (error);
  gtk_test_widget_wait_for_draw (fixture->window);

  lc_timeline_block_layout_text (LC_TIMELINE_BLOCK (block_of (item)), &first, &second);
  g_assert_null (second);
  g_assert_nonnull (strstr (pango_layout_get_text (first), title));
  assert_reads_in_order (first, 11 * 60 + 30, 11 * 60 + 45);

  /* Three quarters: the times and the kind on a line under the title. */
  longer = lc_record_copy (item);
  lc_record_set_int (longer, "end-minute", 12 * 60 + 15);
  g_assert_true (lc_undo_stack_update (fixture->undo, longer, "test", &error));
  g_assert_no_error (error);
  gtk_test_widget_wait_for_draw (fixture->window);
  lc_timeline_block_layout_text (LC_TIMELINE_BLOCK (block_of (item)), &title_layout, &meta);
  g_assert_nonnull (meta);
  assert_reads_in_order (meta, 11 * 60 + 30, 12 * 60 + 15);

  lc_test_timeline_undo_once ();
  lc_test_timeline_undo_once ();
  g_assert_null (lc_timeline_get_item_block (fixture->timeline, lc_record_get_id (item)));
}

static void
test_bidi (void)
{
  lc_test_timeline_show_day (LC_TEST_DAY_1);
  /* The case: an Arabic title in an English window; and the
   * other way round. */
  check_bidi ("تقرير", "Foyer");
  check_bidi ("Report", "Foyer");
  /* A title that starts with digits, then Arabic. */
  check_bidi ("2030 رؤية", "Foyer");
}

int
main (int   argc,
      char *argv[])
{
  fixture = lc_test_timeline_init (&argc, &argv);
  g_signal_connect (fixture->timeline, "item-activated", G_CALLBACK (on_item_activated), NULL);

  g_test_add_func ("/timeline/blocks/accessible", test_accessible_blocks);
  g_test_add_func ("/timeline/blocks/conflicts", test_says_conflicts);
  g_test_add_func ("/timeline/blocks/focus", test_focus);
  g_test_add_func ("/timeline/blocks/bidi", test_bidi);

  return lc_test_timeline_run ();
}
