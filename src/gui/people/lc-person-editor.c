/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-field-rows.h"
#include "lc-keyboard.h"
#include "lc-organisation-row.h"
#include "lc-person-contact-group.h"
#include "lc-person-contact.h"
#include "lc-person-editor.h"
#include "lc-person-participant-group.h"
#include "lc-person-photo-row.h"
#include "lc-util.h"

/*
 * Adds a person or edits one. Arabic and English side by side (the Arabic
 * fields right to left whatever the interface's language), the city and the
 * usual attendance below. Nothing is stored until Add/Save, which stores
 * the whole person as one undoable step; closing with unsaved changes asks
 * first, so nothing typed is lost silently.
 */

struct _LcPersonEditor
{
  AdwWindow          parent_instance;

  GtkWidget         *save_button;
  GtkLabel          *problem_label;
  GtkFlowBox        *languages_box;
  GtkWidget         *arabic_group;
  GtkWidget         *english_group;
  AdwEntryRow       *name_ar;
  AdwEntryRow       *name_en;
  AdwEntryRow       *honorific_ar;
  AdwEntryRow       *honorific_en;
  AdwEntryRow       *position_ar;
  AdwEntryRow       *position_en;
  AdwEntryRow       *organisation_ar;
  AdwEntryRow       *organisation_en;
  AdwEntryRow       *bio_ar;
  AdwEntryRow       *bio_en;
  LcPersonContactGroup *contact_group;
  LcPersonParticipantGroup *participant_group;
  AdwComboRow       *city_row;
  LcOrganisationRow *organisation_row;   /* orgs: made with the convention's list */
  AdwComboRow       *attendance_row;
  LcPersonPhotoRow  *photo_row;          /* photo: made with the library to store in */

  LcConventionModel *model;
  LcUndoStack       *undo;
  LcRecord          *person;        /* the one edited, or NULL for a new one */
  LcRecord          *original;      /* what the form held when opened */
  GArray            *city_ids;      /* gint64 per city row; 0 for "no city" */
  gboolean           name_touched;
  gboolean           closing;
};

G_DEFINE_FINAL_TYPE (LcPersonEditor, lc_person_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define FIELD(prop, member) LC_FIELD_ROW (LcPersonEditor, prop, member)

static const LcFieldRow fields[] = {
  FIELD ("name-ar", name_ar), FIELD ("name-en", name_en),
  FIELD ("honorific-ar", honorific_ar), FIELD ("honorific-en", honorific_en),
  FIELD ("position-ar", position_ar), FIELD ("position-en", position_en),
  FIELD ("organisation-ar", organisation_ar), FIELD ("organisation-en", organisation_en),
  FIELD ("bio-ar", bio_ar), FIELD ("bio-en", bio_en),
};

static const LcAttendance attendances[] = { LC_ATTENDANCE_IN_PERSON, LC_ATTENDANCE_ONLINE };

static char *
trimmed_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static gboolean
is_arabic_text (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_ARABIC && g_unichar_isalpha (c))
        return TRUE;
    }

  return FALSE;
}

static int
compare_cities (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  LcRecord *x = *(LcRecord **) a, *y = *(LcRecord **) b;

  return g_utf8_collate (lc_ui_text (x, "name", NULL), lc_ui_text (y, "name", NULL));
}

static void
fill_cities (LcPersonEditor *self)
{
  GListModel *cities = lc_convention_model_get_cities (self->model);
  guint n = g_list_model_get_n_items (cities);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_full (n, g_object_unref);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 none = 0;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (cities, i));
  g_ptr_array_sort_with_data (sorted, compare_cities, NULL);

  g_array_set_size (self->city_ids, 0);
  gtk_string_list_append (names, C_("city", "None"));
  g_array_append_val (self->city_ids, none);
  for (guint i = 0; i < sorted->len; i++)
    {
      LcRecord *city = g_ptr_array_index (sorted, i);
      gint64 id = lc_record_get_id (city);

      gtk_string_list_append (names, lc_ui_text (city, "name", NULL));
      g_array_append_val (self->city_ids, id);
    }

  adw_combo_row_set_model (self->city_row, G_LIST_MODEL (names));
}

/* The person as the form says, on a copy: nothing is stored here. */
static LcRecord *
form_record (LcPersonEditor *self)
{
  LcRecord *record;
  guint city = adw_combo_row_get_selected (self->city_row);
  guint attendance = adw_combo_row_get_selected (self->attendance_row);

  if (self->person != NULL)
    {
      record = lc_record_copy (self->person);
    }
  else
    {
      record = g_object_new (LC_TYPE_PERSON, NULL);
      lc_person_set_convention_id (LC_PERSON (record), lc_convention_model_get_id (self->model));
    }

  lc_field_rows_save (self, fields, G_N_ELEMENTS (fields), record);
  lc_person_contact_group_save (self->contact_group, LC_PERSON (record));

  lc_person_set_city_id (LC_PERSON (record),
                     city < self->city_ids->len ? g_array_index (self->city_ids, gint64, city) : 0);
  lc_person_set_organisation_id (LC_PERSON (record), lc_organisation_row_get_id (self->organisation_row));
  lc_person_set_photo (LC_PERSON (record), lc_person_photo_row_get_photo (self->photo_row));
  lc_person_set_attendance (LC_PERSON (record),
                     attendance < G_N_ELEMENTS (attendances) ? attendances[attendance] : LC_ATTENDANCE_IN_PERSON);
  /* After the city and organisation, which "their city" and "their
   * organisation" need. */
  lc_person_participant_group_save (self->participant_group, LC_PERSON (record));

  return record;
}

static void
load_record (LcPersonEditor *self,
             LcRecord       *record)
{
  gint64 city_id = lc_person_get_city_id (LC_PERSON (record));
  LcAttendance attendance = lc_person_get_attendance (LC_PERSON (record));

  lc_field_rows_load (self, fields, G_N_ELEMENTS (fields), record);
  lc_person_contact_group_load (self->contact_group, LC_PERSON (record));

  adw_combo_row_set_selected (self->city_row, 0);
  for (guint i = 0; i < self->city_ids->len; i++)
    if (g_array_index (self->city_ids, gint64, i) == city_id)
      adw_combo_row_set_selected (self->city_row, i);

  adw_combo_row_set_selected (self->attendance_row, attendance == LC_ATTENDANCE_ONLINE ? 1 : 0);
  lc_organisation_row_set_id (self->organisation_row, lc_person_get_organisation_id (LC_PERSON (record)));
  lc_person_photo_row_set_photo (self->photo_row, lc_person_get_photo (LC_PERSON (record)));
  lc_person_participant_group_load (self->participant_group, LC_PERSON (record));
}

/* Whether the biographies are short enough; @message says what is wrong. */
static gboolean
check_bios (LcPersonEditor  *self,
            char           **message)
{
  g_autoptr(GError) error = NULL;

  if (lc_person_check_bio (gtk_editable_get_text (GTK_EDITABLE (self->bio_ar)), &error)
      && lc_person_check_bio (gtk_editable_get_text (GTK_EDITABLE (self->bio_en)), &error))
    return TRUE;
  *message = g_strdup (error->message);
  return FALSE;
}

static gboolean
has_name (LcPersonEditor *self)
{
  g_autofree char *ar = trimmed_text (self->name_ar);
  g_autofree char *en = trimmed_text (self->name_en);

  return *ar != '\0' || *en != '\0';
}

static void
update_state (LcPersonEditor *self)
{
  gboolean valid = lc_person_editor_is_valid (self);
  gboolean show = !has_name (self) && self->name_touched;
  g_autofree char *bio_problem = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", valid);
  /* The contact rows say their own problems, under them. */
  if (!check_bios (self, &bio_problem))
    {
      gtk_label_set_text (self->problem_label, bio_problem);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
    }
  else
    {
      gtk_label_set_text (self->problem_label, _("Give the person a name in Arabic or in English."));
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), show);
    }
  if (show)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->name_ar), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->name_en), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->name_ar), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->name_en), "error");
    }
}

static void
show_error (LcPersonEditor *self,
            const GError   *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The Person Could Not Be Saved"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
destroy_idle_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static gboolean
save (LcPersonEditor *self,
      gboolean        later)
{
  g_autoptr(LcRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (!lc_person_editor_is_valid (self))
    return FALSE;

  record = form_record (self);
  if (self->person == NULL)
    ok = lc_undo_stack_insert (self->undo, record, _("Add Person"), &error);
  else if (!lc_record_equal (record, self->person))
    ok = lc_undo_stack_update (self->undo, record, _("Edit Person"), &error);

  if (!ok)
    {
      show_error (self, error);
      return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, lc_record_get_id (record));
  self->closing = TRUE;
  if (later)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      g_idle_add_full (G_PRIORITY_DEFAULT, destroy_idle_cb, g_object_ref (self), g_object_unref);
    }
  else
    {
      gtk_window_destroy (GTK_WINDOW (self));
    }
  return TRUE;
}

static void
on_discard_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        LcPersonEditor   *self)
{
  /* The question is still finishing its response: the editor, its parent,
   * goes once it is done. */
  if (g_str_equal (response, "discard"))
    {
      self->closing = TRUE;
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      g_idle_add_full (G_PRIORITY_DEFAULT, destroy_idle_cb, g_object_ref (self), g_object_unref);
    }
  else if (g_str_equal (response, "save"))
    {
      save (self, TRUE);
    }
}

/* Returns TRUE when the editor may close now; otherwise it asks first. */
static gboolean
may_close (LcPersonEditor *self)
{
  AdwMessageDialog *dialog;

  if (self->closing || !lc_person_editor_is_changed (self))
    return TRUE;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Discard Changes?"),
                                                       _("What you typed for this person has not been saved.")));
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  if (lc_person_editor_is_valid (self))
    {
      adw_message_dialog_add_response (dialog, "save", self->person ? _("_Save") : _("_Add"));
      adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "save");
    }
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return FALSE;
}

static void
on_field_changed_cb (GtkEditable    *editable,
                     LcPersonEditor *self)
{
  if (editable == GTK_EDITABLE (self->name_ar) || editable == GTK_EDITABLE (self->name_en))
    self->name_touched = TRUE;
  update_state (self);
}

static void
on_contact_changed_cb (LcPersonContactGroup *group,
                       LcPersonEditor       *self)
{
  update_state (self);
}

static void
on_photo_changed_cb (LcPersonPhotoRow *row,
                     LcPersonEditor   *self)
{
  update_state (self);
}

static void
on_entry_activated_cb (AdwEntryRow    *row,
                       LcPersonEditor *self)
{
  save (self, FALSE);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (LC_PERSON_EDITOR (widget), FALSE);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LcPersonEditor *self = LC_PERSON_EDITOR (widget);

  if (may_close (self))
    {
      self->closing = TRUE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

static gboolean
lc_person_editor_close_request (GtkWindow *window)
{
  if (!may_close (LC_PERSON_EDITOR (window)))
    return TRUE;

  return GTK_WINDOW_CLASS (lc_person_editor_parent_class)->close_request (window);
}

static void
lc_person_editor_dispose (GObject *object)
{
  LcPersonEditor *self = LC_PERSON_EDITOR (object);

  g_clear_object (&self->model);
  g_clear_object (&self->undo);
  g_clear_object (&self->person);
  g_clear_object (&self->original);
  g_clear_pointer (&self->city_ids, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_PERSON_EDITOR);

  G_OBJECT_CLASS (lc_person_editor_parent_class)->dispose (object);
}

static void
lc_person_editor_class_init (LcPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = lc_person_editor_dispose;
  window_class->close_request = lc_person_editor_close_request;

  /**
   * LcPersonEditor::saved:
   * @editor: the editor
   * @person_id: the person added or edited
   *
   * The person was stored; the editor closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (LC_TYPE_PERSON_CONTACT_GROUP);
  g_type_ensure (LC_TYPE_PERSON_PARTICIPANT_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/people/lc-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, problem_label);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, languages_box);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, arabic_group);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, english_group);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, name_ar);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, name_en);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, honorific_ar);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, honorific_en);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, position_ar);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, position_en);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, organisation_ar);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, organisation_en);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, city_row);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, attendance_row);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, bio_ar);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, bio_en);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, contact_group);
  gtk_widget_class_bind_template_child (widget_class, LcPersonEditor, participant_group);
  gtk_widget_class_bind_template_callback (widget_class, on_contact_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
lc_person_editor_init (LcPersonEditor *self)
{
  gboolean arabic_first = lc_ui_language () == LC_LANGUAGE_ARABIC;

  gtk_widget_init_template (GTK_WIDGET (self));
  lc_keyboard_fix_rows (GTK_WIDGET (self));
  self->city_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* The interface's language first, at the start side. */
  gtk_flow_box_append (self->languages_box, arabic_first ? self->arabic_group : self->english_group);
  gtk_flow_box_append (self->languages_box, arabic_first ? self->english_group : self->arabic_group);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->languages_box));
       child; child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  lc_field_rows_set_directions (self, fields, G_N_ELEMENTS (fields));
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      AdwEntryRow *row = lc_field_row_get (self, &fields[i]);

      g_signal_connect_object (row, "changed", G_CALLBACK (on_field_changed_cb), self, 0);
      g_signal_connect_object (row, "entry-activated", G_CALLBACK (on_entry_activated_cb), self, 0);
    }
}

/**
 * lc_person_editor_new:
 * @parent: the window it belongs to
 * @model: the open convention
 * @undo: where the edit is recorded
 * @person: (nullable): the person to edit, or %NULL to add one
 *
 * Returns: (transfer none): a new editor, not yet shown
 */
LcPersonEditor *
lc_person_editor_new (GtkWindow         *parent,
                      LcConventionModel *model,
                      LcUndoStack       *undo,
                      LcPerson          *person)
{
  LcPersonEditor *self;
  GtkWidget *group;

  g_return_val_if_fail (LC_IS_CONVENTION_MODEL (model), NULL);
  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), NULL);

  self = g_object_new (LC_TYPE_PERSON_EDITOR,
                       "transient-for", parent,
                       "title", person ? _("Edit Person") : _("New Person"),
                       NULL);
  self->model = g_object_ref (model);
  self->undo = g_object_ref (undo);
  /* A copy as it is now: saving writes only the fields changed here, never
   * this copy's other fields over what another process changed meanwhile. */
  self->person = person ? lc_record_copy (LC_RECORD (person)) : NULL;
  gtk_button_set_label (GTK_BUTTON (self->save_button), person ? _("_Save") : _("_Add"));

  fill_cities (self);
  /* Beside the city: the person's organisation as one of the convention's. */
  self->organisation_row = LC_ORGANISATION_ROW (lc_organisation_row_new (lc_convention_model_get_store (model),
                                                                         lc_convention_model_get_id (model)));
  group = gtk_widget_get_ancestor (GTK_WIDGET (self->city_row), ADW_TYPE_PREFERENCES_GROUP);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->organisation_row));
  /* Below them the photo, stored in the library as soon as it is chosen. */
  self->photo_row = g_object_new (LC_TYPE_PERSON_PHOTO_ROW, NULL);
  lc_person_photo_row_set_store (self->photo_row, lc_convention_model_get_store (model));
  g_signal_connect_object (self->photo_row, "changed", G_CALLBACK (on_photo_changed_cb), self, 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->photo_row));
  if (person != NULL)
    load_record (self, LC_RECORD (person));
  self->original = form_record (self);
  self->name_touched = FALSE;
  update_state (self);
  gtk_widget_grab_focus (GTK_WIDGET (lc_ui_language () == LC_LANGUAGE_ARABIC ? self->name_ar : self->name_en));

  return self;
}

/**
 * lc_person_editor_set_name:
 * @self: an editor
 * @name: a name, as typed in a search
 *
 * Puts @name in the Arabic field when it is written in Arabic letters,
 * else in the English one (e.g. when adding someone found by no search).
 */
void
lc_person_editor_set_name (LcPersonEditor *self,
                           const char     *name)
{
  g_return_if_fail (LC_IS_PERSON_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (is_arabic_text (name) ? self->name_ar : self->name_en), name);
}

/**
 * lc_person_editor_is_valid:
 * @self: an editor
 *
 * Returns: whether the form can be saved: a name in either language, the
 *   contact details empty or right, the biographies short enough
 */
gboolean
lc_person_editor_is_valid (LcPersonEditor *self)
{
  g_autofree char *bio_problem = NULL;

  g_return_val_if_fail (LC_IS_PERSON_EDITOR (self), FALSE);

  return has_name (self) && lc_person_contact_group_is_valid (self->contact_group)
         && check_bios (self, &bio_problem);
}

/** lc_person_editor_is_changed: Returns: whether the form differs from what it was opened with */
gboolean
lc_person_editor_is_changed (LcPersonEditor *self)
{
  g_autoptr(LcRecord) now = NULL;

  g_return_val_if_fail (LC_IS_PERSON_EDITOR (self), FALSE);

  if (self->original == NULL)
    return FALSE;

  now = form_record (self);
  return !lc_record_equal (now, self->original);
}
