/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-record.h"
#include "lc-enums-types.h"

G_BEGIN_DECLS

/* The record classes of the library. Each is a row of one table; its
 * properties are the columns (see lc-models.c for the exact list). */

#define LC_TYPE_CONVENTION (lc_convention_get_type ())
G_DECLARE_FINAL_TYPE (LcConvention, lc_convention, LC, CONVENTION, LcRecord)

#define LC_TYPE_ROOM (lc_room_get_type ())
G_DECLARE_FINAL_TYPE (LcRoom, lc_room, LC, ROOM, LcRecord)

#define LC_TYPE_CITY (lc_city_get_type ())
G_DECLARE_FINAL_TYPE (LcCity, lc_city, LC, CITY, LcRecord)

#define LC_TYPE_PERSON (lc_person_get_type ())
G_DECLARE_FINAL_TYPE (LcPerson, lc_person, LC, PERSON, LcRecord)

#define LC_TYPE_ITEM (lc_item_get_type ())
G_DECLARE_FINAL_TYPE (LcItem, lc_item, LC, ITEM, LcRecord)

#define LC_TYPE_PARTICIPATION (lc_participation_get_type ())
G_DECLARE_FINAL_TYPE (LcParticipation, lc_participation, LC, PARTICIPATION, LcRecord)

#define LC_SDG_COUNT 17

/* Which SDGs a city chose is a bit set: bit N for goal N (1–17). */
gboolean lc_city_has_sdg   (LcCity   *self,
                            guint     sdg);
void     lc_city_set_sdg   (LcCity   *self,
                            guint     sdg,
                            gboolean  chosen);

gboolean lc_date_parse     (const char *text,
                            GDate      *date);
gboolean lc_time_parse     (const char *text,
                            int        *minutes);
char    *lc_time_format    (int         minutes);

G_END_DECLS
