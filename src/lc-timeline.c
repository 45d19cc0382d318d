/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "lc-timeline-private.h"

/*
 * The timeline keeps, for the day shown, one block per item and one column
 * per room (in the rooms' order, then "No room" when an item of the day
 * has none). They are rebuilt lazily: a change to the model's items, rooms
 * or participations, or to the conflicts, only marks them stale, so a
 * burst of changes (an import, an undo of many rows) costs one rebuild.
 *
 * The widget scrolls itself: the adjustments move the grid under a header
 * of room names and beside a gutter of hours, which stay in view.
 */

#define MINUTE_HEIGHT         1.6     /* pixels: an hour is 96 px */
#define MIN_COLUMN_WIDTH      150
#define NATURAL_COLUMN_WIDTH  220
#define GUTTER_PADDING        12
#define HEADER_PADDING        10

G_DEFINE_FINAL_TYPE_WITH_CODE (LcTimeline, lc_timeline, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

enum {
  PROP_0,
  PROP_DAY,
  N_PROPS,
  /* GtkScrollable's */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
clear_block (gpointer data)
{
  LcTimelineBlock *block = data;

  g_clear_object (&block->item);
}

static void
clear_column (gpointer data)
{
  LcTimelineColumn *column = data;

  g_clear_object (&column->room);
}

/**
 * lc_timeline_ensure_blocks:
 * @self: a timeline
 *
 * Rebuilds the day's blocks and columns when the model or the day changed.
 */
void
lc_timeline_ensure_blocks (LcTimeline *self)
{
  g_autoptr(GHashTable) column_of = NULL;
  g_autoptr(GArray) spans = NULL;
  LcConflictList *conflicts;
  GListModel *list;
  guint n, roomless = 0;

  if (!self->dirty)
    return;
  self->dirty = FALSE;

  g_array_set_size (self->blocks, 0);
  g_array_set_size (self->columns, 0);
  self->n_conflicting = 0;

  if (self->model == NULL || self->day == NULL)
    {
      lc_timeline_time_range (NULL, 0, &self->first_minute, &self->last_minute);
      self->focus_id = self->hover_id = 0;
      self->drag.mode = LC_TIMELINE_DRAG_NONE;
      self->drag.active = FALSE;
      lc_timeline_update_accessible (self);
      return;
    }

  column_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  list = lc_convention_model_get_rooms (self->model);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      LcTimelineColumn column = { 0, g_list_model_get_item (list, i) };

      column.room_id = lc_record_get_id (LC_RECORD (column.room));
      g_hash_table_insert (column_of, g_memdup2 (&column.room_id, sizeof column.room_id), GUINT_TO_POINTER (i));
      g_array_append_val (self->columns, column);
    }

  conflicts = lc_convention_model_get_conflicts (self->model);
  list = lc_convention_model_get_items (self->model);
  n = g_list_model_get_n_items (list);
  spans = g_array_new (FALSE, FALSE, sizeof (LcTimelineSpan));
  for (guint i = 0; i < n; i++)
    {
      LcItem *item = g_list_model_get_item (list, i);
      LcRecord *record = LC_RECORD (item);
      gint64 room_id = lc_record_get_int (record, "room-id");
      gpointer column;
      LcTimelineBlock block = { item, lc_record_get_id (record) };

      if (g_strcmp0 (lc_record_get_string (record, "day"), self->day) != 0)
        {
          g_object_unref (item);
          continue;
        }

      block.span.start = CLAMP ((int) lc_record_get_int (record, "start-minute"), 0, LC_TIMELINE_DAY_MINUTES);
      block.span.end = CLAMP ((int) lc_record_get_int (record, "end-minute"), 0, LC_TIMELINE_DAY_MINUTES);
      /* The store refuses such times, but a block must stay visible. */
      if (block.span.end <= block.span.start)
        block.span.end = MIN (block.span.start + LC_TIMELINE_MIN_LENGTH, LC_TIMELINE_DAY_MINUTES);
      if (room_id != 0 && g_hash_table_lookup_extended (column_of, &room_id, NULL, &column))
        block.span.column = GPOINTER_TO_UINT (column);
      else
        {
          block.span.column = G_MAXUINT;
          roomless++;
        }
      block.n_conflicts = lc_conflict_list_count_for_item (conflicts, block.id);
      if (block.n_conflicts > 0)
        self->n_conflicting++;
      g_array_append_val (self->blocks, block);
    }

  if (roomless > 0)
    {
      LcTimelineColumn column = { 0, NULL };

      g_array_append_val (self->columns, column);
    }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      LcTimelineBlock *block = &g_array_index (self->blocks, LcTimelineBlock, i);

      if (block->span.column == G_MAXUINT)
        block->span.column = self->columns->len - 1;
      g_array_append_val (spans, block->span);
    }
  lc_timeline_assign_lanes ((LcTimelineSpan *) spans->data, spans->len);
  for (guint i = 0; i < self->blocks->len; i++)
    g_array_index (self->blocks, LcTimelineBlock, i).span = g_array_index (spans, LcTimelineSpan, i);
  lc_timeline_time_range ((LcTimelineSpan *) spans->data, spans->len,
                          &self->first_minute, &self->last_minute);

  /* What pointed at an item that left the day points at nothing. */
  if (lc_timeline_find_block (self, self->focus_id, NULL) == NULL)
    self->focus_id = 0;
  if (lc_timeline_find_block (self, self->hover_id, NULL) == NULL)
    self->hover_id = 0;
  if (self->drag.mode != LC_TIMELINE_DRAG_NONE && lc_timeline_find_block (self, self->drag.id, NULL) == NULL)
    {
      /* Deleted or moved away during the drag (say, undone): nothing to drop. */
      self->drag.mode = LC_TIMELINE_DRAG_NONE;
      self->drag.active = FALSE;
    }

  lc_timeline_update_accessible (self);
}

static void
invalidate (LcTimeline *self)
{
  /* Room names may have changed too. */
  self->dirty = TRUE;
  self->metrics_valid = FALSE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The grid's horizontal scroll counts from its start edge; the adjustment
 * counts from the left, as the scrollbar shows it. */
static void
read_scroll (LcTimeline *self)
{
  LcTimelineLayout *l = &self->layout;
  double value = gtk_adjustment_get_value (self->hadjustment);
  double room = gtk_adjustment_get_upper (self->hadjustment) - gtk_adjustment_get_page_size (self->hadjustment);

  l->scroll_x = MAX (l->rtl ? room - value : value, 0);
  l->scroll_y = MAX (gtk_adjustment_get_value (self->vadjustment), 0);
}

static void
invalidate_metrics (LcTimeline *self)
{
  self->metrics_valid = FALSE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Measuring text takes Pango layouts: done again only when it may differ. */
static void
ensure_metrics (LcTimeline *self)
{
  if (self->metrics_valid)
    return;

  self->line_height = lc_timeline_text_height (self);
  self->time_width = lc_timeline_text_width (self, "00:00");
  self->header_for_width = -1;
  self->metrics_valid = TRUE;
}

static int
header_lines (LcTimeline *self,
              double      column_width)
{
  ensure_metrics (self);
  if (self->header_for_width != column_width)
    {
      self->header_lines = lc_timeline_header_lines (self, column_width);
      self->header_for_width = column_width;
    }

  return self->header_lines;
}

static void
compute_layout (LcTimeline       *self,
                int               width,
                int               height,
                LcTimelineLayout *l)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int lines;

  lc_timeline_ensure_blocks (self);
  ensure_metrics (self);
  l->n_columns = self->columns->len;
  l->first_minute = self->first_minute;
  l->last_minute = self->last_minute;
  l->minute_height = MINUTE_HEIGHT;
  l->gutter_width = self->time_width + 2 * GUTTER_PADDING;
  l->min_column_width = MIN_COLUMN_WIDTH;
  l->view_width = width;
  l->view_height = height;
  l->rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  l->header_height = 0;
  lc_timeline_layout_update (l);
  /* Long room names take two lines, when the columns are narrow. */
  lines = header_lines (self, l->column_width);
  l->header_height = lines * self->line_height + 2 * HEADER_PADDING;
  lc_timeline_layout_update (l);
}

/**
 * lc_timeline_ensure_layout:
 * @self: a timeline
 *
 * Brings the blocks and the geometry up to date with the model, the
 * widget's size and the scrolling.
 */
void
lc_timeline_ensure_layout (LcTimeline *self)
{
  compute_layout (self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self)),
                  &self->layout);
  read_scroll (self);
}

void
lc_timeline_emit_activated (LcTimeline *self,
                            gint64      item_id)
{
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item_id);
}

static void
on_model_changed (LcTimeline *self)
{
  invalidate (self);
}

static void
on_adjustment_value_changed (GtkAdjustment *adjustment,
                             LcTimeline    *self)
{
  read_scroll (self);
  /* A block being dragged follows the pointer over the scrolled grid. */
  if (self->drag.active)
    lc_timeline_drag_update (self, self->drag.dx, self->drag.dy);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (LcTimeline     *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (adjustment != NULL && *slot == adjustment)
    return;

  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, on_adjustment_value_changed, self);
      g_clear_object (slot);
    }
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (on_adjustment_value_changed), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
disconnect_model (LcTimeline *self)
{
  if (self->model == NULL)
    return;

  g_signal_handlers_disconnect_by_data (lc_convention_model_get_items (self->model), self);
  g_signal_handlers_disconnect_by_data (lc_convention_model_get_rooms (self->model), self);
  g_signal_handlers_disconnect_by_data (lc_convention_model_get_participations (self->model), self);
  g_signal_handlers_disconnect_by_data (self->model, self);
}

static void
lc_timeline_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  LcTimeline *self = LC_TIMELINE (widget);
  LcTimelineLayout l = { 0 };

  compute_layout (self, for_size > 0 ? for_size : 0, 0, &l);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) ceil (l.gutter_width + MIN_COLUMN_WIDTH);
      *natural = (int) ceil (l.gutter_width + MAX (l.n_columns, 1) * NATURAL_COLUMN_WIDTH);
    }
  else
    {
      *natural = (int) ceil (l.content_height);
      *minimum = MIN (*natural, (int) ceil (l.header_height + 60 * MINUTE_HEIGHT));
    }
}

static void
lc_timeline_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  LcTimeline *self = LC_TIMELINE (widget);
  LcTimelineLayout *l = &self->layout;
  double logical_x, page_x, upper_x, upper_y;

  compute_layout (self, width, height, l);
  read_scroll (self);

  /* Keep the distance from the start edge as the width changes. */
  page_x = width;
  upper_x = MAX (l->content_width, page_x);
  logical_x = CLAMP (l->scroll_x, 0, upper_x - page_x);
  upper_y = MAX (l->content_height, height);
  g_signal_handlers_block_by_func (self->hadjustment, on_adjustment_value_changed, self);
  g_signal_handlers_block_by_func (self->vadjustment, on_adjustment_value_changed, self);
  gtk_adjustment_configure (self->hadjustment, l->rtl ? upper_x - page_x - logical_x : logical_x,
                            0, upper_x, page_x * 0.1, page_x * 0.9, page_x);
  gtk_adjustment_configure (self->vadjustment, CLAMP (l->scroll_y, 0, upper_y - height),
                            0, upper_y, height * 0.1, height * 0.9, height);
  g_signal_handlers_unblock_by_func (self->hadjustment, on_adjustment_value_changed, self);
  g_signal_handlers_unblock_by_func (self->vadjustment, on_adjustment_value_changed, self);
  read_scroll (self);

  if (self->reveal_id != 0)
    {
      LcTimelineBlock *block = lc_timeline_find_block (self, self->reveal_id, NULL);

      self->reveal_id = 0;
      if (block != NULL)
        lc_timeline_reveal_block (self, block);
    }
}

static void
lc_timeline_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  lc_timeline_snapshot_all (LC_TIMELINE (widget), snapshot);
}

static gboolean
lc_timeline_query_tooltip (GtkWidget  *widget,
                           int         x,
                           int         y,
                           gboolean    keyboard,
                           GtkTooltip *tooltip)
{
  LcTimeline *self = LC_TIMELINE (widget);
  LcTimelineBlock *block;
  g_autofree char *markup = NULL;
  graphene_rect_t rect;

  if (self->drag.active)
    return FALSE;

  lc_timeline_ensure_layout (self);
  block = keyboard ? lc_timeline_find_block (self, self->focus_id, NULL) : lc_timeline_block_at (self, x, y, NULL);
  if (block == NULL || (markup = lc_timeline_dup_tooltip (self, block->id)) == NULL)
    return FALSE;

  lc_timeline_layout_block_rect (&self->layout, &block->span, &rect);
  gtk_tooltip_set_markup (tooltip, markup);
  /* Moving to the next block asks again. */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) rect.origin.x, (int) rect.origin.y,
                                                       (int) rect.size.width, (int) rect.size.height });
  return TRUE;
}

static void
lc_timeline_direction_changed (GtkWidget        *widget,
                               GtkTextDirection  previous)
{
  invalidate_metrics (LC_TIMELINE (widget));
}

static void
lc_timeline_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (lc_timeline_parent_class)->css_changed (widget, change);
  invalidate_metrics (LC_TIMELINE (widget));
}

static void
lc_timeline_system_setting_changed (GtkWidget        *widget,
                                    GtkSystemSetting  setting)
{
  GTK_WIDGET_CLASS (lc_timeline_parent_class)->system_setting_changed (widget, setting);
  invalidate_metrics (LC_TIMELINE (widget));
}

static void
lc_timeline_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LcTimeline *self = LC_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_DAY:
      g_value_set_string (value, self->day);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_timeline_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LcTimeline *self = LC_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_DAY:
      lc_timeline_set_day (self, g_value_get_string (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (guint) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (guint) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_timeline_dispose (GObject *object)
{
  LcTimeline *self = LC_TIMELINE (object);

  if (self->autoscroll_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->autoscroll_id);
      self->autoscroll_id = 0;
    }
  disconnect_model (self);
  g_clear_object (&self->model);
  g_clear_object (&self->undo);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, on_adjustment_value_changed, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_value_changed, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  if (self->blocks != NULL)
    g_array_set_size (self->blocks, 0);
  if (self->columns != NULL)
    g_array_set_size (self->columns, 0);

  G_OBJECT_CLASS (lc_timeline_parent_class)->dispose (object);
}

static void
lc_timeline_finalize (GObject *object)
{
  LcTimeline *self = LC_TIMELINE (object);

  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->columns, g_array_unref);
  g_free (self->day);

  G_OBJECT_CLASS (lc_timeline_parent_class)->finalize (object);
}

static void
lc_timeline_class_init (LcTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = lc_timeline_get_property;
  object_class->set_property = lc_timeline_set_property;
  object_class->dispose = lc_timeline_dispose;
  object_class->finalize = lc_timeline_finalize;

  widget_class->measure = lc_timeline_measure;
  widget_class->size_allocate = lc_timeline_size_allocate;
  widget_class->snapshot = lc_timeline_snapshot;
  widget_class->query_tooltip = lc_timeline_query_tooltip;
  widget_class->direction_changed = lc_timeline_direction_changed;
  widget_class->css_changed = lc_timeline_css_changed;
  widget_class->system_setting_changed = lc_timeline_system_setting_changed;

  /**
   * LcTimeline:day:
   *
   * The day shown, YYYY-MM-DD.
   */
  properties[PROP_DAY] =
    g_param_spec_string ("day", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * LcTimeline::item-activated:
   * @self: the timeline
   * @item_id: the item's id
   *
   * A block was clicked without being moved, or Enter was pressed on it.
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lc_timeline_init (LcTimeline *self)
{
  self->blocks = g_array_new (FALSE, TRUE, sizeof (LcTimelineBlock));
  g_array_set_clear_func (self->blocks, clear_block);
  self->columns = g_array_new (FALSE, TRUE, sizeof (LcTimelineColumn));
  g_array_set_clear_func (self->columns, clear_column);
  self->dirty = TRUE;

  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  /* Colours follow the light or dark style. */
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (gtk_widget_queue_draw), self);

  lc_timeline_init_input (self);
  lc_timeline_update_accessible (self);
}

/**
 * lc_timeline_new:
 *
 * Returns: (transfer floating): a timeline showing nothing yet
 */
GtkWidget *
lc_timeline_new (void)
{
  return g_object_new (LC_TYPE_TIMELINE, NULL);
}

/**
 * lc_timeline_set_context:
 * @self: a timeline
 * @model: (nullable): the open convention
 * @undo: (nullable): where edits go; without it blocks cannot be moved
 */
void
lc_timeline_set_context (LcTimeline        *self,
                         LcConventionModel *model,
                         LcUndoStack       *undo)
{
  g_return_if_fail (LC_IS_TIMELINE (self));
  g_return_if_fail (model == NULL || LC_IS_CONVENTION_MODEL (model));
  g_return_if_fail (undo == NULL || LC_IS_UNDO_STACK (undo));

  lc_timeline_drag_cancel (self);
  g_set_object (&self->undo, undo);
  if (self->model == model)
    return;

  disconnect_model (self);
  g_set_object (&self->model, model);
  if (model != NULL)
    {
      g_signal_connect_swapped (lc_convention_model_get_items (model), "items-changed",
                                G_CALLBACK (on_model_changed), self);
      g_signal_connect_swapped (lc_convention_model_get_rooms (model), "items-changed",
                                G_CALLBACK (on_model_changed), self);
      g_signal_connect_swapped (lc_convention_model_get_participations (model), "items-changed",
                                G_CALLBACK (on_model_changed), self);
      g_signal_connect_swapped (model, "conflicts-changed", G_CALLBACK (on_model_changed), self);
    }

  self->focus_id = self->hover_id = 0;
  invalidate (self);
}

/**
 * lc_timeline_set_day:
 * @self: a timeline
 * @day: (nullable): the day to show, YYYY-MM-DD
 */
void
lc_timeline_set_day (LcTimeline *self,
                     const char *day)
{
  g_return_if_fail (LC_IS_TIMELINE (self));

  if (g_strcmp0 (self->day, day) == 0)
    return;

  lc_timeline_drag_cancel (self);
  g_free (self->day);
  self->day = g_strdup (day);
  self->focus_id = self->hover_id = 0;
  invalidate (self);
  /* A new day starts at its first hour and its first room. */
  gtk_adjustment_set_value (self->vadjustment, 0);
  lc_timeline_set_scroll_x (self, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAY]);
}

/** lc_timeline_get_day: Returns: (nullable): the day shown, YYYY-MM-DD */
const char *
lc_timeline_get_day (LcTimeline *self)
{
  g_return_val_if_fail (LC_IS_TIMELINE (self), NULL);

  return self->day;
}
