/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lc-application.h"
#include "lc-cities-page.h"
#include "lc-city-editor.h"
#include "lc-convention-view.h"
#include "lc-declaration.h"
#include "lc-sdg-chart.h"
#include "lc-sdg.h"
#include "lc-test-ui.h"
#include "lc-test-util.h"
#include "lc-util.h"
#include "lc-window.h"

/* The Cities area as an organiser uses it: the two groups, the chart of
 * goals, the editor's goal toggles, adding and deleting with undo. Run once
 * in English and once under ar_SA.UTF-8 (right to left). Expected figures
 * are computed from the convention's records, never written in. */

static LcApplication *app;

typedef struct
{
  LcWindow          *window;
  LcConventionView  *view;
  LcCitiesPage      *page;
  LcConventionModel *model;
  LcSdgChart        *chart;
} Ui;

static gboolean
convention_shown (gpointer data)
{
  return g_strcmp0 (lc_window_get_page (data), "convention") == 0;
}

static gboolean
cities_page_shown (gpointer window)
{
  return lc_test_ui_find (window, LC_TYPE_CITIES_PAGE, NULL) != NULL;
}

static void
open_area (Ui *ui)
{
  ui->view = lc_window_get_convention_view (ui->window);
  ui->model = lc_convention_view_get_model (ui->view);
  g_assert_nonnull (ui->model);
  /* Shown once the stack has mapped it, which a loaded machine may delay.
   * One loaded run found the page shown, then no longer once everything
   * pending had run: say what was shown instead, and ask again. */
  for (guint attempt = 0; attempt < 3 && ui->page == NULL; attempt++)
    {
      lc_convention_view_show_area (ui->view, "cities");
      lc_test_ui_wait_until (cities_page_shown, ui->window, 30000);
      lc_test_ui_settle ();
      ui->page = LC_CITIES_PAGE (lc_test_ui_find (GTK_WIDGET (ui->window), LC_TYPE_CITIES_PAGE, NULL));
      if (ui->page == NULL)
        g_test_message ("the Cities page was shown, then not: the window shows “%s”, the convention “%s”",
                        lc_window_get_page (ui->window), lc_convention_view_get_area (ui->view));
    }
  g_assert_nonnull (ui->page);
  ui->chart = LC_SDG_CHART (lc_cities_page_get_chart (ui->page));
}

static Ui
open_sample (void)
{
  Ui ui = { 0 };

  ui.window = lc_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (ui.window), 1100, 800);
  gtk_window_present (GTK_WINDOW (ui.window));
  gtk_widget_activate_action (GTK_WIDGET (ui.window), "win.open-sample", NULL);
  lc_test_ui_wait_until (convention_shown, ui.window, 10000);
  open_area (&ui);
  return ui;
}

static LcCity *
find_city (LcConventionModel *model,
           const char        *english_name)
{
  GListModel *cities = lc_convention_model_get_cities (model);

  for (guint i = 0; i < g_list_model_get_n_items (cities); i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities, i);

      if (g_strcmp0 (lc_record_get_string (LC_RECORD (city), "name-en"), english_name) == 0)
        return city;
    }

  return NULL;
}

static guint
count_choosing (LcConventionModel *model,
                guint              goal)
{
  GListModel *cities = lc_convention_model_get_cities (model);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (cities); i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities, i);

      n += lc_city_has_sdg (city, goal);
    }

  return n;
}

static void
assert_chart_matches_model (Ui *ui)
{
  for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
    g_assert_cmpuint (lc_sdg_chart_get_count (ui->chart, goal), ==, count_choosing (ui->model, goal));
}

/* Does any label under @root show @text (all of it, or within it)? */
static gboolean
shows_text (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_visible (root)
      && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;

  return FALSE;
}

/* The row of @list whose title is the city's name as the interface shows it. */
static GtkWidget *
row_of (GtkListBox *list,
        LcCity     *city)
{
  const char *name = lc_ui_text (LC_RECORD (city), "name", NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && lc_test_ui_find (row, GTK_TYPE_LABEL, name) != NULL)
      return row;

  return NULL;
}

static gboolean
has_name (GtkWidget    *widget,
          gconstpointer name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  return lc_test_ui_find_matching (root, has_name, name);
}

static LcCityEditor *
find_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (LC_IS_CITY_EDITOR (window) && gtk_widget_get_visible (window))
        return LC_CITY_EDITOR (window);
    }

  return NULL;
}

/* The message dialog shown over @parent, if any. */
static AdwMessageDialog *
dialog_of (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *dialog = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window)
          && gtk_window_get_transient_for (GTK_WINDOW (window)) == parent)
        dialog = ADW_MESSAGE_DIALOG (window);
    }

  return dialog;
}

static gboolean
editor_gone (gpointer data)
{
  return find_editor () == NULL;
}

/* A click, as a pointer makes it (gtk_widget_activate () on a button
 * only clicks after a short animation). */
static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
undo (Ui *ui)
{
  gtk_widget_activate_action (GTK_WIDGET (ui->view), "view.undo", NULL);
}

static void
test_groups_and_chart (void)
{
  Ui ui = open_sample ();
  GListModel *cities = lc_convention_model_get_cities (ui.model);
  GtkListBox *arab = lc_cities_page_get_list (ui.page, TRUE);
  GtkListBox *other = lc_cities_page_get_list (ui.page, FALSE);
  LcCity *hamburg = find_city (ui.model, "Hamburg");
  LcCity *cork = find_city (ui.model, "Cork");
  LcCity *aswan = find_city (ui.model, "Aswan");
  GtkWidget *row;
  graphene_rect_t bar7, bar17;
  g_autofree char *summary = NULL;
  g_autofree char *goal17 = lc_sdg_describe (17);
  g_autofree char *shot = NULL;
  int chart_width;

  g_assert_cmpstr (lc_cities_page_get_state (ui.page), ==, "list");
  g_assert_nonnull (hamburg);
  g_assert_nonnull (cork);
  g_assert_nonnull (aswan);

  /* The sample's own groups. */
  g_assert_nonnull (row_of (other, hamburg));
  g_assert_nonnull (row_of (other, cork));
  g_assert_null (row_of (arab, hamburg));
  g_assert_nonnull (row_of (arab, aswan));
  g_assert_null (row_of (other, aswan));

  /* Every city is in the group its record says, once. */
  for (guint i = 0; i < g_list_model_get_n_items (cities); i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (cities, i);
      gboolean in_arab = lc_record_get_int (LC_RECORD (city), "arab-region");

      g_assert_nonnull (row_of (in_arab ? arab : other, city));
      g_assert_null (row_of (in_arab ? other : arab, city));
    }

  /* A row names the country, not only its code, and shows the goals as
   * numbered chips. */
  row = row_of (other, hamburg);
  g_assert_true (shows_text (row, lc_country_get_name ("DE")));
  g_assert_true (shows_text (row, C_("attendance", "Online")));
  row = row_of (arab, aswan);
  g_assert_true (shows_text (row, lc_country_get_name ("EG")));
  for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
    {
      g_autofree char *ascii = g_strdup_printf ("%u", goal);
      /* In the language's own digits: the digits setting's default. */
      g_autofree char *number = lc_test_ui_is_arabic ()
                                ? lc_l10n_convert_digits (LC_LANGUAGE_ARABIC, LC_DIGITS_ARABIC_INDIC, ascii)
                                : g_strdup (ascii);
      GtkWidget *chip = lc_test_ui_find (row, GTK_TYPE_LABEL, number);

      g_assert_true ((chip != NULL && gtk_widget_has_css_class (chip, "sdg-chip"))
                     == lc_city_has_sdg (aswan, goal));
    }

  /* The chart counts what the records say; the sample has choices at all. */
  assert_chart_matches_model (&ui);
  g_assert_cmpuint (count_choosing (ui.model, 17), >, 0);
  g_assert_cmpuint (lc_sdg_chart_get_count (ui.chart, 17), >, lc_sdg_chart_get_count (ui.chart, 1));
  summary = lc_sdg_chart_dup_summary (ui.chart);
  g_assert_nonnull (strstr (summary, goal17));

  /* Bars grow from the start edge: the left in English, the right in Arabic. */
  g_assert_true (lc_sdg_chart_get_bar_bounds (ui.chart, 7, &bar7));
  g_assert_true (lc_sdg_chart_get_bar_bounds (ui.chart, 17, &bar17));
  chart_width = gtk_widget_get_width (GTK_WIDGET (ui.chart));
  g_assert_cmpfloat (bar17.size.width, >, 0);
  if (lc_sdg_chart_get_count (ui.chart, 7) != lc_sdg_chart_get_count (ui.chart, 17))
    g_assert_cmpfloat (bar7.size.width, !=, bar17.size.width);
  if (lc_test_ui_is_arabic ())
    {
      g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (ui.chart)), ==, GTK_TEXT_DIR_RTL);
      g_assert_cmpfloat_with_epsilon (bar7.origin.x + bar7.size.width, bar17.origin.x + bar17.size.width, 0.5);
      g_assert_cmpfloat (bar17.origin.x + bar17.size.width, >, chart_width / 2.0);
    }
  else
    {
      g_assert_cmpfloat_with_epsilon (bar7.origin.x, bar17.origin.x, 0.5);
      g_assert_cmpfloat (bar17.origin.x, <, chart_width / 2.0);
    }

  shot = lc_test_ui_screenshot (GTK_WIDGET (ui.window), "cities");

  /* Ctrl+F: searching for a country's name (as shown) keeps its cities. */
  {
    GtkWidget *entry;
    guint egyptian = 0;

    gtk_widget_activate_action (GTK_WIDGET (ui.view), "view.search", NULL);
    lc_test_ui_settle ();
    entry = lc_test_ui_find (GTK_WIDGET (ui.page), GTK_TYPE_SEARCH_ENTRY, NULL);
    g_assert_nonnull (entry);
    lc_test_ui_search (entry, lc_country_get_name ("EG"));
    for (guint i = 0; i < g_list_model_get_n_items (cities); i++)
      {
        g_autoptr(LcCity) city = g_list_model_get_item (cities, i);
        gboolean in_egypt = g_strcmp0 (lc_record_get_string (LC_RECORD (city), "country"), "EG") == 0;
        GtkListBox *list = lc_record_get_int (LC_RECORD (city), "arab-region") ? arab : other;

        g_assert_true ((row_of (list, city) != NULL) == in_egypt);
        egyptian += in_egypt;
      }
    g_assert_cmpuint (egyptian, >, 0);
    lc_test_ui_search (entry, "");
    g_assert_nonnull (row_of (other, hamburg));
  }

  /* Further down: the rows (focus scrolls them into view). */
  gtk_widget_grab_focus (row_of (arab, aswan));
  lc_test_ui_settle ();
  g_clear_pointer (&shot, g_free);
  shot = lc_test_ui_screenshot (GTK_WIDGET (ui.window), "cities-rows");
  gtk_widget_grab_focus (row_of (other, cork));
  lc_test_ui_settle ();
  g_clear_pointer (&shot, g_free);
  shot = lc_test_ui_screenshot (GTK_WIDGET (ui.window), "cities-elsewhere");

  /* At a phone's width (the window cannot get that narrow while other
   * areas are wider, so the chart is shown alone) the bars still fit. */
  {
    GtkWidget *small = gtk_window_new ();
    GtkWidget *chart = lc_sdg_chart_new ();
    graphene_rect_t bar;

    lc_sdg_chart_set_cities (LC_SDG_CHART (chart), cities);
    gtk_window_set_child (GTK_WINDOW (small), chart);
    gtk_window_set_default_size (GTK_WINDOW (small), 360, -1);
    gtk_window_present (GTK_WINDOW (small));
    gtk_test_widget_wait_for_draw (small);
    g_assert_cmpint (gtk_widget_get_width (chart), <=, 360);
    for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
      {
        g_assert_cmpuint (lc_sdg_chart_get_count (LC_SDG_CHART (chart), goal), ==, count_choosing (ui.model, goal));
        g_assert_true (lc_sdg_chart_get_bar_bounds (LC_SDG_CHART (chart), goal, &bar));
        g_assert_cmpfloat (bar.origin.x, >=, 0);
        g_assert_cmpfloat (bar.origin.x + bar.size.width, <=, gtk_widget_get_width (chart));
      }
    g_clear_pointer (&shot, g_free);
    shot = lc_test_ui_screenshot (small, "sdg-chart-narrow");
    gtk_window_destroy (GTK_WINDOW (small));
  }

  gtk_window_destroy (GTK_WINDOW (ui.window));
}

static void
test_editor_goals (void)
{
  Ui ui = open_sample ();
  LcCity *hamburg = find_city (ui.model, "Hamburg");
  GtkListBox *other = lc_cities_page_get_list (ui.page, FALSE);
  guint before[LC_SDG_COUNT + 1];
  guint toggled = 0;
  guint first = 0;
  LcCityEditor *editor;
  GtkWidget *toggle;
  g_autofree char *shot = NULL;

  for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
    before[goal] = lc_sdg_chart_get_count (ui.chart, goal);

  /* Activating the row opens the city's editor. */
  gtk_widget_activate (row_of (other, hamburg));
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_true (lc_city_editor_get_city (editor) == hamburg);
  gtk_window_set_default_size (GTK_WINDOW (editor), 620, 960);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));

  /* One goal the city has not chosen: toggled on, it is stored at once and
   * the chart counts it; the toggle shows a check mark, not only colour. */
  for (guint goal = 1; goal <= LC_SDG_COUNT && first == 0; goal++)
    if (!lc_city_has_sdg (hamburg, goal))
      first = goal;
  g_assert_cmpuint (first, >, 0);
  {
    g_autofree char *name = g_strdup_printf ("sdg-toggle-%u", first);

    toggle = find_named (GTK_WIDGET (editor), name);
  }
  g_assert_nonnull (toggle);
  g_assert_null (lc_test_ui_find (toggle, GTK_TYPE_IMAGE, NULL));
  click (toggle);
  toggled++;
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  g_assert_true (lc_city_has_sdg (hamburg, first));
  g_assert_cmpuint (lc_sdg_chart_get_count (ui.chart, first), ==, before[first] + 1);
  assert_chart_matches_model (&ui);
  lc_test_ui_settle ();
  g_assert_nonnull (lc_test_ui_find (toggle, GTK_TYPE_IMAGE, NULL));

  /* More than five goals: a note, but nothing is refused. */
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (editor), "sdg-note")));
  for (guint goal = 1; goal <= LC_SDG_COUNT && lc_sdg_count_chosen (lc_record_get_int (LC_RECORD (hamburg), "sdgs")) < 6; goal++)
    if (!lc_city_has_sdg (hamburg, goal))
      {
        g_autofree char *name = g_strdup_printf ("sdg-toggle-%u", goal);

        click (find_named (GTK_WIDGET (editor), name));
        toggled++;
      }
  g_assert_cmpuint (lc_sdg_count_chosen (lc_record_get_int (LC_RECORD (hamburg), "sdgs")), ==, 6);
  g_assert_true (gtk_widget_get_visible (find_named (GTK_WIDGET (editor), "sdg-note")));
  assert_chart_matches_model (&ui);
  shot = lc_test_ui_screenshot (GTK_WIDGET (editor), "city-editor");
  gtk_widget_grab_focus (find_named (GTK_WIDGET (editor), "sdg-toggle-17"));
  lc_test_ui_settle ();
  g_clear_pointer (&shot, g_free);
  shot = lc_test_ui_screenshot (GTK_WIDGET (editor), "city-editor-goals");

  /* Undo from the editor's parent takes the goals back one by one, and the
   * open editor follows. */
  undo (&ui);
  toggled--;
  g_assert_false (gtk_widget_get_visible (find_named (GTK_WIDGET (editor), "sdg-note")));
  gtk_window_close (GTK_WINDOW (editor));
  lc_test_ui_wait_until (editor_gone, NULL, 5000);
  while (toggled-- > 0)
    undo (&ui);
  for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
    g_assert_cmpuint (lc_sdg_chart_get_count (ui.chart, goal), ==, before[goal]);
  g_assert_false (lc_city_has_sdg (hamburg, first));

  /* Redo brings the first one back. */
  gtk_widget_activate_action (GTK_WIDGET (ui.view), "view.redo", NULL);
  g_assert_cmpuint (lc_sdg_chart_get_count (ui.chart, first), ==, before[first] + 1);
  undo (&ui);
  g_assert_cmpuint (lc_sdg_chart_get_count (ui.chart, first), ==, before[first]);

  /* The other fields are stored as they change too; the row follows. */
  {
    AdwExpanderRow *year_row;
    GtkSpinButton *year;
    AdwComboRow *attendance;
    gint64 old_year = lc_record_get_int (LC_RECORD (hamburg), "year-joined");
    LcAttendance old_attendance = lc_record_get_int (LC_RECORD (hamburg), "attendance");
    LcAttendance new_attendance = old_attendance == LC_ATTENDANCE_ABSENT ? LC_ATTENDANCE_ONLINE : LC_ATTENDANCE_ABSENT;
    guint steps = 0;

    gtk_widget_activate (row_of (other, hamburg));
    editor = find_editor ();
    year_row = ADW_EXPANDER_ROW (find_named (GTK_WIDGET (editor), "year-joined"));
    year = GTK_SPIN_BUTTON (find_named (GTK_WIDGET (editor), "year"));
    attendance = ADW_COMBO_ROW (find_named (GTK_WIDGET (editor), "attendance"));

    if (old_year == 0)
      {
        adw_expander_row_set_enable_expansion (year_row, TRUE);
        steps++;
        g_assert_cmpint (lc_record_get_int (LC_RECORD (hamburg), "year-joined"), ==,
                         gtk_spin_button_get_value_as_int (year));
      }
    gtk_spin_button_set_value (year, 2016);
    /* Spinning waits for the user to settle; closing stores at once. */
    g_assert_cmpint (lc_record_get_int (LC_RECORD (hamburg), "year-joined"), !=, 2016);
    adw_combo_row_set_selected (attendance, new_attendance);
    steps++;
    g_assert_cmpint (lc_record_get_int (LC_RECORD (hamburg), "attendance"), ==, new_attendance);
    gtk_window_close (GTK_WINDOW (editor));
    lc_test_ui_wait_until (editor_gone, NULL, 5000);
    steps++;
    g_assert_cmpint (lc_record_get_int (LC_RECORD (hamburg), "year-joined"), ==, 2016);
    g_assert_true (shows_text (row_of (other, hamburg), lc_test_ui_is_arabic () ? "٢٠١٦" : "2016"));
    g_assert_true (shows_text (row_of (other, hamburg),
                               new_attendance == LC_ATTENDANCE_ABSENT ? C_("attendance", "Absent")
                                                                      : C_("attendance", "Online")));
    while (steps-- > 0)
      undo (&ui);
    g_assert_cmpint (lc_record_get_int (LC_RECORD (hamburg), "year-joined"), ==, old_year);
    g_assert_cmpint (lc_record_get_int (LC_RECORD (hamburg), "attendance"), ==, old_attendance);
  }

  /* Switching the region moves the city to the other group, and back. */
  {
    GtkListBox *arab = lc_cities_page_get_list (ui.page, TRUE);

    gtk_widget_activate (row_of (other, hamburg));
    editor = find_editor ();
    gtk_switch_set_active (GTK_SWITCH (find_named (GTK_WIDGET (editor), "arab-region")), TRUE);
    g_assert_true (lc_record_get_int (LC_RECORD (hamburg), "arab-region"));
    g_assert_nonnull (row_of (arab, hamburg));
    g_assert_null (row_of (other, hamburg));
    gtk_window_close (GTK_WINDOW (editor));
    lc_test_ui_wait_until (editor_gone, NULL, 5000);
    undo (&ui);
    g_assert_null (row_of (arab, hamburg));
    g_assert_nonnull (row_of (other, hamburg));
  }

  gtk_window_destroy (GTK_WINDOW (ui.window));
}

static void
set_text (LcCityEditor *editor,
          const char   *name,
          const char   *text)
{
  GtkWidget *row = find_named (GTK_WIDGET (editor), name);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
test_add_and_delete (void)
{
  Ui ui = open_sample ();
  GListModel *cities = lc_convention_model_get_cities (ui.model);
  GListModel *people = lc_convention_model_get_people (ui.model);
  guint n = g_list_model_get_n_items (cities);
  guint goal4 = lc_sdg_chart_get_count (ui.chart, 4);
  LcStore *store = lc_window_get_store (ui.window);
  LcCity *victim = NULL;
  LcCity *proposer = NULL;
  gint64 victim_id;
  gboolean victim_other;
  g_autoptr(GPtrArray) victim_people = g_ptr_array_new_with_free_func (g_object_unref);
  LcCityEditor *editor;
  GtkWidget *add;
  LcCity *added;
  g_autofree char *shot = NULL;

  /* Ctrl+N on the Cities area opens an empty editor. */
  gtk_widget_activate_action (GTK_WIDGET (ui.view), "view.add", NULL);
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_null (lc_city_editor_get_city (editor));
  add = find_named (GTK_WIDGET (editor), "add");
  g_assert_false (gtk_widget_get_sensitive (add));

  set_text (editor, "name-en", "Tripoli");
  g_assert_true (gtk_widget_get_sensitive (add));
  set_text (editor, "country", "L");
  g_assert_false (gtk_widget_get_sensitive (add));
  set_text (editor, "country", "ly");
  g_assert_true (gtk_widget_get_sensitive (add));
  g_assert_true (shows_text (GTK_WIDGET (editor), lc_country_get_name ("LY")));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (find_named (GTK_WIDGET (editor), "arab-region"))));
  click (find_named (GTK_WIDGET (editor), "sdg-toggle-4"));
  shot = lc_test_ui_screenshot (GTK_WIDGET (editor), "city-editor-new");
  click (add);
  lc_test_ui_wait_until (editor_gone, NULL, 5000);

  g_assert_cmpuint (g_list_model_get_n_items (cities), ==, n + 1);
  added = find_city (ui.model, "Tripoli");
  g_assert_nonnull (added);
  g_assert_cmpstr (lc_record_get_string (LC_RECORD (added), "country"), ==, "LY");
  g_assert_true (lc_record_get_int (LC_RECORD (added), "arab-region"));
  g_assert_true (lc_city_has_sdg (added, 4));
  g_assert_nonnull (row_of (lc_cities_page_get_list (ui.page, TRUE), added));
  g_assert_cmpuint (lc_sdg_chart_get_count (ui.chart, 4), ==, goal4 + 1);

  undo (&ui);
  g_assert_cmpuint (g_list_model_get_n_items (cities), ==, n);
  g_assert_null (find_city (ui.model, "Tripoli"));
  g_assert_cmpuint (lc_sdg_chart_get_count (ui.chart, 4), ==, goal4);

  /* Closing a new city's editor with something typed asks first. */
  gtk_widget_activate_action (GTK_WIDGET (ui.view), "view.add", NULL);
  editor = find_editor ();
  set_text (editor, "name-ar", "طرابلس");
  gtk_window_close (GTK_WINDOW (editor));
  lc_test_ui_settle ();
  g_assert_true (find_editor () == editor);
  {
    AdwMessageDialog *dialog = dialog_of (GTK_WINDOW (editor));

    g_assert_nonnull (dialog);
    adw_message_dialog_response (dialog, "discard");
  }
  lc_test_ui_wait_until (editor_gone, NULL, 5000);
  g_assert_cmpuint (g_list_model_get_n_items (cities), ==, n);

  /* Deleting a city clears the city of its people; Undo restores both.
   * The city is one with people and no amendments to the declaration. */
  for (guint i = 0; i < g_list_model_get_n_items (cities) && (victim == NULL || proposer == NULL); i++)
    {
      g_autoptr(LcRecord) city = g_list_model_get_item (cities, i);
      gint64 id = lc_record_get_id (city);

      if (lc_store_count (store, LC_TYPE_AMENDMENT, "city_id", id, NULL) == 0
          && lc_store_count (store, LC_TYPE_PERSON, "city_id", id, NULL) > 0 && victim == NULL)
        victim = LC_CITY (city);
      else if (lc_store_count (store, LC_TYPE_AMENDMENT, "city_id", id, NULL) > 0 && proposer == NULL)
        proposer = LC_CITY (city);
    }
  g_assert_nonnull (victim);
  victim_id = lc_record_get_id (LC_RECORD (victim));
  victim_other = !lc_record_get_int (LC_RECORD (victim), "arab-region");
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      LcRecord *person = g_list_model_get_item (people, i);

      if (lc_record_get_int (person, "city-id") == victim_id)
        g_ptr_array_add (victim_people, person);
      else
        g_object_unref (person);
    }
  g_assert_cmpuint (victim_people->len, >, 0);

  lc_cities_page_edit_city (ui.page, victim);
  editor = find_editor ();
  click (find_named (GTK_WIDGET (editor), "delete"));
  lc_test_ui_wait_until (editor_gone, NULL, 5000);
  g_assert_cmpuint (g_list_model_get_n_items (cities), ==, n - 1);
  g_assert_null (lc_convention_model_lookup (ui.model, LC_TYPE_CITY, victim_id));
  for (guint i = 0; i < victim_people->len; i++)
    g_assert_cmpint (lc_record_get_int (g_ptr_array_index (victim_people, i), "city-id"), ==, 0);

  undo (&ui);
  victim = lc_convention_model_lookup (ui.model, LC_TYPE_CITY, victim_id);
  g_assert_nonnull (victim);
  g_assert_nonnull (row_of (lc_cities_page_get_list (ui.page, !victim_other), victim));
  for (guint i = 0; i < victim_people->len; i++)
    {
      LcRecord *person = g_ptr_array_index (victim_people, i);
      LcRecord *now = lc_convention_model_lookup (ui.model, LC_TYPE_PERSON, lc_record_get_id (person));

      g_assert_nonnull (now);
      g_assert_cmpint (lc_record_get_int (now, "city-id"), ==, victim_id);
    }

  /* A city that proposed an amendment stays (the declaration keeps its
   * proposers); the editor says why instead of failing. The sample has
   * such a city. */
  g_assert_nonnull (proposer);
  lc_cities_page_edit_city (ui.page, proposer);
  editor = find_editor ();
  click (find_named (GTK_WIDGET (editor), "delete"));
  lc_test_ui_settle ();
  g_assert_true (find_editor () == editor);
  g_assert_nonnull (lc_convention_model_lookup (ui.model, LC_TYPE_CITY, lc_record_get_id (LC_RECORD (proposer))));
  {
    AdwMessageDialog *dialog = dialog_of (GTK_WINDOW (editor));

    g_assert_nonnull (dialog);
    adw_message_dialog_response (dialog, "close");
  }
  gtk_window_close (GTK_WINDOW (editor));
  lc_test_ui_wait_until (editor_gone, NULL, 5000);
  g_assert_cmpuint (g_list_model_get_n_items (cities), ==, n);

  /* Text typed but not applied is stored when the editor closes, as one step. */
  {
    LcCity *cork = find_city (ui.model, "Cork");
    g_autofree char *old = g_strdup (lc_record_get_string (LC_RECORD (cork), "representative-en"));

    lc_cities_page_edit_city (ui.page, cork);
    editor = find_editor ();
    set_text (editor, "representative-en", "Mary O’Sullivan");
    set_text (editor, "trait-en", "Learning festivals");
    gtk_window_close (GTK_WINDOW (editor));
    lc_test_ui_wait_until (editor_gone, NULL, 5000);
    g_assert_cmpstr (lc_record_get_string (LC_RECORD (cork), "representative-en"), ==, "Mary O’Sullivan");
    g_assert_cmpstr (lc_record_get_string (LC_RECORD (cork), "trait-en"), ==, "Learning festivals");
    if (!lc_test_ui_is_arabic ())
      g_assert_true (shows_text (row_of (lc_cities_page_get_list (ui.page, FALSE), cork), "Mary O’Sullivan"));
    undo (&ui);
    g_assert_cmpstr (lc_record_get_string (LC_RECORD (cork), "representative-en"), ==, old);
    g_assert_cmpstr (lc_record_get_string (LC_RECORD (cork), "trait-en"), ==, "");
  }

  gtk_window_destroy (GTK_WINDOW (ui.window));
}

static gboolean
convention_open (gpointer data)
{
  Ui *ui = data;
  LcConventionView *view = lc_window_get_convention_view (ui->window);
  LcConventionModel *model = view ? lc_convention_view_get_model (view) : NULL;

  return convention_shown (ui->window) && model != NULL
         && lc_convention_model_get_id (model) == (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (ui->window), "want"));
}

static void
test_empty (void)
{
  Ui ui = { 0 };
  gint64 id;
  LcCityEditor *editor;
  g_autofree char *shot = NULL;

  ui.window = lc_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (ui.window), 1100, 800);
  gtk_window_present (GTK_WINDOW (ui.window));
  id = lc_test_add_convention (lc_window_get_store (ui.window), "Empty", "2024-03-01", "2024-03-02");
  g_object_set_data (G_OBJECT (ui.window), "want", GSIZE_TO_POINTER (id));
  lc_window_open_convention (ui.window, id);
  lc_test_ui_wait_until (convention_open, &ui, 10000);
  open_area (&ui);

  g_assert_cmpstr (lc_cities_page_get_state (ui.page), ==, "empty");
  g_assert_nonnull (lc_test_ui_find (GTK_WIDGET (ui.page), GTK_TYPE_BUTTON, _("_Add City")));
  shot = lc_test_ui_screenshot (GTK_WIDGET (ui.window), "cities-empty");

  click (lc_test_ui_find (GTK_WIDGET (ui.page), GTK_TYPE_BUTTON, _("_Add City")));
  editor = find_editor ();
  g_assert_nonnull (editor);
  set_text (editor, "name-en", "Salalah");
  click (find_named (GTK_WIDGET (editor), "add"));
  lc_test_ui_wait_until (editor_gone, NULL, 5000);
  g_assert_cmpstr (lc_cities_page_get_state (ui.page), ==, "list");
  for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
    g_assert_cmpuint (lc_sdg_chart_get_count (ui.chart, goal), ==, 0);

  undo (&ui);
  g_assert_cmpstr (lc_cities_page_get_state (ui.page), ==, "empty");

  gtk_window_destroy (GTK_WINDOW (ui.window));
}

int
main (int   argc,
      char *argv[])
{
  app = lc_test_ui_app_init (&argc, &argv);

  g_test_add_func ("/cities/groups-and-chart", test_groups_and_chart);
  g_test_add_func ("/cities/editor-goals", test_editor_goals);
  g_test_add_func ("/cities/add-and-delete", test_add_and_delete);
  g_test_add_func ("/cities/empty", test_empty);

  return lc_test_ui_app_run ();
}
