/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <math.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "lc-agenda-pdf-private.h"
#include "lc-convention-io.h"
#include "lc-test-util.h"

/* A benchmark, not a test (run it with build-aux/bench-pdf.sh): the agenda
 * PDF of the sample and of a generated 1,000-item convention, made by the
 * command line as a user makes it, next to the same agenda written as HTML
 * and rendered by WeasyPrint (the engine Indico uses for its timetable
 * PDF). Both run as child processes of this one, turn about, so a noisy
 * machine slows both alike and the ratio holds. */

typedef struct
{
  const char *name;
  gint64      convention;
  guint       items;
} Case;

static const char *language_names[] = { "ar", "en", "bilingual" };

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

static double
children_cpu (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6
       + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

/* Runs a command, returns its wall time in seconds (or -1 when it failed)
 * and the processor time it used (user and system), which other loads of
 * the machine do not inflate. */
static double
timed_run (const char * const *argv,
           double             *cpu)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status;
  double cpu_before = children_cpu ();
  double start = now (), elapsed;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, &err, &status, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return -1;
    }
  elapsed = now () - start;
  *cpu = children_cpu () - cpu_before;
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_printerr ("%s failed: %s\n", argv[0], err);
      return -1;
    }

  return elapsed;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return times->len ? g_array_index (times, double, times->len / 2) : -1;
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = NULL;
  const char *pages;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, NULL, NULL) || out == NULL)
    return 0;
  pages = strstr (out, "\nPages:");
  return pages ? (guint) g_ascii_strtoull (pages + 7, NULL, 10) : 0;
}

/* ---- a generated convention: 1,000 items over five days ---- */

static const char *topics_en[] = {
  "Learning cities and the climate", "Inclusive lifelong learning", "Health and well-being",
  "Digital skills for all ages", "Partnerships for sustained effort", "Cities that read",
  "Youth, work and the learning economy", "Measuring a learning city",
};
static const char *topics_ar[] = {
  "مدن التعلم والمناخ", "التعلم الشامل مدى الحياة", "الصحة والرفاه",
  "المهارات الرقمية لكل الأعمار", "الشراكة من أجل جهد مستدام", "مدن تقرأ",
  "الشباب والعمل واقتصاد التعلم", "قياس مدينة التعلم",
};

static gint64
insert (LcStore  *store,
        LcRecord *record)
{
  g_autoptr(GError) error = NULL;

  if (!lc_store_insert (store, record, &error))
    g_error ("%s", error->message);
  return lc_record_get_id (record);
}

static gint64
generate (LcStore *store,
          guint    n_items)
{
  g_autoptr(LcRecord) c = g_object_new (LC_TYPE_CONVENTION, NULL);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 id, rooms[8], cities[20];

  lc_store_begin (store, NULL);
  lc_record_set_text (c, "title", "الملتقى الدولي لمدن التعلم", "International Convention of Learning Cities");
  lc_record_set_text (c, "slogan", "مدن تتعلم من أجل مستقبل مستدام", "Cities that learn for a sustainable future");
  lc_record_set_text (c, "venue", "مركز الملك عبد العزيز للمؤتمرات، الرياض", "King Abdulaziz Conference Centre, Riyadh");
  lc_record_set_text (c, "host", "أمانة منطقة الرياض", "Riyadh Region Municipality");
  lc_record_set_text (c, "organisers", "معهد اليونسكو للتعلم مدى الحياة", "UNESCO Institute for Lifelong Learning");
  lc_record_set_string (c, "start-date", "2025-03-02");
  lc_record_set_string (c, "end-date", "2025-03-06");
  lc_record_set_string (c, "time-zone", "Asia/Riyadh");
  id = insert (store, c);

  for (guint r = 0; r < G_N_ELEMENTS (rooms); r++)
    {
      g_autoptr(LcRecord) room = g_object_new (LC_TYPE_ROOM, NULL);
      g_autofree char *ar = g_strdup_printf ("القاعة %u", r + 1);
      g_autofree char *en = g_strdup_printf ("Hall %u", r + 1);

      lc_record_set_int (room, "convention-id", id);
      lc_record_set_text (room, "name", ar, en);
      rooms[r] = insert (store, room);
    }
  for (guint k = 0; k < G_N_ELEMENTS (cities); k++)
    {
      g_autoptr(LcRecord) city = g_object_new (LC_TYPE_CITY, NULL);
      g_autofree char *ar = g_strdup_printf ("مدينة التعلم %u", k + 1);
      g_autofree char *en = g_strdup_printf ("Learning City %u", k + 1);

      lc_record_set_int (city, "convention-id", id);
      lc_record_set_text (city, "name", ar, en);
      cities[k] = insert (store, city);
    }
  for (guint p = 0; p < 300; p++)
    {
      g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
      g_autofree char *ar = g_strdup_printf ("المتحدث رقم %u", p + 1);
      g_autofree char *en = g_strdup_printf ("Speaker Number %u", p + 1);

      lc_record_set_int (person, "convention-id", id);
      lc_record_set_text (person, "name", ar, en);
      lc_record_set_text (person, "honorific", p % 3 ? "د." : "", p % 3 ? "Dr" : "");
      lc_record_set_text (person, "position", "مستشار التعلم مدى الحياة", "Lifelong learning adviser");
      lc_record_set_text (person, "organisation", "وزارة التعليم", "Ministry of Education");
      lc_record_set_int (person, "city-id", cities[p % G_N_ELEMENTS (cities)]);
      lc_record_set_int (person, "attendance", p % 10 == 0 ? LC_ATTENDANCE_ONLINE : LC_ATTENDANCE_IN_PERSON);
      insert (store, person);
      g_ptr_array_add (people, g_object_ref (person));
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
      guint per_day = (n_items + 4) / 5, slot = i % per_day, day = i / per_day;
      guint kind = i % 7 == 3 ? LC_ITEM_KIND_BREAK : i % 11 == 5 ? LC_ITEM_KIND_FIELD_VISIT
                                                               : LC_ITEM_KIND_SESSION;
      g_autofree char *date = g_strdup_printf ("2025-03-%02u", 2 + day);
      g_autofree char *en = g_strdup_printf ("%s: session %u on practice, policy and research in "
                                             "learning cities", topics_en[i % 8], i + 1);
      g_autofree char *ar = g_strdup_printf ("%s: الجلسة %u عن الممارسة والسياسات والبحث في مدن التعلم",
                                             topics_ar[i % 8], i + 1);
      int start = 8 * 60 + (int) (slot * 600 / per_day);
      gint64 item_id;

      lc_record_set_int (item, "convention-id", id);
      lc_record_set_int (item, "kind", kind);
      lc_record_set_int (item, "number", kind == LC_ITEM_KIND_SESSION ? i + 1 : 0);
      if (kind == LC_ITEM_KIND_BREAK)
        lc_record_set_text (item, "title", "استراحة قهوة", "Coffee break");
      else
        lc_record_set_text (item, "title", ar, en);
      lc_record_set_string (item, "day", date);
      lc_record_set_int (item, "start-minute", start);
      lc_record_set_int (item, "end-minute", start + 45);
      lc_record_set_int (item, "room-id", rooms[i % G_N_ELEMENTS (rooms)]);
      item_id = insert (store, item);

      for (guint k = 0; kind != LC_ITEM_KIND_BREAK && k < i % 5; k++)
        {
          g_autoptr(LcRecord) part = g_object_new (LC_TYPE_PARTICIPATION, NULL);

          lc_record_set_int (part, "item-id", item_id);
          lc_record_set_int (part, "person-id",
                             lc_record_get_id (g_ptr_array_index (people, (i * 7 + k) % people->len)));
          lc_record_set_int (part, "role", k == 0 ? LC_ROLE_MODERATOR : LC_ROLE_SPEAKER);
          lc_record_set_int (part, "position", k);
          insert (store, part);
        }
    }
  lc_store_commit (store, NULL);

  return id;
}

/* ---- the same agenda as HTML for WeasyPrint ---- */

#define CSS_COMMON \
  "body { margin: 0; color: #1B1F24; }\n" \
  ".kicker { font-size: 8.5pt; font-weight: bold; color: #0F4C81; letter-spacing: .08em; margin: 0; }\n" \
  "h1 { font-size: 21pt; color: #0B365C; margin: 3pt 0; }\n" \
  ".slogan { font-size: 11.5pt; color: #5B6570; font-style: italic; margin: 0 0 14pt; }\n" \
  "dl.facts { margin: 0; font-size: 9pt; border-bottom: 1.5pt solid #0F4C81; padding-bottom: 6pt; }\n" \
  "dl.facts dt { font-size: 7pt; font-weight: bold; color: #5B6570; text-transform: uppercase; }\n" \
  "dl.facts dd { margin: 0 0 5pt; }\n" \
  "h2 { font-size: 12.5pt; color: #0B365C; background: #EAF1F8; padding: 6pt 12pt; margin: 22pt 0 4pt;" \
  "     break-after: avoid; }\n" \
  "h2 .kicker { display: inline; font-size: 7pt; margin: 0 8pt; }\n" \
  ".item { break-inside: avoid; border-top: .5pt solid #D3D9DF; padding: 7pt 0; overflow: hidden; }\n" \
  ".item.break { background: #F4F5F7; }\n" \
  ".time { font-size: 9.5pt; font-weight: bold; color: #0B365C; width: 70pt; }\n" \
  ".badge { font-size: 6.5pt; font-weight: bold; background: #DCE7F3; color: #0F4C81;" \
  "         padding: 1pt 4.5pt; border-radius: 2.5pt; text-transform: uppercase; }\n" \
  ".room { font-size: 8pt; color: #5B6570; }\n" \
  "h3 { font-size: 10.5pt; margin: 2.5pt 0 0; }\n" \
  ".role { font-size: 6.5pt; font-weight: bold; color: #0F4C81; text-transform: uppercase; width: 66pt; }\n" \
  ".person { font-size: 9pt; margin: 0 0 2.5pt; }\n" \
  ".details { font-size: 8.1pt; color: #5B6570; }\n" \
  ".online { font-size: 6.5pt; font-weight: bold; background: #FBE7D3; color: #9C4309; }\n" \
  "table.bi { width: 100%; table-layout: fixed; border-collapse: collapse; }\n" \
  "table.bi td { vertical-align: top; padding: 0; }\n" \
  "table.bi td.time { width: 62pt; text-align: center; }\n"

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

static const char *
tr (LcLanguage  language,
    const char *context,
    const char *msgid)
{
  return lc_l10n_pgettext (language, context, msgid);
}

static void
html_column (GString             *out,
             LcAgendaEntry       *entry,
             LcLanguage           language,
             gboolean             with_time)
{
  static const char *kinds[] = { "Opening", "Session", "Break", "Field visit", "Exercise",
                                 "Declaration reading", "Closing", "Panel discussion", "Workshop",
                                 "Exhibition", "Ceremony", "Meal", "Item" };
  static const struct { LcRole role; const char *one, *many; } roles[] = {
    { LC_ROLE_MODERATOR, "Moderator", "Moderators" },
    { LC_ROLE_PRESENTER, "Presenter", "Presenters" },
    { LC_ROLE_SPEAKER, "Speaker", "Speakers" },
  };
  LcRecord *item = LC_RECORD (entry->item);
  gboolean rtl = language == LC_LANGUAGE_ARABIC;
  const char *side = rtl ? "right" : "left";
  int start = (int) lc_record_get_int (item, "start-minute"), end = (int) lc_record_get_int (item, "end-minute");
  LcItemKind kind = lc_record_get_int (item, "kind");
  gint64 number = lc_record_get_int (item, "number");

  if (with_time)
    {
      g_autofree char *time = g_strdup_printf ("%02d:%02d–%02d:%02d", start / 60, start % 60, end / 60, end % 60);
      g_autofree char *shown = lc_l10n_localise_digits (language, time);

      g_string_append_printf (out, "<div class=\"time\" style=\"float: %s\">", side);
      append_escaped (out, shown);
      g_string_append_printf (out, "</div><div style=\"margin-%s: 84pt\">", side);
    }
  else
    g_string_append (out, "<div>");

  g_string_append (out, "<p style=\"margin: 0\">");
  if (kind != LC_ITEM_KIND_OTHER || number > 0)
    {
      g_string_append (out, "<span class=\"badge\">");
      append_escaped (out, tr (language, "agenda item kind", kinds[kind]));
      if (number > 0)
        {
          g_autofree char *n = g_strdup_printf (" %" G_GINT64_FORMAT, number);
          g_autofree char *shown = lc_l10n_localise_digits (language, n);

          append_escaped (out, shown);
        }
      g_string_append (out, "</span> ");
    }
  g_string_append (out, "<span class=\"room\"><bdi>");
  append_escaped (out, entry->room ? lc_record_get_text (LC_RECORD (entry->room), "name", language, NULL) : "");
  g_string_append (out, "</bdi></span></p><h3><bdi>");
  append_escaped (out, lc_record_get_text (item, "title", language, NULL));
  g_string_append (out, "</bdi></h3>");

  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      guint n = 0;

      for (guint i = 0; i < entry->participants->len; i++)
        n += ((LcAgendaParticipant *) g_ptr_array_index (entry->participants, i))->role == roles[r].role;
      if (n == 0)
        continue;

      g_string_append_printf (out, "<div class=\"role\" style=\"float: %s; margin-top: 5pt\">", side);
      append_escaped (out, tr (language, "agenda role", n == 1 ? roles[r].one : roles[r].many));
      g_string_append_printf (out, "</div><div style=\"margin-%s: 74pt; padding-top: 5pt\">", side);
      for (guint i = 0; i < entry->participants->len; i++)
        {
          LcAgendaParticipant *p = g_ptr_array_index (entry->participants, i);
          LcRecord *person = LC_RECORD (p->person);
          const char *parts[] = {
            lc_record_get_text (person, "position", language, NULL),
            lc_record_get_text (person, "organisation", language, NULL),
            p->city ? lc_record_get_text (LC_RECORD (p->city), "name", language, NULL) : "",
          };
          gboolean first = TRUE;

          if (p->role != roles[r].role)
            continue;
          g_string_append (out, "<p class=\"person\"><b><bdi>");
          append_escaped (out, lc_record_get_text (person, "honorific", language, NULL));
          g_string_append (out, "</bdi> <bdi>");
          append_escaped (out, lc_record_get_text (person, "name", language, NULL));
          g_string_append (out, "</bdi></b>");
          if (p->online)
            {
              g_string_append (out, " <span class=\"online\">");
              append_escaped (out, lc_l10n_gettext (language, "online"));
              g_string_append (out, "</span>");
            }
          g_string_append (out, "<br><span class=\"details\">");
          for (guint k = 0; k < G_N_ELEMENTS (parts); k++)
            if (*parts[k])
              {
                if (!first)
                  append_escaped (out, tr (language, "list separator", ", "));
                g_string_append (out, "<bdi>");
                append_escaped (out, parts[k]);
                g_string_append (out, "</bdi>");
                first = FALSE;
              }
          g_string_append (out, "</span></p>");
        }
      g_string_append (out, "</div>");
    }
  g_string_append (out, "</div>");
}

static void
html_title (GString    *out,
            LcAgenda   *agenda,
            LcLanguage  language)
{
  LcRecord *c = LC_RECORD (agenda->convention);
  const char *labels[] = { "Venue", "Host", "Organisers" };
  const char *fields[] = { "venue", "host", "organisers" };
  GDate start, end;
  g_autofree char *first = NULL, *last = NULL;

  lc_date_parse (lc_record_get_string (c, "start-date"), &start);
  lc_date_parse (lc_record_get_string (c, "end-date"), &end);
  first = lc_l10n_format_date (language, &start);
  last = lc_l10n_format_date (language, &end);

  g_string_append_printf (out, "<div dir=\"%s\" lang=\"%s\"><p class=\"kicker\">",
                          language == LC_LANGUAGE_ARABIC ? "rtl" : "ltr",
                          language == LC_LANGUAGE_ARABIC ? "ar" : "en");
  append_escaped (out, lc_l10n_gettext (language, "Programme"));
  g_string_append (out, "</p><h1>");
  append_escaped (out, lc_record_get_text (c, "title", language, NULL));
  g_string_append (out, "</h1><p class=\"slogan\">");
  append_escaped (out, lc_record_get_text (c, "slogan", language, NULL));
  g_string_append (out, "</p><dl class=\"facts\"><dt>");
  append_escaped (out, lc_l10n_gettext (language, "Dates"));
  g_string_append (out, "</dt><dd>");
  append_escaped (out, first);
  g_string_append (out, " – ");
  append_escaped (out, last);
  g_string_append (out, "</dd>");
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_string_append (out, "<dt>");
      append_escaped (out, lc_l10n_gettext (language, labels[i]));
      g_string_append (out, "</dt><dd>");
      append_escaped (out, lc_record_get_text (c, fields[i], language, NULL));
      g_string_append (out, "</dd>");
    }
  g_string_append (out, "<dt>");
  append_escaped (out, lc_l10n_gettext (language, "Local time"));
  g_string_append (out, "</dt><dd>");
  append_escaped (out, lc_record_get_string (c, "time-zone"));
  g_string_append (out, "</dd></dl></div>");
}

/* Same content, fonts, sizes, colours and page rules (items kept whole,
 * headings kept with the next item, header, footer with "page N of M")
 * as the PangoCairo renderer. */
static gboolean
write_html (LcAgenda          *agenda,
            LcAgendaLanguage   language,
            const char        *path)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean bilingual = language == LC_AGENDA_LANGUAGE_BILINGUAL;
  LcLanguage main = language == LC_AGENDA_LANGUAGE_ARABIC ? LC_LANGUAGE_ARABIC : LC_LANGUAGE_ENGLISH;
  gboolean rtl = main == LC_LANGUAGE_ARABIC;
  const char *fonts = rtl ? "\"Noto Naskh Arabic\", \"Noto Sans\"" : "\"Noto Sans\", \"Noto Naskh Arabic\"";
  LcRecord *c = LC_RECORD (agenda->convention);
  GDate current;

  g_date_clear (&current, 1);
  g_string_append_printf (out, "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\"><head><meta charset=\"utf-8\">"
                          "<title>", rtl ? "ar" : "en", rtl ? "rtl" : "ltr");
  append_escaped (out, lc_record_get_text (c, "title", main, NULL));
  g_string_append_printf (out, "</title><style>\n"
                          "@page { size: A4; margin: 66pt 50.6pt 58pt;\n"
                          "  @top-%s { content: string(title); font: 7.5pt %s; color: #5B6570; }\n"
                          "  @bottom-%s { content: \"%s \" counter(page%s) \" %s \" counter(pages%s);"
                          " font: 7.5pt %s; color: #5B6570; } }\n"
                          "@page :first { @top-%s { content: none; } }\n"
                          "html { font-family: %s; }\n"
                          "h1 { string-set: title content(); }\n",
                          rtl ? "right" : "left", fonts,
                          rtl ? "left" : "right",
                          rtl ? "صفحة" : "Page", rtl ? ", arabic-indic" : "", rtl ? "من" : "of",
                          rtl ? ", arabic-indic" : "", fonts, rtl ? "right" : "left", fonts);
  g_string_append (out, CSS_COMMON "</style></head><body>\n");

  if (bilingual)
    {
      g_string_append (out, "<table class=\"bi\"><tr><td>");
      html_title (out, agenda, LC_LANGUAGE_ENGLISH);
      g_string_append (out, "</td><td style=\"width: 28pt\"></td><td style=\"font-family: 'Noto Naskh Arabic'\">");
      html_title (out, agenda, LC_LANGUAGE_ARABIC);
      g_string_append (out, "</td></tr></table>\n");
    }
  else
    html_title (out, agenda, main);

  if (agenda->entries->len == 0)
    g_string_append_printf (out, "<p>%s</p>", lc_l10n_gettext (main, "This convention has no items on its agenda yet."));

  for (guint i = 0; i < agenda->entries->len; i++)
    {
      LcAgendaEntry *entry = g_ptr_array_index (agenda->entries, i);
      gboolean quiet = lc_record_get_int (LC_RECORD (entry->item), "kind") == LC_ITEM_KIND_BREAK;

      if (!g_date_valid (&current) || g_date_compare (&current, &entry->day) != 0)
        {
          g_autofree char *date = lc_l10n_format_date (main, &entry->day);

          current = entry->day;
          g_string_append (out, "<h2>");
          if (bilingual)
            {
              g_autofree char *ar = lc_l10n_format_date (LC_LANGUAGE_ARABIC, &entry->day);

              append_escaped (out, date);
              g_string_append (out, " <span dir=\"rtl\" style=\"float: right\">");
              append_escaped (out, ar);
              g_string_append (out, "</span>");
            }
          else
            append_escaped (out, date);
          g_string_append (out, "</h2>\n");
        }

      g_string_append_printf (out, "<div class=\"item%s\">", quiet ? " break" : "");
      if (bilingual)
        {
          LcRecord *item = LC_RECORD (entry->item);
          int start = (int) lc_record_get_int (item, "start-minute");
          int end = (int) lc_record_get_int (item, "end-minute");

          g_string_append (out, "<table class=\"bi\"><tr><td dir=\"ltr\">");
          html_column (out, entry, LC_LANGUAGE_ENGLISH, FALSE);
          g_string_append_printf (out, "</td><td class=\"time\">%02d:%02d–%02d:%02d</td>"
                                  "<td dir=\"rtl\" lang=\"ar\" style=\"font-family: 'Noto Naskh Arabic'\">",
                                  start / 60, start % 60, end / 60, end % 60);
          html_column (out, entry, LC_LANGUAGE_ARABIC, FALSE);
          g_string_append (out, "</td></tr></table>");
        }
      else
        html_column (out, entry, main, TRUE);
      g_string_append (out, "</div>\n");
    }
  g_string_append (out, "</body></html>\n");

  return g_file_set_contents (path, out->str, (gssize) out->len, NULL);
}

/* ---- the run ---- */

/* Appends the WeasyPrint row of issue 17's table to $BENCH_ROWS, which
 * build-aux/bench.sh prints with the others (see build-aux/bench-lib.sh
 * for the format). */
static void
write_row (const char *ratios,
           const char *times,
           gboolean    met)
{
  const char *path = g_getenv ("BENCH_ROWS");
  const char *version = g_getenv ("LC_WEASYPRINT_VERSION");
  FILE *rows;

  if (path == NULL || *path == '\0')
    return;
  rows = fopen (path, "a");
  if (rows == NULL)
    g_error ("%s: %s", path, g_strerror (errno));
  fprintf (rows, "sample PDF vs %s\t%s faster\tWeasyPrint %s s (ar / en / bilingual)\t>= 15x each\t%s\n",
           version && *version ? version : "WeasyPrint", ratios, times, met ? "met" : "MISSED");
  fclose (rows);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "bench.db", NULL);
  g_autofree char *db_option = g_strconcat ("--database=", db, NULL);
  const char *exe = g_getenv ("LC_EXECUTABLE");
  const char *sample = g_getenv ("LC_SAMPLE");
  const char *weasyprint = g_getenv ("WEASYPRINT");
  guint n_items = 1000, runs = 5;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = NULL;
  Case cases[2];
  guint n_cases;
  gboolean all_met = TRUE;
  /* Issue 17's row, "sample PDF vs WeasyPrint": the ratio in each language. */
  g_autoptr(GString) row_ratios = g_string_new (NULL);
  g_autoptr(GString) row_times = g_string_new (NULL);
  gboolean row_met = TRUE;

  if (argc > 1)
    n_items = (guint) g_ascii_strtoull (argv[1], NULL, 10);
  if (argc > 2)
    runs = MAX (1, (guint) g_ascii_strtoull (argv[2], NULL, 10));
  if (exe == NULL || sample == NULL)
    {
      g_printerr ("Set LC_EXECUTABLE and LC_SAMPLE (build-aux/bench-pdf.sh does).\n");
      return 2;
    }
  if (weasyprint == NULL)
    weasyprint = "weasyprint";

  store = lc_store_open (db, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  cases[0] = (Case) { "sample", lc_convention_import_file (store, sample, &error), 27 };
  if (cases[0].convention <= 0)
    g_error ("%s", error->message);
  /* No items: the sample alone (build-aux/bench-pdf.sh times the large
   * agendas against the streaming bound instead). */
  n_cases = n_items > 0 ? 2 : 1;
  if (n_items > 0)
    {
      cases[1] = (Case) { NULL, generate (store, n_items), n_items };
      cases[1].name = g_strdup_printf ("%u items", n_items);
    }

  g_print ("Agenda PDF benchmark, median of %u runs (WeasyPrint: 3 on the large convention).\n"
           "ours: the command line, a process per run (wall time, then processor time);\n"
           "in-proc: lc_agenda_write_pdf() alone in this process; weasy: WeasyPrint on the\n"
           "same agenda as HTML (wall, processor); ratios: wall, processor. Seconds.\n", runs);
  g_print ("%-11s %-9s %5s %7s %7s %7s %5s %8s %8s %6s %6s  %s\n", "convention", "language",
           "pages", "ours", "cpu", "in-proc", "pages", "weasy", "cpu", "ratio", "cpu", "targets");

  for (guint k = 0; k < n_cases; k++)
    for (guint l = 0; l < G_N_ELEMENTS (language_names); l++)
      {
        g_autofree char *id = g_strdup_printf ("--convention=%" G_GINT64_FORMAT, cases[k].convention);
        g_autofree char *pdf = g_strdup_printf ("%s/ours-%u-%s.pdf", dir, k, language_names[l]);
        g_autofree char *html = g_strdup_printf ("%s/weasy-%u-%s.html", dir, k, language_names[l]);
        g_autofree char *wpdf = g_strdup_printf ("%s/weasy-%u-%s.pdf", dir, k, language_names[l]);
        g_autofree char *out = g_strconcat ("--export-agenda-pdf=", pdf, NULL);
        g_autofree char *lang = g_strconcat ("--language=", language_names[l], NULL);
        const char *ours[] = { exe, db_option, id, out, lang, NULL };
        const char *theirs[] = { weasyprint, "--quiet", html, wpdf, NULL };
        g_autoptr(GArray) t_ours = g_array_new (FALSE, FALSE, sizeof (double));
        g_autoptr(GArray) t_theirs = g_array_new (FALSE, FALSE, sizeof (double));
        g_autoptr(GArray) t_inproc = g_array_new (FALSE, FALSE, sizeof (double));
        g_autoptr(GArray) c_ours = g_array_new (FALSE, FALSE, sizeof (double));
        g_autoptr(GArray) c_theirs = g_array_new (FALSE, FALSE, sizeof (double));
        g_autoptr(LcAgenda) agenda = lc_agenda_load (store, cases[k].convention, NULL);
        LcAgendaLanguage language;
        double m_ours, m_theirs, m_inproc, mc_ours, mc_theirs, target;
        gboolean weasy_ok = TRUE, met;

        lc_agenda_language_from_string (language_names[l], &language);
        write_html (agenda, language, html);

        for (guint r = 0; r < runs; r++)
          {
            double cpu, t = timed_run (ours, &cpu), start;

            if (t < 0)
              return 1;
            g_array_append_val (t_ours, t);
            g_array_append_val (c_ours, cpu);

            start = now ();
            if (!lc_agenda_write_pdf (agenda, pdf, language, LC_DIGITS_DEFAULT, LC_PAPER_A4, &error))
              g_error ("%s", error->message);
            t = now () - start;
            g_array_append_val (t_inproc, t);

            /* WeasyPrint takes long on big documents: fewer runs suffice. */
            if (weasy_ok && (r < 3 || k == 0))
              {
                t = timed_run (theirs, &cpu);
                if (t < 0)
                  weasy_ok = FALSE;
                else
                  {
                    g_array_append_val (t_theirs, t);
                    g_array_append_val (c_theirs, cpu);
                  }
              }
          }

        m_ours = median (t_ours);
        m_inproc = median (t_inproc);
        m_theirs = weasy_ok ? median (t_theirs) : -1;
        mc_ours = median (c_ours);
        mc_theirs = weasy_ok ? median (c_theirs) : -1;
        target = k == 0 ? 0.3 : 3.0;
        met = m_ours < target && (m_theirs < 0 || m_theirs / m_ours >= 15);
        all_met &= met;
        if (k == 0)
          {
            double ratio = m_theirs > 0 ? m_theirs / m_ours : NAN;

            g_string_append_printf (row_ratios, "%s%s %.2fx", l ? ", " : "", language_names[l], ratio);
            g_string_append_printf (row_times, "%s%.2f", l ? " / " : "", m_theirs);
            row_met &= !isnan (ratio) && ratio >= 15;
          }
        g_print ("%-11s %-9s %5u %7.3f %7.3f %7.3f %5u %8.3f %8.3f %6.1f %6.1f  %s\n",
                 cases[k].name, language_names[l], pdf_pages (pdf), m_ours, mc_ours, m_inproc,
                 weasy_ok ? pdf_pages (wpdf) : 0, m_theirs, mc_theirs,
                 m_theirs > 0 ? m_theirs / m_ours : NAN, mc_theirs > 0 ? mc_theirs / mc_ours : NAN,
                 met ? "met" : "MISSED");
      }

  g_print ("Targets: the sample under 0.3 s, %u items under 3 s, at least 15 times faster than "
           "WeasyPrint: %s\n", n_items, all_met ? "all met" : "NOT all met");
  g_print ("Files kept in %s\n", dir);
  write_row (row_ratios->str, row_times->str, row_met);
  if (n_cases > 1)
    g_free ((char *) cases[1].name);

  return 0;
}
