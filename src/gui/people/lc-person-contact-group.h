/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-models.h"

G_BEGIN_DECLS

#define LC_TYPE_PERSON_CONTACT_GROUP (lc_person_contact_group_get_type ())

G_DECLARE_FINAL_TYPE (LcPersonContactGroup, lc_person_contact_group, LC, PERSON_CONTACT_GROUP, GtkBox)

void     lc_person_contact_group_load     (LcPersonContactGroup *self,
                                           LcPerson             *person);
void     lc_person_contact_group_save     (LcPersonContactGroup *self,
                                           LcPerson             *person);
gboolean lc_person_contact_group_is_valid (LcPersonContactGroup *self);

G_END_DECLS
