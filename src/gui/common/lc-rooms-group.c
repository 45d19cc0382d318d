/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-a11y.h"
#include "lc-bilingual-entry.h"
#include "lc-feedback.h"
#include "lc-list-rows.h"
#include "lc-places.h"
#include "lc-room-dialog.h"
#include "lc-rooms.h"
#include "lc-rooms-group.h"
#include "lc-text.h"
#include "lc-tracks.h"
#include "lc-util.h"

/*
 * The convention's rooms in Convention Details: listed in their order (the
 * timeline's columns), each with what it holds and where it is under its
 * name; added and edited in lc-room-dialog.c,
 * moved with Alt+Up/Alt+Down or by drag, deleted after saying which items
 * would lose their room. Every change is one step of the convention's undo
 * history, which Ctrl+Z and Ctrl+Shift+Z take back and forth from here,
 * since this window cannot reach the convention view's Undo.
 *
 * The convention's tracks (themes) are edited the same way, by the same
 * class with the words and edits of tracks, and a colour to choose; and its
 * off-site places, with an address in each language.
 */

/* What the group lists: its words and its edits (lc-rooms.c, lc-tracks.c). */
typedef struct
{
  GListModel *(*list)   (LcConventionModel *model);
  LcRecord   *(*add)    (LcUndoStack *undo, GListModel *list, gint64 convention_id,
                         const char *name_ar, const char *name_en, GError **error);
  gboolean    (*rename) (LcUndoStack *undo, LcRecord *record, const char *name_ar,
                         const char *name_en, GError **error);
  gboolean    (*move)   (LcUndoStack *undo, GListModel *list, guint from, guint to, GError **error);
  gboolean    (*delete) (LcUndoStack *undo, LcRecord *record, GError **error);
  const char  *item_column;   /* the items' column that names one */
  const char  *title;
  const char  *description;
  const char  *add_label;
  const char  *empty;
  const char  *add_heading;
  const char  *rename_heading;
  const char  *orphans;       /* what the items of a deleted one become */
  gboolean     colours;
  gboolean     addresses;     /* places: add and rename through lc-places.c */
} GroupKind;

static const GroupKind room_kind = {
  lc_convention_model_get_rooms, lc_rooms_add, lc_rooms_rename, lc_rooms_move, lc_rooms_delete, "room_id",
  N_("Rooms"),
  N_("The timeline shows a column for each room, in this order. Alt+Up and Alt+Down move the focused room; "
     "rooms can also be dragged."),
  N_("_Add Room…"), N_("No rooms yet"), N_("Add Room"), N_("Rename Room"), N_("They will have no room."), FALSE,
};

static const GroupKind track_kind = {
  lc_convention_model_get_tracks, lc_tracks_add, lc_tracks_rename, lc_tracks_move, lc_tracks_delete, "track_id",
  N_("Tracks"),
  N_("Themes that items belong to, each with a colour; the agenda can show one track at a time. "
     "Alt+Up and Alt+Down move the focused track."),
  N_("Add _Track…"), N_("No tracks yet"), N_("Add Track"), N_("Rename Track"), N_("They will have no track."), TRUE,
  FALSE,
};

static const GroupKind place_kind = {
  lc_convention_model_get_places, NULL, NULL, lc_places_move, lc_places_delete, "place_id",
  N_("Places"),
  N_("Places away from the venue that field visits go to, each with its address. "
     "Alt+Up and Alt+Down move the focused place."),
  N_("Add _Place…"), N_("No places yet"), N_("Add Place"), N_("Edit Place"), N_("They will have no place."),
  FALSE, TRUE,
};

/* The colours of lc_track_palette_colour (), named for those who cannot
 * tell them apart. */
static const char *const colour_names[LC_TRACK_N_COLOURS] = {
  N_("Blue"), N_("Green"), N_("Orange"), N_("Red"), N_("Purple"), N_("Brown"), N_("Teal"), N_("Grey"),
};

struct _LcRoomsGroup
{
  AdwPreferencesGroup  parent_instance;

  GtkButton           *add_button;
  GtkListBox          *list;

  LcConventionModel   *model;
  LcUndoStack         *undo;
  const GroupKind     *kind;
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
  return self->kind->list (self->model);
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

  if (!self->kind->move (self->undo, rooms (self), from, to, &error))
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

/* Add Track and Rename: a name in each language, each typed in its own
 * direction; the track is written when the person confirms. (A room has
 * more to it: lc-room-dialog.c.) */
typedef struct
{
  LcRoomsGroup *self;
  LcRecord     *room;   /* NULL to add one */
  AdwEntryRow  *name_ar;
  AdwEntryRow  *name_en;
  AdwEntryRow  *address_ar;   /* places only, else NULL */
  AdwEntryRow  *address_en;
} NameDialog;

static void
name_dialog_free (gpointer data)
{
  NameDialog *d = data;

  g_object_unref (d->self);
  g_clear_object (&d->room);
  g_free (d);
}

static void
on_name_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     NameDialog       *d)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) added = NULL;
  const char *ar = gtk_editable_get_text (GTK_EDITABLE (d->name_ar));
  const char *en = gtk_editable_get_text (GTK_EDITABLE (d->name_en));

  const char *address_ar = d->address_ar ? gtk_editable_get_text (GTK_EDITABLE (d->address_ar)) : "";
  const char *address_en = d->address_en ? gtk_editable_get_text (GTK_EDITABLE (d->address_en)) : "";
  gint64 convention_id;
  gboolean done;

  if (!g_str_equal (response, "save") || d->self->model == NULL)
    return;

  convention_id = lc_convention_model_get_id (d->self->model);
  if (d->room == NULL)
    {
      if (d->self->kind->addresses)
        added = lc_places_add (d->self->undo, rooms (d->self), convention_id, ar, en, address_ar, address_en,
                               &error);
      else
        added = d->self->kind->add (d->self->undo, rooms (d->self), convention_id, ar, en, &error);
      if (added != NULL)
        lc_list_rows_focus (d->self->list, g_list_model_get_n_items (rooms (d->self)) - 1);
    }
  else
    {
      done = d->self->kind->addresses
             ? lc_places_edit (d->self->undo, d->room, ar, en, address_ar, address_en, &error)
             : d->self->kind->rename (d->self->undo, d->room, ar, en, &error);
      if (done)
        lc_list_rows_focus (d->self->list, MAX (lc_list_rows_focused_index (d->self->list), 0));
    }

  if (error != NULL)
    show_error (d->self, error);
}

static void
on_name_changed_cb (GtkEditable      *editable,
                    AdwMessageDialog *dialog)
{
  NameDialog *d = g_object_get_data (G_OBJECT (dialog), "lc-name-dialog");
  g_autofree char *ar = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (d->name_ar))));
  g_autofree char *en = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (d->name_en))));

  /* A room needs a name in one language or the other. */
  adw_message_dialog_set_response_enabled (dialog, "save", *ar != '\0' || *en != '\0');
}

/* A place's address in each language, typed in its own direction. */
static void
add_address_rows (NameDialog *d,
                  LcRecord   *place,
                  GtkListBox *box)
{
  d->address_ar = ADW_ENTRY_ROW (adw_entry_row_new ());
  d->address_en = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->address_ar), _("Address in Arabic"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->address_en), _("Address in English"));
  lc_bilingual_entry_pair (GTK_WIDGET (d->address_ar), GTK_WIDGET (d->address_en));
  if (place != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (d->address_ar), lc_record_get_string (place, "address-ar"));
      gtk_editable_set_text (GTK_EDITABLE (d->address_en), lc_record_get_string (place, "address-en"));
    }
  adw_entry_row_set_activates_default (d->address_ar, TRUE);
  adw_entry_row_set_activates_default (d->address_en, TRUE);
  gtk_list_box_append (box, GTK_WIDGET (d->address_ar));
  gtk_list_box_append (box, GTK_WIDGET (d->address_en));
}

static void
ask_name (LcRoomsGroup *self,
          LcRecord     *room)
{
  GtkWidget *dialog, *box;
  NameDialog *d = g_new0 (NameDialog, 1);

  dialog = adw_message_dialog_new (lc_widget_get_window (GTK_WIDGET (self)),
                                   gettext (room ? self->kind->rename_heading : self->kind->add_heading), NULL);
  d->self = g_object_ref (self);
  d->room = room ? g_object_ref (room) : NULL;
  d->name_ar = ADW_ENTRY_ROW (adw_entry_row_new ());
  d->name_en = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->name_ar), _("Name in Arabic"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->name_en), _("Name in English"));
  lc_bilingual_entry_pair (GTK_WIDGET (d->name_ar), GTK_WIDGET (d->name_en));
  if (room != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (d->name_ar), lc_record_get_string (room, "name-ar"));
      gtk_editable_set_text (GTK_EDITABLE (d->name_en), lc_record_get_string (room, "name-en"));
    }
  adw_entry_row_set_activates_default (d->name_ar, TRUE);
  adw_entry_row_set_activates_default (d->name_en, TRUE);

  box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (box, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (box), GTK_WIDGET (d->name_ar));
  gtk_list_box_append (GTK_LIST_BOX (box), GTK_WIDGET (d->name_en));
  if (self->kind->addresses)
    add_address_rows (d, room, GTK_LIST_BOX (box));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", room ? _("_Rename") : _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "lc-name-dialog", d, name_dialog_free);
  g_signal_connect_object (d->name_ar, "changed", G_CALLBACK (on_name_changed_cb), dialog, 0);
  g_signal_connect_object (d->name_en, "changed", G_CALLBACK (on_name_changed_cb), dialog, 0);
  g_signal_connect (dialog, "response", G_CALLBACK (on_name_response_cb), d);
  on_name_changed_cb (NULL, ADW_MESSAGE_DIALOG (dialog));

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (lc_ui_language () == LC_LANGUAGE_ARABIC ? d->name_ar : d->name_en));
}

static void
ask_room (LcRoomsGroup *self,
          LcRecord     *room)
{
  if (self->kind->colours || self->kind->addresses)
    ask_name (self, room);
  else
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
  /* The row that had the keyboard goes with the room: the keyboard moves to
   * its neighbour, so that Ctrl+Z, the group's key, brings it back at once. */
  int position = lc_list_rows_index_of (rooms (self), room);

  if (!self->kind->delete (self->undo, room, &error))
    show_error (self, error);
  else
    lc_list_rows_refocus (self->list, rooms (self), position, GTK_WIDGET (self->add_button));
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
  items = lc_store_list (lc_convention_model_get_store (self->model), LC_TYPE_ITEM, self->kind->item_column,
                         lc_record_get_id (room), &error);
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
  /* Translators: %1$u is a number of agenda items, %2$s a room's or track's name */
  count = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u item is in “%2$s”:", "%1$u items are in “%2$s”:", n),
                        n, name);
  /* Translators: %1$s says how many items are in the room or track, %2$s lists them, %3$s says what they become */
  body = g_strdup_printf (_("%1$s %2$s. %3$s"), count, list, gettext (self->kind->orphans));
  /* Translators: %s is a room's or a track's name */
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

static void
on_colour_clicked_cb (GtkButton    *button,
                      LcRoomsGroup *self)
{
  g_autoptr(LcRecord) track = room_of_row_child (self, gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_MENU_BUTTON));
  const char *colour = g_object_get_data (G_OBJECT (button), "lc-colour");
  g_autoptr(GError) error = NULL;

  gtk_menu_button_popdown (GTK_MENU_BUTTON (gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_MENU_BUTTON)));
  if (track != NULL && !lc_tracks_set_colour (self->undo, track, colour, &error))
    show_error (self, error);
}

/* A dot of a track's colour, beside its name (the colour is never all
 * that tells tracks apart). */
static GtkWidget *
colour_dot (const char *colour)
{
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *markup = g_markup_printf_escaped ("<span foreground=\"%s\" size=\"x-large\">●</span>", colour);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  return label;
}

static GtkWidget *
colour_button (LcRoomsGroup *self,
               LcRecord     *track)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  /* Translators: %s is a track's name */
  g_autofree char *tooltip = g_strdup_printf (_("Colour of “%s”"), lc_ui_text (track, "name", NULL));

  for (guint i = 0; i < LC_TRACK_N_COLOURS; i++)
    {
      GtkWidget *choice = gtk_button_new ();

      gtk_button_set_child (GTK_BUTTON (choice), colour_dot (lc_track_palette_colour (i)));
      gtk_widget_add_css_class (choice, "flat");
      gtk_widget_set_tooltip_text (choice, gettext (colour_names[i]));
      lc_a11y_set_name (choice, gettext (colour_names[i]));
      g_object_set_data (G_OBJECT (choice), "lc-colour", (gpointer) lc_track_palette_colour (i));
      g_signal_connect_object (choice, "clicked", G_CALLBACK (on_colour_clicked_cb), self, 0);
      gtk_box_append (GTK_BOX (box), choice);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), colour_dot (lc_track_get_colour (LC_TRACK (track))));
  gtk_widget_set_tooltip_text (button, tooltip);
  lc_a11y_set_name (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
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
  if (!self->kind->colours && !self->kind->addresses)
    {
      g_autofree char *subtitle = lc_room_describe (room);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, TRUE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("list-drag-handle-symbolic"));

  /* Translators: %s is a room's or a track's name */
  rename = g_strdup_printf (self->kind->colours ? _("Rename “%s”") : _("Edit “%s”"), name);
  if (self->kind->addresses)
    {
      g_autofree char *address = lc_place_dup_location (room, lc_ui_language () == LC_LANGUAGE_ARABIC);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), address);
    }
  /* Translators: %s is a room's or a track's name */
  delete = g_strdup_printf (_("Delete “%s”"), name);
  if (self->kind->colours)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), colour_button (self, room));
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
  self->kind = &room_kind;
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

/* The group's words for @kind, then its list. */
static void
set_kind_context (LcRoomsGroup      *self,
                  const GroupKind   *kind,
                  LcConventionModel *model,
                  LcUndoStack       *undo)
{
  GtkWidget *empty;

  self->kind = kind;
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), gettext (kind->title));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), gettext (kind->description));
  gtk_button_set_label (self->add_button, gettext (kind->add_label));
  empty = gtk_label_new (gettext (kind->empty));
  gtk_widget_add_css_class (empty, "dim-label");
  gtk_widget_set_margin_top (empty, 12);
  gtk_widget_set_margin_bottom (empty, 12);
  gtk_list_box_set_placeholder (self->list, empty);
  lc_rooms_group_set_context (self, model, undo);
}

/**
 * lc_rooms_group_set_tracks_context:
 * @self: the group
 * @model: the open convention
 * @undo: its undo history
 *
 * Lists @model's tracks (themes) rather than its rooms, each with its
 * colour, following every change to them.
 */
void
lc_rooms_group_set_tracks_context (LcRoomsGroup      *self,
                                   LcConventionModel *model,
                                   LcUndoStack       *undo)
{
  g_return_if_fail (LC_IS_ROOMS_GROUP (self));

  set_kind_context (self, &track_kind, model, undo);
}

/**
 * lc_rooms_group_set_places_context:
 * @self: the group
 * @model: the open convention
 * @undo: its undo history
 *
 * Lists @model's off-site places rather than its rooms, each with its
 * address, following every change to them.
 */
void
lc_rooms_group_set_places_context (LcRoomsGroup      *self,
                                   LcConventionModel *model,
                                   LcUndoStack       *undo)
{
  g_return_if_fail (LC_IS_ROOMS_GROUP (self));

  set_kind_context (self, &place_kind, model, undo);
}
