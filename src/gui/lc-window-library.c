/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's library page: the library it opens (or creates, or copies
 * in from the document portal), the conventions listed there, and what
 * adds or removes one (new, import, the sample, delete with undo). */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-convention-dialog.h"
#include "lc-convention-io.h"
#include "lc-exchange.h"
#include "lc-convention-row.h"
#include "lc-feedback.h"
#include "lc-file-chooser.h"
#include "lc-library-copy.h"
#include "lc-store-portal.h"
#include "lc-util.h"
#include "lc-window-private.h"

#define SAMPLE_RESOURCE "/org/example/LearningCities/samples/yanbu-2023.json"

GtkWidget *
_lc_window_create_convention_row (gpointer item,
                                  gpointer user_data)
{
  return lc_convention_row_new (item);
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
  dialog = lc_delete_question_new (GTK_WINDOW (self), heading, body);
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

/* What a schedule from another tool held that a convention has no place
 * for: said all at once, in a dialog over the new convention, rather than
 * in a row of toasts a person would have to wait through. */
static void
show_left_out (LcWindow  *self,
               char     **left_out)
{
  g_autofree char *lines = g_strjoinv ("\n", left_out);
  /* Translators: the list of what was left out follows, one line each */
  g_autofree char *body = g_strdup_printf (_("These details of the schedule have no place in a convention "
                                             "and were not imported:\n\n%s"), lines);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Convention Imported"), body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(LcWindow) self = g_weak_ref_get (weak);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) left_out = NULL;
  gint64 id = lc_convention_import_file_finish_full (LC_STORE (source), result, &left_out, &error);

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
  /* From now on Send Changes… sends what this organiser changes in it,
   * as the command line's --import does (issue 15). The import itself
   * stands even when this cannot be kept. */
  if (!lc_exchange_track (self->store, id, &error))
    lc_widget_show_error (GTK_WIDGET (self), error);
  if (left_out != NULL && left_out[0] != NULL)
    show_left_out (self, left_out);
  else
    lc_widget_show_toast (GTK_WIDGET (self), _("Convention imported"));
  lc_window_open_convention (self, id);
}

/* Imports the file as a new convention, in a worker thread. */
void
_lc_window_import_new (LcWindow   *self,
                       const char *path)
{
  GWeakRef *weak;

  /* The window may be closed before the file is read. */
  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  lc_convention_import_file_async (self->store, path, NULL, on_imported, weak);
}

/* Imports as a new convention a file read and parsed already (by the
 * question whether the library has it), in a worker thread; takes
 * @parser. */
void
_lc_window_import_parsed (LcWindow   *self,
                          const char *path,
                          JsonParser *parser)
{
  GWeakRef *weak = g_new0 (GWeakRef, 1);

  g_weak_ref_init (weak, self);
  lc_convention_import_parsed_async (self->store, path, parser, NULL, on_imported, weak);
}

/**
 * lc_window_import_file:
 * @self: the window
 * @path: a convention file
 *
 * Imports the file, as Import Convention… does, in a worker thread: a
 * convention already in the library is offered for update
 * (lc-window-update.c); any other is imported, then opened, or the window
 * shows why the file was refused.
 */
void
lc_window_import_file (LcWindow   *self,
                       const char *path)
{
  g_return_if_fail (self->store != NULL);

  _lc_window_offer_update (self, path);
}

static void
on_import_chosen (const char *path,
                  gpointer    user_data)
{
  lc_window_import_file (LC_WINDOW (user_data), path);
}

void
_lc_window_import_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooser *chooser;

  gtk_file_filter_set_name (filter, _("Convention files and schedules"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_mime_type (filter, "application/json");
  /* Conference schedules of other tools (pretalx, frab) and our own. */
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_filter_add_mime_type (filter, "application/xml");
  gtk_file_filter_add_mime_type (filter, "text/xml");

  chooser = lc_file_chooser_new_for (widget, GTK_FILE_CHOOSER_ACTION_OPEN, _("Import Convention"),
                                     _("_Import"), on_import_chosen);
  gtk_file_chooser_add_filter (chooser, filter);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* In the Flatpak, a library chosen outside the app's folder is copied in. */
static void
on_library_copied (const char *copy,
                   gpointer    user_data)
{
  _lc_window_open_library (LC_WINDOW (user_data), copy);
}

static void
library_chosen (LcWindow   *self,
                const char *path,
                gboolean    create)
{
  if (lc_store_is_shared_document (path))
    lc_library_copy_ask (GTK_WINDOW (self), path, create, on_library_copied, self);
  else
    _lc_window_open_library (self, path);
}

static void
on_library_created (const char *path,
                    gpointer    user_data)
{
  library_chosen (LC_WINDOW (user_data), path, TRUE);
}

static void
on_library_opened (const char *path,
                   gpointer    user_data)
{
  library_chosen (LC_WINDOW (user_data), path, FALSE);
}

void
_lc_window_choose_library_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  gboolean create = g_str_equal (action_name, "win.new-library");
  GtkFileChooser *chooser;

  chooser = lc_file_chooser_new_for (widget,
                                     create ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                     create ? _("New Library") : _("Open Library"),
                                     create ? _("_Create") : _("_Open"),
                                     create ? on_library_created : on_library_opened);
  if (create)
    gtk_file_chooser_set_current_name (chooser, "library.db");
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
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

  g_return_if_fail (LC_IS_WINDOW (self));

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
