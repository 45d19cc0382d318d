/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-city-editor-private.h"
#include "lc-declaration.h"
#include "lc-feedback.h"
#include "lc-util.h"

/*
 * When the city editor stores what. A new city is stored when the user
 * presses Add; closing the window before that asks before dropping what
 * was typed. For an existing city each change is stored (undoably) as it
 * is made: switches, the attendance and each goal at once, a year once the
 * spinning stops, text when applied (Enter or the apply button) and, for
 * anything still pending, when the window closes, as one step.
 */

static gboolean
store_change (LcCityEditor *self,
              LcRecord     *changed,
              const char   *label)
{
  g_autoptr(GError) error = NULL;

  if (lc_record_equal (changed, LC_RECORD (self->city)))
    return TRUE;

  if (!lc_undo_stack_update (self->undo, changed, label, &error))
    {
      lc_city_editor_show_problem (self, error->message);
      lc_city_editor_load_all (self, LC_RECORD (self->city));
      return FALSE;
    }
  return TRUE;
}

gboolean
lc_city_editor_store_int (LcCityEditor *self,
                          const char   *property,
                          gint64        value,
                          const char   *label)
{
  g_autoptr(LcRecord) changed = NULL;

  if (self->city == NULL || self->loading)
    return TRUE;

  changed = lc_record_copy (LC_RECORD (self->city));
  lc_record_set_int (changed, property, value);
  return store_change (self, changed, label);
}

gboolean
lc_city_editor_store_field (LcCityEditor      *self,
                            const LcFieldRow *field)
{
  g_autoptr(LcRecord) changed = NULL;
  g_autofree char *value = lc_city_editor_field_value (self, field);

  if (self->city == NULL || self->loading)
    return TRUE;

  changed = lc_record_copy (LC_RECORD (self->city));
  lc_record_set_string (changed, field->property, value);
  return store_change (self, changed, _(field->label));
}

void
lc_city_editor_store_year (LcCityEditor *self)
{
  g_clear_handle_id (&self->year_timeout, g_source_remove);
  lc_city_editor_store_int (self, "year-joined", lc_city_editor_chosen_year (self),
                            _("Change Year Joined"));
}

static gboolean
year_timeout_cb (gpointer data)
{
  LcCityEditor *self = data;

  self->year_timeout = 0;
  lc_city_editor_store_year (self);
  return G_SOURCE_REMOVE;
}

/* Clicking through the years is one change, not one per click. */
void
lc_city_editor_schedule_year (LcCityEditor *self)
{
  g_clear_handle_id (&self->year_timeout, g_source_remove);
  self->year_timeout = g_timeout_add (YEAR_DELAY_MS, year_timeout_cb, self);
}

static gboolean
field_pending (LcCityEditor      *self,
               const LcFieldRow *field)
{
  g_autofree char *value = lc_city_editor_field_value (self, field);

  return self->city != NULL
         && g_strcmp0 (value, lc_record_get_string (LC_RECORD (self->city), field->property)) != 0;
}

/* Everything typed but not applied, and a year still being spun. */
static gboolean
has_pending (LcCityEditor *self)
{
  if (self->year_timeout != 0)
    return TRUE;

  for (guint i = 0; i < N_TEXT_FIELDS; i++)
    if (field_pending (self, &lc_city_editor_text_fields[i]))
      return TRUE;

  return FALSE;
}

static void
store_pending (LcCityEditor *self)
{
  if (!has_pending (self))
    return;

  /* One step, so one Undo takes back what the closing stored. */
  lc_undo_stack_begin_group (self->undo, _("Edit City"));
  if (self->year_timeout != 0)
    lc_city_editor_store_year (self);
  for (guint i = 0; i < N_TEXT_FIELDS; i++)
    if (field_pending (self, &lc_city_editor_text_fields[i]))
      lc_city_editor_store_field (self, &lc_city_editor_text_fields[i]);
  lc_undo_stack_end_group (self->undo);
}

/* A new city: has the user entered anything worth asking about? */
static gboolean
has_input (LcCityEditor *self)
{
  for (guint i = 0; i < N_TEXT_FIELDS; i++)
    {
      const LcFieldRow *field = &lc_city_editor_text_fields[i];
      g_autofree char *value = lc_city_editor_field_value (self, field);

      if (*value != '\0')
        return TRUE;
    }

  return lc_city_editor_chosen_sdgs (self) != 0 || lc_city_editor_chosen_year (self) != 0
         || gtk_switch_get_active (self->candidate_switch)
         || adw_combo_row_get_selected (self->attendance_row) != LC_ATTENDANCE_UNSET;
}

static void
fill_record (LcCityEditor *self,
             LcRecord     *record)
{
  for (guint i = 0; i < N_TEXT_FIELDS; i++)
    {
      const LcFieldRow *field = &lc_city_editor_text_fields[i];
      g_autofree char *value = lc_city_editor_field_value (self, field);

      lc_record_set_string (record, field->property, value);
    }
  lc_city_set_arab_region (LC_CITY (record), gtk_switch_get_active (self->arab_switch));
  lc_city_set_candidate (LC_CITY (record), gtk_switch_get_active (self->candidate_switch));
  lc_city_set_year_joined (LC_CITY (record), lc_city_editor_chosen_year (self));
  lc_city_set_attendance (LC_CITY (record), adw_combo_row_get_selected (self->attendance_row));
  lc_city_set_sdgs (LC_CITY (record), lc_city_editor_chosen_sdgs (self));
}

void
lc_city_editor_add_city (LcCityEditor *self)
{
  g_autoptr(LcRecord) city = NULL;
  g_autoptr(GError) error = NULL;

  if (!lc_city_editor_validate (self, NULL))
    return;

  city = g_object_new (LC_TYPE_CITY, NULL);
  lc_city_set_convention_id (LC_CITY (city), lc_convention_model_get_id (self->model));
  fill_record (self, city);
  if (!lc_undo_stack_insert (self->undo, city, _("Add City"), &error))
    {
      lc_city_editor_show_problem (self, error->message);
      return;
    }

  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static guint
count_people_of (LcConventionModel *model,
                 gint64             city_id)
{
  GListModel *people = lc_convention_model_get_people (model);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (people, i);

      if (lc_person_get_city_id (LC_PERSON (person)) == city_id)
        n++;
    }

  return n;
}

/* The database keeps an amendment's proposer: a city that proposed one
 * cannot go, so say why before trying rather than after failing. */
static gboolean
check_deletable (LcCityEditor *self,
                 const char   *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  gint64 amendments = lc_store_count (lc_undo_stack_get_store (self->undo), LC_TYPE_AMENDMENT,
                                      "city_id", lc_record_get_id (LC_RECORD (self->city)), &error);
  GtkWidget *dialog;

  if (amendments < 0)
    {
      lc_city_editor_show_problem (self, error->message);
      return FALSE;
    }
  if (amendments == 0)
    return TRUE;

  /* Translators: the city's name, then how many amendments it proposed */
  body = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "“%1$s” proposed %2$u amendment to the declaration, "
                                       "and an amendment keeps its proposer.",
                                       "“%1$s” proposed %2$u amendments to the declaration, "
                                       "and an amendment keeps its proposer.",
                                       amendments),
                          name, (guint) amendments);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The City Cannot Be Deleted"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

void
lc_city_editor_delete_city (LcCityEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  guint people;

  if (self->city == NULL)
    return;

  name = g_strdup (lc_ui_text (LC_RECORD (self->city), "name", NULL));
  if (!check_deletable (self, name))
    return;
  people = count_people_of (self->model, lc_record_get_id (LC_RECORD (self->city)));

  /* The undo stack remembers the people whose city this clears, so Undo
   * gives them their city back too. */
  if (!lc_undo_stack_delete (self->undo, LC_RECORD (self->city), _("Delete City"), &error))
    {
      lc_city_editor_show_problem (self, error->message);
      return;
    }

  if (people == 0)
    /* Translators: in a toast with an Undo button; %s is the city's name */
    message = g_strdup_printf (_("“%s” deleted"), name);
  else
    /* Translators: in a toast with an Undo button; the city's name, then how
     * many people of the programme were from that city */
    message = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "“%1$s” deleted; %2$u person no longer has a city",
                                            "“%1$s” deleted; %2$u people no longer have a city",
                                            people),
                               name, people);
  lc_widget_show_undo_toast (GTK_WIDGET (self), message);

  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
close_idle_cb (gpointer data)
{
  LcCityEditor *self = data;

  self->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
on_confirm_response (AdwMessageDialog *dialog,
                     const char       *response,
                     LcCityEditor     *self)
{
  /* Closed once the message dialog is gone: it is transient for us. */
  if (g_str_equal (response, "discard"))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb,
                     g_object_ref (self), g_object_unref);
}

static void
ask_before_closing (LcCityEditor *self,
                    const char   *heading,
                    const char   *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * lc_city_editor_may_close:
 * @self: the editor
 *
 * Stores what is pending, or asks the user when that cannot be done.
 *
 * Returns: %TRUE when the window may close now; %FALSE when a question is
 *   on screen and the answer will close it or not
 */
gboolean
lc_city_editor_may_close (LcCityEditor *self)
{
  g_autofree char *problem = NULL;

  if (self->closing)
    return TRUE;

  if (self->city == NULL)
    {
      if (has_input (self))
        {
          ask_before_closing (self, _("Discard the New City?"),
                              _("It has not been added. Press Add to keep it."));
          return FALSE;
        }
    }
  else if (has_pending (self))
    {
      if (!lc_city_editor_validate (self, &problem))
        {
          /* Plain text: the body of a message dialog is not markup. */
          ask_before_closing (self, _("Discard Changes?"), problem);
          return FALSE;
        }
      store_pending (self);
    }

  self->closing = TRUE;
  return TRUE;
}
