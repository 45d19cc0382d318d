/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>

#include "lc-agenda-pdf-private.h"

/* The agenda's pages drawn on two processors. Laying a page's texts out
 * and drawing them is about half of the work of the PDF, cairo writing
 * the page (cairo_show_page()) the other half, and the two can overlap:
 * a worker draws the next pages, each on a recording surface of its own,
 * with its own font map and Pango contexts (font maps are not
 * thread-safe, see lc_pdf_get_font_map()), while this thread paints the
 * recorded pages on the PDF and writes them. Nothing of Pango crosses the
 * threads, only cairo surfaces, which are. With one thread the pages are
 * recorded and painted the same way, so the file is the same byte for
 * byte (test-agenda-pdf-threads). */

/* How many recorded pages may wait: enough for the worker never to wait
 * on a page that is quick to write, few enough for the memory to stay
 * that of a few pages. */
#define PAGES_AHEAD 3

typedef struct
{
  LcAgendaLayout *main;   /* read only here: geometry, agenda, days, blocks, pages */
  GHashTable     *reused; /* the main layout's, the worker's from now on */
  GAsyncQueue    *ready;  /* cairo_surface_t: the recorded pages, in order */
  GAsyncQueue    *slots;  /* one token for each page that may be recorded */
} LcDrawAhead;

/* One page of @self on a recording surface. */
static cairo_surface_t *
record_page (LcAgendaLayout *self,
             guint           page)
{
  cairo_rectangle_t extents = { 0, 0, self->page_width, self->page_height };
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                                               &extents);
  cairo_t *cr = cairo_create (recording);

  /* The paper first. cairo checks each operation of a PDF page (and of a
   * recorded page painted on it) against the area drawn so far, kept as a
   * list of rectangles: with the page covered at once, that list stays one
   * rectangle, where the texts of a page made it hundreds
   * (cairo_region_union_rectangle() took 7 % of the 1,000 generated
   * items' PDF). */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  lc_agenda_layout_draw_page (self, cr, page);
  cairo_destroy (cr);

  return recording;
}

/* A short agenda's pages drawn by the worker with the main layout itself:
 * its blocks are built, their layouts made with its font map, which only
 * the worker uses until it is joined (the main thread paints and writes
 * cairo surfaces meanwhile). */
static gpointer
draw_whole_ahead (gpointer data)
{
  LcDrawAhead *ahead = data;
  LcAgendaLayout *self = ahead->main;

  for (guint p = 0; p < self->pages->len; p++)
    {
      g_async_queue_pop (ahead->slots);
      g_async_queue_push (ahead->ready, record_page (self, p));
    }

  return NULL;
}

static gpointer
draw_ahead (gpointer data)
{
  LcDrawAhead *ahead = data;
  LcAgendaLayout *main = ahead->main;
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (NULL, NULL, main->page_width,
                                                                  main->page_height);
  cairo_t *cr = cairo_create (surface);
  LcAgendaLayout *self;

  /* A layout of this thread's, with the pages cut by the main one: the
   * same font options as lc-pdf-parallel.c's measuring threads. */
  self = lc_pdf_layout_new_empty (main->agenda, main->language, main->digits, cr,
                                  main->page_width, main->page_height);
  g_array_append_vals (self->days, main->days->data, main->days->len);
  g_ptr_array_unref (self->blocks);
  self->blocks = g_ptr_array_ref (main->blocks);
  g_ptr_array_unref (self->pages);
  self->pages = g_ptr_array_ref (main->pages);
  self->reused = g_steal_pointer (&ahead->reused);

  for (guint p = 0; p < self->pages->len; p++)
    {
      g_async_queue_pop (ahead->slots);
      g_async_queue_push (ahead->ready, record_page (self, p));
    }

  /* Its layouts go with its font map, in this thread. */
  lc_agenda_layout_free (self);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return NULL;
}

/**
 * lc_pdf_layout_draw_pages:
 * @self: a layout of the agenda (lc_agenda_layout_new())
 * @cr: a context on a PDF surface of the paper's size
 *
 * Draws every page of the agenda on @cr, each on white paper, and shows
 * it (cairo_show_page()): the next pages drawn in a worker meanwhile when
 * the agenda is long enough for threads (lc_pdf_count_threads()), or short
 * enough for its blocks to have kept their layouts, on a machine of more
 * than one processor.
 */
void
lc_pdf_layout_draw_pages (LcAgendaLayout *self,
                          cairo_t        *cr)
{
  guint n_pages = self->pages->len;
  LcDrawAhead ahead = { self, NULL, NULL, NULL };
  GThread *worker = NULL;

  /* A short agenda's blocks are built already (self->whole): drawing its
   * pages needs no font map of the worker's, and overlaps with writing them
   * whatever the number of blocks, as long as there is a processor for it. */
  if (n_pages > 1 && lc_pdf_count_threads (self->whole ? G_MAXUINT : self->blocks->len) > 1)
    {
      ahead.ready = g_async_queue_new ();
      ahead.slots = g_async_queue_new ();
      for (guint i = 0; i < PAGES_AHEAD; i++)
        g_async_queue_push (ahead.slots, GUINT_TO_POINTER (1));
      if (self->whole)
        worker = g_thread_new ("lc-pdf-draw", draw_whole_ahead, &ahead);
      else
        {
          ahead.reused = g_steal_pointer (&self->reused);
          worker = g_thread_new ("lc-pdf-draw", draw_ahead, &ahead);
        }
    }

  for (guint p = 0; p < n_pages; p++)
    {
      cairo_surface_t *page = worker ? g_async_queue_pop (ahead.ready) : record_page (self, p);

      cairo_set_source_surface (cr, page, 0, 0);
      cairo_paint (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_surface_destroy (page);
      cairo_show_page (cr);
      if (worker)
        g_async_queue_push (ahead.slots, GUINT_TO_POINTER (1));
    }

  if (worker)
    {
      g_thread_join (worker);
      g_async_queue_unref (ahead.ready);
      g_async_queue_unref (ahead.slots);
    }
}
