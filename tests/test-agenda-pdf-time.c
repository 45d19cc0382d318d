/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-agenda-pdf.h"
#include "lc-test-pdf.h"
#include "lc-test-util.h"

/* The local time the agenda PDF prints, read back with pdftotext: the title
 * block's offset is the first day's, and a day after a change of the
 * clocks (tzdata's own rules, through GTimeZone) says its own under its
 * date. Arabic letters come out of pdftotext split, so the Arabic pages are
 * checked by their digits, which it keeps whole. */

static gint64
add_item (LcStore    *store,
          gint64      convention,
          const char *day,
          const char *title)
{
  g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (item, "convention-id", convention);
  lc_record_set_text (item, "title", "", title);
  lc_record_set_string (item, "day", day);
  lc_record_set_int (item, "start-minute", 10 * 60);
  lc_record_set_int (item, "end-minute", 11 * 60);
  lc_store_insert (store, item, &error);
  g_assert_no_error (error);

  return lc_record_get_id (item);
}

static gint64
add_convention (LcStore    *store,
                const char *zone,
                const char *start,
                const char *end)
{
  gint64 id = lc_test_add_convention (store, "Clocks Convention", start, end);
  g_autoptr(LcRecord) c = lc_store_get (store, LC_TYPE_CONVENTION, id, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_string (c, "time-zone", zone);
  lc_store_update (store, c, &error);
  g_assert_no_error (error);

  return id;
}

/* pdftotext's text of the agenda of @id in @language; the first page is
 * left as @png in <build>/artefacts/pdf/ for people to look at. */
static char *
agenda_text (LcStore          *store,
             gint64            id,
             const char       *dir,
             LcAgendaLanguage  language,
             const char       *png)
{
  g_autofree char *pdf = g_build_filename (dir, "agenda.pdf", NULL);
  g_autoptr(LcAgenda) agenda = NULL;
  g_autoptr(GError) error = NULL;
  char *text;

  agenda = lc_agenda_load (store, id, &error);
  g_assert_no_error (error);
  g_assert_true (lc_agenda_write_pdf (agenda, pdf, language, LC_DIGITS_DEFAULT, LC_PAPER_A4,
                                      &error));
  g_assert_no_error (error);
  text = lc_test_tool_output ("pdftotext", "-enc", "UTF-8", pdf, "-", NULL);
  if (png != NULL)
    lc_test_pdf_save_pngs (pdf, png, 1);
  if (g_test_verbose ())
    g_printerr ("%s\n", text);

  return text;
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* The text of each day, from its date to the next day's: @dates[i] is how
 * pdftotext gives day i's date. The days start after the title block (the
 * line of its time zone), which names the first and last dates too. */
static GStrv
split_days (const char        *text,
            const char *const *dates,
            guint              n_days)
{
  GStrv days = g_new0 (char *, n_days + 1);
  const char *from = strstr (text, "(UTC");

  g_assert_nonnull (from);
  from = strstr (from, dates[0]);
  for (guint i = 0; i < n_days; i++)
    {
      const char *to = i + 1 < n_days ? strstr (from, dates[i + 1]) : text + strlen (text);

      g_assert_nonnull (from);
      g_assert_nonnull (to);
      days[i] = g_strndup (from, to - from);
      from = to;
    }

  return days;
}

/* Europe/Paris moves from UTC+01:00 to UTC+02:00 at 02:00 on Sunday
 * 30 March 2025: the third day of a convention from Friday 28 March to
 * Tuesday 1 April. */
static void
test_paris_spring (void)
{
  static const char *const dates_en[] = {
    "28 March 2025", "29 March 2025", "30 March 2025", "31 March 2025", "1 April 2025",
  };
  static const gboolean summer[] = { FALSE, FALSE, TRUE, TRUE, TRUE };
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 id = add_convention (store, "Europe/Paris", "2025-03-28", "2025-04-01");
  g_autofree char *en = NULL, *ar = NULL, *both = NULL;
  g_auto(GStrv) days = NULL;

  add_item (store, id, "2025-03-29", "Saturday Workshop");
  add_item (store, id, "2025-03-30", "Sunday Plenary");

  /* English: the title block gives the first day's offset, each day from
   * the change on gives its own, and the days before it none. */
  en = agenda_text (store, id, dir, LC_AGENDA_LANGUAGE_ENGLISH, "clocks-en");
  g_assert_nonnull (strstr (en, "Europe/Paris (UTC+01:00)"));
  days = split_days (en, dates_en, G_N_ELEMENTS (dates_en));
  for (guint i = 0; i < G_N_ELEMENTS (dates_en); i++)
    {
      g_assert_cmpuint (count (days[i], "Local time on this day"), ==, summer[i] ? 1 : 0);
      if (summer[i])
        g_assert_nonnull (strstr (days[i], "Local time on this day: UTC+02:00"));
      g_assert_cmpuint (count (days[i], "UTC"), ==, summer[i] ? 1 : 0);
    }
  g_assert_nonnull (strstr (days[2], "Sunday Plenary"));

  /* Arabic, in its own digits: "+٠١:٠٠" once (the title block), and
   * "UTC+٠٢:٠٠" three times, in that order (the offset is not thrown
   * before "UTC" by the right-to-left line), after the third day's date
   * ("٣٠", the only thirtieth) and none before it. */
  ar = agenda_text (store, id, dir, LC_AGENDA_LANGUAGE_ARABIC, "clocks-ar");
  g_assert_cmpuint (count (ar, "+٠١:٠٠"), ==, 1);
  g_assert_cmpuint (count (ar, "UTC+٠٢:٠٠"), ==, 3);
  g_assert_nonnull (strstr (ar, "٣٠"));
  g_assert_null (g_strstr_len (ar, strstr (ar, "٣٠") - ar, "UTC+٠٢:٠٠"));
  g_assert_null (strstr (ar, "+02:00"));
  g_assert_null (strstr (ar, "Local time on this day"));

  /* Both languages: each column says it, in its own digits. */
  both = agenda_text (store, id, dir, LC_AGENDA_LANGUAGE_BILINGUAL, "clocks-bilingual");
  g_assert_cmpuint (count (both, "Local time on this day: UTC+02:00"), ==, 3);
  g_assert_cmpuint (count (both, "UTC+٠٢:٠٠"), ==, 3);

  lc_test_remove_tree (dir);
}

/* A convention with no change of the clocks keeps the single line, in the
 * title block; so does one whose zone has no summer time at all. */
static void
test_no_change (void)
{
  static const struct { const char *zone, *start, *end, *line; } cases[] = {
    { "Europe/Paris", "2025-04-02", "2025-04-05", "Europe/Paris (UTC+02:00)" },
    { "Asia/Riyadh", "2025-03-28", "2025-04-01", "Asia/Riyadh (UTC+03:00)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dir = NULL;
      g_autoptr(LcStore) store = lc_test_open_store (&dir);
      gint64 id = add_convention (store, cases[i].zone, cases[i].start, cases[i].end);
      g_autofree char *en = NULL, *ar = NULL;

      add_item (store, id, cases[i].end, "Closing");
      en = agenda_text (store, id, dir, LC_AGENDA_LANGUAGE_ENGLISH, NULL);
      g_assert_nonnull (strstr (en, cases[i].line));
      g_assert_cmpuint (count (en, "UTC"), ==, 1);
      g_assert_null (strstr (en, "Local time on this day"));
      ar = agenda_text (store, id, dir, LC_AGENDA_LANGUAGE_ARABIC, NULL);
      g_assert_cmpuint (count (ar, "UTC"), ==, 1);

      lc_test_remove_tree (dir);
    }
}

/* Morocco leaves UTC+01:00 for UTC+00:00 during Ramadan (from 03:00 on
 * Sunday 23 February 2025): the issue's own case, with the clocks going
 * back, and an item on a day outside the convention, whose heading says
 * its offset too. */
static void
test_casablanca_ramadan (void)
{
  static const char *const dates_en[] = {
    "21 February 2025", "22 February 2025", "23 February 2025", "24 February 2025",
  };
  static const guint changed[] = { 0, 0, 1, 1 };
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 id = add_convention (store, "Africa/Casablanca", "2025-02-21", "2025-02-23");
  g_autofree char *en = NULL;
  g_auto(GStrv) days = NULL;

  add_item (store, id, "2025-02-24", "The Day After");
  en = agenda_text (store, id, dir, LC_AGENDA_LANGUAGE_ENGLISH, NULL);
  g_assert_nonnull (strstr (en, "Africa/Casablanca (UTC+01:00)"));
  days = split_days (en, dates_en, G_N_ELEMENTS (dates_en));
  for (guint i = 0; i < G_N_ELEMENTS (dates_en); i++)
    g_assert_cmpuint (count (days[i], "Local time on this day: UTC+00:00"), ==, changed[i]);

  lc_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  int skipped = 0;

  if (!lc_test_pdf_init (&argc, &argv, &skipped))
    return skipped;

  g_test_add_func ("/pdf-time/paris-spring", test_paris_spring);
  g_test_add_func ("/pdf-time/no-change", test_no_change);
  g_test_add_func ("/pdf-time/casablanca-ramadan", test_casablanca_ramadan);

  return g_test_run ();
}
