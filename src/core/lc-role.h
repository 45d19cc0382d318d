/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "lc-enums.h"

G_BEGIN_DECLS

const char *lc_role_heading (LcRole      role,
                             gulong      n,
                             LcLanguage  language);

G_END_DECLS
