/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-agenda-row.h"
#include "lc-role.h"

G_BEGIN_DECLS

/*
 * The row's widgets, shared by lc-agenda-row.c (what they show) and
 * lc-agenda-row-parts.c (making them). Every pointer but @pages may be
 * %NULL: a part is made the first time the row has something to show in
 * it, and kept (hidden when not needed) for the items the row shows next.
 */
struct _LcAgendaRow
{
  AdwBin     parent_instance;

  GtkWidget *pages;          /* the day's heading and the item, one of them shown */
  GtkWidget *day_box;
  GtkLabel  *day_number_label;
  GtkLabel  *day_label;
  GtkWidget *item_box;
  GtkWidget *content_box;    /* of item_box: the lines beside the time */
  GtkWidget *kind_box;
  GtkLabel  *time_label;
  GtkImage  *kind_icon;
  GtkLabel  *kind_label;
  GtkLabel  *title_label;
  GtkWidget *title_tag;
  GtkWidget *room_box;
  GtkLabel  *room_label;
  GtkWidget *room_tag;
  GtkWidget *people_box;
  GtkWidget *names[3];      /* by LcRole: moderators, speakers, presenters */
  GtkWidget *conflict_icon;

  LcItem    *item;
  LcConventionModel *model;
  char      *conflicts_key;  /* what fill_conflicts() last showed */
  char      *people_key;     /* and fill_people () */
  char      *shown_key;      /* and lc_agenda_row_show_item () */
  guint      n_conflicts;
  guint      n_online;
  gboolean   pending;        /* given an item while held, not filled yet */
  GPtrArray *pending_people; /* (nullable): that item's people */
};

/* lc-agenda-row.c */
void     lc_agenda_row_fill_item     (LcAgendaRow *self,
                                      GPtrArray   *participations);

/* lc-agenda-row-held.c */
gboolean lc_agenda_row_defer         (LcAgendaRow *self,
                                      GPtrArray   *participations);
gboolean lc_agenda_row_defer_people  (LcAgendaRow *self,
                                      GPtrArray   *participations);
void     lc_agenda_row_drop_pending  (LcAgendaRow *self);
void     lc_agenda_row_fill_pending  (LcAgendaRow *self);

/* lc-agenda-row-parts.c */
void lc_agenda_row_make_pages         (LcAgendaRow *self);
void lc_agenda_row_make_day           (LcAgendaRow *self);
void lc_agenda_row_make_item          (LcAgendaRow *self);
void lc_agenda_row_make_title_tag     (LcAgendaRow *self);
void lc_agenda_row_make_room          (LcAgendaRow *self);
void lc_agenda_row_make_room_tag      (LcAgendaRow *self);
void lc_agenda_row_make_names         (LcAgendaRow *self,
                                       LcRole       role);
void lc_agenda_row_make_conflict_icon (LcAgendaRow *self);

G_END_DECLS
