/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lc-agenda-printer.h"
#include "lc-feedback.h"
#include "lc-util.h"

/*
 * The printed agenda from the window. Printing and the PDF export use the
 * renderer of src/core: printing lays the pages out for the printer's page
 * (GtkPrintOperation, with a tab to choose the language), the export writes
 * a PDF file in a worker thread so a long agenda never freezes the window.
 */

/* In the order of the language choices shown. */
static const LcAgendaLanguage languages[] = {
  LC_AGENDA_LANGUAGE_ARABIC, LC_AGENDA_LANGUAGE_ENGLISH, LC_AGENDA_LANGUAGE_BILINGUAL,
};

static GtkWidget *
language_drop_down (void)
{
  const char *names[] = { _("Arabic"), _("English"), _("Arabic and English side by side"), NULL };
  GtkWidget *drop_down = gtk_drop_down_new_from_strings (names);
  LcAgendaLanguage preferred = lc_agenda_language_default ();

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (languages[i] == preferred)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), i);

  return drop_down;
}

static LcAgendaLanguage
chosen_language (GtkWidget *drop_down)
{
  guint i = gtk_drop_down_get_selected (GTK_DROP_DOWN (drop_down));

  return languages[i < G_N_ELEMENTS (languages) ? i : 0];
}

/* ---- printing ---- */

typedef struct
{
  LcStore        *store;
  gint64          convention_id;
  GtkWidget      *language;   /* the custom tab's drop-down */
  LcAgendaLanguage chosen;
  LcAgenda       *agenda;
  LcAgendaLayout *layout;
  GError         *error;      /* why the pages could not be made */
  gboolean        done;
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_object (&job->store);
  g_clear_pointer (&job->layout, lc_agenda_layout_free);
  g_clear_pointer (&job->agenda, lc_agenda_unref);
  g_clear_error (&job->error);
  g_free (job);
}

static GObject *
on_create_custom_widget (GtkPrintOperation *operation,
                         PrintJob          *job)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Language"));

  job->language = language_drop_down ();
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), job->language);
  /* The tab gives its page the dialog's whole height: keep the row a row. */
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_widget_set_valign (job->language, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), job->language);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);

  return G_OBJECT (box);
}

static void
on_custom_widget_apply (GtkPrintOperation *operation,
                        GtkWidget         *widget,
                        PrintJob          *job)
{
  job->chosen = chosen_language (job->language);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  g_autoptr(GError) error = NULL;

  job->agenda = lc_agenda_load (job->store, job->convention_id, &error);
  if (job->agenda == NULL)
    {
      /* Told when the operation is done (see on_print_done()). */
      job->error = g_steal_pointer (&error);
      gtk_print_operation_cancel (operation);
      return;
    }

  /* The renderer sets its own margins on the whole sheet, in points. */
  job->layout = lc_agenda_layout_new (job->agenda, job->chosen, lc_ui_digits (),
                                      gtk_print_context_get_cairo_context (context),
                                      gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context));
  /* As the PDF export does: no pages of boxes for want of a font. */
  if (!lc_agenda_layout_check_fonts (job->layout, &error))
    {
      job->error = g_steal_pointer (&error);
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, (int) lc_agenda_layout_get_n_pages (job->layout));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  if (job->layout != NULL)
    lc_agenda_layout_draw_page (job->layout, gtk_print_context_get_cairo_context (context), (guint) page);
}

/**
 * lc_agenda_printer_new_operation:
 * @store: the library
 * @convention_id: the convention whose agenda to print
 *
 * Returns: (transfer full): a print operation that lays out and draws the
 *   agenda with the PDF renderer, with a tab for the agenda's language
 */
GtkPrintOperation *
lc_agenda_printer_new_operation (LcStore *store,
                                 gint64   convention_id)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  PrintJob *job = g_new0 (PrintJob, 1);

  job->store = g_object_ref (store);
  job->convention_id = convention_id;
  job->chosen = lc_agenda_language_default ();
  g_object_set_data_full (G_OBJECT (operation), "lc-print-job", job, print_job_free);

  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_custom_tab_label (operation, _("Agenda"));
  gtk_print_operation_set_job_name (operation, _("Agenda"));
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (on_create_custom_widget), job);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (on_custom_widget_apply), job);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);

  return operation;
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GtkWindow               *parent)
{
  PrintJob *job = g_object_get_data (G_OBJECT (operation), "lc-print-job");
  g_autoptr(GError) error = NULL;

  if (job->done)
    return;
  job->done = TRUE;
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (operation, &error);
  if (error == NULL && job->error != NULL)
    error = g_steal_pointer (&job->error);
  if (error != NULL)
    lc_widget_show_error (GTK_WIDGET (parent), error);

  g_object_unref (operation);
}

/**
 * lc_agenda_printer_print:
 * @parent: the window
 * @store: the library
 * @convention_id: the convention whose agenda to print
 *
 * Shows the print dialog (through the portal under Flatpak), then prints.
 */
void
lc_agenda_printer_print (GtkWindow *parent,
                         LcStore   *store,
                         gint64     convention_id)
{
  GtkPrintOperation *operation = lc_agenda_printer_new_operation (store, convention_id);

  /* Not modal: the dialog must not run a main loop of its own inside the
   * Ctrl+P that opened it. The operation keeps itself until it is done. */
  GtkPrintOperationResult result;

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), parent, 0);
  /* on_print_done() drops the operation's own reference; this one lasts
   * only for the call, which may already have been done with it. */
  g_object_ref (operation);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, NULL);
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    on_print_done (operation, result, parent);
  g_object_unref (operation);
}

/* ---- export as PDF ---- */

typedef struct
{
  char            *db_path;
  gint64           convention_id;
  char            *path;
  LcAgendaLanguage language;
  LcDigits         digits;
  LcPaper          paper;
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *w = data;

  g_free (w->db_path);
  g_free (w->path);
  g_free (w);
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *w = task_data;
  g_autoptr(GError) error = NULL;
  /* Its own connection: the window's stays free for the user. */
  g_autoptr(LcStore) store = lc_store_open (w->db_path, &error);
  g_autoptr(LcAgenda) agenda = store ? lc_agenda_load (store, w->convention_id, &error) : NULL;

  if (agenda == NULL || !lc_agenda_write_pdf (agenda, w->path, w->language, w->digits, w->paper, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * lc_agenda_printer_write_async:
 * @store: the library
 * @convention_id: the convention
 * @path: the PDF file to write (replaced whole, or left alone on failure)
 * @language: the agenda's language
 * @paper: the paper size
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Writes the agenda PDF in a worker thread.
 */
void
lc_agenda_printer_write_async (LcStore             *store,
                               gint64               convention_id,
                               const char          *path,
                               LcAgendaLanguage     language,
                               LcPaper              paper,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  WriteData *w = g_new0 (WriteData, 1);

  w->db_path = g_strdup (lc_store_get_path (store));
  w->convention_id = convention_id;
  w->path = g_strdup (path);
  w->language = language;
  w->digits = lc_ui_digits ();   /* read here: settings belong to the main thread */
  w->paper = paper;
  g_task_set_task_data (task, w, write_data_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
lc_agenda_printer_write_finish (GAsyncResult  *result,
                                GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

typedef struct
{
  GtkWindow       *parent;
  LcStore         *store;
  gint64           convention_id;
  LcAgendaLanguage language;
  LcPaper          paper;
  GtkNativeDialog *chooser;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->parent);
  g_clear_object (&job->store);
  g_clear_object (&job->chooser);
  g_free (job);
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GtkWindow) parent = user_data;
  g_autoptr(GError) error = NULL;

  if (!lc_agenda_printer_write_finish (result, &error))
    lc_widget_show_error (GTK_WIDGET (parent), error);
  else
    lc_widget_show_file_toast (GTK_WIDGET (parent), _("Agenda exported as PDF"),
                               ((WriteData *) g_task_get_task_data (G_TASK (result)))->path);
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                ExportJob       *job)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = g_file_get_path (file);
    }

  if (path != NULL)
    {
      lc_widget_show_toast (GTK_WIDGET (job->parent), _("Exporting the agenda…"));
      lc_agenda_printer_write_async (job->store, job->convention_id, path, job->language, job->paper,
                                     NULL, on_written, g_object_ref (job->parent));
    }

  export_job_free (job);
}

static void
on_options_response (AdwMessageDialog *dialog,
                     const char       *response,
                     ExportJob        *job)
{
  GtkWidget *language = g_object_get_data (G_OBJECT (dialog), "language");
  GtkWidget *paper = g_object_get_data (G_OBJECT (dialog), "paper");
  g_autoptr(GtkFileFilter) filter = NULL;

  if (!g_str_equal (response, "export"))
    {
      export_job_free (job);
      return;
    }

  job->language = chosen_language (language);
  job->paper = gtk_drop_down_get_selected (GTK_DROP_DOWN (paper)) == 1 ? LC_PAPER_LETTER : LC_PAPER_A4;

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  job->chooser = GTK_NATIVE_DIALOG (gtk_file_chooser_native_new (_("Export Agenda as PDF"), job->parent,
                                                                 GTK_FILE_CHOOSER_ACTION_SAVE,
                                                                 _("_Export"), _("_Cancel")));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (job->chooser), filter);
  /* Translators: the suggested file name of an exported agenda */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (job->chooser), _("agenda.pdf"));
  g_signal_connect (job->chooser, "response", G_CALLBACK (on_file_chosen), job);
  gtk_native_dialog_show (job->chooser);
}

/**
 * lc_agenda_printer_export_pdf:
 * @parent: the window
 * @store: the library
 * @convention_id: the convention
 *
 * Asks for the language and paper, then for a file, then writes the PDF.
 */
void
lc_agenda_printer_export_pdf (GtkWindow *parent,
                              LcStore   *store,
                              gint64     convention_id)
{
  const char *papers[] = { _("A4"), _("US Letter"), NULL };
  ExportJob *job = g_new0 (ExportJob, 1);
  GtkWidget *dialog, *grid, *language, *paper, *label;

  job->parent = g_object_ref (parent);
  job->store = g_object_ref (store);
  job->convention_id = convention_id;

  dialog = adw_message_dialog_new (parent, _("Export Agenda as PDF"),
                                   _("Choose the language and the paper size."));
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_halign (grid, GTK_ALIGN_CENTER);

  label = gtk_label_new_with_mnemonic (_("_Language"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  language = language_drop_down ();
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), language);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), language, 1, 0, 1, 1);

  label = gtk_label_new_with_mnemonic (_("_Paper"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  paper = gtk_drop_down_new_from_strings (papers);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), paper);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), paper, 1, 1, 1, 1);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), grid);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("Choose _File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "language", language);
  g_object_set_data (G_OBJECT (dialog), "paper", paper);
  g_signal_connect (dialog, "response", G_CALLBACK (on_options_response), job);
  gtk_window_present (GTK_WINDOW (dialog));
}
