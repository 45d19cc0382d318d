/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-bilingual-entry.h"
#include "lc-feedback.h"
#include "lc-file-chooser.h"
#include "lc-report-page-private.h"
#include "lc-util.h"

/*
 * The photos of the agenda item chosen on the Report page: each with a
 * thumbnail and its caption; Add Photo… reads a PNG or JPEG through the
 * file chooser and scales it in a worker thread (lc-report-photos.c), a
 * row with a spinner standing for it meanwhile; Caption… asks for the
 * caption in both languages, Delete takes it away. Each is one undo step.
 */

#define THUMBNAIL_SIZE 64

static GtkWidget *
thumbnail (LcReportPage  *self,
           LcReportPhoto *photo)
{
  g_autoptr(GBytes) bytes = lc_report_load_image (self->store, lc_report_photo_get_image (photo),
                                                  NULL, NULL, NULL, NULL);
  g_autoptr(GdkTexture) texture = bytes ? gdk_texture_new_from_bytes (bytes, NULL) : NULL;
  GtkWidget *picture = texture ? gtk_picture_new_for_paintable (GDK_PAINTABLE (texture))
                               : gtk_image_new_from_icon_name ("image-missing-symbolic");

  gtk_widget_set_size_request (picture, THUMBNAIL_SIZE, THUMBNAIL_SIZE);
  gtk_widget_set_valign (picture, GTK_ALIGN_CENTER);
  return picture;
}

/* ---- the caption ------------------------------------------------------- */

typedef struct
{
  LcReportPage  *page;
  LcReportPhoto *photo;
  GtkWidget     *arabic;
  GtkWidget     *english;
} Captioning;

static void
on_caption_response (AdwMessageDialog *dialog,
                     const char       *response,
                     Captioning       *c)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "save")
      && !lc_report_caption_photo (c->page->undo, c->photo,
                                   gtk_editable_get_text (GTK_EDITABLE (c->arabic)),
                                   gtk_editable_get_text (GTK_EDITABLE (c->english)), &error))
    lc_widget_show_error (GTK_WIDGET (c->page), error);
  g_object_unref (c->page);
  g_object_unref (c->photo);
  g_free (c);
}

static GtkWidget *
caption_entry (GtkWidget   *box,
               const char  *mnemonic,
               const char  *text)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);
  GtkWidget *entry = gtk_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);
  return entry;
}

static void
on_caption_clicked (GtkButton    *button,
                    LcReportPage *self)
{
  LcReportPhoto *photo = g_object_get_data (G_OBJECT (button), "lc-record");
  Captioning *c = g_new0 (Captioning, 1);
  GtkWidget *dialog = adw_message_dialog_new (lc_widget_get_window (GTK_WIDGET (self)), _("Photo Caption"),
                                              _("The caption printed under the photo, in each language."));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  c->page = g_object_ref (self);
  c->photo = LC_REPORT_PHOTO (lc_record_copy (LC_RECORD (photo)));
  c->arabic = caption_entry (box, _("Caption in _Arabic"), lc_report_photo_get_caption (photo, LC_LANGUAGE_ARABIC));
  c->english = caption_entry (box, _("Caption in _English"),
                              lc_report_photo_get_caption (photo, LC_LANGUAGE_ENGLISH));
  lc_bilingual_entry_pair (c->arabic, c->english);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_caption_response), c);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- the list ---------------------------------------------------------- */

static void
on_delete_photo_clicked (GtkButton    *button,
                         LcReportPage *self)
{
  LcReportPhoto *photo = g_object_get_data (G_OBJECT (button), "lc-record");
  g_autoptr(GError) error = NULL;

  /* The button goes with its row: the keyboard stays with the photos,
   * where Ctrl+Z takes the deletion back. */
  gtk_widget_grab_focus (GTK_WIDGET (self->add_photo_button));
  if (!lc_report_delete_photo (self->undo, photo, &error))
    lc_widget_show_error (GTK_WIDGET (self), error);
  else
    lc_widget_show_undo_toast (GTK_WIDGET (self), _("Photo deleted"));
}

static GtkWidget *
create_photo_row (gpointer item,
                  gpointer user_data)
{
  LcReportPage *self = user_data;
  LcReportPhoto *photo = item;
  GtkWidget *row = adw_action_row_new ();
  const char *caption = lc_ui_text (LC_RECORD (photo), "caption", NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *caption != '\0' ? caption : _("No caption yet"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), thumbnail (self, photo));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             lc_report_page_row_button (self, LC_RECORD (photo), "document-edit-symbolic", _("Caption"),
                                           G_CALLBACK (on_caption_clicked)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             lc_report_page_row_button (self, LC_RECORD (photo), "user-trash-symbolic", _("Delete Photo"),
                                           G_CALLBACK (on_delete_photo_clicked)));
  return row;
}

/**
 * lc_report_page_load_photos:
 * @self: the page
 * @item_id: the chosen agenda item, or 0
 *
 * Shows @item_id's photos.
 */
void
lc_report_page_load_photos (LcReportPage *self,
                            gint64        item_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) photos = item_id > 0 ? lc_store_list (self->store, LC_TYPE_REPORT_PHOTO, "item_id",
                                                              item_id, &error)
                                             : g_list_store_new (LC_TYPE_REPORT_PHOTO);

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_photo_button), item_id > 0);
  if (photos == NULL)
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  gtk_list_box_bind_model (self->photo_list, G_LIST_MODEL (photos), create_photo_row, self, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->photo_list), g_list_model_get_n_items (G_LIST_MODEL (photos)) > 0);
}

/* ---- adding ------------------------------------------------------------ */

/* The photo as the worker scaled it. */
typedef struct
{
  GBytes     *data;
  const char *mime_type;
  int         width, height;
} Scaled;

static void
scaled_free (gpointer data)
{
  Scaled *scaled = data;

  g_bytes_unref (scaled->data);
  g_free (scaled);
}

/* What the main thread needs once the photo is read. */
typedef struct
{
  GtkWidget *row;       /* its row among the pending photos */
  gint64     item_id;
} Adding;

static void
adding_free (gpointer data)
{
  Adding *adding = data;

  g_object_unref (adding->row);
  g_free (adding);
}

static void
scale_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(GError) error = NULL;
  Scaled *scaled = g_new0 (Scaled, 1);

  scaled->data = lc_report_scale_image_file (path, LC_REPORT_PHOTO_SIZE, &scaled->mime_type, &scaled->width,
                                             &scaled->height, &error);
  if (scaled->data == NULL)
    {
      g_free (scaled);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, scaled, scaled_free);
}

static void
on_photo_scaled (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  LcReportPage *self = LC_REPORT_PAGE (source);
  Adding *adding = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcReportPhoto) photo = NULL;
  Scaled *scaled = g_task_propagate_pointer (G_TASK (result), &error);

  gtk_list_box_remove (self->pending_photos, adding->row);
  gtk_widget_set_visible (GTK_WIDGET (self->pending_photos),
                          gtk_widget_get_first_child (GTK_WIDGET (self->pending_photos)) != NULL);
  /* Without its undo history, the page has let its convention go
   * meanwhile: there is nothing to add the photo to. */
  if (self->undo != NULL)
    {
      if (scaled != NULL)
        photo = lc_report_add_scaled_photo (self->undo, adding->item_id, scaled->data, scaled->mime_type,
                                            scaled->width, scaled->height, "", "", &error);
      if (photo == NULL)
        lc_widget_show_error (GTK_WIDGET (self), error);
    }
  g_clear_pointer (&scaled, scaled_free);
  adding_free (adding);
}

/* Reading and scaling a camera's photo takes a moment: it is done in a
 * worker thread, the photo shown meanwhile as a row with a spinner. */
static void
on_photo_chosen (const char *path,
                 gpointer    user_data)
{
  LcReportPage *self = LC_REPORT_PAGE (user_data);
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  GtkWidget *spinner;
  Adding *adding;

  if (self->undo == NULL || self->photo_item <= 0)
    return;

  name = g_filename_display_basename (path);
  /* Translators: a photo being read; %s is its file name */
  title = g_strdup_printf (_("Reading “%s”…"), name);
  adding = g_new0 (Adding, 1);
  adding->item_id = self->photo_item;
  adding->row = g_object_ref_sink (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (adding->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (adding->row), title);
  spinner = gtk_spinner_new ();
  gtk_spinner_start (GTK_SPINNER (spinner));
  adw_action_row_add_prefix (ADW_ACTION_ROW (adding->row), spinner);
  gtk_list_box_append (self->pending_photos, adding->row);
  gtk_widget_set_visible (GTK_WIDGET (self->pending_photos), TRUE);

  task = g_task_new (self, NULL, on_photo_scaled, adding);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, scale_thread);
}

void
on_add_photo_clicked_cb (LcReportPage *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooser *chooser;
  guint i = adw_combo_row_get_selected (self->item);

  if (self->item_ids == NULL || i >= self->item_ids->len)
    return;

  /* The item the photo was chosen for, even if another is chosen while
   * the file chooser is open. */
  self->photo_item = g_array_index (self->item_ids, gint64, i);
  gtk_file_filter_set_name (filter, _("Photos (PNG or JPEG)"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  chooser = lc_file_chooser_new_for (GTK_WIDGET (self), GTK_FILE_CHOOSER_ACTION_OPEN, _("Add Photo"), _("_Add"),
                                     on_photo_chosen);
  gtk_file_chooser_add_filter (chooser, filter);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
