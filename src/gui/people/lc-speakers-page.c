/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-keyboard.h"
#include "lc-language-tag.h"
#include "lc-speakers-page-private.h"
#include "lc-util.h"

/*
 * Speakers: everyone of the convention (speakers, moderators, presenters,
 * and people on no item yet), searchable by Arabic or English name and
 * filtered by role, city and attendance; beside it (or instead of it on a
 * narrow window) the chosen person's details and agenda items.
 *
 * The list is the model's people → sorted by the collation key of the name
 * in the interface's language → filtered by a GtkEveryFilter of four custom
 * filters (lc-speakers-page-filter.c) → slots → a single selection → a
 * GtkListView of LcPersonRow. Changes to the agenda are gathered into one
 * idle refresh.
 *
 * Slots: GTK 4.8's list view makes new row widgets for every item that a
 * change brings into view, up to 200 of them, and making, styling and
 * laying out 200 rows costs several frames when a keystroke narrows 5,000
 * people. So the list view shows stable "slot" objects, one per position,
 * each holding the person now at its position; a search changes which
 * person each slot holds and adds or removes slots only at the end, and
 * the rows on screen are refilled in place.
 */

static G_DEFINE_QUARK (lc-speakers-slot-person, slot_person)

static void lc_speakers_page_page_iface_init (LcPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LcSpeakersPage, lc_speakers_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (LC_TYPE_PAGE, lc_speakers_page_page_iface_init))

/* ---- the list ---------------------------------------------------------- */

static void
update_list_state (LcSpeakersPage *self)
{
  guint all = self->model ? g_list_model_get_n_items (lc_convention_model_get_people (self->model)) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *count = NULL;

  gtk_stack_set_visible_child_name (self->list_stack, all == 0 ? "empty" : shown == 0 ? "no-matches" : "list");

  if (shown == all)
    count = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", all), all);
  else
    /* Translators: how many people the search and filters show, of how many */
    count = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u person", "%1$u of %2$u people", all),
                             shown, all);
  gtk_label_set_text (self->count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), all > 0);
}

LcRecord *
lc_speakers_page_slot_person (gpointer slot)
{
  return slot ? g_object_get_qdata (G_OBJECT (slot), slot_person_quark ()) : NULL;
}

static void
slot_set_person (gpointer  slot,
                 LcRecord *person)
{
  g_object_set_qdata_full (G_OBJECT (slot), slot_person_quark (), g_object_ref (person), g_object_unref);
}

static void
update_row (LcSpeakersPage *self,
            LcPersonRow    *row,
            gpointer        slot)
{
  LcRecord *person = lc_speakers_page_slot_person (slot);
  LcPersonSummary summary;

  if (person == NULL || self->model == NULL)
    return;

  summary = lc_speakers_page_summary_of (self, person);
  summary.tag_language = lc_language_tag_wanted (self->model);
  lc_person_row_update (row, LC_PERSON (person), &summary, lc_speakers_page_city_name (self, person));
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, lc_person_row_new ());
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  LcSpeakersPage *self = user_data;
  LcPersonRow *row = LC_PERSON_ROW (gtk_list_item_get_child (list_item));
  gpointer slot = gtk_list_item_get_item (list_item);

  update_row (self, row, slot);
  g_hash_table_insert (self->bound_rows, row, slot);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  LcSpeakersPage *self = user_data;
  LcPersonRow *row = LC_PERSON_ROW (gtk_list_item_get_child (list_item));
  LcPersonSummary none = { 0, 0, 0, FALSE };

  g_hash_table_remove (self->bound_rows, row);
  lc_person_row_update (row, NULL, &none, NULL);
}

guint
lc_speakers_page_shown_position (LcSpeakersPage *self,
                                 gint64          person_id)
{
  GListModel *shown = G_LIST_MODEL (self->filtered);
  guint n = g_list_model_get_n_items (shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (shown, i);

      if (lc_record_get_id (person) == person_id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Keeps the person of the detail pane selected in the list when the list
 * changed under them (an edit moves a row; a search brings it back), and
 * nobody else: a slot selected before a search may hold someone else now. */
static void
sync_selection (LcSpeakersPage *self)
{
  GtkSelectionModel *model = GTK_SELECTION_MODEL (self->selection);
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (model);
  guint position;

  /* People chosen together stay chosen (sync_slots keeps them by id). */
  if (gtk_bitset_get_size (selected) > 1)
    return;
  if (gtk_bitset_get_size (selected) == 1)
    {
      g_autoptr(GObject) slot = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                                       gtk_bitset_get_minimum (selected));
      LcRecord *person = lc_speakers_page_slot_person (slot);

      if (person != NULL && self->person_id != 0 && lc_record_get_id (person) == self->person_id)
        return;
    }

  position = self->person_id ? lc_speakers_page_shown_position (self, self->person_id) : GTK_INVALID_LIST_POSITION;
  if (position == GTK_INVALID_LIST_POSITION)
    {
      gtk_selection_model_unselect_all (model);
      return;
    }
  gtk_selection_model_select_item (model, position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

/* The ids of the people selected together, or NULL for one or none. */
static GHashTable *
chosen_ids (LcSpeakersPage *self)
{
  g_autoptr(GPtrArray) people = lc_speakers_page_selected_people (self);
  GHashTable *ids;

  if (people->len < 2)
    return NULL;
  ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < people->len; i++)
    {
      gint64 id = lc_record_get_id (g_ptr_array_index (people, i));

      g_hash_table_add (ids, g_memdup2 (&id, sizeof id));
    }
  return ids;
}

/* Selects again the slots that hold the people of @ids, wherever the
 * change of the list put them. */
static void
choose_again (LcSpeakersPage *self,
              GHashTable     *ids)
{
  GListModel *slots = G_LIST_MODEL (self->slots);
  guint n = g_list_model_get_n_items (slots);
  g_autoptr(GtkBitset) chosen = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) all = gtk_bitset_new_range (0, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) slot = g_list_model_get_item (slots, i);
      gint64 id = lc_record_get_id (lc_speakers_page_slot_person (slot));

      if (g_hash_table_contains (ids, &id))
        gtk_bitset_add (chosen, i);
    }
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), chosen, all);
}

/* Puts the people shown from @from on into the slots, adds or removes slots
 * at the end, and refills the rows on screen whose person changed. */
static void
sync_slots (LcSpeakersPage *self,
            guint           from)
{
  GListModel *shown = G_LIST_MODEL (self->filtered);
  GListModel *slots = G_LIST_MODEL (self->slots);
  guint n_shown = g_list_model_get_n_items (shown);
  guint n_slots = g_list_model_get_n_items (slots);
  g_autoptr(GHashTable) chosen = chosen_ids (self);
  GHashTableIter iter;
  gpointer row, slot;

  for (guint i = from; i < MIN (n_shown, n_slots); i++)
    {
      g_autoptr(GObject) s = g_list_model_get_item (slots, i);
      g_autoptr(LcRecord) person = g_list_model_get_item (shown, i);

      slot_set_person (s, person);
    }

  if (n_shown > n_slots)
    {
      g_autoptr(GPtrArray) added = g_ptr_array_new_full (n_shown - n_slots, g_object_unref);

      for (guint i = n_slots; i < n_shown; i++)
        {
          g_autoptr(LcRecord) person = g_list_model_get_item (shown, i);
          GObject *s = g_object_new (G_TYPE_OBJECT, NULL);

          slot_set_person (s, person);
          g_ptr_array_add (added, s);
        }
      g_list_store_splice (self->slots, n_slots, 0, added->pdata, added->len);
    }
  else if (n_shown < n_slots)
    {
      g_list_store_splice (self->slots, n_shown, n_slots - n_shown, NULL, 0);
    }

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, &slot))
    if (LC_RECORD (lc_person_row_get_person (row)) != lc_speakers_page_slot_person (slot))
      update_row (self, row, slot);

  if (chosen != NULL)
    choose_again (self, chosen);
  sync_selection (self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  LcSpeakersPage *self = data;
  GHashTableIter iter;
  gpointer row, slot;

  self->refresh_idle = 0;
  if (self->model == NULL)
    return G_SOURCE_REMOVE;

  if (self->cities_changed)
    lc_speakers_page_fill_city_filter (self);
  self->cities_changed = FALSE;

  /* Roles and attendance may have changed for anyone: filter again. */
  lc_speakers_page_refilter_agenda (self);

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, &slot))
    update_row (self, row, slot);

  lc_speakers_page_refresh_detail (self);
  sync_selection (self);
  update_list_state (self);

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (LcSpeakersPage *self)
{
  /* Before the next frame is drawn, so the change shows in it (while a
   * toast or other animation runs, default-priority idles wait). */
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_idle_cb, self, NULL);
}

static void
on_agenda_changed_cb (GListModel     *list,
                              guint           position,
                              guint           removed,
                              guint           added,
                              LcSpeakersPage *self)
{
  self->summaries_dirty = TRUE;
  queue_refresh (self);
}

static void
on_cities_changed_cb (GListModel     *list,
                      guint           position,
                      guint           removed,
                      guint           added,
                      LcSpeakersPage *self)
{
  self->cities_changed = TRUE;
  queue_refresh (self);
}

static void
on_filtered_changed_cb (GListModel     *list,
                        guint           position,
                        guint           removed,
                        guint           added,
                        LcSpeakersPage *self)
{
  sync_slots (self, position);
  update_list_state (self);
}

static void
on_selection_changed_cb (GtkSelectionModel *model,
                         guint              position,
                         guint              n_items,
                         LcSpeakersPage    *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (model);
  g_autoptr(GObject) slot = NULL;
  LcRecord *person;

  lc_speakers_page_update_status_action (self);
  /* The detail shows one person; several chosen together leave it as is. */
  if (gtk_bitset_get_size (selected) != 1)
    return;
  slot = g_list_model_get_item (G_LIST_MODEL (self->selection), gtk_bitset_get_minimum (selected));
  person = lc_speakers_page_slot_person (slot);

  /* Losing the selection (a search hid the row) keeps the detail as it is. */
  if (person != NULL && lc_record_get_id (person) != self->person_id)
    {
      self->person_id = lc_record_get_id (person);
      lc_speakers_page_refresh_detail (self);
    }
}

static void
on_list_view_activate_cb (GtkListView    *list_view,
                          guint           position,
                          LcSpeakersPage *self)
{
  g_autoptr(LcRecord) person = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (person == NULL)
    return;

  lc_speakers_page_show_person (self, lc_record_get_id (person));
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
on_leaflet_folded_cb (LcSpeakersPage *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  /* Narrow: a tap opens the person, as there is no detail beside the list,
   * and the list alone takes the whole width. */
  gtk_list_view_set_single_click_activate (self->list_view, folded);
  adw_clamp_set_maximum_size (self->list_clamp, folded ? G_MAXINT / 2 : 400);
  adw_clamp_set_tightening_threshold (self->list_clamp, folded ? G_MAXINT / 2 : 400);
}

static void
on_search_entry_activate_cb (GtkSearchEntry *entry,
                             LcSpeakersPage *self)
{
  /* Enter shows the first match of what was typed, even before the search
   * entry's delay has passed (the filter follows at once). */
  g_signal_emit_by_name (entry, "search-changed");
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    on_list_view_activate_cb (self->list_view, 0, self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LcSpeakersPage *self = LC_SPEAKERS_PAGE (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  lc_speakers_page_clear_filters (LC_SPEAKERS_PAGE (widget));
}

/* ---- LcPage ------------------------------------------------------------ */

static void
lc_speakers_page_set_context (LcPage            *page,
                              LcConventionModel *model,
                              LcUndoStack       *undo)
{
  LcSpeakersPage *self = LC_SPEAKERS_PAGE (page);

  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_data (lc_convention_model_get_people (self->model), self);
      g_signal_handlers_disconnect_by_data (lc_convention_model_get_participations (self->model), self);
      g_signal_handlers_disconnect_by_data (lc_convention_model_get_cities (self->model), self);
      g_signal_handlers_disconnect_by_data (lc_convention_model_get_items (self->model), self);
      g_signal_handlers_disconnect_by_data (lc_convention_model_get_rooms (self->model), self);
    }

  /* Another convention: its own search, and its own cities to filter by. */
  if (self->model != model)
    lc_speakers_page_clear_filters (self);

  g_set_object (&self->model, model);
  g_set_object (&self->undo, undo);
  g_hash_table_remove_all (self->summaries);
  self->summaries_dirty = TRUE;
  self->person_id = 0;

  /* Connected before the sort model is, so the summaries are marked stale
   * before the filters look at a changed person. */
  if (model != NULL)
    {
      g_signal_connect_object (lc_convention_model_get_people (model), "items-changed",
                               G_CALLBACK (on_agenda_changed_cb), self, 0);
      g_signal_connect_object (lc_convention_model_get_participations (model), "items-changed",
                               G_CALLBACK (on_agenda_changed_cb), self, 0);
      g_signal_connect_object (lc_convention_model_get_cities (model), "items-changed",
                               G_CALLBACK (on_cities_changed_cb), self, 0);
      g_signal_connect_object (lc_convention_model_get_items (model), "items-changed",
                               G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (lc_convention_model_get_rooms (model), "items-changed",
                               G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
    }

  lc_speakers_page_prepare_search (self);
  gtk_sort_list_model_set_model (self->sorted, model ? lc_convention_model_get_people (model) : NULL);
  lc_speakers_page_fill_city_filter (self);
  lc_speakers_page_refresh_detail (self);
  lc_speakers_page_update_status_action (self);
  update_list_state (self);
}

static void
lc_speakers_page_add (LcPage *page)
{
  lc_speakers_page_open_editor (LC_SPEAKERS_PAGE (page), NULL);
}

static void
lc_speakers_page_search (LcPage *page)
{
  LcSpeakersPage *self = LC_SPEAKERS_PAGE (page);

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
lc_speakers_page_page_iface_init (LcPageInterface *iface)
{
  iface->set_context = lc_speakers_page_set_context;
  iface->add = lc_speakers_page_add;
  iface->search = lc_speakers_page_search;
}

/* ---- GObject ----------------------------------------------------------- */

static void
lc_speakers_page_dispose (GObject *object)
{
  LcSpeakersPage *self = LC_SPEAKERS_PAGE (object);

  if (self->model != NULL)
    lc_speakers_page_set_context (LC_PAGE (self), NULL, NULL);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->slots);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorted);
  g_clear_object (&self->search_filter);
  g_clear_object (&self->role_filter);
  g_clear_object (&self->city_filter);
  g_clear_object (&self->attendance_filter);
  g_clear_object (&self->category_filter);
  g_clear_object (&self->status_filter);
  /* No gtk_widget_dispose_template (): AdwBin unparents its child itself. */

  G_OBJECT_CLASS (lc_speakers_page_parent_class)->dispose (object);
}

static void
lc_speakers_page_finalize (GObject *object)
{
  LcSpeakersPage *self = LC_SPEAKERS_PAGE (object);

  g_free (self->needle);
  g_hash_table_unref (self->summaries);
  g_hash_table_unref (self->bound_rows);
  g_array_unref (self->city_ids);

  G_OBJECT_CLASS (lc_speakers_page_parent_class)->finalize (object);
}

static void
lc_speakers_page_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "speakers.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "speakers.clear-filters", NULL, clear_filters_action);
}

static void
lc_speakers_page_class_init (LcSpeakersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_speakers_page_dispose;
  object_class->finalize = lc_speakers_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/people/lc-speakers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, list_clamp);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, city_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, attendance_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, detail_avatar);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, detail_photo);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, detail_name);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, detail_other_name);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, detail_tags);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, fields_list);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, items_heading);
  gtk_widget_class_bind_template_child (widget_class, LcSpeakersPage, items_list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);

  lc_speakers_page_class_actions_init (widget_class);
  lc_speakers_page_class_filter_init (widget_class);
  lc_speakers_page_class_detail_init (widget_class);
  lc_speakers_page_class_more_init (widget_class);
  lc_speakers_page_class_status_init (widget_class);
}

static void
lc_speakers_page_init (LcSpeakersPage *self)
{
  GtkListItemFactory *factory;
  GtkEveryFilter *every;
  GtkWidget *placeholder;

  /* Everything the template's signal handlers touch exists before it. */
  self->needle = g_strdup ("");
  self->summaries = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->summaries_dirty = TRUE;
  self->bound_rows = g_hash_table_new (NULL, NULL);
  self->city_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->search_filter = gtk_custom_filter_new (NULL, NULL, NULL);
  self->role_filter = gtk_custom_filter_new (NULL, NULL, NULL);
  self->city_filter = gtk_custom_filter_new (NULL, NULL, NULL);
  self->attendance_filter = gtk_custom_filter_new (NULL, NULL, NULL);
  self->category_filter = gtk_custom_filter_new (NULL, NULL, NULL);
  self->status_filter = gtk_custom_filter_new (NULL, NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  lc_keyboard_search_keeps_undo (GTK_WIDGET (self->search_entry));

  every = gtk_every_filter_new ();
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (GTK_FILTER (self->search_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (GTK_FILTER (self->role_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (GTK_FILTER (self->city_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (GTK_FILTER (self->attendance_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (GTK_FILTER (self->category_filter)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), g_object_ref (GTK_FILTER (self->status_filter)));

  self->sorted = gtk_sort_list_model_new (NULL, GTK_SORTER (gtk_custom_sorter_new (lc_speakers_page_compare_people, NULL, NULL)));
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)), GTK_FILTER (every));
  self->slots = g_list_store_new (G_TYPE_OBJECT);
  /* Many at once (shift- and ctrl-click, Ctrl+A) for Set Status. */
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->slots)));
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (on_selection_changed_cb), self, 0);
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (on_filtered_changed_cb), self, 0);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  placeholder = gtk_label_new (_("Not on any agenda item yet. Add them to items in the Agenda."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->items_list, placeholder);

  lc_speakers_page_init_filters (self);
  lc_speakers_page_init_participant_filters (self);
  lc_speakers_page_refresh_detail (self);
  update_list_state (self);
}

/* ---- public API -------------------------------------------------------- */

/**
 * lc_speakers_page_get_shown:
 * @self: the page
 *
 * Returns: (transfer none): the people the list shows, in its order, after
 *   the search and the filters
 */
GListModel *
lc_speakers_page_get_shown (LcSpeakersPage *self)
{
  g_return_val_if_fail (LC_IS_SPEAKERS_PAGE (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

/**
 * lc_speakers_page_show_person:
 * @self: the page
 * @person_id: a person of the open convention
 *
 * Shows the person in the detail pane and selects them in the list when
 * the list shows them.
 */
void
lc_speakers_page_show_person (LcSpeakersPage *self,
                              gint64          person_id)
{
  g_return_if_fail (LC_IS_SPEAKERS_PAGE (self));

  self->person_id = person_id;
  lc_speakers_page_refresh_detail (self);
  sync_selection (self);
}

/** lc_speakers_page_get_person_id: Returns: the person in the detail pane, or 0 */
gint64
lc_speakers_page_get_person_id (LcSpeakersPage *self)
{
  g_return_val_if_fail (LC_IS_SPEAKERS_PAGE (self), 0);

  return self->person_id;
}

