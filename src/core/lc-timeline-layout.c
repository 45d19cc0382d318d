/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "lc-timeline-layout.h"

/* Room under the last hour line, so the last block does not touch the edge. */
#define BOTTOM_PADDING 12

/**
 * lc_timeline_layout_update:
 * @layout: a layout with its inputs set
 *
 * Computes the column width and the size of the whole grid. Columns share
 * the width there is, but never get narrower than the minimum: then the
 * grid is wider than the view and scrolls sideways.
 */
void
lc_timeline_layout_update (LcTimelineLayout *layout)
{
  double needed = layout->gutter_width + layout->n_columns * layout->min_column_width;

  layout->content_width = MAX (layout->view_width, needed);
  layout->column_width = layout->n_columns > 0
                         ? (layout->content_width - layout->gutter_width) / layout->n_columns
                         : 0;
  layout->content_height = layout->header_height
                           + (layout->last_minute - layout->first_minute) * layout->minute_height
                           + BOTTOM_PADDING;
}

/** lc_timeline_layout_minute_to_y: Returns: where @minute of the day is drawn */
double
lc_timeline_layout_minute_to_y (const LcTimelineLayout *layout,
                                double                  minute)
{
  return layout->header_height + (minute - layout->first_minute) * layout->minute_height
         - layout->scroll_y;
}

/** lc_timeline_layout_y_to_minute: Returns: the minute of the day drawn at @y, not rounded */
double
lc_timeline_layout_y_to_minute (const LcTimelineLayout *layout,
                                double                  y)
{
  if (layout->minute_height <= 0)
    return layout->first_minute;

  return layout->first_minute + (y - layout->header_height + layout->scroll_y) / layout->minute_height;
}

/* From the start edge (left, or right in RTL) to a physical x. */
static double
physical_x (const LcTimelineLayout *layout,
            double                  logical,
            double                  width)
{
  return layout->rtl ? layout->view_width - logical - width : logical;
}

/**
 * lc_timeline_layout_column_bounds:
 * @layout: an updated layout
 * @column: a column
 * @x: (out): its left edge
 * @width: (out): its width
 */
void
lc_timeline_layout_column_bounds (const LcTimelineLayout *layout,
                                  guint                   column,
                                  double                 *x,
                                  double                 *width)
{
  double logical = layout->gutter_width + column * layout->column_width - layout->scroll_x;

  *x = physical_x (layout, logical, layout->column_width);
  *width = layout->column_width;
}

/**
 * lc_timeline_layout_column_at:
 * @layout: an updated layout
 * @x: a horizontal position
 * @clamp: whether a position beside the columns gives the nearest one
 *
 * Returns: the column at @x, or -1 (over the gutter or beyond the last
 *   column, unless @clamp; and always when there are no columns)
 */
int
lc_timeline_layout_column_at (const LcTimelineLayout *layout,
                              double                  x,
                              gboolean                clamp)
{
  double logical = layout->rtl ? layout->view_width - x : x;
  double column;

  if (layout->n_columns == 0 || layout->column_width <= 0)
    return -1;
  if (logical < layout->gutter_width && !clamp)
    return -1;

  column = floor ((logical - layout->gutter_width + layout->scroll_x) / layout->column_width);
  if (column < 0 || column >= layout->n_columns)
    {
      if (!clamp)
        return -1;
      column = CLAMP (column, 0, layout->n_columns - 1);
    }

  return (int) column;
}

/**
 * lc_timeline_layout_block_rect:
 * @layout: an updated layout
 * @span: an item, with its lane
 * @rect: (out): the slot it fills: its lane of its column, from its start
 *   to its end (the drawing leaves a small gap inside)
 */
void
lc_timeline_layout_block_rect (const LcTimelineLayout *layout,
                               const LcTimelineSpan   *span,
                               graphene_rect_t        *rect)
{
  guint n_lanes = MAX (span->n_lanes, 1);
  double x, width, lane_width, top;

  lc_timeline_layout_column_bounds (layout, span->column, &x, &width);
  lane_width = width / n_lanes;
  /* Lane 0 is at the start edge, as the columns are. */
  x = layout->rtl ? x + width - (span->lane + 1) * lane_width : x + span->lane * lane_width;
  top = lc_timeline_layout_minute_to_y (layout, span->start);

  graphene_rect_init (rect, x, top, lane_width, (span->end - span->start) * layout->minute_height);
}

/**
 * lc_timeline_layout_body_rect:
 * @layout: an updated layout
 * @rect: (out): the part of the widget the grid scrolls in: below the
 *   header, beside the gutter
 */
void
lc_timeline_layout_body_rect (const LcTimelineLayout *layout,
                              graphene_rect_t        *rect)
{
  double width = MAX (layout->view_width - layout->gutter_width, 0);

  graphene_rect_init (rect, layout->rtl ? 0 : layout->gutter_width, layout->header_height,
                      width, MAX (layout->view_height - layout->header_height, 0));
}

/** lc_timeline_layout_gutter_x: Returns: the left edge of the time gutter */
double
lc_timeline_layout_gutter_x (const LcTimelineLayout *layout)
{
  return physical_x (layout, 0, layout->gutter_width);
}

/**
 * lc_timeline_time_range:
 * @spans: the day's items
 * @n_spans: how many
 * @first: (out): the earliest start, rounded down to the hour
 * @last: (out): the latest end, rounded up to the hour
 *
 * An empty day shows a working day, 09:00 to 17:00.
 */
void
lc_timeline_time_range (const LcTimelineSpan *spans,
                        guint                 n_spans,
                        int                  *first,
                        int                  *last)
{
  int earliest = LC_TIMELINE_DAY_MINUTES, latest = 0;

  if (n_spans == 0)
    {
      *first = 9 * 60;
      *last = 17 * 60;
      return;
    }

  for (guint i = 0; i < n_spans; i++)
    {
      earliest = MIN (earliest, spans[i].start);
      latest = MAX (latest, spans[i].end);
    }

  earliest = CLAMP (earliest, 0, LC_TIMELINE_DAY_MINUTES);
  latest = CLAMP (latest, 0, LC_TIMELINE_DAY_MINUTES);
  *first = earliest / 60 * 60;
  *last = (latest + 59) / 60 * 60;
  /* At least an hour, even for items of no length. */
  if (*last <= *first)
    {
      if (*first + 60 <= LC_TIMELINE_DAY_MINUTES)
        *last = *first + 60;
      else
        *first = *last - 60;
    }
}

static int
compare_spans (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const LcTimelineSpan *spans = user_data;
  const LcTimelineSpan *x = &spans[*(const guint *) a];
  const LcTimelineSpan *y = &spans[*(const guint *) b];

  if (x->column != y->column)
    return x->column < y->column ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

static void
close_cluster (LcTimelineSpan *spans,
               const guint    *order,
               guint           from,
               guint           to,
               guint           n_lanes)
{
  for (guint k = from; k < to; k++)
    spans[order[k]].n_lanes = n_lanes;
}

/**
 * lc_timeline_assign_lanes:
 * @spans: items with their column, start and end
 * @n_spans: how many
 *
 * Items that overlap in one column (two items in one room at once, or two
 * visits with no room) are drawn side by side: each gets the first lane
 * free at its start, and every item of a group of overlapping items
 * learns how many lanes the group needs. Items that touch end to start do
 * not overlap.
 */
void
lc_timeline_assign_lanes (LcTimelineSpan *spans,
                          guint           n_spans)
{
  g_autofree guint *order = g_new (guint, MAX (n_spans, 1));
  g_autoptr(GArray) lane_ends = g_array_new (FALSE, FALSE, sizeof (int));
  guint cluster_from = 0;
  int cluster_end = 0;

  for (guint i = 0; i < n_spans; i++)
    order[i] = i;
  g_qsort_with_data (order, (gint) n_spans, sizeof (guint), compare_spans, spans);

  for (guint k = 0; k < n_spans; k++)
    {
      LcTimelineSpan *span = &spans[order[k]];
      guint lane;

      /* A new column, or a start after everything so far has ended. */
      if (k > 0 && (span->column != spans[order[k - 1]].column || span->start >= cluster_end))
        {
          close_cluster (spans, order, cluster_from, k, lane_ends->len);
          g_array_set_size (lane_ends, 0);
          cluster_from = k;
        }
      if (lane_ends->len == 0)
        cluster_end = span->end;

      for (lane = 0; lane < lane_ends->len; lane++)
        if (g_array_index (lane_ends, int, lane) <= span->start)
          break;
      if (lane == lane_ends->len)
        g_array_append_val (lane_ends, span->end);
      else
        g_array_index (lane_ends, int, lane) = span->end;

      span->lane = lane;
      cluster_end = MAX (cluster_end, span->end);
    }

  if (n_spans > 0)
    close_cluster (spans, order, cluster_from, n_spans, lane_ends->len);
}

/** lc_timeline_snap: Returns: @minute rounded to the nearest multiple of 5 */
int
lc_timeline_snap (double minute)
{
  return (int) floor (minute / LC_TIMELINE_SNAP + 0.5) * LC_TIMELINE_SNAP;
}

/**
 * lc_timeline_clamp_move:
 * @start: the item's start
 * @end: its end
 * @delta: how far it is moved, in minutes (not rounded)
 * @new_start: (out): the new start, snapped, within the day
 * @new_end: (out): the new end: the same length as before
 */
void
lc_timeline_clamp_move (int     start,
                        int     end,
                        double  delta,
                        int    *new_start,
                        int    *new_end)
{
  int length = CLAMP (end - start, LC_TIMELINE_MIN_LENGTH, LC_TIMELINE_DAY_MINUTES);
  int moved = lc_timeline_snap (start + delta);

  *new_start = CLAMP (moved, 0, LC_TIMELINE_DAY_MINUTES - length);
  *new_end = *new_start + length;
}

/**
 * lc_timeline_clamp_end:
 * @start: the item's start
 * @end: its end
 * @delta: how far the end is moved, in minutes (not rounded)
 *
 * Returns: the new end, snapped, at least 5 minutes after @start and no
 *   later than 24:00
 */
int
lc_timeline_clamp_end (int    start,
                       int    end,
                       double delta)
{
  int moved = lc_timeline_snap (end + delta);

  return CLAMP (moved, MIN (start + LC_TIMELINE_MIN_LENGTH, LC_TIMELINE_DAY_MINUTES),
                LC_TIMELINE_DAY_MINUTES);
}
