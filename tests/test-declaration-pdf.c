/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "lc-convention-io.h"
#include "lc-declaration-pdf.h"
#include "lc-declaration.h"
#include "lc-error.h"
#include "lc-models.h"
#include "lc-test-pdf.h"
#include "lc-test-util.h"

/* The declaration PDF, checked from outside with poppler's pdfinfo,
 * pdffonts and pdftotext; the Arabic pages are rendered with pdftoppm
 * into <build>/artefacts/pdf/declaration-*.png for people to look at. The
 * expected texts come from the declaration model, never from this file. */

static const LcAgendaLanguage languages[] = {
  LC_AGENDA_LANGUAGE_ENGLISH, LC_AGENDA_LANGUAGE_ARABIC, LC_AGENDA_LANGUAGE_BILINGUAL,
};
static const char *language_names[] = { "en", "ar", "bilingual" };

/* ---- helpers ---- */

/* Every run of white space as one space, and no directional isolates:
 * lines wrapped in the PDF then compare with the model's text. */
static char *
normalise (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Isolates, embeddings and marks (pdftotext adds embeddings around
       * right-to-left text). */
      if ((c >= 0x2066 && c <= 0x2069) || (c >= 0x202A && c <= 0x202E) || c == 0x200E || c == 0x200F)
        continue;
      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* The first @n words of @text, normalised. */
static char *
first_words (const char *text,
             guint       n)
{
  g_autofree char *plain = normalise (text);
  g_auto(GStrv) words = g_strsplit (plain, " ", -1);
  GString *out = g_string_new (NULL);

  /* Joined without cutting the vector short, so g_strfreev frees it all. */
  for (guint i = 0; words[i] != NULL && i < n; i++)
    g_string_append_printf (out, "%s%s", i ? " " : "", words[i]);
  return g_string_free (out, FALSE);
}

/* ---- the sample's declaration ---- */

/* @pdf_text is pdftotext's reading order (whole paragraphs, across line
 * ends), @layout_text its -layout output (each printed line kept as it is
 * on the page): a number and the start of its clause are on one printed
 * line, even at the top of a page where the reading order may put the
 * running header between them. In a bilingual PDF only the clause's first
 * word is sure to share the printed line with its number. */
static void
check_english (const char        *pdf_text,
               const char        *layout_text,
               LcDeclarationText *text,
               guint              words_after_number)
{
  g_autofree char *plain = normalise (pdf_text);
  g_autofree char *lines = normalise (layout_text);
  guint checked = 0, numbered = 0;

  g_assert_cmpuint (text->sections->len, >, 0);
  for (guint s = 0; s < text->sections->len; s++)
    {
      const LcTextSection *section = g_ptr_array_index (text->sections, s);
      g_autofree char *title = normalise (section->title_en);
      guint number = 0;

      g_assert_nonnull (strstr (plain, title));
      for (guint c = 0; c < section->clauses->len; c++)
        {
          const LcTextClause *clause = g_ptr_array_index (section->clauses, c);
          g_autofree char *words = first_words (clause->text_en, 6);

          if (clause->numbered)
            number++;
          if (*words == '\0')
            continue;

          if (clause->numbered)
            {
              /* Its number, then its text. */
              g_autofree char *start = first_words (clause->text_en, words_after_number);
              g_autofree char *expected = g_strdup_printf ("%u. %s", number, start);

              if (strstr (lines, expected) == NULL)
                g_test_message ("missing “%s”", expected);
              g_assert_nonnull (strstr (lines, expected));
              numbered++;
            }
          g_assert_nonnull (strstr (plain, words));
          checked++;
        }
    }

  /* The sample has numbered lists (the objectives): they were checked. */
  g_assert_cmpuint (checked, >=, 10);
  g_assert_cmpuint (numbered, >=, 5);
}

static void
test_sample (void)
{
  g_autofree char *dir = NULL;
  gint64 convention_id, declaration_id;
  g_autoptr(LcStore) store = lc_test_pdf_sample_store (&dir, &convention_id);
  g_autoptr(GError) error = NULL;
  const int versions[] = { 1, 2, 0 };
  int last;

  declaration_id = lc_declaration_get_first (store, convention_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (declaration_id, >, 0);
  last = lc_declaration_get_last_version (store, declaration_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (last, ==, 2);

  for (guint v = 0; v < G_N_ELEMENTS (versions); v++)
    {
      g_autoptr(LcDeclarationText) text = versions[v] == 0
        ? lc_declaration_get_working_text (store, declaration_id, &error)
        : lc_declaration_get_version_text (store, declaration_id, versions[v], &error);

      g_assert_no_error (error);
      g_assert_nonnull (text);

      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        {
          g_autofree char *name = g_strdup_printf ("declaration-%s-%s", language_names[l],
                                                   versions[v] == 0 ? "working"
                                                   : versions[v] == 1 ? "v1" : "v2");
          g_autofree char *file = g_strconcat (name, ".pdf", NULL);
          g_autofree char *pdf = g_build_filename (dir, file, NULL);
          g_autofree char *info = NULL, *title = NULL, *fonts = NULL, *pdf_text = NULL;
          g_autofree char *layout_text = NULL;
          g_autofree char *plain = NULL, *expected_title = NULL;

          g_assert_true (lc_declaration_write_pdf (store, declaration_id, versions[v], pdf,
                                                   languages[l], LC_DIGITS_DEFAULT, LC_PAPER_A4,
                                                   &error));
          g_assert_no_error (error);

          info = lc_test_tool_output ("pdfinfo", pdf, NULL);
          title = lc_test_pdf_info_field (info, "Title");
          if (languages[l] == LC_AGENDA_LANGUAGE_ENGLISH)
            expected_title = g_strdup (text->title_en);
          else if (languages[l] == LC_AGENDA_LANGUAGE_ARABIC)
            expected_title = g_strdup (text->title_ar);
          else
            expected_title = g_strconcat (text->title_en, " / ", text->title_ar, NULL);
          g_assert_cmpstr (title, ==, expected_title);

          fonts = lc_test_tool_output ("pdffonts", pdf, NULL);
          if (languages[l] != LC_AGENDA_LANGUAGE_ENGLISH)
            g_assert_nonnull (strstr (fonts, "NotoNaskhArabic"));
          else
            g_assert_nonnull (strstr (fonts, "NotoSans-"));

          pdf_text = lc_test_tool_output ("pdftotext", "-enc", "UTF-8", pdf, "-", NULL);
          plain = normalise (pdf_text);
          if (languages[l] == LC_AGENDA_LANGUAGE_ARABIC)
            {
              /* The Arabic text is checked by eye on the PNGs (pdftotext
               * reorders right-to-left runs); here: Arabic letters, the
               * clause numbers in Arabic-Indic digits, no Western ones
               * for them. */
              g_assert_true (lc_test_has_arabic_letter (plain));
              /* ١. and ٢. (pdftotext may give them in visual order: .١) */
              g_assert_true (strstr (plain, "\331\241.") || strstr (plain, ".\331\241"));
              g_assert_true (strstr (plain, "\331\242.") || strstr (plain, ".\331\242"));
              g_assert_null (strstr (plain, "1. "));
              lc_test_pdf_save_pngs (pdf, name, 3);
              continue;
            }

          layout_text = lc_test_tool_output ("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-", NULL);
          check_english (pdf_text, layout_text, text,
                         languages[l] == LC_AGENDA_LANGUAGE_BILINGUAL ? 1 : 6);
          if (versions[v] == 0)
            g_assert_nonnull (strstr (plain, "Working text (not yet published)"));
          else
            {
              g_autofree char *line = g_strdup_printf ("Version %d", versions[v]);
              g_autofree char *label = normalise (text->label_en);

              g_assert_nonnull (strstr (plain, line));
              g_assert_nonnull (strstr (plain, label));
              g_assert_null (strstr (plain, "Working text"));
            }
          if (languages[l] == LC_AGENDA_LANGUAGE_BILINGUAL)
            {
              g_assert_true (lc_test_has_arabic_letter (plain));
              lc_test_pdf_save_pngs (pdf, name, 3);
            }
        }
    }

  lc_test_remove_tree (dir);
}

/* ---- a clause longer than a page ---- */

static void
test_long_clause (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 convention_id = lc_test_add_convention (store, "Long", "2024-01-01", "2024-01-02");
  g_autoptr(LcRecord) declaration = g_object_new (LC_TYPE_DECLARATION, NULL);
  g_autoptr(LcRecord) section = g_object_new (LC_TYPE_DECLARATION_SECTION, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) en = g_string_new (NULL), ar = g_string_new (NULL);
  g_autofree char *pdf = g_build_filename (dir, "long.pdf", NULL);
  g_autofree char *info = NULL, *pages = NULL, *pdf_text = NULL, *plain = NULL;
  g_autofree char *layout_text = NULL, *lines = NULL;

  /* Numbered words, so the first and the last can be found. */
  for (guint i = 1; i <= 1400; i++)
    {
      g_string_append_printf (en, "word%04u ", i);
      g_string_append (ar, "كلمة ");
    }
  g_string_append (en, "theend");

  lc_record_set_int (declaration, "convention-id", convention_id);
  lc_record_set_text (declaration, "title", "إعلان", "Long declaration");
  g_assert_true (lc_store_insert (store, declaration, &error));
  g_assert_no_error (error);
  lc_record_set_int (section, "declaration-id", lc_record_get_id (declaration));
  lc_record_set_text (section, "title", "أهداف", "Objectives");
  g_assert_true (lc_store_insert (store, section, &error));
  g_assert_no_error (error);
  for (guint c = 0; c < 3; c++)
    {
      g_autoptr(LcRecord) clause = g_object_new (LC_TYPE_CLAUSE, NULL);

      lc_record_set_int (clause, "section-id", lc_record_get_id (section));
      lc_record_set_int (clause, "position", c);
      lc_record_set_int (clause, "numbered", TRUE);
      lc_record_set_text (clause, "text", c == 1 ? ar->str : "نص قصير",
                          c == 1 ? en->str : "short clause");
      g_assert_true (lc_store_insert (store, clause, &error));
      g_assert_no_error (error);
    }

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autofree char *name = g_strdup_printf ("declaration-long-%s", language_names[l]);
      guint n_pages;

      g_assert_true (lc_declaration_write_pdf (store, lc_record_get_id (declaration), 0, pdf,
                                               languages[l], LC_DIGITS_DEFAULT, LC_PAPER_LETTER,
                                               &error));
      g_assert_no_error (error);
      g_clear_pointer (&info, g_free);
      g_clear_pointer (&pages, g_free);
      info = lc_test_tool_output ("pdfinfo", pdf, NULL);
      pages = lc_test_pdf_info_field (info, "Pages");
      n_pages = (guint) g_ascii_strtoull (pages, NULL, 10);
      /* The long clause goes on over the next pages. */
      g_assert_cmpuint (n_pages, >=, 2);

      if (languages[l] == LC_AGENDA_LANGUAGE_ARABIC)
        {
          lc_test_pdf_save_pngs (pdf, name, 3);
          continue;
        }

      g_clear_pointer (&pdf_text, g_free);
      g_clear_pointer (&plain, g_free);
      pdf_text = lc_test_tool_output ("pdftotext", "-enc", "UTF-8", pdf, "-", NULL);
      plain = normalise (pdf_text);
      g_clear_pointer (&layout_text, g_free);
      g_clear_pointer (&lines, g_free);
      layout_text = lc_test_tool_output ("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-", NULL);
      lines = normalise (layout_text);
      g_assert_nonnull (strstr (lines, "1. short clause"));
      g_assert_nonnull (strstr (lines, "2. word0001"));
      g_assert_nonnull (strstr (plain, "word0700"));
      g_assert_nonnull (strstr (plain, "word1400 theend"));
      g_assert_nonnull (strstr (lines, "3. short clause"));
      /* Every line of the long clause is on some page, once. */
      for (guint i = 1; i <= 1400; i += 97)
        {
          g_autofree char *word = g_strdup_printf ("word%04u", i);
          const char *first = strstr (plain, word);

          g_assert_nonnull (first);
          g_assert_null (strstr (first + 1, word));
        }
    }

  lc_test_remove_tree (dir);
}

/* ---- the command line ---- */

static void
test_cli (void)
{
  g_autofree char *dir = NULL;
  gint64 convention_id;
  g_autoptr(LcStore) store = lc_test_pdf_sample_store (&dir, &convention_id);
  g_autofree char *db = g_strconcat ("--database=", lc_store_get_path (store), NULL);
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autofree char *pdf = g_build_filename (out_dir, "declaration.pdf", NULL);
  g_autofree char *opt = g_strconcat ("--export-declaration-pdf=", pdf, NULL);
  const char *bad[] = { "--declaration-version=3", "--declaration-version=-1",
                        "--declaration-version=99" };

  g_mkdir (out_dir, 0755);

  /* A version that does not exist: exit 1, a message, no file. */
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *err = NULL;

      g_assert_cmpint (lc_test_pdf_run_cli (&err, "en_US.UTF-8", db, opt, "--language=en", bad[i], NULL), ==, 1);
      g_assert_true (g_str_has_prefix (err, "learning-cities: "));
      g_assert_nonnull (strstr (err, "version"));
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (lc_test_count_files (out_dir), ==, 0);
    }

  /* A bad language: refused, no file. */
  {
    g_autofree char *err = NULL;

    g_assert_cmpint (lc_test_pdf_run_cli (&err, "en_US.UTF-8", db, opt, "--language=fr", NULL), ==, 1);
    g_assert_cmpuint (lc_test_count_files (out_dir), ==, 0);
  }

  /* Version 1 in English on Letter paper. */
  {
    g_autofree char *err = NULL, *text = NULL, *info = NULL, *size = NULL;

    g_assert_cmpint (lc_test_pdf_run_cli (&err, "en_US.UTF-8", db, opt, "--language=en", "--paper=letter",
                              "--declaration-version=1", NULL), ==, 0);
    g_assert_cmpuint (lc_test_count_files (out_dir), ==, 1);
    text = lc_test_tool_output ("pdftotext", "-enc", "UTF-8", pdf, "-", NULL);
    g_assert_nonnull (strstr (text, "Version 1"));
    info = lc_test_tool_output ("pdfinfo", pdf, NULL);
    size = lc_test_pdf_info_field (info, "Page size");
    g_assert_cmpstr (size, ==, "612 x 792 pts (letter)");
  }

  /* No --declaration-version: the working text; the file is replaced. */
  {
    g_autofree char *err = NULL, *text = NULL, *plain = NULL;

    g_assert_cmpint (lc_test_pdf_run_cli (&err, "en_US.UTF-8", db, opt, "--language=bilingual", NULL), ==, 0);
    g_assert_cmpuint (lc_test_count_files (out_dir), ==, 1);
    text = lc_test_tool_output ("pdftotext", "-enc", "UTF-8", pdf, "-", NULL);
    plain = normalise (text);
    g_assert_nonnull (strstr (plain, "Working text (not yet published)"));
    g_assert_null (strstr (plain, "Version 1"));
  }

  lc_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  int skipped = 0;

  if (!lc_test_pdf_init (&argc, &argv, &skipped))
    return skipped;

  g_test_add_func ("/declaration-pdf/sample", test_sample);
  g_test_add_func ("/declaration-pdf/long-clause", test_long_clause);
  g_test_add_func ("/declaration-pdf/cli", test_cli);

  return g_test_run ();
}
