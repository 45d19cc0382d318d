/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>

#include "lc-report-pdf.h"
#include "lc-report.h"
#include "lc-test-pdf.h"
#include "lc-test-util.h"

/*
 * The final report as a flat OpenDocument text (lc-report-odt.c): read by
 * libxml2 for the structure it promises (headings at their outline levels
 * in Heading 1–3, Arabic paragraphs right to left, the photo's bytes
 * embedded), and opened by LibreOffice, which must find the texts and keep
 * the headings as headings when it saves the document again.
 */

#define SUMMARY_EN "The mayors agreed to share their learning festivals."
#define HEADLINE "Learning cities meet in Yanbu"

typedef struct
{
  char    *dir;
  LcStore *store;
  gint64   convention;
  GBytes  *image;   /* the photo as the library stores it */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcUndoStack) undo = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(GListStore) none = g_list_store_new (LC_TYPE_COVERAGE);
  g_autoptr(LcRecord) item = NULL;
  g_autoptr(LcCoverage) entry = g_object_new (LC_TYPE_COVERAGE, NULL);
  g_autofree char *jpeg = NULL;
  g_autoptr(LcReportPhoto) photo = NULL;

  f->store = lc_test_pdf_sample_store (&f->dir, &f->convention);
  undo = lc_undo_stack_new (f->store);
  items = lc_store_list (f->store, LC_TYPE_ITEM, "convention_id", f->convention, &error);
  item = g_list_model_get_item (G_LIST_MODEL (items), 0);
  g_assert_true (lc_report_set_summary (undo, lc_record_get_id (item), "اتفق رؤساء البلديات على مشاركة مهرجانات التعلم.",
                                        SUMMARY_EN, &error));
  lc_record_set_int (LC_RECORD (entry), "convention-id", f->convention);
  lc_coverage_set_headline (entry, HEADLINE);
  lc_coverage_set_language (entry, LC_LANGUAGE_ENGLISH);
  g_assert_true (lc_report_add_coverage (undo, G_LIST_MODEL (none), entry, &error));
  g_assert_no_error (error);

  jpeg = lc_test_write_photo (f->dir, "hall.jpg", FALSE, 400, 300, 0x40a060ff);
  photo = lc_report_add_photo (undo, lc_record_get_id (item), jpeg, "القاعة", "The hall", &error);
  g_assert_no_error (error);
  f->image = lc_report_load_image (f->store, lc_report_photo_get_image (photo), NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_pointer (&f->image, g_bytes_unref);
  g_clear_object (&f->store);
  lc_test_remove_tree (f->dir);
  g_free (f->dir);
}

static xmlXPathObjectPtr
query (xmlXPathContextPtr  context,
       const char         *expression)
{
  xmlXPathObjectPtr result = xmlXPathEvalExpression ((const xmlChar *) expression, context);

  g_assert_nonnull (result);
  return result;
}

static guint
count (xmlXPathContextPtr  context,
       const char         *expression)
{
  xmlXPathObjectPtr result = query (context, expression);
  guint n = result->nodesetval ? result->nodesetval->nodeNr : 0;

  xmlXPathFreeObject (result);
  return n;
}

static xmlXPathContextPtr
open_odt (const char *path,
          xmlDocPtr  *doc)
{
  xmlXPathContextPtr context;

  *doc = xmlReadFile (path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (*doc);
  context = xmlXPathNewContext (*doc);
  xmlXPathRegisterNs (context, (const xmlChar *) "office", (const xmlChar *) "urn:oasis:names:tc:opendocument:xmlns:office:1.0");
  xmlXPathRegisterNs (context, (const xmlChar *) "style", (const xmlChar *) "urn:oasis:names:tc:opendocument:xmlns:style:1.0");
  xmlXPathRegisterNs (context, (const xmlChar *) "text", (const xmlChar *) "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
  xmlXPathRegisterNs (context, (const xmlChar *) "draw", (const xmlChar *) "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
  return context;
}

/* The style a paragraph's style name stands for: an automatic style's
 * parent, or itself. */
static char *
style_family_name (xmlXPathContextPtr  context,
                   const char         *name)
{
  g_autofree char *expression = g_strdup_printf ("//office:automatic-styles/style:style[@style:name='%s']", name);
  xmlXPathObjectPtr result = query (context, expression);
  char *parent = NULL;

  if (result->nodesetval && result->nodesetval->nodeNr == 1)
    {
      xmlChar *value = xmlGetNsProp (result->nodesetval->nodeTab[0], (const xmlChar *) "parent-style-name",
                                     (const xmlChar *) "urn:oasis:names:tc:opendocument:xmlns:style:1.0");

      parent = g_strdup ((const char *) value);
      xmlFree (value);
    }
  xmlXPathFreeObject (result);
  return parent ? parent : g_strdup (name);
}

/* Whether @text holds one of the digits ٠ to ٩. */
static gboolean
has_arabic_indic_digit (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) >= 0x0660 && g_utf8_get_char (p) <= 0x0669)
      return TRUE;
  return FALSE;
}

/* The structure LibreOffice's navigator and a reader of Arabic rely on. */
static void
test_structure (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "report.fodt", NULL);
  xmlDocPtr doc = NULL;
  xmlXPathContextPtr context;
  xmlXPathObjectPtr result;
  guint arabic = 0;

  g_assert_true (lc_report_write_odt (f->store, f->convention, path, LC_AGENDA_LANGUAGE_BILINGUAL,
                                      LC_DIGITS_DEFAULT, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  context = open_odt (path, &doc);

  /* Seven parts in each language, each a Heading 1. */
  g_assert_cmpuint (count (context, "//text:h[@text:outline-level='1']"), ==, 14);
  g_assert_cmpuint (count (context, "//text:h[@text:outline-level='2']"), >=, 2);
  result = query (context, "//text:h | //text:p");
  for (int i = 0; i < result->nodesetval->nodeNr; i++)
    {
      xmlNodePtr node = result->nodesetval->nodeTab[i];
      xmlChar *style = xmlGetNsProp (node, (const xmlChar *) "style-name",
                                     (const xmlChar *) "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
      xmlChar *level = xmlGetNsProp (node, (const xmlChar *) "outline-level",
                                     (const xmlChar *) "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
      xmlChar *content = xmlNodeGetContent (node);
      g_autofree char *family = style_family_name (context, (const char *) style);

      /* A heading of level N is in Heading N. */
      if (level != NULL)
        {
          g_autofree char *expected = g_strdup_printf ("Heading_20_%s", (const char *) level);

          g_assert_cmpstr (family, ==, expected);
        }
      /* Text in Arabic is right to left; English is not. */
      if (*content != '\0' && !g_str_equal (family, "Photo"))
        {
          gboolean rtl = g_str_has_prefix ((const char *) style, "RTL_");

          g_assert_cmpint (rtl, ==, lc_test_has_arabic_letter ((const char *) content)
                                    || has_arabic_indic_digit ((const char *) content));
          arabic += rtl;
        }
      xmlFree (style);
      xmlFree (level);
      xmlFree (content);
    }
  xmlXPathFreeObject (result);
  g_assert_cmpuint (arabic, >, 20);
  g_assert_cmpuint (count (context, "//office:automatic-styles/style:style[starts-with(@style:name, 'RTL_')]"
                                    "/style:paragraph-properties[@style:writing-mode='rl-tb']"), ==, 9);

  /* The photo's own bytes. */
  result = query (context, "//draw:frame/draw:image/office:binary-data");
  g_assert_cmpint (result->nodesetval->nodeNr, ==, 1);
  {
    xmlChar *base64 = xmlNodeGetContent (result->nodesetval->nodeTab[0]);
    gsize length = 0;
    g_autofree guchar *bytes = g_base64_decode ((const char *) base64, &length);
    g_autoptr(GBytes) embedded = g_bytes_new (bytes, length);

    g_assert_true (g_bytes_equal (embedded, f->image));
    xmlFree (base64);
  }
  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  xmlFreeDoc (doc);
}

/* The sessions' times in the language's digits, as the PDF prints them:
 * Arabic-Indic in an Arabic report, Western in an English one. */
static void
test_times (Fixture       *f,
            gconstpointer  data)
{
  const struct { LcAgendaLanguage language; const char *pattern; } cases[] = {
    { LC_AGENDA_LANGUAGE_ARABIC, "^[٠-٩]{2}:[٠-٩]{2}–[٠-٩]{2}:[٠-٩]{2}$" },
    { LC_AGENDA_LANGUAGE_ENGLISH, "^[0-9]{2}:[0-9]{2}–[0-9]{2}:[0-9]{2}$" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_build_filename (f->dir, "times.fodt", NULL);
      g_autoptr(GRegex) wanted = g_regex_new (cases[c].pattern, 0, 0, NULL);
      g_autoptr(GRegex) western = g_regex_new ("[0-9]{2}:[0-9]{2}", 0, 0, NULL);
      xmlDocPtr doc = NULL;
      xmlXPathContextPtr context;
      xmlXPathObjectPtr result;
      guint times = 0;

      g_assert_true (lc_report_write_odt (f->store, f->convention, path, cases[c].language,
                                          LC_DIGITS_DEFAULT, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      context = open_odt (path, &doc);
      result = query (context, "//text:p");
      for (int i = 0; i < result->nodesetval->nodeNr; i++)
        {
          xmlChar *content = xmlNodeGetContent (result->nodesetval->nodeTab[i]);

          times += g_regex_match (wanted, (const char *) content, 0, NULL);
          if (cases[c].language == LC_AGENDA_LANGUAGE_ARABIC)
            g_assert_false (g_regex_match (western, (const char *) content, 0, NULL));
          xmlFree (content);
        }
      /* One for each session of the sample, its breaks left out. */
      g_assert_cmpuint (times, >=, 10);
      xmlXPathFreeObject (result);
      xmlXPathFreeContext (context);
      xmlFreeDoc (doc);
    }
}

/* LibreOffice reads it: the texts are there, and saving it again keeps
 * the headings at their levels and the image. */
static void
test_libreoffice (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "report.fodt", NULL);
  g_autofree char *text_path = NULL, *text = NULL, *copy_dir = NULL, *copy = NULL;
  xmlDocPtr doc = NULL;
  xmlXPathContextPtr context;

  g_assert_true (lc_report_write_odt (f->store, f->convention, path, LC_AGENDA_LANGUAGE_ENGLISH,
                                      LC_DIGITS_DEFAULT, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  text_path = lc_test_libreoffice_convert (path, "txt", NULL);
  if (text_path == NULL)
    return;
  g_assert_true (g_file_get_contents (text_path, &text, NULL, &error));
  g_assert_nonnull (strstr (text, "Foreword"));
  g_assert_nonnull (strstr (text, SUMMARY_EN));
  g_assert_nonnull (strstr (text, HEADLINE));
  g_assert_nonnull (strstr (text, "The hall"));

  copy = lc_test_libreoffice_convert (path, "fodt", NULL);
  g_assert_nonnull (copy);
  context = open_odt (copy, &doc);
  g_assert_cmpuint (count (context, "//text:h[@text:outline-level='1']"), ==, 7);
  g_assert_cmpuint (count (context, "//text:h[@text:outline-level='3']"), >=, 10);
  g_assert_cmpuint (count (context, "//draw:frame//office:binary-data"), ==, 1);
  xmlXPathFreeContext (context);
  xmlFreeDoc (doc);
}

int
main (int   argc,
      char *argv[])
{
  int skipped = 0;

  if (!lc_test_pdf_init (&argc, &argv, &skipped))
    return skipped;

  g_test_add ("/report-odt/structure", Fixture, NULL, fixture_set_up, test_structure, fixture_tear_down);
  g_test_add ("/report-odt/times", Fixture, NULL, fixture_set_up, test_times, fixture_tear_down);
  g_test_add ("/report-odt/libreoffice", Fixture, NULL, fixture_set_up, test_libreoffice, fixture_tear_down);

  return g_test_run ();
}
