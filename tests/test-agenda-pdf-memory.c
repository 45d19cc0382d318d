/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-generator.h"
#include "lc-test-pdf.h"
#include "lc-test-util.h"

/* The agenda PDF is laid out and drawn a page at a time: the memory it
 * takes must not grow with the agenda. The command line exports, as a
 * user does, the bilingual agenda of a small and of a large generated
 * convention kept in the same library, and its peak memory (measured by
 * lc-test-spawn, see lc_test_run_cli()) may differ by little more than
 * what the larger agenda's own records take. Sizes, not times: this holds
 * on a loaded machine too. */

#define SMALL 400
#define LARGE 3200

/* What the command line may take more for LARGE items than for SMALL.
 * Some memory does grow with the agenda: its records (items, people,
 * participations), a measure per block and cairo's record of each page
 * written; tests/bench/bench-pdf-bound, which keeps no layout, grows by
 * 7.7 MB between these sizes, the renderer by 9 to 12 MB (its bounded
 * tables of measures and recent layouts fill up at the large size only).
 * Laying every item out before drawing took 308 MB more. */
/* The renderer's tables are capped, not unbounded: the layouts kept for
 * repeated texts (at most 1,024, about 8 MB) and the measured heights fill
 * up to their caps as the agenda grows, then stay; measured growth 12–16.7 MB
 * here, on a loaded machine with the measuring threads, against 308 MB when
 * every layout was built before the first page. */
#define GROWTH_KB (24 * 1024)

static gint64
export_peak_kb (const char *db,
                gint64      convention,
                const char *pdf,
                guint      *pages)
{
  g_autofree char *database = g_strconcat ("--database=", db, NULL);
  g_autofree char *id = g_strdup_printf ("--convention=%" G_GINT64_FORMAT, convention);
  g_autofree char *output = g_strconcat ("--export-agenda-pdf=", pdf, NULL);
  const char *args[] = { database, id, output, "--language=bilingual", NULL };
  g_auto(LcTestRun) run = { 0 };

  lc_test_run_cli (&run, args);
  g_assert_cmpint (run.status, ==, 0);
  *pages = lc_test_pdf_pages (pdf);

  return run.max_rss_kb;
}

static void
test_memory_bounded (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "library.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "agenda.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (db, &error);
  LcGeneratorSize size;
  gint64 small, large, small_kb, large_kb;
  guint small_pages, large_pages;

  g_assert_no_error (error);
  lc_generator_size_init (&size, SMALL);
  small = lc_generator_create (store, &size, 1, &error);
  g_assert_no_error (error);
  lc_generator_size_init (&size, LARGE);
  large = lc_generator_create (store, &size, 2, &error);
  g_assert_no_error (error);
  g_clear_object (&store);

  small_kb = export_peak_kb (db, small, pdf, &small_pages);
  large_kb = export_peak_kb (db, large, pdf, &large_pages);
  g_test_message ("%u items: %u pages, peak %" G_GINT64_FORMAT " kB; %u items: %u pages, peak %"
                  G_GINT64_FORMAT " kB", SMALL, small_pages, small_kb, LARGE, large_pages, large_kb);

  /* The large agenda really is drawn on many more pages. */
  g_assert_cmpuint (large_pages, >, 6 * small_pages);
  g_assert_cmpint (large_kb - small_kb, <, GROWTH_KB);

  lc_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  int skipped = 0;

  if (!lc_test_pdf_init (&argc, &argv, &skipped))
    return skipped;

  g_test_add_func ("/agenda-pdf-memory/bounded", test_memory_bounded);

  return g_test_run ();
}
