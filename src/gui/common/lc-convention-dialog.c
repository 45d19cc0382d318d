/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-convention-check.h"
#include "lc-convention-dialog.h"
#include "lc-date-row.h"
#include "lc-field-rows.h"
#include "lc-keyboard.h"
#include "lc-models.h"
#include "lc-organisations-group.h"
#include "lc-rooms-group.h"
#include "lc-time-zone-row.h"
#include "lc-util.h"

/*
 * New Convention, and a convention's details. For a new convention every
 * field is filled and Create (or Enter in any field) stores it; for an
 * existing one each field is stored (undoably) as soon as it is applied or,
 * for the days and the time zone, chosen, so nothing waits for a Save.
 * Fields are checked as the user types; the reason shows under the title.
 */

struct _LcConventionDialog
{
  AdwWindow     parent_instance;

  GtkButton    *create_button;
  GtkLabel     *problem_label;
  AdwEntryRow  *title_ar;
  AdwEntryRow  *title_en;
  AdwEntryRow  *slogan_ar;
  AdwEntryRow  *slogan_en;
  LcDateRow    *start_date;
  LcDateRow    *end_date;
  LcTimeZoneRow *time_zone;
  AdwEntryRow  *venue_ar;
  AdwEntryRow  *venue_en;
  LcRoomsGroup *rooms_group;
  LcOrganisationsGroup *organisations_group;
  LcRoomsGroup *tracks_group;
  LcRoomsGroup *places_group;

  LcStore      *store;
  LcUndoStack  *undo;
  LcRecord     *convention;   /* the one edited, or NULL for a new one */
  gboolean      loading;
};

G_DEFINE_FINAL_TYPE (LcConventionDialog, lc_convention_dialog, ADW_TYPE_WINDOW)

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define FIELD(prop, member) LC_FIELD_ROW (LcConventionDialog, prop, member)

/* The fields typed as text; the days and the time zone are chosen. */
static const LcFieldRow fields[] = {
  FIELD ("title-ar", title_ar), FIELD ("title-en", title_en),
  FIELD ("slogan-ar", slogan_ar), FIELD ("slogan-en", slogan_en),
  FIELD ("venue-ar", venue_ar), FIELD ("venue-en", venue_en),
};

static void copy_fields (LcConventionDialog *self,
                         LcRecord           *record);

/**
 * lc_convention_dialog_validate:
 * @self: the dialog
 * @message: (out) (optional) (transfer full): why the fields are not acceptable
 *
 * Checks the fields as they stand and marks the wrong ones.
 *
 * Returns: %TRUE when they make a valid convention
 */
gboolean
lc_convention_dialog_validate (LcConventionDialog  *self,
                               char               **message)
{
  g_autoptr(LcRecord) details = g_object_new (LC_TYPE_CONVENTION, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  const char *choose = NULL;
  LcConventionField field;

  g_return_val_if_fail (LC_IS_CONVENTION_DIALOG (self), FALSE);

  /* The importer's rules, from the same function: whatever this dialog
   * creates, the program can import again from its exported file. */
  copy_fields (self, details);
  if (!lc_convention_validate (details, &field, &error))
    problem = g_strdup (error->message);

  /* A day or a zone not chosen yet is said as this dialog asks for it. */
  if (field == LC_CONVENTION_FIELD_START_DATE && lc_date_row_get_date (self->start_date) == NULL)
    choose = _("Choose the convention’s first day.");
  else if (field == LC_CONVENTION_FIELD_END_DATE && lc_date_row_get_date (self->end_date) == NULL)
    choose = _("Choose the convention’s last day.");
  else if (field == LC_CONVENTION_FIELD_TIME_ZONE && lc_time_zone_row_get_zone (self->time_zone) == NULL)
    choose = _("Choose the time zone the convention’s times are in.");
  if (choose != NULL)
    {
      g_free (problem);
      problem = g_strdup (choose);
    }

  lc_widget_mark_wrong (self->title_ar, field == LC_CONVENTION_FIELD_TITLE);
  lc_widget_mark_wrong (self->title_en, field == LC_CONVENTION_FIELD_TITLE);
  lc_widget_mark_wrong (self->start_date, field == LC_CONVENTION_FIELD_START_DATE);
  lc_widget_mark_wrong (self->end_date, field == LC_CONVENTION_FIELD_END_DATE);
  lc_widget_mark_wrong (self->time_zone, field == LC_CONVENTION_FIELD_TIME_ZONE);

  gtk_label_set_text (self->problem_label, problem ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  if (message)
    *message = g_strdup (problem);

  return problem == NULL;
}

static void
copy_fields (LcConventionDialog *self,
             LcRecord           *record)
{
  lc_field_rows_save (self, fields, G_N_ELEMENTS (fields), record);
  lc_convention_set_start_date (LC_CONVENTION (record), lc_date_row_get_date (self->start_date));
  lc_convention_set_end_date (LC_CONVENTION (record), lc_date_row_get_date (self->end_date));
  lc_convention_set_time_zone (LC_CONVENTION (record), lc_time_zone_row_get_zone (self->time_zone));
}

static void
on_changed_cb (GtkEditable        *editable,
               LcConventionDialog *self)
{
  gboolean valid;

  if (self->loading)
    return;

  valid = lc_convention_dialog_validate (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->create_button), valid);
}

/* Editing an existing convention: each applied field is one undoable change. */
static void
store_changes (LcConventionDialog *self)
{
  g_autoptr(LcRecord) changed = NULL;
  g_autoptr(GError) error = NULL;

  if (self->convention == NULL || !lc_convention_dialog_validate (self, NULL))
    return;

  changed = lc_record_copy (self->convention);
  copy_fields (self, changed);
  if (lc_record_equal (changed, self->convention))
    return;

  if (!lc_undo_stack_update (self->undo, changed, _("Change Convention Details"), &error))
    {
      gtk_label_set_text (self->problem_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      return;
    }
  g_set_object (&self->convention, changed);
}

static void
on_apply_cb (AdwEntryRow        *row,
             LcConventionDialog *self)
{
  store_changes (self);
}

/* A day or a time zone chosen: a new convention's last day follows its
 * first; an existing convention stores the choice at once. */
static void
on_picked_cb (GObject            *row,
              GParamSpec         *pspec,
              LcConventionDialog *self)
{
  const char *start = lc_date_row_get_date (self->start_date);
  const char *end = lc_date_row_get_date (self->end_date);

  if (self->loading)
    return;

  if (self->convention == NULL && row == G_OBJECT (self->start_date) && start != NULL
      && (end == NULL || strcmp (end, start) < 0))
    lc_date_row_set_date (self->end_date, start);

  on_changed_cb (NULL, self);
  if (self->convention != NULL)
    store_changes (self);
}

static void
on_create_clicked_cb (GtkButton          *button,
                      LcConventionDialog *self)
{
  g_autoptr(LcRecord) convention = NULL;
  g_autoptr(GError) error = NULL;

  if (!lc_convention_dialog_validate (self, NULL))
    return;

  convention = g_object_new (LC_TYPE_CONVENTION, NULL);
  copy_fields (self, convention);
  if (!lc_store_insert (self->store, convention, &error))
    {
      gtk_label_set_text (self->problem_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[CREATED], 0, lc_record_get_id (convention));
  gtk_window_close (GTK_WINDOW (self));
}

static void
lc_convention_dialog_dispose (GObject *object)
{
  LcConventionDialog *self = LC_CONVENTION_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->undo);
  g_clear_object (&self->convention);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_CONVENTION_DIALOG);

  G_OBJECT_CLASS (lc_convention_dialog_parent_class)->dispose (object);
}

static void
lc_convention_dialog_class_init (LcConventionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_convention_dialog_dispose;

  g_type_ensure (LC_TYPE_DATE_ROW);
  g_type_ensure (LC_TYPE_TIME_ZONE_ROW);
  g_type_ensure (LC_TYPE_ROOMS_GROUP);
  g_type_ensure (LC_TYPE_ORGANISATIONS_GROUP);

  /**
   * LcConventionDialog::created:
   * @id: the new convention's id
   */
  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/common/lc-convention-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LcConventionDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, LcConventionDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, LcConventionDialog, title_ar);
  gtk_widget_class_bind_template_child (widget_class, LcConventionDialog, title_en);
  gtk_widget_class_bind_template_child (widget_class, LcConventionDialog, slogan_ar);
  gtk_widget_class_bind_template_child (widget_class, LcConventionDialog, slogan_en);
  gtk_widget_class_bind_template_child (widget_class, LcConventionDialog, start_date);
  gtk_widget_class_bind_template_child (widget_class, LcConventionDialog, end_date);
  gtk_widget_class_bind_template_child (widget_class, LcConventionDialog, time_zone);
  gtk_widget_class_bind_template_child (widget_class, LcConventionDialog, venue_ar);
  gtk_widget_class_bind_template_child (widget_class, LcConventionDialog, venue_en);
  gtk_widget_class_bind_template_child (widget_class, LcConventionDialog, organisations_group);
  gtk_widget_class_bind_template_child (widget_class, LcConventionDialog, rooms_group);
  gtk_widget_class_bind_template_child (widget_class, LcConventionDialog, tracks_group);
  gtk_widget_class_bind_template_child (widget_class, LcConventionDialog, places_group);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_picked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_create_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lc_convention_dialog_init (LcConventionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  lc_keyboard_fix_rows (GTK_WIDGET (self));

  lc_field_rows_set_directions (self, fields, G_N_ELEMENTS (fields));
}

/**
 * lc_convention_dialog_new_convention:
 * @parent: the window
 * @store: the library
 *
 * Returns: (transfer none): a dialog that creates a convention; it emits
 *   #LcConventionDialog::created with the new id
 */
LcConventionDialog *
lc_convention_dialog_new_convention (GtkWindow *parent,
                                     LcStore   *store)
{
  LcConventionDialog *self = g_object_new (LC_TYPE_CONVENTION_DIALOG,
                                           "transient-for", parent,
                                           "modal", TRUE,
                                           "title", _("New Convention"),
                                           NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  self->loading = TRUE;
  lc_date_row_set_date (self->start_date, today);
  lc_date_row_set_date (self->end_date, today);
  lc_time_zone_row_set_zone (self->time_zone, g_time_zone_get_identifier (g_date_time_get_timezone (now)));
  self->loading = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->create_button), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (lc_ui_language () == LC_LANGUAGE_ARABIC ? self->title_ar : self->title_en));

  return self;
}

/**
 * lc_convention_dialog_edit:
 * @parent: the window
 * @undo: the open convention's undo history
 * @model: the open convention
 *
 * Returns: (transfer none): a dialog that stores each applied field at
 *   once, and edits the convention's rooms
 */
LcConventionDialog *
lc_convention_dialog_edit (GtkWindow         *parent,
                           LcUndoStack       *undo,
                           LcConventionModel *model)
{
  LcConvention *convention = lc_convention_model_get_convention (model);
  LcConventionDialog *self = g_object_new (LC_TYPE_CONVENTION_DIALOG,
                                           "transient-for", parent,
                                           "modal", TRUE,
                                           "title", _("Convention Details"),
                                           NULL);

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), NULL);
  g_return_val_if_fail (LC_IS_CONVENTION_MODEL (model), NULL);

  self->undo = g_object_ref (undo);
  /* A copy as it is now: applying writes only the fields changed here. */
  self->convention = lc_record_copy (LC_RECORD (convention));
  self->loading = TRUE;
  lc_field_rows_load (self, fields, G_N_ELEMENTS (fields), self->convention);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    adw_entry_row_set_show_apply_button (lc_field_row_get (self, &fields[i]), TRUE);
  lc_date_row_set_date (self->start_date, lc_convention_get_start_date (LC_CONVENTION (self->convention)));
  lc_date_row_set_date (self->end_date, lc_convention_get_end_date (LC_CONVENTION (self->convention)));
  lc_time_zone_row_set_zone (self->time_zone, lc_convention_get_time_zone (LC_CONVENTION (self->convention)));
  self->loading = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->create_button), FALSE);
  /* Rooms belong to a stored convention: a new one gets them here later. */
  lc_rooms_group_set_context (self->rooms_group, model, undo);
  gtk_widget_set_visible (GTK_WIDGET (self->rooms_group), TRUE);
  /* The host, organisers, partners and sponsors (issue 12). */
  lc_organisations_group_set_context (self->organisations_group, model, undo);
  gtk_widget_set_visible (GTK_WIDGET (self->organisations_group), TRUE);
  lc_rooms_group_set_tracks_context (self->tracks_group, model, undo);
  gtk_widget_set_visible (GTK_WIDGET (self->tracks_group), TRUE);
  /* Off-site places for field visits (issue 12). */
  lc_rooms_group_set_places_context (self->places_group, model, undo);
  gtk_widget_set_visible (GTK_WIDGET (self->places_group), TRUE);

  return self;
}
