/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-cli.h"
#include "lc-l10n.h"
#include "lc-participant.h"

G_BEGIN_DECLS

/* An online meeting's attendance report (issue 14): a CSV with a name and
 * an email column, as video-meeting tools export it, read into a plan that
 * matches each row to a person of the convention (by email, then by name)
 * and marks them attended online in one undo step. */

typedef struct _LcAttendancePlan LcAttendancePlan;

/* At most this many rows: a meeting of ten thousand is a webinar, and its
 * report is not a convention's attendance. */
#define LC_ATTENDANCE_MAX_ROWS 20000

LcAttendancePlan *lc_attendance_plan_new        (LcStore           *store,
                                                 gint64             convention_id,
                                                 const char        *data,
                                                 gsize              length,
                                                 const char        *source_name,
                                                 GError           **error);
void              lc_attendance_plan_free       (LcAttendancePlan  *self);
guint             lc_attendance_plan_get_n_matched   (LcAttendancePlan *self);
guint             lc_attendance_plan_get_n_unmatched (LcAttendancePlan *self);
guint             lc_attendance_plan_get_n_by_email  (LcAttendancePlan *self);
char             *lc_attendance_plan_describe   (LcAttendancePlan  *self,
                                                 LcLanguage         language,
                                                 LcDigits           digits);
guint             lc_attendance_plan_apply      (LcAttendancePlan  *self,
                                                 LcUndoStack       *undo,
                                                 GError           **error);

gboolean          lc_attendance_cli_import      (LcCliContext      *ctx,
                                                 const char        *path,
                                                 GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcAttendancePlan, lc_attendance_plan_free)

G_END_DECLS
