/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lc-declaration-printer.h"
#include "lc-declaration.h"
#include "lc-feedback.h"
#include "lc-util.h"

/*
 * "Export Declaration as PDF…": asks for the language, the paper and the
 * text (the working text or a published version), then for a file, and
 * writes the PDF in a worker thread with its own connection to the library,
 * as the agenda's export does (lc-agenda-printer.c).
 */

/* In the order of the language choices shown. */
static const LcAgendaLanguage languages[] = {
  LC_AGENDA_LANGUAGE_ARABIC, LC_AGENDA_LANGUAGE_ENGLISH, LC_AGENDA_LANGUAGE_BILINGUAL,
};

typedef struct
{
  char            *db_path;
  gint64           declaration_id;
  int              version;
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

  if (store == NULL
      || !lc_declaration_write_pdf (store, w->declaration_id, w->version, w->path, w->language,
                                    w->digits, w->paper, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * lc_declaration_printer_write_async:
 * @store: the library
 * @declaration_id: the declaration
 * @version: a published version, or 0 for the working text
 * @path: the PDF file to write (replaced whole, or left alone on failure)
 * @language: the pages' language
 * @paper: the paper size
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Writes the declaration PDF in a worker thread.
 */
void
lc_declaration_printer_write_async (LcStore             *store,
                                    gint64               declaration_id,
                                    int                  version,
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
  w->declaration_id = declaration_id;
  w->version = version;
  w->path = g_strdup (path);
  w->language = language;
  w->digits = lc_ui_digits ();   /* read here: settings belong to the main thread */
  w->paper = paper;
  g_task_set_task_data (task, w, write_data_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
lc_declaration_printer_write_finish (GAsyncResult  *result,
                                     GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

typedef struct
{
  GtkWindow       *parent;
  LcStore         *store;
  gint64           declaration_id;
  int              version;
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

  if (!lc_declaration_printer_write_finish (result, &error))
    lc_widget_show_error (GTK_WIDGET (parent), error);
  else
    lc_widget_show_file_toast (GTK_WIDGET (parent), _("Declaration exported as PDF"),
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
      lc_widget_show_toast (GTK_WIDGET (job->parent), _("Exporting the declaration…"));
      lc_declaration_printer_write_async (job->store, job->declaration_id, job->version, path,
                                          job->language, job->paper, NULL, on_written,
                                          g_object_ref (job->parent));
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
  GtkWidget *version = g_object_get_data (G_OBJECT (dialog), "version");
  guint chosen;
  g_autoptr(GtkFileFilter) filter = NULL;

  if (!g_str_equal (response, "export"))
    {
      export_job_free (job);
      return;
    }

  chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (language));
  job->language = languages[chosen < G_N_ELEMENTS (languages) ? chosen : 0];
  job->paper = gtk_drop_down_get_selected (GTK_DROP_DOWN (paper)) == 1 ? LC_PAPER_LETTER : LC_PAPER_A4;
  /* The choices: the working text, then the versions from the last down. */
  chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (version));
  job->version = chosen == 0 || chosen == GTK_INVALID_LIST_POSITION ? 0 : job->version - (int) chosen + 1;

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  job->chooser = GTK_NATIVE_DIALOG (gtk_file_chooser_native_new (_("Export Declaration as PDF"),
                                                                 job->parent,
                                                                 GTK_FILE_CHOOSER_ACTION_SAVE,
                                                                 _("_Export"), _("_Cancel")));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (job->chooser), filter);
  /* Translators: the suggested file name of an exported declaration */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (job->chooser), _("declaration.pdf"));
  g_signal_connect (job->chooser, "response", G_CALLBACK (on_file_chosen), job);
  gtk_native_dialog_show (job->chooser);
}

/* "Working text", then "Version N — label" for each published version,
 * the last first. */
static GtkWidget *
version_drop_down (LcStore *store,
                   gint64   declaration_id,
                   int      last)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  LcLanguage language = lc_l10n_language_from_environment ();

  gtk_string_list_append (list, _("Working text (not yet published)"));
  for (int n = last; n > 0; n--)
    {
      g_autoptr(LcDeclarationText) text = lc_declaration_get_version_text (store, declaration_id,
                                                                           n, NULL);
      const char *label = "";
      g_autofree char *shown = NULL;

      if (text != NULL)
        label = language == LC_LANGUAGE_ARABIC && *text->label_ar != '\0' ? text->label_ar
                                                                           : text->label_en;
      if (*label != '\0')
        /* Translators: a choice of the declaration's text to export: %d is the
         * version's number, %s its label */
        shown = lc_ui_printf (_("Version %d — %s"), n, label);
      else
        /* Translators: a choice of the declaration's text to export */
        shown = lc_ui_printf (_("Version %d"), n);
      gtk_string_list_append (list, shown);
    }

  return gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL);
}

static void
attach_row (GtkWidget  *grid,
            int         row,
            const char *mnemonic,
            GtkWidget  *widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_grid_attach (GTK_GRID (grid), label, 0, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), widget, 1, row, 1, 1);
}

/**
 * lc_declaration_printer_export_pdf:
 * @parent: the window
 * @store: the library
 * @convention_id: the convention
 *
 * Asks for the language, the paper and the text of the convention's first
 * declaration, then for a file, then writes the PDF.
 */
void
lc_declaration_printer_export_pdf (GtkWindow *parent,
                                   LcStore   *store,
                                   gint64     convention_id)
{
  const char *papers[] = { _("A4"), _("US Letter"), NULL };
  const char *names[] = { _("Arabic"), _("English"), _("Arabic and English side by side"), NULL };
  g_autoptr(GError) error = NULL;
  LcAgendaLanguage preferred = lc_agenda_language_default ();
  ExportJob *job;
  GtkWidget *dialog, *grid, *language, *paper, *version;
  gint64 declaration_id;
  int last;

  declaration_id = lc_declaration_get_first (store, convention_id, &error);
  last = declaration_id > 0 ? lc_declaration_get_last_version (store, declaration_id, &error) : -1;
  if (declaration_id <= 0 || last < 0)
    {
      if (error != NULL)
        lc_widget_show_error (GTK_WIDGET (parent), error);
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->parent = g_object_ref (parent);
  job->store = g_object_ref (store);
  job->declaration_id = declaration_id;
  job->version = last;

  dialog = adw_message_dialog_new (parent, _("Export Declaration as PDF"),
                                   _("Choose the text, the language and the paper size."));
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_halign (grid, GTK_ALIGN_CENTER);

  version = version_drop_down (store, declaration_id, last);
  /* The last published version is what people usually print. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (version), last > 0 ? 1 : 0);
  attach_row (grid, 0, _("_Text"), version);

  language = gtk_drop_down_new_from_strings (names);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (languages[i] == preferred)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (language), i);
  attach_row (grid, 1, _("_Language"), language);

  paper = gtk_drop_down_new_from_strings (papers);
  attach_row (grid, 2, _("_Paper"), paper);

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
  g_object_set_data (G_OBJECT (dialog), "version", version);
  g_signal_connect (dialog, "response", G_CALLBACK (on_options_response), job);
  gtk_window_present (GTK_WINDOW (dialog));
}
