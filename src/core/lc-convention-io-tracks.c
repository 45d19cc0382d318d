/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-convention-io-private.h"
#include "lc-tracks.h"

/* A convention's tracks (themes) in the convention file, from format
 * version 3: a "tracks" list between "rooms" and "cities", each with its
 * id, uid, name and colour; an item names its track as it names its room. */

static gboolean
read_track (LcReader    *reader,
            JsonObject  *object,
            const char  *label,
            guint        index,
            gpointer     user_data,
            GError     **error)
{
  LcPending *pending = lc_io_add_pending (reader, LC_TYPE_TRACK);
  g_autofree char *lower = NULL;
  const char *colour;

  lc_io_add_ref (pending, "convention-id", reader->convention);
  /* The file's order is the tracks' order. */
  lc_record_set_int (pending->record, "position", index);

  if (!lc_io_read_id (reader, object, label, "tracks", reader->tracks, pending->record, error)
      || !lc_io_read_uid (reader, object, label, pending, error)
      || !lc_io_read_bilingual (reader, object, label, "name", pending->record, error)
      || !lc_io_read_string (reader, object, label, "colour", FALSE, &colour, error))
    return FALSE;

  /* A track without a colour takes the default; one in capitals is kept
   * in small letters, as the library keeps it. */
  lower = g_ascii_strdown (*colour != '\0' ? colour : LC_TRACK_DEFAULT_COLOUR, -1);
  if (!lc_track_colour_is_valid (lower))
    {
      lc_io_set_invalid (reader, error, label, "colour",
                         _("expected a colour as # and six hexadecimal digits, such as #1c71d8"));
      return FALSE;
    }
  lc_record_set_string (pending->record, "colour", lower);
  return TRUE;
}

/**
 * lc_io_read_tracks:
 * @reader: the reader
 * @node: (nullable): the file's "tracks"
 * @error: return location for a #GError
 *
 * Reads the tracks, each bounded and checked as the other lists are.
 *
 * Returns: %FALSE, naming the place, on a bad value
 */
gboolean
lc_io_read_tracks (LcReader  *reader,
                   JsonNode  *node,
                   GError   **error)
{
  return lc_io_read_list (reader, NULL, "tracks", node, "name", read_track, NULL, error);
}

/**
 * lc_io_write_tracks:
 * @writer: the writer
 * @tracks: the convention's tracks, in their order
 * @error: return location for a #GError
 *
 * Writes the "tracks" list, giving each its file-local id "track-N".
 *
 * Returns: %FALSE when a uid could not be read
 */
gboolean
lc_io_write_tracks (LcWriter    *writer,
                    GListModel  *tracks,
                    GError     **error)
{
  lc_json_writer_set_member_name (writer->json, "tracks");
  lc_json_writer_begin_array (writer->json);
  for (guint i = 0; i < g_list_model_get_n_items (tracks); i++)
    {
      g_autoptr(LcRecord) track = g_list_model_get_item (tracks, i);

      lc_io_give_local_id (writer, track, "track", i + 1);
      lc_json_writer_begin_object (writer->json);
      lc_io_add_text (writer, "id", lc_io_local_id (writer, "track", lc_record_get_id (track)));
      if (!lc_io_add_uid (writer, LC_TYPE_TRACK, lc_record_get_id (track), error))
        return FALSE;
      lc_io_add_bilingual (writer, track, "name");
      lc_io_add_text (writer, "colour", lc_track_get_colour (LC_TRACK (track)));
      lc_json_writer_end_object (writer->json);
    }
  lc_json_writer_end_array (writer->json);

  return TRUE;
}
