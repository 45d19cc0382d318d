/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-convention-check.h"
#include "lc-error.h"

/* What makes a convention's details acceptable, in one place: the importer
 * and the New Convention and Convention Details dialog both ask here, so
 * the program can never create a convention whose exported file it would
 * refuse to import again. */

/**
 * lc_time_zone_is_valid:
 * @zone: (nullable): a time zone's name
 *
 * Returns: %TRUE when @zone names a time zone this system knows, as an
 *   IANA name such as Asia/Riyadh (not a path to a file: GLib would read
 *   one, and another computer would not have it)
 */
gboolean
lc_time_zone_is_valid (const char *zone)
{
  g_autoptr(GTimeZone) tz = NULL;

  if (zone == NULL || *zone == '\0' || *zone == '/' || strstr (zone, "..") != NULL)
    return FALSE;

  tz = g_time_zone_new_identifier (zone);
  return tz != NULL;
}

static gboolean
is_blank (const char *text)
{
  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
invalid (LcConventionField   which,
         LcConventionField  *field,
         GError            **error,
         char               *message)
{
  if (field != NULL)
    *field = which;
  g_set_error_literal (error, LC_ERROR, LC_ERROR_INVALID_VALUE, message);
  g_free (message);
  return FALSE;
}

/**
 * lc_convention_validate:
 * @convention: a convention's details, stored or not
 * @field: (out) (optional): the field in error, or %LC_CONVENTION_FIELD_NONE
 * @error: return location for a #GError
 *
 * Checks a convention's details: a title in at least one language, real
 * first and last days in order, at most %LC_CONVENTION_MAX_DAYS days apart,
 * and a known time zone.
 *
 * Returns: %TRUE when valid; otherwise %LC_ERROR_INVALID_VALUE with a
 *   message for the person who typed the field
 */
gboolean
lc_convention_validate (LcRecord           *convention,
                        LcConventionField  *field,
                        GError            **error)
{
  const char *start = lc_record_get_string (convention, "start-date");
  const char *end = lc_record_get_string (convention, "end-date");
  const char *zone = lc_record_get_string (convention, "time-zone");
  GDate first, last;
  int days;

  g_return_val_if_fail (LC_IS_CONVENTION (convention), FALSE);

  if (field != NULL)
    *field = LC_CONVENTION_FIELD_NONE;

  if (is_blank (lc_record_get_string (convention, "title-ar"))
      && is_blank (lc_record_get_string (convention, "title-en")))
    return invalid (LC_CONVENTION_FIELD_TITLE, field, error,
                    g_strdup (_("Give the convention a title in Arabic, English or both.")));

  if (!lc_date_parse (start, &first))
    return invalid (LC_CONVENTION_FIELD_START_DATE, field, error,
                    g_strdup_printf (_("The first day must be a real date written YYYY-MM-DD, "
                                       "such as 2023-05-10; “%s” is not."), start));
  if (!lc_date_parse (end, &last))
    return invalid (LC_CONVENTION_FIELD_END_DATE, field, error,
                    g_strdup_printf (_("The last day must be a real date written YYYY-MM-DD, "
                                       "such as 2023-05-11; “%s” is not."), end));

  days = g_date_days_between (&first, &last) + 1;
  if (days < 1)
    return invalid (LC_CONVENTION_FIELD_END_DATE, field, error,
                    g_strdup (_("The last day cannot be before the first day.")));
  if (days > LC_CONVENTION_MAX_DAYS)
    {
      g_autofree char *count = g_strdup_printf ("%d", days);

      return invalid (LC_CONVENTION_FIELD_END_DATE, field, error,
                      g_strdup_printf (_("A convention lasts at most %d days, and %s to %s is %s "
                                         "days; check the years of both dates."),
                                       LC_CONVENTION_MAX_DAYS, start, end, count));
    }

  if (!lc_time_zone_is_valid (zone))
    return invalid (LC_CONVENTION_FIELD_TIME_ZONE, field, error,
                    g_strdup_printf (_("“%s” is not a known time zone; give a place name such as "
                                       "Asia/Riyadh or Africa/Cairo."), zone));

  return TRUE;
}

/**
 * lc_convention_list_days:
 * @convention: a convention
 *
 * The convention's days, for the views and exports that show one day after
 * another. Never more than %LC_CONVENTION_MAX_DAYS, even for a convention
 * stored by an older version, or written into the library by another
 * program, with a longer span.
 *
 * Returns: (transfer full) (element-type utf8): the days as YYYY-MM-DD, in
 *   order; empty when the dates are not valid
 */
GPtrArray *
lc_convention_list_days (LcRecord *convention)
{
  GPtrArray *days = g_ptr_array_new_with_free_func (g_free);
  GDate day, last;

  if (!lc_date_parse (lc_record_get_string (convention, "start-date"), &day)
      || !lc_date_parse (lc_record_get_string (convention, "end-date"), &last))
    return days;

  for (; g_date_compare (&day, &last) <= 0 && days->len < LC_CONVENTION_MAX_DAYS;
       g_date_add_days (&day, 1))
    {
      g_ptr_array_add (days, g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&day),
                                              g_date_get_month (&day), g_date_get_day (&day)));
    }

  return days;
}
