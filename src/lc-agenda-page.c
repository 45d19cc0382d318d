/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-agenda-page.h"
#include "lc-agenda-row.h"
#include "lc-application.h"
#include "lc-item-editor.h"
#include "lc-search.h"
#include "lc-timeline.h"
#include "lc-util.h"
#include "lc-window.h"

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

#define MOVE_STEP 5     /* minutes, as the timeline's snapping */

struct _LcAgendaPage
{
  AdwBin              parent_instance;

  GtkToggleButton    *list_button;
  GtkToggleButton    *timeline_button;
  GtkDropDown        *day_dropdown;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkListView        *list_view;
  AdwBin             *timeline_bin;
  GtkWidget          *item_popover;

  LcConventionModel  *model;
  LcUndoStack        *undo;
  GListStore         *sections;     /* one GListModel per day */
  GtkSingleSelection *selection;
  GtkFilter          *search_filter;
  char               *needle;       /* the normalised search, or NULL */
  GHashTable         *by_item;      /* item id → GPtrArray of its participations; NULL when stale */
  GHashTable         *bound;        /* the GtkListItems on screen */
  GPtrArray          *days;         /* the days offered by the timeline's day selector */
  GtkWidget          *timeline;
  GtkWidget          *editor;       /* weak */
  guint               refresh_idle;
  gboolean            syncing;
};

static void lc_agenda_page_page_iface_init (LcPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LcAgendaPage, lc_agenda_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (LC_TYPE_PAGE, lc_agenda_page_page_iface_init))

static GListModel *
items_of (LcAgendaPage *self)
{
  return lc_convention_model_get_items (self->model);
}

static GSettings *
get_settings (void)
{
  GApplication *app = g_application_get_default ();

  return LC_IS_APPLICATION (app) ? lc_application_get_settings (LC_APPLICATION (app)) : NULL;
}

static LcWindow *
get_window (LcAgendaPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return LC_IS_WINDOW (root) ? LC_WINDOW (root) : NULL;
}

static void
show_error (LcAgendaPage *self,
            const GError *error)
{
  if (get_window (self) != NULL)
    lc_window_show_error (get_window (self), error);
  else
    g_warning ("%s", error->message);
}

/* 1 for the convention's first day, 0 outside its dates. */
static guint
day_number (LcAgendaPage *self,
            const char   *day)
{
  LcRecord *convention = LC_RECORD (lc_convention_model_get_convention (self->model));
  GDate first, date;

  if (!lc_date_parse (lc_record_get_string (convention, "start-date"), &first)
      || !lc_date_parse (day, &date)
      || strcmp (day, lc_record_get_string (convention, "end-date")) > 0
      || g_date_compare (&date, &first) < 0)
    return 0;

  return (guint) g_date_days_between (&first, &date) + 1;
}

static GPtrArray *
participations_of (LcAgendaPage *self,
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
          gint64 id = lc_record_get_int (p, "item-id");
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

  if (self->needle == NULL || lc_search_record_matches (item, self->needle))
    return TRUE;

  people = participations_of (self, lc_record_get_id (item));
  for (guint i = 0; people && i < people->len; i++)
    {
      LcRecord *person = lc_convention_model_lookup (self->model, LC_TYPE_PERSON,
                                                     lc_record_get_int (g_ptr_array_index (people, i), "person-id"));

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

static gboolean
day_filter_func (gpointer item,
                 gpointer user_data)
{
  return g_strcmp0 (lc_record_get_string (item, "day"), user_data) == 0;
}

static const char *
section_day (GListModel *section)
{
  return g_object_get_data (G_OBJECT (section), "day");
}

/* The heading shows only above a day that has items to show. */
static void
on_section_items_changed (GListModel *filtered,
                          guint       position,
                          guint       removed,
                          guint       added,
                          GListStore *heading)
{
  gboolean wanted = g_list_model_get_n_items (filtered) > 0;
  gboolean shown = g_list_model_get_n_items (G_LIST_MODEL (heading)) > 0;

  if (wanted && !shown)
    {
      g_autoptr(GtkStringObject) day = gtk_string_object_new (g_object_get_data (G_OBJECT (heading), "day"));

      g_list_store_append (heading, day);
    }
  else if (!wanted && shown)
    {
      g_list_store_remove_all (heading);
    }
}

static GListModel *
section_new (LcAgendaPage *self,
             const char   *day)
{
  GListStore *parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GListStore) heading = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GtkEveryFilter) filter = gtk_every_filter_new ();
  g_autoptr(GtkFilterListModel) filtered = NULL;
  GtkFlattenListModel *section;

  gtk_multi_filter_append (GTK_MULTI_FILTER (filter),
                           GTK_FILTER (gtk_custom_filter_new (day_filter_func, g_strdup (day), g_free)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (filter), g_object_ref (self->search_filter));
  filtered = gtk_filter_list_model_new (g_object_ref (items_of (self)), GTK_FILTER (g_steal_pointer (&filter)));

  g_object_set_data_full (G_OBJECT (heading), "day", g_strdup (day), g_free);
  g_signal_connect_object (filtered, "items-changed", G_CALLBACK (on_section_items_changed), heading, 0);
  on_section_items_changed (G_LIST_MODEL (filtered), 0, 0, 0, heading);

  g_list_store_append (parts, heading);
  g_list_store_append (parts, filtered);
  section = gtk_flatten_list_model_new (G_LIST_MODEL (parts));
  g_object_set_data_full (G_OBJECT (section), "day", g_strdup (day), g_free);

  return G_LIST_MODEL (section);
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The convention's days and any other day an item is on, sorted. */
static GPtrArray *
collect_days (LcAgendaPage *self)
{
  LcRecord *convention = LC_RECORD (lc_convention_model_get_convention (self->model));
  GPtrArray *days = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *items = items_of (self);
  GDate date, last;

  if (lc_date_parse (lc_record_get_string (convention, "start-date"), &date)
      && lc_date_parse (lc_record_get_string (convention, "end-date"), &last))
    for (; g_date_compare (&date, &last) <= 0; g_date_add_days (&date, 1))
      {
        char text[16];

        g_snprintf (text, sizeof text, "%04u-%02u-%02u", g_date_get_year (&date),
                    g_date_get_month (&date), g_date_get_day (&date));
        g_ptr_array_add (days, g_strdup (text));
        g_hash_table_add (seen, g_ptr_array_index (days, days->len - 1));
      }

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (items, i);
      const char *day = lc_record_get_string (item, "day");

      if (!g_hash_table_contains (seen, day))
        {
          g_ptr_array_add (days, g_strdup (day));
          g_hash_table_add (seen, g_ptr_array_index (days, days->len - 1));
        }
    }

  g_ptr_array_sort (days, compare_days);
  return days;
}

/* The timeline's day selector offers the same days as the list. */
static void
sync_day_selector (LcAgendaPage *self,
                   GPtrArray    *days)
{
  g_autoptr(GtkStringList) names = NULL;
  const char *shown = NULL;
  guint current = gtk_drop_down_get_selected (self->day_dropdown);
  guint selected = 0;
  gboolean same = self->days != NULL && self->days->len == days->len;

  for (guint k = 0; same && k < days->len; k++)
    same = g_str_equal (g_ptr_array_index (self->days, k), g_ptr_array_index (days, k));
  if (same)
    return;

  if (self->days != NULL && current < self->days->len)
    shown = g_ptr_array_index (self->days, current);
  names = gtk_string_list_new (NULL);
  for (guint k = 0; k < days->len; k++)
    {
      g_autofree char *name = lc_format_date (g_ptr_array_index (days, k));

      gtk_string_list_append (names, name);
      if (g_strcmp0 (shown, g_ptr_array_index (days, k)) == 0)
        selected = k;
    }

  self->syncing = TRUE;
  gtk_drop_down_set_model (self->day_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->day_dropdown, selected);
  self->syncing = FALSE;
  g_clear_pointer (&self->days, g_ptr_array_unref);
  self->days = g_ptr_array_ref (days);
#ifdef TMP_TIMELINE
  if (self->timeline != NULL)
    lc_timeline_set_day (LC_TIMELINE (self->timeline), days->len > 0 ? g_ptr_array_index (days, selected) : NULL);
#endif
}

/* Adds and removes sections so there is one per day, keeping the others. */
static void
sync_sections (LcAgendaPage *self)
{
  g_autoptr(GPtrArray) days = self->model ? collect_days (self) : g_ptr_array_new_with_free_func (g_free);
  guint i = 0, d = 0;

  while (i < g_list_model_get_n_items (G_LIST_MODEL (self->sections)) || d < days->len)
    {
      g_autoptr(GListModel) section = g_list_model_get_item (G_LIST_MODEL (self->sections), i);
      int c = section == NULL ? 1
              : d >= days->len ? -1
              : strcmp (section_day (section), g_ptr_array_index (days, d));

      if (c < 0)
        {
          g_list_store_remove (self->sections, i);
        }
      else if (c > 0)
        {
          g_autoptr(GListModel) fresh = section_new (self, g_ptr_array_index (days, d++));

          g_list_store_insert (self->sections, i++, fresh);
        }
      else
        {
          i++;
          d++;
        }
    }

  sync_day_selector (self, days);
}

static gboolean
showing_timeline (LcAgendaPage *self)
{
  return self->timeline != NULL && gtk_toggle_button_get_active (self->timeline_button);
}

static LcRecord *
selected_item (LcAgendaPage *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->selection);

  return LC_IS_ITEM (item) ? item : NULL;
}

static void
update_state (LcAgendaPage *self)
{
  gboolean has_items = self->model != NULL && g_list_model_get_n_items (items_of (self)) > 0;
  gboolean shown = g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0;
  gboolean timeline = showing_timeline (self);
  gboolean can_edit = self->model != NULL && self->undo != NULL;
  gboolean on_item = can_edit && !timeline && selected_item (self) != NULL;
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

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.add", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.edit", on_item);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.duplicate", on_item);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.delete", on_item);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.move-earlier", on_item);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.move-later", on_item);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.menu", on_item);
}

static void
bind_list_item (LcAgendaPage *self,
                GtkListItem  *list_item)
{
  LcAgendaRow *row = LC_AGENDA_ROW (gtk_list_item_get_child (list_item));
  gpointer item = gtk_list_item_get_item (list_item);

  if (GTK_IS_STRING_OBJECT (item))
    {
      const char *day = gtk_string_object_get_string (item);

      lc_agenda_row_show_day (row, day, day_number (self, day));
      gtk_list_item_set_selectable (list_item, FALSE);
      gtk_list_item_set_activatable (list_item, FALSE);
    }
  else if (LC_IS_ITEM (item))
    {
      lc_agenda_row_show_item (row, self->model, item, participations_of (self, lc_record_get_id (item)));
      gtk_list_item_set_selectable (list_item, TRUE);
      gtk_list_item_set_activatable (list_item, TRUE);
    }
}

static gboolean
refresh_rows (gpointer data)
{
  LcAgendaPage *self = data;
  GHashTableIter iter;
  gpointer list_item;

  self->refresh_idle = 0;
  if (self->model == NULL)
    return G_SOURCE_REMOVE;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    bind_list_item (self, list_item);

  return G_SOURCE_REMOVE;
}

/* People, rooms and conflicts are shown in the rows but are not the rows'
 * items: when they change, the rows on screen are filled again, once. */
static void
queue_refresh (LcAgendaPage *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_rows, self, NULL);
}

static void
on_participations_changed (LcAgendaPage *self)
{
  g_clear_pointer (&self->by_item, g_hash_table_unref);
  if (self->needle != NULL)
    gtk_filter_changed (self->search_filter, GTK_FILTER_CHANGE_DIFFERENT);
  queue_refresh (self);
}

static void
on_people_changed (LcAgendaPage *self)
{
  if (self->needle != NULL)
    gtk_filter_changed (self->search_filter, GTK_FILTER_CHANGE_DIFFERENT);
  queue_refresh (self);
}

static void
on_items_changed (LcAgendaPage *self)
{
  sync_sections (self);
  update_state (self);
}

static void
on_convention_notify (LcAgendaPage *self)
{
  sync_sections (self);
  queue_refresh (self);
}

static guint
position_of (LcAgendaPage *self,
             gint64        item_id)
{
  GListModel *rows = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (LC_IS_ITEM (row) && lc_record_get_id (LC_RECORD (row)) == item_id)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
select_item (LcAgendaPage *self,
             gint64        item_id)
{
  guint position = position_of (self, item_id);

  if (position == GTK_INVALID_LIST_POSITION)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  /* GTK 4.8 has no gtk_list_view_scroll_to(): the list's own action scrolls
   * and moves the focus. The first item of a day brings its heading along. */
  if (position > 0)
    {
      g_autoptr(GObject) before = g_list_model_get_item (G_LIST_MODEL (self->selection), position - 1);

      if (GTK_IS_STRING_OBJECT (before))
        gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position - 1);
    }
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
on_editor_saved (LcItemEditor *editor,
                 gint64        item_id,
                 LcAgendaPage *self)
{
  select_item (self, item_id);
}

static void
open_editor (LcAgendaPage *self,
             LcItem       *item)
{
  LcItemEditor *editor;

  if (self->model == NULL || self->undo == NULL)
    return;

  editor = lc_item_editor_new (GTK_WINDOW (get_window (self)), self->model, self->undo, item);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, 0);
  g_clear_weak_pointer (&self->editor);
  g_set_weak_pointer (&self->editor, GTK_WIDGET (editor));
  gtk_window_present (GTK_WINDOW (editor));
}

/* A new item goes after the selected one, or else after the day's last. */
static LcItem *
new_item_draft (LcAgendaPage *self)
{
  LcRecord *convention = LC_RECORD (lc_convention_model_get_convention (self->model));
  LcRecord *selected = selected_item (self);
  LcItem *item = g_object_new (LC_TYPE_ITEM, NULL);
  GListModel *items = items_of (self);
  const char *day = lc_record_get_string (convention, "start-date");
  int start = 9 * 60;

#ifdef TMP_TIMELINE
  if (showing_timeline (self) && lc_timeline_get_day (LC_TIMELINE (self->timeline)) != NULL)
    day = lc_timeline_get_day (LC_TIMELINE (self->timeline));
  else
#endif
  if (selected != NULL)
    day = lc_record_get_string (selected, "day");

  if (selected != NULL && g_str_equal (lc_record_get_string (selected, "day"), day))
    start = (int) lc_record_get_int (selected, "end-minute");
  else
    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(LcRecord) other = g_list_model_get_item (items, i);

        if (g_str_equal (lc_record_get_string (other, "day"), day))
          start = (int) lc_record_get_int (other, "end-minute");
      }
  start = MIN (start, 23 * 60);

  lc_record_set_int (LC_RECORD (item), "convention-id", lc_convention_model_get_id (self->model));
  lc_record_set_int (LC_RECORD (item), "kind", LC_ITEM_KIND_SESSION);
  lc_record_set_string (LC_RECORD (item), "day", day);
  lc_record_set_int (LC_RECORD (item), "start-minute", start);
  lc_record_set_int (LC_RECORD (item), "end-minute", MIN (start + 60, 24 * 60));
  if (selected != NULL)
    lc_record_set_int (LC_RECORD (item), "room-id", lc_record_get_int (selected, "room-id"));

  return item;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  lc_page_add (LC_PAGE (widget));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LcAgendaPage *self = LC_AGENDA_PAGE (widget);
  LcRecord *item = selected_item (self);

  if (item != NULL)
    open_editor (self, LC_ITEM (item));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LcAgendaPage *self = LC_AGENDA_PAGE (widget);
  g_autoptr(LcRecord) item = selected_item (self) ? g_object_ref (selected_item (self)) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint position = gtk_single_selection_get_selected (self->selection);

  if (item == NULL || self->undo == NULL)
    return;

  /* Translators: in a toast with an Undo button; %s is an agenda item's title */
  message = g_strdup_printf (_("“%s” deleted"), lc_ui_text (item, "title", NULL));
  if (!lc_undo_stack_delete (self->undo, item, _("Delete Item"), &error))
    {
      show_error (self, error);
      return;
    }

  if (get_window (self) != NULL)
    lc_window_show_undo_toast (get_window (self), message);

  /* Keep the keyboard where it was: on the next item, or the one before. */
  for (guint p = position; p != GTK_INVALID_LIST_POSITION && p < g_list_model_get_n_items (G_LIST_MODEL (self->selection)); p++)
    {
      g_autoptr(GObject) next = g_list_model_get_item (G_LIST_MODEL (self->selection), p);

      if (LC_IS_ITEM (next))
        {
          select_item (self, lc_record_get_id (LC_RECORD (next)));
          break;
        }
    }
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LcAgendaPage *self = LC_AGENDA_PAGE (widget);
  LcRecord *item = selected_item (self);
  g_autoptr(LcRecord) copy = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *people;
  int start, end;
  gboolean ok;

  if (item == NULL || self->undo == NULL)
    return;

  /* The copy goes right after the original when the day has room for it,
   * so duplicating does not put its people in two places at once. */
  start = (int) lc_record_get_int (item, "start-minute");
  end = (int) lc_record_get_int (item, "end-minute");
  copy = lc_record_copy (item);
  lc_record_set_id (copy, 0);
  if (end + (end - start) <= 24 * 60)
    {
      lc_record_set_int (copy, "start-minute", end);
      lc_record_set_int (copy, "end-minute", end + (end - start));
    }

  people = participations_of (self, lc_record_get_id (item));
  people = people ? g_ptr_array_ref (people) : NULL;
  lc_undo_stack_begin_group (self->undo, _("Duplicate Item"));
  ok = lc_undo_stack_insert (self->undo, copy, NULL, &error);
  for (guint i = 0; ok && people && i < people->len; i++)
    {
      g_autoptr(LcRecord) p = lc_record_copy (g_ptr_array_index (people, i));

      lc_record_set_id (p, 0);
      lc_record_set_int (p, "item-id", lc_record_get_id (copy));
      ok = lc_undo_stack_insert (self->undo, p, NULL, &error);
    }
  lc_undo_stack_end_group (self->undo);
  g_clear_pointer (&people, g_ptr_array_unref);

  if (!ok)
    {
      /* Take back what part of the copy was stored before the failure. */
      if (lc_record_get_id (copy) > 0)
        lc_undo_stack_undo (self->undo, NULL);
      show_error (self, error);
      return;
    }

  select_item (self, lc_record_get_id (copy));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LcAgendaPage *self = LC_AGENDA_PAGE (widget);
  LcRecord *item = selected_item (self);
  int delta = g_str_equal (action_name, "agenda.move-earlier") ? -MOVE_STEP : MOVE_STEP;
  g_autoptr(LcRecord) moved = NULL;
  g_autoptr(GError) error = NULL;
  int start, end;

  if (item == NULL || self->undo == NULL)
    return;

  start = (int) lc_record_get_int (item, "start-minute") + delta;
  end = (int) lc_record_get_int (item, "end-minute") + delta;
  if (start < 0 || end > 24 * 60)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  moved = lc_record_copy (item);
  lc_record_set_int (moved, "start-minute", start);
  lc_record_set_int (moved, "end-minute", end);
  if (!lc_undo_stack_update (self->undo, moved, _("Move Item"), &error))
    {
      show_error (self, error);
      return;
    }

  /* Moving re-sorts the list, which drops the selection: take it back. */
  select_item (self, lc_record_get_id (moved));
}

static void
popup_menu_at (LcAgendaPage *self,
               GtkWidget    *row,
               double        x,
               double        y)
{
  double px, py;

  if (!gtk_widget_translate_coordinates (row, GTK_WIDGET (self), x, y, &px, &py))
    return;

  gtk_popover_set_pointing_to (GTK_POPOVER (self->item_popover),
                               &(GdkRectangle) { (int) px, (int) py, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->item_popover));
}

/* Shift+F10 or the Menu key: the menu of the selected row. */
static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LcAgendaPage *self = LC_AGENDA_PAGE (widget);
  GtkWidget *row = lc_agenda_page_get_row_widget (self, lc_agenda_page_get_selected_id (self));

  if (row != NULL)
    popup_menu_at (self, row, gtk_widget_get_width (row) / 2.0, gtk_widget_get_height (row) / 2.0);
}

static void
on_row_pressed (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                GtkListItem     *list_item)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  LcAgendaPage *self = LC_AGENDA_PAGE (gtk_widget_get_ancestor (row, LC_TYPE_AGENDA_PAGE));

  if (self == NULL || !LC_IS_ITEM (gtk_list_item_get_item (list_item)))
    return;

  gtk_single_selection_set_selected (self->selection, gtk_list_item_get_position (list_item));
  popup_menu_at (self, row, x, y);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           LcAgendaPage             *self)
{
  GtkWidget *row = lc_agenda_row_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_row_pressed), list_item);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));
  gtk_list_item_set_child (list_item, row);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          LcAgendaPage             *self)
{
  g_hash_table_add (self->bound, list_item);
  bind_list_item (self, list_item);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            LcAgendaPage             *self)
{
  g_hash_table_remove (self->bound, list_item);
  lc_agenda_row_clear (LC_AGENDA_ROW (gtk_list_item_get_child (list_item)));
}

static void
on_list_view_activate_cb (GtkListView  *list_view,
                          guint         position,
                          LcAgendaPage *self)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (LC_IS_ITEM (item))
    open_editor (self, LC_ITEM (item));
}

static void
on_search_entry_search_changed_cb (GtkSearchEntry *entry,
                                   LcAgendaPage   *self)
{
  g_autofree char *needle = lc_search_normalise (gtk_editable_get_text (GTK_EDITABLE (entry)));

  g_clear_pointer (&self->needle, g_free);
  if (*needle != '\0')
    self->needle = g_steal_pointer (&needle);
  gtk_filter_changed (self->search_filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
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
  update_state (self);
}

static void
on_day_dropdown_selected_cb (GtkDropDown  *dropdown,
                             GParamSpec   *pspec,
                             LcAgendaPage *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->syncing || self->timeline == NULL || self->days == NULL || selected >= self->days->len)
    return;

#ifdef TMP_TIMELINE
  lc_timeline_set_day (LC_TIMELINE (self->timeline), g_ptr_array_index (self->days, selected));
#endif
}

#ifdef TMP_TIMELINE
static void
on_timeline_item_activated (LcTimeline   *timeline,
                            gint64        item_id,
                            LcAgendaPage *self)
{
  LcRecord *item = self->model ? lc_convention_model_lookup (self->model, LC_TYPE_ITEM, item_id) : NULL;

  if (item != NULL)
    open_editor (self, LC_ITEM (item));
}
#endif

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
      g_signal_handlers_disconnect_by_data (items_of (self), self);
      g_signal_handlers_disconnect_by_data (lc_convention_model_get_participations (self->model), self);
      g_signal_handlers_disconnect_by_data (lc_convention_model_get_people (self->model), self);
      g_signal_handlers_disconnect_by_data (lc_convention_model_get_rooms (self->model), self);
    }

  if (self->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->editor));
  g_list_store_remove_all (self->sections);
  g_clear_pointer (&self->by_item, g_hash_table_unref);
  g_set_object (&self->model, model);
  g_set_object (&self->undo, undo);

#ifdef TMP_TIMELINE
  if (self->timeline != NULL)
    lc_timeline_set_context (LC_TIMELINE (self->timeline), model, undo);
#endif

  if (model != NULL)
    {
      g_signal_connect_object (items_of (self), "items-changed",
                               G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (lc_convention_model_get_participations (model), "items-changed",
                               G_CALLBACK (on_participations_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (lc_convention_model_get_people (model), "items-changed",
                               G_CALLBACK (on_people_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (lc_convention_model_get_rooms (model), "items-changed",
                               G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "conflicts-changed",
                               G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (lc_convention_model_get_convention (model), "notify",
                               G_CALLBACK (on_convention_notify), self, G_CONNECT_SWAPPED);
    }

  sync_sections (self);
  update_state (self);
}

static void
lc_agenda_page_add (LcPage *page)
{
  LcAgendaPage *self = LC_AGENDA_PAGE (page);
  g_autoptr(LcItem) draft = NULL;

  if (self->model == NULL || self->undo == NULL)
    return;

  draft = new_item_draft (self);
  open_editor (self, draft);
}

static void
lc_agenda_page_search (LcPage *page)
{
  LcAgendaPage *self = LC_AGENDA_PAGE (page);

  if (showing_timeline (self))
    gtk_toggle_button_set_active (self->list_button, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
lc_agenda_page_page_iface_init (LcPageInterface *iface)
{
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
  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_pointer (&self->days, g_ptr_array_unref);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (lc_agenda_page_parent_class)->dispose (object);
}

static void
lc_agenda_page_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "agenda.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "agenda.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "agenda.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "agenda.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "agenda.move-earlier", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "agenda.move-later", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "agenda.menu", NULL, menu_action);

  /* Bindings rather than application accelerators: they act only while
   * the focus is in the agenda, and a text entry there keeps its own
   * Delete key. The shortcuts window lists them. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "agenda.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "agenda.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "agenda.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "agenda.move-earlier", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "agenda.move-later", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "agenda.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "agenda.menu", NULL);
}

static void
lc_agenda_page_class_init (LcAgendaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_agenda_page_dispose;

  g_type_ensure (LC_TYPE_AGENDA_ROW);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/lc-agenda-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, list_button);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, timeline_button);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, day_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, timeline_bin);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaPage, item_popover);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
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

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_parent (self->item_popover, GTK_WIDGET (self));

  self->bound = g_hash_table_new (NULL, NULL);
  self->search_filter = GTK_FILTER (gtk_custom_filter_new (search_filter_func, self, NULL));
  self->sections = g_list_store_new (G_TYPE_LIST_MODEL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->sections)))));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

#ifdef TMP_TIMELINE
  self->timeline = lc_timeline_new ();
  gtk_widget_set_vexpand (self->timeline, TRUE);
  adw_bin_set_child (self->timeline_bin, self->timeline);
  g_signal_connect_object (self->timeline, "item-activated", G_CALLBACK (on_timeline_item_activated), self, 0);
#endif

  if (settings != NULL)
    {
      g_autofree char *view = g_settings_get_string (settings, "agenda-view");

      self->syncing = TRUE;
      lc_agenda_page_set_view (self, view);
      self->syncing = FALSE;
    }

  update_state (self);
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
      if (g_str_equal (g_ptr_array_index (self->days, i), lc_record_get_string (item, "day")))
        gtk_drop_down_set_selected (self->day_dropdown, i);

  select_item (self, item_id);
}

/** lc_agenda_page_get_selected_id: Returns: the selected item's id, or 0 */
gint64
lc_agenda_page_get_selected_id (LcAgendaPage *self)
{
  LcRecord *item = selected_item (self);

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
  return G_LIST_MODEL (self->selection);
}

/** lc_agenda_page_get_view: Returns: "list" or "timeline" */
const char *
lc_agenda_page_get_view (LcAgendaPage *self)
{
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
  gtk_toggle_button_set_active (g_strcmp0 (view, "timeline") == 0 ? self->timeline_button : self->list_button, TRUE);
}

/** lc_agenda_page_get_editor: Returns: (transfer none) (nullable) (type LcItemEditor): the open editor */
gpointer
lc_agenda_page_get_editor (LcAgendaPage *self)
{
  return self->editor;
}

/**
 * lc_agenda_page_get_row_widget:
 * @self: the agenda
 * @item_id: an item
 *
 * Returns: (transfer none) (nullable): the #LcAgendaRow showing the item,
 *   when it is on screen
 */
GtkWidget *
lc_agenda_page_get_row_widget (LcAgendaPage *self,
                               gint64        item_id)
{
  GHashTableIter iter;
  gpointer list_item;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    {
      GtkWidget *row = gtk_list_item_get_child (list_item);
      LcItem *item = lc_agenda_row_get_item (LC_AGENDA_ROW (row));

      if (item != NULL && lc_record_get_id (LC_RECORD (item)) == item_id)
        return row;
    }

  return NULL;
}
