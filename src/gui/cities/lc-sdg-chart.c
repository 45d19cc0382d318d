/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-sdg-chart-private.h"
#include "lc-sdg.h"
#include "lc-util.h"

/*
 * A bar chart of how many cities chose each Sustainable Development Goal:
 * one row per goal, its number on a badge in the goal's colour, its name
 * (when there is room), a bar as long as the count and the count after it.
 * Bars grow from the start edge, so the chart mirrors in right-to-left
 * interfaces. It follows the cities' list and each city's "sdgs".
 *
 * This file counts; lc-sdg-chart-draw.c lays out and draws.
 */

G_DEFINE_FINAL_TYPE (LcSdgChart, lc_sdg_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CITIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_accessible (LcSdgChart *self)
{
  g_autofree char *title = lc_sdg_chart_dup_title ();
  g_autofree char *summary = lc_sdg_chart_dup_summary (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
}

static void
recount (LcSdgChart *self)
{
  guint n = self->cities ? g_list_model_get_n_items (self->cities) : 0;

  memset (self->counts, 0, sizeof self->counts);
  self->n_choosing = 0;
  self->n_cities = n;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (self->cities, i);
      gboolean any = FALSE;

      for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
        if (lc_city_has_sdg (city, goal))
          {
            self->counts[goal]++;
            any = TRUE;
          }
      if (any)
        self->n_choosing++;
    }

  update_accessible (self);
  /* The count column and the subtitle may change width or wrap. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
unwatch (LcSdgChart *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (self->watched, i), recount, self);
  g_ptr_array_set_size (self->watched, 0);
}

/* Records are edited in place (notify) and also removed and re-added when
 * their place in the list changes, so both are followed. */
static void
on_cities_items_changed (GListModel *cities,
                         guint       position,
                         guint       removed,
                         guint       added,
                         LcSdgChart *self)
{
  guint n = g_list_model_get_n_items (cities);

  unwatch (self);
  for (guint i = 0; i < n; i++)
    {
      LcCity *city = g_list_model_get_item (cities, i);

      g_signal_connect_swapped (city, "notify::sdgs", G_CALLBACK (recount), self);
      g_ptr_array_add (self->watched, city);
    }
  recount (self);
}

static void
lc_sdg_chart_direction_changed (GtkWidget        *widget,
                                GtkTextDirection  previous)
{
  gtk_widget_queue_draw (widget);
}

static void
lc_sdg_chart_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LcSdgChart *self = LC_SDG_CHART (object);

  switch (prop_id)
    {
    case PROP_CITIES:
      g_value_set_object (value, self->cities);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_sdg_chart_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LcSdgChart *self = LC_SDG_CHART (object);

  switch (prop_id)
    {
    case PROP_CITIES:
      lc_sdg_chart_set_cities (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_sdg_chart_dispose (GObject *object)
{
  LcSdgChart *self = LC_SDG_CHART (object);

  unwatch (self);
  if (self->cities != NULL)
    g_signal_handlers_disconnect_by_func (self->cities, on_cities_items_changed, self);
  g_clear_object (&self->cities);

  G_OBJECT_CLASS (lc_sdg_chart_parent_class)->dispose (object);
}

static void
lc_sdg_chart_finalize (GObject *object)
{
  LcSdgChart *self = LC_SDG_CHART (object);

  g_ptr_array_unref (self->watched);

  G_OBJECT_CLASS (lc_sdg_chart_parent_class)->finalize (object);
}

static void
lc_sdg_chart_class_init (LcSdgChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = lc_sdg_chart_get_property;
  object_class->set_property = lc_sdg_chart_set_property;
  object_class->dispose = lc_sdg_chart_dispose;
  object_class->finalize = lc_sdg_chart_finalize;

  widget_class->snapshot = lc_sdg_chart_snapshot;
  widget_class->measure = lc_sdg_chart_measure;
  widget_class->get_request_mode = lc_sdg_chart_get_request_mode;
  widget_class->query_tooltip = lc_sdg_chart_query_tooltip;
  widget_class->direction_changed = lc_sdg_chart_direction_changed;

  /**
   * LcSdgChart:cities:
   *
   * The cities counted (a #GListModel of #LcCity).
   */
  properties[PROP_CITIES] =
    g_param_spec_object ("cities", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "sdg-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
lc_sdg_chart_init (LcSdgChart *self)
{
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  update_accessible (self);
}

/**
 * lc_sdg_chart_new:
 *
 * Returns: (transfer floating): an empty chart
 */
GtkWidget *
lc_sdg_chart_new (void)
{
  return g_object_new (LC_TYPE_SDG_CHART, NULL);
}

/** lc_sdg_chart_get_cities: Returns: (transfer none) (nullable): the cities counted */
GListModel *
lc_sdg_chart_get_cities (LcSdgChart *self)
{
  g_return_val_if_fail (LC_IS_SDG_CHART (self), NULL);

  return self->cities;
}

/**
 * lc_sdg_chart_set_cities:
 * @self: a chart
 * @cities: (nullable): a #GListModel of #LcCity
 *
 * Counts @cities, and keeps counting as they change.
 */
void
lc_sdg_chart_set_cities (LcSdgChart *self,
                         GListModel *cities)
{
  g_return_if_fail (LC_IS_SDG_CHART (self));
  g_return_if_fail (cities == NULL || G_IS_LIST_MODEL (cities));

  if (self->cities == cities)
    return;

  unwatch (self);
  if (self->cities != NULL)
    g_signal_handlers_disconnect_by_func (self->cities, on_cities_items_changed, self);
  g_set_object (&self->cities, cities);
  if (cities != NULL)
    {
      g_signal_connect (cities, "items-changed", G_CALLBACK (on_cities_items_changed), self);
      on_cities_items_changed (cities, 0, 0, 0, self);
    }
  else
    recount (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CITIES]);
}

/**
 * lc_sdg_chart_get_count:
 * @self: a chart
 * @goal: 1–17
 *
 * Returns: how many cities the chart shows choosing @goal
 */
guint
lc_sdg_chart_get_count (LcSdgChart *self,
                        guint       goal)
{
  g_return_val_if_fail (LC_IS_SDG_CHART (self), 0);
  g_return_val_if_fail (goal >= 1 && goal <= LC_SDG_COUNT, 0);

  return self->counts[goal];
}

/**
 * lc_sdg_chart_dup_summary:
 * @self: a chart
 *
 * Returns: (transfer full): what the chart shows, in words (its accessible
 *   description): each chosen goal with its count, most chosen first
 */
char *
lc_sdg_chart_dup_summary (LcSdgChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *subtitle = lc_sdg_chart_dup_subtitle (self);
  guint max = 0;
  guint unchosen = 0;

  g_return_val_if_fail (LC_IS_SDG_CHART (self), NULL);

  g_string_append (text, subtitle);
  g_string_append (text, ". ");

  for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
    {
      max = MAX (max, self->counts[goal]);
      if (self->counts[goal] == 0)
        unchosen++;
    }

  /* Most chosen first: that is what a glance at the bars tells. */
  for (guint count = max; count > 0; count--)
    for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
      if (self->counts[goal] == count)
        {
          g_autofree char *description = lc_sdg_describe (goal);
          g_autofree char *line = NULL;

          /* Translators: one goal in the chart's spoken summary */
          line = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s, %2$u city. ", "%1$s, %2$u cities. ", count),
                               description, count);
          g_string_append (text, line);
        }

  if (max == 0)
    g_string_append (text, _("No goal has been chosen yet."));
  else if (unchosen > 0)
    g_string_append (text, _("No city chose the other goals."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}
