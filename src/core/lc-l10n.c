/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "lc-l10n.h"

/* Translations come from lc-l10n-catalogue.c's reader rather than from
 * gettext, which translates into the process locale only. */

static char *catalogue_path;

/* The Arabic catalogue, read once: $LC_LOCALEDIR first (the build tree,
 * for tests and for running uninstalled), then the installed one. */
static LcCatalogue *
arabic_catalogue (void)
{
  static gsize initialised = 0;
  static LcCatalogue *catalogue;

  if (g_once_init_enter (&initialised))
    {
      const char *dirs[] = { g_getenv ("LC_LOCALEDIR"), LOCALEDIR };

      for (guint i = 0; i < G_N_ELEMENTS (dirs) && catalogue == NULL; i++)
        {
          g_autofree char *path = NULL;
          g_autoptr(GError) error = NULL;

          if (dirs[i] == NULL || *dirs[i] == '\0')
            continue;
          path = g_build_filename (dirs[i], "ar", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
          if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
            continue;

          catalogue = lc_catalogue_new_from_file (path, &error);
          if (catalogue == NULL)
            g_warning ("%s", error->message);
          else
            catalogue_path = g_steal_pointer (&path);
        }
      g_once_init_leave (&initialised, 1);
    }

  return catalogue;
}

/**
 * lc_l10n_get_catalogue_path:
 *
 * Returns: (nullable): the Arabic catalogue in use, or %NULL when none was found
 */
const char *
lc_l10n_get_catalogue_path (void)
{
  arabic_catalogue ();
  return catalogue_path;
}

/**
 * lc_l10n_init:
 *
 * What both programs (the command and the window's) do first: the locale
 * from the environment, and the application's catalogue, from
 * `LC_LOCALEDIR` when it is set (a build tree's) or else where it is
 * installed.
 */
void
lc_l10n_init (void)
{
  const char *dir = g_getenv ("LC_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, dir != NULL ? dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/**
 * lc_l10n_gettext:
 * @language: the language wanted
 * @msgid: the English text (marked with N_() so it reaches the catalogue)
 *
 * Returns: the text in @language; the English text when there is no translation
 */
const char *
lc_l10n_gettext (LcLanguage  language,
                 const char *msgid)
{
  return lc_l10n_pgettext (language, NULL, msgid);
}

/**
 * lc_l10n_pgettext:
 * @language: the language wanted
 * @context: (nullable): the msgctxt (the same as in the NC_() mark)
 * @msgid: the English text
 *
 * Returns: the text in @language; the English text when there is no translation
 */
const char *
lc_l10n_pgettext (LcLanguage  language,
                  const char *context,
                  const char *msgid)
{
  LcCatalogue *catalogue;
  const char *text;

  if (language != LC_LANGUAGE_ARABIC || msgid == NULL || *msgid == '\0')
    return msgid;

  catalogue = arabic_catalogue ();
  if (catalogue == NULL)
    return msgid;

  text = lc_catalogue_lookup (catalogue, context, msgid, 0);
  return text ? text : msgid;
}

/* Which of Arabic's six plural forms @n takes: the rule of po/ar.po's
 * Plural-Forms header (the only catalogue this reader looks up). */
static guint
arabic_plural_form (gulong n)
{
  if (n <= 2)
    return (guint) n;
  if (n % 100 >= 3 && n % 100 <= 10)
    return 3;
  if (n % 100 >= 11)
    return 4;
  return 5;
}

/**
 * lc_l10n_ngettext:
 * @language: the language wanted
 * @msgid: the English text for one
 * @msgid_plural: the English text for several
 * @n: how many
 *
 * Like g_dngettext(), in @language rather than the user's. xgettext finds
 * the texts through the keyword lc_l10n_ngettext:2,3 (po/meson.build).
 *
 * Returns: the text in @language for @n; the English text when there is no
 *   translation
 */
const char *
lc_l10n_ngettext (LcLanguage  language,
                  const char *msgid,
                  const char *msgid_plural,
                  gulong      n)
{
  const char *english = n == 1 ? msgid : msgid_plural;
  LcCatalogue *catalogue;
  const char *text;

  if (language != LC_LANGUAGE_ARABIC)
    return english;

  catalogue = arabic_catalogue ();
  if (catalogue == NULL)
    return english;

  text = lc_catalogue_lookup (catalogue, NULL, msgid, arabic_plural_form (n));
  return text ? text : english;
}

/**
 * lc_l10n_language_from_environment:
 *
 * The language of the user's messages, as gettext would choose it: the
 * first of LC_ALL, LC_MESSAGES and LANG that is set, overridden by LANGUAGE
 * unless the locale is C.
 *
 * Returns: %LC_LANGUAGE_ARABIC for an Arabic locale, else %LC_LANGUAGE_ENGLISH
 */
LcLanguage
lc_l10n_language_from_environment (void)
{
  const char *names[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  const char *locale = NULL, *languages;

  for (guint i = 0; i < G_N_ELEMENTS (names) && locale == NULL; i++)
    {
      const char *value = g_getenv (names[i]);

      if (value != NULL && *value != '\0')
        locale = value;
    }

  if (locale == NULL || strcmp (locale, "C") == 0 || strcmp (locale, "POSIX") == 0
      || g_str_has_prefix (locale, "C."))
    return LC_LANGUAGE_ENGLISH;

  languages = g_getenv ("LANGUAGE");
  if (languages != NULL && *languages != '\0')
    locale = languages;

  if (g_ascii_strncasecmp (locale, "ar", 2) == 0 && strchr ("_.@:", locale[2]) != NULL)
    return LC_LANGUAGE_ARABIC;

  return LC_LANGUAGE_ENGLISH;
}

/* The Gregorian names used in Saudi Arabia and the Gulf come from the
 * catalogue, like every other word, so a translator can change them. */
static const char *const month_names[] = {
  NULL,
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
};

/* Indexed by GDateWeekday: Monday is 1. */
static const char *const weekday_names[] = {
  NULL,
  NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
  NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
  NC_("weekday", "Sunday"),
};

/**
 * lc_l10n_weekday_name:
 * @language: the language wanted
 * @weekday: a valid weekday
 *
 * Returns: the weekday's full name
 */
const char *
lc_l10n_weekday_name (LcLanguage   language,
                      GDateWeekday weekday)
{
  g_return_val_if_fail (g_date_valid_weekday (weekday), "");

  return lc_l10n_pgettext (language, "weekday", weekday_names[weekday]);
}

/**
 * lc_l10n_month_name:
 * @language: the language wanted
 * @month: a valid month
 *
 * Returns: the Gregorian month's full name
 */
const char *
lc_l10n_month_name (LcLanguage language,
                    GDateMonth month)
{
  g_return_val_if_fail (g_date_valid_month (month), "");

  return lc_l10n_pgettext (language, "month", month_names[month]);
}

/**
 * lc_l10n_convert_digits:
 * @language: the language of the text
 * @digits: the digits wanted; %LC_DIGITS_DEFAULT for @language's own
 * @text: a UTF-8 text
 *
 * Rewrites every digit of @text, Western or Arabic-Indic, in @digits.
 *
 * Returns: (transfer full): the converted text
 */
char *
lc_l10n_convert_digits (LcLanguage  language,
                        LcDigits    digits,
                        const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  if (digits == LC_DIGITS_DEFAULT)
    digits = language == LC_LANGUAGE_ARABIC ? LC_DIGITS_ARABIC_INDIC : LC_DIGITS_WESTERN;

  out = g_string_sized_new (strlen (text) * 2);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int value = -1;

      if (c >= '0' && c <= '9')
        value = (int) (c - '0');
      else if (c >= 0x0660 && c <= 0x0669)
        value = (int) (c - 0x0660);
      else if (c >= 0x06F0 && c <= 0x06F9)
        value = (int) (c - 0x06F0);

      if (value < 0)
        g_string_append_unichar (out, c);
      else if (digits == LC_DIGITS_ARABIC_INDIC)
        g_string_append_unichar (out, 0x0660 + (gunichar) value);
      else
        g_string_append_c (out, (char) ('0' + value));
    }

  return g_string_free (out, FALSE);
}

/**
 * lc_l10n_localise_digits:
 * @language: the language of the text
 * @text: a UTF-8 text
 *
 * Returns: (transfer full): @text with @language's own digits (٠–٩ for Arabic)
 */
char *
lc_l10n_localise_digits (LcLanguage  language,
                         const char *text)
{
  return lc_l10n_convert_digits (language, LC_DIGITS_DEFAULT, text);
}

/**
 * lc_l10n_format_date_full:
 * @language: the language wanted
 * @digits: the digits wanted
 * @date: a valid date
 *
 * Returns: (transfer full): the date in full, e.g. "Wednesday 10 May 2023"
 */
char *
lc_l10n_format_date_full (LcLanguage   language,
                          LcDigits     digits,
                          const GDate *date)
{
  g_autofree char *day = NULL, *year = NULL, *day_digits = NULL, *year_digits = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  day = g_strdup_printf ("%u", g_date_get_day (date));
  year = g_strdup_printf ("%u", g_date_get_year (date));
  day_digits = lc_l10n_convert_digits (language, digits, day);
  year_digits = lc_l10n_convert_digits (language, digits, year);

  return g_strdup_printf (lc_l10n_pgettext (language, "long date",
                                            /* Translators: a date in full, as in "Wednesday
                                             * 10 May 2023": %1$s is the weekday, %2$s the
                                             * day of the month, %3$s the month, %4$s the
                                             * year. Reorder them or add punctuation as
                                             * your language writes dates. */
                                            NC_("long date", "%1$s %2$s %3$s %4$s")),
                          lc_l10n_weekday_name (language, g_date_get_weekday (date)),
                          day_digits,
                          lc_l10n_month_name (language, g_date_get_month (date)),
                          year_digits);
}

/**
 * lc_l10n_format_date:
 * @language: the language wanted
 * @date: a valid date
 *
 * Returns: (transfer full): the date in full with @language's own digits:
 *   "Wednesday 10 May 2023", "الأربعاء ١٠ مايو ٢٠٢٣"
 */
char *
lc_l10n_format_date (LcLanguage   language,
                     const GDate *date)
{
  return lc_l10n_format_date_full (language, LC_DIGITS_DEFAULT, date);
}
