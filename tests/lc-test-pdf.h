/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-store.h"

G_BEGIN_DECLS

/* One word as poppler's pdftotext -bbox places it, in points from the
 * page's top left corner. */
typedef struct
{
  double  x_min, y_min, x_max, y_max;
  char   *text;
} LcTestWord;

/* Helpers for the tests that read our PDFs from outside, with poppler-utils. */

LcStore  *lc_test_pdf_sample_store (char      **dir,
                                    gint64     *convention_id);
char     *lc_test_one_language_file (const char *dir,
                                     LcLanguage  kept);
LcStore  *lc_test_pdf_one_language_store (char      **dir,
                                          gint64     *convention_id,
                                          LcLanguage  kept);
gint64    lc_test_pdf_insert       (LcStore    *store,
                                    LcRecord   *record);
GArray   *lc_test_pdf_words        (const char *pdf,
                                    guint       page);
guint     lc_test_pdf_pages        (const char *pdf);
char     *lc_test_pdf_info_field   (const char *info,
                                    const char *key);
gboolean  lc_test_has_arabic_letter (const char *text);
void      lc_test_pdf_save_pngs    (const char *pdf,
                                    const char *name,
                                    guint       last_page);
guint     lc_test_count_files      (const char *dir);
gboolean  lc_test_pdf_init          (int        *argc,
                                    char     ***argv,
                                    int        *skipped);
int       lc_test_pdf_run_cli      (char      **err,
                                    const char *locale,
                                    const char *first,
                                    ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
