/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lc-agenda-page.h"
#include "lc-agenda-row.h"
#include "lc-application.h"
#include "lc-convention-view.h"
#include "lc-generator.h"
#include "lc-item-editor.h"
#include "lc-models.h"
#include "lc-test-ui.h"
#include "lc-window.h"

/* What one edit costs the agenda on a large convention, counted rather
 * than timed (a count does not depend on how busy the machine is): saving
 * an item's title in the editor fills again the edited row, not every row
 * on screen, and makes no tooltip text until one is shown. Issue 17 found
 * 614 rows filled and 3,387 tooltip texts set for one such save. */

#define N_ITEMS 2000

static LcApplication *app;

typedef struct
{
  LcWindow         *window;
  LcConventionView *view;
  LcAgendaPage     *page;
} Fixture;

static gboolean
agenda_loaded (gpointer data)
{
  Fixture *f = data;

  return g_strcmp0 (lc_window_get_page (f->window), "convention") == 0
         && lc_convention_view_get_model (f->view) != NULL;
}

typedef struct
{
  LcAgendaPage *page;
  gint64        id;
  const char   *title;
} Shown;

/* Mapped or not: the agenda exists before a convention is shown. */
static GtkWidget *
find_any (GtkWidget *root,
          GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_any (child, type);

      if (found)
        return found;
    }

  return NULL;
}

static void
count_changes (GListModel *rows,
               guint       position,
               guint       removed,
               guint       added,
               guint      *n_changes)
{
  (*n_changes)++;
}

static gboolean
row_shows (gpointer data)
{
  Shown *shown = data;
  GtkWidget *row = lc_agenda_page_get_row_widget (shown->page, shown->id);

  return row != NULL && g_strcmp0 (lc_agenda_row_get_title (LC_AGENDA_ROW (row)), shown->title) == 0;
}

/* No tooltip text set inside a row (but the language tags', set once per
 * row): the text is made when the tooltip shows. */
static void
check_no_tooltip (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_has_css_class (child, "lc-language-tag"))
        g_assert_null (gtk_widget_get_tooltip_text (child));
      check_no_tooltip (child);
    }
}

/* The item rows on screen, each checked: no tooltip text set, and the
 * conflict icon's tooltip is there when it warns. */
static guint
check_rows (GtkWidget *root,
            guint     *n_warning)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      if (LC_IS_AGENDA_ROW (child) && lc_agenda_row_get_item (LC_AGENDA_ROW (child)) != NULL)
        {
          LcAgendaRow *row = LC_AGENDA_ROW (child);
          g_autofree char *text = lc_agenda_row_dup_conflicts_text (row);

          g_assert_cmpuint (lc_agenda_row_get_n_conflicts (row) > 0, ==, *text != '\0');
          *n_warning += lc_agenda_row_get_n_conflicts (row) > 0;
          check_no_tooltip (child);
          n++;
        }
      else
        n += check_rows (child, n_warning);
    }

  return n;
}

static void
test_edit_counts (void)
{
  Fixture f = { NULL };
  LcGeneratorSize size;
  g_autoptr(GError) error = NULL;
  LcAgendaCounts *counts = lc_agenda_counts ();
  LcAgendaCounts before;
  GListModel *rows;
  LcItemEditor *editor;
  LcRecord *item = NULL;
  GtkWidget *row_widget;
  guint n_rows, n_warning = 0, n_changes = 0;
  gint64 id;
  Shown shown;

  f.window = lc_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (f.window), 1100, 760);
  gtk_window_present (GTK_WINDOW (f.window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f.window));

  /* A generated convention with double bookings, so that rows on screen
   * warn of conflicts. */
  lc_generator_size_init (&size, N_ITEMS);
  id = lc_generator_create (lc_window_get_store (f.window), &size, 17, &error);
  g_assert_no_error (error);
  f.view = lc_window_get_convention_view (f.window);
  f.page = LC_AGENDA_PAGE (find_any (GTK_WIDGET (f.view), LC_TYPE_AGENDA_PAGE));
  g_assert_nonnull (f.page);
  rows = lc_agenda_page_get_rows (f.page);
  g_signal_connect (rows, "items-changed", G_CALLBACK (count_changes), &n_changes);
  lc_window_open_convention (f.window, id);
  lc_test_ui_wait_until (agenda_loaded, &f, 60000);
  lc_convention_view_show_area (f.view, "agenda");
  lc_agenda_page_set_view (f.page, "list");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f.window));
  lc_test_ui_settle ();
  g_signal_handlers_disconnect_by_func (rows, count_changes, &n_changes);
  /* The days go into the list at once: each change makes the list view
   * look at its rows again. */
  g_test_message ("opening: the list changed %u times for %u days", n_changes, size.n_days);
  g_assert_cmpuint (size.n_days, >=, 3);
  g_assert_cmpuint (n_changes, ==, 1);

  /* An item some way down the list, selected as a person would. */
  for (guint i = g_list_model_get_n_items (rows) / 2; item == NULL; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (LC_IS_ITEM (row))
        item = LC_RECORD (row);
    }
  lc_agenda_page_reveal_item (f.page, lc_record_get_id (item));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f.window));
  lc_test_ui_settle ();
  g_assert_nonnull (row_widget = lc_agenda_page_get_row_widget (f.page, lc_record_get_id (item)));
  /* The row has the keyboard, as when a person opens it from the list. */
  g_assert_true (gtk_widget_grab_focus (gtk_widget_get_parent (row_widget)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f.window));
  lc_test_ui_settle ();

  n_rows = check_rows (GTK_WIDGET (f.page), &n_warning);
  g_test_message ("%u item rows on screen, %u warning of conflicts; %u rows built", n_rows, n_warning,
                  counts->rows_set_up);
  /* GTK 4.8's list view keeps far more rows than the window shows: that is
   * what a refresh of every row would cost. */
  g_assert_cmpuint (n_rows, >=, 20);
  g_assert_cmpuint (n_warning, >=, 1);

  gtk_widget_activate_action (GTK_WIDGET (f.page), "agenda.edit", NULL);
  editor = lc_agenda_page_get_editor (f.page);
  g_assert_nonnull (editor);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  lc_test_ui_settle ();
  lc_item_editor_set_title (editor, LC_LANGUAGE_ENGLISH, "A title edited once");
  lc_item_editor_set_title (editor, LC_LANGUAGE_ARABIC, "عنوان عُدِّل مرة");

  before = *counts;
  g_assert_true (lc_item_editor_save (editor, &error));
  g_assert_no_error (error);
  shown = (Shown) { f.page, lc_record_get_id (item),
                    lc_test_ui_is_arabic () ? "عنوان عُدِّل مرة" : "A title edited once" };
  lc_test_ui_wait_until (row_shows, &shown, 10000);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f.window));
  lc_test_ui_settle ();

  g_test_message ("one save: %u rows bound or refreshed, %u of them filled anew, %u rows' conflicts "
                  "shown anew, %u tooltip texts made", counts->items_bound - before.items_bound,
                  counts->items_shown - before.items_shown, counts->conflict_updates - before.conflict_updates,
                  counts->tooltip_queries - before.tooltip_queries);
  /* The edited row, perhaps twice (shown while waiting for the library,
   * then as stored); a new title changes no conflict. GTK 4.8's list view
   * binds the rows after the changed one again, but not every row on
   * screen, let alone each three times. */
  g_assert_cmpuint (counts->items_bound - before.items_bound, <, n_rows);
  g_assert_cmpuint (counts->items_shown - before.items_shown, <=, 3);
  g_assert_cmpuint (counts->conflict_updates - before.conflict_updates, <=, 3);
  g_assert_cmpuint (counts->tooltip_queries - before.tooltip_queries, ==, 0);
  /* And the rows still show the right warnings, with no tooltip text set. */
  n_warning = 0;
  g_assert_cmpuint (check_rows (GTK_WIDGET (f.page), &n_warning), >=, 20);
  g_assert_cmpuint (n_warning, >=, 1);

  gtk_window_destroy (GTK_WINDOW (f.window));
  lc_test_ui_settle ();
}

int
main (int   argc,
      char *argv[])
{
  app = lc_test_ui_app_init (&argc, &argv);

  g_test_add_func ("/agenda-edit/counts", test_edit_counts);

  return lc_test_ui_app_run ();
}
