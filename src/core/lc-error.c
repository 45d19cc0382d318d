/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "lc-error.h"

G_DEFINE_QUARK (lc-error-quark, lc_error)
