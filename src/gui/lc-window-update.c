/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing a convention file whose convention the library already has:
 * the window asks (lc-update-dialog.c) whether to update it from the file,
 * import the file as a copy, or leave it; an update is one step of the
 * convention's history, so Ctrl+Z puts the convention back. */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-convention-model.h"
#include "lc-convention-io.h"
#include "lc-convention-update.h"
#include "lc-feedback.h"
#include "lc-file.h"
#include "lc-schedule-import.h"
#include "lc-update-dialog.h"
#include "lc-window-private.h"

static gint64
shown_convention (LcWindow *self)
{
  LcConventionModel *model = self->convention_view ? lc_convention_view_get_model (self->convention_view) : NULL;

  if (model == NULL || g_strcmp0 (lc_window_get_page (self), "convention") != 0)
    return 0;
  return lc_convention_model_get_id (model);
}

/**
 * _lc_window_record_update: (skip)
 *
 * Hands an applied update to the history of the convention it changed,
 * once the window shows that convention, and says so with an Undo button.
 */
void
_lc_window_record_update (LcWindow *self)
{
  LcUndoStack *undo;

  if (self->update_changes == NULL || shown_convention (self) != self->update_convention)
    return;

  undo = lc_convention_view_get_undo (self->convention_view);
  if (undo != NULL)
    lc_undo_stack_record_applied (undo, _("Update from File"), g_steal_pointer (&self->update_changes));
  g_clear_pointer (&self->update_changes, g_ptr_array_unref);
  lc_widget_show_undo_toast (GTK_WIDGET (self), _("Convention updated from the file"));
}

static void
on_update_response (AdwMessageDialog *dialog,
                    const char       *response,
                    LcWindow         *self)
{
  LcConventionUpdate *update = g_object_get_data (G_OBJECT (dialog), "update");
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");
  g_autoptr(GError) error = NULL;
  gint64 id = lc_convention_update_get_convention_id (update);

  if (self->store == NULL)
    return;
  if (g_str_equal (response, "copy"))
    {
      _lc_window_import_new (self, path);
      return;
    }
  if (!g_str_equal (response, "update"))
    return;

  if (!lc_convention_update_apply (update, self->store, &error))
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  g_clear_pointer (&self->update_changes, g_ptr_array_unref);
  self->update_changes = lc_convention_update_take_changes (update);
  self->update_convention = id;
  _lc_window_reload_conventions (self);
  if (shown_convention (self) == id)
    _lc_window_record_update (self);
  else
    lc_window_open_convention (self, id);
}

typedef struct
{
  char       *db_path;
  char       *path;
  JsonParser *parser;  /* set by the worker for a new convention: the file parsed */
  GWeakRef    window;
} PlanJob;

static void
plan_job_free (gpointer data)
{
  PlanJob *job = data;

  g_free (job->db_path);
  g_free (job->path);
  g_clear_object (&job->parser);
  g_weak_ref_clear (&job->window);
  g_free (job);
}

/* In a worker, with a connection of its own: whether the file's convention
 * is in the library, and if so the planned update (reading the file into a
 * scratch library takes as long as an import). Returns NULL without an
 * error for a file to import as a new convention. */
static void
plan_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  PlanJob *job = data;
  g_autofree char *contents = NULL, *display = NULL;
  g_autoptr(LcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  LcConventionUpdate *update;
  gsize length;
  gint64 existing;

  /* A file that cannot be read is the import's to report. */
  if (!lc_file_read_bounded (job->path, LC_FILE_MAX_CONVENTION_BYTES, &contents, &length, NULL))
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  /* Parsed once: for a new convention, the import takes the parse (issue
   * 17). A schedule, or a file that does not parse, is read again by the
   * import, which says what is wrong with it. */
  if (!lc_schedule_import_recognise (contents, length))
    {
      g_autofree char *name = g_filename_display_name (job->path);

      job->parser = lc_convention_parse (contents, length, name, NULL);
    }
  store = lc_store_open (job->db_path, &error);
  if (store == NULL)
    existing = -1;
  else if (job->parser != NULL)
    existing = lc_convention_find_existing_parsed (store, job->parser, &error);
  else
    existing = lc_convention_find_existing (store, contents, length, &error);
  if (existing > 0)
    g_clear_object (&job->parser);
  if (existing <= 0)
    {
      if (existing < 0)
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_pointer (task, NULL, NULL);
      return;
    }

  display = g_filename_display_basename (job->path);
  update = lc_convention_update_new (store, existing, contents, length, display, &error);
  if (update == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, update, (GDestroyNotify) lc_convention_update_free);
}

static void
on_planned (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  PlanJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(LcWindow) self = g_weak_ref_get (&job->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcConventionUpdate) update = g_task_propagate_pointer (G_TASK (result), &error);
  GtkWidget *dialog;

  /* The window was closed, or opened another library, meanwhile. */
  if (self == NULL || self->store == NULL || g_strcmp0 (lc_store_get_path (self->store), job->db_path) != 0)
    return;

  if (error != NULL)
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  if (update == NULL && job->parser != NULL)
    {
      _lc_window_import_parsed (self, job->path, g_steal_pointer (&job->parser));
      return;
    }
  if (update == NULL)
    {
      _lc_window_import_new (self, job->path);
      return;
    }

  dialog = lc_update_dialog_new (GTK_WINDOW (self), update);
  g_object_set_data_full (G_OBJECT (dialog), "update", g_steal_pointer (&update),
                          (GDestroyNotify) lc_convention_update_free);
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (job->path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_update_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _lc_window_offer_update: (skip)
 * @self: the window
 * @path: a convention file
 *
 * Imports the file: when its convention is in the library, plans the update
 * (in a worker) and asks what to do with it; otherwise imports it as a new
 * convention.
 */
void
_lc_window_offer_update (LcWindow   *self,
                         const char *path)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, on_planned, NULL);
  PlanJob *job = g_new0 (PlanJob, 1);

  job->db_path = g_strdup (lc_store_get_path (self->store));
  job->path = g_strdup (path);
  g_weak_ref_init (&job->window, self);
  g_task_set_task_data (task, job, plan_job_free);
  g_task_run_in_thread (task, plan_thread);
}
