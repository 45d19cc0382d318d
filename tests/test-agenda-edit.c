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

/* What the agenda costs on a large convention, counted rather than timed
 * (a count does not depend on how busy the machine is).
 *
 * One edit: saving an item's title in the editor fills again the edited
 * row, not every row on screen, and makes no tooltip text until one is
 * shown. Issue 17 found 614 rows filled and 3,387 tooltip texts set for
 * one such save.
 *
 * The first frame: GTK 4.8's list view builds some 200 rows whatever the
 * window shows, and measures each. Issue 17 found each label of a row laid
 * out about 15 times: a wrapping label asked for its width at a given
 * height (which the row's box and stack asked on every allocation) searches
 * for it, laying its text out once per step. The count is GTK's own: how
 * often a label inside an agenda row is really measured (GTK's size cache
 * answers the repeated questions), caught by wrapping GtkLabel's measure. */

#define N_ITEMS 2000

static LcApplication *app;

static void (*label_measure) (GtkWidget *, GtkOrientation, int, int *, int *, int *, int *);

static struct
{
  guint measures;            /* labels inside agenda rows, measured */
  guint searches;            /* of those, wrapping ones asked their width for a height */
} seen;

static void
counting_label_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  if (gtk_widget_get_ancestor (widget, LC_TYPE_AGENDA_ROW) != NULL)
    {
      seen.measures++;
      if (orientation == GTK_ORIENTATION_HORIZONTAL && for_size >= 0 && gtk_label_get_wrap (GTK_LABEL (widget)))
        seen.searches++;
    }
  label_measure (widget, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

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
static gboolean
is_type (GtkWidget     *widget,
         gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static GtkWidget *
find_any (GtkWidget *root,
          GType      type)
{
  return lc_test_ui_find_matching (root, is_type, GSIZE_TO_POINTER (type));
}

/* A window with a generated convention of @n_items in its library, with
 * double bookings so that rows warn of conflicts; not open yet. */
static gint64
fixture_generate (Fixture         *f,
                  LcGeneratorSize *size,
                  guint            n_items)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  f->window = lc_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 760);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  lc_generator_size_init (size, n_items);
  id = lc_generator_create (lc_window_get_store (f->window), size, 17, &error);
  g_assert_no_error (error);
  f->view = lc_window_get_convention_view (f->window);
  f->page = LC_AGENDA_PAGE (find_any (GTK_WIDGET (f->view), LC_TYPE_AGENDA_PAGE));
  g_assert_nonnull (f->page);

  return id;
}

/* Opens the convention on its agenda's list and waits for it on screen. */
static void
fixture_show (Fixture *f,
              gint64   id)
{
  lc_window_open_convention (f->window, id);
  lc_test_ui_wait_until (agenda_loaded, f, 60000);
  lc_convention_view_show_area (f->view, "agenda");
  lc_agenda_page_set_view (f->page, "list");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  lc_test_ui_settle ();
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

  id = fixture_generate (&f, &size, N_ITEMS);
  rows = lc_agenda_page_get_rows (f.page);
  g_signal_connect (rows, "items-changed", G_CALLBACK (count_changes), &n_changes);
  fixture_show (&f, id);
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
                  "shown anew, %u tooltip texts made, day sections found again %u times",
                  counts->items_bound - before.items_bound,
                  counts->items_shown - before.items_shown, counts->conflict_updates - before.conflict_updates,
                  counts->tooltip_queries - before.tooltip_queries, counts->days_synced - before.days_synced);
  /* The edited row, perhaps twice (shown while waiting for the library,
   * then as stored); a new title changes no conflict. GTK 4.8's list view
   * binds the rows after the changed one again, but not every row on
   * screen, let alone each three times. */
  g_assert_cmpuint (counts->items_bound - before.items_bound, <, n_rows);
  g_assert_cmpuint (counts->items_shown - before.items_shown, <=, 3);
  g_assert_cmpuint (counts->conflict_updates - before.conflict_updates, <=, 3);
  g_assert_cmpuint (counts->tooltip_queries - before.tooltip_queries, ==, 0);
  /* The item stays on its day: finding the days again would read every
   * item of the agenda, once per change to the list. */
  g_assert_cmpuint (counts->days_synced - before.days_synced, ==, 0);
  /* And the rows still show the right warnings, with no tooltip text set. */
  n_warning = 0;
  g_assert_cmpuint (check_rows (GTK_WIDGET (f.page), &n_warning), >=, 20);
  g_assert_cmpuint (n_warning, >=, 1);

  gtk_window_destroy (GTK_WINDOW (f.window));
  lc_test_ui_settle ();
}

/* The item rows in the window: each has its title, inside the list's width. */
static guint
check_visible_rows (GtkWidget *root,
                    GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      if (LC_IS_AGENDA_ROW (child) && lc_agenda_row_get_item (LC_AGENDA_ROW (child)) != NULL)
        {
          graphene_rect_t bounds;

          g_assert_true (gtk_widget_compute_bounds (child, list, &bounds));
          /* Rows built but outside the window are not looked at. */
          if (bounds.origin.y + bounds.size.height <= 0 || bounds.origin.y >= gtk_widget_get_height (list))
            continue;
          g_assert_cmpstr (lc_agenda_row_get_title (LC_AGENDA_ROW (child)), !=, "");
          g_assert_cmpfloat (bounds.origin.x, >=, 0);
          g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (list) + 0.5);
          g_assert_cmpfloat (bounds.size.height, >, 0);
          n++;
        }
      else
        n += check_visible_rows (child, list);
    }

  return n;
}

static void
test_first_frame (void)
{
  Fixture f = { NULL };
  LcGeneratorSize size;
  LcAgendaCounts *counts = lc_agenda_counts ();
  GtkWidget *list;
  guint rows_before, n_rows, n_shown;
  gint64 id;

  id = fixture_generate (&f, &size, N_ITEMS);
  rows_before = counts->rows_set_up;
  seen.measures = seen.searches = 0;
  fixture_show (&f, id);

  n_rows = counts->rows_set_up - rows_before;
  /* The agenda's list: the one holding its rows. */
  list = gtk_widget_get_ancestor (find_any (GTK_WIDGET (f.page), LC_TYPE_AGENDA_ROW), GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (list);
  n_shown = check_visible_rows (list, list);
  /* For people to look at: the rows as laid out, conflict marks included. */
  g_free (lc_test_ui_screenshot (GTK_WIDGET (f.window), "agenda-first-frame"));
  g_test_message ("first frame: %u rows built, %u item rows; labels in rows measured %u times "
                  "(%.1f a row), %u of them searching a wrapping label's width",
                  n_rows, n_shown, seen.measures, n_rows ? (double) seen.measures / n_rows : 0.0,
                  seen.searches);
  g_assert_cmpuint (n_rows, >=, 20);
  g_assert_cmpuint (n_shown, >=, 3);
  /* No label searched for its width: each such search lays its text out
   * ten to thirty times. */
  g_assert_cmpuint (seen.searches, ==, 0);
  /* A row has up to nine labels; each is measured for its width and for
   * its height at the list's width, and again when the list settles. */
  g_assert_cmpuint (seen.measures, <=, n_rows * 30);

  gtk_window_destroy (GTK_WINDOW (f.window));
  lc_test_ui_settle ();
}

int
main (int   argc,
      char *argv[])
{
  GtkWidgetClass *label_class;

  app = lc_test_ui_app_init (&argc, &argv);
  label_class = g_type_class_ref (GTK_TYPE_LABEL);
  label_measure = label_class->measure;
  label_class->measure = counting_label_measure;

  g_test_add_func ("/agenda-edit/counts", test_edit_counts);
  g_test_add_func ("/agenda-edit/first-frame", test_first_frame);

  return lc_test_ui_app_run ();
}
