/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-application.h"
#include "lc-convention-dialog.h"
#include "lc-convention-io.h"
#include "lc-convention-view.h"
#include "lc-error.h"
#include "lc-feedback.h"
#include "lc-library-copy.h"
#include "lc-store-portal.h"
#include "lc-util.h"
#include "lc-window.h"

#define SAMPLE_RESOURCE "/org/example/LearningCities/samples/yanbu-2023.json"

struct _LcWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkStack             *library_stack;
  AdwStatusPage        *error_page;
  GtkListBox           *conventions_list;
  GtkWidget            *new_convention_button;
  AdwStatusPage        *empty_page;
  GtkStack             *main_stack;
  GtkSpinner           *loading_spinner;
  LcConventionView     *convention_view;

  GtkWidget            *watched_focus;   /* weak */
  guint                 focus_check;

  LcStore              *store;
  LcUndoStack          *library_undo;   /* deletions of whole conventions */
  GCancellable         *loading;
  GListStore           *conventions;
  GtkNativeDialog      *chooser;
};

G_DEFINE_FINAL_TYPE (LcWindow, lc_window, ADW_TYPE_APPLICATION_WINDOW)

static GtkWidget *
create_convention_row (gpointer item,
                       gpointer user_data)
{
  LcRecord *convention = item;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *delete;
  g_autofree char *dates = lc_format_date_range (lc_record_get_string (convention, "start-date"),
                                                 lc_record_get_string (convention, "end-date"));
  GtkWidget *row;

  /* Titles come from the library: escaped, since libadwaita 1.2's action
   * row reads its title as markup even when told not to at construction. */
  title = g_markup_escape_text (lc_ui_text (convention, "title", NULL), -1);
  subtitle = g_markup_escape_text (dates, -1);
  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", title,
                      "subtitle", subtitle,
                      "activatable", TRUE,
                      NULL);
  g_object_set_data_full (G_OBJECT (row), "convention", g_object_ref (convention), g_object_unref);

  delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (delete, _("Delete Convention…"));
  gtk_widget_add_css_class (delete, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "win.delete-convention");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "x", lc_record_get_id (convention));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  return row;
}

static void
reload_conventions (LcWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) conventions = lc_store_list_conventions (self->store, &error);
  guint n;

  if (conventions == NULL)
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (conventions));
  g_list_store_remove_all (self->conventions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (conventions), i);
      g_list_store_append (self->conventions, item);
    }

  gtk_stack_set_visible_child_name (self->library_stack, n > 0 ? "list" : "empty");
  /* An empty library: Enter makes the first convention. */
  if (n == 0)
    gtk_widget_grab_focus (self->new_convention_button);
}

static void
open_library (LcWindow   *self,
              const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *display = g_filename_display_name (path);
  LcStore *store = lc_store_open (path, &error);

  g_clear_object (&self->library_undo);
  if (self->store != NULL)
    lc_store_unwatch (self->store);
  g_clear_object (&self->store);
  g_list_store_remove_all (self->conventions);

  if (store == NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      /* The description is markup; the message names a file. */
      adw_status_page_set_description (self->error_page, escaped);
      gtk_stack_set_visible_child_name (self->library_stack, "error");
      adw_window_title_set_subtitle (self->window_title, display);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-sample", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-convention", FALSE);
      return;
    }

  self->store = store;
  /* The window's thread never waits for another process's write: edits
   * wait in the undo stacks' queues instead (see lc_undo_stack_update()). */
  lc_store_set_interactive (store, TRUE);
  /* Conventions another process adds or removes show in the list. */
  lc_store_watch (store);
  g_signal_connect_object (store, "external-change", G_CALLBACK (reload_conventions), self,
                           G_CONNECT_SWAPPED);
  g_clear_object (&self->library_undo);
  self->library_undo = lc_undo_stack_new (store);
  adw_window_title_set_subtitle (self->window_title, display);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-sample", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-convention", !lc_store_is_read_only (store));
  if (lc_store_is_read_only (store))
    lc_widget_show_toast (GTK_WIDGET (self), _("This library is read-only: you can look, but not change it."));

  reload_conventions (self);
}

/* The sample counts as already there when a convention with its English
 * title and dates is in the library. */
static gint64
find_convention (LcWindow   *self,
                 const char *title_en,
                 const char *start_date)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->conventions));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) c = g_list_model_get_item (G_LIST_MODEL (self->conventions), i);

      if (g_str_equal (lc_record_get_string (c, "title-en"), title_en)
          && g_str_equal (lc_record_get_string (c, "start-date"), start_date))
        return lc_record_get_id (c);
    }

  return 0;
}

static gboolean
find_convention_by_id (LcWindow *self,
                       gint64    id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->conventions));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) c = g_list_model_get_item (G_LIST_MODEL (self->conventions), i);

      if (lc_record_get_id (c) == id)
        return TRUE;
    }

  return FALSE;
}

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

  gtk_spinner_stop (self->loading_spinner);
  if (model == NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "library");
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  lc_convention_view_set_model (self->convention_view, model);
  gtk_stack_set_visible_child_name (self->main_stack, "convention");
}

static void
on_conventions_list_row_activated_cb (GtkListBox    *list,
                                      GtkListBoxRow *row,
                                      LcWindow      *self)
{
  LcRecord *convention = g_object_get_data (G_OBJECT (row), "convention");

  if (convention != NULL)
    lc_window_open_convention (self, lc_record_get_id (convention));
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
  reload_conventions (self);
}

static void
on_convention_created (LcConventionDialog *dialog,
                       gint64              id,
                       LcWindow           *self)
{
  reload_conventions (self);
  lc_window_open_convention (self, id);
}

static void
new_convention_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LcWindow *self = LC_WINDOW (widget);
  LcConventionDialog *dialog;

  if (self->store == NULL)
    return;

  dialog = lc_convention_dialog_new_convention (GTK_WINDOW (self), self->store);
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_convention_created), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
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

  gtk_widget_activate_action_variant (GTK_WIDGET (self->convention_view), view_action, parameter);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LcWindow *self = LC_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->library_undo == NULL || !lc_undo_stack_get_can_undo (self->library_undo))
    return;

  if (!lc_undo_stack_undo (self->library_undo, &error))
    lc_widget_show_error (GTK_WIDGET (self), error);
  reload_conventions (self);
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    LcWindow         *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "convention-id"));
  g_autoptr(LcRecord) convention = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (!g_str_equal (response, "delete") || self->store == NULL)
    return;

  convention = lc_store_get (self->store, LC_TYPE_CONVENTION, id, &error);
  if (convention == NULL || !lc_undo_stack_delete (self->library_undo, convention, _("Delete Convention"), &error))
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  reload_conventions (self);
  toast = adw_toast_new (_("Convention deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
delete_convention_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  LcWindow *self = LC_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(LcRecord) convention = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  gint64 items;
  GtkWidget *dialog;

  if (self->store == NULL || (convention = lc_store_get (self->store, LC_TYPE_CONVENTION, id, NULL)) == NULL)
    return;

  items = lc_store_count (self->store, LC_TYPE_ITEM, "convention_id", id, NULL);
  /* Translators: %s is a convention's title */
  heading = g_strdup_printf (_("Delete “%s”?"), lc_ui_text (convention, "title", NULL));
  body = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Its %u agenda item, its speakers, cities and declarations will be deleted with it. You can undo this.",
                                       "Its %u agenda items, its speakers, cities and declarations will be deleted with it. You can undo this.",
                                       (gulong) MAX (items, 0)),
                          (guint) MAX (items, 0));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "convention-id", GSIZE_TO_POINTER (id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gint64
import_bytes (LcWindow    *self,
              GBytes      *bytes,
              const char  *name,
              GError     **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  gint64 id = lc_convention_import_data (self->store, data, length, name, error);

  if (id > 0)
    reload_conventions (self);

  return id;
}

static void
open_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  lc_window_open_sample (LC_WINDOW (widget));
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(LcWindow) self = g_weak_ref_get (weak);
  g_autoptr(GError) error = NULL;
  gint64 id = lc_convention_import_file_finish (LC_STORE (source), result, &error);

  g_weak_ref_clear (weak);
  g_free (weak);
  /* The window was closed while the file was read. */
  if (self == NULL || gtk_window_get_application (GTK_WINDOW (self)) == NULL)
    return;

  if (id <= 0)
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  /* The window may have opened another library meanwhile. */
  if (LC_STORE (source) != self->store)
    return;

  reload_conventions (self);
  lc_widget_show_toast (GTK_WIDGET (self), _("Convention imported"));
  lc_window_open_convention (self, id);
}

/**
 * lc_window_import_file:
 * @self: the window
 * @path: a convention file
 *
 * Imports the file in a worker thread, as Import Convention… does, then
 * opens the new convention or shows why the file was refused.
 */
void
lc_window_import_file (LcWindow   *self,
                       const char *path)
{
  GWeakRef *weak;

  g_return_if_fail (self->store != NULL);

  /* The window may be closed before the file is read. */
  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  lc_convention_import_file_async (self->store, path, NULL, on_imported, weak);
}

static void
on_import_response (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(GtkNativeDialog) answered = g_steal_pointer (&LC_WINDOW (user_data)->chooser);
  LcWindow *self = LC_WINDOW (user_data);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = g_file_get_path (file);
  if (path != NULL)
    lc_window_import_file (self, path);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LcWindow *self = LC_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Convention files"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_mime_type (filter, "application/json");

  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (gtk_file_chooser_native_new (_("Import Convention"), GTK_WINDOW (self),
                                                                  GTK_FILE_CHOOSER_ACTION_OPEN,
                                                                  _("_Import"), _("_Cancel")));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_import_response), self, 0);
  gtk_native_dialog_show (self->chooser);
}

/* In the Flatpak, a library chosen outside the app's folder is copied in. */
static void
on_library_copied (const char *copy,
                   gpointer    user_data)
{
  open_library (LC_WINDOW (user_data), copy);
}

static void
on_library_chosen (GtkNativeDialog *chooser,
                   int              response,
                   gpointer         user_data)
{
  g_autoptr(GtkNativeDialog) answered = g_steal_pointer (&LC_WINDOW (user_data)->chooser);
  LcWindow *self = LC_WINDOW (user_data);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = g_file_get_path (file);
  if (path != NULL && lc_store_is_shared_document (path))
    lc_library_copy_ask (GTK_WINDOW (self), path,
                         gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE,
                         on_library_copied, self);
  else if (path != NULL)
    open_library (self, path);
}

static void
choose_library_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LcWindow *self = LC_WINDOW (widget);
  gboolean create = g_str_equal (action_name, "win.new-library");

  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (gtk_file_chooser_native_new (create ? _("New Library") : _("Open Library"),
                                                                  GTK_WINDOW (self),
                                                                  create ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                                         : GTK_FILE_CHOOSER_ACTION_OPEN,
                                                                  create ? _("_Create") : _("_Open"),
                                                                  _("_Cancel")));
  if (create)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), "library.db");
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_library_chosen), self, 0);
  gtk_native_dialog_show (self->chooser);
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
    lc_convention_view_restore_focus (self->convention_view);
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

static void
lc_window_dispose (GObject *object)
{
  LcWindow *self = LC_WINDOW (object);

  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  g_clear_object (&self->chooser);
  g_clear_handle_id (&self->focus_check, g_source_remove);
  if (self->watched_focus != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_focus, on_focus_unmapped, self);
  g_clear_weak_pointer (&self->watched_focus);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_WINDOW);

  G_OBJECT_CLASS (lc_window_parent_class)->dispose (object);
}

static void
lc_window_finalize (GObject *object)
{
  LcWindow *self = LC_WINDOW (object);

  g_clear_object (&self->conventions);
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

  g_type_ensure (LC_TYPE_CONVENTION_VIEW);
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
  gtk_widget_class_bind_template_child (widget_class, LcWindow, convention_view);
  gtk_widget_class_bind_template_callback (widget_class, on_conventions_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_convention_view_closed_cb);

  gtk_widget_class_install_action (widget_class, "win.open-sample", NULL, open_sample_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.open-library", NULL, choose_library_action);
  gtk_widget_class_install_action (widget_class, "win.new-library", NULL, choose_library_action);
  gtk_widget_class_install_action (widget_class, "win.delete-convention", "x", delete_convention_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.undo-change", NULL, forward_to_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-area", "s", forward_to_view_action);
  gtk_widget_class_install_action (widget_class, "win.new-convention", NULL, new_convention_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
}

static void
lc_window_init (LcWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self, "notify::focus-widget", G_CALLBACK (on_focus_widget_changed), self);
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
                           create_convention_row, self, NULL);
}

/* The application property is not a construct property, so everything that
 * needs the application happens here rather than in constructed(). */
LcWindow *
lc_window_new (LcApplication *application)
{
  LcWindow *self = g_object_new (LC_TYPE_WINDOW, "application", application, NULL);
  GSettings *settings = lc_application_get_settings (application);

  if (settings != NULL)
    {
      g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
    }

  open_library (self, lc_application_get_database_path (application));
  if (settings != NULL && self->store != NULL)
    {
      gint64 last = g_settings_get_int64 (settings, "last-convention");

      if (last > 0 && find_convention_by_id (self, last))
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
  return self->store;
}

/**
 * lc_window_open_sample:
 * @self: a window
 *
 * Shows the bundled sample convention, importing it first when the library
 * does not hold it yet.
 */
void
lc_window_open_sample (LcWindow *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (self->store == NULL)
    return;

  /* Keep these in step with data/samples/yanbu-2023.json. */
  id = find_convention (self, "First Regional Convention for Learning Cities", "2023-05-10");
  if (id == 0)
    {
      bytes = g_resources_lookup_data (SAMPLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        id = import_bytes (self, bytes, "yanbu-2023.json", &error);
      if (id <= 0)
        {
          lc_widget_show_error (GTK_WIDGET (self), error);
          return;
        }
    }

  lc_window_open_convention (self, id);
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
  gtk_application_set_accels_for_action (application, "win.import",
                                         (const char *[]) { "<Control>o", NULL });
  gtk_application_set_accels_for_action (application, "win.new-convention",
                                         (const char *[]) { "<Control><Shift>n", NULL });
  gtk_application_set_accels_for_action (application, "win.open-sample",
                                         (const char *[]) { "<Control><Shift>o", NULL });
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
  if (self->store == NULL)
    return;

  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();

  select_convention (self, convention_id);
  gtk_spinner_start (self->loading_spinner);
  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  lc_convention_model_load_async (self->store, convention_id, self->loading,
                                  on_convention_loaded, g_object_ref (self));
}

/**
 * lc_window_get_convention_view:
 * @self: a window
 *
 * Returns: (transfer none): the view of the open convention
 */
LcConventionView *
lc_window_get_convention_view (LcWindow *self)
{
  return self->convention_view;
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
  return gtk_stack_get_visible_child_name (self->library_stack);
}

/** lc_window_get_conventions: Returns: (transfer none): the library's conventions */
GListModel *
lc_window_get_conventions (LcWindow *self)
{
  return G_LIST_MODEL (self->conventions);
}
