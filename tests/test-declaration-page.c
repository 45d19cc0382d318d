/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "lc-amendment-dialog.h"
#include "lc-amendment-row.h"
#include "lc-amendments-pane.h"
#include "lc-application.h"
#include "lc-compare-view.h"
#include "lc-convention-view.h"
#include "lc-declaration-page.h"
#include "lc-publish-dialog.h"
#include "lc-test-ui.h"
#include "lc-test-util.h"
#include "lc-window.h"

/* The Declaration area as a user meets it with the sample convention: the
 * Yanbu declaration in both languages side by side, a clause edited and
 * undone, amendments proposed, accepted, rejected, reopened and refused,
 * a version published, versions compared. Run in English and in Arabic. */

static LcApplication *app;

typedef struct
{
  LcWindow          *window;
  LcStore           *store;
  LcDeclarationPage *page;
  gint64             declaration;
} Fixture;

static gboolean
convention_shown (gpointer data)
{
  return g_strcmp0 (lc_window_get_page (data), "convention") == 0;
}

static gboolean
page_up_to_date (gpointer data)
{
  return lc_declaration_page_is_up_to_date (data);
}

static void
settle (Fixture *f)
{
  lc_test_ui_wait_until (page_up_to_date, f->page, 30000);
  lc_test_ui_settle ();
}

static void
open_sample (Fixture *f)
{
  LcConventionView *view;

  f->window = lc_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 860);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-sample", NULL);
  lc_test_ui_wait_until (convention_shown, f->window, 30000);
  view = lc_window_get_convention_view (f->window);
  lc_convention_view_show_area (view, "declaration");
  f->store = lc_window_get_store (f->window);
  f->page = LC_DECLARATION_PAGE (lc_test_ui_find (GTK_WIDGET (view), LC_TYPE_DECLARATION_PAGE, NULL));
  g_assert_nonnull (f->page);
  settle (f);
  f->declaration = lc_declaration_page_get_declaration_id (f->page);
  g_assert_cmpint (f->declaration, >, 0);
}

static LcDeclarationText *
working_text (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  LcDeclarationText *text = lc_declaration_get_working_text (f->store, f->declaration, &error);

  g_assert_no_error (error);
  return text;
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
}

static const LcTextClause *
nth_clause (LcDeclarationText *text,
            guint              section,
            guint              clause)
{
  LcTextSection *s = g_ptr_array_index (text->sections, section);

  return g_ptr_array_index (s->clauses, clause);
}

static GtkWidget *
find_toplevel (GType type)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static gboolean
toplevel_gone (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data)) == NULL;
}

/* The row of amendment @number in the visible amendments pane. */
static LcAmendmentRow *
amendment_row (Fixture *f,
               int      number)
{
  LcAmendmentsPane *pane = LC_AMENDMENTS_PANE (lc_test_ui_find (GTK_WIDGET (f->page), LC_TYPE_AMENDMENTS_PANE, NULL));
  GtkListBox *list = lc_amendments_pane_get_list_box (pane);

  for (int i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
    {
      GtkWidget *row = gtk_list_box_row_get_child (gtk_list_box_get_row_at_index (list, i));
      LcAmendment *amendment = lc_amendment_row_get_amendment (LC_AMENDMENT_ROW (row));

      if (lc_record_get_int (LC_RECORD (amendment), "number") == number)
        return LC_AMENDMENT_ROW (row);
    }

  return NULL;
}

static guint
n_amendment_rows (Fixture *f)
{
  LcAmendmentsPane *pane = LC_AMENDMENTS_PANE (lc_test_ui_find (GTK_WIDGET (f->page), LC_TYPE_AMENDMENTS_PANE, NULL));
  GtkListBox *list = lc_amendments_pane_get_list_box (pane);
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

/* Which of Accept, Reject, Withdraw, Reopen the row offers, as "ARWO"
 * with "-" for a button that is not sensitive. */
static char *
offered (LcAmendmentRow *row)
{
  static const LcAmendmentStatus statuses[] = {
    LC_AMENDMENT_STATUS_ACCEPTED, LC_AMENDMENT_STATUS_REJECTED,
    LC_AMENDMENT_STATUS_WITHDRAWN, LC_AMENDMENT_STATUS_PROPOSED,
  };
  static const char letters[] = "ARWO";
  char *result = g_strdup ("----");

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (gtk_widget_get_sensitive (lc_amendment_row_get_button (row, statuses[i])))
      result[i] = letters[i];

  return result;
}

static void
click (LcAmendmentRow    *row,
       LcAmendmentStatus  status)
{
  GtkWidget *button = lc_amendment_row_get_button (row, status);

  /* A click, as the button emits it (activation would wait a moment). */
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static LcAmendmentStatus
stored_status (Fixture *f,
               int      number)
{
  g_autoptr(GListStore) amendments = lc_store_list (f->store, LC_TYPE_AMENDMENT, "declaration_id", f->declaration, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (amendments)); i++)
    {
      g_autoptr(LcRecord) amendment = g_list_model_get_item (G_LIST_MODEL (amendments), i);

      if (lc_record_get_int (amendment, "number") == number)
        return lc_record_get_int (amendment, "status");
    }

  g_error ("no amendment %d", number);
}

static gint64
first_city (Fixture *f)
{
  g_autoptr(GListStore) cities = lc_store_list_for_convention (f->store, LC_TYPE_CITY,
                                                               lc_convention_model_get_id (lc_convention_view_get_model (lc_window_get_convention_view (f->window))),
                                                               NULL);
  g_autoptr(LcRecord) city = g_list_model_get_item (G_LIST_MODEL (cities), 0);

  return lc_record_get_id (city);
}

/* Proposes through the dialog, as a user fills it. */
static LcAmendmentDialog *
open_proposal (Fixture           *f,
               gint64             clause,
               LcAmendmentKind    kind,
               const char        *text_en)
{
  LcAmendmentDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (f->page), "declaration.propose", "x", clause);
  dialog = LC_AMENDMENT_DIALOG (find_toplevel (LC_TYPE_AMENDMENT_DIALOG));
  g_assert_nonnull (dialog);
  lc_amendment_dialog_fill (dialog, kind, "", text_en, "Because the meeting said so.", first_city (f));
  return dialog;
}

static void
propose (Fixture         *f,
         gint64           clause,
         LcAmendmentKind  kind,
         const char      *text_en)
{
  LcAmendmentDialog *dialog = open_proposal (f, clause, kind, text_en);

  g_assert_true (lc_amendment_dialog_propose (dialog));
  lc_test_ui_wait_until (toplevel_gone, GSIZE_TO_POINTER (LC_TYPE_AMENDMENT_DIALOG), 5000);
  settle (f);
}

static void
dismiss_error_dialog (const char *expected)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_nonnull (dialog);
  g_test_message ("%s", adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), expected));
  /* What its Close button does. */
  adw_message_dialog_response (dialog, "close");
  gtk_window_close (GTK_WINDOW (dialog));
  lc_test_ui_wait_until (toplevel_gone, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG), 5000);
}

/* A label in @root whose markup holds @needle. */
static gboolean
has_markup (GtkWidget  *root,
            const char *needle)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root)
      && strstr (gtk_label_get_label (GTK_LABEL (root)), needle) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (has_markup (child, needle))
      return TRUE;

  return FALSE;
}

static void
test_text (void)
{
  Fixture f = { 0 };
  g_autoptr(LcDeclarationText) text = NULL;
  g_autofree char *shot = NULL, *original = NULL;
  const LcTextClause *first;
  LcClauseRow *row;
  GtkTextView *en, *ar;
  graphene_rect_t en_bounds, ar_bounds;
  guint n = 0;

  open_sample (&f);
  text = working_text (&f);

  /* Every clause, in both languages, each in its own direction, Arabic
   * on the right whatever the interface's direction. */
  g_assert_cmpuint (lc_declaration_page_get_n_rows (f.page), ==, lc_declaration_text_count_clauses (text));
  for (guint i = 0; i < text->sections->len; i++)
    {
      LcTextSection *section = g_ptr_array_index (text->sections, i);

      for (guint j = 0; j < section->clauses->len; j++, n++)
        {
          const LcTextClause *clause = g_ptr_array_index (section->clauses, j);
          g_autofree char *shown_en = NULL, *shown_ar = NULL;

          row = lc_declaration_page_get_row (f.page, clause->key);
          g_assert_nonnull (row);
          g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row)));
          shown_en = buffer_text (lc_clause_row_get_text_view (row, FALSE));
          shown_ar = buffer_text (lc_clause_row_get_text_view (row, TRUE));
          g_assert_cmpstr (shown_en, ==, clause->text_en);
          g_assert_cmpstr (shown_ar, ==, clause->text_ar);
        }
    }
  g_assert_cmpuint (n, ==, 26);

  first = nth_clause (text, 1, 0);
  row = lc_declaration_page_get_row (f.page, first->key);
  en = lc_clause_row_get_text_view (row, FALSE);
  ar = lc_clause_row_get_text_view (row, TRUE);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (en)), ==, GTK_TEXT_DIR_LTR);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (ar)), ==, GTK_TEXT_DIR_RTL);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (en), GTK_WIDGET (f.window), &en_bounds));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (ar), GTK_WIDGET (f.window), &ar_bounds));
  g_assert_cmpfloat (ar_bounds.origin.x, >, en_bounds.origin.x + en_bounds.size.width - 1);
  shot = lc_test_ui_screenshot (GTK_WIDGET (f.window), "declaration-text");

  /* Typed in place, stored and undone as one edit; Ctrl+Z right after
   * typing undoes the typing. */
  original = g_strdup (first->text_en);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (en), "We, the mayors, met in Yanbu.", -1);
  gtk_widget_activate_action (GTK_WIDGET (en), "view.undo", NULL);
  settle (&f);
  {
    g_autoptr(LcDeclarationText) after = working_text (&f);
    g_autofree char *shown = buffer_text (en);

    g_assert_cmpstr (nth_clause (after, 1, 0)->text_en, ==, original);
    g_assert_cmpstr (shown, ==, original);
  }
  gtk_widget_activate_action (GTK_WIDGET (en), "view.redo", NULL);
  settle (&f);
  {
    g_autoptr(LcDeclarationText) after = working_text (&f);
    g_autofree char *shown = buffer_text (en);

    g_assert_cmpstr (nth_clause (after, 1, 0)->text_en, ==, "We, the mayors, met in Yanbu.");
    g_assert_cmpstr (shown, ==, "We, the mayors, met in Yanbu.");
  }

  /* The amendments of a clause, in a side pane. */
  {
    const LcTextClause *objective_5 = nth_clause (text, 2, 5);
    g_autofree char *pane_shot = NULL;

    gtk_widget_activate_action (GTK_WIDGET (f.page), "declaration.show-amendments", "x", objective_5->key);
    lc_test_ui_settle ();
    g_assert_cmpuint (n_amendment_rows (&f), ==, 1);
    pane_shot = lc_test_ui_screenshot (GTK_WIDGET (f.window), "declaration-clause-amendments");
    gtk_widget_activate_action (GTK_WIDGET (f.page), "declaration.close-amendments", NULL);
  }

  gtk_window_destroy (GTK_WINDOW (f.window));
}

static void
test_amendments (void)
{
  Fixture f = { 0 };
  g_autoptr(LcDeclarationText) text = NULL;
  g_autofree char *shot = NULL, *dialog_shot = NULL;
  const LcTextClause *objective_1, *objective_2;
  LcAmendmentDialog *dialog;
  LcAmendmentRow *row;

  open_sample (&f);
  text = working_text (&f);
  objective_1 = nth_clause (text, 2, 1);
  objective_2 = nth_clause (text, 2, 2);
  lc_declaration_page_show_tab (f.page, "amendments");
  lc_test_ui_settle ();

  /* The six session-2 amendments, in version 2: nothing can move them. */
  g_assert_cmpuint (n_amendment_rows (&f), ==, 6);
  for (int number = 1; number <= 6; number++)
    {
      g_autofree char *buttons = offered (amendment_row (&f, number));

      g_assert_cmpstr (buttons, ==, "----");
    }
  shot = lc_test_ui_screenshot (GTK_WIDGET (f.window), "declaration-amendments");

  /* A new proposal: accept, reject or withdraw it, not reopen it. */
  dialog = open_proposal (&f, objective_1->key, LC_AMENDMENT_KIND_REPLACE,
                          "Establishing the Arab Learning Cities Network as a regional platform.");
  dialog_shot = lc_test_ui_screenshot (GTK_WIDGET (dialog), "declaration-propose");
  g_assert_true (lc_amendment_dialog_propose (dialog));
  lc_test_ui_wait_until (toplevel_gone, GSIZE_TO_POINTER (LC_TYPE_AMENDMENT_DIALOG), 5000);
  settle (&f);
  g_assert_cmpuint (n_amendment_rows (&f), ==, 7);
  row = amendment_row (&f, 7);
  g_assert_nonnull (row);
  {
    g_autofree char *buttons = offered (row);

    g_assert_cmpstr (buttons, ==, "ARW-");
  }

  /* Accepted: in the working text (read-only there), and only reopened. */
  click (row, LC_AMENDMENT_STATUS_ACCEPTED);
  settle (&f);
  g_assert_cmpint (stored_status (&f, 7), ==, LC_AMENDMENT_STATUS_ACCEPTED);
  {
    g_autofree char *buttons = offered (amendment_row (&f, 7));
    g_autoptr(LcDeclarationText) after = working_text (&f);
    LcClauseRow *clause_row = lc_declaration_page_get_row (f.page, objective_1->key);
    g_autofree char *shown = buffer_text (lc_clause_row_get_text_view (clause_row, FALSE));

    g_assert_cmpstr (buttons, ==, "---O");
    g_assert_cmpstr (nth_clause (after, 2, 1)->text_en, ==,
                     "Establishing the Arab Learning Cities Network as a regional platform.");
    g_assert_cmpstr (shown, ==, "Establishing the Arab Learning Cities Network as a regional platform.");
    g_assert_false (gtk_text_view_get_editable (lc_clause_row_get_text_view (clause_row, FALSE)));
  }

  /* Reopened, then rejected; Undo takes the rejection back. */
  click (amendment_row (&f, 7), LC_AMENDMENT_STATUS_PROPOSED);
  settle (&f);
  g_assert_cmpint (stored_status (&f, 7), ==, LC_AMENDMENT_STATUS_PROPOSED);
  click (amendment_row (&f, 7), LC_AMENDMENT_STATUS_REJECTED);
  settle (&f);
  g_assert_cmpint (stored_status (&f, 7), ==, LC_AMENDMENT_STATUS_REJECTED);
  {
    g_autofree char *buttons = offered (amendment_row (&f, 7));

    g_assert_cmpstr (buttons, ==, "---O");
  }
  gtk_widget_activate_action (GTK_WIDGET (f.page), "view.undo", NULL);
  settle (&f);
  g_assert_cmpint (stored_status (&f, 7), ==, LC_AMENDMENT_STATUS_PROPOSED);
  {
    g_autofree char *buttons = offered (amendment_row (&f, 7));

    g_assert_cmpstr (buttons, ==, "ARW-");
  }

  /* A change the table allows but the text refuses: the reason is shown,
   * nothing changes. Amendment 8 deletes objective 2, 9 rewrites it. */
  propose (&f, objective_2->key, LC_AMENDMENT_KIND_DELETE, "");
  propose (&f, objective_2->key, LC_AMENDMENT_KIND_REPLACE, "A rewritten objective.");
  click (amendment_row (&f, 8), LC_AMENDMENT_STATUS_ACCEPTED);
  settle (&f);
  g_assert_cmpint (stored_status (&f, 8), ==, LC_AMENDMENT_STATUS_ACCEPTED);
  g_assert_true (gtk_widget_get_sensitive (lc_amendment_row_get_button (amendment_row (&f, 9),
                                                                        LC_AMENDMENT_STATUS_ACCEPTED)));
  click (amendment_row (&f, 9), LC_AMENDMENT_STATUS_ACCEPTED);
  settle (&f);
  dismiss_error_dialog ("9");
  g_assert_cmpint (stored_status (&f, 9), ==, LC_AMENDMENT_STATUS_PROPOSED);

  /* Withdrawn is final: nothing is offered any more. */
  click (amendment_row (&f, 9), LC_AMENDMENT_STATUS_WITHDRAWN);
  settle (&f);
  g_assert_cmpint (stored_status (&f, 9), ==, LC_AMENDMENT_STATUS_WITHDRAWN);
  {
    g_autofree char *buttons = offered (amendment_row (&f, 9));

    g_assert_cmpstr (buttons, ==, "----");
  }

  /* A proposal (here an insertion, with the clause it adds) is undone
   * whole, and redone. */
  propose (&f, objective_1->key, LC_AMENDMENT_KIND_INSERT_AFTER, "A new objective.");
  g_assert_cmpuint (n_amendment_rows (&f), ==, 10);
  gtk_widget_activate_action (GTK_WIDGET (f.page), "view.undo", NULL);
  settle (&f);
  g_assert_cmpuint (n_amendment_rows (&f), ==, 9);
  g_assert_cmpint (lc_store_count (f.store, LC_TYPE_AMENDMENT, "declaration_id", f.declaration, NULL), ==, 9);
  gtk_widget_activate_action (GTK_WIDGET (f.page), "view.redo", NULL);
  settle (&f);
  g_assert_cmpuint (n_amendment_rows (&f), ==, 10);
  click (amendment_row (&f, 10), LC_AMENDMENT_STATUS_ACCEPTED);
  settle (&f);
  {
    g_autoptr(LcDeclarationText) after = working_text (&f);

    /* After objective 1 (section 2, clause 1): the clause it adds. */
    g_assert_cmpstr (nth_clause (after, 2, 2)->text_en, ==, "A new objective.");
    g_assert_nonnull (lc_declaration_page_get_row (f.page, nth_clause (after, 2, 2)->key));
  }
  click (amendment_row (&f, 10), LC_AMENDMENT_STATUS_PROPOSED);
  settle (&f);

  /* And a proposal the text refuses keeps the dialog open, with why. */
  dialog = open_proposal (&f, 0, LC_AMENDMENT_KIND_REPLACE, "");
  g_assert_false (lc_amendment_dialog_propose (dialog));
  g_assert_cmpstr (lc_amendment_dialog_get_error (dialog), !=, "");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  gtk_window_close (GTK_WINDOW (dialog));
  lc_test_ui_settle ();
  /* Something was typed (the rationale): closing asks first. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  {
    AdwMessageDialog *confirm = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

    g_assert_nonnull (confirm);
    adw_message_dialog_response (confirm, "discard");
    gtk_window_close (GTK_WINDOW (confirm));
  }
  lc_test_ui_wait_until (toplevel_gone, GSIZE_TO_POINTER (LC_TYPE_AMENDMENT_DIALOG), 5000);

  /* Filters: by status, then by proposer. */
  {
    LcAmendmentsPane *pane = LC_AMENDMENTS_PANE (lc_test_ui_find (GTK_WIDGET (f.page), LC_TYPE_AMENDMENTS_PANE, NULL));
    g_autoptr(GListStore) all = lc_store_list (f.store, LC_TYPE_AMENDMENT, "declaration_id", f.declaration, NULL);
    guint accepted = 0, by_city = 0;
    g_autofree char *filtered_shot = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (all)); i++)
      {
        g_autoptr(LcRecord) amendment = g_list_model_get_item (G_LIST_MODEL (all), i);

        accepted += lc_record_get_int (amendment, "status") == LC_AMENDMENT_STATUS_ACCEPTED;
        by_city += lc_record_get_int (amendment, "city-id") == first_city (&f);
      }
    g_assert_cmpuint (accepted, ==, 7);
    g_assert_cmpuint (by_city, >=, 3);

    lc_amendments_pane_set_filters (pane, LC_AMENDMENT_STATUS_ACCEPTED, 0);
    lc_test_ui_settle ();
    g_assert_cmpuint (n_amendment_rows (&f), ==, accepted);
    lc_amendments_pane_set_filters (pane, -1, first_city (&f));
    lc_test_ui_settle ();
    g_assert_cmpuint (n_amendment_rows (&f), ==, by_city);
    filtered_shot = lc_test_ui_screenshot (GTK_WIDGET (f.window), "declaration-amendments-filtered");
    lc_amendments_pane_set_filters (pane, -1, 0);
    lc_test_ui_settle ();
    g_assert_cmpuint (n_amendment_rows (&f), ==, g_list_model_get_n_items (G_LIST_MODEL (all)));
  }

  gtk_window_destroy (GTK_WINDOW (f.window));
}

/* Inserts an Arabic fatha after the first letter: the same words to a
 * reader who ignores diacritics. */
static char *
with_fatha (const char *text)
{
  const char *second = g_utf8_next_char (text);
  g_autofree char *first = g_strndup (text, second - text);

  return g_strconcat (first, "\u064e", second, NULL);
}

static void
test_versions (void)
{
  Fixture f = { 0 };
  g_autoptr(LcDeclarationText) text = NULL;
  g_autofree char *shot = NULL, *dialog_shot = NULL, *compare_shot = NULL;
  const LcTextClause *objective_3, *objective_4;
  LcCompareView *compare;
  LcPublishDialog *dialog;
  LcTextDiff *diff;
  LcClauseRow *row;
  guint before;

  open_sample (&f);
  text = working_text (&f);
  objective_3 = nth_clause (text, 2, 3);
  objective_4 = nth_clause (text, 2, 4);
  lc_declaration_page_show_tab (f.page, "versions");
  lc_test_ui_settle ();
  compare = LC_COMPARE_VIEW (lc_test_ui_find (GTK_WIDGET (f.page), LC_TYPE_COMPARE_VIEW, NULL));
  g_assert_nonnull (compare);

  /* Version 1 against version 2: the six session-2 amendments, inserted
   * words underlined. */
  lc_compare_view_set_range (compare, 1, 2);
  diff = lc_compare_view_get_diff (compare);
  g_assert_nonnull (diff);
  g_assert_cmpuint (diff->n_changed, ==, 6);
  g_assert_true (has_markup (GTK_WIDGET (compare), "underline=\"single\""));
  compare_shot = lc_test_ui_screenshot (GTK_WIDGET (f.window), "declaration-compare");

  /* Words taken out of a clause, then published: the list grows. */
  before = lc_declaration_page_get_n_versions (f.page);
  g_assert_cmpuint (before, >=, 2);
  row = lc_declaration_page_get_row (f.page, objective_3->key);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (lc_clause_row_get_text_view (row, FALSE)),
                            strchr (objective_3->text_en, ' ') + 1, -1);
  lc_clause_row_flush (row);
  settle (&f);

  gtk_widget_activate_action (GTK_WIDGET (f.page), "declaration.publish", NULL);
  dialog = LC_PUBLISH_DIALOG (find_toplevel (LC_TYPE_PUBLISH_DIALOG));
  g_assert_nonnull (dialog);
  lc_publish_dialog_set_label (dialog, "نسخة الاختبار", "Test version");
  dialog_shot = lc_test_ui_screenshot (GTK_WIDGET (dialog), "declaration-publish");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "publish");
  gtk_window_close (GTK_WINDOW (dialog));
  settle (&f);
  g_assert_cmpuint (lc_declaration_page_get_n_versions (f.page), ==, before + 1);
  g_assert_cmpint (lc_declaration_get_last_version (f.store, f.declaration, NULL), ==, (int) before + 1);
  {
    GtkListBox *list = GTK_LIST_BOX (lc_test_ui_find (GTK_WIDGET (f.page), GTK_TYPE_LIST_BOX, NULL));
    guint rows = 0;

    while (gtk_list_box_get_row_at_index (list, rows) != NULL)
      rows++;
    g_assert_cmpuint (rows, ==, before + 1);
  }

  /* What the new version changed: deleted words struck through. */
  lc_compare_view_set_range (compare, before, before + 1);
  diff = lc_compare_view_get_diff (compare);
  g_assert_cmpuint (diff->n_changed, >=, 1);
  g_assert_true (has_markup (GTK_WIDGET (compare), "strikethrough=\"true\""));
  shot = lc_test_ui_screenshot (GTK_WIDGET (f.window), "declaration-versions");

  /* A diacritic added in the working text: a change, unless ignored. */
  row = lc_declaration_page_get_row (f.page, objective_4->key);
  {
    g_autofree char *marked = with_fatha (objective_4->text_ar);

    gtk_text_buffer_set_text (gtk_text_view_get_buffer (lc_clause_row_get_text_view (row, TRUE)), marked, -1);
  }
  lc_clause_row_flush (row);
  settle (&f);
  lc_compare_view_set_range (compare, before + 1, 0);
  g_assert_cmpuint (lc_compare_view_get_diff (compare)->n_changed, ==, 1);
  lc_compare_view_set_ignore_diacritics (compare, TRUE);
  g_assert_cmpuint (lc_compare_view_get_diff (compare)->n_changed, ==, 0);
  lc_compare_view_set_ignore_diacritics (compare, FALSE);
  g_assert_cmpuint (lc_compare_view_get_diff (compare)->n_changed, ==, 1);

  gtk_window_destroy (GTK_WINDOW (f.window));
}

static void
test_empty (void)
{
  Fixture f = { 0 };
  g_autofree char *shot = NULL;
  LcConventionView *view;
  gint64 convention;

  f.window = lc_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (f.window), 1100, 760);
  gtk_window_present (GTK_WINDOW (f.window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f.window));
  f.store = lc_window_get_store (f.window);
  convention = lc_test_add_convention (f.store, "Convention without a declaration", "2024-03-01", "2024-03-02");
  lc_window_open_convention (f.window, convention);
  lc_test_ui_wait_until (convention_shown, f.window, 30000);
  view = lc_window_get_convention_view (f.window);
  lc_convention_view_show_area (view, "declaration");
  f.page = LC_DECLARATION_PAGE (lc_test_ui_find (GTK_WIDGET (view), LC_TYPE_DECLARATION_PAGE, NULL));
  settle (&f);

  g_assert_cmpint (lc_declaration_page_get_declaration_id (f.page), ==, 0);
  g_assert_nonnull (lc_test_ui_find (GTK_WIDGET (f.page), GTK_TYPE_BUTTON, _("_New Declaration")));
  shot = lc_test_ui_screenshot (GTK_WIDGET (f.window), "declaration-empty");

  /* New Declaration: a section with one clause to write in; undone whole. */
  gtk_widget_activate_action (GTK_WIDGET (f.page), "declaration.new", NULL);
  settle (&f);
  g_assert_cmpint (lc_declaration_page_get_declaration_id (f.page), >, 0);
  g_assert_cmpuint (lc_declaration_page_get_n_rows (f.page), ==, 1);
  {
    g_autoptr(GListStore) sections = lc_store_list (f.store, LC_TYPE_DECLARATION_SECTION, "declaration_id",
                                                    lc_declaration_page_get_declaration_id (f.page), NULL);
    g_autoptr(LcRecord) section = g_list_model_get_item (G_LIST_MODEL (sections), 0);

    gtk_widget_activate_action (GTK_WIDGET (f.page), "declaration.add-clause", "x", lc_record_get_id (section));
  }
  settle (&f);
  g_assert_cmpuint (lc_declaration_page_get_n_rows (f.page), ==, 2);

  /* A clause removed, and a section; each comes back with Undo. */
  f.declaration = lc_declaration_page_get_declaration_id (f.page);
  {
    g_autoptr(LcDeclarationText) text = working_text (&f);

    gtk_widget_activate_action (GTK_WIDGET (f.page), "declaration.remove-clause", "x", nth_clause (text, 0, 1)->key);
    settle (&f);
    g_assert_cmpuint (lc_declaration_page_get_n_rows (f.page), ==, 1);
    gtk_widget_activate_action (GTK_WIDGET (f.page), "view.undo", NULL);
    settle (&f);
    g_assert_cmpuint (lc_declaration_page_get_n_rows (f.page), ==, 2);

    gtk_widget_activate_action (GTK_WIDGET (f.page), "declaration.remove-section", "x",
                                ((LcTextSection *) g_ptr_array_index (text->sections, 0))->key);
    settle (&f);
    g_assert_cmpuint (lc_declaration_page_get_n_rows (f.page), ==, 0);
    gtk_widget_activate_action (GTK_WIDGET (f.page), "view.undo", NULL);
    settle (&f);
    g_assert_cmpuint (lc_declaration_page_get_n_rows (f.page), ==, 2);
  }

  gtk_widget_activate_action (GTK_WIDGET (f.page), "view.undo", NULL);
  settle (&f);
  g_assert_cmpuint (lc_declaration_page_get_n_rows (f.page), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (f.page), "view.undo", NULL);
  settle (&f);
  g_assert_cmpint (lc_declaration_page_get_declaration_id (f.page), ==, 0);
  g_assert_cmpint (lc_store_count (f.store, LC_TYPE_DECLARATION, "convention_id", convention, NULL), ==, 0);

  gtk_window_destroy (GTK_WINDOW (f.window));
}

int
main (int   argc,
      char *argv[])
{
  app = lc_test_ui_app_init (&argc, &argv);

  g_test_add_func ("/declaration-page/text", test_text);
  g_test_add_func ("/declaration-page/amendments", test_amendments);
  g_test_add_func ("/declaration-page/versions", test_versions);
  g_test_add_func ("/declaration-page/empty", test_empty);

  return lc_test_ui_app_run ();
}
