/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-convention-model.h"
#include "lc-timeline.h"
#include "lc-undo.h"

G_BEGIN_DECLS

/*
 * The timeline's tests share this: the sample convention in a library of
 * their own, and a window with a button and then the timeline in a
 * scrolled window (the button stands before it in the Tab order), showing
 * the first day.
 */

#define LC_TEST_DAY_1 "2023-05-10"
#define LC_TEST_DAY_2 "2023-05-11"

typedef struct
{
  LcStore           *store;
  LcConventionModel *model;
  LcUndoStack       *undo;
  GtkWidget         *window;
  GtkWidget         *before;
  LcTimeline        *timeline;
} LcTestTimeline;

LcTestTimeline *lc_test_timeline_init        (int         *argc,
                                              char      ***argv);
int             lc_test_timeline_run         (void);

LcRecord       *lc_test_timeline_find_item   (const char  *day,
                                              const char  *title_en);
gint64          lc_test_timeline_room_id     (const char  *name_en);
void            lc_test_timeline_assert_stored (LcRecord  *item,
                                              int          start,
                                              int          end,
                                              gint64       room);
void            lc_test_timeline_undo_once   (void);
void            lc_test_timeline_assert_undo_label (const char *edit);
void            lc_test_timeline_item_rect   (LcRecord    *item,
                                              graphene_rect_t *rect);
void            lc_test_timeline_show_day    (const char  *day);

G_END_DECLS
