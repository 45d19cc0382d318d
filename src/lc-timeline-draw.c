/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "lc-agenda-row.h"
#include "lc-timeline-private.h"
#include "lc-util.h"

/*
 * Drawing the timeline: the grid (hour and quarter-hour lines, column
 * separators), the blocks, the block being dragged with its new time in
 * the gutter, then the header of room names and the gutter of hours on
 * top, since they stay in view while the grid scrolls under them.
 *
 * Colours come from the style (libadwaita's named colours, light or dark);
 * each kind of item has an accent from the GNOME palette, in a lighter
 * shade on dark backgrounds. A block in conflict is tinted with the
 * warning colour and, for those who cannot tell colours apart, has a
 * striped border and a warning sign.
 */

#define RADIUS        6.0
#define ACCENT_WIDTH  4.0
#define HATCH_WIDTH   3.0
#define TEXT_PADDING  6.0
#define ICON_SIZE     16

typedef struct
{
  gboolean dark;
  GdkRGBA  fg;
  GdkRGBA  dim;
  GdkRGBA  view;
  GdkRGBA  chrome;      /* the header and the gutter */
  GdkRGBA  line;
  GdkRGBA  faint;
  GdkRGBA  accent;
  GdkRGBA  accent_fg;
  GdkRGBA  warning;     /* stripes */
  GdkRGBA  warning_fg;  /* the sign, readable on a light tint */
} Palette;

enum {
  BLOCK_HOVER  = 1 << 0,
  BLOCK_FOCUS  = 1 << 1,
  BLOCK_LIFTED = 1 << 2,
  BLOCK_EDGE   = 1 << 3,
};

static const struct
{
  const char *light;
  const char *dark;
} kind_colors[] = {
  [LC_ITEM_KIND_OPENING] = { "#9141ac", "#c061cb" },
  [LC_ITEM_KIND_SESSION] = { "#3584e4", "#62a0ea" },
  [LC_ITEM_KIND_BREAK] = { "#26a269", "#57e389" },
  [LC_ITEM_KIND_FIELD_VISIT] = { "#986a44", "#cdab8f" },
  [LC_ITEM_KIND_EXERCISE] = { "#2190a4", "#62c4d6" },
  [LC_ITEM_KIND_DECLARATION_READING] = { "#c9408a", "#e98fbf" },
  [LC_ITEM_KIND_CLOSING] = { "#613583", "#a98bd3" },
  [LC_ITEM_KIND_OTHER] = { "#77767b", "#9a9996" },
};

static GdkRGBA
mix (const GdkRGBA *a,
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

static GdkRGBA
with_alpha (const GdkRGBA *color,
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

static void
get_palette (LcTimeline *self,
             Palette    *p)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  p->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  gtk_style_context_get_color (context, &p->fg);
  p->dim = with_alpha (&p->fg, 0.6f);
  lookup (context, "view_bg_color", p->dark ? "#1e1e1e" : "#ffffff", &p->view);
  lookup (context, "window_bg_color", p->dark ? "#242424" : "#fafafa", &p->chrome);
  p->line = mix (&p->view, &p->fg, 0.14f);
  p->faint = mix (&p->view, &p->fg, 0.045f);
  lookup (context, "accent_bg_color", "#3584e4", &p->accent);
  lookup (context, "accent_fg_color", "#ffffff", &p->accent_fg);
  lookup (context, "warning_bg_color", "#e5a50a", &p->warning);
  lookup (context, "warning_color", p->dark ? "#f8e45c" : "#9c6e03", &p->warning_fg);
}

static GdkRGBA
kind_color (const Palette *p,
            LcItemKind     kind)
{
  GdkRGBA color;

  if ((guint) kind >= G_N_ELEMENTS (kind_colors))
    kind = LC_ITEM_KIND_OTHER;
  gdk_rgba_parse (&color, p->dark ? kind_colors[kind].dark : kind_colors[kind].light);
  return color;
}

static PangoLayout *
make_layout (LcTimeline *self,
             const char *text,
             gboolean    bold,
             gboolean    small)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
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

/* Left for the start edge in LTR, right in RTL. */
static PangoAlignment
start_alignment (LcTimeline *self)
{
  return self->layout.rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
}

/** lc_timeline_text_height: Returns: the height of a line of the widget's text */
int
lc_timeline_text_height (LcTimeline *self)
{
  g_autoptr(PangoLayout) layout = make_layout (self, "09:00", TRUE, FALSE);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/** lc_timeline_text_width: Returns: how wide @text is in the widget's font */
int
lc_timeline_text_width (LcTimeline *self,
                        const char *text)
{
  g_autoptr(PangoLayout) layout = make_layout (self, text, FALSE, FALSE);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static PangoLayout *
header_layout (LcTimeline       *self,
               LcTimelineColumn *column,
               double            column_width)
{
  PangoLayout *layout = make_layout (self, lc_timeline_column_name (column), column->room != NULL, FALSE);

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

static void
append_layout (GtkSnapshot   *snapshot,
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

static void
append_icon (LcTimeline    *self,
             GtkSnapshot   *snapshot,
             const char    *name,
             double         x,
             double         y,
             int            size,
             const GdkRGBA *color)
{
  GtkWidget *widget = GTK_WIDGET (self);
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

static void
append_rounded (GtkSnapshot           *snapshot,
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
           const Palette         *p,
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

static char *
kind_text (LcRecord *item)
{
  LcItemKind kind = lc_record_get_int (item, "kind");
  gint64 number = lc_record_get_int (item, "number");

  if (number > 0)
    /* Translators: an item's kind and number, such as “Session 3” */
    return g_strdup_printf (_("%1$s %2$d"), lc_item_kind_get_label (kind), (int) number);
  return g_strdup (lc_item_kind_get_label (kind));
}

static void
draw_text (LcTimeline            *self,
           GtkSnapshot           *snapshot,
           const Palette         *p,
           LcTimelineBlock       *block,
           const graphene_rect_t *r,
           double                 start_pad,
           double                 end_pad,
           double                 top_pad,
           int                    start,
           int                    end)
{
  LcRecord *item = LC_RECORD (block->item);
  gboolean fell_back = FALSE;
  const char *title = lc_ui_text (item, "title", &fell_back);
  g_autofree char *range = lc_timeline_format_range (start, end);
  g_autofree char *kind = kind_text (item);
  g_autofree char *meta = g_strdup_printf ("%s · %s", range, kind);
  g_autoptr(PangoLayout) title_layout = make_layout (self, title, TRUE, FALSE);
  g_autoptr(PangoLayout) meta_layout = make_layout (self, meta, FALSE, TRUE);
  double width = r->size.width - start_pad - end_pad;
  double x = self->layout.rtl ? r->origin.x + end_pad : r->origin.x + start_pad;
  double room = r->size.height - 2 * top_pad;
  int title_height, meta_height, line_height;

  if (width < 12)
    return;

  pango_layout_get_pixel_size (title_layout, NULL, &line_height);
  pango_layout_get_pixel_size (meta_layout, NULL, &meta_height);
  for (PangoLayout **layout = (PangoLayout *[]) { title_layout, meta_layout, NULL }; *layout; layout++)
    {
      pango_layout_set_width (*layout, (int) width * PANGO_SCALE);
      pango_layout_set_ellipsize (*layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (*layout, start_alignment (self));
    }

  if (room >= line_height + meta_height)
    {
      /* Title on as many lines as fit, then time and kind on one line
       * after the kind's icon. */
      double icon_room = ICON_SIZE - 2 + 4;

      pango_layout_set_wrap (title_layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (title_layout, (int) (room - meta_height) * PANGO_SCALE);
      pango_layout_get_pixel_size (title_layout, NULL, &title_height);
      append_layout (snapshot, title_layout, x, r->origin.y + top_pad, fell_back ? &p->dim : &p->fg);

      pango_layout_set_width (meta_layout, (int) MAX (width - icon_room, 1) * PANGO_SCALE);
      append_icon (self, snapshot, lc_item_kind_get_icon_name (lc_record_get_int (item, "kind")),
                   self->layout.rtl ? x + width - (ICON_SIZE - 2) : x,
                   r->origin.y + top_pad + title_height + 1 + (meta_height - (ICON_SIZE - 2)) / 2.0,
                   ICON_SIZE - 2, &p->dim);
      append_layout (snapshot, meta_layout, self->layout.rtl ? x : x + icon_room,
                     r->origin.y + top_pad + title_height + 1, &p->dim);
    }
  else
    {
      /* A short block: the title and the time on one line. */
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>  <span alpha=\"60%%\">%s</span>", title, range);
      g_autoptr(PangoLayout) line = make_layout (self, NULL, FALSE, FALSE);

      pango_layout_set_markup (line, markup, -1);
      pango_layout_set_width (line, (int) width * PANGO_SCALE);
      pango_layout_set_ellipsize (line, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (line, start_alignment (self));
      append_layout (snapshot, line, x, r->origin.y + MAX ((r->size.height - line_height) / 2.0, 0),
                     fell_back ? &p->dim : &p->fg);
    }
}

static void
draw_block (LcTimeline            *self,
            GtkSnapshot           *snapshot,
            const Palette         *p,
            LcTimelineBlock       *block,
            const graphene_rect_t *slot,
            int                    start,
            int                    end,
            guint                  state)
{
  LcTimelineLayout *l = &self->layout;
  GdkRGBA kind = kind_color (p, lc_record_get_int (LC_RECORD (block->item), "kind"));
  gboolean conflict = block->n_conflicts > 0;
  float tint = (p->dark ? 0.28f : 0.14f) + ((state & BLOCK_HOVER) ? 0.08f : 0);
  GdkRGBA fill = conflict ? mix (&p->view, &p->warning, p->dark ? 0.22f : 0.18f) : mix (&p->view, &kind, tint);
  double border = conflict ? HATCH_WIDTH : 0;
  graphene_rect_t r, inner, bar;
  GskRoundedRect rounded;

  /* A small gap keeps neighbours apart, even when they touch in time. */
  graphene_rect_init (&r, slot->origin.x + 2, slot->origin.y + 1,
                      MAX (slot->size.width - 4, 2), MAX (slot->size.height - 2, 3));
  gsk_rounded_rect_init_from_rect (&rounded, &r, RADIUS);

  if (state & BLOCK_LIFTED)
    gtk_snapshot_append_outset_shadow (snapshot, &rounded, &(GdkRGBA) { 0, 0, 0, p->dark ? 0.5f : 0.25f },
                                       0, 3, 0, 10);

  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  if (conflict)
    {
      /* The striped border is the cue that does not depend on colour. */
      GdkRGBA clear = with_alpha (&p->warning, 0.25f);
      GskColorStop stops[] = {
        { 0.0f, p->warning }, { 0.5f, p->warning }, { 0.5f, clear }, { 1.0f, clear },
      };

      gtk_snapshot_append_color (snapshot, &fill, &r);
      gtk_snapshot_append_repeating_linear_gradient (snapshot, &r,
                                                     &GRAPHENE_POINT_INIT (r.origin.x, r.origin.y),
                                                     &GRAPHENE_POINT_INIT (r.origin.x + 5, r.origin.y + 5),
                                                     stops, G_N_ELEMENTS (stops));
      graphene_rect_inset_r (&r, border, border, &inner);
      append_rounded (snapshot, &inner, RADIUS - border, &fill);
    }
  else
    {
      gtk_snapshot_append_color (snapshot, &fill, &r);
      inner = r;
    }

  /* The kind's colour runs down the start edge. */
  graphene_rect_init (&bar, l->rtl ? inner.origin.x + inner.size.width - ACCENT_WIDTH : inner.origin.x,
                      inner.origin.y, ACCENT_WIDTH, inner.size.height);
  gtk_snapshot_append_color (snapshot, &kind, &bar);

  draw_text (self, snapshot, p, block, &r, border + ACCENT_WIDTH + TEXT_PADDING,
             border + TEXT_PADDING + (conflict ? ICON_SIZE + 2 : 0),
             border + (r.size.height >= 40 ? 5 : 2), start, end);

  if (conflict && r.size.height >= ICON_SIZE)
    append_icon (self, snapshot, "dialog-warning-symbolic",
                 l->rtl ? r.origin.x + border + 4 : r.origin.x + r.size.width - border - 4 - ICON_SIZE,
                 r.origin.y + border + MIN (4, (r.size.height - 2 * border - ICON_SIZE) / 2),
                 ICON_SIZE, &p->warning_fg);

  /* A grip on the lower edge says it can be pulled. */
  if ((state & BLOCK_EDGE) && r.size.height > 16)
    append_rounded (snapshot,
                    &GRAPHENE_RECT_INIT (r.origin.x + r.size.width / 2 - 12, r.origin.y + r.size.height - 5, 24, 3),
                    1.5, &p->dim);
  gtk_snapshot_pop (snapshot);

  if ((state & BLOCK_FOCUS) && gtk_widget_has_visible_focus (GTK_WIDGET (self)))
    {
      GskRoundedRect ring;
      GdkRGBA color = with_alpha (&p->accent, 0.6f);

      gsk_rounded_rect_init_from_rect (&ring, &GRAPHENE_RECT_INIT (r.origin.x - 2, r.origin.y - 2,
                                                                   r.size.width + 4, r.size.height + 4),
                                       RADIUS + 2);
      gtk_snapshot_append_border (snapshot, &ring, (float[4]) { 2, 2, 2, 2 },
                                  (GdkRGBA[4]) { color, color, color, color });
    }
}

static void
draw_pill (LcTimeline    *self,
           GtkSnapshot   *snapshot,
           const Palette *p,
           int            minute)
{
  LcTimelineLayout *l = &self->layout;
  g_autofree char *text = lc_ui_format_time (minute);
  g_autoptr(PangoLayout) layout = make_layout (self, text, TRUE, FALSE);
  double y = lc_timeline_layout_minute_to_y (l, minute);
  double gx = lc_timeline_layout_gutter_x (l);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  append_rounded (snapshot, &GRAPHENE_RECT_INIT (gx + 4, y - height / 2.0 - 2, l->gutter_width - 8, height + 4),
                  (height + 4) / 2.0, &p->accent);
  append_layout (snapshot, layout, gx + (l->gutter_width - width) / 2.0, y - height / 2.0, &p->accent_fg);
}

static void
draw_drag (LcTimeline            *self,
           GtkSnapshot           *snapshot,
           const Palette         *p,
           const graphene_rect_t *body)
{
  LcTimelineBlock *block = lc_timeline_find_block (self, self->drag.id, NULL);
  LcTimelineSpan span = self->drag.from;
  graphene_rect_t slot;

  if (block == NULL)
    return;

  /* Where it was, faded; where it goes, lifted. */
  lc_timeline_layout_block_rect (&self->layout, &self->drag.from, &slot);
  gtk_snapshot_push_opacity (snapshot, 0.35);
  draw_block (self, snapshot, p, block, &slot, self->drag.from.start, self->drag.from.end, 0);
  gtk_snapshot_pop (snapshot);

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
  draw_block (self, snapshot, p, block, &slot, span.start, span.end,
              BLOCK_LIFTED | (self->drag.mode == LC_TIMELINE_DRAG_RESIZE ? BLOCK_EDGE : 0));
}

static void
draw_header (LcTimeline            *self,
             GtkSnapshot           *snapshot,
             const Palette         *p,
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
      append_layout (snapshot, layout, x + TEXT_PADDING, (l->header_height - height) / 2.0,
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
             const Palette *p)
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
      g_autoptr(PangoLayout) layout = make_layout (self, text, FALSE, TRUE);

      pango_layout_set_width (layout, (int) (l->gutter_width - 2 * TEXT_PADDING) * PANGO_SCALE);
      pango_layout_set_alignment (layout, l->rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
      append_layout (snapshot, layout, gx + TEXT_PADDING, lc_timeline_layout_minute_to_y (l, minute) + 3, &p->dim);
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
            const Palette         *p,
            const graphene_rect_t *body)
{
  g_autoptr(PangoLayout) layout = make_layout (self, _("Nothing is planned on this day"), TRUE, FALSE);
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
  append_rounded (snapshot, &pill, (height + 16) / 2.0, &p->chrome);
  gtk_snapshot_append_border (snapshot, &outline, (float[4]) { 1, 1, 1, 1 },
                              (GdkRGBA[4]) { p->line, p->line, p->line, p->line });
  append_layout (snapshot, layout, body->origin.x + 24, body->origin.y + 48, &p->dim);
}

/**
 * lc_timeline_snapshot_all:
 * @self: a timeline
 * @snapshot: where to draw
 *
 * Draws everything the timeline shows.
 */
void
lc_timeline_snapshot_all (LcTimeline  *self,
                          GtkSnapshot *snapshot)
{
  LcTimelineLayout *l;
  graphene_rect_t body;
  Palette p;

  lc_timeline_ensure_layout (self);
  l = &self->layout;
  get_palette (self, &p);

  gtk_snapshot_append_color (snapshot, &p.view, &GRAPHENE_RECT_INIT (0, 0, l->view_width, l->view_height));
  if (self->model == NULL || self->day == NULL)
    return;

  lc_timeline_layout_body_rect (l, &body);
  gtk_snapshot_push_clip (snapshot, &body);
  draw_grid (self, snapshot, &p, &body);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      LcTimelineBlock *block = &g_array_index (self->blocks, LcTimelineBlock, i);
      graphene_rect_t slot;
      guint state = 0;

      if (self->drag.active && block->id == self->drag.id)
        continue;
      lc_timeline_layout_block_rect (l, &block->span, &slot);
      if (slot.origin.y > body.origin.y + body.size.height || slot.origin.y + slot.size.height < body.origin.y)
        continue;
      if (block->id == self->hover_id && !self->drag.active)
        state |= BLOCK_HOVER | (self->hover_edge ? BLOCK_EDGE : 0);
      if (block->id == self->focus_id)
        state |= BLOCK_FOCUS;
      draw_block (self, snapshot, &p, block, &slot, block->span.start, block->span.end, state);
    }
  if (self->drag.active)
    draw_drag (self, snapshot, &p, &body);
  if (self->blocks->len == 0)
    draw_empty (self, snapshot, &p, &body);
  gtk_snapshot_pop (snapshot);

  draw_header (self, snapshot, &p, &body);
  draw_gutter (self, snapshot, &p);
}
