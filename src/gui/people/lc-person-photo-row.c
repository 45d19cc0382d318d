/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-feedback.h"
#include "lc-file-chooser.h"
#include "lc-person-photo-row.h"
#include "lc-person-photo.h"
#include "lc-report.h"

/*
 * The person editor's Photo row: the photo shown small, Choose… (through
 * the portal's file chooser) and Remove. A chosen file's image is stored in
 * the library at once, scaled (lc_person_store_photo ()), so that a file
 * that is no photo is refused while the person is still being edited; the
 * person names it only when the editor saves, as one step with the rest.
 * An image chosen and then cancelled goes when the library is next opened.
 */

struct _LcPersonPhotoRow
{
  AdwActionRow  parent_instance;

  GtkPicture   *picture;
  GtkWidget    *remove_button;
  LcStore      *store;
  char         *photo;   /* an image's name, "" for none */
};

G_DEFINE_FINAL_TYPE (LcPersonPhotoRow, lc_person_photo_row, ADW_TYPE_ACTION_ROW)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * lc_person_photo_texture:
 * @store: the library
 * @photo: a person's photo, from lc_person_get_photo ()
 *
 * Returns: (transfer full) (nullable): the photo to show, or %NULL when
 *   there is none or its image cannot be read (then the person shows none)
 */
GdkTexture *
lc_person_photo_texture (LcStore    *store,
                         const char *photo)
{
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) error = NULL;
  GdkTexture *texture;

  if (store == NULL || photo == NULL || *photo == '\0')
    return NULL;
  data = lc_report_load_image (store, photo, NULL, NULL, NULL, &error);
  if (data == NULL)
    {
      g_debug ("A person's photo is not shown: %s", error->message);
      return NULL;
    }
  texture = gdk_texture_new_from_bytes (data, &error);
  if (texture == NULL)
    g_debug ("A person's photo is not shown: %s", error->message);
  return texture;
}

static void
show_photo (LcPersonPhotoRow *self)
{
  g_autoptr(GdkTexture) texture = lc_person_photo_texture (self->store, self->photo);

  gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (self->picture), texture != NULL);
  gtk_widget_set_sensitive (self->remove_button, *self->photo != '\0');
}

static void
change_photo (LcPersonPhotoRow *self,
              const char       *photo)
{
  if (g_strcmp0 (self->photo, photo) == 0)
    return;
  lc_person_photo_row_set_photo (self, photo);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_photo_chosen_cb (const char *path,
                    gpointer    user_data)
{
  LcPersonPhotoRow *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *photo = lc_person_store_photo (self->store, path, &error);

  if (photo == NULL)
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  change_photo (self, photo);
}

static void
on_choose_clicked_cb (LcPersonPhotoRow *self)
{
  GtkFileChooser *chooser;
  g_autoptr(GtkFileFilter) images = gtk_file_filter_new ();

  chooser = lc_file_chooser_new_for (GTK_WIDGET (self), GTK_FILE_CHOOSER_ACTION_OPEN, _("Choose a Photo"),
                                     _("_Choose"), on_photo_chosen_cb);
  gtk_file_filter_set_name (images, _("Images"));
  gtk_file_filter_add_mime_type (images, "image/png");
  gtk_file_filter_add_mime_type (images, "image/jpeg");
  gtk_file_chooser_add_filter (chooser, images);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_remove_clicked_cb (LcPersonPhotoRow *self)
{
  change_photo (self, "");
}

static void
lc_person_photo_row_finalize (GObject *object)
{
  LcPersonPhotoRow *self = LC_PERSON_PHOTO_ROW (object);

  g_clear_object (&self->store);
  g_free (self->photo);

  G_OBJECT_CLASS (lc_person_photo_row_parent_class)->finalize (object);
}

static void
lc_person_photo_row_class_init (LcPersonPhotoRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lc_person_photo_row_finalize;

  /**
   * LcPersonPhotoRow::changed:
   *
   * The user chose a photo or removed it.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
lc_person_photo_row_init (LcPersonPhotoRow *self)
{
  GtkWidget *choose = gtk_button_new_with_mnemonic (_("C_hoose…"));

  self->photo = g_strdup ("");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _("Photo"));
  self->picture = GTK_PICTURE (gtk_picture_new ());
  gtk_picture_set_can_shrink (self->picture, TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (self->picture), 48, 48);
  gtk_widget_set_visible (GTK_WIDGET (self->picture), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The person's photo"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->picture));

  gtk_widget_set_valign (choose, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (choose, "clicked", G_CALLBACK (on_choose_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), choose);

  self->remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_tooltip_text (self->remove_button, _("Remove the Photo"));
  gtk_widget_set_valign (self->remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->remove_button, "flat");
  gtk_widget_set_sensitive (self->remove_button, FALSE);
  g_signal_connect_swapped (self->remove_button, "clicked", G_CALLBACK (on_remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->remove_button);
}

/**
 * lc_person_photo_row_set_store:
 * @self: the row
 * @store: the library the photos are stored in and shown from
 */
void
lc_person_photo_row_set_store (LcPersonPhotoRow *self,
                               LcStore          *store)
{
  g_return_if_fail (LC_IS_PERSON_PHOTO_ROW (self));

  g_set_object (&self->store, store);
  show_photo (self);
}

/**
 * lc_person_photo_row_get_photo:
 * @self: the row
 *
 * Returns: (transfer none): the photo the row holds, for
 *   lc_person_set_photo (); "" for none
 */
const char *
lc_person_photo_row_get_photo (LcPersonPhotoRow *self)
{
  g_return_val_if_fail (LC_IS_PERSON_PHOTO_ROW (self), "");

  return self->photo;
}

/**
 * lc_person_photo_row_set_photo:
 * @self: the row
 * @photo: (nullable): a person's photo, "" or %NULL for none
 *
 * Shows @photo, without emitting #LcPersonPhotoRow::changed.
 */
void
lc_person_photo_row_set_photo (LcPersonPhotoRow *self,
                               const char       *photo)
{
  g_return_if_fail (LC_IS_PERSON_PHOTO_ROW (self));

  g_free (self->photo);
  self->photo = g_strdup (photo != NULL ? photo : "");
  show_photo (self);
}
