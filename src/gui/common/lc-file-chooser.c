/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-file-chooser.h"

/*
 * The native file chooser (the portal's under Flatpak) for a one-off
 * question: the caller gets the chosen path, never the dialog's response
 * codes, GFiles or references to drop.
 */

typedef struct
{
  LcFileChosenFunc chosen;
  gpointer         user_data;
  GDestroyNotify   destroy;
} Question;

static void
on_response (GtkNativeDialog *chooser,
             int              response,
             Question        *question)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        question->chosen (path, question->user_data);
    }

  if (question->destroy != NULL)
    question->destroy (question->user_data);
  g_free (question);
  g_object_unref (chooser);
}

/**
 * lc_file_chooser_new:
 * @parent: (nullable): the window it is for
 * @action: open or save
 * @title: the chooser's title
 * @accept_label: the label of its accept button, e.g. "_Export"
 * @chosen: called with the path if the user chooses a file
 * @user_data: data for @chosen
 * @destroy: (nullable): frees @user_data once the chooser is answered
 *
 * Returns: (transfer none): a chooser to set up (filters, a suggested
 *   name, modality) and show with gtk_native_dialog_show(); it frees
 *   itself once answered
 */
GtkFileChooser *
lc_file_chooser_new (GtkWindow            *parent,
                     GtkFileChooserAction  action,
                     const char           *title,
                     const char           *accept_label,
                     LcFileChosenFunc      chosen,
                     gpointer              user_data,
                     GDestroyNotify        destroy)
{
  GtkFileChooserNative *chooser;
  Question *question;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (chosen != NULL, NULL);

  chooser = gtk_file_chooser_native_new (title, parent, action, accept_label, _("_Cancel"));
  question = g_new0 (Question, 1);
  question->chosen = chosen;
  question->user_data = user_data;
  question->destroy = destroy;
  g_signal_connect (chooser, "response", G_CALLBACK (on_response), question);
  return GTK_FILE_CHOOSER (chooser);
}
