/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-model.h"
#include "lc-undo.h"

G_BEGIN_DECLS

#define LC_TYPE_ROOMS_GROUP (lc_rooms_group_get_type ())
G_DECLARE_FINAL_TYPE (LcRoomsGroup, lc_rooms_group, LC, ROOMS_GROUP, AdwPreferencesGroup)

void lc_rooms_group_set_context        (LcRoomsGroup      *self,
                                        LcConventionModel *model,
                                        LcUndoStack       *undo);
void lc_rooms_group_set_tracks_context (LcRoomsGroup      *self,
                                        LcConventionModel *model,
                                        LcUndoStack       *undo);
void lc_rooms_group_set_places_context (LcRoomsGroup      *self,
                                        LcConventionModel *model,
                                        LcUndoStack       *undo);

G_END_DECLS
