/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "lc-error.h"
#include "lc-export-ics.h"
#include "lc-export-schedule.h"
#include "lc-test-exchange.h"
#include "lc-test-pdf.h"

/* The iCalendar export, read back by two parsers that are not ours:
 * libical (with the VTIMEZONE of the file itself) and python3-icalendar.
 * Every event's start and end, in UTC, must be the agenda's. */

static const char *read_ics_py =
  "import sys, icalendar\n"
  "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
  "for ev in cal.walk('VEVENT'):\n"
  "    s, e = ev.decoded('DTSTART'), ev.decoded('DTEND')\n"
  "    assert s.tzinfo is not None and e.tzinfo is not None\n"
  "    print('%s\\t%d\\t%d\\t%s' % (ev['UID'], s.timestamp(), e.timestamp(), ev['SUMMARY']))\n";

typedef struct
{
  gint64  start;
  gint64  end;
  char   *summary;
  char   *location;
  char   *description;
} Event;

static void
event_free (gpointer data)
{
  Event *event = data;

  g_free (event->summary);
  g_free (event->location);
  g_free (event->description);
  g_free (event);
}

/* UID → Event, as libical reads the file. */
static GHashTable *
read_with_libical (const char *text,
                   const char *zone)
{
  GHashTable *events = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, event_free);
  icalcomponent *calendar = icalparser_parse_string (text);
  icaltimezone *file_zone = NULL;

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);

  if (!g_str_equal (zone, "UTC"))
    {
      /* The zone must come from the file's own VTIMEZONE, under its plain name. */
      file_zone = icalcomponent_get_timezone (calendar, zone);
      g_assert_nonnull (file_zone);
    }

  for (icalcomponent *c = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       c != NULL;
       c = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      struct icaltimetype start = icalcomponent_get_dtstart (c);
      struct icaltimetype end = icalcomponent_get_dtend (c);
      icalproperty *location = icalcomponent_get_first_property (c, ICAL_LOCATION_PROPERTY);
      Event *event = g_new0 (Event, 1);

      g_assert_false (icaltime_is_date (start));
      if (file_zone != NULL)
        {
          g_assert_true (start.zone == file_zone);
          g_assert_true (end.zone == file_zone);
        }
      else
        {
          g_assert_true (icaltime_is_utc (start));
        }

      event->start = icaltime_as_timet_with_zone (start, start.zone);
      event->end = icaltime_as_timet_with_zone (end, end.zone);
      event->summary = g_strdup (icalcomponent_get_summary (c));
      event->location = g_strdup (location ? icalproperty_get_location (location) : NULL);
      event->description = g_strdup (icalcomponent_get_description (c));
      g_assert_null (g_hash_table_lookup (events, icalcomponent_get_uid (c)));
      g_hash_table_insert (events, g_strdup (icalcomponent_get_uid (c)), event);
    }

  icalcomponent_free (calendar);
  return events;
}

/* UID → Event, as python3-icalendar reads the file. */
static GHashTable *
read_with_python (const char *path)
{
  GHashTable *events = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, event_free);
  const char *argv[] = { lc_exchange_python (), "-c", read_ics_py, path, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) lines = NULL;

  if (lc_exchange_run (argv, &out, &err) != 0)
    g_error ("python3-icalendar could not read %s:\n%s", path, err);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] && *lines[i]; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 4);
      Event *event = g_new0 (Event, 1);

      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      event->start = g_ascii_strtoll (fields[1], NULL, 10);
      event->end = g_ascii_strtoll (fields[2], NULL, 10);
      event->summary = g_strdup (fields[3]);
      g_hash_table_insert (events, g_strdup (fields[0]), event);
    }

  return events;
}

/* Exports, reads the file back with both parsers, and checks every item. */
static void
check_export (LcExchangeFixture *f,
              LcLanguage         language)
{
  g_autoptr(LcRecord) convention = lc_store_get (f->store, LC_TYPE_CONVENTION, f->convention, NULL);
  const char *zone = lc_record_get_string (convention, "time-zone");
  g_autoptr(GPtrArray) items = lc_exchange_list (f->store, LC_TYPE_ITEM, "convention_id", f->convention);
  g_autofree char *path = g_build_filename (f->dir, "agenda.ics", NULL);
  g_autofree char *text = NULL, *again = NULL;
  g_autoptr(GHashTable) ical = NULL, python = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (lc_export_ics_file (f->store, f->convention, language, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &text, NULL, NULL);

  if (!g_str_equal (zone, "UTC"))
    {
      g_autofree char *tzid = g_strdup_printf ("\r\nTZID:%s\r\n", zone);
      g_autofree char *dtstart = g_strdup_printf ("DTSTART;TZID=%s:", zone);

      g_assert_nonnull (strstr (text, "BEGIN:VTIMEZONE"));
      g_assert_nonnull (strstr (text, tzid));
      g_assert_nonnull (strstr (text, dtstart));
    }

  ical = read_with_libical (text, zone);
  python = read_with_python (path);
  g_assert_cmpuint (g_hash_table_size (ical), ==, items->len);
  g_assert_cmpuint (g_hash_table_size (python), ==, items->len);

  for (guint i = 0; i < items->len; i++)
    {
      LcRecord *item = g_ptr_array_index (items, i);
      g_autofree char *uid = lc_export_item_guid (f->store, lc_record_get_id (item), NULL);
      g_autoptr(GDateTime) start = lc_exchange_expected_time (f->store, item, FALSE);
      g_autoptr(GDateTime) end = lc_exchange_expected_time (f->store, item, TRUE);
      Event *a = g_hash_table_lookup (ical, uid);
      Event *b = g_hash_table_lookup (python, uid);
      gint64 room_id = lc_record_get_int (item, "room-id");
      g_autoptr(GPtrArray) parts = lc_exchange_list (f->store, LC_TYPE_PARTICIPATION, "item_id",
                                                     lc_record_get_id (item));

      g_assert_nonnull (a);
      g_assert_nonnull (b);

      /* The same instants, in UTC, for both parsers and the agenda. */
      g_assert_cmpint (a->start, ==, g_date_time_to_unix (start));
      g_assert_cmpint (a->end, ==, g_date_time_to_unix (end));
      g_assert_cmpint (b->start, ==, g_date_time_to_unix (start));
      g_assert_cmpint (b->end, ==, g_date_time_to_unix (end));

      /* The text survives both parsers intact, Arabic included. */
      g_assert_nonnull (strstr (a->summary, lc_record_get_text (item, "title", language, NULL)));
      g_assert_cmpstr (a->summary, ==, b->summary);

      if (room_id != 0)
        {
          g_autoptr(LcRecord) room = lc_store_get (f->store, LC_TYPE_ROOM, room_id, NULL);

          g_assert_cmpstr (a->location, ==, lc_record_get_text (room, "name", language, NULL));
        }
      else
        {
          g_assert_null (a->location);
        }

      for (guint p = 0; p < parts->len; p++)
        {
          g_autoptr(LcRecord) person = lc_store_get (f->store, LC_TYPE_PERSON,
                                                     lc_record_get_int (g_ptr_array_index (parts, p), "person-id"),
                                                     NULL);

          g_assert_nonnull (a->description);
          g_assert_nonnull (strstr (a->description, lc_record_get_text (person, "name", language, NULL)));
        }
    }

  /* Exported again, the UIDs are the same. */
  again = lc_export_ics_data (f->store, f->convention, language, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GHashTable) second = read_with_libical (again, zone);
    GHashTableIter iter;
    gpointer uid;

    g_assert_cmpuint (g_hash_table_size (second), ==, items->len);
    g_hash_table_iter_init (&iter, ical);
    while (g_hash_table_iter_next (&iter, &uid, NULL))
      g_assert_true (g_hash_table_contains (second, uid));
  }
}

static void
test_sample (LcExchangeFixture *f,
             gconstpointer      data)
{
  check_export (f, LC_LANGUAGE_ENGLISH);
  check_export (f, LC_LANGUAGE_ARABIC);
}

/* Moves the sample to a zone with daylight saving time, over the night the
 * clocks go forward, with an item ending at midnight. */
static gint64
move_to (LcExchangeFixture *f,
         const char        *zone)
{
  gint64 across = 0;
  g_autoptr(LcRecord) convention = lc_store_get (f->store, LC_TYPE_CONVENTION, f->convention, NULL);
  g_autoptr(GPtrArray) items = lc_exchange_list (f->store, LC_TYPE_ITEM, "convention_id", f->convention);
  g_autoptr(GError) error = NULL;

  lc_record_set_string (convention, "time-zone", zone);
  lc_record_set_string (convention, "start-date", "2023-03-25");
  lc_record_set_string (convention, "end-date", "2023-03-26");
  g_assert_true (lc_store_update (f->store, convention, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < items->len; i++)
    {
      LcRecord *item = g_ptr_array_index (items, i);

      lc_record_set_string (item, "day", i % 2 ? "2023-03-26" : "2023-03-25");
      if (i == 0)
        {
          lc_record_set_int (item, "start-minute", 23 * 60);
          lc_record_set_int (item, "end-minute", 24 * 60);
        }
      else if (i == 1)
        {
          /* Across the change: 01:00 to 04:00 is two hours in Berlin. */
          lc_record_set_int (item, "start-minute", 60);
          lc_record_set_int (item, "end-minute", 4 * 60);
          across = lc_record_get_id (item);
        }
      g_assert_true (lc_store_update (f->store, item, &error));
      g_assert_no_error (error);
    }

  return across;
}

static void
test_daylight_saving (LcExchangeFixture *f,
                      gconstpointer      data)
{
  gint64 across = move_to (f, "Europe/Berlin");
  g_autoptr(LcRecord) item = lc_store_get (f->store, LC_TYPE_ITEM, across, NULL);
  g_autoptr(GDateTime) start = lc_exchange_expected_time (f->store, item, FALSE);
  g_autoptr(GDateTime) end = lc_exchange_expected_time (f->store, item, TRUE);
  g_assert_cmpint (g_date_time_difference (end, start), ==, 2 * G_TIME_SPAN_HOUR);

  check_export (f, LC_LANGUAGE_ENGLISH);
}

static void
test_utc (LcExchangeFixture *f,
          gconstpointer      data)
{
  g_autofree char *text = NULL;

  move_to (f, "UTC");
  check_export (f, LC_LANGUAGE_ARABIC);
  text = lc_export_ics_data (f->store, f->convention, LC_LANGUAGE_ENGLISH, NULL, NULL, NULL, NULL, NULL);
  g_assert_null (strstr (text, "VTIMEZONE"));
  g_assert_nonnull (strstr (text, "DTSTART:20230325T230000Z"));
}

static void
test_cancel (LcExchangeFixture *f,
             gconstpointer      data)
{
  g_autofree char *path = g_build_filename (f->dir, "agenda.ics", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (lc_export_ics_file (f->store, f->convention, LC_LANGUAGE_ENGLISH, path,
                                      cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_cli (LcExchangeFixture *f,
          gconstpointer      data)
{
  g_autofree char *path = g_build_filename (f->dir, "cli.ics", NULL);
  g_autofree char *database = g_strdup_printf ("--database=%s", lc_store_get_path (f->store));
  g_autofree char *option = g_strdup_printf ("--export-ics=%s", path);
  const char *exe = g_getenv ("LC_EXECUTABLE");
  const char *argv[] = { exe, database, option, "--language=en", NULL };
  g_autofree char *out = NULL, *err = NULL, *text = NULL;

  if (exe == NULL)
    {
      g_test_skip ("LC_EXECUTABLE is not set");
      return;
    }

  g_assert_cmpint (lc_exchange_run (argv, &out, &err), ==, 0);
  g_file_get_contents (path, &text, NULL, NULL);
  g_assert_nonnull (strstr (text, "SUMMARY;LANGUAGE=en:Opening session"));
}

/*
 * A convention written in one language, exported in the other: what a
 * calendar or a schedule app shows. Every event has a title, tagged with
 * the language it is written in, and no words of the export's language
 * around it ("Session 1:" before an Arabic title, "Speakers:" before
 * Arabic names), which a consumer would lay out and read aloud as the
 * tagged language. Read with python3-icalendar and Python's XML and JSON
 * parsers, not with our own code.
 */

static const char check_py[] =
  "import sys, json, unicodedata, icalendar\n"
  "import xml.etree.ElementTree as ET\n"
  "ics, xml, js, written = sys.argv[1:5]\n"
  "script = 'ARABIC' if written == 'ar' else 'LATIN'\n"
  "ISOLATES = '\\u2066\\u2067\\u2068'\n"
  "def stray(text):\n"
  "    # Letters of another script than the tagged one, outside the\n"
  "    # isolated names (a name keeps the script it is written in).\n"
  "    depth, out = 0, ''\n"
  "    for c in text:\n"
  "        if c in ISOLATES: depth += 1\n"
  "        elif c == '\\u2069': depth = max(0, depth - 1)\n"
  "        elif depth == 0 and c.isalpha() and not unicodedata.name(c, '').startswith(script):\n"
  "            out += c\n"
  "    return out\n"
  "def check(where, text, language):\n"
  "    if not text.strip(): sys.exit('%s: empty' % where)\n"
  "    if language != written: sys.exit('%s: tagged %r, written in %r: %s' % (where, language, written, text))\n"
  "    if stray(text): sys.exit('%s: letters %r of another language in: %s' % (where, stray(text), text))\n"
  "n = 0\n"
  "cal = icalendar.Calendar.from_ical(open(ics, 'rb').read())\n"
  "for ev in cal.walk('VEVENT'):\n"
  "    s = ev['SUMMARY']\n"
  "    check('SUMMARY', str(s), s.params.get('LANGUAGE'))\n"
  "    if 'DESCRIPTION' in ev:\n"
  "        d = ev['DESCRIPTION']\n"
  "        check('DESCRIPTION of ' + str(s), str(d), d.params.get('LANGUAGE'))\n"
  "    n += 1\n"
  "for ev in ET.parse(xml).getroot().iter('event'):\n"
  "    check('XML title', ev.findtext('title') or '', ev.findtext('language'))\n"
  "    n += 1\n"
  "for day in json.load(open(js))['schedule']['conference']['days']:\n"
  "    for events in day['rooms'].values():\n"
  "        for ev in events:\n"
  "            check('JSON title', ev['title'], ev['language'])\n"
  "            n += 1\n"
  "print(n)\n";

static void
test_exported_in_other_language (gconstpointer data)
{
  LcLanguage written = GPOINTER_TO_INT (data);
  LcLanguage other = written == LC_LANGUAGE_ARABIC ? LC_LANGUAGE_ENGLISH : LC_LANGUAGE_ARABIC;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL, *ics = NULL, *xml = NULL, *json = NULL;
  g_autofree char *out = NULL, *err = NULL;
  gint64 id;
  g_autoptr(LcStore) store = lc_test_pdf_one_language_store (&dir, &id, written);
  g_autoptr(GPtrArray) items = lc_exchange_list (store, LC_TYPE_ITEM, "convention_id", id);
  const char *argv[] = { lc_exchange_python (), "-c", check_py, NULL, NULL, NULL,
                         written == LC_LANGUAGE_ARABIC ? "ar" : "en", NULL };

  ics = g_build_filename (dir, "agenda.ics", NULL);
  xml = g_build_filename (dir, "schedule.xml", NULL);
  json = g_build_filename (dir, "schedule.json", NULL);
  g_assert_true (lc_export_ics_file (store, id, other, ics, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (lc_export_schedule_xml_file (store, id, other, xml, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (lc_export_schedule_json_file (store, id, other, json, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  argv[3] = ics;
  argv[4] = xml;
  argv[5] = json;
  if (lc_exchange_run (argv, &out, &err) != 0)
    g_error ("%s", err);
  /* Every item, once in each of the three files. */
  g_assert_cmpint (g_ascii_strtoll (out, NULL, 10), ==, 3 * items->len);

  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  const char *probe[] = { lc_exchange_python (), "-c", "import icalendar", NULL };
  g_autofree char *out = NULL, *err = NULL;

  g_test_init (&argc, &argv, NULL);

  /* One of the two readers is python3-icalendar, which the Flatpak SDK (where
   * flatpak-builder runs the tests) does not have. */
  if (lc_exchange_run (probe, &out, &err) != 0)
    {
      return lc_test_skip_all ("python3-icalendar is missing (see build-aux/install-deps.sh)");
    }

  g_test_add ("/export-ics/sample", LcExchangeFixture, NULL, lc_exchange_fixture_set_up, test_sample,
              lc_exchange_fixture_tear_down);
  g_test_add ("/export-ics/daylight-saving", LcExchangeFixture, NULL, lc_exchange_fixture_set_up,
              test_daylight_saving, lc_exchange_fixture_tear_down);
  g_test_add ("/export-ics/utc", LcExchangeFixture, NULL, lc_exchange_fixture_set_up, test_utc,
              lc_exchange_fixture_tear_down);
  g_test_add ("/export-ics/cancel", LcExchangeFixture, NULL, lc_exchange_fixture_set_up, test_cancel,
              lc_exchange_fixture_tear_down);
  g_test_add ("/export-ics/cli", LcExchangeFixture, NULL, lc_exchange_fixture_set_up, test_cli,
              lc_exchange_fixture_tear_down);
  g_test_add_data_func ("/export-ics/one-language/arabic-in-english",
                        GINT_TO_POINTER (LC_LANGUAGE_ARABIC), test_exported_in_other_language);
  g_test_add_data_func ("/export-ics/one-language/english-in-arabic",
                        GINT_TO_POINTER (LC_LANGUAGE_ENGLISH), test_exported_in_other_language);

  return g_test_run ();
}
