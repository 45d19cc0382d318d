/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-language-tag.h"
#include "lc-timeline-private.h"
#include "lc-util.h"

/*
 * A block is a widget so that it can hold the keyboard focus and be an
 * object of its own for screen readers: GTK 4.8 exposes only widgets to
 * assistive technologies (accessible objects that are not widgets came in
 * GTK 4.10). It is a button to them: its name says when, what and where,
 * and activating it opens the item, as Enter and Space do.
 *
 * The timeline does the rest: it places the blocks, takes the pointer
 * (a block is not a target: presses and drags go to the timeline, which
 * knows the grid), and moves the focus between blocks with the arrows.
 */

G_DEFINE_FINAL_TYPE (LcTimelineBlock, lc_timeline_block, GTK_TYPE_WIDGET)

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
lc_timeline_block_activate (LcTimelineBlock *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (LC_IS_TIMELINE (parent) && self->item != NULL)
    lc_timeline_emit_activated (LC_TIMELINE (parent), self->id);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  lc_timeline_block_activate (LC_TIMELINE_BLOCK (widget));
}

static void
lc_timeline_block_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  LcTimelineBlock *self = LC_TIMELINE_BLOCK (widget);
  LcTimelinePalette palette;
  guint state = 0;

  if (self->item == NULL)
    return;

  lc_timeline_get_palette (widget, &palette);
  if (self->hover)
    state |= LC_TIMELINE_BLOCK_HOVER | (self->hover_edge ? LC_TIMELINE_BLOCK_EDGE : 0);
  if (gtk_widget_has_visible_focus (widget))
    state |= LC_TIMELINE_BLOCK_FOCUS;
  lc_timeline_block_draw (self, snapshot, &palette,
                          &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget)),
                          self->span.start, self->span.end, state);
}

static void
lc_timeline_block_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  /* The timeline gives each block its item's slot, whatever its text. */
  *minimum = *natural = 0;
}

static void
lc_timeline_block_state_flags_changed (GtkWidget     *widget,
                                       GtkStateFlags  previous)
{
  GtkStateFlags changed = previous ^ gtk_widget_get_state_flags (widget);

  GTK_WIDGET_CLASS (lc_timeline_block_parent_class)->state_flags_changed (widget, previous);
  /* The focus ring is drawn here, not by the style. */
  if (changed & (GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE))
    gtk_widget_queue_draw (widget);
}

static void
lc_timeline_block_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (lc_timeline_block_parent_class)->css_changed (widget, change);
  /* Colours and fonts come from the style: light or dark, larger text. */
  gtk_widget_queue_draw (widget);
}

static void
lc_timeline_block_direction_changed (GtkWidget        *widget,
                                     GtkTextDirection  previous)
{
  gtk_widget_queue_draw (widget);
}

static void
lc_timeline_block_dispose (GObject *object)
{
  LcTimelineBlock *self = LC_TIMELINE_BLOCK (object);

  g_clear_object (&self->item);

  G_OBJECT_CLASS (lc_timeline_block_parent_class)->dispose (object);
}

static void
lc_timeline_block_finalize (GObject *object)
{
  LcTimelineBlock *self = LC_TIMELINE_BLOCK (object);

  g_free (self->label);
  g_free (self->shown.title);
  g_free (self->shown.room);
  g_free (self->shown.track);

  G_OBJECT_CLASS (lc_timeline_block_parent_class)->finalize (object);
}

static void
lc_timeline_block_class_init (LcTimelineBlockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const guint activate_keys[] = { GDK_KEY_Return, GDK_KEY_ISO_Enter, GDK_KEY_KP_Enter, GDK_KEY_space, GDK_KEY_KP_Space };

  object_class->dispose = lc_timeline_block_dispose;
  object_class->finalize = lc_timeline_block_finalize;

  widget_class->snapshot = lc_timeline_block_snapshot;
  widget_class->measure = lc_timeline_block_measure;
  widget_class->state_flags_changed = lc_timeline_block_state_flags_changed;
  widget_class->css_changed = lc_timeline_block_css_changed;
  widget_class->direction_changed = lc_timeline_block_direction_changed;

  /**
   * LcTimelineBlock::activate:
   * @self: the block
   *
   * Opens the item: Enter or Space on the block, or a screen reader's
   * "click". The timeline emits item-activated.
   */
  signals[ACTIVATE] =
    g_signal_new_class_handler ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                G_CALLBACK (lc_timeline_block_activate), NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);
  /* GTK 4.8 offers screen readers the actions installed on a widget that
   * is not a GtkButton: this is their "click". */
  gtk_widget_class_install_action (widget_class, "block.activate", NULL, activate_action);
  for (guint i = 0; i < G_N_ELEMENTS (activate_keys); i++)
    gtk_widget_class_add_binding_signal (widget_class, activate_keys[i], 0, "activate", NULL);

  gtk_widget_class_set_css_name (widget_class, "block");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
lc_timeline_block_init (LcTimelineBlock *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  /* The pointer is the timeline's: it finds blocks on its grid, under
   * the header and the gutter that cover it. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

LcTimelineBlock *
lc_timeline_block_new (void)
{
  return g_object_new (LC_TYPE_TIMELINE_BLOCK, NULL);
}

/* What the block says and draws depends on these only (the lanes change
 * its size, and GTK redraws it then). */
static gboolean
shows_already (LcTimelineBlock *self,
               LcItem          *item,
               const char      *title,
               gboolean         tagged,
               guint            n_conflicts,
               const char      *room_name,
               LcDigits         digits)
{
  LcRecord *record = LC_RECORD (item);

  return self->item == item && self->shown.start == self->span.start && self->shown.end == self->span.end
         && self->n_conflicts == n_conflicts && self->shown.digits == digits && self->shown.tagged == tagged
         && self->shown.kind == lc_item_get_kind (LC_ITEM (record))
         && self->shown.number == lc_item_get_number (LC_ITEM (record))
         && g_strcmp0 (self->shown.title, title) == 0 && g_strcmp0 (self->shown.room, room_name) == 0;
}

/* Each update is a message to screen readers: only a real change. */
static void
update_label (LcTimelineBlock *self)
{
  g_autofree char *label = lc_timeline_block_label (self->item, self->span.start, self->span.end,
                                                    self->shown.room, self->shown.track, self->n_conflicts);

  if (g_strcmp0 (label, self->label) != 0)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_free (self->label);
      self->label = g_steal_pointer (&label);
    }
}

/**
 * lc_timeline_block_set_track:
 * @self: a block
 * @track_name: (nullable): the name of its item's track, or %NULL
 *
 * Shows the track after the time and kind: a name, never a colour alone.
 */
void
lc_timeline_block_set_track (LcTimelineBlock *self,
                             const char      *track_name)
{
  if (g_strcmp0 (self->shown.track, track_name) == 0)
    return;
  g_free (self->shown.track);
  self->shown.track = g_strdup (track_name);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (self->item != NULL)
    update_label (self);
}

/**
 * lc_timeline_block_set_item:
 * @self: a block
 * @item: the item it shows
 * @n_conflicts: how many conflicts the item has
 * @room_name: the name of its room's column, as the header shows it
 * @digits: the digits the user reads, as lc_ui_digits() says
 * @tags: whether a title in the other language carries a tag (see
 *   lc_language_tag_wanted())
 *
 * Shows @item (its span must be set) and says it to assistive
 * technologies. Called on every rebuild of the day, since the item may
 * have changed in place; only a block that changed is redrawn and
 * announced again, so an edit costs one block, not the day.
 */
void
lc_timeline_block_set_item (LcTimelineBlock *self,
                            LcItem          *item,
                            guint            n_conflicts,
                            const char      *room_name,
                            LcDigits         digits,
                            gboolean         tags)
{
  LcRecord *record = LC_RECORD (item);
  gboolean fell_back = FALSE;
  const char *title = lc_ui_text (record, "title", &fell_back);
  gboolean was_tagged = self->shown.tagged;

  fell_back = fell_back && tags;
  if (shows_already (self, item, title, fell_back, n_conflicts, room_name, digits))
    return;

  g_set_object (&self->item, item);
  self->id = lc_record_get_id (record);
  self->n_conflicts = n_conflicts;
  self->shown.start = self->span.start;
  self->shown.end = self->span.end;
  self->shown.digits = digits;
  self->shown.tagged = fell_back;
  self->shown.kind = lc_item_get_kind (LC_ITEM (record));
  self->shown.number = lc_item_get_number (LC_ITEM (record));
  g_free (self->shown.title);
  self->shown.title = g_strdup (title);
  g_free (self->shown.room);
  self->shown.room = g_strdup (room_name);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  update_label (self);
  /* The tag drawn after the time is said as the language, in words. */
  if (fell_back && !was_tagged)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    lc_language_tag_spoken (), -1);
  else if (!fell_back && was_tagged)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

void
lc_timeline_block_set_hover (LcTimelineBlock *self,
                             gboolean         hover,
                             gboolean         edge)
{
  hover = !!hover;
  edge = hover && edge;
  if (self->hover == (guint) hover && self->hover_edge == (guint) edge)
    return;

  self->hover = hover;
  self->hover_edge = edge;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/** lc_timeline_block_get_item_id: Returns: the id of the item shown */
gint64
lc_timeline_block_get_item_id (LcTimelineBlock *self)
{
  g_return_val_if_fail (LC_IS_TIMELINE_BLOCK (self), 0);

  return self->id;
}

/** lc_timeline_block_get_item: Returns: (transfer none) (nullable): the item shown */
LcItem *
lc_timeline_block_get_item (LcTimelineBlock *self)
{
  g_return_val_if_fail (LC_IS_TIMELINE_BLOCK (self), NULL);

  return self->item;
}

/** lc_timeline_block_get_n_conflicts: Returns: how many conflicts the block is marked with */
guint
lc_timeline_block_get_n_conflicts (LcTimelineBlock *self)
{
  g_return_val_if_fail (LC_IS_TIMELINE_BLOCK (self), 0);

  return self->n_conflicts;
}
