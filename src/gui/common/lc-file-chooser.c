/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-feedback.h"
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

/* The widget that asked is going away (its window closed, its convention
 * replaced): the question goes with it, answered as cancelled, rather than
 * staying on screen with nobody left to use the answer. */
static void
on_owner_destroy (GtkWidget       *owner,
                  GtkNativeDialog *chooser)
{
  g_autoptr(GtkNativeDialog) answering = g_object_ref (chooser);

  gtk_native_dialog_hide (chooser);
  g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_CANCEL);
}

/**
 * lc_file_chooser_new_for:
 * @owner: the widget asking, e.g. the window for Open Library
 * @action: open or save
 * @title: the chooser's title
 * @accept_label: the label of its accept button, e.g. "_Export"
 * @chosen: called with the path and @owner if the user chooses a file
 *
 * Like lc_file_chooser_new(), for @owner's window and for as long as @owner
 * lives: when @owner is destroyed first the chooser closes and @chosen is
 * not called.
 *
 * Returns: (transfer none): a chooser to set up and show
 */
GtkFileChooser *
lc_file_chooser_new_for (GtkWidget            *owner,
                         GtkFileChooserAction  action,
                         const char           *title,
                         const char           *accept_label,
                         LcFileChosenFunc      chosen)
{
  GtkFileChooser *chooser;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (chosen != NULL, NULL);

  chooser = lc_file_chooser_new (lc_widget_get_window (owner), action, title, accept_label, chosen, owner, NULL);
  /* Disconnected when the chooser is freed, once answered. */
  g_signal_connect_object (owner, "destroy", G_CALLBACK (on_owner_destroy), chooser, 0);
  return chooser;
}
