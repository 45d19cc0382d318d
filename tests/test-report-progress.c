/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "lc-report-pdf.h"
#include "lc-test-pdf.h"
#include "lc-test-util.h"

/*
 * The report writers' progress and Cancel (lc-report-pdf.c,
 * lc-report-odt.c), on the sample convention: the fractions they tell rise
 * and end at 1 when the file is written; cancelled at a fraction (from
 * inside the progress callback, so at a known point of the writing, not
 * after a guessed time), they stop there, tell nothing more, and leave
 * the file that was there before as it was, with nothing beside it.
 */

typedef struct
{
  GArray       *fractions;
  GCancellable *cancellable;
  double        cancel_at;   /* cancel at the first fraction at least this; > 1: never */
} Watch;

static void
on_progress (double   fraction,
             gpointer data)
{
  Watch *watch = data;

  g_array_append_val (watch->fractions, fraction);
  if (fraction >= watch->cancel_at)
    g_cancellable_cancel (watch->cancellable);
}

static gboolean
write_report (LcStore      *store,
              gint64        convention,
              const char   *path,
              gboolean      odt,
              Watch        *watch,
              GError      **error)
{
  if (odt)
    return lc_report_write_odt (store, convention, path, LC_AGENDA_LANGUAGE_BILINGUAL, LC_DIGITS_DEFAULT,
                                watch->cancellable, on_progress, watch, error);
  return lc_report_write_pdf (store, convention, path, LC_AGENDA_LANGUAGE_BILINGUAL, LC_DIGITS_DEFAULT,
                              LC_PAPER_A4, watch->cancellable, on_progress, watch, error);
}

static void
test_rises_to_one (gconstpointer data)
{
  gboolean odt = GPOINTER_TO_INT (data);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  Watch watch = { fractions, cancellable, 2.0 };
  gint64 convention = 0;
  LcStore *store = lc_test_pdf_sample_store (&dir, &convention);

  path = g_build_filename (dir, odt ? "report.fodt" : "report.pdf", NULL);
  g_assert_true (write_report (store, convention, path, odt, &watch, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* From nothing done to all done, by many steps (the sample has more
   * than ten pages and sessions), each above the one before. */
  g_assert_cmpuint (fractions->len, >, 10);
  g_assert_cmpfloat (g_array_index (fractions, double, 0), ==, 0.0);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);

  g_object_unref (store);
  lc_test_remove_tree (dir);
}

static void
test_cancelled (gconstpointer data)
{
  gboolean odt = GPOINTER_TO_INT (data);
  g_autofree char *dir = NULL;
  g_autofree char *out_dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  /* Half-way: the PDF among its pages, the ODT among its sessions. */
  Watch watch = { fractions, cancellable, 0.5 };
  gint64 convention = 0;
  LcStore *store = lc_test_pdf_sample_store (&dir, &convention);

  out_dir = g_build_filename (dir, "out", NULL);
  g_assert_cmpint (g_mkdir (out_dir, 0755), ==, 0);
  path = g_build_filename (out_dir, odt ? "report.fodt" : "report.pdf", NULL);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));

  g_assert_false (write_report (store, convention, path, odt, &watch, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* Stopped at once: the fraction that cancelled was the last told. */
  g_assert_cmpuint (fractions->len, >, 1);
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), >=, 0.5);
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), <, 1.0);
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 2), <, 0.5);

  /* The old file as it was, and nothing beside it. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_assert_cmpuint (lc_test_count_files (out_dir), ==, 1);

  g_object_unref (store);
  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int skipped = 0;

  if (!lc_test_pdf_init (&argc, &argv, &skipped))
    return skipped;

  g_test_add_data_func ("/report-progress/pdf/rises-to-one", GINT_TO_POINTER (FALSE), test_rises_to_one);
  g_test_add_data_func ("/report-progress/odt/rises-to-one", GINT_TO_POINTER (TRUE), test_rises_to_one);
  g_test_add_data_func ("/report-progress/pdf/cancelled", GINT_TO_POINTER (FALSE), test_cancelled);
  g_test_add_data_func ("/report-progress/odt/cancelled", GINT_TO_POINTER (TRUE), test_cancelled);
  return g_test_run ();
}
