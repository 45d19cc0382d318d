/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "lc-feedback.h"
#include "lc-pdf-export.h"
#include "lc-report-export.h"
#include "lc-report-page-private.h"
#include "lc-report-pdf.h"

/*
 * Export Report…: asks for the format (PDF or a flat OpenDocument text to
 * finish in LibreOffice), the language and the paper, then for a file, and
 * writes it in a worker thread with its own connection to the library,
 * through the export the agenda's and the declaration's use
 * (lc-pdf-export.c): the file is replaced whole or left alone. The preview
 * writes the PDF into a folder of its own and opens it; the page removes
 * its previews when it goes.
 */

typedef struct
{
  gint64   convention_id;
  gboolean odt;
} Document;

static gboolean
write_report (LcStore           *store,
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
  const Document *d = data;

  if (d->odt)
    return lc_report_write_odt (store, d->convention_id, path, language, digits, cancellable, progress,
                                progress_data, error);
  return lc_report_write_pdf (store, d->convention_id, path, language, digits, paper, cancellable,
                              progress, progress_data, error);
}

static const char *
report_file_name (gconstpointer data)
{
  const Document *d = data;

  /* Translators: the suggested file names of an exported report */
  return d->odt ? N_("report.fodt") : N_("report.pdf");
}

static const LcPdfDocument report_document = {
  .title = N_("Export Report"),
  .body = N_("Choose the format, the language and the paper size."),
  .file_name = N_("report.pdf"),
  .exporting = N_("Exporting the report…"),
  .exported = N_("Report exported"),
  .write = write_report,
  .progress = TRUE,
  .file_name_for = report_file_name,
};

static void
choose_format (GtkWidget *choice,
               gpointer   data)
{
  Document *d = data;

  d->odt = gtk_drop_down_get_selected (GTK_DROP_DOWN (choice)) == 1;
}

/**
 * lc_report_export_ask:
 * @parent: the window
 * @store: the library
 * @convention_id: the convention
 *
 * Asks for the format, the language and the paper, then for a file, then
 * writes the convention's report.
 */
void
lc_report_export_ask (GtkWindow *parent,
                      LcStore   *store,
                      gint64     convention_id)
{
  const char *formats[] = { _("PDF"), _("OpenDocument text (.fodt)"), NULL };
  Document *d;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (LC_IS_STORE (store));

  d = g_new0 (Document, 1);
  d->convention_id = convention_id;
  lc_pdf_export_ask (parent, store, &report_document, d, g_free,
                     _("_Format"), gtk_drop_down_new_from_strings (formats), choose_format);
}

/* ---- the preview ------------------------------------------------------- */

typedef struct
{
  GtkWidget *page;
  char      *path;
} Preview;

static void
on_preview_written (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  Preview *preview = user_data;
  g_autoptr(GError) error = NULL;

  if (!lc_pdf_export_write_finish (result, &error))
    lc_widget_show_error (preview->page, error);
  else
    gtk_widget_activate_action (preview->page, "win.open-file", "s", preview->path);
  g_object_unref (preview->page);
  g_free (preview->path);
  g_free (preview);
}

/**
 * lc_report_page_preview:
 * @self: the page
 *
 * Writes the report as a PDF in the interface's language into a new
 * temporary folder, in a worker thread, and opens it.
 */
void
lc_report_page_preview (LcReportPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  Preview *preview;
  Document *d;

  if (self->model == NULL)
    return;

  /* A folder of its own: a viewer may still show the last preview. */
  dir = g_dir_make_tmp ("learning-cities-report-XXXXXX", &error);
  if (dir == NULL)
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  d = g_new0 (Document, 1);
  d->convention_id = lc_convention_model_get_id (self->model);
  preview = g_new0 (Preview, 1);
  preview->page = g_object_ref (GTK_WIDGET (self));
  /* Translators: the file name of the report's preview */
  preview->path = g_build_filename (dir, _("report-preview.pdf"), NULL);
  if (self->previews == NULL)
    self->previews = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->previews, g_strdup (preview->path));
  lc_widget_show_toast (GTK_WIDGET (self), _("Preparing the preview…"));
  lc_pdf_export_write_async (self->store, write_report, d, g_free, preview->path, lc_agenda_language_default (),
                             LC_PAPER_A4, NULL, on_preview_written, preview);
}

/**
 * lc_report_page_remove_previews:
 * @self: the page
 *
 * Removes the previews written so far, and their folders: the page goes
 * (its window is closed, or the application quits), and a viewer that
 * still shows one keeps it open until it is closed.
 */
void
lc_report_page_remove_previews (LcReportPage *self)
{
  for (guint i = 0; self->previews != NULL && i < self->previews->len; i++)
    {
      const char *path = g_ptr_array_index (self->previews, i);
      g_autofree char *dir = g_path_get_dirname (path);

      g_unlink (path);
      g_rmdir (dir);
    }
  g_clear_pointer (&self->previews, g_ptr_array_unref);
}
