/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-bilingual-entry.h"
#include "lc-feedback.h"
#include "lc-room-details.h"
#include "lc-room-dialog.h"
#include "lc-rooms.h"
#include "lc-util.h"

/*
 * Add Room and Edit Room: a room's name in each language, how many it
 * holds, where it is in each language, whether it is only online and the
 * link online participants join. The capacity and the link are checked as
 * they are typed, the problem said under the fields and Save greyed until
 * it is solved; everything is written at once as one undo step.
 */

typedef struct
{
  GtkWidget         *parent;
  LcConventionModel *model;
  LcUndoStack       *undo;
  LcRecord          *room;   /* NULL to add one */
  LcRoomDialogSaved  saved;
  gpointer           user_data;

  AdwEntryRow       *name_ar;
  AdwEntryRow       *name_en;
  AdwEntryRow       *capacity;
  AdwEntryRow       *location_ar;
  AdwEntryRow       *location_en;
  GtkSwitch         *online_only;
  AdwEntryRow       *url;
  GtkLabel          *problem;
} RoomDialog;

static void
room_dialog_free (gpointer data)
{
  RoomDialog *d = data;

  g_object_unref (d->parent);
  g_object_unref (d->model);
  g_object_unref (d->undo);
  g_clear_object (&d->room);
  g_free (d);
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* The room the fields describe: a copy of the edited one, or a new one. */
static LcRecord *
draft_of (RoomDialog *d,
          gint64      capacity)
{
  LcRecord *room;

  if (d->room != NULL)
    room = lc_record_copy (d->room);
  else
    {
      room = g_object_new (LC_TYPE_ROOM, NULL);
      lc_record_set_int (room, "convention-id", lc_convention_model_get_id (d->model));
    }
  lc_record_set_text (room, "name", text_of (d->name_ar), text_of (d->name_en));
  lc_room_set_capacity (LC_ROOM (room), capacity);
  lc_room_set_location (LC_ROOM (room), text_of (d->location_ar), text_of (d->location_en));
  lc_room_set_online_only (LC_ROOM (room), gtk_switch_get_active (d->online_only));
  return room;
}

/* What would stop saving, in words, or NULL; each field at fault marked. */
static char *
check (RoomDialog *d,
       gint64     *capacity)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = g_strstrip (g_strdup (text_of (d->url)));
  g_autofree char *ar = g_strstrip (g_strdup (text_of (d->name_ar)));
  g_autofree char *en = g_strstrip (g_strdup (text_of (d->name_en)));
  gboolean capacity_ok = lc_number_parse_typed (text_of (d->capacity), capacity)
                         && *capacity <= LC_ROOM_MAX_CAPACITY;
  gboolean url_ok = lc_online_url_check (url, &error);

  lc_widget_mark_wrong (d->capacity, !capacity_ok);
  lc_widget_mark_wrong (d->url, !url_ok);
  if (!capacity_ok)
    return g_strdup (_("Type how many people the room holds as a whole number, or leave it empty when not known."));
  if (!url_ok)
    return g_strdup (error->message);
  /* Not a mistake yet: the person may not have typed it. */
  if (*ar == '\0' && *en == '\0')
    return g_strdup ("");
  return NULL;
}

static void
on_field_changed_cb (GtkWidget        *widget,
                     AdwMessageDialog *dialog)
{
  RoomDialog *d = g_object_get_data (G_OBJECT (dialog), "lc-room-dialog");
  gint64 capacity = 0;
  g_autofree char *problem = check (d, &capacity);

  adw_message_dialog_set_response_enabled (dialog, "save", problem == NULL);
  gtk_label_set_text (d->problem, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (d->problem), problem != NULL && *problem != '\0');
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                RoomDialog       *d)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) draft = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *url = NULL;
  gint64 capacity = 0;

  if (!g_str_equal (response, "save"))
    return;
  /* Enter reaches the default response even while Save is greyed. */
  problem = check (d, &capacity);
  if (problem != NULL)
    return;

  draft = draft_of (d, capacity);
  url = g_strstrip (g_strdup (text_of (d->url)));
  lc_room_set_online_url (LC_ROOM (draft), url);
  if (!lc_rooms_save (d->undo, lc_convention_model_get_rooms (d->model), draft, &error))
    {
      lc_widget_show_error (d->parent, error);
      return;
    }
  if (d->saved != NULL)
    d->saved (d->user_data, d->room == NULL);
}

static AdwEntryRow *
entry_row (GtkWidget  *list,
           const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return ADW_ENTRY_ROW (row);
}

static GtkWidget *
boxed_list (GtkWidget *box)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (box), list);
  return list;
}

static void
build_fields (RoomDialog *d,
              GtkWidget  *box)
{
  LcRecord *room = d->room;
  GtkWidget *names = boxed_list (box);
  GtkWidget *details = boxed_list (box);
  GtkWidget *online = adw_action_row_new ();
  g_autofree char *capacity = NULL;

  d->name_ar = entry_row (names, _("Name in Arabic"), room ? lc_record_get_string (room, "name-ar") : "");
  d->name_en = entry_row (names, _("Name in English"), room ? lc_record_get_string (room, "name-en") : "");
  lc_bilingual_entry_pair (GTK_WIDGET (d->name_ar), GTK_WIDGET (d->name_en));

  /* Typed digits, Arabic-Indic ones too; the Digits preference shows it. */
  if (room != NULL && lc_room_get_capacity (LC_ROOM (room)) > 0)
    capacity = lc_ui_format_number (lc_room_get_capacity (LC_ROOM (room)));
  d->capacity = entry_row (details, _("Capacity (People)"), capacity ? capacity : "");
  d->location_ar = entry_row (details, _("Where in Arabic (floor, wing)"),
                              room ? lc_room_get_location (LC_ROOM (room), LC_LANGUAGE_ARABIC) : "");
  d->location_en = entry_row (details, _("Where in English (floor, wing)"),
                              room ? lc_room_get_location (LC_ROOM (room), LC_LANGUAGE_ENGLISH) : "");
  lc_bilingual_entry_pair (GTK_WIDGET (d->location_ar), GTK_WIDGET (d->location_en));

  d->online_only = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (d->online_only, room != NULL && lc_room_get_online_only (LC_ROOM (room)));
  gtk_widget_set_valign (GTK_WIDGET (d->online_only), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (online), _("Online Only"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (online), GTK_WIDGET (d->online_only));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (online), GTK_WIDGET (d->online_only));
  gtk_list_box_append (GTK_LIST_BOX (details), online);

  /* An address reads left to right in either language. */
  d->url = entry_row (details, _("Meeting Link (https://…)"), room ? lc_room_get_online_url (LC_ROOM (room)) : "");
  lc_bilingual_entry_set_direction (GTK_WIDGET (d->url), GTK_TEXT_DIR_LTR);

  d->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (d->problem, TRUE);
  gtk_label_set_xalign (d->problem, 0);
  gtk_widget_add_css_class (GTK_WIDGET (d->problem), "error");
  gtk_widget_set_visible (GTK_WIDGET (d->problem), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (d->problem));
}

/**
 * lc_room_dialog_present:
 * @parent: the widget asking, whose window the dialog belongs to
 * @model: the open convention
 * @undo: its undo history
 * @room: (nullable): the room to edit, or %NULL to add one
 * @saved: (nullable) (scope notified): called once the room is written
 * @user_data: data for @saved
 *
 * Shows the dialog that adds or edits a room, and writes it when the person
 * confirms.
 */
void
lc_room_dialog_present (GtkWidget         *parent,
                        LcConventionModel *model,
                        LcUndoStack       *undo,
                        LcRecord          *room,
                        LcRoomDialogSaved  saved,
                        gpointer           user_data)
{
  RoomDialog *d = g_new0 (RoomDialog, 1);
  GtkWidget *dialog, *box;
  GtkWidget *fields[5];

  g_return_if_fail (GTK_IS_WIDGET (parent));
  g_return_if_fail (LC_IS_CONVENTION_MODEL (model));
  g_return_if_fail (LC_IS_UNDO_STACK (undo));

  d->parent = g_object_ref (parent);
  d->model = g_object_ref (model);
  d->undo = g_object_ref (undo);
  d->room = room ? g_object_ref (room) : NULL;
  d->saved = saved;
  d->user_data = user_data;

  dialog = adw_message_dialog_new (lc_widget_get_window (parent), room ? _("Edit Room") : _("Add Room"), NULL);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  build_fields (d, box);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", room ? _("_Save") : _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "lc-room-dialog", d, room_dialog_free);

  fields[0] = GTK_WIDGET (d->name_ar);
  fields[1] = GTK_WIDGET (d->name_en);
  fields[2] = GTK_WIDGET (d->capacity);
  fields[3] = GTK_WIDGET (d->url);
  fields[4] = NULL;
  for (guint i = 0; fields[i] != NULL; i++)
    g_signal_connect_object (fields[i], "changed", G_CALLBACK (on_field_changed_cb), dialog, 0);
  g_signal_connect (dialog, "response", G_CALLBACK (on_response_cb), d);
  on_field_changed_cb (NULL, ADW_MESSAGE_DIALOG (dialog));

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (lc_ui_language () == LC_LANGUAGE_ARABIC ? d->name_ar : d->name_en));
}

/**
 * lc_room_describe:
 * @room: a room
 *
 * What a room's row says under its name: how many it holds, where it is,
 * whether it is only online, and its meeting link, those it has.
 *
 * Returns: (transfer full): plain text, "" for a room with none
 */
char *
lc_room_describe (LcRecord *room)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  int capacity;
  const char *location, *url;

  g_return_val_if_fail (LC_IS_ROOM (room), g_strdup (""));

  capacity = lc_room_get_capacity (LC_ROOM (room));
  location = lc_ui_text (room, "location", NULL);
  url = lc_room_get_online_url (LC_ROOM (room));
  if (capacity > 0)
    g_ptr_array_add (parts, lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "Holds %u person", "Holds %u people",
                                                       capacity), (guint) capacity));
  if (*location != '\0')
    g_ptr_array_add (parts, g_strdup (location));
  if (lc_room_get_online_only (LC_ROOM (room)))
    g_ptr_array_add (parts, g_strdup (_("Online only")));
  if (*url != '\0')
    g_ptr_array_add (parts, g_strdup (url));
  g_ptr_array_add (parts, NULL);

  /* Translators: between the parts of a room's description */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/**
 * lc_room_describe_over_capacity:
 * @room: a room with a capacity
 * @expected: how many are expected at the item
 * @title: the item's title
 *
 * The warning of a room too small (%LC_CONFLICT_OVER_CAPACITY), as the
 * conflicts and the item editor say it.
 *
 * Returns: (transfer full): plain text
 */
char *
lc_room_describe_over_capacity (LcRecord   *room,
                                int         expected,
                                const char *title)
{
  g_return_val_if_fail (LC_IS_ROOM (room), g_strdup (""));

  /* Translators: %1$s is a room's name, %2$u how many it holds, %3$u how
   * many are expected at the agenda item whose title is %4$s */
  return lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "“%1$s” holds %2$u; %3$u is expected at “%4$s”.",
                                    "“%1$s” holds %2$u; %3$u are expected at “%4$s”.", expected),
                       lc_ui_text (room, "name", NULL), (guint) lc_room_get_capacity (LC_ROOM (room)),
                       (guint) expected, title);
}
