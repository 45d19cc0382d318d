/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-store.h"

G_BEGIN_DECLS

/* Synthetic conventions of any size, for benchmarks and tests: the
 * convention, its rooms, cities and people, and an agenda of items each
 * with the same number of participants, in Arabic and English. The same
 * size and seed always give the same convention (ids aside). */

/**
 * LC_GENERATOR_PEOPLE_PER_ITEM:
 *
 * How many people take part in each item unless told otherwise.
 */
#define LC_GENERATOR_PEOPLE_PER_ITEM 5

/**
 * LC_GENERATOR_MAX_PER_TRACK:
 *
 * The most items one room holds in one day: 08:00–20:00 in sessions of
 * at least 30 minutes.
 */
#define LC_GENERATOR_MAX_PER_TRACK 24

/**
 * LcGeneratorSize:
 * @n_items: agenda items
 * @n_people: people
 * @n_cities: cities (names beyond the built-in list get a number)
 * @n_rooms: rooms
 * @n_days: days of the convention
 * @people_per_item: participants of each item; 0 means
 *   %LC_GENERATOR_PEOPLE_PER_ITEM
 * @double_bookings: how many items get one person who is, on purpose,
 *   also in another item at the same time; every other participant is
 *   free when their item takes place (when there are enough people)
 *
 * What to generate. lc_generator_size_init() fills in proportions like a
 * real convention's for a number of items.
 */
typedef struct
{
  guint n_items;
  guint n_people;
  guint n_cities;
  guint n_rooms;
  guint n_days;
  guint people_per_item;
  guint double_bookings;
} LcGeneratorSize;

void    lc_generator_size_init (LcGeneratorSize        *size,
                                guint                   n_items);
gint64  lc_generator_create    (LcStore                *store,
                                const LcGeneratorSize  *size,
                                guint32                 seed,
                                GError                **error);

G_END_DECLS
