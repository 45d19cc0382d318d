/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-model.h"
#include "lc-undo.h"

G_BEGIN_DECLS

#define LC_TYPE_EARLIER_PEOPLE_DIALOG (lc_earlier_people_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LcEarlierPeopleDialog, lc_earlier_people_dialog, LC, EARLIER_PEOPLE_DIALOG, AdwWindow)

LcEarlierPeopleDialog *lc_earlier_people_dialog_new (GtkWindow         *parent,
                                                     LcConventionModel *model,
                                                     LcUndoStack       *undo,
                                                     GError           **error);

G_END_DECLS
