/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-export-ics.h"
#include "lc-export-schedule.h"
#include "lc-test-exchange.h"
#include "lc-test-pdf.h"

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
  int skipped = lc_exchange_init_icalendar (&argc, &argv);

  if (skipped >= 0)
    return skipped;

  g_test_add_data_func ("/export-one-language/arabic-in-english",
                        GINT_TO_POINTER (LC_LANGUAGE_ARABIC), test_exported_in_other_language);
  g_test_add_data_func ("/export-one-language/english-in-arabic",
                        GINT_TO_POINTER (LC_LANGUAGE_ENGLISH), test_exported_in_other_language);

  return g_test_run ();
}
