/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-error.h"
#include "lc-named-list.h"
#include "lc-record-order.h"
#include "lc-room-details.h"
#include "lc-rooms.h"

/*
 * Rooms made, renamed, reordered and deleted in the window. Each is one
 * step of the convention's undo history, written at once. The order is the
 * rooms' "position": the timeline's columns and every list follow it.
 */

#define MISSING_NAME _("Give the room a name in Arabic or in English.")

/**
 * lc_rooms_add:
 * @undo: the convention's undo history
 * @rooms: the convention's rooms, in their order
 * @convention_id: the convention
 * @name_ar: the name in Arabic, or ""
 * @name_en: the name in English, or ""
 * @error: return location for a #GError
 *
 * Adds a room after the last of @rooms, as one step “Add Room”.
 *
 * Returns: (transfer full) (nullable): the stored room, or %NULL when a
 *   name is missing or the library refused it
 */
LcRecord *
lc_rooms_add (LcUndoStack  *undo,
              GListModel   *rooms,
              gint64        convention_id,
              const char   *name_ar,
              const char   *name_en,
              GError      **error)
{
  g_autoptr(LcRecord) room = NULL;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (rooms), NULL);

  room = g_object_new (LC_TYPE_ROOM, NULL);
  if (!lc_named_list_set_names (room, name_ar, name_en, MISSING_NAME, error))
    return NULL;
  lc_record_set_int (room, "convention-id", convention_id);
  lc_record_set_int (room, "position", lc_named_list_next_position (rooms));
  if (!lc_undo_stack_insert (undo, room, _("Add Room"), error))
    return NULL;

  return g_steal_pointer (&room);
}

/**
 * lc_rooms_rename:
 * @undo: the convention's undo history
 * @room: a stored room
 * @name_ar: the new name in Arabic, or ""
 * @name_en: the new name in English, or ""
 * @error: return location for a #GError
 *
 * Renames @room, as one step “Rename Room”.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_rooms_rename (LcUndoStack  *undo,
                 LcRecord     *room,
                 const char   *name_ar,
                 const char   *name_en,
                 GError      **error)
{
  g_autoptr(LcRecord) renamed = NULL;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (LC_IS_ROOM (room), FALSE);

  renamed = lc_record_copy (room);
  if (!lc_named_list_set_names (renamed, name_ar, name_en, MISSING_NAME, error))
    return FALSE;
  return lc_undo_stack_update (undo, renamed, _("Rename Room"), error);
}

/**
 * lc_rooms_move:
 * @undo: the convention's undo history
 * @rooms: the convention's rooms, in their order
 * @from: the index of the room to move
 * @to: the index it takes
 * @error: return location for a #GError
 *
 * Moves a room within the order, as one step “Move Room”: every room is
 * numbered again from 0, so rooms imported with equal positions get an
 * order of their own.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_rooms_move (LcUndoStack  *undo,
               GListModel   *rooms,
               guint         from,
               guint         to,
               GError      **error)
{
  return lc_record_order_move (undo, rooms, from, to, _("Move Room"), error);
}

/**
 * lc_rooms_list_items:
 * @store: the library
 * @room: a stored room
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the items held in @room, in the
 *   agenda's order, which deleting it would leave without a room
 */
GListStore *
lc_rooms_list_items (LcStore   *store,
                     LcRecord  *room,
                     GError   **error)
{
  g_return_val_if_fail (LC_IS_STORE (store), NULL);
  g_return_val_if_fail (LC_IS_ROOM (room), NULL);

  return lc_store_list (store, LC_TYPE_ITEM, "room_id", lc_record_get_id (room), error);
}

/**
 * lc_rooms_delete:
 * @undo: the convention's undo history
 * @room: a stored room
 * @error: return location for a #GError
 *
 * Deletes @room, as one step “Delete Room”; its items stay, with no room.
 * Undoing brings the room back, and its items into it.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_rooms_delete (LcUndoStack  *undo,
                 LcRecord     *room,
                 GError      **error)
{
  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (LC_IS_ROOM (room), FALSE);

  return lc_undo_stack_delete (undo, room, _("Delete Room"), error);
}

/* The fields a person types, stripped as the names are. */
static void
strip_texts (LcRecord *room)
{
  static const char *const texts[] = { "location-ar", "location-en", "online-url" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (lc_record_get_string (room, texts[i])));

      lc_record_set_string (room, texts[i], text);
    }
}

/**
 * lc_rooms_save:
 * @undo: the convention's undo history
 * @rooms: the convention's rooms, in their order
 * @draft: a copy of a stored room with the person's changes, or a new room
 *   (id 0) with its "convention-id" set
 * @error: return location for a #GError
 *
 * Writes a room as its dialog edits it, name and details together: a new
 * room after the last as one step “Add Room”, a stored one as one step
 * “Edit Room”. Texts are stripped; a room with no name, a capacity out of
 * range or a link that is not a whole https address is refused
 * (lc_room_details_check()). On success a new @draft gets its id.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_rooms_save (LcUndoStack  *undo,
               GListModel   *rooms,
               LcRecord     *draft,
               GError      **error)
{
  g_autoptr(LcRecord) room = NULL;
  gboolean added;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (rooms), FALSE);
  g_return_val_if_fail (LC_IS_ROOM (draft), FALSE);

  room = lc_record_copy (draft);
  if (!lc_named_list_set_names (room, lc_record_get_string (draft, "name-ar"),
                                lc_record_get_string (draft, "name-en"), MISSING_NAME, error))
    return FALSE;
  strip_texts (room);
  if (!lc_room_details_check (room, NULL, error))
    return FALSE;

  added = lc_record_get_id (room) == 0;
  if (added)
    lc_record_set_int (room, "position", lc_named_list_next_position (rooms));
  if (!(added ? lc_undo_stack_insert (undo, room, _("Add Room"), error)
              : lc_undo_stack_update (undo, room, _("Edit Room"), error)))
    return FALSE;

  lc_record_set_id (draft, lc_record_get_id (room));
  return TRUE;
}
