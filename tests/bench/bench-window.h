/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdio.h>

#include "bench-x11.h"

G_BEGIN_DECLS

/* Issue 17's rows for the window (bench-window.c): launch to first paint
 * beside GNOME Text Editor's, and the rows as lc-bench prints them. */

typedef struct
{
  double ours;        /* seconds, median */
  double peer;        /* GNOME Text Editor's */
  char  *failure;     /* why they were not measured, or NULL */
} BenchPaintPair;

void  bench_window_first_paint (BenchPaintPair *pair,
                                const char     *executable,
                                const char     *dir,
                                const char     *library,
                                gint64          id,
                                int             runs);
void  bench_window_print_rows  (FILE           *rows,
                                BenchPaintPair *paint,
                                double          frame_1000,
                                double          frame_10000,
                                guint           n_sizes,
                                const guint    *edit_sizes,
                                BenchEdits     *edits,
                                int             n_edits,
                                const char     *renderer,
                                const char     *load);

G_END_DECLS
