/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-error.h"
#include "lc-room-details.h"

/*
 * A room's capacity, where it is, whether it is only online and the link
 * online participants join; an item's own link. One set of rules, asked by
 * the room's dialog as the person types, by the convention file's reader
 * and before anything is written.
 */

/**
 * lc_online_url_check:
 * @text: (nullable): a meeting link as typed, or "" for none
 * @error: return location for a #GError
 *
 * Checks a meeting link: none, or a whole https address (a link that is
 * not encrypted, or has spaces or no host, would fail the people who
 * click it on the day). The text is taken as it is: callers strip it.
 *
 * Returns: %TRUE when @text is "" or such an address
 */
gboolean
lc_online_url_check (const char  *text,
                     GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  gboolean uri_bad = FALSE;

  if (text == NULL || *text == '\0')
    return TRUE;

  if (strlen (text) > LC_ONLINE_URL_MAX)
    {
      g_set_error_literal (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                           _("This meeting link is too long to be a real address."));
      return FALSE;
    }
  if (g_str_has_prefix (text, "http://"))
    {
      g_set_error_literal (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                           _("Use the secure link, which starts with https:// rather than http://."));
      return FALSE;
    }
  if (!g_str_has_prefix (text, "https://"))
    {
      g_set_error_literal (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                           _("A meeting link starts with https://, for example https://meet.example.org/hall."));
      return FALSE;
    }

  /* Strict parsing refuses broken %-escapes, but lets a space or a
   * control character through, which a browser would refuse or change. */
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar) *p <= ' ' || *p == 0x7f)
      uri_bad = TRUE;
  uri = uri_bad ? NULL : g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error_literal (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                           _("This is not a whole web address: check it for spaces and for the name of the site after https://."));
      return FALSE;
    }

  return TRUE;
}

/**
 * lc_room_details_check:
 * @room: a room, stored or not
 * @field: (out) (optional): the property at fault, when one is
 * @error: return location for a #GError
 *
 * Checks what lc_rooms_save() writes besides the name: the capacity
 * and the meeting link.
 *
 * Returns: %TRUE when @room may be written
 */
gboolean
lc_room_details_check (LcRecord    *room,
                       const char **field,
                       GError     **error)
{
  gint64 capacity;

  g_return_val_if_fail (LC_IS_ROOM (room), FALSE);

  capacity = lc_record_get_int (room, "capacity");
  if (capacity < 0 || capacity > LC_ROOM_MAX_CAPACITY)
    {
      if (field != NULL)
        *field = "capacity";
      g_set_error_literal (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                           _("A room’s capacity is a whole number of people, up to a million."));
      return FALSE;
    }
  if (!lc_online_url_check (lc_record_get_string (room, "online-url"), error))
    {
      if (field != NULL)
        *field = "online-url";
      return FALSE;
    }
  return TRUE;
}

/**
 * lc_item_get_effective_url:
 * @item: an agenda item
 * @room: (nullable): its room
 * @from_room: (out) (optional): set to %TRUE when the link is the room's
 *
 * The link online participants of @item join: its own, else its room's.
 *
 * Returns: (transfer none): the link, or "" when there is none
 */
const char *
lc_item_get_effective_url (LcRecord *item,
                           LcRecord *room,
                           gboolean *from_room)
{
  const char *own;

  g_return_val_if_fail (LC_IS_ITEM (item), "");
  g_return_val_if_fail (room == NULL || LC_IS_ROOM (room), "");

  own = lc_record_get_string (item, "online-url");
  if (from_room != NULL)
    *from_room = FALSE;
  if (*own != '\0' || room == NULL)
    return own;
  if (from_room != NULL)
    *from_room = *lc_record_get_string (room, "online-url") != '\0';
  return lc_record_get_string (room, "online-url");
}

/**
 * lc_room_get_place_text:
 * @room: a room
 * @language: the language wanted
 * @fell_back: (out) (optional): set to %TRUE when the name is in the other
 *   language, @language's being empty
 *
 * The room's name and, when it has one, where it is, as a calendar's
 * location or a printed agenda name it: “Main Hall, Second floor”. Each
 * part falls back to the other language on its own.
 *
 * Returns: (transfer full): the text, "" for a room with neither
 */
char *
lc_room_get_place_text (LcRecord   *room,
                        LcLanguage  language,
                        gboolean   *fell_back)
{
  const char *name, *location;

  g_return_val_if_fail (LC_IS_ROOM (room), g_strdup (""));

  name = lc_record_get_text (room, "name", language, fell_back);
  location = lc_record_get_text (room, "location", language, NULL);
  if (*location == '\0')
    return g_strdup (name);
  if (*name == '\0')
    return g_strdup (location);
  /* The comma of the language the text is in. */
  return g_strconcat (name, language == LC_LANGUAGE_ARABIC ? "، " : ", ", location, NULL);
}
