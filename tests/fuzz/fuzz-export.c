/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <libical/ical.h>
#include <libxml/parser.h>
#include <poppler.h>
#include <glib/gprintf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "lc-agenda-pdf.h"
#include "lc-convention-io.h"
#include "lc-declaration-pdf.h"
#include "lc-error.h"
#include "lc-export-ics.h"
#include "lc-export-schedule.h"

/* A fuzzed convention file, imported, then every exporter run on it, each
 * output read back by another program's parser: json-glib for the
 * convention file and the schedule's JSON, libxml2 for its XML, libical for
 * the calendar (whose lines are at most 75 octets), poppler for the agenda
 * and the declaration PDFs. An exporter may refuse (a time zone libical
 * does not know) but must say why; what it writes must be well formed.
 * Everything happens in a transaction that is rolled back. */

/* abort (), not g_error (): libFuzzer keeps the input of a SIGABRT, not of
 * the SIGTRAP g_error () raises. */
static void G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN
fail (const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  abort ();
}

static void
check_json (const char *data,
            gsize       length,
            const char *what)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, data, (gssize) length, &error))
    fail ("%s is not JSON: %s", what, error->message);
}

static void
check_refusal (const GError *error,
               const char   *what)
{
  if (error == NULL || error->message == NULL || *error->message == '\0')
    fail ("%s failed without saying why", what);
}

static void
check_schedule (LcStore    *store,
                gint64      id,
                LcLanguage  language)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = NULL, *json = NULL;
  gsize length = 0;

  xml = lc_export_schedule_xml_data (store, id, language, &length, NULL, NULL, NULL, &error);
  if (xml == NULL)
    check_refusal (error, "the schedule XML");
  else
    {
      xmlDocPtr doc = xmlReadMemory (xml, (int) length, "schedule.xml", "UTF-8",
                                     XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

      if (doc == NULL)
        fail ("the schedule XML is not well formed");
      xmlFreeDoc (doc);
    }
  g_clear_error (&error);

  json = lc_export_schedule_json_data (store, id, language, &length, NULL, NULL, NULL, &error);
  if (json == NULL)
    check_refusal (error, "the schedule JSON");
  else
    check_json (json, length, "the schedule JSON");
}

static void
check_ics (LcStore    *store,
           gint64      id,
           LcLanguage  language)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ics = lc_export_ics_data (store, id, language, NULL, NULL, NULL, NULL, &error);
  icalcomponent *calendar;

  if (ics == NULL)
    {
      check_refusal (error, "the calendar");
      return;
    }

  /* RFC 5545, 3.1: lines end in CRLF and are folded at 75 octets. */
  for (const char *line = ics; *line;)
    {
      const char *end = strstr (line, "\r\n");

      if (end == NULL)
        fail ("the calendar does not end its last line with CRLF");
      if (end - line > 75)
        fail ("a line of the calendar is %d octets long", (int) (end - line));
      line = end + 2;
    }

  calendar = icalparser_parse_string (ics);
  if (calendar == NULL || icalcomponent_isa (calendar) != ICAL_VCALENDAR_COMPONENT
      || icalcomponent_count_errors (calendar) != 0)
    fail ("libical does not read the calendar back");
  icalcomponent_free (calendar);
}

static void
check_pdf (const char *path,
           const char *what)
{
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, &error))
    fail ("%s was not written: %s", what, error->message);
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  document = poppler_document_new_from_bytes (bytes, NULL, &error);
  if (document == NULL || poppler_document_get_n_pages (document) < 1)
    fail ("poppler does not read %s: %s", what, error ? error->message : "no page");
  g_object_unref (document);
}

static void
check_pdfs (LcStore *store,
            gint64   id)
{
  g_autofree char *agenda = g_build_filename (fuzz_dir (), "agenda.pdf", NULL);
  g_autofree char *declaration = g_build_filename (fuzz_dir (), "declaration.pdf", NULL);
  g_autoptr(GError) error = NULL;
  gint64 first;

  if (lc_agenda_export_pdf (store, id, agenda, LC_AGENDA_LANGUAGE_BILINGUAL, LC_PAPER_A4, &error))
    check_pdf (agenda, "the agenda PDF");
  else
    check_refusal (error, "the agenda PDF");
  g_clear_error (&error);

  first = lc_declaration_get_first (store, id, NULL);
  if (first > 0)
    {
      if (lc_declaration_write_pdf (store, first, 0, declaration, LC_AGENDA_LANGUAGE_BILINGUAL,
                                    LC_DIGITS_DEFAULT, LC_PAPER_A4, &error))
        check_pdf (declaration, "the declaration PDF");
      else
        check_refusal (error, "the declaration PDF");
    }
}

static void
check_exports (LcStore *store,
               gint64   id)
{
  gsize length = 0;
  g_autofree char *exported = lc_convention_export_data (store, id, &length, NULL);
  g_autoptr(GError) error = NULL;

  /* What the program exports, it reads again. */
  if (exported == NULL)
    fail ("the convention was not exported");
  check_json (exported, length, "the convention file");
  if (lc_convention_import_data (store, exported, length, "exported.json", &error) <= 0)
    fail ("the exported convention does not import again: %s", error->message);

  check_schedule (store, id, LC_LANGUAGE_ENGLISH);
  check_schedule (store, id, LC_LANGUAGE_ARABIC);
  check_ics (store, id, LC_LANGUAGE_ENGLISH);
  check_ics (store, id, LC_LANGUAGE_ARABIC);
  check_pdfs (store, id);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_import (data, size, check_exports);
  return 0;
}
