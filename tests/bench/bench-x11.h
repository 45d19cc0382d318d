/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The window measured from outside, through the X server (bench-x11.c):
 * when a program's window first paints, and how long the window takes to
 * answer after a key press that saves an edit. */

typedef struct
{
  char   *failure;        /* why it was not measured, or NULL */
  double  answer_ms;      /* median: key press → the window answers a ping */
  double  drawn_ms;       /* median: key press → the window draws */
  double  stall_ms;       /* the longest ping round trip in the second after */
  guint   n_edits;        /* edits made, checked in the library */
} BenchEdits;

gboolean  bench_x11_hold        (char              **why);
double    bench_x11_first_paint (const char * const *argv,
                                 char              **envp,
                                 char              **failure);
void      bench_x11_edits       (BenchEdits         *edits,
                                 const char         *executable,
                                 const char         *library,
                                 gint64              convention_id,
                                 guint               n_edits);
void      bench_edits_clear     (BenchEdits         *edits);

G_END_DECLS
