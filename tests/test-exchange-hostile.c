/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-convention-io.h"
#include "lc-error.h"
#include "test-exchange-util.h"

/* Issue 15: changes files that must be refused (cut short, damaged, of
 * another convention, touching another convention's records, of a newer
 * schema, too large, this library's own), each with a message naming the
 * problem, and the library and its exchange state byte for byte as they
 * were. */

typedef struct
{
  char      *dir;
  Organiser *a;
  Organiser *b;
  gint64     other;   /* a second convention of B's library */
  char      *file;    /* A's changes: an item renamed, a person added */
  char      *person_uid;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *shared = NULL;
  gint64 person;

  f->dir = lc_test_make_tmpdir ();
  shared = exchange_shared_file (f->dir);
  f->a = organiser_new ("Amal", shared);
  f->b = organiser_new ("Badr", shared);
  f->other = lc_convention_import_file (f->b->store, g_getenv ("LC_SAMPLE"), &error);
  g_assert_no_error (error);

  organiser_rename_item (f->a, 0, "Renamed by Amal");
  person = organiser_add_person (f->a, "Added by Amal");
  f->person_uid = lc_store_get_uid (f->a->store, LC_TYPE_PERSON, person, &error);
  g_assert_no_error (error);
  f->file = organiser_send (f->a, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  organiser_free (f->a);
  organiser_free (f->b);
  lc_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->file);
  g_free (f->person_uid);
}

/* Merging @contents into B fails with @code and a message holding
 * @words; nothing of B changes. */
static void
assert_refused (Fixture    *f,
                const char *contents,
                gsize       length,
                int         code,
                const char *words)
{
  organiser_assert_refuses (f->b, contents, length, code, words);
}

static char *
read_file (const char *path,
           gsize      *length)
{
  char *contents;

  g_assert_true (g_file_get_contents (path, &contents, length, NULL));
  return contents;
}

/* Every occurrence of @from (as many bytes as @to) replaced by @to. */
static void
replace_bytes (char       *data,
               gsize       length,
               const char *from,
               const char *to)
{
  gsize n = strlen (from);
  guint found = 0;

  g_assert_cmpuint (n, ==, strlen (to));
  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, from, n) == 0)
      {
        memcpy (data + i, to, n);
        found++;
      }
  g_assert_cmpuint (found, >, 0);
}

static void
test_truncated (Fixture       *f,
                gconstpointer  data)
{
  gsize length;
  g_autofree char *contents = read_file (f->file, &length);

  assert_refused (f, contents, length - 10, LC_ERROR_INVALID_FILE, "cut short");
  assert_refused (f, contents, 40, LC_ERROR_INVALID_FILE, "header");
  assert_refused (f, contents, 0, LC_ERROR_INVALID_FILE, "does not start as one");
}

/* Bytes of the changeset flipped, its size kept. */
static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  gsize length;
  g_autofree char *contents = read_file (f->file, &length);
  const char *blank = g_strstr_len (contents, length, "\n\n");
  gsize at;

  g_assert_nonnull (blank);
  at = (gsize) (blank - contents) + 2;
  /* The first change's table name and column count. */
  memset (contents + at + 1, 0x7f, 3);
  assert_refused (f, contents, length, LC_ERROR_INVALID_FILE, "changes file");
}

static void
test_wrong_convention (Fixture       *f,
                       gconstpointer  data)
{
  gsize length;
  g_autofree char *contents = read_file (f->file, &length);
  g_autofree char *uid = lc_store_get_uid (f->a->store, LC_TYPE_CONVENTION, f->a->convention, NULL);
  g_autofree char *stranger = g_uuid_string_random ();

  replace_bytes (contents, length, uid, stranger);
  assert_refused (f, contents, length, LC_ERROR_NOT_FOUND, "not in this library");
}

/* The file's changes rewritten to name records of B's other convention:
 * the renamed item, then the added person. */
static void
test_other_convention_rows (Fixture       *f,
                            gconstpointer  data)
{
  gsize length;
  g_autofree char *contents = read_file (f->file, &length);
  g_autofree char *copy = g_memdup2 (contents, length);
  g_autoptr(LcRecord) item = organiser_item (f->a, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) items = lc_store_list (f->b->store, LC_TYPE_ITEM, "convention_id", f->other, &error);
  g_autoptr(GListStore) people = lc_store_list (f->b->store, LC_TYPE_PERSON, "convention_id", f->other, &error);
  g_autoptr(LcRecord) their_item = g_list_model_get_item (G_LIST_MODEL (items), 0);
  g_autoptr(LcRecord) their_person = g_list_model_get_item (G_LIST_MODEL (people), 0);

  replace_bytes (contents, length, lc_record_get_uid (item), lc_record_get_uid (their_item));
  assert_refused (f, contents, length, LC_ERROR_INVALID_FILE, "another convention");

  replace_bytes (copy, length, f->person_uid, lc_record_get_uid (their_person));
  assert_refused (f, copy, length, LC_ERROR_INVALID_FILE, "another convention");
}

static void
test_newer_schema (Fixture       *f,
                   gconstpointer  data)
{
  gsize length;
  g_autofree char *contents = read_file (f->file, &length);
  g_autofree char *ours = g_strdup_printf ("schema: %d\n", lc_store_get_latest_version ());
  g_autofree char *newer = g_strdup_printf ("schema: %d\n", lc_store_get_latest_version () + 1);

  replace_bytes (contents, length, ours, newer);
  assert_refused (f, contents, length, LC_ERROR_TOO_NEW, "newer version");
}

static void
test_too_large (Fixture       *f,
                gconstpointer  data)
{
  gsize length = LC_EXCHANGE_MAX_FILE_BYTES + 1;
  g_autofree char *contents = g_malloc0 (length);

  assert_refused (f, contents, length, LC_ERROR_TOO_LARGE, "larger than a changes file can be");
}

/* A's own file merged into A. */
static void
test_own_file (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *before = organiser_state (f->a);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcExchangeMerge) merge = organiser_read (f->a, f->file, &error);

  g_assert_null (merge);
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "sent from this library"));
  after = organiser_state (f->a);
  g_assert_cmpstr (before, ==, after);
}

/* The file itself is fine: B merges it (and the cases above prove
 * nothing by a file that could never be merged). */
static void
test_accepted (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *before = organiser_state (f->b);
  g_autofree char *after = NULL;

  organiser_merge (f->b, f->file, LC_EXCHANGE_UNRESOLVED);
  after = organiser_state (f->b);
  g_assert_cmpstr (before, !=, after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lc_test_use_build_catalogue ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/exchange-hostile/accepted", test_accepted);
  ADD ("/exchange-hostile/truncated", test_truncated);
  ADD ("/exchange-hostile/damaged", test_damaged);
  ADD ("/exchange-hostile/wrong-convention", test_wrong_convention);
  ADD ("/exchange-hostile/other-convention-rows", test_other_convention_rows);
  ADD ("/exchange-hostile/newer-schema", test_newer_schema);
  ADD ("/exchange-hostile/too-large", test_too_large);
  ADD ("/exchange-hostile/own-file", test_own_file);
#undef ADD

  return g_test_run ();
}
