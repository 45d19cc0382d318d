/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-models.h"

G_BEGIN_DECLS

#define LC_TYPE_PERSON_PARTICIPANT_GROUP (lc_person_participant_group_get_type ())
G_DECLARE_FINAL_TYPE (LcPersonParticipantGroup, lc_person_participant_group, LC, PERSON_PARTICIPANT_GROUP,
                      AdwPreferencesGroup)

void lc_person_participant_group_load (LcPersonParticipantGroup *self,
                                       LcPerson                 *person);
void lc_person_participant_group_save (LcPersonParticipantGroup *self,
                                       LcPerson                 *person);

G_END_DECLS
