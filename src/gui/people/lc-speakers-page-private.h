/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-person-row.h"
#include "lc-speakers-page.h"

G_BEGIN_DECLS

/*
 * The Speakers page is one class in three files:
 * - lc-speakers-page.c: the list, the leaflet, LcPage, the GObject;
 * - lc-speakers-page-filter.c: search, filters, sorting, and what each
 *   person does on the agenda (which the role and attendance filters use);
 * - lc-speakers-page-detail.c: the detail pane and the add, edit and
 *   delete actions;
 * - lc-speakers-page-more.c: the "More" menu's actions (people from
 *   earlier conventions);
 * - lc-speakers-page-status.c: participants' category and status
 *   filters, the people selected together and Set Status.
 */

/* The city filter's "any city"; "no city" is 0, as in the database. */
#define LC_SPEAKERS_ANY_CITY ((gint64) -1)

struct _LcSpeakersPage
{
  AdwBin              parent_instance;

  AdwLeaflet         *leaflet;
  AdwClamp           *list_clamp;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *role_dropdown;
  GtkDropDown        *city_dropdown;
  GtkDropDown        *attendance_dropdown;
  GtkDropDown        *category_dropdown;
  GtkDropDown        *status_dropdown;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  GtkLabel           *count_label;
  GtkStack           *detail_stack;
  GtkLabel           *detail_avatar;
  GtkPicture         *detail_photo;      /* instead of the initials when there is one */
  GtkLabel           *detail_name;
  GtkLabel           *detail_other_name;
  GtkBox             *detail_tags;
  GtkListBox         *fields_list;
  GtkLabel           *items_heading;
  GtkListBox         *items_list;

  LcConventionModel  *model;
  LcUndoStack        *undo;

  GtkSortListModel   *sorted;
  GtkFilterListModel *filtered;
  GListStore         *slots;           /* what the list view shows: see lc-speakers-page.c */
  GtkMultiSelection  *selection;
  GtkCustomFilter    *search_filter;
  GtkCustomFilter    *role_filter;
  GtkCustomFilter    *city_filter;
  GtkCustomFilter    *attendance_filter;
  GtkCustomFilter    *category_filter;
  GtkCustomFilter    *status_filter;
  char               *needle;          /* normalised search, "" for none */

  GHashTable         *summaries;       /* person id → what they do on the agenda */
  gboolean            summaries_dirty;
  GHashTable         *bound_rows;      /* LcPersonRow → its slot: rows on screen */
  GArray             *city_ids;        /* gint64 per city filter position */
  gboolean            filling_cities;
  gint64              person_id;       /* in the detail pane, or 0 */
  guint               refresh_idle;
  gboolean            cities_changed;
};

/* lc-speakers-page.c */
guint           lc_speakers_page_shown_position     (LcSpeakersPage *self,
                                                     gint64          person_id);
LcRecord       *lc_speakers_page_slot_person        (gpointer        slot);

/* lc-speakers-page-status.c */
void            lc_speakers_page_class_status_init  (GtkWidgetClass *widget_class);
void            lc_speakers_page_init_participant_filters  (LcSpeakersPage *self);
void            lc_speakers_page_clear_participant_filters (LcSpeakersPage *self);
GPtrArray      *lc_speakers_page_selected_people    (LcSpeakersPage *self);
void            lc_speakers_page_update_status_action (LcSpeakersPage *self);
void            lc_speakers_page_add_participant_fields (LcSpeakersPage *self,
                                                         LcRecord       *person);

/* lc-speakers-page-filter.c */
void            lc_speakers_page_class_filter_init  (GtkWidgetClass *widget_class);
void            lc_speakers_page_init_filters       (LcSpeakersPage *self);
LcPersonSummary lc_speakers_page_summary_of         (LcSpeakersPage *self,
                                                     LcRecord       *person);
const char     *lc_speakers_page_city_name          (LcSpeakersPage *self,
                                                     LcRecord       *person);
int             lc_speakers_page_compare_people     (gconstpointer   a,
                                                     gconstpointer   b,
                                                     gpointer        user_data);
void            lc_speakers_page_fill_city_filter   (LcSpeakersPage *self);
void            lc_speakers_page_prepare_search     (LcSpeakersPage *self);
void            lc_speakers_page_refilter_agenda    (LcSpeakersPage *self);
void            lc_speakers_page_clear_filters      (LcSpeakersPage *self);

/* lc-speakers-page-detail.c */
void            lc_speakers_page_class_detail_init  (GtkWidgetClass *widget_class);

/* lc-speakers-page-detail.c */
void            lc_speakers_page_add_field          (LcSpeakersPage *self,
                                                     const char     *title,
                                                     const char     *first,
                                                     const char     *second);

/* lc-speakers-page-more.c */
void            lc_speakers_page_add_contact_fields (LcSpeakersPage *self,
                                                     LcRecord       *person);
void            lc_speakers_page_class_more_init    (GtkWidgetClass *widget_class);
void            lc_speakers_page_refresh_detail     (LcSpeakersPage *self);
void            lc_speakers_page_open_editor        (LcSpeakersPage *self,
                                                     LcPerson       *person);

G_END_DECLS
