/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-export-dialog.h"
#include "lc-export-ics.h"
#include "lc-export-schedule.h"
#include "lc-feedback.h"
#include "lc-file-chooser.h"
#include "lc-util.h"

/*
 * Export Schedule (XML)… / (JSON)… / Export iCalendar…: a file chooser,
 * then the export in a worker thread on its own connection to the library
 * (LcStore is not thread-safe). An export that takes more than half a
 * second shows a progress dialog with Cancel; the exporters write a
 * temporary file renamed over the target, so a cancelled export leaves the
 * target as it was.
 */

#define SHOW_PROGRESS_AFTER_MS 500

typedef struct
{
  char           *db_path;
  gint64          convention_id;
  LcExportFormat  format;
  LcLanguage      language;
  char           *path;
  GCancellable   *cancellable;

  /* Main thread only. */
  GtkWindow      *parent;        /* not a reference: the task holds one */
  GtkWindow      *progress_dialog;
  GtkProgressBar *progress_bar;
  guint           show_timeout;
  gboolean        finished;

  /* Written by the worker. */
  int             permille;
  int             pending;
} Export;

static void
export_clear (gpointer data)
{
  Export *export = data;

  g_free (export->db_path);
  g_free (export->path);
  g_clear_object (&export->cancellable);
}

static void
export_release (gpointer data)
{
  g_atomic_rc_box_release_full (data, export_clear);
}

static gboolean
show_progress_idle (gpointer data)
{
  Export *export = data;

  g_atomic_int_set (&export->pending, 0);
  if (!export->finished && export->progress_bar != NULL)
    gtk_progress_bar_set_fraction (export->progress_bar,
                                   CLAMP (g_atomic_int_get (&export->permille) / 1000.0, 0.0, 1.0));
  return G_SOURCE_REMOVE;
}

/* In the worker thread: keep the number, let the main thread show it. */
static void
on_progress (double   fraction,
             gpointer user_data)
{
  Export *export = user_data;

  g_atomic_int_set (&export->permille, (int) (fraction * 1000));
  if (g_atomic_int_compare_and_exchange (&export->pending, 0, 1))
    g_idle_add_full (G_PRIORITY_DEFAULT, show_progress_idle,
                     g_atomic_rc_box_acquire (export), export_release);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Export *export = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (export->db_path, &error);
  gboolean ok = FALSE;

  if (store != NULL)
    switch (export->format)
      {
      case LC_EXPORT_FORMAT_SCHEDULE_XML:
        ok = lc_export_schedule_xml_file (store, export->convention_id, export->language, export->path,
                                          cancellable, on_progress, export, &error);
        break;
      case LC_EXPORT_FORMAT_SCHEDULE_JSON:
        ok = lc_export_schedule_json_file (store, export->convention_id, export->language, export->path,
                                           cancellable, on_progress, export, &error);
        break;
      case LC_EXPORT_FORMAT_ICS:
      default:
        ok = lc_export_ics_file (store, export->convention_id, export->language, export->path,
                                 cancellable, on_progress, export, &error);
        break;
      }

  if (!ok)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_progress_response (AdwMessageDialog *dialog,
                      const char       *response,
                      Export           *export)
{
  /* The message dialog closes itself; the export stops at the worker's
   * next check and leaves the target file alone. */
  export->progress_bar = NULL;
  g_cancellable_cancel (export->cancellable);
}

static gboolean
show_progress_timeout (gpointer data)
{
  Export *export = data;
  GtkWidget *dialog, *bar;

  export->show_timeout = 0;
  dialog = adw_message_dialog_new (export->parent, _("Exporting…"), NULL);
  bar = gtk_progress_bar_new ();
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), g_atomic_int_get (&export->permille) / 1000.0);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), bar);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_progress_response), export);
  export->progress_dialog = GTK_WINDOW (g_object_ref (dialog));
  export->progress_bar = GTK_PROGRESS_BAR (bar);
  gtk_window_present (GTK_WINDOW (dialog));
  return G_SOURCE_REMOVE;
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GtkWindow) window = user_data;
  Export *export = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  export->finished = TRUE;
  g_clear_handle_id (&export->show_timeout, g_source_remove);
  if (export->progress_dialog != NULL)
    {
      g_signal_handlers_disconnect_by_data (export->progress_dialog, export);
      gtk_window_destroy (export->progress_dialog);
      g_clear_object (&export->progress_dialog);
      export->progress_bar = NULL;
    }

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        lc_widget_show_toast (GTK_WIDGET (window), _("Export cancelled: the file was not written"));
      else
        lc_widget_show_error (GTK_WIDGET (window), error);
      return;
    }

  switch (export->format)
    {
    case LC_EXPORT_FORMAT_SCHEDULE_XML:
    case LC_EXPORT_FORMAT_SCHEDULE_JSON:
      lc_widget_show_file_toast (GTK_WIDGET (window), _("Schedule exported"), export->path);
      break;
    case LC_EXPORT_FORMAT_ICS:
    default:
      lc_widget_show_file_toast (GTK_WIDGET (window), _("Calendar exported"), export->path);
      break;
    }
}

/**
 * lc_export_dialog_start:
 * @window: the main window (the toast and the progress go there)
 * @store: the library
 * @convention_id: the convention whose agenda to export
 * @format: the file format
 * @path: the file to write (replaced whole, or left alone on failure)
 *
 * Writes the export in a worker thread, in the language of the interface.
 */
void
lc_export_dialog_start (GtkWindow      *window,
                        LcStore        *store,
                        gint64          convention_id,
                        LcExportFormat  format,
                        const char     *path)
{
  Export *export = g_atomic_rc_box_new0 (Export);
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (LC_IS_STORE (store));

  export->db_path = g_strdup (lc_store_get_path (store));
  export->convention_id = convention_id;
  export->format = format;
  export->language = lc_ui_language ();   /* read here: settings belong to the main thread */
  export->path = g_strdup (path);
  export->cancellable = g_cancellable_new ();
  export->parent = window;
  export->show_timeout = g_timeout_add (SHOW_PROGRESS_AFTER_MS, show_progress_timeout, export);

  task = g_task_new (NULL, export->cancellable, on_exported, g_object_ref (window));
  g_task_set_task_data (task, export, export_release);
  g_task_run_in_thread (task, export_thread);
}

typedef struct
{
  GtkWindow      *window;
  LcStore        *store;
  gint64          convention_id;
  LcExportFormat  format;
} ChooseJob;

static void
on_file_chosen (const char *path,
                gpointer    user_data)
{
  ChooseJob *job = user_data;

  lc_export_dialog_start (job->window, job->store, job->convention_id, job->format, path);
}

static void
choose_job_free (gpointer data)
{
  ChooseJob *job = data;

  g_object_unref (job->window);
  g_object_unref (job->store);
  g_free (job);
}

/**
 * lc_export_dialog_choose_file:
 * @window: the main window
 * @store: the library
 * @convention_id: the convention whose agenda to export
 * @format: the file format
 *
 * Asks for the file to write (through the portal under Flatpak), then
 * exports to it.
 */
void
lc_export_dialog_choose_file (GtkWindow      *window,
                              LcStore        *store,
                              gint64          convention_id,
                              LcExportFormat  format)
{
  ChooseJob *job = g_new0 (ChooseJob, 1);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooser *chooser;
  const char *title, *name;

  job->window = g_object_ref (window);
  job->store = g_object_ref (store);
  job->convention_id = convention_id;
  job->format = format;

  switch (format)
    {
    case LC_EXPORT_FORMAT_SCHEDULE_XML:
      title = _("Export Schedule (XML)");
      /* Translators: the suggested file name of an exported schedule */
      name = _("schedule.xml");
      gtk_file_filter_set_name (filter, _("Conference schedules (XML)"));
      gtk_file_filter_add_mime_type (filter, "application/xml");
      gtk_file_filter_add_suffix (filter, "xml");
      break;
    case LC_EXPORT_FORMAT_SCHEDULE_JSON:
      title = _("Export Schedule (JSON)");
      /* Translators: the suggested file name of an exported schedule */
      name = _("schedule.json");
      gtk_file_filter_set_name (filter, _("Conference schedules (JSON)"));
      gtk_file_filter_add_mime_type (filter, "application/json");
      gtk_file_filter_add_suffix (filter, "json");
      break;
    case LC_EXPORT_FORMAT_ICS:
    default:
      title = _("Export iCalendar");
      /* Translators: the suggested file name of an exported calendar */
      name = _("agenda.ics");
      gtk_file_filter_set_name (filter, _("Calendars (iCalendar)"));
      gtk_file_filter_add_mime_type (filter, "text/calendar");
      gtk_file_filter_add_suffix (filter, "ics");
      break;
    }

  chooser = lc_file_chooser_new (window, GTK_FILE_CHOOSER_ACTION_SAVE, title, _("_Export"),
                                 on_file_chosen, job, choose_job_free);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (chooser, filter);
  gtk_file_chooser_set_current_name (chooser, name);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
