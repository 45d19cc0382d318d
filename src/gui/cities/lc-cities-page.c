/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-cities-page.h"
#include "lc-city-editor.h"
#include "lc-city-row.h"
#include "lc-keyboard.h"
#include "lc-sdg-chart.h"
#include "lc-sdg.h"
#include "lc-search.h"
#include "lc-util.h"

/*
 * The Cities area: a chart of the goals the cities chose, then the cities
 * in two boxed lists, the Arab region and elsewhere, each sorted by country
 * and name. A row shows what an organiser checks before the convention
 * (country, membership, attendance, representative, trait, goals) and opens
 * the city's editor.
 *
 * The lists are filter models over the convention's cities; the model moves
 * a record that changes (removes and re-adds it), so a city whose region
 * changes moves between the lists by itself, while rows follow their
 * record's notify signals for everything they show.
 */

struct _LcCitiesPage
{
  AdwBin               parent_instance;

  GtkStack            *stack;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;
  GtkLabel            *summary_label;
  LcSdgChart          *chart;
  AdwPreferencesGroup *arab_group;
  AdwPreferencesGroup *other_group;
  GtkListBox          *arab_list;
  GtkListBox          *other_list;
  GtkLabel            *arab_placeholder;
  GtkLabel            *other_placeholder;

  LcConventionModel   *model;
  LcUndoStack         *undo;
  GtkSortListModel    *sorted;
  GtkFilterListModel  *arab_cities;
  GtkFilterListModel  *other_cities;
  GtkFilter           *arab_filter;
  GtkFilter           *other_filter;
  char                *needle;   /* the search, normalised; NULL when none */
};

static void lc_cities_page_page_iface_init (LcPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LcCitiesPage, lc_cities_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (LC_TYPE_PAGE, lc_cities_page_page_iface_init))

static gboolean
matches_search (LcCitiesPage *self,
                LcRecord     *city)
{
  g_autofree char *country = NULL;

  if (self->needle == NULL || *self->needle == '\0')
    return TRUE;
  if (lc_search_record_matches (city, self->needle))
    return TRUE;

  /* The country as shown, not only its code. */
  country = lc_search_normalise (lc_country_get_name (lc_city_get_country (LC_CITY (city))));
  return lc_search_matches (country, self->needle);
}

static gboolean
arab_filter_func (gpointer item,
                  gpointer data)
{
  return lc_city_get_arab_region (LC_CITY (item)) && matches_search (data, item);
}

static gboolean
other_filter_func (gpointer item,
                   gpointer data)
{
  return !lc_city_get_arab_region (LC_CITY (item)) && matches_search (data, item);
}

static int
compare_cities (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  LcRecord *first = LC_RECORD ((gpointer) a);
  LcRecord *second = LC_RECORD ((gpointer) b);
  int order;

  order = g_utf8_collate (lc_country_get_name (lc_city_get_country (LC_CITY (first))),
                          lc_country_get_name (lc_city_get_country (LC_CITY (second))));
  if (order == 0)
    order = g_utf8_collate (lc_ui_text (first, "name", NULL), lc_ui_text (second, "name", NULL));
  if (order == 0)
    order = (lc_record_get_id (first) > lc_record_get_id (second))
            - (lc_record_get_id (first) < lc_record_get_id (second));
  return order;
}

static GtkWidget *
create_row (gpointer item,
            gpointer data)
{
  LcCitiesPage *self = data;

  return lc_city_row_new (item, self->model);
}

static void
update_counts (LcCitiesPage *self)
{
  guint total = self->model ? g_list_model_get_n_items (lc_convention_model_get_cities (self->model)) : 0;
  guint arab = self->arab_cities ? g_list_model_get_n_items (G_LIST_MODEL (self->arab_cities)) : 0;
  guint other = self->other_cities ? g_list_model_get_n_items (G_LIST_MODEL (self->other_cities)) : 0;
  g_autofree char *summary = NULL;
  g_autofree char *arab_text = NULL;
  g_autofree char *other_text = NULL;

  gtk_stack_set_visible_child_name (self->stack, total > 0 ? "list" : "empty");

  summary = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u city taking part", "%u cities taking part", total),
                             total);
  gtk_label_set_text (self->summary_label, summary);

  arab_text = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u city", "%u cities", arab), arab);
  other_text = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u city", "%u cities", other), other);
  adw_preferences_group_set_description (self->arab_group, arab_text);
  adw_preferences_group_set_description (self->other_group, other_text);
}

static void
update_placeholders (LcCitiesPage *self)
{
  gboolean searching = self->needle != NULL && *self->needle != '\0';

  gtk_label_set_text (self->arab_placeholder,
                      searching ? _("No matching city in the Arab region") : _("No city from the Arab region yet"));
  gtk_label_set_text (self->other_placeholder,
                      searching ? _("No matching city elsewhere") : _("No city from elsewhere yet"));
}

static void
on_add_button_clicked_cb (GtkButton    *button,
                          LcCitiesPage *self)
{
  lc_page_add (LC_PAGE (self));
}

static void
on_list_row_activated_cb (GtkListBox    *list,
                          GtkListBoxRow *row,
                          LcCitiesPage  *self)
{
  if (LC_IS_CITY_ROW (row))
    lc_cities_page_edit_city (self, lc_city_row_get_city (LC_CITY_ROW (row)));
}

static void
on_search_entry_search_changed_cb (GtkSearchEntry *entry,
                                   LcCitiesPage   *self)
{
  g_free (self->needle);
  self->needle = lc_search_normalise (gtk_editable_get_text (GTK_EDITABLE (entry)));
  update_placeholders (self);
  gtk_filter_changed (self->arab_filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (self->other_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_entry_stop_search_cb (GtkSearchEntry *entry,
                                LcCitiesPage   *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
lc_cities_page_set_context (LcPage            *page,
                            LcConventionModel *model,
                            LcUndoStack       *undo)
{
  LcCitiesPage *self = LC_CITIES_PAGE (page);
  GListModel *cities = model ? lc_convention_model_get_cities (model) : NULL;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (lc_convention_model_get_cities (self->model), update_counts, self);

  g_set_object (&self->model, model);
  g_set_object (&self->undo, undo);
  gtk_sort_list_model_set_model (self->sorted, cities);
  lc_sdg_chart_set_cities (self->chart, cities);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);

  if (cities != NULL)
    g_signal_connect_swapped (cities, "items-changed", G_CALLBACK (update_counts), self);
  update_counts (self);
}

static void
lc_cities_page_add (LcPage *page)
{
  LcCitiesPage *self = LC_CITIES_PAGE (page);
  LcCityEditor *editor;

  if (self->model == NULL)
    return;

  editor = lc_city_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->model, self->undo, NULL);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
lc_cities_page_search (LcPage *page)
{
  LcCitiesPage *self = LC_CITIES_PAGE (page);

  if (self->model == NULL || g_str_equal (lc_cities_page_get_state (self), "empty"))
    return;

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
lc_cities_page_page_iface_init (LcPageInterface *iface)
{
  iface->set_context = lc_cities_page_set_context;
  iface->add = lc_cities_page_add;
  iface->search = lc_cities_page_search;
}

static GtkLabel *
make_placeholder (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");
  return GTK_LABEL (label);
}

static void
lc_cities_page_dispose (GObject *object)
{
  LcCitiesPage *self = LC_CITIES_PAGE (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (lc_convention_model_get_cities (self->model), update_counts, self);
  g_clear_object (&self->model);
  g_clear_object (&self->undo);
  /* The stack is both the bin's child and a template child: let the bin
   * drop it first, or the bin would unparent it a second time. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_CITIES_PAGE);
  g_clear_object (&self->arab_cities);
  g_clear_object (&self->other_cities);
  g_clear_object (&self->sorted);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (lc_cities_page_parent_class)->dispose (object);
}

static void
lc_cities_page_class_init (LcCitiesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_cities_page_dispose;

  g_type_ensure (LC_TYPE_SDG_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/cities/lc-cities-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LcCitiesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LcCitiesPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, LcCitiesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LcCitiesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LcCitiesPage, chart);
  gtk_widget_class_bind_template_child (widget_class, LcCitiesPage, arab_group);
  gtk_widget_class_bind_template_child (widget_class, LcCitiesPage, other_group);
  gtk_widget_class_bind_template_child (widget_class, LcCitiesPage, arab_list);
  gtk_widget_class_bind_template_child (widget_class, LcCitiesPage, other_list);
  gtk_widget_class_bind_template_callback (widget_class, on_add_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
}

static void
lc_cities_page_init (LcCitiesPage *self)
{
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));
  lc_keyboard_search_keeps_undo (GTK_WIDGET (self->search_entry));
  lc_sdg_ensure_style (gtk_widget_get_display (GTK_WIDGET (self)));

  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cities, NULL, NULL));
  self->sorted = gtk_sort_list_model_new (NULL, sorter);
  self->arab_filter = GTK_FILTER (gtk_custom_filter_new (arab_filter_func, self, NULL));
  self->other_filter = GTK_FILTER (gtk_custom_filter_new (other_filter_func, self, NULL));
  /* The filter models own the filters; the pointers above stay valid as
   * long as they do. */
  self->arab_cities = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->sorted)), self->arab_filter);
  self->other_cities = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->sorted)), self->other_filter);
  g_signal_connect_swapped (self->arab_cities, "items-changed", G_CALLBACK (update_counts), self);
  g_signal_connect_swapped (self->other_cities, "items-changed", G_CALLBACK (update_counts), self);

  gtk_list_box_bind_model (self->arab_list, G_LIST_MODEL (self->arab_cities), create_row, self, NULL);
  gtk_list_box_bind_model (self->other_list, G_LIST_MODEL (self->other_cities), create_row, self, NULL);
  self->arab_placeholder = make_placeholder ();
  self->other_placeholder = make_placeholder ();
  gtk_list_box_set_placeholder (self->arab_list, GTK_WIDGET (self->arab_placeholder));
  gtk_list_box_set_placeholder (self->other_list, GTK_WIDGET (self->other_placeholder));
  update_placeholders (self);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  update_counts (self);
}

/**
 * lc_cities_page_get_state:
 * @self: the page
 *
 * Returns: what the page shows: "empty" (no cities) or "list"
 */
const char *
lc_cities_page_get_state (LcCitiesPage *self)
{
  g_return_val_if_fail (LC_IS_CITIES_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * lc_cities_page_get_list:
 * @self: the page
 * @arab_region: which group
 *
 * Returns: (transfer none): the list of the cities of the Arab region, or of
 *   those elsewhere
 */
GtkListBox *
lc_cities_page_get_list (LcCitiesPage *self,
                         gboolean      arab_region)
{
  g_return_val_if_fail (LC_IS_CITIES_PAGE (self), NULL);

  return arab_region ? self->arab_list : self->other_list;
}

/** lc_cities_page_get_chart: Returns: (transfer none): the chart of the goals chosen */
GtkWidget *
lc_cities_page_get_chart (LcCitiesPage *self)
{
  g_return_val_if_fail (LC_IS_CITIES_PAGE (self), NULL);

  return GTK_WIDGET (self->chart);
}

/**
 * lc_cities_page_edit_city:
 * @self: the page
 * @city: one of the open convention's cities
 *
 * Opens the city's editor.
 */
void
lc_cities_page_edit_city (LcCitiesPage *self,
                          LcCity       *city)
{
  LcCityEditor *editor;

  g_return_if_fail (LC_IS_CITIES_PAGE (self));
  g_return_if_fail (LC_IS_CITY (city));

  if (self->model == NULL)
    return;

  editor = lc_city_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->model, self->undo, city);
  gtk_window_present (GTK_WINDOW (editor));
}
