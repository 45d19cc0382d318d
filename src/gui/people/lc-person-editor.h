/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-model.h"
#include "lc-undo.h"

G_BEGIN_DECLS

#define LC_TYPE_PERSON_EDITOR (lc_person_editor_get_type ())

G_DECLARE_FINAL_TYPE (LcPersonEditor, lc_person_editor, LC, PERSON_EDITOR, AdwWindow)

LcPersonEditor *lc_person_editor_new        (GtkWindow         *parent,
                                             LcConventionModel *model,
                                             LcUndoStack       *undo,
                                             LcPerson          *person);
void            lc_person_editor_set_name   (LcPersonEditor    *self,
                                             const char        *name);
gboolean        lc_person_editor_is_valid   (LcPersonEditor    *self);
gboolean        lc_person_editor_is_changed (LcPersonEditor    *self);

G_END_DECLS
