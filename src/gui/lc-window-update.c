/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing a convention file whose convention the library already has:
 * the window asks (lc-update-dialog.c) whether to update it from the file,
 * import the file as a copy, or leave it; an update is one step of the
 * convention's history, so Ctrl+Z puts the convention back. */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-convention-model.h"
#include "lc-convention-update.h"
#include "lc-feedback.h"
#include "lc-file.h"
#include "lc-update-dialog.h"
#include "lc-window-private.h"

static gint64
shown_convention (LcWindow *self)
{
  LcConventionModel *model = lc_convention_view_get_model (self->convention_view);

  if (model == NULL || g_strcmp0 (lc_window_get_page (self), "convention") != 0)
    return 0;
  return lc_convention_model_get_id (model);
}

/**
 * _lc_window_record_update: (skip)
 *
 * Hands an applied update to the history of the convention it changed,
 * once the window shows that convention, and says so with an Undo button.
 */
void
_lc_window_record_update (LcWindow *self)
{
  LcUndoStack *undo;

  if (self->update_changes == NULL || shown_convention (self) != self->update_convention)
    return;

  undo = lc_convention_view_get_undo (self->convention_view);
  if (undo != NULL)
    lc_undo_stack_record_applied (undo, _("Update from File"), g_steal_pointer (&self->update_changes));
  g_clear_pointer (&self->update_changes, g_ptr_array_unref);
  lc_widget_show_undo_toast (GTK_WIDGET (self), _("Convention updated from the file"));
}

static void
on_update_response (AdwMessageDialog *dialog,
                    const char       *response,
                    LcWindow         *self)
{
  LcConventionUpdate *update = g_object_get_data (G_OBJECT (dialog), "update");
  const char *path = g_object_get_data (G_OBJECT (dialog), "path");
  g_autoptr(GError) error = NULL;
  gint64 id = lc_convention_update_get_convention_id (update);

  if (self->store == NULL)
    return;
  if (g_str_equal (response, "copy"))
    {
      _lc_window_import_new (self, path);
      return;
    }
  if (!g_str_equal (response, "update"))
    return;

  if (!lc_convention_update_apply (update, self->store, &error))
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  g_clear_pointer (&self->update_changes, g_ptr_array_unref);
  self->update_changes = lc_convention_update_take_changes (update);
  self->update_convention = id;
  _lc_window_reload_conventions (self);
  if (shown_convention (self) == id)
    _lc_window_record_update (self);
  else
    lc_window_open_convention (self, id);
}

/**
 * _lc_window_offer_update: (skip)
 * @self: the window
 * @path: a convention file
 *
 * When the file's convention is in the library, plans the update and asks
 * what to do with it.
 *
 * Returns: %TRUE when the file is dealt with here (asked about, or refused
 *   with a message), %FALSE when it is to be imported as a new convention
 */
gboolean
_lc_window_offer_update (LcWindow   *self,
                         const char *path)
{
  g_autofree char *contents = NULL, *display = NULL;
  g_autoptr(LcConventionUpdate) update = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  gsize length;
  gint64 existing;

  /* A file that cannot be read is the import's to report. */
  if (!lc_file_read_bounded (path, LC_FILE_MAX_CONVENTION_BYTES, &contents, &length, NULL))
    return FALSE;
  existing = lc_convention_find_existing (self->store, contents, length, &error);
  if (existing < 0)
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return TRUE;
    }
  if (existing == 0)
    return FALSE;

  display = g_filename_display_basename (path);
  update = lc_convention_update_new (self->store, existing, contents, length, display, &error);
  if (update == NULL)
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return TRUE;
    }

  dialog = lc_update_dialog_new (GTK_WINDOW (self), update);
  g_object_set_data_full (G_OBJECT (dialog), "update", g_steal_pointer (&update),
                          (GDestroyNotify) lc_convention_update_free);
  g_object_set_data_full (G_OBJECT (dialog), "path", g_strdup (path), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_update_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}
