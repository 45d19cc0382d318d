/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-convention-io.h"
#include "lc-declaration.h"
#include "lc-error.h"
#include "test-exchange-util.h"

/* The convention file both organisers import: the sample, exported once
 * from a library of its own, so that it carries its records' identities. */
char *
exchange_shared_file (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *scratch_dir = NULL;
  g_autoptr(LcStore) scratch = lc_test_open_store (&scratch_dir);
  char *path = g_build_filename (dir, "convention.json", NULL);
  gint64 id = lc_convention_import_file (scratch, g_getenv ("LC_SAMPLE"), &error);

  g_assert_no_error (error);
  g_assert_true (lc_convention_export_file (scratch, id, path, &error));
  g_assert_no_error (error);
  g_clear_object (&scratch);
  lc_test_remove_tree (scratch_dir);
  return path;
}

Organiser *
organiser_new (const char *name,
               const char *shared)
{
  g_autoptr(GError) error = NULL;
  Organiser *o = g_new0 (Organiser, 1);

  o->name = g_strdup (name);
  o->store = lc_test_open_store (&o->dir);
  o->path = g_strdup (lc_store_get_path (o->store));
  o->convention = lc_convention_import_file (o->store, shared, &error);
  g_assert_no_error (error);
  /* What the command line's --import does after importing. */
  g_assert_true (lc_exchange_track (o->store, o->convention, &error));
  g_assert_no_error (error);
  return o;
}

void
organiser_free (Organiser *o)
{
  g_clear_object (&o->store);
  lc_test_remove_tree (o->dir);
  g_free (o->dir);
  g_free (o->path);
  g_free (o->name);
  g_free (o);
}

/* Sends into a new file of the organiser's folder, and returns its path. */
char *
organiser_send (Organiser *o,
                guint     *n_changes)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("%s-%u.changes", o->name, ++o->sent);
  char *path = g_build_filename (o->dir, name, NULL);
  guint n = G_MAXUINT;

  g_assert_true (lc_exchange_send (o->store, o->convention, o->name, path, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, !=, G_MAXUINT);
  if (n_changes != NULL)
    *n_changes = n;
  return path;
}

LcExchangeMerge *
organiser_read (Organiser   *o,
                const char  *file,
                GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (file, &contents, &length, NULL));
  return lc_exchange_merge_new (o->store, contents, length, file, error);
}

/* Merges @file, every conflict resolved with @choice. */
void
organiser_merge (Organiser        *o,
                 const char       *file,
                 LcExchangeChoice  choice)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcExchangeMerge) merge = organiser_read (o, file, &error);
  gboolean merged;

  g_assert_no_error (error);
  lc_exchange_merge_resolve_all (merge, choice);
  /* The error first: its message says why a merge failed. */
  merged = lc_exchange_merge_apply (merge, &error);
  g_assert_no_error (error);
  g_assert_true (merged);
}

char *
organiser_export (Organiser *o)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  char *data = lc_convention_export_data (o->store, o->convention, &length, &error);

  g_assert_no_error (error);
  return data;
}

/* The checksum of the library and of its exchange state: what must stay
 * byte for byte the same when a file is refused. */
char *
organiser_state (Organiser *o)
{
  g_autofree char *library = lc_test_file_checksum (o->path);
  g_autofree char *exchange = g_strconcat (o->path, ".exchange", NULL);
  g_autoptr(GDir) listing = g_dir_open (exchange, 0, NULL);
  g_autofree char *wal = g_strconcat (o->path, "-wal", NULL);
  GString *state = g_string_new (library);
  const char *name;

  /* What is committed may still be in the write-ahead log. */
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      g_autofree char *sum = lc_test_file_checksum (wal);

      g_string_append_printf (state, " wal:%s", sum);
    }

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (exchange, name, NULL);
      g_autofree char *sum = lc_test_file_checksum (path);

      g_string_append_printf (state, " %s:%s", name, sum);
    }
  return g_string_free (state, FALSE);
}

/* The @index-th record of @type whose @column is @value in @store. */
LcRecord *
exchange_nth (LcStore    *store,
              GType       type,
              const char *column,
              gint64      value,
              guint       index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = lc_store_list (store, type, column, value, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (index, <, g_list_model_get_n_items (G_LIST_MODEL (list)));
  return g_list_model_get_item (G_LIST_MODEL (list), index);
}

LcRecord *
organiser_item (Organiser *o,
                guint      index)
{
  return exchange_nth (o->store, LC_TYPE_ITEM, "convention_id", o->convention, index);
}

LcRecord *
organiser_clause (Organiser *o,
                  guint      index)
{
  g_autoptr(LcRecord) declaration = exchange_nth (o->store, LC_TYPE_DECLARATION, "convention_id", o->convention, 0);
  g_autoptr(LcRecord) section = exchange_nth (o->store, LC_TYPE_DECLARATION_SECTION, "declaration_id",
                                     lc_record_get_id (declaration), 0);

  return exchange_nth (o->store, LC_TYPE_CLAUSE, "section_id", lc_record_get_id (section), index);
}

void
organiser_rename_item (Organiser  *o,
                       guint       index,
                       const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) item = organiser_item (o, index);

  lc_record_set_string (item, "title-en", title);
  g_assert_true (lc_store_update (o->store, item, &error));
  g_assert_no_error (error);
}

void
organiser_move_item (Organiser *o,
                     guint      index,
                     int        minutes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) item = organiser_item (o, index);
  int start = lc_item_get_start_minute (LC_ITEM (item));
  int end = lc_item_get_end_minute (LC_ITEM (item));

  /* Within the day, whichever way fits. */
  if (end + minutes > 24 * 60 || start + minutes < 0)
    minutes = -minutes;
  lc_record_set_int (item, "start-minute", start + minutes);
  lc_record_set_int (item, "end-minute", end + minutes);
  g_assert_true (lc_store_update (o->store, item, &error));
  g_assert_no_error (error);
}

void
organiser_edit_clause (Organiser  *o,
                       guint       index,
                       const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) clause = organiser_clause (o, index);

  lc_record_set_string (clause, "text-en", text);
  g_assert_true (lc_store_update (o->store, clause, &error));
  g_assert_no_error (error);
}

gint64
organiser_add_person (Organiser  *o,
                      const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);

  lc_record_set_int (person, "convention-id", o->convention);
  lc_record_set_text (person, "name", "", name);
  g_assert_true (lc_store_insert (o->store, person, &error));
  g_assert_no_error (error);
  return lc_record_get_id (person);
}

/* Both organisers' conventions export to the same bytes. */
void
organiser_assert_same (Organiser *a,
                       Organiser *b)
{
  g_autofree char *first = organiser_export (a);
  g_autofree char *second = organiser_export (b);

  g_assert_cmpstr (first, ==, second);
}

/* Merging @contents into @o fails with @code and a message holding
 * @words; nothing of @o's library or exchange state changes. */
void
organiser_assert_refuses (Organiser  *o,
                          const char *contents,
                          gsize       length,
                          int         code,
                          const char *words)
{
  g_autofree char *before = organiser_state (o);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcExchangeMerge) merge = lc_exchange_merge_new (o->store, contents, length, "changes.lc", &error);

  if (merge != NULL)
    {
      lc_exchange_merge_resolve_all (merge, LC_EXCHANGE_THEIRS);
      g_assert_false (lc_exchange_merge_apply (merge, &error));
    }
  g_assert_error (error, LC_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, words));
  after = organiser_state (o);
  g_assert_cmpstr (before, ==, after);
}

/* A folder with Amal's and Badr's libraries, both with the shared file
 * imported. */
void
exchange_organisers_new (char      **dir,
                         Organiser **a,
                         Organiser **b)
{
  g_autofree char *shared = NULL;

  *dir = lc_test_make_tmpdir ();
  shared = exchange_shared_file (*dir);
  *a = organiser_new ("Amal", shared);
  *b = organiser_new ("Badr", shared);
}

void
exchange_organisers_free (char      *dir,
                          Organiser *a,
                          Organiser *b)
{
  organiser_free (a);
  organiser_free (b);
  lc_test_remove_tree (dir);
  g_free (dir);
}

void
exchange_fixture_set_up (ExchangeFixture *f,
                         gconstpointer    data)
{
  f->dir = lc_test_make_tmpdir ();
  f->shared = exchange_shared_file (f->dir);
  f->a = organiser_new ("Amal", f->shared);
  f->b = organiser_new ("Badr", f->shared);
}

void
exchange_fixture_tear_down (ExchangeFixture *f,
                            gconstpointer    data)
{
  exchange_organisers_free (f->dir, f->a, f->b);
  g_free (f->shared);
}
