/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-check-in-window.h"
#include "lc-check-in.h"
#include "lc-counts-chart.h"
#include "lc-feedback.h"
#include "lc-file-chooser.h"
#include "lc-file.h"
#include "lc-l10n.h"
#include "lc-participant-counts.h"
#include "lc-search.h"
#include "lc-util.h"

/*
 * The door (issue 14): one large entry that takes a participant code (a
 * USB scanner types the badge's QR code followed by Enter) or a name.
 * Enter marks the person attended in person, shows who in both scripts
 * with their category, and the running count; Ctrl+Z or the toast's Undo
 * gives them their status back. Everything works from the keyboard, and
 * the entry keeps the focus so that the next badge can be scanned at once.
 * Under it, the chart of the counts (LcCountsChart): the door is where an
 * organiser watches who came while it happens, and the People area is
 * left to the lists of people.
 */

struct _LcCheckInWindow
{
  AdwWindow        parent_instance;

  LcUndoStack     *undo;
  LcStore         *store;
  gint64           convention_id;
  /* What the undo stack held right after our last check-in: Undo here
   * only undoes that step, never an edit made since in the main window. */
  guint            n_undo_after;
  char            *last_name;
  guint            count_idle;

  AdwToastOverlay *toast_overlay;
  GtkLabel        *count_label;
  AdwBin          *chart_bin;
  GtkSearchEntry  *search_entry;
  GtkLabel        *hint_label;
  GtkWidget       *confirmation;
  GtkLabel        *done_label;
  GtkLabel        *name_ar_label;
  GtkLabel        *name_en_label;
  GtkLabel        *category_label;
};

G_DEFINE_FINAL_TYPE (LcCheckInWindow, lc_check_in_window, ADW_TYPE_WINDOW)

static void
update_count (LcCheckInWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  LcCheckInCount count;

  if (!lc_check_in_count (self->store, self->convention_id, &count, &error))
    {
      gtk_label_set_text (self->count_label, error->message);
      return;
    }
  /* "0 of 0 checked in" would read as a fault before the door opens. */
  if (count.expected == 0)
    {
      gtk_label_set_text (self->count_label, _("Nobody has confirmed yet"));
      return;
    }
  /* Translators: the door's running count: who attended in person, of
   * those who confirmed or attended, e.g. “12 of 60 checked in” */
  text = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u checked in", "%u of %u checked in",
                                    count.expected),
                       count.attended, count.expected);
  gtk_label_set_text (self->count_label, text);
}

static gboolean
count_idle_cb (gpointer data)
{
  LcCheckInWindow *self = data;

  self->count_idle = 0;
  update_count (self);
  return G_SOURCE_REMOVE;
}

/* A status set in the main window, or by another program on the same
 * library, shows here too; a change of many people is counted once. */
static void
on_store_changed_cb (LcCheckInWindow *self,
                     GType            type)
{
  if ((type == G_TYPE_NONE || type == LC_TYPE_PERSON) && self->count_idle == 0)
    self->count_idle = g_idle_add (count_idle_cb, self);
}

static void
on_store_external_change_cb (LcCheckInWindow *self)
{
  on_store_changed_cb (self, G_TYPE_NONE);
}

static void
say (LcCheckInWindow *self,
     const char      *message)
{
  gtk_label_set_text (self->hint_label, message);
  gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "dim-label");
}

/* The convention's people whose name matches @text (lc-search.c). */
static GPtrArray *
find_by_name (LcCheckInWindow  *self,
              const char       *text,
              GError          **error)
{
  g_autofree char *needle = lc_search_normalise (text);
  g_autoptr(GListStore) people = NULL;
  GPtrArray *found;
  guint n;

  people = lc_store_list_for_convention (self->store, LC_TYPE_PERSON, self->convention_id, error);
  if (people == NULL)
    return NULL;
  found = g_ptr_array_new_with_free_func (g_object_unref);
  if (*needle == '\0')
    return found;
  n = g_list_model_get_n_items (G_LIST_MODEL (people));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      if (lc_search_record_matches (person, needle))
        g_ptr_array_add (found, g_steal_pointer (&person));
    }
  return found;
}

static void
show_person (LcCheckInWindow *self,
             LcPerson        *person,
             const char      *done)
{
  LcLanguage language = lc_l10n_language_from_environment ();
  const char *ar = lc_person_get_name (person, LC_LANGUAGE_ARABIC);
  const char *en = lc_person_get_name (person, LC_LANGUAGE_ENGLISH);

  gtk_label_set_text (self->done_label, done);
  gtk_label_set_text (self->name_ar_label, ar);
  gtk_widget_set_visible (GTK_WIDGET (self->name_ar_label), ar != NULL && *ar != '\0');
  gtk_label_set_text (self->name_en_label, en);
  gtk_widget_set_visible (GTK_WIDGET (self->name_en_label), en != NULL && *en != '\0');
  gtk_label_set_text (self->category_label,
                      lc_participant_category_label (lc_person_get_category (person), language));
  gtk_widget_set_visible (self->confirmation, TRUE);
}

static void
check_in (LcCheckInWindow *self,
          LcPerson        *person)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *name = lc_record_get_display_text (LC_RECORD (person), "name",
                                                 lc_l10n_language_from_environment (), NULL);
  gboolean already;

  if (!lc_check_in_person (self->undo, person, &already, &error))
    {
      gtk_widget_set_visible (self->confirmation, FALSE);
      say (self, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if (already)
    {
      show_person (self, person, _("Checked in already"));
      /* Translators: %s is a person's name */
      message = g_strdup_printf (_("%s was checked in already; nothing was changed."), name);
      say (self, message);
    }
  else
    {
      AdwToast *toast;

      show_person (self, person, _("Checked in"));
      self->n_undo_after = lc_undo_stack_get_n_undo (self->undo);
      g_free (self->last_name);
      self->last_name = g_strdup (name);
      /* Translators: %s is a person's name */
      message = g_strdup_printf (_("%s checked in"), name);
      say (self, message);
      toast = adw_toast_new (message);
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "check-in.undo");
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  update_count (self);
}

static void
on_search_entry_activate_cb (LcCheckInWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(LcPerson) person = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (*stripped == '\0')
    return;
  person = lc_check_in_find (self->store, self->convention_id, text, &error);
  if (person != NULL)
    {
      check_in (self, person);
      return;
    }

  /* Not a code anyone has: a name, when exactly one person has it. */
  found = find_by_name (self, text, NULL);
  gtk_widget_set_visible (self->confirmation, FALSE);
  if (found != NULL && found->len == 1)
    check_in (self, g_ptr_array_index (found, 0));
  else if (found != NULL && found->len > 1)
    {
      /* Translators: %u is how many people's names match what was typed */
      message = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u person has this name: type more of it.",
                                           "%u people have this name: type more of it.", found->len),
                              found->len);
      say (self, message);
    }
  else
    say (self, error->message);
}

/* While a name is typed, who Enter would check in. */
static void
on_search_entry_search_changed_cb (LcCheckInWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *message = NULL;
  g_autofree char *code = lc_participant_code_normalise (text);

  if (*text == '\0' || code != NULL)
    return;
  found = find_by_name (self, text, NULL);
  if (found == NULL || found->len != 1)
    return;
  /* Translators: %s is a person's name */
  message = g_strdup_printf (_("Press Enter to check in %s."),
                             lc_record_get_display_text (g_ptr_array_index (found, 0), "name",
                                                         lc_l10n_language_from_environment (), NULL));
  say (self, message);
}

static void
on_search_entry_stop_search_cb (LcCheckInWindow *self)
{
  lc_search_clear_or_close (GTK_EDITABLE (self->search_entry));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LcCheckInWindow *self = LC_CHECK_IN_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (self->last_name == NULL || lc_undo_stack_get_n_undo (self->undo) != self->n_undo_after
      || !lc_undo_stack_get_can_undo (self->undo))
    {
      say (self, _("There is no check-in here to undo."));
      return;
    }
  if (!lc_undo_stack_undo (self->undo, &error))
    {
      say (self, error->message);
      return;
    }
  /* Translators: %s is a person's name */
  message = g_strdup_printf (_("Check-in of %s undone"), self->last_name);
  g_clear_pointer (&self->last_name, g_free);
  gtk_widget_set_visible (self->confirmation, FALSE);
  say (self, message);
  update_count (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_counts_file_chosen (const char *path,
                       gpointer    user_data)
{
  LcCheckInWindow *self = LC_CHECK_IN_WINDOW (user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  /* The same file as --export-counts, the cities named in the interface's
   * language. */
  data = lc_participant_counts_csv (self->store, self->convention_id, lc_ui_language (), &length, &error);
  if (data == NULL || !lc_file_write_atomic (path, data, length, &error))
    lc_widget_show_error (GTK_WIDGET (self), error);
  else
    lc_widget_show_file_toast (GTK_WIDGET (self), _("Counts exported as CSV"), path);
  /* The menu gave the keyboard to its button: the next badge scanned
   * goes into the entry again. */
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
export_counts_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GtkFileChooser *chooser;

  chooser = lc_file_chooser_new_for (widget, GTK_FILE_CHOOSER_ACTION_SAVE, _("Export Counts as CSV"),
                                     _("_Export"), on_counts_file_chosen);
  /* Translators: the suggested name of the counts' CSV file */
  gtk_file_chooser_set_current_name (chooser, _("participation-counts.csv"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
lc_check_in_window_dispose (GObject *object)
{
  LcCheckInWindow *self = LC_CHECK_IN_WINDOW (object);

  g_clear_handle_id (&self->count_idle, g_source_remove);
  g_clear_object (&self->undo);
  g_clear_object (&self->store);
  g_clear_pointer (&self->last_name, g_free);

  G_OBJECT_CLASS (lc_check_in_window_parent_class)->dispose (object);
}

static void
lc_check_in_window_class_init (LcCheckInWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_check_in_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/LearningCities/ui/people/lc-check-in-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LcCheckInWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LcCheckInWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, LcCheckInWindow, chart_bin);
  gtk_widget_class_bind_template_child (widget_class, LcCheckInWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LcCheckInWindow, hint_label);
  gtk_widget_class_bind_template_child (widget_class, LcCheckInWindow, confirmation);
  gtk_widget_class_bind_template_child (widget_class, LcCheckInWindow, done_label);
  gtk_widget_class_bind_template_child (widget_class, LcCheckInWindow, name_ar_label);
  gtk_widget_class_bind_template_child (widget_class, LcCheckInWindow, name_en_label);
  gtk_widget_class_bind_template_child (widget_class, LcCheckInWindow, category_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);

  gtk_widget_class_install_action (widget_class, "check-in.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "check-in.export-counts", NULL, export_counts_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lc_check_in_window_init (LcCheckInWindow *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Ctrl+Z undoes the check-in even while the entry has the focus: the
   * entry's own text undo would otherwise take the key first. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>z"),
                                                          gtk_named_action_new ("check-in.undo")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/**
 * lc_check_in_window_new:
 * @parent: the convention's window
 * @undo: the convention's undo history, which each check-in joins
 * @store: the library
 * @convention_id: the convention
 *
 * Returns: (transfer none): the window, not yet shown
 */
LcCheckInWindow *
lc_check_in_window_new (GtkWindow   *parent,
                        LcUndoStack *undo,
                        LcStore     *store,
                        gint64       convention_id)
{
  LcCheckInWindow *self = g_object_new (LC_TYPE_CHECK_IN_WINDOW, "transient-for", parent, NULL);

  self->undo = g_object_ref (undo);
  self->store = g_object_ref (store);
  self->convention_id = convention_id;
  adw_bin_set_child (self->chart_bin, lc_counts_chart_new (store, convention_id));
  /* The scanner types into the entry: since the header bar has its menu
   * button, the template's focus-widget no longer held when shown (the
   * menu's toggle button had the keyboard), so it is set here. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "external-change", G_CALLBACK (on_store_external_change_cb), self,
                           G_CONNECT_SWAPPED);
  update_count (self);
  return self;
}

/**
 * lc_check_in_window_present:
 * @parent: the convention's window
 * @undo: the convention's undo history, which each check-in joins
 * @store: the library
 * @convention_id: the convention
 *
 * Brings the door's window for the convention to the front, opening it
 * only when it is not open yet: a second one would count and undo apart
 * from the first.
 *
 * Returns: (transfer none): the window
 */
LcCheckInWindow *
lc_check_in_window_present (GtkWindow   *parent,
                            LcUndoStack *undo,
                            LcStore     *store,
                            gint64       convention_id)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();
  LcCheckInWindow *door = NULL;

  for (GList *l = windows; l != NULL && door == NULL; l = l->next)
    {
      LcCheckInWindow *open = l->data;

      if (LC_IS_CHECK_IN_WINDOW (open) && open->store == store && open->convention_id == convention_id
          && gtk_window_get_transient_for (GTK_WINDOW (open)) == parent)
        door = open;
    }
  if (door == NULL)
    door = lc_check_in_window_new (parent, undo, store, convention_id);
  gtk_window_present (GTK_WINDOW (door));
  return door;
}
