/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-convention-io.h"
#include "lc-models.h"
#include "lc-test-timeline.h"
#include "lc-test-ui.h"
#include "lc-test-util.h"

static char *tmpdir;
static LcTestTimeline fixture;

/**
 * lc_test_timeline_init:
 *
 * Starts GTK with accessibility on (the tests read what screen readers are
 * told), imports the sample and shows its first day on a timeline.
 *
 * Returns: (transfer none): what the tests work on
 */
LcTestTimeline *
lc_test_timeline_init (int    *argc,
                       char ***argv)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *scrolled, *box;
  gint64 convention_id;

  /* Before GTK starts: with "none" (run-headless.sh) widgets have no
   * accessible context; "test" keeps one, without a bus. Another choice
   * ("atspi", to look with a screen reader's tools) is kept. */
  if (g_getenv ("GTK_A11Y") == NULL || g_str_equal (g_getenv ("GTK_A11Y"), "none"))
    g_setenv ("GTK_A11Y", "test", TRUE);
  lc_test_ui_init (argc, argv);

  fixture.store = lc_test_open_store (&tmpdir);
  convention_id = lc_convention_import_file (fixture.store, g_getenv ("LC_SAMPLE"), &error);
  g_assert_no_error (error);
  fixture.model = lc_convention_model_load (fixture.store, convention_id, &error);
  g_assert_no_error (error);
  fixture.undo = lc_undo_stack_new (fixture.store);

  fixture.timeline = LC_TIMELINE (lc_timeline_new ());
  lc_timeline_set_context (fixture.timeline, fixture.model, fixture.undo);
  scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (fixture.timeline));
  fixture.before = gtk_button_new_with_label ("Before");
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), fixture.before);
  gtk_box_append (GTK_BOX (box), scrolled);
  fixture.window = gtk_window_new ();
  gtk_window_set_title (GTK_WINDOW (fixture.window), "Timeline");
  gtk_window_set_child (GTK_WINDOW (fixture.window), box);
  gtk_window_set_default_size (GTK_WINDOW (fixture.window), 1100, 760);
  gtk_window_present (GTK_WINDOW (fixture.window));
  lc_timeline_set_day (fixture.timeline, LC_TEST_DAY_1);
  gtk_test_widget_wait_for_draw (fixture.window);

  return &fixture;
}

/** lc_test_timeline_run: Runs the tests added, then closes everything. */
int
lc_test_timeline_run (void)
{
  int status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (fixture.window));
  g_clear_object (&fixture.undo);
  g_clear_object (&fixture.model);
  g_clear_object (&fixture.store);
  lc_test_remove_tree (tmpdir);
  g_clear_pointer (&tmpdir, g_free);
  return status;
}

/** lc_test_timeline_find_item: Returns: (transfer none): the sample's item of that day and English title */
LcRecord *
lc_test_timeline_find_item (const char *day,
                            const char *title_en)
{
  GListModel *items = lc_convention_model_get_items (fixture.model);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (lc_record_get_string (item, "day"), day) == 0
          && g_strcmp0 (lc_record_get_string (item, "title-en"), title_en) == 0)
        return item;
    }

  g_error ("no item “%s” on %s", title_en, day);
}

/** lc_test_timeline_room_id: Returns: the id of the sample's room of that English name */
gint64
lc_test_timeline_room_id (const char *name_en)
{
  GListModel *rooms = lc_convention_model_get_rooms (fixture.model);

  for (guint i = 0; i < g_list_model_get_n_items (rooms); i++)
    {
      g_autoptr(LcRecord) room = g_list_model_get_item (rooms, i);

      if (g_strcmp0 (lc_record_get_string (room, "name-en"), name_en) == 0)
        return lc_record_get_id (room);
    }

  g_error ("no room “%s”", name_en);
}

/**
 * lc_test_timeline_assert_stored:
 *
 * Checks the item as stored, not as any widget shows it.
 */
void
lc_test_timeline_assert_stored (LcRecord *item,
                                int       start,
                                int       end,
                                gint64    room)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) record = lc_store_get (fixture.store, LC_TYPE_ITEM, lc_record_get_id (item), &error);

  g_assert_no_error (error);
  g_assert_cmpint (lc_record_get_int (record, "start-minute"), ==, start);
  g_assert_cmpint (lc_record_get_int (record, "end-minute"), ==, end);
  g_assert_cmpint (lc_record_get_int (record, "room-id"), ==, room);
}

void
lc_test_timeline_undo_once (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lc_undo_stack_undo (fixture.undo, &error));
  g_assert_no_error (error);
}

/** lc_test_timeline_assert_undo_label: Checks that the Undo menu item names the edit. */
void
lc_test_timeline_assert_undo_label (const char *edit)
{
  /* Translators: a menu item and toast button; %s is an edit, such as “Delete Item” */
  g_autofree char *expected = g_strdup_printf (_("Undo %s"), edit);

  g_assert_cmpstr (lc_undo_stack_get_undo_label (fixture.undo), ==, expected);
}

void
lc_test_timeline_item_rect (LcRecord        *item,
                            graphene_rect_t *rect)
{
  g_assert_true (lc_timeline_get_item_rect (fixture.timeline, lc_record_get_id (item), rect));
}

void
lc_test_timeline_show_day (const char *day)
{
  lc_timeline_set_day (fixture.timeline, day);
  gtk_test_widget_wait_for_draw (fixture.window);
  g_assert_cmpstr (lc_timeline_get_day (fixture.timeline), ==, day);
}
