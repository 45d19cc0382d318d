/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nicks generated from these names ("field-visit", "in-person", …) are
 * what the database and the convention file store. */

typedef enum
{
  LC_ITEM_KIND_OPENING,
  LC_ITEM_KIND_SESSION,
  LC_ITEM_KIND_BREAK,
  LC_ITEM_KIND_FIELD_VISIT,
  LC_ITEM_KIND_EXERCISE,
  LC_ITEM_KIND_DECLARATION_READING,
  LC_ITEM_KIND_CLOSING,
  /* Added with schema 5: kept before OTHER, which stays the last value
   * (loops and tables run up to it); files and the library store the nick,
   * never the number. */
  LC_ITEM_KIND_PANEL,
  LC_ITEM_KIND_WORKSHOP,
  LC_ITEM_KIND_EXHIBITION,
  LC_ITEM_KIND_CEREMONY,
  LC_ITEM_KIND_MEAL,
  LC_ITEM_KIND_OTHER,
} LcItemKind;

typedef enum
{
  LC_ROLE_MODERATOR,
  LC_ROLE_SPEAKER,
  LC_ROLE_PRESENTER,
} LcRole;

/* UNSET is stored as NULL: "the person's default" for a participation,
 * "not known" for a city. ABSENT is only meaningful for cities. */
typedef enum
{
  LC_ATTENDANCE_UNSET,
  LC_ATTENDANCE_IN_PERSON,
  LC_ATTENDANCE_ONLINE,
  LC_ATTENDANCE_ABSENT,
} LcAttendance;

typedef enum
{
  LC_LANGUAGE_ARABIC,
  LC_LANGUAGE_ENGLISH,
} LcLanguage;

G_END_DECLS
