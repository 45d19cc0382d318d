/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "lc-a11y.h"
#include "lc-bilingual-entry.h"
#include "lc-error.h"
#include "lc-feedback.h"
#include "lc-growing-text-view.h"
#include "lc-l10n.h"
#include "lc-list-rows.h"
#include "lc-models.h"
#include "lc-l10n.h"
#include "lc-list-rows.h"
#include "lc-models.h"
#include "lc-report-page-private.h"
#include "lc-util.h"

/*
 * The Report area: what the organiser writes for the final report beside
 * what the library already holds. A text is stored when the keyboard
 * leaves it (or Enter in a one-line field), so each text typed is one
 * undo step rather than one per letter; the page reads everything again
 * when the library says a report's row changed, which is also how an
 * undone edit comes back into the fields.
 */

static void lc_report_page_page_iface_init (LcPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LcReportPage, lc_report_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (LC_TYPE_PAGE, lc_report_page_page_iface_init))

/* ---- reading fields ---------------------------------------------------- */

static char *
text_of (GtkWidget *widget)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (GTK_IS_EDITABLE (widget))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Puts @text in @widget unless it is there already: the cursor of the
 * field being typed in stays where it is when the library echoes it. */
static void
show_text (GtkWidget  *widget,
           const char *text)
{
  g_autofree char *now = text_of (widget);

  if (g_strcmp0 (now, text) == 0)
    return;
  if (GTK_IS_EDITABLE (widget))
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
  else
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
}

/* ---- the report's own texts and figures -------------------------------- */

static gint64 (*const figure_get[4]) (LcReport *) = {
  lc_report_get_in_person, lc_report_get_online, lc_report_get_cities, lc_report_get_countries,
};
static void (*const figure_set[4]) (LcReport *, gint64) = {
  lc_report_set_in_person, lc_report_set_online, lc_report_set_cities, lc_report_set_countries,
};

static void
load_report (LcReportPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcReport) report = lc_report_load (self->store, lc_convention_model_get_id (self->model), &error);
  LcReportFigures counted = { 0 };
  gint64 *values[4] = { &counted.in_person, &counted.online, &counted.cities, &counted.countries };

  if (report == NULL || !lc_report_get_figures (self->store, lc_convention_model_get_id (self->model),
                                                &counted, &error))
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  g_set_object (&self->report, report);

  show_text (self->signatory_ar, lc_report_get_signatory (report, LC_LANGUAGE_ARABIC));
  show_text (self->signatory_en, lc_report_get_signatory (report, LC_LANGUAGE_ENGLISH));
  show_text (self->foreword_ar, lc_report_get_foreword (report, LC_LANGUAGE_ARABIC));
  show_text (self->foreword_en, lc_report_get_foreword (report, LC_LANGUAGE_ENGLISH));
  show_text (self->about_ar, lc_report_get_about (report, LC_LANGUAGE_ARABIC));
  show_text (self->about_en, lc_report_get_about (report, LC_LANGUAGE_ENGLISH));

  /* A figure not given shows, in grey, the one the library counts and the
   * report prints in its place. */
  for (guint i = 0; i < G_N_ELEMENTS (self->figures); i++)
    {
      gint64 given = figure_get[i] (report);
      g_autofree char *shown = given > 0 ? lc_ui_format_number (given) : g_strdup ("");
      g_autofree char *count = lc_ui_format_number (*values[i]);

      show_text (self->figures[i], shown);
      gtk_entry_set_placeholder_text (GTK_ENTRY (self->figures[i]), given > 0 ? NULL : count);
    }
}

/* Reads a figure as typed, in either language's digits; -1 when it is
 * not a number. Empty is 0: not given. */
static gint64
parse_figure (const char *typed)
{
  g_autofree char *digits = lc_l10n_convert_digits (LC_LANGUAGE_ENGLISH, LC_DIGITS_WESTERN, typed);
  char *end = NULL;
  gint64 value;

  g_strstrip (digits);
  if (*digits == '\0')
    return 0;
  value = g_ascii_strtoll (digits, &end, 10);
  return end != NULL && *end == '\0' && value >= 0 && value <= G_MAXINT ? value : -1;
}

/* Stores the report's texts and figures, when anything changed, as one
 * undo step. */
static void
store_report (LcReportPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcReport) edited = NULL;
  g_autofree char *sig_ar = NULL, *sig_en = NULL, *fw_ar = NULL, *fw_en = NULL;
  g_autofree char *ab_ar = NULL, *ab_en = NULL;

  if (self->loading || self->report == NULL)
    return;

  edited = LC_REPORT (lc_record_copy (LC_RECORD (self->report)));
  sig_ar = text_of (self->signatory_ar);
  sig_en = text_of (self->signatory_en);
  fw_ar = text_of (self->foreword_ar);
  fw_en = text_of (self->foreword_en);
  ab_ar = text_of (self->about_ar);
  ab_en = text_of (self->about_en);
  lc_report_set_signatory (edited, sig_ar, sig_en);
  lc_report_set_foreword (edited, fw_ar, fw_en);
  lc_report_set_about (edited, ab_ar, ab_en);
  for (guint i = 0; i < G_N_ELEMENTS (self->figures); i++)
    {
      g_autofree char *typed = text_of (self->figures[i]);
      gint64 value = parse_figure (typed);

      if (value < 0)
        {
          g_set_error (&error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                       _("“%s” is not a number of people, cities or countries: type digits only, or leave it empty."),
                       typed);
          lc_widget_show_error (GTK_WIDGET (self), error);
          return;
        }
      figure_set[i] (edited, value);
    }

  if (lc_record_equal (LC_RECORD (edited), LC_RECORD (self->report)))
    return;
  if (!lc_report_save (self->undo, edited, &error))
    lc_widget_show_error (GTK_WIDGET (self), error);
  else
    g_set_object (&self->report, edited);
}

/* ---- summaries --------------------------------------------------------- */

static gint64
chosen_item (LcReportPage *self)
{
  guint i = adw_combo_row_get_selected (self->item);

  return self->item_ids != NULL && i < self->item_ids->len ? g_array_index (self->item_ids, gint64, i) : 0;
}

static void
load_summary (LcReportPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcReportSummary) summary = NULL;
  gint64 item_id = chosen_item (self);

  gtk_widget_set_sensitive (self->summary_ar, item_id > 0);
  gtk_widget_set_sensitive (self->summary_en, item_id > 0);
  if (item_id > 0)
    summary = lc_report_load_summary (self->store, item_id, &error);
  if (error != NULL)
    lc_widget_show_error (GTK_WIDGET (self), error);
  show_text (self->summary_ar, summary ? lc_report_summary_get_summary (summary, LC_LANGUAGE_ARABIC) : "");
  show_text (self->summary_en, summary ? lc_report_summary_get_summary (summary, LC_LANGUAGE_ENGLISH) : "");
  lc_report_page_load_photos (self, item_id);
}

static void
store_summary (LcReportPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcReportSummary) stored = NULL;
  g_autofree char *ar = NULL, *en = NULL;
  gint64 item_id = chosen_item (self);

  if (self->loading || item_id <= 0)
    return;

  ar = text_of (self->summary_ar);
  en = text_of (self->summary_en);
  stored = lc_report_load_summary (self->store, item_id, NULL);
  /* Leaving a field unchanged is not an edit to undo. */
  if (g_strcmp0 (ar, stored ? lc_report_summary_get_summary (stored, LC_LANGUAGE_ARABIC) : "") == 0
      && g_strcmp0 (en, stored ? lc_report_summary_get_summary (stored, LC_LANGUAGE_ENGLISH) : "") == 0)
    return;
  if (!lc_report_set_summary (self->undo, item_id, ar, en, &error))
    lc_widget_show_error (GTK_WIDGET (self), error);
}

/* The agenda's items, by their titles in the interface's language, in the
 * agenda's order. */
static void
load_items (LcReportPage *self)
{
  GListModel *items = lc_convention_model_get_items (self->model);
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  gint64 was = chosen_item (self);
  guint selected = 0;

  g_array_set_size (self->item_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (items, i);
      gint64 id = lc_record_get_id (item);

      if (id == was)
        selected = i;
      g_array_append_val (self->item_ids, id);
      gtk_string_list_append (titles, lc_ui_text (item, "title", NULL));
    }
  adw_combo_row_set_model (self->item, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->item, selected);
}

/* ---- refreshing -------------------------------------------------------- */

static void
refresh (LcReportPage *self)
{
  if (self->model == NULL)
    return;

  self->loading = TRUE;
  load_report (self);
  load_items (self);
  load_summary (self);
  lc_report_page_load_coverage (self);
  self->loading = FALSE;
}

static gboolean
refresh_idle_cb (gpointer data)
{
  LcReportPage *self = data;

  self->refresh_idle = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (LcStore      *store,
                  GType         type,
                  gint64        id,
                  int           kind,
                  LcReportPage *self)
{
  /* An undo or an import changes many rows: read once, when idle. */
  if (type == LC_TYPE_REPORT || type == LC_TYPE_REPORT_SUMMARY || type == LC_TYPE_COVERAGE
      || type == LC_TYPE_REPORT_PHOTO || type == LC_TYPE_ITEM || type == LC_TYPE_PERSON
      || type == LC_TYPE_CITY)
    if (self->refresh_idle == 0)
      self->refresh_idle = g_idle_add (refresh_idle_cb, self);
}

static void
on_item_selected (LcReportPage *self)
{
  if (self->loading)
    return;
  self->loading = TRUE;
  load_summary (self);
  self->loading = FALSE;
}

/* ---- storing when the keyboard leaves a field ------------------------- */

static void
on_report_field_left (GtkEventControllerFocus *controller,
                      LcReportPage            *self)
{
  store_report (self);
}

static void
on_summary_field_left (GtkEventControllerFocus *controller,
                       LcReportPage            *self)
{
  store_summary (self);
}

static void
watch_field (LcReportPage *self,
             GtkWidget    *widget,
             GCallback     left)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", left, self);
  gtk_widget_add_controller (widget, focus);
  if (GTK_IS_ENTRY (widget) || ADW_IS_ENTRY_ROW (widget))
    g_signal_connect_swapped (widget, GTK_IS_ENTRY (widget) ? "activate" : "entry-activated",
                              G_CALLBACK (store_report), self);
}

/**
 * lc_report_page_flush:
 * @self: the page
 *
 * Stores the texts being typed now, as when the keyboard leaves them.
 */
void
lc_report_page_flush (LcReportPage *self)
{
  g_return_if_fail (LC_IS_REPORT_PAGE (self));

  store_report (self);
  store_summary (self);
}

/**
 * lc_report_page_row_button:
 * @self: the page
 * @record: what the row shows (a coverage entry, a photo)
 * @icon: the icon's name
 * @tooltip: the tooltip, which also names it for screen readers
 * @clicked: the "clicked" handler, called with the button and @self; the
 *   button's "lc-record" data is @record
 *
 * Returns: (transfer floating): a flat icon button for a row's end
 */
GtkWidget *
lc_report_page_row_button (LcReportPage *self,
                           LcRecord     *record,
                           const char   *icon,
                           const char   *tooltip,
                           GCallback     clicked)
{
  GtkWidget *button = lc_list_rows_icon_button (self, icon, tooltip, clicked);

  g_object_set_data_full (G_OBJECT (button), "lc-record", g_object_ref (record), g_object_unref);
  return button;
}

/* ---- LcPage ------------------------------------------------------------ */

static void
set_context (LcPage            *page,
             LcConventionModel *model,
             LcUndoStack       *undo)
{
  LcReportPage *self = LC_REPORT_PAGE (page);

  if (self->model != NULL)
    lc_report_page_flush (self);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);

  g_set_object (&self->model, model);
  g_set_object (&self->undo, undo);
  g_clear_object (&self->store);
  g_clear_object (&self->report);
  g_clear_object (&self->editing);
  if (model != NULL)
    {
      self->store = g_object_ref (lc_convention_model_get_store (model));
      self->changed_handler = g_signal_connect (self->store, "changed", G_CALLBACK (on_store_changed), self);
    }
  lc_report_page_clear_form (self);
  refresh (self);
}

/* Ctrl+N: a new coverage entry. */
static void
add (LcPage *page)
{
  LcReportPage *self = LC_REPORT_PAGE (page);

  lc_report_page_clear_form (self);
  gtk_widget_grab_focus (self->headline);
}

static void
lc_report_page_page_iface_init (LcPageInterface *iface)
{
  iface->set_context = set_context;
  iface->add = add;
  /* No search: the page has nothing to filter. */
}

/* ---- GObject ----------------------------------------------------------- */

static void
on_preview_clicked_cb (LcReportPage *self)
{
  lc_report_page_flush (self);
  lc_report_page_preview (self);
}

static void
lc_report_page_dispose (GObject *object)
{
  LcReportPage *self = LC_REPORT_PAGE (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_object (&self->model);
  g_clear_object (&self->undo);
  g_clear_object (&self->store);
  g_clear_object (&self->report);
  g_clear_object (&self->coverage);
  g_clear_object (&self->editing);
  g_clear_pointer (&self->item_ids, g_array_unref);
  lc_report_page_remove_previews (self);

  G_OBJECT_CLASS (lc_report_page_parent_class)->dispose (object);
}

static void
lc_report_page_class_init (LcReportPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char *const figures[] = { "in_person", "online", "cities", "countries" };

  object_class->dispose = lc_report_page_dispose;

  g_type_ensure (LC_TYPE_GROWING_TEXT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/LearningCities/ui/report/lc-report-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, signatory_ar);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, signatory_en);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, foreword_ar);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, foreword_en);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, about_ar);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, about_en);
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    gtk_widget_class_bind_template_child_full (widget_class, figures[i], FALSE,
                                               G_STRUCT_OFFSET (LcReportPage, figures) + i * sizeof (GtkWidget *));
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, coverage_list);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, coverage_form);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, headline);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, outlet);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, date);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, link);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, kind);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, language);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, new_coverage_button);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, save_coverage_button);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, item);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, summary_ar);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, summary_en);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, add_photo_button);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, photo_list);
  gtk_widget_class_bind_template_child (widget_class, LcReportPage, pending_photos);
  gtk_widget_class_bind_template_callback (widget_class, on_add_photo_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_preview_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_coverage_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_coverage_clicked_cb);
}

static void
lc_report_page_init (LcReportPage *self)
{
  GtkWidget *report_fields[6];
  g_autoptr(GtkListItemFactory) items = lc_a11y_string_factory ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->item_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  /* Items named for a screen reader, in the list and as chosen. */
  adw_combo_row_set_factory (self->item, items);

  /* Arabic is typed right to left and English left to right, whatever
   * the interface's language. */
  lc_bilingual_entry_pair (self->signatory_ar, self->signatory_en);
  lc_bilingual_entry_pair (self->foreword_ar, self->foreword_en);
  lc_bilingual_entry_pair (self->about_ar, self->about_en);
  lc_bilingual_entry_pair (self->summary_ar, self->summary_en);

  report_fields[0] = self->signatory_ar;
  report_fields[1] = self->signatory_en;
  report_fields[2] = self->foreword_ar;
  report_fields[3] = self->foreword_en;
  report_fields[4] = self->about_ar;
  report_fields[5] = self->about_en;
  for (guint i = 0; i < G_N_ELEMENTS (report_fields); i++)
    watch_field (self, report_fields[i], G_CALLBACK (on_report_field_left));
  for (guint i = 0; i < G_N_ELEMENTS (self->figures); i++)
    watch_field (self, self->figures[i], G_CALLBACK (on_report_field_left));
  watch_field (self, self->summary_ar, G_CALLBACK (on_summary_field_left));
  watch_field (self, self->summary_en, G_CALLBACK (on_summary_field_left));
  g_signal_connect_swapped (self->item, "notify::selected", G_CALLBACK (on_item_selected), self);
  lc_report_page_init_coverage (self);
}
