/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-a11y.h"
#include "lc-agenda-page-private.h"
#include "lc-util.h"

/*
 * The agenda list shown by track (theme): a drop-down beside the search,
 * "All tracks" first, then the convention's tracks in their order. It
 * narrows the same filter as the search, so both apply together, and shows
 * only once the convention has tracks.
 */

void
lc_agenda_page_sync_tracks (LcAgendaPage *self)
{
  GListModel *tracks = self->model ? lc_convention_model_get_tracks (self->model) : NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 all = 0, shown = self->track_id;
  guint selected = 0;

  g_array_set_size (self->track_ids, 0);
  gtk_string_list_append (names, _("All tracks"));
  g_array_append_val (self->track_ids, all);
  for (guint i = 0; tracks && i < g_list_model_get_n_items (tracks); i++)
    {
      g_autoptr(LcRecord) track = g_list_model_get_item (tracks, i);
      gint64 id = lc_record_get_id (track);

      if (id == shown)
        selected = self->track_ids->len;
      gtk_string_list_append (names, lc_ui_text (track, "name", NULL));
      g_array_append_val (self->track_ids, id);
    }

  /* Filling the drop-down selects its first entry on the way: the filter
   * follows once, to the same track, or to "All tracks" when the one shown
   * was deleted. */
  g_signal_handlers_block_by_func (self->track_dropdown, lc_agenda_page_on_track_selected, self);
  gtk_drop_down_set_model (self->track_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->track_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->track_dropdown, lc_agenda_page_on_track_selected, self);
  lc_a11y_set_name (GTK_WIDGET (self->track_dropdown), _("Track"));
  lc_agenda_page_on_track_selected (self->track_dropdown, NULL, self);
  lc_agenda_page_update_state (self);
  /* Rows name their item's track: a renamed one is shown anew. */
  if (self->model != NULL)
    lc_agenda_page_queue_refresh (self, REFRESH_ALL);
}

gboolean
lc_agenda_page_track_matches (LcAgendaPage *self,
                              LcRecord     *item)
{
  return self->track_id == 0 || lc_item_get_track_id (LC_ITEM (item)) == self->track_id;
}

void
lc_agenda_page_on_track_selected (GtkDropDown  *dropdown,
                                  GParamSpec   *pspec,
                                  LcAgendaPage *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  gint64 id = selected < self->track_ids->len ? g_array_index (self->track_ids, gint64, selected) : 0;
  gint64 before = self->track_id;

  if (id == before)
    return;
  self->track_id = id;
  /* From every item to one track only narrows; the other ways, it widens. */
  gtk_filter_changed (self->search_filter, before == 0 ? GTK_FILTER_CHANGE_MORE_STRICT
                                          : id == 0 ? GTK_FILTER_CHANGE_LESS_STRICT
                                          : GTK_FILTER_CHANGE_DIFFERENT);
  lc_agenda_page_update_state (self);
}
