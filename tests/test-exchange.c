/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include "lc-error.h"
#include "lc-report.h"
#include "lc-undo.h"
#include "test-exchange-util.h"

/* Issue 15: several organisers, one convention. Two (or three) libraries,
 * each with the same convention file imported, exchange changes files
 * (lc-exchange*.c); what a person would check is checked: the values each
 * ends with, that both conventions export to the same bytes, and that a
 * refused file leaves a library as it was, byte for byte. */

typedef ExchangeFixture Fixture;

/* The session extension is there: Debian's libsqlite3 is built with it. */
static void
test_compile_options (void)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean found = FALSE;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA compile_options", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    found |= g_str_equal ((const char *) sqlite3_column_text (stmt, 0), "ENABLE_SESSION");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_true (found);
}

static char *
item_title (Organiser *o,
            guint      index)
{
  g_autoptr(LcRecord) item = organiser_item (o, index);

  return g_strdup (lc_record_get_string (item, "title-en"));
}

static int
item_start (Organiser *o,
            guint      index)
{
  g_autoptr(LcRecord) item = organiser_item (o, index);

  return lc_item_get_start_minute (LC_ITEM (item));
}

static gint64
count_people (Organiser *o)
{
  g_autoptr(GError) error = NULL;
  gint64 n = lc_store_count (o->store, LC_TYPE_PERSON, "convention_id", o->convention, &error);

  g_assert_no_error (error);
  return n;
}

/* The script: A renames an item and adds a person, B moves the
 * same item and edits a clause; they exchange both ways. */
static void
test_two_organisers (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *from_a = NULL, *from_b = NULL, *again = NULL, *title = NULL, *clause_text = NULL;
  g_autoptr(LcRecord) clause = NULL;
  int start = item_start (f->a, 1);
  gint64 people = count_people (f->a);
  guint n;

  organiser_rename_item (f->a, 1, "Opening, renamed by Amal");
  organiser_add_person (f->a, "Person added by Amal");
  organiser_move_item (f->b, 1, 15);
  organiser_edit_clause (f->b, 0, "A clause edited by Badr.");

  from_a = organiser_send (f->a, &n);
  g_assert_cmpuint (n, ==, 2);
  from_b = organiser_send (f->b, &n);
  g_assert_cmpuint (n, ==, 2);
  organiser_merge (f->b, from_a, LC_EXCHANGE_UNRESOLVED);
  organiser_merge (f->a, from_b, LC_EXCHANGE_UNRESOLVED);

  organiser_assert_same (f->a, f->b);
  title = item_title (f->b, 1);
  g_assert_cmpstr (title, ==, "Opening, renamed by Amal");
  g_assert_cmpint (item_start (f->a, 1), ==, start + 15);
  g_assert_cmpint (count_people (f->b), ==, people + 1);
  clause = organiser_clause (f->a, 0);
  g_assert_cmpstr (lc_record_get_string (clause, "text-en"), ==, "A clause edited by Badr.");

  /* No echo: what each merged is not sent back. */
  again = organiser_send (f->a, &n);
  g_assert_cmpuint (n, ==, 0);
  g_free (again);
  again = organiser_send (f->b, &n);
  g_assert_cmpuint (n, ==, 0);
}

static LcExchangeMerge *
read_with_conflicts (Organiser  *o,
                     const char *file,
                     guint       n_conflicts)
{
  g_autoptr(GError) error = NULL;
  LcExchangeMerge *merge = organiser_read (o, file, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (lc_exchange_merge_get_n_conflicts (merge), ==, n_conflicts);
  return merge;
}

/* Both rename the same item: the conflict is shown with both values, a
 * merge with it unresolved writes nothing, and either choice ends with the
 * same title in both libraries. */
static void
test_conflict_field (Fixture       *f,
                     gconstpointer  data)
{
  LcExchangeChoice choice = GPOINTER_TO_INT (data);
  g_autofree char *from_a = NULL, *from_b = NULL, *before = NULL, *after = NULL, *report = NULL;
  g_autofree char *title_a = NULL, *title_b = NULL;
  g_autoptr(LcExchangeMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  const LcExchangeConflict *conflict;

  organiser_rename_item (f->a, 2, "Amal's title");
  organiser_rename_item (f->b, 2, "Badr's title");
  from_a = organiser_send (f->a, NULL);

  before = organiser_state (f->b);
  merge = read_with_conflicts (f->b, from_a, 1);
  conflict = lc_exchange_merge_get_conflict (merge, 0);
  g_assert_cmpint (conflict->kind, ==, LC_EXCHANGE_CONFLICT_FIELD);
  g_assert_cmpstr (conflict->label, ==, "Badr's title");
  g_assert_nonnull (strstr (conflict->detail, "here “Badr's title”, in the file “Amal's title”"));
  g_assert_false (lc_exchange_merge_apply (merge, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_AMBIGUOUS);
  report = lc_exchange_merge_format_report (merge);
  g_assert_nonnull (strstr (report, "not resolved"));
  after = organiser_state (f->b);
  g_assert_cmpstr (before, ==, after);

  lc_exchange_merge_resolve (merge, 0, choice);
  g_clear_error (&error);
  g_assert_true (lc_exchange_merge_apply (merge, &error));
  g_assert_no_error (error);
  title_b = item_title (f->b, 2);
  g_assert_cmpstr (title_b, ==, choice == LC_EXCHANGE_MINE ? "Badr's title" : "Amal's title");

  /* B's choice reaches A with B's next changes. */
  from_b = organiser_send (f->b, NULL);
  organiser_merge (f->a, from_b, LC_EXCHANGE_UNRESOLVED);
  title_a = item_title (f->a, 2);
  g_assert_cmpstr (title_a, ==, title_b);
  organiser_assert_same (f->a, f->b);
}

/* A deletes an item B changed: B sees the conflict; taking A's deletion,
 * both end without the item, and A is told that B's change was left out. */
static void
test_conflict_deleted (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *from_a = NULL, *from_b = NULL, *report = NULL, *title = NULL;
  g_autoptr(LcRecord) item = organiser_item (f->a, 3);
  g_autoptr(LcExchangeMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  gint64 items;

  title = item_title (f->a, 3);
  g_assert_true (lc_store_delete (f->a->store, item, &error));
  g_assert_no_error (error);
  organiser_rename_item (f->b, 3, "Changed by Badr");
  from_a = organiser_send (f->a, NULL);
  from_b = organiser_send (f->b, NULL);

  merge = read_with_conflicts (f->b, from_a, 1);
  g_assert_cmpint (lc_exchange_merge_get_conflict (merge, 0)->kind, ==, LC_EXCHANGE_CONFLICT_DELETED_THERE);
  lc_exchange_merge_resolve (merge, 0, LC_EXCHANGE_THEIRS);
  g_assert_true (lc_exchange_merge_apply (merge, &error));
  g_assert_no_error (error);

  g_clear_pointer (&merge, lc_exchange_merge_free);
  merge = read_with_conflicts (f->a, from_b, 0);
  g_assert_true (lc_exchange_merge_plan (merge, &error));
  report = lc_exchange_merge_format_report (merge);
  g_assert_nonnull (strstr (report, "1 change was left out: it changes a record deleted here."));
  g_assert_true (lc_exchange_merge_apply (merge, &error));
  g_assert_no_error (error);

  items = lc_store_count (f->b->store, LC_TYPE_ITEM, "convention_id", f->b->convention, &error);
  g_assert_cmpint (items, ==, lc_store_count (f->a->store, LC_TYPE_ITEM, "convention_id", f->a->convention, &error));
  organiser_assert_same (f->a, f->b);
}

/* The same file merged twice: the second time nothing changes, not even
 * the history. */
static void
test_merge_twice (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *from_a = NULL, *before = NULL, *after = NULL;
  g_autoptr(LcExchangeMerge) merge = NULL;
  g_autoptr(GError) error = NULL;

  organiser_rename_item (f->a, 0, "Twice");
  from_a = organiser_send (f->a, NULL);
  organiser_merge (f->b, from_a, LC_EXCHANGE_UNRESOLVED);
  before = organiser_state (f->b);

  merge = organiser_read (f->b, from_a, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lc_exchange_merge_get_already (merge));
  g_assert_true (lc_exchange_merge_apply (merge, &error));
  after = organiser_state (f->b);
  g_assert_cmpstr (before, ==, after);
}

/* A's second file before its first is refused, naming the first; in
 * their order, both are merged. */
static void
test_out_of_order (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *first = NULL, *second = NULL, *third = NULL, *before = NULL, *after = NULL;
  g_autoptr(LcExchangeMerge) merge = NULL;
  g_autoptr(GError) error = NULL;

  organiser_rename_item (f->a, 0, "First");
  first = organiser_send (f->a, NULL);
  organiser_rename_item (f->a, 0, "Second");
  second = organiser_send (f->a, NULL);
  organiser_move_item (f->a, 0, 10);
  third = organiser_send (f->a, NULL);

  organiser_merge (f->b, first, LC_EXCHANGE_UNRESOLVED);
  before = organiser_state (f->b);
  merge = organiser_read (f->b, third, &error);
  g_assert_null (merge);
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "merge their changes file number 2 first"));
  after = organiser_state (f->b);
  g_assert_cmpstr (before, ==, after);

  organiser_merge (f->b, second, LC_EXCHANGE_UNRESOLVED);
  organiser_merge (f->b, third, LC_EXCHANGE_UNRESOLVED);
  organiser_assert_same (f->a, f->b);
}

/* A merge is one step of the convention's history: undone, the
 * convention is as it was before; redone, as merged. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(LcUndoStack) stack = lc_undo_stack_new (f->b->store);
  g_autofree char *from_a = NULL, *before = NULL, *merged = NULL, *undone = NULL, *redone = NULL;
  g_autoptr(LcExchangeMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *changes;

  organiser_rename_item (f->a, 1, "Undo me");
  organiser_add_person (f->a, "Added, then undone");
  organiser_edit_clause (f->a, 0, "A clause, then undone.");
  from_a = organiser_send (f->a, NULL);
  before = organiser_export (f->b);

  merge = organiser_read (f->b, from_a, &error);
  g_assert_no_error (error);
  g_assert_true (lc_exchange_merge_apply (merge, &error));
  g_assert_no_error (error);
  merged = organiser_export (f->b);
  g_assert_cmpstr (merged, !=, before);

  /* As the window records it (the stack takes the changes). */
  changes = lc_convention_update_take_changes (lc_exchange_merge_get_update (merge));
  g_assert_nonnull (changes);
  lc_undo_stack_record_applied (stack, "Merge", changes);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (stack), ==, 1);
  g_assert_true (lc_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  undone = organiser_export (f->b);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (lc_undo_stack_redo (stack, &error));
  g_assert_no_error (error);
  redone = organiser_export (f->b);
  g_assert_cmpstr (redone, ==, merged);
}

static char *
clause_text (Organiser *o)
{
  g_autoptr(LcRecord) clause = organiser_clause (o, 0);

  return g_strdup (lc_record_get_string (clause, "text-en"));
}

/* Both send, then merge each other's by the team's rule (Amal keeps hers,
 * Badr takes hers): both then hold @text as the first clause, and the same
 * convention. */
static void
finish_with_clause (Fixture    *f,
                    const char *text)
{
  g_autofree char *from_a = organiser_send (f->a, NULL);
  g_autofree char *from_b = organiser_send (f->b, NULL);
  g_autofree char *text_a = NULL, *text_b = NULL;

  organiser_merge (f->b, from_a, LC_EXCHANGE_THEIRS);
  organiser_merge (f->a, from_b, LC_EXCHANGE_MINE);
  text_a = clause_text (f->a);
  text_b = clause_text (f->b);
  g_assert_cmpstr (text_a, ==, text);
  g_assert_cmpstr (text_b, ==, text);
  organiser_assert_same (f->a, f->b);
}

/* Files that cross twice (HACKING.md): both edit a clause and send; each
 * merges the other's, Amal keeping hers, Badr taking hers; Badr edits the
 * clause again, after seeing Amal's. His second file is newer than
 * anything Amal has of the clause: she merges it with no conflict, and
 * both end with his second text. Before acknowledgements Amal was asked
 * again, kept hers, and the two libraries stayed apart for good. */
static void
test_files_cross (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *a1 = NULL, *b1 = NULL, *a2 = NULL, *b2 = NULL;
  g_autoptr(LcExchangeMerge) merge = NULL;
  g_autoptr(GError) error = NULL;

  organiser_edit_clause (f->a, 0, "A1");
  organiser_edit_clause (f->b, 0, "B1");
  a1 = organiser_send (f->a, NULL);
  b1 = organiser_send (f->b, NULL);
  organiser_merge (f->b, a1, LC_EXCHANGE_THEIRS);
  organiser_merge (f->a, b1, LC_EXCHANGE_MINE);
  organiser_edit_clause (f->b, 0, "B2");

  a2 = organiser_send (f->a, NULL);
  b2 = organiser_send (f->b, NULL);
  organiser_merge (f->b, a2, LC_EXCHANGE_THEIRS);
  merge = read_with_conflicts (f->a, b2, 0);
  g_assert_true (lc_exchange_merge_apply (merge, &error));
  g_assert_no_error (error);

  finish_with_clause (f, "B2");
}

/* A file of format 1 (no "merged:" lines, before acknowledgements) is
 * still merged, its conflicts found by values; a "merged:" line that does
 * not name a replica refuses the file, the library unchanged. */
static void
test_file_formats (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *from_a = NULL, *from_b = NULL, *contents = NULL, *before = NULL, *after = NULL;
  g_autofree char *title = NULL;
  g_autoptr(LcExchangeMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  char *line;
  gsize length;

  organiser_rename_item (f->a, 2, "Amal's title");
  organiser_rename_item (f->b, 2, "Badr's title");
  from_a = organiser_send (f->a, NULL);
  g_assert_true (g_file_get_contents (from_a, &contents, &length, NULL));
  g_assert_null (g_strstr_len (contents, length, "merged: "));
  line = g_strstr_len (contents, length, "format: 2\n");
  g_assert_nonnull (line);
  line[strlen ("format: ")] = '1';
  merge = lc_exchange_merge_new (f->b->store, contents, length, "old.changes", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lc_exchange_merge_get_n_conflicts (merge), ==, 1);
  lc_exchange_merge_resolve_all (merge, LC_EXCHANGE_THEIRS);
  g_assert_true (lc_exchange_merge_apply (merge, &error));
  g_assert_no_error (error);
  title = item_title (f->b, 2);
  g_assert_cmpstr (title, ==, "Amal's title");

  /* B's next file says it merged A's first. */
  organiser_rename_item (f->b, 0, "Badr's second");
  from_b = organiser_send (f->b, NULL);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (from_b, &contents, &length, NULL));
  line = g_strstr_len (contents, length, "merged: ");
  g_assert_nonnull (line);
  g_assert_nonnull (strstr (line, " 1\n"));
  line[strlen ("merged: ")] = 'z';
  before = organiser_state (f->a);
  g_clear_pointer (&merge, lc_exchange_merge_free);
  merge = lc_exchange_merge_new (f->a->store, contents, length, "bad.changes", &error);
  g_assert_null (merge);
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
  g_assert_nonnull (strstr (error->message, "header"));
  after = organiser_state (f->a);
  g_assert_cmpstr (before, ==, after);
}

/* Runs @sql on the organiser's state file (LIBRARY.exchange/<uid>.db). */
static void
state_exec (Organiser  *o,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uid = lc_store_get_uid (o->store, LC_TYPE_CONVENTION, o->convention, &error);
  g_autofree char *dir = g_strconcat (o->path, ".exchange", NULL);
  g_autofree char *name = g_strconcat (uid, ".db", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  sqlite3 *db = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* A state written before acknowledgements (no table of sent changes)
 * still sends and merges, and keeps the sent changes from then on: files
 * that cross after that still converge. */
static void
test_older_state (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *a1 = NULL, *b1 = NULL, *a2 = NULL, *b2 = NULL;

  organiser_rename_item (f->a, 1, "Before the upgrade");
  a1 = organiser_send (f->a, NULL);
  state_exec (f->a, "DROP TABLE exchange_sent");
  organiser_merge (f->b, a1, LC_EXCHANGE_THEIRS);

  /* The script of /exchange/files-cross, from the older state on. */
  organiser_edit_clause (f->a, 0, "A1");
  organiser_edit_clause (f->b, 0, "B1");
  b1 = organiser_send (f->b, NULL);
  organiser_merge (f->a, b1, LC_EXCHANGE_MINE);
  a2 = organiser_send (f->a, NULL);
  organiser_merge (f->b, a2, LC_EXCHANGE_THEIRS);
  organiser_edit_clause (f->b, 0, "B2");
  b2 = organiser_send (f->b, NULL);
  organiser_merge (f->a, b2, LC_EXCHANGE_MINE);
  finish_with_clause (f, "B2");
}

/* @o proposes an amendment to the first clause, as the Declaration area
 * does: it takes the declaration's next number. */
static int
propose_amendment (Organiser  *o,
                   const char *text)
{
  g_autoptr(LcRecord) declaration = exchange_nth (o->store, LC_TYPE_DECLARATION, "convention_id", o->convention, 0);
  g_autoptr(LcRecord) clause = organiser_clause (o, 0);
  g_autoptr(LcRecord) city = exchange_nth (o->store, LC_TYPE_CITY, "convention_id", o->convention, 0);
  g_autoptr(LcAmendment) amendment = lc_test_make_amendment (lc_record_get_id (declaration), LC_AMENDMENT_KIND_REPLACE,
                                                             lc_record_get_id (clause), "", text,
                                                             lc_record_get_id (city), 0);
  g_autoptr(GError) error = NULL;

  g_assert_true (lc_amendment_propose (o->store, amendment, &error));
  g_assert_no_error (error);
  return lc_amendment_get_number (amendment);
}

/* @o adds @text as the summary of item @index and the first person as a
 * speaker at it. */
static void
add_summary_and_speaker (Organiser  *o,
                         guint       index,
                         const char *text)
{
  g_autoptr(LcRecord) item = organiser_item (o, index);
  g_autoptr(LcRecord) person = exchange_nth (o->store, LC_TYPE_PERSON, "convention_id", o->convention, 0);
  g_autoptr(LcRecord) summary = g_object_new (LC_TYPE_REPORT_SUMMARY, NULL);
  g_autoptr(LcRecord) part = g_object_new (LC_TYPE_PARTICIPATION, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (summary, "item-id", lc_record_get_id (item));
  lc_record_set_text (summary, "summary", "", text);
  g_assert_true (lc_store_insert (o->store, summary, &error));
  g_assert_no_error (error);
  lc_record_set_int (part, "item-id", lc_record_get_id (item));
  lc_record_set_int (part, "person-id", lc_record_get_id (person));
  lc_record_set_int (part, "role", LC_ROLE_PRESENTER);
  g_assert_true (lc_store_insert (o->store, part, &error));
  g_assert_no_error (error);
}

/* Amendments, a speaker and a summary that the two add apart, which the
 * library keeps one of by number, by person and role, by item: the
 * merges succeed both ways, both libraries end alike, nothing either wrote
 * is lost (both amendments, numbered one after the other; both summaries'
 * texts), and nothing is left to send. Before, the first merge failed on
 * the library's rule, and every later file with it. */
static void
test_added_apart (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *from_a = NULL, *from_b = NULL, *summary = NULL;
  g_autoptr(LcRecord) item = NULL;
  g_autoptr(LcReportSummary) kept = NULL;
  g_autoptr(GError) error = NULL;
  guint n;
  int first;

  first = propose_amendment (f->a, "Amal's wording.");
  g_assert_cmpint (propose_amendment (f->b, "Badr's wording."), ==, first);
  add_summary_and_speaker (f->a, 2, "Amal's notes.");
  add_summary_and_speaker (f->b, 2, "Badr's notes.");
  from_a = organiser_send (f->a, NULL);
  from_b = organiser_send (f->b, NULL);
  organiser_merge (f->b, from_a, LC_EXCHANGE_UNRESOLVED);
  organiser_merge (f->a, from_b, LC_EXCHANGE_UNRESOLVED);
  organiser_assert_same (f->a, f->b);

  /* Both amendments, numbered one after the other. */
  {
    g_autoptr(LcRecord) declaration = exchange_nth (f->a->store, LC_TYPE_DECLARATION, "convention_id",
                                                    f->a->convention, 0);
    g_autoptr(GListStore) amendments = lc_store_list (f->a->store, LC_TYPE_AMENDMENT, "declaration_id",
                                                      lc_record_get_id (declaration), &error);
    g_autoptr(GString) texts = g_string_new (NULL);

    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (amendments)); i++)
      {
        g_autoptr(LcRecord) amendment = g_list_model_get_item (G_LIST_MODEL (amendments), i);

        if (lc_amendment_get_number (LC_AMENDMENT (amendment)) >= first)
          g_string_append_printf (texts, "%d:%s|", lc_amendment_get_number (LC_AMENDMENT (amendment)),
                                  lc_record_get_string (amendment, "text-en"));
      }
    g_autofree char *amal_first = g_strdup_printf ("%d:Amal's wording.|%d:Badr's wording.|", first, first + 1);
    g_autofree char *badr_first = g_strdup_printf ("%d:Badr's wording.|%d:Amal's wording.|", first, first + 1);

    g_assert_true (g_str_equal (texts->str, amal_first) || g_str_equal (texts->str, badr_first));
  }

  /* One summary holding both texts; one speaker. */
  item = organiser_item (f->a, 2);
  kept = lc_report_load_summary (f->a->store, lc_record_get_id (item), &error);
  g_assert_no_error (error);
  summary = g_strdup (lc_report_summary_get_summary (kept, LC_LANGUAGE_ENGLISH));
  g_assert_true (g_str_equal (summary, "Amal's notes.\n\nBadr's notes.")
                 || g_str_equal (summary, "Badr's notes.\n\nAmal's notes."));

  /* What each settled is sent on, taken there without a conflict, and
   * then nothing is left. */
  g_clear_pointer (&from_a, g_free);
  g_clear_pointer (&from_b, g_free);
  from_a = organiser_send (f->a, NULL);
  from_b = organiser_send (f->b, NULL);
  organiser_merge (f->b, from_a, LC_EXCHANGE_UNRESOLVED);
  organiser_merge (f->a, from_b, LC_EXCHANGE_UNRESOLVED);
  organiser_assert_same (f->a, f->b);
  g_free (organiser_send (f->a, &n));
  g_assert_cmpuint (n, ==, 0);
  g_free (organiser_send (f->b, &n));
  g_assert_cmpuint (n, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lc_test_use_build_catalogue ();

  g_test_add_func ("/exchange/compile-options", test_compile_options);
#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, exchange_fixture_set_up, func, exchange_fixture_tear_down)
  ADD ("/exchange/two-organisers", test_two_organisers, NULL);
  ADD ("/exchange/conflict-field-mine", test_conflict_field, GINT_TO_POINTER (LC_EXCHANGE_MINE));
  ADD ("/exchange/conflict-field-theirs", test_conflict_field, GINT_TO_POINTER (LC_EXCHANGE_THEIRS));
  ADD ("/exchange/conflict-deleted", test_conflict_deleted, NULL);
  ADD ("/exchange/merge-twice", test_merge_twice, NULL);
  ADD ("/exchange/out-of-order", test_out_of_order, NULL);
  ADD ("/exchange/undo", test_undo, NULL);
  ADD ("/exchange/files-cross", test_files_cross, NULL);
  ADD ("/exchange/file-formats", test_file_formats, NULL);
  ADD ("/exchange/older-state", test_older_state, NULL);
  ADD ("/exchange/added-apart", test_added_apart, NULL);
#undef ADD

  return g_test_run ();
}
