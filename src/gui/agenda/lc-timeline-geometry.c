/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "lc-timeline-private.h"

/*
 * Where things are: finding a block by id or under the pointer, scrolling
 * one into view, the keyboard's focus, and the public questions the page
 * and the tests ask about the geometry.
 */

#define REVEAL_MARGIN  16   /* pixels shown above and below a block scrolled into view */

LcTimelineBlock *
lc_timeline_find_block (LcTimeline *self,
                        gint64      item_id,
                        guint      *index)
{
  if (item_id == 0)
    return NULL;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      LcTimelineBlock *block = g_ptr_array_index (self->blocks, i);

      if (block->id == item_id)
        {
          if (index != NULL)
            *index = i;
          return block;
        }
    }

  return NULL;
}

/** lc_timeline_end_edge: Returns: how tall the grip at a block's lower edge is */
double
lc_timeline_end_edge (const graphene_rect_t *rect)
{
  return MIN (8.0, rect->size.height / 3.0);
}

/**
 * lc_timeline_block_at:
 * @self: a timeline, laid out
 * @x: where
 * @y: where
 * @on_end_edge: (out) (optional): whether (@x, @y) is on the block's lower edge
 *
 * Returns: (nullable): the block drawn at (@x, @y), not counting the header
 *   and the gutter that cover the grid
 */
LcTimelineBlock *
lc_timeline_block_at (LcTimeline *self,
                      double      x,
                      double      y,
                      gboolean   *on_end_edge)
{
  graphene_rect_t body;

  lc_timeline_layout_body_rect (&self->layout, &body);
  if (!graphene_rect_contains_point (&body, &GRAPHENE_POINT_INIT (x, y)))
    return NULL;

  /* Later blocks are drawn on top. */
  for (guint i = self->blocks->len; i-- > 0;)
    {
      LcTimelineBlock *block = g_ptr_array_index (self->blocks, i);
      graphene_rect_t rect;

      lc_timeline_layout_block_rect (&self->layout, &block->span, &rect);
      if (x >= rect.origin.x && x < rect.origin.x + rect.size.width
          && y >= rect.origin.y && y < rect.origin.y + rect.size.height)
        {
          if (on_end_edge != NULL)
            *on_end_edge = y >= rect.origin.y + rect.size.height - lc_timeline_end_edge (&rect);
          return block;
        }
    }

  return NULL;
}

void
lc_timeline_set_scroll_x (LcTimeline *self,
                          double      logical)
{
  double room = gtk_adjustment_get_upper (self->hadjustment) - gtk_adjustment_get_page_size (self->hadjustment);

  logical = CLAMP (logical, 0, MAX (room, 0));
  gtk_adjustment_set_value (self->hadjustment, self->layout.rtl ? room - logical : logical);
}

/**
 * lc_timeline_reveal_block:
 * @self: a timeline
 * @block: one of its blocks
 *
 * Scrolls as little as needed for @block to be in view (its start first,
 * when it is taller than the view).
 */
void
lc_timeline_reveal_block (LcTimeline      *self,
                          LcTimelineBlock *block)
{
  LcTimelineLayout *l = &self->layout;
  /* Copied: bringing the layout up to date may rebuild the blocks. */
  LcTimelineSpan span = block->span;
  double top, bottom, start, end;

  if (gtk_widget_get_width (GTK_WIDGET (self)) <= 0)
    {
      self->reveal_id = block->id;
      return;
    }

  lc_timeline_ensure_layout (self);
  /* A little of what comes before and after shows it is not cut off. */
  top = (span.start - l->first_minute) * l->minute_height - REVEAL_MARGIN;
  bottom = (span.end - l->first_minute) * l->minute_height + l->header_height + REVEAL_MARGIN;
  if (bottom - top > l->view_height)
    bottom = top + l->view_height;
  gtk_adjustment_clamp_page (self->vadjustment, top, bottom);

  start = span.column * l->column_width;
  end = start + l->column_width + l->gutter_width - l->view_width;
  if (l->scroll_x > start)
    lc_timeline_set_scroll_x (self, start);
  else if (l->scroll_x < end)
    lc_timeline_set_scroll_x (self, MIN (end, start));
}

/** lc_timeline_has_focus_within: Returns: whether one of the blocks has the window's focus */
gboolean
lc_timeline_has_focus_within (LcTimeline *self)
{
  return gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL;
}

/**
 * lc_timeline_set_focus_block:
 * @self: a timeline
 * @block: (nullable): one of its blocks
 * @reveal: whether to scroll it into view
 *
 * Puts the keyboard on @block: the window's focus moves to it when it was
 * on the timeline, so screen readers follow; otherwise the timeline
 * remembers it for when the keyboard comes in.
 */
void
lc_timeline_set_focus_block (LcTimeline      *self,
                             LcTimelineBlock *block,
                             gboolean         reveal)
{
  gint64 id = block ? block->id : 0;

  if (block != NULL && reveal)
    lc_timeline_reveal_block (self, block);
  if (self->focus_id == id)
    return;

  self->focus_id = id;
  if (block != NULL && lc_timeline_has_focus_within (self))
    gtk_widget_grab_focus (GTK_WIDGET (block));
  lc_timeline_update_accessible (self);
}

/**
 * lc_timeline_get_item_rect:
 * @self: a timeline
 * @item_id: an item of the day shown
 * @rect: (out): the slot of its block, in the widget's coordinates: its
 *   room's column (or its share of it, beside items it overlaps), from its
 *   start to its end
 *
 * Returns: %TRUE when the item is on the day shown
 */
gboolean
lc_timeline_get_item_rect (LcTimeline      *self,
                           gint64           item_id,
                           graphene_rect_t *rect)
{
  LcTimelineBlock *block;

  g_return_val_if_fail (LC_IS_TIMELINE (self), FALSE);

  lc_timeline_ensure_layout (self);
  block = lc_timeline_find_block (self, item_id, NULL);
  if (block == NULL)
    return FALSE;

  lc_timeline_layout_block_rect (&self->layout, &block->span, rect);
  return TRUE;
}

/**
 * lc_timeline_get_room_at:
 * @self: a timeline
 * @x: a position across the widget
 *
 * Returns: the id of the room whose column is at @x, 0 for the "No room"
 *   column, -1 over the time gutter or beyond the columns
 */
gint64
lc_timeline_get_room_at (LcTimeline *self,
                         double      x)
{
  int column;

  g_return_val_if_fail (LC_IS_TIMELINE (self), -1);

  lc_timeline_ensure_layout (self);
  column = lc_timeline_layout_column_at (&self->layout, x, FALSE);
  if (column < 0)
    return -1;

  return g_array_index (self->columns, LcTimelineColumn, column).room_id;
}

/**
 * lc_timeline_get_minute_at:
 * @self: a timeline
 * @y: a position down the widget
 *
 * Returns: the minute of the day drawn at @y, to the nearest minute (it may
 *   be outside the hours shown)
 */
int
lc_timeline_get_minute_at (LcTimeline *self,
                           double      y)
{
  g_return_val_if_fail (LC_IS_TIMELINE (self), 0);

  lc_timeline_ensure_layout (self);
  return (int) lround (lc_timeline_layout_y_to_minute (&self->layout, y));
}

/** lc_timeline_get_n_columns: Returns: how many room columns the day has */
guint
lc_timeline_get_n_columns (LcTimeline *self)
{
  g_return_val_if_fail (LC_IS_TIMELINE (self), 0);

  lc_timeline_ensure_blocks (self);
  return self->columns->len;
}

/** lc_timeline_get_n_items: Returns: how many items the day shown has */
guint
lc_timeline_get_n_items (LcTimeline *self)
{
  g_return_val_if_fail (LC_IS_TIMELINE (self), 0);

  lc_timeline_ensure_blocks (self);
  return self->blocks->len;
}

/**
 * lc_timeline_get_item_conflicts:
 * @self: a timeline
 * @item_id: an item of the day shown
 *
 * Returns: how many conflicts the item's block is marked with (0 when it
 *   is drawn as usual, or not on the day)
 */
guint
lc_timeline_get_item_conflicts (LcTimeline *self,
                                gint64      item_id)
{
  LcTimelineBlock *block;

  g_return_val_if_fail (LC_IS_TIMELINE (self), 0);

  lc_timeline_ensure_blocks (self);
  block = lc_timeline_find_block (self, item_id, NULL);
  return block ? block->n_conflicts : 0;
}

/** lc_timeline_get_focus_item: Returns: the item the keyboard is on, or 0 */
gint64
lc_timeline_get_focus_item (LcTimeline *self)
{
  g_return_val_if_fail (LC_IS_TIMELINE (self), 0);

  lc_timeline_ensure_blocks (self);
  return self->focus_id;
}

/**
 * lc_timeline_get_item_block:
 * @self: a timeline
 * @item_id: an item of the day shown
 *
 * Returns: (transfer none) (nullable): the item's block, an
 *   #LcTimelineBlock, or %NULL when the item is not on the day shown
 */
GtkWidget *
lc_timeline_get_item_block (LcTimeline *self,
                            gint64      item_id)
{
  g_return_val_if_fail (LC_IS_TIMELINE (self), NULL);

  lc_timeline_ensure_blocks (self);
  return (GtkWidget *) lc_timeline_find_block (self, item_id, NULL);
}

/**
 * lc_timeline_focus_item:
 * @self: a timeline
 * @item_id: an item of the day shown
 *
 * Puts the keyboard focus of the timeline on the item's block and scrolls
 * it into view. The window's focus moves to the block only when it was on
 * the timeline already.
 */
void
lc_timeline_focus_item (LcTimeline *self,
                        gint64      item_id)
{
  g_return_if_fail (LC_IS_TIMELINE (self));

  lc_timeline_ensure_blocks (self);
  lc_timeline_set_focus_block (self, lc_timeline_find_block (self, item_id, NULL), TRUE);
}
