/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lc-models.h"
#include "lc-undo.h"

G_BEGIN_DECLS

/* A convention's rooms as the window edits them: each edit one undo step
 * (lc-rooms.c). */

LcRecord   *lc_rooms_add        (LcUndoStack  *undo,
                                 GListModel   *rooms,
                                 gint64        convention_id,
                                 const char   *name_ar,
                                 const char   *name_en,
                                 GError      **error);
gboolean    lc_rooms_rename     (LcUndoStack  *undo,
                                 LcRecord     *room,
                                 const char   *name_ar,
                                 const char   *name_en,
                                 GError      **error);
gboolean    lc_rooms_move       (LcUndoStack  *undo,
                                 GListModel   *rooms,
                                 guint         from,
                                 guint         to,
                                 GError      **error);
GListStore *lc_rooms_list_items (LcStore      *store,
                                 LcRecord     *room,
                                 GError      **error);
gboolean    lc_rooms_delete     (LcUndoStack  *undo,
                                 LcRecord     *room,
                                 GError      **error);
gboolean    lc_rooms_save       (LcUndoStack  *undo,
                                 GListModel   *rooms,
                                 LcRecord     *draft,
                                 GError      **error);

G_END_DECLS
