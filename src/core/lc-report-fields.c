/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-record-fields-private.h"
#include "lc-report.h"

/* The report's record classes and their typed accessors (lc-report.h),
 * each accessor wired to its property by one macro line. */

struct _LcReport { LcRecord parent_instance; };
struct _LcReportSummary { LcRecord parent_instance; };
struct _LcCoverage { LcRecord parent_instance; };
struct _LcReportPhoto { LcRecord parent_instance; };

G_DEFINE_FINAL_TYPE (LcReport, lc_report, LC_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (LcReportSummary, lc_report_summary, LC_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (LcCoverage, lc_coverage, LC_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (LcReportPhoto, lc_report_photo, LC_TYPE_RECORD)

/* The columns match migration step 5's tables; test-store checks each
 * class against its table. */

static void
lc_report_class_init (LcReportClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "reports", "convention_id", "id");
  lc_record_class_add_reference (rc, "convention-id", "conventions");
  lc_record_class_add_bilingual (rc, "foreword");
  lc_record_class_add_bilingual (rc, "signatory");
  lc_record_class_add_bilingual (rc, "about");
  /* 0 is "not given": the report counts what the library knows. */
  lc_record_class_add_int (rc, "in-person", 0, G_MAXINT, TRUE);
  lc_record_class_add_int (rc, "online", 0, G_MAXINT, TRUE);
  lc_record_class_add_int (rc, "cities", 0, G_MAXINT, TRUE);
  lc_record_class_add_int (rc, "countries", 0, G_MAXINT, TRUE);
}

static void
lc_report_init (LcReport *self)
{
}

static void
lc_report_summary_class_init (LcReportSummaryClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "report_summaries", "item_id", "id");
  lc_record_class_add_reference (rc, "item-id", "items");
  lc_record_class_add_bilingual (rc, "summary");
}

static void
lc_report_summary_init (LcReportSummary *self)
{
}

static void
lc_coverage_class_init (LcCoverageClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "report_coverage", "convention_id", "position, id");
  lc_record_class_add_reference (rc, "convention-id", "conventions");
  lc_record_class_add_enum (rc, "kind", LC_TYPE_COVERAGE_KIND, LC_COVERAGE_KIND_PRESS, FALSE);
  lc_record_class_add_text (rc, "headline");
  lc_record_class_add_text (rc, "outlet");
  lc_record_class_add_text (rc, "date");
  lc_record_class_add_text (rc, "link");
  lc_record_class_add_enum (rc, "language", LC_TYPE_LANGUAGE, LC_LANGUAGE_ARABIC, FALSE);
  lc_record_class_add_int (rc, "position", 0, G_MAXINT, FALSE);
}

static void
lc_coverage_init (LcCoverage *self)
{
}

static void
lc_report_photo_class_init (LcReportPhotoClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "report_photos", "item_id", "position, id");
  lc_record_class_add_reference (rc, "item-id", "items");
  lc_record_class_add_text (rc, "image");
  lc_record_class_add_bilingual (rc, "caption");
  lc_record_class_add_int (rc, "position", 0, G_MAXINT, FALSE);
}

static void
lc_report_photo_init (LcReportPhoto *self)
{
}

/**
 * lc_report_get_foreword:
 * @self: a report
 * @language: which language
 *
 * Returns: the foreword in @language ("foreword-ar" or "foreword-en")
 */
/**
 * lc_report_set_foreword:
 * @self: a report
 * @arabic: the Arabic text
 * @english: the English text
 *
 * Sets the foreword in both languages.
 */
LC_DEFINE_BILINGUAL_FIELD (LcReport, lc_report, REPORT, foreword, "foreword")
/**
 * lc_report_get_signatory:
 * @self: a report
 * @language: which language
 *
 * Returns: who signs the foreword, in @language
 */
/**
 * lc_report_set_signatory:
 * @self: a report
 * @arabic: the Arabic text
 * @english: the English text
 *
 * Sets who signs the foreword, in both languages.
 */
LC_DEFINE_BILINGUAL_FIELD (LcReport, lc_report, REPORT, signatory, "signatory")
/**
 * lc_report_get_about:
 * @self: a report
 * @language: which language
 *
 * Returns: the text about the convention, in @language
 */
/**
 * lc_report_set_about:
 * @self: a report
 * @arabic: the Arabic text
 * @english: the English text
 *
 * Sets the text about the convention, in both languages.
 */
LC_DEFINE_BILINGUAL_FIELD (LcReport, lc_report, REPORT, about, "about")
/**
 * lc_report_get_in_person:
 * @self: a report
 *
 * Returns: the people who took part in person, as the organiser gave it, or 0
 */
/**
 * lc_report_set_in_person:
 * @self: a report
 * @value: the figure, or 0 to count it
 *
 * Sets the people who took part in person.
 */
LC_DEFINE_INT_FIELD (LcReport, lc_report, REPORT, in_person, "in-person", gint64)
/**
 * lc_report_get_online:
 * @self: a report
 *
 * Returns: the people who took part online, as the organiser gave it, or 0
 */
/**
 * lc_report_set_online:
 * @self: a report
 * @value: the figure, or 0 to count it
 *
 * Sets the people who took part online.
 */
LC_DEFINE_INT_FIELD (LcReport, lc_report, REPORT, online, "online", gint64)
/**
 * lc_report_get_cities:
 * @self: a report
 *
 * Returns: the cities that took part, as the organiser gave it, or 0
 */
/**
 * lc_report_set_cities:
 * @self: a report
 * @value: the figure, or 0 to count it
 *
 * Sets the cities that took part.
 */
LC_DEFINE_INT_FIELD (LcReport, lc_report, REPORT, cities, "cities", gint64)
/**
 * lc_report_get_countries:
 * @self: a report
 *
 * Returns: the countries that took part, as the organiser gave it, or 0
 */
/**
 * lc_report_set_countries:
 * @self: a report
 * @value: the figure, or 0 to count it
 *
 * Sets the countries that took part.
 */
LC_DEFINE_INT_FIELD (LcReport, lc_report, REPORT, countries, "countries", gint64)
/**
 * lc_report_summary_get_item_id:
 * @self: a summary
 *
 * Returns: the agenda item it summarises ("item-id")
 */
LC_DEFINE_INT_GETTER (LcReportSummary, lc_report_summary, REPORT_SUMMARY, item_id, "item-id", gint64)

/**
 * lc_report_summary_get_summary:
 * @self: a summary
 * @language: which language
 *
 * Returns: the rapporteur's summary in @language, paragraphs separated by
 *   an empty line
 */
const char *
lc_report_summary_get_summary (LcReportSummary *self,
                               LcLanguage       language)
{
  g_return_val_if_fail (LC_IS_REPORT_SUMMARY (self), "");

  return lc_record_get_string (LC_RECORD (self),
                               language == LC_LANGUAGE_ARABIC ? "summary-ar" : "summary-en");
}

/**
 * lc_coverage_get_kind:
 * @self: a coverage entry
 *
 * Returns: press or social media ("kind")
 */
/**
 * lc_coverage_set_kind:
 * @self: a coverage entry
 * @value: the new value
 *
 * Sets whether it is press or social media.
 */
LC_DEFINE_INT_FIELD (LcCoverage, lc_coverage, COVERAGE, kind, "kind", LcCoverageKind)
/**
 * lc_coverage_get_headline:
 * @self: a coverage entry
 *
 * Returns: the headline, in the language of the article ("headline")
 */
/**
 * lc_coverage_set_headline:
 * @self: a coverage entry
 * @value: the new value
 *
 * Sets the headline.
 */
LC_DEFINE_STRING_FIELD (LcCoverage, lc_coverage, COVERAGE, headline, "headline")
/**
 * lc_coverage_get_outlet:
 * @self: a coverage entry
 *
 * Returns: the newspaper, site or account that published it ("outlet")
 */
/**
 * lc_coverage_set_outlet:
 * @self: a coverage entry
 * @value: the new value
 *
 * Sets the outlet.
 */
LC_DEFINE_STRING_FIELD (LcCoverage, lc_coverage, COVERAGE, outlet, "outlet")
/**
 * lc_coverage_get_date:
 * @self: a coverage entry
 *
 * Returns: the day it was published (YYYY-MM-DD), or "" ("date")
 */
/**
 * lc_coverage_set_date:
 * @self: a coverage entry
 * @value: the new value
 *
 * Sets the day it was published.
 */
LC_DEFINE_STRING_FIELD (LcCoverage, lc_coverage, COVERAGE, date, "date")
/**
 * lc_coverage_get_link:
 * @self: a coverage entry
 *
 * Returns: its http or https address, or "" ("link")
 */
/**
 * lc_coverage_set_link:
 * @self: a coverage entry
 * @value: the new value
 *
 * Sets its address.
 */
LC_DEFINE_STRING_FIELD (LcCoverage, lc_coverage, COVERAGE, link, "link")
/**
 * lc_coverage_get_language:
 * @self: a coverage entry
 *
 * Returns: the language of the article ("language")
 */
/**
 * lc_coverage_set_language:
 * @self: a coverage entry
 * @value: the new value
 *
 * Sets the language of the article.
 */
LC_DEFINE_INT_FIELD (LcCoverage, lc_coverage, COVERAGE, language, "language", LcLanguage)
/**
 * lc_report_photo_get_item_id:
 * @self: a photo
 *
 * Returns: the agenda item it shows ("item-id")
 */
LC_DEFINE_INT_GETTER (LcReportPhoto, lc_report_photo, REPORT_PHOTO, item_id, "item-id", gint64)
/**
 * lc_report_photo_get_image:
 * @self: a photo
 *
 * Returns: the SHA-256 of its stored image ("image"), for lc_report_load_image ()
 */
const char *
lc_report_photo_get_image (LcReportPhoto *self)
{
  g_return_val_if_fail (LC_IS_REPORT_PHOTO (self), "");

  return lc_record_get_string (LC_RECORD (self), "image");
}

/**
 * lc_report_photo_get_caption:
 * @self: a photo
 * @language: which language
 *
 * Returns: the caption in @language
 */
const char *
lc_report_photo_get_caption (LcReportPhoto *self,
                             LcLanguage     language)
{
  g_return_val_if_fail (LC_IS_REPORT_PHOTO (self), "");

  return lc_record_get_string (LC_RECORD (self),
                               language == LC_LANGUAGE_ARABIC ? "caption-ar" : "caption-en");
}
