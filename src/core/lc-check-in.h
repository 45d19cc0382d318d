/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-cli.h"
#include "lc-participant.h"
#include "lc-store.h"

G_BEGIN_DECLS

/* Checking people in at the door (issue 14): a participant code typed or
 * scanned finds its person, who is marked attended in person through
 * lc_participants_set_status () so that the history and undo hold it. */

/**
 * LcCheckInCount:
 * @attended: people who attended in person
 * @expected: people who confirmed or attended (in person or online)
 *
 * The door's running count, "@attended of @expected checked in".
 */
typedef struct
{
  guint attended;
  guint expected;
} LcCheckInCount;

char     *lc_participant_code_normalise (const char      *text);
LcPerson *lc_check_in_find              (LcStore         *store,
                                         gint64           convention_id,
                                         const char      *code,
                                         GError         **error);
gboolean  lc_check_in_count             (LcStore         *store,
                                         gint64           convention_id,
                                         LcCheckInCount  *count,
                                         GError         **error);
gboolean  lc_check_in_person            (LcUndoStack     *undo,
                                         LcPerson        *person,
                                         gboolean        *already,
                                         GError         **error);
gboolean  lc_check_in_cli               (LcCliContext    *ctx,
                                         const char      *code,
                                         GError         **error);
gboolean  lc_participant_counts_cli_export (LcCliContext *ctx,
                                            const char   *path,
                                            GError      **error);

G_END_DECLS
