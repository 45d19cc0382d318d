/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-item-editor-private.h"
#include "lc-util.h"

/*
 * The item editor's choices of a record of the convention (its room, its
 * track): "none" first, then each by name in the list's order. The track
 * row shows only once the convention has tracks, since until then it
 * offers nothing but "No track".
 */

/**
 * lc_item_editor_fill_choice:
 * @row: the combo row
 * @ids: filled with the id each position stands for (0 for none)
 * @records: the records to offer, in their order
 * @own: the id the item has now, or 0
 * @none: the words for none
 *
 * Offers "none" and @records in @row, with @own chosen.
 */
void
lc_item_editor_fill_choice (AdwComboRow *row,
                            GArray      *ids,
                            GListModel  *records,
                            gint64       own,
                            const char  *none)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 zero = 0;
  guint selected = 0;

  g_array_set_size (ids, 0);
  gtk_string_list_append (names, none);
  g_array_append_val (ids, zero);
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(LcRecord) record = g_list_model_get_item (records, i);
      gint64 id = lc_record_get_id (record);

      if (id == own)
        selected = ids->len;
      gtk_string_list_append (names, lc_ui_text (record, "name", NULL));
      g_array_append_val (ids, id);
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, selected);
}

void
lc_item_editor_fill_tracks (LcItemEditor *self)
{
  GListModel *tracks = lc_convention_model_get_tracks (self->model);

  lc_item_editor_fill_choice (self->track_row, self->track_ids, tracks,
                              lc_item_get_track_id (self->item), _("No track"));
  gtk_widget_set_visible (GTK_WIDGET (self->track_row), g_list_model_get_n_items (tracks) > 0);
}

gint64
lc_item_editor_selected_track (LcItemEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->track_row);

  return selected < self->track_ids->len ? g_array_index (self->track_ids, gint64, selected) : 0;
}
