/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libical/ical.h>
#include <string.h>

#include "lc-error.h"
#include "lc-export-ics.h"
#include "lc-places.h"
#include "lc-room-details.h"

/* The agenda as an iCalendar file (RFC 5545), built with libical: one
 * VEVENT per item, its times as wall-clock times with the convention's
 * TZID, and that zone's VTIMEZONE taken from libical's time zone data, so a
 * calendar shows each item at the right moment wherever it is opened. */

/* The last year libical writes (it writes a later one as zeros). */
#define ICS_MAX_YEAR 3000

/* libical's time zone cache is global and not thread-safe. */
static GMutex zone_lock;

static gboolean
is_utc (const char *zone)
{
  return g_str_equal (zone, "UTC") || g_str_equal (zone, "Etc/UTC") || g_str_equal (zone, "Z");
}

/* The zone's VTIMEZONE, with the plain IANA name as TZID: libical names
 * zones it reads from the system "/freeassociation.sourceforge.net/Area/City",
 * which other calendar programs do not recognise. */
static icalcomponent *
make_vtimezone (const char  *zone,
                GError     **error)
{
  icaltimezone *builtin;
  icalcomponent *component = NULL;
  icalproperty *tzid;

  g_mutex_lock (&zone_lock);
  builtin = icaltimezone_get_builtin_timezone (zone);
  if (builtin != NULL && icaltimezone_get_component (builtin) != NULL)
    component = icalcomponent_new_clone (icaltimezone_get_component (builtin));
  g_mutex_unlock (&zone_lock);

  if (component == NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("The time zone “%s” is not known to the calendar library, so the agenda "
                     "cannot be exported as a calendar."), zone);
      return NULL;
    }

  tzid = icalcomponent_get_first_property (component, ICAL_TZID_PROPERTY);
  if (tzid != NULL)
    icalproperty_set_tzid (tzid, zone);
  else
    icalcomponent_add_property (component, icalproperty_new_tzid (zone));

  return component;
}

/* A date-time property: local time with TZID, or UTC for a UTC convention. */
static icalproperty *
time_property (icalproperty_kind  kind,
               GDateTime         *time,
               const char        *zone)
{
  g_autoptr(GDateTime) utc = NULL;
  struct icaltimetype t = icaltime_null_time ();
  icalproperty *property;

  if (is_utc (zone))
    {
      utc = g_date_time_to_utc (time);
      time = utc;
      t.zone = icaltimezone_get_utc_timezone ();
    }

  t.year = g_date_time_get_year (time);
  t.month = g_date_time_get_month (time);
  t.day = g_date_time_get_day_of_month (time);
  t.hour = g_date_time_get_hour (time);
  t.minute = g_date_time_get_minute (time);
  t.second = 0;
  t.is_date = 0;

  property = kind == ICAL_DTSTART_PROPERTY ? icalproperty_new_dtstart (t) : icalproperty_new_dtend (t);
  if (!is_utc (zone))
    icalproperty_add_parameter (property, icalparameter_new_tzid (zone));

  return property;
}

/* The code of the language a text read in @language is written in. */
static const char *
written_code (LcLanguage language,
              gboolean   fell_back)
{
  return (language == LC_LANGUAGE_ARABIC) != fell_back ? "ar" : "en";
}

static icalproperty *
text_property (icalproperty *property,
               const char   *language)
{
  if (language != NULL)
    icalproperty_add_parameter (property, icalparameter_new_language (language));

  return property;
}

static icalproperty *
x_property (const char *name,
            const char *value)
{
  icalproperty *property = icalproperty_new_x (value);

  icalproperty_set_x_name (property, name);
  return property;
}

/* A TEXT property written by hand, escaped (RFC 5545, 3.3.11) and folded at
 * 75 octets (3.1) without splitting a character. libical writes the value
 * of an X- property (such as X-WR-CALNAME) with its ',' and ';' unescaped,
 * and reads it back split at each ','. */
static void
append_text_line (GString    *out,
                  const char *name,
                  const char *value)
{
  g_autoptr(GString) line = g_string_new (name);
  gsize start = 0, width = 75;

  g_string_append_c (line, ':');
  for (const char *p = value; *p; p++)
    {
      if (*p == '\\' || *p == ';' || *p == ',')
        g_string_append_c (line, '\\');
      if (*p == '\n')
        g_string_append (line, "\\n");
      else if (*p != '\r')
        g_string_append_c (line, *p);
    }

  while (start < line->len)
    {
      gsize end = MIN (start + width, line->len);

      /* Back to the start of a UTF-8 character. */
      while (end < line->len && end > start && ((guchar) line->str[end] & 0xC0) == 0x80)
        end--;
      if (start > 0)
        g_string_append_c (out, ' ');
      g_string_append_len (out, line->str + start, end - start);
      g_string_append (out, "\r\n");
      start = end;
      width = 74;  /* after the leading space */
    }
}

/**
 * lc_export_ics_data:
 * @store: a library, used by no other thread while this runs
 * @convention_id: the convention to export
 * @language: the language of titles, places and descriptions
 * @length: (out) (optional): the length of the result
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope call): called now and then with the fraction done
 * @user_data: data for @progress
 * @error: return location for a #GError
 *
 * Writes the agenda as an iCalendar calendar: one VEVENT per item, with
 * the UID lc_export_item_guid() (the item's identity: the same on every
 * export from any library that holds the convention), SUMMARY the title in @language, LOCATION the room and where it is,
 * URL the link to join online (the item's, else its room's), DESCRIPTION
 * the item's description and its moderators, speakers and presenters,
 * CATEGORIES the item’s kind (and its track, when it has one), and DTSTART and DTEND in the convention's
 * time zone, whose VTIMEZONE is included.
 *
 * Returns: (transfer full) (nullable): the calendar in UTF-8
 */
char *
lc_export_ics_data (LcStore               *store,
                    gint64                 convention_id,
                    LcLanguage             language,
                    gsize                 *length,
                    GCancellable          *cancellable,
                    LcExportProgressFunc   progress,
                    gpointer               user_data,
                    GError               **error)
{
  g_autoptr(LcExportAgenda) agenda = lc_export_agenda_load (store, convention_id, cancellable,
                                                            progress, user_data, error);
  g_autofree char *title = NULL;
  icalcomponent *calendar;
  struct icaltimetype now;
  const char *zone;
  char *text, *result;

  if (agenda == NULL)
    return NULL;

  zone = lc_record_get_string (agenda->convention, "time-zone");
  title = lc_export_clean_text (lc_record_get_text (agenda->convention, "title", language, NULL));
  now = icaltime_from_timet_with_zone (g_get_real_time () / G_USEC_PER_SEC, 0,
                                       icaltimezone_get_utc_timezone ());

  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar,
                              icalproperty_new_prodid ("-//Learning Cities//NONSGML learning-cities "
                                                       PACKAGE_VERSION "//EN"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));
  icalcomponent_add_property (calendar, x_property ("X-WR-TIMEZONE", zone));

  if (!is_utc (zone))
    {
      icalcomponent *vtimezone = make_vtimezone (zone, error);

      if (vtimezone == NULL)
        {
          icalcomponent_free (calendar);
          return NULL;
        }
      icalcomponent_add_component (calendar, vtimezone);
    }

  for (guint i = 0; i < agenda->items->len; i++)
    {
      LcRecord *item = g_ptr_array_index (agenda->items, i);
      gint64 room_id = lc_record_get_int (item, "room-id");
      LcRecord *room = room_id ? g_hash_table_lookup (agenda->room_by_id, &room_id) : NULL;
      g_autoptr(GDateTime) start = lc_export_agenda_item_time (agenda, item, FALSE);
      g_autoptr(GDateTime) end = lc_export_agenda_item_time (agenda, item, TRUE);
      const char *uid = lc_export_agenda_uid (agenda, "item", lc_record_get_id (item));
      g_autofree char *summary = NULL, *people = NULL, *description = NULL, *place = NULL;
      LcLanguage own = lc_export_item_language (item, language);
      gboolean abstract_fell_back = FALSE, place_fell_back = FALSE;
      const char *abstract = lc_record_get_text (item, "description", own, &abstract_fell_back);
      const char *code = written_code (own, FALSE);
      icalcomponent *event;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          icalcomponent_free (calendar);
          return NULL;
        }
      if (progress != NULL && i % 16 == 0)
        progress (0.5 + 0.4 * i / agenda->items->len, user_data);

      /* libical writes a year past 3000 as 00000000T000000, which no
       * calendar reads: such a day cannot be exported either. */
      if (start == NULL || end == NULL || g_date_time_get_year (end) > ICS_MAX_YEAR)
        {
          g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                       _("The agenda item “%s” has a day or time that cannot be exported."),
                       lc_record_get_text (item, "title", language, NULL));
          icalcomponent_free (calendar);
          return NULL;
        }

      {
        g_autofree char *raw = lc_export_agenda_item_title (agenda, item, own);

        summary = lc_export_clean_text (raw);
      }
      people = lc_export_agenda_people_text (agenda, item, own);
      {
        g_autofree char *raw = *abstract && *people ? g_strdup_printf ("%s\n\n%s", abstract, people)
                               : g_strdup (*people ? people : abstract);

        description = lc_export_clean_text (raw);
      }

      event = icalcomponent_new_vevent ();
      icalcomponent_add_property (event, icalproperty_new_uid (uid));
      icalcomponent_add_property (event, icalproperty_new_dtstamp (now));
      icalcomponent_add_property (event, time_property (ICAL_DTSTART_PROPERTY, start, zone));
      icalcomponent_add_property (event, time_property (ICAL_DTEND_PROPERTY, end, zone));
      /* Each text tagged with the language it is written in (see
       * lc_export_item_language()), so a calendar lays it out and reads it
       * aloud as such. */
      icalcomponent_add_property (event, text_property (icalproperty_new_summary (summary), code));
      if (room != NULL)
        {
          g_autofree char *raw = lc_room_get_place_text (room, language, &place_fell_back);

          place = lc_export_clean_text (raw);
          if (*place != '\0')
            icalcomponent_add_property (event, text_property (icalproperty_new_location (place),
                                                              written_code (language,
                                                                            place_fell_back)));
        }
      else if (lc_export_agenda_item_place (agenda, item) != NULL)
        {
          /* A field visit: where to go is the place's name and address. */
          LcRecord *site = lc_export_agenda_item_place (agenda, item);
          gboolean arabic = language == LC_LANGUAGE_ARABIC;
          g_autofree char *raw = lc_place_dup_location (site, arabic);

          place_fell_back = *lc_record_get_string (site, arabic ? "name-ar" : "name-en") == '\0';
          place = lc_export_clean_text (raw);
          icalcomponent_add_property (event, text_property (icalproperty_new_location (place),
                                                            written_code (language, place_fell_back)));
        }
      {
        const char *url = lc_item_get_effective_url (item, room, NULL);

        if (*url != '\0')
          icalcomponent_add_property (event, icalproperty_new_url (url));
      }
      /* An abstract in the other language than its headings mixes the two:
       * no single language to name then. */
      if (*description != '\0')
        icalcomponent_add_property (event, text_property (icalproperty_new_description (description),
                                                          abstract_fell_back ? NULL : code));
      icalcomponent_add_property (event,
                                  icalproperty_new_categories (lc_export_kind_label (lc_record_get_int (item, "kind"),
                                                                                     language)));
      /* The track (theme) too, so a calendar can filter by either. */
      if (lc_export_agenda_item_track (agenda, item) != NULL)
        icalcomponent_add_property (event,
                                    icalproperty_new_categories (lc_record_get_text (lc_export_agenda_item_track (agenda, item),
                                                                                     "name", language, NULL)));
      icalcomponent_add_component (calendar, event);
    }

  text = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);
  if (text == NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("The agenda could not be written as a calendar."));
      return NULL;
    }

  /* libical allocates with its own allocator; hand back GLib memory, with
   * the calendar's name after its first line. */
  {
    GString *out = g_string_sized_new (strlen (text) + 256);
    const char *first_end = strstr (text, "\r\n");
    gsize head = first_end ? (gsize) (first_end - text) + 2 : 0;

    g_string_append_len (out, text, head);
    append_text_line (out, "X-WR-CALNAME", title);
    g_string_append (out, text + head);
    icalmemory_free_buffer (text);
    result = g_string_free (out, FALSE);
  }
  if (length != NULL)
    *length = strlen (result);

  return result;
}

/**
 * lc_export_ics_file:
 * @store: a library, used by no other thread while this runs
 * @convention_id: the convention to export
 * @language: the language of the text
 * @path: the file to write (replaced atomically)
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope call): called now and then with the fraction done
 * @user_data: data for @progress
 * @error: return location for a #GError
 *
 * Writes lc_export_ics_data() to @path.
 *
 * Returns: %TRUE on success; on failure or cancellation @path is untouched
 */
gboolean
lc_export_ics_file (LcStore               *store,
                    gint64                 convention_id,
                    LcLanguage             language,
                    const char            *path,
                    GCancellable          *cancellable,
                    LcExportProgressFunc   progress,
                    gpointer               user_data,
                    GError               **error)
{
  gsize length = 0;
  g_autofree char *data = lc_export_ics_data (store, convention_id, language, &length,
                                              cancellable, progress, user_data, error);

  if (data == NULL || !lc_export_write_file (path, data, length, cancellable, error))
    return FALSE;

  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;
}
