/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "lc-error.h"
#include "lc-participant.h"
#include "lc-store-private.h"

/* Who attended an item with limited places (a workshop, a field visit):
 * one row per person and item, in person or online. The room's capacity
 * is a warning, not a rule: the door is not the place to turn a
 * registered person away, but the organiser is told the room is full. */

/* The person's row for @item, or NULL. */
static LcRecord *
find_row (LcStore  *store,
          gint64    item_id,
          gint64    person_id,
          GError  **error)
{
  g_autoptr(GListStore) rows = lc_store_list (store, LC_TYPE_ITEM_ATTENDANCE, "item_id", item_id, error);

  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
    {
      g_autoptr(LcItemAttendance) row = g_list_model_get_item (G_LIST_MODEL (rows), i);

      if (lc_item_attendance_get_person_id (row) == person_id)
        return LC_RECORD (g_steal_pointer (&row));
    }
  return NULL;
}

/**
 * lc_item_attendance_set:
 * @undo: the convention's undo history
 * @item: an item
 * @person: a person of the same convention
 * @attendance: %LC_ATTENDANCE_IN_PERSON or %LC_ATTENDANCE_ONLINE, or
 *   %LC_ATTENDANCE_UNSET for “did not attend”
 * @error: return location for a #GError
 *
 * Records how @person attended @item, as one undo step “Set Attendance”.
 * Nothing is written when it is so already.
 *
 * Returns: whether it was recorded
 */
gboolean
lc_item_attendance_set (LcUndoStack   *undo,
                        LcItem        *item,
                        LcPerson      *person,
                        LcAttendance   attendance,
                        GError       **error)
{
  LcStore *store;
  g_autoptr(LcRecord) row = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (LC_IS_ITEM (item), FALSE);
  g_return_val_if_fail (LC_IS_PERSON (person), FALSE);
  g_return_val_if_fail (attendance == LC_ATTENDANCE_UNSET || attendance == LC_ATTENDANCE_IN_PERSON
                        || attendance == LC_ATTENDANCE_ONLINE, FALSE);

  store = lc_undo_stack_get_store (undo);
  row = find_row (store, lc_record_get_id (LC_RECORD (item)), lc_record_get_id (LC_RECORD (person)), &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }

  if (row == NULL)
    {
      if (attendance == LC_ATTENDANCE_UNSET)
        return TRUE;
      row = g_object_new (LC_TYPE_ITEM_ATTENDANCE, NULL);
      lc_record_set_int (row, "convention-id", lc_item_get_convention_id (item));
      lc_record_set_int (row, "item-id", lc_record_get_id (LC_RECORD (item)));
      lc_record_set_int (row, "person-id", lc_record_get_id (LC_RECORD (person)));
      lc_record_set_int (row, "attendance", attendance);
      return lc_undo_stack_insert (undo, row, _("Set Attendance"), error);
    }
  if (attendance == LC_ATTENDANCE_UNSET)
    return lc_undo_stack_delete (undo, row, _("Set Attendance"), error);
  if (lc_item_attendance_get_attendance (LC_ITEM_ATTENDANCE (row)) == attendance)
    return TRUE;
  lc_record_set_int (row, "attendance", attendance);
  return lc_undo_stack_update (undo, row, _("Set Attendance"), error);
}

/**
 * lc_item_attendance_count_in_person:
 * @store: the library
 * @item_id: an item
 * @error: return location for a #GError
 *
 * Returns: how many people attended the item in person, or -1 on failure
 */
gint64
lc_item_attendance_count_in_person (LcStore  *store,
                                    gint64    item_id,
                                    GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 n;
  int rc;

  g_return_val_if_fail (LC_IS_STORE (store), -1);

  stmt = lc_store_prepare (store, "SELECT count (*) FROM item_attendance "
                                  "WHERE item_id = ?1 AND attendance = 'in-person'", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, item_id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      lc_store_set_error_from_sqlite (store, rc, error);
      sqlite3_reset (stmt);
      return -1;
    }
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

/**
 * lc_item_attendance_over_capacity:
 * @store: the library
 * @item: an item
 * @error: return location for a #GError
 *
 * Online attendance takes no seat; an item at a place, or in a room whose
 * capacity is not known, has no limit.
 *
 * Returns: how many more people attended @item in person than its room
 *   holds (0 when they fit), or -1 on failure
 */
gint64
lc_item_attendance_over_capacity (LcStore  *store,
                                  LcItem   *item,
                                  GError  **error)
{
  g_autoptr(LcRecord) room = NULL;
  gint64 room_id, n;
  int capacity;

  g_return_val_if_fail (LC_IS_STORE (store), -1);
  g_return_val_if_fail (LC_IS_ITEM (item), -1);

  room_id = lc_item_get_room_id (item);
  if (room_id == 0)
    return 0;
  room = lc_store_get (store, LC_TYPE_ROOM, room_id, error);
  if (room == NULL)
    return -1;
  capacity = lc_room_get_capacity (LC_ROOM (room));
  n = lc_item_attendance_count_in_person (store, lc_record_get_id (LC_RECORD (item)), error);
  if (n < 0)
    return -1;
  return capacity > 0 && n > capacity ? n - capacity : 0;
}
