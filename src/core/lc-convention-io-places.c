/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-convention-io-private.h"
#include "lc-places.h"

/* A convention's off-site places in the convention file (format version
 * 3): a "places" list after "tracks", each with its id, uid, name and
 * address; an item names its place as it names its room, and never names
 * both. A file that predates places has no such list and no item's
 * "place": it is read as before. */

static gboolean
read_place (LcReader    *reader,
            JsonObject  *object,
            const char  *label,
            guint        index,
            gpointer     user_data,
            GError     **error)
{
  LcPending *pending = lc_io_add_pending (reader, LC_TYPE_PLACE);

  lc_io_add_ref (pending, "convention-id", reader->convention);
  /* The file's order is the places' order. */
  lc_record_set_int (pending->record, "position", index);

  return lc_io_read_id (reader, object, label, "places", reader->places, pending->record, error)
         && lc_io_read_uid (reader, object, label, pending, error)
         && lc_io_read_bilingual (reader, object, label, "name", pending->record, error)
         && lc_io_read_bilingual (reader, object, label, "address", pending->record, error);
}

/**
 * lc_io_read_places:
 * @reader: the reader
 * @node: (nullable): the file's "places"
 * @error: return location for a #GError
 *
 * Reads the places, each bounded and checked as the other lists are.
 *
 * Returns: %FALSE, naming the place in the file, on a bad value
 */
gboolean
lc_io_read_places (LcReader  *reader,
                   JsonNode  *node,
                   GError   **error)
{
  return lc_io_read_list (reader, NULL, "places", node, "name", read_place, NULL, error);
}

/**
 * lc_io_read_item_at_place:
 * @reader: the reader
 * @object: the item's object in the file
 * @label: where it is, for messages ("items[3]")
 * @pending: the item being read
 * @in_room: whether the item names a room
 * @error: return location for a #GError
 *
 * Reads the item's "place", one of the file's places, if it names one.
 *
 * Returns: %FALSE, naming the item, when the place is unknown or the item
 *   also names a room
 */
gboolean
lc_io_read_item_at_place (LcReader    *reader,
                          JsonObject  *object,
                          const char  *label,
                          LcPending   *pending,
                          gboolean     in_room,
                          GError     **error)
{
  LcRecord *place = NULL;

  if (!lc_io_read_ref (reader, object, label, "place", "places", reader->places, FALSE, &place, error))
    return FALSE;
  if (place == NULL)
    return TRUE;
  if (in_room)
    {
      lc_io_set_invalid (reader, error, label, "place",
                         _("an item is in a room or at a place, not both"));
      return FALSE;
    }
  lc_io_add_ref (pending, "place-id", place);
  return TRUE;
}

/**
 * lc_io_write_places:
 * @writer: the writer
 * @places: the convention's places, in their order
 * @error: return location for a #GError
 *
 * Writes the "places" list, giving each its file-local id "place-N".
 *
 * Returns: %FALSE when a uid could not be read
 */
gboolean
lc_io_write_places (LcWriter    *writer,
                    GListModel  *places,
                    GError     **error)
{
  lc_json_writer_set_member_name (writer->json, "places");
  lc_json_writer_begin_array (writer->json);
  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(LcRecord) place = g_list_model_get_item (places, i);

      lc_io_give_local_id (writer, place, "place", i + 1);
      lc_json_writer_begin_object (writer->json);
      lc_io_add_text (writer, "id", lc_io_local_id (writer, "place", lc_record_get_id (place)));
      if (!lc_io_add_uid (writer, LC_TYPE_PLACE, lc_record_get_id (place), error))
        return FALSE;
      lc_io_add_bilingual (writer, place, "name");
      lc_io_add_bilingual (writer, place, "address");
      lc_json_writer_end_object (writer->json);
    }
  lc_json_writer_end_array (writer->json);

  return TRUE;
}
