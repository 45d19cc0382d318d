/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-badge.h"
#include "lc-badges-dialog.h"
#include "lc-error.h"
#include "lc-pdf-export.h"
#include "lc-util.h"

/*
 * Badges and table tents from the window (issue 14): for whom (the people
 * selected in the People area, one category, or everyone), on which sheet
 * and in which language; Export… asks for the file, and the shared PDF
 * export (lc-pdf-export.c) writes it in a worker thread, with a toast
 * that shows the progress and can cancel it.
 */

/* Who, after the selection (when there is one): the rows of the People
 * choice and the band each keeps (-1: everyone). In a context of their
 * own: elsewhere "Press" is the news, and a category names one person. */
static const struct
{
  const char *label;
  int         band;
} whom[] = {
  { NC_("badges for", "Everyone"), -1 },
  { NC_("badges for", "Speakers, moderators and presenters"), LC_PARTICIPANT_CATEGORY_PROGRAMME },
  { NC_("badges for", "Delegates"), LC_PARTICIPANT_CATEGORY_DELEGATE },
  { NC_("badges for", "Observers"), LC_PARTICIPANT_CATEGORY_OBSERVER },
  { NC_("badges for", "Press"), LC_PARTICIPANT_CATEGORY_PRESS },
  { NC_("badges for", "Staff"), LC_PARTICIPANT_CATEGORY_STAFF },
};

struct _LcBadgesDialog
{
  AdwWindow     parent_instance;

  LcStore      *store;
  gint64        convention_id;
  LcBadgesKind  kind;
  GArray       *selected;   /* of gint64 */

  AdwComboRow  *people_row;
  AdwComboRow  *sheet_row;
  AdwComboRow  *language_row;
};

G_DEFINE_FINAL_TYPE (LcBadgesDialog, lc_badges_dialog, ADW_TYPE_WINDOW)

/* What the worker thread needs: ids and choices, never a widget. */
typedef struct
{
  gint64         convention_id;
  LcBadgesKind   kind;
  LcBadgeLayout  layout;
  int            band;       /* -1: no band chosen */
  GArray        *people;     /* (nullable) the selection */
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_pointer (&job->people, g_array_unref);
  g_free (job);
}

static gboolean
has_programme (LcBadgeSet *set)
{
  for (guint i = 0; i < set->entries->len; i++)
    if (((const LcBadgeEntry *) g_ptr_array_index (set->entries, i))->on_programme)
      return TRUE;
  return FALSE;
}

/* Runs in the worker thread, with its own connection to the library. */
static gboolean
write_job (LcStore             *store,
           gconstpointer        data,
           const char          *path,
           LcAgendaLanguage     language,
           LcDigits             digits,
           LcPaper              paper,
           GCancellable        *cancellable,
           LcExportProgressFunc progress,
           gpointer             progress_data,
           GError             **error)
{
  const Job *job = data;
  g_autoptr(LcBadgeSet) set = lc_badge_set_load (store, job->convention_id, error);

  if (set == NULL)
    return FALSE;
  if (job->people != NULL)
    lc_badge_set_keep_people (set, (const gint64 *) job->people->data, job->people->len);
  if (job->band >= 0)
    lc_badge_set_keep_band (set, job->band);

  /* Said here rather than by the writers, whose words are about the whole
   * convention: a choice of people can leave nobody. */
  if (job->kind == LC_BADGES_KIND_TABLE_TENTS && !has_programme (set))
    {
      g_set_error_literal (error, LC_ERROR, LC_ERROR_NOT_FOUND,
                           _("Table tents are for speakers, moderators and presenters, and none of the "
                             "chosen people is one. Nothing was written."));
      return FALSE;
    }
  if (set->entries->len == 0)
    {
      g_set_error_literal (error, LC_ERROR, LC_ERROR_NOT_FOUND,
                           _("None of the chosen people gets a badge: people who declined get none. "
                             "Nothing was written."));
      return FALSE;
    }
  if (job->kind == LC_BADGES_KIND_TABLE_TENTS)
    return lc_table_tents_write_pdf (set, path, language, error);
  return lc_badges_write_pdf (set, path, job->layout, language, error);
}

static const LcPdfDocument badges_document = {
  .title = N_("Export Badges as PDF"),
  /* Translators: the suggested file name of exported badges */
  .file_name = N_("badges.pdf"),
  .exporting = N_("Exporting the badges…"),
  .exported = N_("Badges exported as PDF"),
  .write = write_job,
};

static const LcPdfDocument table_tents_document = {
  .title = N_("Export Table Tents"),
  /* Translators: the suggested file name of exported table tents */
  .file_name = N_("table-tents.pdf"),
  .exporting = N_("Exporting the table tents…"),
  .exported = N_("Table tents exported as PDF"),
  .write = write_job,
};

static void
on_export_button_clicked_cb (LcBadgesDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  guint chosen = adw_combo_row_get_selected (self->people_row);
  Job *job = g_new0 (Job, 1);

  job->convention_id = self->convention_id;
  job->kind = self->kind;
  /* The sheet's rows are in LcBadgeLayout's order. */
  job->layout = (LcBadgeLayout) adw_combo_row_get_selected (self->sheet_row);
  job->band = -1;
  if (self->selected->len > 0 && chosen == 0)
    job->people = g_array_ref (self->selected);
  else if (self->selected->len > 0)
    chosen--;
  if (job->people == NULL && chosen < G_N_ELEMENTS (whom))
    job->band = whom[chosen].band;

  lc_pdf_export_choose (parent, self->store,
                        self->kind == LC_BADGES_KIND_TABLE_TENTS ? &table_tents_document : &badges_document,
                        job, job_free, lc_pdf_language_at (adw_combo_row_get_selected (self->language_row)));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
lc_badges_dialog_finalize (GObject *object)
{
  LcBadgesDialog *self = LC_BADGES_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->selected, g_array_unref);

  G_OBJECT_CLASS (lc_badges_dialog_parent_class)->finalize (object);
}

static void
lc_badges_dialog_class_init (LcBadgesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = lc_badges_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/LearningCities/ui/people/lc-badges-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LcBadgesDialog, people_row);
  gtk_widget_class_bind_template_child (widget_class, LcBadgesDialog, sheet_row);
  gtk_widget_class_bind_template_child (widget_class, LcBadgesDialog, language_row);
  gtk_widget_class_bind_template_callback (widget_class, on_export_button_clicked_cb);
}

static void
lc_badges_dialog_init (LcBadgesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->selected = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/* The People choice: the selection first when there is one, as the
 * reason the dialog was opened; then everyone and, for badges, each band. */
static void
fill_people (LcBadgesDialog *self)
{
  g_autoptr(GtkStringList) people = gtk_string_list_new (NULL);
  guint n = self->selected->len;

  if (n > 0)
    {
      g_autofree char *selection = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "The %u selected person",
                                                              "The %u selected people", n), n);

      gtk_string_list_append (people, selection);
    }
  if (self->kind == LC_BADGES_KIND_TABLE_TENTS)
    gtk_string_list_append (people, _("Everyone on the programme"));
  else
    for (guint i = 0; i < G_N_ELEMENTS (whom); i++)
      gtk_string_list_append (people, g_dpgettext2 (GETTEXT_PACKAGE, "badges for", whom[i].label));
  adw_combo_row_set_model (self->people_row, G_LIST_MODEL (people));
}

/**
 * lc_badges_dialog_new:
 * @parent: the window
 * @store: the library
 * @convention_id: the convention
 * @kind: badges or table tents
 * @selected_ids: (array length=n_selected) (nullable): the people
 *   selected in the People area
 * @n_selected: how many
 *
 * Returns: (transfer none): the dialog, to be presented; it closes itself
 */
LcBadgesDialog *
lc_badges_dialog_new (GtkWindow    *parent,
                      LcStore      *store,
                      gint64        convention_id,
                      LcBadgesKind  kind,
                      const gint64 *selected_ids,
                      guint         n_selected)
{
  LcBadgesDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  self = g_object_new (LC_TYPE_BADGES_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->convention_id = convention_id;
  self->kind = kind;
  if (n_selected > 0)
    g_array_append_vals (self->selected, selected_ids, n_selected);
  fill_people (self);

  lc_pdf_language_row_init (self->language_row);

  if (kind == LC_BADGES_KIND_TABLE_TENTS)
    {
      /* A table tent is an A4 sheet, folded: no sheet to choose. */
      gtk_window_set_title (GTK_WINDOW (self), _("Export Table Tents"));
      gtk_widget_set_visible (GTK_WIDGET (self->sheet_row), FALSE);
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), _("Export Badges as PDF"));
  return self;
}
