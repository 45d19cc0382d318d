/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-error.h"
#include "lc-record-order.h"
#include "lc-rooms.h"

/*
 * Rooms made, renamed, reordered and deleted in the window. Each is one
 * step of the convention's undo history, written at once. The order is the
 * rooms' "position": the timeline's columns and every list follow it.
 */

static gboolean
check_names (const char  *name_ar,
             const char  *name_en,
             GError     **error)
{
  g_autofree char *ar = g_strstrip (g_strdup (name_ar ? name_ar : ""));
  g_autofree char *en = g_strstrip (g_strdup (name_en ? name_en : ""));

  if (*ar != '\0' || *en != '\0')
    return TRUE;

  g_set_error_literal (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                       _("Give the room a name in Arabic or in English."));
  return FALSE;
}

static void
set_names (LcRecord   *room,
           const char *name_ar,
           const char *name_en)
{
  g_autofree char *ar = g_strstrip (g_strdup (name_ar ? name_ar : ""));
  g_autofree char *en = g_strstrip (g_strdup (name_en ? name_en : ""));

  lc_record_set_string (room, "name-ar", ar);
  lc_record_set_string (room, "name-en", en);
}

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
  guint n;
  gint64 position = 0;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (rooms), NULL);

  if (!check_names (name_ar, name_en, error))
    return NULL;

  /* After the last, whatever positions imported rooms came with. */
  n = g_list_model_get_n_items (rooms);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) other = g_list_model_get_item (rooms, i);

      position = MAX (position, lc_record_get_int (other, "position") + 1);
    }

  room = g_object_new (LC_TYPE_ROOM, NULL);
  lc_record_set_int (room, "convention-id", convention_id);
  lc_record_set_int (room, "position", position);
  set_names (room, name_ar, name_en);
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

  if (!check_names (name_ar, name_en, error))
    return FALSE;

  renamed = lc_record_copy (room);
  set_names (renamed, name_ar, name_en);
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
