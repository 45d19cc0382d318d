/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <stdlib.h>
#include <string.h>

#include "lc-error.h"
#include "lc-export-schedule.h"
#include "lc-test-exchange.h"
#include "lc-tracks.h"

/* The conference schedule export of the sample convention, checked by the
 * format's own schemas (xmllint for the XSD, python3-jsonschema for the
 * JSON Schema) and, item by item, against the library. */

static char *schema_dir;

/* TRUE when the schemas are there; otherwise marks the case skipped. */
static gboolean
have_schemas (void)
{
  if (schema_dir != NULL)
    return TRUE;
  g_test_skip ("../shared/reference/schedule-schema is absent");
  return FALSE;
}

static const char *validate_json_py =
  "import json, sys, uuid, jsonschema\n"
  "schema = json.load(open(sys.argv[1]))\n"
  "doc = json.load(open(sys.argv[2], encoding='utf-8'))\n"
  "cls = jsonschema.validators.validator_for(schema)\n"
  "cls.check_schema(schema)\n"
  "cls(schema, format_checker=jsonschema.FormatChecker()).validate(doc)\n"
  "guids = json.loads(sys.argv[3])\n"
  "events = moderators = 0\n"
  "ids = set()\n"
  "for day in doc['schedule']['conference']['days']:\n"
  "    for room, evs in day['rooms'].items():\n"
  "        for ev in evs:\n"
  "            events += 1\n"
  "            assert ev['guid'] in guids, ev['guid']\n"
  "            assert ev['id'] == int(ev['guid'][:8], 16) >> 1, ev['id']\n"
  "            assert ev['id'] not in ids, ev['id']\n"
  "            ids.add(ev['id'])\n"
  "            assert str(uuid.UUID(ev['guid'])) == ev['guid']\n"
  "            assert ev['room'] == room\n"
  "            moderators += sum(1 for p in ev['persons'] if p.get('role') == 'MODERATOR')\n"
  "print('valid', events, moderators)\n";

static char *
export_to (LcExchangeFixture *f,
           gboolean           xml,
           LcLanguage         language)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, xml ? (language == LC_LANGUAGE_ARABIC ? "ar.xml" : "en.xml")
                                             : (language == LC_LANGUAGE_ARABIC ? "ar.json" : "en.json"), NULL);
  gboolean ok = xml ? lc_export_schedule_xml_file (f->store, f->convention, language, path, NULL, NULL, NULL, &error)
                    : lc_export_schedule_json_file (f->store, f->convention, language, path, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
  return path;
}

static char *
xpath_string (xmlXPathContextPtr  context,
              xmlNodePtr          node,
              const char         *expression)
{
  xmlXPathObjectPtr result;
  xmlChar *value;
  char *text;

  context->node = node;
  result = xmlXPathEvalExpression ((const xmlChar *) expression, context);
  g_assert_nonnull (result);
  value = xmlXPathCastToString (result);
  text = g_strdup (value ? (const char *) value : "");
  xmlFree (value);
  xmlXPathFreeObject (result);
  return text;
}

static void
check_xml_against_library (LcExchangeFixture *f,
                           const char        *path,
                           LcLanguage         language)
{
  g_autoptr(GPtrArray) items = lc_exchange_list (f->store, LC_TYPE_ITEM, "convention_id", f->convention);
  xmlDocPtr doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  xmlXPathContextPtr context;
  xmlXPathObjectPtr events;
  g_autoptr(GHashTable) by_uid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint checked = 0;

  /* Events name their item by its uid (the guid); the integer id is
   * derived from it, not the library's row number. */
  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (by_uid, lc_store_get_uid (f->store, LC_TYPE_ITEM,
                                                   lc_record_get_id (g_ptr_array_index (items, i)), NULL),
                         g_ptr_array_index (items, i));

  g_assert_nonnull (doc);
  context = xmlXPathNewContext (doc);
  events = xmlXPathEvalExpression ((const xmlChar *) "/schedule/day/room/event", context);
  g_assert_nonnull (events);
  g_assert_cmpint (xmlXPathNodeSetGetLength (events->nodesetval), ==, items->len);

  for (int i = 0; i < xmlXPathNodeSetGetLength (events->nodesetval); i++)
    {
      xmlNodePtr node = xmlXPathNodeSetItem (events->nodesetval, i);
      g_autofree char *guid = xpath_string (context, node, "string(@guid)");
      g_autofree char *date = xpath_string (context, node, "string(date)");
      g_autofree char *start = xpath_string (context, node, "string(start)");
      g_autofree char *duration = xpath_string (context, node, "string(duration)");
      g_autofree char *title = xpath_string (context, node, "string(title)");
      g_autofree char *room = xpath_string (context, node, "string(room)");
      g_autofree char *room_attr = xpath_string (context, node, "string(../@name)");
      g_autofree char *day = xpath_string (context, node, "string(../../@date)");
      g_autofree char *persons = xpath_string (context, node, "string(count(persons/person))");
      g_autofree char *description = xpath_string (context, node, "string(description)");
      LcRecord *item = g_hash_table_lookup (by_uid, guid);
      g_autoptr(GDateTime) expected_start = NULL, expected_end = NULL, parsed = NULL;
      g_autoptr(GPtrArray) parts = NULL;
      gint64 room_id;
      int hours, minutes;

      g_assert_nonnull (item);
      g_assert_cmpint (lc_record_get_int (item, "convention-id"), ==, f->convention);

      /* The instant, with the convention's offset, and the wall-clock start. */
      expected_start = lc_exchange_expected_time (f->store, item, FALSE);
      expected_end = lc_exchange_expected_time (f->store, item, TRUE);
      parsed = g_date_time_new_from_iso8601 (date, NULL);
      g_assert_nonnull (parsed);
      g_assert_cmpint (g_date_time_to_unix (parsed), ==, g_date_time_to_unix (expected_start));
      g_assert_true (g_str_has_suffix (date, "+03:00"));
      g_assert_cmpstr (day, ==, lc_record_get_string (item, "day"));
      {
        g_autofree char *wall = g_date_time_format (expected_start, "%H:%M");

        g_assert_cmpstr (start, ==, wall);
      }
      g_assert_cmpint (sscanf (duration, "%d:%d", &hours, &minutes), ==, 2);
      g_assert_cmpint ((hours * 60 + minutes) * 60, ==,
                       g_date_time_to_unix (expected_end) - g_date_time_to_unix (expected_start));

      /* The title in the chosen language; the room it is listed under. */
      g_assert_nonnull (strstr (title, lc_record_get_text (item, "title", language, NULL)));
      g_assert_cmpstr (room, ==, room_attr);
      room_id = lc_record_get_int (item, "room-id");
      if (room_id != 0)
        {
          g_autoptr(LcRecord) r = lc_store_get (f->store, LC_TYPE_ROOM, room_id, NULL);

          g_assert_cmpstr (room, ==, lc_record_get_text (r, "name", language, NULL));
        }

      /* Every participant is a person of the event; moderators are named. */
      parts = lc_exchange_list (f->store, LC_TYPE_PARTICIPATION, "item_id", lc_record_get_id (item));
      g_assert_cmpint (g_ascii_strtoll (persons, NULL, 10), ==, parts->len);
      for (guint p = 0; p < parts->len; p++)
        {
          g_autoptr(LcRecord) person = lc_store_get (f->store, LC_TYPE_PERSON,
                                                     lc_record_get_int (g_ptr_array_index (parts, p), "person-id"),
                                                     NULL);

          g_assert_nonnull (strstr (description, lc_record_get_text (person, "name", language, NULL)));
        }
      checked++;
    }

  g_assert_cmpuint (checked, ==, 27);
  xmlXPathFreeObject (events);
  xmlXPathFreeContext (context);
  xmlFreeDoc (doc);
}

/* Puts the agenda's first item in a new track, as a workshop: the track
 * with its colour and the kind must pass the schemas too. */
static void
add_track (LcExchangeFixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) track = g_object_new (LC_TYPE_TRACK, NULL);
  g_autoptr(GPtrArray) items = lc_exchange_list (f->store, LC_TYPE_ITEM, "convention_id", f->convention);
  LcRecord *item = g_ptr_array_index (items, 0);

  lc_record_set_int (track, "convention-id", f->convention);
  lc_record_set_text (track, "name", "التعلم الرقمي", "Digital learning");
  lc_record_set_string (track, "colour", "#26a269");
  g_assert_true (lc_store_insert (f->store, track, &error));
  lc_item_set_track_id (LC_ITEM (item), lc_record_get_id (track));
  lc_item_set_kind (LC_ITEM (item), LC_ITEM_KIND_WORKSHOP);
  g_assert_true (lc_store_update (f->store, item, &error));
  g_assert_no_error (error);
}

static void
test_xml (LcExchangeFixture *f,
          gconstpointer      data)
{
  g_autofree char *xsd = NULL;

  if (!have_schemas ())
    return;
  xsd = g_build_filename (schema_dir, "schedule.xml.xsd", NULL);
  add_track (f);

  for (LcLanguage language = LC_LANGUAGE_ARABIC; language <= LC_LANGUAGE_ENGLISH; language++)
    {
      g_autofree char *path = export_to (f, TRUE, language);
      g_autofree char *out = NULL, *err = NULL, *contents = NULL, *again = NULL;
      const char *argv[] = { "xmllint", "--noout", "--nonet", "--schema", xsd, path, NULL };
      g_autoptr(LcRecord) convention = lc_store_get (f->store, LC_TYPE_CONVENTION, f->convention, NULL);
      gsize length;

      /* Other people's parser: the format's XML Schema. */
      if (lc_exchange_run (argv, &out, &err) != 0)
        g_error ("xmllint rejects %s:\n%s", path, err);
      g_assert_nonnull (strstr (err, "validates"));

      check_xml_against_library (f, path, language);

      /* Arabic text is UTF-8, not character references. */
      g_file_get_contents (path, &contents, &length, NULL);
      if (language == LC_LANGUAGE_ARABIC)
        g_assert_nonnull (strstr (contents, lc_record_get_string (convention, "title-ar")));
      g_assert_null (strstr (contents, "&#"));
      g_assert_nonnull (strstr (contents, "<time_zone_name>Asia/Riyadh</time_zone_name>"));
      /* The track listed with its colour, and named by its item. */
      g_assert_nonnull (strstr (contents, language == LC_LANGUAGE_ARABIC
                                          ? "<track name=\"التعلم الرقمي\" color=\"#26a269\" slug=\"track-"
                                          : "<track name=\"Digital learning\" color=\"#26a269\" slug=\"track-"));
      g_assert_nonnull (strstr (contents, language == LC_LANGUAGE_ARABIC
                                          ? "<track>التعلم الرقمي</track>" : "<track>Digital learning</track>"));
      g_assert_nonnull (strstr (contents, "<type>workshop</type>"));

      /* The same library exports the same file, guids and all. */
      again = lc_export_schedule_xml_data (f->store, f->convention, language, NULL, NULL, NULL, NULL, NULL);
      g_assert_cmpstr (again, ==, contents);
    }
}

static void
test_json (LcExchangeFixture *f,
           gconstpointer      data)
{
  g_autofree char *schema = NULL;
  g_autoptr(GPtrArray) items = lc_exchange_list (f->store, LC_TYPE_ITEM, "convention_id", f->convention);
  g_autoptr(GString) guids = g_string_new ("[");
  guint expected_moderators = 0;

  if (!have_schemas ())
    return;
  schema = g_build_filename (schema_dir, "schedule.schema.json", NULL);
  add_track (f);

  /* people (issue 12): a speaker's short biography, where the format has
   * a place for it (pretalx's "biography"), must still validate. */
  {
    g_autoptr(GPtrArray) people = lc_exchange_list (f->store, LC_TYPE_PERSON, "convention_id", f->convention);
    LcRecord *first = g_ptr_array_index (people, 0);

    lc_record_set_text (first, "bio", "باحث في التعلم مدى الحياة.", "Researcher in lifelong learning.");
    g_assert_true (lc_store_update (f->store, first, NULL));
  }

  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(GPtrArray) parts = lc_exchange_list (f->store, LC_TYPE_PARTICIPATION, "item_id",
                                                     lc_record_get_id (g_ptr_array_index (items, i)));

      gint64 id = lc_record_get_id (g_ptr_array_index (items, i));
      g_autofree char *guid = lc_export_item_guid (f->store, id, NULL);

      for (guint p = 0; p < parts->len; p++)
        if (lc_record_get_int (g_ptr_array_index (parts, p), "role") == LC_ROLE_MODERATOR)
          expected_moderators++;
      /* Each event's guid is its item's identity, and its id the first 31
       * bits of it (the same in every library; 27 random uids share those
       * bits about once in ten million runs). */
      g_string_append_printf (guids, "%s\"%s\"", i ? ", " : "", guid);
    }
  g_string_append_c (guids, ']');
  g_assert_cmpuint (expected_moderators, >, 5);

  for (LcLanguage language = LC_LANGUAGE_ARABIC; language <= LC_LANGUAGE_ENGLISH; language++)
    {
      g_autofree char *path = export_to (f, FALSE, language);
      g_autofree char *out = NULL, *err = NULL, *contents = NULL, *expected = NULL;
      const char *argv[] = { lc_exchange_python (), "-c", validate_json_py, schema, path, guids->str, NULL };
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(LcRecord) record = lc_store_get (f->store, LC_TYPE_CONVENTION, f->convention, NULL);
      JsonObject *conference;

      /* Other people's parser: the format's JSON Schema, and Python's uuid. */
      if (lc_exchange_run (argv, &out, &err) != 0)
        g_error ("python3-jsonschema rejects %s:\n%s", path, err);
      expected = g_strdup_printf ("valid %u %u\n", items->len, expected_moderators);
      g_assert_cmpstr (out, ==, expected);

      g_file_get_contents (path, &contents, NULL, NULL);
      if (language == LC_LANGUAGE_ARABIC)
        g_assert_nonnull (strstr (contents, lc_record_get_string (record, "title-ar")));
      g_assert_null (strstr (contents, "\\u06"));
      g_assert_nonnull (strstr (contents, language == LC_LANGUAGE_ARABIC
                                          ? "\"biography\" : \"باحث في التعلم مدى الحياة.\""
                                          : "\"biography\" : \"Researcher in lifelong learning.\""));

      json_parser_load_from_data (parser, contents, -1, &error);
      g_assert_no_error (error);
      conference = json_object_get_object_member (json_object_get_object_member (
        json_node_get_object (json_parser_get_root (parser)), "schedule"), "conference");
      g_assert_cmpstr (json_object_get_string_member (conference, "time_zone_name"), ==, "Asia/Riyadh");
      g_assert_cmpstr (json_object_get_string_member (conference, "start"), ==, "2023-05-10");
      g_assert_cmpstr (json_object_get_string_member (conference, "end"), ==, "2023-05-11");
      g_assert_cmpint (json_object_get_int_member (conference, "daysCount"), ==, 2);
      g_assert_cmpint (json_array_get_length (json_object_get_array_member (conference, "days")), ==, 2);
      {
        JsonObject *first = json_array_get_object_element (json_object_get_array_member (conference, "tracks"), 0);

        g_assert_cmpstr (json_object_get_string_member (first, "color"), ==, "#26a269");
        g_assert_cmpstr (json_object_get_string_member (first, "name"), ==,
                         language == LC_LANGUAGE_ARABIC ? "التعلم الرقمي" : "Digital learning");
      }
    }
}

static void
test_atomic (LcExchangeFixture *f,
             gconstpointer      data)
{
  g_autofree char *path = g_build_filename (f->dir, "schedule.xml", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no", "such", "dir", "schedule.xml", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n_files = 0;

  g_file_set_contents (path, "previous", -1, &error);
  g_assert_no_error (error);

  /* Cancelled: the old file stays as it was. */
  g_cancellable_cancel (cancellable);
  g_assert_false (lc_export_schedule_xml_file (f->store, f->convention, LC_LANGUAGE_ENGLISH, path,
                                               cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "previous");

  /* A folder that does not exist: an error, no file. */
  g_assert_false (lc_export_schedule_json_file (f->store, f->convention, LC_LANGUAGE_ENGLISH, missing,
                                                NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A convention that is not there. */
  g_assert_false (lc_export_schedule_json_file (f->store, 999, LC_LANGUAGE_ENGLISH, path,
                                                NULL, NULL, NULL, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Success replaces the file, leaving no temporary file behind. */
  g_assert_true (lc_export_schedule_xml_file (f->store, f->convention, LC_LANGUAGE_ENGLISH, path,
                                              NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_prefix (name, "library.db"))
      {
        g_assert_cmpstr (name, ==, "schedule.xml");
        n_files++;
      }
  g_assert_cmpuint (n_files, ==, 1);
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  g_array_append_val ((GArray *) user_data, fraction);
}

static void
test_progress (LcExchangeFixture *f,
               gconstpointer      data)
{
  g_autofree char *path = g_build_filename (f->dir, "schedule.json", NULL);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;

  g_assert_true (lc_export_schedule_json_file (f->store, f->convention, LC_LANGUAGE_ARABIC, path,
                                               NULL, record_progress, fractions, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fractions->len, >=, 3);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
}

static void
test_cli (LcExchangeFixture *f,
          gconstpointer      data)
{
  g_autofree char *xsd = NULL;
  g_autofree char *xml = g_build_filename (f->dir, "cli.xml", NULL);
  g_autofree char *json = g_build_filename (f->dir, "cli.json", NULL);
  g_autofree char *database = g_strdup_printf ("--database=%s", lc_store_get_path (f->store));
  g_autofree char *xml_option = g_strdup_printf ("--export-schedule-xml=%s", xml);
  g_autofree char *json_option = g_strdup_printf ("--export-schedule-json=%s", json);
  const char *exe = g_getenv ("LC_EXECUTABLE");
  g_autofree char *out = NULL, *err = NULL;

  if (!have_schemas ())
    return;
  xsd = g_build_filename (schema_dir, "schedule.xml.xsd", NULL);
  add_track (f);

  if (exe == NULL)
    {
      g_test_skip ("LC_EXECUTABLE is not set");
      return;
    }

  {
    const char *argv[] = { exe, database, xml_option, "--language=ar", NULL };
    const char *check[] = { "xmllint", "--noout", "--schema", xsd, xml, NULL };

    g_assert_cmpint (lc_exchange_run (argv, &out, &err), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (lc_exchange_run (check, &out, &err), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  {
    const char *argv[] = { exe, database, json_option, "--language=bilingual", NULL };

    g_assert_cmpint (lc_exchange_run (argv, &out, &err), ==, 1);
    g_assert_nonnull (strstr (err, "“bilingual” is not a language of this export: use ar or en."));
    g_assert_false (g_file_test (json, G_FILE_TEST_EXISTS));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  {
    const char *argv[] = { exe, database, json_option, "--convention=77", NULL };

    g_assert_cmpint (lc_exchange_run (argv, &out, &err), ==, 1);
    g_assert_false (g_file_test (json, G_FILE_TEST_EXISTS));
  }
}

static void
test_uuid (void)
{
  g_autofree char *a = lc_export_uuid_v5 ("https://www.python.org/");

  /* uuid.uuid5(uuid.NAMESPACE_URL, "https://www.python.org/") */
  g_assert_cmpstr (a, ==, "5406f80d-92e9-51cd-a176-77445955e733");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *shared = NULL;

  g_test_init (&argc, &argv, NULL);

  /* A user's clone has no ../shared: the cases that validate against its
   * schemas skip (visibly, in the TAP output); the rest still run. */
  shared = g_build_filename (g_getenv ("LC_SOURCE_DIR"), "..", "shared", "reference", "schedule-schema", NULL);
  if (g_file_test (shared, G_FILE_TEST_IS_DIR))
    schema_dir = g_steal_pointer (&shared);

  g_test_add_func ("/export-schedule/uuid", test_uuid);
  g_test_add ("/export-schedule/xml", LcExchangeFixture, NULL, lc_exchange_fixture_set_up, test_xml,
              lc_exchange_fixture_tear_down);
  g_test_add ("/export-schedule/json", LcExchangeFixture, NULL, lc_exchange_fixture_set_up, test_json,
              lc_exchange_fixture_tear_down);
  g_test_add ("/export-schedule/atomic", LcExchangeFixture, NULL, lc_exchange_fixture_set_up, test_atomic,
              lc_exchange_fixture_tear_down);
  g_test_add ("/export-schedule/progress", LcExchangeFixture, NULL, lc_exchange_fixture_set_up, test_progress,
              lc_exchange_fixture_tear_down);
  g_test_add ("/export-schedule/cli", LcExchangeFixture, NULL, lc_exchange_fixture_set_up, test_cli,
              lc_exchange_fixture_tear_down);

  return g_test_run ();
}
