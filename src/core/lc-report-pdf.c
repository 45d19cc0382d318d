/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-error.h"
#include "lc-pdf-document.h"
#include "lc-report-pdf-private.h"

/*
 * The convention's final report as a PDF, by the agenda's renderer: its
 * fonts, styles, pagination and atomic file writing, and its item blocks
 * for the sessions. The report's own parts are in lc-report-pdf-blocks.c.
 *
 * The contents need the pages of headings that come after them: the
 * report is laid out once to measure where each heading falls, then again
 * with those pages in the contents (whose lines do not change, so neither
 * do the pages; a third pass would catch it if they did).
 */

#define MAX_PASSES 3
/* The part of the progress given to laying out; the rest is the pages. */
#define LAYOUT_SHARE 0.2

static void
heading_clear (gpointer data)
{
  LcReportHeading *heading = data;

  g_free (heading->title_ar);
  g_free (heading->title_en);
}

GArray *
lc_report_pdf_headings_new (void)
{
  GArray *headings = g_array_new (FALSE, TRUE, sizeof (LcReportHeading));

  g_array_set_clear_func (headings, heading_clear);
  return headings;
}

static void
picture_free (gpointer data)
{
  LcReportPicture *picture = data;

  g_free (picture->image);
  g_free (picture);
}

typedef struct
{
  const guchar *data;
  gsize         length;
  gsize         offset;
} PngReader;

static cairo_status_t
read_png (void          *closure,
          unsigned char *out,
          unsigned int   length)
{
  PngReader *reader = closure;

  if (reader->offset + length > reader->length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (out, reader->data + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

/* A stored image as cairo draws it. A JPEG keeps its own bytes as the
 * surface's MIME data, so a PDF embeds the photo as it is stored; a target
 * that takes them (@embeds: the PDF surface) never reads the pixels, so the
 * photo is not decoded for it (0.8 s for twenty camera photos here). */
cairo_surface_t *
lc_report_pdf_image_surface (GBytes     *data,
                             const char *mime_type,
                             int         width,
                             int         height,
                             gboolean    embeds)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  cairo_surface_t *surface;
  int n, stride;

  if (g_strcmp0 (mime_type, "image/png") == 0)
    {
      PngReader reader = { g_bytes_get_data (data, NULL), g_bytes_get_size (data), 0 };

      return cairo_image_surface_create_from_png_stream (read_png, &reader);
    }

  if (!embeds)
    {
      stream = g_memory_input_stream_new_from_bytes (data);
      pixbuf = gdk_pixbuf_new_from_stream (stream, NULL, NULL);
      if (pixbuf == NULL)
        return NULL;
      width = gdk_pixbuf_get_width (pixbuf);
      height = gdk_pixbuf_get_height (pixbuf);
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  if (pixbuf != NULL)
    {
      n = gdk_pixbuf_get_n_channels (pixbuf);
      stride = gdk_pixbuf_get_rowstride (pixbuf);
      cairo_surface_flush (surface);
      for (int y = 0; y < height; y++)
        {
          const guchar *in = gdk_pixbuf_read_pixels (pixbuf) + y * stride;
          guint32 *row = (guint32 *) (cairo_image_surface_get_data (surface)
                                      + y * cairo_image_surface_get_stride (surface));

          for (int x = 0; x < width; x++)
            row[x] = 0xff000000u | (in[x * n] << 16) | (in[x * n + 1] << 8) | in[x * n + 2];
        }
      cairo_surface_mark_dirty (surface);
    }
  cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_JPEG, g_bytes_get_data (data, NULL),
                               g_bytes_get_size (data), (cairo_destroy_func_t) g_bytes_unref,
                               g_bytes_ref (data));
  return surface;
}

static LcLanguage
main_language (LcAgendaLanguage language)
{
  return language == LC_AGENDA_LANGUAGE_ARABIC ? LC_LANGUAGE_ARABIC : LC_LANGUAGE_ENGLISH;
}

/* From the second page, the convention's title and "Final Report" on top;
 * on every page, "Page N of M" below, in each column's language and digits. */
static GArray *
running_leaves (LcAgendaLayout *self,
                LcReportDoc    *doc,
                guint           page,
                guint           n_pages)
{
  GArray *leaves = g_array_new (FALSE, TRUE, sizeof (LcLeaf));
  double header_y = self->content_y - 24, footer_y = self->content_y + self->content_height + 14;
  LcStrip strips[2];
  guint n = lc_pdf_document_columns (self, strips);

  g_array_set_clear_func (leaves, (GDestroyNotify) lc_leaf_clear);
  for (guint i = 0; i < n; i++)
    {
      LcLanguage language = strips[i].language;
      LcStrip strip = { self->content_x + strips[i].x, strips[i].width, language };
      g_autofree char *pn = lc_pdf_number_text (self, language, page + 1);
      g_autofree char *pm = lc_pdf_number_text (self, language, n_pages);
      /* The agenda's own message: one translation for every document. */
      g_autofree char *page_text = g_strdup_printf (lc_l10n_gettext (language, N_("Page %1$s of %2$s")),
                                                    pn, pm);
      g_autofree char *title = lc_pdf_isolate (lc_pdf_field (LC_RECORD (doc->agenda->convention),
                                                             "title", language));
      double w = strip.width;

      if (page > 0)
        {
          lc_pdf_document_add_running (self, leaves, &strip, 0, header_y, w * 0.65, title,
                                       LC_ALIGN_START, MUTED);
          lc_pdf_document_add_running (self, leaves, &strip, w * 0.65, header_y, w * 0.35,
                                       lc_l10n_gettext (language, N_("Final Report")),
                                       LC_ALIGN_END, MUTED);
        }
      lc_pdf_document_add_running (self, leaves, &strip, 0, footer_y, w, page_text, LC_ALIGN_END,
                                   MUTED);
    }
  if (page > 0)
    lc_pdf_add_fill (leaves, self->content_x, self->content_y - 10, self->content_width, 0.5,
                     RULE_COLOUR);
  lc_pdf_add_fill (leaves, self->content_x, footer_y - 6, self->content_width, 0.5, RULE_COLOUR);
  return leaves;
}

/* The page (from 1) and the top of each heading's block on it. */
static void
find_headings (LcAgendaLayout *self,
               LcReportDoc    *doc,
               GArray         *pages,
               GArray         *tops)
{
  g_array_set_size (pages, 0);
  g_array_set_size (tops, 0);
  for (guint h = 0; h < doc->headings->len; h++)
    {
      guint block = g_array_index (doc->headings, LcReportHeading, h).block;
      guint found = 0;
      double top = 0;

      for (guint p = 0; p < self->pages->len && found == 0; p++)
        {
          const LcPage *page = g_ptr_array_index (self->pages, p);

          for (guint i = 0; i < page->placements->len; i++)
            {
              const LcPlacement *pl = &g_array_index (page->placements, LcPlacement, i);

              if (pl->block == block && pl->from <= 0)
                {
                  found = p + 1;
                  top = self->content_y + pl->y;
                  break;
                }
            }
        }
      g_array_append_val (pages, found);
      g_array_append_val (tops, top);
    }
}

static LcAgendaLayout *
lay_out (LcReportDoc  *doc,
         cairo_t      *cr,
         double        width,
         double        height,
         GArray       *tops,
         GError      **error)
{
  g_autoptr(GArray) pages = g_array_new (FALSE, FALSE, sizeof (guint));
  LcAgendaLayout *layout = NULL;

  for (guint pass = 0; pass < MAX_PASSES; pass++)
    {
      gboolean same;

      g_clear_pointer (&layout, lc_agenda_layout_free);
      g_hash_table_remove_all (doc->pictures);
      layout = lc_pdf_layout_new_empty (lc_agenda_ref (doc->agenda), doc->language, doc->digits,
                                        cr, width, height);
      lc_report_pdf_build (layout, doc);
      lc_pdf_layout_paginate (layout);
      find_headings (layout, doc, pages, tops);
      /* Laying out is the first fifth of the work, most of it in the
       * first pass; cancelling waits for the pass to end. */
      if (!lc_report_doc_step (doc, LAYOUT_SHARE * (1.0 - 1.0 / (2 << pass)), error))
        {
          g_clear_pointer (&layout, lc_agenda_layout_free);
          return NULL;
        }
      same = pages->len == doc->toc_pages->len
             && memcmp (pages->data, doc->toc_pages->data, pages->len * sizeof (guint)) == 0;
      g_array_set_size (doc->toc_pages, 0);
      g_array_append_vals (doc->toc_pages, pages->data, pages->len);
      if (same)
        break;
    }
  return layout;
}

static void
add_outline (LcAgendaLayout  *self,
             LcReportDoc     *doc,
             cairo_surface_t *surface,
             GArray          *tops)
{
  LcLanguage main = main_language (doc->language);
  int part = CAIRO_PDF_OUTLINE_ROOT;

  for (guint h = 0; h < doc->headings->len; h++)
    {
      const LcReportHeading *heading = &g_array_index (doc->headings, LcReportHeading, h);
      guint page = g_array_index (doc->toc_pages, guint, h);
      g_autofree char *link = g_strdup_printf ("page=%u pos=[%d %d]", page, (int) self->content_x,
                                               (int) g_array_index (tops, double, h));
      g_autofree char *name = NULL;
      int id;

      /* No directional isolates: viewers show them as boxes. */
      if (doc->language == LC_AGENDA_LANGUAGE_BILINGUAL && *heading->title_ar && *heading->title_en)
        name = g_strconcat (heading->title_en, " / ", heading->title_ar, NULL);
      else
        name = g_strdup (main == LC_LANGUAGE_ARABIC && *heading->title_ar ? heading->title_ar
                                                                          : heading->title_en);
      id = cairo_pdf_surface_add_outline (surface, heading->level == 0 ? CAIRO_PDF_OUTLINE_ROOT : part,
                                          name, link, 0);
      if (heading->level == 0)
        part = id;
    }
}

static void
draw_pictures (LcAgendaLayout *self,
               LcReportDoc    *doc,
               cairo_t        *cr,
               guint           page_index)
{
  const LcPage *page = g_ptr_array_index (self->pages, page_index);

  for (guint i = 0; i < page->placements->len; i++)
    {
      const LcPlacement *pl = &g_array_index (page->placements, LcPlacement, i);
      LcReportPicture *picture = g_hash_table_lookup (doc->pictures, GUINT_TO_POINTER (pl->block));
      cairo_surface_t *surface;

      if (picture == NULL)
        continue;
      surface = g_hash_table_lookup (doc->surfaces, picture->image);
      if (surface == NULL)
        {
          g_autofree char *mime = NULL;
          int width = 0, height = 0;
          g_autoptr(GBytes) data = lc_report_load_image (doc->store, picture->image, &mime, &width,
                                                         &height, NULL);
          gboolean embeds = cairo_surface_supports_mime_type (cairo_get_target (cr),
                                                              CAIRO_MIME_TYPE_JPEG);

          /* An image that cannot be read leaves its place empty. */
          surface = data ? lc_report_pdf_image_surface (data, mime, width, height, embeds) : NULL;
          if (surface == NULL)
            continue;
          g_hash_table_insert (doc->surfaces, g_strdup (picture->image), surface);
        }
      cairo_save (cr);
      cairo_translate (cr, self->content_x + picture->x, self->content_y + pl->y + picture->y);
      cairo_scale (cr, picture->width / cairo_image_surface_get_width (surface),
                   picture->height / cairo_image_surface_get_height (surface));
      cairo_set_source_surface (cr, surface, 0, 0);
      cairo_paint (cr);
      cairo_restore (cr);
    }
}

static void
set_metadata (cairo_surface_t *surface,
              LcReportDoc     *doc)
{
  LcRecord *c = LC_RECORD (doc->agenda->convention);
  LcLanguage main = main_language (doc->language);
  const char *title = lc_record_get_text (c, "title", main, NULL);
  g_autofree char *full = g_strdup_printf ("%s — %s", title,
                                           lc_l10n_gettext (main, N_("Final Report")));
  g_autofree char *created = lc_pdf_creation_date ();

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, full);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR,
                                  lc_record_get_text (c, "organisers", main, NULL));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Learning Cities " PACKAGE_VERSION);
  if (created != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}

static gboolean
draw_report (cairo_surface_t  *surface,
             double            width,
             double            height,
             gpointer          user_data,
             GError          **error)
{
  LcReportDoc *doc = user_data;
  g_autoptr(GArray) tops = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(LcAgendaLayout) layout = NULL;
  cairo_t *cr;

  if (!lc_pdf_check_any_font (error))
    return FALSE;
  cr = cairo_create (surface);
  layout = lay_out (doc, cr, width, height, tops, error);
  if (layout == NULL)
    {
      cairo_destroy (cr);
      return FALSE;
    }
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

  set_metadata (surface, doc);
  for (guint p = 0; p < layout->pages->len; p++)
    {
      lc_agenda_layout_draw_page (layout, cr, p);
      draw_pictures (layout, doc, cr, p);
      cairo_show_page (cr);
      if (!lc_report_doc_step (doc, LAYOUT_SHARE + (1.0 - LAYOUT_SHARE) * (p + 1) / layout->pages->len,
                               error))
        {
          cairo_destroy (cr);
          return FALSE;
        }
    }
  add_outline (layout, doc, surface, tops);
  cairo_destroy (cr);
  return TRUE;
}

/* Every record of @type in the convention, grouped by item id. */
static gboolean
group_by_item (LcStore     *store,
               GType        type,
               gint64       convention_id,
               GHashTable  *out,
               gboolean     many,
               GError     **error)
{
  g_autoptr(GListStore) list = lc_store_list_for_convention (store, type, convention_id, error);

  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      LcRecord *record = g_list_model_get_item (G_LIST_MODEL (list), i);
      gint64 item = lc_record_get_int (record, "item-id");
      GPtrArray *photos;

      if (!many)
        {
          g_hash_table_insert (out, g_memdup2 (&item, sizeof item), record);
          continue;
        }
      photos = g_hash_table_lookup (out, &item);
      if (photos == NULL)
        {
          photos = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (out, g_memdup2 (&item, sizeof item), photos);
        }
      g_ptr_array_add (photos, record);
    }
  return TRUE;
}

/* The last published version of the convention's first declaration, or
 * NULL (no error) when there is none. */
static gboolean
load_declaration (LcStore            *store,
                  gint64              convention_id,
                  LcDeclarationText **out,
                  GError            **error)
{
  g_autoptr(GListStore) list = lc_store_list (store, LC_TYPE_DECLARATION, "convention_id",
                                              convention_id, error);
  g_autoptr(LcRecord) first = NULL;
  int last;

  *out = NULL;
  if (list == NULL)
    return FALSE;
  if (g_list_model_get_n_items (G_LIST_MODEL (list)) == 0)
    return TRUE;
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  last = lc_declaration_get_last_version (store, lc_record_get_id (first), error);
  if (last < 0)
    return FALSE;
  if (last == 0)
    return TRUE;
  *out = lc_declaration_get_version_text (store, lc_record_get_id (first), last, error);
  return *out != NULL;
}

/* Reads what the report prints (for the PDF and the ODT). On failure,
 * @doc is still to be cleared. */
gboolean
lc_report_doc_load (LcReportDoc       *doc,
                    LcStore           *store,
                    gint64             convention_id,
                    LcAgendaLanguage   language,
                    LcDigits           digits,
                    GError           **error)
{
  GListStore *coverage, *cities;

  doc->store = store;
  doc->done = -1;   /* so that the first step, at 0, is told */
  doc->language = language;
  doc->digits = digits;
  doc->summaries = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  doc->photos = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                       (GDestroyNotify) g_ptr_array_unref);
  doc->pictures = g_hash_table_new_full (NULL, NULL, NULL, picture_free);
  doc->surfaces = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) cairo_surface_destroy);
  doc->headings = lc_report_pdf_headings_new ();
  doc->toc_pages = g_array_new (FALSE, FALSE, sizeof (guint));

  if ((doc->agenda = lc_agenda_load (store, convention_id, error)) == NULL
      || (doc->report = lc_report_load (store, convention_id, error)) == NULL
      || !lc_report_get_figures (store, convention_id, &doc->figures, error)
      || !group_by_item (store, LC_TYPE_REPORT_SUMMARY, convention_id, doc->summaries, FALSE, error)
      || !group_by_item (store, LC_TYPE_REPORT_PHOTO, convention_id, doc->photos, TRUE, error)
      || !load_declaration (store, convention_id, &doc->declaration, error))
    return FALSE;
  coverage = lc_store_list (store, LC_TYPE_COVERAGE, "convention_id", convention_id, error);
  doc->coverage = G_LIST_MODEL (coverage);
  if (coverage == NULL)
    return FALSE;
  cities = lc_store_list (store, LC_TYPE_CITY, "convention_id", convention_id, error);
  doc->cities = G_LIST_MODEL (cities);
  return cities != NULL;
}

/* Says how much of the report is written (@fraction, from 0 to 1, never
 * less than was said before), and whether to go on: FALSE with
 * %G_IO_ERROR_CANCELLED once the writing is cancelled. */
gboolean
lc_report_doc_step (LcReportDoc  *doc,
                    double        fraction,
                    GError      **error)
{
  if (g_cancellable_set_error_if_cancelled (doc->cancellable, error))
    return FALSE;
  if (fraction <= doc->done)
    return TRUE;
  doc->done = MIN (fraction, 1.0);
  if (doc->progress != NULL)
    doc->progress (doc->done, doc->progress_data);
  return TRUE;
}

void
lc_report_doc_clear (LcReportDoc *doc)
{
  g_clear_pointer (&doc->agenda, lc_agenda_unref);
  g_clear_object (&doc->report);
  g_clear_pointer (&doc->summaries, g_hash_table_unref);
  g_clear_pointer (&doc->photos, g_hash_table_unref);
  g_clear_pointer (&doc->pictures, g_hash_table_unref);
  g_clear_pointer (&doc->surfaces, g_hash_table_unref);
  g_clear_pointer (&doc->headings, g_array_unref);
  g_clear_pointer (&doc->toc_pages, g_array_unref);
  g_clear_object (&doc->coverage);
  g_clear_object (&doc->cities);
  g_clear_pointer (&doc->declaration, lc_declaration_text_unref);
}

/**
 * lc_report_write_pdf:
 * @store: a library
 * @convention_id: the convention
 * @path: the PDF file to write
 * @language: the language of the pages
 * @digits: the digits of Arabic text
 * @paper: the paper size
 * @cancellable: (nullable): stops the writing between two pages
 * @progress: (nullable): told the fraction written (of the layout, then
 *   of the pages), rising to 1 once every page is drawn
 * @progress_data: data for @progress
 * @error: return location for a #GError
 *
 * Writes the convention's final report as a PDF: a cover, the contents
 * with their pages (and the PDF's outline), the foreword and its
 * signatory, about the convention with the participation figures, each
 * session day by day with its people, summary and photos, the exercise's
 * chart and each city's goals, the declaration's last published version
 * and the coverage. Like lc_agenda_write_pdf (), @path is replaced whole or
 * left alone.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_report_write_pdf (LcStore           *store,
                     gint64             convention_id,
                     const char        *path,
                     LcAgendaLanguage   language,
                     LcDigits           digits,
                     LcPaper            paper,
                     GCancellable      *cancellable,
                     LcExportProgressFunc progress,
                     gpointer           progress_data,
                     GError           **error)
{
  LcReportDoc doc = { 0 };
  gboolean ok;

  g_return_val_if_fail (LC_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  doc.cancellable = cancellable;
  doc.progress = progress;
  doc.progress_data = progress_data;
  if (!lc_report_doc_load (&doc, store, convention_id, language, digits, error)
      || !lc_report_doc_step (&doc, 0, error))
    {
      lc_report_doc_clear (&doc);
      return FALSE;
    }
  ok = lc_pdf_write_file (path, paper, draw_report, &doc, error);
  lc_report_doc_clear (&doc);
  return ok;
}

/**
 * lc_report_cli_export:
 * @ctx: the command line's context
 * @path: the file to write: FILE.pdf or FILE.fodt
 * @error: return location for a #GError
 *
 * The command line's --export-report, with --language (ar, en or
 * bilingual) and --paper: a PDF, or a flat OpenDocument text when @path
 * ends in .fodt. A value it does not know is refused before anything is
 * written.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_report_cli_export (LcCliContext  *ctx,
                      const char    *path,
                      GError       **error)
{
  LcAgendaLanguage language;
  LcPaper paper;

  if (!lc_pdf_document_cli_options (ctx, &language, &paper, error))
    return FALSE;
  if (path != NULL && g_str_has_suffix (path, ".fodt"))
    return lc_report_write_odt (ctx->store, ctx->convention_id, path, language, LC_DIGITS_DEFAULT, NULL,
                                NULL, NULL, error);
  if (path == NULL || !g_str_has_suffix (path, ".pdf"))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("Give the report's file with its kind: --export-report=FILE.pdf or FILE.fodt."));
      return FALSE;
    }

  return lc_report_write_pdf (ctx->store, ctx->convention_id, path, language, LC_DIGITS_DEFAULT,
                              paper, NULL, NULL, NULL, error);
}
