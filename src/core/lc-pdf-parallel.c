/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>

#include "lc-agenda-pdf-private.h"

/* The agenda's blocks measured on every processor. Pages can only be cut
 * once every block is measured ("Page N of M" needs M before the first
 * page is drawn), and the blocks do not depend on one another: so the
 * plan is cut into consecutive runs, one per thread, each measured with a
 * layout of its own (its own Pango contexts, from its thread's own font
 * map: font maps are not thread-safe, see lc_pdf_get_font_map()) and its
 * own table of measures. Only numbers come back (heights, where lines are,
 * which scripts lacked a font), never a Pango object, and the same texts
 * in the same fonts measure the same in any thread: the pages, and the
 * PDF, are the same byte for byte as with one thread (test-agenda-pdf). */

/* Below this many blocks, starting a thread and its font map costs more
 * than it saves. */
#define MIN_BLOCKS_PER_THREAD 24

/* Enough for the machines the app runs on; each thread holds a font map
 * and its own measures, a few megabytes. */
#define MAX_THREADS 4

/* Below this many blocks (the agenda is measured in one thread whatever
 * LC_PDF_THREADS asks) the blocks keep their layouts from measuring to
 * drawing: a few megabytes at most, where laying every text out again to
 * draw it took a sixth of the sample's bilingual PDF (callgrind: 82 of 475
 * million instructions, the whole command). */
#define MAX_BLOCKS_KEPT (2 * MIN_BLOCKS_PER_THREAD)

typedef struct
{
  LcAgendaLayout *main;     /* read only here: geometry, agenda, days */
  const LcBlock  *plan;
  guint           from, to;
  LcBlock       **measured; /* out: one block per entry of the plan */
  guint           missing;  /* out: see LcAgendaLayout's */
  GHashTable     *measures; /* out: the measures taken, with their uses */
} LcMeasureRun;

static void
measure_run (LcAgendaLayout *self,
             LcMeasureRun   *run)
{
  self->measures = lc_pdf_measures_new ();
  for (guint i = run->from; i < run->to; i++)
    run->measured[i] = lc_pdf_layout_keep_measure (self,
                                                   lc_pdf_layout_rebuild_block (self,
                                                                                &run->plan[i]));
  run->measures = g_steal_pointer (&self->measures);
  run->missing = self->missing;
}

static gpointer
measure_in_thread (gpointer data)
{
  LcMeasureRun *run = data;
  LcAgendaLayout *main = run->main;
  cairo_surface_t *surface = NULL;
  cairo_t *cr = NULL;
  LcAgendaLayout *self;

  /* A surface of the kind the pages go to, writing nowhere, for the same
   * font options (lc_pdf_layout_new_empty() sets those metrics depend on
   * anyway). */
  if (main->has_surface)
    {
      surface = cairo_pdf_surface_create_for_stream (NULL, NULL, main->page_width,
                                                     main->page_height);
      cr = cairo_create (surface);
    }
  self = lc_pdf_layout_new_empty (main->agenda, main->language, main->digits, cr,
                                  main->page_width, main->page_height);
  g_array_append_vals (self->days, main->days->data, main->days->len);

  measure_run (self, run);

  lc_agenda_layout_free (self);
  if (cr != NULL)
    cairo_destroy (cr);
  if (surface != NULL)
    cairo_surface_destroy (surface);

  return NULL;
}

/**
 * lc_pdf_count_threads:
 * @n_blocks: how many blocks the agenda has
 *
 * How many threads measure the agenda's blocks: one per processor, at
 * most four, and one for a short agenda. LC_PDF_THREADS sets it (the tests
 * compare one with several); with one, the pages are drawn in this thread
 * too (lc-pdf-pipeline.c).
 *
 * Returns: at least 1
 */
guint
lc_pdf_count_threads (guint n_blocks)
{
  const char *wanted = g_getenv ("LC_PDF_THREADS");
  guint n = (guint) g_get_num_processors ();

  if (wanted != NULL && *wanted != '\0')
    n = (guint) g_ascii_strtoull (wanted, NULL, 10);
  n = CLAMP (n, 1, MAX_THREADS);

  return MAX (1, MIN (n, n_blocks / MIN_BLOCKS_PER_THREAD));
}

/**
 * lc_pdf_layout_measure_plan:
 * @self: a layout with no blocks yet
 * @plan: (array length=n_blocks): what each block is (its kind, day and
 *   entry; see lc_pdf_layout_rebuild_block())
 * @n_blocks: how many
 *
 * Builds and measures every block of @plan, in threads when it is long
 * (see above), and appends them to @self's blocks in order, their layouts
 * dropped (lc_pdf_layout_keep_measure()). @self's measures are then those
 * of every text, with how often each was asked for (see
 * lc_pdf_layout_share_recent()). A short plan's blocks keep their layouts,
 * and no measures are left.
 */
void
lc_pdf_layout_measure_plan (LcAgendaLayout *self,
                            const LcBlock  *plan,
                            guint           n_blocks)
{
  guint n_threads;
  g_autofree LcBlock **measured = NULL;
  g_autofree LcMeasureRun *runs = NULL;
  g_autofree GThread **threads = NULL;

  if (n_blocks < MAX_BLOCKS_KEPT)
    {
      /* No measures kept (lc_pdf_layout_share_recent() then finds no text
       * to share while drawing): each text is laid out once, its layout
       * shared by the blocks that show it, and the pages draw the blocks
       * as they are (lc-agenda-layout.c). */
      self->kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      for (guint i = 0; i < n_blocks; i++)
        g_ptr_array_add (self->blocks, lc_pdf_layout_rebuild_block (self, &plan[i]));
      g_clear_pointer (&self->kept, g_hash_table_unref);
      self->whole = TRUE;
      return;
    }

  n_threads = lc_pdf_count_threads (n_blocks);
  measured = g_new0 (LcBlock *, n_blocks);
  runs = g_new0 (LcMeasureRun, n_threads);
  threads = g_new0 (GThread *, n_threads);
  for (guint t = 0; t < n_threads; t++)
    {
      runs[t] = (LcMeasureRun) { self, plan, n_blocks * t / n_threads,
                                 n_blocks * (t + 1) / n_threads, measured, 0, NULL };
      /* The first run is this thread's. */
      if (t > 0)
        threads[t] = g_thread_new ("lc-pdf-measure", measure_in_thread, &runs[t]);
    }
  measure_run (self, &runs[0]);
  self->measures = runs[0].measures;

  for (guint t = 1; t < n_threads; t++)
    {
      g_thread_join (threads[t]);
      self->missing |= runs[t].missing;
      lc_pdf_measures_merge (self->measures, runs[t].measures);
      g_hash_table_unref (runs[t].measures);
    }
  for (guint i = 0; i < n_blocks; i++)
    g_ptr_array_add (self->blocks, measured[i]);
}
