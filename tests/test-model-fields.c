/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-declaration.h"
#include "lc-models.h"
#include "lc-organisation.h"
#include "lc-participant.h"
#include "lc-report.h"

/*
 * The typed field accessors (lc_item_get_start_minute () …): each reads
 * and writes the property it is named after.
 *
 * For every class: a new record's values through the getters (its
 * defaults), then every field set through its setter to a value no other
 * field of the record holds, then each read back through its getter and by
 * the property's name with the string-keyed lc_record_get_* (). An
 * accessor wired to another field, or two wired to one, fails the second
 * read; a setter that does not write fails both.
 */

static void
expect_int (gpointer    record,
            const char *property,
            gint64      through_getter,
            gint64      expected)
{
  g_assert_cmpint (through_getter, ==, expected);
  g_assert_cmpint (lc_record_get_int (LC_RECORD (record), property), ==, expected);
}

static void
expect_string (gpointer    record,
               const char *property,
               const char *through_getter,
               const char *expected)
{
  g_assert_cmpstr (through_getter, ==, expected);
  g_assert_cmpstr (lc_record_get_string (LC_RECORD (record), property), ==, expected);
}

/* A bilingual getter reads each language exactly, by "@field-ar" and
 * "@field-en". */
#define EXPECT_BILINGUAL(record, getter, field, arabic, english)                                 \
  G_STMT_START {                                                                                 \
    expect_string (record, field "-ar", getter (record, LC_LANGUAGE_ARABIC), arabic);            \
    expect_string (record, field "-en", getter (record, LC_LANGUAGE_ENGLISH), english);          \
  } G_STMT_END

static void
test_convention (void)
{
  g_autoptr(LcConvention) c = g_object_new (LC_TYPE_CONVENTION, NULL);

  EXPECT_BILINGUAL (c, lc_convention_get_title, "title", "", "");
  expect_string (c, "start-date", lc_convention_get_start_date (c), "");
  expect_string (c, "end-date", lc_convention_get_end_date (c), "");
  expect_string (c, "time-zone", lc_convention_get_time_zone (c), "UTC");

  lc_convention_set_title (c, "مؤتمر", "Conference");
  lc_convention_set_start_date (c, "2025-03-01");
  lc_convention_set_end_date (c, "2025-03-04");
  lc_convention_set_time_zone (c, "Africa/Cairo");

  EXPECT_BILINGUAL (c, lc_convention_get_title, "title", "مؤتمر", "Conference");
  expect_string (c, "start-date", lc_convention_get_start_date (c), "2025-03-01");
  expect_string (c, "end-date", lc_convention_get_end_date (c), "2025-03-04");
  expect_string (c, "time-zone", lc_convention_get_time_zone (c), "Africa/Cairo");

  /* No fall-back to the other language, unlike lc_record_get_text (). */
  lc_convention_set_title (c, NULL, "Only English");
  EXPECT_BILINGUAL (c, lc_convention_get_title, "title", "", "Only English");
  g_assert_cmpstr (lc_record_get_text (LC_RECORD (c), "title", LC_LANGUAGE_ARABIC, NULL), ==, "Only English");
}

static void
test_room (void)
{
  g_autoptr(LcRoom) room = g_object_new (LC_TYPE_ROOM, NULL);

  expect_int (room, "capacity", lc_room_get_capacity (room), 0);
  EXPECT_BILINGUAL (room, lc_room_get_location, "location", "", "");
  expect_int (room, "online-only", lc_room_get_online_only (room), FALSE);
  expect_string (room, "online-url", lc_room_get_online_url (room), "");

  lc_room_set_capacity (room, 40);
  lc_room_set_location (room, "الطابق الثاني", "Second floor");
  lc_room_set_online_only (room, TRUE);
  lc_room_set_online_url (room, "https://meet.example.org/hall");

  expect_int (room, "capacity", lc_room_get_capacity (room), 40);
  EXPECT_BILINGUAL (room, lc_room_get_location, "location", "الطابق الثاني", "Second floor");
  expect_int (room, "online-only", lc_room_get_online_only (room), TRUE);
  expect_string (room, "online-url", lc_room_get_online_url (room), "https://meet.example.org/hall");
}

static void
test_city (void)
{
  g_autoptr(LcCity) city = g_object_new (LC_TYPE_CITY, NULL);

  expect_int (city, "convention-id", lc_city_get_convention_id (city), 0);
  EXPECT_BILINGUAL (city, lc_city_get_name, "name", "", "");
  expect_string (city, "country", lc_city_get_country (city), "");
  expect_int (city, "arab-region", lc_city_get_arab_region (city), FALSE);
  expect_int (city, "year-joined", lc_city_get_year_joined (city), 0);
  expect_int (city, "candidate", lc_city_get_candidate (city), FALSE);
  expect_int (city, "sdgs", lc_city_get_sdgs (city), 0);
  expect_int (city, "attendance", lc_city_get_attendance (city), LC_ATTENDANCE_UNSET);

  lc_city_set_convention_id (city, 41);
  lc_city_set_name (city, "أسوان", "Aswan");
  lc_city_set_country (city, "EG");
  lc_city_set_arab_region (city, TRUE);
  lc_city_set_year_joined (city, 2016);
  /* The other boolean stays FALSE: setting one must not set both. */
  lc_city_set_sdgs (city, (1 << 4) | (1 << 11));
  lc_city_set_attendance (city, LC_ATTENDANCE_ONLINE);

  expect_int (city, "convention-id", lc_city_get_convention_id (city), 41);
  EXPECT_BILINGUAL (city, lc_city_get_name, "name", "أسوان", "Aswan");
  expect_string (city, "country", lc_city_get_country (city), "EG");
  expect_int (city, "arab-region", lc_city_get_arab_region (city), TRUE);
  expect_int (city, "year-joined", lc_city_get_year_joined (city), 2016);
  expect_int (city, "candidate", lc_city_get_candidate (city), FALSE);
  expect_int (city, "sdgs", lc_city_get_sdgs (city), (1 << 4) | (1 << 11));
  g_assert_true (lc_city_has_sdg (city, 4) && lc_city_has_sdg (city, 11) && !lc_city_has_sdg (city, 5));
  expect_int (city, "attendance", lc_city_get_attendance (city), LC_ATTENDANCE_ONLINE);

  lc_city_set_arab_region (city, FALSE);
  lc_city_set_candidate (city, TRUE);
  expect_int (city, "arab-region", lc_city_get_arab_region (city), FALSE);
  expect_int (city, "candidate", lc_city_get_candidate (city), TRUE);
}

static void
test_person (void)
{
  g_autoptr(LcPerson) person = g_object_new (LC_TYPE_PERSON, NULL);

  expect_int (person, "convention-id", lc_person_get_convention_id (person), 0);
  EXPECT_BILINGUAL (person, lc_person_get_name, "name", "", "");
  expect_int (person, "city-id", lc_person_get_city_id (person), 0);
  expect_int (person, "attendance", lc_person_get_attendance (person), LC_ATTENDANCE_IN_PERSON);
  expect_string (person, "email", lc_person_get_email (person), "");
  expect_string (person, "phone", lc_person_get_phone (person), "");
  EXPECT_BILINGUAL (person, lc_person_get_bio, "bio", "", "");
  expect_string (person, "language", lc_person_get_language (person), "");

  lc_person_set_convention_id (person, 3);
  lc_person_set_name (person, "ليلى", "Layla");
  lc_person_set_city_id (person, 12);
  lc_person_set_organisation_id (person, 5);
  lc_person_set_attendance (person, LC_ATTENDANCE_ABSENT);
  lc_person_set_email (person, "layla@example.org");
  lc_person_set_phone (person, "+971 50 123 4567");
  lc_person_set_bio (person, "باحثة", "Researcher");
  lc_person_set_language (person, "ar");

  expect_int (person, "convention-id", lc_person_get_convention_id (person), 3);
  EXPECT_BILINGUAL (person, lc_person_get_name, "name", "ليلى", "Layla");
  expect_int (person, "city-id", lc_person_get_city_id (person), 12);
  expect_int (person, "organisation-id", lc_person_get_organisation_id (person), 5);
  expect_int (person, "attendance", lc_person_get_attendance (person), LC_ATTENDANCE_ABSENT);
  expect_string (person, "email", lc_person_get_email (person), "layla@example.org");
  expect_string (person, "phone", lc_person_get_phone (person), "+971 50 123 4567");
  EXPECT_BILINGUAL (person, lc_person_get_bio, "bio", "باحثة", "Researcher");
  expect_string (person, "language", lc_person_get_language (person), "ar");
}

static void
test_item (void)
{
  g_autoptr(LcItem) item = g_object_new (LC_TYPE_ITEM, NULL);

  expect_int (item, "convention-id", lc_item_get_convention_id (item), 0);
  expect_int (item, "kind", lc_item_get_kind (item), LC_ITEM_KIND_SESSION);
  expect_int (item, "number", lc_item_get_number (item), 0);
  EXPECT_BILINGUAL (item, lc_item_get_title, "title", "", "");
  EXPECT_BILINGUAL (item, lc_item_get_description, "description", "", "");
  expect_string (item, "day", lc_item_get_day (item), "");
  expect_int (item, "start-minute", lc_item_get_start_minute (item), 0);
  expect_int (item, "end-minute", lc_item_get_end_minute (item), 0);
  expect_int (item, "room-id", lc_item_get_room_id (item), 0);
  expect_int (item, "track-id", lc_item_get_track_id (item), 0);
  expect_int (item, "place-id", lc_item_get_place_id (item), 0);
  expect_string (item, "online-url", lc_item_get_online_url (item), "");
  expect_int (item, "expected-attendance", lc_item_get_expected_attendance (item), 0);

  lc_item_set_convention_id (item, 5);
  lc_item_set_kind (item, LC_ITEM_KIND_FIELD_VISIT);
  lc_item_set_number (item, 14);
  lc_item_set_title (item, "زيارة", "Visit");
  lc_item_set_description (item, "إلى الحديقة", "To the garden");
  lc_item_set_day (item, "2025-03-02");
  lc_item_set_start_minute (item, 9 * 60 + 30);
  lc_item_set_end_minute (item, 24 * 60);
  lc_item_set_room_id (item, 8);
  lc_item_set_track_id (item, 3);
  lc_item_set_place_id (item, 4);
  lc_item_set_online_url (item, "https://meet.example.org/visit");
  lc_item_set_expected_attendance (item, 120);

  expect_int (item, "convention-id", lc_item_get_convention_id (item), 5);
  expect_int (item, "kind", lc_item_get_kind (item), LC_ITEM_KIND_FIELD_VISIT);
  expect_int (item, "number", lc_item_get_number (item), 14);
  EXPECT_BILINGUAL (item, lc_item_get_title, "title", "زيارة", "Visit");
  EXPECT_BILINGUAL (item, lc_item_get_description, "description", "إلى الحديقة", "To the garden");
  expect_string (item, "day", lc_item_get_day (item), "2025-03-02");
  expect_int (item, "start-minute", lc_item_get_start_minute (item), 9 * 60 + 30);
  expect_int (item, "end-minute", lc_item_get_end_minute (item), 24 * 60);
  expect_int (item, "room-id", lc_item_get_room_id (item), 8);
  expect_int (item, "track-id", lc_item_get_track_id (item), 3);
  expect_int (item, "place-id", lc_item_get_place_id (item), 4);
  expect_string (item, "online-url", lc_item_get_online_url (item), "https://meet.example.org/visit");
  expect_int (item, "expected-attendance", lc_item_get_expected_attendance (item), 120);
}

static void
test_participation (void)
{
  g_autoptr(LcParticipation) p = g_object_new (LC_TYPE_PARTICIPATION, NULL);

  expect_int (p, "item-id", lc_participation_get_item_id (p), 0);
  expect_int (p, "person-id", lc_participation_get_person_id (p), 0);
  expect_int (p, "role", lc_participation_get_role (p), LC_ROLE_SPEAKER);
  expect_int (p, "position", lc_participation_get_position (p), 0);
  expect_int (p, "attendance", lc_participation_get_attendance (p), LC_ATTENDANCE_UNSET);

  /* Ids above 32 bits: a reference goes through as a gint64. */
  lc_participation_set_item_id (p, G_GINT64_CONSTANT (1) << 40);
  lc_participation_set_person_id (p, (G_GINT64_CONSTANT (1) << 40) + 1);
  lc_participation_set_role (p, LC_ROLE_MODERATOR);
  lc_participation_set_position (p, 2);
  lc_participation_set_attendance (p, LC_ATTENDANCE_ONLINE);

  expect_int (p, "item-id", lc_participation_get_item_id (p), G_GINT64_CONSTANT (1) << 40);
  expect_int (p, "person-id", lc_participation_get_person_id (p), (G_GINT64_CONSTANT (1) << 40) + 1);
  expect_int (p, "role", lc_participation_get_role (p), LC_ROLE_MODERATOR);
  expect_int (p, "position", lc_participation_get_position (p), 2);
  expect_int (p, "attendance", lc_participation_get_attendance (p), LC_ATTENDANCE_ONLINE);
}

static void
test_clause (void)
{
  g_autoptr(LcClause) clause = g_object_new (LC_TYPE_CLAUSE, NULL);

  expect_int (clause, "state", lc_clause_get_state (clause), LC_CLAUSE_STATE_BASE);
  expect_int (clause, "amendment-id", lc_clause_get_amendment_id (clause), 0);

  lc_clause_set_state (clause, LC_CLAUSE_STATE_PENDING);
  lc_clause_set_amendment_id (clause, 6);

  expect_int (clause, "state", lc_clause_get_state (clause), LC_CLAUSE_STATE_PENDING);
  expect_int (clause, "amendment-id", lc_clause_get_amendment_id (clause), 6);
}

static void
test_amendment (void)
{
  g_autoptr(LcAmendment) a = g_object_new (LC_TYPE_AMENDMENT, NULL);

  expect_int (a, "declaration-id", lc_amendment_get_declaration_id (a), 0);
  expect_int (a, "number", lc_amendment_get_number (a), 0);
  expect_int (a, "clause-id", lc_amendment_get_clause_id (a), 0);
  expect_int (a, "kind", lc_amendment_get_kind (a), LC_AMENDMENT_KIND_REPLACE);
  EXPECT_BILINGUAL (a, lc_amendment_get_text, "text", "", "");
  EXPECT_BILINGUAL (a, lc_amendment_get_rationale, "rationale", "", "");
  expect_int (a, "city-id", lc_amendment_get_city_id (a), 0);
  expect_int (a, "person-id", lc_amendment_get_person_id (a), 0);
  expect_int (a, "item-id", lc_amendment_get_item_id (a), 0);
  expect_int (a, "status", lc_amendment_get_status (a), LC_AMENDMENT_STATUS_PROPOSED);
  expect_string (a, "created", lc_amendment_get_created (a), "");
  expect_int (a, "incorporated-in", lc_amendment_get_incorporated_in (a), 0);

  lc_amendment_set_declaration_id (a, 21);
  lc_amendment_set_number (a, 22);
  lc_amendment_set_clause_id (a, 23);
  lc_amendment_set_kind (a, LC_AMENDMENT_KIND_DELETE);
  lc_amendment_set_text (a, "نص", "Text");
  lc_amendment_set_rationale (a, "سبب", "Reason");
  lc_amendment_set_city_id (a, 24);
  lc_amendment_set_person_id (a, 25);
  lc_amendment_set_item_id (a, 26);
  /* The status has no plain setter (lc_amendment_set_status () is the
   * store's checked transition): set it by name, read it typed. */
  lc_record_set_int (LC_RECORD (a), "status", LC_AMENDMENT_STATUS_WITHDRAWN);
  lc_amendment_set_created (a, "2025-03-02T10:00:00Z");
  lc_amendment_set_incorporated_in (a, 27);

  expect_int (a, "declaration-id", lc_amendment_get_declaration_id (a), 21);
  expect_int (a, "number", lc_amendment_get_number (a), 22);
  expect_int (a, "clause-id", lc_amendment_get_clause_id (a), 23);
  expect_int (a, "kind", lc_amendment_get_kind (a), LC_AMENDMENT_KIND_DELETE);
  EXPECT_BILINGUAL (a, lc_amendment_get_text, "text", "نص", "Text");
  EXPECT_BILINGUAL (a, lc_amendment_get_rationale, "rationale", "سبب", "Reason");
  expect_int (a, "city-id", lc_amendment_get_city_id (a), 24);
  expect_int (a, "person-id", lc_amendment_get_person_id (a), 25);
  expect_int (a, "item-id", lc_amendment_get_item_id (a), 26);
  expect_int (a, "status", lc_amendment_get_status (a), LC_AMENDMENT_STATUS_WITHDRAWN);
  expect_string (a, "created", lc_amendment_get_created (a), "2025-03-02T10:00:00Z");
  expect_int (a, "incorporated-in", lc_amendment_get_incorporated_in (a), 27);
}

static void
test_version (void)
{
  g_autoptr(LcDeclarationVersion) v = g_object_new (LC_TYPE_DECLARATION_VERSION, NULL);

  expect_int (v, "number", lc_declaration_version_get_number (v), 0);
  EXPECT_BILINGUAL (v, lc_declaration_version_get_label, "label", "", "");
  expect_string (v, "published", lc_declaration_version_get_published (v), "");
  expect_int (v, "clause-count", lc_declaration_version_get_clause_count (v), 0);

  lc_declaration_version_set_number (v, 3);
  lc_declaration_version_set_label (v, "النهائية", "Final");
  lc_declaration_version_set_published (v, "2025-03-04T16:00:00Z");
  lc_declaration_version_set_clause_count (v, 19);

  expect_int (v, "number", lc_declaration_version_get_number (v), 3);
  EXPECT_BILINGUAL (v, lc_declaration_version_get_label, "label", "النهائية", "Final");
  expect_string (v, "published", lc_declaration_version_get_published (v), "2025-03-04T16:00:00Z");
  expect_int (v, "clause-count", lc_declaration_version_get_clause_count (v), 19);
}

/* The precondition names the mistake when a record of another class is
 * passed (an LcRecord * cast to the wrong class). */
static void
test_wrong_class (void)
{
  g_autoptr(LcPerson) person = g_object_new (LC_TYPE_PERSON, NULL);

  g_test_expect_message ("lc-core", G_LOG_LEVEL_CRITICAL, "*LC_IS_ITEM*");
  g_assert_cmpint (lc_item_get_start_minute ((LcItem *) person), ==, 0);
  g_test_assert_expected_messages ();

  g_test_expect_message ("lc-core", G_LOG_LEVEL_CRITICAL, "*LC_IS_ITEM*");
  g_assert_cmpstr (lc_item_get_day ((LcItem *) person), ==, "");
  g_test_assert_expected_messages ();
}

/* What a person types in the item editor's time and number fields. */
static void
test_typed (void)
{
  const struct { const char *text; int minutes; } times[] = {
    { "09:30", 570 }, { "9:30", 570 }, { "9.30", 570 }, { "0930", 570 }, { "09.30", 570 },
    { "٠٩:٣٠", 570 }, { "۰۹:۳۰", 570 }, { " 14:05 ", 845 }, { "00:00", 0 }, { "24:00", 1440 },
  };
  const char *not_times[] = { "", "9", "930", "24:01", "12:60", "12-30", "9-30", "noon", "١٢:٦٠", "09:30:00" };
  const struct { const char *text; gint64 number; } numbers[] = {
    { "", 0 }, { " ", 0 }, { "7", 7 }, { "٣", 3 }, { "12", 12 }, { "۱۲", 12 },
  };
  const char *not_numbers[] = { "0", "-1", "1.5", "x", "2147483648" };

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      int minutes = -1;

      g_assert_true (lc_time_parse_typed (times[i].text, &minutes));
      g_assert_cmpint (minutes, ==, times[i].minutes);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_times); i++)
    {
      int minutes = -1;

      if (lc_time_parse_typed (not_times[i], &minutes))
        g_error ("“%s” taken for a time (%d)", not_times[i], minutes);
    }
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      gint64 number = -1;

      g_assert_true (lc_number_parse_typed (numbers[i].text, &number));
      g_assert_cmpint (number, ==, numbers[i].number);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_numbers); i++)
    {
      gint64 number = -1;

      if (lc_number_parse_typed (not_numbers[i], &number))
        g_error ("“%s” taken for a number (%" G_GINT64_FORMAT ")", not_numbers[i], number);
    }
}

/* orgs: every field of an organisation, each one its own. */
static void
test_organisation (void)
{
  g_autoptr(LcOrganisation) o = g_object_new (LC_TYPE_ORGANISATION, NULL);

  expect_int (o, "role", lc_organisation_get_role (o), LC_ORGANISATION_ROLE_PARTNER);
  lc_organisation_set_convention_id (o, 7);
  lc_organisation_set_name (o, "اليونسكو", "UNESCO");
  lc_organisation_set_role (o, LC_ORGANISATION_ROLE_SPONSOR);
  lc_organisation_set_country (o, "FR");
  lc_organisation_set_website (o, "https://www.unesco.org/");
  lc_organisation_set_logo (o, "iVBORw0KGgo=");
  lc_organisation_set_position (o, 3);

  expect_int (o, "convention-id", lc_organisation_get_convention_id (o), 7);
  EXPECT_BILINGUAL (o, lc_organisation_get_name, "name", "اليونسكو", "UNESCO");
  expect_int (o, "role", lc_organisation_get_role (o), LC_ORGANISATION_ROLE_SPONSOR);
  expect_string (o, "country", lc_organisation_get_country (o), "FR");
  expect_string (o, "website", lc_organisation_get_website (o), "https://www.unesco.org/");
  expect_string (o, "logo", lc_organisation_get_logo (o), "iVBORw0KGgo=");
  expect_int (o, "position", lc_organisation_get_position (o), 3);
}

static void
test_report (void)
{
  g_autoptr(LcReport) r = g_object_new (LC_TYPE_REPORT, NULL);

  EXPECT_BILINGUAL (r, lc_report_get_foreword, "foreword", "", "");
  expect_int (r, "online", lc_report_get_online (r), 0);

  lc_report_set_foreword (r, "كلمة", "Words");
  lc_report_set_signatory (r, "الأمين", "Secretary");
  lc_report_set_about (r, "عن", "About");
  lc_report_set_in_person (r, 11);
  lc_report_set_online (r, 12);
  lc_report_set_cities (r, 13);
  lc_report_set_countries (r, 14);

  EXPECT_BILINGUAL (r, lc_report_get_foreword, "foreword", "كلمة", "Words");
  EXPECT_BILINGUAL (r, lc_report_get_signatory, "signatory", "الأمين", "Secretary");
  EXPECT_BILINGUAL (r, lc_report_get_about, "about", "عن", "About");
  expect_int (r, "in-person", lc_report_get_in_person (r), 11);
  expect_int (r, "online", lc_report_get_online (r), 12);
  expect_int (r, "cities", lc_report_get_cities (r), 13);
  expect_int (r, "countries", lc_report_get_countries (r), 14);
}

static void
test_coverage (void)
{
  g_autoptr(LcCoverage) c = g_object_new (LC_TYPE_COVERAGE, NULL);

  expect_int (c, "kind", lc_coverage_get_kind (c), LC_COVERAGE_KIND_PRESS);
  expect_int (c, "language", lc_coverage_get_language (c), LC_LANGUAGE_ARABIC);

  lc_coverage_set_kind (c, LC_COVERAGE_KIND_SOCIAL);
  lc_coverage_set_headline (c, "Headline");
  lc_coverage_set_outlet (c, "Outlet");
  lc_coverage_set_date (c, "2024-10-02");
  lc_coverage_set_link (c, "https://example.org/");
  lc_coverage_set_language (c, LC_LANGUAGE_ENGLISH);

  expect_int (c, "kind", lc_coverage_get_kind (c), LC_COVERAGE_KIND_SOCIAL);
  expect_string (c, "headline", lc_coverage_get_headline (c), "Headline");
  expect_string (c, "outlet", lc_coverage_get_outlet (c), "Outlet");
  expect_string (c, "date", lc_coverage_get_date (c), "2024-10-02");
  expect_string (c, "link", lc_coverage_get_link (c), "https://example.org/");
  expect_int (c, "language", lc_coverage_get_language (c), LC_LANGUAGE_ENGLISH);
}

static void
test_report_items (void)
{
  g_autoptr(LcReportSummary) s = g_object_new (LC_TYPE_REPORT_SUMMARY, NULL);
  g_autoptr(LcReportPhoto) p = g_object_new (LC_TYPE_REPORT_PHOTO, NULL);

  lc_record_set_int (LC_RECORD (s), "item-id", 21);
  lc_record_set_text (LC_RECORD (s), "summary", "ملخص", "Summary");
  lc_record_set_int (LC_RECORD (p), "item-id", 22);
  lc_record_set_string (LC_RECORD (p), "image", "abc");
  lc_record_set_text (LC_RECORD (p), "caption", "تعليق", "Caption");

  expect_int (s, "item-id", lc_report_summary_get_item_id (s), 21);
  EXPECT_BILINGUAL (s, lc_report_summary_get_summary, "summary", "ملخص", "Summary");
  expect_int (p, "item-id", lc_report_photo_get_item_id (p), 22);
  expect_string (p, "image", lc_report_photo_get_image (p), "abc");
  EXPECT_BILINGUAL (p, lc_report_photo_get_caption, "caption", "تعليق", "Caption");
}

/* people14: a person's participant fields, and the two records of a
 * participant's history and attendance (read only: the library writes
 * them through lc-participant.c). */
static void
test_participant (void)
{
  g_autoptr(LcPerson) person = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(LcStatusChange) change = g_object_new (LC_TYPE_STATUS_CHANGE, NULL);
  g_autoptr(LcItemAttendance) attended = g_object_new (LC_TYPE_ITEM_ATTENDANCE, NULL);

  expect_int (person, "category", lc_person_get_category (person), LC_PARTICIPANT_CATEGORY_PROGRAMME);
  expect_int (person, "represents", lc_person_get_represents (person), LC_REPRESENTS_UNSET);
  expect_int (person, "status", lc_person_get_status (person), LC_PARTICIPANT_STATUS_INVITED);

  lc_person_set_category (person, LC_PARTICIPANT_CATEGORY_PRESS);
  lc_person_set_represents (person, LC_REPRESENTS_OTHER);
  lc_person_set_represents_text (person, "وزارة", "Ministry");
  EXPECT_BILINGUAL (person, lc_person_get_represents_text, "represents", "وزارة", "Ministry");
  expect_int (person, "category", lc_person_get_category (person), LC_PARTICIPANT_CATEGORY_PRESS);
  expect_int (person, "represents", lc_person_get_represents (person), LC_REPRESENTS_OTHER);
  lc_record_set_int (LC_RECORD (person), "status", LC_PARTICIPANT_STATUS_NO_SHOW);
  expect_int (person, "status", lc_person_get_status (person), LC_PARTICIPANT_STATUS_NO_SHOW);

  lc_record_set_int (LC_RECORD (change), "person-id", 7);
  lc_record_set_int (LC_RECORD (change), "status", LC_PARTICIPANT_STATUS_DECLINED);
  lc_record_set_string (LC_RECORD (change), "changed-at", "2026-12-07T09:30:00Z");
  expect_int (change, "person-id", lc_status_change_get_person_id (change), 7);
  expect_int (change, "status", lc_status_change_get_status (change), LC_PARTICIPANT_STATUS_DECLINED);
  expect_string (change, "changed-at", lc_status_change_get_changed_at (change), "2026-12-07T09:30:00Z");

  lc_record_set_int (LC_RECORD (attended), "item-id", 11);
  lc_record_set_int (LC_RECORD (attended), "person-id", 12);
  lc_record_set_int (LC_RECORD (attended), "attendance", LC_ATTENDANCE_ONLINE);
  expect_int (attended, "item-id", lc_item_attendance_get_item_id (attended), 11);
  expect_int (attended, "person-id", lc_item_attendance_get_person_id (attended), 12);
  expect_int (attended, "attendance", lc_item_attendance_get_attendance (attended), LC_ATTENDANCE_ONLINE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model-fields/convention", test_convention);
  g_test_add_func ("/model-fields/room", test_room);
  g_test_add_func ("/model-fields/city", test_city);
  g_test_add_func ("/model-fields/person", test_person);
  g_test_add_func ("/model-fields/item", test_item);
  g_test_add_func ("/model-fields/participation", test_participation);
  g_test_add_func ("/model-fields/clause", test_clause);
  g_test_add_func ("/model-fields/amendment", test_amendment);
  g_test_add_func ("/model-fields/declaration-version", test_version);
  g_test_add_func ("/model-fields/report", test_report);
  g_test_add_func ("/model-fields/coverage", test_coverage);
  g_test_add_func ("/model-fields/report-items", test_report_items);
  g_test_add_func ("/model-fields/wrong-class", test_wrong_class);
  g_test_add_func ("/model-fields/typed-time-and-number", test_typed);
  g_test_add_func ("/model-fields/organisation", test_organisation);
  g_test_add_func ("/model-fields/participant", test_participant);

  return g_test_run ();
}
