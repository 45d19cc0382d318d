/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A participant's records (issue 14, lc-participant.h). The library and
 * the convention file store the nicks ("delegate", "attended-online", …),
 * never the numbers. */

/* Why a person is at the convention. PROGRAMME is someone who is there
 * only for the programme (a speaker or moderator), which every person of
 * a library older than the participants was. */
typedef enum
{
  LC_PARTICIPANT_CATEGORY_PROGRAMME,
  LC_PARTICIPANT_CATEGORY_DELEGATE,
  LC_PARTICIPANT_CATEGORY_OBSERVER,
  LC_PARTICIPANT_CATEGORY_PRESS,
  LC_PARTICIPANT_CATEGORY_STAFF,
} LcParticipantCategory;

/* Where a person stands, before and after the event; the changes allowed
 * are lc_participant_status_can_change ()'s. */
typedef enum
{
  LC_PARTICIPANT_STATUS_INVITED,
  LC_PARTICIPANT_STATUS_CONFIRMED,
  LC_PARTICIPANT_STATUS_DECLINED,
  LC_PARTICIPANT_STATUS_ATTENDED_IN_PERSON,
  LC_PARTICIPANT_STATUS_ATTENDED_ONLINE,
  LC_PARTICIPANT_STATUS_NO_SHOW,
} LcParticipantStatus;

/* Whom a person represents: not said (stored as NULL), their city
 * (the person's city-id), their organisation (organisation-id), or the
 * free text "represents-ar"/"represents-en". */
typedef enum
{
  LC_REPRESENTS_UNSET,
  LC_REPRESENTS_CITY,
  LC_REPRESENTS_ORGANISATION,
  LC_REPRESENTS_OTHER,
} LcRepresents;

G_END_DECLS
