/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-exchange.h"
#include "lc-send-changes-private.h"

/* The organiser's name: what Preferences and the question before the
 * first send accept, and the question itself. */

/**
 * lc_organiser_name_is_valid:
 * @name: (nullable): a name as typed
 *
 * Whether @name can go into a changes file: some text once spaces are
 * trimmed, one line, at most %LC_EXCHANGE_MAX_AUTHOR_BYTES bytes (the
 * bound every reader of the file checks).
 */
gboolean
lc_organiser_name_is_valid (const char *name)
{
  g_autofree char *trimmed = NULL;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return FALSE;
  trimmed = g_strstrip (g_strdup (name));
  return trimmed[0] != '\0' && strpbrk (trimmed, "\r\n") == NULL
         && strlen (trimmed) <= LC_EXCHANGE_MAX_AUTHOR_BYTES;
}

/**
 * lc_organiser_name_get:
 * @settings: (nullable): the app's settings
 *
 * Returns: (transfer full) (nullable): the organiser's name kept in the
 *   settings, trimmed, or %NULL when none is set (or what is kept could
 *   not go into a file)
 */
char *
lc_organiser_name_get (GSettings *settings)
{
  g_autofree char *name = settings != NULL ? g_settings_get_string (settings, "organiser-name") : NULL;

  if (!lc_organiser_name_is_valid (name))
    return NULL;
  return g_strstrip (g_steal_pointer (&name));
}

/**
 * lc_organiser_name_mark:
 * @field: where the name is typed
 * @wrong: whether what it holds cannot go into a changes file
 *
 * Shows @field in the error style with why in its tooltip, or no longer.
 */
void
lc_organiser_name_mark (GtkWidget *field,
                        gboolean   wrong)
{
  lc_widget_mark_wrong (field, wrong);
  gtk_widget_set_tooltip_text (field, wrong ? _("An organiser’s name is one line of at most 200 bytes.") : NULL);
}

static void
on_name_changed (GtkEditable      *entry,
                 AdwMessageDialog *dialog)
{
  const char *text = gtk_editable_get_text (entry);
  gboolean valid = lc_organiser_name_is_valid (text);

  adw_message_dialog_set_response_enabled (dialog, "continue", valid);
  /* Empty is only not yet typed; too long is wrong, and says why. */
  lc_organiser_name_mark (GTK_WIDGET (entry), !valid && text[0] != '\0');
}

static void
on_name_response (AdwMessageDialog *dialog,
                  const char       *response,
                  LcSendJob        *job)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_str_equal (response, "continue") && lc_organiser_name_is_valid (name))
    {
      if (job->settings != NULL)
        g_settings_set_string (job->settings, "organiser-name", name);
      lc_send_job_choose_file (job, name);
    }
  lc_send_job_unref (job);
}

/* Asks the organiser's name before the first send; @job goes on to the
 * file chooser once it is given (and is kept for the next sends). */
void
lc_send_job_ask_name (LcSendJob *job)
{
  GtkWidget *dialog, *entry;

  dialog = adw_message_dialog_new (lc_widget_get_window (job->owner), _("Your Name"),
                                   _("Each changes file says who sent it, so that your colleagues know "
                                     "whose changes they merge. You can change it later in Preferences."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "continue", _("C_ontinue"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "continue",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "continue", FALSE);

  entry = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Name and organisation"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Your name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_name_changed), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_name_response), lc_send_job_ref (job));

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}
