/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-feedback.h"
#include "lc-file-chooser.h"
#include "lc-import-dialog-private.h"

/*
 * Import Speakers… / Import Cities…: the file is planned in a worker thread
 * (which writes nothing), the plan is previewed row by row, and only when
 * the user presses Import is it applied, again in a worker, in one
 * transaction. LcStore is not thread-safe, so each worker opens its own
 * connection on the library's file; the window's convention model does not
 * hear that connection's changes, so after an import the convention is
 * opened again.
 *
 * Work that takes under half a second shows no progress at all: the dialog
 * appears only when the plan is ready, or after half a second with a
 * progress bar and a Cancel button.
 */

G_DEFINE_FINAL_TYPE (LcImportDialog, lc_import_dialog, ADW_TYPE_WINDOW)

void
_lc_import_dialog_show_error (LcImportDialog *self,
                              const GError   *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_button_set_label (self->cancel_button, _("_Close"));
  self->state = "error";
  gtk_window_present (GTK_WINDOW (self));
}

void
_lc_import_dialog_finish_cancelled (LcImportDialog *self)
{
  self->state = "cancelled";
  lc_widget_show_toast (GTK_WIDGET (self), _("Import cancelled: nothing was imported"));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_cancel_clicked_cb (LcImportDialog *self)
{
  if (self->busy)
    {
      /* The worker stops at its next check and rolls back; the dialog
       * closes when it has. */
      g_cancellable_cancel (self->cancellable);
      gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
      adw_status_page_set_title (self->progress_page, _("Cancelling…"));
      return;
    }

  self->state = "cancelled";
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
lc_import_dialog_close_request (GtkWindow *window)
{
  LcImportDialog *self = LC_IMPORT_DIALOG (window);

  /* Closing while a worker runs means Cancel; the window stays until the
   * worker has stopped, so nothing is left half-done behind it. */
  if (self->busy)
    {
      on_cancel_clicked_cb (self);
      return TRUE;
    }

  /* Closed from the preview: nothing was imported. */
  self->state = "cancelled";
  return GTK_WINDOW_CLASS (lc_import_dialog_parent_class)->close_request (window);
}

static void
lc_import_dialog_dispose (GObject *object)
{
  LcImportDialog *self = LC_IMPORT_DIALOG (object);

  g_clear_handle_id (&self->show_timeout, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (lc_import_dialog_parent_class)->dispose (object);
}

static void
lc_import_dialog_finalize (GObject *object)
{
  LcImportDialog *self = LC_IMPORT_DIALOG (object);

  g_free (self->db_path);
  g_clear_object (&self->undo);
  g_free (self->path);
  g_clear_pointer (&self->plan, lc_import_plan_unref);
  g_clear_pointer (&self->choices, g_hash_table_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (lc_import_dialog_parent_class)->finalize (object);
}

static void
lc_import_dialog_class_init (LcImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = lc_import_dialog_dispose;
  object_class->finalize = lc_import_dialog_finalize;
  window_class->close_request = lc_import_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/exchange/lc-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, progress_page);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, encoding_label);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, unknown_label);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, warnings_label);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, apply_error_label);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, rows_view);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, columns_list);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_import_clicked_cb",
                                                G_CALLBACK (_lc_import_dialog_on_import_clicked_cb));
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lc_import_dialog_init (LcImportDialog *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->state = "new";
  self->choices = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  self->focus_column = -1;
  g_signal_connect (factory, "setup", G_CALLBACK (_lc_import_dialog_setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (_lc_import_dialog_bind_row), NULL);
  gtk_list_view_set_factory (self->rows_view, factory);
  g_object_unref (factory);
}

/**
 * lc_import_dialog_new:
 * @window: the main window (the toast and the reload go there)
 * @store: the library
 * @convention_id: the convention to import into
 * @kind: speakers or cities
 * @path: the CSV file
 *
 * Starts planning the import of @path in a worker thread. The dialog shows
 * itself: after half a second with a progress bar, or as soon as the
 * preview (or an error) is ready.
 *
 * Returns: (transfer none): the dialog, owned by GTK's list of toplevels
 */
LcImportDialog *
lc_import_dialog_new (GtkWindow       *window,
                      LcUndoStack     *undo,
                      gint64           convention_id,
                      LcCsvImportKind  kind,
                      const char      *path)
{
  LcImportDialog *self = g_object_new (LC_TYPE_IMPORT_DIALOG, "transient-for", window, NULL);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *display = g_filename_display_name (basename);

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);
  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), NULL);

  self->db_path = g_strdup (lc_store_get_path (lc_undo_stack_get_store (undo)));
  self->undo = g_object_ref (undo);
  self->convention_id = convention_id;
  self->kind = kind;
  self->path = g_strdup (path);
  gtk_window_set_title (GTK_WINDOW (self), kind == LC_CSV_IMPORT_CITIES ? _("Import Cities") : _("Import Speakers"));
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  adw_window_title_set_subtitle (self->window_title, display);
  _lc_import_dialog_start_planning (self);

  return self;
}

/**
 * lc_import_dialog_get_state:
 * @self: the dialog
 *
 * Returns: what the dialog is doing: "planning", "preview", "error",
 *   "applying", "done" or "cancelled"
 */
const char *
lc_import_dialog_get_state (LcImportDialog *self)
{
  g_return_val_if_fail (LC_IS_IMPORT_DIALOG (self), NULL);

  return self->state;
}

/** lc_import_dialog_get_plan: Returns: (transfer none) (nullable): the previewed plan */
LcImportPlan *
lc_import_dialog_get_plan (LcImportDialog *self)
{
  g_return_val_if_fail (LC_IS_IMPORT_DIALOG (self), NULL);

  return self->plan;
}

typedef struct
{
  GtkWindow       *window;
  LcUndoStack     *undo;
  gint64           convention_id;
  LcCsvImportKind  kind;
} ChooseJob;

static void
on_import_file_chosen (const char *path,
                       gpointer    user_data)
{
  ChooseJob *job = user_data;

  lc_import_dialog_new (job->window, job->undo, job->convention_id, job->kind, path);
}

static void
choose_job_free (gpointer data)
{
  ChooseJob *job = data;

  g_object_unref (job->window);
  g_object_unref (job->undo);
  g_free (job);
}

/**
 * lc_import_dialog_choose_file:
 * @window: the main window
 * @undo: the open convention's undo history (which knows the library)
 * @convention_id: the convention to import into
 * @kind: speakers or cities
 *
 * Asks for a CSV file (through the portal under Flatpak), then previews
 * its import.
 */
void
lc_import_dialog_choose_file (GtkWindow       *window,
                              LcUndoStack     *undo,
                              gint64           convention_id,
                              LcCsvImportKind  kind)
{
  ChooseJob *job = g_new0 (ChooseJob, 1);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooser *chooser;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (LC_IS_UNDO_STACK (undo));

  job->window = g_object_ref (window);
  job->undo = g_object_ref (undo);
  job->convention_id = convention_id;
  job->kind = kind;

  gtk_file_filter_set_name (filter, _("Spreadsheets (CSV, Excel, OpenDocument)"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_filter_add_mime_type (filter, "application/vnd.oasis.opendocument.spreadsheet");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_filter_add_suffix (filter, "ods");
  /* Only a help to find the file: the reader tells a workbook by its content. */
  chooser = lc_file_chooser_new (window, GTK_FILE_CHOOSER_ACTION_OPEN,
                                 kind == LC_CSV_IMPORT_CITIES ? _("Import Cities") : _("Import Speakers"),
                                 _("_Preview"), on_import_file_chosen, job, choose_job_free);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (chooser, filter);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
