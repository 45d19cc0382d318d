/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-csv-import.h"
#include "lc-store.h"
#include "lc-undo.h"

G_BEGIN_DECLS

#define LC_TYPE_IMPORT_DIALOG (lc_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LcImportDialog, lc_import_dialog, LC, IMPORT_DIALOG, AdwWindow)

LcImportDialog *lc_import_dialog_new          (GtkWindow       *window,
                                               LcUndoStack     *undo,
                                               gint64           convention_id,
                                               LcCsvImportKind  kind,
                                               const char      *path);
const char     *lc_import_dialog_get_state    (LcImportDialog  *self);
LcImportPlan   *lc_import_dialog_get_plan     (LcImportDialog  *self);
void            lc_import_dialog_choose_file  (GtkWindow       *window,
                                               LcUndoStack     *undo,
                                               gint64           convention_id,
                                               LcCsvImportKind  kind);

G_END_DECLS
