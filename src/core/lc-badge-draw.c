/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>

#include "lc-agenda-pdf-private.h"
#include "lc-badge-private.h"

/* Texts on a badge have a fixed box, not a flow: a long name is set
 * smaller, then cut with an ellipsis, and never leaves its box whatever
 * it holds. Every text is plain (never markup), so "<b>" prints as typed. */

/**
 * lc_badge_pen_init:
 * @pen: a pen to set up
 *
 * Makes the Pango contexts of the agenda's fonts (lc-pdf-fonts.c): sizes in
 * points, no hinting, as a PDF wants.
 */
void
lc_badge_pen_init (LcBadgePen *pen)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  for (guint l = 0; l < 2; l++)
    {
      gboolean rtl = l == LC_LANGUAGE_ARABIC;

      pen->contexts[l] = pango_font_map_create_context (lc_pdf_get_font_map ());
      pango_cairo_context_set_font_options (pen->contexts[l], options);
      pango_cairo_context_set_resolution (pen->contexts[l], 72.0);
      pango_context_set_base_dir (pen->contexts[l],
                                  rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
      pango_context_set_language (pen->contexts[l], pango_language_from_string (rtl ? "ar" : "en"));
    }
  cairo_font_options_destroy (options);
}

void
lc_badge_pen_clear (LcBadgePen *pen)
{
  for (guint l = 0; l < 2; l++)
    g_clear_object (&pen->contexts[l]);
}

static PangoLayout *
make_layout (LcBadgePen         *pen,
             const char         *text,
             LcLanguage          language,
             const LcBadgeStyle *style,
             double              size,
             double              width)
{
  PangoLayout *layout = pango_layout_new (pen->contexts[language]);
  g_autoptr(PangoFontDescription) font = NULL;
  LcScript script = language == LC_LANGUAGE_ARABIC ? LC_SCRIPT_ARABIC : LC_SCRIPT_LATIN;

  font = pango_font_description_from_string (lc_pdf_font_families (script, style->sans));
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, style->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -MAX (style->max_lines, 1));
  /* Explicit sides: the context's direction is the language's, and the
   * layout does not guess it from the text. */
  if (style->align == LC_BADGE_ALIGN_CENTRE)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  else
    pango_layout_set_alignment (layout, language == LC_LANGUAGE_ARABIC ? PANGO_ALIGN_RIGHT
                                                                       : PANGO_ALIGN_LEFT);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/**
 * lc_badge_fit_text:
 * @pen: the pen
 * @text: a plain text, cleaned for print
 * @language: its language
 * @style: how it is set
 * @width: the box's width, in points
 * @height: (out): the height the text takes
 *
 * Returns: (transfer full): the layout, at the largest size of @style that
 *   fits, else at its smallest, ellipsized
 */
PangoLayout *
lc_badge_fit_text (LcBadgePen         *pen,
                   const char         *text,
                   LcLanguage          language,
                   const LcBadgeStyle *style,
                   double              width,
                   double             *height)
{
  double size = style->size;
  PangoLayout *layout = make_layout (pen, text, language, style, size, width);

  /* Each step a tenth smaller: a few steps from the largest to the
   * smallest, and a name a little too long loses little. */
  while (pango_layout_is_ellipsized (layout) && size > style->min_size)
    {
      size = MAX (size * 0.9, style->min_size);
      g_object_unref (layout);
      layout = make_layout (pen, text, language, style, size, width);
    }
  lc_pdf_layout_size (layout, NULL, height);
  return layout;
}

void
lc_badge_set_colour (cairo_t *cr,
                     guint32  colour)
{
  cairo_set_source_rgb (cr, ((colour >> 16) & 0xFF) / 255.0, ((colour >> 8) & 0xFF) / 255.0,
                        (colour & 0xFF) / 255.0);
}

/**
 * lc_badge_show_layout:
 *
 * Draws @layout at (@x, @y), clipped to its box: Pango keeps a line within
 * the width, and the clip keeps anything else (a tall mark, a glyph no
 * font has) from reaching a neighbouring badge.
 */
void
lc_badge_show_layout (cairo_t     *cr,
                      PangoLayout *layout,
                      double       x,
                      double       y,
                      double       width,
                      double       height,
                      guint32      colour)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  lc_badge_set_colour (cr, colour);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/**
 * lc_badge_draw_text:
 * @room: the most height it may take (%G_MAXDOUBLE for any)
 *
 * Fits @text into @width (lc_badge_fit_text()) and draws it at (@x, @y).
 * A text taller than @room is set on one line at the smallest size, and
 * left out if even that does not fit: a long position yields to the name,
 * and never runs over what is below it.
 *
 * Returns: the height it took; 0 for an empty text or one left out
 */
double
lc_badge_draw_text (LcBadgePen         *pen,
                    cairo_t            *cr,
                    const char         *text,
                    LcLanguage          language,
                    const LcBadgeStyle *style,
                    double              x,
                    double              y,
                    double              width,
                    double              room)
{
  g_autoptr(PangoLayout) layout = NULL;
  double height;

  if (text == NULL || *text == '\0')
    return 0;
  layout = lc_badge_fit_text (pen, text, language, style, width, &height);
  if (height > room && style->max_lines > 1)
    {
      LcBadgeStyle one_line = *style;

      one_line.max_lines = 1;
      one_line.size = one_line.min_size;
      g_object_unref (layout);
      layout = lc_badge_fit_text (pen, text, language, &one_line, width, &height);
    }
  if (height > room)
    return 0;
  /* A little room under the last line for descenders. */
  lc_badge_show_layout (cr, layout, x, y, width, MIN (height + style->size * 0.3, room),
                        style->colour);
  return height;
}

/**
 * lc_badge_draw_image:
 *
 * Draws @image scaled to fit the box, keeping its proportions, at the
 * box's start or (@at_end) its end side, centred vertically.
 */
void
lc_badge_draw_image (cairo_t         *cr,
                     cairo_surface_t *image,
                     double           x,
                     double           y,
                     double           width,
                     double           height,
                     gboolean         at_end)
{
  double w = cairo_image_surface_get_width (image);
  double h = cairo_image_surface_get_height (image);
  double scale = MIN (width / w, height / h);

  cairo_save (cr);
  cairo_translate (cr, at_end ? x + width - w * scale : x, y + (height - h * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, image, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
}

/* A pair's text in @language, else the other's. */
const char *
lc_badge_pick (char * const pair[2],
               LcLanguage   language)
{
  return *pair[language] != '\0' ? pair[language] : pair[1 - language];
}

/* The PDF's title, author and dates, as the agenda's. */
void
lc_badge_set_metadata (cairo_surface_t *surface,
                       LcBadgeSet      *set,
                       const char      *what)
{
  g_autofree char *created = lc_pdf_creation_date ();
  const char *title = lc_badge_pick (set->title, LC_LANGUAGE_ENGLISH);
  g_autofree char *full = g_strdup_printf ("%s — %s", title, what);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, full);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Learning Cities " PACKAGE_VERSION);
  if (created != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
}
