/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-agenda-row-pacer.h"

/*
 * GTK 4.8's list view builds and measures 200 rows whatever the window
 * shows (GTK_LIST_VIEW_MAX_LIST_ITEMS in gtklistview.c), and measuring an
 * agenda row lays out its labels: at 10,000 items that was half of the
 * main thread's work before the first frame, for the some 10 rows a
 * person sees.
 *
 * So the rows built before the list is first painted are held: their
 * content not measured, a nominal height in its place, and the item they
 * are given shown only when they are let go (lc-agenda-row-held.c). Just before painting, the held rows the
 * list would show are let go, within the same frame (the frame clock runs
 * its layout phase again when a layout is asked for during it); after the
 * first paint the others follow a few per frame, so the window answers in
 * the meantime. Rows built once the list has been painted (scrolling,
 * edits) are not held; rows built while it is hidden (the timeline shown,
 * another area) wait until it is shown again.
 */

/* Rows let go per frame after the first paint: each costs a few
 * milliseconds to measure on this kind of machine. */
#define ROWS_PER_FRAME 6

typedef struct
{
  GtkWidget     *view;          /* owns this, as its data */
  GPtrArray     *held;          /* LcAgendaRow, in the order built: from the top */
  gboolean       painted;       /* since the view was last mapped */
  GdkFrameClock *clock;
  gulong         layout_handler;
  gulong         paint_handler;
  guint          tick;
} Pacer;

static void
pacer_stop_watching (Pacer *pacer)
{
  if (pacer->clock != NULL)
    {
      g_clear_signal_handler (&pacer->layout_handler, pacer->clock);
      g_clear_signal_handler (&pacer->paint_handler, pacer->clock);
      g_clear_object (&pacer->clock);
    }
  if (pacer->tick != 0)
    {
      gtk_widget_remove_tick_callback (pacer->view, pacer->tick);
      pacer->tick = 0;
    }
}

static void
pacer_free (gpointer data)
{
  Pacer *pacer = data;

  pacer_stop_watching (pacer);
  g_ptr_array_unref (pacer->held);
  g_free (pacer);
}

static void
let_go (Pacer *pacer,
        guint  index)
{
  g_autoptr(LcAgendaRow) row = g_ptr_array_steal_index (pacer->held, index);

  lc_agenda_row_set_held (row, FALSE);
}

/* After the window's own layout: a held row the list has placed where it
 * can be seen is let go now, and the frame clock lays the window out again
 * before painting it. */
static void
on_layout (GdkFrameClock *clock,
           Pacer         *pacer)
{
  int height = gtk_widget_get_height (pacer->view);

  for (guint i = pacer->held->len; i-- > 0;)
    {
      GtkWidget *row = g_ptr_array_index (pacer->held, i);
      graphene_point_t top;

      if (gtk_widget_get_parent (row) == NULL)
        {
          /* No longer in the list: it is shown as it is if it comes back. */
          let_go (pacer, i);
          continue;
        }
      if (!gtk_widget_compute_point (row, pacer->view, &GRAPHENE_POINT_INIT (0, 0), &top))
        continue;
      if (top.y < height && top.y + gtk_widget_get_height (row) > 0)
        let_go (pacer, i);
    }
}

static gboolean
on_tick (GtkWidget     *view,
         GdkFrameClock *clock,
         gpointer       data)
{
  Pacer *pacer = data;

  for (guint n = 0; n < ROWS_PER_FRAME && pacer->held->len > 0; n++)
    let_go (pacer, 0);
  if (pacer->held->len > 0)
    return G_SOURCE_CONTINUE;

  pacer->tick = 0;
  pacer_stop_watching (pacer);
  return G_SOURCE_REMOVE;
}

static void
on_after_paint (GdkFrameClock *clock,
                Pacer         *pacer)
{
  pacer->painted = TRUE;
  g_clear_signal_handler (&pacer->paint_handler, clock);
  if (pacer->held->len > 0 && pacer->tick == 0)
    pacer->tick = gtk_widget_add_tick_callback (pacer->view, on_tick, pacer, NULL);
  else if (pacer->held->len == 0)
    pacer_stop_watching (pacer);
}

static void
on_view_map (GtkWidget *view,
             Pacer     *pacer)
{
  pacer_stop_watching (pacer);
  pacer->painted = FALSE;
  pacer->clock = g_object_ref (gtk_widget_get_frame_clock (view));
  /* After: the window's own layout handler allocates the list first. */
  pacer->layout_handler = g_signal_connect_after (pacer->clock, "layout", G_CALLBACK (on_layout), pacer);
  pacer->paint_handler = g_signal_connect (pacer->clock, "after-paint", G_CALLBACK (on_after_paint), pacer);
}

static void
on_view_unmap (GtkWidget *view,
               Pacer     *pacer)
{
  pacer_stop_watching (pacer);
  pacer->painted = FALSE;
}

/**
 * lc_agenda_row_pacer_add:
 * @list_view: the list view @row is built for
 * @row: a row just built
 *
 * Holds @row back, when @list_view has not been painted yet since it was
 * shown, until it is to be seen or the rows before it have been shown.
 */
void
lc_agenda_row_pacer_add (GtkWidget   *list_view,
                         LcAgendaRow *row)
{
  Pacer *pacer;

  g_return_if_fail (GTK_IS_LIST_VIEW (list_view));
  g_return_if_fail (LC_IS_AGENDA_ROW (row));

  pacer = g_object_get_data (G_OBJECT (list_view), "lc-agenda-row-pacer");
  if (pacer == NULL)
    {
      pacer = g_new0 (Pacer, 1);
      pacer->view = list_view;
      pacer->held = g_ptr_array_new_with_free_func (g_object_unref);
      g_object_set_data_full (G_OBJECT (list_view), "lc-agenda-row-pacer", pacer, pacer_free);
      g_signal_connect (list_view, "map", G_CALLBACK (on_view_map), pacer);
      g_signal_connect (list_view, "unmap", G_CALLBACK (on_view_unmap), pacer);
      if (gtk_widget_get_mapped (list_view))
        on_view_map (list_view, pacer);
    }

  if (pacer->painted)
    return;

  lc_agenda_row_set_held (row, TRUE);
  g_ptr_array_add (pacer->held, g_object_ref (row));
}
