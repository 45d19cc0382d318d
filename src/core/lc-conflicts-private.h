/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-conflicts.h"

G_BEGIN_DECLS

/* A conflict as computed. The list keeps these and makes the LcConflict
 * object of one only when asked for it: most are never shown. */
typedef struct
{
  gint64          when;        /* sort key: the minute the conflict begins */
  gint64          item_id;
  gint64          other_item_id;
  gint64          person_id;
  gint64          room_id;
  LcConflictKind  kind;
  gint64          place_id;
} ConflictData;

LcConflictList     *lc_conflict_list_new_take  (GArray         *data);
const ConflictData *lc_conflict_list_peek_data (LcConflictList *self,
                                                guint           position);

G_END_DECLS
