/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-agenda-row.h"
#include "lc-bilingual-entry.h"
#include "lc-convention-check.h"
#include "lc-error.h"
#include "lc-item-editor-private.h"
#include "lc-keyboard.h"
#include "lc-util.h"

/*
 * The editor works on drafts: the fields, and a list of participations not
 * yet stored (a new person picked from the picker rides on its
 * participation as object data "person", unstored too). Nothing reaches
 * the store before Save, which writes it all inside one undo group; closing
 * with changes asks first, so nothing is lost silently.
 */

G_DEFINE_FINAL_TYPE (LcItemEditor, lc_item_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

gboolean
lc_item_editor_is_new (LcItemEditor *self)
{
  return lc_record_get_id (LC_RECORD (self->item)) == 0;
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

const char *
lc_item_editor_selected_day (LcItemEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->day_row);

  return selected < self->days->len ? g_ptr_array_index (self->days, selected) : "";
}

gint64
lc_item_editor_selected_room (LcItemEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->room_row);

  gint64 id = selected < self->room_ids->len ? g_array_index (self->room_ids, gint64, selected) : 0;

  /* Places follow the rooms, as their ids negated (lc-item-editor-place.c). */
  return MAX (id, 0);
}

static gboolean
day_in_convention (LcItemEditor *self,
                   const char   *day)
{
  LcRecord *convention = LC_RECORD (lc_convention_model_get_convention (self->model));

  return lc_date_parse (day, NULL)
         && strcmp (day, lc_convention_get_start_date (LC_CONVENTION (convention))) >= 0
         && strcmp (day, lc_convention_get_end_date (LC_CONVENTION (convention))) <= 0;
}

static void
validate (LcItemEditor *self)
{
  g_autofree char *problem = NULL;
  g_autofree char *ar = g_strstrip (g_strdup (text_of (self->title_ar)));
  g_autofree char *en = g_strstrip (g_strdup (text_of (self->title_en)));
  gboolean title_ok = *ar != '\0' || *en != '\0';
  int start = 0, end = 0;
  gboolean start_ok = lc_time_parse_typed (text_of (self->start_row), &start) && start < 24 * 60;
  gboolean end_ok = lc_time_parse_typed (text_of (self->end_row), &end);
  gboolean order_ok = !start_ok || !end_ok || end > start;
  gboolean day_ok = day_in_convention (self, lc_item_editor_selected_day (self));
  gint64 number;
  gboolean number_ok = lc_number_parse_typed (text_of (self->number_row), &number);
  g_autofree char *repeated = lc_item_editor_find_repeated_person (self);
  g_autofree char *place = NULL;

  /* A new, untouched item only keeps Save disabled: telling someone who
   * has not typed yet what is missing would be scolding. */
  gboolean tell = self->modified || !lc_item_editor_is_new (self);

  lc_widget_mark_wrong (self->title_ar, tell && !title_ok);
  lc_widget_mark_wrong (self->title_en, tell && !title_ok);
  lc_widget_mark_wrong (self->start_row, tell && (!start_ok || !order_ok));
  lc_widget_mark_wrong (self->end_row, tell && (!end_ok || !order_ok));
  lc_widget_mark_wrong (self->day_row, tell && !day_ok);
  lc_widget_mark_wrong (self->number_row, tell && !number_ok);
  place = lc_item_editor_place_check (self, tell);

  if (!title_ok)
    problem = g_strdup (_("Give the item a title in Arabic, English or both."));
  else if (!start_ok)
    {
      g_autofree char *example = lc_ui_format_time (9 * 60 + 30);

      /* Translators: %s is a time, such as 09:30, in the reader's digits */
      problem = g_strdup_printf (_("The start must be a time of day, hours and minutes, such as %s."), example);
    }
  else if (!end_ok)
    {
      g_autofree char *example = lc_ui_format_time (10 * 60 + 15);

      /* Translators: %s is a time, such as 10:15, in the reader's digits */
      problem = g_strdup_printf (_("The end must be a time of day, hours and minutes, such as %s."), example);
    }
  else if (!order_ok)
    problem = g_strdup (_("The item must end after it starts."));
  else if (!day_ok)
    {
      LcRecord *convention = LC_RECORD (lc_convention_model_get_convention (self->model));
      g_autofree char *range = lc_format_date_range (lc_convention_get_start_date (LC_CONVENTION (convention)),
                                                     lc_convention_get_end_date (LC_CONVENTION (convention)));

      /* Translators: %s is the convention's dates */
      problem = g_strdup_printf (_("The day must be one of the convention’s days (%s)."), range);
    }
  else if (!number_ok)
    problem = g_strdup (_("The number must be a whole number above zero, or left empty."));
  else if (repeated != NULL)
    problem = g_steal_pointer (&repeated);
  else if (place != NULL)
    problem = g_steal_pointer (&place);

  g_free (self->problem);
  self->problem = g_steal_pointer (&problem);
  gtk_label_set_text (self->problem_label, self->problem ? self->problem : "");
  gtk_revealer_set_reveal_child (self->problem_revealer, tell && self->problem != NULL);
  gtk_widget_set_sensitive (self->save_button, self->problem == NULL);

  if (start_ok && end_ok && order_ok && day_ok)
    lc_item_editor_update_warnings (self, start, end);
  else
    {
      self->n_warnings = 0;
      gtk_revealer_set_reveal_child (self->warnings_revealer, FALSE);
    }
}

void
lc_item_editor_changed (LcItemEditor *self)
{
  if (self->loading)
    return;

  self->modified = TRUE;
  validate (self);
}

static void
on_field_changed_cb (GtkEditable  *editable,
                     LcItemEditor *self)
{
  lc_item_editor_changed (self);
}

static void
on_field_notify_cb (GObject      *object,
                    GParamSpec   *pspec,
                    LcItemEditor *self)
{
  lc_item_editor_changed (self);
}

static void
on_picker_person_chosen_cb (LcPersonPicker *picker,
                            LcPerson       *person,
                            LcItemEditor   *self)
{
  lc_item_editor_add_person (self, person, LC_ROLE_SPEAKER);
}

static void
copy_fields (LcItemEditor *self,
             LcRecord     *record)
{
  g_autofree char *ar = g_strstrip (g_strdup (text_of (self->title_ar)));
  g_autofree char *en = g_strstrip (g_strdup (text_of (self->title_en)));
  g_autofree char *description_ar = buffer_text (self->description_ar);
  g_autofree char *description_en = buffer_text (self->description_en);
  int start = 0, end = 0;
  gint64 number = 0;

  lc_time_parse_typed (text_of (self->start_row), &start);
  lc_time_parse_typed (text_of (self->end_row), &end);
  lc_number_parse_typed (text_of (self->number_row), &number);

  lc_item_set_title (LC_ITEM (record), ar, en);
  lc_item_set_description (LC_ITEM (record), description_ar, description_en);
  lc_item_set_kind (LC_ITEM (record), adw_combo_row_get_selected (self->kind_row));
  lc_item_set_number (LC_ITEM (record), number);
  lc_item_set_day (LC_ITEM (record), lc_item_editor_selected_day (self));
  lc_item_set_start_minute (LC_ITEM (record), start);
  lc_item_set_end_minute (LC_ITEM (record), end);
  /* A room or a place: the choice offers one or the other, never both. */
  lc_item_set_room_id (LC_ITEM (record), lc_item_editor_selected_room (self));
  lc_item_set_place_id (LC_ITEM (record), lc_item_editor_selected_place (self));
  lc_item_editor_place_copy (self, record);
  lc_item_set_track_id (LC_ITEM (record), lc_item_editor_selected_track (self));
}

static void
on_save_button_clicked_cb (GtkButton    *button,
                           LcItemEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!lc_item_editor_save (self, &error))
    {
      gtk_label_set_text (self->problem_label, error->message);
      gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
    }
}

static gboolean
destroy_now (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* Closes the editor once the current event is over. From inside the "Save
 * Changes?" dialog's response, destroying the editor at once freed the
 * dialog's transient parent while the dialog still used it. */
static void
close_soon (LcItemEditor *self)
{
  self->closing = TRUE;
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_now, g_object_ref (self), g_object_unref);
}

/* Whether the fields or the people differ from what the editor first
 * showed: a change typed and taken back by hand is no change. */
static gboolean
has_changes (LcItemEditor *self)
{
  g_autoptr(LcRecord) now = lc_record_copy (self->shown);
  g_autofree char *people = lc_item_editor_people_signature (self);

  copy_fields (self, now);
  return !lc_record_equal (now, self->shown) || g_strcmp0 (people, self->shown_people) != 0;
}

static void
on_discard_response (AdwMessageDialog *dialog,
                     const char       *response,
                     LcItemEditor     *self)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "discard"))
    close_soon (self);
  else if (g_str_equal (response, "save") && !lc_item_editor_save (self, &error))
    {
      gtk_label_set_text (self->problem_label, error->message);
      gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
    }
}

static gboolean
on_close_request_cb (GtkWindow    *window,
                     LcItemEditor *self)
{
  GtkWidget *dialog;

  if (self->closing || !has_changes (self))
    return FALSE;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"),
                                   _("This item has changes that are not saved. Closing without saving loses them."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save", self->problem == NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), self->problem == NULL ? "save" : "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   LcItemEditor  *self)
{
  lc_item_editor_changed (self);
}

static void
setup_kind (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 9);

  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new (NULL));
  gtk_list_item_set_child (list_item, box);
}

static void
bind_kind (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  int kind = LC_ITEM_KIND_OTHER;

  /* The combo row shows its selected item outside any list, where the
   * position means nothing: go by the kind's nick instead. */
  lc_enum_from_nick (LC_TYPE_ITEM_KIND, gtk_string_object_get_string (gtk_list_item_get_item (list_item)), &kind);

  gtk_image_set_from_icon_name (GTK_IMAGE (gtk_widget_get_first_child (box)), lc_item_kind_get_icon_name (kind));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), lc_item_kind_get_label (kind));
}

static void
lc_item_editor_dispose (GObject *object)
{
  LcItemEditor *self = LC_ITEM_EDITOR (object);

  if (self->people_list != NULL)
    gtk_list_box_bind_model (self->people_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_ITEM_EDITOR);
  g_clear_object (&self->participants);
  g_clear_object (&self->item);
  g_clear_object (&self->shown);
  g_clear_pointer (&self->shown_people, g_free);
  g_clear_object (&self->undo);
  g_clear_object (&self->model);
  g_clear_pointer (&self->days, g_ptr_array_unref);
  g_clear_pointer (&self->room_ids, g_array_unref);
  g_clear_pointer (&self->track_ids, g_array_unref);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (lc_item_editor_parent_class)->dispose (object);
}

static void
lc_item_editor_class_init (LcItemEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_item_editor_dispose;

  /**
   * LcItemEditor::saved:
   * @item_id: the item as stored
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (LC_TYPE_PERSON_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/agenda/lc-item-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, problem_revealer);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, problem_label);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, title_ar);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, title_en);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, number_row);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, day_row);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, room_row);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, track_row);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, add_person_button);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, picker);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, people_list);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, warnings_revealer);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, warnings_label);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, description_ar);
  gtk_widget_class_bind_template_child (widget_class, LcItemEditor, description_en);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_field_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_close_request_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_picker_person_chosen_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lc_item_editor_init (LcItemEditor *self)
{
  g_autoptr(GtkListItemFactory) kinds = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);

  /* Until lc_item_editor_new() has filled the fields, changes are not the user's. */
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  lc_item_editor_place_init (self);
  lc_keyboard_fix_rows (GTK_WIDGET (self));
  lc_keyboard_popover_returns_focus (GTK_POPOVER (self->picker), self->add_person_button);

  lc_bilingual_entry_pair (GTK_WIDGET (self->title_ar), GTK_WIDGET (self->title_en));
  lc_bilingual_entry_pair (GTK_WIDGET (self->description_ar), GTK_WIDGET (self->description_en));

  for (LcItemKind k = LC_ITEM_KIND_OPENING; k <= LC_ITEM_KIND_OTHER; k++)
    gtk_string_list_append (kind_names, lc_enum_to_nick (LC_TYPE_ITEM_KIND, k));
  g_signal_connect (kinds, "setup", G_CALLBACK (setup_kind), NULL);
  g_signal_connect (kinds, "bind", G_CALLBACK (bind_kind), NULL);
  adw_combo_row_set_factory (self->kind_row, kinds);
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_names));

  self->participants = g_list_store_new (LC_TYPE_PARTICIPATION);
  /* The picker offers only people not on the item yet. */
  lc_person_picker_set_taken (self->picker, G_LIST_MODEL (self->participants));
  self->days = g_ptr_array_new_with_free_func (g_free);
  self->room_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->track_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_list_box_bind_model (self->people_list, G_LIST_MODEL (self->participants),
                           lc_item_editor_create_participant_row, self, NULL);
  g_signal_connect_object (self->participants, "items-changed", G_CALLBACK (lc_item_editor_participants_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->description_ar), "changed",
                           G_CALLBACK (on_buffer_changed), self, 0);
  g_signal_connect_object (gtk_text_view_get_buffer (self->description_en), "changed",
                           G_CALLBACK (on_buffer_changed), self, 0);
  lc_item_editor_participants_changed (self);
}

static void
fill_days (LcItemEditor *self)
{
  LcRecord *convention = LC_RECORD (lc_convention_model_get_convention (self->model));
  const char *own = lc_item_get_day (self->item);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  /* At most LC_CONVENTION_MAX_DAYS, whatever the library holds. */
  g_autoptr(GPtrArray) days = lc_convention_list_days (convention);
  guint selected = 0;

  for (guint i = 0; i < days->len; i++)
    {
      const char *day = g_ptr_array_index (days, i);
      g_autofree char *name = lc_format_date (day);

      if (g_str_equal (day, own))
        selected = self->days->len;
      g_ptr_array_add (self->days, g_strdup (day));
      gtk_string_list_append (names, name);
    }

  /* An item already outside the dates keeps its day on offer, marked, so
   * the editor shows where it is; it must move to save. */
  if (!day_in_convention (self, own))
    {
      g_autofree char *date_text = lc_format_date (own);
      /* Translators: a day in the day list that is not one of the convention's days */
      g_autofree char *name = g_strdup_printf (_("%s (outside the convention)"), date_text);

      selected = self->days->len;
      g_ptr_array_add (self->days, g_strdup (own));
      gtk_string_list_append (names, name);
    }

  adw_combo_row_set_model (self->day_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->day_row, selected);
}

/**
 * lc_item_editor_new:
 * @parent: the window
 * @model: the open convention
 * @undo: its undo history
 * @item: the item to edit, or a new item (no id) holding the values to start from
 *
 * Returns: (transfer none): the editor, not yet shown
 */
LcItemEditor *
lc_item_editor_new (GtkWindow         *parent,
                    LcConventionModel *model,
                    LcUndoStack       *undo,
                    LcItem            *item)
{
  LcItemEditor *self = g_object_new (LC_TYPE_ITEM_EDITOR,
                                     "transient-for", parent,
                                     "destroy-with-parent", TRUE,
                                     NULL);
  LcRecord *record = LC_RECORD (item);
  g_autofree char *start = lc_ui_format_time ((int) lc_item_get_start_minute (LC_ITEM (record)));
  g_autofree char *end = lc_ui_format_time ((int) lc_item_get_end_minute (LC_ITEM (record)));
  gint64 number = lc_item_get_number (LC_ITEM (record));

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LC_IS_CONVENTION_MODEL (model), NULL);
  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), NULL);
  g_return_val_if_fail (LC_IS_ITEM (item), NULL);

  self->model = g_object_ref (model);
  self->undo = g_object_ref (undo);
  /* A copy as it is now: saving writes only the fields changed here. */
  self->item = LC_ITEM (lc_record_copy (LC_RECORD (item)));
  gtk_window_set_title (GTK_WINDOW (self), lc_item_editor_is_new (self) ? _("New Item") : _("Edit Item"));
  lc_person_picker_set_model (self->picker, model);

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_ar), lc_item_get_title (LC_ITEM (record), LC_LANGUAGE_ARABIC));
  gtk_editable_set_text (GTK_EDITABLE (self->title_en), lc_item_get_title (LC_ITEM (record), LC_LANGUAGE_ENGLISH));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_ar), lc_item_get_description (LC_ITEM (record), LC_LANGUAGE_ARABIC), -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_en), lc_item_get_description (LC_ITEM (record), LC_LANGUAGE_ENGLISH), -1);
  adw_combo_row_set_selected (self->kind_row, (guint) lc_item_get_kind (LC_ITEM (record)));
  if (number > 0)
    {
      g_autofree char *text = lc_ui_format_number (number);

      gtk_editable_set_text (GTK_EDITABLE (self->number_row), text);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), end);
  fill_days (self);
  lc_item_editor_fill_rooms (self);
  lc_item_editor_place_load (self);
  lc_item_editor_attendance_load (self);
  lc_item_editor_fill_tracks (self);

  if (!lc_item_editor_is_new (self))
    {
      g_autoptr(GPtrArray) stored = lc_convention_model_get_item_participations (model, lc_record_get_id (record));

      for (guint i = 0; i < stored->len; i++)
        {
          LcRecord *p = g_ptr_array_index (stored, i);
          LcRecord *person = lc_convention_model_lookup (model, LC_TYPE_PERSON, lc_participation_get_person_id (LC_PARTICIPATION (p)));
          g_autoptr(LcRecord) draft = lc_record_copy (p);

          if (person == NULL)
            continue;
          g_object_set_data_full (G_OBJECT (draft), "person", g_object_ref (person), g_object_unref);
          g_list_store_append (self->participants, draft);
        }
    }
  self->loading = FALSE;
  self->shown = lc_record_copy (record);
  copy_fields (self, self->shown);
  self->shown_people = lc_item_editor_people_signature (self);

  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (lc_ui_language () == LC_LANGUAGE_ARABIC ? self->title_ar : self->title_en));

  return self;
}

/**
 * lc_item_editor_save:
 * @self: the editor
 * @error: return location for a #GError
 *
 * Stores the item, new people and participations as one undoable step and
 * closes the editor, as the Save button does.
 *
 * Returns: %TRUE when stored; on failure nothing is left half stored
 */
gboolean
lc_item_editor_save (LcItemEditor  *self,
                     GError       **error)
{
  g_autoptr(LcRecord) record = lc_record_copy (LC_RECORD (self->item));
  g_autoptr(GPtrArray) created = g_ptr_array_new_with_free_func (g_object_unref);
  guint before = lc_undo_stack_get_n_undo (self->undo);
  gboolean ok;

  g_return_val_if_fail (LC_IS_ITEM_EDITOR (self), FALSE);

  validate (self);
  if (self->problem != NULL)
    {
      g_set_error_literal (error, LC_ERROR, LC_ERROR_INVALID_VALUE, self->problem);
      return FALSE;
    }

  copy_fields (self, record);
  lc_undo_stack_begin_group (self->undo, lc_item_editor_is_new (self) ? _("Add Item") : _("Edit Item"));
  ok = lc_item_editor_is_new (self) ? lc_undo_stack_insert (self->undo, record, NULL, error)
                     : lc_undo_stack_update (self->undo, record, NULL, error);
  ok = ok && lc_item_editor_store_participants (self, lc_record_get_id (record), created, error);
  lc_undo_stack_end_group (self->undo);

  if (!ok)
    {
      /* Take back the part that was stored, and forget the ids it gave. */
      if (lc_undo_stack_get_n_undo (self->undo) > before)
        lc_undo_stack_undo (self->undo, NULL);
      for (guint i = 0; i < created->len; i++)
        lc_record_set_id (g_ptr_array_index (created, i), 0);
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, lc_record_get_id (record));
  close_soon (self);
  return TRUE;
}

/** lc_item_editor_get_problem: Returns: (nullable): why the fields cannot be saved, or %NULL */
const char *
lc_item_editor_get_problem (LcItemEditor *self)
{
  g_return_val_if_fail (LC_IS_ITEM_EDITOR (self), NULL);

  return self->problem;
}

/** lc_item_editor_get_can_save: Returns: whether Save is enabled */
gboolean
lc_item_editor_get_can_save (LcItemEditor *self)
{
  g_return_val_if_fail (LC_IS_ITEM_EDITOR (self), FALSE);

  return gtk_widget_get_sensitive (self->save_button);
}

/** lc_item_editor_get_n_warnings: Returns: how many conflicts the draft would have */
guint
lc_item_editor_get_n_warnings (LcItemEditor *self)
{
  g_return_val_if_fail (LC_IS_ITEM_EDITOR (self), 0);

  return self->n_warnings;
}

/** lc_item_editor_get_modified: Returns: whether the item or its people differ from what was shown */
gboolean
lc_item_editor_get_modified (LcItemEditor *self)
{
  g_return_val_if_fail (LC_IS_ITEM_EDITOR (self), FALSE);

  return has_changes (self);
}

/** lc_item_editor_set_title: Types @title in the title field of @language. */
void
lc_item_editor_set_title (LcItemEditor *self,
                          LcLanguage    language,
                          const char   *title)
{
  g_return_if_fail (LC_IS_ITEM_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (language == LC_LANGUAGE_ARABIC ? self->title_ar : self->title_en), title);
}

/** lc_item_editor_set_times: Types @start and @end in the time fields. */
void
lc_item_editor_set_times (LcItemEditor *self,
                          const char   *start,
                          const char   *end)
{
  g_return_if_fail (LC_IS_ITEM_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), end);
}

/** lc_item_editor_set_day: Returns: %FALSE when @day is not on offer */
gboolean
lc_item_editor_set_day (LcItemEditor *self,
                        const char   *day)
{
  g_return_val_if_fail (LC_IS_ITEM_EDITOR (self), FALSE);

  for (guint i = 0; i < self->days->len; i++)
    if (g_str_equal (g_ptr_array_index (self->days, i), day))
      {
        adw_combo_row_set_selected (self->day_row, i);
        return TRUE;
      }

  return FALSE;
}

/** lc_item_editor_set_room: Returns: %FALSE when @room_id is not on offer (0 is no room) */
gboolean
lc_item_editor_set_room (LcItemEditor *self,
                         gint64        room_id)
{
  g_return_val_if_fail (LC_IS_ITEM_EDITOR (self), FALSE);

  for (guint i = 0; i < self->room_ids->len; i++)
    if (g_array_index (self->room_ids, gint64, i) == room_id)
      {
        adw_combo_row_set_selected (self->room_row, i);
        return TRUE;
      }

  return FALSE;
}

void
lc_item_editor_set_kind (LcItemEditor *self,
                         LcItemKind    kind)
{
  g_return_if_fail (LC_IS_ITEM_EDITOR (self));

  adw_combo_row_set_selected (self->kind_row, kind);
}

void
lc_item_editor_set_number (LcItemEditor *self,
                           const char   *number)
{
  g_return_if_fail (LC_IS_ITEM_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->number_row), number);
}
