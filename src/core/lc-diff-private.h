/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-diff.h"

G_BEGIN_DECLS

/* Shared by lc-diff.c (words) and lc-diff-texts.c (declaration texts). */

void lc_diff_segment_free (gpointer    data);
void lc_diff_add_segment  (GPtrArray  *segments,
                           LcDiffKind  kind,
                           const char *text);

G_END_DECLS
