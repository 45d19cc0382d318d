/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-a11y.h"
#include "lc-bilingual-entry.h"
#include "lc-feedback.h"
#include "lc-l10n.h"
#include "lc-report-page-private.h"

/*
 * The Report area's coverage: the press articles and social-media posts
 * listed in the report. The list shows them; the form under it adds one,
 * or edits the one whose Edit button was pressed. Adding, editing and
 * deleting are each one undo step.
 */

/* In the order of the form's choices. */
static const LcLanguage languages[] = { LC_LANGUAGE_ARABIC, LC_LANGUAGE_ENGLISH };

static void
on_edit_clicked (GtkButton    *button,
                 LcReportPage *self)
{
  LcCoverage *entry = g_object_get_data (G_OBJECT (button), "lc-record");

  /* A copy: the list's entry stays as stored until the edit is. */
  g_clear_object (&self->editing);
  self->editing = LC_COVERAGE (lc_record_copy (LC_RECORD (entry)));
  gtk_editable_set_text (GTK_EDITABLE (self->headline), lc_coverage_get_headline (entry));
  gtk_editable_set_text (GTK_EDITABLE (self->outlet), lc_coverage_get_outlet (entry));
  gtk_editable_set_text (GTK_EDITABLE (self->date), lc_coverage_get_date (entry));
  gtk_editable_set_text (GTK_EDITABLE (self->link), lc_coverage_get_link (entry));
  adw_combo_row_set_selected (self->kind, lc_coverage_get_kind (entry));
  adw_combo_row_set_selected (self->language, lc_coverage_get_language (entry) == LC_LANGUAGE_ENGLISH ? 1 : 0);
  adw_preferences_group_set_title (self->coverage_form, _("Edit Coverage"));
  gtk_button_set_label (self->save_coverage_button, _("Save _Coverage"));
  gtk_widget_set_visible (GTK_WIDGET (self->new_coverage_button), TRUE);
  gtk_widget_grab_focus (self->headline);
}

static void
on_delete_clicked (GtkButton    *button,
                   LcReportPage *self)
{
  LcCoverage *entry = g_object_get_data (G_OBJECT (button), "lc-record");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  /* Translators: a toast; %s is the headline of a press article or post */
  message = g_strdup_printf (_("“%s” deleted"), lc_coverage_get_headline (entry));
  if (self->editing != NULL && lc_record_get_id (LC_RECORD (self->editing)) == lc_record_get_id (LC_RECORD (entry)))
    lc_report_page_clear_form (self);
  /* The button goes with its row: the keyboard stays with the coverage,
   * where Ctrl+Z takes the deletion back. */
  gtk_widget_grab_focus (GTK_WIDGET (self->save_coverage_button));
  if (!lc_report_delete_coverage (self->undo, entry, &error))
    lc_widget_show_error (GTK_WIDGET (self), error);
  else
    lc_widget_show_undo_toast (GTK_WIDGET (self), message);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  LcReportPage *self = user_data;
  LcCoverage *entry = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *where = NULL;

  /* Typed text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lc_coverage_get_headline (entry));
  where = *lc_coverage_get_date (entry) != '\0'
          ? g_strjoin (" · ", lc_coverage_get_outlet (entry), lc_coverage_get_date (entry), NULL)
          : g_strdup (lc_coverage_get_outlet (entry));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             lc_report_page_row_button (self, LC_RECORD (entry), "document-edit-symbolic", _("Edit"),
                                         G_CALLBACK (on_edit_clicked)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             lc_report_page_row_button (self, LC_RECORD (entry), "user-trash-symbolic", _("Delete"),
                                         G_CALLBACK (on_delete_clicked)));
  return row;
}

/**
 * lc_report_page_load_coverage:
 * @self: the page
 *
 * Reads the convention's coverage entries again into the list.
 */
void
lc_report_page_load_coverage (LcReportPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) coverage = lc_store_list (self->store, LC_TYPE_COVERAGE, "convention_id",
                                                  lc_convention_model_get_id (self->model), &error);

  if (coverage == NULL)
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  g_set_object (&self->coverage, coverage);
  gtk_list_box_bind_model (self->coverage_list, G_LIST_MODEL (coverage), create_row, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->coverage_list), g_list_model_get_n_items (G_LIST_MODEL (coverage)) > 0);
}

/**
 * lc_report_page_clear_form:
 * @self: the page
 *
 * Empties the coverage form, ready for a new entry.
 */
void
lc_report_page_clear_form (LcReportPage *self)
{
  g_clear_object (&self->editing);
  gtk_editable_set_text (GTK_EDITABLE (self->headline), "");
  gtk_editable_set_text (GTK_EDITABLE (self->outlet), "");
  gtk_editable_set_text (GTK_EDITABLE (self->date), "");
  gtk_editable_set_text (GTK_EDITABLE (self->link), "");
  adw_preferences_group_set_title (self->coverage_form, _("Add Coverage"));
  gtk_button_set_label (self->save_coverage_button, _("Add _Coverage"));
  gtk_widget_set_visible (GTK_WIDGET (self->new_coverage_button), FALSE);
}

void
on_new_coverage_clicked_cb (LcReportPage *self)
{
  lc_report_page_clear_form (self);
  gtk_widget_grab_focus (self->headline);
}

/* Adds the entry in the form, or stores the one being edited. */
void
on_save_coverage_clicked_cb (LcReportPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcCoverage) entry = NULL;
  g_autofree char *headline = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->headline))));
  guint language = adw_combo_row_get_selected (self->language);
  gboolean adding = self->editing == NULL;

  if (self->model == NULL)
    return;

  entry = adding ? g_object_new (LC_TYPE_COVERAGE, NULL) : g_object_ref (self->editing);
  if (adding)
    lc_record_set_int (LC_RECORD (entry), "convention-id", lc_convention_model_get_id (self->model));
  lc_coverage_set_headline (entry, headline);
  lc_coverage_set_outlet (entry, gtk_editable_get_text (GTK_EDITABLE (self->outlet)));
  lc_coverage_set_date (entry, gtk_editable_get_text (GTK_EDITABLE (self->date)));
  lc_coverage_set_link (entry, gtk_editable_get_text (GTK_EDITABLE (self->link)));
  lc_coverage_set_kind (entry, adw_combo_row_get_selected (self->kind) == 1 ? LC_COVERAGE_KIND_SOCIAL
                                                                            : LC_COVERAGE_KIND_PRESS);
  lc_coverage_set_language (entry, languages[language < G_N_ELEMENTS (languages) ? language : 0]);

  if (!(adding ? lc_report_add_coverage (self->undo, G_LIST_MODEL (self->coverage), entry, &error)
               : lc_report_edit_coverage (self->undo, entry, &error)))
    {
      /* The form keeps what was typed, to be put right. */
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  lc_report_page_clear_form (self);
  gtk_widget_grab_focus (self->headline);
}

/**
 * lc_report_page_init_coverage:
 * @self: the page
 *
 * Fills the form's choices and connects its fields.
 */
void
lc_report_page_init_coverage (LcReportPage *self)
{
  const char *kinds[] = { _("Press"), _("Social media"), NULL };
  const char *names[] = { _("Arabic"), _("English"), NULL };
  g_autoptr(GtkStringList) kind_list = gtk_string_list_new (kinds);
  g_autoptr(GtkStringList) language_list = gtk_string_list_new (names);
  GtkWidget *fields[] = { self->headline, self->outlet, self->date, self->link };
  g_autoptr(GtkListItemFactory) kind_factory = lc_a11y_string_factory ();
  g_autoptr(GtkListItemFactory) language_factory = lc_a11y_string_factory ();

  adw_combo_row_set_factory (self->kind, kind_factory);
  adw_combo_row_set_factory (self->language, language_factory);
  adw_combo_row_set_model (self->kind, G_LIST_MODEL (kind_list));
  adw_combo_row_set_model (self->language, G_LIST_MODEL (language_list));
  adw_combo_row_set_selected (self->language, lc_l10n_language_from_environment () == LC_LANGUAGE_ENGLISH ? 1 : 0);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    /* Enter in any line adds the entry, as the button does. */
    g_signal_connect_swapped (fields[i], "entry-activated", G_CALLBACK (on_save_coverage_clicked_cb), self);
  /* Dates and addresses are written left to right in both languages. */
  lc_bilingual_entry_set_direction (self->date, GTK_TEXT_DIR_LTR);
  lc_bilingual_entry_set_direction (self->link, GTK_TEXT_DIR_LTR);
}
