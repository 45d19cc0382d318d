/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <graphene.h>

G_BEGIN_DECLS

/*
 * The geometry of the timeline, apart from the widget so it can be tested
 * on its own: where a minute and a room column are on screen and back,
 * how overlapping items share a column, and the rules a drag obeys
 * (snapping, staying within the day, a minimum length).
 *
 * Coordinates are the widget's. The grid scrolls under a header row (room
 * names) and beside a time gutter, both of which stay in view. Columns run
 * from the start edge: left to right, or right to left with the gutter on
 * the right.
 */

#define LC_TIMELINE_SNAP         5      /* minutes */
#define LC_TIMELINE_MIN_LENGTH   5      /* minutes */
#define LC_TIMELINE_DAY_MINUTES  (24 * 60)

typedef struct
{
  /* Set by the caller. */
  guint    n_columns;
  int      first_minute;      /* the top of the grid, on the hour */
  int      last_minute;       /* the bottom of the grid, on the hour */
  double   minute_height;     /* pixels per minute */
  double   gutter_width;
  double   header_height;
  double   min_column_width;
  double   view_width;        /* the widget's size */
  double   view_height;
  gboolean rtl;
  double   scroll_x;          /* how far the grid is scrolled from its start edge */
  double   scroll_y;          /* how far it is scrolled down */

  /* Computed by lc_timeline_layout_update(). */
  double   column_width;
  double   content_width;     /* everything, as if nothing scrolled */
  double   content_height;
} LcTimelineLayout;

/* One item in its column; lc_timeline_assign_lanes() fills lane and n_lanes. */
typedef struct
{
  guint column;
  int   start;
  int   end;
  guint lane;
  guint n_lanes;
} LcTimelineSpan;

void     lc_timeline_layout_update        (LcTimelineLayout       *layout);
double   lc_timeline_layout_minute_to_y   (const LcTimelineLayout *layout,
                                           double                  minute);
double   lc_timeline_layout_y_to_minute   (const LcTimelineLayout *layout,
                                           double                  y);
void     lc_timeline_layout_column_bounds (const LcTimelineLayout *layout,
                                           guint                   column,
                                           double                 *x,
                                           double                 *width);
int      lc_timeline_layout_column_at     (const LcTimelineLayout *layout,
                                           double                  x,
                                           gboolean                clamp);
void     lc_timeline_layout_block_rect    (const LcTimelineLayout *layout,
                                           const LcTimelineSpan   *span,
                                           graphene_rect_t        *rect);
void     lc_timeline_layout_body_rect     (const LcTimelineLayout *layout,
                                           graphene_rect_t        *rect);
double   lc_timeline_layout_gutter_x      (const LcTimelineLayout *layout);

void     lc_timeline_time_range           (const LcTimelineSpan   *spans,
                                           guint                   n_spans,
                                           int                    *first,
                                           int                    *last);
void     lc_timeline_assign_lanes         (LcTimelineSpan         *spans,
                                           guint                   n_spans);
int      lc_timeline_snap                 (double                  minute);
void     lc_timeline_clamp_move           (int                     start,
                                           int                     end,
                                           double                  delta,
                                           int                    *new_start,
                                           int                    *new_end);
int      lc_timeline_clamp_end            (int                     start,
                                           int                     end,
                                           double                  delta);

G_END_DECLS
