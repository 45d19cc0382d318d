/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "lc-timeline-private.h"
#include "lc-util.h"

/*
 * Drawing the timeline: the grid (hour and quarter-hour lines, column
 * separators), the block widgets in view, the block being dragged with its
 * new time in the gutter, then the header of room names and the gutter of
 * hours on top, since they stay in view while the grid scrolls under them.
 * Each block draws itself (lc-timeline-block-draw.c): GTK keeps what it
 * drew while only its place changes, so scrolling redraws no block.
 *
 * Colours come from the style (libadwaita's named colours, light or dark).
 */

#define TEXT_PADDING  6.0

GdkRGBA
lc_timeline_mix (const GdkRGBA *a,
                 const GdkRGBA *b,
                 float          amount)
{
  return (GdkRGBA) {
    a->red + (b->red - a->red) * amount,
    a->green + (b->green - a->green) * amount,
    a->blue + (b->blue - a->blue) * amount,
    a->alpha + (b->alpha - a->alpha) * amount,
  };
}

GdkRGBA
lc_timeline_with_alpha (const GdkRGBA *color,
                        float          alpha)
{
  GdkRGBA c = *color;

  c.alpha *= alpha;
  return c;
}

static void
lookup (GtkStyleContext *context,
        const char      *name,
        const char      *fallback,
        GdkRGBA         *color)
{
  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

/**
 * lc_timeline_get_palette:
 * @widget: the timeline or one of its blocks
 * @p: (out): the colours to draw it with
 */
void
lc_timeline_get_palette (GtkWidget         *widget,
                         LcTimelinePalette *p)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  p->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  gtk_style_context_get_color (context, &p->fg);
  p->dim = lc_timeline_with_alpha (&p->fg, 0.6f);
  lookup (context, "view_bg_color", p->dark ? "#1e1e1e" : "#ffffff", &p->view);
  lookup (context, "window_bg_color", p->dark ? "#242424" : "#fafafa", &p->chrome);
  p->line = lc_timeline_mix (&p->view, &p->fg, 0.14f);
  p->faint = lc_timeline_mix (&p->view, &p->fg, 0.045f);
  lookup (context, "accent_bg_color", "#3584e4", &p->accent);
  lookup (context, "accent_fg_color", "#ffffff", &p->accent_fg);
  lookup (context, "warning_bg_color", "#e5a50a", &p->warning);
  lookup (context, "warning_color", p->dark ? "#f8e45c" : "#9c6e03", &p->warning_fg);
}

/**
 * lc_timeline_make_layout:
 * @widget: the timeline or one of its blocks
 * @text: (nullable): the text
 * @bold: whether in bold
 * @small: whether smaller
 *
 * Returns: (transfer full): a layout of @text in the widget's font and
 *   direction
 */
PangoLayout *
lc_timeline_make_layout (GtkWidget  *widget,
                         const char *text,
                         gboolean    bold,
                         gboolean    small)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attrs = pango_attr_list_new ();

  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  if (small)
    pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  /* The widget's direction decides, so the PANGO_ALIGN_* below are physical. */
  pango_layout_set_auto_dir (layout, FALSE);
  return layout;
}

/** lc_timeline_text_height: Returns: the height of a line of the widget's text */
int
lc_timeline_text_height (LcTimeline *self)
{
  g_autoptr(PangoLayout) layout = lc_timeline_make_layout (GTK_WIDGET (self), "09:00", TRUE, FALSE);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/** lc_timeline_text_width: Returns: how wide @text is in the widget's font */
int
lc_timeline_text_width (LcTimeline *self,
                        const char *text)
{
  g_autoptr(PangoLayout) layout = lc_timeline_make_layout (GTK_WIDGET (self), text, FALSE, FALSE);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static PangoLayout *
header_layout (LcTimeline       *self,
               LcTimelineColumn *column,
               double            column_width)
{
  PangoLayout *layout = lc_timeline_make_layout (GTK_WIDGET (self), lc_timeline_column_name (column), column->room != NULL, FALSE);

  pango_layout_set_width (layout, (int) MAX (column_width - 2 * TEXT_PADDING, 1) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -2);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  return layout;
}

/** lc_timeline_header_lines: Returns: 1, or 2 when a room's name needs two lines */
int
lc_timeline_header_lines (LcTimeline *self,
                          double      column_width)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      g_autoptr(PangoLayout) layout = header_layout (self, &g_array_index (self->columns, LcTimelineColumn, i),
                                                     column_width);

      if (pango_layout_get_line_count (layout) > 1)
        return 2;
    }

  return 1;
}

void
lc_timeline_append_layout (GtkSnapshot   *snapshot,
                           PangoLayout   *layout,
                           double         x,
                           double         y,
                           const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

void
lc_timeline_append_icon (GtkWidget     *widget,
                         GtkSnapshot   *snapshot,
                         const char    *name,
                         double         x,
                         double         y,
                         int            size,
                         const GdkRGBA *color)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));
  g_autoptr(GtkIconPaintable) icon = gtk_icon_theme_lookup_icon (theme, name, NULL, size,
                                                                gtk_widget_get_scale_factor (widget),
                                                                gtk_widget_get_direction (widget), 0);
  GdkRGBA colors[4] = { *color, *color, *color, *color };

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot, size, size, colors, 4);
  gtk_snapshot_restore (snapshot);
}

void
lc_timeline_append_rounded (GtkSnapshot           *snapshot,
                            const graphene_rect_t *rect,
                            float                  radius,
                            const GdkRGBA         *color)
{
  GskRoundedRect rounded;

  gsk_rounded_rect_init_from_rect (&rounded, rect, radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, color, rect);
  gtk_snapshot_pop (snapshot);
}

static void
draw_grid (LcTimeline            *self,
           GtkSnapshot           *snapshot,
           const LcTimelinePalette *p,
           const graphene_rect_t *body)
{
  LcTimelineLayout *l = &self->layout;
  double bottom = floor (lc_timeline_layout_minute_to_y (l, l->last_minute));

  for (guint c = 0; c < self->columns->len; c++)
    {
      double x, width, edge;

      lc_timeline_layout_column_bounds (l, c, &x, &width);
      /* "No room" is not a place: a slightly different ground says so. */
      if (g_array_index (self->columns, LcTimelineColumn, c).room == NULL)
        gtk_snapshot_append_color (snapshot, &p->chrome,
                                   &GRAPHENE_RECT_INIT (x, body->origin.y, width, bottom - body->origin.y));
      edge = floor (l->rtl ? x : x + width - 1);
      gtk_snapshot_append_color (snapshot, &p->faint,
                                 &GRAPHENE_RECT_INIT (edge, body->origin.y, 1, bottom - body->origin.y));
    }

  for (int minute = l->first_minute; minute <= l->last_minute; minute += 15)
    {
      double y = floor (lc_timeline_layout_minute_to_y (l, minute));

      if (y < body->origin.y - 1 || y > body->origin.y + body->size.height)
        continue;
      gtk_snapshot_append_color (snapshot, minute % 60 == 0 ? &p->line : &p->faint,
                                 &GRAPHENE_RECT_INIT (body->origin.x, y, body->size.width, 1));
    }
}

static void
draw_pill (LcTimeline    *self,
           GtkSnapshot   *snapshot,
           const LcTimelinePalette *p,
           int            minute)
{
  LcTimelineLayout *l = &self->layout;
  g_autofree char *text = lc_ui_format_time (minute);
  g_autoptr(PangoLayout) layout = lc_timeline_make_layout (GTK_WIDGET (self), text, TRUE, FALSE);
  double y = lc_timeline_layout_minute_to_y (l, minute);
  double gx = lc_timeline_layout_gutter_x (l);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  lc_timeline_append_rounded (snapshot, &GRAPHENE_RECT_INIT (gx + 4, y - height / 2.0 - 2, l->gutter_width - 8, height + 4),
                  (height + 4) / 2.0, &p->accent);
  lc_timeline_append_layout (snapshot, layout, gx + (l->gutter_width - width) / 2.0, y - height / 2.0, &p->accent_fg);
}

static void
draw_drag (LcTimeline              *self,
           GtkSnapshot             *snapshot,
           const LcTimelinePalette *p,
           const graphene_rect_t   *body)
{
  LcTimelineBlock *block = lc_timeline_find_block (self, self->drag.id, NULL);
  LcTimelineSpan span = self->drag.from;
  graphene_rect_t slot;

  if (block == NULL)
    return;

  /* Where it goes, lifted (where it was is drawn faded). */
  if (self->drag.new_column != span.column)
    {
      span.lane = 0;
      span.n_lanes = 1;
    }
  span.column = self->drag.new_column;
  span.start = self->drag.new_start;
  span.end = self->drag.new_end;
  lc_timeline_layout_block_rect (&self->layout, &span, &slot);

  for (int *m = (int[]) { span.start, span.end, -1 }; *m >= 0; m++)
    gtk_snapshot_append_color (snapshot, &(GdkRGBA) { p->accent.red, p->accent.green, p->accent.blue, 0.6f },
                               &GRAPHENE_RECT_INIT (body->origin.x, floor (lc_timeline_layout_minute_to_y (&self->layout, *m)),
                                                    body->size.width, 1));
  lc_timeline_block_draw (block, snapshot, p, &slot, span.start, span.end,
                          LC_TIMELINE_BLOCK_LIFTED
                          | (self->drag.mode == LC_TIMELINE_DRAG_RESIZE ? LC_TIMELINE_BLOCK_EDGE : 0));
}

static void
draw_header (LcTimeline            *self,
             GtkSnapshot           *snapshot,
             const LcTimelinePalette *p,
             const graphene_rect_t *body)
{
  LcTimelineLayout *l = &self->layout;

  gtk_snapshot_append_color (snapshot, &p->chrome, &GRAPHENE_RECT_INIT (0, 0, l->view_width, l->header_height));
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (body->origin.x, 0, body->size.width, l->header_height));
  for (guint c = 0; c < self->columns->len; c++)
    {
      LcTimelineColumn *column = &g_array_index (self->columns, LcTimelineColumn, c);
      g_autoptr(PangoLayout) layout = NULL;
      gboolean target = self->drag.active && self->drag.mode == LC_TIMELINE_DRAG_MOVE
                        && self->drag.new_column == c && self->drag.from.column != c;
      double x, width;
      int height;

      lc_timeline_layout_column_bounds (l, c, &x, &width);
      layout = header_layout (self, column, width);
      pango_layout_get_pixel_size (layout, NULL, &height);
      if (target)
        gtk_snapshot_append_color (snapshot, &(GdkRGBA) { p->accent.red, p->accent.green, p->accent.blue, 0.15f },
                                   &GRAPHENE_RECT_INIT (x, 0, width, l->header_height));
      lc_timeline_append_layout (snapshot, layout, x + TEXT_PADDING, (l->header_height - height) / 2.0,
                     target ? &p->accent : column->room ? &p->fg : &p->dim);
      gtk_snapshot_append_color (snapshot, &p->line,
                                 &GRAPHENE_RECT_INIT (floor (l->rtl ? x : x + width - 1), 0, 1, l->header_height));
    }
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_color (snapshot, &p->line, &GRAPHENE_RECT_INIT (0, l->header_height - 1, l->view_width, 1));
}

static void
draw_gutter (LcTimeline    *self,
             GtkSnapshot   *snapshot,
             const LcTimelinePalette *p)
{
  LcTimelineLayout *l = &self->layout;
  double gx = lc_timeline_layout_gutter_x (l);
  graphene_rect_t gutter = GRAPHENE_RECT_INIT (gx, l->header_height, l->gutter_width,
                                               MAX (l->view_height - l->header_height, 0));

  gtk_snapshot_append_color (snapshot, &p->chrome, &gutter);
  gtk_snapshot_push_clip (snapshot, &gutter);
  /* Each hour's label sits just under its line, at the end near the grid. */
  for (int minute = l->first_minute; minute < l->last_minute; minute += 60)
    {
      g_autofree char *text = lc_ui_format_time (minute);
      g_autoptr(PangoLayout) layout = lc_timeline_make_layout (GTK_WIDGET (self), text, FALSE, TRUE);

      pango_layout_set_width (layout, (int) (l->gutter_width - 2 * TEXT_PADDING) * PANGO_SCALE);
      pango_layout_set_alignment (layout, l->rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
      lc_timeline_append_layout (snapshot, layout, gx + TEXT_PADDING, lc_timeline_layout_minute_to_y (l, minute) + 3, &p->dim);
    }
  if (self->drag.active)
    draw_pill (self, snapshot, p, self->drag.mode == LC_TIMELINE_DRAG_RESIZE ? self->drag.new_end : self->drag.new_start);
  gtk_snapshot_pop (snapshot);

  gtk_snapshot_append_color (snapshot, &p->line,
                             &GRAPHENE_RECT_INIT (l->rtl ? gx : gx + l->gutter_width - 1, 0, 1, l->view_height));
}

static void
draw_empty (LcTimeline            *self,
            GtkSnapshot           *snapshot,
            const LcTimelinePalette *p,
            const graphene_rect_t *body)
{
  g_autoptr(PangoLayout) layout = lc_timeline_make_layout (GTK_WIDGET (self), _("Nothing is planned on this day"), TRUE, FALSE);
  double room = MAX (body->size.width - 48, 1);
  int width, height;
  graphene_rect_t pill;
  GskRoundedRect outline;

  pango_layout_set_width (layout, (int) room * PANGO_SCALE);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (layout, &width, &height);

  /* On a card of its own, so the grid lines do not run through the words. */
  graphene_rect_init (&pill, body->origin.x + 24 + (room - width) / 2 - 16, body->origin.y + 40,
                      width + 32, height + 16);
  gsk_rounded_rect_init_from_rect (&outline, &pill, (height + 16) / 2.0);
  lc_timeline_append_rounded (snapshot, &pill, (height + 16) / 2.0, &p->chrome);
  gtk_snapshot_append_border (snapshot, &outline, (float[4]) { 1, 1, 1, 1 },
                              (GdkRGBA[4]) { p->line, p->line, p->line, p->line });
  lc_timeline_append_layout (snapshot, layout, body->origin.x + 24, body->origin.y + 48, &p->dim);
}

static void
draw_blocks (LcTimeline            *self,
             GtkSnapshot           *snapshot,
             const graphene_rect_t *body)
{
  for (guint i = 0; i < self->blocks->len; i++)
    {
      LcTimelineBlock *block = g_ptr_array_index (self->blocks, i);
      GtkWidget *widget = GTK_WIDGET (block);
      graphene_rect_t bounds;
      gboolean lifted = self->drag.active && block->id == self->drag.id;

      /* Only what is in view: a day may hold many items. */
      if (!gtk_widget_compute_bounds (widget, GTK_WIDGET (self), &bounds)
          || !graphene_rect_intersection (&bounds, body, NULL))
        continue;

      /* Where a dragged block was, faded. */
      if (lifted)
        gtk_snapshot_push_opacity (snapshot, 0.35);
      gtk_widget_snapshot_child (GTK_WIDGET (self), widget, snapshot);
      if (lifted)
        gtk_snapshot_pop (snapshot);
    }
}

/**
 * lc_timeline_snapshot_all:
 * @self: a timeline, allocated
 * @snapshot: where to draw
 *
 * Draws everything the timeline shows, as it was laid out at the last
 * allocation (blocks are never added here: they would have no place yet).
 */
void
lc_timeline_snapshot_all (LcTimeline  *self,
                          GtkSnapshot *snapshot)
{
  LcTimelineLayout *l = &self->layout;
  graphene_rect_t body;
  LcTimelinePalette p;

  lc_timeline_get_palette (GTK_WIDGET (self), &p);

  gtk_snapshot_append_color (snapshot, &p.view, &GRAPHENE_RECT_INIT (0, 0, l->view_width, l->view_height));
  if (self->model == NULL || self->day == NULL)
    return;

  lc_timeline_layout_body_rect (l, &body);
  gtk_snapshot_push_clip (snapshot, &body);
  draw_grid (self, snapshot, &p, &body);
  draw_blocks (self, snapshot, &body);
  if (self->drag.active)
    draw_drag (self, snapshot, &p, &body);
  if (self->blocks->len == 0)
    draw_empty (self, snapshot, &p, &body);
  gtk_snapshot_pop (snapshot);

  draw_header (self, snapshot, &p, &body);
  draw_gutter (self, snapshot, &p);
}
