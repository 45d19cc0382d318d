/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nicks generated from these names ("press", "social") are what the
 * database and the convention file store: never rename a value. */

/**
 * LcCoverageKind:
 * @LC_COVERAGE_KIND_PRESS: an article in a newspaper, a news site or on
 *   television
 * @LC_COVERAGE_KIND_SOCIAL: a post on social media
 *
 * Where the convention was reported, as the final report lists it.
 */
typedef enum
{
  LC_COVERAGE_KIND_PRESS,
  LC_COVERAGE_KIND_SOCIAL,
} LcCoverageKind;

G_END_DECLS
