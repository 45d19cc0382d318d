/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-store.h"

G_BEGIN_DECLS

/**
 * LC_SCHEDULE_MAX_EVENTS:
 *
 * The most events a schedule XML file may hold: as many agenda items as the
 * largest convention file README.md's limits plan for.
 */
#define LC_SCHEDULE_MAX_EVENTS 10000

/**
 * LC_SCHEDULE_MAX_ROOMS:
 *
 * The most different rooms a schedule XML file may name.
 */
#define LC_SCHEDULE_MAX_ROOMS 1000

/**
 * LC_SCHEDULE_MAX_PERSONS:
 *
 * The most persons a schedule XML file may name, each counted once however
 * many events name them.
 */
#define LC_SCHEDULE_MAX_PERSONS 50000

/**
 * LC_SCHEDULE_MAX_DEPTH:
 *
 * The deepest nesting of elements read in a schedule XML file; the format
 * uses 6 levels.
 */
#define LC_SCHEDULE_MAX_DEPTH 32

/**
 * LC_SCHEDULE_MAX_ELEMENTS:
 *
 * The most XML elements a schedule file may hold: a schedule of
 * %LC_SCHEDULE_MAX_EVENTS events as pretalx writes them has about 300,000.
 * The bound keeps the parsed tree to a few hundred megabytes.
 */
#define LC_SCHEDULE_MAX_ELEMENTS 500000

gboolean lc_schedule_import_recognise (const char  *data,
                                       gsize        length);
gint64   lc_schedule_import_data      (LcStore     *store,
                                       const char  *data,
                                       gsize        length,
                                       const char  *source_name,
                                       char      ***left_out,
                                       GError     **error);

G_END_DECLS
