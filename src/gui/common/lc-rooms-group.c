/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-a11y.h"
#include "lc-feedback.h"
#include "lc-list-rows.h"
#include "lc-room-dialog.h"
#include "lc-rooms.h"
#include "lc-rooms-group.h"
#include "lc-text.h"
#include "lc-util.h"

/*
 * The convention's rooms in Convention Details: listed in their order (the
 * timeline's columns), each with what it holds and where it is under its
 * name; added and edited in lc-room-dialog.c,
 * moved with Alt+Up/Alt+Down or by drag, deleted after saying which items
 * would lose their room. Every change is one step of the convention's undo
 * history, which Ctrl+Z and Ctrl+Shift+Z take back and forth from here,
 * since this window cannot reach the convention view's Undo.
 */

struct _LcRoomsGroup
{
  AdwPreferencesGroup  parent_instance;

  GtkButton           *add_button;
  GtkListBox          *list;

  LcConventionModel   *model;
  LcUndoStack         *undo;
};

G_DEFINE_FINAL_TYPE (LcRoomsGroup, lc_rooms_group, ADW_TYPE_PREFERENCES_GROUP)

static void
show_error (LcRoomsGroup *self,
            const GError *error)
{
  lc_widget_show_error (GTK_WIDGET (self), error);
}

static GListModel *
rooms (LcRoomsGroup *self)
{
  return lc_convention_model_get_rooms (self->model);
}

/* The room a row shows, by its place in the list. */
static LcRecord *
room_at (LcRoomsGroup *self,
         int           index)
{
  if (index < 0 || (guint) index >= g_list_model_get_n_items (rooms (self)))
    return NULL;
  return g_list_model_get_item (rooms (self), index);
}

static void
move_room (LcRoomsGroup *self,
           guint         from,
           guint         to)
{
  g_autoptr(GError) error = NULL;

  if (!lc_rooms_move (self->undo, rooms (self), from, to, &error))
    {
      show_error (self, error);
      return;
    }
  /* The list was rebuilt: the keyboard follows the room. */
  lc_list_rows_focus (self->list, to);
}

/* Alt+Up (@parameter -1) and Alt+Down (+1) on a room's row. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LcRoomsGroup *self = LC_ROOMS_GROUP (widget);
  int from = lc_list_rows_focused_index (self->list);
  int to = from + g_variant_get_int32 (parameter);

  if (from < 0 || to < 0 || (guint) to >= g_list_model_get_n_items (rooms (self)))
    return;
  move_room (self, from, to);
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LcRoomsGroup *self = LC_ROOMS_GROUP (widget);

  lc_list_rows_history (self->list, rooms (self), self->undo, g_str_equal (action_name, "rooms.redo"),
                        GTK_WIDGET (self->add_button));
}

/* After Add Room or Edit Room: the keyboard on the room's row, so that
 * Alt+Up, Alt+Down and Ctrl+Z go on working from here. */
static void
on_room_saved_cb (gpointer user_data,
                  gboolean added)
{
  LcRoomsGroup *self = user_data;

  if (self->model == NULL)
    return;
  if (added)
    lc_list_rows_focus (self->list, g_list_model_get_n_items (rooms (self)) - 1);
  else
    lc_list_rows_focus (self->list, MAX (lc_list_rows_focused_index (self->list), 0));
}

static void
ask_room (LcRoomsGroup *self,
          LcRecord     *room)
{
  lc_room_dialog_present (GTK_WIDGET (self), self->model, self->undo, room, on_room_saved_cb, self);
}

static void
on_add_button_clicked_cb (GtkButton    *button,
                          LcRoomsGroup *self)
{
  if (self->model != NULL)
    ask_room (self, NULL);
}

static LcRecord *
room_of_row_child (LcRoomsGroup *self,
                   GtkWidget    *child)
{
  GtkWidget *row = gtk_widget_get_ancestor (child, GTK_TYPE_LIST_BOX_ROW);

  return row ? room_at (self, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row))) : NULL;
}

static void
on_edit_clicked_cb (GtkButton    *button,
                    LcRoomsGroup *self)
{
  g_autoptr(LcRecord) room = room_of_row_child (self, GTK_WIDGET (button));

  if (room != NULL)
    ask_room (self, room);
}

static void
delete_room (LcRoomsGroup *self,
             LcRecord     *room)
{
  g_autoptr(GError) error = NULL;

  if (!lc_rooms_delete (self->undo, room, &error))
    show_error (self, error);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       LcRoomsGroup     *self)
{
  LcRecord *room = g_object_get_data (G_OBJECT (dialog), "lc-room");

  if (g_str_equal (response, "delete") && self->undo != NULL)
    delete_room (self, room);
}

/* A room no item uses goes at once (Ctrl+Z brings it back); one that items
 * use is deleted only once the person knows which lose their room. */
static void
on_delete_clicked_cb (GtkButton    *button,
                      LcRoomsGroup *self)
{
  g_autoptr(LcRecord) room = room_of_row_child (self, GTK_WIDGET (button));
  g_autoptr(GListStore) items = NULL;
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *count = NULL;
  g_autofree char *list = NULL;
  g_autofree char *body = NULL;
  const char *name;
  GtkWidget *dialog;
  guint n;

  if (room == NULL)
    return;
  items = lc_rooms_list_items (lc_convention_model_get_store (self->model), room, &error);
  if (items == NULL)
    {
      show_error (self, error);
      return;
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (items));
  if (n == 0)
    {
      delete_room (self, room);
      return;
    }

  name = lc_ui_text (room, "name", NULL);
  for (guint i = 0; i < n; i++)
    {
      LcRecord *item = g_list_model_get_item (G_LIST_MODEL (items), i);

      g_ptr_array_add (titles, (gpointer) lc_ui_text (item, "title", NULL));
      g_ptr_array_add (shown, lc_text_isolate (lc_ui_text (item, "title", NULL)));
      g_object_unref (item);   /* the list keeps it, and so its title */
    }
  list = lc_ui_join_list (titles, shown);
  /* Translators: %1$u is a number of agenda items, %2$s a room's name */
  count = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u item is in “%2$s”:", "%1$u items are in “%2$s”:", n),
                        n, name);
  /* Translators: %1$s says how many items are in the room, %2$s lists them */
  body = g_strdup_printf (_("%1$s %2$s. They will have no room."), count, list);
  /* Translators: %s is a room's name */
  heading = g_strdup_printf (_("Delete “%s”?"), name);

  dialog = lc_delete_question_new (lc_widget_get_window (GTK_WIDGET (self)), heading, body);
  g_object_set_data_full (G_OBJECT (dialog), "lc-room", g_steal_pointer (&room), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Dragging a row onto another moves the room to that place. */
static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    LcRoomsGroup  *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));

  g_autofree char *index = g_strdup_printf ("%d", gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));

  /* As text: under Xvfb a drag carrying only a GType was never dropped,
   * one carrying text is (journey-room-details drags rows, releasing only
   * once the row under the pointer has accepted the drop). The drop takes
   * it only from a drag of this process. */
  return gdk_content_provider_new_typed (G_TYPE_STRING, index);
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            LcRoomsGroup  *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  GdkDrop *drop = gtk_drop_target_get_current_drop (target);
  const char *text = g_value_get_string (value);
  int to = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  guint n = g_list_model_get_n_items (rooms (self));
  gint64 from = -1;

  /* Only a row of this list, never text dropped from elsewhere. */
  if (drop == NULL || gdk_drop_get_drag (drop) == NULL
      || text == NULL || !g_ascii_string_to_signed (text, 10, 0, G_MAXINT, &from, NULL))
    return FALSE;
  if (from < 0 || to < 0 || (guint) from >= n || (guint) to >= n || from == to)
    return FALSE;
  move_room (self, from, to);
  return TRUE;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  LcRoomsGroup *self = user_data;
  LcRecord *room = item;
  GtkWidget *row = adw_action_row_new ();
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
  g_autofree char *rename = NULL;
  g_autofree char *delete = NULL;
  const char *name = lc_ui_text (room, "name", NULL);

  /* A name is the person's text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  {
    g_autofree char *subtitle = lc_room_describe (room);

    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  }
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, TRUE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("list-drag-handle-symbolic"));

  /* Translators: %s is a room's name */
  rename = g_strdup_printf (_("Edit “%s”"), name);
  /* Translators: %s is a room's name */
  delete = g_strdup_printf (_("Delete “%s”"), name);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             lc_list_rows_icon_button (self, "document-edit-symbolic", rename,
                                                       G_CALLBACK (on_edit_clicked_cb)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             lc_list_rows_icon_button (self, "user-trash-symbolic", delete,
                                                       G_CALLBACK (on_delete_clicked_cb)));

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (on_drag_prepare_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect_object (target, "drop", G_CALLBACK (on_drop_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  return row;
}

static void
lc_rooms_group_dispose (GObject *object)
{
  LcRoomsGroup *self = LC_ROOMS_GROUP (object);

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->model);
  g_clear_object (&self->undo);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_ROOMS_GROUP);

  G_OBJECT_CLASS (lc_rooms_group_parent_class)->dispose (object);
}

static void
lc_rooms_group_class_actions_init (GtkWidgetClass *widget_class)
{
  lc_list_rows_install (widget_class, "rooms", move_action, history_action);
}

static void
lc_rooms_group_class_init (LcRoomsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_rooms_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/common/lc-rooms-group.ui");
  gtk_widget_class_bind_template_child (widget_class, LcRoomsGroup, add_button);
  gtk_widget_class_bind_template_child (widget_class, LcRoomsGroup, list);
  gtk_widget_class_bind_template_callback (widget_class, on_add_button_clicked_cb);

  lc_rooms_group_class_actions_init (widget_class);
}

static void
lc_rooms_group_init (LcRoomsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * lc_rooms_group_set_context:
 * @self: the group
 * @model: the open convention
 * @undo: its undo history
 *
 * Lists @model's rooms, following every change to them.
 */
void
lc_rooms_group_set_context (LcRoomsGroup      *self,
                            LcConventionModel *model,
                            LcUndoStack       *undo)
{
  g_return_if_fail (LC_IS_ROOMS_GROUP (self));
  g_return_if_fail (LC_IS_CONVENTION_MODEL (model));
  g_return_if_fail (LC_IS_UNDO_STACK (undo));

  g_set_object (&self->model, model);
  g_set_object (&self->undo, undo);
  gtk_list_box_bind_model (self->list, rooms (self), create_row, self, NULL);
}
