/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-timeline-layout.h"

/*
 * The timeline's geometry without a display: how overlapping items share a
 * column, the rules a drag obeys (snapping, staying within the day, a
 * minimum length), and where minutes and room columns are on screen, left
 * to right and right to left.
 */

static void
test_layout_lanes (void)
{
  LcTimelineSpan spans[] = {
    { 0, 600, 660 },
    { 0, 630, 690 },
    { 0, 660, 720 },   /* overlaps the second, touches the first */
    { 0, 720, 780 },   /* touches the group: a group of its own */
    { 1, 600, 700 },
  };

  lc_timeline_assign_lanes (spans, G_N_ELEMENTS (spans));
  g_assert_cmpuint (spans[0].lane, ==, 0);
  g_assert_cmpuint (spans[1].lane, ==, 1);
  g_assert_cmpuint (spans[2].lane, ==, 0);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (spans[i].n_lanes, ==, 2);
  g_assert_cmpuint (spans[3].lane, ==, 0);
  g_assert_cmpuint (spans[3].n_lanes, ==, 1);
  g_assert_cmpuint (spans[4].lane, ==, 0);
  g_assert_cmpuint (spans[4].n_lanes, ==, 1);
}

static void
test_layout_rules (void)
{
  LcTimelineSpan day[] = { { 0, 545, 600 }, { 1, 700, 1125 } };
  LcTimelineSpan late[] = { { 0, 1430, 1440 } };
  int start, end, first, last;

  g_assert_cmpint (lc_timeline_snap (602.4), ==, 600);
  g_assert_cmpint (lc_timeline_snap (602.5), ==, 605);
  g_assert_cmpint (lc_timeline_snap (-2), ==, 0);

  /* A move keeps the length, snaps the start, and stays within the day. */
  lc_timeline_clamp_move (600, 645, 13.0, &start, &end);
  g_assert_cmpint (start, ==, 615);
  g_assert_cmpint (end, ==, 660);
  lc_timeline_clamp_move (600, 645, -700, &start, &end);
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, 45);
  lc_timeline_clamp_move (1300, 1345, 200, &start, &end);
  g_assert_cmpint (start, ==, 1395);
  g_assert_cmpint (end, ==, 1440);

  /* An end stays 5 minutes after the start at least, and by 24:00. */
  g_assert_cmpint (lc_timeline_clamp_end (600, 645, -100), ==, 605);
  g_assert_cmpint (lc_timeline_clamp_end (600, 645, 1000), ==, 1440);
  g_assert_cmpint (lc_timeline_clamp_end (600, 645, 7.4), ==, 650);

  lc_timeline_time_range (day, G_N_ELEMENTS (day), &first, &last);
  g_assert_cmpint (first, ==, 540);
  g_assert_cmpint (last, ==, 1140);
  lc_timeline_time_range (late, 1, &first, &last);
  g_assert_cmpint (first, ==, 1380);
  g_assert_cmpint (last, ==, 1440);
  lc_timeline_time_range (NULL, 0, &first, &last);
  g_assert_cmpint (first, ==, 540);
  g_assert_cmpint (last, ==, 1020);
}

static void
test_layout_geometry (void)
{
  LcTimelineLayout l = {
    .n_columns = 3, .first_minute = 540, .last_minute = 600, .minute_height = 2,
    .gutter_width = 50, .header_height = 30, .min_column_width = 100,
    .view_width = 350, .view_height = 300,
  };
  LcTimelineSpan span = { 1, 570, 600, 1, 2 };
  graphene_rect_t rect;
  double x, width;

  lc_timeline_layout_update (&l);
  g_assert_cmpfloat_with_epsilon (l.column_width, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (l.content_height, 30 + 120 + 12, 1e-9);
  g_assert_cmpfloat_with_epsilon (lc_timeline_layout_minute_to_y (&l, 570), 90, 1e-9);
  g_assert_cmpfloat_with_epsilon (lc_timeline_layout_y_to_minute (&l, 90), 570, 1e-9);
  g_assert_cmpint (lc_timeline_layout_column_at (&l, 49, FALSE), ==, -1);
  g_assert_cmpint (lc_timeline_layout_column_at (&l, 50, FALSE), ==, 0);
  g_assert_cmpint (lc_timeline_layout_column_at (&l, 349, FALSE), ==, 2);
  g_assert_cmpint (lc_timeline_layout_column_at (&l, 10, TRUE), ==, 0);

  /* The second lane of the second column. */
  lc_timeline_layout_block_rect (&l, &span, &rect);
  g_assert_cmpfloat_with_epsilon (rect.origin.x, 200, 1e-9);
  g_assert_cmpfloat_with_epsilon (rect.size.width, 50, 1e-9);
  g_assert_cmpfloat_with_epsilon (rect.origin.y, 90, 1e-9);
  g_assert_cmpfloat_with_epsilon (rect.size.height, 60, 1e-9);

  /* Right to left: the gutter on the right, the first column next to it. */
  l.rtl = TRUE;
  g_assert_cmpint (lc_timeline_layout_column_at (&l, 340, FALSE), ==, -1);
  g_assert_cmpint (lc_timeline_layout_column_at (&l, 299, FALSE), ==, 0);
  g_assert_cmpint (lc_timeline_layout_column_at (&l, 1, FALSE), ==, 2);
  lc_timeline_layout_column_bounds (&l, 0, &x, &width);
  g_assert_cmpfloat_with_epsilon (x, 200, 1e-9);
  lc_timeline_layout_block_rect (&l, &span, &rect);
  g_assert_cmpfloat_with_epsilon (rect.origin.x, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (lc_timeline_layout_gutter_x (&l), 300, 1e-9);

  /* Narrow: the columns keep their minimum and the grid scrolls under the gutter. */
  l.rtl = FALSE;
  l.view_width = 200;
  l.scroll_x = 60;
  lc_timeline_layout_update (&l);
  g_assert_cmpfloat_with_epsilon (l.content_width, 350, 1e-9);
  lc_timeline_layout_column_bounds (&l, 1, &x, &width);
  g_assert_cmpfloat_with_epsilon (x, 90, 1e-9);
  g_assert_cmpint (lc_timeline_layout_column_at (&l, 100, FALSE), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline/layout/lanes", test_layout_lanes);
  g_test_add_func ("/timeline/layout/rules", test_layout_rules);
  g_test_add_func ("/timeline/layout/geometry", test_layout_geometry);

  return g_test_run ();
}
