/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-model.h"
#include "lc-store.h"
#include "lc-undo.h"

G_BEGIN_DECLS

#define LC_TYPE_CONVENTION_DIALOG (lc_convention_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LcConventionDialog, lc_convention_dialog, LC, CONVENTION_DIALOG, AdwWindow)

LcConventionDialog *lc_convention_dialog_new_convention (GtkWindow    *parent,
                                                         LcStore      *store);
LcConventionDialog *lc_convention_dialog_edit           (GtkWindow         *parent,
                                                         LcUndoStack       *undo,
                                                         LcConventionModel *model);
gboolean            lc_convention_dialog_validate       (LcConventionDialog *self,
                                                         char              **message);

G_END_DECLS
