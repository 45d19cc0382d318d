/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-store.h"

G_BEGIN_DECLS

/**
 * LcExchangeHistoryKind:
 * @LC_EXCHANGE_HISTORY_SENT: this library sent a changes file
 * @LC_EXCHANGE_HISTORY_MERGED: this library merged a colleague's changes file
 *
 * What happened in one line of a convention's exchange history.
 */
typedef enum
{
  LC_EXCHANGE_HISTORY_SENT,
  LC_EXCHANGE_HISTORY_MERGED,
} LcExchangeHistoryKind;

typedef struct _LcExchangeHistoryEntry LcExchangeHistoryEntry;

/**
 * LcExchangeHistoryEntry:
 * @kind: sent or merged
 * @author: the organiser named in the changes file, as they typed it
 *   (untrusted text: escape it before it goes into markup)
 * @happened_at: when it was sent or merged, in UTC
 * @sequence: the file's number among its author's sends, from 1
 * @added: records the file added
 * @changed: records the file changed
 * @deleted: records the file deleted
 * @conflicts: conflicts the merge met (0 for a send)
 * @file_hash: the SHA-256 of the changes file, 64 hex digits
 *
 * One changes file sent from or merged into a convention.
 */
struct _LcExchangeHistoryEntry
{
  LcExchangeHistoryKind  kind;
  char                  *author;
  GDateTime             *happened_at;
  gint64                 sequence;
  guint                  added;
  guint                  changed;
  guint                  deleted;
  guint                  conflicts;
  char                  *file_hash;
};

void       lc_exchange_history_entry_free (LcExchangeHistoryEntry *entry);
GPtrArray *lc_exchange_history_list       (LcStore                *store,
                                           gint64                  convention_id,
                                           GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcExchangeHistoryEntry, lc_exchange_history_entry_free)

G_END_DECLS
