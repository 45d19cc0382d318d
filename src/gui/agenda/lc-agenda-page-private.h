/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-agenda-page.h"
#include "lc-timeline.h"

G_BEGIN_DECLS

/* What the parts of LcAgendaPage share: lc-agenda-page.c (the list and
 * the LcPage interface), lc-agenda-page-days.c (the day sections and the
 * day selector) and lc-agenda-page-actions.c (editing). */

/* What a row on screen needs, kept in LcAgendaPage.bound: more covers less. */
typedef enum
{
  REFRESH_NONE,     /* its conflicts looked at, when they change */
  REFRESH_PEOPLE,   /* its people too */
  REFRESH_ALL,      /* filled again */
} Refresh;

struct _LcAgendaPage
{
  AdwBin              parent_instance;

  GtkToggleButton    *list_button;
  GtkToggleButton    *timeline_button;
  GtkToggleButton    *list_button_narrow;
  GtkToggleButton    *timeline_button_narrow;
  GtkDropDown        *day_dropdown;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *track_dropdown;
  GtkStack           *stack;
  GtkListView        *list_view;
  GtkScrolledWindow  *timeline_scroller;
  GtkWidget          *item_popover;

  LcConventionModel  *model;
  LcUndoStack        *undo;
  GListStore         *sections;     /* one GListModel per day */
  GtkSingleSelection *selection;
  GtkFilter          *search_filter;
  char               *needle;       /* the normalised search, or NULL */
  GArray             *track_ids;    /* the tracks track_dropdown offers; 0 for all */
  gint64              track_id;     /* the track the list shows, or 0 for every item */
  GHashTable         *by_item;      /* item id → GPtrArray of its participations; NULL when stale */
  GHashTable         *bound;        /* the GtkListItems on screen → Refresh */
  GPtrArray          *days;         /* the days offered by the timeline's day selector */
  GtkWidget          *timeline;
  GtkWidget          *editor;       /* weak */
  guint               refresh_idle;
  guint64             generation;    /* see lc-agenda-page-rows.c */
  guint               scroll_tick;   /* scrolling to the selected item, after its heading */
  guint               scroll_frames;
  gboolean            syncing;
};

static inline GListModel *
lc_agenda_page_items (LcAgendaPage *self)
{
  return lc_convention_model_get_items (self->model);
}

/* lc-agenda-page-tracks.c */
void       lc_agenda_page_sync_tracks        (LcAgendaPage    *self);
gboolean   lc_agenda_page_track_matches      (LcAgendaPage    *self,
                                              LcRecord        *item);
void       lc_agenda_page_on_track_selected  (GtkDropDown     *dropdown,
                                              GParamSpec      *pspec,
                                              LcAgendaPage    *self);

/* lc-agenda-page.c */
gboolean   lc_agenda_page_showing_timeline   (LcAgendaPage    *self);
LcRecord  *lc_agenda_page_current_item       (LcAgendaPage    *self);
void       lc_agenda_page_select_item        (LcAgendaPage    *self,
                                              gint64           item_id);
GPtrArray *lc_agenda_page_participations_of  (LcAgendaPage    *self,
                                              gint64           item_id);
void       lc_agenda_page_update_state       (LcAgendaPage    *self);

/* lc-agenda-page-rows.c */
void       lc_agenda_page_connect_factory    (LcAgendaPage       *self,
                                              GtkListItemFactory *factory);
void       lc_agenda_page_queue_refresh      (LcAgendaPage    *self,
                                              Refresh          refresh);
void       lc_agenda_page_refresh_rows       (LcAgendaPage    *self);

/* lc-agenda-page-days.c */
guint      lc_agenda_page_day_number         (LcAgendaPage    *self,
                                              const char      *day);
void       lc_agenda_page_sync_days          (LcAgendaPage    *self);
gboolean   lc_agenda_page_days_may_change    (LcAgendaPage    *self,
                                              guint            position,
                                              guint            removed,
                                              guint            added);
guint      lc_agenda_page_position_of        (LcAgendaPage    *self,
                                              LcRecord        *item);

/* lc-agenda-page-actions.c */
void       lc_agenda_page_class_actions_init (GtkWidgetClass  *widget_class);
LcItem    *lc_agenda_page_new_item_draft     (LcAgendaPage    *self);
void       lc_agenda_page_open_editor        (LcAgendaPage    *self,
                                              LcItem          *item);
void       lc_agenda_page_on_row_pressed     (GtkGestureClick *gesture,
                                              int              n_press,
                                              double           x,
                                              double           y,
                                              GtkListItem     *list_item);

G_END_DECLS
