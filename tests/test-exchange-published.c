/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-declaration.h"
#include "lc-error.h"
#include "lc-undo.h"
#include "test-exchange-util.h"

/* Issue 15: published declaration versions travel in changes files. A
 * version Amal publishes is in Badr's published versions after he merges
 * her changes, with its number, date, label and text. When both publish
 * offline, both versions are kept and numbered by when they were
 * published, alike in both libraries: exported, both conventions are the
 * same bytes. A damaged version refuses the file; merging is one undo
 * step, the version included. */

typedef struct
{
  char      *dir;
  Organiser *a;
  Organiser *b;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  exchange_organisers_new (&f->dir, &f->a, &f->b);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  exchange_organisers_free (f->dir, f->a, f->b);
}

static gint64
declaration_of (Organiser *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = lc_store_list (o->store, LC_TYPE_DECLARATION, "convention_id", o->convention, &error);
  g_autoptr(LcRecord) declaration = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);
  declaration = g_list_model_get_item (G_LIST_MODEL (list), 0);
  return lc_record_get_id (declaration);
}

static guint
n_versions (Organiser *o)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = lc_store_list (o->store, LC_TYPE_DECLARATION_VERSION, "declaration_id",
                                              declaration_of (o), &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

/* Edits the first clause (unless @text is NULL) and publishes the working
 * text at @when (UTC). */
static void
publish (Organiser  *o,
         const char *text,
         const char *label,
         const char *when)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) published = g_date_time_new_from_iso8601 (when, NULL);
  g_autoptr(LcDeclarationVersion) version = NULL;

  g_assert_nonnull (published);
  if (text != NULL)
    organiser_edit_clause (o, 0, text);
  version = lc_declaration_publish_version_at (o->store, declaration_of (o), "", label, published, &error);
  g_assert_no_error (error);
  g_assert_nonnull (version);
}

/* Version @number as a person reads it: its label, date, title, and each
 * section's title and clauses' texts, in order (its number aside). */
static char *
version_as_read (Organiser *o,
                 int        number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcDeclarationText) text = lc_declaration_get_version_text (o->store, declaration_of (o), number, &error);
  GString *read = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_cmpint (text->version, ==, number);
  g_string_append_printf (read, "%s|%s|%s|%s\n", text->label_en, text->published, text->title_en, text->title_ar);
  for (guint i = 0; i < text->sections->len; i++)
    {
      LcTextSection *section = g_ptr_array_index (text->sections, i);

      g_string_append_printf (read, "# %s\n", section->title_en);
      for (guint j = 0; j < section->clauses->len; j++)
        {
          LcTextClause *clause = g_ptr_array_index (section->clauses, j);

          g_string_append_printf (read, "- %d %s | %s\n", clause->numbered, clause->text_en, clause->text_ar);
        }
    }
  return g_string_free (read, FALSE);
}

static void
test_published (Fixture       *f,
                gconstpointer  data)
{
  guint before = n_versions (f->b);
  g_autofree char *file = NULL, *back = NULL, *theirs = NULL, *mine = NULL, *exported = NULL;
  guint n_back = G_MAXUINT;

  publish (f->a, "The cities commit to learning for all.", "Draft for session 2", "2026-12-07T09:00:00Z");
  g_assert_cmpuint (n_versions (f->a), ==, before + 1);
  file = organiser_send (f->a, NULL);
  organiser_merge (f->b, file, LC_EXCHANGE_THEIRS);

  g_assert_cmpuint (n_versions (f->b), ==, before + 1);
  theirs = version_as_read (f->a, (int) before + 1);
  mine = version_as_read (f->b, (int) before + 1);
  g_assert_cmpstr (mine, ==, theirs);
  g_assert_nonnull (strstr (mine, "Draft for session 2"));
  g_assert_nonnull (strstr (mine, "2026-12-07T09:00:00Z"));
  g_assert_nonnull (strstr (mine, "The cities commit to learning for all."));
  organiser_assert_same (f->a, f->b);

  /* Nothing comes back as new. */
  back = organiser_send (f->b, &n_back);
  g_assert_cmpuint (n_back, ==, 0);
  organiser_merge (f->a, back, LC_EXCHANGE_THEIRS);
  g_assert_cmpuint (n_versions (f->a), ==, before + 1);
  organiser_assert_same (f->a, f->b);
}

/* Both publish offline: Amal at nine, with a clause she changed, Badr at
 * ten, the text as it was. Each library keeps both, its own first (the
 * store never renumbers a published version): Amal's is version n + 1 in
 * hers and n + 2 in Badr's, and the other way round, with the same texts
 * and dates. Then nothing is left to send. */
static void
test_both_offline (Fixture       *f,
                   gconstpointer  data)
{
  int n = (int) n_versions (f->a);
  g_autofree char *from_a = NULL, *from_b = NULL, *again_a = NULL, *again_b = NULL, *last_a = NULL, *last_b = NULL;
  g_autofree char *a_own = NULL, *a_received = NULL, *b_own = NULL, *b_received = NULL;
  guint left_a = G_MAXUINT, left_b = G_MAXUINT;

  publish (f->a, "Amal's clause, published at nine.", "Amal's draft", "2026-12-07T09:00:00Z");
  publish (f->b, NULL, "Badr's draft", "2026-12-07T10:00:00Z");
  from_a = organiser_send (f->a, NULL);
  from_b = organiser_send (f->b, NULL);
  organiser_merge (f->a, from_b, LC_EXCHANGE_THEIRS);
  organiser_merge (f->b, from_a, LC_EXCHANGE_THEIRS);
  /* What each merge changed goes back once. */
  again_a = organiser_send (f->a, NULL);
  again_b = organiser_send (f->b, NULL);
  organiser_merge (f->a, again_b, LC_EXCHANGE_THEIRS);
  organiser_merge (f->b, again_a, LC_EXCHANGE_THEIRS);

  g_assert_cmpuint (n_versions (f->a), ==, n + 2);
  g_assert_cmpuint (n_versions (f->b), ==, n + 2);
  a_own = version_as_read (f->a, n + 1);
  a_received = version_as_read (f->a, n + 2);
  b_own = version_as_read (f->b, n + 1);
  b_received = version_as_read (f->b, n + 2);
  g_assert_cmpstr (a_own, ==, b_received);
  g_assert_cmpstr (b_own, ==, a_received);
  g_assert_nonnull (strstr (a_own, "Amal's draft|2026-12-07T09:00:00Z"));
  g_assert_nonnull (strstr (a_own, "Amal's clause, published at nine."));
  g_assert_nonnull (strstr (b_own, "Badr's draft|2026-12-07T10:00:00Z"));
  g_assert_null (strstr (b_own, "Amal's clause, published at nine."));

  last_a = organiser_send (f->a, &left_a);
  last_b = organiser_send (f->b, &left_b);
  g_assert_cmpuint (left_a, ==, 0);
  g_assert_cmpuint (left_b, ==, 0);
}

/* A version's text changed in the file: its row's uid no longer is the
 * one its values make. */
static void
test_damaged (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *file = NULL, *contents = NULL;
  gsize length;
  char *at;

  publish (f->a, "A text that will be tampered with.", "Tampered", "2026-12-07T09:00:00Z");
  file = organiser_send (f->a, NULL);
  g_assert_true (g_file_get_contents (file, &contents, &length, NULL));
  /* The version's copy of the clause, not the clause's own change (which
   * comes first, under its table). */
  at = NULL;
  for (gsize i = 0; i + 14 <= length; i++)
    if (memcmp (contents + i, "tampered with.", 14) == 0)
      at = contents + i;
  g_assert_nonnull (at);
  at[0] = 'T';
  organiser_assert_refuses (f->b, contents, length, LC_ERROR_INVALID_FILE, "published version");
}

/* Undoing a merge undoes what it changed but keeps the versions it
 * added, as undoing after Publish does: the store never lets a published
 * version go. Redone, the library is as merged. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  guint before = n_versions (f->b);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcUndoStack) stack = lc_undo_stack_new (f->b->store);
  g_autoptr(LcExchangeMerge) merge = NULL;
  g_autoptr(LcRecord) clause = NULL;
  g_autofree char *file = NULL, *original = NULL, *merged = NULL, *redone = NULL;

  clause = organiser_clause (f->b, 0);
  original = g_strdup (lc_record_get_string (clause, "text-en"));
  g_clear_object (&clause);
  publish (f->a, "Published, merged, undone.", "Undone", "2026-12-07T09:00:00Z");
  file = organiser_send (f->a, NULL);
  merge = organiser_read (f->b, file, &error);
  g_assert_no_error (error);
  g_assert_true (lc_exchange_merge_apply (merge, &error));
  g_assert_no_error (error);
  lc_undo_stack_record_applied (stack, "Merge",
                                lc_convention_update_take_changes (lc_exchange_merge_get_update (merge)));
  g_assert_cmpuint (n_versions (f->b), ==, before + 1);
  merged = organiser_export (f->b);

  g_assert_true (lc_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  clause = organiser_clause (f->b, 0);
  g_assert_cmpstr (lc_record_get_string (clause, "text-en"), ==, original);
  g_assert_cmpuint (n_versions (f->b), ==, before + 1);
  g_assert_true (lc_undo_stack_redo (stack, &error));
  g_assert_no_error (error);
  redone = organiser_export (f->b);
  g_assert_cmpstr (redone, ==, merged);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lc_test_use_build_catalogue ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/exchange-published/published", test_published);
  ADD ("/exchange-published/both-offline", test_both_offline);
  ADD ("/exchange-published/damaged", test_damaged);
  ADD ("/exchange-published/undo", test_undo);
#undef ADD

  return g_test_run ();
}
