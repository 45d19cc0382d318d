/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * LC_JSON_MAX_DEPTH:
 *
 * How deeply objects and lists of a convention file may nest: 64 levels,
 * six times what the format itself uses (10). json-glib reads nesting by
 * recursion, so a deeper file would overflow the stack.
 */
#define LC_JSON_MAX_DEPTH 64

gboolean lc_json_prescan (const char  *data,
                          gsize        length,
                          guint        max_depth,
                          const char  *source,
                          GError     **error);

G_END_DECLS
