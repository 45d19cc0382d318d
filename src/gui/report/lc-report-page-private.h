/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-report.h"
#include "lc-report-page.h"

G_BEGIN_DECLS

/* The Report area (lc-report-page*.c): the convention's own texts and
 * figures, the coverage entries, and each agenda item's summary. */

struct _LcReportPage
{
  AdwBin             parent_instance;

  GtkWidget         *signatory_ar;
  GtkWidget         *signatory_en;
  GtkWidget         *foreword_ar;
  GtkWidget         *foreword_en;
  GtkWidget         *about_ar;
  GtkWidget         *about_en;
  GtkWidget         *figures[4];   /* in person, online, cities, countries */
  GtkListBox        *coverage_list;
  AdwPreferencesGroup *coverage_form;
  GtkWidget         *headline;
  GtkWidget         *outlet;
  GtkWidget         *date;
  GtkWidget         *link;
  AdwComboRow       *kind;
  AdwComboRow       *language;
  GtkButton         *new_coverage_button;
  GtkButton         *save_coverage_button;
  AdwComboRow       *item;
  GtkWidget         *summary_ar;
  GtkWidget         *summary_en;
  GtkButton         *add_photo_button;
  GtkListBox        *photo_list;
  GtkListBox        *pending_photos;

  LcConventionModel *model;
  LcUndoStack       *undo;
  LcStore           *store;
  gulong             changed_handler;
  guint              refresh_idle;
  LcReport          *report;
  GListStore        *coverage;
  LcCoverage        *editing;      /* the entry in the form, or NULL for a new one */
  GArray            *item_ids;     /* gint64: the items offered, in order */
  gint64             photo_item;   /* the item Add Photo… was pressed for */
  GPtrArray         *previews;     /* the preview files written, removed with the page */
  gboolean           loading;      /* filling the fields: nothing to store */
};

void lc_report_page_load_coverage  (LcReportPage *self);
void lc_report_page_init_coverage  (LcReportPage *self);
void lc_report_page_clear_form     (LcReportPage *self);
void on_new_coverage_clicked_cb    (LcReportPage *self);
void on_save_coverage_clicked_cb   (LcReportPage *self);

void lc_report_page_load_photos    (LcReportPage *self,
                                    gint64        item_id);
void on_add_photo_clicked_cb       (LcReportPage *self);
void on_new_coverage_clicked_cb    (LcReportPage *self);
void on_save_coverage_clicked_cb   (LcReportPage *self);

void lc_report_page_load_photos    (LcReportPage *self,
                                    gint64        item_id);
void on_add_photo_clicked_cb       (LcReportPage *self);

void lc_report_page_preview        (LcReportPage *self);
void lc_report_page_remove_previews (LcReportPage *self);

GtkWidget *lc_report_page_row_button (LcReportPage *self,
                                      LcRecord     *record,
                                      const char   *icon,
                                      const char   *tooltip,
                                      GCallback     clicked);

G_END_DECLS
