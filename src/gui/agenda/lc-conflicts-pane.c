/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-conflicts-pane.h"
#include "lc-places.h"
#include "lc-room-dialog.h"
#include "lc-util.h"

/* Every conflict of the open convention in one list; activating a row asks
 * to show the item where it happens. */

struct _LcConflictsPane
{
  AdwBin             parent_instance;

  GtkStack          *stack;
  GtkListView       *list_view;
  GtkLabel          *summary_label;

  LcConventionModel *model;
  gulong             changed_handler;
  guint              count;
};

G_DEFINE_FINAL_TYPE (LcConflictsPane, lc_conflicts_pane, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_COUNT,
  N_PROPS
};

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *
item_title (LcConventionModel *model,
            gint64             id)
{
  LcRecord *item = lc_convention_model_lookup (model, LC_TYPE_ITEM, id);

  return item ? lc_ui_text (item, "title", NULL) : "";
}

/**
 * lc_conflict_describe:
 * @model: the open convention
 * @conflict: one of its conflicts
 *
 * Returns: (transfer full): a sentence saying what clashes, plain text
 */
char *
lc_conflict_describe (LcConventionModel *model,
                      LcConflict        *conflict)
{
  const char *first = item_title (model, lc_conflict_get_item_id (conflict));
  const char *second = item_title (model, lc_conflict_get_other_item_id (conflict));
  LcRecord *record;

  g_return_val_if_fail (LC_IS_CONVENTION_MODEL (model), NULL);
  g_return_val_if_fail (LC_IS_CONFLICT (conflict), NULL);

  switch (lc_conflict_get_kind (conflict))
    {
    case LC_CONFLICT_PERSON:
      record = lc_convention_model_lookup (model, LC_TYPE_PERSON, lc_conflict_get_person_id (conflict));
      /* Translators: a person's name, then the titles of two agenda items */
      return g_strdup_printf (_("%s is in “%s” and in “%s” at the same time."),
                              record ? lc_ui_text (record, "name", NULL) : "", first, second);
    case LC_CONFLICT_ROOM:
      record = lc_convention_model_lookup (model, LC_TYPE_ROOM, lc_conflict_get_room_id (conflict));
      /* Translators: a room's name, then the titles of two agenda items */
      return g_strdup_printf (_("%s holds “%s” and “%s” at the same time."),
                              record ? lc_ui_text (record, "name", NULL) : "", first, second);
    case LC_CONFLICT_PLACE:
      record = lc_convention_model_lookup (model, LC_TYPE_PLACE, lc_conflict_get_place_id (conflict));
      /* Translators: the titles of two agenda items, then the name of the
       * off-site place (a museum, a factory) both visit */
      return g_strdup_printf (_("“%1$s” and “%2$s” both go to %3$s at the same time."),
                              first, second, record ? lc_ui_text (record, "name", NULL) : "");
    case LC_CONFLICT_OUTSIDE_DATES:
      {
        /* The day, so that the organiser sees where the item went (a file
         * imported with a day the convention does not have). */
        LcRecord *item = lc_convention_model_lookup (model, LC_TYPE_ITEM,
                                                     lc_conflict_get_item_id (conflict));
        g_autofree char *day = lc_format_date (item ? lc_record_get_string (item, "day") : "");

        /* Translators: an agenda item's title, then its day */
        return g_strdup_printf (_("“%1$s” is on %2$s, outside the convention’s dates."), first, day);
      }
    case LC_CONFLICT_OVER_CAPACITY:
      {
        LcRecord *item = lc_convention_model_lookup (model, LC_TYPE_ITEM, lc_conflict_get_item_id (conflict));

        record = lc_convention_model_lookup (model, LC_TYPE_ROOM, lc_conflict_get_room_id (conflict));
        if (record != NULL && item != NULL)
          return lc_room_describe_over_capacity (record, lc_item_get_expected_attendance (LC_ITEM (item)), first);
        return g_strdup ("");
      }
    case LC_CONFLICT_BAD_TIMES:
    default:
      return g_strdup_printf (_("“%s” does not end after it starts."), first);
    }
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *body = gtk_label_new (NULL);

  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (body), 0);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (body), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), body);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  LcConflictsPane *self = user_data;
  LcConflict *conflict = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *labels = gtk_widget_get_last_child (box);
  g_autofree char *text = lc_conflict_describe (self->model, conflict);

  /* Plain labels: names come from the library. */
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (labels)),
                      lc_conflict_kind_get_title (lc_conflict_get_kind (conflict)));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (labels)), text);
}

static void
on_list_view_activate_cb (GtkListView     *list_view,
                          guint            position,
                          LcConflictsPane *self)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list_view));
  g_autoptr(LcConflict) conflict = g_list_model_get_item (model, position);

  if (conflict != NULL)
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, lc_conflict_get_item_id (conflict));
}

static void
refresh (LcConflictsPane *self)
{
  LcConflictList *conflicts = self->model ? lc_convention_model_get_conflicts (self->model) : NULL;
  g_autoptr(GtkNoSelection) selection = NULL;
  guint count = conflicts ? g_list_model_get_n_items (G_LIST_MODEL (conflicts)) : 0;

  if (conflicts != NULL)
    selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (conflicts)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  gtk_stack_set_visible_child_name (self->stack, count > 0 ? "list" : "empty");

  if (count > 0)
    {
      g_autofree char *summary = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u conflict",
                                                               "%u conflicts", count), count);
      gtk_label_set_text (self->summary_label, summary);
    }

  if (count != self->count)
    {
      self->count = count;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNT]);
    }
}

static void
lc_conflicts_pane_dispose (GObject *object)
{
  LcConflictsPane *self = LC_CONFLICTS_PANE (object);

  if (self->model)
    g_clear_signal_handler (&self->changed_handler, self->model);
  g_clear_object (&self->model);
  /* No gtk_widget_dispose_template (): AdwBin unparents its child itself. */

  G_OBJECT_CLASS (lc_conflicts_pane_parent_class)->dispose (object);
}

static void
lc_conflicts_pane_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LcConflictsPane *self = LC_CONFLICTS_PANE (object);

  switch (prop_id)
    {
    case PROP_COUNT:
      g_value_set_uint (value, self->count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_conflicts_pane_class_init (LcConflictsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_conflicts_pane_dispose;
  object_class->get_property = lc_conflicts_pane_get_property;

  properties[PROP_COUNT] =
    g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LcConflictsPane::item-activated:
   * @item_id: the item the chosen conflict is about
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/agenda/lc-conflicts-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, LcConflictsPane, stack);
  gtk_widget_class_bind_template_child (widget_class, LcConflictsPane, list_view);
  gtk_widget_class_bind_template_child (widget_class, LcConflictsPane, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
}

static void
lc_conflicts_pane_init (LcConflictsPane *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
}

/**
 * lc_conflicts_pane_set_model:
 * @self: the pane
 * @model: (nullable): the open convention
 *
 * Shows @model's conflicts and follows them as they change.
 */
void
lc_conflicts_pane_set_model (LcConflictsPane   *self,
                             LcConventionModel *model)
{
  g_return_if_fail (LC_IS_CONFLICTS_PANE (self));

  if (self->model == model)
    return;

  if (self->model)
    g_clear_signal_handler (&self->changed_handler, self->model);
  g_set_object (&self->model, model);
  if (model != NULL)
    self->changed_handler = g_signal_connect_swapped (model, "conflicts-changed", G_CALLBACK (refresh), self);

  refresh (self);
}

guint
lc_conflicts_pane_get_count (LcConflictsPane *self)
{
  g_return_val_if_fail (LC_IS_CONFLICTS_PANE (self), 0);

  return self->count;
}
