/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-agenda-pdf.h"
#include "lc-generator.h"
#include "lc-test-pdf.h"
#include "lc-test-util.h"

/* The agenda's blocks are measured in several threads when it is long
 * (src/core/lc-pdf-parallel.c). A person checks a PDF by its pages, and
 * the pages measured in one thread or in several must be the very same:
 * the same file byte for byte, with a fixed creation date. */

/* Enough blocks for three threads (lc-pdf-parallel.c starts one per 24
 * blocks at most), with people who come back item after item. */
#define N_ITEMS 150

static void
export (LcStore          *store,
        gint64            convention,
        LcAgendaLanguage  language,
        const char       *threads,
        const char       *pdf)
{
  g_autoptr(GError) error = NULL;

  g_setenv ("LC_PDF_THREADS", threads, TRUE);
  g_assert_true (lc_agenda_export_pdf (store, convention, pdf, language, LC_PAPER_A4, &error));
  g_assert_no_error (error);
}

static void
test_threads_same_pdf (void)
{
  static const LcAgendaLanguage languages[] = {
    LC_AGENDA_LANGUAGE_BILINGUAL, LC_AGENDA_LANGUAGE_ARABIC, LC_AGENDA_LANGUAGE_ENGLISH,
  };
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "library.db", NULL);
  g_autofree char *one = g_build_filename (dir, "one.pdf", NULL);
  g_autofree char *several = g_build_filename (dir, "several.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (db, &error);
  LcGeneratorSize size;
  gint64 convention;

  g_assert_no_error (error);
  lc_generator_size_init (&size, N_ITEMS);
  convention = lc_generator_create (store, &size, 3, &error);
  g_assert_no_error (error);
  g_setenv ("SOURCE_DATE_EPOCH", "0", TRUE);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autofree char *sum_one = NULL, *sum_several = NULL;

      export (store, convention, languages[l], "1", one);
      export (store, convention, languages[l], "3", several);
      sum_one = lc_test_file_checksum (one);
      sum_several = lc_test_file_checksum (several);
      g_test_message ("language %d: %u pages, %s", languages[l], lc_test_pdf_pages (one), sum_one);
      g_assert_cmpuint (lc_test_pdf_pages (one), >, 10);
      g_assert_cmpstr (sum_several, ==, sum_one);
    }

  g_unsetenv ("LC_PDF_THREADS");
  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  int skipped = 0;

  if (!lc_test_pdf_init (&argc, &argv, &skipped))
    return skipped;

  g_test_add_func ("/agenda-pdf-threads/same-pdf", test_threads_same_pdf);

  return g_test_run ();
}
