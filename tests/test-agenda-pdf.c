/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "lc-agenda-pdf-private.h"
#include "lc-convention-io.h"
#include "lc-error.h"
#include "lc-l10n.h"
#include "lc-role.h"
#include "lc-test-pdf.h"
#include "lc-test-util.h"

/* The agenda PDF, checked from outside (poppler's pdfinfo, pdffonts,
 * pdftotext, pdftoppm) and from inside (the renderer's own boxes: nothing
 * outside the page, nothing overlapping, headings kept with what follows).
 * Over 800 lines because each case reads the same PDF several ways (text,
 * fonts, pixels, boxes); the poppler helpers it shares with the declaration's
 * PDF test are in lc-test-pdf.c. */

#define SAMPLE_TITLE "First Regional Convention for Learning Cities"
#define SAMPLE_TITLE_AR "الملتقى الإقليمي الأول لمدن التعلم"

static const char *languages[] = { "ar", "en", "bilingual" };
static const char *papers[] = { "a4", "letter" };

/* ---- helpers ---- */

/* Like strstr() in a binary file (a PDF holds NUL bytes). */
static gboolean
find_bytes (const char *haystack,
            gsize       length,
            const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (haystack[i] == needle[0] && memcmp (haystack + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
boxes_overlap (const LcAgendaBox *a,
               const LcAgendaBox *b)
{
  const double eps = 0.01;

  return a->x < b->x + b->width - eps && b->x < a->x + a->width - eps
      && a->y < b->y + b->height - eps && b->y < a->y + a->height - eps;
}

/* The renderer's own layout check: every placed line, badge and fill lies
 * on the printable part of its page and inside the content box (header and
 * footer aside); no two lines or badges of a page overlap; blocks are
 * stacked without overlapping; a day heading never ends a page; a block is
 * cut only when it is taller than a page. Returns the number of boxes. */
static guint
check_layout (LcAgendaLayout *layout)
{
  g_autoptr(GArray) boxes = lc_agenda_layout_collect_boxes (layout);
  guint n_pages = lc_agenda_layout_get_n_pages (layout);
  double px, py, pw, ph, cx, cy, cw, ch;
  const double eps = 0.01;

  lc_agenda_layout_get_printable_area (layout, &px, &py, &pw, &ph);
  lc_agenda_layout_get_content_area (layout, &cx, &cy, &cw, &ch);
  g_assert_cmpuint (boxes->len, >, 0);

  for (guint i = 0; i < boxes->len; i++)
    {
      const LcAgendaBox *b = &g_array_index (boxes, LcAgendaBox, i);

      g_assert_cmpuint (b->page, <, n_pages);
      g_assert_cmpfloat (b->width, >=, 0);
      g_assert_cmpfloat (b->height, >, 0);
      g_assert_cmpfloat (b->x, >=, px - eps);
      g_assert_cmpfloat (b->y, >=, py - eps);
      g_assert_cmpfloat (b->x + b->width, <=, px + pw + eps);
      g_assert_cmpfloat (b->y + b->height, <=, py + ph + eps);
      if (b->block >= 0)
        {
          g_assert_cmpfloat (b->x, >=, cx - eps);
          g_assert_cmpfloat (b->x + b->width, <=, cx + cw + eps);
          g_assert_cmpfloat (b->y, >=, cy - eps);
          g_assert_cmpfloat (b->y + b->height, <=, cy + ch + eps);
        }
    }

  for (guint i = 0; i < boxes->len; i++)
    {
      const LcAgendaBox *a = &g_array_index (boxes, LcAgendaBox, i);

      for (guint k = i + 1; k < boxes->len; k++)
        {
          const LcAgendaBox *b = &g_array_index (boxes, LcAgendaBox, k);

          if (b->page != a->page)
            break;  /* boxes come page by page */
          if (a->is_text && b->is_text && boxes_overlap (a, b))
            g_error ("page %u: boxes of blocks %d and %d overlap: (%.2f %.2f %.2f×%.2f) (%.2f %.2f %.2f×%.2f)",
                     a->page + 1, a->block, b->block, a->x, a->y, a->width, a->height,
                     b->x, b->y, b->width, b->height);
        }
    }

  /* A block is cut across pages only when it is taller than a page. */
  {
    g_autoptr(GHashTable) first_page = g_hash_table_new (NULL, NULL);

    for (guint i = 0; i < boxes->len; i++)
      {
        const LcAgendaBox *b = &g_array_index (boxes, LcAgendaBox, i);
        gpointer page;

        if (b->block < 0)
          continue;
        if (!g_hash_table_lookup_extended (first_page, GINT_TO_POINTER (b->block), NULL, &page))
          g_hash_table_insert (first_page, GINT_TO_POINTER (b->block), GUINT_TO_POINTER (b->page));
        else if (GPOINTER_TO_UINT (page) != b->page)
          g_assert_cmpfloat (b->block_height, >, ch);
      }
  }

  for (guint p = 0; p < n_pages; p++)
    {
      g_autoptr(GHashTable) bottom = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      g_autoptr(GList) blocks = NULL;
      int last_block = -1;
      double last_bottom = -1;

      for (guint i = 0; i < boxes->len; i++)
        {
          const LcAgendaBox *b = &g_array_index (boxes, LcAgendaBox, i);
          double *range;

          if (b->page != p || b->block < 0)
            continue;
          range = g_hash_table_lookup (bottom, GINT_TO_POINTER (b->block));
          if (range == NULL)
            {
              range = g_new (double, 2);
              range[0] = b->y;
              range[1] = b->y + b->height;
              g_hash_table_insert (bottom, GINT_TO_POINTER (b->block), range);
              blocks = g_list_prepend (blocks, GINT_TO_POINTER (b->block));
            }
          range[0] = MIN (range[0], b->y);
          range[1] = MAX (range[1], b->y + b->height);
          if (range[1] > last_bottom)
            {
              last_bottom = range[1];
              last_block = b->block;
            }

        }

      /* Blocks are stacked: their vertical extents are disjoint. */
      for (GList *l = blocks; l != NULL; l = l->next)
        for (GList *m = l->next; m != NULL; m = m->next)
          {
            double *r1 = g_hash_table_lookup (bottom, l->data);
            double *r2 = g_hash_table_lookup (bottom, m->data);

            g_assert_true (r1[1] <= r2[0] + eps || r2[1] <= r1[0] + eps);
          }

      /* A day heading is never the last thing on a page. */
      if (last_block >= 0)
        for (guint i = 0; i < boxes->len; i++)
          {
            const LcAgendaBox *b = &g_array_index (boxes, LcAgendaBox, i);

            if (b->block == last_block)
              {
                g_assert_cmpint (b->kind, !=, LC_BLOCK_DAY);
                break;
              }
          }
    }

  return boxes->len;
}

/* ---- translation ---- */

static void
test_l10n_fixed_words (void)
{
  /* The fixed words of the PDF, by context, as the renderer asks for them. */
  const struct { const char *context, *msgid; } words[] = {
    { NULL, "Page %1$s of %2$s" }, { NULL, "Day %s" }, { NULL, "online" },
    { NULL, "Programme" }, { NULL, "Venue" }, { NULL, "Dates" },
    { "agenda item kind", "Session" }, { "agenda item kind", "Break" },
    { "month", "May" }, { "weekday", "Wednesday" },
  };

  g_assert_nonnull (lc_l10n_get_catalogue_path ());

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      const char *ar = lc_l10n_pgettext (LC_LANGUAGE_ARABIC, words[i].context, words[i].msgid);
      const char *en = lc_l10n_pgettext (LC_LANGUAGE_ENGLISH, words[i].context, words[i].msgid);

      g_assert_cmpstr (en, ==, words[i].msgid);
      if (!lc_test_has_arabic_letter (ar))
        g_error ("“%s” has no Arabic translation in %s", words[i].msgid,
                 lc_l10n_get_catalogue_path ());
    }

  /* The role headings, through the function the renderer asks. */
  g_assert_cmpstr (lc_role_heading (LC_ROLE_MODERATOR, 1, LC_LANGUAGE_ARABIC), ==, "مدير الجلسة");
  g_assert_cmpstr (lc_role_heading (LC_ROLE_SPEAKER, 3, LC_LANGUAGE_ARABIC), ==, "المتحدثون");
  g_assert_cmpstr (lc_l10n_pgettext (LC_LANGUAGE_ARABIC, "month", "May"), ==, "مايو");
  g_assert_cmpstr (lc_l10n_weekday_name (LC_LANGUAGE_ARABIC, G_DATE_SUNDAY), ==, "الأحد");
  g_assert_cmpstr (lc_l10n_weekday_name (LC_LANGUAGE_ARABIC, G_DATE_SATURDAY), ==, "السبت");
  g_assert_cmpstr (lc_l10n_month_name (LC_LANGUAGE_ARABIC, G_DATE_JANUARY), ==, "يناير");
  g_assert_cmpstr (lc_l10n_month_name (LC_LANGUAGE_ARABIC, G_DATE_DECEMBER), ==, "ديسمبر");
  g_assert_cmpstr (lc_l10n_month_name (LC_LANGUAGE_ENGLISH, G_DATE_AUGUST), ==, "August");
  /* An unknown msgid falls back to English, in both languages. */
  g_assert_cmpstr (lc_l10n_gettext (LC_LANGUAGE_ARABIC, "No such text, surely"), ==,
                   "No such text, surely");
}

static void
test_l10n_dates_digits (void)
{
  GDate date;
  g_autofree char *en = NULL, *ar = NULL, *ar_western = NULL;
  g_autofree char *d1 = NULL, *d2 = NULL, *d3 = NULL, *d4 = NULL;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 10, G_DATE_MAY, 2023);
  en = lc_l10n_format_date (LC_LANGUAGE_ENGLISH, &date);
  ar = lc_l10n_format_date (LC_LANGUAGE_ARABIC, &date);
  ar_western = lc_l10n_format_date_full (LC_LANGUAGE_ARABIC, LC_DIGITS_WESTERN, &date);
  g_assert_cmpstr (en, ==, "Wednesday 10 May 2023");
  g_assert_cmpstr (ar, ==, "الأربعاء ١٠ مايو ٢٠٢٣");
  g_assert_cmpstr (ar_western, ==, "الأربعاء 10 مايو 2023");

  d1 = lc_l10n_localise_digits (LC_LANGUAGE_ARABIC, "09:45–10:30, page 12");
  d2 = lc_l10n_localise_digits (LC_LANGUAGE_ENGLISH, "٠٩:٤٥ ۱۲");
  d3 = lc_l10n_convert_digits (LC_LANGUAGE_ENGLISH, LC_DIGITS_ARABIC_INDIC, "2023");
  d4 = lc_l10n_localise_digits (LC_LANGUAGE_ARABIC, "");
  g_assert_cmpstr (d1, ==, "٠٩:٤٥–١٠:٣٠, page ١٢");
  g_assert_cmpstr (d2, ==, "09:45 12");
  g_assert_cmpstr (d3, ==, "٢٠٢٣");
  g_assert_cmpstr (d4, ==, "");
}

static void
test_l10n_environment (void)
{
  const char *names[] = { "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE" };
  char *saved[G_N_ELEMENTS (names)];
  const struct { const char *lc_all, *lc_messages, *lang, *language; LcLanguage expected; } cases[] = {
    { NULL, NULL, "ar_SA.UTF-8", NULL, LC_LANGUAGE_ARABIC },
    { NULL, "ar_EG.UTF-8", "en_US.UTF-8", NULL, LC_LANGUAGE_ARABIC },
    { NULL, "en_GB.UTF-8", "ar_SA.UTF-8", NULL, LC_LANGUAGE_ENGLISH },
    { "C.UTF-8", NULL, "ar_SA.UTF-8", "ar", LC_LANGUAGE_ENGLISH },
    { NULL, NULL, "en_US.UTF-8", "ar:en", LC_LANGUAGE_ARABIC },
    { NULL, NULL, "ar_SA.UTF-8", "en", LC_LANGUAGE_ENGLISH },
    { NULL, NULL, "ar", NULL, LC_LANGUAGE_ARABIC },
    { NULL, NULL, "arn_CL.UTF-8", NULL, LC_LANGUAGE_ENGLISH },
    { NULL, NULL, NULL, NULL, LC_LANGUAGE_ENGLISH },
  };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    saved[n] = g_strdup (g_getenv (names[n]));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *values[] = { cases[i].lc_all, cases[i].lc_messages, cases[i].lang, cases[i].language };

      for (guint n = 0; n < G_N_ELEMENTS (names); n++)
        if (values[n])
          g_setenv (names[n], values[n], TRUE);
        else
          g_unsetenv (names[n]);
      g_assert_cmpint (lc_l10n_language_from_environment (), ==, cases[i].expected);
      g_assert_cmpint (lc_agenda_language_default (), ==,
                       cases[i].expected == LC_LANGUAGE_ARABIC ? LC_AGENDA_LANGUAGE_ARABIC
                                                               : LC_AGENDA_LANGUAGE_ENGLISH);
    }

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      if (saved[n])
        g_setenv (names[n], saved[n], TRUE);
      else
        g_unsetenv (names[n]);
      g_free (saved[n]);
    }
}

/* ---- the .mo reader on untrusted files ---- */

typedef struct { const char *id, *str; gsize id_len, str_len; } MoPair;

static void
put_u32 (GByteArray *out,
         guint32     v,
         gboolean    swap)
{
  guint32 w = swap ? GUINT32_SWAP_LE_BE (v) : v;

  g_byte_array_append (out, (const guint8 *) &w, 4);
}

/* A well-formed .mo in either byte order; ids with a NUL (plurals) or an
 * EOT (contexts) are given with explicit lengths. */
static GBytes *
build_mo (const MoPair *pairs,
          guint         n,
          gboolean      swap)
{
  GByteArray *out = g_byte_array_new ();
  guint32 strings = 28 + 16 * n;
  guint32 offset = strings;

  put_u32 (out, 0x950412de, swap);
  put_u32 (out, 0, swap);
  put_u32 (out, n, swap);
  put_u32 (out, 28, swap);
  put_u32 (out, 28 + 8 * n, swap);
  put_u32 (out, 0, swap);
  put_u32 (out, 0, swap);
  for (guint i = 0; i < n; i++)
    {
      put_u32 (out, pairs[i].id_len, swap);
      put_u32 (out, offset, swap);
      offset += pairs[i].id_len + 1;
    }
  for (guint i = 0; i < n; i++)
    {
      put_u32 (out, pairs[i].str_len, swap);
      put_u32 (out, offset, swap);
      offset += pairs[i].str_len + 1;
    }
  for (guint i = 0; i < n; i++)
    g_byte_array_append (out, (const guint8 *) pairs[i].id, pairs[i].id_len + 1);
  for (guint i = 0; i < n; i++)
    g_byte_array_append (out, (const guint8 *) pairs[i].str, pairs[i].str_len + 1);

  return g_byte_array_free_to_bytes (out);
}

static LcCatalogue *
load_bytes (const char  *dir,
            const void  *data,
            gsize        size,
            GError     **error)
{
  g_autofree char *path = g_build_filename (dir, "test.mo", NULL);

  g_assert_true (g_file_set_contents (path, data, (gssize) size, NULL));
  return lc_catalogue_new_from_file (path, error);
}

#define PAIR(a, b) { a, b, sizeof (a) - 1, sizeof (b) - 1 }

static void
test_catalogue_untrusted (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  const MoPair pairs[] = {
    PAIR ("", "Content-Type: text/plain; charset=UTF-8\n"),
    PAIR ("Day %s", "اليوم %s"),
    PAIR ("Page %1$s of %2$s", "صفحة %2$s من %1$s"),   /* reordered: fine */
    PAIR ("Bad type %s", "نوع %d"),                      /* would crash printf */
    PAIR ("Missing %1$s and %2$s", "%2$s فقط"),           /* drops an argument */
    PAIR ("Writes %s", "%n%s"),                           /* %n: never */
    PAIR ("No format", "نسبة %s"),                        /* adds a directive */
    PAIR ("Percent 100%%", "١٠٠٪ %%"),
    PAIR ("month\004May", "مايو"),
    PAIR ("Broken UTF-8", "\xc3\x28"),
    PAIR ("Empty", ""),
    PAIR ("Speaker\000Speakers", "متحدث\000متحدثان\000متحدثون"),
  };
  g_autoptr(GBytes) good = build_mo (pairs, G_N_ELEMENTS (pairs), FALSE);
  g_autoptr(GBytes) swapped = build_mo (pairs, G_N_ELEMENTS (pairs), TRUE);
  const guint8 *data;
  gsize size;
  GRand *rand = g_rand_new_with_seed (4);

  for (guint order = 0; order < 2; order++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LcCatalogue) c = NULL;

      data = g_bytes_get_data (order ? swapped : good, &size);
      c = load_bytes (dir, data, size, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (lc_catalogue_lookup (c, NULL, "Day %s", 0), ==, "اليوم %s");
      g_assert_cmpstr (lc_catalogue_lookup (c, NULL, "Page %1$s of %2$s", 0), ==, "صفحة %2$s من %1$s");
      g_assert_null (lc_catalogue_lookup (c, NULL, "Bad type %s", 0));
      g_assert_null (lc_catalogue_lookup (c, NULL, "Missing %1$s and %2$s", 0));
      g_assert_null (lc_catalogue_lookup (c, NULL, "Writes %s", 0));
      g_assert_null (lc_catalogue_lookup (c, NULL, "No format", 0));
      g_assert_cmpstr (lc_catalogue_lookup (c, NULL, "Percent 100%%", 0), ==, "١٠٠٪ %%");
      g_assert_cmpstr (lc_catalogue_lookup (c, "month", "May", 0), ==, "مايو");
      g_assert_null (lc_catalogue_lookup (c, NULL, "May", 0));
      g_assert_null (lc_catalogue_lookup (c, NULL, "Broken UTF-8", 0));
      g_assert_null (lc_catalogue_lookup (c, NULL, "Empty", 0));
      g_assert_cmpstr (lc_catalogue_lookup (c, NULL, "Speaker", 2), ==, "متحدثون");
      g_assert_null (lc_catalogue_lookup (c, NULL, "Speaker", 3));
      g_assert_cmpuint (lc_catalogue_get_n_entries (c), ==, 5);
    }

  data = g_bytes_get_data (good, &size);

  /* Every truncation is refused: the last string's NUL is the last byte. */
  for (gsize length = 0; length < size; length++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LcCatalogue) c = load_bytes (dir, data, length, &error);

      g_assert_null (c);
      g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
    }

  /* Random damage to the header and tables never reads outside the file
   * (run under the sanitizers to see it), and is refused or survived. */
  for (guint round = 0; round < 2000; round++)
    {
      g_autofree guint8 *copy = g_memdup2 (data, size);
      g_autoptr(GError) error = NULL;
      g_autoptr(LcCatalogue) c = NULL;
      guint flips = (guint) g_rand_int_range (rand, 1, 4);

      for (guint f = 0; f < flips; f++)
        copy[g_rand_int_range (rand, 0, 28 + 16 * G_N_ELEMENTS (pairs))] = (guint8) g_rand_int (rand);
      c = load_bytes (dir, copy, size, &error);
      if (c == NULL)
        g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
      else
        for (guint i = 1; i < G_N_ELEMENTS (pairs); i++)
          {
            const char *t = lc_catalogue_lookup (c, NULL, pairs[i].id, 0);

            g_assert_true (t == NULL || g_utf8_validate (t, -1, NULL));
          }
    }

  /* A catalogue in another encoding is refused as a whole. */
  {
    const MoPair latin1[] = { PAIR ("", "Content-Type: text/plain; charset=ISO-8859-1\n"), PAIR ("a", "b") };
    g_autoptr(GBytes) bytes = build_mo (latin1, 2, FALSE);
    g_autoptr(GError) error = NULL;
    g_autoptr(LcCatalogue) c = NULL;

    data = g_bytes_get_data (bytes, &size);
    c = load_bytes (dir, data, size, &error);
    g_assert_null (c);
    g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
  }

  /* Not a file at all. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(LcCatalogue) c = lc_catalogue_new_from_file (dir, &error);

    g_assert_null (c);
    g_assert_nonnull (error);
  }

  g_rand_free (rand);
  lc_test_remove_tree (dir);
}

/* ---- the sample, in every language and paper ---- */

static void
test_sample_exports (void)
{
  g_autofree char *dir = NULL;
  gint64 id;
  g_autoptr(LcStore) store = lc_test_pdf_sample_store (&dir, &id);
  g_autoptr(LcAgenda) agenda = NULL;
  g_autoptr(GError) error = NULL;

  agenda = lc_agenda_load (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lc_agenda_get_n_items (agenda), ==, 27);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint p = 0; p < G_N_ELEMENTS (papers); p++)
      {
        g_autofree char *name = g_strdup_printf ("sample-%s-%s", languages[l], papers[p]);
        g_autofree char *file = g_strconcat (name, ".pdf", NULL);
        g_autofree char *pdf = g_build_filename (dir, file, NULL);
        g_autofree char *info = NULL, *fonts = NULL, *text = NULL, *size = NULL;
        g_autofree char *pages_text = NULL, *title = NULL, *author = NULL, *creator = NULL;
        g_autofree char *created = NULL;
        g_autoptr(LcAgendaLayout) layout = NULL;
        LcAgendaLanguage language;
        LcPaper paper;
        double w, h;
        guint pages;

        g_assert_true (lc_agenda_language_from_string (languages[l], &language));
        g_assert_true (lc_paper_from_string (papers[p], &paper));
        g_assert_true (lc_agenda_export_pdf (store, id, pdf, language, paper, &error));
        g_assert_no_error (error);

        info = lc_test_tool_output ("pdfinfo", pdf, NULL);
        title = lc_test_pdf_info_field (info, "Title");
        author = lc_test_pdf_info_field (info, "Author");
        creator = lc_test_pdf_info_field (info, "Creator");
        size = lc_test_pdf_info_field (info, "Page size");
        pages_text = lc_test_pdf_info_field (info, "Pages");
        g_assert_nonnull (title);
        g_assert_nonnull (creator);
        g_assert_nonnull (author);
        created = lc_test_pdf_info_field (info, "CreationDate");
        g_assert_nonnull (created);
        g_assert_nonnull (strstr (info, "Subject:"));
        if (language == LC_AGENDA_LANGUAGE_ARABIC)
          {
            g_assert_cmpstr (title, ==, SAMPLE_TITLE_AR);
            g_assert_nonnull (strstr (author, "مكتب التربية العربي"));
          }
        else
          {
            g_assert_true (g_str_has_prefix (title, SAMPLE_TITLE));
            g_assert_nonnull (strstr (author, "Arab Bureau of Education"));
          }
        if (language == LC_AGENDA_LANGUAGE_BILINGUAL)
          g_assert_nonnull (strstr (title, SAMPLE_TITLE_AR));
        g_assert_true (g_str_has_prefix (creator, "Learning Cities"));
        g_assert_cmpstr (size, ==, paper == LC_PAPER_A4 ? "595.276 x 841.89 pts (A4)"
                                                         : "612 x 792 pts (letter)");

        /* 27 items, the tallest well under a third of a page in one language
         * (two thirds with narrower bilingual columns), so at least three
         * (one and a half) fit a page: 9 (18) pages and the title's, at most. */
        pages = (guint) g_ascii_strtoull (pages_text, NULL, 10);
        g_assert_cmpuint (pages, >=, 2);
        g_assert_cmpuint (pages, <=, language == LC_AGENDA_LANGUAGE_BILINGUAL ? 19 : 10);

        fonts = lc_test_tool_output ("pdffonts", pdf, NULL);
        if (language != LC_AGENDA_LANGUAGE_ENGLISH)
          {
            g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);
            gboolean naskh = FALSE;

            for (guint i = 0; lines[i]; i++)
              if (strstr (lines[i], "NotoNaskhArabic") != NULL)
                {
                  naskh = TRUE;
                  g_assert_nonnull (strstr (lines[i], " yes "));  /* emb */
                }
            g_assert_true (naskh);
          }
        g_assert_nonnull (strstr (fonts, "NotoSans-"));
        g_assert_null (strstr (fonts, " no  "));  /* every font embedded */

        text = lc_test_tool_output ("pdftotext", "-enc", "UTF-8", pdf, "-", NULL);
        if (language != LC_AGENDA_LANGUAGE_ARABIC)
          {
            g_assert_nonnull (strstr (text, SAMPLE_TITLE));
            g_assert_nonnull (strstr (text, "Opening session"));
            g_assert_nonnull (strstr (text, "Regional trends in learning cities"));
            g_assert_nonnull (strstr (text, "09:00"));
            g_assert_nonnull (strstr (text, "17:40"));
            g_assert_nonnull (strstr (text, "Khalid Al-Salem"));
            g_assert_nonnull (strstr (text, "Wednesday 10 May 2023"));
            g_assert_nonnull (strstr (text, "Page 1 of"));
          }
        else
          {
            /* Arabic text is checked by eye on the PNGs (pdftotext splits its
             * letters); here: Arabic-Indic digits, and no English fixed words. */
            g_assert_nonnull (strstr (text, "٠٩"));
            g_assert_null (strstr (text, "Page "));
            g_assert_null (strstr (text, "Speakers"));
            g_assert_null (strstr (text, "09:00"));
          }

        /* The outline: a day, then its items (breaks left out). */
        {
          g_autofree char *bytes = NULL;
          gsize length;

          g_assert_true (g_file_get_contents (pdf, &bytes, &length, NULL));
          g_assert_true (find_bytes (bytes, length, "/Type /Outlines"));
          if (language == LC_AGENDA_LANGUAGE_ENGLISH)
            {
              g_assert_true (find_bytes (bytes, length, "/Title (Wednesday 10 May 2023)"));
              g_assert_true (find_bytes (bytes, length, "/Title (Thursday 11 May 2023)"));
              g_assert_true (find_bytes (bytes, length, "/Title (09:00 Opening session)"));
              g_assert_false (find_bytes (bytes, length, "/Title (10:05 Coffee break)"));
            }
        }

        lc_test_pdf_save_pngs (pdf, name, 2);

        /* The same pages, measured. */
        lc_paper_get_size (paper, &w, &h);
        layout = lc_agenda_layout_new (agenda, language, LC_DIGITS_DEFAULT, NULL, w, h);
        g_assert_cmpuint (lc_agenda_layout_get_n_pages (layout), ==, pages);
        check_layout (layout);
      }

  lc_test_remove_tree (dir);
}

/* ---- a convention built to break the layout ---- */

static char *
long_text (const char *words,
           guint       n_chars)
{
  GString *s = g_string_new (NULL);

  while (g_utf8_strlen (s->str, -1) < (glong) n_chars)
    g_string_append (s, words);
  g_string_truncate (s, g_utf8_offset_to_pointer (s->str, n_chars) - s->str);
  return g_string_free (s, FALSE);
}

/* 500 items over five days with 200-character titles, 12 speakers with long
 * names on one item, 70 on another (longer than a page), a title with no
 * place to break, people online. */
static gint64
build_stress (LcStore *store,
              guint    n_items)
{
  g_autoptr(LcRecord) c = g_object_new (LC_TYPE_CONVENTION, NULL);
  g_autofree char *title_en = long_text ("Lifelong learning for sustainable and inclusive cities; ", 200);
  g_autofree char *title_ar = long_text ("التعلم مدى الحياة من أجل مدن مستدامة وشاملة؛ ", 200);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 id, room_ids[4], city_id;

  g_assert_true (lc_store_begin (store, &error));
  lc_record_set_text (c, "title", "ملتقى الاختبار الكبير لمدن التعلم", "The Great Stress Convention of Learning Cities");
  lc_record_set_text (c, "slogan", title_ar, title_en);
  lc_record_set_text (c, "venue", "مركز المؤتمرات", "Conference Centre");
  lc_record_set_text (c, "organisers", "", "The Organisers");
  lc_record_set_string (c, "start-date", "2024-02-26");
  lc_record_set_string (c, "end-date", "2024-03-01");
  lc_record_set_string (c, "time-zone", "Asia/Riyadh");
  id = lc_test_pdf_insert (store, c);

  for (guint r = 0; r < G_N_ELEMENTS (room_ids); r++)
    {
      g_autoptr(LcRecord) room = g_object_new (LC_TYPE_ROOM, NULL);
      g_autofree char *en = g_strdup_printf ("Hall %u of the King Abdulaziz Conference Centre", r + 1);

      lc_record_set_int (room, "convention-id", id);
      lc_record_set_text (room, "name", r == 3 ? "" : "قاعة المؤتمرات الكبرى", en);
      room_ids[r] = lc_test_pdf_insert (store, room);
    }

  {
    g_autoptr(LcRecord) city = g_object_new (LC_TYPE_CITY, NULL);

    lc_record_set_int (city, "convention-id", id);
    lc_record_set_text (city, "name", "مدينة ينبع الصناعية", "Yanbu Industrial City");
    city_id = lc_test_pdf_insert (store, city);
  }

  for (guint i = 0; i < 80; i++)
    {
      g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
      g_autofree char *en = g_strdup_printf ("Speaker Number %u Abdulrahman bin Mohammed Al-Longname", i + 1);
      g_autofree char *position = long_text ("Senior adviser for lifelong learning policy, ", 90);

      lc_record_set_int (person, "convention-id", id);
      /* Some Arabic names are missing: the English one is shown instead. */
      lc_record_set_text (person, "name", i % 7 == 3 ? "" : "عبد الرحمن بن محمد الطويل", en);
      lc_record_set_text (person, "honorific", "د.", "Dr");
      lc_record_set_text (person, "position", "مستشار أول لسياسات التعلم مدى الحياة", position);
      lc_record_set_text (person, "organisation", "منظمة الأمم المتحدة للتربية والعلم والثقافة",
                          "United Nations Educational, Scientific and Cultural Organization");
      if (i % 2 == 0)
        lc_record_set_int (person, "city-id", city_id);
      lc_record_set_int (person, "attendance", i % 5 == 0 ? LC_ATTENDANCE_ONLINE : LC_ATTENDANCE_IN_PERSON);
      lc_test_pdf_insert (store, person);
      g_ptr_array_add (people, g_object_ref (person));
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
      guint per_day = (n_items + 4) / 5, slot = i % per_day;
      g_autofree char *day = g_strdup_printf ("2024-02-%02u", 26 + i / per_day);
      guint n_people = i == 0 ? 12 : i == 1 ? 70 : i % 4;
      gint64 item_id;

      if (26 + i / per_day > 29)
        {
          g_free (day);
          day = g_strdup_printf ("2024-03-%02u", 26 + i / per_day - 29);
        }
      lc_record_set_int (item, "convention-id", id);
      lc_record_set_int (item, "kind", i % 9 == 4 ? LC_ITEM_KIND_BREAK : (LcItemKind) (i % 8));
      lc_record_set_int (item, "number", i % 3 == 0 ? 0 : i + 1);
      if (i == 2)
        {
          g_autofree char *unbreakable = long_text ("Unbreakable", 200);

          lc_record_set_text (item, "title", "", unbreakable);
        }
      else
        lc_record_set_text (item, "title", title_ar, title_en);
      lc_record_set_string (item, "day", day);
      lc_record_set_int (item, "start-minute", 7 * 60 + (int) (slot * 1430 / per_day) % (16 * 60));
      lc_record_set_int (item, "end-minute", 7 * 60 + (int) (slot * 1430 / per_day) % (16 * 60) + 20);
      if (i % 5 != 4)
        lc_record_set_int (item, "room-id", room_ids[i % 4]);
      item_id = lc_test_pdf_insert (store, item);

      for (guint k = 0; k < n_people; k++)
        {
          g_autoptr(LcRecord) part = g_object_new (LC_TYPE_PARTICIPATION, NULL);

          lc_record_set_int (part, "item-id", item_id);
          lc_record_set_int (part, "person-id",
                             lc_record_get_id (g_ptr_array_index (people, (i + k) % people->len)));
          lc_record_set_int (part, "role", k == 0 ? LC_ROLE_MODERATOR : k % 6 == 5 ? LC_ROLE_PRESENTER
                                                                                     : LC_ROLE_SPEAKER);
          lc_record_set_int (part, "position", k);
          if (k == 2)
            lc_record_set_int (part, "attendance", LC_ATTENDANCE_ONLINE);
          lc_test_pdf_insert (store, part);
        }
    }

  g_assert_true (lc_store_commit (store, &error));
  g_assert_no_error (error);

  return id;
}

static void
test_stress (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcAgenda) agenda = NULL;
  gint64 id = build_stress (store, 500);

  agenda = lc_agenda_load (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lc_agenda_get_n_items (agenda), ==, 500);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autofree char *name = g_strdup_printf ("stress-%s-a4", languages[l]);
      g_autofree char *file = g_strconcat (name, ".pdf", NULL);
      g_autofree char *pdf = g_build_filename (dir, file, NULL);
      g_autofree char *info = NULL, *pages_text = NULL;
      g_autoptr(LcAgendaLayout) layout = NULL;
      g_autoptr(GArray) boxes = NULL;
      LcAgendaLanguage language;
      double w, h;
      guint pages, long_pages = 0;

      g_assert_true (lc_agenda_language_from_string (languages[l], &language));
      lc_paper_get_size (LC_PAPER_A4, &w, &h);
      layout = lc_agenda_layout_new (agenda, language, LC_DIGITS_DEFAULT, NULL, w, h);
      check_layout (layout);

      /* The item with 70 people is longer than a page: it is cut between
       * lines and runs over at least two pages. */
      boxes = lc_agenda_layout_collect_boxes (layout);
      {
        int long_block = -1;
        guint last_page = G_MAXUINT;

        double cx, cy, cw, ch;

        lc_agenda_layout_get_content_area (layout, &cx, &cy, &cw, &ch);
        for (guint i = 0; i < boxes->len; i++)
          {
            const LcAgendaBox *b = &g_array_index (boxes, LcAgendaBox, i);

            if (b->kind == LC_BLOCK_ITEM && b->block_height > ch && b->block >= 0)
              {
                if (long_block < 0)
                  long_block = b->block;
                if (b->block == long_block && b->page != last_page)
                  {
                    long_pages++;
                    last_page = b->page;
                  }
              }
          }
        g_assert_cmpint (long_block, >=, 0);
        g_assert_cmpuint (long_pages, >=, 2);
      }

      g_assert_true (lc_agenda_write_pdf (agenda, pdf, language, LC_DIGITS_DEFAULT, LC_PAPER_A4, &error));
      g_assert_no_error (error);
      info = lc_test_tool_output ("pdfinfo", pdf, NULL);
      pages_text = lc_test_pdf_info_field (info, "Pages");
      pages = (guint) g_ascii_strtoull (pages_text, NULL, 10);
      g_assert_cmpuint (pages, ==, lc_agenda_layout_get_n_pages (layout));
      /* Each item takes at most two fifths of a page (bilingual: four
       * fifths), except the one with 70 people (at most four pages). */
      g_assert_cmpuint (pages, >=, 20);
      g_assert_cmpuint (pages, <=, (language == LC_AGENDA_LANGUAGE_BILINGUAL ? 400 : 200) + 5);
      lc_test_pdf_save_pngs (pdf, name, 3);
    }

  lc_test_remove_tree (dir);
}

static void
test_empty_convention (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 id = lc_test_add_convention (store, "An Empty Convention", "2025-01-05", "2025-01-06");
  g_autoptr(GError) error = NULL;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autofree char *file = g_strdup_printf ("empty-%s.pdf", languages[l]);
      g_autofree char *pdf = g_build_filename (dir, file, NULL);
      g_autofree char *info = NULL, *text = NULL, *pages = NULL;
      g_autoptr(LcAgenda) agenda = lc_agenda_load (store, id, &error);
      g_autoptr(LcAgendaLayout) layout = NULL;
      LcAgendaLanguage language;

      g_assert_no_error (error);
      g_assert_true (lc_agenda_language_from_string (languages[l], &language));
      g_assert_true (lc_agenda_write_pdf (agenda, pdf, language, LC_DIGITS_DEFAULT, LC_PAPER_A4, &error));
      g_assert_no_error (error);

      info = lc_test_tool_output ("pdfinfo", pdf, NULL);
      pages = lc_test_pdf_info_field (info, "Pages");
      g_assert_cmpstr (pages, ==, "1");
      text = lc_test_tool_output ("pdftotext", "-enc", "UTF-8", pdf, "-", NULL);
      if (language == LC_AGENDA_LANGUAGE_ARABIC)
        g_assert_null (strstr (text, "no items"));
      else
        g_assert_nonnull (strstr (text, "This convention has no items on its agenda yet."));

      layout = lc_agenda_layout_new (agenda, language, LC_DIGITS_DEFAULT, NULL, 595, 842);
      check_layout (layout);
      if (l == 2)
        lc_test_pdf_save_pngs (pdf, "empty-bilingual", 1);
    }

  lc_test_remove_tree (dir);
}

/* The print dialog's way: paginate once, draw pages on another context. */
static void
test_draw_on_any_context (void)
{
  g_autofree char *dir = NULL;
  gint64 id;
  g_autoptr(LcStore) store = lc_test_pdf_sample_store (&dir, &id);
  g_autoptr(LcAgenda) agenda = lc_agenda_load (store, id, NULL);
  g_autoptr(LcAgendaLayout) layout = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 612, 792);
  cairo_t *cr = cairo_create (surface);
  guint32 *pixels;
  guint dark[2] = { 0, 0 };
  int stride;

  layout = lc_agenda_layout_new (agenda, LC_AGENDA_LANGUAGE_ARABIC, LC_DIGITS_WESTERN, cr, 612, 792);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  lc_agenda_layout_draw_page (layout, cr, 1);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);

  /* Ink on the page, and more of it in the right half: the page starts
   * there (times, headings, the ragged edge of the text on the left). */
  pixels = (guint32 *) cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface) / 4;
  for (int y = 0; y < 792; y++)
    for (int x = 0; x < 612; x++)
      if ((pixels[y * stride + x] & 0xff) < 128)
        dark[x >= 306]++;
  g_assert_cmpuint (dark[0] + dark[1], >, 2000);
  g_assert_cmpuint (dark[1], >, dark[0]);

  /* Drawing again, in any order, leaves the context as it was. */
  cairo_save (cr);
  cairo_translate (cr, 3, 5);
  lc_agenda_layout_draw_page (layout, cr, lc_agenda_layout_get_n_pages (layout) - 1);
  lc_agenda_layout_draw_page (layout, cr, 0);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_restore (cr);

  check_layout (layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  lc_test_remove_tree (dir);
}

/* ---- the command line ---- */

static void
test_cli (void)
{
  g_autofree char *dir = NULL;
  gint64 id;
  g_autoptr(LcStore) store = lc_test_pdf_sample_store (&dir, &id);
  g_autofree char *db = g_strconcat ("--database=", lc_store_get_path (store), NULL);
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autofree char *pdf = g_build_filename (out_dir, "agenda.pdf", NULL);
  g_autofree char *opt = g_strconcat ("--export-agenda-pdf=", pdf, NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "agenda.pdf", NULL);
  g_autofree char *opt_missing = g_strconcat ("--export-agenda-pdf=", missing, NULL);
  const char *bad[][2] = {
    { "--language=fr", "--paper=a4" },
    { "--language=", "--paper=a4" },
    { "--language=en", "--paper=a3" },
    { "--language=bilingual", "--paper=" },
  };

  g_mkdir (out_dir, 0755);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *err = NULL;
      int status = lc_test_pdf_run_cli (&err, "en_US.UTF-8", db, opt, bad[i][0], bad[i][1], NULL);

      g_assert_cmpint (status, ==, 1);
      g_assert_true (strstr (err, "fr") || strstr (err, "a3") || strstr (err, "“”"));
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (lc_test_count_files (out_dir), ==, 0);
    }

  /* A folder that does not exist: an error, and nothing left behind. */
  {
    g_autofree char *err = NULL;

    g_assert_cmpint (lc_test_pdf_run_cli (&err, "en_US.UTF-8", db, opt_missing, NULL), ==, 1);
    g_assert_nonnull (strstr (err, "no-such-dir"));
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }

  /* No such convention. */
  {
    g_autofree char *err = NULL;

    g_assert_cmpint (lc_test_pdf_run_cli (&err, "en_US.UTF-8", db, opt, "--convention=999", NULL), ==, 1);
    g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  }

  /* Defaults: the user's language (Arabic here) and A4; only the PDF is
   * left in the folder (the temporary file was renamed). */
  {
    g_autofree char *err = NULL, *info = NULL, *title = NULL, *size = NULL;

    g_assert_cmpint (lc_test_pdf_run_cli (&err, "ar_SA.UTF-8", db, opt, NULL), ==, 0);
    g_assert_cmpuint (lc_test_count_files (out_dir), ==, 1);
    info = lc_test_tool_output ("pdfinfo", pdf, NULL);
    title = lc_test_pdf_info_field (info, "Title");
    size = lc_test_pdf_info_field (info, "Page size");
    g_assert_cmpstr (title, ==, SAMPLE_TITLE_AR);
    g_assert_cmpstr (size, ==, "595.276 x 841.89 pts (A4)");
  }

  /* Explicit choices replace the file. */
  {
    g_autofree char *err = NULL, *info = NULL, *title = NULL, *size = NULL;

    g_assert_cmpint (lc_test_pdf_run_cli (&err, "ar_SA.UTF-8", db, opt, "--language=en", "--paper=letter", NULL), ==, 0);
    g_assert_cmpuint (lc_test_count_files (out_dir), ==, 1);
    info = lc_test_tool_output ("pdfinfo", pdf, NULL);
    title = lc_test_pdf_info_field (info, "Title");
    size = lc_test_pdf_info_field (info, "Page size");
    g_assert_cmpstr (title, ==, SAMPLE_TITLE);
    g_assert_cmpstr (size, ==, "612 x 792 pts (letter)");
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

  /* The environment first, while no thread can read it. */
  g_test_add_func ("/pdf/l10n-environment", test_l10n_environment);
  g_test_add_func ("/pdf/l10n-fixed-words", test_l10n_fixed_words);
  g_test_add_func ("/pdf/l10n-dates-digits", test_l10n_dates_digits);
  g_test_add_func ("/pdf/untrusted-catalogue", test_catalogue_untrusted);
  g_test_add_func ("/pdf/sample", test_sample_exports);
  g_test_add_func ("/pdf/stress", test_stress);
  g_test_add_func ("/pdf/empty", test_empty_convention);
  g_test_add_func ("/pdf/draw-anywhere", test_draw_on_any_context);
  g_test_add_func ("/pdf/cli", test_cli);

  return g_test_run ();
}
