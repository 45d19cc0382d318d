/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test-exchange-util.h"

/* Issue 15's property: two replicas of a convention, each edited at
 * random (items renamed and moved, people added and deleted, clauses
 * edited), each sending when it likes, each merging the other's files in
 * their order at random times, end with the same convention once every
 * file is merged. The organisers have agreed on one rule for conflicts,
 * as a team does: Amal's value wins (she keeps hers, Badr takes hers).
 *
 * A sequence is STEPS random steps, then everything merged and sent until
 * neither has anything to send; its seed is printed when it ends apart.
 * By default the seeds 1 to LC_EXCHANGE_SEQUENCES (1,000 unless the build
 * says fewer: the sanitizer build does), then 2692931495 with 80 steps,
 * the sequence that showed files crossing twice (HACKING.md), the same in
 * every run. LC_EXCHANGE_SEED=N runs seed N, LC_EXCHANGE_SEED=random new
 * ones (as many as LC_EXCHANGE_SEQUENCES says, one if it says nothing),
 * LC_EXCHANGE_STEPS=N makes sequences of N steps.
 *
 * Fast enough for a thousand: the convention is the sample without most
 * of its declaration (make_small ()), both libraries are copies of ones
 * made once (organiser_copy ()), on a memory file system when there is
 * one (main ()), and the sequences are shared among one process per
 * processor (run_all ()). */

#define STEPS 24
#define SEQUENCES 1000
#define CROSSING_SEED 2692931495u
#define CROSSING_STEPS 80

/* Which of run_all ()'s processes this is, for the messages. */
static guint worker;

typedef struct
{
  GRand     *rand;
  guint      seed;
  guint      steps;
  Organiser *a;
  Organiser *b;
  GQueue     to_a;   /* files from B, oldest first */
  GQueue     to_b;
  guint      edits;
  guint      people;
} Run;

static int
by_uid (gconstpointer a,
        gconstpointer b)
{
  JsonNode *x = *(JsonNode **) a, *y = *(JsonNode **) b;

  return g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (x), "uid", ""),
                    json_object_get_string_member_with_default (json_node_get_object (y), "uid", ""));
}

/* Lists of records in the order of their uid: the export lists people by
 * their row number in each library, which depends on when each library
 * received them, and names them by it ("person-36"). Everything else is
 * compared as exported. */
static void
sort_records (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, NULL, &member))
        sort_records (member);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(GPtrArray) elements = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
      gboolean records = TRUE;

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          sort_records (element);
          records &= JSON_NODE_HOLDS_OBJECT (element)
                     && json_object_has_member (json_node_get_object (element), "uid");
          g_ptr_array_add (elements, json_node_ref (element));
        }
      if (!records || elements->len < 2)
        return;
      g_ptr_array_sort (elements, by_uid);
      while (json_array_get_length (array) > 0)
        json_array_remove_element (array, 0);
      for (guint i = 0; i < elements->len; i++)
        json_array_add_element (array, json_node_ref (g_ptr_array_index (elements, i)));
    }
}

/* The export's own ids ("person-36", the library's row numbers) to the
 * records' uids, in every place they are named. */
static void
rename_ids (JsonNode   *node,
            GHashTable *ids,
            gboolean    collect)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      if (collect && json_object_has_member (object, "id") && json_object_has_member (object, "uid")
          && JSON_NODE_HOLDS_VALUE (json_object_get_member (object, "id")))
        g_hash_table_insert (ids, g_strdup (json_object_get_string_member (object, "id")),
                             g_strdup (json_object_get_string_member (object, "uid")));
      for (GList *l = members; l != NULL; l = l->next)
        {
          JsonNode *member = json_object_get_member (object, l->data);
          const char *uid;

          if (!collect && JSON_NODE_HOLDS_VALUE (member) && json_node_get_value_type (member) == G_TYPE_STRING
              && (uid = g_hash_table_lookup (ids, json_node_get_string (member))) != NULL)
            json_object_set_string_member (object, l->data, uid);
          else
            rename_ids (member, ids, collect);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          const char *uid;

          if (!collect && JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING
              && (uid = g_hash_table_lookup (ids, json_node_get_string (element))) != NULL)
            json_node_set_string (element, uid);
          else
            rename_ids (element, ids, collect);
        }
    }
}

static char *
canonical_export (Organiser *o)
{
  g_autofree char *data = organiser_export (o);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_assert_true (json_parser_load_from_data (parser, data, -1, NULL));
  rename_ids (json_parser_get_root (parser), ids, TRUE);
  rename_ids (json_parser_get_root (parser), ids, FALSE);
  sort_records (json_parser_get_root (parser));
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

static void
delete_added_person (Run       *run,
                     Organiser *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) people = lc_store_list (o->store, LC_TYPE_PERSON, "convention_id", o->convention, &error);
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  LcRecord *person;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      LcRecord *p = g_list_model_get_item (G_LIST_MODEL (people), i);

      if (g_str_has_prefix (lc_record_get_string (p, "name-en"), "Added "))
        g_ptr_array_add (added, p);
      else
        g_object_unref (p);
    }
  if (added->len == 0)
    return;
  person = g_ptr_array_index (added, g_rand_int_range (run->rand, 0, added->len));
  g_assert_true (lc_store_delete (o->store, person, &error));
  g_assert_no_error (error);
}

static void
random_edit (Run       *run,
             Organiser *o)
{
  g_autofree char *text = g_strdup_printf ("%s's edit %u", o->name, ++run->edits);
  guint item = g_rand_int_range (run->rand, 0, 6);

  switch (g_rand_int_range (run->rand, 0, 5))
    {
    case 0:
      organiser_rename_item (o, item, text);
      break;
    case 1:
      organiser_move_item (o, item, 5 * g_rand_int_range (run->rand, 1, 7));
      break;
    case 2:
      {
        g_autofree char *name = g_strdup_printf ("Added %u by %s", ++run->people, o->name);

        organiser_add_person (o, name);
      }
      break;
    case 3:
      organiser_edit_clause (o, 0, text);
      break;
    default:
      delete_added_person (run, o);
      break;
    }
}

static void
merge_next (Organiser *o,
            GQueue    *files,
            gboolean   wins)
{
  g_autofree char *file = g_queue_pop_head (files);

  if (file != NULL)
    organiser_merge (o, file, wins ? LC_EXCHANGE_MINE : LC_EXCHANGE_THEIRS);
}

static gboolean
send_to (Organiser *o,
         GQueue    *files)
{
  guint n;
  char *file = organiser_send (o, &n);

  g_queue_push_tail (files, file);
  return n > 0;
}

/* The shared convention made small: the declaration's first section only,
 * no amendments, versions, summaries or press coverage. The sample's
 * declaration is most of its bytes, and every send and merge reads the
 * whole convention; what the random edits touch (items, people, the
 * first clause) is all kept. */
static void
make_small (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  JsonObject *root, *declaration, *report;
  JsonArray *sections;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  declaration = json_array_get_object_element (json_object_get_array_member (root, "declarations"), 0);
  sections = json_object_get_array_member (declaration, "sections");
  while (json_array_get_length (sections) > 1)
    json_array_remove_element (sections, 1);
  json_object_set_array_member (declaration, "amendments", json_array_new ());
  json_object_set_array_member (declaration, "versions", json_array_new ());
  report = json_object_get_object_member (root, "report");
  json_object_set_array_member (report, "summaries", json_array_new ());
  json_object_set_array_member (report, "coverage", json_array_new ());
  json_generator_set_root (generator, json_parser_get_root (parser));
  g_assert_true (json_generator_to_file (generator, path, &error));
  g_assert_no_error (error);
}

static void
copy_tree (const char *from,
           const char *to)
{
  g_autoptr(GDir) dir = g_dir_open (from, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir_with_parents (to, 0700), ==, 0);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *target = g_build_filename (to, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      if (g_file_test (source, G_FILE_TEST_IS_DIR))
        {
          copy_tree (source, target);
          continue;
        }
      g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (target, contents, length, NULL));
    }
}

/* Both organisers just after importing the shared convention, made once:
 * their folders, libraries closed. */
typedef struct
{
  char      *dir;
  Organiser *a;
  Organiser *b;
} Start;

static void
start_init (Start *start)
{
  g_autofree char *shared = NULL;

  start->dir = lc_test_make_tmpdir ();
  shared = exchange_shared_file (start->dir);
  make_small (shared);
  start->a = organiser_new ("Amal", shared);
  start->b = organiser_new ("Badr", shared);
  g_clear_object (&start->a->store);
  g_clear_object (&start->b->store);
}

static void
start_clear (Start *start)
{
  organiser_free (start->a);
  organiser_free (start->b);
  lc_test_remove_tree (start->dir);
  g_free (start->dir);
}

/* A library of its own for this run, a copy of @made's. */
static Organiser *
organiser_copy (const Organiser *made)
{
  g_autoptr(GError) error = NULL;
  Organiser *o = g_new0 (Organiser, 1);
  g_autofree char *name = g_path_get_basename (made->path);

  o->name = g_strdup (made->name);
  o->dir = lc_test_make_tmpdir ();
  copy_tree (made->dir, o->dir);
  o->path = g_build_filename (o->dir, name, NULL);
  o->store = lc_store_open (o->path, &error);
  g_assert_no_error (error);
  o->convention = made->convention;
  return o;
}

/* Returns FALSE, the seed said, when the two end apart. */
static gboolean
converge (const Start *start,
          guint        seed,
          guint        steps)
{
  g_autofree char *first = NULL, *second = NULL;
  Run run = { 0 };
  gboolean changed = TRUE, same;

  run.seed = seed;
  run.steps = steps;
  /* Said first: an assertion that fails inside the sequence ends the
   * process, and the last of these names the sequence. */
  g_test_message ("process %u: LC_EXCHANGE_SEED=%u LC_EXCHANGE_STEPS=%u", worker, seed, steps);
  run.rand = g_rand_new_with_seed (run.seed);
  run.a = organiser_copy (start->a);
  run.b = organiser_copy (start->b);

  for (guint step = 0; step < run.steps; step++)
    switch (g_rand_int_range (run.rand, 0, 6))
      {
      case 0: random_edit (&run, run.a); break;
      case 1: random_edit (&run, run.b); break;
      case 2: send_to (run.a, &run.to_b); break;
      case 3: send_to (run.b, &run.to_a); break;
      case 4: merge_next (run.b, &run.to_b, FALSE); break;
      default: merge_next (run.a, &run.to_a, TRUE); break;
      }

  /* Everything sent is merged, then whatever merging kept is sent again,
   * until neither has anything left to send. */
  for (guint round = 0; changed; round++)
    {
      g_assert_cmpuint (round, <, 5);
      while (!g_queue_is_empty (&run.to_b))
        merge_next (run.b, &run.to_b, FALSE);
      while (!g_queue_is_empty (&run.to_a))
        merge_next (run.a, &run.to_a, TRUE);
      changed = send_to (run.a, &run.to_b);
      changed = send_to (run.b, &run.to_a) || changed;
    }
  while (!g_queue_is_empty (&run.to_b))
    merge_next (run.b, &run.to_b, FALSE);
  while (!g_queue_is_empty (&run.to_a))
    merge_next (run.a, &run.to_a, TRUE);

  first = canonical_export (run.a);
  second = canonical_export (run.b);
  same = g_strcmp0 (first, second) == 0;
  if (!same)
    g_test_message ("The replicas differ after %u edits: run again with LC_EXCHANGE_SEED=%u"
                    " LC_EXCHANGE_STEPS=%u", run.edits, run.seed, run.steps);

  organiser_free (run.a);
  organiser_free (run.b);
  g_rand_free (run.rand);
  return same;
}

typedef struct
{
  guint seed;
  guint steps;
} Sequence;

/* The sequences @first, @first + @stride… of @sequences; how many ended
 * apart. */
static guint
run_some (const Start *start,
          GArray      *sequences,
          guint        first,
          guint        stride)
{
  guint failed = 0;

  for (guint i = first; i < sequences->len; i += stride)
    {
      const Sequence *sequence = &g_array_index (sequences, Sequence, i);

      failed += !converge (start, sequence->seed, sequence->steps);
    }
  return failed;
}

/* Every sequence, shared among one process per processor: each has
 * libraries of its own, and says which seeds ended apart. */
static guint
run_all (const Start *start,
         GArray      *sequences,
         guint       *n_workers)
{
  guint workers = CLAMP (g_get_num_processors (), 1, 8);
  g_autofree GPid *children = NULL;
  guint failed;

  if (sequences->len < 2 * workers)
    workers = 1;
  children = g_new0 (GPid, workers);
  fflush (stdout);
  fflush (stderr);
  for (guint w = 1; w < workers; w++)
    {
      children[w] = fork ();
      g_assert_cmpint (children[w], >=, 0);
      if (children[w] == 0)
        {
          worker = w;
          failed = run_some (start, sequences, w, workers);
          fflush (stdout);
          _exit (MIN (failed, 100));
        }
    }
  failed = run_some (start, sequences, 0, workers);
  for (guint w = 1; w < workers; w++)
    {
      int status = 0;

      g_assert_cmpint (waitpid (children[w], &status, 0), ==, children[w]);
      if (!WIFEXITED (status))
        g_test_message ("process %u ended by signal %d: its last sequence said above failed", w,
                        WIFSIGNALED (status) ? WTERMSIG (status) : 0);
      failed += WIFEXITED (status) ? (guint) WEXITSTATUS (status) : 1;
    }
  *n_workers = workers;
  return failed;
}

static guint
env_number (const char *name,
            guint       otherwise)
{
  const char *text = g_getenv (name);

  return text != NULL ? (guint) strtoul (text, NULL, 10) : otherwise;
}

static void
test_converge (void)
{
  const char *given = g_getenv ("LC_EXCHANGE_SEED");
  guint n = env_number ("LC_EXCHANGE_SEQUENCES", SEQUENCES);
  guint steps = env_number ("LC_EXCHANGE_STEPS", STEPS);
  g_autoptr(GArray) sequences = g_array_new (FALSE, FALSE, sizeof (Sequence));
  gint64 started = g_get_monotonic_time ();
  guint failed, workers;
  Start start = { 0 };

  if (g_strcmp0 (given, "random") == 0)
    for (guint i = 0; i < (g_getenv ("LC_EXCHANGE_SEQUENCES") != NULL ? n : 1); i++)
      g_array_append_val (sequences, ((Sequence) { g_random_int (), steps }));
  else if (given != NULL)
    g_array_append_val (sequences, ((Sequence) { (guint) strtoul (given, NULL, 10), steps }));
  else
    {
      for (guint seed = 1; seed <= n; seed++)
        g_array_append_val (sequences, ((Sequence) { seed, steps }));
      g_array_append_val (sequences, ((Sequence) { CROSSING_SEED, CROSSING_STEPS }));
    }

  start_init (&start);
  failed = run_all (&start, sequences, &workers);
  start_clear (&start);

  if (given == NULL)
    g_test_message ("LC_EXCHANGE_SEQUENCES=%u: the seeds 1 to %u, then %u with %u steps", n, n, CROSSING_SEED,
                    CROSSING_STEPS);
  g_test_message ("%u sequences of %u steps in %.1f s by %u processes: %u ended apart",
                  sequences->len, steps, (g_get_monotonic_time () - started) / 1e6, workers, failed);
  g_assert_cmpuint (failed, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* A memory file system, when there is one, for the libraries and their
   * states: SQLite's syncs then cost nothing (the app's durability is
   * untouched; this is only where the test keeps its files). */
  if (g_getenv ("TMPDIR") == NULL && g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR)
      && g_access ("/dev/shm", W_OK) == 0)
    g_setenv ("TMPDIR", "/dev/shm", TRUE);
  g_test_init (&argc, &argv, NULL);
  lc_test_use_build_catalogue ();

  g_test_add_func ("/exchange-property/converge", test_converge);

  return g_test_run ();
}
