/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-a11y.h"
#include "lc-city-row.h"
#include "lc-language-tag.h"
#include "lc-sdg.h"
#include "lc-util.h"

/*
 * A row of the Cities page: what an organiser checks before the convention
 * (country, membership, attendance, representative, trait, goals). It
 * follows its record's notify signals, so an edit shows without the list
 * rebuilding.
 */

struct _LcCityRow
{
  GtkListBoxRow  parent_instance;

  GtkWidget     *name_label;
  GtkWidget     *name_tag;
  GtkWidget     *attendance_icon;
  GtkWidget     *attendance_label;
  GtkWidget     *details_label;
  GtkWidget     *extra_box;
  GtkWidget     *chips_box;
  GtkWidget     *trait_label;

  LcCity        *city;
  LcConventionModel *model;
};

G_DEFINE_FINAL_TYPE (LcCityRow, lc_city_row, GTK_TYPE_LIST_BOX_ROW)

/* Unicode first-strong isolate and pop directional isolate: a name in the
 * other script keeps its own direction inside a sentence. */
#define FSI "\xe2\x81\xa8"
#define PDI "\xe2\x81\xa9"

static const struct
{
  const char *icon;
  const char *word;
} attendances[] = {
  [LC_ATTENDANCE_UNSET] = { "dialog-question-symbolic", NC_("attendance", "Not known") },
  [LC_ATTENDANCE_IN_PERSON] = { "avatar-default-symbolic", NC_("attendance", "In person") },
  [LC_ATTENDANCE_ONLINE] = { "camera-web-symbolic", NC_("attendance", "Online") },
  [LC_ATTENDANCE_ABSENT] = { "action-unavailable-symbolic", NC_("attendance", "Absent") },
};

static char *
describe_city (LcRecord *city)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *country = lc_city_get_country (LC_CITY (city));
  const char *representative = lc_ui_text (city, "representative", NULL);
  gint64 year = lc_city_get_year_joined (LC_CITY (city));

  if (country != NULL && *country != '\0')
    g_ptr_array_add (parts, g_strdup (lc_country_get_name (country)));
  if (lc_city_get_candidate (LC_CITY (city)))
    g_ptr_array_add (parts, g_strdup (_("Candidate for the network")));
  else if (year > 0)
    /* Translators: the year a city joined the Global Network of Learning Cities */
    g_ptr_array_add (parts, lc_ui_printf (_("Joined in %d"), (int) year));
  if (representative != NULL && *representative != '\0')
    {
      g_autofree char *isolated = g_strconcat (FSI, representative, PDI, NULL);

      /* Translators: %s is the name of the city's representative at the convention */
      g_ptr_array_add (parts, g_strdup_printf (_("Represented by %s"), isolated));
    }
  g_ptr_array_add (parts, NULL);

  /* Translators: between the facts about a city in its row */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

static void
fill_row (LcCityRow *self)
{
  LcRecord *city = LC_RECORD (self->city);
  g_autofree char *details = describe_city (city);
  const char *trait = lc_ui_text (city, "trait", NULL);
  gboolean fell_back = FALSE;
  const char *name = lc_ui_text (city, "name", &fell_back);
  LcAttendance attendance = lc_city_get_attendance (self->city);
  guint sdgs = lc_city_get_sdgs (self->city);
  GtkWidget *child;

  if (*name == '\0')
    {
      gtk_label_set_text (GTK_LABEL (self->name_label), _("Unnamed city"));
    }
  else
    gtk_label_set_text (GTK_LABEL (self->name_label), name);
  lc_a11y_set_name (GTK_WIDGET (self), gtk_label_get_text (GTK_LABEL (self->name_label)));
  /* Only the placeholder is dimmed; a name in the other language is the
   * organiser's own, tagged where the convention mixes languages. */
  if (*name == '\0')
    gtk_widget_add_css_class (self->name_label, "dim-label");
  else
    gtk_widget_remove_css_class (self->name_label, "dim-label");
  lc_language_tag_show (self->name_tag, fell_back && *name != '\0', self->model);

  if ((guint) attendance >= G_N_ELEMENTS (attendances))
    attendance = LC_ATTENDANCE_UNSET;
  gtk_image_set_from_icon_name (GTK_IMAGE (self->attendance_icon), attendances[attendance].icon);
  gtk_label_set_text (GTK_LABEL (self->attendance_label),
                      g_dpgettext2 (GETTEXT_PACKAGE, "attendance", attendances[attendance].word));

  gtk_label_set_text (GTK_LABEL (self->details_label), details);
  gtk_widget_set_visible (self->details_label, *details != '\0');

  while ((child = gtk_widget_get_first_child (self->chips_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->chips_box), child);
  for (guint goal = 1; goal <= LC_SDG_COUNT; goal++)
    if (sdgs & ((gint64) 1 << goal))
      gtk_box_append (GTK_BOX (self->chips_box), lc_sdg_chip_new (goal));
  gtk_widget_set_visible (self->chips_box, sdgs != 0);

  gtk_label_set_text (GTK_LABEL (self->trait_label), trait);
  gtk_widget_set_visible (self->trait_label, *trait != '\0');
  gtk_widget_set_visible (self->extra_box, sdgs != 0 || *trait != '\0');
}

static void
lc_city_row_dispose (GObject *object)
{
  LcCityRow *self = LC_CITY_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_CITY_ROW);
  g_clear_object (&self->city);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (lc_city_row_parent_class)->dispose (object);
}

static void
lc_city_row_class_init (LcCityRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_city_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/cities/lc-city-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LcCityRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, LcCityRow, name_tag);
  gtk_widget_class_bind_template_child (widget_class, LcCityRow, attendance_icon);
  gtk_widget_class_bind_template_child (widget_class, LcCityRow, attendance_label);
  gtk_widget_class_bind_template_child (widget_class, LcCityRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, LcCityRow, extra_box);
  gtk_widget_class_bind_template_child (widget_class, LcCityRow, chips_box);
  gtk_widget_class_bind_template_child (widget_class, LcCityRow, trait_label);
}

static void
lc_city_row_init (LcCityRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * lc_city_row_new:
 * @city: the city to show
 * @model: (nullable): its convention, which decides whether a name in the
 *   other language is tagged
 *
 * Returns: (transfer floating): a row showing @city and following its changes
 */
GtkWidget *
lc_city_row_new (LcCity            *city,
                 LcConventionModel *model)
{
  LcCityRow *self;

  g_return_val_if_fail (LC_IS_CITY (city), NULL);

  self = g_object_new (LC_TYPE_CITY_ROW, NULL);
  self->city = g_object_ref (city);
  self->model = model ? g_object_ref (model) : NULL;
  g_signal_connect_object (city, "notify", G_CALLBACK (fill_row), self, G_CONNECT_SWAPPED);
  fill_row (self);

  return GTK_WIDGET (self);
}

/**
 * lc_city_row_get_city:
 * @self: the row
 *
 * Returns: (transfer none): the city it shows
 */
LcCity *
lc_city_row_get_city (LcCityRow *self)
{
  g_return_val_if_fail (LC_IS_CITY_ROW (self), NULL);

  return self->city;
}
