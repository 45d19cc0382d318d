/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "bench-run.h"
#include "bench-window.h"

/* Issue 17's goals for the window. */
#define GOAL_PAINT_RATIO      0.8     /* of GNOME Text Editor's first paint */
#define GOAL_FIRST_FRAME_S    1.0     /* 10,000 items */
#define GOAL_ANSWER_MS      100.0     /* an edit saved, 10,000 items */
#define GOAL_STALL_MS        50.0

/* Both programs started the same way, in turn, each in a home of its own
 * that this run made: nothing restored from an earlier session. */
static char **
fresh_home (const char *dir,
            const char *name)
{
  static const char *const variables[] = { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME" };
  char **envp = g_get_environ ();

  for (guint i = 0; i < G_N_ELEMENTS (variables); i++)
    {
      g_autofree char *path = g_build_filename (dir, name, variables[i], NULL);

      g_mkdir_with_parents (path, 0700);
      envp = g_environ_setenv (envp, variables[i], path, TRUE);
    }

  return envp;
}

/**
 * bench_window_first_paint:
 * @pair: where to put the medians, or why they are missing
 * @executable: learning-cities
 * @dir: a folder for the programs' homes
 * @library: the library the window opens
 * @id: the convention it shows
 * @runs: how many paired runs
 *
 * Launch to first paint of the window on @id and of GNOME Text Editor,
 * measured through the X server, turn about.
 */
void
bench_window_first_paint (BenchPaintPair *pair,
                          const char     *executable,
                          const char     *dir,
                          const char     *library,
                          gint64          id,
                          int             runs)
{
  g_autofree char *editor = g_find_program_in_path ("gnome-text-editor");
  g_autofree char *database = g_strdup_printf ("--database=%s", library);
  g_autofree char *convention = g_strdup_printf ("--convention=%" G_GINT64_FORMAT, id);
  const char *ours[] = { executable, database, convention, NULL };
  const char *peer[] = { editor, "--standalone", NULL };
  g_auto(GStrv) our_env = fresh_home (dir, "home-ours");
  g_auto(GStrv) peer_env = fresh_home (dir, "home-text-editor");
  g_autoptr(GArray) a = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) b = g_array_new (FALSE, FALSE, sizeof (double));

  pair->ours = pair->peer = NAN;
  if (editor == NULL)
    {
      pair->failure = g_strdup ("gnome-text-editor is not installed (build-aux/bench.sh installs it)");
      return;
    }
  /* Paired runs, one after the other, so that the load is alike for both. */
  for (int r = 0; r < runs && pair->failure == NULL; r++)
    {
      double s = bench_x11_first_paint (ours, our_env, &pair->failure);
      double t = pair->failure ? -1 : bench_x11_first_paint (peer, peer_env, &pair->failure);

      if (s >= 0 && t >= 0)
        {
          g_array_append_val (a, s);
          g_array_append_val (b, t);
        }
    }
  if (pair->failure == NULL)
    {
      pair->ours = bench_median (a);
      pair->peer = bench_median (b);
    }
}

static const char *
verdict_below (double value,
               double goal)
{
  return bench_verdict (!isnan (value) && value >= 0, value <= goal);
}

/* A row of issue 17's table: printed, and written to --rows for
 * build-aux/bench.sh, which prints all the rows (window, PDF, imports and
 * exports) as one table at the end; see build-aux/bench-lib.sh. */
static void
window_row (FILE       *rows,
            const char *what,
            const char *now,
            const char *peer,
            const char *goal,
            const char *verdict)
{
  g_print ("%-38s %-46s %-32s %s: %s\n", what, now, peer, goal, verdict);
  if (rows != NULL)
    fprintf (rows, "%s\t%s\t%s\t%s\t%s\n", what, now, peer, goal, verdict);
}

/* "1,000 / 10,000": the sizes as a row names them. */
static char *
sizes_label (const guint *sizes,
             guint        n_sizes)
{
  GString *label = g_string_new (NULL);

  for (guint i = 0; i < n_sizes; i++)
    {
      g_string_append (label, i ? " / " : "");
      if (sizes[i] >= 1000)
        g_string_append_printf (label, "%u,%03u", sizes[i] / 1000, sizes[i] % 1000);
      else
        g_string_append_printf (label, "%u", sizes[i]);
    }

  return g_string_free (label, FALSE);
}

/**
 * bench_window_print_rows:
 * @rows: (nullable): the rows file of build-aux/bench.sh
 * @paint: the first paints
 * @frame_1000: the first frame at 1,000 items, or NAN
 * @frame_10000: the first frame at 10,000 items, or NAN
 * @n_sizes: how many sizes were edited
 * @edit_sizes: their items
 * @edits: their figures
 * @n_edits: the edits asked for a size
 * @renderer: (nullable): the window's GSK renderer, as it said
 * @load: the load average now
 *
 * Prints issue 17's rows for the window, with the goals and what was
 * measured, and writes them to @rows.
 */
void
bench_window_print_rows (FILE           *rows,
                         BenchPaintPair *paint,
                         double          frame_1000,
                         double          frame_10000,
                         guint           n_sizes,
                         const guint    *edit_sizes,
                         BenchEdits     *edits,
                         int             n_edits,
                         const char     *renderer,
                         const char     *load)
{
  const char *gsk = g_getenv ("GSK_RENDERER");
  g_autofree char *gsk_renderer = g_strdup_printf ("%s%s%s", renderer ? renderer : "not reported",
                                                   gsk ? ", GSK_RENDERER=" : "", gsk ? gsk : "");
  g_autofree char *paint_goal = g_strdup_printf ("<= %.1fx Text Editor", GOAL_PAINT_RATIO);
  g_autofree char *frame_goal = g_strdup_printf ("<= %.1f s at 10,000", GOAL_FIRST_FRAME_S);
  g_autofree char *edit_goal = g_strdup_printf ("answers <= %.0f ms, no stall > %.0f ms, at 10,000",
                                                GOAL_ANSWER_MS, GOAL_STALL_MS);
  g_autofree char *edit_label = sizes_label (edit_sizes, n_sizes);
  g_autofree char *edit_what = n_sizes ? g_strdup_printf ("one edit saved, %s items", edit_label)
                                       : g_strdup ("one edit saved");
  g_autoptr(GString) answers = g_string_new ("answers ");
  g_autoptr(GString) stalls = g_string_new (" ms, stall ");
  g_autoptr(GString) failures = g_string_new (NULL);
  const char *edit_verdict = bench_verdict (FALSE, FALSE);

  g_print ("\nissue 17, the window (load average %s; renderer %s; measured from outside through the X server)\n",
           load, gsk_renderer);
  g_print ("%-38s %-46s %-32s %s\n", "what", "now", "peer", "goal");
  if (rows != NULL)
    fprintf (rows, "#renderer\twindow: GSK %s\n", gsk_renderer);

  if (paint->failure != NULL)
    window_row (rows, "launch -> first paint, sample", paint->failure, "-", paint_goal, bench_verdict (FALSE, FALSE));
  else
    {
      g_autofree char *now = g_strdup_printf ("%.3f s", paint->ours);
      g_autofree char *peer = g_strdup_printf ("Text Editor %.3f s (%.2fx)", paint->peer, paint->ours / paint->peer);

      window_row (rows, "launch -> first paint, sample", now, peer, paint_goal,
                  verdict_below (paint->ours / paint->peer, GOAL_PAINT_RATIO));
    }
  {
    g_autofree char *small = isnan (frame_1000) ? g_strdup ("-") : g_strdup_printf ("%.3f", frame_1000);
    g_autofree char *large = isnan (frame_10000) ? g_strdup ("-") : g_strdup_printf ("%.3f", frame_10000);
    g_autofree char *now = g_strdup_printf ("%s / %s s", small, large);

    window_row (rows, "first frame, 1,000 / 10,000 items", now, "-", frame_goal,
                verdict_below (frame_10000, GOAL_FIRST_FRAME_S));
  }

  /* Both figures of every size in one row; the goal is judged at 10,000. */
  for (guint i = 0; i < n_sizes; i++)
    {
      const char *sep = i ? " / " : "";

      if (edits[i].failure != NULL)
        {
          g_string_append_printf (answers, "%s-", sep);
          g_string_append_printf (stalls, "%s-", sep);
          g_string_append_printf (failures, "; %u items: %s", edit_sizes[i], edits[i].failure);
          continue;
        }
      g_string_append_printf (answers, "%s%.0f", sep, edits[i].answer_ms);
      g_string_append_printf (stalls, "%s%.0f", sep, edits[i].stall_ms);
      if (edit_sizes[i] == 10000)
        edit_verdict = bench_verdict (TRUE, edits[i].answer_ms <= GOAL_ANSWER_MS
                                            && edits[i].stall_ms <= GOAL_STALL_MS);
    }
  g_string_append (answers, stalls->str);
  g_string_append (answers, " ms");
  g_string_append (answers, failures->str);
  /* No edits at all: the window was not measured, and the first row says why. */
  if (n_sizes == 0)
    g_string_assign (answers, "-");
  window_row (rows, edit_what, answers->str, "one frame = 16.7 ms", edit_goal, edit_verdict);
  for (guint i = 0; i < n_sizes; i++)
    if (edits[i].failure == NULL)
      g_print ("  %u items: drawn after %.0f ms, %u of %d edits saved\n", edit_sizes[i], edits[i].drawn_ms,
               edits[i].n_edits, n_edits);
  g_print ("(an edit: a real click selects an item, Alt+Down or Alt+Up moves it, saved at once; \"answers\": until\n"
           " the window answers a _NET_WM_PING sent right after the key press, \"drawn\": until it draws, medians of\n"
           " %d; \"stall\": the longest ping round trip in the second after, pings sent one after another)\n", n_edits);
}
