/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The benchmark's program runs (bench-run.c): the agenda PDF made by the
 * command line, and the window until its first frame. */

/* A program run, timed from the outside: the median of several runs. */
typedef struct
{
  char     *label;
  char     *failure;          /* why it was not measured, or NULL */
  double    wall_s;           /* launch to exit, or to the first frame */
  double    cpu_s;            /* user + system time of the process */
  double    main_s;           /* the window's own count from main() */
  double    rss_mb;           /* peak resident set of all runs */
  guint     pages;
  double    target_s;         /* 0 for none */
  char     *renderer;         /* the window's GSK renderer, as it said */
} BenchRun;

void         bench_run_clear    (BenchRun    *run);
void         bench_run_pdf      (BenchRun    *run,
                                 const char  *executable,
                                 const char  *library,
                                 gint64       convention_id,
                                 const char  *pdf,
                                 int          n_runs);
void         bench_run_window   (BenchRun    *run,
                                 const char  *executable,
                                 const char  *library,
                                 gint64       convention_id,
                                 int          n_runs);
void         bench_print_runs   (GArray      *runs);

double       bench_median       (GArray      *values);
const char  *bench_verdict      (gboolean     measured,
                                 gboolean     met);

G_END_DECLS
