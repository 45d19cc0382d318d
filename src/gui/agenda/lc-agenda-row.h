/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-model.h"
#include "lc-models.h"

G_BEGIN_DECLS

/*
 * One row of the agenda list: either a day's heading, or an item with its
 * time range, kind, number, title, room and people, and a warning when it
 * is part of a conflict.
 */

/* Work done by the agenda's rows, counted for the tests and the benchmark
 * (lc_agenda_counts ()): an edit must not redo the whole screen. */
typedef struct
{
  guint rows_set_up;        /* row widgets built */
  guint items_bound;        /* rows bound to an item, or refreshed */
  guint items_shown;        /* of those, rows that then changed what they show */
  guint people_updates;     /* rows whose people were shown anew */
  guint conflict_updates;   /* rows whose conflicts were shown anew */
  guint tooltip_queries;    /* tooltip texts made, when GTK asked for them */
  guint days_synced;        /* the day sections found again from every item */
  guint rows_held;          /* rows built before the list's first paint, not measured then */
  guint rows_let_go;        /* of those, rows measured and shown since */
} LcAgendaCounts;

#define LC_TYPE_AGENDA_ROW (lc_agenda_row_get_type ())

G_DECLARE_FINAL_TYPE (LcAgendaRow, lc_agenda_row, LC, AGENDA_ROW, AdwBin)

GtkWidget  *lc_agenda_row_new              (void);
void        lc_agenda_row_show_day         (LcAgendaRow       *self,
                                            const char        *day,
                                            guint              day_number);
void        lc_agenda_row_show_item        (LcAgendaRow       *self,
                                            LcConventionModel *model,
                                            LcItem            *item,
                                            GPtrArray         *participations);
void        lc_agenda_row_show_item_again  (LcAgendaRow       *self,
                                            LcConventionModel *model,
                                            LcItem            *item);
void        lc_agenda_row_clear            (LcAgendaRow       *self);
LcItem     *lc_agenda_row_get_item         (LcAgendaRow       *self);
const char *lc_agenda_row_get_title        (LcAgendaRow       *self);
guint       lc_agenda_row_get_n_conflicts  (LcAgendaRow       *self);
guint       lc_agenda_row_get_n_online     (LcAgendaRow       *self);
gboolean    lc_agenda_row_show_people      (LcAgendaRow       *self,
                                            GPtrArray         *participations);
gboolean    lc_agenda_row_show_conflicts   (LcAgendaRow       *self);
char       *lc_agenda_row_dup_conflicts_text (LcAgendaRow     *self);
void        lc_agenda_row_set_held         (LcAgendaRow       *self,
                                            gboolean           held);
gboolean    lc_agenda_row_get_held         (LcAgendaRow       *self);
LcAgendaCounts *lc_agenda_counts           (void);

const char *lc_item_kind_get_icon_name     (LcItemKind         kind);
const char *lc_item_kind_get_label         (LcItemKind         kind);

G_END_DECLS
