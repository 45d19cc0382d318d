/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-error.h"
#include "lc-pdf-document.h"

/* The columns and running lines of the documents printed beside the agenda
 * with its renderer: the declaration (lc-declaration-pdf.c) and the final
 * report (lc-report-pdf*.c). */

/**
 * lc_pdf_document_columns:
 * @self: a layout
 * @strips: (out caller-allocates): the columns
 *
 * The columns of a block: one in the page's language, or on bilingual
 * pages English at the start and Arabic at the end.
 *
 * Returns: how many
 */
guint
lc_pdf_document_columns (LcAgendaLayout *self,
                         LcStrip         strips[2])
{
  double w = self->content_width;

  if (self->language == LC_AGENDA_LANGUAGE_BILINGUAL)
    {
      double cw = (w - 2 * COLUMN_GAP) / 2;

      strips[0] = (LcStrip) { 0, cw, LC_LANGUAGE_ENGLISH };
      strips[1] = (LcStrip) { w - cw, cw, LC_LANGUAGE_ARABIC };
      return 2;
    }

  strips[0] = (LcStrip) { 0, w, self->language == LC_AGENDA_LANGUAGE_ARABIC ? LC_LANGUAGE_ARABIC
                                                                              : LC_LANGUAGE_ENGLISH };
  return 1;
}

/**
 * lc_pdf_document_text_columns:
 * @self: a layout
 * @strips: (out caller-allocates): the columns
 * @ar: the text's Arabic
 * @en: the text's English
 *
 * The columns of one text: on bilingual pages, a text written in one
 * language only is printed once, across the page in that language,
 * instead of beside an empty column.
 *
 * Returns: how many
 */
guint
lc_pdf_document_text_columns (LcAgendaLayout *self,
                              LcStrip         strips[2],
                              const char     *ar,
                              const char     *en)
{
  guint n = lc_pdf_document_columns (self, strips);

  if (n > 1 && (*ar == '\0') != (*en == '\0'))
    {
      strips[0] = (LcStrip) { 0, self->content_width,
                              *ar != '\0' ? LC_LANGUAGE_ARABIC : LC_LANGUAGE_ENGLISH };
      return 1;
    }

  return n;
}

/**
 * lc_pdf_document_add_running:
 * @self: a layout
 * @leaves: the page's running leaves
 * @strip: the column, in page space
 * @offset: from the column's start edge
 * @y: the line's top
 * @width: its width: longer text is ellipsized
 * @text: the text
 * @align: where in @width
 * @colour: its colour
 *
 * Adds one line of a running header or footer.
 */
void
lc_pdf_document_add_running (LcAgendaLayout *self,
                             GArray         *leaves,
                             const LcStrip  *strip,
                             double          offset,
                             double          y,
                             double          width,
                             const char     *text,
                             LcAlign         align,
                             guint32         colour)
{
  PangoLayout *layout = lc_pdf_make_layout (self, strip->language, LC_STYLE_RUNNING, text, FALSE,
                                            width, align);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  lc_pdf_add_text (leaves, strip, offset, y, width, layout, colour);
}

/**
 * lc_pdf_document_cli_options:
 * @ctx: the command line's context
 * @language: (out): --language, or the user's language
 * @paper: (out): --paper, or A4
 * @error: return location for a #GError
 *
 * Reads the command line's options of a PDF, refusing a value it does not
 * know before anything is written.
 *
 * Returns: %TRUE when both are known
 */
gboolean
lc_pdf_document_cli_options (LcCliContext      *ctx,
                             LcAgendaLanguage  *language,
                             LcPaper           *paper,
                             GError           **error)
{
  const char *language_name = lc_cli_get_string (ctx, "language");
  const char *paper_name = lc_cli_get_string (ctx, "paper");

  *language = lc_agenda_language_default ();
  *paper = LC_PAPER_A4;
  if (language_name != NULL && !lc_agenda_language_from_string (language_name, language))
    {
      /* The agenda's own message: one translation for every document. */
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("“%s” is not a language of the agenda: use ar, en or bilingual."),
                   language_name);
      return FALSE;
    }
  if (paper_name != NULL && !lc_paper_from_string (paper_name, paper))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("“%s” is not a paper size: use a4 or letter."), paper_name);
      return FALSE;
    }
  return TRUE;
}
