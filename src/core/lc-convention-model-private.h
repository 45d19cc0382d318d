/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-convention-model.h"

G_BEGIN_DECLS

/* Shared by the files of the convention model: lc-convention-model.c (the
 * lists, kept in step with this process's changes), lc-convention-model-
 * reload.c (other processes' changes) and lc-convention-model-queries.c
 * (participations, attendance and conflicts). */

enum { ROOMS, TRACKS, PLACES, CITIES, PEOPLE, ITEMS, PARTICIPATIONS, N_LISTS };

struct _LcConventionModel
{
  GObject         parent_instance;

  LcStore        *store;
  gint64          id;
  LcConvention   *convention;
  GListStore     *lists[N_LISTS];
  GHashTable     *index[N_LISTS];    /* id → record, borrowed from the list */
  /* lc-convention-model-positions.c */
  GHashTable     *positions[N_LISTS];       /* record → position + 1, or NULL until asked */
  guint           positions_valid[N_LISTS]; /* the positions below are right */
  guint           position_reads;
  gboolean        positions_moving;         /* a record is between its removal and insertion */
  GHashTable     *by_item;           /* item id → GPtrArray of its participations; NULL when stale */
  GHashTable     *by_person;         /* person id → GPtrArray of theirs; NULL when stale */
  LcConflictList *conflicts;
  gboolean        conflicts_dirty;
  gboolean        conflicts_all_stale; /* else only these are: */
  GHashTable     *stale_days;          /* day strings */
  GHashTable     *stale_items;         /* gint64* ids of items changed */
  guint           conflict_inputs;     /* items the computations read, in all */
  guint           conflict_reads;      /* items read to find the stale days' ones */
  /* Items whose values changed but which are not in their sorted place
   * yet (an edit shown before the library has it, or one being placed):
   * while there are any, a day's items are not found by a binary search. */
  GHashTable     *unplaced;            /* LcRecord * set, borrowed */
  guint           conflicts_idle;
  guint           languages;         /* 1 << LcLanguage for each language with text */
  gboolean        languages_dirty;
  gulong          changed_handler;
  gulong          external_handler;
  gulong          pending_handler;
  /* lc-convention-model-reload.c */
  GCancellable   *reload_cancellable;  /* a reload under way, or NULL */
  gboolean        reload_again;        /* another change came during it */
};

typedef struct
{
  char       *path;
  gint64      id;
  LcRecord   *convention;
  GListStore *lists[N_LISTS];
  GHashTable *by_item;       /* the participations grouped, as in the model */
  GHashTable *item_positions; /* lc_convention_model_positions_index () of the items */
} LoadData;

GType             lc_convention_model_list_type       (int                 list);
GCompareDataFunc  lc_convention_model_list_order      (int                 list);
void              lc_convention_model_index_add       (LcConventionModel  *self,
                                                       int                 list,
                                                       LcRecord           *record);
void              lc_convention_model_positions_init  (LcConventionModel  *self);
void              lc_convention_model_positions_clear (LcConventionModel  *self);
GHashTable       *lc_convention_model_positions_index (GListModel         *list);
void              lc_convention_model_positions_take  (LcConventionModel  *self,
                                                       int                 list,
                                                       GHashTable         *positions);
gboolean          lc_convention_model_list_position   (LcConventionModel  *self,
                                                       int                 list,
                                                       LcRecord           *record,
                                                       guint              *position);
gboolean          lc_convention_model_put_in_place    (LcConventionModel  *self,
                                                       int                 list,
                                                       LcRecord           *record);
void              lc_convention_model_assign_in_place (LcConventionModel  *self,
                                                       int                 list,
                                                       LcRecord           *record,
                                                       LcRecord           *fresh);
void              lc_convention_model_remove_record   (LcConventionModel  *self,
                                                       int                 list,
                                                       LcRecord           *record);
void              lc_convention_model_forget_participations (LcConventionModel *self);
GHashTable       *lc_convention_model_group_participations  (GListModel        *all,
                                                             const char        *column);
void              lc_convention_model_invalidate_conflicts  (LcConventionModel *self);
void              lc_convention_model_conflicts_changed     (LcConventionModel *self);
void              lc_convention_model_invalidate_day        (LcConventionModel *self,
                                                             LcRecord          *item);
void              lc_convention_model_invalidate_day_of     (LcConventionModel *self,
                                                             const char        *day,
                                                             gint64             item_id);
void              lc_convention_model_invalidate_item_day   (LcConventionModel *self,
                                                             gint64             item_id);
void              lc_convention_model_invalidate_languages  (LcConventionModel *self);
/* Where the fields read most often are in their records, for
 * lc_record_peek_value (): a read by name costs some 300 instructions. */
typedef struct
{
  guint item_day, item_start, item_end, item_room, item_expected, item_place;
  guint room_capacity;
  guint participation_person, participation_attendance;
  guint person_attendance;
} LcModelColumns;

const LcModelColumns *lc_convention_model_columns           (void);
gboolean          lc_convention_model_load_lists      (LcStore            *store,
                                                       LoadData           *data,
                                                       GError            **error);
void              lc_convention_model_load_data_free  (LoadData           *data);
void              lc_convention_model_load_thread     (GTask              *task,
                                                       gpointer            source,
                                                       gpointer            task_data,
                                                       GCancellable       *cancellable);
void              lc_convention_model_reload          (LcConventionModel  *self);
void              lc_convention_model_emit_deleted    (LcConventionModel  *self);

G_END_DECLS
