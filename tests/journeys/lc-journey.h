/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-application.h"
#include "lc-store.h"
#include "lc-test-input.h"
#include "lc-test-ui.h"
#include "lc-window.h"

G_BEGIN_DECLS

/*
 * A journey is what a person does from start to end of a task, with real
 * key presses and clicks (lc-test-input.h), asserting what they would see
 * and what the library then holds. Each test case starts the window on a
 * library of its own; any warning or critical fails it.
 */

void           lc_journey_init          (int         *argc,
                                         char      ***argv);
int            lc_journey_run           (void);

LcWindow      *lc_journey_open_window   (int          width,
                                         int          height);
void           lc_journey_close_window  (LcWindow    *window);
void           lc_journey_open_sample   (LcWindow    *window);
const char    *lc_journey_library_path  (void);
LcStore       *lc_journey_open_library  (void);
const char    *lc_journey_tmpdir        (void);
char          *lc_journey_opened_files  (void);

GtkWidget     *lc_journey_press_button  (GtkWidget   *root,
                                         const char  *text);
void           lc_journey_save_as       (GtkWindow   *chooser,
                                         const char  *path);
void           lc_journey_choose_menu_item (GtkWidget *root,
                                         const char  *menu_tooltip,
                                         const char  *item);

void           lc_journey_tab_to        (GtkWidget   *target);
void           lc_journey_choose        (GtkWidget   *row,
                                         const char  *choice);
void           lc_journey_arrow_to      (const char  *key,
                                         const char  *text);
GtkWidget     *lc_journey_header_label  (GtkWidget   *root,
                                         const char  *text);
GtkWidget     *lc_journey_row_titled    (GtkWidget   *root,
                                         const char  *title);
char          *lc_journey_rows_shown    (GtkListBox  *list,
                                         gboolean     subtitles);
gboolean       lc_journey_has_tooltip   (GtkWidget     *widget,
                                         gconstpointer  tooltip);
gboolean       lc_journey_rows_are      (GtkListBox  *list,
                                         const char  *expected);
void           lc_journey_new_convention (LcWindow   *window,
                                         const char  *title);
void           lc_journey_drag_row      (GtkListBox  *list,
                                         int          from,
                                         int          to);
char          *lc_journey_digits       (const char  *text);
const char    *lc_journey_pick         (const char  *english,
                                         const char  *arabic);
char          *lc_journey_format_date   (const char  *iso_date);
LcRecord      *lc_journey_find_item     (LcStore     *store,
                                         const char  *title_en);
LcRecord      *lc_journey_find_person   (LcStore     *store,
                                         const char  *name);

G_END_DECLS
