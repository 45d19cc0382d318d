/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-update-dialog.h"

/* The question a person gets when the convention file they import is
 * already in their library: it says so in words, shows what updating it
 * would add, change and delete, and offers Update (the default), Import as
 * a Copy and Cancel. The window applies the answer (lc-window-library.c). */

#define MAX_SHOWN_ROWS 500

static const char *
action_word (LcUpdateAction action)
{
  switch (action)
    {
    case LC_UPDATE_ADD:
      return _("added");
    case LC_UPDATE_CHANGE:
      return _("changed");
    case LC_UPDATE_DELETE:
    default:
      return _("deleted");
    }
}

static GtkWidget *
make_row (const LcUpdateRow *row)
{
  GtkWidget *widget = adw_action_row_new ();
  g_autofree char *subtitle = NULL;

  /* The texts come from the file and the library: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), row->label);
  /* Translators: an update's row: the area (“Rooms”), then “added”, “changed” or “deleted” */
  subtitle = g_strdup_printf (_("%1$s, %2$s"), row->area, action_word (row->action));
  if (row->detail != NULL)
    {
      g_autofree char *both = g_strdup_printf ("%s\n%s", subtitle, row->detail);

      g_free (subtitle);
      subtitle = g_steal_pointer (&both);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (widget), 0);

  return widget;
}

/**
 * lc_update_dialog_make_preview:
 * @update: a planned update
 *
 * Returns: (transfer floating): what @update adds, changes and deletes,
 *   a row each, in a scrolled list (also Merge Changes…' preview)
 */
GtkWidget *
lc_update_dialog_make_preview (LcConventionUpdate *update)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  guint n = lc_convention_update_get_n_rows (update);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What the update changes"), -1);
  /* A file can list thousands of changes; the first ones say enough. */
  for (guint i = 0; i < MIN (n, MAX_SHOWN_ROWS); i++)
    gtk_list_box_append (GTK_LIST_BOX (list), make_row (lc_convention_update_get_row (update, i)));

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  /* Room for a few changes; more scroll. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), MIN (n, 3) * 130);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  return scrolled;
}

/**
 * lc_update_dialog_new:
 * @parent: the window
 * @update: the planned update, kept by the caller until the answer
 *
 * Returns: (transfer floating): an #AdwMessageDialog whose "response" is
 *   "update", "copy" or "cancel"
 */
GtkWidget *
lc_update_dialog_new (GtkWindow          *parent,
                      LcConventionUpdate *update)
{
  guint n = lc_convention_update_get_n_rows (update);
  const char *blocker = lc_convention_update_get_blocker (update);
  gboolean can_update = n > 0 && blocker == NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Translators: %s is a convention's title */
  heading = g_strdup_printf (_("“%s” is already in your library"), lc_convention_update_get_title (update));
  if (blocker != NULL)
    body = g_strdup (blocker);
  else if (n == 0)
    body = g_strdup (_("Nothing to update: the file holds what your library holds."));
  else
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Updating it from the file makes %u change, listed below. "
                                         "You can undo it.",
                                         "Updating it from the file makes %u changes, listed below. "
                                         "You can undo it.", n), n);

  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", can_update ? _("_Cancel") : _("_Close"),
                                    "copy", _("Import as a _Copy"),
                                    NULL);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  if (can_update)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "update", _("_Update"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "update",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "update");
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), lc_update_dialog_make_preview (update));
    }

  return dialog;
}
