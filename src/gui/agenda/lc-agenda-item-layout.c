/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-agenda-item-layout.h"

/*
 * Why not a horizontal GtkBox: on every allocation a box asks each child
 * its width for the allocated height. A wrapping GtkLabel answers that
 * (GTK 4.8) by searching for the width, laying its text out once per step,
 * twice over (natural and minimum width): some fifteen to thirty layouts
 * for each title and line of names, on each of the ~200 rows GTK 4.8's list
 * view builds at first. This layout asks only what it needs: each child's
 * width for no height in particular, then its height for the width it gets.
 */

struct _LcAgendaItemLayout
{
  GtkLayoutManager parent_instance;

  int spacing;
};

G_DEFINE_FINAL_TYPE (LcAgendaItemLayout, lc_agenda_item_layout, GTK_TYPE_LAYOUT_MANAGER)

enum {
  PROP_0,
  PROP_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  GtkWidget *child;
  int        min;
  int        nat;
  int        width;
  gboolean   expand;
} Slot;

/* The visible children with their widths measured for no height. */
static GArray *
collect_slots (GtkWidget *widget)
{
  GArray *slots = g_array_new (FALSE, TRUE, sizeof (Slot));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      Slot slot = { child, 0, 0, 0, FALSE };

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &slot.min, &slot.nat, NULL, NULL);
      slot.expand = gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL);
      g_array_append_val (slots, slot);
    }

  return slots;
}

/* Shares @width out: each child gets its minimum, the children that do
 * not expand then get up to their natural width, and the expanding ones
 * share what is left. */
static void
distribute (LcAgendaItemLayout *self,
            GArray             *slots,
            int                 width)
{
  int extra = width - self->spacing * MAX ((int) slots->len - 1, 0);
  guint n_expand = 0;

  for (guint i = 0; i < slots->len; i++)
    {
      Slot *slot = &g_array_index (slots, Slot, i);

      slot->width = slot->min;
      extra -= slot->min;
      n_expand += slot->expand;
    }

  for (guint i = 0; i < slots->len && extra > 0; i++)
    {
      Slot *slot = &g_array_index (slots, Slot, i);
      int more = slot->expand ? 0 : MIN (extra, slot->nat - slot->min);

      slot->width += more;
      extra -= more;
    }

  for (guint i = 0, seen = 0; i < slots->len && extra > 0 && n_expand > 0; i++)
    {
      Slot *slot = &g_array_index (slots, Slot, i);

      if (!slot->expand)
        continue;
      /* The first expanding children take the odd pixels. */
      slot->width += extra / (int) n_expand + ((guint) (extra % (int) n_expand) > seen ? 1 : 0);
      seen++;
    }
}

static GtkSizeRequestMode
lc_agenda_item_layout_get_request_mode (GtkLayoutManager *manager,
                                        GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
lc_agenda_item_layout_measure (GtkLayoutManager *manager,
                               GtkWidget        *widget,
                               GtkOrientation    orientation,
                               int               for_size,
                               int              *minimum,
                               int              *natural,
                               int              *minimum_baseline,
                               int              *natural_baseline)
{
  LcAgendaItemLayout *self = LC_AGENDA_ITEM_LAYOUT (manager);
  g_autoptr(GArray) slots = collect_slots (widget);
  int min = 0, nat = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The width does not depend on the height: for_size is not asked on. */
      for (guint i = 0; i < slots->len; i++)
        {
          min += g_array_index (slots, Slot, i).min;
          nat += g_array_index (slots, Slot, i).nat;
        }
      min += self->spacing * MAX ((int) slots->len - 1, 0);
      nat += self->spacing * MAX ((int) slots->len - 1, 0);
    }
  else
    {
      if (for_size >= 0)
        distribute (self, slots, for_size);
      for (guint i = 0; i < slots->len; i++)
        {
          Slot *slot = &g_array_index (slots, Slot, i);
          int child_min, child_nat;

          gtk_widget_measure (slot->child, GTK_ORIENTATION_VERTICAL, for_size >= 0 ? slot->width : -1,
                              &child_min, &child_nat, NULL, NULL);
          min = MAX (min, child_min);
          nat = MAX (nat, child_nat);
        }
    }

  *minimum = min;
  *natural = nat;
  *minimum_baseline = -1;
  *natural_baseline = -1;
}

static void
lc_agenda_item_layout_allocate (GtkLayoutManager *manager,
                                GtkWidget        *widget,
                                int               width,
                                int               height,
                                int               baseline)
{
  LcAgendaItemLayout *self = LC_AGENDA_ITEM_LAYOUT (manager);
  g_autoptr(GArray) slots = collect_slots (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int x = 0;

  distribute (self, slots, width);
  for (guint i = 0; i < slots->len; i++)
    {
      Slot *slot = &g_array_index (slots, Slot, i);
      GtkAllocation allocation = { rtl ? width - x - slot->width : x, 0, slot->width, height };

      gtk_widget_size_allocate (slot->child, &allocation, -1);
      x += slot->width + self->spacing;
    }
}

static void
lc_agenda_item_layout_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LcAgendaItemLayout *self = LC_AGENDA_ITEM_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_agenda_item_layout_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LcAgendaItemLayout *self = LC_AGENDA_ITEM_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      lc_agenda_item_layout_set_spacing (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_agenda_item_layout_class_init (LcAgendaItemLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->get_property = lc_agenda_item_layout_get_property;
  object_class->set_property = lc_agenda_item_layout_set_property;
  layout_class->get_request_mode = lc_agenda_item_layout_get_request_mode;
  layout_class->measure = lc_agenda_item_layout_measure;
  layout_class->allocate = lc_agenda_item_layout_allocate;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_agenda_item_layout_init (LcAgendaItemLayout *self)
{
}

/**
 * lc_agenda_item_layout_new:
 *
 * Returns: (transfer full): a layout for an agenda item's line
 */
GtkLayoutManager *
lc_agenda_item_layout_new (void)
{
  return g_object_new (LC_TYPE_AGENDA_ITEM_LAYOUT, NULL);
}

/** lc_agenda_item_layout_get_spacing: Returns: the pixels between two children */
int
lc_agenda_item_layout_get_spacing (LcAgendaItemLayout *self)
{
  g_return_val_if_fail (LC_IS_AGENDA_ITEM_LAYOUT (self), 0);

  return self->spacing;
}

/**
 * lc_agenda_item_layout_set_spacing:
 * @self: a layout
 * @spacing: the pixels between two children
 *
 * Sets the space between two children.
 */
void
lc_agenda_item_layout_set_spacing (LcAgendaItemLayout *self,
                                   int                 spacing)
{
  g_return_if_fail (LC_IS_AGENDA_ITEM_LAYOUT (self));

  if (self->spacing == spacing)
    return;
  self->spacing = spacing;
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}
