/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-city-editor-private.h"
#include "lc-keyboard.h"
#include "lc-sdg.h"
#include "lc-util.h"

/*
 * A city's details: the widgets, how they are filled from the record and
 * checked as the user types (the reason shows under the title), and how
 * they follow the record when it changes. What is stored when, and closing
 * without losing anything, is in lc-city-editor-store.c.
 */

G_DEFINE_FINAL_TYPE (LcCityEditor, lc_city_editor, ADW_TYPE_WINDOW)

#define TEXT_FIELD(prop, member, label) LC_FIELD_ROW_LABELLED (LcCityEditor, prop, member, label)

/* The labels name the step in Undo's history. */
const LcFieldRow lc_city_editor_text_fields[N_TEXT_FIELDS] = {
  TEXT_FIELD ("name-ar", name_ar, N_("Rename City")),
  TEXT_FIELD ("name-en", name_en, N_("Rename City")),
  TEXT_FIELD ("country", country, N_("Change City’s Country")),
  TEXT_FIELD ("representative-ar", representative_ar, N_("Change City’s Representative")),
  TEXT_FIELD ("representative-en", representative_en, N_("Change City’s Representative")),
  TEXT_FIELD ("trait-ar", trait_ar, N_("Change City’s Trait")),
  TEXT_FIELD ("trait-en", trait_en, N_("Change City’s Trait")),
};

/* What a field would store: trimmed, and a country code in capitals. */
char *
lc_city_editor_field_value (LcCityEditor      *self,
                            const LcFieldRow *field)
{
  char *text = lc_field_row_dup_text (self, field);

  if (g_str_equal (field->property, "country"))
    {
      char *upper = g_ascii_strup (text, -1);

      g_free (text);
      text = upper;
    }
  return text;
}


void
lc_city_editor_show_problem (LcCityEditor *self,
                             const char   *problem)
{
  if (problem != NULL)
    gtk_label_set_text (self->problem_label, problem);
  gtk_revealer_set_reveal_child (self->problem_revealer, problem != NULL);
}

gint64
lc_city_editor_chosen_sdgs (LcCityEditor *self)
{
  gint64 bits = 0;

  for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
    if (gtk_toggle_button_get_active (self->toggles[goal]))
      bits |= (gint64) 1 << goal;

  return bits;
}

gint64
lc_city_editor_chosen_year (LcCityEditor *self)
{
  if (!adw_expander_row_get_enable_expansion (self->year_row))
    return 0;
  return gtk_spin_button_get_value_as_int (self->year_spin);
}

static void
update_sdg_note (LcCityEditor *self)
{
  guint n = lc_sdg_count_chosen (lc_city_editor_chosen_sdgs (self));

  for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
    gtk_widget_set_visible (self->checks[goal], gtk_toggle_button_get_active (self->toggles[goal]));

  /* A gentle note, never a block: the exercise's limit is not a rule of
   * the data, and an organiser may record what a city really said. */
  if (n > 5)
    {
      g_autofree char *text =
        lc_ui_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u goal chosen; the exercise asks for up to five.",
                                      "%u goals chosen; the exercise asks for up to five.", n),
                         n);

      gtk_label_set_text (self->sdg_note_label, text);
    }
  gtk_widget_set_visible (self->sdg_note, n > 5);
}

static void
update_year_row (LcCityEditor *self)
{
  gboolean candidate = gtk_switch_get_active (self->candidate_switch);
  g_autofree char *subtitle = NULL;

  if (candidate)
    subtitle = g_strdup (_("A candidate has not joined yet"));
  else if (adw_expander_row_get_enable_expansion (self->year_row))
    subtitle = lc_ui_format_number (gtk_spin_button_get_value_as_int (self->year_spin));
  else
    subtitle = g_strdup (_("Not known"));

  adw_expander_row_set_subtitle (self->year_row, subtitle);
  gtk_widget_set_sensitive (GTK_WIDGET (self->year_row), !candidate);
}

static void
update_country_name (LcCityEditor *self)
{
  const char *code = gtk_editable_get_text (GTK_EDITABLE (self->country));
  const char *name = lc_country_code_is_valid (code) ? lc_country_get_name (code) : "";

  /* An unknown code comes back as itself: show nothing rather than echo it. */
  gtk_label_set_text (self->country_name, g_ascii_strcasecmp (name, code) == 0 ? "" : name);
}

/**
 * lc_city_editor_validate:
 * @self: the editor
 * @message: (out) (optional) (transfer full): why the fields are not acceptable
 *
 * Checks the fields as they stand and marks the wrong ones.
 *
 * Returns: %TRUE when they make a valid city
 */
gboolean
lc_city_editor_validate (LcCityEditor  *self,
                         char         **message)
{
  g_autofree char *name_ar = lc_city_editor_field_value (self, &lc_city_editor_text_fields[0]);
  g_autofree char *name_en = lc_city_editor_field_value (self, &lc_city_editor_text_fields[1]);
  g_autofree char *code = lc_city_editor_field_value (self, &lc_city_editor_text_fields[2]);
  gboolean name_ok = *name_ar != '\0' || *name_en != '\0';
  gboolean country_ok = *code == '\0' || lc_country_code_is_valid (code);
  const char *problem = NULL;

  g_return_val_if_fail (LC_IS_CITY_EDITOR (self), FALSE);

  lc_widget_mark_wrong (self->name_ar, !name_ok);
  lc_widget_mark_wrong (self->name_en, !name_ok);
  lc_widget_mark_wrong (self->country, !country_ok);

  if (!name_ok)
    problem = _("Give the city a name in Arabic, English or both.");
  else if (!country_ok)
    problem = _("The country code must be two Latin letters, such as EG for Egypt or DE for Germany, or empty.");

  lc_city_editor_show_problem (self, problem);
  if (message)
    *message = g_strdup (problem);

  return problem == NULL;
}

/* Sets the widgets of @property from @record without storing anything. */
static void
load_property (LcCityEditor *self,
               LcRecord     *record,
               const char   *property)
{
  const LcFieldRow *field;

  self->loading = TRUE;
  field = lc_field_rows_find_property (lc_city_editor_text_fields, N_TEXT_FIELDS, property);
  if (field != NULL)
    gtk_editable_set_text (GTK_EDITABLE (lc_field_row_get (self, field)), lc_record_get_string (record, property));

  if (g_str_equal (property, "arab-region"))
    gtk_switch_set_active (self->arab_switch, lc_record_get_int (record, property));
  else if (g_str_equal (property, "candidate"))
    gtk_switch_set_active (self->candidate_switch, lc_record_get_int (record, property));
  else if (g_str_equal (property, "year-joined"))
    {
      gint64 year = lc_record_get_int (record, property);

      if (year > 0)
        gtk_spin_button_set_value (self->year_spin, year);
      adw_expander_row_set_enable_expansion (self->year_row, year > 0);
    }
  else if (g_str_equal (property, "attendance"))
    adw_combo_row_set_selected (self->attendance_row, lc_record_get_int (record, property));
  else if (g_str_equal (property, "sdgs"))
    for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
      gtk_toggle_button_set_active (self->toggles[goal], lc_city_has_sdg (LC_CITY (record), goal));

  /* The stored name under the title says which city this is. */
  if (g_str_has_prefix (property, "name-") && self->city != NULL)
    adw_window_title_set_subtitle (self->window_title, lc_ui_text (record, "name", NULL));

  self->loading = FALSE;

  update_year_row (self);
  update_sdg_note (self);
  update_country_name (self);
}

void
lc_city_editor_load_all (LcCityEditor *self,
                         LcRecord     *record)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->columns->len; i++)
    load_property (self, record, ((LcColumn *) g_ptr_array_index (klass->columns, i))->pspec->name);
}

/* The stored city changed (our own edit, or an undo): follow it, but keep
 * text the user has typed and not applied yet. */
static void
on_city_notify (LcRecord     *city,
                GParamSpec   *pspec,
                LcCityEditor *self)
{
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean keep = FALSE;

  for (guint i = 0; i < N_TEXT_FIELDS; i++)
    if (g_str_equal (lc_city_editor_text_fields[i].property, pspec->name))
      {
        g_autofree char *typed = lc_city_editor_field_value (self, &lc_city_editor_text_fields[i]);

        keep = g_strcmp0 (typed, lc_record_get_string (self->shown, pspec->name)) != 0;
      }

  if (!keep)
    load_property (self, city, pspec->name);

  g_value_init (&value, pspec->value_type);
  g_object_get_property (G_OBJECT (city), pspec->name, &value);
  g_object_set_property (G_OBJECT (self->shown), pspec->name, &value);
}

static void
on_entry_changed_cb (GtkEditable  *editable,
                     LcCityEditor *self)
{
  if (self->loading)
    return;

  if (editable == GTK_EDITABLE (self->country))
    update_country_name (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), lc_city_editor_validate (self, NULL));
}

static void
on_entry_apply_cb (AdwEntryRow  *row,
                   LcCityEditor *self)
{
  const LcFieldRow *field = lc_field_rows_find (self, lc_city_editor_text_fields, N_TEXT_FIELDS, row);

  if (field == NULL || !lc_city_editor_validate (self, NULL))
    return;

  if (lc_city_editor_store_field (self, field) && g_str_equal (field->property, "country"))
    {
      /* Show the code as stored, in capitals. */
      self->loading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (row), lc_city_get_country (self->city));
      self->loading = FALSE;
    }
}

static void
on_arab_switch_active_cb (GtkSwitch    *widget,
                          GParamSpec   *pspec,
                          LcCityEditor *self)
{
  lc_city_editor_store_int (self, "arab-region", gtk_switch_get_active (widget), _("Change City’s Region"));
}

static void
on_candidate_switch_active_cb (GtkSwitch    *widget,
                               GParamSpec   *pspec,
                               LcCityEditor *self)
{
  update_year_row (self);
  lc_city_editor_store_int (self, "candidate", gtk_switch_get_active (widget), _("Change City’s Candidacy"));
}

static void
on_year_row_enable_expansion_cb (AdwExpanderRow *row,
                                 GParamSpec     *pspec,
                                 LcCityEditor   *self)
{
  update_year_row (self);
  if (!self->loading && self->city != NULL)
    lc_city_editor_store_year (self);
}

static void
on_year_spin_value_changed_cb (GtkSpinButton *spin,
                               LcCityEditor  *self)
{
  update_year_row (self);
  if (self->loading || self->city == NULL)
    return;

  lc_city_editor_schedule_year (self);
}

/* The year in the digits the user chose; typed in either digits. */
static gboolean
on_year_spin_output_cb (GtkSpinButton *spin,
                        LcCityEditor  *self)
{
  g_autofree char *text = lc_ui_format_number (gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static int
on_year_spin_input_cb (GtkSpinButton *spin,
                       double        *value,
                       LcCityEditor  *self)
{
  g_autofree char *western = lc_l10n_convert_digits (LC_LANGUAGE_ENGLISH, LC_DIGITS_WESTERN,
                                                     gtk_editable_get_text (GTK_EDITABLE (spin)));
  char *end = NULL;
  gint64 year;

  g_strstrip (western);
  year = g_ascii_strtoll (western, &end, 10);
  if (end == western || *end != '\0')
    return GTK_INPUT_ERROR;

  *value = (double) year;
  return TRUE;
}

static void
on_attendance_row_selected_cb (AdwComboRow  *row,
                               GParamSpec   *pspec,
                               LcCityEditor *self)
{
  lc_city_editor_store_int (self, "attendance", adw_combo_row_get_selected (row), _("Change City’s Attendance"));
}

static void
on_add_button_clicked_cb (GtkButton    *button,
                          LcCityEditor *self)
{
  lc_city_editor_add_city (self);
}

static void
on_delete_button_clicked_cb (GtkButton    *button,
                             LcCityEditor *self)
{
  lc_city_editor_delete_city (self);
}

static void
on_sdg_toggled (GtkToggleButton *toggle,
                LcCityEditor    *self)
{
  update_sdg_note (self);
  lc_city_editor_store_int (self, "sdgs", lc_city_editor_chosen_sdgs (self), _("Change City’s Goals"));
}

static gboolean
lc_city_editor_close_request (GtkWindow *window)
{
  if (!lc_city_editor_may_close (LC_CITY_EDITOR (window)))
    return TRUE;

  return GTK_WINDOW_CLASS (lc_city_editor_parent_class)->close_request (window);
}

static GtkWidget *
create_sdg_toggle (LcCityEditor *self,
                   guint         goal)
{
  g_autofree char *number_text = lc_ui_format_number (goal);
  g_autofree char *class = g_strdup_printf ("sdg-%u", goal);
  g_autofree char *name = g_strdup_printf ("sdg-toggle-%u", goal);
  g_autofree char *description = lc_sdg_describe (goal);
  GtkWidget *toggle = gtk_toggle_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *number = gtk_label_new (number_text);
  GtkWidget *label = gtk_label_new (lc_sdg_get_name (goal));
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_widget_set_name (toggle, name);
  gtk_widget_add_css_class (toggle, "sdg-toggle");
  gtk_widget_add_css_class (toggle, class);
  gtk_widget_set_tooltip_text (toggle, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  gtk_widget_add_css_class (number, "sdg-number");
  gtk_widget_set_valign (number, GTK_ALIGN_CENTER);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_widget_add_css_class (label, "sdg-name");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (check, FALSE);

  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_button_set_child (GTK_BUTTON (toggle), box);

  self->toggles[goal] = GTK_TOGGLE_BUTTON (toggle);
  self->checks[goal] = check;
  g_signal_connect (toggle, "toggled", G_CALLBACK (on_sdg_toggled), self);
  return toggle;
}

static void
lc_city_editor_dispose (GObject *object)
{
  LcCityEditor *self = LC_CITY_EDITOR (object);

  g_clear_handle_id (&self->year_timeout, g_source_remove);
  if (self->city != NULL)
    g_signal_handlers_disconnect_by_func (self->city, on_city_notify, self);
  g_clear_object (&self->city);
  g_clear_object (&self->shown);
  g_clear_object (&self->model);
  g_clear_object (&self->undo);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_CITY_EDITOR);

  G_OBJECT_CLASS (lc_city_editor_parent_class)->dispose (object);
}

static void
lc_city_editor_class_init (LcCityEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = lc_city_editor_dispose;
  window_class->close_request = lc_city_editor_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/cities/lc-city-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, header_bar);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, add_button);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, problem_revealer);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, problem_label);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, name_ar);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, name_en);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, country);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, country_name);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, arab_switch);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, candidate_switch);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, year_row);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, year_spin);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, attendance_row);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, representative_ar);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, representative_en);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, trait_ar);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, trait_en);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, sdg_box);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, sdg_note);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, sdg_note_label);
  gtk_widget_class_bind_template_child (widget_class, LcCityEditor, delete_group);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_arab_switch_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_candidate_switch_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_year_row_enable_expansion_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_year_spin_value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_year_spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_year_spin_input_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_attendance_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_button_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lc_city_editor_init (LcCityEditor *self)
{
  g_autoptr(GtkStringList) attendance = NULL;

  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  lc_keyboard_fix_rows (GTK_WIDGET (self));
  lc_sdg_ensure_style (gtk_widget_get_display (GTK_WIDGET (self)));

  /* In the order of LcAttendance, so the selected position is the value. */
  attendance = gtk_string_list_new ((const char *[]) {
    C_("attendance", "Not known"),
    C_("attendance", "In person"),
    C_("attendance", "Online"),
    C_("attendance", "Absent"),
    NULL });
  adw_combo_row_set_model (self->attendance_row, G_LIST_MODEL (attendance));

  for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
    {
      GtkWidget *toggle = create_sdg_toggle (self, goal);

      gtk_flow_box_append (self->sdg_box, toggle);
      /* One stop per goal when tabbing: the toggle, not its flow box slot. */
      gtk_widget_set_focusable (gtk_widget_get_parent (toggle), FALSE);
    }

  /* Codes are typed left to right too. */
  lc_field_rows_set_directions (self, lc_city_editor_text_fields, N_TEXT_FIELDS);
  self->loading = FALSE;
}

/**
 * lc_city_editor_new:
 * @parent: the window
 * @model: the open convention
 * @undo: its undo history
 * @city: (nullable): the city to edit, or %NULL to add one
 *
 * Returns: (transfer none): the editor, not yet shown
 */
LcCityEditor *
lc_city_editor_new (GtkWindow         *parent,
                    LcConventionModel *model,
                    LcUndoStack       *undo,
                    LcCity            *city)
{
  LcCityEditor *self = g_object_new (LC_TYPE_CITY_EDITOR,
                                     "transient-for", parent,
                                     "modal", TRUE,
                                     "title", city ? _("City") : _("New City"),
                                     NULL);

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LC_IS_CONVENTION_MODEL (model), NULL);
  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), NULL);

  self->model = g_object_ref (model);
  self->undo = g_object_ref (undo);

  if (city != NULL)
    {
      self->city = g_object_ref (city);
      self->shown = lc_record_copy (LC_RECORD (city));
      lc_city_editor_load_all (self, LC_RECORD (city));
      g_signal_connect (city, "notify", G_CALLBACK (on_city_notify), self);
      for (guint i = 0; i < N_TEXT_FIELDS; i++)
        adw_entry_row_set_show_apply_button (lc_field_row_get (self, &lc_city_editor_text_fields[i]), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->add_button), FALSE);
    }
  else
    {
      /* Most cities at these conventions are from the Arab region. */
      self->loading = TRUE;
      gtk_switch_set_active (self->arab_switch, TRUE);
      self->loading = FALSE;
      gtk_widget_set_visible (self->delete_group, FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), FALSE);
      gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->add_button));
      /* Cancel and Add take the places of the window's own buttons. */
      adw_header_bar_set_show_start_title_buttons (self->header_bar, FALSE);
      adw_header_bar_set_show_end_title_buttons (self->header_bar, FALSE);
      for (guint i = 0; i < N_TEXT_FIELDS; i++)
        adw_entry_row_set_activates_default (lc_field_row_get (self, &lc_city_editor_text_fields[i]), TRUE);
    }

  /* An unknown year starts, once switched on, from this year. */
  if (lc_city_editor_chosen_year (self) == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      self->loading = TRUE;
      gtk_spin_button_set_value (self->year_spin, g_date_time_get_year (now));
      self->loading = FALSE;
    }

  update_year_row (self);
  update_sdg_note (self);
  update_country_name (self);
  return self;
}

/** lc_city_editor_get_city: Returns: (transfer none) (nullable): the city edited, %NULL for a new one */
LcCity *
lc_city_editor_get_city (LcCityEditor *self)
{
  g_return_val_if_fail (LC_IS_CITY_EDITOR (self), NULL);

  return self->city;
}
