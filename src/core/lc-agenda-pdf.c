/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-agenda-pdf-private.h"
#include "lc-error.h"
#include "lc-file.h"

/* The agenda as a PDF file: metadata, an outline of days and items, and a
 * file that appears complete or not at all. */

/* cairo hands the file over in pieces of a few bytes to a few kilobytes
 * (3,218 of them for the sample's bilingual agenda, 148 kB), a system call
 * each when written as they come: they are gathered into writes of this
 * size. */
#define SINK_BUFFER_SIZE 65536

typedef struct
{
  LcFileWriter *writer;
  GError       *error;
  gboolean      cancelled;  /* the pages could not be made: write nothing more */
  guchar       *buffer;     /* SINK_BUFFER_SIZE bytes, @used of them not written yet */
  gsize         used;
} LcSink;

static void
flush_sink (LcSink *sink)
{
  if (sink->used > 0 && sink->error == NULL)
    lc_file_writer_write (sink->writer, sink->buffer, sink->used, &sink->error);
  sink->used = 0;
}

static cairo_status_t
write_to_sink (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  LcSink *sink = closure;

  if (sink->cancelled)
    return CAIRO_STATUS_WRITE_ERROR;
  if (sink->used + length > SINK_BUFFER_SIZE)
    flush_sink (sink);
  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (length >= SINK_BUFFER_SIZE)
    lc_file_writer_write (sink->writer, data, length, &sink->error);
  else
    {
      memcpy (sink->buffer + sink->used, data, length);
      sink->used += length;
    }

  return sink->error == NULL ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static char *
plain_title (LcAgenda         *agenda,
             LcAgendaLanguage  language)
{
  LcRecord *c = LC_RECORD (agenda->convention);

  if (language == LC_AGENDA_LANGUAGE_BILINGUAL)
    {
      const char *en = lc_record_get_string (c, "title-en");
      const char *ar = lc_record_get_string (c, "title-ar");

      if (*en != '\0' && *ar != '\0')
        return g_strconcat (en, " / ", ar, NULL);
    }

  if (language == LC_AGENDA_LANGUAGE_ARABIC)
    return g_strdup (lc_record_get_text (c, "title", LC_LANGUAGE_ARABIC, NULL));
  return g_strdup (lc_record_get_text (c, "title", LC_LANGUAGE_ENGLISH, NULL));
}

/* The PDF's creation date. A fixed date makes reproducible files when the
 * build asks for one. */
char *
lc_pdf_creation_date (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) now = NULL;

  if (epoch != NULL && *epoch != '\0')
    now = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));
  if (now == NULL)
    now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
}

static void
set_metadata (cairo_surface_t  *surface,
              LcAgenda         *agenda,
              LcAgendaLanguage  language)
{
  LcRecord *c = LC_RECORD (agenda->convention);
  LcLanguage main = language == LC_AGENDA_LANGUAGE_ARABIC ? LC_LANGUAGE_ARABIC
                                                           : LC_LANGUAGE_ENGLISH;
  const char *author = lc_agenda_author (agenda, main);
  g_autofree char *title = plain_title (agenda, language);
  g_autofree char *subject = NULL, *created = NULL;

  subject = g_strdup_printf (lc_l10n_gettext (main,
                                              /* Translators: the subject of the agenda PDF:
                                               * %1$s and %2$s are the convention's first
                                               * and last days, as YYYY-MM-DD */
                                              N_("Programme of the convention, %1$s to %2$s")),
                             lc_record_get_string (c, "start-date"),
                             lc_record_get_string (c, "end-date"));

  created = lc_pdf_creation_date ();

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Learning Cities " PACKAGE_VERSION);
  if (created != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}

/* The outline (bookmarks): a day, and under it its items other than breaks. */
static void
add_outline (LcAgendaLayout  *self,
             cairo_surface_t *surface)
{
  LcLanguage main = self->language == LC_AGENDA_LANGUAGE_ARABIC ? LC_LANGUAGE_ARABIC
                                                                 : LC_LANGUAGE_ENGLISH;
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint p = 0; p < self->pages->len; p++)
    {
      const LcPage *page = g_ptr_array_index (self->pages, p);

      for (guint i = 0; i < page->placements->len; i++)
        {
          const LcPlacement *pl = &g_array_index (page->placements, LcPlacement, i);
          LcBlock *block = g_ptr_array_index (self->blocks, pl->block);
          g_autofree char *link = NULL, *name = NULL;

          if (pl->from > 0)
            continue;
          link = g_strdup_printf ("page=%u pos=[%d %d]", p + 1, (int) self->content_x,
                                  (int) (self->content_y + pl->y));

          if (block->kind == LC_BLOCK_DAY)
            {
              const LcAgendaDay *day = &g_array_index (self->days, LcAgendaDay, block->day);
              g_autofree char *date = lc_l10n_format_date_full (main, main == LC_LANGUAGE_ARABIC
                                                                ? self->digits : LC_DIGITS_WESTERN,
                                                                &day->date);

              parent = cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, date, link,
                                                      CAIRO_PDF_OUTLINE_FLAG_OPEN);
            }
          else if (block->kind == LC_BLOCK_ITEM)
            {
              const LcAgendaEntry *entry = g_ptr_array_index (self->agenda->entries, block->entry);
              LcRecord *item = LC_RECORD (entry->item);
              int start = (int) lc_record_get_int (item, "start-minute");
              g_autofree char *time = g_strdup_printf ("%02d:%02d", start / 60, start % 60);
              g_autofree char *shown = lc_l10n_convert_digits (main, main == LC_LANGUAGE_ARABIC
                                                               ? self->digits : LC_DIGITS_WESTERN,
                                                               time);
              g_autofree char *title = NULL;

              if (lc_record_get_int (item, "kind") == LC_ITEM_KIND_BREAK)
                continue;
              if (self->language == LC_AGENDA_LANGUAGE_BILINGUAL
                  && *lc_record_get_string (item, "title-ar") != '\0'
                  && *lc_record_get_string (item, "title-en") != '\0')
                title = g_strconcat (lc_record_get_string (item, "title-en"), " / ",
                                     lc_record_get_string (item, "title-ar"), NULL);
              else
                title = g_strdup (lc_record_get_text (item, "title", main, NULL));
              name = g_strconcat (shown, " ", title, NULL);
              cairo_pdf_surface_add_outline (surface, parent, name, link, 0);
            }
        }
    }
}

typedef struct
{
  LcAgenda         *agenda;
  LcAgendaLanguage  language;
  LcDigits          digits;
} LcAgendaDraw;

static gboolean
draw_agenda (cairo_surface_t  *surface,
             double            width,
             double            height,
             gpointer          user_data,
             GError          **error)
{
  LcAgendaDraw *d = user_data;
  g_autoptr(LcAgendaLayout) layout = NULL;
  cairo_t *cr;

  if (!lc_pdf_check_any_font (error))
    return FALSE;
  set_metadata (surface, d->agenda, d->language);
  cr = cairo_create (surface);

  layout = lc_agenda_layout_new (d->agenda, d->language, d->digits, cr, width, height);
  if (!lc_agenda_layout_check_fonts (layout, error))
    {
      cairo_destroy (cr);
      return FALSE;
    }
  lc_pdf_layout_draw_pages (layout, cr);
  add_outline (layout, surface);

  cairo_destroy (cr);
  return TRUE;
}

static gboolean
render_pdf (LcFileWriter   *writer,
            const char     *path,
            LcPaper         paper,
            LcPdfDrawFunc   draw,
            gpointer        user_data,
            GError        **error)
{
  g_autofree guchar *buffer = g_malloc (SINK_BUFFER_SIZE);
  LcSink sink = { writer, NULL, FALSE, buffer, 0 };
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;

  lc_paper_get_size (paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_to_sink, &sink, width, height);
  if (!draw (surface, width, height, user_data, error))
    {
      /* Nothing more reaches the file, which is thrown away. */
      sink.cancelled = TRUE;
      cairo_surface_destroy (surface);
      g_clear_error (&sink.error);
      return FALSE;
    }
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  flush_sink (&sink);

  if (sink.error != NULL)
    {
      g_propagate_error (error, sink.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);

      /* The renderer's own failure: not a disk's, so not an I/O error. */
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("The PDF “%s” could not be made: the renderer failed (%s). Nothing was "
                     "written."), display, cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/**
 * lc_agenda_write_pdf:
 * @agenda: an agenda
 * @path: the PDF file to write
 * @language: the language of the pages
 * @digits: the digits of Arabic text
 * @paper: the paper size
 * @error: return location for a #GError
 *
 * Writes the agenda as a PDF. The file is written beside @path under a
 * temporary name and renamed over @path only once complete, so @path is
 * never left half-written.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_agenda_write_pdf (LcAgenda          *agenda,
                     const char        *path,
                     LcAgendaLanguage   language,
                     LcDigits           digits,
                     LcPaper            paper,
                     GError           **error)
{
  LcAgendaDraw draw = { agenda, language, digits };

  g_return_val_if_fail (agenda != NULL && path != NULL, FALSE);

  return lc_pdf_write_file (path, paper, draw_agenda, &draw, error);
}

/* Any PDF of the application: it appears at @path complete, or not at
 * all (see lc-file.c), and never over the library. */
gboolean
lc_pdf_write_file (const char     *path,
                   LcPaper         paper,
                   LcPdfDrawFunc   draw,
                   gpointer        user_data,
                   GError        **error)
{
  g_autoptr(LcFileWriter) writer = NULL;

  g_return_val_if_fail (path != NULL && draw != NULL, FALSE);

  writer = lc_file_writer_new (path, error);
  return writer != NULL
         && render_pdf (writer, path, paper, draw, user_data, error)
         && lc_file_writer_commit (writer, error);
}

/**
 * lc_agenda_export_pdf:
 * @store: a library
 * @convention_id: the convention
 * @path: the PDF file to write
 * @language: the language of the pages
 * @paper: the paper size
 * @error: return location for a #GError
 *
 * Loads the agenda and writes it as a PDF (see lc_agenda_write_pdf()).
 *
 * Returns: %TRUE on success
 */
gboolean
lc_agenda_export_pdf (LcStore           *store,
                      gint64             convention_id,
                      const char        *path,
                      LcAgendaLanguage   language,
                      LcPaper            paper,
                      GError           **error)
{
  g_autoptr(LcAgenda) agenda = lc_agenda_load (store, convention_id, error);

  if (agenda == NULL)
    return FALSE;

  return lc_agenda_write_pdf (agenda, path, language, LC_DIGITS_DEFAULT, paper, error);
}
