/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-agenda-row.h"
#include "lc-language-tag.h"
#include "lc-timeline-private.h"
#include "lc-util.h"

/*
 * Drawing one block: a card tinted with its kind's colour (from the GNOME
 * palette, a lighter shade on dark backgrounds) with that colour down its
 * start edge, its title, then its time and kind. A block in conflict is
 * tinted with the warning colour and, for those who cannot tell colours
 * apart, has a striped border and a warning sign.
 *
 * The same drawing serves the block widget and the copy the timeline
 * lifts under the pointer during a drag.
 *
 * Text of two directions meets here (an Arabic title in an English
 * window, or the reverse), so the title is isolated with its own
 * direction and the time range with the interface's: otherwise the
 * bidirectional algorithm lets an Arabic title turn the times beside it
 * around ("11:45 – 11:30").
 *
 * A title in the other language is drawn at full strength, like any
 * other: in a convention that mixes languages, the line under it ends
 * with a small tag naming that language (see lc-language-tag.c).
 */

#define RADIUS        6.0
#define ACCENT_WIDTH  4.0
#define HATCH_WIDTH   3.0
#define TEXT_PADDING  6.0
#define ICON_SIZE     16
#define META_ICON     (ICON_SIZE - 2)
#define META_ICON_ROOM (META_ICON + 4)

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
  [LC_ITEM_KIND_PANEL] = { "#1a5fb4", "#99c1f1" },
  [LC_ITEM_KIND_WORKSHOP] = { "#c64600", "#ffa348" },
  [LC_ITEM_KIND_EXHIBITION] = { "#a51d2d", "#f66151" },
  [LC_ITEM_KIND_CEREMONY] = { "#813d9c", "#dc8add" },
  [LC_ITEM_KIND_MEAL] = { "#2ec27e", "#8ff0a4" },
  [LC_ITEM_KIND_OTHER] = { "#77767b", "#9a9996" },
};

static GdkRGBA
kind_color (const LcTimelinePalette *p,
            LcItemKind               kind)
{
  GdkRGBA color;

  if ((guint) kind >= G_N_ELEMENTS (kind_colors))
    kind = LC_ITEM_KIND_OTHER;
  gdk_rgba_parse (&color, p->dark ? kind_colors[kind].dark : kind_colors[kind].light);
  return color;
}

static gboolean
is_rtl (LcTimelineBlock *self)
{
  return gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
}

static char *
kind_text (LcRecord *item)
{
  LcItemKind kind = lc_item_get_kind (LC_ITEM (item));
  gint64 number = lc_item_get_number (LC_ITEM (item));

  if (number > 0)
    {
      /* Translators: an item's kind and number, such as “Session 3” */
      /* In the digits the user reads, as the agenda list says it. */
      return lc_ui_printf (_("%1$s %2$d"), lc_item_kind_get_label (kind), (int) number);
    }
  return g_strdup (lc_item_kind_get_label (kind));
}

static void
fit (LcTimelineBlock *self,
     PangoLayout     *layout,
     double           width)
{
  pango_layout_set_width (layout, (int) MAX (width, 1) * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  /* The widget's direction decides (see lc_timeline_make_layout()), so
   * these alignments are physical: the start edge. */
  pango_layout_set_alignment (layout, is_rtl (self) ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
}

/**
 * lc_timeline_block_text_layouts:
 * @self: a block
 * @width: the width the text may take
 * @height: the height it may take
 * @start: the start time shown, minutes since midnight
 * @end: the end time shown
 * @first: (out) (transfer full): the title; or, in a block too short for
 *   two lines, the title and the time range on one line
 * @second: (out) (transfer full) (nullable): the time range and the kind,
 *   set when there is room for them under the title
 *
 * Lays out the text of the block as it is drawn, for drawing and for the
 * tests that measure where the times stand.
 */
void
lc_timeline_block_text_layouts (LcTimelineBlock  *self,
                                double            width,
                                double            height,
                                int               start,
                                int               end,
                                PangoLayout     **first,
                                PangoLayout     **second)
{
  GtkWidget *widget = GTK_WIDGET (self);
  LcRecord *item = LC_RECORD (self->item);
  const char *title = lc_ui_text (item, "title", NULL);
  g_autofree char *isolated_title = g_strconcat (LC_TIMELINE_FSI, title, LC_TIMELINE_PDI, NULL);
  g_autofree char *range = lc_timeline_isolate_range (widget, start, end);
  g_autofree char *kind_only = kind_text (item);
  /* Translators: an item's kind (and number) and its track, such as “Workshop · Digital learning” */
  g_autofree char *kind = self->shown.track ? g_strdup_printf (_("%1$s · %2$s"), kind_only, self->shown.track)
                                            : g_strdup (kind_only);
  g_autofree char *meta = self->shown.tagged ? g_strdup_printf ("%s · %s · %s", range, kind, lc_language_tag_text ())
                                             : g_strdup_printf ("%s · %s", range, kind);
  g_autoptr(PangoLayout) title_layout = lc_timeline_make_layout (widget, isolated_title, TRUE, FALSE);
  g_autoptr(PangoLayout) meta_layout = lc_timeline_make_layout (widget, meta, FALSE, TRUE);
  int line_height, meta_height;

  pango_layout_get_pixel_size (title_layout, NULL, &line_height);
  pango_layout_get_pixel_size (meta_layout, NULL, &meta_height);

  if (height >= line_height + meta_height)
    {
      /* The title on as many lines as fit, then time and kind on one line
       * after the kind's icon. */
      fit (self, title_layout, width);
      pango_layout_set_wrap (title_layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (title_layout, (int) (height - meta_height) * PANGO_SCALE);
      fit (self, meta_layout, width - META_ICON_ROOM);
      *first = g_steal_pointer (&title_layout);
      *second = g_steal_pointer (&meta_layout);
    }
  else
    {
      /* A short block: the title and the time on one line. */
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>  <span alpha=\"60%%\">%s%s%s</span>",
                                                         isolated_title, range,
                                                         self->shown.tagged ? " · " : "",
                                                         self->shown.tagged ? lc_language_tag_text () : "");
      PangoLayout *line = lc_timeline_make_layout (widget, NULL, FALSE, FALSE);

      pango_layout_set_markup (line, markup, -1);
      fit (self, line, width);
      *first = line;
      *second = NULL;
    }
}

/* The card drawn in @slot: a small gap keeps neighbours apart, even when
 * they touch in time. */
static void
card_rect (const graphene_rect_t *slot,
           graphene_rect_t       *r)
{
  graphene_rect_init (r, slot->origin.x + 2, slot->origin.y + 1,
                      MAX (slot->size.width - 4, 2), MAX (slot->size.height - 2, 3));
}

static double
border_width (LcTimelineBlock *self)
{
  return self->n_conflicts > 0 ? HATCH_WIDTH : 0;
}

/* Where the text goes on the card @r: clear of the kind's bar on the
 * start edge and, in conflict, of the striped border and the sign. */
static void
text_box (LcTimelineBlock       *self,
          const graphene_rect_t *r,
          graphene_rect_t       *box)
{
  double border = border_width (self);
  double start_pad = border + ACCENT_WIDTH + TEXT_PADDING;
  double end_pad = border + TEXT_PADDING + (self->n_conflicts > 0 ? ICON_SIZE + 2 : 0);
  double top_pad = border + (r->size.height >= 40 ? 5 : 2);

  /* Never negative: graphene would turn the rectangle round instead. */
  graphene_rect_init (box, is_rtl (self) ? r->origin.x + end_pad : r->origin.x + start_pad, r->origin.y + top_pad,
                      MAX (r->size.width - start_pad - end_pad, 0), MAX (r->size.height - 2 * top_pad, 0));
}

/**
 * lc_timeline_block_layout_text:
 * @self: a block, allocated
 * @first: (out) (transfer full): see lc_timeline_block_text_layouts()
 * @second: (out) (transfer full) (nullable): see lc_timeline_block_text_layouts()
 *
 * Lays out the block's text as its widget draws it.
 */
void
lc_timeline_block_layout_text (LcTimelineBlock  *self,
                               PangoLayout     **first,
                               PangoLayout     **second)
{
  graphene_rect_t r, box;

  card_rect (&GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (GTK_WIDGET (self)),
                                  gtk_widget_get_height (GTK_WIDGET (self))), &r);
  text_box (self, &r, &box);
  lc_timeline_block_text_layouts (self, box.size.width, box.size.height, self->span.start, self->span.end,
                                  first, second);
}

static void
draw_text (LcTimelineBlock         *self,
           GtkSnapshot             *snapshot,
           const LcTimelinePalette *p,
           const graphene_rect_t   *r,
           int                      start,
           int                      end)
{
  gboolean rtl = is_rtl (self);
  g_autoptr(PangoLayout) first = NULL;
  g_autoptr(PangoLayout) second = NULL;
  graphene_rect_t box;
  int first_height;

  text_box (self, r, &box);
  if (box.size.width < 12)
    return;

  lc_timeline_block_text_layouts (self, box.size.width, box.size.height, start, end, &first, &second);
  pango_layout_get_pixel_size (first, NULL, &first_height);

  if (second != NULL)
    {
      double y = box.origin.y + first_height + 1;
      int meta_height;

      pango_layout_get_pixel_size (second, NULL, &meta_height);
      lc_timeline_append_layout (snapshot, first, box.origin.x, box.origin.y, &p->fg);
      lc_timeline_append_icon (GTK_WIDGET (self), snapshot,
                               lc_item_kind_get_icon_name (lc_item_get_kind (self->item)),
                               rtl ? box.origin.x + box.size.width - META_ICON : box.origin.x,
                               y + (meta_height - META_ICON) / 2.0, META_ICON, &p->dim);
      lc_timeline_append_layout (snapshot, second, rtl ? box.origin.x : box.origin.x + META_ICON_ROOM, y, &p->dim);
    }
  else
    lc_timeline_append_layout (snapshot, first, box.origin.x, r->origin.y + MAX ((r->size.height - first_height) / 2.0, 0),
                               &p->fg);
}

/**
 * lc_timeline_block_draw:
 * @self: a block
 * @snapshot: where to draw
 * @palette: the colours
 * @slot: the item's place, in @snapshot's coordinates
 * @start: the start time to show
 * @end: the end time to show
 * @state: LC_TIMELINE_BLOCK_* flags
 *
 * Draws the block's item in @slot.
 */
void
lc_timeline_block_draw (LcTimelineBlock         *self,
                        GtkSnapshot             *snapshot,
                        const LcTimelinePalette *p,
                        const graphene_rect_t   *slot,
                        int                      start,
                        int                      end,
                        guint                    state)
{
  gboolean rtl = is_rtl (self);
  GdkRGBA kind = kind_color (p, lc_item_get_kind (self->item));
  gboolean conflict = self->n_conflicts > 0;
  double border = border_width (self);
  float tint = (p->dark ? 0.28f : 0.14f) + ((state & LC_TIMELINE_BLOCK_HOVER) ? 0.08f : 0);
  GdkRGBA fill = conflict ? lc_timeline_mix (&p->view, &p->warning, p->dark ? 0.22f : 0.18f) : lc_timeline_mix (&p->view, &kind, tint);
  graphene_rect_t r, inner, bar;
  GskRoundedRect rounded;

  card_rect (slot, &r);
  gsk_rounded_rect_init_from_rect (&rounded, &r, RADIUS);

  if (state & LC_TIMELINE_BLOCK_LIFTED)
    gtk_snapshot_append_outset_shadow (snapshot, &rounded, &(GdkRGBA) { 0, 0, 0, p->dark ? 0.5f : 0.25f },
                                       0, 3, 0, 10);

  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  if (conflict)
    {
      /* The striped border is the cue that does not depend on colour. */
      GdkRGBA clear = lc_timeline_with_alpha (&p->warning, 0.25f);
      GskColorStop stops[] = {
        { 0.0f, p->warning }, { 0.5f, p->warning }, { 0.5f, clear }, { 1.0f, clear },
      };

      gtk_snapshot_append_color (snapshot, &fill, &r);
      gtk_snapshot_append_repeating_linear_gradient (snapshot, &r,
                                                     &GRAPHENE_POINT_INIT (r.origin.x, r.origin.y),
                                                     &GRAPHENE_POINT_INIT (r.origin.x + 5, r.origin.y + 5),
                                                     stops, G_N_ELEMENTS (stops));
      graphene_rect_inset_r (&r, border, border, &inner);
      lc_timeline_append_rounded (snapshot, &inner, RADIUS - border, &fill);
    }
  else
    {
      gtk_snapshot_append_color (snapshot, &fill, &r);
      inner = r;
    }

  /* The kind's colour runs down the start edge. */
  graphene_rect_init (&bar, rtl ? inner.origin.x + inner.size.width - ACCENT_WIDTH : inner.origin.x,
                      inner.origin.y, ACCENT_WIDTH, inner.size.height);
  gtk_snapshot_append_color (snapshot, &kind, &bar);

  draw_text (self, snapshot, p, &r, start, end);

  if (conflict && r.size.height >= ICON_SIZE)
    lc_timeline_append_icon (GTK_WIDGET (self), snapshot, "dialog-warning-symbolic",
                             rtl ? r.origin.x + border + 4 : r.origin.x + r.size.width - border - 4 - ICON_SIZE,
                             r.origin.y + border + MIN (4, (r.size.height - 2 * border - ICON_SIZE) / 2),
                             ICON_SIZE, &p->warning_fg);

  /* A grip on the lower edge says it can be pulled. */
  if ((state & LC_TIMELINE_BLOCK_EDGE) && r.size.height > 16)
    lc_timeline_append_rounded (snapshot,
                                &GRAPHENE_RECT_INIT (r.origin.x + r.size.width / 2 - 12, r.origin.y + r.size.height - 5, 24, 3),
                                1.5, &p->dim);
  gtk_snapshot_pop (snapshot);

  if (state & LC_TIMELINE_BLOCK_FOCUS)
    {
      GskRoundedRect ring;
      GdkRGBA color = lc_timeline_with_alpha (&p->accent, 0.6f);

      gsk_rounded_rect_init_from_rect (&ring, &GRAPHENE_RECT_INIT (r.origin.x - 2, r.origin.y - 2,
                                                                   r.size.width + 4, r.size.height + 4),
                                       RADIUS + 2);
      gtk_snapshot_append_border (snapshot, &ring, (float[4]) { 2, 2, 2, 2 },
                                  (GdkRGBA[4]) { color, color, color, color });
    }
}
