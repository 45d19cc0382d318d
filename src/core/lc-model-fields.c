/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-models.h"
#include "lc-record-fields-private.h"

/* The typed accessors declared in lc-models.h, each wired to its property
 * by one macro line (see lc-record-fields-private.h). */

/**
 * lc_convention_get_title:
 * @self: a convention
 * @language: the language wanted
 *
 * Returns: (transfer none): the convention's title in @language exactly ("title-ar" or
 *   "title-en"), "" when empty; lc_record_get_text () falls back instead
 */
/**
 * lc_convention_set_title:
 * @self: a convention
 * @arabic: (nullable): the Arabic text
 * @english: (nullable): the English text
 *
 * Sets the convention's title in both languages (%NULL is "").
 */
LC_DEFINE_BILINGUAL_FIELD (LcConvention, lc_convention, CONVENTION, title, "title")

/**
 * lc_convention_get_start_date:
 * @self: a convention
 *
 * Returns: (transfer none): its first day, as YYYY-MM-DD ("start-date"), never %NULL
 */
/**
 * lc_convention_set_start_date:
 * @self: a convention
 * @value: (nullable): the new value; %NULL is ""
 *
 * Sets its first day, as YYYY-MM-DD.
 */
LC_DEFINE_STRING_FIELD (LcConvention, lc_convention, CONVENTION, start_date, "start-date")

/**
 * lc_convention_get_end_date:
 * @self: a convention
 *
 * Returns: (transfer none): its last day, as YYYY-MM-DD ("end-date"), never %NULL
 */
/**
 * lc_convention_set_end_date:
 * @self: a convention
 * @value: (nullable): the new value; %NULL is ""
 *
 * Sets its last day, as YYYY-MM-DD.
 */
LC_DEFINE_STRING_FIELD (LcConvention, lc_convention, CONVENTION, end_date, "end-date")

/**
 * lc_convention_get_time_zone:
 * @self: a convention
 *
 * Returns: (transfer none): the time zone of its times, such as
 *   “Africa/Cairo” (“UTC” in a new convention) ("time-zone"), never %NULL
 */
/**
 * lc_convention_set_time_zone:
 * @self: a convention
 * @value: (nullable): the new value; %NULL is ""
 *
 * Sets the time zone of its times, such as “Africa/Cairo” (“UTC” in a new convention).
 */
LC_DEFINE_STRING_FIELD (LcConvention, lc_convention, CONVENTION, time_zone, "time-zone")

/**
 * lc_room_get_capacity:
 * @self: a room
 *
 * Returns: how many people it holds, or 0 when not known ("capacity")
 */
/**
 * lc_room_set_capacity:
 * @self: a room
 * @value: the new value
 *
 * Sets how many people it holds, or 0 when not known.
 */
LC_DEFINE_INT_FIELD (LcRoom, lc_room, ROOM, capacity, "capacity", int)

/**
 * lc_room_get_location:
 * @self: a room
 * @language: the language wanted
 *
 * Returns: (transfer none): where it is (a floor, a wing) in @language
 *   exactly ("location-ar" or "location-en"), "" when empty
 */
/**
 * lc_room_set_location:
 * @self: a room
 * @arabic: (nullable): the Arabic text
 * @english: (nullable): the English text
 *
 * Sets where it is, in both languages (%NULL is "").
 */
LC_DEFINE_BILINGUAL_FIELD (LcRoom, lc_room, ROOM, location, "location")

/**
 * lc_room_get_online_only:
 * @self: a room
 *
 * Returns: whether it is only a meeting online, with no place ("online-only")
 */
/**
 * lc_room_set_online_only:
 * @self: a room
 * @value: the new value
 *
 * Sets whether it is only a meeting online.
 */
LC_DEFINE_INT_FIELD (LcRoom, lc_room, ROOM, online_only, "online-only", gboolean)

/**
 * lc_room_get_online_url:
 * @self: a room
 *
 * Returns: (transfer none): the link online participants join, an https
 *   URL, or "" ("online-url")
 */
/**
 * lc_room_set_online_url:
 * @self: a room
 * @value: (nullable): the new value; %NULL is ""
 *
 * Sets the link online participants join.
 */
LC_DEFINE_STRING_FIELD (LcRoom, lc_room, ROOM, online_url, "online-url")

/**
 * lc_city_get_convention_id:
 * @self: a city
 *
 * Returns: the id of the convention the city belongs to ("convention-id")
 */
/**
 * lc_city_set_convention_id:
 * @self: a city
 * @value: the new value
 *
 * Sets the id of the convention the city belongs to.
 */
LC_DEFINE_INT_FIELD (LcCity, lc_city, CITY, convention_id, "convention-id", gint64)

/**
 * lc_city_get_name:
 * @self: a city
 * @language: the language wanted
 *
 * Returns: (transfer none): the city's name in @language exactly ("name-ar" or
 *   "name-en"), "" when empty; lc_record_get_text () falls back instead
 */
/**
 * lc_city_set_name:
 * @self: a city
 * @arabic: (nullable): the Arabic text
 * @english: (nullable): the English text
 *
 * Sets the city's name in both languages (%NULL is "").
 */
LC_DEFINE_BILINGUAL_FIELD (LcCity, lc_city, CITY, name, "name")

/**
 * lc_city_get_country:
 * @self: a city
 *
 * Returns: (transfer none): its country, as an ISO 3166 code ("" when unknown) ("country"), never %NULL
 */
/**
 * lc_city_set_country:
 * @self: a city
 * @value: (nullable): the new value; %NULL is ""
 *
 * Sets its country, as an ISO 3166 code ("" when unknown).
 */
LC_DEFINE_STRING_FIELD (LcCity, lc_city, CITY, country, "country")

/**
 * lc_city_get_arab_region:
 * @self: a city
 *
 * Returns: whether the city is in the Arab region ("arab-region")
 */
/**
 * lc_city_set_arab_region:
 * @self: a city
 * @value: the new value
 *
 * Sets whether the city is in the Arab region.
 */
LC_DEFINE_INT_FIELD (LcCity, lc_city, CITY, arab_region, "arab-region", gboolean)

/**
 * lc_city_get_year_joined:
 * @self: a city
 *
 * Returns: the year it joined the network, or 0 when unknown ("year-joined")
 */
/**
 * lc_city_set_year_joined:
 * @self: a city
 * @value: the new value
 *
 * Sets the year it joined the network, or 0 when unknown.
 */
LC_DEFINE_INT_FIELD (LcCity, lc_city, CITY, year_joined, "year-joined", int)

/**
 * lc_city_get_candidate:
 * @self: a city
 *
 * Returns: whether it is a candidate city rather than a member ("candidate")
 */
/**
 * lc_city_set_candidate:
 * @self: a city
 * @value: the new value
 *
 * Sets whether it is a candidate city rather than a member.
 */
LC_DEFINE_INT_FIELD (LcCity, lc_city, CITY, candidate, "candidate", gboolean)

/**
 * lc_city_get_sdgs:
 * @self: a city
 *
 * Returns: the goals it chose, as a bit set: bit N for goal N (see lc_city_has_sdg()) ("sdgs")
 */
/**
 * lc_city_set_sdgs:
 * @self: a city
 * @value: the new value
 *
 * Sets the goals it chose, as a bit set: bit N for goal N (see lc_city_has_sdg()).
 */
LC_DEFINE_INT_FIELD (LcCity, lc_city, CITY, sdgs, "sdgs", guint)

/**
 * lc_city_get_attendance:
 * @self: a city
 *
 * Returns: how its delegation attends, or %LC_ATTENDANCE_UNSET ("attendance")
 */
/**
 * lc_city_set_attendance:
 * @self: a city
 * @value: the new value
 *
 * Sets how its delegation attends, or %LC_ATTENDANCE_UNSET.
 */
LC_DEFINE_INT_FIELD (LcCity, lc_city, CITY, attendance, "attendance", LcAttendance)

/**
 * lc_person_get_convention_id:
 * @self: a person
 *
 * Returns: the id of the convention the person belongs to ("convention-id")
 */
/**
 * lc_person_set_convention_id:
 * @self: a person
 * @value: the new value
 *
 * Sets the id of the convention the person belongs to.
 */
LC_DEFINE_INT_FIELD (LcPerson, lc_person, PERSON, convention_id, "convention-id", gint64)

/**
 * lc_person_get_name:
 * @self: a person
 * @language: the language wanted
 *
 * Returns: (transfer none): the person's name in @language exactly ("name-ar" or
 *   "name-en"), "" when empty; lc_record_get_text () falls back instead
 */
/**
 * lc_person_set_name:
 * @self: a person
 * @arabic: (nullable): the Arabic text
 * @english: (nullable): the English text
 *
 * Sets the person's name in both languages (%NULL is "").
 */
LC_DEFINE_BILINGUAL_FIELD (LcPerson, lc_person, PERSON, name, "name")

/**
 * lc_person_get_city_id:
 * @self: a person
 *
 * Returns: the id of the city they come for, or 0 for none ("city-id")
 */
/**
 * lc_person_set_city_id:
 * @self: a person
 * @value: the new value
 *
 * Sets the id of the city they come for, or 0 for none.
 */
LC_DEFINE_INT_FIELD (LcPerson, lc_person, PERSON, city_id, "city-id", gint64)

/**
 * lc_person_get_organisation_id:
 * @self: a person
 *
 * Returns: the id of their organisation among the convention's, or 0 when
 *   it is the free text of "organisation-ar"/"-en" ("organisation-id")
 */
/**
 * lc_person_set_organisation_id:
 * @self: a person
 * @value: the new value
 *
 * Sets their organisation among the convention's, or 0 for none.
 */
LC_DEFINE_INT_FIELD (LcPerson, lc_person, PERSON, organisation_id, "organisation-id", gint64)

/**
 * lc_person_get_attendance:
 * @self: a person
 *
 * Returns: how they usually attend ("attendance")
 */
/**
 * lc_person_set_attendance:
 * @self: a person
 * @value: the new value
 *
 * Sets how they usually attend.
 */
LC_DEFINE_INT_FIELD (LcPerson, lc_person, PERSON, attendance, "attendance", LcAttendance)

/**
 * lc_person_get_email:
 * @self: a person
 *
 * Returns: (transfer none): their email address, "" when not known ("email")
 */
/**
 * lc_person_set_email:
 * @self: a person
 * @value: (nullable): an address that lc_person_check_email () accepts
 *
 * Sets their email address.
 */
LC_DEFINE_STRING_FIELD (LcPerson, lc_person, PERSON, email, "email")

/**
 * lc_person_get_phone:
 * @self: a person
 *
 * Returns: (transfer none): their phone number as typed, "" when not known ("phone")
 */
/**
 * lc_person_set_phone:
 * @self: a person
 * @value: (nullable): a number that lc_person_check_phone () accepts
 *
 * Sets their phone number.
 */
LC_DEFINE_STRING_FIELD (LcPerson, lc_person, PERSON, phone, "phone")

/**
 * lc_person_get_bio:
 * @self: a person
 * @language: the language wanted
 *
 * Returns: (transfer none): their short biography in @language exactly
 *   ("bio-ar" or "bio-en"), "" when empty
 */
/**
 * lc_person_set_bio:
 * @self: a person
 * @arabic: (nullable): the Arabic text
 * @english: (nullable): the English text
 *
 * Sets their short biography in both languages (%NULL is "").
 */
LC_DEFINE_BILINGUAL_FIELD (LcPerson, lc_person, PERSON, bio, "bio")

/**
 * lc_person_get_language:
 * @self: a person
 *
 * Returns: (transfer none): the language they prefer for correspondence,
 *   "ar", "en", or "" when nobody said ("language")
 */
/**
 * lc_person_set_language:
 * @self: a person
 * @value: (nullable): "ar", "en" or ""
 *
 * Sets the language they prefer for correspondence.
 */
LC_DEFINE_STRING_FIELD (LcPerson, lc_person, PERSON, language, "language")

/**
 * lc_person_get_photo:
 * @self: a person
 *
 * Returns: (transfer none): the name of their photo's image in the library's
 *   image store (lc_report_load_image ()), "" when they have none ("photo")
 */
/**
 * lc_person_set_photo:
 * @self: a person
 * @value: (nullable): an image's name from lc_report_store_image_scaled (), or ""
 *
 * Sets their photo; lc_person_choose_photo () stores the image and sets it.
 */
LC_DEFINE_STRING_FIELD (LcPerson, lc_person, PERSON, photo, "photo")

/**
 * lc_item_get_convention_id:
 * @self: an agenda item
 *
 * Returns: the id of the convention the item belongs to ("convention-id")
 */
/**
 * lc_item_set_convention_id:
 * @self: an agenda item
 * @value: the new value
 *
 * Sets the id of the convention the item belongs to.
 */
LC_DEFINE_INT_FIELD (LcItem, lc_item, ITEM, convention_id, "convention-id", gint64)

/**
 * lc_item_get_kind:
 * @self: an agenda item
 *
 * Returns: what sort of item it is ("kind")
 */
/**
 * lc_item_set_kind:
 * @self: an agenda item
 * @value: the new value
 *
 * Sets what sort of item it is.
 */
LC_DEFINE_INT_FIELD (LcItem, lc_item, ITEM, kind, "kind", LcItemKind)

/**
 * lc_item_get_number:
 * @self: an agenda item
 *
 * Returns: its number in the agenda, or 0 for none ("number")
 */
/**
 * lc_item_set_number:
 * @self: an agenda item
 * @value: the new value
 *
 * Sets its number in the agenda, or 0 for none.
 */
LC_DEFINE_INT_FIELD (LcItem, lc_item, ITEM, number, "number", int)

/**
 * lc_item_get_title:
 * @self: an agenda item
 * @language: the language wanted
 *
 * Returns: (transfer none): the item's title in @language exactly ("title-ar" or
 *   "title-en"), "" when empty; lc_record_get_text () falls back instead
 */
/**
 * lc_item_set_title:
 * @self: an agenda item
 * @arabic: (nullable): the Arabic text
 * @english: (nullable): the English text
 *
 * Sets the item's title in both languages (%NULL is "").
 */
LC_DEFINE_BILINGUAL_FIELD (LcItem, lc_item, ITEM, title, "title")

/**
 * lc_item_get_description:
 * @self: an agenda item
 * @language: the language wanted
 *
 * Returns: (transfer none): the item's description in @language exactly ("description-ar" or
 *   "description-en"), "" when empty; lc_record_get_text () falls back instead
 */
/**
 * lc_item_set_description:
 * @self: an agenda item
 * @arabic: (nullable): the Arabic text
 * @english: (nullable): the English text
 *
 * Sets the item's description in both languages (%NULL is "").
 */
LC_DEFINE_BILINGUAL_FIELD (LcItem, lc_item, ITEM, description, "description")

/**
 * lc_item_get_day:
 * @self: an agenda item
 *
 * Returns: (transfer none): its day, as YYYY-MM-DD ("day"), never %NULL
 */
/**
 * lc_item_set_day:
 * @self: an agenda item
 * @value: (nullable): the new value; %NULL is ""
 *
 * Sets its day, as YYYY-MM-DD.
 */
LC_DEFINE_STRING_FIELD (LcItem, lc_item, ITEM, day, "day")

/**
 * lc_item_get_start_minute:
 * @self: an agenda item
 *
 * Returns: when it starts, in minutes since midnight (0 to 1440) ("start-minute")
 */
/**
 * lc_item_set_start_minute:
 * @self: an agenda item
 * @value: the new value
 *
 * Sets when it starts, in minutes since midnight (0 to 1440).
 */
LC_DEFINE_INT_FIELD (LcItem, lc_item, ITEM, start_minute, "start-minute", int)

/**
 * lc_item_get_end_minute:
 * @self: an agenda item
 *
 * Returns: when it ends, in minutes since midnight (0 to 1440) ("end-minute")
 */
/**
 * lc_item_set_end_minute:
 * @self: an agenda item
 * @value: the new value
 *
 * Sets when it ends, in minutes since midnight (0 to 1440).
 */
LC_DEFINE_INT_FIELD (LcItem, lc_item, ITEM, end_minute, "end-minute", int)

/**
 * lc_item_get_room_id:
 * @self: an agenda item
 *
 * Returns: the id of its room, or 0 for none ("room-id")
 */
/**
 * lc_item_set_room_id:
 * @self: an agenda item
 * @value: the new value
 *
 * Sets the id of its room, or 0 for none.
 */
LC_DEFINE_INT_FIELD (LcItem, lc_item, ITEM, room_id, "room-id", gint64)

/**
 * lc_item_get_track_id:
 * @self: an agenda item
 *
 * Returns: the id of its track (theme), or 0 for none ("track-id")
 */
/**
 * lc_item_set_track_id:
 * @self: an agenda item
 * @value: the new value
 *
 * Sets the id of its track, or 0 for none.
 */
LC_DEFINE_INT_FIELD (LcItem, lc_item, ITEM, track_id, "track-id", gint64)

/**
 * lc_item_get_place_id:
 * @self: an agenda item
 *
 * Returns: the id of its off-site place, or 0 for none ("place-id"); an
 *   item at a place has no room
 */
/**
 * lc_item_set_place_id:
 * @self: an agenda item
 * @value: the new value
 *
 * Sets the id of its off-site place, or 0 for none.
 */
LC_DEFINE_INT_FIELD (LcItem, lc_item, ITEM, place_id, "place-id", gint64)

/**
 * lc_item_get_online_url:
 * @self: an agenda item
 *
 * Returns: (transfer none): its own meeting link, an https URL, or "" to
 *   use its room's ("online-url")
 */
/**
 * lc_item_set_online_url:
 * @self: an agenda item
 * @value: (nullable): the new value; %NULL is ""
 *
 * Sets its own meeting link, which overrides its room's.
 */
LC_DEFINE_STRING_FIELD (LcItem, lc_item, ITEM, online_url, "online-url")

/**
 * lc_item_get_expected_attendance:
 * @self: an agenda item
 *
 * Returns: how many people are expected, or 0 when not known
 *   ("expected-attendance")
 */
/**
 * lc_item_set_expected_attendance:
 * @self: an agenda item
 * @value: the new value
 *
 * Sets how many people are expected, or 0 when not known.
 */
LC_DEFINE_INT_FIELD (LcItem, lc_item, ITEM, expected_attendance, "expected-attendance", int)

/**
 * lc_participation_get_item_id:
 * @self: a participation
 *
 * Returns: the id of the item the person takes part in ("item-id")
 */
/**
 * lc_participation_set_item_id:
 * @self: a participation
 * @value: the new value
 *
 * Sets the id of the item the person takes part in.
 */
LC_DEFINE_INT_FIELD (LcParticipation, lc_participation, PARTICIPATION, item_id, "item-id", gint64)

/**
 * lc_participation_get_person_id:
 * @self: a participation
 *
 * Returns: the id of the person taking part ("person-id")
 */
/**
 * lc_participation_set_person_id:
 * @self: a participation
 * @value: the new value
 *
 * Sets the id of the person taking part.
 */
LC_DEFINE_INT_FIELD (LcParticipation, lc_participation, PARTICIPATION, person_id, "person-id", gint64)

/**
 * lc_participation_get_role:
 * @self: a participation
 *
 * Returns: the part they play in the item ("role")
 */
/**
 * lc_participation_set_role:
 * @self: a participation
 * @value: the new value
 *
 * Sets the part they play in the item.
 */
LC_DEFINE_INT_FIELD (LcParticipation, lc_participation, PARTICIPATION, role, "role", LcRole)

/**
 * lc_participation_get_position:
 * @self: a participation
 *
 * Returns: their place among the item's people, from 0 ("position")
 */
/**
 * lc_participation_set_position:
 * @self: a participation
 * @value: the new value
 *
 * Sets their place among the item's people, from 0.
 */
LC_DEFINE_INT_FIELD (LcParticipation, lc_participation, PARTICIPATION, position, "position", int)

/**
 * lc_participation_get_attendance:
 * @self: a participation
 *
 * Returns: how they attend this item, or %LC_ATTENDANCE_UNSET for the person's usual way ("attendance")
 */
/**
 * lc_participation_set_attendance:
 * @self: a participation
 * @value: the new value
 *
 * Sets how they attend this item, or %LC_ATTENDANCE_UNSET for the person's usual way.
 */
LC_DEFINE_INT_FIELD (LcParticipation, lc_participation, PARTICIPATION, attendance, "attendance", LcAttendance)
