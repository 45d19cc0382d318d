/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's library page: the library it opens (or creates, or copies
 * in from the document portal), the conventions listed there, and what
 * adds or removes one (new, import, the sample, delete with undo). */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-convention-dialog.h"
#include "lc-convention-io.h"
#include "lc-feedback.h"
#include "lc-library-copy.h"
#include "lc-store-portal.h"
#include "lc-util.h"
#include "lc-window-private.h"

#define SAMPLE_RESOURCE "/org/example/LearningCities/samples/yanbu-2023.json"

GtkWidget *
_lc_window_create_convention_row (gpointer item,
                                  gpointer user_data)
{
  LcRecord *convention = item;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *delete;
  g_autofree char *dates = lc_format_date_range (lc_convention_get_start_date (LC_CONVENTION (convention)),
                                                 lc_convention_get_end_date (LC_CONVENTION (convention)));
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

void
_lc_window_reload_conventions (LcWindow *self)
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

void
_lc_window_open_library (LcWindow   *self,
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
  g_signal_connect_object (store, "external-change", G_CALLBACK (_lc_window_reload_conventions), self,
                           G_CONNECT_SWAPPED);
  g_clear_object (&self->library_undo);
  self->library_undo = lc_undo_stack_new (store);
  adw_window_title_set_subtitle (self->window_title, display);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-sample", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-convention", !lc_store_is_read_only (store));
  if (lc_store_is_read_only (store))
    lc_widget_show_toast (GTK_WIDGET (self), _("This library is read-only: you can look, but not change it."));

  _lc_window_reload_conventions (self);
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

      if (g_str_equal (lc_convention_get_title (LC_CONVENTION (c), LC_LANGUAGE_ENGLISH), title_en)
          && g_str_equal (lc_convention_get_start_date (LC_CONVENTION (c)), start_date))
        return lc_record_get_id (c);
    }

  return 0;
}

gboolean
_lc_window_find_convention_by_id (LcWindow *self,
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
on_convention_created (LcConventionDialog *dialog,
                       gint64              id,
                       LcWindow           *self)
{
  _lc_window_reload_conventions (self);
  lc_window_open_convention (self, id);
}

void
_lc_window_new_convention_action (GtkWidget  *widget,
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

void
_lc_window_undo_delete_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  LcWindow *self = LC_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->library_undo == NULL || !lc_undo_stack_get_can_undo (self->library_undo))
    return;

  if (!lc_undo_stack_undo (self->library_undo, &error))
    lc_widget_show_error (GTK_WIDGET (self), error);
  _lc_window_reload_conventions (self);
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

  _lc_window_reload_conventions (self);
  toast = adw_toast_new (_("Convention deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-delete");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_lc_window_delete_convention_action (GtkWidget  *widget,
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
    _lc_window_reload_conventions (self);

  return id;
}

void
_lc_window_open_sample_action (GtkWidget  *widget,
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

  _lc_window_reload_conventions (self);
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

void
_lc_window_import_action (GtkWidget  *widget,
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
  _lc_window_open_library (LC_WINDOW (user_data), copy);
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
    _lc_window_open_library (self, path);
}

void
_lc_window_choose_library_action (GtkWidget  *widget,
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
