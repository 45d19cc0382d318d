/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
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

/* Leaves only @kept's text in every pair of texts ({"ar": …, "en": …})
 * where that language has one; where it has none the other stays, as a
 * library's required text would. */
static void
keep_language (JsonNode   *node,
               const char *kept,
               const char *other)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        keep_language (json_array_get_element (array, i), kept, other);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      if (json_object_get_size (object) == 2 && json_object_has_member (object, kept)
          && json_object_has_member (object, other))
        {
          if (*json_object_get_string_member (object, kept) != '\0')
            json_object_set_string_member (object, other, "");
          return;
        }
      for (GList *m = members; m != NULL; m = m->next)
        keep_language (json_object_get_member (object, m->data), kept, other);
    }
}

/**
 * lc_test_one_language_file:
 * @dir: a folder to write it in
 * @kept: the language the convention is written in
 *
 * The bundled sample as an organiser writing in one language enters it:
 * every text of the other language is left out (but where the sample has
 * nothing in @kept).
 *
 * Returns: (transfer full): the path of that convention file, in @dir
 */
char *
lc_test_one_language_file (const char *dir,
                           LcLanguage  kept)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  char *path;

  g_assert_true (json_parser_load_from_file (parser, g_getenv ("LC_SAMPLE"), &error));
  g_assert_no_error (error);
  keep_language (json_parser_get_root (parser), kept == LC_LANGUAGE_ARABIC ? "ar" : "en",
                 kept == LC_LANGUAGE_ARABIC ? "en" : "ar");
  json_generator_set_root (generator, json_parser_get_root (parser));
  path = g_build_filename (dir, "one-language.json", NULL);
  g_assert_true (json_generator_to_file (generator, path, &error));
  g_assert_no_error (error);
  return path;
}

/**
 * lc_test_pdf_one_language_store:
 * @dir: (out): the new library's folder, for lc_test_remove_tree()
 * @convention_id: (out): the convention
 * @kept: the language the convention is written in
 *
 * Returns: (transfer full): a new library holding the sample written in
 *   @kept only (see lc_test_one_language_file())
 */
LcStore *
lc_test_pdf_one_language_store (char       **dir,
                                gint64      *convention_id,
                                LcLanguage   kept)
{
  g_autoptr(GError) error = NULL;
  LcStore *store = lc_test_open_store (dir);
  g_autofree char *path = lc_test_one_language_file (*dir, kept);

  *convention_id = lc_convention_import_file (store, path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (*convention_id, >, 0);
  return store;
}

/**
 * lc_test_pdf_insert:
 * @store: a library
 * @record: a new record
 *
 * Returns: the id of @record, inserted into @store
 */
gint64
lc_test_pdf_insert (LcStore  *store,
                    LcRecord *record)
{
  g_autoptr(GError) error = NULL;

  lc_store_insert (store, record, &error);
  g_assert_no_error (error);
  return lc_record_get_id (record);
}

static double
attribute (const char *tag,
           const char *name)
{
  g_autofree char *key = g_strconcat (" ", name, "=\"", NULL);
  const char *at = strstr (tag, key);

  g_assert_nonnull (at);
  return g_ascii_strtod (at + strlen (key), NULL);
}

static void
clear_word (gpointer data)
{
  g_free (((LcTestWord *) data)->text);
}

/**
 * lc_test_pdf_words:
 * @pdf: a PDF file
 * @page: a page, from 1
 *
 * The words pdftotext -bbox finds on one page, each with its box. Arabic
 * letters that are joined to a neighbour are often missing (their glyphs
 * do not say which letter they are); punctuation, digits and letters that
 * stand alone are there.
 *
 * Returns: (transfer full) (element-type LcTestWord): the words
 */
GArray *
lc_test_pdf_words (const char *pdf,
                   guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autofree char *html = lc_test_tool_output ("pdftotext", "-bbox", "-f", number, "-l", number,
                                               pdf, "-", NULL);
  GArray *words = g_array_new (FALSE, TRUE, sizeof (LcTestWord));
  const char *p = html;

  g_array_set_clear_func (words, clear_word);

  while ((p = strstr (p, "<word ")) != NULL)
    {
      const char *close = strchr (p, '>'), *end = close ? strstr (close, "</word>") : NULL;
      g_autofree char *tag = NULL;
      LcTestWord word;

      g_assert_nonnull (end);
      tag = g_strndup (p, close - p);
      word.x_min = attribute (tag, "xMin");
      word.y_min = attribute (tag, "yMin");
      word.x_max = attribute (tag, "xMax");
      word.y_max = attribute (tag, "yMax");
      /* (Markup entities are left as they are: no test looks for & < >.) */
      word.text = g_strndup (close + 1, end - close - 1);
      g_array_append_val (words, word);
      p = end;
    }

  return words;
}

/**
 * lc_test_pdf_pages:
 * @pdf: a PDF file
 *
 * Returns: how many pages pdfinfo counts
 */
guint
lc_test_pdf_pages (const char *pdf)
{
  g_autofree char *info = lc_test_tool_output ("pdfinfo", pdf, NULL);
  g_autofree char *pages = lc_test_pdf_info_field (info, "Pages");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages, NULL, 10);
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
