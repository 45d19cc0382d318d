/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-agenda-pdf.h"
#include "lc-export-common.h"
#include "lc-store.h"

G_BEGIN_DECLS

/*
 * One PDF export for every document (the agenda, the declaration): the
 * options dialog (language and paper, and any choice of the document's own
 * above them), the file chooser, the writing in a worker thread with its
 * own connection to the library, and the toasts.
 */

/* Writes the document @data names to @path; runs in the worker thread.
 * A writer that can may stop early when @cancellable is cancelled, and
 * tell @progress the fraction it has written (the export checks
 * @cancellable again once it returns). */
typedef gboolean (*LcPdfWriteFunc) (LcStore             *store,
                                    gconstpointer        data,
                                    const char          *path,
                                    LcAgendaLanguage     language,
                                    LcDigits             digits,
                                    LcPaper              paper,
                                    GCancellable        *cancellable,
                                    LcExportProgressFunc progress,
                                    gpointer             progress_data,
                                    GError             **error);

/* Reads the document's own choice (@choice, e.g. which text) into @data
 * when the user presses Choose File…. */
typedef void (*LcPdfChooseFunc) (GtkWidget *choice,
                                 gpointer   data);

/* The words are msgids (N_()), translated where they are shown. */
typedef struct
{
  const char     *title;       /* the options dialog's heading, the file chooser's title */
  const char     *body;        /* what the options dialog asks */
  const char     *file_name;   /* the suggested file name */
  const char     *exporting;   /* the toast while the file is written */
  const char     *exported;    /* the toast, with Open, once it is */
  LcPdfWriteFunc  write;
  gboolean        progress;    /* whether write tells its progress: the toast shows it */
  /* (nullable) the suggested file name (a msgid) for the choices read
   * into @data, for a document that is not always a PDF; with it, the
   * chooser lists every file */
  const char   *(*file_name_for) (gconstpointer data);
  /* whether write fills the folder it is given (all or nothing, taking
   * its files away when cancelled) rather than writing one file */
  gboolean        folder;
} LcPdfDocument;

GListModel       *lc_pdf_language_model      (guint                *preferred);
LcAgendaLanguage  lc_pdf_language_at         (guint                 position);
GtkWidget        *lc_pdf_language_drop_down  (void);
void              lc_pdf_language_row_init   (AdwComboRow          *row);
LcAgendaLanguage  lc_pdf_chosen_language     (GtkWidget            *drop_down);

void              lc_pdf_export_ask          (GtkWindow            *parent,
                                              LcStore              *store,
                                              const LcPdfDocument  *document,
                                              gpointer              data,
                                              GDestroyNotify        data_free,
                                              const char           *choice_mnemonic,
                                              GtkWidget            *choice,
                                              LcPdfChooseFunc       choose);
void              lc_pdf_export_choose       (GtkWindow            *parent,
                                              LcStore              *store,
                                              const LcPdfDocument  *document,
                                              gpointer              data,
                                              GDestroyNotify        data_free,
                                              LcAgendaLanguage      language);
void              lc_pdf_export_write_async  (LcStore              *store,
                                              LcPdfWriteFunc        write,
                                              gpointer              data,
                                              GDestroyNotify        data_free,
                                              const char           *path,
                                              LcAgendaLanguage      language,
                                              LcPaper               paper,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean          lc_pdf_export_write_finish (GAsyncResult         *result,
                                              GError              **error);
void              lc_pdf_export_set_test_hook (LcExportProgressFunc hook,
                                               gpointer             data);

G_END_DECLS
