/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-agenda-pdf-private.h"
#include "lc-declaration.h"
#include "lc-report-pdf.h"
#include "lc-report.h"

G_BEGIN_DECLS

/* Shared by lc-report-pdf.c (what the report holds, the two passes, the
 * pages, the outline, the file) and lc-report-pdf-blocks.c (its blocks). */

/* A heading the table of contents and the outline list. */
typedef struct
{
  guint  block;
  int    level;      /* 0: a part of the report; 1: a day */
  char  *title_ar;
  char  *title_en;
} LcReportHeading;

/* A photo's image, drawn at its block's place after the block's text. */
typedef struct
{
  char   *image;                  /* its name in the library */
  double  x, y, width, height;   /* in the block's space */
} LcReportPicture;

typedef struct
{
  /* What the report prints, read once. */
  LcStore           *store;
  LcAgenda          *agenda;
  LcReport          *report;
  LcReportFigures    figures;
  GHashTable        *summaries;    /* item id (gint64*) → LcReportSummary */
  GHashTable        *photos;       /* item id (gint64*) → GPtrArray of LcReportPhoto */
  GListModel        *coverage;
  GListModel        *cities;
  LcDeclarationText *declaration;  /* the last published version, or NULL */
  LcAgendaLanguage   language;
  LcDigits           digits;

  /* Asked while it is written (lc_report_doc_step ()). */
  GCancellable        *cancellable;
  LcExportProgressFunc progress;
  gpointer             progress_data;
  double               done;       /* the last fraction told, -1 before any */

  /* Made by each pass. */
  GArray            *headings;     /* LcReportHeading */
  GHashTable        *pictures;     /* block index → LcReportPicture */
  GHashTable        *surfaces;     /* image name → cairo_surface_t, decoded once
                                    * when first drawn, not in every pass */
  GArray            *toc_pages;    /* guint: the page of each heading, from 1; empty
                                    * in the measuring pass */
} LcReportDoc;

gboolean         lc_report_doc_load           (LcReportDoc      *doc,
                                              LcStore          *store,
                                              gint64            convention_id,
                                              LcAgendaLanguage  language,
                                              LcDigits          digits,
                                              GError          **error);
void             lc_report_doc_clear          (LcReportDoc      *doc);
gboolean         lc_report_doc_step           (LcReportDoc      *doc,
                                              double            fraction,
                                              GError          **error);
GArray          *lc_report_pdf_headings_new   (void);
cairo_surface_t *lc_report_pdf_image_surface (GBytes     *data,
                                              const char *mime_type,
                                              int         width,
                                              int         height,
                                              gboolean    embeds);

void   lc_report_pdf_build       (LcAgendaLayout *self,
                                  LcReportDoc    *doc);
char  *lc_report_pdf_pick        (LcLanguage      language,
                                  const char     *ar,
                                  const char     *en);

G_END_DECLS
