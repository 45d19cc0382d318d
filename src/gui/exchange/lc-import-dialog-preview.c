/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The import dialog's preview of a plan: the counts, the verdict, the
 * ignored columns and warnings, and one row per line of the file. */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-import-dialog-private.h"
#include "lc-import-preview-row.h"
#include "lc-util.h"

#define MAX_WARNINGS_SHOWN 20

/* ---- one row of the preview list ---- */

#define LC_TYPE_IMPORT_ROW_ITEM (lc_import_row_item_get_type ())
G_DECLARE_FINAL_TYPE (LcImportRowItem, lc_import_row_item, LC, IMPORT_ROW_ITEM, GObject)

struct _LcImportRowItem
{
  GObject       parent_instance;
  LcImportPlan *plan;
  guint         index;
};

G_DEFINE_FINAL_TYPE (LcImportRowItem, lc_import_row_item, G_TYPE_OBJECT)

static void
lc_import_row_item_finalize (GObject *object)
{
  g_clear_pointer (&LC_IMPORT_ROW_ITEM (object)->plan, lc_import_plan_unref);
  G_OBJECT_CLASS (lc_import_row_item_parent_class)->finalize (object);
}

static void
lc_import_row_item_class_init (LcImportRowItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lc_import_row_item_finalize;
}

static void
lc_import_row_item_init (LcImportRowItem *self)
{
}

static const LcImportRow *
row_item_get_row (LcImportRowItem *item)
{
  return lc_import_plan_get_row (item->plan, item->index);
}

void
_lc_import_dialog_setup_row (GtkSignalListItemFactory *factory,
                             GtkListItem              *list_item,
                             gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, lc_import_preview_row_new ());
  gtk_list_item_set_activatable (list_item, FALSE);
}

void
_lc_import_dialog_bind_row (GtkSignalListItemFactory *factory,
                            GtkListItem              *list_item,
                            gpointer                  user_data)
{
  lc_import_preview_row_show (LC_IMPORT_PREVIEW_ROW (gtk_list_item_get_child (list_item)),
                              row_item_get_row (gtk_list_item_get_item (list_item)));
}

static void
append_count (GString    *text,
              const char *part)
{
  if (text->len > 0)
    /* Translators: separates the counts of an import preview */
    g_string_append (text, _(", "));
  g_string_append (text, part);
}

void
_lc_import_dialog_show_preview (LcImportDialog *self)
{
  LcImportPlan *plan = self->plan;
  guint n_rows = lc_import_plan_get_n_rows (plan);
  guint added = lc_import_plan_count (plan, LC_IMPORT_ROW_ADD);
  guint updated = lc_import_plan_count (plan, LC_IMPORT_ROW_UPDATE);
  guint unchanged = lc_import_plan_count (plan, LC_IMPORT_ROW_UNCHANGED);
  guint merged = lc_import_plan_count (plan, LC_IMPORT_ROW_MERGED);
  guint rejected = lc_import_plan_count (plan, LC_IMPORT_ROW_REJECTED);
  guint asked = lc_import_plan_get_n_ambiguous (plan);
  const char * const *unknown = lc_import_plan_get_unknown_columns (plan);
  guint n_messages = lc_import_plan_get_n_messages (plan);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(GString) warnings = g_string_new (NULL);
  g_autofree char *warning = NULL;
  g_autofree char *verdict = NULL;
  g_autoptr(GListStore) rows = g_list_store_new (LC_TYPE_IMPORT_ROW_ITEM);
  g_autofree char *part = NULL;

  part = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u to add", "%u to add", added), added);
  append_count (summary, part);
  g_free (part);
  part = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u to update", "%u to update", updated), updated);
  append_count (summary, part);
  g_free (part);
  part = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u unchanged", "%u unchanged", unchanged), unchanged);
  append_count (summary, part);
  g_free (part);
  part = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u merged", "%u merged", merged), merged);
  append_count (summary, part);
  g_free (part);
  part = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u rejected", "%u rejected", rejected), rejected);
  append_count (summary, part);
  gtk_label_set_text (self->summary_label, summary->str);

  /* A question about a column comes first: the rows below depend on it. */
  if (asked > 0)
    verdict = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u column can mean more than one thing: choose its meaning below "
                                         "before importing.",
                                         "%u columns can mean more than one thing: choose their meanings below "
                                         "before importing.", asked), asked);
  else if (rejected > 0)
    verdict = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u row cannot be imported, so nothing can be imported yet. "
                                         "Correct the file and import it again.",
                                         "%u rows cannot be imported, so nothing can be imported yet. "
                                         "Correct the file and import it again.", rejected), rejected);
  else if (added + updated == 0)
    verdict = g_strdup (_("The library already holds everything in this file."));
  else
    verdict = g_strdup (_("Nothing is written until you press Import."));
  gtk_label_set_text (self->verdict_label, verdict);
  if (asked > 0 || rejected > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "error");

  /* A file that was not UTF-8 was read in a guessed encoding: say which,
   * so that names in the rows below that read wrong are understood. */
  if (lc_import_plan_get_encoding (plan) != LC_CSV_ENCODING_UTF8)
    {
      g_autofree char *read_as = g_strdup_printf (_("Read as %s."),
                                                  lc_csv_encoding_get_name (lc_import_plan_get_encoding (plan)));
      g_autofree char *text = g_strdup_printf ("%s %s", read_as,
                                               _("If the names below do not read correctly, save the "
                                                 "spreadsheet as “CSV UTF-8” and import that file."));

      gtk_label_set_text (self->encoding_label, text);
    }
  /* A workbook says which kind, and which of its sheets was read. */
  if (lc_import_plan_get_origin (plan) != NULL)
    gtk_label_set_text (self->encoding_label, lc_import_plan_get_origin (plan));
  gtk_widget_set_visible (GTK_WIDGET (self->encoding_label),
                          lc_import_plan_get_encoding (plan) != LC_CSV_ENCODING_UTF8
                          || lc_import_plan_get_origin (plan) != NULL);

  if (unknown != NULL && unknown[0] != NULL)
    {
      /* Translators: the separator between column names */
      g_autofree char *list = g_strjoinv (_(", "), (char **) unknown);
      g_autofree char *text = g_strdup_printf (_("Columns ignored (not known): %s"), list);

      gtk_label_set_text (self->unknown_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->unknown_label), unknown != NULL && unknown[0] != NULL);

  for (guint i = 0; i < n_messages && i < MAX_WARNINGS_SHOWN; i++)
    {
      const LcImportMessage *message = lc_import_plan_get_message (plan, i);

      if (warnings->len > 0)
        g_string_append_c (warnings, '\n');
      if (message->column != NULL)
        /* Translators: a warning of an import: line, column header, text */
        warning = lc_ui_printf (_("Line %u, column “%s”: %s"), message->line, message->column, message->text);
      else
        warning = lc_ui_printf (_("Line %u: %s"), message->line, message->text);
      g_string_append (warnings, warning);
      g_clear_pointer (&warning, g_free);
    }
  if (n_messages > MAX_WARNINGS_SHOWN)
    {
      g_string_append_c (warnings, '\n');
      warning = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "…and %u more warning", "…and %u more warnings",
                                           n_messages - MAX_WARNINGS_SHOWN),
                              n_messages - MAX_WARNINGS_SHOWN);
      g_string_append (warnings, warning);
      g_clear_pointer (&warning, g_free);
    }
  gtk_label_set_text (self->warnings_label, warnings->str);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_label), warnings->len > 0);

  /* Rejected rows first: they are what the user has to act on. */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n_rows; i++)
      {
        gboolean is_rejected = lc_import_plan_get_row (plan, i)->action == LC_IMPORT_ROW_REJECTED;

        if (is_rejected == (pass == 0))
          {
            g_autoptr(LcImportRowItem) item = g_object_new (LC_TYPE_IMPORT_ROW_ITEM, NULL);

            item->plan = lc_import_plan_ref (plan);
            item->index = i;
            g_list_store_append (rows, item);
          }
      }
  gtk_list_view_set_model (self->rows_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&rows)))));

  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), lc_import_plan_can_apply (plan));
  gtk_widget_set_visible (GTK_WIDGET (self->apply_error_label), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  _lc_import_dialog_show_columns (self);
  self->state = "preview";
  gtk_window_present (GTK_WINDOW (self));
}
