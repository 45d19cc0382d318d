/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lc-conflicts.h"
#include "lc-store.h"

G_BEGIN_DECLS

#define LC_TYPE_CONVENTION_MODEL (lc_convention_model_get_type ())

G_DECLARE_FINAL_TYPE (LcConventionModel, lc_convention_model, LC, CONVENTION_MODEL, GObject)

void               lc_convention_model_load_async   (LcStore             *store,
                                                     gint64               convention_id,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
LcConventionModel *lc_convention_model_load_finish  (GAsyncResult        *result,
                                                     GError             **error);
LcConventionModel *lc_convention_model_load         (LcStore             *store,
                                                     gint64               convention_id,
                                                     GError             **error);

LcStore           *lc_convention_model_get_store    (LcConventionModel   *self);
LcConvention      *lc_convention_model_get_convention (LcConventionModel *self);
gint64             lc_convention_model_get_id       (LcConventionModel   *self);
GListModel        *lc_convention_model_get_items    (LcConventionModel   *self);
GListModel        *lc_convention_model_get_people   (LcConventionModel   *self);
GListModel        *lc_convention_model_get_cities   (LcConventionModel   *self);
GListModel        *lc_convention_model_get_rooms    (LcConventionModel   *self);
GListModel        *lc_convention_model_get_tracks   (LcConventionModel   *self);
GListModel        *lc_convention_model_get_places   (LcConventionModel   *self);
GListModel        *lc_convention_model_get_participations (LcConventionModel *self);
LcConflictList    *lc_convention_model_get_conflicts (LcConventionModel  *self);
guint              lc_convention_model_get_conflict_inputs (LcConventionModel *self);
guint              lc_convention_model_get_conflict_reads  (LcConventionModel *self);
guint              lc_convention_model_get_position_reads  (LcConventionModel *self);

gpointer           lc_convention_model_lookup       (LcConventionModel   *self,
                                                     GType                type,
                                                     gint64               id);
GPtrArray         *lc_convention_model_get_item_participations   (LcConventionModel *self,
                                                                  gint64             item_id);
GPtrArray         *lc_convention_model_get_person_participations (LcConventionModel *self,
                                                                  gint64             person_id);
LcAttendance       lc_convention_model_get_attendance (LcConventionModel *self,
                                                       LcParticipation   *participation);
gboolean           lc_convention_model_has_text_in  (LcConventionModel   *self,
                                                     LcLanguage           language);

G_END_DECLS
