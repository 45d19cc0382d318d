/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lc-csv-import.h"

G_BEGIN_DECLS

#define LC_TYPE_IMPORT_PREVIEW_ROW (lc_import_preview_row_get_type ())

G_DECLARE_FINAL_TYPE (LcImportPreviewRow, lc_import_preview_row, LC, IMPORT_PREVIEW_ROW, GtkBox)

GtkWidget *lc_import_preview_row_new  (void);
void       lc_import_preview_row_show (LcImportPreviewRow *self,
                                       const LcImportRow  *row);

G_END_DECLS
