/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "lc-models.h"

struct _LcConvention { LcRecord parent_instance; };
struct _LcRoom { LcRecord parent_instance; };
struct _LcCity { LcRecord parent_instance; };
struct _LcPerson { LcRecord parent_instance; };
struct _LcItem { LcRecord parent_instance; };
struct _LcParticipation { LcRecord parent_instance; };

G_DEFINE_FINAL_TYPE (LcConvention, lc_convention, LC_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (LcRoom, lc_room, LC_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (LcCity, lc_city, LC_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (LcPerson, lc_person, LC_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (LcItem, lc_item, LC_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (LcParticipation, lc_participation, LC_TYPE_RECORD)

/* The column lists below must match the tables created by the migrations
 * in lc-store.c; the store tests check each class against its table. */

static void
lc_convention_class_init (LcConventionClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "conventions", NULL, "start_date DESC, id");
  lc_record_class_add_bilingual (rc, "title");
  lc_record_class_add_bilingual (rc, "slogan");
  lc_record_class_add_bilingual (rc, "venue");
  lc_record_class_add_bilingual (rc, "host");
  lc_record_class_add_bilingual (rc, "organisers");
  lc_record_class_add_text (rc, "start-date");
  lc_record_class_add_text (rc, "end-date");
  lc_record_class_add_text (rc, "time-zone");
}

static void
lc_convention_init (LcConvention *self)
{
  lc_record_set_string (LC_RECORD (self), "time-zone", "UTC");
}

static void
lc_room_class_init (LcRoomClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "rooms", "convention_id", "position, id");
  lc_record_class_add_reference (rc, "convention-id", "conventions");
  lc_record_class_add_bilingual (rc, "name");
  lc_record_class_add_int (rc, "position", 0, G_MAXINT, FALSE);
  lc_record_class_add_int (rc, "capacity", 0, G_MAXINT, TRUE);
  lc_record_class_add_bilingual (rc, "location");
  lc_record_class_add_boolean (rc, "online-only");
  lc_record_class_add_text (rc, "online-url");
}

static void
lc_room_init (LcRoom *self)
{
}

static void
lc_city_class_init (LcCityClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "cities", "convention_id", "arab_region DESC, id");
  lc_record_class_add_reference (rc, "convention-id", "conventions");
  lc_record_class_add_bilingual (rc, "name");
  lc_record_class_add_text (rc, "country");
  lc_record_class_add_boolean (rc, "arab-region");
  lc_record_class_add_int (rc, "year-joined", 0, 9999, TRUE);
  lc_record_class_add_boolean (rc, "candidate");
  lc_record_class_add_bilingual (rc, "trait");
  lc_record_class_add_int (rc, "sdgs", 0, (1 << (LC_SDG_COUNT + 1)) - 2, FALSE);
  lc_record_class_add_enum (rc, "attendance", LC_TYPE_ATTENDANCE, LC_ATTENDANCE_UNSET, TRUE);
  lc_record_class_add_bilingual (rc, "representative");
}

static void
lc_city_init (LcCity *self)
{
}

static void
lc_person_class_init (LcPersonClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "people", "convention_id", "id");
  lc_record_class_add_reference (rc, "convention-id", "conventions");
  lc_record_class_add_bilingual (rc, "name");
  lc_record_class_add_bilingual (rc, "honorific");
  lc_record_class_add_bilingual (rc, "position");
  lc_record_class_add_bilingual (rc, "organisation");
  lc_record_class_add_reference (rc, "city-id", "cities");
  lc_record_class_add_enum (rc, "attendance", LC_TYPE_ATTENDANCE, LC_ATTENDANCE_IN_PERSON, FALSE);
  /* orgs: one of the convention's organisations, or 0 for the free text above. */
  lc_record_class_add_reference (rc, "organisation-id", "organisations");
  /* people: contact details, see lc-person-contact.h */
  lc_record_class_add_text (rc, "email");
  lc_record_class_add_text (rc, "phone");
  lc_record_class_add_bilingual (rc, "bio");
  lc_record_class_add_text (rc, "language");
  /* photo: an image's name in the library's image store, see lc-person-photo.h */
  lc_record_class_add_text (rc, "photo");
  /* people14: a participant's category, whom they represent and status,
   * see lc-participant.h (a status is changed with its history there). */
  lc_record_class_add_enum (rc, "category", LC_TYPE_PARTICIPANT_CATEGORY,
                            LC_PARTICIPANT_CATEGORY_PROGRAMME, FALSE);
  lc_record_class_add_enum (rc, "represents", LC_TYPE_REPRESENTS, LC_REPRESENTS_UNSET, TRUE);
  lc_record_class_add_bilingual (rc, "represents");
  lc_record_class_add_enum (rc, "status", LC_TYPE_PARTICIPANT_STATUS, LC_PARTICIPANT_STATUS_INVITED, FALSE);
}

static void
lc_person_init (LcPerson *self)
{
}

static void
lc_item_class_init (LcItemClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "items", "convention_id", "day, start_minute, end_minute, id");
  lc_record_class_add_reference (rc, "convention-id", "conventions");
  lc_record_class_add_enum (rc, "kind", LC_TYPE_ITEM_KIND, LC_ITEM_KIND_SESSION, FALSE);
  lc_record_class_add_int (rc, "number", 0, G_MAXINT, TRUE);
  lc_record_class_add_bilingual (rc, "title");
  lc_record_class_add_bilingual (rc, "description");
  lc_record_class_add_text (rc, "day");
  lc_record_class_add_int (rc, "start-minute", 0, 24 * 60, FALSE);
  lc_record_class_add_int (rc, "end-minute", 0, 24 * 60, FALSE);
  lc_record_class_add_reference (rc, "room-id", "rooms");
  lc_record_class_add_reference (rc, "track-id", "tracks");
  lc_record_class_add_text (rc, "online-url");
  lc_record_class_add_int (rc, "expected-attendance", 0, G_MAXINT, TRUE);
  /* places: an off-site place instead of a room (never both, lc-places.h) */
  lc_record_class_add_reference (rc, "place-id", "places");
}

static void
lc_item_init (LcItem *self)
{
}

static void
lc_participation_class_init (LcParticipationClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "participations", "item_id", "item_id, position, id");
  lc_record_class_add_reference (rc, "item-id", "items");
  lc_record_class_add_reference (rc, "person-id", "people");
  lc_record_class_add_enum (rc, "role", LC_TYPE_ROLE, LC_ROLE_SPEAKER, FALSE);
  lc_record_class_add_int (rc, "position", 0, G_MAXINT, FALSE);
  lc_record_class_add_enum (rc, "attendance", LC_TYPE_ATTENDANCE, LC_ATTENDANCE_UNSET, TRUE);
}

static void
lc_participation_init (LcParticipation *self)
{
}

gboolean
lc_city_has_sdg (LcCity *self,
                 guint   sdg)
{
  g_return_val_if_fail (sdg >= 1 && sdg <= LC_SDG_COUNT, FALSE);

  return (lc_record_get_int (LC_RECORD (self), "sdgs") & (1 << sdg)) != 0;
}

void
lc_city_set_sdg (LcCity   *self,
                 guint     sdg,
                 gboolean  chosen)
{
  gint64 bits;

  g_return_if_fail (sdg >= 1 && sdg <= LC_SDG_COUNT);

  bits = lc_record_get_int (LC_RECORD (self), "sdgs");
  bits = chosen ? (bits | (1 << sdg)) : (bits & ~(1 << sdg));
  lc_record_set_int (LC_RECORD (self), "sdgs", bits);
}

/**
 * lc_date_parse:
 * @text: a date as YYYY-MM-DD
 * @date: (out) (optional): the parsed date
 *
 * Returns: %TRUE when @text is exactly a real calendar date in that form
 */
gboolean
lc_date_parse (const char *text,
               GDate      *date)
{
  unsigned y, m, d;
  char tail;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  if (sscanf (text, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  if (y < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  if (date)
    g_date_set_dmy (date, d, m, y);

  return TRUE;
}

/**
 * lc_time_parse:
 * @text: a time as HH:MM, 00:00 to 24:00
 * @minutes: (out): minutes since midnight
 *
 * Returns: %TRUE when @text is such a time
 */
gboolean
lc_time_parse (const char *text,
               int        *minutes)
{
  int h, m;

  if (text == NULL || strlen (text) != 5 || text[2] != ':'
      || !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1])
      || !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;

  h = (text[0] - '0') * 10 + (text[1] - '0');
  m = (text[3] - '0') * 10 + (text[4] - '0');
  if (m > 59 || h > 24 || (h == 24 && m != 0))
    return FALSE;

  *minutes = h * 60 + m;
  return TRUE;
}

/**
 * lc_time_format:
 * @minutes: minutes since midnight
 *
 * Returns: (transfer full): the time as HH:MM
 */
char *
lc_time_format (int minutes)
{
  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

/* Digits of any script (٠١٢ as typed on an Arabic keyboard) as ASCII. */
static char *
ascii_digits (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c) && g_unichar_digit_value (c) >= 0)
        g_string_append_c (out, '0' + g_unichar_digit_value (c));
      else
        g_string_append_unichar (out, c);
    }

  return g_strstrip (g_string_free (out, FALSE));
}

/**
 * lc_time_parse_typed:
 * @text: a time as a person types it: H:MM, HH:MM or HHMM, a dot for the
 *   colon, digits of any script (٠٩:٣٠)
 * @minutes: (out): minutes since midnight
 *
 * Returns: whether @text is a time from 00:00 to 24:00
 */
gboolean
lc_time_parse_typed (const char *text,
                     int        *minutes)
{
  g_autofree char *ascii = NULL;
  g_autofree char *hhmm = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (minutes != NULL, FALSE);

  ascii = ascii_digits (text);
  switch (strlen (ascii))
    {
    case 4:
      /* H:MM or H.MM; or HHMM, which the editor once read as 00:MM. */
      if (ascii[1] == ':' || ascii[1] == '.')
        hhmm = g_strdup_printf ("0%c:%s", ascii[0], ascii + 2);
      else
        hhmm = g_strdup_printf ("%.2s:%s", ascii, ascii + 2);
      break;
    case 5:
      if (ascii[2] == '.')
        ascii[2] = ':';
      hhmm = g_strdup (ascii);
      break;
    default:
      return FALSE;
    }

  return lc_time_parse (hhmm, minutes);
}

/**
 * lc_number_parse_typed:
 * @text: a number as a person types it, digits of any script
 * @number: (out): the number, 0 for none
 *
 * Returns: whether @text is empty (no number) or a whole number above zero
 */
gboolean
lc_number_parse_typed (const char *text,
                       gint64     *number)
{
  g_autofree char *ascii = NULL;
  guint64 value = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (number != NULL, FALSE);

  ascii = ascii_digits (text);
  if (*ascii == '\0')
    {
      *number = 0;
      return TRUE;
    }
  if (!g_ascii_string_to_unsigned (ascii, 10, 1, G_MAXINT, &value, NULL))
    return FALSE;

  *number = (gint64) value;
  return TRUE;
}
