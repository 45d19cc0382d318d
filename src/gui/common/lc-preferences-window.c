/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-keyboard.h"
#include "lc-preferences-window.h"
#include "lc-send-changes.h"

/* The settings a person changes: which digits numbers and dates use, and
 * the organiser's name that goes into each changes file sent. */

struct _LcPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *digits_row;
  AdwEntryRow          *name_row;
  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (LcPreferencesWindow, lc_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* In the order of the combo row's model in the template. */
static const char *digit_choices[] = { "locale", "western", "arabic-indic" };

static gboolean
digits_to_row (GValue   *value,
               GVariant *variant,
               gpointer  user_data)
{
  const char *choice = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (digit_choices); i++)
    if (g_str_equal (choice, digit_choices[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
row_to_digits (const GValue       *value,
               const GVariantType *type,
               gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  return g_variant_new_string (digit_choices[i < G_N_ELEMENTS (digit_choices) ? i : 0]);
}

/* Kept as typed once trimmed, and only when a changes file can carry it
 * (one line of at most 200 bytes); empty means not set. What cannot be
 * kept is marked, and the setting keeps the last good name. */
static void
on_name_row_changed_cb (GtkEditable         *row,
                        LcPreferencesWindow *self)
{
  const char *text = gtk_editable_get_text (row);
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  gboolean keep = trimmed[0] == '\0' || lc_organiser_name_is_valid (trimmed);

  lc_organiser_name_mark (GTK_WIDGET (row), !keep);
  if (keep && self->settings != NULL)
    g_settings_set_string (self->settings, "organiser-name", trimmed);
}

static void
lc_preferences_window_dispose (GObject *object)
{
  LcPreferencesWindow *self = LC_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lc_preferences_window_parent_class)->dispose (object);
}

static void
lc_preferences_window_class_init (LcPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/common/lc-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LcPreferencesWindow, digits_row);
  gtk_widget_class_bind_template_child (widget_class, LcPreferencesWindow, name_row);
  gtk_widget_class_bind_template_callback (widget_class, on_name_row_changed_cb);
}

static void
lc_preferences_window_init (LcPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  lc_keyboard_fix_rows (GTK_WIDGET (self));
}

/**
 * lc_preferences_window_new:
 * @parent: the main window
 * @settings: (nullable): the app's settings; without them the choices are shown but not kept
 *
 * Returns: (transfer none): the preferences window
 */
GtkWindow *
lc_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  LcPreferencesWindow *self = g_object_new (LC_TYPE_PREFERENCES_WINDOW,
                                            "transient-for", parent,
                                            "modal", TRUE,
                                            NULL);

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  if (settings != NULL)
    {
      g_autofree char *name = g_settings_get_string (settings, "organiser-name");

      /* Before the settings are kept: filling the row is not an edit. */
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
      self->settings = g_object_ref (settings);
      g_settings_bind_with_mapping (settings, "digits", self->digits_row, "selected",
                                    G_SETTINGS_BIND_DEFAULT, digits_to_row, row_to_digits, NULL, NULL);
    }
  else
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->digits_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->name_row), FALSE);
    }

  return GTK_WINDOW (self);
}
