/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "lc-convention-view.h"
#include "lc-window.h"

G_BEGIN_DECLS

/* What the parts of LcWindow share: lc-window.c (the class, its template,
 * its actions table, opening a convention and keeping the keyboard's focus
 * in the window) and lc-window-library.c (the library page: opening or
 * creating a library, the document-portal copy question, the list of
 * conventions, importing, the sample, deleting a convention), with
 * lc-window-update.c (importing a convention the library already has). */

struct _LcWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkStack             *library_stack;
  AdwStatusPage        *error_page;
  GtkListBox           *conventions_list;
  GtkWidget            *new_convention_button;
  AdwStatusPage        *empty_page;
  GtkStack             *main_stack;
  GtkSpinner           *loading_spinner;
  AdwBin               *convention_slot;
  LcConventionView     *convention_view;   /* NULL until first asked for */

  GtkWidget            *watched_focus;   /* weak */
  guint                 focus_check;

  LcStore              *store;
  LcUndoStack          *library_undo;   /* deletions of whole conventions */
  GCancellable         *loading;
  guint                 n_loads;           /* loads not answered yet, replaced ones too */
  GListStore           *conventions;
  GPtrArray            *update_changes;     /* an update applied, for the view's history */
  gint64                update_convention;
};

/* lc-window-library.c */
GtkWidget *_lc_window_create_convention_row      (gpointer     item,
                                                  gpointer     user_data);
void       _lc_window_reload_conventions         (LcWindow    *self);
void       _lc_window_open_library               (LcWindow    *self,
                                                  const char  *path);
gboolean   _lc_window_find_convention_by_id      (LcWindow    *self,
                                                  gint64       id);
void       _lc_window_open_sample_action         (GtkWidget   *widget,
                                                  const char  *action_name,
                                                  GVariant    *parameter);
void       _lc_window_import_action              (GtkWidget   *widget,
                                                  const char  *action_name,
                                                  GVariant    *parameter);
void       _lc_window_choose_library_action      (GtkWidget   *widget,
                                                  const char  *action_name,
                                                  GVariant    *parameter);
void       _lc_window_new_convention_action      (GtkWidget   *widget,
                                                  const char  *action_name,
                                                  GVariant    *parameter);
void       _lc_window_delete_convention_action   (GtkWidget   *widget,
                                                  const char  *action_name,
                                                  GVariant    *parameter);
void       _lc_window_undo_delete_action         (GtkWidget   *widget,
                                                  const char  *action_name,
                                                  GVariant    *parameter);
void       _lc_window_import_new                 (LcWindow    *self,
                                                  const char  *path);
void       _lc_window_import_parsed              (LcWindow    *self,
                                                  const char  *path,
                                                  JsonParser  *parser);

/* lc-window-update.c */
void       _lc_window_offer_update               (LcWindow    *self,
                                                  const char  *path);
void       _lc_window_record_update              (LcWindow    *self);

G_END_DECLS
