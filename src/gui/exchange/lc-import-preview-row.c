/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-import-preview-row.h"
#include "lc-util.h"

/*
 * One line of the file in the import dialog's preview: its number, what
 * it names and what importing would do with it. The list recycles rows, so
 * lc_import_preview_row_show() sets everything each time.
 */

struct _LcImportPreviewRow
{
  GtkBox     parent_instance;

  GtkImage  *icon;
  GtkLabel  *line_label;
  GtkLabel  *label;
  GtkLabel  *action_label;
};

G_DEFINE_FINAL_TYPE (LcImportPreviewRow, lc_import_preview_row, GTK_TYPE_BOX)

static char *
action_text (const LcImportRow *row)
{
  switch (row->action)
    {
    case LC_IMPORT_ROW_ADD:
      return g_strdup (_("New"));
    case LC_IMPORT_ROW_UPDATE:
      /* Translators: %s lists the changed fields, e.g. “position-en, organisation-en” */
      return row->changed ? g_strdup_printf (_("Update: %s"), row->changed) : g_strdup (_("Update"));
    case LC_IMPORT_ROW_UNCHANGED:
      return g_strdup (_("Already up to date"));
    case LC_IMPORT_ROW_MERGED:
      /* Translators: a row of the file that repeats an earlier line */
      return lc_ui_printf (_("Same as line %u"), row->merged_into);
    case LC_IMPORT_ROW_REJECTED:
    default:
      return g_strdup_printf (_("Rejected: %s"), row->reason ? row->reason : "");
    }
}

static const char *
action_icon (LcImportAction action)
{
  switch (action)
    {
    case LC_IMPORT_ROW_ADD:
      return "list-add-symbolic";
    case LC_IMPORT_ROW_UPDATE:
      return "document-edit-symbolic";
    case LC_IMPORT_ROW_UNCHANGED:
      return "object-select-symbolic";
    case LC_IMPORT_ROW_MERGED:
      return "edit-copy-symbolic";
    case LC_IMPORT_ROW_REJECTED:
    default:
      return "dialog-error-symbolic";
    }
}

static void
lc_import_preview_row_class_init (LcImportPreviewRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/exchange/lc-import-preview-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LcImportPreviewRow, icon);
  gtk_widget_class_bind_template_child (widget_class, LcImportPreviewRow, line_label);
  gtk_widget_class_bind_template_child (widget_class, LcImportPreviewRow, label);
  gtk_widget_class_bind_template_child (widget_class, LcImportPreviewRow, action_label);
}

static void
lc_import_preview_row_init (LcImportPreviewRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lc_import_preview_row_new (void)
{
  return g_object_new (LC_TYPE_IMPORT_PREVIEW_ROW, NULL);
}

/**
 * lc_import_preview_row_show:
 * @self: the row
 * @row: the line of the plan to show
 *
 * Shows @row; a rejected line is marked as an error.
 */
void
lc_import_preview_row_show (LcImportPreviewRow *self,
                            const LcImportRow  *row)
{
  g_autofree char *line = NULL;
  g_autofree char *action = NULL;

  g_return_if_fail (LC_IS_IMPORT_PREVIEW_ROW (self));
  g_return_if_fail (row != NULL);

  line = lc_ui_printf (_("Line %u"), row->line);
  action = action_text (row);
  gtk_image_set_from_icon_name (self->icon, action_icon (row->action));
  gtk_label_set_text (self->line_label, line);
  gtk_label_set_text (self->label, row->label && *row->label ? row->label : _("(no name)"));
  gtk_label_set_text (self->action_label, action);
  if (row->action == LC_IMPORT_ROW_REJECTED)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->action_label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->action_label), "dim-label");
    }
}
