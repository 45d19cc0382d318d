/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-model.h"
#include "lc-models.h"

G_BEGIN_DECLS

/*
 * A popover that picks a person of the open convention: type part of a
 * name in Arabic or English and choose, or make a new person (stored by
 * whoever receives it, so it can be part of a larger undoable edit).
 */

#define LC_TYPE_PERSON_PICKER (lc_person_picker_get_type ())

G_DECLARE_FINAL_TYPE (LcPersonPicker, lc_person_picker, LC, PERSON_PICKER, GtkPopover)

GtkWidget  *lc_person_picker_new          (void);
void        lc_person_picker_set_model    (LcPersonPicker    *self,
                                           LcConventionModel *model);
void        lc_person_picker_set_taken    (LcPersonPicker    *self,
                                           GListModel        *participations);
void        lc_person_picker_set_search   (LcPersonPicker    *self,
                                           const char        *text);
GListModel *lc_person_picker_get_results  (LcPersonPicker    *self);
void        lc_person_picker_choose       (LcPersonPicker    *self,
                                           guint              position);
void        lc_person_picker_create       (LcPersonPicker    *self,
                                           const char        *name_ar,
                                           const char        *name_en);

G_END_DECLS
