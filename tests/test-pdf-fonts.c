/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fontconfig/fontconfig.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lc-convention-io.h"
#include "lc-test-util.h"

/* Which fonts the PDFs find, in each case that can happen (see
 * src/core/lc-pdf-fonts.c): only the fonts of the Flatpak runtime (DejaVu
 * Sans), the Noto fonts of a desktop or of the host's /run/host/fonts, no
 * font for Latin letters, no font at all. Fontconfig is set up once per
 * process, so each case runs the command line with its own FONTCONFIG_FILE
 * naming a folder that holds just the fonts of that case. */

typedef struct
{
  char  *dir;        /* the library, the fonts and the PDFs */
  char  *db_option;  /* --database=… */
} Fixture;

/* The file of the face of @family with @style, as fontconfig sees it on this
 * machine (build-aux/install-deps.sh installs fonts-noto-core and
 * fonts-dejavu-core); NULL when it is not installed. */
static char *
font_file (const char *family,
           const char *style)
{
  FcPattern *pattern = FcPatternBuild (NULL, FC_FAMILY, FcTypeString, family,
                                       FC_STYLE, FcTypeString, style, NULL);
  FcObjectSet *objects = FcObjectSetBuild (FC_FILE, NULL);
  FcFontSet *fonts = FcFontList (NULL, pattern, objects);
  FcChar8 *file = NULL;
  char *found = NULL;

  if (fonts != NULL && fonts->nfont > 0
      && FcPatternGetString (fonts->fonts[0], FC_FILE, 0, &file) == FcResultMatch)
    found = g_strdup ((const char *) file);

  if (fonts != NULL)
    FcFontSetDestroy (fonts);
  FcObjectSetDestroy (objects);
  FcPatternDestroy (pattern);

  return found;
}

/* A fontconfig configuration whose only font folder is @name, holding a
 * link to each face given as family, style pairs. Returns its path, or NULL
 * when a face is not installed here. */
static char *
font_config (Fixture    *fx,
             const char *name,
             ...)
{
  g_autofree char *fonts = g_build_filename (fx->dir, name, NULL);
  g_autofree char *cache = g_build_filename (fx->dir, "fontconfig-cache", NULL);
  g_autofree char *conf = g_strconcat (fonts, ".conf", NULL);
  g_autofree char *xml = NULL;
  g_autoptr(GError) error = NULL;
  const char *family;
  va_list ap;

  g_assert_cmpint (g_mkdir (fonts, 0700), ==, 0);
  va_start (ap, name);
  while ((family = va_arg (ap, const char *)) != NULL)
    {
      const char *style = va_arg (ap, const char *);
      g_autofree char *file = font_file (family, style);
      g_autofree char *base = NULL, *link = NULL;

      if (file == NULL)
        {
          g_autofree char *why = g_strdup_printf ("%s %s is not installed "
                                                  "(see build-aux/install-deps.sh)", family, style);

          g_test_skip (why);
          va_end (ap);
          return NULL;
        }
      base = g_path_get_basename (file);
      link = g_build_filename (fonts, base, NULL);
      g_assert_cmpint (symlink (file, link), ==, 0);
    }
  va_end (ap);

  xml = g_markup_printf_escaped ("<?xml version=\"1.0\"?>\n"
                                 "<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                                 "<fontconfig><dir>%s</dir><cachedir>%s</cachedir></fontconfig>\n",
                                 fonts, cache);
  g_file_set_contents (conf, xml, -1, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&conf);
}

/* Runs learning-cities with FONTCONFIG_FILE=@conf; returns the exit status. */
static int
run_cli (const char  *conf,
         char       **err,
         const char  *first,
         ...)
{
  g_auto(GStrv) envp = lc_test_cli_environ ("en_US.UTF-8");
  va_list ap;
  int status;

  envp = g_environ_setenv (envp, "FONTCONFIG_FILE", conf, TRUE);
  va_start (ap, first);
  status = lc_test_run_cli_valist (envp, err, first, ap);
  va_end (ap);

  return status;
}

/* pdffonts' table: one line per font, name first, "yes" in the emb column. */
static char *
pdf_fonts (const char *pdf)
{
  const char *argv[] = { "pdffonts", pdf, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);

  return out;
}

/* Every font of @pdf is embedded and its name holds one of @names. */
static void
assert_fonts (const char  *pdf,
              const char **names)
{
  g_autofree char *table = pdf_fonts (pdf);
  g_auto(GStrv) lines = g_strsplit (table, "\n", -1);
  guint seen = 0;

  for (guint i = 2; lines[i] != NULL; i++)
    {
      gboolean known = FALSE;

      if (*lines[i] == '\0')
        continue;
      for (guint n = 0; names[n] != NULL; n++)
        known = known || strstr (lines[i], names[n]) != NULL;
      if (!known)
        g_error ("%s: unexpected font: %s", pdf, lines[i]);
      g_assert_nonnull (strstr (lines[i], " yes "));  /* emb */
      seen++;
    }
  g_assert_cmpuint (seen, >, 0);
}

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  data)
{
  g_autoptr(LcStore) store = lc_test_open_store (&fx->dir);
  g_autoptr(GError) error = NULL;

  lc_convention_import_file (store, g_getenv ("LC_SAMPLE"), &error);
  g_assert_no_error (error);
  fx->db_option = g_strconcat ("--database=", lc_store_get_path (store), NULL);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  data)
{
  lc_test_remove_tree (fx->dir);
  g_free (fx->dir);
  g_free (fx->db_option);
}

/* Nothing in the folder but the library, the fonts and their configuration:
 * a refused PDF leaves no file, not even a temporary one. */
static void
assert_no_pdf (Fixture *fx)
{
  g_autoptr(GDir) dir = g_dir_open (fx->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_false (strstr (name, ".pdf") != NULL);
}

/* No font at all: every PDF is refused at once with a message naming what
 * to install, and no file is written. */
static void
test_no_font (Fixture       *fx,
              gconstpointer  data)
{
  g_autofree char *conf = font_config (fx, "no-fonts", NULL);
  g_autofree char *pdf = g_build_filename (fx->dir, "agenda.pdf", NULL);
  g_autofree char *option = g_strconcat ("--export-agenda-pdf=", pdf, NULL);
  g_autofree char *declaration = g_build_filename (fx->dir, "declaration.pdf", NULL);
  g_autofree char *declaration_option = g_strconcat ("--export-declaration-pdf=", declaration, NULL);
  const char *languages[] = { "--language=ar", "--language=bilingual", "--language=en" };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *err = NULL, *err_declaration = NULL;

      g_assert_cmpint (run_cli (conf, &err, fx->db_option, option, languages[i], NULL), ==, 1);
      g_assert_nonnull (strstr (err, "No font that can write Arabic or Latin letters is installed"));
      g_assert_nonnull (strstr (err, "Noto Naskh Arabic"));
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

      g_assert_cmpint (run_cli (conf, &err_declaration, fx->db_option, declaration_option,
                                languages[i], NULL), ==, 1);
      g_assert_nonnull (strstr (err_declaration, "No font that can write Arabic or Latin letters"));
      g_assert_false (g_file_test (declaration, G_FILE_TEST_EXISTS));
    }
  assert_no_pdf (fx);
}

/* A font for Latin letters alone: the Arabic and bilingual agendas and
 * declarations are refused, naming the Arabic font to install; the English
 * agenda, which holds no Arabic, is made. */
static void
test_latin_font_only (Fixture       *fx,
                      gconstpointer  data)
{
  g_autofree char *conf = font_config (fx, "latin", "Noto Sans", "Regular", NULL);
  g_autofree char *pdf = g_build_filename (fx->dir, "agenda.pdf", NULL);
  g_autofree char *option = g_strconcat ("--export-agenda-pdf=", pdf, NULL);
  g_autofree char *declaration = g_build_filename (fx->dir, "declaration.pdf", NULL);
  g_autofree char *declaration_option = g_strconcat ("--export-declaration-pdf=", declaration, NULL);
  const char *arabic[] = { "--language=ar", "--language=bilingual" };
  const char *noto_sans[] = { "NotoSans-", NULL };

  if (conf == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (arabic); i++)
    {
      g_autofree char *err = NULL, *err_declaration = NULL;

      g_assert_cmpint (run_cli (conf, &err, fx->db_option, option, arabic[i], NULL), ==, 1);
      g_assert_nonnull (strstr (err, "No font that can write Arabic is installed"));
      g_assert_nonnull (strstr (err, "Noto Naskh Arabic"));
      g_assert_cmpint (run_cli (conf, &err_declaration, fx->db_option, declaration_option,
                                arabic[i], NULL), ==, 1);
      g_assert_nonnull (strstr (err_declaration, "No font that can write Arabic is installed"));
      assert_no_pdf (fx);
    }

  {
    g_autofree char *err = NULL;

    g_assert_cmpint (run_cli (conf, &err, fx->db_option, option, "--language=en", NULL), ==, 0);
    assert_fonts (pdf, noto_sans);
  }
}

/* An Arabic font and no Latin one: the Arabic agenda still holds Latin
 * letters (the time zone, Asia/Riyadh), so it is refused too, naming the
 * missing Latin font rather than printing boxes. */
static void
test_arabic_font_only (Fixture       *fx,
                       gconstpointer  data)
{
  g_autofree char *conf = font_config (fx, "naskh", "Noto Naskh Arabic", "Regular", NULL);
  g_autofree char *pdf = g_build_filename (fx->dir, "agenda.pdf", NULL);
  g_autofree char *option = g_strconcat ("--export-agenda-pdf=", pdf, NULL);
  g_autofree char *err = NULL;

  if (conf == NULL)
    return;
  g_assert_cmpint (run_cli (conf, &err, fx->db_option, option, "--language=ar", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "No font that can write Latin letters is installed"));
  g_assert_null (strstr (err, "Arabic"));
  assert_no_pdf (fx);
}

/* Only the fonts of the GNOME runtime (the Flatpak with no host fonts):
 * DejaVu Sans writes both scripts, and every PDF is made with it. */
static void
test_runtime_fonts (Fixture       *fx,
                    gconstpointer  data)
{
  g_autofree char *conf = font_config (fx, "dejavu", "DejaVu Sans", "Book",
                                       "DejaVu Sans", "Bold", NULL);
  const char *languages[] = { "ar", "en", "bilingual" };
  const char *dejavu[] = { "DejaVuSans", NULL };

  if (conf == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *name = g_strdup_printf ("agenda-%s.pdf", languages[i]);
      g_autofree char *pdf = g_build_filename (fx->dir, name, NULL);
      g_autofree char *option = g_strconcat ("--export-agenda-pdf=", pdf, NULL);
      g_autofree char *language = g_strconcat ("--language=", languages[i], NULL);
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (conf, &err, fx->db_option, option, language, NULL), ==, 0);
      g_assert_cmpstr (err, ==, "");
      assert_fonts (pdf, dejavu);
    }
}

/* The Noto fonts of a desktop (or of the host, seen in /run/host/fonts):
 * Naskh for Arabic text, Noto Sans Arabic for Arabic labels, Noto Sans for
 * Latin; DejaVu Sans is not needed. */
static void
test_noto_fonts (Fixture       *fx,
                 gconstpointer  data)
{
  g_autofree char *conf = font_config (fx, "noto",
                                       "Noto Naskh Arabic", "Regular", "Noto Naskh Arabic", "Bold",
                                       "Noto Sans Arabic", "Regular", "Noto Sans Arabic", "Bold",
                                       "Noto Sans", "Regular", "Noto Sans", "Bold",
                                       "Noto Sans", "Italic", NULL);
  g_autofree char *pdf = g_build_filename (fx->dir, "agenda.pdf", NULL);
  g_autofree char *option = g_strconcat ("--export-agenda-pdf=", pdf, NULL);
  g_autofree char *table = NULL, *err = NULL;
  const char *noto[] = { "NotoNaskhArabic", "NotoSansArabic", "NotoSans-", NULL };

  if (conf == NULL)
    return;
  g_assert_cmpint (run_cli (conf, &err, fx->db_option, option, "--language=bilingual", NULL), ==, 0);
  assert_fonts (pdf, noto);
  table = pdf_fonts (pdf);
  g_assert_nonnull (strstr (table, "NotoNaskhArabic-Regular"));
  g_assert_nonnull (strstr (table, "NotoSansArabic-Bold"));
  g_assert_nonnull (strstr (table, "NotoSans-Regular"));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *pdffonts = g_find_program_in_path ("pdffonts");

  g_test_init (&argc, &argv, NULL);

  if (pdffonts == NULL)
    {
      return lc_test_skip_all ("pdffonts is missing (poppler-utils, see build-aux/install-deps.sh)");
    }

  g_test_add ("/pdf-fonts/none", Fixture, NULL, fixture_set_up, test_no_font, fixture_tear_down);
  g_test_add ("/pdf-fonts/latin-only", Fixture, NULL, fixture_set_up, test_latin_font_only,
              fixture_tear_down);
  g_test_add ("/pdf-fonts/arabic-only", Fixture, NULL, fixture_set_up, test_arabic_font_only,
              fixture_tear_down);
  g_test_add ("/pdf-fonts/runtime", Fixture, NULL, fixture_set_up, test_runtime_fonts,
              fixture_tear_down);
  g_test_add ("/pdf-fonts/noto", Fixture, NULL, fixture_set_up, test_noto_fonts,
              fixture_tear_down);

  return g_test_run ();
}
