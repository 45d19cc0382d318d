/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-sdg.h"
#include "lc-util.h"

typedef struct
{
  const char *name;
  const char *color;
  const char *text_color;
} Goal;

/* Text on a goal's colour: the official icons always use white, which is
 * hard to read on the yellows and light blues, so each goal gets white or
 * near black, whichever has the higher WCAG contrast ratio with it (e.g.
 * goal 7: 1.6 with white, 10.3 with #1E1E1E). */
#define WHITE "#FFFFFF"
#define DARK "#1E1E1E"

/* The UN's official short names and colour codes (un.org/sustainabledevelopment,
 * "SDG guidelines for the use of the logo"), goal N at index N - 1. */
static const Goal goals[LC_SDG_COUNT] = {
  /* Translators: the official short name of UN Sustainable Development Goal 1;
   * please use the UN's own Arabic wording for all 17 goals */
  { NC_("sdg", "No poverty"), "#E5243B", WHITE },
  { NC_("sdg", "Zero hunger"), "#DDA63A", DARK },
  { NC_("sdg", "Good health and well-being"), "#4C9F38", DARK },
  { NC_("sdg", "Quality education"), "#C5192D", WHITE },
  { NC_("sdg", "Gender equality"), "#FF3A21", DARK },
  { NC_("sdg", "Clean water and sanitation"), "#26BDE2", DARK },
  { NC_("sdg", "Affordable and clean energy"), "#FCC30B", DARK },
  { NC_("sdg", "Decent work and economic growth"), "#A21942", WHITE },
  { NC_("sdg", "Industry, innovation and infrastructure"), "#FD6925", DARK },
  { NC_("sdg", "Reduced inequalities"), "#DD1367", WHITE },
  { NC_("sdg", "Sustainable cities and communities"), "#FD9D24", DARK },
  { NC_("sdg", "Responsible consumption and production"), "#BF8B2E", DARK },
  { NC_("sdg", "Climate action"), "#3F7E44", WHITE },
  { NC_("sdg", "Life below water"), "#0A97D9", DARK },
  { NC_("sdg", "Life on land"), "#56C02B", DARK },
  { NC_("sdg", "Peace, justice and strong institutions"), "#00689D", WHITE },
  { NC_("sdg", "Partnerships for the goals"), "#19486A", WHITE },
};

typedef struct
{
  const char *code;
  const char *name;
} Country;

/* The member states of the Arab League, then the countries that most often
 * send cities to these conventions. Any other code is shown as it is. */
static const Country countries[] = {
  /* Translators: a country's name (ISO 3166 code DZ) */
  { "DZ", N_("Algeria") },
  { "BH", N_("Bahrain") },
  { "KM", N_("Comoros") },
  { "DJ", N_("Djibouti") },
  { "EG", N_("Egypt") },
  { "IQ", N_("Iraq") },
  { "JO", N_("Jordan") },
  { "KW", N_("Kuwait") },
  { "LB", N_("Lebanon") },
  { "LY", N_("Libya") },
  { "MR", N_("Mauritania") },
  { "MA", N_("Morocco") },
  { "OM", N_("Oman") },
  { "PS", N_("Palestine") },
  { "QA", N_("Qatar") },
  { "SA", N_("Saudi Arabia") },
  { "SO", N_("Somalia") },
  { "SD", N_("Sudan") },
  { "SY", N_("Syria") },
  { "TN", N_("Tunisia") },
  { "AE", N_("United Arab Emirates") },
  { "YE", N_("Yemen") },
  { "BR", N_("Brazil") },
  { "CN", N_("China") },
  { "DE", N_("Germany") },
  { "ES", N_("Spain") },
  { "FR", N_("France") },
  { "GB", N_("United Kingdom") },
  { "GR", N_("Greece") },
  { "IE", N_("Ireland") },
  { "IN", N_("India") },
  { "IR", N_("Iran") },
  { "IT", N_("Italy") },
  { "JP", N_("Japan") },
  { "KR", N_("Republic of Korea") },
  { "MX", N_("Mexico") },
  { "PT", N_("Portugal") },
  { "TR", N_("Türkiye") },
  { "US", N_("United States") },
};

/**
 * lc_sdg_get_name:
 * @goal: 1–17
 *
 * Returns: (transfer none): the goal's official short name, translated
 */
const char *
lc_sdg_get_name (guint goal)
{
  g_return_val_if_fail (goal >= 1 && goal <= LC_SDG_COUNT, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "sdg", goals[goal - 1].name);
}

/**
 * lc_sdg_get_color:
 * @goal: 1–17
 * @color: (out): the goal's official colour
 */
void
lc_sdg_get_color (guint    goal,
                  GdkRGBA *color)
{
  g_return_if_fail (goal >= 1 && goal <= LC_SDG_COUNT);

  gdk_rgba_parse (color, goals[goal - 1].color);
}

/**
 * lc_sdg_get_text_color:
 * @goal: 1–17
 * @color: (out): the colour of text drawn on the goal's colour
 */
void
lc_sdg_get_text_color (guint    goal,
                       GdkRGBA *color)
{
  g_return_if_fail (goal >= 1 && goal <= LC_SDG_COUNT);

  gdk_rgba_parse (color, goals[goal - 1].text_color);
}

/**
 * lc_sdg_describe:
 * @goal: 1–17
 *
 * Returns: (transfer full): e.g. "Goal 7: Affordable and clean energy"
 */
char *
lc_sdg_describe (guint goal)
{
  /* Translators: a Sustainable Development Goal: its number, then its name */
  return lc_ui_printf (_("Goal %1$u: %2$s"), goal, lc_sdg_get_name (goal));
}

/**
 * lc_sdg_ensure_style:
 * @display: where the widgets are shown
 *
 * Adds the style classes "sdg-1" … "sdg-17" (a goal's colour as background,
 * with readable text), "sdg-chip" and "sdg-toggle" to @display, once. The
 * colours are generated from the table above so they live in one place.
 */
void
lc_sdg_ensure_style (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) provider = NULL;
  g_autoptr(GString) css = NULL;

  if (g_object_get_data (G_OBJECT (display), "lc-sdg-style") != NULL)
    return;

  css = g_string_new (".sdg-chip { border-radius: 4px; padding: 1px 4px; min-width: 16px;"
                      " font-weight: bold; font-size: 0.8em; }\n"
                      ".sdg-toggle { padding: 6px 8px; border-radius: 8px; min-height: 40px; }\n"
                      ".sdg-toggle .sdg-number { font-weight: bold; font-size: 1.3em;"
                      " border-radius: 6px; min-width: 30px; min-height: 30px; }\n"
                      ".sdg-toggle .sdg-name { font-size: 0.9em; font-weight: normal; }\n"
                      ".sdg-toggle:checked .sdg-name { font-weight: bold; }\n");
  for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
    {
      const char *fg = goals[goal - 1].text_color;

      g_string_append_printf (css, ".sdg-%u { background-color: %s; color: %s; }\n",
                              goal, goals[goal - 1].color, fg);
      /* A toggle shows its colour only on its number until it is chosen,
       * then fills with it (a check mark says so too, for those who cannot
       * tell the colours apart). */
      g_string_append_printf (css,
                              ".sdg-toggle.sdg-%1$u { background-color: alpha(%2$s, 0.12); color: inherit;"
                              " box-shadow: inset 0 0 0 1px alpha(%2$s, 0.5); }\n"
                              ".sdg-toggle.sdg-%1$u:hover { background-color: alpha(%2$s, 0.22); }\n"
                              ".sdg-toggle.sdg-%1$u:checked { background-color: %2$s; color: %3$s;"
                              " box-shadow: none; }\n"
                              ".sdg-toggle.sdg-%1$u:checked:hover { background-color: shade(%2$s, 1.08); }\n"
                              ".sdg-toggle.sdg-%1$u .sdg-number { background-color: %2$s; color: %3$s; }\n",
                              goal, goals[goal - 1].color, fg);
    }

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, css->str, css->len);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), "lc-sdg-style", g_steal_pointer (&provider), g_object_unref);
}

/**
 * lc_sdg_chip_new:
 * @goal: 1–17
 *
 * Returns: (transfer floating): a small label in the goal's colour showing
 *   its number (the number, not only the colour, says which goal it is)
 */
GtkWidget *
lc_sdg_chip_new (guint goal)
{
  g_autofree char *number = lc_ui_format_number (goal);
  g_autofree char *description = lc_sdg_describe (goal);
  g_autofree char *class = g_strdup_printf ("sdg-%u", goal);
  GtkWidget *chip = gtk_label_new (number);

  gtk_widget_add_css_class (chip, "sdg-chip");
  gtk_widget_add_css_class (chip, class);
  gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (chip, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  return chip;
}

/**
 * lc_sdg_count_chosen:
 * @sdgs: a city's "sdgs" bit set
 *
 * Returns: how many goals it holds
 */
guint
lc_sdg_count_chosen (gint64 sdgs)
{
  guint n = 0;

  for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
    if (sdgs & ((gint64) 1 << goal))
      n++;

  return n;
}

/**
 * lc_country_get_name:
 * @code: an ISO 3166 two-letter code, any case
 *
 * Returns: (transfer none): the country's translated name, or @code itself
 *   when it is not one the table knows
 */
const char *
lc_country_get_name (const char *code)
{
  if (code == NULL)
    return "";

  for (guint i = 0; i < G_N_ELEMENTS (countries); i++)
    if (g_ascii_strcasecmp (countries[i].code, code) == 0)
      return _(countries[i].name);

  return code;
}

/**
 * lc_country_code_is_valid:
 * @code: what the user typed
 *
 * Returns: %TRUE when @code is two Latin letters (the form of an ISO 3166
 *   code; whether the country exists is not checked, so new codes work)
 */
gboolean
lc_country_code_is_valid (const char *code)
{
  return code != NULL && g_ascii_isalpha (code[0]) && g_ascii_isalpha (code[1]) && code[2] == '\0';
}
