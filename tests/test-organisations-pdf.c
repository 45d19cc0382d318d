/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <string.h>

#include "lc-agenda-pdf.h"
#include "lc-organisation.h"
#include "lc-report-pdf.h"
#include "lc-test-pdf.h"
#include "lc-test-util.h"

/*
 * The agenda's title page shows the organisations (issue 12): their names
 * under their roles' headings, read back by poppler's pdftotext, and their
 * logos, one image each in the PDF as poppler's pdfimages lists them, at
 * the size a stored logo has.
 */

static char *
logo_of_size (int width,
              int height)
{
  g_autoptr(GdkPixbuf) image = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  g_autofree char *png = NULL;
  g_autoptr(GError) error = NULL;
  char *logo;
  gsize length;

  gdk_pixbuf_fill (image, 0x1f6f8bff);
  g_assert_true (gdk_pixbuf_save_to_buffer (image, &png, &length, "png", &error, NULL));
  logo = lc_organisation_logo_from_data ((const guchar *) png, length, "logo.png", &error);
  g_assert_no_error (error);
  return logo;
}

static void
add (LcStore            *store,
     gint64              convention,
     const char         *ar,
     const char         *en,
     LcOrganisationRole  role,
     const char         *logo,
     int                 position)
{
  g_autoptr(LcOrganisation) o = g_object_new (LC_TYPE_ORGANISATION, NULL);

  lc_organisation_set_convention_id (o, convention);
  lc_organisation_set_name (o, ar, en);
  lc_organisation_set_role (o, role);
  lc_organisation_set_logo (o, logo);
  lc_organisation_set_position (o, position);
  lc_test_pdf_insert (store, LC_RECORD (o));
}

/* A convention with an organisation of each role, three with logos (one
 * 600×200, two 64×64), one with a name that is hostile text. */
static gint64
partners_convention (LcStore *store)
{
  g_autofree char *wide = logo_of_size (600, 200);
  g_autofree char *square = logo_of_size (64, 64);
  gint64 id = lc_test_add_convention (store, "Convention of Partners", "2023-05-10", "2023-05-11");

  add (store, id, "الهيئة الملكية للجبيل وينبع", "Royal Commission for Jubail and Yanbu",
       LC_ORGANISATION_ROLE_HOST, wide, 0);
  add (store, id, "", "Arab Bureau of Education", LC_ORGANISATION_ROLE_ORGANISER, "", 1);
  add (store, id, "", "UNESCO Institute for Lifelong Learning", LC_ORGANISATION_ROLE_PARTNER, square, 2);
  add (store, id, "", "Hamburg Learning Festival", LC_ORGANISATION_ROLE_SPONSOR, square, 3);
  /* Hostile text is printed as written: no markup, no reordering. */
  add (store, id, "", "<b>Bold</b> & \u202eCo", LC_ORGANISATION_ROLE_SPONSOR, "", 4);
  return id;
}

/* @text says each role (in capitals, as pdftotext reads the agenda's
 * spaced letters, or as written) then its names, in the roles' order. */
static void
assert_names_in_order (const char *text)
{
  static const char *const words[] = { "HOST", "RoyalCommissionforJubailandYanbu",
                                       "ORGANISERS", "ArabBureauofEducation",
                                       "PARTNERS", "UNESCOInstituteforLifelongLearning",
                                       "SPONSORS", "HamburgLearningFestival", "<b>Bold</b>&" };
  g_autoptr(GString) solid = g_string_new (NULL);
  const char *at;

  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (solid, *p);
  at = solid->str;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      const char *found = strstr (at, words[i]);

      if (found == NULL && g_ascii_isupper (words[i][0]) && g_ascii_isupper (words[i][1]))
        {
          /* A role's label as written, not in capitals. */
          g_autofree char *down = g_ascii_strdown (words[i] + 1, -1);
          g_autofree char *label = g_strdup_printf ("%c%s", words[i][0], down);

          found = strstr (at, label);
          if (found != NULL)
            {
              at = found + strlen (label);
              continue;
            }
        }
      if (found == NULL)
        g_error ("the cover does not say “%s” after what came before:\n%s", words[i], text);
      at = found + strlen (words[i]);
    }
}

/* The lines of pdfimages -list after its two lines of heading. */
static guint
count_images (const char *list,
              const char *size)
{
  g_auto(GStrv) lines = g_strsplit (list, "\n", -1);
  guint n = 0;

  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
      g_auto(GStrv) words = NULL;

      if (*lines[i] == '\0')
        continue;
      for (guint f = 0; fields[f] != NULL; f++)
        if (*fields[f] != '\0')
          g_strv_builder_add (kept, fields[f]);
      words = g_strv_builder_end (kept);
      /* page num type width height … */
      g_assert_cmpuint (g_strv_length (words), >, 4);
      g_assert_cmpstr (words[0], ==, "1");
      if (size == NULL || g_str_equal (size, words[3]))
        n++;
    }
  return n;
}

/* Page 1 of @pdf (the agenda's title page, the report's cover) shows the
 * three logos, each at its stored size (256×85 scaled down from 600×200;
 * the 64×64 kept as it was), and each role's heading above its names. */
static void
assert_first_page_shows_partners (const char *pdf)
{
  g_autofree char *images = lc_test_tool_output ("pdfimages", "-list", pdf, NULL);
  g_autofree char *text = lc_test_tool_output ("pdftotext", "-l", "1", pdf, "-", NULL);

  g_test_message ("%s", images);
  g_assert_cmpuint (count_images (images, NULL), ==, 3);
  g_assert_cmpuint (count_images (images, "256"), ==, 1);
  g_assert_cmpuint (count_images (images, "64"), ==, 2);
  assert_names_in_order (text);
}

static void
test_title_page (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "agenda.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (path, &error);
  gint64 id;

  g_assert_no_error (error);
  id = partners_convention (store);

  g_assert_true (lc_agenda_export_pdf (store, id, pdf, LC_AGENDA_LANGUAGE_ENGLISH, LC_PAPER_A4, &error));
  g_assert_no_error (error);

  assert_first_page_shows_partners (pdf);

  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

/* The final report's cover shows the same names under the same roles, and
 * the same three logos (issue 13); its OpenDocument text embeds them as
 * PNG images, at the size stored, with the names. */
static void
test_report_cover (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *odt = g_build_filename (dir, "report.fodt", NULL);
  g_autofree char *text = NULL, *xml = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (path, &error);
  g_autoptr(GRegex) logo = g_regex_new ("draw:name=\"Logo [0-9]+\"[^>]*>\\s*<draw:image"
                                        " draw:mime-type=\"image/png\">\\s*<office:binary-data>([^<]*)<",
                                        0, 0, NULL);
  g_autoptr(GRegex) tags = g_regex_new ("<[^>]*>", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GString) sizes = g_string_new (NULL);
  gint64 id;

  g_assert_no_error (error);
  id = partners_convention (store);

  g_assert_true (lc_report_write_pdf (store, id, pdf, LC_AGENDA_LANGUAGE_ENGLISH, LC_DIGITS_DEFAULT,
                                      LC_PAPER_A4, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_first_page_shows_partners (pdf);

  g_assert_true (lc_report_write_odt (store, id, odt, LC_AGENDA_LANGUAGE_ENGLISH, LC_DIGITS_DEFAULT,
                                      NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (odt, &xml, NULL, &error));
  g_regex_match (logo, xml, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *base64 = g_match_info_fetch (match, 1);
      gsize length = 0;
      g_autofree guchar *png = g_base64_decode (base64, &length);
      g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new_with_type ("png", NULL);
      GdkPixbuf *image;

      g_assert_true (gdk_pixbuf_loader_write (loader, png, length, &error));
      g_assert_true (gdk_pixbuf_loader_close (loader, &error));
      image = gdk_pixbuf_loader_get_pixbuf (loader);
      g_string_append_printf (sizes, "%dx%d ", gdk_pixbuf_get_width (image), gdk_pixbuf_get_height (image));
    }
  g_assert_cmpstr (sizes->str, ==, "256x85 64x64 64x64 ");
  /* The document's text: its elements taken out, XML's escapes undone. */
  g_free (text);
  text = g_regex_replace (tags, xml, -1, 0, "", 0, NULL);
  {
    g_auto(GStrv) lt = g_strsplit (text, "&lt;", -1);
    g_autofree char *a = g_strjoinv ("<", lt);
    g_auto(GStrv) gt = g_strsplit (a, "&gt;", -1);
    g_autofree char *b = g_strjoinv (">", gt);
    g_auto(GStrv) amp = g_strsplit (b, "&amp;", -1);
    g_autofree char *plain = g_strjoinv ("&", amp);

    assert_names_in_order (plain);
  }

  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  int skipped = 0;

  if (!lc_test_pdf_init (&argc, &argv, &skipped))
    return skipped;

  g_test_add_func ("/organisations-pdf/title-page", test_title_page);
  g_test_add_func ("/organisations-pdf/report-cover", test_report_cover);

  return g_test_run ();
}
