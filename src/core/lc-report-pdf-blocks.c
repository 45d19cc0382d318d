/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-pdf-document.h"
#include "lc-organisation.h"
#include "lc-report-pdf-private.h"
#include "lc-text.h"

/*
 * The report's blocks, in reading order: the cover, the contents, the
 * foreword, about the convention with its figures, the sessions day by day
 * (the agenda's own item blocks, each followed by its summary and photos),
 * the exercise's chart and each city's choices, the declaration's last
 * published version, and the coverage. A part with nothing written says so
 * in a sentence rather than leaving an empty heading.
 *
 * Bilingual pages put English and Arabic side by side, as the agenda and
 * the declaration do: a text in one language only goes across the page.
 */

#define CHART_ROW 13.0
#define CHART_LABEL 58.0
#define PHOTO_MAX_SHARE 0.45  /* of the content's height: a photo and caption never split */
#define PAGE_NUMBER_WIDTH 40.0

char *
lc_report_pdf_pick (LcLanguage  language,
                    const char *ar,
                    const char *en)
{
  const char *wanted = language == LC_LANGUAGE_ARABIC ? ar : en;
  const char *other = language == LC_LANGUAGE_ARABIC ? en : ar;
  const char *text = wanted != NULL && *wanted != '\0' ? wanted : (other != NULL ? other : "");

  /* Bounded and cleaned for print (lc-text.c); isolated so that a text
   * standing in for the other language keeps its direction. */
  if (!lc_text_is_displayable (text, LC_TEXT_MAX_PRINT_CHARS))
    {
      g_autofree char *shown = lc_text_for_display (text, LC_TEXT_MAX_PRINT_CHARS,
                                                    lc_text_shortened_note (language));

      return lc_pdf_isolate (shown);
    }
  return lc_pdf_isolate (text);
}

static const char *
own (LcLanguage  language,
     guint       n,
     const char *ar,
     const char *en)
{
  /* Side by side, each column its own language, even when empty. */
  if (n > 1)
    return language == LC_LANGUAGE_ARABIC ? ar : en;
  return NULL;
}

/* A text in each column, @style, one block. */
static LcBlock *
text_block (LcAgendaLayout *self,
            LcBlockKind     kind,
            LcStyle         style,
            const char     *ar,
            const char     *en,
            guint32         colour)
{
  LcBlock *block = lc_pdf_block_new (kind);
  LcStrip strips[2];
  guint n = lc_pdf_document_text_columns (self, strips, ar, en);
  double h = 0;

  for (guint i = 0; i < n; i++)
    {
      const char *exact = own (strips[i].language, n, ar, en);
      g_autofree char *text = exact != NULL ? lc_report_pdf_pick (strips[i].language, exact, exact)
                                            : lc_report_pdf_pick (strips[i].language, ar, en);

      if (*text != '\0')
        h = MAX (h, lc_pdf_add_plain (self, block->leaves, &strips[i], 0, 0, strips[i].width,
                                      style, text, LC_ALIGN_START, colour));
    }
  block->height = MAX (h, 1);
  return block;
}

/* The same message in each column's language (a msgid for lc_l10n_gettext ()). */
static LcBlock *
message_block (LcAgendaLayout *self,
               LcStyle         style,
               const char     *msgid,
               guint32         colour)
{
  return text_block (self, LC_BLOCK_NOTE, style, lc_l10n_gettext (LC_LANGUAGE_ARABIC, msgid),
                     lc_l10n_gettext (LC_LANGUAGE_ENGLISH, msgid), colour);
}

static void
add_heading (LcAgendaLayout *self,
             LcReportDoc    *doc,
             int             level,
             const char     *ar,
             const char     *en)
{
  LcBlock *block = text_block (self, LC_BLOCK_DAY, level == 0 ? LC_STYLE_TITLE : LC_STYLE_DAY,
                               ar, en, ACCENT_DARK);
  LcReportHeading heading = { self->blocks->len, level, g_strdup (ar), g_strdup (en) };

  LcBlock *previous = self->blocks->len > 0 ? g_ptr_array_index (self->blocks, self->blocks->len - 1)
                                            : NULL;

  lc_pdf_add_fill (block->leaves, 0, block->height + 3, self->content_width,
                   level == 0 ? 1.5 : 0.5, level == 0 ? ACCENT : RULE_COLOUR);
  block->height += 8;
  block->space_before = level == 0 ? 26 : 16;
  block->keep_with_next = TRUE;

  /* A heading right under another ("The Sessions", then the first day)
   * joins its block: the paginator keeps a heading with the start of the
   * next block only, so two would let the first stay alone at the foot of
   * a page. */
  if (previous != NULL && previous->kind == LC_BLOCK_DAY && previous->keep_with_next)
    {
      double offset = previous->height + block->space_before;

      for (guint i = 0; i < block->leaves->len; i++)
        g_array_index (block->leaves, LcLeaf, i).y += offset;
      g_array_append_vals (previous->leaves, block->leaves->data, block->leaves->len);
      /* The leaves (and their layouts) now belong to @previous. */
      g_array_set_clear_func (block->leaves, NULL);
      previous->height = offset + block->height;
      lc_block_free (block);
      heading.block = self->blocks->len - 1;
      g_array_append_val (doc->headings, heading);
      return;
    }
  g_array_append_val (doc->headings, heading);
  g_ptr_array_add (self->blocks, block);
}

static void
add_part (LcAgendaLayout *self,
          LcReportDoc    *doc,
          const char     *msgid)
{
  add_heading (self, doc, 0, lc_l10n_gettext (LC_LANGUAGE_ARABIC, msgid),
               lc_l10n_gettext (LC_LANGUAGE_ENGLISH, msgid));
}

static void
add_note (LcAgendaLayout *self,
          const char     *msgid)
{
  LcBlock *block = message_block (self, LC_STYLE_NOTE, msgid, MUTED);

  block->space_before = 6;
  g_ptr_array_add (self->blocks, block);
}

/* A text of paragraphs (separated by an empty line), a block each, the
 * languages' paragraphs side by side in their order. */
static void
add_paragraphs (LcAgendaLayout *self,
                const char     *ar,
                const char     *en)
{
  g_auto(GStrv) ar_paragraphs = g_regex_split_simple ("\\n\\s*\\n", ar, 0, 0);
  g_auto(GStrv) en_paragraphs = g_regex_split_simple ("\\n\\s*\\n", en, 0, 0);
  guint n_ar = g_strv_length (ar_paragraphs), n_en = g_strv_length (en_paragraphs);

  for (guint i = 0; i < MAX (n_ar, n_en); i++)
    {
      g_autofree char *a = g_strstrip (g_strdup (i < n_ar ? ar_paragraphs[i] : ""));
      g_autofree char *e = g_strstrip (g_strdup (i < n_en ? en_paragraphs[i] : ""));
      LcBlock *block;

      if (*a == '\0' && *e == '\0')
        continue;
      block = text_block (self, LC_BLOCK_NOTE, LC_STYLE_VALUE, a, e, INK);
      block->space_before = 6;
      g_ptr_array_add (self->blocks, block);
    }
}

/* The convention's organisations (issue 12), under a label for each role,
 * their names as the agenda's title page gives them
 * (lc-pdf-organisations.c). Returns the height taken from @y, with the
 * gap above it; 0 when the convention lists none. */
static double
cover_organisations (LcAgendaLayout *self,
                     LcReportDoc    *doc,
                     GArray         *leaves,
                     const LcStrip  *strip,
                     double          y)
{
  static const struct { int role; const char *label; } roles[] = {
    /* The agenda's title page's labels: one translation for both. */
    { LC_ORGANISATION_ROLE_HOST, N_("Host") },
    { LC_ORGANISATION_ROLE_ORGANISER, N_("Organisers") },
    { LC_ORGANISATION_ROLE_PARTNER, N_("Partners") },
    { LC_ORGANISATION_ROLE_SPONSOR, N_("Sponsors") },
  };
  double top = y - 10;
  gboolean any = FALSE;

  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      g_autofree char *names = lc_pdf_organisation_names (doc->agenda, roles[r].role, strip->language);

      if (names == NULL)
        continue;
      y += lc_pdf_add_plain (self, leaves, strip, 0, y, strip->width, LC_STYLE_LABEL,
                             lc_l10n_gettext (strip->language, roles[r].label), LC_ALIGN_START, MUTED) + 1;
      y += lc_pdf_add_plain (self, leaves, strip, 0, y, strip->width, LC_STYLE_VALUE, names,
                             LC_ALIGN_START, INK) + 6;
      any = TRUE;
    }
  return any ? y - top : 0;
}

/* The cover's column: "Final Report", the titles in both languages (the
 * other language's under the page's), the dates, the venue and the
 * organisers. */
static double
cover_column (LcAgendaLayout *self,
              LcReportDoc    *doc,
              GArray         *leaves,
              const LcStrip  *strip,
              gboolean        both)
{
  LcRecord *c = LC_RECORD (doc->agenda->convention);
  LcLanguage language = strip->language;
  LcLanguage other = language == LC_LANGUAGE_ARABIC ? LC_LANGUAGE_ENGLISH : LC_LANGUAGE_ARABIC;
  g_autofree char *title = lc_report_pdf_pick (language, lc_record_get_string (c, "title-ar"),
                                               lc_record_get_string (c, "title-en"));
  g_autofree char *slogan = lc_report_pdf_pick (language, lc_record_get_string (c, "slogan-ar"),
                                                lc_record_get_string (c, "slogan-en"));
  g_autofree char *venue = lc_report_pdf_pick (language, lc_record_get_string (c, "venue-ar"),
                                               lc_record_get_string (c, "venue-en"));
  g_autofree char *organisers = lc_report_pdf_pick (language, lc_record_get_string (c, "organisers-ar"),
                                                    lc_record_get_string (c, "organisers-en"));
  g_autofree char *dates = NULL, *start = NULL, *end = NULL;
  GDate first, last;
  double w = strip->width, y = 0, y0;

  y += lc_pdf_add_plain (self, leaves, strip, 0, y, w, LC_STYLE_KICKER,
                         lc_l10n_gettext (language, N_("Final Report")), LC_ALIGN_START, ACCENT) + 6;
  y += lc_pdf_add_plain (self, leaves, strip, 0, y, w, LC_STYLE_TITLE, title, LC_ALIGN_START,
                         ACCENT_DARK) + 4;
  if (both)
    {
      LcStrip second = *strip;
      const char *own = lc_pdf_field (c, "title", other);
      g_autofree char *isolated = lc_pdf_isolate (own);

      second.language = other;
      y += lc_pdf_add_plain (self, leaves, &second, 0, y, w, LC_STYLE_SLOGAN, isolated,
                             LC_ALIGN_START, ACCENT_DARK) + 4;
    }
  if (*slogan != '\0')
    y += lc_pdf_add_plain (self, leaves, strip, 0, y, w, LC_STYLE_SLOGAN, slogan, LC_ALIGN_START,
                           INK) + 14;
  if (lc_date_parse (lc_record_get_string (c, "start-date"), &first)
      && lc_date_parse (lc_record_get_string (c, "end-date"), &last))
    {
      start = lc_pdf_long_date (self, language, &first);
      end = lc_pdf_long_date (self, language, &last);
      dates = g_date_compare (&first, &last) == 0 ? g_strdup (start)
                                                  : g_strconcat (start, " " EN_DASH " ", end, NULL);
      y += lc_pdf_add_plain (self, leaves, strip, 0, y, w, LC_STYLE_VALUE, dates, LC_ALIGN_START,
                             INK) + 4;
    }
  if (*venue != '\0')
    y += lc_pdf_add_plain (self, leaves, strip, 0, y, w, LC_STYLE_VALUE, venue, LC_ALIGN_START,
                           INK) + 4;
  y0 = y;
  y += cover_organisations (self, doc, leaves, strip, y + 10);
  if (y == y0 && *organisers != '\0')
    y += lc_pdf_add_plain (self, leaves, strip, 0, y, w, LC_STYLE_VALUE, organisers,
                           LC_ALIGN_START, MUTED);
  return y;
}

/* The cover is a page of its own. */
static void
add_cover (LcAgendaLayout *self,
           LcReportDoc    *doc)
{
  LcBlock *block = lc_pdf_block_new (LC_BLOCK_TITLE);
  LcStrip strips[2];
  guint n = lc_pdf_document_columns (self, strips);
  double h = 0;

  for (guint i = 0; i < n; i++)
    {
      double ch = cover_column (self, doc, block->leaves, &strips[i], n == 1);

      h = MAX (h, ch);
    }
  /* The organisations' logos, once, across the page from its start side,
   * as on the agenda's title page. */
  {
    double logos = lc_pdf_add_logos (self, block->leaves, self->content_width, h + 14,
                                     self->language == LC_AGENDA_LANGUAGE_ARABIC);

    if (logos > 0)
      h += 14 + logos;
  }
  lc_pdf_add_fill (block->leaves, 0, h + 10, self->content_width, 1.5, ACCENT);
  block->height = MAX (h + 12, self->content_height - 1);
  g_ptr_array_add (self->blocks, block);
}

static void
add_contents (LcAgendaLayout *self,
              LcReportDoc    *doc,
              GArray         *toc)
{
  LcStrip strips[2];
  guint n = lc_pdf_document_columns (self, strips);

  add_part (self, doc, N_("Contents"));
  /* The contents do not list themselves. */
  g_array_set_size (doc->headings, doc->headings->len - 1);
  for (guint h = 0; h < toc->len; h++)
    {
      const LcReportHeading *heading = &g_array_index (toc, LcReportHeading, h);
      LcBlock *block = lc_pdf_block_new (LC_BLOCK_NOTE);
      double height = 0;

      for (guint i = 0; i < n; i++)
        {
          LcLanguage language = strips[i].language;
          double indent = heading->level * 14.0;
          double w = strips[i].width - indent - PAGE_NUMBER_WIDTH;
          g_autofree char *title = lc_report_pdf_pick (language, heading->title_ar, heading->title_en);
          /* The measuring pass does not know the pages yet: a number as
           * wide as most, so both passes break the same lines. */
          guint page = h < doc->toc_pages->len ? g_array_index (doc->toc_pages, guint, h) : 88;
          g_autofree char *number = lc_pdf_number_text (self, language, page);

          height = MAX (height, lc_pdf_add_plain (self, block->leaves, &strips[i], indent, 0, w,
                                                  heading->level == 0 ? LC_STYLE_ITEM_TITLE : LC_STYLE_VALUE,
                                                  title, LC_ALIGN_START, INK));
          lc_pdf_add_plain (self, block->leaves, &strips[i], strips[i].width - PAGE_NUMBER_WIDTH, 0,
                            PAGE_NUMBER_WIDTH, LC_STYLE_VALUE, number, LC_ALIGN_END, ACCENT_DARK);
        }
      block->height = height;
      block->space_before = heading->level == 0 ? 6 : 2;
      g_ptr_array_add (self->blocks, block);
    }
}

static void
add_figures (LcAgendaLayout *self,
             LcReportDoc    *doc)
{
  static const char *const labels[] = { N_("People in person"), N_("People online"),
                                        N_("Cities"), N_("Countries") };
  const gint64 values[] = { doc->figures.in_person, doc->figures.online,
                            doc->figures.cities, doc->figures.countries };
  LcStrip strips[2];
  guint n = lc_pdf_document_columns (self, strips);

  add_heading (self, doc, 1, lc_l10n_gettext (LC_LANGUAGE_ARABIC, N_("Participation")),
               lc_l10n_gettext (LC_LANGUAGE_ENGLISH, N_("Participation")));
  for (guint f = 0; f < G_N_ELEMENTS (labels); f++)
    {
      LcBlock *block = lc_pdf_block_new (LC_BLOCK_NOTE);
      double h = 0;

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *number = lc_pdf_number_text (self, strips[i].language, values[f]);

          h = MAX (h, lc_pdf_add_plain (self, block->leaves, &strips[i], 0, 0, strips[i].width * 0.6,
                                        LC_STYLE_LABEL, lc_l10n_gettext (strips[i].language, labels[f]),
                                        LC_ALIGN_START, MUTED));
          lc_pdf_add_plain (self, block->leaves, &strips[i], strips[i].width * 0.6, 0,
                            strips[i].width * 0.4, LC_STYLE_VALUE, number, LC_ALIGN_END, INK);
        }
      block->height = h;
      block->space_before = 3;
      g_ptr_array_add (self->blocks, block);
    }
}

/* A photo and its caption, one block no taller than PHOTO_MAX_SHARE of a
 * page, so that they are never split. */
static void
add_photo (LcAgendaLayout *self,
           LcReportDoc    *doc,
           LcReportPhoto  *photo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *mime = NULL;
  g_autoptr(GBytes) data = NULL;
  LcReportPicture *picture;
  LcBlock *block;
  int width = 0, height = 0;
  double w, h;

  data = lc_report_load_image (doc->store, lc_report_photo_get_image (photo), &mime, &width,
                               &height, &error);
  if (data == NULL || width <= 0 || height <= 0)
    return;

  w = self->content_width;
  h = w * height / width;
  if (h > self->content_height * PHOTO_MAX_SHARE)
    {
      h = self->content_height * PHOTO_MAX_SHARE;
      w = h * width / height;
    }
  block = text_block (self, LC_BLOCK_NOTE, LC_STYLE_NOTE,
                      lc_report_photo_get_caption (photo, LC_LANGUAGE_ARABIC),
                      lc_report_photo_get_caption (photo, LC_LANGUAGE_ENGLISH), MUTED);
  /* The caption under the image: its leaves move down. */
  for (guint i = 0; i < block->leaves->len; i++)
    g_array_index (block->leaves, LcLeaf, i).y += h + 4;
  block->height += h + 4;
  block->space_before = 8;

  picture = g_new0 (LcReportPicture, 1);
  picture->image = g_strdup (lc_report_photo_get_image (photo));
  picture->x = (self->content_width - w) / 2;
  picture->width = w;
  picture->height = h;
  g_hash_table_insert (doc->pictures, GUINT_TO_POINTER (self->blocks->len), picture);
  g_ptr_array_add (self->blocks, block);
}

static void
add_sessions (LcAgendaLayout *self,
              LcReportDoc    *doc)
{
  GDate day;

  g_date_clear (&day, 1);
  add_part (self, doc, N_("The Sessions"));
  for (guint e = 0; e < doc->agenda->entries->len; e++)
    {
      const LcAgendaEntry *entry = g_ptr_array_index (doc->agenda->entries, e);
      gint64 id = lc_record_get_id (LC_RECORD (entry->item));
      LcReportSummary *summary = g_hash_table_lookup (doc->summaries, &id);
      GPtrArray *photos = g_hash_table_lookup (doc->photos, &id);

      if (lc_record_get_int (LC_RECORD (entry->item), "kind") == LC_ITEM_KIND_BREAK)
        continue;
      if (!g_date_valid (&day) || g_date_compare (&day, &entry->day) != 0)
        {
          g_autofree char *ar = lc_pdf_long_date (self, LC_LANGUAGE_ARABIC, &entry->day);
          g_autofree char *en = lc_pdf_long_date (self, LC_LANGUAGE_ENGLISH, &entry->day);

          day = entry->day;
          add_heading (self, doc, 1, ar, en);
        }
      g_ptr_array_add (self->blocks, lc_pdf_build_item (self, e));
      if (summary != NULL)
        add_paragraphs (self, lc_report_summary_get_summary (summary, LC_LANGUAGE_ARABIC),
                        lc_report_summary_get_summary (summary, LC_LANGUAGE_ENGLISH));
      else
        /* Translators: printed in the final report under a session no one summarised */
        add_note (self, N_("No summary was written for this session."));
      for (guint p = 0; photos != NULL && p < photos->len; p++)
        add_photo (self, doc, g_ptr_array_index (photos, p));
    }
}

/* How many cities chose each goal, as bars: rectangles, not an image. */
static void
add_chart (LcAgendaLayout *self,
           LcReportDoc    *doc)
{
  LcBlock *block = lc_pdf_block_new (LC_BLOCK_NOTE);
  guint counts[LC_SDG_COUNT + 1] = { 0 }, most = 1;
  LcStrip strips[2];
  LcStrip column;
  double bars;

  lc_pdf_document_columns (self, strips);
  column = (LcStrip) { 0, self->content_width, strips[0].language };
  for (guint c = 0; c < g_list_model_get_n_items (doc->cities); c++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (doc->cities, c);

      for (guint g = 1; g <= LC_SDG_COUNT; g++)
        if (lc_city_has_sdg (city, g))
          most = MAX (most, ++counts[g]);
    }
  bars = self->content_width - CHART_LABEL - 30;
  for (guint g = 1; g <= LC_SDG_COUNT; g++)
    {
      double y = (g - 1) * CHART_ROW;
      double length = bars * counts[g] / most;
      g_autofree char *goal = lc_pdf_number_text (self, column.language, g);
      g_autofree char *label = g_strdup_printf (lc_l10n_gettext (column.language, N_("Goal %s")), goal);
      g_autofree char *count = lc_pdf_number_text (self, column.language, counts[g]);
      /* The bar grows from the start edge of the page's language. */
      double x = lc_pdf_strip_x (&column, CHART_LABEL, length);

      lc_pdf_add_plain (self, block->leaves, &column, 0, y, CHART_LABEL - 4, LC_STYLE_NOTE, label,
                        LC_ALIGN_START, MUTED);
      lc_pdf_add_fill (block->leaves, x, y + 2, MAX (length, 0.5), CHART_ROW - 4, ACCENT);
      lc_pdf_add_plain (self, block->leaves, &column, CHART_LABEL + length + 4, y, 26,
                        LC_STYLE_NOTE, count, LC_ALIGN_START, INK);
    }
  block->height = LC_SDG_COUNT * CHART_ROW;
  block->space_before = 10;
  g_ptr_array_add (self->blocks, block);
}

static void
add_exercise (LcAgendaLayout *self,
              LcReportDoc    *doc)
{
  guint n = g_list_model_get_n_items (doc->cities);

  add_part (self, doc, N_("The Exercise: Each City’s Goals"));
  if (n == 0)
    {
      add_note (self, N_("No city has been recorded for this convention."));
      return;
    }
  add_chart (self, doc);
  for (guint c = 0; c < n; c++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (doc->cities, c);
      LcRecord *r = LC_RECORD (city);
      g_autoptr(GString) goals = g_string_new (NULL);
      g_autofree char *ar = NULL, *en = NULL;
      LcBlock *name;

      for (guint g = 1; g <= LC_SDG_COUNT; g++)
        if (lc_city_has_sdg (city, g))
          g_string_append_printf (goals, "%s%u", goals->len ? ", " : "", g);
      name = text_block (self, LC_BLOCK_NOTE, LC_STYLE_LABEL, lc_record_get_string (r, "name-ar"),
                         lc_record_get_string (r, "name-en"), ACCENT_DARK);
      name->space_before = 10;
      name->keep_with_next = TRUE;
      g_ptr_array_add (self->blocks, name);
      if (goals->len == 0)
        {
          add_note (self, N_("No goals chosen."));
          continue;
        }
      ar = g_strdup_printf (lc_l10n_gettext (LC_LANGUAGE_ARABIC, N_("Goals: %s")), goals->str);
      en = g_strdup_printf (lc_l10n_gettext (LC_LANGUAGE_ENGLISH, N_("Goals: %s")), goals->str);
      {
        g_autofree char *ar_digits = lc_pdf_digits (self, LC_LANGUAGE_ARABIC, ar);

        g_ptr_array_add (self->blocks, text_block (self, LC_BLOCK_NOTE, LC_STYLE_VALUE, ar_digits, en, INK));
      }
      add_paragraphs (self, lc_record_get_string (r, "trait-ar"), lc_record_get_string (r, "trait-en"));
    }
}

static void
add_declaration (LcAgendaLayout *self,
                 LcReportDoc    *doc)
{
  LcDeclarationText *text = doc->declaration;

  add_part (self, doc, N_("The Declaration"));
  if (text == NULL)
    {
      add_note (self, N_("The declaration has no published version yet."));
      return;
    }
  g_ptr_array_add (self->blocks, text_block (self, LC_BLOCK_NOTE, LC_STYLE_SLOGAN, text->title_ar,
                                             text->title_en, ACCENT_DARK));
  for (guint s = 0; s < text->sections->len; s++)
    {
      const LcTextSection *section = g_ptr_array_index (text->sections, s);
      LcBlock *title = text_block (self, LC_BLOCK_DAY, LC_STYLE_LABEL, section->title_ar,
                                   section->title_en, ACCENT_DARK);
      guint number = 0;

      title->space_before = 12;
      title->keep_with_next = TRUE;
      g_ptr_array_add (self->blocks, title);
      for (guint c = 0; c < section->clauses->len; c++)
        {
          const LcTextClause *clause = g_ptr_array_index (section->clauses, c);
          g_autofree char *ar = NULL, *en = NULL;

          if (!clause->numbered)
            {
              add_paragraphs (self, clause->text_ar, clause->text_en);
              continue;
            }
          number++;
          ar = *clause->text_ar ? g_strdup_printf ("%u. %s", number, clause->text_ar) : g_strdup ("");
          en = *clause->text_en ? g_strdup_printf ("%u. %s", number, clause->text_en) : g_strdup ("");
          {
            g_autofree char *ar_digits = lc_pdf_digits (self, LC_LANGUAGE_ARABIC, ar);

            add_paragraphs (self, ar_digits, en);
          }
        }
    }
}

static void
add_coverage (LcAgendaLayout *self,
              LcReportDoc    *doc)
{
  static const char *const titles[] = { N_("Press Coverage"), N_("Social Media Coverage") };

  for (guint k = 0; k < G_N_ELEMENTS (titles); k++)
    {
      guint shown = 0;

      add_part (self, doc, titles[k]);
      for (guint i = 0; i < g_list_model_get_n_items (doc->coverage); i++)
        {
          g_autoptr(LcCoverage) entry = g_list_model_get_item (doc->coverage, i);
          LcLanguage language = lc_coverage_get_language (entry);
          LcStrip strip = { 0, self->content_width, language };
          LcBlock *block;
          g_autofree char *headline = NULL;
          g_autofree char *where = NULL;
          double y;

          if ((guint) lc_coverage_get_kind (entry) != k)
            continue;
          shown++;
          /* A headline in its own language and direction, whatever the page's. */
          block = lc_pdf_block_new (LC_BLOCK_NOTE);
          headline = lc_report_pdf_pick (language, lc_coverage_get_headline (entry),
                                         lc_coverage_get_headline (entry));
          y = lc_pdf_add_plain (self, block->leaves, &strip, 0, 0, strip.width, LC_STYLE_ITEM_TITLE,
                                headline, LC_ALIGN_START, INK);
          where = g_strjoin (" · ", lc_coverage_get_outlet (entry), lc_coverage_get_date (entry),
                             lc_coverage_get_link (entry), NULL);
          {
            g_autofree char *isolated = lc_pdf_isolate (where);

            y += lc_pdf_add_plain (self, block->leaves, &strip, 0, y + 1, strip.width, LC_STYLE_NOTE,
                                   isolated, LC_ALIGN_START, MUTED) + 1;
          }
          block->height = y;
          block->space_before = 7;
          g_ptr_array_add (self->blocks, block);
        }
      if (shown == 0)
        add_note (self, N_("No coverage of this kind has been recorded."));
    }
}

/**
 * lc_report_pdf_build:
 * @self: an empty layout
 * @doc: the report
 *
 * Adds the report's blocks to @self, noting its headings and photos in
 * @doc. The contents list @doc's headings of the previous pass, with the
 * pages in @doc->toc_pages (none yet in the measuring pass).
 */
void
lc_report_pdf_build (LcAgendaLayout *self,
                     LcReportDoc    *doc)
{
  /* The headings are found again, at their new blocks. */
  g_autoptr(GArray) toc = g_steal_pointer (&doc->headings);

  doc->headings = lc_report_pdf_headings_new ();
  add_cover (self, doc);
  add_contents (self, doc, toc);

  add_part (self, doc, N_("Foreword"));
  if (*lc_report_get_foreword (doc->report, LC_LANGUAGE_ARABIC) == '\0'
      && *lc_report_get_foreword (doc->report, LC_LANGUAGE_ENGLISH) == '\0')
    add_note (self, N_("No foreword has been written."));
  else
    {
      LcBlock *signatory;

      add_paragraphs (self, lc_report_get_foreword (doc->report, LC_LANGUAGE_ARABIC),
                      lc_report_get_foreword (doc->report, LC_LANGUAGE_ENGLISH));
      signatory = text_block (self, LC_BLOCK_NOTE, LC_STYLE_LABEL,
                              lc_report_get_signatory (doc->report, LC_LANGUAGE_ARABIC),
                              lc_report_get_signatory (doc->report, LC_LANGUAGE_ENGLISH), ACCENT_DARK);
      signatory->space_before = 10;
      g_ptr_array_add (self->blocks, signatory);
    }

  add_part (self, doc, N_("About the Convention"));
  if (*lc_report_get_about (doc->report, LC_LANGUAGE_ARABIC) == '\0'
      && *lc_report_get_about (doc->report, LC_LANGUAGE_ENGLISH) == '\0')
    add_note (self, N_("Nothing has been written about the convention yet."));
  else
    add_paragraphs (self, lc_report_get_about (doc->report, LC_LANGUAGE_ARABIC),
                    lc_report_get_about (doc->report, LC_LANGUAGE_ENGLISH));
  add_figures (self, doc);

  add_sessions (self, doc);
  add_exercise (self, doc);
  add_declaration (self, doc);
  add_coverage (self, doc);
}
