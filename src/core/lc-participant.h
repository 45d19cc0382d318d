/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lc-models.h"
#include "lc-participant-enums.h"
#include "lc-undo.h"

G_BEGIN_DECLS

/* Participants (issue 14): everyone who comes, programme or not, is a
 * person (LcPerson) with a category, whom they represent and a status.
 * A status is only changed through lc_participants_set_status (), which
 * keeps each change with its time as an LcStatusChange in the same undo
 * step. Who attended an item with limited places (a workshop, a field
 * visit) is an LcItemAttendance. */

#define LC_TYPE_STATUS_CHANGE (lc_status_change_get_type ())
G_DECLARE_FINAL_TYPE (LcStatusChange, lc_status_change, LC, STATUS_CHANGE, LcRecord)

#define LC_TYPE_ITEM_ATTENDANCE (lc_item_attendance_get_type ())
G_DECLARE_FINAL_TYPE (LcItemAttendance, lc_item_attendance, LC, ITEM_ATTENDANCE, LcRecord)

LcParticipantCategory lc_person_get_category            (LcPerson              *self);
void                  lc_person_set_category            (LcPerson              *self,
                                                         LcParticipantCategory  value);
LcRepresents          lc_person_get_represents          (LcPerson              *self);
void                  lc_person_set_represents          (LcPerson              *self,
                                                         LcRepresents           value);
const char           *lc_person_get_represents_text     (LcPerson              *self,
                                                         LcLanguage             language);
void                  lc_person_set_represents_text     (LcPerson              *self,
                                                         const char            *arabic,
                                                         const char            *english);
LcParticipantStatus   lc_person_get_status              (LcPerson              *self);

gint64                lc_status_change_get_person_id    (LcStatusChange        *self);
LcParticipantStatus   lc_status_change_get_status       (LcStatusChange        *self);
const char           *lc_status_change_get_changed_at   (LcStatusChange        *self);

gint64                lc_item_attendance_get_item_id    (LcItemAttendance      *self);
gint64                lc_item_attendance_get_person_id  (LcItemAttendance      *self);
LcAttendance          lc_item_attendance_get_attendance (LcItemAttendance      *self);

const char           *lc_participant_category_label     (LcParticipantCategory  category,
                                                         LcLanguage             language);
const char           *lc_participant_status_label       (LcParticipantStatus    status,
                                                         LcLanguage             language);
gboolean              lc_participant_status_can_change  (LcParticipantStatus    from,
                                                         LcParticipantStatus    to);
gboolean              lc_participant_check_time         (const char            *text);

guint                 lc_participants_set_status        (LcUndoStack           *undo,
                                                         GPtrArray             *people,
                                                         LcParticipantStatus    status,
                                                         GDateTime             *when,
                                                         GError               **error);
GListStore           *lc_participant_list_history       (LcStore               *store,
                                                         gint64                 person_id,
                                                         GError               **error);

gboolean              lc_item_attendance_set            (LcUndoStack           *undo,
                                                         LcItem                *item,
                                                         LcPerson              *person,
                                                         LcAttendance           attendance,
                                                         GError               **error);
gint64                lc_item_attendance_count_in_person (LcStore              *store,
                                                          gint64                item_id,
                                                          GError              **error);
gint64                lc_item_attendance_over_capacity  (LcStore               *store,
                                                         LcItem                *item,
                                                         GError               **error);

G_END_DECLS
