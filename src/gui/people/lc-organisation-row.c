/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-organisation.h"
#include "lc-organisation-row.h"
#include "lc-util.h"

/*
 * A person's organisation in the person editor (issue 12): one of the
 * convention's organisations, in their order, or none, when the person's
 * organisation stays the free text typed above it.
 */

struct _LcOrganisationRow
{
  AdwComboRow  parent_instance;

  GArray      *ids;   /* gint64 per choice; 0 for "typed above" */
};

G_DEFINE_FINAL_TYPE (LcOrganisationRow, lc_organisation_row, ADW_TYPE_COMBO_ROW)

static void
lc_organisation_row_finalize (GObject *object)
{
  LcOrganisationRow *self = LC_ORGANISATION_ROW (object);

  g_clear_pointer (&self->ids, g_array_unref);

  G_OBJECT_CLASS (lc_organisation_row_parent_class)->finalize (object);
}

static void
lc_organisation_row_class_init (LcOrganisationRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lc_organisation_row_finalize;
}

static void
lc_organisation_row_init (LcOrganisationRow *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * lc_organisation_row_new:
 * @store: the library
 * @convention_id: the person's convention
 *
 * Returns: (transfer floating): a row offering the convention's
 *   organisations, "typed above" chosen
 */
GtkWidget *
lc_organisation_row_new (LcStore *store,
                         gint64   convention_id)
{
  LcOrganisationRow *self = g_object_new (LC_TYPE_ORGANISATION_ROW,
                                          "title", _("Organisation in the List"),
                                          "subtitle", _("One of the convention’s organisations, or the one typed above"),
                                          "use-subtitle", FALSE,
                                          NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GListStore) organisations = NULL;
  g_autoptr(GError) error = NULL;
  gint64 none = 0;

  gtk_string_list_append (names, C_("organisation", "As typed above"));
  g_array_append_val (self->ids, none);
  /* A library that cannot be read leaves the choice of free text alone. */
  organisations = lc_organisations_list (store, convention_id, &error);
  if (organisations == NULL)
    g_warning ("Could not list the organisations: %s", error->message);
  for (guint i = 0; organisations && i < g_list_model_get_n_items (G_LIST_MODEL (organisations)); i++)
    {
      g_autoptr(LcRecord) organisation = g_list_model_get_item (G_LIST_MODEL (organisations), i);
      gint64 id = lc_record_get_id (organisation);

      gtk_string_list_append (names, lc_ui_text (organisation, "name", NULL));
      g_array_append_val (self->ids, id);
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (self), G_LIST_MODEL (names));

  return GTK_WIDGET (self);
}

/**
 * lc_organisation_row_get_id:
 * @self: the row
 *
 * Returns: the chosen organisation's id, or 0 for the typed one
 */
gint64
lc_organisation_row_get_id (LcOrganisationRow *self)
{
  guint chosen;

  g_return_val_if_fail (LC_IS_ORGANISATION_ROW (self), 0);

  chosen = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  return chosen < self->ids->len ? g_array_index (self->ids, gint64, chosen) : 0;
}

/**
 * lc_organisation_row_set_id:
 * @self: the row
 * @id: an organisation's id, or 0 for the typed one
 *
 * Chooses @id; one no longer listed chooses the typed one.
 */
void
lc_organisation_row_set_id (LcOrganisationRow *self,
                            gint64             id)
{
  g_return_if_fail (LC_IS_ORGANISATION_ROW (self));

  adw_combo_row_set_selected (ADW_COMBO_ROW (self), 0);
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self), i);
}
