/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-agenda-page-private.h"
#include "lc-agenda-row.h"
#include "lc-context.h"
#include "lc-item-editor.h"
#include "lc-keyboard.h"
#include "lc-search.h"
#include "lc-timeline.h"
#include "lc-util.h"

/*
 * The Agenda area: the convention's items day by day, as a list or as a
 * timeline of one day.
 *
 * GtkListView in GTK 4.8 has no section headers, so the list is a flattened
 * model of one section per day: a heading (a GtkStringObject holding the
 * day) followed by that day's items, filtered from the model's item list.
 * A section's heading is there only while the section has items, so days
 * with nothing (or nothing matching the search) take no room. The filters
 * follow the item list's own changes, so a new, moved or deleted item
 * lands under the right heading without rebuilding the list.
 */

static void lc_agenda_page_page_iface_init (LcPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LcAgendaPage, lc_agenda_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (LC_TYPE_PAGE, lc_agenda_page_page_iface_init))

static GSettings *
get_settings (void)
{
  return lc_context_get_settings (lc_context_get_default ());
}

GPtrArray *
lc_agenda_page_participations_of (LcAgendaPage *self,
                                  gint64        item_id)
{
  /* One pass over all participations, then a lookup per row, so binding a
   * row costs the same with 20 items or 2,000. */
  if (self->by_item == NULL)
    {
      GListModel *all = lc_convention_model_get_participations (self->model);
      guint n = g_list_model_get_n_items (all);

      self->by_item = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);
      for (guint i = 0; i < n; i++)
        {
          LcRecord *p = g_list_model_get_item (all, i);
          gint64 id = lc_participation_get_item_id (LC_PARTICIPATION (p));
          GPtrArray *list = g_hash_table_lookup (self->by_item, &id);

          if (list == NULL)
            {
              list = g_ptr_array_new_with_free_func (g_object_unref);
              g_hash_table_insert (self->by_item, g_memdup2 (&id, sizeof id), list);
            }
          g_ptr_array_add (list, p);
        }
    }

  return g_hash_table_lookup (self->by_item, &item_id);
}

/* Whether an item matches the search: its title, or a person on it. */
static gboolean
item_matches (LcAgendaPage *self,
              LcRecord     *item)
{
  GPtrArray *people;

  if (!lc_agenda_page_track_matches (self, item))
    return FALSE;
  if (self->needle == NULL || lc_search_record_matches (item, self->needle))
    return TRUE;

  people = lc_agenda_page_participations_of (self, lc_record_get_id (item));
  for (guint i = 0; people && i < people->len; i++)
    {
      LcRecord *person = lc_convention_model_lookup (self->model, LC_TYPE_PERSON,
                                                     lc_participation_get_person_id (LC_PARTICIPATION (g_ptr_array_index (people, i))));

      if (person && lc_search_record_matches (person, self->needle))
        return TRUE;
    }

  return FALSE;
}

static gboolean
search_filter_func (gpointer item,
                    gpointer user_data)
{
  return item_matches (user_data, item);
}

gboolean
lc_agenda_page_showing_timeline (LcAgendaPage *self)
{
  return self->timeline != NULL && gtk_toggle_button_get_active (self->timeline_button);
}

/* The item the keyboard is on: the list's selection, or the timeline's
 * focused block while the timeline shows. */
LcRecord *
lc_agenda_page_current_item (LcAgendaPage *self)
{
  gpointer item;

  if (lc_agenda_page_showing_timeline (self))
    return self->model ? lc_convention_model_lookup (self->model, LC_TYPE_ITEM,
                                                     lc_timeline_get_focus_item (LC_TIMELINE (self->timeline)))
                       : NULL;

  item = gtk_single_selection_get_selected_item (self->selection);
  return LC_IS_ITEM (item) ? item : NULL;
}

void
lc_agenda_page_update_state (LcAgendaPage *self)
{
  gboolean has_items = self->model != NULL && g_list_model_get_n_items (lc_agenda_page_items (self)) > 0;
  gboolean shown = g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0;
  gboolean timeline = lc_agenda_page_showing_timeline (self);
  gboolean can_edit = self->model != NULL && self->undo != NULL;
  /* The timeline does not say when its focus moves: its item actions stay
   * on and look for the focused block when used. */
  gboolean on_item = can_edit && (timeline || lc_agenda_page_current_item (self) != NULL);
  const char *page;

  if (!has_items)
    page = "empty";
  else if (timeline)
    page = "timeline";
  else if (!shown)
    page = "no-results";
  else
    page = "list";
  gtk_stack_set_visible_child_name (self->stack, page);
  gtk_widget_set_visible (GTK_WIDGET (self->day_dropdown), timeline);
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), !timeline);
  gtk_widget_set_visible (GTK_WIDGET (self->track_dropdown), !timeline && self->track_ids->len > 1);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.add", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.edit", on_item);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.duplicate", on_item);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.delete", on_item);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.move-earlier", on_item);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.move-later", on_item);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.menu", on_item);
}

/* The model already gathers a burst of changes into one conflicts-changed,
 * which follows every change to items, people or participations. */
static void
on_conflicts_changed (LcAgendaPage *self)
{
  lc_agenda_page_refresh_rows (self);
}

static void
queue_refresh (LcAgendaPage *self)
{
  lc_agenda_page_queue_refresh (self, REFRESH_ALL);
}

static void
on_participations_changed (LcAgendaPage *self)
{
  g_clear_pointer (&self->by_item, g_hash_table_unref);
  if (self->needle != NULL)
    gtk_filter_changed (self->search_filter, GTK_FILTER_CHANGE_DIFFERENT);
  lc_agenda_page_queue_refresh (self, REFRESH_PEOPLE);
}

static void
on_people_changed (LcAgendaPage *self)
{
  if (self->needle != NULL)
    gtk_filter_changed (self->search_filter, GTK_FILTER_CHANGE_DIFFERENT);
  lc_agenda_page_queue_refresh (self, REFRESH_PEOPLE);
}

static void
on_items_changed (LcAgendaPage *self,
                  guint         position,
                  guint         removed,
                  guint         added)
{
  if (lc_agenda_page_days_may_change (self, position, removed, added))
    lc_agenda_page_sync_days (self);
  lc_agenda_page_update_state (self);
}

static void
on_convention_notify (LcAgendaPage *self)
{
  lc_agenda_page_sync_days (self);
  queue_refresh (self);
}

/* Runs at the start of each frame: the first one lays the list out at the
 * heading, and on the next the item is in view, so scrolling to it only
 * moves the keyboard focus there. */
static gboolean
scroll_to_selected (GtkWidget     *list_view,
                    GdkFrameClock *clock,
                    gpointer       data)
{
  LcAgendaPage *self = data;
  guint position = gtk_single_selection_get_selected (self->selection);

  if (self->scroll_frames++ == 0)
    return G_SOURCE_CONTINUE;

  self->scroll_tick = 0;
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position);

  return G_SOURCE_REMOVE;
}

static void
cancel_scroll (LcAgendaPage *self)
{
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->scroll_tick);
  self->scroll_tick = 0;
}

/* Whether @row shows whole in the list's visible area. */
static gboolean
row_in_view (LcAgendaPage *self,
             GtkWidget    *row)
{
  graphene_rect_t bounds;

  return gtk_widget_get_mapped (row)
         && gtk_widget_compute_bounds (row, GTK_WIDGET (self->list_view), &bounds)
         && bounds.origin.y >= 0
         && bounds.origin.y + bounds.size.height <= gtk_widget_get_height (GTK_WIDGET (self->list_view));
}

void
lc_agenda_page_select_item (LcAgendaPage *self,
                            gint64        item_id)
{
  GtkWidget *row;
  LcRecord *item = self->model ? lc_convention_model_lookup (self->model, LC_TYPE_ITEM, item_id) : NULL;
  guint position = item ? lc_agenda_page_position_of (self, item) : GTK_INVALID_LIST_POSITION;
  g_autoptr(GObject) before = NULL;

  if (lc_agenda_page_showing_timeline (self))
    lc_timeline_focus_item (LC_TIMELINE (self->timeline), item_id);
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);

  /* An item on screen (as after an edit) takes the keyboard focus, unless
   * it has it: scrolling to it, or focusing another row, moves GTK 4.8's
   * list view's anchor, and the list view then binds some fifty rows anew. */
  row = lc_agenda_page_get_row_widget (self, item_id);
  if (row != NULL && row_in_view (self, row))
    {
      GtkWidget *list_item = gtk_widget_get_parent (row);
      GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (row));

      if ((focus == list_item || (focus != NULL && gtk_widget_is_ancestor (focus, list_item)))
          || gtk_widget_grab_focus (list_item))
        {
          cancel_scroll (self);
          return;
        }
    }

  /* GTK 4.8 has no gtk_list_view_scroll_to(): the list's own action scrolls
   * and moves the focus. The first item of a day brings its heading along:
   * the heading is scrolled to first, the item (then just below it) once
   * the list has been laid out at its new place. */
  if (position > 0)
    before = g_list_model_get_item (G_LIST_MODEL (self->selection), position - 1);
  if (GTK_IS_STRING_OBJECT (before))
    {
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position - 1);
      self->scroll_frames = 0;
      if (self->scroll_tick == 0)
        self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), scroll_to_selected, self, NULL);
    }
  else
    {
      cancel_scroll (self);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
    }
}

static void
on_list_view_activate_cb (GtkListView  *list_view,
                          guint         position,
                          LcAgendaPage *self)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (LC_IS_ITEM (item))
    lc_agenda_page_open_editor (self, LC_ITEM (item));
}

static void
on_search_entry_search_changed_cb (GtkSearchEntry *entry,
                                   LcAgendaPage   *self)
{
  g_autofree char *needle = lc_search_normalise (gtk_editable_get_text (GTK_EDITABLE (entry)));
  g_autofree char *old = g_steal_pointer (&self->needle);
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  /* Typing on only narrows what matches (every word must be found, and a
   * longer word is found in fewer places): the filter then looks only at
   * what matched before. */
  if (old == NULL || g_str_has_prefix (needle, old))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (g_str_has_prefix (old, needle))
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  if (*needle != '\0')
    self->needle = g_steal_pointer (&needle);
  if (g_strcmp0 (old, self->needle) != 0)
    gtk_filter_changed (self->search_filter, change);
  lc_agenda_page_update_state (self);
}

static void
on_search_entry_stop_search_cb (GtkSearchEntry *entry,
                                LcAgendaPage   *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
on_view_button_toggled_cb (GtkToggleButton *button,
                           LcAgendaPage    *self)
{
  GSettings *settings = get_settings ();

  if (!gtk_toggle_button_get_active (button))
    return;

  if (settings != NULL && !self->syncing)
    g_settings_set_string (settings, "agenda-view", lc_agenda_page_get_view (self));
  lc_agenda_page_update_state (self);
}

static void
on_day_dropdown_selected_cb (GtkDropDown  *dropdown,
                             GParamSpec   *pspec,
                             LcAgendaPage *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->syncing || self->timeline == NULL || self->days == NULL || selected >= self->days->len)
    return;

  lc_timeline_set_day (LC_TIMELINE (self->timeline), g_ptr_array_index (self->days, selected));
}

static void
on_timeline_item_activated (LcTimeline   *timeline,
                            gint64        item_id,
                            LcAgendaPage *self)
{
  LcRecord *item = self->model ? lc_convention_model_lookup (self->model, LC_TYPE_ITEM, item_id) : NULL;

  if (item != NULL)
    lc_agenda_page_open_editor (self, LC_ITEM (item));
}

static void
lc_agenda_page_set_context (LcPage            *page,
                            LcConventionModel *model,
                            LcUndoStack       *undo)
{
  LcAgendaPage *self = LC_AGENDA_PAGE (page);

  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->model, self);
      g_signal_handlers_disconnect_by_data (lc_convention_model_get_convention (self->model), self);
      g_signal_handlers_disconnect_by_data (lc_agenda_page_items (self), self);
      g_signal_handlers_disconnect_by_data (lc_convention_model_get_participations (self->model), self);
      g_signal_handlers_disconnect_by_data (lc_convention_model_get_people (self->model), self);
      g_signal_handlers_disconnect_by_data (lc_convention_model_get_rooms (self->model), self);
      g_signal_handlers_disconnect_by_data (lc_convention_model_get_tracks (self->model), self);
      g_signal_handlers_disconnect_by_data (lc_convention_model_get_places (self->model), self);
    }

  if (self->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->editor));
  g_list_store_remove_all (self->sections);
  g_clear_pointer (&self->by_item, g_hash_table_unref);
  g_set_object (&self->model, model);
  g_set_object (&self->undo, undo);

  if (self->timeline != NULL)
    lc_timeline_set_context (LC_TIMELINE (self->timeline), model, undo);

  if (model != NULL)
    {
      /* After the day sections' filters have followed the change. */
      g_signal_connect_object (lc_agenda_page_items (self), "items-changed",
                               G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      g_signal_connect_object (lc_convention_model_get_participations (model), "items-changed",
                               G_CALLBACK (on_participations_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (lc_convention_model_get_people (model), "items-changed",
                               G_CALLBACK (on_people_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (lc_convention_model_get_rooms (model), "items-changed",
                               G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
      /* A field visit's row names its place as it would a room. */
      g_signal_connect_object (lc_convention_model_get_places (model), "items-changed",
                               G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (lc_convention_model_get_tracks (model), "items-changed",
                               G_CALLBACK (lc_agenda_page_sync_tracks), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "conflicts-changed",
                               G_CALLBACK (on_conflicts_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (lc_convention_model_get_convention (model), "notify",
                               G_CALLBACK (on_convention_notify), self, G_CONNECT_SWAPPED);
    }

  lc_agenda_page_sync_days (self);
  lc_agenda_page_sync_tracks (self);
  /* A new convention may have the same days as the one before. */
  if (self->timeline != NULL && self->days != NULL && self->days->len > 0)
    lc_timeline_set_day (LC_TIMELINE (self->timeline),
                         g_ptr_array_index (self->days, MIN (gtk_drop_down_get_selected (self->day_dropdown),
                                                             self->days->len - 1)));
  lc_agenda_page_update_state (self);
}

static void
lc_agenda_page_add (LcPage *page)
{
  LcAgendaPage *self = LC_AGENDA_PAGE (page);
  g_autoptr(LcItem) draft = NULL;

  if (self->model == NULL || self->undo == NULL)
    return;

  draft = lc_agenda_page_new_item_draft (self);
  lc_agenda_page_open_editor (self, draft);
}

static void
lc_agenda_page_search (LcPage *page)
{
  LcAgendaPage *self = LC_AGENDA_PAGE (page);

  if (lc_agenda_page_showing_timeline (self))
    gtk_toggle_button_set_active (self->list_button, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
lc_agenda_page_restore_focus (LcPage *page)
{
  LcAgendaPage *self = LC_AGENDA_PAGE (page);
  gint64 selected = lc_agenda_page_get_selected_id (self);

  GtkWidget *row = selected != 0 ? lc_agenda_page_get_row_widget (self, selected) : NULL;

  if (lc_agenda_page_showing_timeline (self))
    gtk_widget_grab_focus (self->timeline);
  /* An empty agenda shows its Add Item button instead of the list: the
   * list, hidden, would take the keyboard and every shortcut with it (a
   * new convention's Alt+Return did nothing, now and then). */
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0)
    gtk_widget_child_focus (gtk_stack_get_visible_child (self->stack), GTK_DIR_TAB_FORWARD);
  /* The selected row's list item (the row's parent) takes the focus: GTK
   * 4.8 has no call to focus a list view's item by position. */
  else if (row != NULL && gtk_widget_get_parent (row) != NULL && gtk_widget_grab_focus (gtk_widget_get_parent (row)))
    return;
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
lc_agenda_page_page_iface_init (LcPageInterface *iface)
{
  iface->restore_focus = lc_agenda_page_restore_focus;
  iface->set_context = lc_agenda_page_set_context;
  iface->add = lc_agenda_page_add;
  iface->search = lc_agenda_page_search;
}

static void
lc_agenda_page_dispose (GObject *object)
{
  LcAgendaPage *self = LC_AGENDA_PAGE (object);

  if (self->sections != NULL)
    lc_agenda_page_set_context (LC_PAGE (self), NULL, NULL);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->list_view != NULL)
    cancel_scroll (self);
  g_clear_weak_pointer (&self->editor);
  if (self->item_popover != NULL)
    gtk_widget_unparent (self->item_popover);
  self->item_popover = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_AGENDA_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->sections);
  if (self->search_filter != NULL)
    gtk_custom_filter_set_filter_func (GTK_CUSTOM_FILTER (self->search_filter), NULL, NULL, NULL);
  g_clear_object (&self->search_filter);
  g_clear_pointer (&self->track_ids, g_array_unref);
  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_pointer (&self->days, g_ptr_array_unref);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (lc_agenda_page_parent_class)->dispose (object);
}

static void
lc_agenda_page_class_init (LcAgendaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_agenda_page_dispose;

  g_type_ensure (LC_TYPE_AGENDA_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/agenda/lc-agenda-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, list_button);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, timeline_button);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, list_button_narrow);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, timeline_button_narrow);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, day_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, timeline_scroller);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, item_popover);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, lc_agenda_page_on_track_selected);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, track_dropdown);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_button_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_dropdown_selected_cb);

  lc_agenda_page_class_actions_init (widget_class);
}

static void
lc_agenda_page_init (LcAgendaPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GSettings *settings = get_settings ();
  GtkFlattenListModel *rows;

  gtk_widget_init_template (GTK_WIDGET (self));
  lc_keyboard_search_keeps_undo (GTK_WIDGET (self->search_entry));
  gtk_widget_set_parent (self->item_popover, GTK_WIDGET (self));
  /* Closed (Escape, or a choice made), the keyboard goes back to the item. */
  g_signal_connect_object (self->item_popover, "closed", G_CALLBACK (lc_agenda_page_restore_focus), self,
                           G_CONNECT_SWAPPED);
  /* The icon-only buttons of a narrow window stand for the labelled ones. */
  g_object_bind_property (self->list_button, "active", self->list_button_narrow, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->timeline_button, "active", self->timeline_button_narrow, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  self->bound = g_hash_table_new (NULL, NULL);
  self->track_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->search_filter = GTK_FILTER (gtk_custom_filter_new (search_filter_func, self, NULL));
  self->sections = g_list_store_new (G_TYPE_LIST_MODEL);
  rows = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->sections)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (rows));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (lc_agenda_page_update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (lc_agenda_page_update_state), self, G_CONNECT_SWAPPED);

  lc_agenda_page_connect_factory (self, factory);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  self->timeline = lc_timeline_new ();
  gtk_scrolled_window_set_child (self->timeline_scroller, self->timeline);
  g_signal_connect_object (self->timeline, "item-activated", G_CALLBACK (on_timeline_item_activated), self, 0);

  if (settings != NULL)
    {
      g_autofree char *view = g_settings_get_string (settings, "agenda-view");

      self->syncing = TRUE;
      lc_agenda_page_set_view (self, view);
      self->syncing = FALSE;
    }

  lc_agenda_page_update_state (self);
}

/**
 * lc_agenda_page_reveal_item:
 * @self: the agenda
 * @item_id: an item
 *
 * Scrolls to the item and selects it; the timeline turns to its day.
 */
void
lc_agenda_page_reveal_item (LcAgendaPage *self,
                            gint64        item_id)
{
  LcRecord *item;

  g_return_if_fail (LC_IS_AGENDA_PAGE (self));

  item = self->model ? lc_convention_model_lookup (self->model, LC_TYPE_ITEM, item_id) : NULL;
  if (item == NULL)
    return;

  /* A search that hides the item would make revealing it impossible. */
  if (self->needle != NULL && !item_matches (self, item))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");

  if (self->days != NULL)
    for (guint i = 0; i < self->days->len; i++)
      if (g_str_equal (g_ptr_array_index (self->days, i), lc_item_get_day (LC_ITEM (item))))
        gtk_drop_down_set_selected (self->day_dropdown, i);

  lc_agenda_page_select_item (self, item_id);
}

/** lc_agenda_page_get_selected_id: Returns: the selected item's id, or 0 */
gint64
lc_agenda_page_get_selected_id (LcAgendaPage *self)
{
  LcRecord *item = lc_agenda_page_current_item (self);

  g_return_val_if_fail (LC_IS_AGENDA_PAGE (self), 0);

  return item ? lc_record_get_id (item) : 0;
}

/**
 * lc_agenda_page_get_rows:
 * @self: the agenda
 *
 * Returns: (transfer none): what the list shows: #GtkStringObject day
 *   headings, each followed by that day's #LcItem<!-- -->s
 */
GListModel *
lc_agenda_page_get_rows (LcAgendaPage *self)
{
  g_return_val_if_fail (LC_IS_AGENDA_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/** lc_agenda_page_get_view: Returns: "list" or "timeline" */
const char *
lc_agenda_page_get_view (LcAgendaPage *self)
{
  g_return_val_if_fail (LC_IS_AGENDA_PAGE (self), NULL);

  return gtk_toggle_button_get_active (self->timeline_button) ? "timeline" : "list";
}

/**
 * lc_agenda_page_set_view:
 * @self: the agenda
 * @view: "list" or "timeline"
 */
void
lc_agenda_page_set_view (LcAgendaPage *self,
                         const char   *view)
{
  g_return_if_fail (LC_IS_AGENDA_PAGE (self));

  gtk_toggle_button_set_active (g_strcmp0 (view, "timeline") == 0 ? self->timeline_button : self->list_button, TRUE);
}

/** lc_agenda_page_get_editor: Returns: (transfer none) (nullable) (type LcItemEditor): the open editor */
gpointer
lc_agenda_page_get_editor (LcAgendaPage *self)
{
  return self->editor;
}
