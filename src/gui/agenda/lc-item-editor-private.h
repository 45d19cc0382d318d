/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-item-editor.h"

G_BEGIN_DECLS

/* What the parts of LcItemEditor share: lc-item-editor.c (the fields,
 * checking them, Save), lc-item-editor-people.c (the item's people) and
 * lc-item-editor-place.c (expected attendance, meeting link). */
struct _LcItemEditor
{
  AdwWindow          parent_instance;

  GtkWidget         *save_button;
  GtkRevealer       *problem_revealer;
  GtkLabel          *problem_label;
  AdwEntryRow       *title_ar;
  AdwEntryRow       *title_en;
  AdwComboRow       *kind_row;
  AdwEntryRow       *number_row;
  AdwComboRow       *day_row;
  AdwEntryRow       *start_row;
  AdwEntryRow       *end_row;
  AdwComboRow       *room_row;
  AdwComboRow       *track_row;
  GtkWidget         *add_person_button;
  LcPersonPicker    *picker;
  GtkListBox        *people_list;
  GtkRevealer       *warnings_revealer;
  GtkLabel          *warnings_label;
  GtkTextView       *description_ar;
  GtkTextView       *description_en;
  AdwEntryRow       *attendance_row;     /* built by lc-item-editor-place.c */
  AdwEntryRow       *link_row;
  GtkLabel          *link_source_label;

  LcConventionModel *model;
  LcUndoStack       *undo;
  LcItem            *item;          /* the stored item, or the draft of a new one */
  LcRecord          *shown;         /* the fields as the editor first showed them */
  char              *shown_people;  /* the people as first shown, see people_signature() */
  GListStore        *participants;  /* LcParticipation drafts, in order */
  GPtrArray         *days;          /* the days day_row offers, YYYY-MM-DD */
  GArray            *room_ids;      /* the rooms room_row offers; 0 for none */
  GArray            *track_ids;     /* the tracks track_row offers; 0 for none */
  char              *problem;
  guint              n_warnings;
  gboolean           loading;
  gboolean           modified;
  gboolean           closing;
};

/* lc-item-editor.c */
gboolean    lc_item_editor_is_new                 (LcItemEditor  *self);
void        lc_item_editor_changed                (LcItemEditor  *self);
const char *lc_item_editor_selected_day           (LcItemEditor  *self);
gint64      lc_item_editor_selected_room          (LcItemEditor  *self);

/* lc-item-editor-place.c: the room choice, which offers the places too */
void        lc_item_editor_fill_rooms             (LcItemEditor  *self);
gint64      lc_item_editor_selected_place         (LcItemEditor  *self);

/* lc-item-editor-track.c */
void        lc_item_editor_fill_choice            (AdwComboRow   *row,
                                                   GArray        *ids,
                                                   GListModel    *records,
                                                   gint64         own,
                                                   const char    *none);
void        lc_item_editor_fill_tracks            (LcItemEditor  *self);
gint64      lc_item_editor_selected_track         (LcItemEditor  *self);

/* lc-item-editor-people.c */
GtkWidget  *lc_item_editor_create_participant_row (gpointer       item,
                                                   gpointer       user_data);
void        lc_item_editor_participants_changed   (LcItemEditor  *self);
char       *lc_item_editor_find_repeated_person   (LcItemEditor  *self);
char       *lc_item_editor_people_signature       (LcItemEditor  *self);
void        lc_item_editor_update_warnings        (LcItemEditor  *self,
                                                   int            start,
                                                   int            end);
gboolean    lc_item_editor_store_participants     (LcItemEditor  *self,
                                                   gint64         item_id,
                                                   GPtrArray     *created,
                                                   GError       **error);

/* lc-item-editor-place.c */
void        lc_item_editor_place_init             (LcItemEditor  *self);
void        lc_item_editor_place_load             (LcItemEditor  *self);
char       *lc_item_editor_place_check            (LcItemEditor  *self,
                                                   gboolean       tell);
int         lc_item_editor_place_expected         (LcItemEditor  *self);
void        lc_item_editor_place_copy             (LcItemEditor  *self,
                                                   LcRecord      *record);

/* lc-item-editor-attendance.c: the row that opens who attended */
void        lc_item_editor_attendance_load        (LcItemEditor  *self);

G_END_DECLS
