/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The import dialog's columns: one row per column of the file with what it
 * means, changeable in a drop-down. A column whose header means different
 * things in different countries (“اللقب”) is asked: its drop-down starts on
 * a question, and Import stays insensitive until the user answers. Every
 * change plans the file again in the worker, and the rows below follow. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lc-import-dialog-private.h"
#include "lc-util.h"

/* The drop-down's items: the meanings, after the question for an asked column. */
#define MEANINGS_KEY "lc-meanings"
#define ASKED_KEY "lc-asked"
#define COLUMN_KEY "lc-column"
/* The dialog's default width less its margins, and the most the list of
 * columns takes before it scrolls. */
#define DEFAULT_LIST_WIDTH 604
#define MAX_LIST_HEIGHT 220

static char *
describe_column (LcImportDialog *self,
                 guint           column)
{
  LcImportPlan *plan = self->plan;
  const char *likely = lc_import_plan_get_column_likely (plan, column);
  const char * const *choices = lc_import_plan_get_column_choices (plan, column);
  g_autoptr(GString) list = g_string_new (NULL);
  g_autofree char *suggested = NULL;

  switch (lc_import_plan_get_column_certainty (plan, column))
    {
    case LC_COLUMN_AMBIGUOUS:
      for (guint i = 0; choices != NULL && choices[i] != NULL; i++)
        {
          g_autofree char *label = lc_csv_import_describe_meaning (self->kind, choices[i]);

          if (list->len > 0)
            /* Translators: between the meanings a column may have */
            g_string_append (list, _(" or "));
          g_string_append (list, label);
        }
      suggested = lc_csv_import_describe_meaning (self->kind, likely);
      /* Translators: a column such as “اللقب”; the first %s lists its possible
       * meanings (“Family name or Honorific”), the second the likelier */
      return lc_ui_printf (_("This header can mean %s: choose which. The rest of the file suggests %s."),
                           list->str, suggested);
    case LC_COLUMN_CHOSEN:
      return g_strdup (_("As you chose"));
    case LC_COLUMN_UNKNOWN:
      return g_strdup (_("Header not known: the column is ignored"));
    case LC_COLUMN_KNOWN:
    default:
      return g_strdup (_("Read from the header"));
    }
}

static void
on_meaning_selected (AdwComboRow    *row,
                     GParamSpec     *pspec,
                     LcImportDialog *self)
{
  GStrv meanings = g_object_get_data (G_OBJECT (row), MEANINGS_KEY);
  gboolean asked = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), ASKED_KEY));
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), COLUMN_KEY));
  guint selected = adw_combo_row_get_selected (row);

  if (self->busy || selected == GTK_INVALID_LIST_POSITION || (asked && selected == 0))
    return;

  g_hash_table_insert (self->choices, GUINT_TO_POINTER (column), g_strdup (meanings[selected - asked]));
  /* After planning again, the keyboard's focus comes back to this column. */
  self->focus_column = column;
  _lc_import_dialog_start_planning (self);
}

/* Every meaning; for an asked column, the one the file suggests first and
 * the others it may have next, so that accepting is one step down. */
static GStrv
ordered_meanings (LcImportDialog *self,
                  guint           column)
{
  g_auto(GStrv) all = lc_csv_import_list_meanings (self->kind);
  const char *likely = lc_import_plan_get_column_likely (self->plan, column);
  const char * const *choices = lc_import_plan_get_column_choices (self->plan, column);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (lc_import_plan_get_column_certainty (self->plan, column) != LC_COLUMN_AMBIGUOUS)
    return g_steal_pointer (&all);

  g_strv_builder_add (builder, likely);
  for (guint i = 0; choices[i] != NULL; i++)
    if (!g_str_equal (choices[i], likely))
      g_strv_builder_add (builder, choices[i]);
  for (guint i = 0; all[i] != NULL; i++)
    if (!g_strv_contains (choices, all[i]))
      g_strv_builder_add (builder, all[i]);

  return g_strv_builder_end (builder);
}

static GtkWidget *
column_row (LcImportDialog *self,
            guint           column)
{
  LcImportPlan *plan = self->plan;
  const char *header = lc_import_plan_get_column_header (plan, column);
  const char *meaning = lc_import_plan_get_column_meaning (plan, column);
  gboolean asked = lc_import_plan_get_column_certainty (plan, column) == LC_COLUMN_AMBIGUOUS;
  GStrv meanings = ordered_meanings (self, column);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = describe_column (self, column);
  GtkWidget *row = adw_combo_row_new ();
  guint selected = 0;

  if (asked)
    gtk_string_list_append (labels, _("Choose a meaning…"));
  for (guint i = 0; meanings[i] != NULL; i++)
    {
      g_autofree char *label = lc_csv_import_describe_meaning (self->kind, meanings[i]);

      if (asked && i == 0)
        {
          /* Translators: the meaning the file suggests for an asked column */
          g_autofree char *suggested = lc_ui_printf (_("%s (suggested)"), label);

          gtk_string_list_append (labels, suggested);
          continue;
        }
      gtk_string_list_append (labels, label);
      if (!asked && g_str_equal (meanings[i], meaning))
        selected = i;
    }

  /* The header names the drop-down for a screen reader too; text from the
   * file is escaped, as the row's title is markup. */
  title = *header != '\0' ? g_markup_escape_text (header, -1)
                          : lc_ui_printf (_("Column %u, without a header"), column + 1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  if (asked)
    gtk_widget_add_css_class (row, "warning");
  g_object_set_data_full (G_OBJECT (row), MEANINGS_KEY, meanings, (GDestroyNotify) g_strfreev);
  g_object_set_data (G_OBJECT (row), ASKED_KEY, GINT_TO_POINTER (asked));
  g_object_set_data (G_OBJECT (row), COLUMN_KEY, GUINT_TO_POINTER (column));
  /* Connected once the row shows the plan's meaning, so that showing it
   * does not count as the user's choice. */
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_meaning_selected), self);

  return row;
}

/**
 * _lc_import_dialog_show_columns:
 * @self: the dialog, with a plan
 *
 * Shows each column of the planned file with its meaning, and gives the
 * keyboard's focus back to the column the user just changed.
 */
void
_lc_import_dialog_show_columns (LcImportDialog *self)
{
  GtkWidget *child, *scrolled;
  int width, height = 0;
  guint n_columns = lc_import_plan_get_n_columns (self->plan);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_list))) != NULL)
    gtk_list_box_remove (self->columns_list, child);

  for (guint i = 0; i < n_columns; i++)
    {
      GtkWidget *row = column_row (self, i);

      gtk_list_box_append (self->columns_list, row);
      if ((int) i == self->focus_column)
        gtk_widget_grab_focus (row);
    }
  self->focus_column = -1;

  /* The scrolled list takes the height the rows need at the width they
   * have (a wrapped question is taller than its natural height says), up
   * to a few rows; more columns scroll. */
  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self->columns_list), GTK_TYPE_SCROLLED_WINDOW);
  width = gtk_widget_get_width (scrolled) > 0 ? gtk_widget_get_width (scrolled) : DEFAULT_LIST_WIDTH;
  gtk_widget_measure (GTK_WIDGET (self->columns_list), GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), MIN (height, MAX_LIST_HEIGHT));
}
