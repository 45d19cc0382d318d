/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-convention-io.h"
#include "lc-test-pdf.h"
#include "lc-test-util.h"

/*
 * What the agenda and declaration PDF tests share: the sample in a new
 * library, pdfinfo's fields, the pages rendered to PNG in
 * <build>/artefacts/pdf/ for people to look at, and the command line.
 */

/**
 * lc_test_pdf_sample_store:
 * @dir: (out): the new library's folder, for lc_test_remove_tree()
 * @convention_id: (out): the sample convention
 *
 * Returns: (transfer full): a new library holding the bundled sample
 */
LcStore *
lc_test_pdf_sample_store (char   **dir,
                          gint64  *convention_id)
{
  g_autoptr(GError) error = NULL;
  LcStore *store = lc_test_open_store (dir);

  *convention_id = lc_convention_import_file (store, g_getenv ("LC_SAMPLE"), &error);
  g_assert_no_error (error);
  g_assert_cmpint (*convention_id, >, 0);
  return store;
}

/**
 * lc_test_pdf_info_field:
 * @info: what pdfinfo printed
 * @key: a field, such as "Pages"
 *
 * Returns: (transfer full) (nullable): the value of its "Key: value" line
 */
char *
lc_test_pdf_info_field (const char *info,
                        const char *key)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key) && lines[i][strlen (key)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (key) + 1));
  return NULL;
}

/**
 * lc_test_has_arabic_letter:
 * @text: UTF-8
 *
 * Returns: whether @text holds a letter of the Arabic alphabet
 */
gboolean
lc_test_has_arabic_letter (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0621 && c <= 0x064A)
        return TRUE;
    }
  return FALSE;
}

/**
 * lc_test_pdf_save_pngs:
 * @pdf: a PDF file
 * @name: the pictures' name, such as "agenda-ar-a4"
 * @last_page: how many pages to render from the first
 *
 * Renders the first pages with pdftoppm into <build>/artefacts/pdf/ and
 * checks that the first picture is there.
 */
void
lc_test_pdf_save_pngs (const char *pdf,
                       const char *name,
                       guint       last_page)
{
  const char *build = g_getenv ("LC_BUILD_DIR");
  g_autofree char *dir = g_build_filename (build ? build : g_get_tmp_dir (), "artefacts", "pdf", NULL);
  g_autofree char *prefix = g_build_filename (dir, name, NULL);
  g_autofree char *last = g_strdup_printf ("%u", last_page);
  g_autofree char *out = NULL;
  gboolean found = FALSE;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  out = lc_test_tool_output ("pdftoppm", "-png", "-r", "72", "-f", "1", "-l", last, pdf, prefix, NULL);

  /* pdftoppm numbers pages with as many digits as the last page needs. */
  for (guint digits = 1; digits <= 3 && !found; digits++)
    {
      g_autofree char *first = g_strdup_printf ("%s-%0*d.png", prefix, (int) digits, 1);

      found = g_file_test (first, G_FILE_TEST_EXISTS);
    }
  g_assert_true (found);
}

/**
 * lc_test_count_files:
 * @dir: a folder
 *
 * Returns: how many entries @dir holds (0 when it cannot be read)
 */
guint
lc_test_count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d && g_dir_read_name (d))
    n++;
  return n;
}

/**
 * lc_test_pdf_run_cli:
 * @err: (out) (optional): what the command wrote on standard error
 * @locale: the command's locale, such as "ar_SA.UTF-8"
 * @first: the first argument, then the others, then %NULL
 *
 * Returns: the command line's exit status
 */
int
lc_test_pdf_run_cli (char       **err,
                     const char  *locale,
                     const char  *first,
                     ...)
{
  g_auto(GStrv) envp = lc_test_cli_environ (locale);
  va_list ap;
  int status;

  va_start (ap, first);
  status = lc_test_run_cli_valist (envp, err, first, ap);
  va_end (ap);
  return status;
}

/**
 * lc_test_pdf_init:
 * @argc: main()'s
 * @argv: main()'s
 * @skipped: (out): the exit status when the program cannot run
 *
 * g_test_init() for a test that reads PDFs with poppler-utils; when one of
 * its programs is missing, says so through TAP instead.
 *
 * Returns: whether to add the cases and run them
 */
gboolean
lc_test_pdf_init (int    *argc,
                  char ***argv,
                  int    *skipped)
{
  static const char *tools[] = { "pdfinfo", "pdffonts", "pdftotext", "pdftoppm" };

  g_test_init (argc, argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    {
      g_autofree char *path = g_find_program_in_path (tools[i]);

      if (path == NULL)
        {
          *skipped = lc_test_skip_all ("%s is missing (poppler-utils, see build-aux/install-deps.sh)", tools[i]);
          return FALSE;
        }
    }

  return TRUE;
}
