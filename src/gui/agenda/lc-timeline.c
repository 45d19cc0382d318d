/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "lc-timeline-private.h"

/*
 * The timeline shows, for one day, a column per room and a block widget
 * per item (lc-timeline-day.c keeps them up to date with the model).
 *
 * The widget scrolls itself: the adjustments move the grid, and the
 * blocks on it, under a header of room names and beside a gutter of
 * hours, which stay in view.
 *
 * For the keyboard it is one stop: Tab lands on the block last focused
 * (or the first), the arrows move between blocks, and Tab leaves.
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
clear_column (gpointer data)
{
  LcTimelineColumn *column = data;

  g_clear_object (&column->room);
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
  /* The blocks move with the grid. */
  gtk_widget_queue_allocate (GTK_WIDGET (self));
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
  lc_timeline_allocate_blocks (self);
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

/* The block to land on when the keyboard comes in. */
static LcTimelineBlock *
entry_block (LcTimeline *self)
{
  LcTimelineBlock *block;

  lc_timeline_ensure_blocks (self);
  block = lc_timeline_find_block (self, self->focus_id, NULL);
  if (block == NULL && self->blocks->len > 0)
    block = g_ptr_array_index (self->blocks, 0);
  return block;
}

static gboolean
lc_timeline_grab_focus (GtkWidget *widget)
{
  LcTimelineBlock *block = entry_block (LC_TIMELINE (widget));

  return block != NULL && gtk_widget_grab_focus (GTK_WIDGET (block));
}

static gboolean
lc_timeline_focus (GtkWidget        *widget,
                   GtkDirectionType  direction)
{
  /* One stop in the Tab order, as a list is: Tab leaves from any block.
   * Arrows the key controller left alone (say, with Ctrl) do not take the
   * focus out of the grid either. */
  if (gtk_widget_get_focus_child (widget) != NULL)
    return direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD;

  return lc_timeline_grab_focus (widget);
}

static void
lc_timeline_set_focus_child (GtkWidget *widget,
                             GtkWidget *child)
{
  LcTimeline *self = LC_TIMELINE (widget);

  GTK_WIDGET_CLASS (lc_timeline_parent_class)->set_focus_child (widget, child);

  /* However the focus came (Tab, a click, a screen reader), the keyboard
   * is now on that item; it is scrolled into view at the next allocation
   * (not now: the focus may move while the blocks are being rebuilt). */
  if (LC_IS_TIMELINE_BLOCK (child) && LC_TIMELINE_BLOCK (child)->id != self->focus_id)
    {
      self->focus_id = LC_TIMELINE_BLOCK (child)->id;
      if (self->drag.mode == LC_TIMELINE_DRAG_NONE)
        {
          self->reveal_id = self->focus_id;
          gtk_widget_queue_allocate (widget);
        }
      lc_timeline_update_accessible (self);
    }
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
  lc_timeline_clear_blocks (self);
  if (self->columns != NULL)
    g_array_set_size (self->columns, 0);

  G_OBJECT_CLASS (lc_timeline_parent_class)->dispose (object);
}

static void
lc_timeline_finalize (GObject *object)
{
  LcTimeline *self = LC_TIMELINE (object);

  g_clear_pointer (&self->blocks, g_ptr_array_unref);
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
  widget_class->grab_focus = lc_timeline_grab_focus;
  widget_class->focus = lc_timeline_focus;
  widget_class->set_focus_child = lc_timeline_set_focus_child;
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
  self->blocks = g_ptr_array_new ();
  self->columns = g_array_new (FALSE, TRUE, sizeof (LcTimelineColumn));
  g_array_set_clear_func (self->columns, clear_column);
  self->dirty = TRUE;

  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  /* Colours follow the light or dark style (the blocks follow their own
   * style changes). */
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
