/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lc-models.h"
#include "lc-undo.h"

G_BEGIN_DECLS

/* What a room holds besides its name, and an item's place online
 * (lc-room-details.c). */

/* The most a room can hold, or an item expect: a stadium, not a typo. */
#define LC_ROOM_MAX_CAPACITY 1000000
/* The longest meeting link kept, in bytes. */
#define LC_ONLINE_URL_MAX 2000

gboolean    lc_online_url_check          (const char  *text,
                                          GError     **error);
gboolean    lc_room_details_check        (LcRecord    *room,
                                          const char **field,
                                          GError     **error);
char       *lc_room_get_place_text       (LcRecord    *room,
                                          LcLanguage   language,
                                          gboolean    *fell_back);
const char *lc_item_get_effective_url    (LcRecord    *item,
                                          LcRecord    *room,
                                          gboolean    *from_room);

G_END_DECLS
