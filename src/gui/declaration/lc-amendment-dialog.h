/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-model.h"
#include "lc-declaration.h"
#include "lc-undo.h"

G_BEGIN_DECLS

#define LC_TYPE_AMENDMENT_DIALOG (lc_amendment_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LcAmendmentDialog, lc_amendment_dialog, LC, AMENDMENT_DIALOG, AdwWindow)

LcAmendmentDialog *lc_amendment_dialog_new      (GtkWindow         *parent,
                                                 LcConventionModel *model,
                                                 LcUndoStack       *undo,
                                                 gint64             declaration_id,
                                                 LcDeclarationText *working,
                                                 gint64             clause_id);
void               lc_amendment_dialog_fill     (LcAmendmentDialog *self,
                                                 LcAmendmentKind    kind,
                                                 const char        *text_ar,
                                                 const char        *text_en,
                                                 const char        *rationale_en,
                                                 gint64             proposer);
gboolean           lc_amendment_dialog_propose  (LcAmendmentDialog *self);
const char        *lc_amendment_dialog_get_error (LcAmendmentDialog *self);

G_END_DECLS
