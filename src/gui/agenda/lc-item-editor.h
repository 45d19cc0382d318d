/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-model.h"
#include "lc-models.h"
#include "lc-person-picker.h"
#include "lc-undo.h"

G_BEGIN_DECLS

/*
 * Adds or edits one agenda item with its people. The fields are checked
 * as the user types, the reason shown in words and Save kept disabled
 * while they are not acceptable; conflicts the change would create are
 * shown but do not stop it. Save stores the item, any new people and the
 * participations as one undoable step.
 */

#define LC_TYPE_ITEM_EDITOR (lc_item_editor_get_type ())

G_DECLARE_FINAL_TYPE (LcItemEditor, lc_item_editor, LC, ITEM_EDITOR, AdwWindow)

LcItemEditor   *lc_item_editor_new              (GtkWindow         *parent,
                                                 LcConventionModel *model,
                                                 LcUndoStack       *undo,
                                                 LcItem            *item);
gboolean        lc_item_editor_save             (LcItemEditor      *self,
                                                 GError           **error);
const char     *lc_item_editor_get_problem      (LcItemEditor      *self);
gboolean        lc_item_editor_get_can_save     (LcItemEditor      *self);
guint           lc_item_editor_get_n_warnings   (LcItemEditor      *self);
gboolean        lc_item_editor_get_modified     (LcItemEditor      *self);

void            lc_item_editor_set_title        (LcItemEditor      *self,
                                                 LcLanguage         language,
                                                 const char        *title);
void            lc_item_editor_set_times        (LcItemEditor      *self,
                                                 const char        *start,
                                                 const char        *end);
gboolean        lc_item_editor_set_day          (LcItemEditor      *self,
                                                 const char        *day);
gboolean        lc_item_editor_set_room         (LcItemEditor      *self,
                                                 gint64             room_id);
void            lc_item_editor_set_kind         (LcItemEditor      *self,
                                                 LcItemKind         kind);
void            lc_item_editor_set_number       (LcItemEditor      *self,
                                                 const char        *number);
void            lc_item_editor_add_person       (LcItemEditor      *self,
                                                 LcPerson          *person,
                                                 LcRole             role);
GListModel     *lc_item_editor_get_participants (LcItemEditor      *self);
LcPersonPicker *lc_item_editor_get_picker       (LcItemEditor      *self);

G_END_DECLS
