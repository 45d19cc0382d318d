/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "lc-cli.h"
#include "lc-l10n.h"
#include "lc-store.h"

G_BEGIN_DECLS

/* The printed agenda. One renderer serves the PDF export, the command line
 * and the print dialog:
 *
 *   agenda = lc_agenda_load (store, convention_id, &error);
 *   layout = lc_agenda_layout_new (agenda, language, LC_DIGITS_DEFAULT,
 *                                  cr, page_width, page_height);
 *   for (page = 0; page < lc_agenda_layout_get_n_pages (layout); page++)
 *     lc_agenda_layout_draw_page (layout, cr, page);
 *
 * All lengths are in points (1/72 inch) and the cairo context's user space
 * must be in points with the origin at the paper's top left corner: with
 * GtkPrintOperation, call gtk_print_operation_set_unit (op, GTK_UNIT_POINTS)
 * and gtk_print_operation_set_use_full_page (op, TRUE), paginate in
 * "begin-print" with gtk_print_context_get_width() and _get_height(), and
 * draw in "draw-page". The layout keeps its own margins. */

/**
 * LcAgendaLanguage:
 * @LC_AGENDA_LANGUAGE_ARABIC: Arabic pages, right to left
 * @LC_AGENDA_LANGUAGE_ENGLISH: English pages, left to right
 * @LC_AGENDA_LANGUAGE_BILINGUAL: Arabic and English side by side, Arabic on the right
 */
typedef enum
{
  LC_AGENDA_LANGUAGE_ARABIC,
  LC_AGENDA_LANGUAGE_ENGLISH,
  LC_AGENDA_LANGUAGE_BILINGUAL,
} LcAgendaLanguage;

/**
 * LcPaper:
 * @LC_PAPER_A4: ISO A4, 210 × 297 mm
 * @LC_PAPER_LETTER: US Letter, 8.5 × 11 in
 */
typedef enum
{
  LC_PAPER_A4,
  LC_PAPER_LETTER,
} LcPaper;

typedef struct _LcAgenda LcAgenda;
typedef struct _LcAgendaLayout LcAgendaLayout;

gboolean          lc_agenda_language_from_string (const char        *text,
                                                  LcAgendaLanguage  *language);
LcAgendaLanguage  lc_agenda_language_default     (void);
gboolean          lc_paper_from_string           (const char        *text,
                                                  LcPaper           *paper);
void              lc_paper_get_size              (LcPaper            paper,
                                                  double            *width,
                                                  double            *height);

LcAgenda         *lc_agenda_load                 (LcStore           *store,
                                                  gint64             convention_id,
                                                  GError           **error);
LcAgenda         *lc_agenda_ref                  (LcAgenda          *self);
void              lc_agenda_unref                (LcAgenda          *self);
const char       *lc_agenda_get_title            (LcAgenda          *self,
                                                  LcLanguage         language);
guint             lc_agenda_get_n_items          (LcAgenda          *self);

LcAgendaLayout   *lc_agenda_layout_new           (LcAgenda          *agenda,
                                                  LcAgendaLanguage   language,
                                                  LcDigits           digits,
                                                  cairo_t           *cr,
                                                  double             page_width,
                                                  double             page_height);
void              lc_agenda_layout_free          (LcAgendaLayout    *self);
guint             lc_agenda_layout_get_n_pages   (LcAgendaLayout    *self);
gboolean          lc_agenda_layout_check_fonts   (LcAgendaLayout    *self,
                                                  GError           **error);
void              lc_agenda_layout_draw_page     (LcAgendaLayout    *self,
                                                  cairo_t           *cr,
                                                  guint              page);

gboolean          lc_agenda_write_pdf            (LcAgenda          *agenda,
                                                  const char        *path,
                                                  LcAgendaLanguage   language,
                                                  LcDigits           digits,
                                                  LcPaper            paper,
                                                  GError           **error);
gboolean          lc_agenda_export_pdf           (LcStore           *store,
                                                  gint64             convention_id,
                                                  const char        *path,
                                                  LcAgendaLanguage   language,
                                                  LcPaper            paper,
                                                  GError           **error);

gboolean          lc_agenda_cli_export_pdf       (LcCliContext      *ctx,
                                                  const char        *path,
                                                  GError           **error);

GThread          *lc_pdf_fonts_prepare           (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcAgenda, lc_agenda_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcAgendaLayout, lc_agenda_layout_free)

G_END_DECLS
