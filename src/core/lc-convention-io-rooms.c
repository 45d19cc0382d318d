/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-convention-io-private.h"
#include "lc-room-details.h"

/*
 * The rooms' details and an item's place online in the convention file
 * (format version 3): a room's "capacity", "location", "online_only" and
 * "online_url", an item's "online_url" and "expected_attendance". Files of
 * versions 1 and 2 have none of them, and read as rooms and items with
 * none; a value out of bounds is refused, naming its place.
 */

static gboolean
read_url (LcReader    *reader,
          JsonObject  *object,
          const char  *label,
          LcRecord    *record,
          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *url;

  if (!lc_io_read_string (reader, object, label, "online_url", FALSE, &url, error))
    return FALSE;
  if (!lc_online_url_check (url, &local_error))
    {
      lc_io_set_invalid (reader, error, label, "online_url", "%s", local_error->message);
      return FALSE;
    }
  lc_record_set_string (record, "online-url", url);
  return TRUE;
}

/* A number of people: null or absent when not known. */
static gboolean
read_people_count (LcReader    *reader,
                   JsonObject  *object,
                   const char  *label,
                   const char  *member,
                   const char  *property,
                   LcRecord    *record,
                   GError     **error)
{
  g_autofree char *expected = NULL;
  gint64 count;

  /* Translators: what a room's capacity or an item's expected attendance
   * in a convention file must be; %d is the largest allowed */
  expected = g_strdup_printf (_("expected a number of people from 1 to %d, or null"), LC_ROOM_MAX_CAPACITY);
  if (!lc_io_read_int (reader, object, label, member, 1, LC_ROOM_MAX_CAPACITY, TRUE, expected, &count, error))
    return FALSE;
  lc_record_set_int (record, property, count);
  return TRUE;
}

/**
 * lc_io_read_room_details:
 * @reader: the reader
 * @object: the room's object in the file
 * @label: where it is, for messages ("rooms[0]")
 * @room: the room being read
 * @error: return location for a #GError
 *
 * Returns: %TRUE when every detail present is valid
 */
gboolean
lc_io_read_room_details (LcReader    *reader,
                         JsonObject  *object,
                         const char  *label,
                         LcRecord    *room,
                         GError     **error)
{
  gboolean online_only;

  if (!read_people_count (reader, object, label, "capacity", "capacity", room, error)
      || !lc_io_read_bilingual (reader, object, label, "location", room, error)
      || !lc_io_read_boolean (reader, object, label, "online_only", &online_only, error)
      || !read_url (reader, object, label, room, error))
    return FALSE;
  lc_record_set_int (room, "online-only", online_only);
  return TRUE;
}

/**
 * lc_io_read_item_place:
 * @reader: the reader
 * @object: the item's object in the file
 * @label: where it is, for messages ("items[3]")
 * @item: the item being read
 * @error: return location for a #GError
 *
 * Returns: %TRUE when the item's link and expected attendance are valid
 */
gboolean
lc_io_read_item_place (LcReader    *reader,
                       JsonObject  *object,
                       const char  *label,
                       LcRecord    *item,
                       GError     **error)
{
  return read_url (reader, object, label, item, error)
         && read_people_count (reader, object, label, "expected_attendance", "expected-attendance", item, error);
}

/**
 * lc_io_write_room_details:
 * @writer: the writer, inside the room's object
 * @room: the room
 */
void
lc_io_write_room_details (LcWriter *writer,
                          LcRecord *room)
{
  lc_io_add_int_or_null (writer, "capacity", lc_record_get_int (room, "capacity"));
  lc_io_add_bilingual (writer, room, "location");
  lc_io_add_boolean (writer, room, "online_only", "online-only");
  lc_io_add_text (writer, "online_url", lc_record_get_string (room, "online-url"));
}

/**
 * lc_io_write_item_place:
 * @writer: the writer, inside the item's object
 * @item: the item
 */
void
lc_io_write_item_place (LcWriter *writer,
                        LcRecord *item)
{
  lc_io_add_text (writer, "online_url", lc_record_get_string (item, "online-url"));
  lc_io_add_int_or_null (writer, "expected_attendance", lc_record_get_int (item, "expected-attendance"));
}
