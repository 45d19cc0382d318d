/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-organisation.h"

G_BEGIN_DECLS

/* Called once the organisation is stored, with the stored record. */
typedef void (*LcOrganisationSavedFunc) (LcOrganisation *organisation,
                                         gpointer        user_data);

void         lc_organisation_dialog_present (GtkWidget               *owner,
                                             LcUndoStack             *undo,
                                             GListModel              *organisations,
                                             gint64                   convention_id,
                                             LcOrganisation          *organisation,
                                             LcOrganisationSavedFunc  saved,
                                             gpointer                 user_data);
const char  *lc_organisation_role_name      (LcOrganisationRole       role);
GdkTexture  *lc_organisation_logo_texture   (LcOrganisation          *organisation);

G_END_DECLS
