/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-agenda-pdf.h"
#include "lc-organisation.h"
#include "lc-places.h"
#include "lc-test-convention.h"
#include "lc-test-pdf.h"
#include "lc-test-util.h"

/*
 * What the printed agenda says of where an item happens (issue 12): under
 * the room's name, where the room is, what it holds, whether it is online
 * only and the link to join (an item's own over its room's); a field
 * visit's address; and a person's organisation by the name of the
 * organisation they point at. Read back with pdftotext, which keeps Latin
 * text and digits (Arabic letters come out split, so the Arabic page is
 * checked by its digits and links).
 */

/* A library with one convention, as the rooms' tests have it. */
typedef LcTestConvention Fixture;
#define fixture_set_up lc_test_convention_set_up
#define fixture_tear_down lc_test_convention_tear_down

static gint64
add_room (Fixture    *f,
          const char *name,
          int         capacity,
          const char *location,
          gboolean    online_only,
          const char *url)
{
  g_autoptr(LcRecord) room = g_object_new (LC_TYPE_ROOM, NULL);

  lc_record_set_int (room, "convention-id", f->convention);
  lc_record_set_text (room, "name", "", name);
  lc_room_set_capacity (LC_ROOM (room), capacity);
  lc_room_set_location (LC_ROOM (room), "", location);
  lc_room_set_online_only (LC_ROOM (room), online_only);
  lc_room_set_online_url (LC_ROOM (room), url);
  return lc_test_pdf_insert (f->store, room);
}

static gint64
add_item (Fixture    *f,
          const char *title,
          int         hour,
          gint64      room,
          gint64      place,
          const char *url)
{
  g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);

  lc_record_set_int (item, "convention-id", f->convention);
  lc_record_set_text (item, "title", "", title);
  lc_record_set_string (item, "day", "2023-05-10");
  lc_record_set_int (item, "start-minute", hour * 60);
  lc_record_set_int (item, "end-minute", hour * 60 + 45);
  lc_item_set_room_id (LC_ITEM (item), room);
  lc_record_set_int (item, "place-id", place);
  lc_item_set_online_url (LC_ITEM (item), url);
  return lc_test_pdf_insert (f->store, item);
}

/* pdftotext's text of the agenda, without its spaces and line breaks
 * (which depend on where lines wrap). */
static char *
solid_text (Fixture          *f,
            LcAgendaLanguage  language)
{
  g_autofree char *pdf = g_build_filename (f->dir, "agenda.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GString *solid = g_string_new (NULL);

  g_assert_true (lc_agenda_export_pdf (f->store, f->convention, pdf, language, LC_PAPER_A4, &error));
  g_assert_no_error (error);
  text = lc_test_tool_output ("pdftotext", "-enc", "UTF-8", pdf, "-", NULL);
  if (g_test_verbose ())
    g_printerr ("%s\n", text);
  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (solid, *p);
  return g_string_free (solid, FALSE);
}

/* @words appear in @text in this order. */
static void
assert_in_order (const char         *text,
                 const char * const *words)
{
  const char *at = text;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *found = strstr (at, words[i]);

      if (found == NULL)
        g_error ("the agenda does not say “%s” after “%s”:\n%s", words[i],
                 i > 0 ? words[i - 1] : "its start", text);
      at = found + strlen (words[i]);
    }
}

/* @word is in @text exactly once. */
static void
assert_once (const char *text,
             const char *word)
{
  const char *at = strstr (text, word);

  if (at == NULL || strstr (at + 1, word) != NULL)
    g_error ("the agenda says “%s” %s:\n%s", word, at ? "more than once" : "nowhere", text);
}

/* A room's details under its name, before the item's title; the item's own
 * link instead of its room's; a bare room prints its name alone. */
static void
test_room_details (Fixture       *f,
                   gconstpointer  data)
{
  gint64 hall = add_room (f, "Main Hall", 40, "Second floor", FALSE, "https://meet.example.org/hall");
  gint64 studio = add_room (f, "Studio", 0, "", TRUE, "");
  gint64 annex = add_room (f, "Annex", 0, "", FALSE, "");
  g_autofree char *en = NULL, *ar = NULL;

  add_item (f, "Opening", 9, hall, 0, "");
  add_item (f, "Panel", 10, hall, 0, "https://meet.example.org/panel");
  add_item (f, "Webinar", 11, studio, 0, "");
  add_item (f, "Workshop", 12, annex, 0, "");

  en = solid_text (f, LC_AGENDA_LANGUAGE_ENGLISH);
  assert_in_order (en, (const char *[]) {
                     "MainHall", "Secondfloor", "Capacity:40", "https://meet.example.org/hall", "Opening",
                     "MainHall", "Secondfloor", "Capacity:40", "https://meet.example.org/panel", "Panel",
                     "Studio", "Onlineonly", "Webinar",
                     "Annex", "Workshop", NULL });
  /* The panel's own link replaces the hall's: printed once, for the opening. */
  assert_once (en, "meet.example.org/hall");
  /* The annex has nothing but its name: nothing between it and the title. */
  g_assert_nonnull (strstr (en, "AnnexWorkshop"));

  /* The Arabic page: the capacity in its digits, the links as written. */
  ar = solid_text (f, LC_AGENDA_LANGUAGE_ARABIC);
  /* pdftotext gives a right-to-left line's parts in no reliable order. */
  g_assert_nonnull (strstr (ar, "٤٠"));
  assert_once (ar, "https://meet.example.org/hall");
  assert_once (ar, "https://meet.example.org/panel");
}

/* A field visit's address under its place's name. */
static void
test_place_address (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LcRecord) plant = g_object_new (LC_TYPE_PLACE, NULL);
  g_autofree char *en = NULL;

  lc_record_set_int (plant, "convention-id", f->convention);
  lc_record_set_text (plant, "name", "", "Desalination Plant");
  lc_record_set_text (plant, "address", "", "King Fahd Road");
  add_item (f, "Visit", 14, 0, lc_test_pdf_insert (f->store, plant), "");

  en = solid_text (f, LC_AGENDA_LANGUAGE_ENGLISH);
  assert_in_order (en, (const char *[]) { "DesalinationPlant", "KingFahdRoad", "Visit", NULL });
}

static gint64
add_person (Fixture    *f,
            const char *name,
            const char *organisation,
            gint64      organisation_id,
            gint64      item)
{
  g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(LcRecord) part = g_object_new (LC_TYPE_PARTICIPATION, NULL);

  lc_record_set_int (person, "convention-id", f->convention);
  lc_record_set_text (person, "name", "", name);
  lc_record_set_text (person, "organisation", "", organisation);
  lc_person_set_organisation_id (LC_PERSON (person), organisation_id);
  lc_test_pdf_insert (f->store, person);
  lc_record_set_int (part, "item-id", item);
  lc_record_set_int (part, "person-id", lc_record_get_id (person));
  lc_record_set_int (part, "role", LC_ROLE_SPEAKER);
  return lc_test_pdf_insert (f->store, part);
}

/* A person pointing at one of the convention's organisations is printed
 * with its name, in the page's language; the typed text stays for those
 * who point at none. */
static void
test_organisation_name (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(LcOrganisation) bureau = g_object_new (LC_TYPE_ORGANISATION, NULL);
  gint64 item = add_item (f, "Keynote", 9, 0, 0, "");
  g_autofree char *en = NULL;

  lc_organisation_set_convention_id (bureau, f->convention);
  lc_organisation_set_name (bureau, "مكتب التربية العربي", "Arab Bureau of Education");
  lc_organisation_set_role (bureau, LC_ORGANISATION_ROLE_PARTNER);
  add_person (f, "Amal Haddad", "Old typed bureau", lc_test_pdf_insert (f->store, LC_RECORD (bureau)),
              item);
  add_person (f, "Omar Saleh", "Typed University", 0, item);

  en = solid_text (f, LC_AGENDA_LANGUAGE_ENGLISH);
  /* The title page lists the partner; the item's people come after it. */
  assert_in_order (en, (const char *[]) { "Keynote", "AmalHaddad", "ArabBureauofEducation",
                                          "OmarSaleh", "TypedUniversity", NULL });
  g_assert_null (strstr (en, "Oldtypedbureau"));
}

int
main (int    argc,
      char **argv)
{
  int skipped = 0;

  if (!lc_test_pdf_init (&argc, &argv, &skipped))
    return skipped;

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/agenda-pdf-rooms/room-details", test_room_details);
  ADD ("/agenda-pdf-rooms/place-address", test_place_address);
  ADD ("/agenda-pdf-rooms/organisation-name", test_organisation_name);

  return g_test_run ();
}
