/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The import dialog's workers: planning and applying run in a thread on
 * their own connection (see lc-import-dialog.c), and report progress to
 * the main thread. */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-feedback.h"
#include "lc-import-dialog-private.h"
#include "lc-util.h"

#define SHOW_PROGRESS_AFTER_MS 500

typedef struct
{
  char            *db_path;
  gint64           convention_id;
  LcCsvImportKind  kind;
  char            *path;
  GStrv            columns;  /* for planning: the meanings the user chose */
  LcImportPlan    *plan;     /* for applying */
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->db_path);
  g_free (job->path);
  g_strfreev (job->columns);
  g_clear_pointer (&job->plan, lc_import_plan_unref);
  g_free (job);
}

static gboolean
show_progress_idle (gpointer data)
{
  LcImportDialog *self = data;
  double fraction = g_atomic_int_get (&self->progress_permille) / 1000.0;

  g_atomic_int_set (&self->progress_pending, 0);
  if (self->busy)
    gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));

  return G_SOURCE_REMOVE;
}

/* In the worker thread: widgets belong to the main thread, so only the
 * number is kept here and one idle callback at a time shows it. */
static void
on_worker_progress (double   fraction,
                    gpointer user_data)
{
  LcImportDialog *self = user_data;

  g_atomic_int_set (&self->progress_permille, (int) (fraction * 1000));
  if (g_atomic_int_compare_and_exchange (&self->progress_pending, 0, 1))
    g_idle_add_full (G_PRIORITY_DEFAULT, show_progress_idle, g_object_ref (self), g_object_unref);
}

static gboolean
show_progress_timeout (gpointer data)
{
  LcImportDialog *self = data;

  self->show_timeout = 0;
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_window_present (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
start_work (LcImportDialog *self,
            const char     *state,
            const char     *progress_title)
{
  self->state = state;
  self->busy = TRUE;
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_atomic_int_set (&self->progress_permille, 0);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  adw_status_page_set_title (self->progress_page, progress_title);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);
  g_clear_handle_id (&self->show_timeout, g_source_remove);

  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    gtk_stack_set_visible_child_name (self->stack, "progress");
  else
    self->show_timeout = g_timeout_add (SHOW_PROGRESS_AFTER_MS, show_progress_timeout, self);
}

static void
stop_work (LcImportDialog *self)
{
  self->busy = FALSE;
  g_clear_handle_id (&self->show_timeout, g_source_remove);
}

/* ---- planning ---- */

static void
plan_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;
  /* Its own connection: LcStore is not thread-safe. */
  g_autoptr(LcStore) store = lc_store_open (job->db_path, &error);
  LcImportPlan *plan = NULL;

  if (store != NULL)
    plan = lc_import_plan_new_for_file_full (store, job->convention_id, job->kind, job->path,
                                             (const char * const *) job->columns,
                                             cancellable, on_worker_progress, source, &error);
  if (plan == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, plan, (GDestroyNotify) lc_import_plan_unref);
}

static void
on_planned (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  LcImportDialog *self = LC_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  LcImportPlan *plan = g_task_propagate_pointer (G_TASK (result), &error);

  stop_work (self);
  /* A plan that finished as Cancel was pressed is dropped all the same. */
  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_clear_pointer (&plan, lc_import_plan_unref);
      _lc_import_dialog_finish_cancelled (self);
      return;
    }

  /* A meaning the file cannot take (two columns for one field): back to
   * the preview as it was, saying why. */
  if (plan == NULL && self->plan != NULL && self->focus_column >= 0)
    {
      g_autofree char *text = g_strdup_printf (_("That meaning cannot be used. %s"), error->message);

      g_hash_table_remove (self->choices, GINT_TO_POINTER (self->focus_column));
      _lc_import_dialog_show_preview (self);
      gtk_label_set_text (self->apply_error_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->apply_error_label), TRUE);
      return;
    }
  if (plan == NULL)
    {
      _lc_import_dialog_show_error (self, error);
      return;
    }

  g_clear_pointer (&self->plan, lc_import_plan_unref);
  self->plan = plan;
  _lc_import_dialog_show_preview (self);
}

/* The meanings the user chose, as lc_import_plan_new_for_file_full() takes
 * them: "3=family-name", the column by its number from 1. */
static GStrv
choices_as_strv (LcImportDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GHashTableIter iter;
  gpointer column, meaning;

  g_hash_table_iter_init (&iter, self->choices);
  while (g_hash_table_iter_next (&iter, &column, &meaning))
    {
      g_autofree char *choice = g_strdup_printf ("%u=%s", GPOINTER_TO_UINT (column) + 1, (char *) meaning);

      g_strv_builder_add (builder, choice);
    }

  return g_strv_builder_end (builder);
}

void
_lc_import_dialog_start_planning (LcImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  Job *job = g_new0 (Job, 1);

  start_work (self, "planning", _("Reading the File…"));
  job->db_path = g_strdup (self->db_path);
  job->convention_id = self->convention_id;
  job->kind = self->kind;
  job->path = g_strdup (self->path);
  job->columns = choices_as_strv (self);
  task = g_task_new (self, self->cancellable, on_planned, NULL);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, plan_thread);
}

/* ---- applying ---- */

static void
apply_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (job->db_path, &error);

  if (store == NULL
      || !lc_import_plan_apply (job->plan, store, cancellable, on_worker_progress, source, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static char *
imported_message (LcImportPlan *plan)
{
  guint added = lc_import_plan_count (plan, LC_IMPORT_ROW_ADD);
  guint updated = lc_import_plan_count (plan, LC_IMPORT_ROW_UPDATE);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  if (added + updated == 0)
    return g_strdup (_("Nothing to import: the library already holds this file"));

  if (lc_import_plan_get_kind (plan) == LC_CSV_IMPORT_CITIES)
    first = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u city added", "%u cities added", added), added);
  else
    first = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u speaker added", "%u speakers added", added), added);
  if (updated == 0)
    return g_steal_pointer (&first);

  /* Translators: the second half of “12 speakers added, 3 updated” */
  second = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u updated", "%u updated", updated), updated);
  /* Translators: joins “12 speakers added” and “3 updated” */
  return g_strdup_printf (_("%s, %s"), first, second);
}

static void
on_applied (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  LcImportDialog *self = LC_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *message = NULL;
  GPtrArray *changes;
  gboolean any_change;

  stop_work (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          _lc_import_dialog_finish_cancelled (self);
          return;
        }

      /* Back to the preview, with the reason; the import can be tried again
       * only by choosing the file again, since the preview may be stale. */
      text = g_strdup_printf (_("Nothing was imported. %s"), error->message);
      gtk_stack_set_visible_child_name (self->stack, "preview");
      gtk_label_set_text (self->apply_error_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->apply_error_label), TRUE);
      gtk_button_set_label (self->cancel_button, _("_Close"));
      self->state = "error";
      return;
    }

  self->state = "done";
  message = imported_message (self->plan);
  changes = lc_import_plan_take_changes (self->plan);
  /* Read before the history takes (and may free) the changes. */
  any_change = changes != NULL && changes->len > 0;
  /* One step of the convention's history, so Ctrl+Z (or the toast) takes
   * the whole import back; the open lists hear of each new row from it. */
  if (changes != NULL)
    lc_undo_stack_record_applied (self->undo, self->kind == LC_CSV_IMPORT_CITIES ? _("Import Cities")
                                                                                 : _("Import Speakers"),
                                  changes);
  if (any_change)
    lc_widget_show_undo_toast (GTK_WIDGET (self), message);
  else
    lc_widget_show_toast (GTK_WIDGET (self), message);
  /* The window forwards it to the convention view. */
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-area", "s",
                                self->kind == LC_CSV_IMPORT_CITIES ? "cities" : "speakers");
  gtk_window_destroy (GTK_WINDOW (self));
}

void
_lc_import_dialog_on_import_clicked_cb (LcImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  if (self->plan == NULL || self->busy || !lc_import_plan_can_apply (self->plan))
    return;

  job = g_new0 (Job, 1);
  job->db_path = g_strdup (self->db_path);
  job->plan = lc_import_plan_ref (self->plan);
  start_work (self, "applying", _("Importing…"));
  task = g_task_new (self, self->cancellable, on_applied, NULL);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, apply_thread);
}
