/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

gboolean lc_json_reader_load (JsonParser *parser,
                              const char *data,
                              gsize       length);

G_END_DECLS
