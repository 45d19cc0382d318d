/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lc-types.h"

G_BEGIN_DECLS

/*
 * LcContext: the state every part of the interface shares (today the
 * settings), owned by the application. Widgets and helpers read it here
 * instead of reaching for the application class.
 */

#define LC_TYPE_CONTEXT (lc_context_get_type ())

G_DECLARE_FINAL_TYPE (LcContext, lc_context, LC, CONTEXT, GObject)

LcContext *lc_context_new          (GSettings *settings);
GSettings *lc_context_get_settings (LcContext *self);

LcContext *lc_context_get_default  (void);
void       lc_context_set_default  (LcContext *context);

G_END_DECLS
