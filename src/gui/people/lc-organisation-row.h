/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-store.h"

G_BEGIN_DECLS

#define LC_TYPE_ORGANISATION_ROW (lc_organisation_row_get_type ())
G_DECLARE_FINAL_TYPE (LcOrganisationRow, lc_organisation_row, LC, ORGANISATION_ROW, AdwComboRow)

GtkWidget *lc_organisation_row_new    (LcStore           *store,
                                       gint64             convention_id);
gint64     lc_organisation_row_get_id (LcOrganisationRow *self);
void       lc_organisation_row_set_id (LcOrganisationRow *self,
                                       gint64             id);

G_END_DECLS
