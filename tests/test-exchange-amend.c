/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-declaration.h"
#include "lc-error.h"
#include "lc-undo.h"
#include "test-exchange-util.h"

/* Issue 15: a declaration clause's text both organisers edited, kept both
 * ways (LC_EXCHANGE_AMENDMENT, lc-exchange-amend.c): the clause keeps this
 * library's text, the file's text becomes a proposed amendment by the
 * file's author; the colleague merging back ends with the same. */

typedef ExchangeFixture Fixture;

static GListModel *
amendments_of (Organiser *o,
               guint      clause_index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) clause = organiser_clause (o, clause_index);
  GListStore *list = lc_store_list (o->store, LC_TYPE_AMENDMENT, "clause_id", lc_record_get_id (clause), &error);

  g_assert_no_error (error);
  return G_LIST_MODEL (list);
}

static char *
proposer_name (Organiser *o,
               LcRecord  *amendment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) person = lc_store_get (o->store, LC_TYPE_PERSON,
                                             lc_record_get_int (amendment, "person-id"), &error);

  g_assert_no_error (error);
  g_assert_nonnull (person);
  return g_strdup (lc_record_get_string (person, "name-en"));
}

/* What the person checks: the clause reads as theirs in B, the amendment
 * proposes A's text by A, and once B's changes reach A both hold the same. */
static void
test_clause_kept_both (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *from_a = NULL, *from_b = NULL, *again_a = NULL, *again_b = NULL;
  g_autofree char *here = NULL, *theirs = NULL, *report = NULL, *proposer = NULL;
  g_autofree char *before = NULL, *planned = NULL;
  g_autoptr(LcExchangeMerge) merge = NULL, back = NULL;
  g_autoptr(GListModel) amendments_b = NULL, amendments_a = NULL, untouched = NULL;
  g_autoptr(LcRecord) clause_a = NULL, clause_b = NULL, amendment = NULL;
  g_autoptr(GError) error = NULL;
  LcConventionUpdate *update;
  guint n_back = 0, n_again = G_MAXUINT;

  untouched = amendments_of (f->b, 0);
  organiser_edit_clause (f->a, 0, "Cities share their learning festivals.");
  organiser_edit_clause (f->b, 0, "Cities share their learning festivals every year.");
  from_a = organiser_send (f->a, NULL);

  merge = organiser_read (f->b, from_a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lc_exchange_merge_get_n_conflicts (merge), ==, 1);
  g_assert_true (lc_exchange_merge_get_clause_texts (merge, 0, &here, &theirs));
  g_assert_cmpstr (here, ==, "Cities share their learning festivals every year.");
  g_assert_cmpstr (theirs, ==, "Cities share their learning festivals.");

  before = organiser_state (f->b);
  lc_exchange_merge_resolve (merge, 0, LC_EXCHANGE_AMENDMENT);
  g_assert_true (lc_exchange_merge_plan (merge, &error));
  g_assert_no_error (error);
  report = lc_exchange_merge_format_report (merge);
  g_assert_nonnull (strstr (report, "proposed as an amendment"));
  /* Planning writes nothing. */
  planned = organiser_state (f->b);
  g_assert_cmpstr (planned, ==, before);
  update = lc_exchange_merge_get_update (merge);
  /* The amendment and its proposer, Amal, a person B's library did not have. */
  g_assert_cmpuint (lc_convention_update_count (update, LC_UPDATE_ADD), ==, 2);
  g_assert_true (lc_exchange_merge_apply (merge, &error));
  g_assert_no_error (error);

  clause_b = organiser_clause (f->b, 0);
  g_assert_cmpstr (lc_record_get_string (clause_b, "text-en"), ==, "Cities share their learning festivals every year.");
  amendments_b = amendments_of (f->b, 0);
  g_assert_cmpuint (g_list_model_get_n_items (amendments_b), ==, g_list_model_get_n_items (untouched) + 1);
  amendment = g_list_model_get_item (amendments_b, g_list_model_get_n_items (amendments_b) - 1);
  g_assert_cmpstr (lc_record_get_string (amendment, "text-en"), ==, "Cities share their learning festivals.");
  g_assert_cmpint (lc_record_get_int (amendment, "status"), ==, LC_AMENDMENT_STATUS_PROPOSED);
  g_assert_cmpint (lc_record_get_int (amendment, "kind"), ==, LC_AMENDMENT_KIND_REPLACE);
  proposer = proposer_name (f->b, amendment);
  g_assert_cmpstr (proposer, ==, "Amal");

  /* What B sends back: the clause's text (B's, over A's) and the two
   * added records; A takes them with no conflict. */
  from_b = organiser_send (f->b, &n_back);
  g_assert_cmpuint (n_back, ==, 3);
  back = organiser_read (f->a, from_b, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lc_exchange_merge_get_n_conflicts (back), ==, 0);
  g_assert_true (lc_exchange_merge_apply (back, &error));
  g_assert_no_error (error);
  clause_a = organiser_clause (f->a, 0);
  g_assert_cmpstr (lc_record_get_string (clause_a, "text-en"), ==, "Cities share their learning festivals every year.");
  amendments_a = amendments_of (f->a, 0);
  g_assert_cmpuint (g_list_model_get_n_items (amendments_a), ==, g_list_model_get_n_items (amendments_b));
  organiser_assert_same (f->a, f->b);

  /* Nothing echoes back, and nothing is left to send. */
  again_a = organiser_send (f->a, &n_again);
  g_assert_cmpuint (n_again, ==, 0);
  again_b = organiser_send (f->b, &n_again);
  g_assert_cmpuint (n_again, ==, 0);
}

/* When the author is a person of the convention already, the amendment is
 * theirs: no second person of that name. */
static void
test_author_known (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *from_a = NULL;
  g_autoptr(LcExchangeMerge) merge = NULL;
  g_autoptr(GListModel) amendments = NULL;
  g_autoptr(LcRecord) amendment = NULL;
  g_autoptr(GError) error = NULL;
  gint64 amal;

  amal = organiser_add_person (f->b, "Amal");
  organiser_edit_clause (f->a, 0, "Amal's wording.");
  organiser_edit_clause (f->b, 0, "Badr's wording.");
  from_a = organiser_send (f->a, NULL);
  merge = organiser_read (f->b, from_a, &error);
  g_assert_no_error (error);
  lc_exchange_merge_resolve (merge, 0, LC_EXCHANGE_AMENDMENT);
  g_assert_true (lc_exchange_merge_plan (merge, &error));
  g_assert_cmpuint (lc_convention_update_count (lc_exchange_merge_get_update (merge), LC_UPDATE_ADD), ==, 1);
  g_assert_true (lc_exchange_merge_apply (merge, &error));
  g_assert_no_error (error);
  amendments = amendments_of (f->b, 0);
  amendment = g_list_model_get_item (amendments, g_list_model_get_n_items (amendments) - 1);
  g_assert_cmpint (lc_record_get_int (amendment, "person-id"), ==, amal);
  g_assert_cmpstr (lc_record_get_string (amendment, "text-en"), ==, "Amal's wording.");
}

/* An item's title is not a clause: the choice is not offered, and a
 * clause's number both changed but not its text neither. */
static void
test_not_a_clause (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *from_a = NULL;
  g_autoptr(LcExchangeMerge) merge = NULL;
  g_autoptr(GError) error = NULL;

  organiser_rename_item (f->a, 2, "Amal's title");
  organiser_rename_item (f->b, 2, "Badr's title");
  from_a = organiser_send (f->a, NULL);
  merge = organiser_read (f->b, from_a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lc_exchange_merge_get_n_conflicts (merge), ==, 1);
  g_assert_false (lc_exchange_merge_get_clause_texts (merge, 0, NULL, NULL));
}

/* The merge with its amendment is one undo step: undone, neither the
 * amendment nor its proposer is left. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(LcUndoStack) stack = lc_undo_stack_new (f->b->store);
  g_autofree char *from_a = NULL, *before = NULL, *merged = NULL, *undone = NULL;
  g_autoptr(LcExchangeMerge) merge = NULL;
  g_autoptr(GError) error = NULL;

  organiser_edit_clause (f->a, 0, "Amal's clause.");
  organiser_edit_clause (f->b, 0, "Badr's clause.");
  from_a = organiser_send (f->a, NULL);
  before = organiser_export (f->b);
  merge = organiser_read (f->b, from_a, &error);
  g_assert_no_error (error);
  lc_exchange_merge_resolve_all (merge, LC_EXCHANGE_AMENDMENT);
  g_assert_true (lc_exchange_merge_apply (merge, &error));
  g_assert_no_error (error);
  merged = organiser_export (f->b);
  g_assert_cmpstr (merged, !=, before);
  lc_undo_stack_record_applied (stack, "Merge",
                                lc_convention_update_take_changes (lc_exchange_merge_get_update (merge)));
  g_assert_true (lc_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  undone = organiser_export (f->b);
  g_assert_cmpstr (undone, ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lc_test_use_build_catalogue ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, exchange_fixture_set_up, func, exchange_fixture_tear_down)
  ADD ("/exchange-amend/clause-kept-both", test_clause_kept_both);
  ADD ("/exchange-amend/author-known", test_author_known);
  ADD ("/exchange-amend/not-a-clause", test_not_a_clause);
  ADD ("/exchange-amend/undo", test_undo);
#undef ADD

  return g_test_run ();
}
