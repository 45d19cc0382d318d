/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-named-list.h"
#include "lc-places.h"
#include "lc-record-order.h"

/*
 * Off-site places made, changed, reordered and deleted in the window, each
 * one step of the convention's undo history, written at once. A field visit
 * happens at a place rather than in a room; its address goes wherever the
 * item's location is written (the calendar's LOCATION, the agenda).
 */

struct _LcPlace { LcRecord parent_instance; };

G_DEFINE_FINAL_TYPE (LcPlace, lc_place, LC_TYPE_RECORD)

#define MISSING_NAME _("Give the place a name in Arabic or in English.")

static void
lc_place_class_init (LcPlaceClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "places", "convention_id", "position, id");
  lc_record_class_add_reference (rc, "convention-id", "conventions");
  lc_record_class_add_bilingual (rc, "name");
  lc_record_class_add_bilingual (rc, "address");
  lc_record_class_add_int (rc, "position", 0, G_MAXINT, FALSE);
}

static void
lc_place_init (LcPlace *self)
{
}

/* Both names and both addresses, without the spaces around them. */
static gboolean
set_fields (LcRecord    *place,
            const char  *name_ar,
            const char  *name_en,
            const char  *address_ar,
            const char  *address_en,
            GError     **error)
{
  g_autofree char *ar = g_strstrip (g_strdup (address_ar ? address_ar : ""));
  g_autofree char *en = g_strstrip (g_strdup (address_en ? address_en : ""));

  if (!lc_named_list_set_names (place, name_ar, name_en, MISSING_NAME, error))
    return FALSE;
  lc_record_set_string (place, "address-ar", ar);
  lc_record_set_string (place, "address-en", en);
  return TRUE;
}

/* @arabic's text of @field, or the other language's when it has none. */
static const char *
text_in (LcRecord   *place,
         const char *field,
         gboolean    arabic)
{
  g_autofree char *first = g_strconcat (field, arabic ? "-ar" : "-en", NULL);
  g_autofree char *second = g_strconcat (field, arabic ? "-en" : "-ar", NULL);
  const char *text = lc_record_get_string (place, first);

  return text != NULL && *text != '\0' ? text : lc_record_get_string (place, second);
}

/**
 * lc_place_dup_location:
 * @place: a place
 * @arabic: whether Arabic is wanted (else English)
 *
 * The place as a calendar's LOCATION or an agenda line names it: its name,
 * then its address after a comma when it has one, each in the language
 * asked for, or in the other when that one is empty.
 *
 * Returns: (transfer full): the text
 */
char *
lc_place_dup_location (LcRecord *place,
                       gboolean  arabic)
{
  const char *name, *address;

  g_return_val_if_fail (LC_IS_PLACE (place), NULL);

  name = text_in (place, "name", arabic);
  address = text_in (place, "address", arabic);
  if (address == NULL || *address == '\0')
    return g_strdup (name);
  /* Arabic's comma, so that the text reads as one phrase right to left. */
  return g_strconcat (name, arabic ? "، " : ", ", address, NULL);
}

/**
 * lc_places_add:
 * @undo: the convention's undo history
 * @places: the convention's places, in their order
 * @convention_id: the convention
 * @name_ar: the name in Arabic, or ""
 * @name_en: the name in English, or ""
 * @address_ar: the address in Arabic, or ""
 * @address_en: the address in English, or ""
 * @error: return location for a #GError
 *
 * Adds a place after the last of @places, as one step “Add Place”.
 *
 * Returns: (transfer full) (nullable): the stored place, or %NULL when a
 *   name is missing or the library refused it
 */
LcRecord *
lc_places_add (LcUndoStack  *undo,
               GListModel   *places,
               gint64        convention_id,
               const char   *name_ar,
               const char   *name_en,
               const char   *address_ar,
               const char   *address_en,
               GError      **error)
{
  g_autoptr(LcRecord) place = NULL;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (places), NULL);

  place = g_object_new (LC_TYPE_PLACE, NULL);
  if (!set_fields (place, name_ar, name_en, address_ar, address_en, error))
    return NULL;
  lc_record_set_int (place, "convention-id", convention_id);
  lc_record_set_int (place, "position", lc_named_list_next_position (places));
  if (!lc_undo_stack_insert (undo, place, _("Add Place"), error))
    return NULL;

  return g_steal_pointer (&place);
}

/**
 * lc_places_edit:
 * @undo: the convention's undo history
 * @place: a stored place
 * @name_ar: the new name in Arabic, or ""
 * @name_en: the new name in English, or ""
 * @address_ar: the new address in Arabic, or ""
 * @address_en: the new address in English, or ""
 * @error: return location for a #GError
 *
 * Renames @place and gives it its address, as one step “Edit Place”.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_places_edit (LcUndoStack  *undo,
                LcRecord     *place,
                const char   *name_ar,
                const char   *name_en,
                const char   *address_ar,
                const char   *address_en,
                GError      **error)
{
  g_autoptr(LcRecord) edited = NULL;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (LC_IS_PLACE (place), FALSE);

  edited = lc_record_copy (place);
  if (!set_fields (edited, name_ar, name_en, address_ar, address_en, error))
    return FALSE;
  return lc_undo_stack_update (undo, edited, _("Edit Place"), error);
}

/**
 * lc_places_move:
 * @undo: the convention's undo history
 * @places: the convention's places, in their order
 * @from: the index of the place to move
 * @to: the index it takes
 * @error: return location for a #GError
 *
 * Moves a place within the order, as one step “Move Place”.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_places_move (LcUndoStack  *undo,
                GListModel   *places,
                guint         from,
                guint         to,
                GError      **error)
{
  return lc_record_order_move (undo, places, from, to, _("Move Place"), error);
}

/**
 * lc_places_count_items:
 * @store: the library
 * @place: a stored place
 * @error: return location for a #GError
 *
 * Returns: how many items are at @place, which deleting it would leave
 *   with no place; -1 on error
 */
gint64
lc_places_count_items (LcStore   *store,
                       LcRecord  *place,
                       GError   **error)
{
  g_return_val_if_fail (LC_IS_STORE (store), -1);
  g_return_val_if_fail (LC_IS_PLACE (place), -1);

  return lc_store_count (store, LC_TYPE_ITEM, "place_id", lc_record_get_id (place), error);
}

/**
 * lc_places_delete:
 * @undo: the convention's undo history
 * @place: a stored place
 * @error: return location for a #GError
 *
 * Deletes @place, as one step “Delete Place”; its items stay, with no
 * place. Undoing brings the place back, and its items to it.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_places_delete (LcUndoStack  *undo,
                  LcRecord     *place,
                  GError      **error)
{
  g_return_val_if_fail (LC_IS_PLACE (place), FALSE);

  return lc_undo_stack_delete (undo, place, _("Delete Place"), error);
}

/**
 * lc_item_put_in_room:
 * @item: an agenda item
 * @room_id: a room of its convention, or 0 for none
 *
 * Puts @item in a room, which takes it away from any place: an item is in a
 * room or at a place, never both.
 */
void
lc_item_put_in_room (LcItem *item,
                     gint64  room_id)
{
  g_return_if_fail (LC_IS_ITEM (item));

  lc_item_set_room_id (item, room_id);
  if (room_id != 0)
    lc_item_set_place_id (item, 0);
}

/**
 * lc_item_put_at_place:
 * @item: an agenda item
 * @place_id: a place of its convention, or 0 for none
 *
 * Puts @item at an off-site place, which takes it out of any room.
 */
void
lc_item_put_at_place (LcItem *item,
                      gint64  place_id)
{
  g_return_if_fail (LC_IS_ITEM (item));

  lc_item_set_place_id (item, place_id);
  if (place_id != 0)
    lc_item_set_room_id (item, 0);
}
