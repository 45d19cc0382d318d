/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lc-feedback.h"
#include "lc-timeline-private.h"

/*
 * Pointer and keyboard. A press on a block starts a possible drag: past
 * the drag threshold the block follows the pointer (moved in time and to
 * the room under the pointer, or, from its lower edge, resized), snapped
 * to 5 minutes; the release stores it as one undoable edit and Escape puts
 * it back. A press and release without moving activates the block.
 *
 * The keyboard moves the focus between blocks with the arrows (left and
 * right as seen, whatever the direction), activates with Enter, and with
 * Alt+Up/Down moves the focused block by 5 minutes; Shift+Alt+Up/Down
 * moves its end and Shift+Alt+Left/Right moves it to the room beside.
 * Alt+Left alone is left to the window (Back). The keys reach the
 * timeline from the focused block, its child.
 */

#define AUTOSCROLL_ZONE  32.0   /* pixels from an edge where a drag scrolls */
#define AUTOSCROLL_STEP  14.0   /* pixels per frame, at most */

static void
report_error (LcTimeline   *self,
              const GError *error)
{
  lc_widget_show_error (GTK_WIDGET (self), error);
}

/* Stores the item's new place as one step of the undo history. */
static void
commit (LcTimeline *self,
        gint64      item_id,
        int         start,
        int         end,
        guint       column,
        const char *label)
{
  LcTimelineBlock *block = lc_timeline_find_block (self, item_id, NULL);
  g_autoptr(LcRecord) copy = NULL;
  g_autoptr(GError) error = NULL;
  LcRecord *item;
  gint64 room_id;

  if (block == NULL || self->undo == NULL || column >= self->columns->len)
    return;

  item = LC_RECORD (block->item);
  room_id = g_array_index (self->columns, LcTimelineColumn, column).room_id;
  if (lc_item_get_start_minute (LC_ITEM (item)) == start && lc_item_get_end_minute (LC_ITEM (item)) == end
      && lc_item_get_room_id (LC_ITEM (item)) == room_id)
    return;

  copy = lc_record_copy (item);
  lc_item_set_start_minute (LC_ITEM (copy), start);
  lc_item_set_end_minute (LC_ITEM (copy), end);
  lc_item_set_room_id (LC_ITEM (copy), room_id);
  if (!lc_undo_stack_update (self->undo, copy, label, &error))
    report_error (self, error);
  else
    self->reveal_id = item_id;
}

static double
edge_speed (double position,
            double low,
            double high)
{
  if (position < low + AUTOSCROLL_ZONE)
    return -AUTOSCROLL_STEP * MIN (1.0, (low + AUTOSCROLL_ZONE - position) / AUTOSCROLL_ZONE);
  if (position > high - AUTOSCROLL_ZONE)
    return AUTOSCROLL_STEP * MIN (1.0, (position - high + AUTOSCROLL_ZONE) / AUTOSCROLL_ZONE);
  return 0;
}

/* How fast to scroll while the pointer is near an edge of the grid, so a
 * block can be dragged beyond what is in view. */
static void
autoscroll_speed (LcTimeline *self,
                  double     *vx,
                  double     *vy)
{
  LcTimelineLayout *l = &self->layout;
  double x = self->drag.x + self->drag.dx;
  double y = self->drag.y + self->drag.dy;
  double logical = l->rtl ? l->view_width - x : x;

  *vy = edge_speed (y, l->header_height, l->view_height);
  *vx = self->drag.mode == LC_TIMELINE_DRAG_MOVE ? edge_speed (logical, l->gutter_width, l->view_width) : 0;
}

static gboolean
autoscroll_tick (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  LcTimeline *self = LC_TIMELINE (widget);
  double vx, vy;

  if (self->drag.active)
    {
      autoscroll_speed (self, &vx, &vy);
      if (vx != 0 || vy != 0)
        {
          /* The adjustments' handler moves the block with the grid. */
          if (vy != 0)
            gtk_adjustment_set_value (self->vadjustment, gtk_adjustment_get_value (self->vadjustment) + vy);
          if (vx != 0)
            lc_timeline_set_scroll_x (self, self->layout.scroll_x + vx);
          return G_SOURCE_CONTINUE;
        }
    }

  self->autoscroll_id = 0;
  return G_SOURCE_REMOVE;
}

static void
stop_drag (LcTimeline *self)
{
  self->drag.mode = LC_TIMELINE_DRAG_NONE;
  self->drag.active = FALSE;
  if (self->autoscroll_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->autoscroll_id);
      self->autoscroll_id = 0;
    }
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * lc_timeline_drag_begin:
 * @self: a timeline
 * @x: where the pointer went down
 * @y: where the pointer went down
 *
 * Returns: %TRUE when (@x, @y) is on a block, which may then be dragged
 */
gboolean
lc_timeline_drag_begin (LcTimeline *self,
                        double      x,
                        double      y)
{
  LcTimelineBlock *block;
  gboolean edge = FALSE;

  stop_drag (self);
  lc_timeline_ensure_layout (self);
  block = lc_timeline_block_at (self, x, y, &edge);
  if (block == NULL)
    return FALSE;

  self->drag = (LcTimelineDrag) {
    .mode = edge ? LC_TIMELINE_DRAG_RESIZE : LC_TIMELINE_DRAG_MOVE,
    .id = block->id,
    .from = block->span,
    .new_start = block->span.start,
    .new_end = block->span.end,
    .new_column = block->span.column,
    .x = x,
    .y = y,
    .scroll_x = self->layout.scroll_x,
    .scroll_y = self->layout.scroll_y,
  };
  /* Not scrolled into view: that would move it from under the pointer. */
  lc_timeline_set_focus_block (self, block, FALSE);
  return TRUE;
}

/**
 * lc_timeline_drag_update:
 * @self: a timeline
 * @dx: how far the pointer has moved across since it went down
 * @dy: how far down
 */
void
lc_timeline_drag_update (LcTimeline *self,
                         double      dx,
                         double      dy)
{
  LcTimelineLayout *l = &self->layout;
  double delta, vx, vy;

  if (self->drag.mode == LC_TIMELINE_DRAG_NONE)
    return;

  self->drag.dx = dx;
  self->drag.dy = dy;
  if (!self->drag.active)
    {
      if (self->undo == NULL
          || !gtk_drag_check_threshold (GTK_WIDGET (self), (int) self->drag.x, (int) self->drag.y,
                                        (int) (self->drag.x + dx), (int) (self->drag.y + dy)))
        return;
      self->drag.active = TRUE;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                       self->drag.mode == LC_TIMELINE_DRAG_RESIZE ? "ns-resize" : "grabbing");
    }

  lc_timeline_ensure_layout (self);
  /* Minutes from the pointer's travel over the grid, scrolling included. */
  delta = (dy + l->scroll_y - self->drag.scroll_y) / l->minute_height;
  if (self->drag.mode == LC_TIMELINE_DRAG_RESIZE)
    {
      self->drag.new_start = self->drag.from.start;
      self->drag.new_end = lc_timeline_clamp_end (self->drag.from.start, self->drag.from.end, delta);
      self->drag.new_column = self->drag.from.column;
    }
  else
    {
      int column = lc_timeline_layout_column_at (l, self->drag.x + dx, TRUE);

      lc_timeline_clamp_move (self->drag.from.start, self->drag.from.end, delta,
                              &self->drag.new_start, &self->drag.new_end);
      self->drag.new_column = column >= 0 ? (guint) column : self->drag.from.column;
    }

  autoscroll_speed (self, &vx, &vy);
  if ((vx != 0 || vy != 0) && self->autoscroll_id == 0)
    self->autoscroll_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), autoscroll_tick, NULL, NULL);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * lc_timeline_drag_end:
 * @self: a timeline
 * @dx: how far the pointer moved across in all
 * @dy: how far down
 *
 * Stores where the block was dropped, as one undoable edit; or, when the
 * pointer did not move, activates the block.
 */
void
lc_timeline_drag_end (LcTimeline *self,
                      double      dx,
                      double      dy)
{
  LcTimelineDrag drag;

  if (self->drag.mode == LC_TIMELINE_DRAG_NONE)
    return;

  lc_timeline_drag_update (self, dx, dy);
  drag = self->drag;
  stop_drag (self);

  if (!drag.active)
    lc_timeline_emit_activated (self, drag.id);
  else
    commit (self, drag.id, drag.new_start, drag.new_end, drag.new_column,
            drag.mode == LC_TIMELINE_DRAG_RESIZE ? _("Change Item End") : _("Move Item"));
}

/**
 * lc_timeline_drag_cancel:
 * @self: a timeline
 *
 * Forgets the drag under way, if any: the block stays where it was.
 */
void
lc_timeline_drag_cancel (LcTimeline *self)
{
  if (self->drag.mode != LC_TIMELINE_DRAG_NONE)
    stop_drag (self);
}

/**
 * lc_timeline_dup_drag_text:
 * @self: a timeline
 *
 * Returns: (transfer full) (nullable): the time range the dragged block
 *   would get, as drawn on it, or %NULL when nothing is being dragged
 */
char *
lc_timeline_dup_drag_text (LcTimeline *self)
{
  if (!self->drag.active)
    return NULL;

  return lc_timeline_format_range (self->drag.new_start, self->drag.new_end);
}

/* The next block in time in @column, before or after @index. */
static LcTimelineBlock *
next_in_column (LcTimeline *self,
                guint       index,
                guint       column,
                int         step)
{
  for (int i = (int) index + step; i >= 0 && i < (int) self->blocks->len; i += step)
    {
      LcTimelineBlock *block = g_ptr_array_index (self->blocks, i);

      if (block->span.column == column)
        return block;
    }

  return NULL;
}

/* The block of the nearest column in that direction that has any, closest in time. */
static LcTimelineBlock *
next_across (LcTimeline      *self,
             LcTimelineBlock *from,
             int              step)
{
  for (int column = (int) from->span.column + step; column >= 0 && column < (int) self->columns->len; column += step)
    {
      LcTimelineBlock *best = NULL;

      for (guint i = 0; i < self->blocks->len; i++)
        {
          LcTimelineBlock *block = g_ptr_array_index (self->blocks, i);

          if (block->span.column == (guint) column
              && (best == NULL || ABS (block->span.start - from->span.start) < ABS (best->span.start - from->span.start)))
            best = block;
        }
      if (best != NULL)
        return best;
    }

  return NULL;
}

/**
 * lc_timeline_key_pressed:
 * @self: a timeline
 * @keyval: the key
 * @state: the modifiers held
 *
 * Returns: %TRUE when the key did something
 */
gboolean
lc_timeline_key_pressed (LcTimeline      *self,
                         guint            keyval,
                         GdkModifierType  state)
{
  gboolean alt = (state & GDK_ALT_MASK) != 0;
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  LcTimelineBlock *focus, *target = NULL;
  guint index = 0;
  int vertical = 0, across = 0;

  if (keyval == GDK_KEY_Escape)
    {
      if (self->drag.mode == LC_TIMELINE_DRAG_NONE)
        return FALSE;
      stop_drag (self);
      /* The gesture must forget the press too, or its release would drop. */
      gtk_event_controller_reset (GTK_EVENT_CONTROLLER (self->drag_gesture));
      return TRUE;
    }
  if (self->drag.mode != LC_TIMELINE_DRAG_NONE)
    return FALSE;

  lc_timeline_ensure_layout (self);
  if (self->blocks->len == 0)
    return FALSE;
  focus = lc_timeline_find_block (self, self->focus_id, &index);

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      if (focus == NULL)
        return FALSE;
      gtk_widget_activate (GTK_WIDGET (focus));
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      target = g_ptr_array_index (self->blocks, 0);
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      target = g_ptr_array_index (self->blocks, self->blocks->len - 1);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      vertical = -1;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      vertical = 1;
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      across = self->layout.rtl ? 1 : -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      across = self->layout.rtl ? -1 : 1;
      break;
    default:
      return FALSE;
    }

  if (target == NULL && focus == NULL)
    target = g_ptr_array_index (self->blocks, 0);

  /* Alt+Left alone is Back (to all conventions), as everywhere in GNOME;
   * moving to the room beside takes Shift as well, like changing the end. */
  if (target == NULL && alt && across != 0 && !shift)
    return FALSE;

  if (target == NULL && alt && self->undo != NULL)
    {
      LcTimelineSpan *span = &focus->span;
      int start = span->start, end = span->end;
      guint column = span->column;

      if (vertical != 0 && shift)
        {
          end = lc_timeline_clamp_end (start, end, vertical * LC_TIMELINE_SNAP);
          commit (self, focus->id, start, end, column, _("Change Item End"));
        }
      else
        {
          if (vertical != 0)
            lc_timeline_clamp_move (start, end, vertical * LC_TIMELINE_SNAP, &start, &end);
          else if ((int) column + across >= 0 && (int) column + across < (int) self->columns->len)
            column += across;
          commit (self, focus->id, start, end, column, _("Move Item"));
        }
      return TRUE;
    }

  if (target == NULL && vertical != 0)
    target = next_in_column (self, index, focus->span.column, vertical);
  else if (target == NULL && across != 0)
    target = next_across (self, focus, across);

  if (target != NULL)
    lc_timeline_set_focus_block (self, target, TRUE);
  /* At the edge, the focus stays where it is rather than leave the grid. */
  return TRUE;
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  LcTimeline     *self)
{
  if (lc_timeline_drag_begin (self, x, y))
    {
      /* A click puts the keyboard on the block, as on a button. */
      gtk_widget_grab_focus (GTK_WIDGET (lc_timeline_find_block (self, self->drag.id, NULL)));
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
  else
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          dx,
                   double          dy,
                   LcTimeline     *self)
{
  lc_timeline_drag_update (self, dx, dy);
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                LcTimeline     *self)
{
  lc_timeline_drag_end (self, dx, dy);
}

static void
on_drag_cancel_cb (GtkGesture       *gesture,
                   GdkEventSequence *sequence,
                   LcTimeline       *self)
{
  lc_timeline_drag_cancel (self);
}

/* The block under the pointer is lighter, with a grip on its lower edge
 * when the pointer is there. */
static void
set_hover (LcTimeline      *self,
           LcTimelineBlock *block,
           gboolean         edge)
{
  LcTimelineBlock *before = lc_timeline_find_block (self, self->hover_id, NULL);

  if (before != NULL && before != block)
    lc_timeline_block_set_hover (before, FALSE, FALSE);
  self->hover_id = block ? block->id : 0;
  if (block != NULL)
    lc_timeline_block_set_hover (block, TRUE, edge);
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              LcTimeline               *self)
{
  LcTimelineBlock *block;
  gboolean edge = FALSE;

  if (self->drag.active)
    return;

  lc_timeline_ensure_layout (self);
  block = lc_timeline_block_at (self, x, y, &edge);
  edge = edge && self->undo != NULL;
  if ((block ? block->id : 0) != self->hover_id || (block != NULL && (guint) edge != block->hover_edge))
    {
      set_hover (self, block, edge);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), block == NULL ? NULL : edge ? "ns-resize" : "pointer");
    }
}

static void
on_leave_cb (GtkEventControllerMotion *controller,
             LcTimeline               *self)
{
  if (self->hover_id != 0 && !self->drag.active)
    {
      set_hover (self, NULL, FALSE);
      gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
    }
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   LcTimeline            *self)
{
  return lc_timeline_key_pressed (self, keyval, state);
}

/**
 * lc_timeline_init_input:
 * @self: a timeline being initialised
 *
 * Adds the controllers.
 */
void
lc_timeline_init_input (LcTimeline *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkEventController *controller;

  self->drag_gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->drag_gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (self->drag_gesture, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (self->drag_gesture, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (self->drag_gesture, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  g_signal_connect (self->drag_gesture, "cancel", G_CALLBACK (on_drag_cancel_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (self->drag_gesture));

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (widget, controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (widget, controller);
}
