/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-model.h"
#include "lc-undo.h"

G_BEGIN_DECLS

#define LC_TYPE_ORGANISATIONS_GROUP (lc_organisations_group_get_type ())
G_DECLARE_FINAL_TYPE (LcOrganisationsGroup, lc_organisations_group, LC, ORGANISATIONS_GROUP, AdwPreferencesGroup)

void lc_organisations_group_set_context (LcOrganisationsGroup *self,
                                         LcConventionModel    *model,
                                         LcUndoStack          *undo);

G_END_DECLS
