/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-record.h"
#include "lc-enums-types.h"
#include "lc-participant-enums.h"

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

/* Typed accessors, one per stored field a caller names: a misspelt
 * field is then a compile error rather than a critical at run time.
 * Each is the property of the same name (lc_item_get_start_minute ()
 * is "start-minute"); see lc-model-fields.c. A bilingual getter reads
 * the one language asked for, with no fall-back. */

const char  *lc_convention_get_title         (LcConvention *self,
                                              LcLanguage    language);
void         lc_convention_set_title         (LcConvention *self,
                                              const char   *arabic,
                                              const char   *english);
const char  *lc_convention_get_start_date    (LcConvention *self);
void         lc_convention_set_start_date    (LcConvention *self,
                                              const char   *value);
const char  *lc_convention_get_end_date      (LcConvention *self);
void         lc_convention_set_end_date      (LcConvention *self,
                                              const char   *value);
const char  *lc_convention_get_time_zone     (LcConvention *self);
void         lc_convention_set_time_zone     (LcConvention *self,
                                              const char   *value);

int          lc_room_get_capacity            (LcRoom *self);
void         lc_room_set_capacity            (LcRoom *self,
                                              int     value);
const char  *lc_room_get_location            (LcRoom     *self,
                                              LcLanguage  language);
void         lc_room_set_location            (LcRoom     *self,
                                              const char *arabic,
                                              const char *english);
gboolean     lc_room_get_online_only         (LcRoom *self);
void         lc_room_set_online_only         (LcRoom   *self,
                                              gboolean  value);
const char  *lc_room_get_online_url          (LcRoom *self);
void         lc_room_set_online_url          (LcRoom     *self,
                                              const char *value);

gint64       lc_city_get_convention_id       (LcCity *self);
void         lc_city_set_convention_id       (LcCity *self,
                                              gint64  value);
const char  *lc_city_get_name                (LcCity     *self,
                                              LcLanguage  language);
void         lc_city_set_name                (LcCity     *self,
                                              const char *arabic,
                                              const char *english);
const char  *lc_city_get_country             (LcCity *self);
void         lc_city_set_country             (LcCity     *self,
                                              const char *value);
gboolean     lc_city_get_arab_region         (LcCity *self);
void         lc_city_set_arab_region         (LcCity   *self,
                                              gboolean  value);
int          lc_city_get_year_joined         (LcCity *self);
void         lc_city_set_year_joined         (LcCity *self,
                                              int     value);
gboolean     lc_city_get_candidate           (LcCity *self);
void         lc_city_set_candidate           (LcCity   *self,
                                              gboolean  value);
guint        lc_city_get_sdgs                (LcCity *self);
void         lc_city_set_sdgs                (LcCity *self,
                                              guint   value);
LcAttendance lc_city_get_attendance          (LcCity *self);
void         lc_city_set_attendance          (LcCity       *self,
                                              LcAttendance  value);

gint64       lc_person_get_convention_id     (LcPerson *self);
void         lc_person_set_convention_id     (LcPerson *self,
                                              gint64    value);
const char  *lc_person_get_name              (LcPerson   *self,
                                              LcLanguage  language);
void         lc_person_set_name              (LcPerson   *self,
                                              const char *arabic,
                                              const char *english);
gint64       lc_person_get_city_id           (LcPerson *self);
void         lc_person_set_city_id           (LcPerson *self,
                                              gint64    value);
gint64       lc_person_get_organisation_id   (LcPerson *self);
void         lc_person_set_organisation_id   (LcPerson *self,
                                              gint64    value);
LcAttendance lc_person_get_attendance        (LcPerson *self);
void         lc_person_set_attendance        (LcPerson     *self,
                                              LcAttendance  value);
const char  *lc_person_get_email             (LcPerson   *self);
void         lc_person_set_email             (LcPerson   *self,
                                              const char *value);
const char  *lc_person_get_phone             (LcPerson   *self);
void         lc_person_set_phone             (LcPerson   *self,
                                              const char *value);
const char  *lc_person_get_bio               (LcPerson   *self,
                                              LcLanguage  language);
void         lc_person_set_bio               (LcPerson   *self,
                                              const char *arabic,
                                              const char *english);
const char  *lc_person_get_language          (LcPerson   *self);
void         lc_person_set_language          (LcPerson   *self,
                                              const char *value);
const char  *lc_person_get_photo             (LcPerson   *self);
void         lc_person_set_photo             (LcPerson   *self,
                                              const char *value);

gint64       lc_item_get_convention_id       (LcItem *self);
void         lc_item_set_convention_id       (LcItem *self,
                                              gint64  value);
LcItemKind   lc_item_get_kind                (LcItem *self);
void         lc_item_set_kind                (LcItem     *self,
                                              LcItemKind  value);
int          lc_item_get_number              (LcItem *self);
void         lc_item_set_number              (LcItem *self,
                                              int     value);
const char  *lc_item_get_title               (LcItem     *self,
                                              LcLanguage  language);
void         lc_item_set_title               (LcItem     *self,
                                              const char *arabic,
                                              const char *english);
const char  *lc_item_get_description         (LcItem     *self,
                                              LcLanguage  language);
void         lc_item_set_description         (LcItem     *self,
                                              const char *arabic,
                                              const char *english);
const char  *lc_item_get_day                 (LcItem *self);
void         lc_item_set_day                 (LcItem     *self,
                                              const char *value);
int          lc_item_get_start_minute        (LcItem *self);
void         lc_item_set_start_minute        (LcItem *self,
                                              int     value);
int          lc_item_get_end_minute          (LcItem *self);
void         lc_item_set_end_minute          (LcItem *self,
                                              int     value);
gint64       lc_item_get_room_id             (LcItem *self);
void         lc_item_set_room_id             (LcItem *self,
                                              gint64  value);
gint64       lc_item_get_track_id            (LcItem *self);
void         lc_item_set_track_id            (LcItem *self,
                                              gint64  value);
gint64       lc_item_get_place_id            (LcItem *self);
void         lc_item_set_place_id            (LcItem *self,
                                              gint64  value);
const char  *lc_item_get_online_url          (LcItem *self);
void         lc_item_set_online_url          (LcItem     *self,
                                              const char *value);
int          lc_item_get_expected_attendance (LcItem *self);
void         lc_item_set_expected_attendance (LcItem *self,
                                              int     value);

gint64       lc_participation_get_item_id    (LcParticipation *self);
void         lc_participation_set_item_id    (LcParticipation *self,
                                              gint64           value);
gint64       lc_participation_get_person_id  (LcParticipation *self);
void         lc_participation_set_person_id  (LcParticipation *self,
                                              gint64           value);
LcRole       lc_participation_get_role       (LcParticipation *self);
void         lc_participation_set_role       (LcParticipation *self,
                                              LcRole           value);
int          lc_participation_get_position   (LcParticipation *self);
void         lc_participation_set_position   (LcParticipation *self,
                                              int              value);
LcAttendance lc_participation_get_attendance (LcParticipation *self);
void         lc_participation_set_attendance (LcParticipation *self,
                                              LcAttendance     value);

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
gboolean lc_time_parse_typed   (const char *text,
                                int        *minutes);
gboolean lc_number_parse_typed (const char *text,
                                gint64     *number);

G_END_DECLS
