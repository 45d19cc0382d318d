/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What an organisation does for a convention; stored by its nick
 * ("host", "organiser", "partner", "sponsor"), and listed in this order
 * on the agenda's title page. */
typedef enum
{
  LC_ORGANISATION_ROLE_HOST,
  LC_ORGANISATION_ROLE_ORGANISER,
  LC_ORGANISATION_ROLE_PARTNER,
  LC_ORGANISATION_ROLE_SPONSOR,
} LcOrganisationRole;

G_END_DECLS
