/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fontconfig/fontconfig.h>
#include <glib/gi18n-lib.h>
#include <pango/pangofc-fontmap.h>

#include "lc-agenda-pdf-private.h"
#include "lc-error.h"

/* The agenda is set in named fonts only. Rather than let fontconfig sort
 * every font on the system (fonts-noto-core alone installs hundreds) each
 * time Pango needs a fallback, the renderer gets a font map of its own that
 * holds just the chosen families. That makes the first layout of a process
 * about a third cheaper, and the output the same on every machine that has
 * the same fonts: nothing else can ever be picked, or embedded.
 *
 * Which fonts are there depends on where the app runs. On a desktop with
 * fonts-noto-core (or its equivalent) the Noto fonts the agenda was drawn
 * for; in the Flatpak, the GNOME runtime's own fonts (DejaVu Sans, which
 * writes Arabic too) plus whatever the host's fonts are, which flatpak
 * shows the sandbox in /run/host/fonts and the runtime's fontconfig reads.
 * So each role takes the first family of its list that is installed and
 * covers its language, else the best font fontconfig has for that language;
 * a role no installed font can fill stays empty, and a text that needs it is
 * refused with a message (lc_agenda_layout_check_fonts()) instead of being
 * printed as empty boxes. */

typedef struct
{
  const char *lang;           /* fontconfig's language code it must cover */
  const char *preferred[5];
} LcFontRole;

enum { ROLE_LATIN, ROLE_NASKH, ROLE_ARABIC_SANS, N_ROLES };

static const LcFontRole roles[N_ROLES] = {
  [ROLE_LATIN] = { "en", { "Noto Sans", "DejaVu Sans", "Adwaita Sans", "Cantarell", NULL } },
  [ROLE_NASKH] = { "ar", { "Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "DejaVu Sans", NULL } },
  [ROLE_ARABIC_SANS] = { "ar", { "Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans", NULL } },
};

typedef struct
{
  FcConfig *config;           /* NULL when no font fills any role */
  char     *family[N_ROLES];  /* NULL when no font fills the role */
  char     *descriptions[N_ROLES];
} LcPdfFonts;

/* The family of the first font of @system, in fontconfig's order for @role,
 * that covers the role's language. */
static char *
find_family (FcConfig         *system,
             const LcFontRole *role)
{
  FcPattern *pattern = FcPatternCreate ();
  FcLangSet *langs = FcLangSetCreate ();
  FcFontSet *sorted;
  FcResult result;
  char *found = NULL;

  for (guint i = 0; role->preferred[i] != NULL; i++)
    FcPatternAddString (pattern, FC_FAMILY, (const FcChar8 *) role->preferred[i]);
  FcPatternAddString (pattern, FC_FAMILY, (const FcChar8 *) "sans-serif");
  FcLangSetAdd (langs, (const FcChar8 *) role->lang);
  FcPatternAddLangSet (pattern, FC_LANG, langs);
  FcConfigSubstitute (system, pattern, FcMatchPattern);
  FcDefaultSubstitute (pattern);

  sorted = FcFontSort (system, pattern, FcFalse, NULL, &result);
  for (int i = 0; sorted != NULL && i < sorted->nfont && found == NULL; i++)
    {
      FcLangSet *covered = NULL;
      FcChar8 *family = NULL;

      if (FcPatternGetLangSet (sorted->fonts[i], FC_LANG, 0, &covered) == FcResultMatch
          && FcLangSetHasLang (covered, (const FcChar8 *) role->lang) == FcLangEqual
          && FcPatternGetString (sorted->fonts[i], FC_FAMILY, 0, &family) == FcResultMatch)
        found = g_strdup ((const char *) family);
    }

  if (sorted != NULL)
    FcFontSetDestroy (sorted);
  FcLangSetDestroy (langs);
  FcPatternDestroy (pattern);

  return found;
}

/* Adds every face of @family known to @system to @fonts; returns how many.
 * The faces are the system's own patterns, read from fontconfig's cache:
 * adding the files instead (FcConfigAppFontAddFile) would open and scan
 * every one of them again with FreeType, about a quarter of the time a
 * small agenda takes to export. */
static int
add_family (FcConfig   *system,
            FcFontSet  *fonts,
            const char *family)
{
  FcFontSet *sets[] = { FcConfigGetFonts (system, FcSetSystem),
                        FcConfigGetFonts (system, FcSetApplication) };
  int added = 0;

  for (guint s = 0; s < G_N_ELEMENTS (sets); s++)
    for (int i = 0; sets[s] != NULL && i < sets[s]->nfont; i++)
      {
        FcPattern *face = sets[s]->fonts[i];
        gboolean named = FALSE;
        FcChar8 *name = NULL;

        /* Any of its names, as FcFontList() matches them: a face may
         * carry its family's name in several languages. */
        for (int n = 0; !named && FcPatternGetString (face, FC_FAMILY, n, &name) == FcResultMatch;
             n++)
          named = FcStrCmpIgnoreCase (name, (const FcChar8 *) family) == 0;
        if (named)
          {
            FcPatternReference (face);
            if (FcFontSetAdd (fonts, face))
              added++;
            else
              FcPatternDestroy (face);
          }
      }

  return added;
}

/* "first, second": each role's family with the other script's after it,
 * for runs of that script inside a text. */
static char *
join_families (const char *first,
               const char *second)
{
  if (first == NULL)
    return g_strdup (second != NULL ? second : "sans-serif");
  if (second == NULL || g_str_equal (first, second))
    return g_strdup (first);
  return g_strconcat (first, ", ", second, NULL);
}

/* The fonts, chosen once per process. */
static const LcPdfFonts *
agenda_fonts (void)
{
  static gsize initialised = 0;
  static LcPdfFonts fonts;

  if (g_once_init_enter (&initialised))
    {
      FcConfig *system = FcConfigReference (NULL);
      FcConfig *own = FcConfigCreate ();
      /* No font directories: an empty set the chosen faces go into. */
      FcFontSet *set = FcConfigBuildFonts (own) ? FcConfigGetFonts (own, FcSetSystem) : NULL;
      int added = 0;

      for (guint r = 0; r < N_ROLES; r++)
        {
          fonts.family[r] = system != NULL ? find_family (system, &roles[r]) : NULL;
          if (fonts.family[r] != NULL && set != NULL)
            added += add_family (system, set, fonts.family[r]);
        }
      /* The last resort for symbols the chosen fonts lack. */
      if (system != NULL && set != NULL)
        added += add_family (system, set, "DejaVu Sans");

      fonts.descriptions[ROLE_LATIN] = join_families (fonts.family[ROLE_LATIN],
                                                      fonts.family[ROLE_NASKH]);
      fonts.descriptions[ROLE_NASKH] = join_families (fonts.family[ROLE_NASKH],
                                                      fonts.family[ROLE_LATIN]);
      fonts.descriptions[ROLE_ARABIC_SANS] = join_families (fonts.family[ROLE_ARABIC_SANS],
                                                            fonts.family[ROLE_LATIN]);
      g_debug ("PDF fonts: Latin %s, Arabic %s, Arabic labels %s",
               fonts.family[ROLE_LATIN], fonts.family[ROLE_NASKH],
               fonts.family[ROLE_ARABIC_SANS]);

      if (added > 0)
        fonts.config = own;
      else
        FcConfigDestroy (own);
      if (system != NULL)
        FcConfigDestroy (system);
      g_once_init_leave (&initialised, 1);
    }

  return &fonts;
}

static gpointer
choose_fonts (gpointer data)
{
  agenda_fonts ();
  return NULL;
}

/**
 * lc_pdf_fonts_prepare:
 *
 * Starts choosing the fonts in a thread, for a command about to draw a
 * PDF: fontconfig reading its configuration and the system's fonts, and
 * sorting them for each role, took 36 of the 392 million instructions of
 * the sample's bilingual agenda, all on the command's path; they now go
 * while the library opens and the convention loads. The first use of the
 * fonts waits for the thread if it has not finished.
 *
 * Returns: (transfer full): the thread, to join
 */
GThread *
lc_pdf_fonts_prepare (void)
{
  return g_thread_new ("lc-pdf-fonts", choose_fonts, NULL);
}

/* The family list of a font description for text in @script, in labels
 * (@sans) or running text. */
const char *
lc_pdf_font_families (LcScript script,
                      gboolean sans)
{
  const LcPdfFonts *fonts = agenda_fonts ();

  if (script == LC_SCRIPT_LATIN)
    return fonts->descriptions[ROLE_LATIN];
  return fonts->descriptions[sans ? ROLE_ARABIC_SANS : ROLE_NASKH];
}

/* Notes the scripts of the letters of @layout that no font could draw,
 * among Arabic and Latin (the scripts the agenda is written in; a symbol of
 * another script stays an empty box, as anywhere else). */
void
lc_pdf_note_missing_glyphs (LcAgendaLayout *self,
                            PangoLayout    *layout)
{
  const guint all = 1 << LC_SCRIPT_LATIN | 1 << LC_SCRIPT_ARABIC;
  PangoLayoutIter *iter;

  if (self->missing == all || pango_layout_get_unknown_glyphs_count (layout) == 0)
    return;

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);

      for (int i = 0; run != NULL && i < run->glyphs->num_glyphs; i++)
        {
          PangoGlyph glyph = run->glyphs->glyphs[i].glyph;
          /* An unknown glyph carries the character it stands for. */
          GUnicodeScript script = g_unichar_get_script (glyph & ~PANGO_GLYPH_UNKNOWN_FLAG);

          if ((glyph & PANGO_GLYPH_UNKNOWN_FLAG) == 0)
            continue;
          if (script == G_UNICODE_SCRIPT_ARABIC)
            self->missing |= 1 << LC_SCRIPT_ARABIC;
          else if (script == G_UNICODE_SCRIPT_LATIN)
            self->missing |= 1 << LC_SCRIPT_LATIN;
        }
    }
  while (self->missing != all && pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);
}

/* Refuses at once when no installed font writes either script: every text
 * would be empty boxes, and laying out pages with no font at all is slow. */
gboolean
lc_pdf_check_any_font (GError **error)
{
  const LcPdfFonts *fonts = agenda_fonts ();

  if (fonts->family[ROLE_LATIN] != NULL || fonts->family[ROLE_NASKH] != NULL)
    return TRUE;

  g_set_error_literal (error, LC_ERROR, LC_ERROR_MISSING_FONT,
                       _("No font that can write Arabic or Latin letters is installed, so the text "
                         "would print as empty boxes. Install fonts such as Noto Naskh Arabic and "
                         "Noto Sans (in Debian and Ubuntu, the package fonts-noto-core), and try "
                         "again."));
  return FALSE;
}

/**
 * lc_agenda_layout_check_fonts:
 * @self: a layout
 * @error: return location for a #GError
 *
 * Checks that every Arabic and Latin letter of the pages has a font to be
 * drawn with; a PDF without one would show empty boxes where the text is.
 *
 * Returns: %TRUE when the pages can be drawn, %FALSE (with
 *   %LC_ERROR_MISSING_FONT) when a font must be installed first
 */
gboolean
lc_agenda_layout_check_fonts (LcAgendaLayout  *self,
                              GError         **error)
{
  if (self->missing == 0)
    return TRUE;

  if (self->missing & (1 << LC_SCRIPT_ARABIC))
    g_set_error_literal (error, LC_ERROR, LC_ERROR_MISSING_FONT,
                         _("No font that can write Arabic is installed, so the Arabic text would "
                           "print as empty boxes. Install an Arabic font, such as Noto Naskh Arabic "
                           "(in Debian and Ubuntu, the package fonts-noto-core), and try again."));
  else
    g_set_error_literal (error, LC_ERROR, LC_ERROR_MISSING_FONT,
                         _("No font that can write Latin letters is installed, so the text in Latin "
                           "letters would print as empty boxes. Install a font such as Noto Sans or "
                           "DejaVu Sans, and try again."));
  return FALSE;
}

static void
unref_font_map (gpointer map)
{
  g_object_unref (map);
}

/**
 * lc_pdf_get_font_map:
 *
 * The font map the agenda is laid out with, one per thread (font maps are
 * not thread-safe): the chosen fonts only, or the default font map when
 * no installed font writes Arabic or English.
 *
 * Returns: (transfer none): the font map
 */
PangoFontMap *
lc_pdf_get_font_map (void)
{
  static GPrivate per_thread = G_PRIVATE_INIT (unref_font_map);
  PangoFontMap *map = g_private_get (&per_thread);
  const LcPdfFonts *fonts;

  if (map != NULL)
    return map;

  fonts = agenda_fonts ();
  if (fonts->config == NULL)
    return pango_cairo_font_map_get_default ();

  map = pango_cairo_font_map_new_for_font_type (CAIRO_FONT_TYPE_FT);
  if (map == NULL || !PANGO_IS_FC_FONT_MAP (map))
    {
      g_clear_object (&map);
      return pango_cairo_font_map_get_default ();
    }
  pango_fc_font_map_set_config (PANGO_FC_FONT_MAP (map), fonts->config);
  g_private_set (&per_thread, map);

  return map;
}
