/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "bench-run.h"
#include "bench-window.h"
#include "bench-x11.h"
#include "lc-convention-io.h"
#include "lc-convention-model.h"
#include "lc-generator.h"
#include "lc-search.h"
#include "lc-test-util.h"

/*
 * The benchmark (not a test): `meson compile -C BUILD bench`, or
 * build-aux/bench.sh. For generated conventions of 100, 1,000 and 10,000
 * items (five people per item) it times what a user waits for: opening the
 * library and loading a convention, the conflict check, a search for a
 * person per key typed, the agenda PDF, and the window's first frame (the
 * real program, under Xvfb). Child processes are timed from the outside and
 * their peak memory read from wait4(). Figures are printed, never judged
 * against stored ones: the targets are the issue's.
 */

#define TARGET_CONFLICTS_MS  50.0     /* 10,000 items */
#define TARGET_KEYSTROKE_MS  16.0     /* one frame, over 5,000 people */
#define TARGET_SAMPLE_S       0.5
#define TARGET_LARGE_S        1.5     /* 10,000 items */

/* Milliseconds: of the wall clock (what a user waits) and of this thread's
 * CPU time (the work done, which other programs on a busy machine do not
 * inflate as much). */
typedef struct
{
  double wall;
  double cpu;
} Figure;

typedef struct
{
  guint            n_items;
  LcGeneratorSize  size;
  char            *path;
  gint64           id;
  double           generate_s;
  Figure           load;
  Figure           conflicts;         /* through the model, as the window does */
  Figure           compute;           /* lc_conflicts_compute() alone */
  guint            n_conflicts;
  Figure           key_median;
  Figure           key_worst;
  Figure           key_cold;
  guint            n_keys;
  Figure           index_median;
  Figure           index_worst;
} Case;

static int     runs = 5;
static char   *sizes_text = NULL;
static gboolean no_window = FALSE;
static gboolean no_pdf = FALSE;
static char   *executable = NULL;
static char   *sample = NULL;
static char   *edit_sizes_text = NULL;
static int     n_edits = 5;
static char   *rows_path = NULL;

static const GOptionEntry entries[] = {
  { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Runs per figure; the median is printed (default 5)", "N" },
  { "sizes", 's', 0, G_OPTION_ARG_STRING, &sizes_text, "Agenda items, comma-separated (default 100,1000,10000)", "N,..." },
  { "executable", 'e', 0, G_OPTION_ARG_FILENAME, &executable, "learning-cities to run (default $LC_EXECUTABLE)", "PATH" },
  { "sample", 0, 0, G_OPTION_ARG_FILENAME, &sample, "The sample convention (default $LC_SAMPLE)", "FILE.json" },
  { "no-window", 0, 0, G_OPTION_ARG_NONE, &no_window, "Do not time the window", NULL },
  { "no-pdf", 0, 0, G_OPTION_ARG_NONE, &no_pdf, "Do not time the agenda PDF", NULL },
  { "edit-sizes", 0, 0, G_OPTION_ARG_STRING, &edit_sizes_text,
    "Agenda items of the conventions edited with real key presses (default 2000,10000)", "N,..." },
  { "edits", 0, 0, G_OPTION_ARG_INT, &n_edits, "Edits timed per size (default 5)", "N" },
  { "rows", 0, 0, G_OPTION_ARG_FILENAME, &rows_path,
    "Append issue 17's rows for the window to FILE (build-aux/bench.sh prints them)", "FILE" },
  { NULL }
};

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static Figure
clock_now (void)
{
  struct timespec cpu;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &cpu);
  return (Figure) { now_ms (), cpu.tv_sec * 1000.0 + cpu.tv_nsec / 1e6 };
}

/* Times measured one after another: laps_add() adds the time since @start. */
typedef struct
{
  GArray *wall;
  GArray *cpu;
} Laps;

static void
laps_init (Laps *laps)
{
  laps->wall = g_array_new (FALSE, FALSE, sizeof (double));
  laps->cpu = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
laps_clear (Laps *laps)
{
  g_clear_pointer (&laps->wall, g_array_unref);
  g_clear_pointer (&laps->cpu, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Laps, laps_clear)

static Figure
laps_add (Laps   *laps,
          Figure  start)
{
  Figure now = clock_now ();
  Figure lap = { now.wall - start.wall, now.cpu - start.cpu };

  g_array_append_val (laps->wall, lap.wall);
  g_array_append_val (laps->cpu, lap.cpu);
  return lap;
}

static double
maximum (GArray *values)
{
  double worst = 0;

  for (guint i = 0; i < values->len; i++)
    worst = MAX (worst, g_array_index (values, double, i));
  return worst;
}

static Figure
laps_median (Laps *laps)
{
  return (Figure) { bench_median (laps->wall), bench_median (laps->cpu) };
}

static Figure
laps_worst (Laps *laps)
{
  return (Figure) { maximum (laps->wall), maximum (laps->cpu) };
}

/* Milliseconds with three significant figures or so. */
static char *
format_ms (double ms)
{
  if (isnan (ms))
    return g_strdup ("-");
  if (ms >= 1000)
    return g_strdup_printf ("%.2f s", ms / 1000);
  if (ms >= 100)
    return g_strdup_printf ("%.0f ms", ms);
  if (ms >= 10)
    return g_strdup_printf ("%.1f ms", ms);
  return g_strdup_printf ("%.2f ms", ms);
}

static char *
cpu_model (void)
{
  g_autofree char *info = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents ("/proc/cpuinfo", &info, NULL, NULL))
    return g_strdup ("unknown CPU");

  lines = g_strsplit (info, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "model name"))
      {
        const char *colon = strchr (lines[i], ':');

        if (colon != NULL)
          return g_strstrip (g_strdup (colon + 1));
      }

  return g_strdup ("unknown CPU");
}

/* ---- in this process: loading, conflicts, search ---- */

static LcConventionModel *
load (Case    *c,
      LcStore **store_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (c->path, &error);
  LcConventionModel *model;

  if (store == NULL)
    g_error ("%s: %s", c->path, error->message);
  model = lc_convention_model_load (store, c->id, &error);
  if (model == NULL)
    g_error ("%s: %s", c->path, error->message);
  if (store_out != NULL)
    *store_out = g_steal_pointer (&store);

  return model;
}

static void
bench_load (Case *c)
{
  g_auto(Laps) laps;

  laps_init (&laps);
  for (int r = 0; r < runs; r++)
    {
      Figure start = clock_now ();
      LcConventionModel *model = load (c, NULL);

      laps_add (&laps, start);
      g_object_unref (model);
    }

  c->load = laps_median (&laps);
}

/* The model's conflicts are computed on first use: time that on a freshly
 * loaded model, and lc_conflicts_compute() alone on the same input. */
static void
bench_conflicts (Case *c)
{
  g_auto(Laps) through_model;
  g_auto(Laps) alone;
  g_autoptr(GArray) in = g_array_new (FALSE, FALSE, sizeof (LcConflictInput));
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (LcConflictParticipant));
  g_autoptr(LcConventionModel) model = NULL;
  GListModel *items, *parts;
  LcRecord *convention;

  laps_init (&through_model);
  laps_init (&alone);
  for (int r = 0; r < runs; r++)
    {
      g_autoptr(LcConventionModel) fresh = load (c, NULL);
      Figure start = clock_now ();
      LcConflictList *list = lc_convention_model_get_conflicts (fresh);

      laps_add (&through_model, start);
      c->n_conflicts = g_list_model_get_n_items (G_LIST_MODEL (list));
    }
  c->conflicts = laps_median (&through_model);

  model = load (c, NULL);
  items = lc_convention_model_get_items (model);
  parts = lc_convention_model_get_participations (model);
  convention = LC_RECORD (lc_convention_model_get_convention (model));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (items, i);
      LcConflictInput input = {
        lc_record_get_id (item), lc_record_get_string (item, "day"),
        (int) lc_record_get_int (item, "start-minute"), (int) lc_record_get_int (item, "end-minute"),
        lc_record_get_int (item, "room-id"),
      };

      g_array_append_val (in, input);
    }
  for (guint i = 0; i < g_list_model_get_n_items (parts); i++)
    {
      g_autoptr(LcRecord) p = g_list_model_get_item (parts, i);
      LcConflictParticipant participant = {
        lc_record_get_int (p, "item-id"), lc_record_get_int (p, "person-id"),
        lc_convention_model_get_attendance (model, LC_PARTICIPATION (p)) == LC_ATTENDANCE_ONLINE,
      };

      g_array_append_val (people, participant);
    }

  for (int r = 0; r < MAX (runs, 11); r++)
    {
      Figure start = clock_now ();
      g_autoptr(LcConflictList) list =
        lc_conflicts_compute ((LcConflictInput *) (gpointer) in->data, in->len,
                              (LcConflictParticipant *) (gpointer) people->data, people->len,
                              lc_record_get_string (convention, "start-date"),
                              lc_record_get_string (convention, "end-date"));

      laps_add (&alone, start);
    }
  c->compute = laps_median (&alone);
}

/* Types names one character at a time, as into the speakers' search entry:
 * each key normalises what is typed and matches it against every person
 * (the filter's worst case: the window narrows an existing result when a
 * key is added, so it usually checks fewer). The first key is shown on its
 * own: it would pay for normalising every name had loading not done it. */
static void
bench_search (Case *c)
{
  g_autoptr(LcConventionModel) model = load (c, NULL);
  g_autoptr(LcSearchIndex) index = lc_search_index_new ();
  g_auto(Laps) keys;
  g_auto(Laps) index_keys;
  g_autoptr(GPtrArray) typed = g_ptr_array_new_with_free_func (g_free);
  GListModel *people = lc_convention_model_get_people (model);
  guint n = g_list_model_get_n_items (people);
  gboolean cold = TRUE;

  laps_init (&keys);
  laps_init (&index_keys);

  /* Whole names and single words, in both languages, and a name nobody has. */
  for (guint k = 0; k < 6; k++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (people, (k * 7919) % n);
      const char *name = lc_record_get_string (person, k % 2 ? "name-ar" : "name-en");

      if (k < 4)
        g_ptr_array_add (typed, g_strdup (name));
      else
        g_ptr_array_add (typed, g_strdup (strrchr (name, ' ') ? strrchr (name, ' ') + 1 : name));
    }
  g_ptr_array_add (typed, g_strdup ("Zbigniew Brzezinski"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (people, i);

      lc_search_index_add_record (index, person, "name");
    }

  for (guint t = 0; t < typed->len; t++)
    {
      const char *text = g_ptr_array_index (typed, t);

      for (const char *end = g_utf8_next_char (text); ; end = g_utf8_next_char (end))
        {
          g_autofree char *prefix = g_strndup (text, end - text);
          Figure start = clock_now ();
          g_autofree char *needle = lc_search_normalise (prefix);
          g_autoptr(GArray) found = NULL;
          guint matches = 0;

          for (guint i = 0; i < n; i++)
            {
              LcRecord *person = g_list_model_get_item (people, i);

              matches += lc_search_record_matches (person, needle);
              g_object_unref (person);
            }
          if (cold)
            {
              Figure now = clock_now ();

              c->key_cold = (Figure) { now.wall - start.wall, now.cpu - start.cpu };
              cold = FALSE;
            }
          else
            {
              laps_add (&keys, start);
            }

          start = clock_now ();
          found = lc_search_index_query (index, prefix);
          laps_add (&index_keys, start);
          /* Both ways must agree, or one of them is not searching. */
          if (found->len != matches)
            g_error ("search for “%s”: %u by the records, %u by the index", prefix, matches, found->len);

          if (*end == '\0')
            break;
        }
    }

  c->n_keys = keys.wall->len + 1;
  c->key_worst = laps_worst (&keys);
  c->key_median = laps_median (&keys);
  c->index_worst = laps_worst (&index_keys);
  c->index_median = laps_median (&index_keys);
}

static char *
load_average (void)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) fields = NULL;

  if (!g_file_get_contents ("/proc/loadavg", &text, NULL, NULL))
    return g_strdup ("?");
  fields = g_strsplit (text, " ", 4);
  return g_strv_length (fields) >= 3 ? g_strjoin (" ", fields[0], fields[1], fields[2], NULL) : g_strdup ("?");
}

/* ---- the table ---- */

static void
print_row (const char *label,
           Case       *cases,
           guint       n_cases,
           char      *(*cell) (Case *c),
           const char *target)
{
  g_print ("%-34s", label);
  for (guint i = 0; i < n_cases; i++)
    {
      g_autofree char *text = cell (&cases[i]);

      g_print (" %-32s", text);
    }
  g_print (" %s\n", target ? target : "");
}

static char *
cell_people (Case *c)
{
  return g_strdup_printf ("%u / %u / %u", c->size.n_people,
                          c->size.n_items * c->size.people_per_item, c->size.n_rooms);
}

static char *
cell_generate (Case *c)
{
  return format_ms (c->generate_s * 1000);
}

static char *
format_figure (Figure figure)
{
  g_autofree char *wall = format_ms (figure.wall);
  g_autofree char *cpu = format_ms (figure.cpu);

  return g_strdup_printf ("%s (CPU %s)", wall, cpu);
}

static char *
cell_load (Case *c)
{
  return format_figure (c->load);
}

static char *
cell_conflicts (Case *c)
{
  return format_figure (c->conflicts);
}

static char *
cell_compute (Case *c)
{
  return format_figure (c->compute);
}

static char *
cell_found (Case *c)
{
  return g_strdup_printf ("%u", c->n_conflicts);
}

static char *
cell_key_median (Case *c)
{
  return format_figure (c->key_median);
}

static char *
cell_key_worst (Case *c)
{
  return format_figure (c->key_worst);
}

static char *
cell_key_cold (Case *c)
{
  return format_figure (c->key_cold);
}

static char *
cell_index (Case *c)
{
  g_autofree char *m = format_ms (c->index_median.wall);
  g_autofree char *w = format_ms (c->index_worst.wall);

  return g_strdup_printf ("%s / %s", m, w);
}

static double
n_log_n (double n)
{
  return n * log2 (n);
}

static void
print_growth (Case  *cases,
              guint  n_cases)
{
  g_print ("%-34s", "  growth from the previous size");
  for (guint i = 0; i < n_cases; i++)
    {
      g_autofree char *text = NULL;

      if (i == 0)
        text = g_strdup ("-");
      else
        text = g_strdup_printf ("x%.1f, CPU x%.1f (n log n x%.1f)",
                                cases[i].compute.wall / cases[i - 1].compute.wall,
                                cases[i].compute.cpu / cases[i - 1].compute.cpu,
                                n_log_n (cases[i].n_items) / n_log_n (cases[i - 1].n_items));
      g_print (" %-32s", text);
    }
  g_print ("\n");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- time Learning Cities at scale");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) sizes = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *cpu = cpu_model ();
  g_autofree char *load_before = load_average ();
  g_autofree char *load_after = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (today, "%Y-%m-%d %H:%M");
  g_autoptr(GArray) runs_done = g_array_new (FALSE, TRUE, sizeof (BenchRun));
  gboolean have_display = g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL;
  gboolean do_window, do_pdf;
  Figure large_conflicts = { NAN, NAN }, keys_5000 = { NAN, NAN };
  Case *cases;
  guint n_cases;
  BenchPaintPair paint = { NAN, NAN, NULL };
  double frame_1000 = NAN, frame_10000 = NAN;
  g_auto(GStrv) edit_sizes_list = NULL;
  g_autofree guint *edit_sizes = NULL;
  g_autofree BenchEdits *edits = NULL;
  guint n_edit_sizes = 0;
  g_autofree char *renderer = NULL;
  g_autofree char *display_failure = NULL;

  g_array_set_clear_func (runs_done, (GDestroyNotify) bench_run_clear);
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench: %s\n", error->message);
      return 2;
    }
  if (executable == NULL)
    executable = g_strdup (g_getenv ("LC_EXECUTABLE"));
  if (sample == NULL)
    sample = g_strdup (g_getenv ("LC_SAMPLE"));
  runs = MAX (runs, 1);
  do_pdf = !no_pdf && executable != NULL;
  do_window = !no_window && executable != NULL && have_display;
  if (do_window && !bench_x11_hold (&display_failure))
    {
      g_printerr ("bench: %s\n", display_failure);
      do_window = FALSE;
    }

  sizes = g_strsplit (sizes_text ? sizes_text : "100,1000,10000", ",", -1);
  n_cases = g_strv_length (sizes);
  cases = g_new0 (Case, n_cases);
  dir = lc_test_make_tmpdir ();

  g_print ("Learning Cities %s benchmark, %s: %u cores, %s; median of %d runs; load average %s\n",
           PACKAGE_VERSION, date, g_get_num_processors (), cpu, runs, load_before);

  /* The sample first, as the smallest real convention. */
  if (do_window && sample != NULL)
    {
      g_autofree char *path = g_build_filename (dir, "sample.db", NULL);
      g_autoptr(LcStore) store = lc_store_open (path, &error);
      gint64 id = store ? lc_convention_import_file (store, sample, &error) : 0;
      BenchRun run = { .label = g_strdup ("window first frame, sample"), .main_s = NAN,
                       .target_s = TARGET_SAMPLE_S };

      if (id <= 0)
        g_error ("%s: %s", sample, error->message);
      g_clear_object (&store);
      g_printerr ("bench: sample: first frame\n");
      bench_run_window (&run, executable, path, id, runs);
      renderer = g_strdup (run.renderer);
      g_array_append_val (runs_done, run);
      g_printerr ("bench: sample: first paint, ours and GNOME Text Editor's\n");
      bench_window_first_paint (&paint, executable, dir, path, id, runs);
    }

  for (guint i = 0; i < n_cases; i++)
    {
      Case *c = &cases[i];
      g_autoptr(LcStore) store = NULL;
      double start;

      c->n_items = (guint) g_ascii_strtoull (sizes[i], NULL, 10);
      lc_generator_size_init (&c->size, c->n_items);
      c->path = g_strdup_printf ("%s/library-%u.db", dir, c->n_items);
      store = lc_store_open (c->path, &error);
      if (store == NULL)
        g_error ("%s", error->message);

      g_printerr ("bench: %u items: generating\n", c->n_items);
      start = now_ms ();
      c->id = lc_generator_create (store, &c->size, 1, &error);
      if (c->id == 0)
        g_error ("%s", error->message);
      c->generate_s = (now_ms () - start) / 1000;
      g_clear_object (&store);

      g_printerr ("bench: %u items: loading, conflicts, search\n", c->n_items);
      bench_load (c);
      bench_conflicts (c);
      bench_search (c);
      if (c->n_items == 10000)
        large_conflicts = c->compute;
      if (c->size.n_people == 5000)
        keys_5000 = (Figure) { MAX (c->key_worst.wall, c->key_cold.wall),
                               MAX (c->key_worst.cpu, c->key_cold.cpu) };

      if (do_pdf)
        {
          g_autofree char *pdf = g_build_filename (dir, "agenda.pdf", NULL);
          BenchRun run = { .label = g_strdup_printf ("agenda PDF, %u items", c->n_items), .main_s = NAN };

          g_printerr ("bench: %u items: agenda PDF\n", c->n_items);
          /* The large agenda takes a while: fewer runs there. */
          bench_run_pdf (&run, executable, c->path, c->id, pdf, c->n_items >= 5000 ? MIN (runs, 3) : runs);
          g_array_append_val (runs_done, run);
        }
      if (do_window)
        {
          BenchRun run = { .label = g_strdup_printf ("window first frame, %u items", c->n_items),
                           .main_s = NAN, .target_s = c->n_items == 10000 ? TARGET_LARGE_S : 0 };

          g_printerr ("bench: %u items: first frame\n", c->n_items);
          bench_run_window (&run, executable, c->path, c->id, runs);
          if (run.failure == NULL && c->n_items == 1000)
            frame_1000 = run.wall_s;
          if (run.failure == NULL && c->n_items == 10000)
            frame_10000 = run.wall_s;
          g_array_append_val (runs_done, run);
        }
    }

  /* Edits with real key presses, on conventions of their own. */
  if (do_window)
    {
      edit_sizes_list = g_strsplit (edit_sizes_text ? edit_sizes_text : "2000,10000", ",", -1);
      n_edit_sizes = g_strv_length (edit_sizes_list);
      edit_sizes = g_new0 (guint, n_edit_sizes);
      edits = g_new0 (BenchEdits, n_edit_sizes);
    }
  for (guint i = 0; i < n_edit_sizes; i++)
    {
      g_autofree char *path = NULL;
      g_autoptr(LcStore) store = NULL;
      LcGeneratorSize size;
      gint64 id;

      edit_sizes[i] = (guint) g_ascii_strtoull (edit_sizes_list[i], NULL, 10);
      path = g_strdup_printf ("%s/edits-%u.db", dir, edit_sizes[i]);
      lc_generator_size_init (&size, edit_sizes[i]);
      store = lc_store_open (path, &error);
      id = store ? lc_generator_create (store, &size, 1, &error) : 0;
      if (id == 0)
        g_error ("%s", error->message);
      g_clear_object (&store);
      g_printerr ("bench: %u items: edits with real key presses\n", edit_sizes[i]);
      bench_x11_edits (&edits[i], executable, path, id, (guint) MAX (n_edits, 1));
    }

  g_print ("\n%-34s", "agenda items");
  for (guint i = 0; i < n_cases; i++)
    g_print (" %-32u", cases[i].n_items);
  g_print (" target\n");
  print_row ("people / participations / rooms", cases, n_cases, cell_people, NULL);
  print_row ("generating (once, not a target)", cases, n_cases, cell_generate, NULL);
  print_row ("open + load into models", cases, n_cases, cell_load, NULL);
  print_row ("conflicts found", cases, n_cases, cell_found, NULL);
  print_row ("conflicts, via the model", cases, n_cases, cell_conflicts, NULL);
  print_row ("conflicts, lc_conflicts_compute", cases, n_cases, cell_compute, "< 50 ms at 10,000 items");
  print_growth (cases, n_cases);
  print_row ("search, the first key", cases, n_cases, cell_key_cold, "< 16 ms over 5,000 people");
  print_row ("search per key after, median", cases, n_cases, cell_key_median, NULL);
  print_row ("search per key after, worst", cases, n_cases, cell_key_worst, "< 16 ms over 5,000 people");
  print_row ("  LcSearchIndex, median / worst", cases, n_cases, cell_index, NULL);
  g_print ("(search: %u keys per size, names typed one character at a time, each matched against everyone)\n",
           cases[0].n_keys);

  if (runs_done->len > 0)
    bench_print_runs (runs_done);
  if (executable == NULL)
    g_print ("\nagenda PDF and window: not measured (no --executable and no LC_EXECUTABLE)\n");
  else if (!do_window && !no_window && display_failure != NULL)
    g_print ("\nwindow: not measured (%s)\n", display_failure);
  else if (!do_window && !no_window)
    g_print ("\nwindow: not measured (no display: run under xvfb-run, as build-aux/bench.sh does)\n");

  load_after = load_average ();
  g_print ("\ntargets (wall / CPU): conflicts at 10,000 items %s / %s; "
           "search per key over 5,000 people %s / %s; the window: see the program runs\n",
           bench_verdict (!isnan (large_conflicts.wall), large_conflicts.wall < TARGET_CONFLICTS_MS),
           bench_verdict (!isnan (large_conflicts.cpu), large_conflicts.cpu < TARGET_CONFLICTS_MS),
           bench_verdict (!isnan (keys_5000.wall), keys_5000.wall < TARGET_KEYSTROKE_MS),
           bench_verdict (!isnan (keys_5000.cpu), keys_5000.cpu < TARGET_KEYSTROKE_MS));
  g_print ("load average at the end: %s (wall times include waiting for other programs)\n", load_after);
  /* Asked for the rows, lc-bench gives them even when the window could not
   * be measured, each saying so, rather than leave them out of the table. */
  if (do_window || (rows_path != NULL && !no_window))
    {
      FILE *rows = rows_path ? fopen (rows_path, "a") : NULL;
      g_autofree char *load = load_average ();

      if (rows_path != NULL && rows == NULL)
        g_error ("%s: %s", rows_path, g_strerror (errno));
      if (!do_window)
        paint.failure = g_strdup (display_failure ? display_failure
                                  : executable ? "no X display" : "no --executable and no LC_EXECUTABLE");
      bench_window_print_rows (rows, &paint, frame_1000, frame_10000, n_edit_sizes, edit_sizes, edits, n_edits,
                               renderer, load);
      if (rows != NULL)
        fclose (rows);
    }
  for (guint i = 0; i < n_edit_sizes; i++)
    bench_edits_clear (&edits[i]);
  g_free (paint.failure);

  for (guint i = 0; i < n_cases; i++)
    g_free (cases[i].path);
  g_free (cases);
  lc_test_remove_tree (dir);

  return 0;
}
