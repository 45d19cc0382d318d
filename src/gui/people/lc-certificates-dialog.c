/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-certificate.h"
#include "lc-certificates-dialog.h"
#include "lc-file-chooser.h"
#include "lc-pdf-export.h"

/*
 * Certificates from the window (issue 14): one PDF with a page a person,
 * or a PDF for each person in a folder; the signatory's name and title and
 * an optional image of the signature, none of which the convention
 * stores; the language. Export… asks for the file or the folder, and the
 * shared PDF export (lc-pdf-export.c) writes in a worker thread, with a
 * toast that shows the progress and can cancel it.
 */

enum
{
  FILES_ONE_PDF,
  FILES_FOLDER,
};

struct _LcCertificatesDialog
{
  AdwWindow     parent_instance;

  LcStore      *store;
  gint64        convention_id;
  char         *signature;   /* (nullable) the image's path */

  AdwComboRow  *files_row;
  AdwComboRow  *language_row;
  AdwEntryRow  *name_row;
  AdwEntryRow  *title_row;
  AdwActionRow *signature_row;
  GtkWidget    *remove_button;
};

G_DEFINE_FINAL_TYPE (LcCertificatesDialog, lc_certificates_dialog, ADW_TYPE_WINDOW)

/* What the worker thread needs: the convention and the words typed. */
typedef struct
{
  gint64  convention_id;
  char   *name;
  char   *title;
  char   *signature;
  gboolean folder;   /* a PDF for each person, into a folder */
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->name);
  g_free (job->title);
  g_free (job->signature);
  g_free (job);
}

/* Runs in the worker thread, with its own connection to the library;
 * @path is a file or, for the folder document, a folder. */
static gboolean
write_job (LcStore             *store,
           gconstpointer        data,
           const char          *path,
           LcAgendaLanguage     language,
           LcDigits             digits,
           LcPaper              paper,
           GCancellable        *cancellable,
           LcExportProgressFunc progress,
           gpointer             progress_data,
           GError             **error)
{
  const Job *job = data;
  g_autoptr(LcBadgeSet) set = lc_badge_set_load (store, job->convention_id, error);
  /* An empty field is no signatory at all, not an empty line. */
  LcCertificateOptions options = {
    *job->name != '\0' ? job->name : NULL,
    *job->title != '\0' ? job->title : NULL,
    job->signature,
  };

  if (set == NULL)
    return FALSE;
  if (job->folder)
    return lc_certificates_write_folder (set, &options, path, language, cancellable, progress, progress_data,
                                         NULL, error);
  return lc_certificates_write_pdf (set, &options, path, language, error);
}

static const LcPdfDocument documents[] = {
  [FILES_ONE_PDF] = {
    .title = N_("Export Certificates"),
    /* Translators: the suggested file name of exported certificates */
    .file_name = N_("certificates.pdf"),
    .exporting = N_("Exporting the certificates…"),
    .exported = N_("Certificates exported as PDF"),
    .write = write_job,
  },
  [FILES_FOLDER] = {
    .title = N_("Choose a Folder for the Certificates"),
    .exporting = N_("Exporting the certificates…"),
    .exported = N_("Certificates exported, a PDF for each person"),
    .write = write_job,
    .progress = TRUE,
    .folder = TRUE,
  },
};

static void
set_signature (LcCertificatesDialog *self,
               const char           *path)
{
  g_autofree char *name = path != NULL ? g_filename_display_basename (path) : NULL;

  g_free (self->signature);
  self->signature = g_strdup (path);
  adw_action_row_set_subtitle (self->signature_row, name != NULL ? name : C_("signature image", "None"));
  gtk_widget_set_visible (self->remove_button, path != NULL);
}

static void
on_signature_chosen_cb (const char *path,
                        gpointer    user_data)
{
  set_signature (LC_CERTIFICATES_DIALOG (user_data), path);
}

static void
on_choose_button_clicked_cb (LcCertificatesDialog *self)
{
  g_autoptr(GtkFileFilter) images = gtk_file_filter_new ();
  GtkFileChooser *chooser;

  chooser = lc_file_chooser_new (GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN, _("Choose a Signature Image"),
                                 _("_Choose"), on_signature_chosen_cb, g_object_ref (self), g_object_unref);
  /* What the certificates can draw (lc-certificate.c). */
  gtk_file_filter_set_name (images, _("PNG and JPEG images"));
  gtk_file_filter_add_mime_type (images, "image/png");
  gtk_file_filter_add_mime_type (images, "image/jpeg");
  gtk_file_chooser_add_filter (chooser, images);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_remove_button_clicked_cb (LcCertificatesDialog *self)
{
  set_signature (self, NULL);
}

static void
on_export_button_clicked_cb (LcCertificatesDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  guint files = adw_combo_row_get_selected (self->files_row);
  Job *job = g_new0 (Job, 1);

  job->convention_id = self->convention_id;
  job->name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  job->title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  job->signature = g_strdup (self->signature);
  job->folder = files == FILES_FOLDER;
  lc_pdf_export_choose (parent, self->store, &documents[job->folder ? FILES_FOLDER : FILES_ONE_PDF],
                        job, job_free, lc_pdf_language_at (adw_combo_row_get_selected (self->language_row)));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
lc_certificates_dialog_finalize (GObject *object)
{
  LcCertificatesDialog *self = LC_CERTIFICATES_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->signature, g_free);

  G_OBJECT_CLASS (lc_certificates_dialog_parent_class)->finalize (object);
}

static void
lc_certificates_dialog_class_init (LcCertificatesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = lc_certificates_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/LearningCities/ui/people/lc-certificates-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LcCertificatesDialog, files_row);
  gtk_widget_class_bind_template_child (widget_class, LcCertificatesDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, LcCertificatesDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, LcCertificatesDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, LcCertificatesDialog, signature_row);
  gtk_widget_class_bind_template_child (widget_class, LcCertificatesDialog, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_export_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_button_clicked_cb);
}

static void
lc_certificates_dialog_init (LcCertificatesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * lc_certificates_dialog_new:
 * @parent: the window
 * @store: the library
 * @convention_id: the convention
 *
 * Returns: (transfer none): the dialog, to be presented; it closes itself
 */
LcCertificatesDialog *
lc_certificates_dialog_new (GtkWindow *parent,
                            LcStore   *store,
                            gint64     convention_id)
{
  LcCertificatesDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  self = g_object_new (LC_TYPE_CERTIFICATES_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->convention_id = convention_id;
  lc_pdf_language_row_init (self->language_row);
  return self;
}
