/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>

#include "lc-agenda-pdf-private.h"

/* The agenda is set in named fonts only. Rather than let fontconfig sort
 * every font on the system (fonts-noto-core alone installs hundreds) each
 * time Pango needs a fallback, the renderer gets a font map of its own that
 * holds just these families. That makes the first layout of a process about
 * a third cheaper, and the output the same on every machine that has the
 * fonts: nothing else can ever be picked, or embedded. DejaVu Sans is the
 * last resort for symbols the Noto fonts lack. */

static const char *families[] = {
  "Noto Sans", "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans",
};

/* Adds every face of @family known to @system; returns how many. */
static int
add_family (FcConfig   *system,
            FcConfig   *config,
            const char *family)
{
  FcPattern *pattern = FcPatternBuild (NULL, FC_FAMILY, FcTypeString, family, NULL);
  FcObjectSet *objects = FcObjectSetBuild (FC_FILE, NULL);
  FcFontSet *fonts = FcFontList (system, pattern, objects);
  int added = 0;

  for (int i = 0; fonts != NULL && i < fonts->nfont; i++)
    {
      FcChar8 *file = NULL;

      if (FcPatternGetString (fonts->fonts[i], FC_FILE, 0, &file) == FcResultMatch
          && FcConfigAppFontAddFile (config, file))
        added++;
    }

  if (fonts != NULL)
    FcFontSetDestroy (fonts);
  FcObjectSetDestroy (objects);
  FcPatternDestroy (pattern);

  return added;
}

/* The configuration, built once per process; NULL when the agenda's own
 * fonts are not installed (then the system's configuration is used, and
 * fontconfig finds what it can). */
static FcConfig *
agenda_config (void)
{
  static gsize initialised = 0;
  static FcConfig *config;

  if (g_once_init_enter (&initialised))
    {
      FcConfig *system = FcConfigReference (NULL);
      FcConfig *own = FcConfigCreate ();
      gboolean complete = TRUE;

      for (guint i = 0; i < G_N_ELEMENTS (families); i++)
        if (add_family (system, own, families[i]) == 0 && i < 2)
          complete = FALSE;

      if (complete && FcConfigBuildFonts (own))
        config = own;
      else
        {
          g_debug ("Noto Sans or Noto Naskh Arabic is missing: the agenda uses the system's fonts");
          FcConfigDestroy (own);
        }
      FcConfigDestroy (system);
      g_once_init_leave (&initialised, 1);
    }

  return config;
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
 * not thread-safe): the agenda's own fonts only, or the default font map
 * when they are not installed.
 *
 * Returns: (transfer none): the font map
 */
PangoFontMap *
lc_pdf_get_font_map (void)
{
  static GPrivate per_thread = G_PRIVATE_INIT (unref_font_map);
  PangoFontMap *map = g_private_get (&per_thread);
  FcConfig *config;

  if (map != NULL)
    return map;

  config = agenda_config ();
  if (config == NULL)
    return pango_cairo_font_map_get_default ();

  map = pango_cairo_font_map_new_for_font_type (CAIRO_FONT_TYPE_FT);
  if (map == NULL || !PANGO_IS_FC_FONT_MAP (map))
    {
      g_clear_object (&map);
      return pango_cairo_font_map_get_default ();
    }
  pango_fc_font_map_set_config (PANGO_FC_FONT_MAP (map), config);
  g_private_set (&per_thread, map);

  return map;
}
