/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-agenda-pdf.h"
#include "lc-declaration-pdf.h"
#include "lc-models.h"
#include "lc-test-pdf.h"
#include "lc-test-util.h"

/*
 * A convention written in one language only, read from outside with
 * poppler as a person reads the page: Arabic fields on an English page
 * (and English ones on an Arabic page) in their written order, and on
 * bilingual pages a text printed once, not again in the other column.
 */

#define A4_WIDTH 595.0

/* One person (and a city of theirs) speaking at an item of their own at
 * 08:00 on the convention's first day, in @language only. */
static void
add_speaker (LcStore            *store,
             gint64              convention_id,
             LcLanguage          language,
             const char * const  fields[5])
{
  g_autoptr(LcRecord) city = g_object_new (LC_TYPE_CITY, NULL);
  g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
  g_autoptr(LcRecord) part = g_object_new (LC_TYPE_PARTICIPATION, NULL);
  gboolean ar = language == LC_LANGUAGE_ARABIC;

  lc_record_set_int (city, "convention-id", convention_id);
  lc_record_set_text (city, "name", ar ? fields[4] : "", ar ? "" : fields[4]);
  lc_record_set_int (person, "convention-id", convention_id);
  lc_record_set_int (person, "city-id", lc_test_pdf_insert (store, city));
  lc_record_set_text (person, "honorific", ar ? fields[0] : "", ar ? "" : fields[0]);
  lc_record_set_text (person, "name", ar ? fields[1] : "", ar ? "" : fields[1]);
  lc_record_set_text (person, "position", ar ? fields[2] : "", ar ? "" : fields[2]);
  lc_record_set_text (person, "organisation", ar ? fields[3] : "", ar ? "" : fields[3]);
  lc_record_set_int (item, "convention-id", convention_id);
  lc_record_set_int (item, "kind", LC_ITEM_KIND_SESSION);
  lc_record_set_text (item, "title", ar ? "حوار" : "", ar ? "" : "Dialogue");
  lc_record_set_string (item, "day", "2023-05-10");
  lc_record_set_int (item, "start-minute", 8 * 60);
  lc_record_set_int (item, "end-minute", 8 * 60 + 30);
  lc_record_set_int (part, "item-id", lc_test_pdf_insert (store, item));
  lc_record_set_int (part, "person-id", lc_test_pdf_insert (store, person));
  lc_record_set_int (part, "role", LC_ROLE_SPEAKER);
  lc_test_pdf_insert (store, part);
}

/* The first word holding @text with its middle between @top and
 * @bottom. */
static const LcTestWord *
find_word (GArray     *words,
           const char *text,
           double      top,
           double      bottom)
{
  for (guint i = 0; i < words->len; i++)
    {
      const LcTestWord *w = &g_array_index (words, LcTestWord, i);
      double middle = (w->y_min + w->y_max) / 2;

      if (strstr (w->text, text) != NULL && middle >= top && middle <= bottom)
        return w;
    }
  g_test_message ("no word holds '%s' between %.0f and %.0f", text, top, bottom);
  g_assert_not_reached ();
}

/* The speaker's honorific before the name and the details in their
 * written order, read from the page's side the language starts from. */
static void
test_fields_in_written_order (gconstpointer data)
{
  LcLanguage written = GPOINTER_TO_INT (data);
  gboolean ar = written == LC_LANGUAGE_ARABIC;
  /* Arabic letters joined to their neighbours do not come out of the PDF
   * as letters, so the markers are ones that do: the full stop of "د.",
   * the letters of "داود" (none joins the next), and a digit in each
   * detail. */
  static const char * const arabic[] = { "د.", "داود", "مدير ١", "منظمة ٢", "مدينة ٣" };
  static const char * const english[] = { "Dr", "Quill", "Archivist", "Zetland", "Yverdon" };
  /* The page in the other language: the fields fell back to @written. */
  LcAgendaLanguage page = ar ? LC_AGENDA_LANGUAGE_ENGLISH : LC_AGENDA_LANGUAGE_ARABIC;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL, *pdf = NULL;
  g_autoptr(GArray) words = NULL;
  gint64 id;
  g_autoptr(LcStore) store = lc_test_pdf_one_language_store (&dir, &id, written);
  const LcTestWord *honorific, *name, *first, *second, *third;

  add_speaker (store, id, written, ar ? arabic : english);
  pdf = g_build_filename (dir, "agenda.pdf", NULL);
  g_assert_true (lc_agenda_export_pdf (store, id, pdf, page, LC_PAPER_A4, &error));
  g_assert_no_error (error);
  lc_test_pdf_save_pngs (pdf, ar ? "one-language-ar-on-en" : "one-language-en-on-ar", 1);

  /* The details' line first (its last part is found nowhere else), then
   * the name's line just above it. */
  words = lc_test_pdf_words (pdf, 1);
  third = find_word (words, ar ? "٣" : "Yverdon", 0, G_MAXDOUBLE);
  first = find_word (words, ar ? "١" : "Archivist", third->y_min, third->y_max);
  second = find_word (words, ar ? "٢" : "Zetland", third->y_min, third->y_max);
  honorific = find_word (words, ar ? "." : "Dr", third->y_min - 25, third->y_min);
  name = find_word (words, ar ? "و" : "Quill", honorific->y_min, honorific->y_max);
  if (ar)
    {
      /* Read from the right: "د." first, then the name. */
      g_assert_cmpfloat (honorific->x_min, >, name->x_max);
      g_assert_cmpfloat (first->x_min, >, second->x_max);
      g_assert_cmpfloat (second->x_min, >, third->x_max);
    }
  else
    {
      g_assert_cmpfloat (honorific->x_max, <, name->x_min);
      g_assert_cmpfloat (first->x_max, <, second->x_min);
      g_assert_cmpfloat (second->x_max, <, third->x_min);
    }

  lc_test_remove_tree (dir);
}

/* How many words on pages @first to @last of @pdf hold @text. */
static guint
count_words_on (const char *pdf,
                guint       first,
                guint       last,
                const char *text)
{
  guint n = 0;

  for (guint page = first; page <= last; page++)
    {
      g_autoptr(GArray) words = lc_test_pdf_words (pdf, page);

      for (guint i = 0; i < words->len; i++)
        n += strstr (g_array_index (words, LcTestWord, i).text, text) != NULL;
    }
  g_test_message ("%s, pages %u to %u: %u words hold '%s'", pdf, first, last, n, text);

  return n;
}

static guint
count_words (const char *pdf,
             guint       n_pages,
             const char *text)
{
  return count_words_on (pdf, 1, n_pages, text);
}

/* A mark in the title of a record (the convention, a declaration) written
 * in @written only, that poppler reads back whole in either script (joined
 * Arabic letters it does not: see lc_test_pdf_words()). Returns it. */
static const char *
mark_title (LcStore    *store,
            GType       type,
            gint64      id,
            LcLanguage  written)
{
  gboolean ar = written == LC_LANGUAGE_ARABIC;
  const char *mark = ar ? "٧٧٧" : "777";
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) record = lc_store_get (store, type, id, &error);
  g_autofree char *title = NULL;

  g_assert_no_error (error);
  title = g_strdup_printf ("%s %s", lc_record_get_text (record, "title", written, NULL), mark);
  lc_record_set_text (record, "title", ar ? title : "", ar ? "" : title);
  g_assert_true (lc_store_update (store, record, &error));
  g_assert_no_error (error);

  return mark;
}

/* A bilingual agenda of a convention in one language is no longer than
 * the agenda in that language: its texts are printed once. (The Arabic
 * sample took 6 pages bilingual and 5 in Arabic when each text was
 * printed in both columns.) */
static void
test_bilingual_agenda_once (gconstpointer data)
{
  LcLanguage written = GPOINTER_TO_INT (data);
  LcAgendaLanguage own = written == LC_LANGUAGE_ARABIC ? LC_AGENDA_LANGUAGE_ARABIC
                                                       : LC_AGENDA_LANGUAGE_ENGLISH;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL, *one = NULL, *both = NULL;
  gint64 id;
  g_autoptr(LcStore) store = lc_test_pdf_one_language_store (&dir, &id, written);
  const char *mark = mark_title (store, LC_TYPE_CONVENTION, id, written);
  guint n_one, n_both;

  one = g_build_filename (dir, "one.pdf", NULL);
  both = g_build_filename (dir, "both.pdf", NULL);
  g_assert_true (lc_agenda_export_pdf (store, id, one, own, LC_PAPER_A4, &error));
  g_assert_no_error (error);
  g_assert_true (lc_agenda_export_pdf (store, id, both, LC_AGENDA_LANGUAGE_BILINGUAL, LC_PAPER_A4,
                                       &error));
  g_assert_no_error (error);
  n_one = lc_test_pdf_pages (one);
  n_both = lc_test_pdf_pages (both);
  g_test_message ("one language: %u pages, bilingual: %u pages", n_one, n_both);
  g_assert_cmpuint (n_both, <=, n_one);
  /* Printed once: as many full stops (the honorifics' "د.", "Dr.") on the
   * bilingual pages as on the others. (Joined Arabic letters cannot be
   * counted: see lc_test_pdf_words().) */
  g_assert_cmpuint (count_words (both, n_both, "."), ==, count_words (one, n_one, "."));
  /* The title once on the title page, and once in the running header of
   * the next (not again in the other half). */
  g_assert_cmpuint (n_both, >=, 2);
  g_assert_cmpuint (count_words_on (both, 1, 1, mark), ==, 1);
  g_assert_cmpuint (count_words_on (both, 2, 2, mark), ==, 1);
  lc_test_pdf_save_pngs (both, written == LC_LANGUAGE_ARABIC ? "one-language-ar-bilingual"
                                                             : "one-language-en-bilingual", 2);

  lc_test_remove_tree (dir);
}

/* The bilingual declaration of an Arabic declaration: as long as the
 * Arabic one (it was 5 pages against 3), and no clause number stands
 * alone in the English column. */
static void
test_bilingual_declaration_once (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL, *one = NULL, *both = NULL;
  gint64 id, declaration_id;
  g_autoptr(LcStore) store = lc_test_pdf_one_language_store (&dir, &id, LC_LANGUAGE_ARABIC);
  guint n_one, n_both, numbers = 0;
  const char *mark;

  declaration_id = lc_declaration_get_first (store, id, &error);
  g_assert_no_error (error);
  mark = mark_title (store, LC_TYPE_DECLARATION, declaration_id, LC_LANGUAGE_ARABIC);
  one = g_build_filename (dir, "one.pdf", NULL);
  both = g_build_filename (dir, "both.pdf", NULL);
  g_assert_true (lc_declaration_write_pdf (store, declaration_id, 0, one, LC_AGENDA_LANGUAGE_ARABIC,
                                           LC_DIGITS_WESTERN, LC_PAPER_A4, &error));
  g_assert_no_error (error);
  g_assert_true (lc_declaration_write_pdf (store, declaration_id, 0, both,
                                           LC_AGENDA_LANGUAGE_BILINGUAL, LC_DIGITS_WESTERN,
                                           LC_PAPER_A4, &error));
  g_assert_no_error (error);
  n_one = lc_test_pdf_pages (one);
  n_both = lc_test_pdf_pages (both);
  g_test_message ("Arabic: %u pages, bilingual: %u pages", n_one, n_both);
  g_assert_cmpuint (n_both, <=, n_one);
  /* The title block once, across the page in Arabic: no English column
   * beside it with the English word above the title and the Arabic title
   * again; the running header of the next page names it once too. */
  g_assert_cmpuint (n_both, >=, 2);
  g_assert_cmpuint (count_words_on (both, 1, 1, mark), ==, 1);
  g_assert_cmpuint (count_words_on (both, 1, 1, "Declaration"), ==, 0);
  g_assert_cmpuint (count_words_on (both, 2, 2, mark), ==, 1);

  for (guint page = 1; page <= n_both; page++)
    {
      g_autoptr(GArray) words = lc_test_pdf_words (both, page);

      for (guint i = 0; i < words->len; i++)
        {
          const LcTestWord *number = &g_array_index (words, LcTestWord, i);
          gboolean beside = FALSE;

          /* "12." in the left half of the page: a clause number of the
           * English column, which must have its text beside it. */
          if (!g_regex_match_simple ("^[0-9]+\\.$", number->text, 0, 0)
              || number->x_max > A4_WIDTH / 2)
            continue;
          numbers++;
          for (guint k = 0; k < words->len && !beside; k++)
            {
              const LcTestWord *w = &g_array_index (words, LcTestWord, k);

              beside = k != i && w->x_min > number->x_max && w->x_max < A4_WIDTH / 2
                       && ABS (w->y_min - number->y_min) < 2;
            }
          if (!beside)
            g_test_message ("page %u: '%s' alone at %.0f, %.0f", page, number->text,
                            number->x_min, number->y_min);
          g_assert_true (beside);
        }
    }
  g_test_message ("%u clause numbers in the left half, each with its text", numbers);
  lc_test_pdf_save_pngs (both, "one-language-declaration-bilingual", 2);

  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int skipped;

  if (!lc_test_pdf_init (&argc, &argv, &skipped))
    return skipped;

  g_test_add_data_func ("/one-language/arabic-on-english-page",
                        GINT_TO_POINTER (LC_LANGUAGE_ARABIC), test_fields_in_written_order);
  g_test_add_data_func ("/one-language/english-on-arabic-page",
                        GINT_TO_POINTER (LC_LANGUAGE_ENGLISH), test_fields_in_written_order);
  g_test_add_data_func ("/one-language/arabic-bilingual-agenda",
                        GINT_TO_POINTER (LC_LANGUAGE_ARABIC), test_bilingual_agenda_once);
  g_test_add_data_func ("/one-language/english-bilingual-agenda",
                        GINT_TO_POINTER (LC_LANGUAGE_ENGLISH), test_bilingual_agenda_once);
  g_test_add_func ("/one-language/arabic-bilingual-declaration", test_bilingual_declaration_once);

  return g_test_run ();
}
