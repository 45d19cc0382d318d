/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-convention-row.h"
#include "lc-util.h"

/*
 * A convention in the library's list: its title and dates, a button that
 * asks to delete it (win.delete-convention with its id), and a chevron;
 * activating the row opens it.
 */

struct _LcConventionRow
{
  AdwActionRow  parent_instance;

  LcConvention *convention;
};

G_DEFINE_FINAL_TYPE (LcConventionRow, lc_convention_row, ADW_TYPE_ACTION_ROW)

static void
lc_convention_row_dispose (GObject *object)
{
  g_clear_object (&LC_CONVENTION_ROW (object)->convention);

  G_OBJECT_CLASS (lc_convention_row_parent_class)->dispose (object);
}

static void
lc_convention_row_class_init (LcConventionRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lc_convention_row_dispose;
}

static void
lc_convention_row_init (LcConventionRow *self)
{
}

/**
 * lc_convention_row_new:
 * @convention: the convention to show
 *
 * Returns: (transfer floating): a row for the library's list
 */
GtkWidget *
lc_convention_row_new (LcConvention *convention)
{
  LcRecord *record = LC_RECORD (convention);
  g_autofree char *dates = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  LcConventionRow *self;
  GtkWidget *delete;

  g_return_val_if_fail (LC_IS_CONVENTION (convention), NULL);

  /* Titles come from the library: escaped, since libadwaita 1.2's action
   * row reads its title as markup even when told not to at construction. */
  dates = lc_format_date_range (lc_convention_get_start_date (convention),
                                lc_convention_get_end_date (convention));
  title = g_markup_escape_text (lc_ui_text (record, "title", NULL), -1);
  subtitle = g_markup_escape_text (dates, -1);
  self = g_object_new (LC_TYPE_CONVENTION_ROW,
                       "title", title,
                       "subtitle", subtitle,
                       "activatable", TRUE,
                       NULL);
  self->convention = g_object_ref (convention);

  delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (delete, _("Delete Convention…"));
  gtk_widget_add_css_class (delete, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "win.delete-convention");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "x", lc_record_get_id (record));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), delete);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), gtk_image_new_from_icon_name ("go-next-symbolic"));

  return GTK_WIDGET (self);
}

/**
 * lc_convention_row_get_convention:
 * @self: the row
 *
 * Returns: (transfer none): the convention it shows
 */
LcConvention *
lc_convention_row_get_convention (LcConventionRow *self)
{
  g_return_val_if_fail (LC_IS_CONVENTION_ROW (self), NULL);

  return self->convention;
}
