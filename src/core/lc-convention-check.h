/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-models.h"

G_BEGIN_DECLS

/**
 * LC_CONVENTION_MAX_DAYS:
 *
 * The longest convention, first and last day included: 31 days. A
 * convention lasts days, a long one a few weeks; a month is the most any
 * organiser plans as one agenda, and a bound keeps every per-day view,
 * page and export small (a typo such as 0023 for 2023 would otherwise span
 * two thousand years).
 */
#define LC_CONVENTION_MAX_DAYS 31

/**
 * LcConventionField:
 * @LC_CONVENTION_FIELD_NONE: no field (the convention is valid)
 * @LC_CONVENTION_FIELD_TITLE: the title, in both languages
 * @LC_CONVENTION_FIELD_START_DATE: the first day
 * @LC_CONVENTION_FIELD_END_DATE: the last day
 * @LC_CONVENTION_FIELD_TIME_ZONE: the time zone
 *
 * The field a problem with a convention's details is in.
 */
typedef enum
{
  LC_CONVENTION_FIELD_NONE,
  LC_CONVENTION_FIELD_TITLE,
  LC_CONVENTION_FIELD_START_DATE,
  LC_CONVENTION_FIELD_END_DATE,
  LC_CONVENTION_FIELD_TIME_ZONE,
} LcConventionField;

gboolean   lc_time_zone_is_valid       (const char         *zone);
gboolean   lc_convention_validate      (LcRecord           *convention,
                                        LcConventionField  *field,
                                        GError            **error);
GPtrArray *lc_convention_list_days     (LcRecord           *convention);

G_END_DECLS
