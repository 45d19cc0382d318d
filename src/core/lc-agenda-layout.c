/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-agenda-pdf-private.h"

/* Pagination and drawing of the agenda's pages, for a PDF file and for the
 * print dialog alike. The blocks are built in lc-pdf-layout.c and
 * lc-pdf-item.c; a page is a list of placed slices of blocks. */

/* The least space a block's first piece needs before a page is turned for
 * it, when the block is taller than a page anyway. */
#define MIN_PIECE 60.0

static void
page_free (LcPage *page)
{
  g_array_unref (page->placements);
  g_clear_pointer (&page->running, g_array_unref);
  g_free (page);
}

/* The lines of a block as [top, bottom) intervals: a page may only be
 * turned where no line or badge is cut. */
static GArray *
block_lines (LcBlock *block)
{
  GArray *lines;

  if (block->lines != NULL)
    return g_array_ref (block->lines);

  lines = g_array_new (FALSE, FALSE, sizeof (double) * 2);

  for (guint i = 0; i < block->leaves->len; i++)
    {
      const LcLeaf *leaf = &g_array_index (block->leaves, LcLeaf, i);
      double span[2];

      if (leaf->kind == LC_LEAF_BADGE)
        {
          span[0] = leaf->y;
          span[1] = leaf->y + leaf->height;
          g_array_append_val (lines, span);
        }
      else if (leaf->kind == LC_LEAF_TEXT)
        {
          PangoLayoutIter *iter = pango_layout_get_iter (leaf->layout);

          do
            {
              int top, bottom;

              pango_layout_iter_get_line_yrange (iter, &top, &bottom);
              span[0] = leaf->y + pango_units_to_double (top);
              span[1] = leaf->y + pango_units_to_double (bottom);
              g_array_append_val (lines, span);
            }
          while (pango_layout_iter_next_line (iter));
          pango_layout_iter_free (iter);
        }
    }

  return lines;
}

/* The lowest place in (from, limit] where the block can be cut, or @from
 * when there is none. */
static double
block_cut (GArray *lines,
           double  from,
           double  limit)
{
  double best = from;

  for (guint i = 0; i < lines->len; i++)
    {
      double c = g_array_index (lines, double, 2 * i + 1);
      gboolean clean = TRUE;

      if (c <= from + 0.01 || c > limit + 0.01 || c <= best)
        continue;
      for (guint k = 0; k < lines->len && clean; k++)
        clean = !(g_array_index (lines, double, 2 * k) < c - 0.01
                  && g_array_index (lines, double, 2 * k + 1) > c + 0.01);
      if (clean)
        best = c;
    }

  return best;
}

static LcPage *
page_new (void)
{
  LcPage *page = g_new0 (LcPage, 1);

  page->placements = g_array_new (FALSE, FALSE, sizeof (LcPlacement));
  page->day = -1;
  return page;
}

static void
place (LcPage *page,
       guint   block,
       double  y,
       double  from,
       double  to)
{
  LcPlacement p = { block, y, from, to };

  g_array_append_val (page->placements, p);
}

/* The height a block needs on the page where it starts: all of it, or its
 * first piece when it is taller than a page. */
static double
first_piece (LcAgendaLayout *self,
             LcBlock        *block)
{
  g_autoptr(GArray) lines = NULL;
  double cut;

  if (block->height <= self->content_height)
    return block->height;
  lines = block_lines (block);
  cut = block_cut (lines, 0, MIN_PIECE);
  return cut > 0 ? cut : MIN (MIN_PIECE, block->height);
}

static void
paginate (LcAgendaLayout *self)
{
  double avail = self->content_height, y = 0;
  LcPage *page = page_new ();

  g_ptr_array_add (self->pages, page);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      LcBlock *block = g_ptr_array_index (self->blocks, i);
      double space = y > 0 ? block->space_before : 0;
      double need = block->height <= avail ? block->height : first_piece (self, block);

      /* A heading goes with the start of what follows it. */
      if (block->keep_with_next && i + 1 < self->blocks->len)
        {
          LcBlock *next = g_ptr_array_index (self->blocks, i + 1);

          need = block->height + first_piece (self, next);
        }

      if (y > 0 && y + space + need > avail)
        {
          page = page_new ();
          g_ptr_array_add (self->pages, page);
          y = 0;
          space = 0;
        }
      y += space;
      if (page->day < 0)
        page->day = block->day;

      if (y + block->height <= avail + 0.01)
        {
          place (page, i, y, 0, block->height);
          y += block->height;
          continue;
        }

      /* Longer than a page: cut between lines, page after page. */
      {
        g_autoptr(GArray) lines = block_lines (block);
        double from = 0;

        while (from < block->height - 0.01)
          {
            double to = block->height;

            if (y + (to - from) > avail)
              {
                to = block_cut (lines, from, from + (avail - y));
                if (to <= from)
                  to = from + (avail - y);  /* one line taller than a page: clip it */
              }
            place (page, i, y, from, to);
            y += to - from;
            from = to;
            if (from < block->height - 0.01)
              {
                page = page_new ();
                page->day = block->day;
                g_ptr_array_add (self->pages, page);
                y = 0;
              }
          }
      }
    }
}

/**
 * lc_agenda_layout_new:
 * @agenda: an agenda
 * @language: the language of the pages
 * @digits: the digits of Arabic text (English text always has Western digits)
 * @cr: (nullable): the context the pages will be drawn on, for its font options
 * @page_width: the paper's width in points
 * @page_height: the paper's height in points
 *
 * Lays the agenda out on pages of the given size, once; the pages can then
 * be drawn any number of times, on any cairo context in points. Only the
 * measures are kept: a page's texts are laid out again when it is drawn,
 * so the memory taken does not grow with the agenda (a short agenda keeps
 * its texts' layouts, see lc_pdf_layout_measure_plan()).
 *
 * Returns: (transfer full): the layout
 */
LcAgendaLayout *
lc_agenda_layout_new (LcAgenda         *agenda,
                      LcAgendaLanguage  language,
                      LcDigits          digits,
                      cairo_t          *cr,
                      double            page_width,
                      double            page_height)
{
  LcAgendaLayout *self;

  g_return_val_if_fail (agenda != NULL, NULL);
  g_return_val_if_fail (page_width >= 200 && page_height >= 200, NULL);

  self = lc_pdf_layout_new_empty (agenda, language, digits, cr, page_width, page_height);
  lc_pdf_layout_build_blocks (self);
  lc_pdf_layout_paginate (self);
  lc_pdf_layout_share_recent (self);

  return self;
}

/* The page geometry, the Pango contexts and the fonts, with no blocks yet:
 * the declaration PDF (lc-declaration-pdf.c) fills in blocks of its own
 * and then calls lc_pdf_layout_paginate(). */
LcAgendaLayout *
lc_pdf_layout_new_empty (LcAgenda         *agenda,
                         LcAgendaLanguage  language,
                         LcDigits          digits,
                         cairo_t          *cr,
                         double            page_width,
                         double            page_height)
{
  LcAgendaLayout *self;
  PangoFontMap *font_map = lc_pdf_get_font_map ();
  cairo_font_options_t *options = cairo_font_options_create ();
  double side;

  g_return_val_if_fail (agenda != NULL, NULL);
  g_return_val_if_fail (page_width >= 200 && page_height >= 200, NULL);

  self = g_new0 (LcAgendaLayout, 1);
  self->agenda = lc_agenda_ref (agenda);
  self->language = language;
  self->digits = digits;
  self->page_width = page_width;
  self->page_height = page_height;
  self->has_surface = cr != NULL;

  side = CLAMP (page_width * 0.085, 30, 60);
  self->content_x = side;
  self->content_y = 66;
  self->content_width = page_width - 2 * side;
  self->content_height = page_height - 66 - 58;

  /* Metrics independent of the device, so a print preview, a printer and a
   * PDF break lines and pages in the same places. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  for (guint s = 0; s < LC_N_SCRIPTS; s++)
    {
      PangoContext *context = pango_font_map_create_context (font_map);

      if (cr != NULL)
        pango_cairo_update_context (cr, context);
      pango_cairo_context_set_resolution (context, 72.0);
      pango_cairo_context_set_font_options (context, options);
      pango_context_set_round_glyph_positions (context, FALSE);
      pango_context_set_base_dir (context, s == LC_SCRIPT_ARABIC ? PANGO_DIRECTION_RTL
                                                                 : PANGO_DIRECTION_LTR);
      pango_context_set_language (context, pango_language_from_string (s == LC_SCRIPT_ARABIC
                                                                       ? "ar" : "en"));
      self->contexts[s] = context;
    }
  cairo_font_options_destroy (options);

  self->days = g_array_new (FALSE, FALSE, sizeof (LcAgendaDay));
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);

  lc_pdf_layout_init_fonts (self);

  return self;
}

/**
 * lc_pdf_layout_keep_measure:
 * @self: a layout
 * @block: (transfer full): a block just built
 *
 * Keeps what pagination needs of @block (its height, and where its lines
 * are when it is taller than a page) and drops its layouts: they are made
 * again by lc_pdf_layout_rebuild_block() when its page is drawn.
 *
 * Returns: (transfer full): @block
 */
LcBlock *
lc_pdf_layout_keep_measure (LcAgendaLayout *self,
                            LcBlock        *block)
{
  if (block->height > self->content_height)
    {
      /* Its lines, from its layouts: some texts may have been measured
       * only (lc_pdf_measure()). */
      GHashTable *measures = g_steal_pointer (&self->measures);
      LcBlock *built = lc_pdf_layout_rebuild_block (self, block);

      self->measures = measures;
      block->lines = block_lines (built);
      lc_block_free (built);
    }
  g_clear_pointer (&block->leaves, g_array_unref);
  return block;
}

/* A block's leaves, to draw or check: its own, or built again when only
 * its measure was kept. */
static GArray *
block_leaves (LcAgendaLayout *self,
              guint           index)
{
  LcBlock *block = g_ptr_array_index (self->blocks, index);
  LcBlock *built;
  GArray *leaves;

  if (block->leaves != NULL)
    return g_array_ref (block->leaves);

  built = lc_pdf_layout_rebuild_block (self, block);
  /* The same texts in the same fonts: pages were cut for this height. */
  g_warn_if_fail (G_APPROX_VALUE (built->height, block->height, 0.001));
  leaves = g_steal_pointer (&built->leaves);
  lc_block_free (built);
  return leaves;
}

/* A page's running header and footer, made now unless the page has them. */
static GArray *
page_running (LcAgendaLayout *self,
              guint           index)
{
  LcPage *page = g_ptr_array_index (self->pages, index);

  if (page->running != NULL)
    return g_array_ref (page->running);
  return lc_pdf_layout_running_leaves (self, index, self->pages->len, page->day);
}

/* Stacks the blocks on pages (no running header or footer yet). */
void
lc_pdf_layout_paginate (LcAgendaLayout *self)
{
  paginate (self);
}

/**
 * lc_agenda_layout_free:
 * @self: (nullable): a layout
 */
void
lc_agenda_layout_free (LcAgendaLayout *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->days, g_array_unref);
  g_clear_pointer (&self->measures, g_hash_table_unref);
  g_clear_pointer (&self->reused, g_hash_table_unref);
  g_clear_pointer (&self->kept, g_hash_table_unref);
  g_clear_pointer (&self->running, g_hash_table_unref);
  for (guint s = 0; s < LC_N_SCRIPTS; s++)
    {
      g_clear_object (&self->contexts[s]);
      for (guint i = 0; i < LC_N_STYLES; i++)
        g_clear_pointer (&self->fonts[i][s], pango_font_description_free);
    }
  g_clear_pointer (&self->agenda, lc_agenda_unref);
  g_free (self);
}

/**
 * lc_agenda_layout_get_n_pages:
 * @self: a layout
 *
 * Returns: how many pages the agenda takes (at least one)
 */
guint
lc_agenda_layout_get_n_pages (LcAgendaLayout *self)
{
  return self->pages->len;
}

static void
set_colour (cairo_t *cr,
            guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

static void
draw_leaves (cairo_t *cr,
             GArray  *leaves)
{
  for (guint i = 0; i < leaves->len; i++)
    {
      const LcLeaf *leaf = &g_array_index (leaves, LcLeaf, i);

      switch (leaf->kind)
        {
        case LC_LEAF_FILL:
          set_colour (cr, leaf->colour);
          cairo_rectangle (cr, leaf->x, leaf->y, leaf->width, leaf->height);
          cairo_fill (cr);
          break;

        case LC_LEAF_BADGE:
          {
            double r = MIN (leaf->height / 2, 2.5);

            cairo_new_sub_path (cr);
            cairo_arc (cr, leaf->x + leaf->width - r, leaf->y + r, r, -G_PI / 2, 0);
            cairo_arc (cr, leaf->x + leaf->width - r, leaf->y + leaf->height - r, r, 0, G_PI / 2);
            cairo_arc (cr, leaf->x + r, leaf->y + leaf->height - r, r, G_PI / 2, G_PI);
            cairo_arc (cr, leaf->x + r, leaf->y + r, r, G_PI, 3 * G_PI / 2);
            cairo_close_path (cr);
            set_colour (cr, leaf->fill);
            cairo_fill (cr);
            set_colour (cr, leaf->colour);
            cairo_move_to (cr, leaf->x + leaf->pad_x, leaf->y + leaf->pad_y);
            pango_cairo_show_layout (cr, leaf->layout);
          }
          break;

        case LC_LEAF_IMAGE:
          /* A logo scaled into its box: the PDF keeps the image once. */
          cairo_save (cr);
          cairo_translate (cr, leaf->x, leaf->y);
          cairo_scale (cr, leaf->width / cairo_image_surface_get_width (leaf->image),
                       leaf->height / cairo_image_surface_get_height (leaf->image));
          cairo_set_source_surface (cr, leaf->image, 0, 0);
          cairo_paint (cr);
          cairo_restore (cr);
          break;

        case LC_LEAF_TEXT:
        default:
          set_colour (cr, leaf->colour);
          cairo_move_to (cr, leaf->x, leaf->y);
          pango_cairo_show_layout (cr, leaf->layout);
          break;
        }
    }
}

/**
 * lc_agenda_layout_draw_page:
 * @self: a layout
 * @cr: a cairo context in points, origin at the paper's top left corner
 * @page: the page, from 0
 *
 * Draws one page. Nothing else of @cr's state is changed.
 */
void
lc_agenda_layout_draw_page (LcAgendaLayout *self,
                            cairo_t        *cr,
                            guint           page)
{
  const LcPage *p;
  g_autoptr(GArray) running = NULL;
  int previous = -1;

  g_return_if_fail (page < self->pages->len);
  p = g_ptr_array_index (self->pages, page);

  cairo_save (cr);
  running = page_running (self, page);
  draw_leaves (cr, running);

  for (guint i = 0; i < p->placements->len; i++)
    {
      const LcPlacement *placement = &g_array_index (p->placements, LcPlacement, i);
      LcBlock *block = g_ptr_array_index (self->blocks, placement->block);
      gboolean partial = placement->from > 0 || placement->to < block->height;
      g_autoptr(GArray) leaves = NULL;

      /* A hairline between two items of one day. */
      if (block->kind == LC_BLOCK_ITEM && previous >= 0
          && ((LcBlock *) g_ptr_array_index (self->blocks, previous))->kind == LC_BLOCK_ITEM)
        {
          set_colour (cr, RULE_COLOUR);
          cairo_rectangle (cr, self->content_x, self->content_y + placement->y - 0.25,
                           self->content_width, 0.5);
          cairo_fill (cr);
        }
      previous = (int) placement->block;

      cairo_save (cr);
      if (partial)
        {
          cairo_rectangle (cr, 0, self->content_y + placement->y, self->page_width,
                           placement->to - placement->from);
          cairo_clip (cr);
        }
      cairo_translate (cr, self->content_x, self->content_y + placement->y - placement->from);
      leaves = block_leaves (self, placement->block);
      draw_leaves (cr, leaves);
      cairo_restore (cr);
    }

  cairo_restore (cr);
}

static void
add_box (GArray   *boxes,
         guint     page,
         double    x,
         double    y,
         double    width,
         double    height,
         gboolean  is_text,
         int       block)
{
  LcAgendaBox box = { page, x, y, width, height, is_text, block, LC_BLOCK_NOTE, 0 };

  g_array_append_val (boxes, box);
}

/* Every line, badge and fill of the leaves shown between @from and @to,
 * moved by (dx, dy). */
static void
leaf_boxes (GArray *boxes,
            GArray *leaves,
            guint   page,
            double  dx,
            double  dy,
            double  from,
            double  to,
            int     block)
{
  for (guint i = 0; i < leaves->len; i++)
    {
      const LcLeaf *leaf = &g_array_index (leaves, LcLeaf, i);

      if (leaf->kind == LC_LEAF_FILL)
        {
          double top = MAX (leaf->y, from), bottom = MIN (leaf->y + leaf->height, to);

          if (bottom > top)
            add_box (boxes, page, dx + leaf->x, dy + top, leaf->width, bottom - top, FALSE, block);
        }
      else if (leaf->kind == LC_LEAF_BADGE)
        {
          if (leaf->y >= from - 0.01 && leaf->y + leaf->height <= to + 0.01)
            add_box (boxes, page, dx + leaf->x, dy + leaf->y, leaf->width, leaf->height, TRUE,
                     block);
        }
      else
        {
          PangoLayoutIter *iter = pango_layout_get_iter (leaf->layout);

          do
            {
              PangoRectangle r;
              double top, height;

              pango_layout_iter_get_line_extents (iter, NULL, &r);
              top = leaf->y + pango_units_to_double (r.y);
              height = pango_units_to_double (r.height);
              if (top >= from - 0.01 && top + height <= to + 0.01)
                add_box (boxes, page, dx + leaf->x + pango_units_to_double (r.x), dy + top,
                         pango_units_to_double (r.width), height, TRUE, block);
            }
          while (pango_layout_iter_next_line (iter));
          pango_layout_iter_free (iter);
        }
    }
}

/**
 * lc_agenda_layout_collect_boxes:
 * @self: a layout
 *
 * The renderer's own layout check: every line of text, badge and fill as
 * it is placed on its page, measured from the laid-out text itself.
 *
 * Returns: (transfer full) (element-type LcAgendaBox): the boxes
 */
GArray *
lc_agenda_layout_collect_boxes (LcAgendaLayout *self)
{
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (LcAgendaBox));

  for (guint p = 0; p < self->pages->len; p++)
    {
      const LcPage *page = g_ptr_array_index (self->pages, p);
      g_autoptr(GArray) running = page_running (self, p);

      leaf_boxes (boxes, running, p, 0, 0, -G_MAXDOUBLE, G_MAXDOUBLE, -1);
      for (guint i = 0; i < page->placements->len; i++)
        {
          const LcPlacement *pl = &g_array_index (page->placements, LcPlacement, i);
          LcBlock *block = g_ptr_array_index (self->blocks, pl->block);
          g_autoptr(GArray) leaves = block_leaves (self, pl->block);
          guint first = boxes->len;

          leaf_boxes (boxes, leaves, p, self->content_x,
                      self->content_y + pl->y - pl->from, pl->from, pl->to, (int) pl->block);
          for (guint k = first; k < boxes->len; k++)
            {
              g_array_index (boxes, LcAgendaBox, k).kind = block->kind;
              g_array_index (boxes, LcAgendaBox, k).block_height = block->height;
            }
        }
    }

  return boxes;
}

/**
 * lc_agenda_layout_get_content_area:
 * @self: a layout
 * @x: (out): left edge
 * @y: (out): top edge
 * @width: (out): width
 * @height: (out): height
 *
 * The box inside the margins where the title, days and items go.
 */
void
lc_agenda_layout_get_content_area (LcAgendaLayout *self,
                                   double         *x,
                                   double         *y,
                                   double         *width,
                                   double         *height)
{
  *x = self->content_x;
  *y = self->content_y;
  *width = self->content_width;
  *height = self->content_height;
}

/**
 * lc_agenda_layout_get_printable_area:
 * @self: a layout
 * @x: (out): left edge
 * @y: (out): top edge
 * @width: (out): width
 * @height: (out): height
 *
 * The part of the paper anything may be drawn on: the paper less a margin
 * that printers can reach, with the running header and footer inside it.
 */
void
lc_agenda_layout_get_printable_area (LcAgendaLayout *self,
                                     double         *x,
                                     double         *y,
                                     double         *width,
                                     double         *height)
{
  double margin = 24;

  *x = margin;
  *y = margin;
  *width = self->page_width - 2 * margin;
  *height = self->page_height - 2 * margin;
}
