/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lc-agenda-printer.h"
#include "lc-feedback.h"
#include "lc-pdf-export.h"
#include "lc-util.h"

/*
 * The printed agenda from the window. Printing and the PDF export use the
 * renderer of src/core: printing lays the pages out for the printer's page
 * (GtkPrintOperation, with a tab to choose the language), the export writes
 * a PDF file in a worker thread so a long agenda never freezes the window.
 */

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

  job->language = lc_pdf_language_drop_down ();
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
  job->chosen = lc_pdf_chosen_language (job->language);
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

  g_return_val_if_fail (LC_IS_STORE (store), NULL);

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

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (LC_IS_STORE (store));

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

static gboolean
write_agenda (LcStore           *store,
              gconstpointer      data,
              const char        *path,
              LcAgendaLanguage   language,
              LcDigits           digits,
              LcPaper            paper,
              GCancellable      *cancellable,
              LcExportProgressFunc progress,
              gpointer           progress_data,
              GError           **error)
{
  const gint64 *convention_id = data;
  g_autoptr(LcAgenda) agenda = lc_agenda_load (store, *convention_id, error);

  return agenda != NULL && lc_agenda_write_pdf (agenda, path, language, digits, paper, error);
}

static const LcPdfDocument agenda_document = {
  .title = N_("Export Agenda as PDF"),
  .body = N_("Choose the language and the paper size."),
  /* Translators: the suggested file name of an exported agenda */
  .file_name = N_("agenda.pdf"),
  .exporting = N_("Exporting the agenda…"),
  .exported = N_("Agenda exported as PDF"),
  .write = write_agenda,
};

static gint64 *
new_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
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
  g_return_if_fail (LC_IS_STORE (store));

  lc_pdf_export_write_async (store, write_agenda, new_id (convention_id), g_free, path, language, paper,
                             cancellable, callback, user_data);
}

gboolean
lc_agenda_printer_write_finish (GAsyncResult  *result,
                                GError       **error)
{
  return lc_pdf_export_write_finish (result, error);
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
  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (LC_IS_STORE (store));

  lc_pdf_export_ask (parent, store, &agenda_document, new_id (convention_id), g_free, NULL, NULL, NULL);
}
