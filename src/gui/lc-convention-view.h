/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-model.h"
#include "lc-undo.h"

G_BEGIN_DECLS

#define LC_TYPE_CONVENTION_VIEW (lc_convention_view_get_type ())

G_DECLARE_FINAL_TYPE (LcConventionView, lc_convention_view, LC, CONVENTION_VIEW, AdwBin)

void               lc_convention_view_set_model     (LcConventionView  *self,
                                                     LcConventionModel *model);
LcConventionModel *lc_convention_view_get_model     (LcConventionView  *self);
LcUndoStack       *lc_convention_view_get_undo      (LcConventionView  *self);
void               lc_convention_view_show_area     (LcConventionView  *self,
                                                     const char        *name);
const char        *lc_convention_view_get_area      (LcConventionView  *self);
void               lc_convention_view_reveal_item   (LcConventionView  *self,
                                                     gint64             item_id);

void               lc_convention_view_restore_focus (LcConventionView  *self);

G_END_DECLS
