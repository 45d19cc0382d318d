/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-convention-io.h"
#include "lc-error.h"
#include "lc-export-schedule.h"
#include "lc-schedule-import.h"
#include "lc-test-util.h"

/* Conference schedules of other tools (pretalx, frab) and our own export,
 * imported as a new convention: what an organiser would look at afterwards
 * (the agenda's days, times, rooms, kinds and people), the instants in UTC
 * across a change of summer time, the list of what was left out, and the
 * files refused with nothing written. */

static char *
data_path (const char *name)
{
  return g_build_filename (g_getenv ("LC_SOURCE_DIR"), "tests", "data", name, NULL);
}

static gint64
count_conventions (LcStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = lc_store_list_conventions (store, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static GPtrArray *
list_records (LcStore *store,
              GType    type,
              gint64   convention)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = lc_store_list_for_convention (store, type, convention, &error);
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    g_ptr_array_add (records, g_list_model_get_item (G_LIST_MODEL (list), i));
  return records;
}

static LcRecord *
find_item (GPtrArray  *items,
           const char *title_en)
{
  for (guint i = 0; i < items->len; i++)
    if (g_str_equal (lc_record_get_string (g_ptr_array_index (items, i), "title-en"), title_en))
      return g_ptr_array_index (items, i);

  g_error ("no item “%s”", title_en);
}

/* The people of an item, in their order, by name in @language. */
static char *
people_of (LcStore    *store,
           LcRecord   *item,
           LcLanguage  language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) parts = lc_store_list (store, LC_TYPE_PARTICIPATION, "item_id",
                                               lc_record_get_id (item), &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (parts));

  g_assert_no_error (error);
  g_ptr_array_set_size (names, n + 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) part = g_list_model_get_item (G_LIST_MODEL (parts), i);
      g_autoptr(LcRecord) person = lc_store_get (store, LC_TYPE_PERSON,
                                                 lc_record_get_int (part, "person-id"), &error);
      guint position = lc_record_get_int (part, "position");

      g_assert_no_error (error);
      g_assert_cmpuint (position, <, n);
      g_ptr_array_index (names, position) = g_strdup (lc_record_get_text (person, "name", language, NULL));
    }

  return g_strjoinv (", ", (char **) names->pdata);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The agenda as an organiser reads it, one line per item sorted by its
 * identity: what a schedule file carries, in the language it was written
 * in (rooms and people have one name there, items both titles). */
static char *
describe_agenda (LcStore    *store,
                 gint64      convention_id,
                 LcLanguage  language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) convention = lc_store_get (store, LC_TYPE_CONVENTION, convention_id, &error);
  g_autoptr(GPtrArray) items = list_records (store, LC_TYPE_ITEM, convention_id);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      LcRecord *item = g_ptr_array_index (items, i);
      gint64 room_id = lc_record_get_int (item, "room-id");
      g_autoptr(LcRecord) room = room_id ? lc_store_get (store, LC_TYPE_ROOM, room_id, &error) : NULL;
      g_autofree char *people = people_of (store, item, language);

      g_assert_no_error (error);
      g_ptr_array_add (lines, g_strdup_printf ("%s %s %d-%d %s #%d «%s» «%s» room «%s» people «%s»",
                                               lc_record_get_uid (item),
                                               lc_record_get_string (item, "day"),
                                               (int) lc_record_get_int (item, "start-minute"),
                                               (int) lc_record_get_int (item, "end-minute"),
                                               lc_enum_to_nick (LC_TYPE_ITEM_KIND, lc_record_get_int (item, "kind")),
                                               (int) lc_record_get_int (item, "number"),
                                               lc_record_get_string (item, "title-ar"),
                                               lc_record_get_string (item, "title-en"),
                                               room ? lc_record_get_text (room, "name", language, NULL) : "",
                                               people));
    }
  g_ptr_array_sort (lines, compare_lines);
  g_ptr_array_add (lines, NULL);
  joined = g_strjoinv ("\n", (char **) lines->pdata);

  return g_strdup_printf ("«%s» %s–%s %s\n%s", lc_record_get_text (convention, "title", language, NULL),
                          lc_record_get_string (convention, "start-date"),
                          lc_record_get_string (convention, "end-date"),
                          lc_record_get_string (convention, "time-zone"), joined);
}

/* A room or a person of @convention, named in Arabic and English (or ""). */
static gint64
add_named (LcStore    *store,
           GType       type,
           gint64      convention,
           const char *ar,
           const char *en,
           int         position)
{
  g_autoptr(LcRecord) record = g_object_new (type, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (record, "convention-id", convention);
  lc_record_set_text (record, "name", ar, en);
  if (position >= 0)
    lc_record_set_int (record, "position", position);
  lc_store_insert (store, record, &error);
  g_assert_no_error (error);

  return lc_record_get_id (record);
}

/* A small convention written in Arabic only, or in both languages, with
 * an item without a room and numbered sessions; in Berlin it spans the
 * start of summer time (2025-03-30). */
static gint64
add_convention (LcStore    *store,
                gboolean    bilingual,
                const char *zone)
{
  static const struct { const char *ar, *en; } rooms[] = {
    { "القاعة الكبرى", "Great Hall" }, { "قاعة ٢", "Room 2" } };
  static const struct { const char *ar, *en; } people[] = {
    { "د. سلمى الحربي", "Dr Salma Al-Harbi" }, { "خالد يوسف", "Khalid Youssef" },
    { "مريم العلي", "Maryam Al-Ali" } };
  static const struct
  {
    const char *ar, *en, *day;
    int start, end, room, number, people[3];
    LcItemKind kind;
  } items[] = {
    { "الافتتاح", "Opening", "2025-03-29", 9 * 60, 10 * 60, -1, 0, { 0, -1 }, LC_ITEM_KIND_OPENING },
    { "مدن التعلم", "Learning cities", "2025-03-29", 10 * 60, 11 * 60 + 30, 0, 1, { 1, 2, -1 }, LC_ITEM_KIND_SESSION },
    { "التعلم مدى الحياة", "Lifelong learning", "2025-03-30", 9 * 60 + 30, 10 * 60 + 15, 1, 2, { 2, 0, -1 }, LC_ITEM_KIND_SESSION },
    { "استراحة", "Break", "2025-03-30", 12 * 60, 13 * 60, 0, 0, { -1 }, LC_ITEM_KIND_BREAK },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) convention = g_object_new (LC_TYPE_CONVENTION, NULL);
  gint64 room_ids[G_N_ELEMENTS (rooms)], person_ids[G_N_ELEMENTS (people)];

  lc_record_set_text (convention, "title", "ملتقى مدن التعلم", bilingual ? "Learning Cities Forum" : "");
  lc_record_set_string (convention, "start-date", "2025-03-29");
  lc_record_set_string (convention, "end-date", "2025-03-30");
  lc_record_set_string (convention, "time-zone", zone);
  lc_store_insert (store, convention, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (rooms); i++)
    room_ids[i] = add_named (store, LC_TYPE_ROOM, lc_record_get_id (convention), rooms[i].ar,
                             bilingual ? rooms[i].en : "", i);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    person_ids[i] = add_named (store, LC_TYPE_PERSON, lc_record_get_id (convention), people[i].ar,
                               bilingual ? people[i].en : "", -1);
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);

      lc_record_set_int (item, "convention-id", lc_record_get_id (convention));
      lc_record_set_text (item, "title", items[i].ar, bilingual ? items[i].en : "");
      lc_record_set_string (item, "day", items[i].day);
      lc_record_set_int (item, "start-minute", items[i].start);
      lc_record_set_int (item, "end-minute", items[i].end);
      lc_record_set_int (item, "kind", items[i].kind);
      lc_record_set_int (item, "number", items[i].number);
      if (items[i].room >= 0)
        lc_record_set_int (item, "room-id", room_ids[items[i].room]);
      lc_store_insert (store, item, &error);
      g_assert_no_error (error);

      for (guint p = 0; p < 3 && items[i].people[p] >= 0; p++)
        {
          g_autoptr(LcRecord) part = g_object_new (LC_TYPE_PARTICIPATION, NULL);

          lc_record_set_int (part, "item-id", lc_record_get_id (item));
          lc_record_set_int (part, "person-id", person_ids[items[i].people[p]]);
          lc_record_set_int (part, "position", p);
          lc_store_insert (store, part, &error);
          g_assert_no_error (error);
        }
    }

  return lc_record_get_id (convention);
}

typedef struct
{
  const char *name;
  LcLanguage  language;   /* of the export */
  int         make;       /* 0: the sample; 1: Arabic only; 2: bilingual */
} RoundTrip;

static const RoundTrip round_trips[] = {
  { "sample-en", LC_LANGUAGE_ENGLISH, 0 },
  { "sample-ar", LC_LANGUAGE_ARABIC, 0 },
  { "arabic-only", LC_LANGUAGE_ARABIC, 1 },
  { "bilingual-en", LC_LANGUAGE_ENGLISH, 2 },
  { "bilingual-ar", LC_LANGUAGE_ARABIC, 2 },
};

/* Our export imported into another library gives back the same agenda,
 * with the same identities: the days, times, rooms, kinds, numbers, both
 * titles and the people of every item. */
static void
test_round_trip (gconstpointer data)
{
  const RoundTrip *trip = data;
  g_autofree char *dir_a = NULL, *dir_b = NULL;
  g_autoptr(LcStore) a = lc_test_open_store (&dir_a);
  g_autoptr(LcStore) b = lc_test_open_store (&dir_b);
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL, *again = NULL, *before = NULL, *after = NULL;
  g_auto(GStrv) left_out = NULL;
  gsize length;
  gint64 id, copy;

  if (trip->make == 0)
    id = lc_convention_import_file (a, g_getenv ("LC_SAMPLE"), &error);
  else
    id = add_convention (a, trip->make == 2, trip->make == 2 ? "Europe/Berlin" : "Asia/Riyadh");
  g_assert_no_error (error);

  xml = lc_export_schedule_xml_data (a, id, trip->language, &length, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  copy = lc_schedule_import_data (b, xml, length, "schedule.xml", &left_out, &error);
  g_assert_no_error (error);
  g_assert_cmpint (copy, >, 0);
  /* Nothing our export writes is lost on the way back in. */
  g_assert_cmpstrv (left_out, (const char *const[]) { NULL });

  before = describe_agenda (a, id, trip->language);
  after = describe_agenda (b, copy, trip->language);
  g_assert_cmpstr (after, ==, before);

  /* The same file through the convention import, which tells XML by its
   * beginning: the identities are this library's now, so the second copy
   * gets new ones. */
  copy = lc_convention_import_data (b, xml, length, "schedule.xml", &error);
  g_assert_no_error (error);
  g_assert_cmpint (copy, >, 0);
  again = describe_agenda (b, copy, trip->language);
  g_assert_cmpstr (again, !=, after);
  g_assert_cmpuint (strlen (again), ==, strlen (after));
}

/* The instant an item starts (or ends) in UTC, from its day and minutes on
 * the convention's clock. */
static char *
utc_of (LcRecord   *item,
        const char *zone_name,
        gboolean    end)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (zone_name);
  int minute = lc_record_get_int (item, end ? "end-minute" : "start-minute");
  GDate date;
  g_autoptr(GDateTime) local = NULL, utc = NULL;

  g_assert_true (lc_date_parse (lc_record_get_string (item, "day"), &date));
  /* 24:00 is the next day's midnight. */
  if (minute == 24 * 60)
    g_date_add_days (&date, 1);
  local = g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date),
                           (minute / 60) % 24, minute % 60, 0);
  utc = g_date_time_to_utc (local);
  return g_date_time_format (utc, "%Y-%m-%dT%H:%MZ");
}

static gint64
import_data_file (LcStore      *store,
                  const char   *name,
                  char       ***left_out)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GError) error = NULL;
  gint64 id = lc_convention_import_file_full (store, path, left_out, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
assert_item (LcStore    *store,
             GPtrArray  *items,
             const char *title,
             const char *start_utc,
             const char *end_utc,
             LcItemKind  kind,
             const char *room,
             const char *people)
{
  LcRecord *item = find_item (items, title);
  g_autofree char *start = utc_of (item, "Europe/Berlin", FALSE);
  g_autofree char *end = utc_of (item, "Europe/Berlin", TRUE);
  g_autofree char *names = people_of (store, item, LC_LANGUAGE_ENGLISH);
  gint64 room_id = lc_record_get_int (item, "room-id");
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) room_record = room_id ? lc_store_get (store, LC_TYPE_ROOM, room_id, &error) : NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (start, ==, start_utc);
  g_assert_cmpstr (end, ==, end_utc);
  g_assert_cmpint (lc_record_get_int (item, "kind"), ==, kind);
  g_assert_cmpstr (room_record ? lc_record_get_string (room_record, "name-en") : "", ==, room);
  g_assert_cmpstr (names, ==, people);
}

/* pretalx's shape: guids everywhere, links, attachments, recording,
 * tracks, languages; two days on each side of the end of summer time. */
static void
test_pretalx (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_auto(GStrv) left_out = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = import_data_file (store, "schedule-pretalx.xml", &left_out);
  g_autoptr(LcRecord) convention = lc_store_get (store, LC_TYPE_CONVENTION, id, &error);
  g_autoptr(GPtrArray) items = list_records (store, LC_TYPE_ITEM, id);
  g_autoptr(GPtrArray) rooms = list_records (store, LC_TYPE_ROOM, id);
  g_autoptr(GPtrArray) people = list_records (store, LC_TYPE_PERSON, id);
  LcRecord *item;

  g_assert_no_error (error);
  g_assert_cmpstr (lc_record_get_string (convention, "title-en"), ==, "Civic Tech Days 2026");
  g_assert_cmpstr (lc_record_get_string (convention, "start-date"), ==, "2026-10-24");
  g_assert_cmpstr (lc_record_get_string (convention, "end-date"), ==, "2026-10-25");
  g_assert_cmpstr (lc_record_get_string (convention, "time-zone"), ==, "Europe/Berlin");
  g_assert_cmpuint (items->len, ==, 7);
  g_assert_cmpuint (rooms->len, ==, 3);
  /* Dana, Omar and Léa, each named by two events, are one person each. */
  g_assert_cmpuint (people->len, ==, 3);

  /* Summer time (UTC+2) on the first day, winter time (UTC+1) on the
   * second; an event written in UTC is on the conference's clock. */
  assert_item (store, items, "Welcome and opening", "2026-10-24T08:00Z", "2026-10-24T08:45Z",
               LC_ITEM_KIND_OPENING, "Main Hall", "Dana Weiss");
  assert_item (store, items, "Learning neighbourhoods", "2026-10-24T09:00Z", "2026-10-24T10:00Z",
               LC_ITEM_KIND_SESSION, "Main Hall", "Dana Weiss, Omar Haddad");
  assert_item (store, items, "Mapping a city's learning places", "2026-10-24T12:00Z", "2026-10-24T13:30Z",
               LC_ITEM_KIND_WORKSHOP, "Workshop Room", "Léa Martin");
  assert_item (store, items, "Cities that learn", "2026-10-25T09:00Z", "2026-10-25T10:00Z",
               LC_ITEM_KIND_SESSION, "Main Hall", "Omar Haddad");
  assert_item (store, items, "Open data for adult education", "2026-10-25T10:30Z", "2026-10-25T11:15Z",
               LC_ITEM_KIND_SESSION, "Workshop Room", "Léa Martin");
  assert_item (store, items, "Coffee break", "2026-10-25T11:30Z", "2026-10-25T12:00Z",
               LC_ITEM_KIND_BREAK, "Terrace", "");
  /* A meetup is no kind of ours; its walk past midnight ends at midnight. */
  assert_item (store, items, "Night walk through the old town", "2026-10-24T21:30Z", "2026-10-24T22:00Z",
               LC_ITEM_KIND_OTHER, "Main Hall", "");

  item = find_item (items, "Open data for adult education");
  g_assert_cmpstr (lc_record_get_string (item, "day"), ==, "2026-10-25");
  g_assert_cmpint (lc_record_get_int (item, "start-minute"), ==, 11 * 60 + 30);

  /* A guid in the form of a UUID is the item's identity (in our spelling);
   * another one gives way to a new identity. */
  g_assert_cmpstr (lc_record_get_uid (find_item (items, "Welcome and opening")), ==,
                   "0b6e4a52-1f0c-5c3e-8d7a-3a9b2c1d4e01");
  g_assert_cmpstr (lc_record_get_uid (find_item (items, "Cities that learn")), ==,
                   "0b6e4a52-1f0c-5c3e-8d7a-3a9b2c1d4e05");
  g_assert_true (lc_uid_is_valid (lc_record_get_uid (item)));
  g_assert_false (g_str_has_prefix (lc_record_get_uid (item), "0b6e4a52"));
  g_assert_cmpstr (lc_record_get_uid (g_ptr_array_index (rooms, 0)), ==, "6f1c3c1e-2a55-5d2b-9a63-0c5b8a2f4e11");

  /* The abstract, then the longer description. */
  g_assert_cmpstr (lc_record_get_string (find_item (items, "Learning neighbourhoods"), "description-en"), ==,
                   "How three cities opened their libraries to evening classes.\n\n"
                   "A longer account, with the numbers of each city.");
  g_assert_cmpstr (lc_record_get_string (find_item (items, "Mapping a city's learning places"), "description-en"),
                   ==, "Bring a laptop.");

  g_assert_cmpstrv (left_out, ((const char *const[]) {
    "2 events’ links were not imported.",
    "1 event’s attachments were not imported.",
    "7 events’ recording settings were not imported.",
    "5 events’ tracks were not imported.",
    "5 events’ languages were not imported.",
    "1 event’s subtitle was not imported.",
    "7 events’ web addresses were not imported.",
    "1 event has a type with no matching kind of item and is now of the kind “Other”.",
    "1 event ran on past midnight and now ends at midnight.",
    "The conference’s 2 tracks were not imported.",
    "The conference’s <base_url> was not imported.",
    "The conference’s <logo> was not imported.",
    NULL }));
}

/* frab's shape: no generator, persons known by their id alone, an event
 * without <date> (its day's date and start on the conference's clock), an
 * Arabic title with its English subtitle; across the start of summer time. */
static void
test_frab (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_auto(GStrv) left_out = NULL;
  gint64 id = import_data_file (store, "schedule-frab.xml", &left_out);
  g_autoptr(GPtrArray) items = list_records (store, LC_TYPE_ITEM, id);
  g_autoptr(GPtrArray) people = list_records (store, LC_TYPE_PERSON, id);
  LcRecord *arabic;

  g_assert_cmpuint (items->len, ==, 3);
  g_assert_cmpuint (people->len, ==, 3);

  assert_item (store, items, "Eröffnung", "2026-03-28T08:30Z", "2026-03-28T09:00Z", LC_ITEM_KIND_SESSION,
               "Saal 1", "Anna Schmidt");
  assert_item (store, items, "Die lernende Stadt", "2026-03-28T09:00Z", "2026-03-28T10:00Z", LC_ITEM_KIND_SESSION,
               "Saal 1", "Anna Schmidt, Jonas Berg");
  assert_item (store, items, "Learning cities in the Arab world", "2026-03-29T08:00Z", "2026-03-29T08:45Z",
               LC_ITEM_KIND_WORKSHOP, "Saal 2", "Jonas Berg, ليلى أحمد");

  arabic = find_item (items, "Learning cities in the Arab world");
  g_assert_cmpstr (lc_record_get_string (arabic, "title-ar"), ==, "مدن التعلم في العالم العربي");
  g_assert_cmpstrv (left_out, ((const char *const[]) { "2 events’ languages were not imported.", NULL }));
}

/* A conference with a good title and zone, around @days. */
#define SCHEDULE(days) \
  "<?xml version=\"1.0\"?>\n<schedule>\n<conference>\n<title>Forum</title>\n" \
  "<start>2026-05-04</start>\n<end>2026-05-05</end>\n<time_zone_name>Asia/Riyadh</time_zone_name>\n" \
  "</conference>\n" days "</schedule>\n"
/* A day with one event whose insides are @event. */
#define EVENT(event) "<day index=\"1\" date=\"2026-05-04\">\n<room name=\"Hall\">\n<event>\n" event \
  "</event>\n</room>\n</day>\n"
#define GOOD_TIME "<date>2026-05-04T10:00:00+03:00</date>\n<duration>00:30</duration>\n"

typedef struct
{
  const char *name;
  const char *xml;
  const char *message;   /* a part of the message, with the line where there is one */
} Refusal;

static const Refusal refusals[] = {
  { "wrong-root", "<?xml version=\"1.0\"?>\n<html><body/></html>",
    "case.xml: line 2: this is not a conference schedule (its first element is <html>" },
  { "no-conference", "<schedule>\n<version>1</version>\n</schedule>",
    "case.xml: line 1: the schedule has no <conference> element" },
  { "no-events", SCHEDULE ("<day index=\"1\" date=\"2026-05-04\"><room name=\"Hall\"/></day>\n"),
    "case.xml: the schedule has no events: there is nothing to import" },
  { "no-title", "<schedule><conference><time_zone_name>UTC</time_zone_name></conference></schedule>",
    "case.xml: line 1: the conference has no <title>" },
  { "no-zone", "<schedule>\n<conference><title>Forum</title></conference></schedule>",
    "case.xml: line 2: the conference names no time zone" },
  { "unknown-zone", "<schedule>\n<conference><title>F</title><time_zone_name>Mars/Olympus</time_zone_name>"
    "</conference></schedule>", "case.xml: line 2: the conference’s time zone “Mars/Olympus”" },
  { "event-no-title", SCHEDULE (EVENT (GOOD_TIME)), "case.xml: line 11: an event has no title" },
  { "event-no-time", SCHEDULE (EVENT ("<title>Talk</title><duration>00:30</duration>")),
    "case.xml: line 11: the event “Talk” has no date and time that can be read" },
  { "event-bad-date", SCHEDULE (EVENT ("<title>Talk</title><date>Monday</date><duration>00:30</duration>")),
    "case.xml: line 11: the event “Talk” has no date and time that can be read" },
  { "event-bad-duration", SCHEDULE (EVENT ("<title>Talk</title><date>2026-05-04T10:00:00+03:00</date>"
                                           "<duration>half an hour</duration>")),
    "case.xml: line 11: the event “Talk” has the duration “half an hour”" },
  { "event-no-duration", SCHEDULE (EVENT ("<title>Talk</title><date>2026-05-04T10:00:00+03:00</date>"
                                          "<duration>00:00</duration>")),
    "case.xml: line 11: the event “Talk” lasts 00:00: an agenda item must end after it starts" },
  { "too-many-days", SCHEDULE ("<day/><day/><day/><day/><day/><day/><day/><day/><day/><day/>"
                               "<day/><day/><day/><day/><day/><day/><day/><day/><day/><day/>"
                               "<day/><day/><day/><day/><day/><day/><day/><day/><day/><day/>"
                               "<day/><day/>"),
    "case.xml: line 9: the schedule has more than 31 days" },
  { "not-closed", "<?xml version=\"1.0\"?>\n<schedule>\n<conference>\n<title>Forum</title>\n",
    "case.xml: line 5: the file is not well-formed XML" },
};

/* Each file is refused with a message naming it and the line, and the
 * library stays as it was: no convention is added. */
static void
test_refusal (gconstpointer data)
{
  const Refusal *refusal = data;
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) left_out = NULL;
  gint64 id = lc_schedule_import_data (store, refusal->xml, strlen (refusal->xml), "case.xml",
                                       &left_out, &error);

  g_assert_cmpint (id, ==, 0);
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
  if (strstr (error->message, refusal->message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, refusal->message);
  g_assert_null (left_out);
  g_assert_cmpint (count_conventions (store), ==, 0);
}

/* What the convention import sends to the schedule reader: XML after a
 * byte order mark and white space, and nothing else. */
static void
test_recognise (void)
{
  g_assert_true (lc_schedule_import_recognise ("<?xml version=\"1.0\"?><schedule/>", 32));
  g_assert_true (lc_schedule_import_recognise ("\xef\xbb\xbf \n\t<schedule>", 19));
  g_assert_true (lc_schedule_import_recognise ("\r\n<?xml", 7));
  g_assert_false (lc_schedule_import_recognise ("{\"format\": \"x\"}", 16));
  g_assert_false (lc_schedule_import_recognise ("<html>", 6));
  g_assert_false (lc_schedule_import_recognise ("<?xm", 4));
  g_assert_false (lc_schedule_import_recognise ("", 0));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (round_trips); i++)
    {
      g_autofree char *name = g_strdup_printf ("/schedule-import/round-trip/%s", round_trips[i].name);

      g_test_add_data_func (name, &round_trips[i], test_round_trip);
    }
  g_test_add_func ("/schedule-import/pretalx", test_pretalx);
  g_test_add_func ("/schedule-import/frab", test_frab);
  g_test_add_func ("/schedule-import/recognise", test_recognise);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *name = g_strdup_printf ("/schedule-import/refusal/%s", refusals[i].name);

      g_test_add_data_func (name, &refusals[i], test_refusal);
    }

  return g_test_run ();
}
