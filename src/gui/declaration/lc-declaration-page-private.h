/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-amendments-pane.h"
#include "lc-compare-view.h"
#include "lc-declaration-page.h"
#include "lc-declaration.h"

G_BEGIN_DECLS

/* Shared by lc-declaration-page.c (loading and showing) and
 * lc-declaration-page-actions.c (what the user does). */

struct _LcDeclarationPage
{
  AdwBin             parent_instance;

  GtkStack          *main_stack;
  GtkStack          *content_stack;
  GtkToggleButton   *text_tab;
  GtkToggleButton   *amendments_tab;
  GtkToggleButton   *versions_tab;
  GtkDropDown       *declaration_dropdown;
  AdwFlap           *clause_flap;
  GtkBox            *text_box;
  GtkBox            *sections_box;
  LcAmendmentsPane  *clause_pane;
  LcAmendmentsPane  *amendments_pane;
  GtkListBox        *versions_list;
  GtkLabel          *no_versions_label;
  LcCompareView     *compare_view;
  GtkEntry          *title_en;
  GtkEntry          *title_ar;

  LcConventionModel *model;
  LcUndoStack       *undo;
  LcStore           *store;
  gulong             changed_handler;
  guint              refresh_idle;

  gint64             declaration_id;
  GArray            *declaration_ids;   /* gint64, as in the drop-down */
  LcDeclarationText *working;
  GListStore        *amendments;        /* LcAmendment, by number */
  GListStore        *versions;          /* LcDeclarationVersion, by number */
  GHashTable        *rows;              /* clause key (gint64*) → LcClauseRow */
  GHashTable        *sections;          /* section key (gint64*) → LcSectionBox */
  GHashTable        *clause_labels;     /* clause key (gint64*) → char* */
  gint64             focus_clause;      /* a new clause to focus once shown */
  gboolean           title_dirty;
  gboolean           filling;
};

GHashTable *lc_declaration_page_key_table_new (GDestroyNotify value_free);
gpointer    lc_declaration_page_lookup        (GHashTable    *table,
                                               gint64         key);
void lc_declaration_page_clear           (LcDeclarationPage *self);
void lc_declaration_page_queue_refresh   (LcDeclarationPage *self);
void lc_declaration_page_refresh         (LcDeclarationPage *self);
void lc_declaration_page_flush           (LcDeclarationPage *self);
void lc_declaration_page_report          (LcDeclarationPage *self,
                                          const GError      *error);
void lc_declaration_page_toast           (LcDeclarationPage *self,
                                          const char        *message,
                                          gboolean           undoable);
void lc_declaration_page_class_actions_init (GtkWidgetClass *widget_class);

G_END_DECLS
