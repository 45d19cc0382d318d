/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <poppler.h>
#include <string.h>

#include "lc-error.h"
#include "lc-report-pdf.h"
#include "lc-report.h"
#include "lc-test-pdf.h"
#include "lc-test-util.h"

/* poppler-glib 22.12 declares no autoptr cleanups. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

/*
 * The final report as a PDF (lc-report-pdf*.c), read back by poppler, an
 * independent reader: the contents' page numbers are the pages where the
 * headings are; the outline leads to them; every photo is on the page of
 * its caption, and the goals' chart is no image; Arabic pages number
 * themselves in Arabic digits; a report nobody wrote says what is missing.
 * The pages are left as PNG in <build>/artefacts/pdf/.
 */

#define CAPTION_1 "Mayors at the opening"
#define CAPTION_2 "The exhibition hall"

typedef struct
{
  char    *dir;
  LcStore *store;
  gint64   convention;
} Fixture;

/* The sample, with a foreword, two summaries, two photos and coverage. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcUndoStack) undo = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(LcReport) report = NULL;
  g_autoptr(LcRecord) first = NULL;
  g_autoptr(LcRecord) second = NULL;
  g_autofree char *one = NULL, *two = NULL;
  const char *kinds[] = { "Press headline about Yanbu", "Social post about Yanbu" };

  f->store = lc_test_pdf_sample_store (&f->dir, &f->convention);
  undo = lc_undo_stack_new (f->store);
  items = lc_store_list (f->store, LC_TYPE_ITEM, "convention_id", f->convention, &error);
  first = g_list_model_get_item (G_LIST_MODEL (items), 0);
  second = g_list_model_get_item (G_LIST_MODEL (items), 3);

  report = lc_report_load (f->store, f->convention, &error);
  lc_report_set_foreword (report, "كلمة الأمين العام في الملتقى", "The Secretary General opened the report.");
  lc_report_set_signatory (report, "الأمين العام", "Secretary General");
  lc_report_set_about (report, "عن الملتقى", "What the meeting of Arab learning cities was.");
  g_assert_true (lc_report_save (undo, report, &error));
  g_assert_true (lc_report_set_summary (undo, lc_record_get_id (first), "افتتح الملتقى",
                                        "The opening summary paragraph.", &error));
  g_assert_no_error (error);

  one = lc_test_write_photo (f->dir, "one.jpg", FALSE, 1200, 800, 0x3080c0ff);
  two = lc_test_write_photo (f->dir, "two.jpg", FALSE, 1200, 800, 0xc08030ff);
  g_clear_object (&report);
  g_assert_nonnull (lc_report_add_photo (undo, lc_record_get_id (first), one, "صورة الافتتاح", CAPTION_1, &error));
  g_assert_nonnull (lc_report_add_photo (undo, lc_record_get_id (second), two, "قاعة المعرض", CAPTION_2, &error));
  g_assert_no_error (error);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GListStore) list = lc_store_list (f->store, LC_TYPE_COVERAGE, "convention_id", f->convention, NULL);
      g_autoptr(LcCoverage) entry = g_object_new (LC_TYPE_COVERAGE, NULL);

      lc_record_set_int (LC_RECORD (entry), "convention-id", f->convention);
      lc_coverage_set_kind (entry, k);
      lc_coverage_set_headline (entry, kinds[k]);
      lc_coverage_set_outlet (entry, "Arab News");
      lc_coverage_set_language (entry, LC_LANGUAGE_ENGLISH);
      g_assert_true (lc_report_add_coverage (undo, G_LIST_MODEL (list), entry, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  lc_test_remove_tree (f->dir);
  g_free (f->dir);
}

static PopplerDocument *
write_and_open (Fixture          *f,
                LcAgendaLanguage  language,
                const char       *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_strconcat (f->dir, G_DIR_SEPARATOR_S, name, ".pdf", NULL);
  g_autofree char *uri = NULL;
  PopplerDocument *document;

  g_assert_true (lc_report_write_pdf (f->store, f->convention, pdf, language, LC_DIGITS_DEFAULT,
                                      LC_PAPER_A4, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  lc_test_pdf_save_pngs (pdf, name, 6);
  uri = g_filename_to_uri (pdf, NULL, &error);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  return document;
}

/* A page's text, laid out as on the page (pdftotext -layout). */
static char *
page_text (Fixture    *f,
           const char *name,
           guint       page)
{
  g_autofree char *pdf = g_strconcat (f->dir, G_DIR_SEPARATOR_S, name, ".pdf", NULL);
  g_autofree char *number = g_strdup_printf ("%u", page);

  return lc_test_tool_output ("pdftotext", "-layout", "-enc", "UTF-8", "-f", number, "-l", number,
                              pdf, "-", NULL);
}

typedef struct
{
  char *title;
  int   page;   /* from 1 */
  int   level;
} Entry;

static void
entry_clear (gpointer data)
{
  g_free (((Entry *) data)->title);
}

static void
walk_outline (PopplerDocument  *document,
              PopplerIndexIter *iter,
              int               level,
              GArray           *out)
{
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child = poppler_index_iter_get_child (iter);
      Entry entry = { NULL, 0, level };

      g_assert_cmpint (action->type, ==, POPPLER_ACTION_GOTO_DEST);
      entry.title = g_strdup (action->goto_dest.title);
      if (action->goto_dest.dest->type == POPPLER_DEST_NAMED)
        {
          PopplerDest *dest = poppler_document_find_dest (document, action->goto_dest.dest->named_dest);

          entry.page = dest->page_num;
          poppler_dest_free (dest);
        }
      else
        entry.page = action->goto_dest.dest->page_num;
      g_array_append_val (out, entry);
      poppler_action_free (action);
      if (child != NULL)
        {
          walk_outline (document, child, level + 1, out);
          poppler_index_iter_free (child);
        }
    }
  while (poppler_index_iter_next (iter));
}

static GArray *
outline_of (PopplerDocument *document)
{
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  PopplerIndexIter *iter = poppler_index_iter_new (document);

  g_array_set_clear_func (entries, entry_clear);
  g_assert_nonnull (iter);
  walk_outline (document, iter, 0, entries);
  poppler_index_iter_free (iter);
  return entries;
}

/* A line without its blank and its directional marks (which pdftotext
 * writes around text on pages that have Arabic). */
static char *
bare_line (const char *line)
{
  GString *out = g_string_new (NULL);

  for (const char *p = line; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

/* The page number on the contents' line that starts with @title. */
static int
contents_number (const char *contents,
                 const char *title,
                 const char *full)
{
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = bare_line (lines[i]);

      /* The first number after it: on bilingual pages the Arabic column
       * follows on the same line. */
      if (g_str_has_prefix (line, title))
        {
          /* After the whole title when it fits on the line (a day's has
           * digits of its own), else after its start. */
          const char *p = line + strlen (g_str_has_prefix (line, full) ? full : title);

          while (*p != '\0' && !g_ascii_isdigit (*p))
            p++;
          return atoi (p);
        }
    }
  g_error ("“%s” is not in the contents:\n%s", title, contents);
  return -1;
}

/* How many lines of @text start with @title. */
static guint
count_lines (const char *text,
             const char *title)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = bare_line (lines[i]);

      n += g_str_has_prefix (line, title);
    }
  return n;
}

/* The contents list each part at the page where its heading is, and the
 * outline leads there: English pages and the English of bilingual ones. */
static void
test_contents_pages (Fixture       *f,
                     gconstpointer  data)
{
  LcAgendaLanguage language = GPOINTER_TO_INT (data);
  const char *name = language == LC_AGENDA_LANGUAGE_BILINGUAL ? "report-bilingual" : "report-en";
  g_autoptr(PopplerDocument) document = write_and_open (f, language, name);
  g_autoptr(GArray) outline = outline_of (document);
  g_autofree char *contents = page_text (f, name, 2);
  guint parts = 0;

  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 6);
  for (guint i = 0; i < outline->len; i++)
    {
      const Entry *entry = &g_array_index (outline, Entry, i);
      /* On bilingual pages the outline names both: "Foreword / كلمة". */
      g_auto(GStrv) names = g_strsplit (entry->title, " / ", 2);
      /* Its first two words: a title may wrap in a bilingual column. */
      g_auto(GStrv) words = g_strsplit (names[0], " ", 3);
      g_autofree char *start = g_strjoin (" ", words[0], words[1], NULL);
      g_autofree char *page = page_text (f, name, entry->page);
      g_autofree char *before = entry->page > 2 ? page_text (f, name, entry->page - 1) : NULL;

      g_test_message ("%s: page %d", names[0], entry->page);
      g_assert_cmpint (contents_number (contents, start, names[0]), ==, entry->page);
      /* The heading is there (beside its line in the contents, on the
       * contents' page), and not on the page before. */
      g_assert_cmpuint (count_lines (page, start), ==, entry->page == 2 ? 2 : 1);
      if (before != NULL)
        g_assert_cmpuint (count_lines (before, start), ==, entry->page - 1 == 2 ? 1 : 0);
      if (entry->level == 0)
        parts++;
    }
  /* Foreword, about, sessions, exercise, declaration, press, social media. */
  g_assert_cmpuint (parts, ==, 7);
}

/* Every photo is on the page of its caption; the document's images are
 * the photos and nothing else: the chart is drawn. */
static void
test_photos_and_chart (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(PopplerDocument) document = write_and_open (f, LC_AGENDA_LANGUAGE_ENGLISH, "report-photos");
  const char *captions[] = { CAPTION_1, CAPTION_2 };
  guint images = 0, found = 0, chart = 0;

  for (int p = 0; p < poppler_document_get_n_pages (document); p++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, p);
      GList *mapping = poppler_page_get_image_mapping (page);
      g_autofree char *text = poppler_page_get_text (page);
      guint here = g_list_length (mapping);

      images += here;
      for (guint c = 0; c < G_N_ELEMENTS (captions); c++)
        if (strstr (text, captions[c]) != NULL)
          {
            /* Its image above it, on this page. */
            g_assert_cmpuint (here, >=, 1);
            found++;
          }
      if (strstr (text, "Goal 17") != NULL)
        chart++;
      poppler_page_free_image_mapping (mapping);
    }
  g_assert_cmpuint (found, ==, 2);
  g_assert_cmpuint (images, ==, 2);
  g_assert_cmpuint (chart, ==, 1);
}

/* Arabic pages count in Arabic digits, in the footer of every page; the
 * Arabic font is embedded. */
static void
test_arabic_digits (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PopplerDocument) document = write_and_open (f, LC_AGENDA_LANGUAGE_ARABIC, "report-ar");
  g_autoptr(GArray) outline = outline_of (document);
  g_autofree char *pdf = g_strconcat (f->dir, G_DIR_SEPARATOR_S, "report-ar.pdf", NULL);
  g_autofree char *fonts = lc_test_tool_output ("pdffonts", pdf, NULL);
  g_autofree char *contents = page_text (f, "report-ar", 2);
  int n = poppler_document_get_n_pages (document);

  g_assert_nonnull (strstr (fonts, "Arabic"));
  g_assert_cmpuint (outline->len, >=, 7);
  for (int p = 0; p < n; p++)
    {
      g_autofree char *text = page_text (f, "report-ar", p + 1);
      /* "Page N of M": Arabic-Indic digits. */
      g_autofree char *digits = g_strdup_printf ("%d", p + 1);
      GString *arabic = g_string_new (NULL);

      for (const char *d = digits; *d; d++)
        g_string_append_unichar (arabic, 0x0660 + (*d - '0'));
      g_assert_nonnull (strstr (text, arabic->str));
      g_string_free (arabic, TRUE);
    }
  /* The contents give each part's page in Arabic digits, as the outline. */
  for (guint i = 0; i < outline->len; i++)
    {
      const Entry *entry = &g_array_index (outline, Entry, i);
      g_autofree char *digits = g_strdup_printf ("%d", entry->page);
      GString *arabic = g_string_new (NULL);

      for (const char *d = digits; *d; d++)
        g_string_append_unichar (arabic, 0x0660 + (*d - '0'));
      g_assert_nonnull (strstr (contents, arabic->str));
      g_string_free (arabic, TRUE);
    }
}

/* A convention nobody wrote a report for: each part says what is missing. */
static void
test_nothing_written (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 convention = lc_test_add_convention (store, "Unwritten", "2024-10-01", "2024-10-01");
  g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
  g_autofree char *pdf = g_build_filename (dir, "empty.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  lc_record_set_int (item, "convention-id", convention);
  lc_record_set_text (item, "title", "", "Opening");
  lc_record_set_string (item, "day", "2024-10-01");
  lc_record_set_int (item, "start-minute", 9 * 60);
  lc_record_set_int (item, "end-minute", 10 * 60);
  g_assert_true (lc_store_insert (store, item, &error));
  g_assert_true (lc_report_write_pdf (store, convention, pdf, LC_AGENDA_LANGUAGE_ENGLISH,
                                      LC_DIGITS_DEFAULT, LC_PAPER_A4, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  text = lc_test_tool_output ("pdftotext", "-enc", "UTF-8", pdf, "-", NULL);
  g_assert_nonnull (strstr (text, "No foreword has been written."));
  g_assert_nonnull (strstr (text, "Nothing has been written about the convention yet."));
  g_assert_nonnull (strstr (text, "No summary was written for this session."));
  g_assert_nonnull (strstr (text, "No city has been recorded for this convention."));
  g_assert_nonnull (strstr (text, "The declaration has no published version yet."));
  g_assert_nonnull (strstr (text, "No coverage of this kind has been recorded."));
  lc_test_remove_tree (dir);
}

/* The bundled sample carries the seed report's texts: its report is a
 * recognisable version of the real one. */
static void
test_sample (void)
{
  g_autofree char *dir = NULL;
  gint64 convention;
  g_autoptr(LcStore) store = lc_test_pdf_sample_store (&dir, &convention);
  g_autofree char *pdf = g_build_filename (dir, "sample.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *plain = NULL;

  g_assert_true (lc_report_write_pdf (store, convention, pdf, LC_AGENDA_LANGUAGE_ENGLISH,
                                      LC_DIGITS_DEFAULT, LC_PAPER_A4, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  lc_test_pdf_save_pngs (pdf, "report-sample-en", 4);
  text = lc_test_tool_output ("pdftotext", "-enc", "UTF-8", pdf, "-", NULL);
  /* Lines joined, as a sentence may be broken anywhere. */
  plain = g_strdelimit (g_strdup (text), "\n", ' ');
  g_assert_nonnull (strstr (plain, "The First Regional Convention of the Arab Learning Cities Network"));
  g_assert_nonnull (strstr (plain, "Yanbu Industrial City gave a presentation"));
  g_assert_nonnull (strstr (plain, "read the declaration in its final form"));
  g_assert_cmpint (lc_store_count (store, LC_TYPE_REPORT_SUMMARY, NULL, 0, NULL), ==, 9);
  g_assert_cmpint (lc_store_count (store, LC_TYPE_COVERAGE, "convention_id", convention, NULL), ==, 16);
  lc_test_remove_tree (dir);
}

/* The command line: the report written, and wrong values refused in words,
 * nothing written. */
static void
test_command_line (void)
{
  g_autofree char *dir = NULL;
  gint64 convention;
  g_autoptr(LcStore) store = lc_test_pdf_sample_store (&dir, &convention);
  g_autofree char *db = g_strdup_printf ("--database=%s", lc_store_get_path (store));
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autofree char *pdf = g_build_filename (out_dir, "report.pdf", NULL);
  g_autofree char *opt = g_strdup_printf ("--export-report=%s", pdf);
  g_autofree char *odd = g_strdup_printf ("--export-report=%s/report.doc", out_dir);
  g_autofree char *err = NULL;

  g_assert_cmpint (g_mkdir (out_dir, 0755), ==, 0);
  g_clear_object (&store);

  g_assert_cmpint (lc_test_pdf_run_cli (&err, "en_US.UTF-8", db, opt, "--language=fr", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "“fr” is not a language"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (lc_test_pdf_run_cli (&err, "en_US.UTF-8", db, odd, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "--export-report=FILE.pdf or FILE.fodt"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpuint (lc_test_count_files (out_dir), ==, 0);

  g_assert_cmpint (lc_test_pdf_run_cli (&err, "en_US.UTF-8", db, opt, "--language=bilingual", NULL), ==, 0);
  g_assert_cmpuint (lc_test_count_files (out_dir), ==, 1);
  g_assert_cmpuint (lc_test_pdf_pages (pdf), >=, 6);
  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int skipped = 0;

  if (!lc_test_pdf_init (&argc, &argv, &skipped))
    return skipped;

#define ADD(name, data, func) \
  g_test_add ("/report-pdf/" name, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("contents-pages/en", GINT_TO_POINTER (LC_AGENDA_LANGUAGE_ENGLISH), test_contents_pages);
  ADD ("contents-pages/bilingual", GINT_TO_POINTER (LC_AGENDA_LANGUAGE_BILINGUAL), test_contents_pages);
  ADD ("photos-and-chart", NULL, test_photos_and_chart);
  ADD ("arabic-digits", NULL, test_arabic_digits);
#undef ADD
  g_test_add_func ("/report-pdf/nothing-written", test_nothing_written);
  g_test_add_func ("/report-pdf/sample", test_sample);
  g_test_add_func ("/report-pdf/command-line", test_command_line);

  return g_test_run ();
}
