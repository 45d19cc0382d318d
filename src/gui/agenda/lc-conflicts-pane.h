/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-model.h"

G_BEGIN_DECLS

#define LC_TYPE_CONFLICTS_PANE (lc_conflicts_pane_get_type ())

G_DECLARE_FINAL_TYPE (LcConflictsPane, lc_conflicts_pane, LC, CONFLICTS_PANE, AdwBin)

void   lc_conflicts_pane_set_model   (LcConflictsPane   *self,
                                      LcConventionModel *model);
guint  lc_conflicts_pane_get_count   (LcConflictsPane   *self);
char  *lc_conflict_describe          (LcConventionModel *model,
                                      LcConflict        *conflict);

G_END_DECLS
