/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-sdg-chart-private.h"
#include "lc-sdg.h"
#include "lc-text.h"
#include "lc-util.h"

/*
 * How the SDG chart looks: the geometry of its rows (computed left to
 * right, then mirrored for right-to-left interfaces), the drawing, the
 * size it asks for and the tooltip of each bar.
 */

#define PADDING      12
#define GAP          8
#define ROW_SPACING  4
#define MIN_BAR_ROOM 120

/* Where everything goes, in left-to-right coordinates; draw() mirrors. */
typedef struct
{
  gboolean rtl;
  int      width;
  int      title_height;
  int      top;
  int      row_height;
  int      name_width;   /* 0 when the names do not fit */
  int      badge_width;
  int      count_width;
  int      bar_start;
  int      bar_room;
  guint    max;
} Geometry;

char *
lc_sdg_chart_dup_title (void)
{
  return g_strdup (_("Cities per Sustainable Development Goal"));
}

char *
lc_sdg_chart_dup_subtitle (LcSdgChart *self)
{
  /* Translators: under the chart's title; the first number is how many
   * cities chose any goal, the second how many cities there are */
  return lc_ui_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%1$u of %2$u city chose at least one goal",
                                       "%1$u of %2$u cities chose at least one goal",
                                       self->n_cities),
                          self->n_choosing, self->n_cities);
}

static PangoLayout *
make_layout (LcSdgChart *self,
             const char *text,
             gboolean    bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  if (bold)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  return layout;
}

/* Aligns @layout's lines to a physical side. Each paragraph takes the
 * direction of its own text (an English name stays left to right in an
 * Arabic interface), and Pango swaps left and right for a paragraph whose
 * direction differs from the widget's, so undo that swap here. */
static void
align_to (LcSdgChart *self,
          PangoLayout *layout,
          gboolean     right)
{
  gboolean widget_rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  gboolean text_rtl = pango_layout_get_direction (layout, 0) == PANGO_DIRECTION_RTL;

  if (widget_rtl != text_rtl)
    right = !right;
  pango_layout_set_alignment (layout, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
}

static int
text_width (LcSdgChart *self,
            const char *text,
            gboolean    bold)
{
  g_autoptr(PangoLayout) layout = make_layout (self, text, bold);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static int
text_height (LcSdgChart *self,
             const char *text,
             gboolean    bold,
             int         wrap_width)
{
  g_autoptr(PangoLayout) layout = make_layout (self, text, bold);
  int height;

  if (wrap_width > 0)
    {
      pango_layout_set_width (layout, wrap_width * PANGO_SCALE);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static int
header_height (LcSdgChart *self,
               int         width)
{
  g_autofree char *title = lc_sdg_chart_dup_title ();
  g_autofree char *subtitle = lc_sdg_chart_dup_subtitle (self);
  int room = MAX (width - 2 * PADDING, 1);

  return text_height (self, title, TRUE, room) + text_height (self, subtitle, FALSE, room);
}

static int
widest_name (LcSdgChart *self)
{
  int widest = 0;

  for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
    widest = MAX (widest, text_width (self, lc_sdg_get_name (goal), FALSE));

  return widest;
}

static void
compute_geometry (LcSdgChart *self,
                  int         width,
                  Geometry   *g)
{
  g_autofree char *max_text = NULL;
  int names;

  g->rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  g->width = width;
  g->title_height = header_height (self, width);
  g->top = PADDING + g->title_height + GAP;
  g->row_height = MAX (text_height (self, "17", TRUE, -1) + 6, 22);
  g->badge_width = MAX (text_width (self, "17", TRUE) + 12, g->row_height + 4);

  g->max = 1;
  for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
    g->max = MAX (g->max, self->counts[goal]);
  max_text = lc_ui_format_number (g->max);
  g->count_width = text_width (self, max_text, FALSE) + GAP;

  /* The names take what the bars can spare; on narrow widths only the
   * numbers remain (the tooltips still name each goal). */
  names = MIN (widest_name (self), (width - 2 * PADDING) * 45 / 100);
  if (width - 2 * PADDING - names - GAP - g->badge_width - g->count_width - 4 < MIN_BAR_ROOM)
    names = 0;
  g->name_width = names;

  g->bar_start = PADDING + (names > 0 ? names + GAP : 0) + g->badge_width + 4;
  g->bar_room = MAX (width - PADDING - g->count_width - g->bar_start, 1);
}

static int
row_top (const Geometry *g,
         guint           goal)
{
  return g->top + (int) (goal - 1) * (g->row_height + ROW_SPACING);
}

static int
bar_length (const Geometry *g,
            guint           count)
{
  if (count == 0)
    return 0;
  return MAX ((int) ((double) g->bar_room * count / g->max), 3);
}

static graphene_rect_t
place (const Geometry *g,
       double          x,
       double          y,
       double          width,
       double          height)
{
  return GRAPHENE_RECT_INIT (g->rtl ? g->width - x - width : x, y, width, height);
}

static void
append_text (GtkSnapshot    *snapshot,
             PangoLayout    *layout,
             const Geometry *g,
             double          x,
             double          y,
             int             box_width,
             int             box_height,
             const GdkRGBA  *color)
{
  int width, height;
  graphene_rect_t where;

  pango_layout_get_pixel_size (layout, &width, &height);
  if (box_width < 0)
    box_width = width;
  /* Vertically centred in the box; horizontally the layout fills the box
   * and aligns itself, or is the box. */
  where = place (g, x, y, box_width, box_height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (where.origin.x,
                                                          y + (box_height - height) / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, color);
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

void
lc_sdg_chart_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  LcSdgChart *self = LC_SDG_CHART (widget);
  int width = gtk_widget_get_width (widget);
  g_autofree char *title = lc_sdg_chart_dup_title ();
  g_autofree char *subtitle = lc_sdg_chart_dup_subtitle (self);
  g_autoptr(PangoLayout) title_layout = make_layout (self, title, TRUE);
  g_autoptr(PangoLayout) subtitle_layout = make_layout (self, subtitle, FALSE);
  GdkRGBA fg, dim, faint;
  Geometry g;
  int title_height;

  compute_geometry (self, width, &g);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  dim = fg;
  dim.alpha *= 0.6f;
  faint = fg;
  faint.alpha *= 0.15f;

  for (PangoLayout **l = (PangoLayout *[]) { title_layout, subtitle_layout, NULL }; *l; l++)
    {
      pango_layout_set_width (*l, (width - 2 * PADDING) * PANGO_SCALE);
      pango_layout_set_wrap (*l, PANGO_WRAP_WORD_CHAR);
      align_to (self, *l, g.rtl);
    }
  pango_layout_get_pixel_size (title_layout, NULL, &title_height);
  append_text (snapshot, title_layout, &g, PADDING, PADDING, width - 2 * PADDING, title_height, &fg);
  append_text (snapshot, subtitle_layout, &g, PADDING, PADDING + title_height,
               width - 2 * PADDING, g.title_height - title_height, &dim);

  /* The axis the bars grow from. */
  {
    graphene_rect_t axis = place (&g, g.bar_start - 1, g.top - 2, 1,
                                  row_top (&g, LC_SDG_COUNT) + g.row_height + 2 - (g.top - 2));

    gtk_snapshot_append_color (snapshot, &faint, &axis);
  }

  for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
    {
      g_autofree char *number = lc_ui_format_number (goal);
      g_autofree char *count = lc_ui_format_number (self->counts[goal]);
      g_autoptr(PangoLayout) number_layout = make_layout (self, number, TRUE);
      g_autoptr(PangoLayout) count_layout = make_layout (self, count, self->counts[goal] > 0);
      int y = row_top (&g, goal);
      int length = bar_length (&g, self->counts[goal]);
      int badge_x = g.bar_start - 4 - g.badge_width;
      int number_width;
      GdkRGBA color, text;
      graphene_rect_t rect;

      lc_sdg_get_color (goal, &color);
      lc_sdg_get_text_color (goal, &text);

      if (g.name_width > 0)
        {
          g_autoptr(PangoLayout) name_layout = make_layout (self, lc_sdg_get_name (goal), FALSE);

          /* Names end next to their badge, on either side. */
          pango_layout_set_width (name_layout, g.name_width * PANGO_SCALE);
          pango_layout_set_ellipsize (name_layout, PANGO_ELLIPSIZE_END);
          align_to (self, name_layout, !g.rtl);
          append_text (snapshot, name_layout, &g, PADDING, y, g.name_width, g.row_height,
                       self->counts[goal] > 0 ? &fg : &dim);
        }

      rect = place (&g, badge_x, y, g.badge_width, g.row_height);
      append_rounded (snapshot, &rect, 4, &color);
      pango_layout_get_pixel_size (number_layout, &number_width, NULL);
      append_text (snapshot, number_layout, &g, badge_x + (g.badge_width - number_width) / 2.0, y,
                   number_width, g.row_height, &text);

      if (length > 0)
        {
          rect = place (&g, g.bar_start, y + 3, length, g.row_height - 6);
          append_rounded (snapshot, &rect, 3, &color);
        }

      append_text (snapshot, count_layout, &g, g.bar_start + length + GAP / 2.0, y, -1, g.row_height,
                   self->counts[goal] > 0 ? &fg : &dim);
    }
}

void
lc_sdg_chart_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  LcSdgChart *self = LC_SDG_CHART (widget);
  Geometry g;

  compute_geometry (self, for_size > 0 ? for_size : 600, &g);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 2 * PADDING + g.badge_width + 4 + 60 + g.count_width;
      *natural = *minimum + widest_name (self) + GAP + 2 * MIN_BAR_ROOM;
    }
  else
    {
      *minimum = *natural = row_top (&g, LC_SDG_COUNT) + g.row_height + PADDING;
    }
}

GtkSizeRequestMode
lc_sdg_chart_get_request_mode (GtkWidget *widget)
{
  /* The title may wrap, so the height depends on the width. */
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static guint
goal_at (LcSdgChart *self,
         int         y)
{
  Geometry g;

  compute_geometry (self, gtk_widget_get_width (GTK_WIDGET (self)), &g);
  for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
    if (y >= row_top (&g, goal) && y < row_top (&g, goal) + g.row_height + ROW_SPACING)
      return goal;

  return 0;
}

static char *
cities_choosing (LcSdgChart *self,
                 guint       goal)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
  guint n = self->cities ? g_list_model_get_n_items (self->cities) : 0;

  for (guint i = 0; i < n; i++)
    {
      /* The model holds the city, so its name outlives this reference. */
      g_autoptr(LcCity) city = g_list_model_get_item (self->cities, i);
      const char *name;

      if (!lc_city_has_sdg (city, goal))
        continue;
      name = lc_ui_text (LC_RECORD (city), "name", NULL);
      g_ptr_array_add (names, (gpointer) name);
      /* Isolated, so a name cannot turn the next around. */
      g_ptr_array_add (shown, lc_text_isolate (name));
    }

  /* Arabic names from the right with "، " in an English window. */
  return lc_ui_join_list (names, shown);
}

gboolean
lc_sdg_chart_query_tooltip (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard,
                            GtkTooltip *tooltip)
{
  LcSdgChart *self = LC_SDG_CHART (widget);
  guint goal = keyboard ? 0 : goal_at (self, y);
  g_autofree char *description = NULL;
  g_autofree char *names = NULL;
  g_autofree char *text = NULL;

  if (goal == 0)
    return FALSE;

  description = lc_sdg_describe (goal);
  names = cities_choosing (self, goal);
  if (self->counts[goal] == 0)
    /* Translators: tooltip of a bar of the chart; %s is "Goal N: its name" */
    text = g_strdup_printf (_("%s\nNo city chose this goal"), description);
  else
    /* Translators: tooltip of a bar of the chart; "Goal N: its name", how
     * many cities chose it, and their names */
    text = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s\n%2$u city: %3$s",
                                         "%1$s\n%2$u cities: %3$s", self->counts[goal]),
                            description, self->counts[goal], names);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * lc_sdg_chart_get_bar_bounds:
 * @self: a chart
 * @goal: 1–17
 * @bounds: (out): where the bar of @goal is drawn, in the chart's coordinates
 *   (zero wide when no city chose it)
 *
 * Returns: %TRUE when the chart has been laid out
 */
gboolean
lc_sdg_chart_get_bar_bounds (LcSdgChart      *self,
                             guint            goal,
                             graphene_rect_t *bounds)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  Geometry g;

  g_return_val_if_fail (LC_IS_SDG_CHART (self), FALSE);
  g_return_val_if_fail (goal >= 1 && goal <= LC_SDG_COUNT, FALSE);

  if (width <= 0)
    return FALSE;

  compute_geometry (self, width, &g);
  *bounds = place (&g, g.bar_start, row_top (&g, goal) + 3, bar_length (&g, self->counts[goal]),
                   g.row_height - 6);
  return TRUE;
}
