/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-feedback.h"
#include "lc-file-chooser.h"
#include "lc-import-dialog.h"
#include "lc-util.h"

/*
 * Import Speakers… / Import Cities…: the file is planned in a worker thread
 * (which writes nothing), the plan is previewed row by row, and only when
 * the user presses Import is it applied, again in a worker, in one
 * transaction. LcStore is not thread-safe, so each worker opens its own
 * connection on the library's file; the window's convention model does not
 * hear that connection's changes, so after an import the convention is
 * opened again.
 *
 * Work that takes under half a second shows no progress at all: the dialog
 * appears only when the plan is ready, or after half a second with a
 * progress bar and a Cancel button.
 */

#define SHOW_PROGRESS_AFTER_MS 500
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

/* ---- the dialog ---- */

struct _LcImportDialog
{
  AdwWindow        parent_instance;

  AdwWindowTitle  *window_title;
  GtkButton       *cancel_button;
  GtkButton       *import_button;
  GtkStack        *stack;
  AdwStatusPage   *progress_page;
  AdwStatusPage   *error_page;
  GtkProgressBar  *progress_bar;
  GtkLabel        *summary_label;
  GtkLabel        *verdict_label;
  GtkLabel        *unknown_label;
  GtkLabel        *warnings_label;
  GtkLabel        *apply_error_label;
  GtkListView     *rows_view;

  char            *db_path;
  LcUndoStack     *undo;       /* the open convention's history */
  gint64           convention_id;
  LcCsvImportKind  kind;
  char            *path;
  LcImportPlan    *plan;
  GCancellable    *cancellable;
  guint            show_timeout;
  const char      *state;
  gboolean         busy;

  /* Written by the worker, read by the main thread. */
  int              progress_permille;
  int              progress_pending;
};

G_DEFINE_FINAL_TYPE (LcImportDialog, lc_import_dialog, ADW_TYPE_WINDOW)

typedef struct
{
  char            *db_path;
  gint64           convention_id;
  LcCsvImportKind  kind;
  char            *path;
  LcImportPlan    *plan;     /* for applying */
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_free (job->db_path);
  g_free (job->path);
  g_clear_pointer (&job->plan, lc_import_plan_unref);
  g_free (job);
}

static gboolean
show_progress_idle (gpointer data)
{
  LcImportDialog *self = data;
  double fraction = g_atomic_int_get (&self->progress_permille) / 1000.0;

  g_atomic_int_set (&self->progress_pending, 0);
  if (self->busy)
    gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));

  return G_SOURCE_REMOVE;
}

/* In the worker thread: widgets belong to the main thread, so only the
 * number is kept here and one idle callback at a time shows it. */
static void
on_worker_progress (double   fraction,
                    gpointer user_data)
{
  LcImportDialog *self = user_data;

  g_atomic_int_set (&self->progress_permille, (int) (fraction * 1000));
  if (g_atomic_int_compare_and_exchange (&self->progress_pending, 0, 1))
    g_idle_add_full (G_PRIORITY_DEFAULT, show_progress_idle, g_object_ref (self), g_object_unref);
}

static gboolean
show_progress_timeout (gpointer data)
{
  LcImportDialog *self = data;

  self->show_timeout = 0;
  gtk_stack_set_visible_child_name (self->stack, "progress");
  gtk_window_present (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
start_work (LcImportDialog *self,
            const char     *state,
            const char     *progress_title)
{
  self->state = state;
  self->busy = TRUE;
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_atomic_int_set (&self->progress_permille, 0);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  adw_status_page_set_title (self->progress_page, progress_title);
  gtk_widget_set_sensitive (GTK_WIDGET (self->import_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);
  g_clear_handle_id (&self->show_timeout, g_source_remove);

  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    gtk_stack_set_visible_child_name (self->stack, "progress");
  else
    self->show_timeout = g_timeout_add (SHOW_PROGRESS_AFTER_MS, show_progress_timeout, self);
}

static void
stop_work (LcImportDialog *self)
{
  self->busy = FALSE;
  g_clear_handle_id (&self->show_timeout, g_source_remove);
}

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
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *line = gtk_label_new (NULL);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *action = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_label_set_width_chars (GTK_LABEL (line), 9);
  gtk_label_set_xalign (GTK_LABEL (line), 0);
  gtk_widget_add_css_class (line, "numeric");
  gtk_widget_add_css_class (line, "dim-label");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (action), 0);
  gtk_label_set_wrap (GTK_LABEL (action), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (action), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (action, "caption");

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (texts), label);
  gtk_box_append (GTK_BOX (texts), action);
  gtk_box_append (GTK_BOX (box), texts);
  g_object_set_data (G_OBJECT (box), "icon", icon);
  g_object_set_data (G_OBJECT (box), "line", line);
  g_object_set_data (G_OBJECT (box), "label", label);
  g_object_set_data (G_OBJECT (box), "action", action);
  gtk_list_item_set_child (list_item, box);
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  const LcImportRow *row = row_item_get_row (gtk_list_item_get_item (list_item));
  g_autofree char *line = lc_ui_printf (_("Line %u"), row->line);
  g_autofree char *action = action_text (row);
  gboolean rejected = row->action == LC_IMPORT_ROW_REJECTED;
  GtkWidget *icon = g_object_get_data (G_OBJECT (box), "icon");
  GtkWidget *action_label = g_object_get_data (G_OBJECT (box), "action");

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), action_icon (row->action));
  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "line"), line);
  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "label"),
                      row->label && *row->label ? row->label : _("(no name)"));
  gtk_label_set_text (GTK_LABEL (action_label), action);
  if (rejected)
    {
      gtk_widget_add_css_class (box, "error");
      gtk_widget_remove_css_class (action_label, "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (box, "error");
      gtk_widget_add_css_class (action_label, "dim-label");
    }
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

static void
show_preview (LcImportDialog *self)
{
  LcImportPlan *plan = self->plan;
  guint n_rows = lc_import_plan_get_n_rows (plan);
  guint added = lc_import_plan_count (plan, LC_IMPORT_ROW_ADD);
  guint updated = lc_import_plan_count (plan, LC_IMPORT_ROW_UPDATE);
  guint unchanged = lc_import_plan_count (plan, LC_IMPORT_ROW_UNCHANGED);
  guint merged = lc_import_plan_count (plan, LC_IMPORT_ROW_MERGED);
  guint rejected = lc_import_plan_count (plan, LC_IMPORT_ROW_REJECTED);
  const char * const *unknown = lc_import_plan_get_unknown_columns (plan);
  guint n_messages = lc_import_plan_get_n_messages (plan);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(GString) warnings = g_string_new (NULL);
  g_autofree char *warning = NULL;
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

  if (rejected > 0)
    {
      g_autofree char *verdict =
        lc_ui_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u row cannot be imported, so nothing can be imported yet. "
                                      "Correct the file and import it again.",
                                      "%u rows cannot be imported, so nothing can be imported yet. "
                                      "Correct the file and import it again.", rejected), rejected);

      gtk_label_set_text (self->verdict_label, verdict);
      gtk_widget_add_css_class (GTK_WIDGET (self->verdict_label), "error");
    }
  else if (added + updated == 0)
    {
      gtk_label_set_text (self->verdict_label, _("The library already holds everything in this file."));
      gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "error");
    }
  else
    {
      gtk_label_set_text (self->verdict_label, _("Nothing is written until you press Import."));
      gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_label), "error");
    }

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
  self->state = "preview";
  gtk_window_present (GTK_WINDOW (self));
}

static void
show_error (LcImportDialog *self,
            const GError   *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_button_set_label (self->cancel_button, _("_Close"));
  self->state = "error";
  gtk_window_present (GTK_WINDOW (self));
}

static void
finish_cancelled (LcImportDialog *self)
{
  self->state = "cancelled";
  lc_widget_show_toast (GTK_WIDGET (self), _("Import cancelled: nothing was imported"));
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- planning ---- */

static void
plan_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;
  /* Its own connection: LcStore is not thread-safe. */
  g_autoptr(LcStore) store = lc_store_open (job->db_path, &error);
  LcImportPlan *plan = NULL;

  if (store != NULL)
    plan = lc_import_plan_new_for_file (store, job->convention_id, job->kind, job->path,
                                        cancellable, on_worker_progress, source, &error);
  if (plan == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, plan, (GDestroyNotify) lc_import_plan_unref);
}

static void
on_planned (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  LcImportDialog *self = LC_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  LcImportPlan *plan = g_task_propagate_pointer (G_TASK (result), &error);

  stop_work (self);
  /* A plan that finished as Cancel was pressed is dropped all the same. */
  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_clear_pointer (&plan, lc_import_plan_unref);
      finish_cancelled (self);
      return;
    }

  if (plan == NULL)
    {
      show_error (self, error);
      return;
    }

  self->plan = plan;
  show_preview (self);
}

static void
start_planning (LcImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  Job *job = g_new0 (Job, 1);

  start_work (self, "planning", _("Reading the File…"));
  job->db_path = g_strdup (self->db_path);
  job->convention_id = self->convention_id;
  job->kind = self->kind;
  job->path = g_strdup (self->path);
  task = g_task_new (self, self->cancellable, on_planned, NULL);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, plan_thread);
}

/* ---- applying ---- */

static void
apply_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (job->db_path, &error);

  if (store == NULL
      || !lc_import_plan_apply (job->plan, store, cancellable, on_worker_progress, source, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static char *
imported_message (LcImportPlan *plan)
{
  guint added = lc_import_plan_count (plan, LC_IMPORT_ROW_ADD);
  guint updated = lc_import_plan_count (plan, LC_IMPORT_ROW_UPDATE);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  if (added + updated == 0)
    return g_strdup (_("Nothing to import: the library already holds this file"));

  if (lc_import_plan_get_kind (plan) == LC_CSV_IMPORT_CITIES)
    first = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u city added", "%u cities added", added), added);
  else
    first = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u speaker added", "%u speakers added", added), added);
  if (updated == 0)
    return g_steal_pointer (&first);

  /* Translators: the second half of “12 speakers added, 3 updated” */
  second = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u updated", "%u updated", updated), updated);
  /* Translators: joins “12 speakers added” and “3 updated” */
  return g_strdup_printf (_("%s, %s"), first, second);
}

static void
on_applied (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  LcImportDialog *self = LC_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *message = NULL;
  GPtrArray *changes;
  gboolean any_change;

  stop_work (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          finish_cancelled (self);
          return;
        }

      /* Back to the preview, with the reason; the import can be tried again
       * only by choosing the file again, since the preview may be stale. */
      text = g_strdup_printf (_("Nothing was imported. %s"), error->message);
      gtk_stack_set_visible_child_name (self->stack, "preview");
      gtk_label_set_text (self->apply_error_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->apply_error_label), TRUE);
      gtk_button_set_label (self->cancel_button, _("_Close"));
      self->state = "error";
      return;
    }

  self->state = "done";
  message = imported_message (self->plan);
  changes = lc_import_plan_take_changes (self->plan);
  /* Read before the history takes (and may free) the changes. */
  any_change = changes != NULL && changes->len > 0;
  /* One step of the convention's history, so Ctrl+Z (or the toast) takes
   * the whole import back; the open lists hear of each new row from it. */
  if (changes != NULL)
    lc_undo_stack_record_applied (self->undo, self->kind == LC_CSV_IMPORT_CITIES ? _("Import Cities")
                                                                                 : _("Import Speakers"),
                                  changes);
  if (any_change)
    lc_widget_show_undo_toast (GTK_WIDGET (self), message);
  else
    lc_widget_show_toast (GTK_WIDGET (self), message);
  /* The window forwards it to the convention view. */
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.show-area", "s",
                                self->kind == LC_CSV_IMPORT_CITIES ? "cities" : "speakers");
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_import_clicked_cb (LcImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  if (self->plan == NULL || self->busy || !lc_import_plan_can_apply (self->plan))
    return;

  job = g_new0 (Job, 1);
  job->db_path = g_strdup (self->db_path);
  job->plan = lc_import_plan_ref (self->plan);
  start_work (self, "applying", _("Importing…"));
  task = g_task_new (self, self->cancellable, on_applied, NULL);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, apply_thread);
}

static void
on_cancel_clicked_cb (LcImportDialog *self)
{
  if (self->busy)
    {
      /* The worker stops at its next check and rolls back; the dialog
       * closes when it has. */
      g_cancellable_cancel (self->cancellable);
      gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
      adw_status_page_set_title (self->progress_page, _("Cancelling…"));
      return;
    }

  self->state = "cancelled";
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
lc_import_dialog_close_request (GtkWindow *window)
{
  LcImportDialog *self = LC_IMPORT_DIALOG (window);

  /* Closing while a worker runs means Cancel; the window stays until the
   * worker has stopped, so nothing is left half-done behind it. */
  if (self->busy)
    {
      on_cancel_clicked_cb (self);
      return TRUE;
    }

  /* Closed from the preview: nothing was imported. */
  self->state = "cancelled";
  return GTK_WINDOW_CLASS (lc_import_dialog_parent_class)->close_request (window);
}

static void
lc_import_dialog_dispose (GObject *object)
{
  LcImportDialog *self = LC_IMPORT_DIALOG (object);

  g_clear_handle_id (&self->show_timeout, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (lc_import_dialog_parent_class)->dispose (object);
}

static void
lc_import_dialog_finalize (GObject *object)
{
  LcImportDialog *self = LC_IMPORT_DIALOG (object);

  g_free (self->db_path);
  g_clear_object (&self->undo);
  g_free (self->path);
  g_clear_pointer (&self->plan, lc_import_plan_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (lc_import_dialog_parent_class)->finalize (object);
}

static void
lc_import_dialog_class_init (LcImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = lc_import_dialog_dispose;
  object_class->finalize = lc_import_dialog_finalize;
  window_class->close_request = lc_import_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/exchange/lc-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, progress_page);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, unknown_label);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, warnings_label);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, apply_error_label);
  gtk_widget_class_bind_template_child (widget_class, LcImportDialog, rows_view);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lc_import_dialog_init (LcImportDialog *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->state = "new";
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->rows_view, factory);
  g_object_unref (factory);
}

/**
 * lc_import_dialog_new:
 * @window: the main window (the toast and the reload go there)
 * @store: the library
 * @convention_id: the convention to import into
 * @kind: speakers or cities
 * @path: the CSV file
 *
 * Starts planning the import of @path in a worker thread. The dialog shows
 * itself: after half a second with a progress bar, or as soon as the
 * preview (or an error) is ready.
 *
 * Returns: (transfer none): the dialog, owned by GTK's list of toplevels
 */
LcImportDialog *
lc_import_dialog_new (GtkWindow       *window,
                      LcUndoStack     *undo,
                      gint64           convention_id,
                      LcCsvImportKind  kind,
                      const char      *path)
{
  LcImportDialog *self = g_object_new (LC_TYPE_IMPORT_DIALOG, "transient-for", window, NULL);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *display = g_filename_display_name (basename);

  self->db_path = g_strdup (lc_store_get_path (lc_undo_stack_get_store (undo)));
  self->undo = g_object_ref (undo);
  self->convention_id = convention_id;
  self->kind = kind;
  self->path = g_strdup (path);
  gtk_window_set_title (GTK_WINDOW (self), kind == LC_CSV_IMPORT_CITIES ? _("Import Cities") : _("Import Speakers"));
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  adw_window_title_set_subtitle (self->window_title, display);
  start_planning (self);

  return self;
}

/**
 * lc_import_dialog_get_state:
 * @self: the dialog
 *
 * Returns: what the dialog is doing: "planning", "preview", "error",
 *   "applying", "done" or "cancelled"
 */
const char *
lc_import_dialog_get_state (LcImportDialog *self)
{
  return self->state;
}

/** lc_import_dialog_get_plan: Returns: (transfer none) (nullable): the previewed plan */
LcImportPlan *
lc_import_dialog_get_plan (LcImportDialog *self)
{
  return self->plan;
}

typedef struct
{
  GtkWindow       *window;
  LcUndoStack     *undo;
  gint64           convention_id;
  LcCsvImportKind  kind;
} ChooseJob;

static void
on_import_file_chosen (const char *path,
                       gpointer    user_data)
{
  ChooseJob *job = user_data;

  lc_import_dialog_new (job->window, job->undo, job->convention_id, job->kind, path);
}

static void
choose_job_free (gpointer data)
{
  ChooseJob *job = data;

  g_object_unref (job->window);
  g_object_unref (job->undo);
  g_free (job);
}

/**
 * lc_import_dialog_choose_file:
 * @window: the main window
 * @undo: the open convention's undo history (which knows the library)
 * @convention_id: the convention to import into
 * @kind: speakers or cities
 *
 * Asks for a CSV file (through the portal under Flatpak), then previews
 * its import.
 */
void
lc_import_dialog_choose_file (GtkWindow       *window,
                              LcUndoStack     *undo,
                              gint64           convention_id,
                              LcCsvImportKind  kind)
{
  ChooseJob *job = g_new0 (ChooseJob, 1);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooser *chooser;

  job->window = g_object_ref (window);
  job->undo = g_object_ref (undo);
  job->convention_id = convention_id;
  job->kind = kind;

  gtk_file_filter_set_name (filter, _("Spreadsheets saved as CSV"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  chooser = lc_file_chooser_new (window, GTK_FILE_CHOOSER_ACTION_OPEN,
                                 kind == LC_CSV_IMPORT_CITIES ? _("Import Cities") : _("Import Speakers"),
                                 _("_Preview"), on_import_file_chosen, job, choose_job_free);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (chooser, filter);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
