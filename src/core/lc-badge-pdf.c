/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "lc-agenda-pdf-private.h"
#include "lc-badge-private.h"
#include "lc-error.h"
#include "lc-l10n.h"
#include "lc-qr.h"

/*
 * Badge sheets as PDF (issue 14). A badge, from top to bottom: the
 * convention's logo and title; the honorific and the name in the main
 * language, large, and in the other script under it; the position and
 * organisation beside the QR code of the participant code (with the code
 * under it, for a person to type); and a band in the category's colour with
 * the category's word, so that the category never rests on colour alone.
 * On label sheets each badge has cut marks at its corners.
 */

#define GUTTER (5 * LC_MM)
#define CUT_MARK (2 * LC_MM)
#define CUT_OFFSET (0.5 * LC_MM)
#define PAD (4 * LC_MM)

typedef struct
{
  LcBadgeSet       *set;
  LcBadgeLayout     layout;
  LcAgendaLanguage  language;
  LcBadgePen        pen;
  GError           *error;
} LcBadgeDraw;

/**
 * lc_badge_layout_get_geometry:
 * @layout: a layout
 * @page_width: (out) (optional): the page's width, in points
 * @page_height: (out) (optional): its height
 * @columns: (out) (optional): badges across
 * @rows: (out) (optional): badges down
 * @badge_width: (out) (optional): a badge's width, in points
 * @badge_height: (out) (optional): its height
 *
 * The sheets: badges of 95 × 65 mm (2×4) or 95 × 52 mm (2×5) centred on A4
 * with 5 mm between them for the cut marks, or one 100 × 70 mm badge
 * filling its page.
 */
void
lc_badge_layout_get_geometry (LcBadgeLayout  layout,
                              double        *page_width,
                              double        *page_height,
                              guint         *columns,
                              guint         *rows,
                              double        *badge_width,
                              double        *badge_height)
{
  double pw = 210 * LC_MM, ph = 297 * LC_MM, bw = 95 * LC_MM, bh = 65 * LC_MM;
  guint c = 2, r = 4;

  if (layout == LC_BADGE_LAYOUT_A4_2X5)
    {
      bh = 52 * LC_MM;
      r = 5;
    }
  else if (layout == LC_BADGE_LAYOUT_SINGLE)
    {
      pw = bw = 100 * LC_MM;
      ph = bh = 70 * LC_MM;
      c = r = 1;
    }

  if (page_width)
    *page_width = pw;
  if (page_height)
    *page_height = ph;
  if (columns)
    *columns = c;
  if (rows)
    *rows = r;
  if (badge_width)
    *badge_width = bw;
  if (badge_height)
    *badge_height = bh;
}

/* Short lines on the lines of the badge's edges, just outside each corner:
 * in the gutter, where a blade may cut through them. */
static void
draw_cut_marks (cairo_t *cr,
                double   x,
                double   y,
                double   w,
                double   h)
{
  const double xs[2] = { x, x + w }, ys[2] = { y, y + h };

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.3);
  for (guint i = 0; i < 2; i++)
    for (guint j = 0; j < 2; j++)
      {
        double out_x = i == 0 ? -1 : 1, out_y = j == 0 ? -1 : 1;

        cairo_move_to (cr, xs[i] + out_x * CUT_OFFSET, ys[j]);
        cairo_line_to (cr, xs[i] + out_x * (CUT_OFFSET + CUT_MARK), ys[j]);
        cairo_move_to (cr, xs[i], ys[j] + out_y * CUT_OFFSET);
        cairo_line_to (cr, xs[i], ys[j] + out_y * (CUT_OFFSET + CUT_MARK));
      }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* A text of the stack under the header, and the space under it. */
static double
stack_text (LcBadgeDraw        *draw,
            cairo_t            *cr,
            const char         *text,
            LcLanguage          language,
            const LcBadgeStyle *style,
            double              x,
            double              y,
            double              width,
            double              room)
{
  double height = lc_badge_draw_text (&draw->pen, cr, text, language, style, x, y, width, room);

  return height > 0 ? height + 1.5 : 0;
}

static void
draw_band (LcBadgeDraw        *draw,
           cairo_t            *cr,
           const LcBadgeEntry *entry,
           double              x,
           double              y,
           double              w,
           double              h)
{
  LcBadgeStyle style = { h * 0.5, h * 0.3, 1, TRUE, TRUE, LC_BADGE_ALIGN_CENTRE, 0xFFFFFF };
  double half = (w - 3 * PAD) / 2;
  g_autoptr(PangoLayout) ar = NULL, en = NULL;
  double ar_height = 0, en_height = 0;

  lc_badge_set_colour (cr, entry->colour);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill (cr);

  /* Bilingual: the Arabic word on the right half, the English on the left,
   * each reading from its own side; else the one word in the middle. */
  if (draw->language != LC_AGENDA_LANGUAGE_ENGLISH)
    ar = lc_badge_fit_text (&draw->pen, entry->category[0], LC_LANGUAGE_ARABIC, &style,
                            draw->language == LC_AGENDA_LANGUAGE_BILINGUAL ? half : w - 2 * PAD,
                            &ar_height);
  if (draw->language != LC_AGENDA_LANGUAGE_ARABIC)
    en = lc_badge_fit_text (&draw->pen, entry->category[1], LC_LANGUAGE_ENGLISH, &style,
                            draw->language == LC_AGENDA_LANGUAGE_BILINGUAL ? half : w - 2 * PAD,
                            &en_height);
  if (ar != NULL && en != NULL)
    {
      lc_badge_show_layout (cr, ar, x + w - PAD - half, y + (h - ar_height) / 2, half, ar_height,
                            0xFFFFFF);
      lc_badge_show_layout (cr, en, x + PAD, y + (h - en_height) / 2, half, en_height, 0xFFFFFF);
    }
  else if (ar != NULL || en != NULL)
    lc_badge_show_layout (cr, ar != NULL ? ar : en, x + PAD,
                          y + (h - (ar != NULL ? ar_height : en_height)) / 2, w - 2 * PAD,
                          ar != NULL ? ar_height : en_height, 0xFFFFFF);
}

/* The name in the main language, then in the other script: each in its
 * own script's font, read from its own side. */
static double
draw_names (LcBadgeDraw        *draw,
            cairo_t            *cr,
            const LcBadgeEntry *entry,
            LcLanguage          main,
            double              x,
            double              y,
            double              width,
            double              room,
            double              scale)
{
  LcLanguage other = 1 - main;
  LcBadgeStyle honorific = { 8 * scale, 6, 1, FALSE, TRUE, LC_BADGE_ALIGN_START, MUTED };
  LcBadgeStyle name = { 17 * scale, 9, 2, TRUE, main == LC_LANGUAGE_ENGLISH, LC_BADGE_ALIGN_START,
                        INK };
  LcBadgeStyle second = { 11 * scale, 7, 1, FALSE, other == LC_LANGUAGE_ENGLISH,
                          LC_BADGE_ALIGN_START, INK };
  LcLanguage first = *entry->name[main] != '\0' ? main : other;
  double used = 0;

  used += stack_text (draw, cr, entry->honorific[first], first, &honorific, x, y, width, room);
  used += stack_text (draw, cr, entry->name[first], first, &name, x, y + used, width, room - used);
  if (first == main)
    used += stack_text (draw, cr, entry->name[other], other, &second, x, y + used, width,
                        room - used);
  return used;
}

static gboolean
draw_badge (LcBadgeDraw        *draw,
            cairo_t            *cr,
            const LcBadgeEntry *entry,
            double              x,
            double              y,
            double              w,
            double              h)
{
  LcLanguage main = draw->language == LC_AGENDA_LANGUAGE_ENGLISH ? LC_LANGUAGE_ENGLISH
                                                                  : LC_LANGUAGE_ARABIC;
  gboolean rtl = main == LC_LANGUAGE_ARABIC;
  double scale = h / (65 * LC_MM) > 1 ? 1 : MAX (h / (65 * LC_MM), 0.85);
  double header = h * 0.17, band = h * 0.15;
  double top = y + header + 1.5 * LC_MM, bottom = y + h - band - 1.5 * LC_MM;
  double qr = MIN (22 * LC_MM, (bottom - top) * 0.78);
  double column = w - 3 * PAD - qr;
  double text_x = rtl ? x + 2 * PAD + qr : x + PAD;
  double logo_width = 0, used;
  LcBadgeStyle title = { 7 * scale, 5, 2, FALSE, TRUE, LC_BADGE_ALIGN_START, ACCENT_DARK };
  LcBadgeStyle code = { 6.5, 6.5, 1, FALSE, TRUE, LC_BADGE_ALIGN_CENTRE, INK };
  LcBadgeStyle detail = { 7.5 * scale, 6, 2, FALSE, TRUE, LC_BADGE_ALIGN_START, INK };

  cairo_save (cr);
  /* Nothing of one badge reaches its neighbour. */
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);

  if (draw->set->logo != NULL)
    {
      logo_width = 22 * LC_MM;
      lc_badge_draw_image (cr, draw->set->logo, rtl ? x + w - PAD - logo_width : x + PAD,
                           y + 1.5 * LC_MM, logo_width, header - 2 * LC_MM, rtl);
      logo_width += 2 * LC_MM;
    }
  lc_badge_draw_text (&draw->pen, cr, lc_badge_pick (draw->set->title, main), main, &title,
                      rtl ? x + PAD : x + PAD + logo_width, y + 2 * LC_MM,
                      w - 2 * PAD - logo_width, header - 2.5 * LC_MM);
  lc_badge_set_colour (cr, entry->colour);
  cairo_rectangle (cr, x + PAD, y + header, w - 2 * PAD, 0.6);
  cairo_fill (cr);

  used = draw_names (draw, cr, entry, main, text_x, top, column, bottom - top, scale);
  for (guint l = 0; l < 2; l++)
    {
      LcLanguage language = l == 0 ? main : 1 - main;

      /* The details in the main language; in both on a bilingual badge. */
      if (l == 1 && draw->language != LC_AGENDA_LANGUAGE_BILINGUAL)
        break;
      used += stack_text (draw, cr, entry->position[language], language, &detail, text_x,
                          top + used, column, bottom - top - used);
      used += stack_text (draw, cr, entry->organisation[language], language, &detail, text_x,
                          top + used, column, bottom - top - used);
    }

  /* The QR code at the end side, its code under it. */
  if (!lc_qr_draw (cr, entry->code, rtl ? x + PAD : x + w - PAD - qr, top, qr,
                   draw->error == NULL ? &draw->error : NULL))
    {
      cairo_restore (cr);
      return FALSE;
    }
  lc_badge_draw_text (&draw->pen, cr, entry->code, LC_LANGUAGE_ENGLISH, &code,
                      rtl ? x + PAD : x + w - PAD - qr, top + qr, qr, bottom - top - qr);

  draw_band (draw, cr, entry, x, y + h - band, w, band);
  cairo_restore (cr);
  return TRUE;
}

static gboolean
draw_badges (cairo_surface_t  *surface,
             double            unused_width,
             double            unused_height,
             gpointer          user_data,
             GError          **error)
{
  LcBadgeDraw *draw = user_data;
  GPtrArray *entries = draw->set->entries;
  double pw, ph, bw, bh, x0, y0;
  guint columns, rows, per_page;
  cairo_t *cr;
  gboolean ok = TRUE;

  lc_badge_layout_get_geometry (draw->layout, &pw, &ph, &columns, &rows, &bw, &bh);
  per_page = columns * rows;
  x0 = (pw - columns * bw - (columns - 1) * GUTTER) / 2;
  y0 = (ph - rows * bh - (rows - 1) * GUTTER) / 2;

  cairo_pdf_surface_set_size (surface, pw, ph);
  lc_badge_set_metadata (surface, draw->set,
                         lc_l10n_gettext (draw->language == LC_AGENDA_LANGUAGE_ENGLISH
                                          ? LC_LANGUAGE_ENGLISH : LC_LANGUAGE_ARABIC,
                                          /* Translators: the title of the badges' PDF, after
                                           * the convention's */
                                          N_("Badges")));
  cr = cairo_create (surface);
  for (guint i = 0; ok && i < entries->len; i++)
    {
      guint slot = i % per_page;
      double x = x0 + (slot % columns) * (bw + GUTTER);
      double y = y0 + (slot / columns) * (bh + GUTTER);

      ok = draw_badge (draw, cr, g_ptr_array_index (entries, i), x, y, bw, bh);
      if (per_page > 1)
        draw_cut_marks (cr, x, y, bw, bh);
      if (slot == per_page - 1 || i == entries->len - 1)
        cairo_show_page (cr);
    }
  cairo_destroy (cr);

  if (!ok)
    g_propagate_error (error, g_steal_pointer (&draw->error));
  return ok;
}

/* Refuses to print nothing (an empty PDF would look like a fault), and
 * pages no font can write. @wanted says who is printed (%NULL: everyone). */
gboolean
lc_badge_set_check_people (LcBadgeSet      *set,
                           LcBadgeWantedFunc wanted,
                           GError         **error)
{
  for (guint i = 0; i < set->entries->len; i++)
    {
      const LcBadgeEntry *entry = g_ptr_array_index (set->entries, i);

      if (wanted == NULL || wanted (entry))
        return lc_pdf_check_any_font (error);
    }

  g_set_error_literal (error, LC_ERROR, LC_ERROR_NOT_FOUND,
                       _("The convention has nobody to print for: add speakers or moderators to "
                         "its items first. Nothing was written."));
  return FALSE;
}

/**
 * lc_badges_write_pdf:
 * @set: who gets a badge (lc_badge_set_load())
 * @path: the PDF to write
 * @layout: the sheet
 * @language: the main language of the badges (names are in both scripts)
 * @error: return location for a #GError
 *
 * Writes one badge per entry of @set, on as many sheets as they take. The
 * file appears complete or not at all.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_badges_write_pdf (LcBadgeSet        *set,
                     const char        *path,
                     LcBadgeLayout      layout,
                     LcAgendaLanguage   language,
                     GError           **error)
{
  LcBadgeDraw draw = { set, layout, language, { { NULL } }, NULL };
  gboolean ok;

  g_return_val_if_fail (set != NULL && path != NULL, FALSE);

  if (!lc_badge_set_check_people (set, NULL, error))
    return FALSE;
  lc_badge_pen_init (&draw.pen);
  ok = lc_pdf_write_file (path, LC_PAPER_A4, draw_badges, &draw, error);
  lc_badge_pen_clear (&draw.pen);
  g_clear_error (&draw.error);
  return ok;
}
