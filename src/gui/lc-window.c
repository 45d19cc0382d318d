/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window: its template and actions table, the convention it
 * opens, and the focus it keeps inside itself. The library page's flows
 * are in lc-window-library.c. */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-application.h"
#include "lc-convention-row.h"
#include "lc-feedback.h"
#include "lc-util.h"
#include "lc-window-private.h"

G_DEFINE_FINAL_TYPE (LcWindow, lc_window, ADW_TYPE_APPLICATION_WINDOW)

static void
select_convention (LcWindow *self,
                   gint64    id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->conventions));
  GSettings *settings = lc_application_get_settings (LC_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) c = g_list_model_get_item (G_LIST_MODEL (self->conventions), i);

      if (lc_record_get_id (c) == id)
        {
          GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->conventions_list, (int) i);

          gtk_list_box_select_row (self->conventions_list, row);
          gtk_widget_grab_focus (GTK_WIDGET (row));
        }
    }

  if (settings != NULL)
    g_settings_set_int64 (settings, "last-convention", id);
}

static void
on_convention_loaded (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(LcWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcConventionModel) model = lc_convention_model_load_finish (result, &error);

  self->n_loads--;
  /* A load replaced by another (a second convention opened while the
   * first loaded) may answer after the one that replaced it: the page and
   * the spinner are the newer one's. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_spinner_stop (self->loading_spinner);
  if (model == NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "library");
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  lc_convention_view_set_model (lc_window_get_convention_view (self), model);
  gtk_stack_set_visible_child_name (self->main_stack, "convention");
  /* A convention opened after an update: the update is its first step. */
  _lc_window_record_update (self);
}

static void
on_conventions_list_row_activated_cb (GtkListBox    *list,
                                      GtkListBoxRow *row,
                                      LcWindow      *self)
{
  if (LC_IS_CONVENTION_ROW (row))
    lc_window_open_convention (self, lc_record_get_id (LC_RECORD (lc_convention_row_get_convention (LC_CONVENTION_ROW (row)))));
}

static void
on_convention_view_closed_cb (LcConventionView *view,
                              LcWindow         *self)
{
  GSettings *settings = lc_application_get_settings (LC_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));

  lc_convention_view_set_model (view, NULL);
  gtk_stack_set_visible_child_name (self->main_stack, "library");
  if (settings != NULL)
    g_settings_set_int64 (settings, "last-convention", 0);
  _lc_window_reload_conventions (self);
}

/* What lives outside the convention view (the toasts above it, the import
 * dialog) reaches its actions through the window: win.undo-change runs
 * view.undo, win.show-area view.show-area. */
static void
forward_to_view_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LcWindow *self = LC_WINDOW (widget);
  const char *view_action = g_str_equal (action_name, "win.show-area") ? "view.show-area" : "view.undo";

  if (self->convention_view != NULL)
    gtk_widget_activate_action_variant (GTK_WIDGET (self->convention_view), view_action, parameter);
}

/* GTK 4.8's list views can take the row that has the keyboard focus out of
 * the window (a deleted item's row, or one recycled) without moving the
 * focus: keys then go to a widget outside the window, where no shortcut or
 * binding sees them, and the keyboard is dead. A popover closed with Escape
 * leaves no focus at all, so the keys of the area under it are dead. The
 * window watches its focus: when the focus widget is unmapped while it
 * still has the focus, or there is none, the focus goes back to the open
 * area's main control. */
static gboolean
check_focus (gpointer data)
{
  LcWindow *self = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  self->focus_check = 0;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self))
      || (focus != NULL && gtk_widget_get_root (focus) == GTK_ROOT (self) && gtk_widget_get_mapped (focus)))
    return G_SOURCE_REMOVE;

  gtk_root_set_focus (GTK_ROOT (self), NULL);
  if (g_strcmp0 (lc_window_get_page (self), "convention") == 0)
    lc_convention_view_restore_focus (lc_window_get_convention_view (self));
  else
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);

  return G_SOURCE_REMOVE;
}

static void
on_focus_unmapped (GtkWidget *widget,
                   LcWindow  *self)
{
  if (self->focus_check == 0)
    self->focus_check = g_idle_add (check_focus, self);
}

static void
on_focus_widget_changed (LcWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (self->watched_focus != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_focus, on_focus_unmapped, self);
  g_set_weak_pointer (&self->watched_focus, focus);
  if (focus != NULL)
    g_signal_connect_object (focus, "unmap", G_CALLBACK (on_focus_unmapped), self, 0);
  else
    on_focus_unmapped (NULL, self);   /* a popover closed with Escape leaves none */
}

static void
on_file_shown (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(LcWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autoptr(GError) told = g_error_new (error->domain, error->code,
                                            _("The file was written, but no app could open it: %s"),
                                            error->message);

      lc_widget_show_error (GTK_WIDGET (self), told);
    }
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LcWindow *self = LC_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));
  g_autofree char *uri = g_file_get_uri (file);

  /* Through the OpenURI portal under Flatpak. */
  gtk_show_uri_full (GTK_WINDOW (self), uri, GDK_CURRENT_TIME, NULL, on_file_shown, g_object_ref (self));
}

/* The shortcuts window is built when first asked for, not with the window:
 * GtkApplication builds gtk/help-overlay.ui for every new window, which was
 * 2.5 % of the instructions to the first frame. Added before any overlay is
 * set, this action stays the window's win.show-help-overlay. */
static void
show_help_overlay_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/org/example/LearningCities/ui/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static const GActionEntry window_entries[] = {
  { "show-help-overlay", show_help_overlay_activated },
};

static void
lc_window_dispose (GObject *object)
{
  LcWindow *self = LC_WINDOW (object);

  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  g_clear_handle_id (&self->focus_check, g_source_remove);
  if (self->watched_focus != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_focus, on_focus_unmapped, self);
  g_clear_weak_pointer (&self->watched_focus);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_WINDOW);
  self->convention_view = NULL;   /* went with its slot */

  G_OBJECT_CLASS (lc_window_parent_class)->dispose (object);
}

static void
lc_window_finalize (GObject *object)
{
  LcWindow *self = LC_WINDOW (object);

  g_clear_object (&self->conventions);
  g_clear_pointer (&self->update_changes, g_ptr_array_unref);
  g_clear_object (&self->library_undo);
  if (self->store != NULL)
    lc_store_unwatch (self->store);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lc_window_parent_class)->finalize (object);
}

static void
lc_window_class_init (LcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_window_dispose;
  object_class->finalize = lc_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/lc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, library_stack);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, conventions_list);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, new_convention_button);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, LcWindow, convention_slot);
  gtk_widget_class_bind_template_callback (widget_class, on_conventions_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, _lc_window_open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, _lc_window_import_action);
  gtk_widget_class_install_action (widget_class, "win.open-library", NULL, _lc_window_choose_library_action);
  gtk_widget_class_install_action (widget_class, "win.new-library", NULL, _lc_window_choose_library_action);
  gtk_widget_class_install_action (widget_class, "win.delete-convention", "x", _lc_window_delete_convention_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", NULL, _lc_window_undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.undo-change", NULL, forward_to_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-area", "s", forward_to_view_action);
  gtk_widget_class_install_action (widget_class, "win.new-convention", NULL, _lc_window_new_convention_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
}

static void
lc_window_init (LcWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self, "notify::focus-widget", G_CALLBACK (on_focus_widget_changed), self);
  g_action_map_add_action_entries (G_ACTION_MAP (self), window_entries, G_N_ELEMENTS (window_entries), self);
  {
    /* Translators: %d is the sample convention's year, written in the reader's digits */
    g_autofree char *description = lc_ui_printf (_("Create your convention, import a convention file, or look around "
                                                   "the sample: the First Regional Convention for Learning Cities "
                                                   "(Yanbu, %d)."), 2023);
    g_autofree char *escaped = g_markup_escape_text (description, -1);

    /* The description is markup in libadwaita 1.2. */
    adw_status_page_set_description (self->empty_page, escaped);
  }
  self->conventions = g_list_store_new (LC_TYPE_CONVENTION);
  gtk_list_box_bind_model (self->conventions_list, G_LIST_MODEL (self->conventions),
                           _lc_window_create_convention_row, self, NULL);
}

/* The application property is not a construct property, so everything that
 * needs the application happens here rather than in constructed(). */
LcWindow *
lc_window_new (LcApplication *application)
{
  LcWindow *self;
  GSettings *settings;

  g_return_val_if_fail (LC_IS_APPLICATION (application), NULL);

  /* The library is checked for damage while the window is built: on a
   * large one the check takes as long as building it. */
  lc_store_check_ahead (lc_application_get_database_path (application));
  self = g_object_new (LC_TYPE_WINDOW, "application", application, NULL);
  settings = lc_application_get_settings (application);

  if (settings != NULL)
    {
      g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
    }

  _lc_window_open_library (self, lc_application_get_database_path (application));
  if (settings != NULL && self->store != NULL)
    {
      gint64 last = g_settings_get_int64 (settings, "last-convention");

      if (last > 0 && _lc_window_find_convention_by_id (self, last))
        lc_window_open_convention (self, last);
    }

  return self;
}

/**
 * lc_window_get_store:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the open library
 */
LcStore *
lc_window_get_store (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * lc_window_set_accels:
 * @application: the application
 *
 * Sets the keyboard shortcuts of the window's actions.
 */
void
lc_window_set_accels (GtkApplication *application)
{
  g_return_if_fail (GTK_IS_APPLICATION (application));

  gtk_application_set_accels_for_action (application, "win.import",
                                         (const char *[]) { "<Control>o", NULL });
  gtk_application_set_accels_for_action (application, "win.new-convention",
                                         (const char *[]) { "<Control><Shift>n", NULL });
  gtk_application_set_accels_for_action (application, "win.open-sample",
                                         (const char *[]) { "<Control><Shift>o", NULL });
  /* GtkApplication's own, when it found gtk/help-overlay.ui itself. */
  gtk_application_set_accels_for_action (application, "win.show-help-overlay",
                                         (const char *[]) { "<Control>question", NULL });
}

/**
 * lc_window_open_convention:
 * @self: a window
 * @convention_id: a convention of the open library
 *
 * Loads the convention in a worker thread (a spinner shows meanwhile) and
 * shows it.
 */
void
lc_window_open_convention (LcWindow *self,
                           gint64    convention_id)
{
  g_return_if_fail (LC_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();

  select_convention (self, convention_id);
  gtk_spinner_start (self->loading_spinner);
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  self->n_loads++;
  lc_convention_model_load_async (self->store, convention_id, self->loading,
                                  on_convention_loaded, g_object_ref (self));
}

/**
 * lc_window_get_convention_view:
 * @self: a window
 *
 * The view is built when first asked for, which is when a convention is
 * first shown: a window that starts on the library never pays for it.
 *
 * Returns: (transfer none): the view of the open convention
 */
LcConventionView *
lc_window_get_convention_view (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), NULL);

  if (self->convention_view == NULL)
    {
      self->convention_view = g_object_new (LC_TYPE_CONVENTION_VIEW, NULL);
      g_signal_connect_object (self->convention_view, "closed", G_CALLBACK (on_convention_view_closed_cb), self, 0);
      adw_bin_set_child (self->convention_slot, GTK_WIDGET (self->convention_view));
    }

  return self->convention_view;
}

/**
 * lc_window_get_n_loads:
 * @self: a window
 *
 * For tests: how many conventions the window has begun to load that have
 * not answered yet, including loads another one replaced.
 *
 * Returns: the number of loads under way
 */
guint
lc_window_get_n_loads (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), 0);

  return self->n_loads;
}

/**
 * lc_window_get_page:
 * @self: a window
 *
 * Returns: what the window shows: "library", "loading" or "convention"
 */
const char *
lc_window_get_page (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}

/**
 * lc_window_get_library_state:
 * @self: a window
 *
 * Returns: what the library page shows: "empty", "list" or "error"
 */
const char *
lc_window_get_library_state (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->library_stack);
}

/** lc_window_get_conventions: Returns: (transfer none): the library's conventions */
GListModel *
lc_window_get_conventions (LcWindow *self)
{
  g_return_val_if_fail (LC_IS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->conventions);
}
