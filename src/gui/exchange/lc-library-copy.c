/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lc-feedback.h"
#include "lc-library-copy.h"
#include "lc-store-portal.h"

/*
 * A library chosen in the file chooser of the Flatpak comes through the
 * document portal, where it cannot be kept (see src/core/lc-store-portal.c).
 * The window asks before copying it into the app's own folder, since from
 * then on changes go to the copy, not to the file the person chose.
 */

typedef struct
{
  GtkWindow       *parent;
  char            *path;
  LcLibraryCopied  copied;
  gpointer         user_data;
} CopyJob;

static void
copy_job_free (gpointer data)
{
  CopyJob *job = data;

  g_object_unref (job->parent);
  g_free (job->path);
  g_free (job);
}

static void
copy_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  CopyJob *job = task_data;
  g_autoptr(GError) error = NULL;
  char *copy = lc_store_copy_shared_document (job->path, &error);

  if (copy == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, copy, g_free);
}

static void
on_copied (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  CopyJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_task_propagate_pointer (G_TASK (result), &error);

  if (copy == NULL)
    {
      lc_widget_show_error (GTK_WIDGET (job->parent), error);
      return;
    }

  job->copied (copy, job->user_data);
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             CopyJob          *job)
{
  g_autoptr(GTask) task = NULL;

  if (!g_str_equal (response, "copy"))
    {
      copy_job_free (job);
      return;
    }

  /* A library can be large, and the portal is slower than a disk. */
  task = g_task_new (NULL, NULL, on_copied, NULL);
  g_task_set_task_data (task, job, copy_job_free);
  g_task_run_in_thread (task, copy_thread);
}

/**
 * lc_library_copy_ask:
 * @parent: the window
 * @path: a library shared through the document portal
 * @create: whether the person asked for a new library (a save dialog)
 * @copied: called with the copy's path once it is made
 * @user_data: data for @copied
 *
 * Asks whether to copy the library into the app's own folder (or to make the
 * new library there), does it, then calls @copied; a failure is shown in
 * @parent.
 */
void
lc_library_copy_ask (GtkWindow       *parent,
                     const char      *path,
                     gboolean         create,
                     LcLibraryCopied  copied,
                     gpointer         user_data)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_filename_display_name (base);
  g_autofree char *body = NULL;
  const char *heading;
  CopyJob *job = g_new0 (CopyJob, 1);
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WINDOW (parent));

  job->parent = g_object_ref (parent);
  job->path = g_strdup (path);
  job->copied = copied;
  job->user_data = user_data;

  if (create)
    body = g_strdup_printf (_("Learning Cities runs in a sandbox, where it can keep a library safely "
                              "only in its own folder. The new library “%s” will be made there "
                              "instead of where you chose."), name);
  else
    body = g_strdup_printf (_("Learning Cities runs in a sandbox, where it can keep a library safely "
                              "only in its own folder. It can copy “%s” there and open the copy: "
                              "changes will be saved in the copy, and the file you chose will stay "
                              "as it is."), name);

  heading = create ? _("Make the Library in Learning Cities’ Folder?")
                   : _("Copy the Library Into Learning Cities’ Folder?");
  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "copy", create ? _("_Make Library") : _("C_opy and Open"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "copy", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "copy");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_response), job);
  gtk_window_present (GTK_WINDOW (dialog));
}
