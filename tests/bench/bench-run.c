/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench-run.h"

/* Programs are timed from the outside (launch to exit, or to the first
 * frame the window reports) and their peak memory read from wait4(). */

#define CHILD_TIMEOUT_S 300

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
bench_median (GArray *values)
{
  if (values->len == 0)
    return NAN;

  g_array_sort (values, compare_doubles);
  if (values->len % 2)
    return g_array_index (values, double, values->len / 2);
  return (g_array_index (values, double, values->len / 2 - 1)
          + g_array_index (values, double, values->len / 2)) / 2;
}

typedef struct
{
  gboolean  ok;
  double    wall_ms;
  double    cpu_ms;       /* user + system, all threads */
  double    rss_mb;       /* peak resident set */
  char     *out;
  char     *err;
} Child;

static void
child_clear (Child *child)
{
  g_free (child->out);
  g_free (child->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Child, child_clear)

static void
read_into (int      fd,
           GString *into,
           gboolean *open)
{
  char buffer[4096];
  ssize_t got = read (fd, buffer, sizeof buffer);

  if (got > 0)
    g_string_append_len (into, buffer, got);
  else if (got == 0 || errno != EINTR)
    *open = FALSE;
}

/* Runs @argv to its end (killing it after CHILD_TIMEOUT_S), collecting its
 * output, wall time and peak memory. */
static void
run_child (const char * const *argv,
           char              **envp,
           Child              *child)
{
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL), *err = g_string_new (NULL);
  gboolean out_open = TRUE, err_open = TRUE;
  int out_fd, err_fd, status = 0;
  struct rusage usage = { 0, };
  double start = now_ms (), deadline = start + CHILD_TIMEOUT_S * 1000.0;
  GPid pid;

  memset (child, 0, sizeof *child);
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                 &pid, NULL, &out_fd, &err_fd, &error))
    {
      child->err = g_strdup (error->message);
      g_string_free (out, TRUE);
      g_string_free (err, TRUE);
      return;
    }

  while (out_open || err_open)
    {
      struct pollfd fds[2] = { { out_open ? out_fd : -1, POLLIN, 0 }, { err_open ? err_fd : -1, POLLIN, 0 } };
      int left = (int) (deadline - now_ms ());

      if (left <= 0 || poll (fds, 2, left) == 0)
        {
          kill (pid, SIGKILL);
          g_string_append_printf (err, "killed after %d s", CHILD_TIMEOUT_S);
          break;
        }
      if (fds[0].revents)
        read_into (out_fd, out, &out_open);
      if (fds[1].revents)
        read_into (err_fd, err, &err_open);
    }

  while (wait4 (pid, &status, 0, &usage) < 0 && errno == EINTR)
    ;
  child->wall_ms = now_ms () - start;
  child->cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
                  + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
  child->rss_mb = usage.ru_maxrss / 1024.0;    /* kilobytes on Linux */
  child->ok = WIFEXITED (status) && WEXITSTATUS (status) == 0;
  child->out = g_string_free (out, FALSE);
  child->err = g_string_free (err, FALSE);
  close (out_fd);
  close (err_fd);
  g_spawn_close_pid (pid);
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = NULL;
  const char *pages;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, NULL, NULL) || out == NULL)
    return 0;
  pages = strstr (out, "\nPages:");
  return pages ? (guint) g_ascii_strtoull (pages + 7, NULL, 10) : 0;
}

static char *
first_line (const char *text)
{
  const char *end = strchr (text, '\n');

  return g_strndup (text, end ? (gsize) (end - text) : strlen (text));
}

void
bench_run_clear (BenchRun *run)
{
  g_free (run->label);
  g_free (run->failure);
  g_free (run->renderer);
}

/* Medians of @n_runs runs of @argv; the window's also read what it prints. */
static void
run_program (BenchRun           *run,
             const char * const *argv,
             char              **envp,
             int                 n_runs,
             gboolean            window)
{
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) in_main = g_array_new (FALSE, FALSE, sizeof (double));

  for (int r = 0; r < n_runs; r++)
    {
      g_auto(Child) child;
      gint64 spawned = g_get_monotonic_time ();
      double seconds = 0;

      run_child (argv, envp, &child);
      if (!child.ok)
        {
          g_autofree char *why = first_line (child.err && *child.err ? child.err : "failed");

          run->failure = g_strdup_printf ("failed: %s", why);
          return;
        }

      if (window)
        {
          const char *line = strstr (child.out, "first-frame: ");
          const char *mono, *since;

          if (line == NULL)
            {
              run->failure = g_strdup ("failed: no first frame reported");
              return;
            }
          if (!g_str_has_prefix (line, "first-frame: page=convention "))
            {
              run->failure = g_strdup ("failed: the convention was not shown");
              return;
            }
          /* Both are CLOCK_MONOTONIC: from launch includes exec and linking. */
          mono = strstr (line, "monotonic-us=");
          since = strstr (line, "since-start-us=");
          if (mono == NULL || since == NULL)
            {
              run->failure = g_strdup ("failed: unreadable first-frame line");
              return;
            }
          seconds = (g_ascii_strtoll (mono + strlen ("monotonic-us="), NULL, 10) - spawned) / 1e6;
          g_array_append_val (wall, seconds);
          seconds = g_ascii_strtoll (since + strlen ("since-start-us="), NULL, 10) / 1e6;
          g_array_append_val (in_main, seconds);
          if (run->renderer == NULL && strstr (line, " renderer=") != NULL)
            run->renderer = g_strndup (strstr (line, " renderer=") + strlen (" renderer="),
                                       strcspn (strstr (line, " renderer=") + strlen (" renderer="), " \n"));
        }
      else
        {
          seconds = child.wall_ms / 1000;
          g_array_append_val (wall, seconds);
        }
      seconds = child.cpu_ms / 1000;
      g_array_append_val (cpu, seconds);
      run->rss_mb = MAX (run->rss_mb, child.rss_mb);
    }

  run->wall_s = bench_median (wall);
  run->cpu_s = bench_median (cpu);
  run->main_s = bench_median (in_main);
}

/**
 * bench_run_pdf:
 * @run: where to put the figures; its label is set by the caller
 * @executable: learning-cities
 * @library: the library database
 * @convention_id: the convention
 * @pdf: the file to write
 * @n_runs: how many runs
 *
 * Times the bilingual agenda PDF as the command line makes it.
 */
void
bench_run_pdf (BenchRun   *run,
               const char *executable,
               const char *library,
               gint64      convention_id,
               const char *pdf,
               int         n_runs)
{
  g_autofree char *database = g_strdup_printf ("--database=%s", library);
  g_autofree char *convention = g_strdup_printf ("--convention=%" G_GINT64_FORMAT, convention_id);
  g_autofree char *output = g_strdup_printf ("--export-agenda-pdf=%s", pdf);
  const char *argv[] = { executable, database, convention, output, "--language=bilingual", NULL };

  run_program (run, argv, NULL, n_runs, FALSE);
  if (run->failure == NULL)
    run->pages = pdf_pages (pdf);
}

/**
 * bench_run_window:
 * @run: where to put the figures; its label is set by the caller
 * @executable: learning-cities
 * @library: the library database
 * @convention_id: the convention to show
 * @n_runs: how many runs
 *
 * Launches the window on @convention_id until its first frame showing it
 * (LC_BENCH_FIRST_FRAME, see src/lc-application.c).
 */
void
bench_run_window (BenchRun   *run,
                  const char *executable,
                  const char *library,
                  gint64      convention_id,
                  int         n_runs)
{
  g_autofree char *database = g_strdup_printf ("--database=%s", library);
  g_autofree char *convention = g_strdup_printf ("--convention=%" G_GINT64_FORMAT, convention_id);
  const char *argv[] = { executable, database, convention, NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LC_BENCH_FIRST_FRAME", "1", TRUE);

  run_program (run, argv, envp, n_runs, TRUE);
}

const char *
bench_verdict (gboolean measured,
               gboolean met)
{
  return !measured ? "not measured" : met ? "met" : "MISSED";
}

void
bench_print_runs (GArray *runs_done)
{
  g_print ("\n%-34s %-10s %-10s %-10s %-10s %-7s %s\n",
           "program runs (median)", "wall", "CPU", "in main", "peak RSS", "pages", "target");
  for (guint i = 0; i < runs_done->len; i++)
    {
      BenchRun *run = &g_array_index (runs_done, BenchRun, i);
      g_autofree char *target = run->target_s > 0 ? g_strdup_printf ("< %.1f s: wall %s, CPU %s", run->target_s,
                                                                     bench_verdict (TRUE, run->wall_s < run->target_s),
                                                                     bench_verdict (TRUE, run->cpu_s < run->target_s))
                                                  : g_strdup ("");
      g_autofree char *in_main = isnan (run->main_s) ? g_strdup ("-") : g_strdup_printf ("%.3f s", run->main_s);
      g_autofree char *pages = run->pages ? g_strdup_printf ("%u", run->pages) : g_strdup ("-");
      g_autofree char *wall = g_strdup_printf ("%.3f s", run->wall_s);
      g_autofree char *cpu = g_strdup_printf ("%.3f s", run->cpu_s);
      g_autofree char *rss = g_strdup_printf ("%.0f MB", run->rss_mb);

      if (run->failure != NULL)
        {
          g_print ("%-34s %s\n", run->label, run->failure);
          continue;
        }
      g_print ("%-34s %-10s %-10s %-10s %-10s %-7s %s\n", run->label, wall, cpu, in_main, rss, pages, target);
    }
}
