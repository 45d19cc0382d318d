/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lc-models.h"
#include "lc-undo.h"

G_BEGIN_DECLS

/* A convention's off-site places (a factory, a museum, a school visited on
 * a field visit): a name and an address in both languages. An item is in
 * one of the rooms or at one of the places, never both (the library's
 * triggers refuse both). The record class and the edits the window makes,
 * each one undo step (lc-places.c). */

#define LC_TYPE_PLACE (lc_place_get_type ())
G_DECLARE_FINAL_TYPE (LcPlace, lc_place, LC, PLACE, LcRecord)

char       *lc_place_dup_location    (LcRecord     *place,
                                      gboolean      arabic);

LcRecord   *lc_places_add            (LcUndoStack  *undo,
                                      GListModel   *places,
                                      gint64        convention_id,
                                      const char   *name_ar,
                                      const char   *name_en,
                                      const char   *address_ar,
                                      const char   *address_en,
                                      GError      **error);
gboolean    lc_places_edit           (LcUndoStack  *undo,
                                      LcRecord     *place,
                                      const char   *name_ar,
                                      const char   *name_en,
                                      const char   *address_ar,
                                      const char   *address_en,
                                      GError      **error);
gboolean    lc_places_move           (LcUndoStack  *undo,
                                      GListModel   *places,
                                      guint         from,
                                      guint         to,
                                      GError      **error);
gint64      lc_places_count_items    (LcStore      *store,
                                      LcRecord     *place,
                                      GError      **error);
gboolean    lc_places_delete         (LcUndoStack  *undo,
                                      LcRecord     *place,
                                      GError      **error);
void        lc_item_put_in_room      (LcItem       *item,
                                      gint64        room_id);
void        lc_item_put_at_place     (LcItem       *item,
                                      gint64        place_id);

G_END_DECLS
