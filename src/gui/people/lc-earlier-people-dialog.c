/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-a11y.h"
#include "lc-earlier-people-dialog.h"
#include "lc-feedback.h"
#include "lc-people-copy.h"
#include "lc-search.h"
#include "lc-text.h"
#include "lc-util.h"

/*
 * "Add From Earlier Conventions…": everyone of the library's other
 * conventions, each with a check box, found by typing in the search; Add
 * copies the checked ones with their details into the open convention as
 * one undo step (lc-people-copy.c). Someone already in this convention by
 * name is shown so, with no box to check: nobody is added twice silently.
 */

typedef struct
{
  LcPerson       *person;
  char           *haystack;   /* normalised names and organisation */
  GtkCheckButton *check;      /* NULL for someone already here */
} Candidate;

struct _LcEarlierPeopleDialog
{
  AdwWindow          parent_instance;

  GtkWidget         *add_button;
  GtkSearchEntry    *search_entry;
  GtkListBox        *list;

  LcConventionModel *model;
  LcUndoStack       *undo;
  GArray            *candidates;   /* Candidate, one per row, in order */
  char              *needle;
};

G_DEFINE_FINAL_TYPE (LcEarlierPeopleDialog, lc_earlier_people_dialog, ADW_TYPE_WINDOW)

enum {
  ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
candidate_clear (gpointer data)
{
  Candidate *candidate = data;

  g_clear_object (&candidate->person);
  g_clear_pointer (&candidate->haystack, g_free);
}

static guint
n_checked (LcEarlierPeopleDialog *self)
{
  guint n = 0;

  for (guint i = 0; i < self->candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (self->candidates, Candidate, i);

      if (candidate->check && gtk_check_button_get_active (candidate->check))
        n++;
    }
  return n;
}

static void
update_state (LcEarlierPeopleDialog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "earlier.add", n_checked (self) > 0);
}

static void
on_check_toggled_cb (GtkCheckButton        *check,
                     LcEarlierPeopleDialog *self)
{
  update_state (self);
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  LcEarlierPeopleDialog *self = user_data;
  int index = gtk_list_box_row_get_index (row);

  if (self->needle == NULL || *self->needle == '\0' || index < 0 || (guint) index >= self->candidates->len)
    return TRUE;
  return lc_search_matches (g_array_index (self->candidates, Candidate, index).haystack, self->needle);
}

static void
on_search_entry_search_changed_cb (GtkSearchEntry        *entry,
                                   LcEarlierPeopleDialog *self)
{
  g_free (self->needle);
  self->needle = lc_search_normalise (gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_list_box_invalidate_filter (self->list);
}

/* Escape in the search clears it first, as in the Speakers list; then
 * closes the dialog. */
static void
on_search_entry_stop_search_cb (GtkSearchEntry        *entry,
                                LcEarlierPeopleDialog *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

/* What tells two people of the same name apart: where they were and for
 * whom they worked. */
static char *
describe (LcEarlierPeopleDialog *self,
          LcPerson              *person,
          GHashTable            *convention_titles,
          gboolean               present)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *organisation = lc_ui_text (LC_RECORD (person), "organisation", NULL);
  const char *convention = g_hash_table_lookup (convention_titles, &(gint64) { lc_person_get_convention_id (person) });

  if (present)
    g_ptr_array_add (parts, (gpointer) _("Already in this convention"));
  if (convention && *convention)
    g_ptr_array_add (parts, (gpointer) convention);
  if (*organisation)
    g_ptr_array_add (parts, (gpointer) organisation);
  static const char *const separators[2] = { " · ", " · " };

  return lc_text_join_fields ((const char *const *) parts->pdata, parts->len, separators, lc_ui_language ());
}

static void
add_row (LcEarlierPeopleDialog *self,
         LcPerson              *person,
         GHashTable            *convention_titles)
{
  GListModel *here = lc_convention_model_get_people (self->model);
  gboolean present = lc_people_is_present (here, person);
  g_autofree char *subtitle = describe (self, person, convention_titles, present);
  g_autofree char *haystack_text = g_strjoin (" ", lc_person_get_name (person, LC_LANGUAGE_ARABIC),
                                              lc_person_get_name (person, LC_LANGUAGE_ENGLISH),
                                              lc_record_get_string (LC_RECORD (person), "organisation-ar"),
                                              lc_record_get_string (LC_RECORD (person), "organisation-en"),
                                              NULL);
  GtkWidget *row = adw_action_row_new ();
  Candidate candidate = { g_object_ref (person), lc_search_normalise (haystack_text), NULL };

  /* Names from the library are plain text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lc_ui_text (LC_RECORD (person), "name", NULL));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (!present)
    {
      GtkWidget *check = gtk_check_button_new ();

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      lc_a11y_set_name (check, lc_ui_text (LC_RECORD (person), "name", NULL));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_check_toggled_cb), self, 0);
      candidate.check = GTK_CHECK_BUTTON (check);
    }
  else
    {
      gtk_widget_add_css_class (row, "dim-label");
    }
  g_array_append_val (self->candidates, candidate);
  gtk_list_box_append (self->list, row);
}

static gboolean
fill (LcEarlierPeopleDialog  *self,
      GError                **error)
{
  LcStore *store = lc_convention_model_get_store (self->model);
  gint64 id = lc_convention_model_get_id (self->model);
  g_autoptr(GListStore) people = lc_people_list_earlier (store, id, error);
  g_autoptr(GListStore) conventions = NULL;
  g_autoptr(GHashTable) titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  GtkWidget *placeholder;

  if (people == NULL || (conventions = lc_store_list_conventions (store, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (conventions)); i++)
    {
      g_autoptr(LcRecord) convention = g_list_model_get_item (G_LIST_MODEL (conventions), i);

      g_hash_table_insert (titles, g_memdup2 (&(gint64) { lc_record_get_id (convention) }, sizeof (gint64)),
                           g_strdup (lc_ui_text (convention, "title", NULL)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(LcPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      add_row (self, person, titles);
    }

  placeholder = gtk_label_new (g_list_model_get_n_items (G_LIST_MODEL (people)) > 0
                               ? _("No one matches the search.")
                               : _("The library has no other convention with people."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 24);
  gtk_widget_set_margin_bottom (placeholder, 24);
  gtk_list_box_set_placeholder (self->list, placeholder);
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  return TRUE;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LcEarlierPeopleDialog *self = LC_EARLIER_PEOPLE_DIALOG (widget);
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint added;

  for (guint i = 0; i < self->candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (self->candidates, Candidate, i);

      if (candidate->check && gtk_check_button_get_active (candidate->check))
        g_ptr_array_add (chosen, candidate->person);
    }
  if (chosen->len == 0)
    return;

  added = lc_people_copy_into (self->undo, lc_convention_model_get_id (self->model), chosen, &error);
  if (error != NULL)
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  g_object_ref (self);
  gtk_window_destroy (GTK_WINDOW (self));
  g_signal_emit (self, signals[ADDED], 0, added);
  g_object_unref (self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
lc_earlier_people_dialog_dispose (GObject *object)
{
  LcEarlierPeopleDialog *self = LC_EARLIER_PEOPLE_DIALOG (object);

  g_clear_object (&self->model);
  g_clear_object (&self->undo);
  g_clear_pointer (&self->candidates, g_array_unref);
  g_clear_pointer (&self->needle, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_EARLIER_PEOPLE_DIALOG);

  G_OBJECT_CLASS (lc_earlier_people_dialog_parent_class)->dispose (object);
}

static void
lc_earlier_people_dialog_class_init (LcEarlierPeopleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_earlier_people_dialog_dispose;

  /**
   * LcEarlierPeopleDialog::added:
   * @dialog: the dialog, closed
   * @n_added: how many people joined the convention (0 when all were here)
   *
   * The chosen people were copied, as one undo step.
   */
  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/LearningCities/ui/people/lc-earlier-people-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LcEarlierPeopleDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, LcEarlierPeopleDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LcEarlierPeopleDialog, list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);

  gtk_widget_class_install_action (widget_class, "earlier.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "earlier.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "earlier.cancel", NULL);
}

static void
lc_earlier_people_dialog_init (LcEarlierPeopleDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->candidates = g_array_new (FALSE, TRUE, sizeof (Candidate));
  g_array_set_clear_func (self->candidates, candidate_clear);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

/**
 * lc_earlier_people_dialog_new:
 * @parent: the window it belongs to
 * @model: the open convention, which the people join
 * @undo: where the addition is recorded
 * @error: where a reason is put when the library could not be read
 *
 * Returns: (transfer none) (nullable): a new dialog, not yet shown, or
 *   %NULL with @error set
 */
LcEarlierPeopleDialog *
lc_earlier_people_dialog_new (GtkWindow         *parent,
                              LcConventionModel *model,
                              LcUndoStack       *undo,
                              GError           **error)
{
  LcEarlierPeopleDialog *self;

  g_return_val_if_fail (LC_IS_CONVENTION_MODEL (model), NULL);
  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), NULL);

  self = g_object_new (LC_TYPE_EARLIER_PEOPLE_DIALOG, "transient-for", parent, NULL);
  self->model = g_object_ref (model);
  self->undo = g_object_ref (undo);
  if (!fill (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  update_state (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return self;
}
