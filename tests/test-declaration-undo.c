/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-declaration-undo.h"
#include "lc-error.h"
#include "lc-test-util.h"

/*
 * The Declaration page's edits through the undo stack
 * (lc-declaration-undo.c): each is one step that undo takes back whole and
 * redo brings back with the same rows; an edit the declaration API refuses
 * gives its reason and leaves both the library and the history as they
 * were (the dry run is rolled back).
 */

typedef struct
{
  char        *dir;
  LcStore     *store;
  LcUndoStack *undo;
  gint64       convention;
  gint64       city;
  gint64       item;
  gint64       declaration;
  gint64       section;
  gint64       clause;      /* the empty clause a new declaration starts with */
} Fixture;

static gint64
count (Fixture    *f,
       GType       type,
       const char *column,
       gint64      value)
{
  g_autoptr(GError) error = NULL;
  gint64 n = lc_store_count (f->store, type, column, value, &error);

  g_assert_no_error (error);
  return n;
}

/* The id of the @n-th row (in their order) whose @column is @value. */
static gint64
nth_id (Fixture    *f,
        GType       type,
        const char *column,
        gint64      value,
        guint       n)
{
  g_autoptr(GListStore) list = lc_store_list (f->store, type, column, value, NULL);
  g_autoptr(LcRecord) record = NULL;

  g_assert_nonnull (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, n);
  record = g_list_model_get_item (G_LIST_MODEL (list), n);
  return lc_record_get_id (record);
}

static gint64
stored_int (Fixture    *f,
            GType       type,
            gint64      id,
            const char *field)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) record = lc_store_get (f->store, type, id, &error);

  g_assert_no_error (error);
  return lc_record_get_int (record, field);
}

static gboolean
exists (Fixture *f,
        GType    type,
        gint64   id)
{
  g_autoptr(LcRecord) record = lc_store_get (f->store, type, id, NULL);

  return record != NULL;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LcRecord) city = g_object_new (LC_TYPE_CITY, NULL);
  g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
  g_autoptr(GError) error = NULL;

  f->store = lc_test_open_store (&f->dir);
  f->undo = lc_undo_stack_new (f->store);
  f->convention = lc_test_add_convention (f->store, "Test Convention", "2023-05-10", "2023-05-11");

  lc_record_set_int (city, "convention-id", f->convention);
  lc_record_set_text (city, "name", "صور", "Sur");
  lc_record_set_int (item, "convention-id", f->convention);
  lc_record_set_text (item, "title", "", "Session 2");
  lc_record_set_string (item, "day", "2023-05-10");
  lc_record_set_int (item, "start-minute", 690);
  lc_record_set_int (item, "end-minute", 735);
  g_assert_true (lc_store_insert (f->store, city, &error) && lc_store_insert (f->store, item, &error));
  g_assert_no_error (error);
  f->city = lc_record_get_id (city);
  f->item = lc_record_get_id (item);

  g_assert_true (lc_declaration_undo_new_declaration (f->undo, f->convention, &f->declaration, &error));
  g_assert_no_error (error);
  f->section = nth_id (f, LC_TYPE_DECLARATION_SECTION, "declaration_id", f->declaration, 0);
  f->clause = nth_id (f, LC_TYPE_CLAUSE, "section_id", f->section, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->undo);
  g_clear_object (&f->store);
  lc_test_remove_tree (f->dir);
  g_free (f->dir);
}

static LcAmendment *
make_amendment (Fixture         *f,
                LcAmendmentKind  kind,
                gint64           clause)
{
  return lc_test_make_amendment (f->declaration, kind, clause, "", "A new objective", f->city, f->item);
}

/* A new declaration is one step: a preamble with an empty clause. */
static void
test_new_declaration (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (count (f, LC_TYPE_DECLARATION, "convention_id", f->convention), ==, 1);
  g_assert_cmpint (count (f, LC_TYPE_DECLARATION_SECTION, "declaration_id", f->declaration), ==, 1);
  g_assert_cmpint (count (f, LC_TYPE_CLAUSE, "section_id", f->section), ==, 1);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (f->undo), ==, 1);

  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, LC_TYPE_DECLARATION, "convention_id", f->convention), ==, 0);
  g_assert_false (exists (f, LC_TYPE_DECLARATION_SECTION, f->section));
  g_assert_false (exists (f, LC_TYPE_CLAUSE, f->clause));

  g_assert_true (lc_undo_stack_redo (f->undo, &error));
  g_assert_no_error (error);
  g_assert_true (exists (f, LC_TYPE_DECLARATION, f->declaration));
  g_assert_true (exists (f, LC_TYPE_DECLARATION_SECTION, f->section));
  g_assert_true (exists (f, LC_TYPE_CLAUSE, f->clause));
}

/* A clause added in the middle makes room after it, in the same step. */
static void
test_add_clause (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 last = 0, middle = 0;

  g_assert_true (lc_declaration_undo_add_clause (f->undo, f->section, 0, &last, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored_int (f, LC_TYPE_CLAUSE, last, "position"), ==, 1);

  g_assert_true (lc_declaration_undo_add_clause (f->undo, f->section, f->clause, &middle, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored_int (f, LC_TYPE_CLAUSE, middle, "position"), ==, 1);
  g_assert_cmpint (stored_int (f, LC_TYPE_CLAUSE, last, "position"), ==, 2);

  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_assert_false (exists (f, LC_TYPE_CLAUSE, middle));
  g_assert_cmpint (stored_int (f, LC_TYPE_CLAUSE, last, "position"), ==, 1);
}

/* A proposal is stored with its pending clause; a refused status change
 * leaves everything as it was; undo takes the proposal back whole. */
static void
test_propose (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(LcAmendment) amendment = make_amendment (f, LC_AMENDMENT_KIND_INSERT_AFTER, f->clause);
  g_autoptr(GError) error = NULL;
  gint64 id, pending;
  guint n_undo;

  g_assert_true (lc_declaration_undo_set_text (f->undo, LC_TYPE_CLAUSE, f->clause, "text",
                                               "نحن", "We", "Edit Clause", &error));
  g_assert_no_error (error);
  g_assert_true (lc_declaration_undo_propose (f->undo, amendment, &error));
  g_assert_no_error (error);
  id = lc_record_get_id (LC_RECORD (amendment));
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (lc_record_get_int (LC_RECORD (amendment), "number"), ==, 1);
  g_assert_cmpint (lc_record_get_int (LC_RECORD (amendment), "status"), ==, LC_AMENDMENT_STATUS_PROPOSED);
  pending = lc_amendment_get_new_clause_id (f->store, amendment, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stored_int (f, LC_TYPE_CLAUSE, pending, "state"), ==, LC_CLAUSE_STATE_PENDING);

  /* The pending clause is the amendment's, not the base text's. */
  n_undo = lc_undo_stack_get_n_undo (f->undo);
  g_assert_false (lc_declaration_undo_remove_clause (f->undo, pending, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_true (exists (f, LC_TYPE_CLAUSE, pending));

  g_assert_true (lc_declaration_undo_set_status (f->undo, id, LC_AMENDMENT_STATUS_WITHDRAWN, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (f->undo), ==, n_undo + 1);
  /* Withdrawn is final. */
  g_assert_false (lc_declaration_undo_set_status (f->undo, id, LC_AMENDMENT_STATUS_ACCEPTED, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_assert_cmpint (stored_int (f, LC_TYPE_AMENDMENT, id, "status"), ==, LC_AMENDMENT_STATUS_WITHDRAWN);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (f->undo), ==, n_undo + 1);

  g_assert_true (lc_undo_stack_undo (f->undo, NULL));
  g_assert_cmpint (stored_int (f, LC_TYPE_AMENDMENT, id, "status"), ==, LC_AMENDMENT_STATUS_PROPOSED);
  g_assert_true (lc_undo_stack_undo (f->undo, NULL));
  g_assert_false (exists (f, LC_TYPE_AMENDMENT, id));
  g_assert_false (exists (f, LC_TYPE_CLAUSE, pending));
  g_assert_true (lc_undo_stack_redo (f->undo, NULL));
  g_assert_true (exists (f, LC_TYPE_AMENDMENT, id));
  g_assert_true (exists (f, LC_TYPE_CLAUSE, pending));
}

/* A clause an amendment refers to stays, marked removed, and comes back. */
static void
test_remove_clause (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LcAmendment) amendment = make_amendment (f, LC_AMENDMENT_KIND_REPLACE, f->clause);
  g_autoptr(GError) error = NULL;
  gint64 other = 0;

  g_assert_true (lc_declaration_undo_add_clause (f->undo, f->section, f->clause, &other, &error));
  g_assert_true (lc_declaration_undo_propose (f->undo, amendment, &error));
  g_assert_no_error (error);

  g_assert_true (lc_declaration_undo_remove_clause (f->undo, f->clause, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored_int (f, LC_TYPE_CLAUSE, f->clause, "state"), ==, LC_CLAUSE_STATE_REMOVED);
  g_assert_true (lc_declaration_undo_remove_clause (f->undo, other, &error));
  g_assert_no_error (error);
  g_assert_false (exists (f, LC_TYPE_CLAUSE, other));

  g_assert_true (lc_undo_stack_undo (f->undo, NULL));
  g_assert_true (exists (f, LC_TYPE_CLAUSE, other));
  g_assert_true (lc_undo_stack_undo (f->undo, NULL));
  g_assert_cmpint (stored_int (f, LC_TYPE_CLAUSE, f->clause, "state"), ==, LC_CLAUSE_STATE_BASE);
}

/* A section goes whole with its clauses, or stays marked removed when an
 * amendment refers to one of them; undo brings it back either way. */
static void
test_remove_section (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LcAmendment) amendment = make_amendment (f, LC_AMENDMENT_KIND_DELETE, f->clause);
  g_autoptr(GError) error = NULL;
  gint64 second, clause;

  g_assert_true (lc_declaration_undo_add_section (f->undo, f->declaration, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, LC_TYPE_DECLARATION_SECTION, "declaration_id", f->declaration), ==, 2);
  second = nth_id (f, LC_TYPE_DECLARATION_SECTION, "declaration_id", f->declaration, 1);
  g_assert_cmpint (stored_int (f, LC_TYPE_DECLARATION_SECTION, second, "position"), ==, 1);
  clause = nth_id (f, LC_TYPE_CLAUSE, "section_id", second, 0);

  g_assert_true (lc_declaration_undo_remove_section (f->undo, second, &error));
  g_assert_no_error (error);
  g_assert_false (exists (f, LC_TYPE_DECLARATION_SECTION, second));
  g_assert_false (exists (f, LC_TYPE_CLAUSE, clause));
  g_assert_true (lc_undo_stack_undo (f->undo, NULL));
  g_assert_true (exists (f, LC_TYPE_DECLARATION_SECTION, second));
  g_assert_true (exists (f, LC_TYPE_CLAUSE, clause));

  g_assert_true (lc_declaration_undo_propose (f->undo, amendment, &error));
  g_assert_no_error (error);
  g_assert_true (lc_declaration_undo_remove_section (f->undo, f->section, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored_int (f, LC_TYPE_DECLARATION_SECTION, f->section, "removed"), ==, TRUE);
  g_assert_true (lc_undo_stack_undo (f->undo, NULL));
  g_assert_cmpint (stored_int (f, LC_TYPE_DECLARATION_SECTION, f->section, "removed"), ==, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)
  ADD ("/declaration-undo/new-declaration", test_new_declaration);
  ADD ("/declaration-undo/add-clause", test_add_clause);
  ADD ("/declaration-undo/propose", test_propose);
  ADD ("/declaration-undo/remove-clause", test_remove_clause);
  ADD ("/declaration-undo/remove-section", test_remove_section);
#undef ADD

  return g_test_run ();
}
