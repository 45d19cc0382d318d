/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-exchange.h"
#include "lc-undo.h"

G_BEGIN_DECLS

#define LC_TYPE_MERGE_DIALOG (lc_merge_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LcMergeDialog, lc_merge_dialog, LC, MERGE_DIALOG, AdwMessageDialog)

GtkWidget *lc_merge_dialog_new         (GtkWindow       *parent,
                                        LcUndoStack     *undo,
                                        LcExchangeMerge *merge);
void       lc_merge_dialog_choose_file (GtkWindow       *parent,
                                        LcUndoStack     *undo,
                                        gint64           convention_id);

G_END_DECLS
