/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "lc-feedback.h"
#include "lc-file-chooser.h"
#include "lc-pdf-export.h"
#include "lc-util.h"

/*
 * "Export … as PDF" for every document (see lc-pdf-export.h). What differs
 * between the agenda and the declaration is an LcPdfDocument: the words,
 * the function that writes the file, and for the declaration one more
 * choice (which text) shown above the language and the paper.
 */

/* In the order of the language choices shown. */
static const LcAgendaLanguage languages[] = {
  LC_AGENDA_LANGUAGE_ARABIC, LC_AGENDA_LANGUAGE_ENGLISH, LC_AGENDA_LANGUAGE_BILINGUAL,
};

/**
 * lc_pdf_language_model:
 * @preferred: (out): the position of the language the user most likely
 *   wants
 *
 * Returns: (transfer full): the names of the pages' languages, in the
 *   order lc_pdf_language_at() reads
 */
GListModel *
lc_pdf_language_model (guint *preferred)
{
  const char *names[] = { _("Arabic"), _("English"), _("Arabic and English side by side"), NULL };
  LcAgendaLanguage wanted = lc_agenda_language_default ();

  *preferred = 0;
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (languages[i] == wanted)
      *preferred = i;
  return G_LIST_MODEL (gtk_string_list_new (names));
}

/**
 * lc_pdf_language_at:
 * @position: a position in lc_pdf_language_model()
 *
 * Returns: the language shown at @position
 */
LcAgendaLanguage
lc_pdf_language_at (guint position)
{
  return languages[position < G_N_ELEMENTS (languages) ? position : 0];
}

/**
 * lc_pdf_language_drop_down:
 *
 * Returns: (transfer floating): the choice of the pages' language, set to
 *   the one the user most likely wants
 */
GtkWidget *
lc_pdf_language_drop_down (void)
{
  guint preferred;
  GtkWidget *drop_down = gtk_drop_down_new (lc_pdf_language_model (&preferred), NULL);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), preferred);
  return drop_down;
}

/**
 * lc_pdf_language_row_init:
 * @row: a combo row, read with lc_pdf_language_at()
 *
 * Fills @row with the pages' languages and chooses the one the user most
 * likely wants.
 */
void
lc_pdf_language_row_init (AdwComboRow *row)
{
  guint preferred;
  g_autoptr(GListModel) names = lc_pdf_language_model (&preferred);

  adw_combo_row_set_model (row, names);
  adw_combo_row_set_selected (row, preferred);
}

/**
 * lc_pdf_chosen_language:
 * @drop_down: a drop-down from lc_pdf_language_drop_down()
 *
 * Returns: the language chosen in @drop_down
 */
LcAgendaLanguage
lc_pdf_chosen_language (GtkWidget *drop_down)
{
  return lc_pdf_language_at (gtk_drop_down_get_selected (GTK_DROP_DOWN (drop_down)));
}

/* ---- writing, in a worker thread ---- */

/* The progress the worker tells, shown by the main thread: at most one
 * update waits in the main loop at a time, showing the latest fraction. */
typedef struct
{
  GtkProgressBar *bar;        /* main thread only */
  int             permille;   /* atomic */
  int             queued;     /* atomic */
} Progress;

static LcExportProgressFunc test_hook;
static gpointer test_hook_data;

static void
progress_clear (gpointer data)
{
  Progress *progress = data;

  g_clear_object (&progress->bar);
}

static void
progress_release (gpointer data)
{
  g_atomic_rc_box_release_full (data, progress_clear);
}

static gboolean
show_progress (gpointer data)
{
  Progress *progress = data;

  g_atomic_int_set (&progress->queued, 0);
  gtk_progress_bar_set_fraction (progress->bar, g_atomic_int_get (&progress->permille) / 1000.0);
  return G_SOURCE_REMOVE;
}

static void
on_progress (double   fraction,
             gpointer data)
{
  Progress *progress = data;

  g_atomic_int_set (&progress->permille, (int) (fraction * 1000));
  if (g_atomic_int_compare_and_exchange (&progress->queued, 0, 1))
    g_idle_add_full (G_PRIORITY_DEFAULT, show_progress, g_atomic_rc_box_acquire (progress),
                     progress_release);
  if (test_hook != NULL)
    test_hook (fraction, test_hook_data);
}

typedef struct
{
  char            *db_path;
  LcPdfWriteFunc   write;
  gpointer         data;
  GDestroyNotify   data_free;
  char            *path;
  LcAgendaLanguage language;
  LcDigits         digits;
  LcPaper          paper;
  gboolean         folder;     /* the writer fills a folder itself */
  Progress        *progress;   /* (nullable) */
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *w = data;

  if (w->data_free != NULL)
    w->data_free (w->data);
  if (w->progress != NULL)
    progress_release (w->progress);
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
  g_autofree char *dir = g_path_get_dirname (w->path);
  g_autofree char *name = g_path_get_basename (w->path);
  /* Written beside the file, then put in its place only if not cancelled
   * meanwhile: a cancelled export leaves the folder as it was. */
  g_autofree char *part = g_strdup_printf ("%s%c.%s-XXXXXX", dir, G_DIR_SEPARATOR, name);
  int fd;

  /* A folder's writer is all or nothing on its own (it takes its files
   * away again when it fails or is cancelled): its answer is final. */
  if (store != NULL && w->folder)
    {
      if (w->write (store, w->data, w->path, w->language, w->digits, w->paper, cancellable,
                    w->progress != NULL ? on_progress : NULL, w->progress, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  fd = store != NULL ? g_mkstemp (part) : -1;

  if (store != NULL && fd < 0)
    g_set_error (&error, G_IO_ERROR, g_io_error_from_errno (errno), _("“%s” could not be written: %s"),
                 w->path, g_strerror (errno));
  if (fd < 0)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  close (fd);
  if (!w->write (store, w->data, part, w->language, w->digits, w->paper, cancellable,
                 w->progress != NULL ? on_progress : NULL, w->progress, &error)
      || g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_unlink (part);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_chmod (part, 0644);
  if (g_rename (part, w->path) != 0)
    {
      int saved = errno;

      g_unlink (part);
      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved), _("“%s” could not be written: %s"),
                               w->path, g_strerror (saved));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
write_async (LcStore             *store,
             LcPdfWriteFunc       write,
             gboolean             folder,
             gpointer             data,
             GDestroyNotify       data_free,
             const char          *path,
             LcAgendaLanguage     language,
             LcPaper              paper,
             GtkProgressBar      *bar,
             GCancellable        *cancellable,
             GAsyncReadyCallback  callback,
             gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  WriteData *w = g_new0 (WriteData, 1);

  w->db_path = g_strdup (lc_store_get_path (store));
  w->write = write;
  w->folder = folder;
  w->data = data;
  w->data_free = data_free;
  w->path = g_strdup (path);
  w->language = language;
  w->digits = lc_ui_digits ();   /* read here: settings belong to the main thread */
  w->paper = paper;
  if (bar != NULL)
    {
      w->progress = g_atomic_rc_box_new0 (Progress);
      w->progress->bar = g_object_ref (bar);
    }
  g_task_set_task_data (task, w, write_data_free);
  g_task_run_in_thread (task, write_thread);
}

/**
 * lc_pdf_export_write_async:
 * @store: the library
 * @write: writes the document
 * @data: what @write needs to find the document (its ids); taken
 * @data_free: (nullable): frees @data
 * @path: the PDF file to write (replaced whole, or left alone on failure)
 * @language: the pages' language
 * @paper: the paper size
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Writes a PDF in a worker thread, with its own connection to @store's
 * library.
 */
void
lc_pdf_export_write_async (LcStore             *store,
                           LcPdfWriteFunc       write,
                           gpointer             data,
                           GDestroyNotify       data_free,
                           const char          *path,
                           LcAgendaLanguage     language,
                           LcPaper              paper,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (LC_IS_STORE (store));

  write_async (store, write, FALSE, data, data_free, path, language, paper, NULL, cancellable, callback,
               user_data);
}

/**
 * lc_pdf_export_set_test_hook:
 * @hook: (nullable): called in the worker thread with each fraction a
 *   writer tells, after it is passed on to the toast's progress bar
 * @data: data for @hook
 *
 * For tests: lets a test act at a known point of the writing (e.g. wait
 * there until it has pressed Cancel), instead of guessing how long the
 * writing takes.
 */
void
lc_pdf_export_set_test_hook (LcExportProgressFunc hook,
                             gpointer             data)
{
  test_hook = hook;
  test_hook_data = data;
}

/**
 * lc_pdf_export_write_finish:
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Returns: whether the file was written
 */
gboolean
lc_pdf_export_write_finish (GAsyncResult  *result,
                            GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* ---- asking, then writing ---- */

typedef struct
{
  GtkWindow           *parent;
  LcStore             *store;
  const LcPdfDocument *document;
  gpointer             data;
  GDestroyNotify       data_free;
  GtkWidget           *choice;      /* owned by the options dialog */
  LcPdfChooseFunc      choose;
  GtkWidget           *language;    /* owned by the options dialog */
  GtkWidget           *paper;       /* owned by the options dialog */
  LcAgendaLanguage     chosen_language;
  LcPaper              chosen_paper;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  if (job->data_free != NULL && job->data != NULL)
    job->data_free (job->data);
  g_clear_object (&job->parent);
  g_clear_object (&job->store);
  g_free (job);
}

typedef struct
{
  GtkWindow           *parent;
  const LcPdfDocument *document;
  GCancellable        *cancellable;
  AdwToast            *toast;       /* "Exporting…", with Cancel */
} Written;

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Written *written = user_data;
  g_autoptr(GError) error = NULL;

  adw_toast_dismiss (written->toast);
  if (!lc_pdf_export_write_finish (result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        lc_widget_show_toast (GTK_WIDGET (written->parent), _("Export cancelled: no file was written."));
      else
        lc_widget_show_error (GTK_WIDGET (written->parent), error);
    }
  else
    lc_widget_show_file_toast (GTK_WIDGET (written->parent), _(written->document->exported),
                               ((WriteData *) g_task_get_task_data (G_TASK (result)))->path);
  g_object_unref (written->parent);
  g_object_unref (written->cancellable);
  g_object_unref (written->toast);
  g_free (written);
}

/* Writes the document into @path (a file, or a folder for a folder
 * document) in a worker thread, with a toast that shows the progress and
 * has Cancel, then one that says it is done (with Open) or why not. */
static void
export_run (GtkWindow           *parent,
            LcStore             *store,
            const LcPdfDocument *document,
            gpointer             data,
            GDestroyNotify       data_free,
            const char          *path,
            LcAgendaLanguage     language,
            LcPaper              paper)
{
  Written *written = g_new0 (Written, 1);
  GtkProgressBar *bar = NULL;

  written->parent = g_object_ref (parent);
  written->document = document;
  written->cancellable = g_cancellable_new ();
  written->toast = lc_widget_show_progress_toast (GTK_WIDGET (parent), _(document->exporting),
                                                  written->cancellable, document->progress ? &bar : NULL);
  write_async (store, document->write, document->folder, data, data_free, path, language, paper, bar,
               written->cancellable, on_written, written);
}

static void
on_file_chosen (const char *path,
                gpointer    user_data)
{
  ExportJob *job = user_data;

  export_run (job->parent, job->store, job->document, g_steal_pointer (&job->data), job->data_free, path,
              job->chosen_language, job->chosen_paper);
}

/* Asks for the file (or, for a folder document, the folder), then writes
 * into it; frees @job either way. */
static void
choose_file (ExportJob *job)
{
  g_autoptr(GtkFileFilter) filter = NULL;
  GtkFileChooser *chooser;
  const char *file_name;

  file_name = job->document->file_name_for != NULL ? job->document->file_name_for (job->data)
                                                   : job->document->file_name;
  chooser = lc_file_chooser_new (job->parent, job->document->folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                                    : GTK_FILE_CHOOSER_ACTION_SAVE,
                                 _(job->document->title), _("_Export"), on_file_chosen, job,
                                 (GDestroyNotify) export_job_free);
  if (job->document->file_name_for == NULL && !job->document->folder)
    {
      filter = gtk_file_filter_new ();
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_chooser_add_filter (chooser, filter);
    }
  if (!job->document->folder)
    gtk_file_chooser_set_current_name (chooser, _(file_name));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_options_response (AdwMessageDialog *dialog,
                     const char       *response,
                     ExportJob        *job)
{
  if (!g_str_equal (response, "export"))
    {
      export_job_free (job);
      return;
    }

  job->chosen_language = lc_pdf_chosen_language (job->language);
  job->chosen_paper = gtk_drop_down_get_selected (GTK_DROP_DOWN (job->paper)) == 1 ? LC_PAPER_LETTER
                                                                                   : LC_PAPER_A4;
  if (job->choose != NULL)
    job->choose (job->choice, job->data);
  choose_file (job);
}

/**
 * lc_pdf_export_choose:
 * @parent: the window
 * @store: the library
 * @document: the kind of document: its words and how it is written
 * @data: what @document's write function needs, the choices already read
 *   into it; taken
 * @data_free: (nullable): frees @data
 * @language: the pages' language
 *
 * For a document with its own options dialog: asks for the file (or the
 * folder), then writes it in a worker thread, with a toast that follows
 * it and can cancel it. The paper is A4: such documents set their own
 * pages.
 */
void
lc_pdf_export_choose (GtkWindow           *parent,
                      LcStore             *store,
                      const LcPdfDocument *document,
                      gpointer             data,
                      GDestroyNotify       data_free,
                      LcAgendaLanguage     language)
{
  ExportJob *job = g_new0 (ExportJob, 1);

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (LC_IS_STORE (store));

  job->parent = g_object_ref (parent);
  job->store = g_object_ref (store);
  job->document = document;
  job->data = data;
  job->data_free = data_free;
  job->chosen_language = language;
  job->chosen_paper = LC_PAPER_A4;
  choose_file (job);
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
 * lc_pdf_export_ask:
 * @parent: the window
 * @store: the library
 * @document: the kind of document: its words and how it is written
 * @data: what @document's write function needs (its ids); taken
 * @data_free: (nullable): frees @data
 * @choice_mnemonic: (nullable): the label of @choice, e.g. "_Text"
 * @choice: (nullable): a choice of the document's own, shown first
 * @choose: (nullable): reads @choice into @data on Choose File…
 *
 * Asks for the language and the paper (and @choice), then for a file,
 * then writes the PDF in a worker thread; a toast says when it is done.
 */
void
lc_pdf_export_ask (GtkWindow           *parent,
                   LcStore             *store,
                   const LcPdfDocument *document,
                   gpointer             data,
                   GDestroyNotify       data_free,
                   const char          *choice_mnemonic,
                   GtkWidget           *choice,
                   LcPdfChooseFunc      choose)
{
  const char *papers[] = { _("A4"), _("US Letter"), NULL };
  ExportJob *job = g_new0 (ExportJob, 1);
  GtkWidget *dialog, *grid;
  int row = 0;

  job->parent = g_object_ref (parent);
  job->store = g_object_ref (store);
  job->document = document;
  job->data = data;
  job->data_free = data_free;
  job->choice = choice;
  job->choose = choose;

  dialog = adw_message_dialog_new (parent, _(document->title), _(document->body));
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_set_halign (grid, GTK_ALIGN_CENTER);

  if (choice != NULL)
    attach_row (grid, row++, choice_mnemonic, choice);
  job->language = lc_pdf_language_drop_down ();
  attach_row (grid, row++, _("_Language"), job->language);
  job->paper = gtk_drop_down_new_from_strings (papers);
  attach_row (grid, row++, _("_Paper"), job->paper);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), grid);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("Choose _File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_options_response), job);
  gtk_window_present (GTK_WINDOW (dialog));
}
