/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-import-dialog.h"

G_BEGIN_DECLS

/* What the parts of LcImportDialog share: lc-import-dialog.c (the class,
 * its template, Cancel and the error page), lc-import-dialog-preview.c
 * (the preview of a plan: counts, warnings and the list of rows),
 * lc-import-dialog-columns.c (what each column means, changeable) and
 * lc-import-dialog-jobs.c (the worker threads that plan and apply, and
 * their progress). */

struct _LcImportDialog
{
  AdwWindow        parent_instance;

  AdwWindowTitle  *window_title;
  GtkButton       *cancel_button;
  GtkButton       *import_button;
  GtkStack        *stack;
  AdwStatusPage   *progress_page;
  AdwStatusPage   *error_page;
  GtkProgressBar  *progress_bar;
  GtkLabel        *summary_label;
  GtkLabel        *verdict_label;
  GtkLabel        *encoding_label;
  GtkLabel        *unknown_label;
  GtkLabel        *warnings_label;
  GtkLabel        *apply_error_label;
  GtkListView     *rows_view;
  GtkListBox      *columns_list;

  char            *db_path;
  LcUndoStack     *undo;       /* the open convention's history */
  gint64           convention_id;
  LcCsvImportKind  kind;
  char            *path;
  LcImportPlan    *plan;
  GHashTable      *choices;    /* column index → meaning the user chose */
  int              focus_column; /* the column whose meaning just changed, or -1 */
  GCancellable    *cancellable;
  guint            show_timeout;
  const char      *state;
  gboolean         busy;

  /* Written by the worker, read by the main thread. */
  int              progress_permille;
  int              progress_pending;
};

/* lc-import-dialog.c */
void _lc_import_dialog_show_error            (LcImportDialog           *self,
                                              const GError             *error);
void _lc_import_dialog_finish_cancelled      (LcImportDialog           *self);

/* lc-import-dialog-preview.c */
void _lc_import_dialog_setup_row             (GtkSignalListItemFactory *factory,
                                              GtkListItem              *list_item,
                                              gpointer                  user_data);
void _lc_import_dialog_bind_row              (GtkSignalListItemFactory *factory,
                                              GtkListItem              *list_item,
                                              gpointer                  user_data);
void _lc_import_dialog_show_preview          (LcImportDialog           *self);

/* lc-import-dialog-columns.c */
void _lc_import_dialog_show_columns          (LcImportDialog           *self);

/* lc-import-dialog-jobs.c */
void _lc_import_dialog_start_planning        (LcImportDialog           *self);
void _lc_import_dialog_on_import_clicked_cb  (LcImportDialog           *self);

G_END_DECLS
