/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "lc-agenda-pdf-private.h"
#include "lc-declaration-pdf.h"
#include "lc-declaration.h"
#include "lc-error.h"
#include "lc-pdf-document.h"
#include "lc-text.h"

/* The declaration as a PDF. The agenda's renderer does the work: its
 * fonts, styles, page geometry and pagination (a clause longer than the
 * room left on a page is cut between lines and goes on on the next one),
 * and its atomic file writing. Only the blocks, the running header and
 * footer, the outline and the metadata are the declaration's own. */

#define NUMBER_WIDTH 22.0
#define BODY_SCALE 1.15  /* clause text: the agenda's value style, a little larger */

typedef struct
{
  LcAgenda          *agenda;   /* the convention, for its titles */
  LcDeclarationText *text;
  LcAgendaLanguage   language;
  LcDigits           digits;
  GArray            *headings; /* guint: the block of each section's heading */
} LcDeclarationDoc;

static LcLanguage
main_language (LcAgendaLanguage language)
{
  return language == LC_AGENDA_LANGUAGE_ARABIC ? LC_LANGUAGE_ARABIC : LC_LANGUAGE_ENGLISH;
}

static const char *
pick (LcLanguage  language,
      const char *ar,
      const char *en)
{
  const char *wanted = language == LC_LANGUAGE_ARABIC ? ar : en;
  const char *other = language == LC_LANGUAGE_ARABIC ? en : ar;

  return wanted != NULL && *wanted != '\0' ? wanted : (other != NULL ? other : "");
}

/* "Version 2 — Final text read in session 9, published Friday 12 May 2023",
 * or "Working text (not yet published)". */
static char *
version_line (LcAgendaLayout    *self,
              LcDeclarationText *text,
              LcLanguage         language,
              gboolean           isolate)
{
  g_autofree char *number = NULL, *date = NULL;
  const char *label;
  GDate day;

  if (text->version == 0)
    return g_strdup (lc_l10n_gettext (language,
                                      /* Translators: says which text of the declaration a PDF holds */
                                      N_("Working text (not yet published)")));

  number = lc_pdf_number_text (self, language, text->version);
  label = pick (language, text->label_ar, text->label_en);
  g_date_clear (&day, 1);
  if (text->published != NULL && lc_date_parse (text->published, &day))
    date = lc_pdf_long_date (self, language, &day);
  else if (text->published != NULL)
    {
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (text->published, NULL);

      if (when != NULL)
        {
          g_date_set_dmy (&day, g_date_time_get_day_of_month (when),
                          g_date_time_get_month (when), g_date_time_get_year (when));
          date = lc_pdf_long_date (self, language, &day);
        }
    }

  if (*label != '\0' && date != NULL)
    {
      g_autofree char *isolated = isolate ? lc_pdf_isolate (label) : g_strdup (label);

      return g_strdup_printf (lc_l10n_gettext (language,
                                               /* Translators: the version of a printed declaration:
                                                * %1$s is its number, %2$s its label, %3$s the date
                                                * it was published */
                                               N_("Version %1$s — %2$s, published %3$s")),
                              number, isolated, date);
    }
  if (*label != '\0')
    {
      g_autofree char *isolated = isolate ? lc_pdf_isolate (label) : g_strdup (label);

      return g_strdup_printf (lc_l10n_gettext (language,
                                               /* Translators: the version of a printed declaration:
                                                * %1$s is its number, %2$s its label */
                                               N_("Version %1$s — %2$s")),
                              number, isolated);
    }
  return g_strdup_printf (lc_l10n_gettext (language,
                                           /* Translators: the version of a printed declaration,
                                            * %s is its number */
                                           N_("Version %s")),
                          number);
}

/* "Version 2" or "Working text", for the running header. */
static char *
version_short (LcAgendaLayout    *self,
               LcDeclarationText *text,
               LcLanguage         language)
{
  g_autofree char *number = NULL;

  if (text->version == 0)
    /* Translators: the running header of a printed working text of the declaration */
    return g_strdup (lc_l10n_gettext (language, N_("Working text")));

  number = lc_pdf_number_text (self, language, text->version);
  return g_strdup_printf (lc_l10n_gettext (language, N_("Version %s")), number);
}

static PangoLayout *
body_layout (LcAgendaLayout *self,
             LcLanguage      language,
             const char     *text,
             gboolean        markup,
             double          width)
{
  PangoLayout *layout = lc_pdf_make_layout (self, language, LC_STYLE_VALUE, text, markup, width,
                                            LC_ALIGN_START);
  PangoAttrList *markup_attrs = pango_layout_get_attributes (layout);
  PangoAttrList *attrs = markup_attrs ? pango_attr_list_copy (markup_attrs) : pango_attr_list_new ();

  pango_attr_list_insert_before (attrs, pango_attr_scale_new (BODY_SCALE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

static double
title_column (LcAgendaLayout   *self,
              LcDeclarationDoc *doc,
              GArray           *leaves,
              const LcStrip    *column,
              gboolean          stacked)
{
  LcLanguage language = column->language;
  LcDeclarationText *text = doc->text;
  g_autofree char *title = lc_pdf_isolate (pick (language, text->title_ar, text->title_en));
  g_autofree char *version = version_line (self, text, language, TRUE);
  g_autofree char *convention = lc_pdf_isolate (lc_pdf_field (LC_RECORD (doc->agenda->convention),
                                                              "title", language));
  double w = column->width, y = 0;
  PangoLayout *layout;

  /* Translators: the word above the title of a printed declaration */
  y += lc_pdf_add_plain (self, leaves, column, 0, y, w, LC_STYLE_KICKER,
                         lc_l10n_gettext (language, N_("Declaration")), LC_ALIGN_START,
                         ACCENT) + 3;

  layout = lc_pdf_make_layout (self, language, LC_STYLE_TITLE, title, FALSE, w, LC_ALIGN_START);
  if (stacked)
    {
      /* Two titles side by side: smaller, so neither takes half the page. */
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_scale_new (0.8));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  y += lc_pdf_add_text (leaves, column, 0, y, w, layout, ACCENT_DARK) + 4;
  y += lc_pdf_add_plain (self, leaves, column, 0, y, w, LC_STYLE_SLOGAN, version,
                         LC_ALIGN_START, INK) + 4;
  y += lc_pdf_add_plain (self, leaves, column, 0, y, w, LC_STYLE_VALUE, convention,
                         LC_ALIGN_START, MUTED);

  return y;
}

static LcBlock *
build_title (LcAgendaLayout   *self,
             LcDeclarationDoc *doc)
{
  LcBlock *block = lc_pdf_block_new (LC_BLOCK_TITLE);
  LcStrip strips[2];
  /* A title in one language: one block across the page, as its clauses. */
  guint n = lc_pdf_document_text_columns (self, strips, doc->text->title_ar, doc->text->title_en);
  double h = 0;

  for (guint i = 0; i < n; i++)
    {
      double ch = title_column (self, doc, block->leaves, &strips[i], n > 1);

      h = MAX (h, ch);
    }
  if (n > 1)
    lc_pdf_add_fill (block->leaves, self->content_width / 2 - 0.25, 0, 0.5, h, RULE_COLOUR);

  lc_pdf_add_fill (block->leaves, 0, h + 8, self->content_width, 1.5, ACCENT);
  block->height = h + 9.5;

  return block;
}

static LcBlock *
build_heading (LcAgendaLayout      *self,
               const LcTextSection *section)
{
  LcBlock *block = lc_pdf_block_new (LC_BLOCK_DAY);
  LcStrip strips[2];
  guint n = lc_pdf_document_text_columns (self, strips, section->title_ar, section->title_en);
  double h = 0;

  for (guint i = 0; i < n; i++)
    {
      LcLanguage language = strips[i].language;
      const char *title = n > 1 ? (language == LC_LANGUAGE_ARABIC ? section->title_ar
                                                                  : section->title_en)
                                : pick (language, section->title_ar, section->title_en);
      g_autofree char *isolated = lc_pdf_isolate (title);
      double th = lc_pdf_add_plain (self, block->leaves, &strips[i], 0, 0, strips[i].width,
                                    LC_STYLE_DAY, isolated, LC_ALIGN_START, ACCENT_DARK);

      h = MAX (h, th);
    }

  lc_pdf_add_fill (block->leaves, 0, h + 3, self->content_width, 0.5, RULE_COLOUR);
  block->height = h + 8;
  block->space_before = 18;
  block->keep_with_next = TRUE;

  return block;
}

/* One clause: its number (when the clause is an item of a numbered list)
 * at the start edge, its text beside it, in each column. */
static LcBlock *
build_clause (LcAgendaLayout     *self,
              const LcTextClause *clause,
              guint               number)
{
  LcBlock *block = lc_pdf_block_new (LC_BLOCK_NOTE);
  LcStrip strips[2];
  guint n = lc_pdf_document_text_columns (self, strips, clause->text_ar, clause->text_en);
  double h = 0;

  for (guint i = 0; i < n; i++)
    {
      LcLanguage language = strips[i].language;
      const char *chosen = n > 1 ? (language == LC_LANGUAGE_ARABIC ? clause->text_ar
                                                                   : clause->text_en)
                                 : pick (language, clause->text_ar, clause->text_en);
      /* Isolated: an English text standing in for a missing Arabic one
       * keeps its own direction (and its full stop at its end). */
      g_autofree char *body = *chosen != '\0' ? lc_pdf_isolate (chosen) : g_strdup ("");
      PangoLayout *layout;
      double th;

      if (clause->numbered)
        {
          /* The number and the text in one paragraph with a hanging
           * indent: the text's lines align after the number, and the
           * two read as one line (for text extraction and screen readers
           * too). */
          g_autofree char *digits = lc_pdf_number_text (self, language, number);
          g_autofree char *markup =
            g_markup_printf_escaped ("<b><span foreground='#%06X'>%s.</span></b>\t%s",
                                     (guint) ACCENT, digits, body);
          PangoTabArray *tabs =
            pango_tab_array_new_with_positions (1, FALSE, PANGO_TAB_LEFT,
                                                pango_units_from_double (NUMBER_WIDTH));

          layout = body_layout (self, language, markup, TRUE, strips[i].width);
          pango_layout_set_tabs (layout, tabs);
          pango_layout_set_indent (layout, -pango_units_from_double (NUMBER_WIDTH));
          pango_tab_array_free (tabs);
        }
      else if (*body != '\0')
        layout = body_layout (self, language, body, FALSE, strips[i].width);
      else
        continue;

      th = lc_pdf_add_text (block->leaves, &strips[i], 0, 0, strips[i].width, layout, INK);
      h = MAX (h, th);
    }

  block->height = MAX (h, 1);
  block->space_before = 7;

  return block;
}

static void
build_blocks (LcAgendaLayout   *self,
              LcDeclarationDoc *doc)
{
  g_ptr_array_add (self->blocks, build_title (self, doc));

  if (doc->text->sections->len == 0)
    {
      LcBlock *note = lc_pdf_block_new (LC_BLOCK_NOTE);
      LcStrip strips[2];
      guint n = lc_pdf_document_columns (self, strips);
      double h = 0;

      for (guint i = 0; i < n; i++)
        {
          /* Translators: printed instead of the text of an empty declaration */
          const char *msg = lc_l10n_gettext (strips[i].language, N_("This declaration has no text yet."));
          double th = lc_pdf_add_plain (self, note->leaves, &strips[i], 0, 0, strips[i].width,
                                        LC_STYLE_NOTE, msg, LC_ALIGN_START, MUTED);

          h = MAX (h, th);
        }
      note->height = h;
      note->space_before = 24;
      g_ptr_array_add (self->blocks, note);
      return;
    }

  for (guint s = 0; s < doc->text->sections->len; s++)
    {
      const LcTextSection *section = g_ptr_array_index (doc->text->sections, s);
      guint heading = self->blocks->len, number = 0;

      g_array_append_val (doc->headings, heading);
      g_ptr_array_add (self->blocks, build_heading (self, section));
      for (guint c = 0; c < section->clauses->len; c++)
        {
          const LcTextClause *clause = g_ptr_array_index (section->clauses, c);

          if (clause->numbered)
            number++;
          g_ptr_array_add (self->blocks, build_clause (self, clause, number));
        }
    }
}

/* The header (from the second page: the title and the version) and the
 * footer (the convention and "page N of M"), placed like the agenda's. */
static GArray *
running_leaves (LcAgendaLayout   *self,
                LcDeclarationDoc *doc,
                guint             page,
                guint             n_pages)
{
  GArray *leaves = g_array_new (FALSE, TRUE, sizeof (LcLeaf));
  LcRecord *c = LC_RECORD (doc->agenda->convention);
  double x = self->content_x, w = self->content_width;
  double header_y = self->content_y - 24;
  double footer_y = self->content_y + self->content_height + 14;
  gboolean bilingual = self->language == LC_AGENDA_LANGUAGE_BILINGUAL;
  double start_w = bilingual ? w / 2 - 8 : w * 0.62, end_w = w - start_w - 12;
  LcStrip strips[2];
  guint n = lc_pdf_document_columns (self, strips);

  g_array_set_clear_func (leaves, (GDestroyNotify) lc_leaf_clear);

  for (guint i = 0; i < n; i++)
    {
      LcLanguage language = strips[i].language;
      LcStrip strip = { x, w, language };
      g_autofree char *pn = lc_pdf_number_text (self, language, page + 1);
      g_autofree char *pm = lc_pdf_number_text (self, language, n_pages);
      g_autofree char *title = lc_pdf_isolate (pick (language, doc->text->title_ar,
                                                     doc->text->title_en));
      g_autofree char *convention = lc_pdf_isolate (lc_pdf_field (c, "title", language));
      g_autofree char *version = version_short (self, doc->text, language);
      g_autofree char *page_text = NULL;

      if (bilingual)
        strip = (LcStrip) { language == LC_LANGUAGE_ARABIC ? x + w / 2 + 8 : x, start_w, language };

      if (page > 0)
        {
          if (bilingual)
            {
              const char *own = language == LC_LANGUAGE_ARABIC ? doc->text->title_ar
                                                               : doc->text->title_en;
              /* A title in one language is printed once, in its own half. */
              g_autofree char *both = *own != '\0' ? g_strconcat (title, " · ", version, NULL)
                                                    : g_strdup (version);

              lc_pdf_document_add_running (self, leaves, &strip, 0, header_y, start_w, both,
                                           LC_ALIGN_START, MUTED);
            }
          else
            {
              lc_pdf_document_add_running (self, leaves, &strip, 0, header_y, start_w, title,
                                           LC_ALIGN_START, MUTED);
              lc_pdf_document_add_running (self, leaves, &strip, start_w + 12, header_y, end_w,
                                           version, LC_ALIGN_END, ACCENT);
            }
        }

      /* The agenda's own message: one translation for both documents. */
      page_text = g_strdup_printf (lc_l10n_gettext (language, N_("Page %1$s of %2$s")), pn, pm);
      if (bilingual)
        lc_pdf_document_add_running (self, leaves, &strip, 0, footer_y, start_w, page_text,
                                     LC_ALIGN_START, MUTED);
      else
        {
          lc_pdf_document_add_running (self, leaves, &strip, 0, footer_y, start_w, convention,
                                       LC_ALIGN_START, MUTED);
          lc_pdf_document_add_running (self, leaves, &strip, start_w + 12, footer_y, end_w,
                                       page_text, LC_ALIGN_END, MUTED);
        }
    }

  if (page > 0)
    lc_pdf_add_fill (leaves, x, self->content_y - 10, w, 0.5, RULE_COLOUR);
  lc_pdf_add_fill (leaves, x, footer_y - 6, w, 0.5, RULE_COLOUR);

  return leaves;
}

static char *
plain_title (LcDeclarationText *text,
             LcAgendaLanguage   language)
{
  if (language == LC_AGENDA_LANGUAGE_BILINGUAL && *text->title_en != '\0'
      && *text->title_ar != '\0')
    return g_strconcat (text->title_en, " / ", text->title_ar, NULL);

  return g_strdup (pick (main_language (language), text->title_ar, text->title_en));
}

static void
set_metadata (cairo_surface_t  *surface,
              LcAgendaLayout   *self,
              LcDeclarationDoc *doc)
{
  LcLanguage main = main_language (doc->language);
  const char *author = lc_agenda_author (doc->agenda, main);
  g_autofree char *title = plain_title (doc->text, doc->language);
  /* No directional isolates in metadata: viewers show them as boxes. */
  g_autofree char *subject = version_line (self, doc->text, main, FALSE);
  g_autofree char *created = lc_pdf_creation_date ();


  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Learning Cities " PACKAGE_VERSION);
  if (created != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}

/* The outline: an entry per section, at its heading. */
static void
add_outline (LcAgendaLayout   *self,
             LcDeclarationDoc *doc,
             cairo_surface_t  *surface)
{
  LcLanguage main = main_language (self->language);

  for (guint p = 0; p < self->pages->len; p++)
    {
      const LcPage *page = g_ptr_array_index (self->pages, p);

      for (guint i = 0; i < page->placements->len; i++)
        {
          const LcPlacement *pl = &g_array_index (page->placements, LcPlacement, i);
          g_autofree char *link = NULL, *name = NULL;
          const LcTextSection *section = NULL;

          if (pl->from > 0)
            continue;
          for (guint s = 0; s < doc->headings->len && section == NULL; s++)
            if (g_array_index (doc->headings, guint, s) == pl->block)
              section = g_ptr_array_index (doc->text->sections, s);
          if (section == NULL)
            continue;

          link = g_strdup_printf ("page=%u pos=[%d %d]", p + 1, (int) self->content_x,
                                  (int) (self->content_y + pl->y));
          if (self->language == LC_AGENDA_LANGUAGE_BILINGUAL && *section->title_en != '\0'
              && *section->title_ar != '\0')
            name = g_strconcat (section->title_en, " / ", section->title_ar, NULL);
          else
            name = g_strdup (pick (main, section->title_ar, section->title_en));
          cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, name, link, 0);
        }
    }
}

static gboolean
draw_declaration (cairo_surface_t  *surface,
                  double            width,
                  double            height,
                  gpointer          user_data,
                  GError          **error)
{
  LcDeclarationDoc *doc = user_data;
  g_autoptr(LcAgendaLayout) layout = NULL;
  cairo_t *cr;

  if (!lc_pdf_check_any_font (error))
    return FALSE;
  cr = cairo_create (surface);
  layout = lc_pdf_layout_new_empty (doc->agenda, doc->language, doc->digits, cr, width, height);
  build_blocks (layout, doc);
  lc_pdf_layout_paginate (layout);
  for (guint p = 0; p < layout->pages->len; p++)
    {
      LcPage *page = g_ptr_array_index (layout->pages, p);

      page->running = running_leaves (layout, doc, p, layout->pages->len);
    }
  if (!lc_agenda_layout_check_fonts (layout, error))
    {
      cairo_destroy (cr);
      return FALSE;
    }

  set_metadata (surface, layout, doc);
  for (guint p = 0; p < lc_agenda_layout_get_n_pages (layout); p++)
    {
      lc_agenda_layout_draw_page (layout, cr, p);
      cairo_show_page (cr);
    }
  add_outline (layout, doc, surface);

  cairo_destroy (cr);
  return TRUE;
}

static void
clean (char       **text,
       LcLanguage   language)
{
  char *shown;

  if (lc_text_is_displayable (*text, LC_TEXT_MAX_PRINT_CHARS))
    return;
  shown = lc_text_for_display (*text, LC_TEXT_MAX_PRINT_CHARS, lc_text_shortened_note (language));
  g_free (*text);
  *text = shown;
}

/* Everything printed is cleaned and bounded once, here (see lc-text.c).
 * The text was made for this PDF alone, so it may change. */
static void
prepare_for_print (LcDeclarationText *text)
{
  clean (&text->title_ar, LC_LANGUAGE_ARABIC);
  clean (&text->title_en, LC_LANGUAGE_ENGLISH);
  clean (&text->label_ar, LC_LANGUAGE_ARABIC);
  clean (&text->label_en, LC_LANGUAGE_ENGLISH);
  for (guint s = 0; s < text->sections->len; s++)
    {
      LcTextSection *section = g_ptr_array_index (text->sections, s);

      clean (&section->title_ar, LC_LANGUAGE_ARABIC);
      clean (&section->title_en, LC_LANGUAGE_ENGLISH);
      for (guint c = 0; c < section->clauses->len; c++)
        {
          LcTextClause *clause = g_ptr_array_index (section->clauses, c);

          clean (&clause->text_ar, LC_LANGUAGE_ARABIC);
          clean (&clause->text_en, LC_LANGUAGE_ENGLISH);
        }
    }
}

/**
 * lc_declaration_get_first:
 * @store: a library
 * @convention_id: a convention
 * @error: return location for a #GError
 *
 * The convention's first declaration (by position, then id): the one the
 * command line exports.
 *
 * Returns: its id, or 0 with %LC_ERROR_NOT_FOUND when the convention has
 *   no declaration
 */
gint64
lc_declaration_get_first (LcStore  *store,
                          gint64    convention_id,
                          GError  **error)
{
  g_autoptr(GListStore) list = lc_store_list (store, LC_TYPE_DECLARATION, "convention_id",
                                              convention_id, error);
  g_autoptr(LcRecord) first = NULL;

  if (list == NULL)
    return 0;
  if (g_list_model_get_n_items (G_LIST_MODEL (list)) == 0)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_NOT_FOUND,
                   _("This convention has no declaration."));
      return 0;
    }

  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  return lc_record_get_id (first);
}

/**
 * lc_declaration_write_pdf:
 * @store: a library
 * @declaration_id: the declaration
 * @version: the published version to print, or 0 for the working text
 * @path: the PDF file to write
 * @language: the language of the pages
 * @digits: the digits of Arabic text
 * @paper: the paper size
 * @error: return location for a #GError
 *
 * Writes a text of the declaration as a PDF: its title, which version it
 * is, the convention's title, and the sections with their clauses
 * (numbered where the clause is an item of a list). Like
 * lc_agenda_write_pdf(), @path is replaced whole or left alone; nothing
 * is written when the version does not exist.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_declaration_write_pdf (LcStore           *store,
                          gint64             declaration_id,
                          int                version,
                          const char        *path,
                          LcAgendaLanguage   language,
                          LcDigits           digits,
                          LcPaper            paper,
                          GError           **error)
{
  g_autoptr(LcRecord) declaration = NULL;
  g_autoptr(LcDeclarationText) text = NULL;
  g_autoptr(LcAgenda) agenda = NULL;
  g_autoptr(GArray) headings = NULL;
  LcDeclarationDoc doc;

  g_return_val_if_fail (LC_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (version >= 0, FALSE);

  declaration = lc_store_get (store, LC_TYPE_DECLARATION, declaration_id, error);
  if (declaration == NULL)
    return FALSE;

  if (version == 0)
    text = lc_declaration_get_working_text (store, declaration_id, error);
  else
    text = lc_declaration_get_version_text (store, declaration_id, version, error);
  if (text == NULL)
    return FALSE;
  prepare_for_print (text);

  agenda = lc_agenda_load (store, lc_record_get_int (declaration, "convention-id"), error);
  if (agenda == NULL)
    return FALSE;

  headings = g_array_new (FALSE, FALSE, sizeof (guint));
  doc = (LcDeclarationDoc) { agenda, text, language, digits, headings };

  return lc_pdf_write_file (path, paper, draw_declaration, &doc, error);
}

/**
 * lc_declaration_cli_export_pdf:
 * @ctx: the command line's context
 * @path: the PDF file to write
 * @error: return location for a #GError
 *
 * The command line's --export-declaration-pdf, with --language, --paper
 * and --declaration-version (absent: the working text). It prints the
 * convention's first declaration. A value it does not know, or a version
 * that does not exist, is refused before anything is written.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_declaration_cli_export_pdf (LcCliContext  *ctx,
                               const char    *path,
                               GError       **error)
{
  LcAgendaLanguage language;
  LcPaper paper;
  gint version = 0;
  gint64 declaration_id;

  if (!lc_pdf_document_cli_options (ctx, &language, &paper, error))
    return FALSE;
  if (path == NULL || *path == '\0')
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("Give the PDF file to write: --export-declaration-pdf=FILE.pdf."));
      return FALSE;
    }
  if (g_variant_dict_lookup (ctx->options, "declaration-version", "i", &version) && version < 0)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("--declaration-version takes the number of a published version "
                     "(1, 2, …), or 0 for the working text."));
      return FALSE;
    }

  declaration_id = lc_declaration_get_first (ctx->store, ctx->convention_id, error);
  if (declaration_id <= 0)
    return FALSE;

  return lc_declaration_write_pdf (ctx->store, declaration_id, version, path, language,
                                   LC_DIGITS_DEFAULT, paper, error);
}
