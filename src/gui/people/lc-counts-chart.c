/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-counts-chart.h"
#include "lc-participant-counts.h"
#include "lc-util.h"

/*
 * The participation chart (issue 14): a bar for each status (invited,
 * confirmed, declined, attended in person, attended online, no-show) as a
 * share of all the convention's people, then a bar for each category that
 * has people, filled by who of it attended. Each bar says its word and its
 * number (LcCountsBar). It counts from the library itself and follows it:
 * a check-in at the door, a status set in the main window or by another
 * program on the same library, all show here.
 */

#define N_STATUSES (LC_PARTICIPANT_STATUS_NO_SHOW + 1)
#define N_CATEGORIES (LC_PARTICIPANT_CATEGORY_STAFF + 1)

struct _LcCountsChart
{
  GtkWidget     parent_instance;

  LcStore      *store;
  gint64        convention_id;
  guint         recount_idle;

  GtkSizeGroup *words;
  GtkSizeGroup *numbers;
  GtkWidget    *status_heading;
  GtkWidget    *status_bars[N_STATUSES];
  GtkWidget    *category_heading;
  GtkWidget    *category_bars[N_CATEGORIES];
};

G_DEFINE_FINAL_TYPE (LcCountsChart, lc_counts_chart, GTK_TYPE_WIDGET)

static GtkWidget *
add_heading (LcCountsChart *self,
             const char    *text)
{
  GtkWidget *heading = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (heading), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_parent (heading, GTK_WIDGET (self));
  return heading;
}

static GtkWidget *
add_bar (LcCountsChart *self)
{
  GtkWidget *bar = lc_counts_bar_new (self->words, self->numbers);

  gtk_widget_set_parent (bar, GTK_WIDGET (self));
  return bar;
}

static void
show_statuses (LcCountsChart            *self,
               const LcParticipantCount *all)
{
  LcLanguage language = lc_ui_language ();
  guint total = 0;

  for (guint s = 0; s < N_STATUSES; s++)
    total += all->n[s];
  /* The enum's order is the one a person reads: before the event, then after. */
  for (LcParticipantStatus status = 0; status < N_STATUSES; status++)
    {
      const char *word = lc_participant_status_label (status, language);
      g_autofree char *number = lc_ui_format_number (all->n[status]);
      /* Translators: a status and how many people have it, e.g. “Confirmed: 12” */
      g_autofree char *label = lc_ui_printf (_("%s: %u"), word, all->n[status]);

      lc_counts_bar_set (LC_COUNTS_BAR (self->status_bars[status]), word, number,
                         total > 0 ? (double) all->n[status] / total : 0.0, label);
    }
}

/* Who of each category attended (in person or online), of all its people. */
static void
show_categories (LcCountsChart *self,
                 GPtrArray     *counts)
{
  LcLanguage language = lc_ui_language ();
  gboolean any = FALSE;

  for (guint c = 0; c < N_CATEGORIES; c++)
    {
      const LcParticipantCount *count = NULL;
      const char *nick = lc_enum_to_nick (LC_TYPE_PARTICIPANT_CATEGORY, c);
      const char *word = lc_participant_category_label (c, language);
      g_autofree char *number = NULL, *label = NULL;
      guint total = 0, attended;

      for (guint i = 0; counts != NULL && i < counts->len && count == NULL; i++)
        if (g_strcmp0 (((LcParticipantCount *) g_ptr_array_index (counts, i))->key, nick) == 0)
          count = g_ptr_array_index (counts, i);
      gtk_widget_set_visible (self->category_bars[c], count != NULL);
      if (count == NULL)
        continue;
      any = TRUE;
      for (guint s = 0; s < N_STATUSES; s++)
        total += count->n[s];
      attended = lc_participant_count_attended (count);
      /* Translators: how many of a category attended, of all its people, e.g. “3 of 40” */
      number = lc_ui_printf (_("%u of %u"), attended, total);
      /* Translators: a participant category, who of it attended and how
       * many it has, e.g. “Delegate: 3 of 40 attended” */
      label = lc_ui_printf (_("%s: %u of %u attended"), word, attended, total);
      lc_counts_bar_set (LC_COUNTS_BAR (self->category_bars[c]), word, number,
                         total > 0 ? (double) attended / total : 0.0, label);
    }
  gtk_widget_set_visible (self->category_heading, any);
}

static void
recount (LcCountsChart *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = lc_participant_count (self->store, self->convention_id,
                                                   LC_PARTICIPANT_COUNT_ALL, &error);
  g_autoptr(GPtrArray) by_category = NULL;

  if (all != NULL)
    by_category = lc_participant_count (self->store, self->convention_id, LC_PARTICIPANT_COUNT_BY_CATEGORY,
                                        &error);
  if (by_category == NULL)
    {
      /* Say why instead of showing old numbers as if they were today's. */
      gtk_label_set_text (GTK_LABEL (self->status_heading), error->message);
      for (guint i = 0; i < N_STATUSES; i++)
        gtk_widget_set_visible (self->status_bars[i], FALSE);
      for (guint c = 0; c < N_CATEGORIES; c++)
        gtk_widget_set_visible (self->category_bars[c], FALSE);
      gtk_widget_set_visible (self->category_heading, FALSE);
      return;
    }
  gtk_label_set_text (GTK_LABEL (self->status_heading), _("Participants by status"));
  for (guint i = 0; i < N_STATUSES; i++)
    gtk_widget_set_visible (self->status_bars[i], TRUE);
  show_statuses (self, g_ptr_array_index (all, 0));
  show_categories (self, by_category);
}

static gboolean
recount_idle_cb (gpointer data)
{
  LcCountsChart *self = data;

  self->recount_idle = 0;
  recount (self);
  return G_SOURCE_REMOVE;
}

/* A change of many people (a bulk status, an import) is counted once. */
static void
on_store_changed_cb (LcCountsChart *self,
                     GType          type)
{
  if ((type == G_TYPE_NONE || type == LC_TYPE_PERSON) && self->recount_idle == 0)
    self->recount_idle = g_idle_add (recount_idle_cb, self);
}

static void
on_store_external_change_cb (LcCountsChart *self)
{
  on_store_changed_cb (self, G_TYPE_NONE);
}

static void
lc_counts_chart_dispose (GObject *object)
{
  LcCountsChart *self = LC_COUNTS_CHART (object);
  GtkWidget *child;

  g_clear_handle_id (&self->recount_idle, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->words);
  g_clear_object (&self->numbers);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lc_counts_chart_parent_class)->dispose (object);
}

static void
lc_counts_chart_class_init (LcCountsChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_counts_chart_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "countschart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lc_counts_chart_init (LcCountsChart *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);
  self->words = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->numbers = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  self->status_heading = add_heading (self, _("Participants by status"));
  for (guint i = 0; i < N_STATUSES; i++)
    self->status_bars[i] = add_bar (self);
  self->category_heading = add_heading (self, _("Attended, by category"));
  gtk_widget_set_margin_top (self->category_heading, 6);
  for (guint c = 0; c < N_CATEGORIES; c++)
    self->category_bars[c] = add_bar (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Participation"), -1);
}

/**
 * lc_counts_chart_new:
 * @store: the library
 * @convention_id: the convention whose people are counted
 *
 * Returns: (transfer floating): the chart, counted and following the library
 */
GtkWidget *
lc_counts_chart_new (LcStore *store,
                     gint64   convention_id)
{
  LcCountsChart *self;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  self = g_object_new (LC_TYPE_COUNTS_CHART, NULL);
  self->store = g_object_ref (store);
  self->convention_id = convention_id;
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "external-change", G_CALLBACK (on_store_external_change_cb), self,
                           G_CONNECT_SWAPPED);
  recount (self);
  return GTK_WIDGET (self);
}

/**
 * lc_counts_chart_get_status_bar:
 * @self: a chart
 * @status: a status
 *
 * Returns: (transfer none): the bar that counts @status
 */
LcCountsBar *
lc_counts_chart_get_status_bar (LcCountsChart       *self,
                                LcParticipantStatus  status)
{
  g_return_val_if_fail (LC_IS_COUNTS_CHART (self), NULL);
  g_return_val_if_fail (status < N_STATUSES, NULL);

  return LC_COUNTS_BAR (self->status_bars[status]);
}

/**
 * lc_counts_chart_get_category_bar:
 * @self: a chart
 * @category: a participant category
 *
 * Returns: (transfer none): the bar of who of @category attended, hidden
 *   while the convention has nobody of it
 */
LcCountsBar *
lc_counts_chart_get_category_bar (LcCountsChart         *self,
                                  LcParticipantCategory  category)
{
  g_return_val_if_fail (LC_IS_COUNTS_CHART (self), NULL);
  g_return_val_if_fail (category < N_CATEGORIES, NULL);

  return LC_COUNTS_BAR (self->category_bars[category]);
}
