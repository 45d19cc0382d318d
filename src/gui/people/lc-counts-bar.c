/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-counts-bar.h"

/*
 * One bar of the participation chart (LcCountsChart): its word at the
 * start, its number at the end, both as text so that the colour is never
 * the only way to read it, and between them a track with the bar drawn
 * from the start edge: from the right in a right-to-left interface. The
 * words of all bars share one width (a size group), so that the tracks
 * line up and the bars can be compared.
 */

#define SPACING 12
#define BAR_HEIGHT 12
#define MIN_TRACK 48
#define NATURAL_TRACK 240

struct _LcCountsBar
{
  GtkWidget  parent_instance;

  GtkWidget *word;      /* GtkLabel */
  GtkWidget *number;    /* GtkLabel */
  double     fraction;  /* how much of the track the bar fills, 0 to 1 */
  int        track_x;   /* where the track lies, from size_allocate */
  int        track_width;
};

G_DEFINE_FINAL_TYPE (LcCountsBar, lc_counts_bar, GTK_TYPE_WIDGET)

static void
lc_counts_bar_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  LcCountsBar *self = LC_COUNTS_BAR (widget);
  int word_min, word_nat, number_min, number_nat;

  gtk_widget_measure (self->word, orientation, -1, &word_min, &word_nat, NULL, NULL);
  gtk_widget_measure (self->number, orientation, -1, &number_min, &number_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = word_min + number_min + 2 * SPACING + MIN_TRACK;
      *natural = word_nat + number_nat + 2 * SPACING + NATURAL_TRACK;
    }
  else
    {
      *minimum = MAX (BAR_HEIGHT, MAX (word_min, number_min));
      *natural = MAX (BAR_HEIGHT, MAX (word_nat, number_nat));
    }
}

static void
lc_counts_bar_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  LcCountsBar *self = LC_COUNTS_BAR (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int word_min, word_width, number_min, number_width;

  gtk_widget_measure (self->word, GTK_ORIENTATION_HORIZONTAL, -1, &word_min, &word_width, NULL, NULL);
  gtk_widget_measure (self->number, GTK_ORIENTATION_HORIZONTAL, -1, &number_min, &number_width, NULL, NULL);
  /* Short of room, the word gives way first (it ellipsizes), then the track. */
  word_width = CLAMP (width - number_width - 2 * SPACING - MIN_TRACK, word_min, word_width);
  self->track_width = MAX (0, width - word_width - number_width - 2 * SPACING);

  gtk_widget_size_allocate (self->word,
                            &(GtkAllocation) { rtl ? width - word_width : 0, 0, word_width, height }, -1);
  gtk_widget_size_allocate (self->number,
                            &(GtkAllocation) { rtl ? 0 : width - number_width, 0, number_width, height }, -1);
  self->track_x = rtl ? number_width + SPACING : word_width + SPACING;
}

/* The filled part of the track, from its start edge; the track itself
 * when @whole. A bar of a count above zero stays visible however small. */
static graphene_rect_t
bar_rect (LcCountsBar *self,
          gboolean     whole)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  float y = (gtk_widget_get_height (GTK_WIDGET (self)) - BAR_HEIGHT) / 2.0f;
  float filled = whole ? self->track_width : self->track_width * CLAMP (self->fraction, 0.0, 1.0);
  graphene_rect_t rect;

  if (filled > 0 && filled < 2)
    filled = 2;
  graphene_rect_init (&rect, rtl ? self->track_x + self->track_width - filled : self->track_x,
                      y, filled, BAR_HEIGHT);
  return rect;
}

static void
lc_counts_bar_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  LcCountsBar *self = LC_COUNTS_BAR (widget);
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  graphene_rect_t track_rect = bar_rect (self, TRUE);
  graphene_rect_t filled = bar_rect (self, FALSE);
  GdkRGBA track, bar;

  /* The theme's colours, so that the chart follows the dark style and
   * high contrast: the text's colour, faint, for the empty track. */
  gtk_style_context_get_color (style, &track);
  track.alpha *= 0.15f;
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", &bar))
    bar = (GdkRGBA) { 0.21f, 0.52f, 0.89f, 1.0f };

  gtk_snapshot_append_color (snapshot, &track, &track_rect);
  if (filled.size.width > 0)
    gtk_snapshot_append_color (snapshot, &bar, &filled);
  gtk_widget_snapshot_child (widget, self->word, snapshot);
  gtk_widget_snapshot_child (widget, self->number, snapshot);
}

static void
lc_counts_bar_direction_changed (GtkWidget        *widget,
                                 GtkTextDirection  previous)
{
  gtk_widget_queue_allocate (widget);
}

static void
lc_counts_bar_dispose (GObject *object)
{
  LcCountsBar *self = LC_COUNTS_BAR (object);

  g_clear_pointer (&self->word, gtk_widget_unparent);
  g_clear_pointer (&self->number, gtk_widget_unparent);

  G_OBJECT_CLASS (lc_counts_bar_parent_class)->dispose (object);
}

static void
lc_counts_bar_class_init (LcCountsBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_counts_bar_dispose;
  widget_class->measure = lc_counts_bar_measure;
  widget_class->size_allocate = lc_counts_bar_size_allocate;
  widget_class->snapshot = lc_counts_bar_snapshot;
  widget_class->direction_changed = lc_counts_bar_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "countsbar");
  /* A screen reader reads the bar as one thing: "Confirmed: 12". */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
lc_counts_bar_init (LcCountsBar *self)
{
  self->word = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->word), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (self->word), PANGO_ELLIPSIZE_END);
  gtk_widget_set_parent (self->word, GTK_WIDGET (self));

  self->number = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->number), 1.0f);
  gtk_widget_add_css_class (self->number, "numeric");
  gtk_widget_set_parent (self->number, GTK_WIDGET (self));
}

/**
 * lc_counts_bar_new:
 * @words: (nullable): the size group that lines up the words of a chart
 * @numbers: (nullable): the same for the numbers
 *
 * Returns: (transfer floating): an empty bar
 */
GtkWidget *
lc_counts_bar_new (GtkSizeGroup *words,
                   GtkSizeGroup *numbers)
{
  LcCountsBar *self = g_object_new (LC_TYPE_COUNTS_BAR, NULL);

  if (words != NULL)
    gtk_size_group_add_widget (words, self->word);
  if (numbers != NULL)
    gtk_size_group_add_widget (numbers, self->number);
  return GTK_WIDGET (self);
}

/**
 * lc_counts_bar_set:
 * @self: a bar
 * @word: what is counted, e.g. "Confirmed"
 * @number: the count as the user reads it, e.g. "12" or "١٢"
 * @fraction: how much of the track the bar fills, 0 to 1
 * @accessible_label: what a screen reader says, e.g. "Confirmed: 12"
 *
 * Shows a count.
 */
void
lc_counts_bar_set (LcCountsBar *self,
                   const char  *word,
                   const char  *number,
                   double       fraction,
                   const char  *accessible_label)
{
  g_return_if_fail (LC_IS_COUNTS_BAR (self));

  gtk_label_set_text (GTK_LABEL (self->word), word);
  gtk_label_set_text (GTK_LABEL (self->number), number);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), accessible_label);
  if (self->fraction != fraction)
    {
      self->fraction = fraction;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
}

/**
 * lc_counts_bar_get_number:
 * @self: a bar
 *
 * Returns: the number the bar shows, as written
 */
const char *
lc_counts_bar_get_number (LcCountsBar *self)
{
  g_return_val_if_fail (LC_IS_COUNTS_BAR (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->number));
}

/**
 * lc_counts_bar_get_bar_bounds:
 * @self: a bar
 * @bounds: (out): where the filled part of the bar is drawn, in @self's
 *   coordinates
 *
 * Returns: %TRUE when the bar has been laid out
 */
gboolean
lc_counts_bar_get_bar_bounds (LcCountsBar     *self,
                              graphene_rect_t *bounds)
{
  g_return_val_if_fail (LC_IS_COUNTS_BAR (self), FALSE);

  if (gtk_widget_get_width (GTK_WIDGET (self)) <= 0)
    return FALSE;
  *bounds = bar_rect (self, FALSE);
  return TRUE;
}
