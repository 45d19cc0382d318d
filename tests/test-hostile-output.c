/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <fribidi.h>
#include <string.h>

#include "lc-agenda-pdf-private.h"
#include "lc-declaration-pdf.h"
#include "lc-declaration.h"
#include "lc-error.h"
#include "lc-export-common.h"
#include "lc-export-ics.h"
#include "lc-export-schedule.h"
#include "lc-test-exchange.h"
#include "lc-text.h"

/*
 * Text that broke output (issue 20, points 6, 14, 15 and 16): stacked
 * accents and huge titles that stopped layout for minutes, non-characters
 * that made every PDF export fail, an unclosed right-to-left override that
 * turned the names after it around, control characters shown as boxes, and
 * a calendar name with its commas unescaped. What is stored stays exactly as
 * it was; only what is laid out or written out changes.
 */

#define RLO "\342\200\256"   /* U+202E RIGHT-TO-LEFT OVERRIDE, left open */
#define FSI "\342\201\250"
#define PDI "\342\201\251"

typedef struct
{
  char    *dir;
  LcStore *store;
  gint64   convention;
  gint64   item;
} Fixture;

/* The cases read the output with other people's programs; where one is
 * missing (poppler-utils or python3-icalendar in the Flatpak SDK, where
 * flatpak-builder runs the tests) the case says so and skips. */
static gboolean
have_poppler (void)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdfinfo != NULL && pdftotext != NULL)
    return TRUE;
  g_test_skip ("poppler-utils (pdfinfo, pdftotext) is missing; see build-aux/install-deps.sh");
  return FALSE;
}

static gboolean
have_icalendar (void)
{
  const char *probe[] = { lc_exchange_python (), "-c", "import icalendar", NULL };
  g_autofree char *out = NULL, *err = NULL;

  if (lc_exchange_run (probe, &out, &err) == 0)
    return TRUE;
  g_test_skip ("python3-icalendar is missing; see build-aux/install-deps.sh");
  return FALSE;
}

static LcRecord *
add_person (Fixture    *f,
            const char *name)
{
  LcRecord *person = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (person, "convention-id", f->convention);
  lc_record_set_text (person, "name", "", name);
  g_assert_true (lc_store_insert (f->store, person, &error));
  return person;
}

static void
add_speaker (Fixture  *f,
             LcRecord *person)
{
  g_autoptr(LcRecord) part = g_object_new (LC_TYPE_PARTICIPATION, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (part, "item-id", f->item);
  lc_record_set_int (part, "person-id", lc_record_get_id (person));
  lc_record_set_int (part, "role", LC_ROLE_SPEAKER);
  g_assert_true (lc_store_insert (f->store, part, &error));
}

/* A convention whose title and whose one item's title are @title. */
static void
set_up (Fixture    *f,
        const char *title)
{
  g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
  g_autoptr(GError) error = NULL;

  f->store = lc_test_open_store (&f->dir);
  f->convention = lc_test_add_convention (f->store, "Convention", "2024-03-01", "2024-03-02");
  {
    g_autoptr(LcRecord) c = lc_store_get (f->store, LC_TYPE_CONVENTION, f->convention, &error);

    lc_record_set_text (c, "title", title, title);
    g_assert_true (lc_store_update (f->store, c, &error));
  }
  lc_record_set_int (item, "convention-id", f->convention);
  lc_record_set_text (item, "title", title, title);
  lc_record_set_string (item, "day", "2024-03-01");
  lc_record_set_int (item, "start-minute", 540);
  lc_record_set_int (item, "end-minute", 600);
  g_assert_true (lc_store_insert (f->store, item, &error));
  f->item = lc_record_get_id (item);
}

static void
tear_down (Fixture *f)
{
  g_clear_object (&f->store);
  lc_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* ---- Point 14: non-characters ---- */

static void
test_pdf_noncharacters (void)
{
  Fixture f = { 0 };
  g_autofree char *pdf = NULL, *info = NULL, *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) person = NULL;

  if (!have_poppler ())
    return;

  /* U+FDD0, U+FFFE, U+1FFFF: every PDF export failed with "Input/output error". */
  set_up (&f, "Title \357\267\220 with \357\277\276 non\360\237\277\277characters");
  person = add_person (&f, "Na\357\267\257me");
  add_speaker (&f, person);
  pdf = g_build_filename (f.dir, "b.pdf", NULL);

  g_assert_true (lc_agenda_export_pdf (f.store, f.convention, pdf, LC_AGENDA_LANGUAGE_BILINGUAL,
                                       LC_PAPER_A4, &error));
  g_assert_no_error (error);
  info = lc_test_tool_output ("pdfinfo", pdf, NULL);
  g_assert_nonnull (strstr (info, "Title:           Title  with  noncharacters / Title  with  noncharacters"));
  text = lc_test_tool_output ("pdftotext", "-enc", "UTF-8", pdf, "-", NULL);
  g_assert_nonnull (strstr (text, "Name"));

  /* The library keeps them. */
  {
    g_autoptr(LcRecord) c = lc_store_get (f.store, LC_TYPE_CONVENTION, f.convention, &error);

    g_assert_nonnull (strstr (lc_record_get_string (c, "title-en"), "\357\267\220"));
  }
  tear_down (&f);
}

static gboolean
draw_bad_metadata (cairo_surface_t  *surface,
                   double            width,
                   double            height,
                   gpointer          user_data,
                   GError          **error)
{
  cairo_t *cr = cairo_create (surface);

  /* What cairo itself refuses, as the export once handed it. */
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, "A \357\267\220 title");
  cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, "An \357\277\276 outline",
                                 "page=1 pos=[0 0]", 0);
  cairo_show_page (cr);
  cairo_destroy (cr);
  return TRUE;
}

/* A failure of the renderer is not a failure of the disk. */
static void
test_pdf_renderer_error (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "b.pdf", NULL);
  g_autoptr(GError) error = NULL;

  if (lc_pdf_write_file (pdf, LC_PAPER_A4, draw_bad_metadata, NULL, &error))
    {
      /* A newer cairo may take them: then there is nothing to report. */
      g_test_message ("this cairo writes non-characters in metadata");
    }
  else
    {
      g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
      g_assert_nonnull (strstr (error->message, "the renderer failed"));
      g_assert_null (strstr (error->message, "Input/output"));
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    }
  lc_test_remove_tree (dir);
}

/* ---- Point 16: control characters ---- */

static void
test_pdf_control_characters (void)
{
  Fixture f = { 0 };
  g_autofree char *pdf = NULL, *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) person = NULL;

  if (!have_poppler ())
    return;

  set_up (&f, "Session");
  /* U+0001, U+0007 and U+009B came in from imported names. */
  person = add_person (&f, "Con\001tr\007ol\302\233led");
  add_speaker (&f, person);
  pdf = g_build_filename (f.dir, "people.pdf", NULL);

  g_assert_true (lc_agenda_export_pdf (f.store, f.convention, pdf, LC_AGENDA_LANGUAGE_ENGLISH,
                                       LC_PAPER_A4, &error));
  g_assert_no_error (error);
  text = lc_test_tool_output ("pdftotext", "-enc", "UTF-8", pdf, "-", NULL);
  g_assert_nonnull (strstr (text, "Controlled"));
  g_assert_null (strchr (text, '\001'));
  g_assert_null (strchr (text, '\007'));
  tear_down (&f);
}

/* ---- Point 6: what is laid out is bounded ---- */

static void
test_layout_caps (void)
{
  g_autoptr(GString) accents = g_string_new ("a");
  g_autoptr(GString) huge = g_string_sized_new (1024 * 1024);
  const char *cases[2];

  if (!have_poppler ())
    return;

  for (guint i = 0; i < 20000; i++)
    g_string_append (accents, "\314\201");   /* U+0301 COMBINING ACUTE ACCENT */
  for (guint i = 0; i < 1024 * 1024; i++)
    g_string_append_c (huge, 'x');
  cases[0] = accents->str;
  cases[1] = huge->str;

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      Fixture f = { 0 };
      g_autofree char *pdf = NULL, *text = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start;
      double seconds;

      set_up (&f, cases[c]);
      pdf = g_build_filename (f.dir, "long.pdf", NULL);
      start = g_get_monotonic_time ();
      g_assert_true (lc_agenda_export_pdf (f.store, f.convention, pdf, LC_AGENDA_LANGUAGE_ENGLISH,
                                           LC_PAPER_A4, &error));
      g_assert_no_error (error);
      seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
      g_test_message ("%s: printed in %.2f s", c == 0 ? "20,000 accents" : "1 MB without spaces", seconds);
      /* Before: 2.8 s and 71 s. Generous, for a loaded machine and the
       * sanitizers; without the caps the second takes over a minute. */
      g_assert_cmpfloat (seconds, <, 30);

      /* The page says the text was shortened; the library has all of it. */
      if (c == 1)
        {
          text = lc_test_tool_output ("pdftotext", "-enc", "UTF-8", pdf, "-", NULL);
          g_assert_nonnull (strstr (text, "shortened here"));
        }
      {
        g_autoptr(LcRecord) item = lc_store_get (f.store, LC_TYPE_ITEM, f.item, &error);

        g_assert_cmpstr (lc_record_get_string (item, "title-en"), ==, cases[c]);
        /* What the window shows. */
        g_assert_cmpuint (g_utf8_strlen (lc_record_get_display_text (item, "title", LC_LANGUAGE_ENGLISH, NULL), -1),
                          <=, LC_TEXT_MAX_SCREEN_CHARS + LC_TEXT_MAX_SCREEN_CHARS / LC_TEXT_MAX_RUN + 100);
      }
      tear_down (&f);
    }

  /* Stacked on one letter: no more than LC_TEXT_MAX_MARKS. */
  {
    g_autofree char *shown = lc_text_for_display (accents->str, LC_TEXT_MAX_PRINT_CHARS, NULL);

    g_assert_cmpuint (g_utf8_strlen (shown, -1), ==, 1 + LC_TEXT_MAX_MARKS);
  }
}

/* ---- Point 15: names are isolated wherever they are joined ---- */

/* The line as it is seen, left to right, after the Unicode bidi algorithm. */
static char *
visual (const char *text)
{
  glong n = g_utf8_strlen (text, -1);
  g_autofree FriBidiChar *logical = g_new (FriBidiChar, n + 1);
  g_autofree FriBidiChar *shown = g_new (FriBidiChar, n + 1);
  FriBidiParType direction = FRIBIDI_PAR_LTR;
  const char *p = text;
  GString *out = g_string_new (NULL);

  for (glong i = 0; i < n; i++, p = g_utf8_next_char (p))
    logical[i] = g_utf8_get_char (p);
  g_assert_true (fribidi_log2vis (logical, n, &direction, shown, NULL, NULL, NULL));
  for (glong i = 0; i < n; i++)
    g_string_append_unichar (out, shown[i]);
  return g_string_free (out, FALSE);
}

static void
test_names_isolated (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(LcExportAgenda) agenda = NULL;
  g_autoptr(LcRecord) item = NULL;
  g_autofree char *people = NULL, *seen = NULL, *ics = NULL;
  const char *names[] = { "Alice Smith", "Bob Jones" RLO, "Eve Unclosed" };

  set_up (&f, "Session");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(LcRecord) person = add_person (&f, names[i]);

      add_speaker (&f, person);
    }

  agenda = lc_export_agenda_load (f.store, f.convention, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  item = lc_store_get (f.store, LC_TYPE_ITEM, f.item, &error);
  people = lc_export_agenda_people_text (agenda, item, LC_LANGUAGE_ENGLISH);
  g_assert_nonnull (strstr (people, FSI "Bob Jones" RLO PDI));

  /* Read as a person reads it: Eve's name is not turned around (it read
   * "Eve Unclosed senoJ boB ,htimS ecilA" in the agenda row). */
  seen = visual (people);
  g_test_message ("shown as: %s", seen);
  g_assert_nonnull (strstr (seen, "Eve Unclosed"));
  g_assert_nonnull (strstr (seen, "Alice Smith"));

  /* The calendar carries the same isolated names. */
  ics = lc_export_ics_data (f.store, f.convention, LC_LANGUAGE_ENGLISH, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GString) unfolded = g_string_new (NULL);

    for (const char *p = ics; *p; p++)
      if (p[0] == '\r' && p[1] == '\n' && p[2] == ' ')
        p += 2;
      else
        g_string_append_c (unfolded, *p);
    g_assert_nonnull (strstr (unfolded->str, FSI "Bob Jones" RLO PDI));
  }
  tear_down (&f);
}

/* ---- Point 16: the calendar's name is escaped ---- */

static void
test_ics_calendar_name (void)
{
  Fixture f = { 0 };
  g_autofree char *ics = NULL, *path = NULL, *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *script = "import sys, icalendar\n"
                       "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                       "print(str(cal['X-WR-CALNAME']), end='')\n";
  const char *long_title = "Conférence, réunion; et \\ tout — "
                           "a long title that needs folding at seventy-five octets, in UTF-8 مؤتمر";

  if (!have_icalendar ())
    return;

  set_up (&f, long_title);
  ics = lc_export_ics_data (f.store, f.convention, LC_LANGUAGE_ENGLISH, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (ics, "X-WR-CALNAME:Conférence\\, réunion\\; et \\\\ tout"));

  /* Every line is at most 75 octets (RFC 5545, 3.1). */
  {
    g_auto(GStrv) lines = g_strsplit (ics, "\r\n", -1);

    for (guint i = 0; lines[i]; i++)
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
  }

  /* Another program reads the title back whole. */
  path = g_build_filename (f.dir, "c.ics", NULL);
  g_assert_true (g_file_set_contents (path, ics, -1, NULL));
  {
    const char *argv[] = { lc_exchange_python (), "-c", script, path, NULL };

    g_assert_cmpint (lc_exchange_run (argv, &out, &err), ==, 0);
  }
  g_assert_cmpstr (out, ==, long_title);
  tear_down (&f);
}

/* Exports drop what XML, JSON and iCalendar may not carry, and turn bytes
 * that are not UTF-8 into U+FFFD; a text with none of it is copied as it
 * is (the quick path), and one with any goes through the slow one. */
static void
test_clean_text (void)
{
  static const struct
  {
    const char *text;
    const char *clean;
  } cases[] = {
    { "", "" },
    { "plain\tand\nlines", "plain\tand\nlines" },
    { "\xd9\x85\xd8\xaf\xd9\x8a\xd9\x86\xd8\xa9 " RLO, "\xd9\x85\xd8\xaf\xd9\x8a\xd9\x86\xd8\xa9 " RLO },
    { "a\x01" "b\x1f" "c\x7f" "d\re", "abcde" },
    { "non\xef\xbf\xbe-char\xef\xbf\xbf" "acters \xef\xbf\xbd kept", "non-characters \xef\xbf\xbd kept" },
    { "U+FFFD \xef\xbf\xbc and U+FEFF \xef\xbb\xbf stay", "U+FFFD \xef\xbf\xbc and U+FEFF \xef\xbb\xbf stay" },
    { "bad \xff byte", "bad \xef\xbf\xbd byte" },
    { "cut short \xc3", "cut short \xef\xbf\xbd" },
    { "bad \xff and \x02 control", "bad \xef\xbf\xbd and  control" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *clean = lc_export_clean_text (cases[i].text);

      g_assert_cmpstr (clean, ==, cases[i].clean);
    }
  {
    g_autofree char *none = lc_export_clean_text (NULL);

    g_assert_cmpstr (none, ==, "");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile-output/pdf/non-characters", test_pdf_noncharacters);
  g_test_add_func ("/hostile-output/pdf/renderer-error", test_pdf_renderer_error);
  g_test_add_func ("/hostile-output/pdf/control-characters", test_pdf_control_characters);
  g_test_add_func ("/hostile-output/layout/caps", test_layout_caps);
  g_test_add_func ("/hostile-output/names/isolated", test_names_isolated);
  g_test_add_func ("/hostile-output/ics/calendar-name", test_ics_calendar_name);
  g_test_add_func ("/hostile-output/export/clean-text", test_clean_text);

  return g_test_run ();
}
