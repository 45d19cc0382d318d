/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-error.h"
#include "lc-feedback.h"
#include "lc-file-chooser.h"
#include "lc-file.h"
#include "lc-merge-dialog.h"

/*
 * Merge Changes…, the file: chosen, then read (bounded by
 * LC_EXCHANGE_MAX_FILE_BYTES) and checked by the core on a worker thread
 * with a connection of its own, so that a large or hostile file never
 * stalls the window. A refused file (another convention, damaged, a newer
 * version's, this library's own, merged already) is said with the core's
 * message, which names the file; nothing is written. A file that passes is
 * read again by the window's own connection, which is the one that writes
 * the merge and whose changes the views follow.
 */

typedef struct
{
  GtkWindow   *parent;
  LcUndoStack *undo;
  gint64       convention_id;
  char        *db_path;
  char        *path;
  char        *name;
} MergeJob;

static void
merge_job_free (gpointer data)
{
  MergeJob *job = data;

  g_clear_weak_pointer (&job->parent);
  g_clear_object (&job->undo);
  g_free (job->db_path);
  g_free (job->path);
  g_free (job->name);
  g_free (job);
}

static void
check_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  MergeJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = NULL;
  g_autoptr(LcExchangeMerge) merge = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (!lc_file_read_bounded (job->path, LC_EXCHANGE_MAX_FILE_BYTES, &contents, &length, &error)
      || (store = lc_store_open (job->db_path, &error)) == NULL
      || (merge = lc_exchange_merge_new (store, contents, length, job->name, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, g_bytes_new_take (g_steal_pointer (&contents), length),
                         (GDestroyNotify) g_bytes_unref);
}

static void
show_refusal (GtkWindow  *parent,
              const char *heading,
              const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_checked (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  MergeJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr(LcExchangeMerge) merge = NULL;
  gsize length;
  const char *data;

  if (job->parent == NULL)
    return;
  if (bytes == NULL)
    {
      show_refusal (job->parent, _("The Changes Were Not Merged"), error->message);
      return;
    }
  data = g_bytes_get_data (bytes, &length);
  merge = lc_exchange_merge_new (lc_undo_stack_get_store (job->undo), data, length, job->name, &error);
  if (merge == NULL)
    {
      show_refusal (job->parent, _("The Changes Were Not Merged"), error->message);
      return;
    }
  if (lc_exchange_merge_get_already (merge) != NULL)
    {
      show_refusal (job->parent, _("Nothing to Merge"), lc_exchange_merge_get_already (merge));
      return;
    }
  if (lc_exchange_merge_get_convention_id (merge) != job->convention_id)
    {
      g_autofree char *body = NULL;

      /* Its changes would go to a convention whose history is not shown. */
      /* Translators: %s names a changes file */
      body = g_strdup_printf (_("%s holds changes of another convention of your library: open that "
                                "convention, then merge the file there."), job->name);
      show_refusal (job->parent, _("The Changes Were Not Merged"), body);
      return;
    }
  gtk_window_present (GTK_WINDOW (lc_merge_dialog_new (job->parent, job->undo, g_steal_pointer (&merge))));
}

static void
on_file_chosen (const char *path,
                gpointer    user_data)
{
  MergeJob *choice = user_data;
  MergeJob *job;
  g_autoptr(GTask) task = NULL;
  g_autofree char *base = NULL;

  if (choice->parent == NULL)
    return;
  job = g_new0 (MergeJob, 1);
  g_set_weak_pointer (&job->parent, choice->parent);
  job->undo = g_object_ref (choice->undo);
  job->convention_id = choice->convention_id;
  job->db_path = g_strdup (lc_store_get_path (lc_undo_stack_get_store (choice->undo)));
  job->path = g_strdup (path);
  base = g_path_get_basename (path);
  /* Isolated, so that a Latin name keeps its order in an Arabic sentence. */
  job->name = g_strconcat ("\u2068", base, "\u2069", NULL);
  task = g_task_new (NULL, NULL, on_checked, NULL);
  g_task_set_task_data (task, job, merge_job_free);
  g_task_run_in_thread (task, check_thread);
}

/**
 * lc_merge_dialog_choose_file:
 * @parent: the convention's window
 * @undo: the convention's undo history
 * @convention_id: the convention shown
 *
 * Asks for a colleague's changes file, checks it off the main thread, and
 * shows what merging it changes, or why it cannot be merged.
 */
void
lc_merge_dialog_choose_file (GtkWindow   *parent,
                             LcUndoStack *undo,
                             gint64       convention_id)
{
  MergeJob *choice = g_new0 (MergeJob, 1);
  GtkFileChooser *chooser;

  g_set_weak_pointer (&choice->parent, parent);
  choice->undo = g_object_ref (undo);
  choice->convention_id = convention_id;
  chooser = lc_file_chooser_new (parent, GTK_FILE_CHOOSER_ACTION_OPEN, _("Merge Changes"), _("_Open"),
                                 on_file_chosen, choice, merge_job_free);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
