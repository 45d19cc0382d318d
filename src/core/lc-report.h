/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-enums-types.h"
#include "lc-report-enums.h"
#include "lc-undo.h"

G_BEGIN_DECLS

/*
 * The convention's final report: what the organiser writes for it once the
 * convention is over, beside what the library already holds (the agenda,
 * its people, the cities' choices, the declaration's published versions).
 *
 * - LcReport: one per convention, made when first saved: the foreword, its
 *   signatory, the "about" text, and the participation figures an organiser
 *   gives where the library cannot count them (0 = not given: counted).
 * - LcReportSummary: one per agenda item that has a rapporteur's summary;
 *   plain text, paragraphs separated by an empty line.
 * - LcCoverage: a press article or social-media post about the convention.
 * - LcReportPhoto: a photo of an agenda item with its caption. The image is
 *   stored once, scaled down, named by the SHA-256 of its bytes.
 *
 * Each edit through these functions is one step of the convention's undo
 * history, written at once (lc-report.c, lc-report-photos.c).
 */

#define LC_TYPE_REPORT (lc_report_get_type ())
G_DECLARE_FINAL_TYPE (LcReport, lc_report, LC, REPORT, LcRecord)

#define LC_TYPE_REPORT_SUMMARY (lc_report_summary_get_type ())
G_DECLARE_FINAL_TYPE (LcReportSummary, lc_report_summary, LC, REPORT_SUMMARY, LcRecord)

#define LC_TYPE_COVERAGE (lc_coverage_get_type ())
G_DECLARE_FINAL_TYPE (LcCoverage, lc_coverage, LC, COVERAGE, LcRecord)

#define LC_TYPE_REPORT_PHOTO (lc_report_photo_get_type ())
G_DECLARE_FINAL_TYPE (LcReportPhoto, lc_report_photo, LC, REPORT_PHOTO, LcRecord)

/**
 * LC_REPORT_MAX_PHOTO_BYTES:
 *
 * The largest photo file read: 32 MB.
 */
#define LC_REPORT_MAX_PHOTO_BYTES (32 * 1024 * 1024)

/**
 * LC_REPORT_MAX_PHOTO_PIXELS:
 *
 * The most pixels a photo may have before it is scaled: 100 million
 * (a 12,000 × 8,000 camera image has 96 million).
 */
#define LC_REPORT_MAX_PHOTO_PIXELS (100 * 1000 * 1000)

/**
 * LC_REPORT_PHOTO_SIZE:
 *
 * The longest side of a photo as stored, in pixels: enough for a page's
 * width at 200 dpi.
 */
#define LC_REPORT_PHOTO_SIZE 1600

/**
 * LcReportFigures:
 * @in_person: people who took part in person
 * @online: people who took part online
 * @cities: cities that took part
 * @countries: countries the cities are in
 * @given: for each figure in the order above, bit N set when the organiser
 *   gave it rather than the library counting it
 *
 * The participation figures the report prints.
 */
typedef struct
{
  gint64 in_person;
  gint64 online;
  gint64 cities;
  gint64 countries;
  guint  given;
} LcReportFigures;

const char     *lc_report_get_foreword          (LcReport    *self,
                                                 LcLanguage   language);
void            lc_report_set_foreword          (LcReport    *self,
                                                 const char  *arabic,
                                                 const char  *english);
const char     *lc_report_get_signatory         (LcReport    *self,
                                                 LcLanguage   language);
void            lc_report_set_signatory         (LcReport    *self,
                                                 const char  *arabic,
                                                 const char  *english);
const char     *lc_report_get_about             (LcReport    *self,
                                                 LcLanguage   language);
void            lc_report_set_about             (LcReport    *self,
                                                 const char  *arabic,
                                                 const char  *english);
gint64          lc_report_get_in_person         (LcReport    *self);
void            lc_report_set_in_person         (LcReport    *self,
                                                 gint64       value);
gint64          lc_report_get_online            (LcReport    *self);
void            lc_report_set_online            (LcReport    *self,
                                                 gint64       value);
gint64          lc_report_get_cities            (LcReport    *self);
void            lc_report_set_cities            (LcReport    *self,
                                                 gint64       value);
gint64          lc_report_get_countries         (LcReport    *self);
void            lc_report_set_countries         (LcReport    *self,
                                                 gint64       value);

gint64          lc_report_summary_get_item_id   (LcReportSummary *self);
const char     *lc_report_summary_get_summary   (LcReportSummary *self,
                                                 LcLanguage       language);

LcCoverageKind  lc_coverage_get_kind            (LcCoverage  *self);
void            lc_coverage_set_kind            (LcCoverage  *self,
                                                 LcCoverageKind value);
const char     *lc_coverage_get_headline        (LcCoverage  *self);
void            lc_coverage_set_headline        (LcCoverage  *self,
                                                 const char  *value);
const char     *lc_coverage_get_outlet          (LcCoverage  *self);
void            lc_coverage_set_outlet          (LcCoverage  *self,
                                                 const char  *value);
const char     *lc_coverage_get_date            (LcCoverage  *self);
void            lc_coverage_set_date            (LcCoverage  *self,
                                                 const char  *value);
const char     *lc_coverage_get_link            (LcCoverage  *self);
void            lc_coverage_set_link            (LcCoverage  *self,
                                                 const char  *value);
LcLanguage      lc_coverage_get_language        (LcCoverage  *self);
void            lc_coverage_set_language        (LcCoverage  *self,
                                                 LcLanguage   value);

gint64          lc_report_photo_get_item_id     (LcReportPhoto *self);
const char     *lc_report_photo_get_image       (LcReportPhoto *self);
const char     *lc_report_photo_get_caption     (LcReportPhoto *self,
                                                 LcLanguage     language);

/* The report and its texts (lc-report.c) */

LcReport       *lc_report_load                  (LcStore     *store,
                                                 gint64       convention_id,
                                                 GError     **error);
gboolean        lc_report_save                  (LcUndoStack *undo,
                                                 LcReport    *report,
                                                 GError     **error);
gboolean        lc_report_get_figures           (LcStore     *store,
                                                 gint64       convention_id,
                                                 LcReportFigures *figures,
                                                 GError     **error);
LcReportSummary *lc_report_load_summary         (LcStore     *store,
                                                 gint64       item_id,
                                                 GError     **error);
gboolean        lc_report_set_summary           (LcUndoStack *undo,
                                                 gint64       item_id,
                                                 const char  *arabic,
                                                 const char  *english,
                                                 GError     **error);

/* Coverage (lc-report.c) */

gboolean        lc_coverage_check               (LcCoverage  *entry,
                                                 GError     **error);
gboolean        lc_report_add_coverage          (LcUndoStack *undo,
                                                 GListModel  *coverage,
                                                 LcCoverage  *entry,
                                                 GError     **error);
gboolean        lc_report_edit_coverage         (LcUndoStack *undo,
                                                 LcCoverage  *entry,
                                                 GError     **error);
gboolean        lc_report_delete_coverage       (LcUndoStack *undo,
                                                 LcCoverage  *entry,
                                                 GError     **error);

/* Photos (lc-report-photos.c) */

char           *lc_report_store_image           (LcStore     *store,
                                                 GBytes      *data,
                                                 const char  *source,
                                                 GError     **error);
char           *lc_report_store_image_scaled    (LcStore     *store,
                                                 GBytes      *data,
                                                 const char  *source,
                                                 int          max_side,
                                                 GError     **error);
char           *lc_report_store_image_file      (LcStore     *store,
                                                 const char  *path,
                                                 int          max_side,
                                                 GError     **error);
GBytes         *lc_report_scale_image           (GBytes      *data,
                                                 const char  *source,
                                                 int          max_side,
                                                 const char **mime_type,
                                                 int         *width,
                                                 int         *height,
                                                 GError     **error);
GBytes         *lc_report_scale_image_file      (const char  *path,
                                                 int          max_side,
                                                 const char **mime_type,
                                                 int         *width,
                                                 int         *height,
                                                 GError     **error);
gboolean        lc_report_check_image           (GBytes      *data,
                                                 const char  *source,
                                                 const char **mime_type,
                                                 int         *width,
                                                 int         *height,
                                                 GError     **error);
char           *lc_report_adopt_image           (LcStore     *store,
                                                 GBytes      *data,
                                                 const char  *mime_type,
                                                 int          width,
                                                 int          height,
                                                 GError     **error);
LcReportPhoto  *lc_report_add_photo             (LcUndoStack *undo,
                                                 gint64       item_id,
                                                 const char  *path,
                                                 const char  *caption_ar,
                                                 const char  *caption_en,
                                                 GError     **error);
LcReportPhoto  *lc_report_add_scaled_photo      (LcUndoStack *undo,
                                                 gint64       item_id,
                                                 GBytes      *data,
                                                 const char  *mime_type,
                                                 int          width,
                                                 int          height,
                                                 const char  *caption_ar,
                                                 const char  *caption_en,
                                                 GError     **error);
gboolean        lc_report_caption_photo         (LcUndoStack   *undo,
                                                 LcReportPhoto *photo,
                                                 const char    *caption_ar,
                                                 const char    *caption_en,
                                                 GError       **error);
gboolean        lc_report_delete_photo          (LcUndoStack   *undo,
                                                 LcReportPhoto *photo,
                                                 GError       **error);
GBytes         *lc_report_load_image            (LcStore     *store,
                                                 const char  *hash,
                                                 char       **mime_type,
                                                 int         *width,
                                                 int         *height,
                                                 GError     **error);
gboolean        lc_report_purge_images          (LcStore     *store,
                                                 GError     **error);

G_END_DECLS
