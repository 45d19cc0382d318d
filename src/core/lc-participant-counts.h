/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-participant.h"

G_BEGIN_DECLS

/* How many people stand where, in all or by category, city or country
 * (issue 14's counts, which the final report's figures and the check-in
 * view's running count read). */

typedef enum
{
  LC_PARTICIPANT_COUNT_ALL,
  LC_PARTICIPANT_COUNT_BY_CATEGORY,
  LC_PARTICIPANT_COUNT_BY_CITY,
  LC_PARTICIPANT_COUNT_BY_COUNTRY,
} LcParticipantGrouping;

typedef struct
{
  char  *key;   /* "" for all; a category's nick; a city's id ("0" for none); a country code ("" for none) */
  guint  n[LC_PARTICIPANT_STATUS_NO_SHOW + 1];   /* people with each LcParticipantStatus */
} LcParticipantCount;

GPtrArray *lc_participant_count       (LcStore                *store,
                                       gint64                  convention_id,
                                       LcParticipantGrouping   grouping,
                                       GError                **error);
guint      lc_participant_count_attended (const LcParticipantCount *count);
char      *lc_participant_counts_csv  (LcStore                *store,
                                       gint64                  convention_id,
                                       LcLanguage              language,
                                       gsize                  *length,
                                       GError                **error);

G_END_DECLS
