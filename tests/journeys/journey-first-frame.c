/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-agenda-page.h"
#include "lc-agenda-row.h"
#include "lc-convention-view.h"
#include "lc-generator.h"
#include "lc-journey.h"
#include "lc-models.h"
#include "lc-util.h"

/*
 * Opening a large convention: the agenda's first frame shows the rows in
 * view, filled, and measures few more (issue 17: GTK 4.8's list view
 * built and measured some 200 rows for it, half the work before the first
 * frame at 10,000 items). The rows held back then are shown a few frames
 * later; a person who jumps to the end sees the last item there.
 */

#define N_ITEMS 1000

/* The agenda rows whose labels GTK has measured (its own measure, wrapped):
 * what "measured" means here, whatever the rows say of themselves. */
static GHashTable *measured_rows;
static void (*label_measure) (GtkWidget *, GtkOrientation, int, int *, int *, int *, int *);

static void
noting_label_measure (GtkWidget      *label,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  GtkWidget *row = gtk_widget_get_ancestor (label, LC_TYPE_AGENDA_ROW);

  if (row != NULL)
    g_hash_table_add (measured_rows, row);
  label_measure (label, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

typedef struct
{
  GtkWidget *view;
  GtkWidget *list;
  gboolean   seen;        /* the first frame showing the agenda's rows */
  guint      n_rows;      /* rows built */
  guint      n_measured;  /* of those, with labels measured */
  guint      n_in_view;   /* rows the list shows */
  guint      n_held_in_view;
  guint      n_parts;     /* widgets inside the rows */
  guint      n_hidden;    /* of those, built but hidden */
  guint      n_filled;    /* rows filled with an item's texts by then */
} FirstFrame;

static gboolean
in_view (GtkWidget *row,
         GtkWidget *list)
{
  graphene_rect_t bounds;

  return gtk_widget_compute_bounds (row, list, &bounds)
         && bounds.origin.y < gtk_widget_get_height (list)
         && bounds.origin.y + bounds.size.height > 0;
}

/* Counts the list's rows: all, not held back, in view, held in view. */
static void
count_rows (GtkWidget *list,
            guint     *n_rows,
            guint     *n_measured,
            guint     *n_in_view,
            guint     *n_held_in_view)
{
  *n_rows = *n_measured = *n_in_view = *n_held_in_view = 0;
  for (GtkWidget *cell = gtk_widget_get_first_child (list); cell; cell = gtk_widget_get_next_sibling (cell))
    {
      GtkWidget *row = gtk_widget_get_first_child (cell);
      gboolean held;

      if (!LC_IS_AGENDA_ROW (row))
        continue;
      held = lc_agenda_row_get_held (LC_AGENDA_ROW (row));
      (*n_rows)++;
      *n_measured += g_hash_table_contains (measured_rows, row);
      if (gtk_widget_get_child_visible (cell) && in_view (row, list))
        {
          (*n_in_view)++;
          *n_held_in_view += held;
        }
    }
}

/* Whether a label under @root, shown when @root is, reads @text (a row
 * out of view is not mapped: lc_test_shows_text () would say no). */
static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child)
        && ((GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
            || has_label (child, text)))
      return TRUE;

  return FALSE;
}

/* Adds up the widgets under @widget, and those of them hidden. */
static void
count_parts (GtkWidget *widget,
             guint     *n_parts,
             guint     *n_hidden)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      (*n_parts)++;
      *n_hidden += !gtk_widget_get_visible (child);
      count_parts (child, n_parts, n_hidden);
    }
}

/* The widgets the rows are made of, and those made for nothing (hidden).
 * A held row's content is hidden as a whole: counted as shown. */
static void
count_rows_parts (GtkWidget *list,
                  guint     *n_parts,
                  guint     *n_hidden)
{
  *n_parts = *n_hidden = 0;
  for (GtkWidget *cell = gtk_widget_get_first_child (list); cell; cell = gtk_widget_get_next_sibling (cell))
    {
      GtkWidget *row = gtk_widget_get_first_child (cell);
      GtkWidget *content = row ? gtk_widget_get_first_child (row) : NULL;

      if (!LC_IS_AGENDA_ROW (row) || content == NULL)
        continue;
      (*n_parts)++;
      count_parts (content, n_parts, n_hidden);
    }
}

static void
on_after_paint (GdkFrameClock *clock,
                FirstFrame    *frame)
{
  GtkWidget *page;

  if (frame->seen)
    return;
  /* Found on screen: its first frame is the first one showing it. */
  page = lc_test_find_type (frame->view, LC_TYPE_AGENDA_PAGE);
  frame->list = page ? lc_test_find_type (page, GTK_TYPE_LIST_VIEW) : NULL;
  if (frame->list == NULL)
    return;
  count_rows (frame->list, &frame->n_rows, &frame->n_measured, &frame->n_in_view, &frame->n_held_in_view);
  count_rows_parts (frame->list, &frame->n_parts, &frame->n_hidden);
  frame->n_filled = lc_agenda_counts ()->items_shown;
  frame->seen = frame->n_in_view > 0;
}

/* The agenda row showing @item, if one is built. */
static LcAgendaRow *
row_showing (GtkWidget *list,
             gpointer   item)
{
  for (GtkWidget *cell = gtk_widget_get_first_child (list); cell; cell = gtk_widget_get_next_sibling (cell))
    {
      GtkWidget *row = gtk_widget_get_first_child (cell);

      if (LC_IS_AGENDA_ROW (row) && (gpointer) lc_agenda_row_get_item (LC_AGENDA_ROW (row)) == item)
        return LC_AGENDA_ROW (row);
    }

  return NULL;
}

static void
test_first_frame (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  LcConventionView *view = lc_window_get_convention_view (window);
  LcAgendaCounts *counts = lc_agenda_counts ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) first = NULL;
  g_autoptr(GObject) last = NULL;
  FirstFrame frame = { NULL };
  LcGeneratorSize size;
  GListModel *rows;
  LcAgendaRow *row;
  guint n_filled_before;
  gulong handler;
  gint64 id;

  frame.view = GTK_WIDGET (view);
  n_filled_before = counts->items_shown;
  measured_rows = g_hash_table_new (NULL, NULL);
  lc_generator_size_init (&size, N_ITEMS);
  id = lc_generator_create (lc_window_get_store (window), &size, 17, &error);
  g_assert_no_error (error);

  handler = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                              G_CALLBACK (on_after_paint), &frame);
  lc_window_open_convention (window, id);
  LC_TEST_WAIT (frame.seen, "the agenda's first frame");
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), handler);
  frame.n_filled -= n_filled_before;
  g_test_message ("first frame: %u rows built, %u measured, %u filled, %u in view; %u widgets in them, %u hidden",
                  frame.n_rows, frame.n_measured, frame.n_filled, frame.n_in_view, frame.n_parts, frame.n_hidden);

  /* Every row in view is shown, filled. */
  g_assert_cmpuint (frame.n_in_view, >=, 3);
  g_assert_cmpuint (frame.n_held_in_view, ==, 0);
  /* GTK builds its 200 rows; few more than those in view are measured
   * (placed by the nominal height of a held row, shorter than most, a few
   * more than end up shown are let go). */
  g_assert_cmpuint (frame.n_rows, >=, 200);
  g_assert_cmpuint (frame.n_measured, <=, 2 * frame.n_in_view + 4);
  /* Those 200 rows are made of what their items show: a part a row has
   * nothing to show in (a day's heading in an item's row, a language tag,
   * a conflict icon, a role without people) is not built hidden. Built
   * from a template, each row had some 20 widgets, 4 to 7 of them hidden. */
  g_assert_cmpuint (frame.n_hidden, <=, frame.n_rows / 4);
  g_assert_cmpuint (frame.n_parts, <=, 16 * frame.n_rows);
  /* Nor are the rows held back filled (texts, names, parts) before they
   * are let go: only about those in view. */
  g_assert_cmpuint (frame.n_filled, <=, 2 * frame.n_in_view + 4);

  /* Then the person clicks the first item and goes to the agenda's last
   * one with the keyboard: the row there shows its item. (Rows are let go
   * a few a frame; how many were still held by then is printed: on a busy
   * machine the click alone often takes longer than letting them all go.) */
  rows = lc_agenda_page_get_rows (LC_AGENDA_PAGE (gtk_widget_get_ancestor (frame.list, LC_TYPE_AGENDA_PAGE)));
  first = g_list_model_get_item (rows, 1);
  g_assert_true (LC_IS_ITEM (first));
  row = row_showing (frame.list, first);
  g_assert_nonnull (row);
  lc_test_click (GTK_WIDGET (row));
  g_test_message ("End pressed with %u rows still held", counts->rows_held - counts->rows_let_go);
  lc_test_press ("End");
  last = g_list_model_get_item (rows, g_list_model_get_n_items (rows) - 1);
  LC_TEST_WAIT ((row = row_showing (frame.list, last)) != NULL && in_view (GTK_WIDGET (row), frame.list)
                && lc_test_shows_text (GTK_WIDGET (row), lc_agenda_row_get_title (row)),
                "the last item, shown");
  count_rows (frame.list, &frame.n_rows, &frame.n_measured, &frame.n_in_view, &frame.n_held_in_view);
  g_assert_cmpuint (frame.n_held_in_view, ==, 0);
  g_free (lc_test_ui_screenshot (GTK_WIDGET (window), "journey-first-frame-end"));

  /* And the rows held back are all shown a few frames later. */
  LC_TEST_WAIT (counts->rows_let_go == counts->rows_held, "the held rows to be shown");
  count_rows (frame.list, &frame.n_rows, &frame.n_measured, &frame.n_in_view, &frame.n_held_in_view);
  g_assert_cmpuint (frame.n_measured, ==, frame.n_rows);
  /* Each showing its item's title (the item's own, not what the row says
   * it shows: a row asked fills itself). */
  for (GtkWidget *cell = gtk_widget_get_first_child (frame.list); cell; cell = gtk_widget_get_next_sibling (cell))
    {
      GtkWidget *shown = gtk_widget_get_first_child (cell);
      LcItem *item = LC_IS_AGENDA_ROW (shown) ? lc_agenda_row_get_item (LC_AGENDA_ROW (shown)) : NULL;

      if (item != NULL)
        g_assert_true (has_label (shown, lc_ui_text (LC_RECORD (item), "title", NULL)));
    }

  lc_journey_close_window (window);
  g_clear_pointer (&measured_rows, g_hash_table_unref);
}

int
main (int argc, char *argv[])
{
  GtkWidgetClass *label_class;

  lc_journey_init (&argc, &argv);
  label_class = g_type_class_ref (GTK_TYPE_LABEL);
  label_measure = label_class->measure;
  label_class->measure = noting_label_measure;
  g_test_add_func ("/journey/first-frame/large-agenda", test_first_frame);
  return lc_journey_run ();
}
