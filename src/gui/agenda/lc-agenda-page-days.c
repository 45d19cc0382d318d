/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-agenda-page-private.h"
#include "lc-agenda-row.h"
#include "lc-convention-check.h"
#include "lc-util.h"

/*
 * The agenda's days: one section of the list per day (a heading and the
 * day's items, filtered from the model's item list), the same days in the
 * timeline's day selector, and which day of the convention a date is.
 */

/* 1 for the convention's first day, 0 outside its dates. */
guint
lc_agenda_page_day_number (LcAgendaPage *self,
                           const char   *day)
{
  LcRecord *convention = LC_RECORD (lc_convention_model_get_convention (self->model));
  GDate first, date;

  if (!lc_date_parse (lc_convention_get_start_date (LC_CONVENTION (convention)), &first)
      || !lc_date_parse (day, &date)
      || strcmp (day, lc_convention_get_end_date (LC_CONVENTION (convention))) > 0
      || g_date_compare (&date, &first) < 0)
    return 0;

  return (guint) g_date_days_between (&first, &date) + 1;
}

static gboolean
day_filter_func (gpointer item,
                 gpointer user_data)
{
  return g_strcmp0 (lc_item_get_day (LC_ITEM (item)), user_data) == 0;
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
  filtered = gtk_filter_list_model_new (g_object_ref (lc_agenda_page_items (self)),
                                        GTK_FILTER (g_steal_pointer (&filter)));

  g_object_set_data_full (G_OBJECT (heading), "day", g_strdup (day), g_free);
  /* After the section has passed the change on: changing the heading in
   * the middle of it would show the list view a half-updated section. */
  g_signal_connect_object (filtered, "items-changed", G_CALLBACK (on_section_items_changed), heading, G_CONNECT_AFTER);
  on_section_items_changed (G_LIST_MODEL (filtered), 0, 0, 0, heading);

  g_list_store_append (parts, heading);
  g_list_store_append (parts, filtered);
  section = gtk_flatten_list_model_new (G_LIST_MODEL (parts));
  g_object_set_data_full (G_OBJECT (section), "day", g_strdup (day), g_free);
  g_object_set_data (G_OBJECT (section), "items", filtered);   /* held by parts */

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
  /* At most LC_CONVENTION_MAX_DAYS, whatever the library holds. */
  GPtrArray *days = lc_convention_list_days (convention);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *items = lc_agenda_page_items (self);

  for (guint i = 0; i < days->len; i++)
    g_hash_table_add (seen, g_ptr_array_index (days, i));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (items, i);
      const char *day = lc_item_get_day (LC_ITEM (item));

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
  if (self->timeline != NULL)
    lc_timeline_set_day (LC_TIMELINE (self->timeline), days->len > 0 ? g_ptr_array_index (days, selected) : NULL);
}

/* Adds and removes sections so there is one per day, keeping the others.
 * New sections next to each other go in with one splice: each change to
 * the list of sections makes the list view look at every row again, and
 * opening a convention adds all its days at once. */
void
lc_agenda_page_sync_days (LcAgendaPage *self)
{
  g_autoptr(GPtrArray) days = self->model ? collect_days (self) : g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);
  guint i = 0, d = 0;

  lc_agenda_counts ()->days_synced++;
  while (i < g_list_model_get_n_items (G_LIST_MODEL (self->sections)) || d < days->len)
    {
      g_autoptr(GListModel) section = g_list_model_get_item (G_LIST_MODEL (self->sections), i);
      int c = section == NULL ? 1
              : d >= days->len ? -1
              : strcmp (section_day (section), g_ptr_array_index (days, d));

      if (c > 0)
        {
          g_ptr_array_add (fresh, section_new (self, g_ptr_array_index (days, d++)));
          continue;
        }
      /* The new sections gathered go in before this one. */
      if (fresh->len > 0)
        {
          g_list_store_splice (self->sections, i, 0, fresh->pdata, fresh->len);
          i += fresh->len;
          g_ptr_array_set_size (fresh, 0);
        }
      if (c < 0)
        {
          g_list_store_remove (self->sections, i);
        }
      else if (c == 0)
        {
          i++;
          d++;
        }
    }
  if (fresh->len > 0)
    g_list_store_splice (self->sections, i, 0, fresh->pdata, fresh->len);

  sync_day_selector (self, days);
}

/**
 * lc_agenda_page_days_may_change:
 * @self: the agenda
 * @position: where the item list changed
 * @removed: items removed there
 * @added: items added there
 *
 * Whether that change can change the days shown: an item added on a day
 * not shown yet, or an item removed while a day that is not one of the
 * convention's own is shown (it may have been that day's last). Finding
 * the days again reads every item: an edit on a large agenda would pay
 * it twice (a moved item is removed, then inserted).
 *
 * Returns: %TRUE when lc_agenda_page_sync_days () is needed
 */
gboolean
lc_agenda_page_days_may_change (LcAgendaPage *self,
                                guint         position,
                                guint         removed,
                                guint         added)
{
  GListModel *items = lc_agenda_page_items (self);

  if (self->model == NULL || self->days == NULL)
    return TRUE;
  if (removed > 0)
    {
      g_autoptr(GPtrArray) own = lc_convention_list_days (LC_RECORD (lc_convention_model_get_convention (self->model)));

      /* The convention's own days are always shown, and among them. */
      if (own->len != self->days->len)
        return TRUE;
    }
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (items, i);

      if (!g_ptr_array_find_with_equal_func (self->days, lc_item_get_day (LC_ITEM (item)), g_str_equal, NULL))
        return TRUE;
    }

  return FALSE;
}

/* The order of the model's item list within a day. */
static int
compare_in_day (LcRecord *a,
                LcRecord *b)
{
  gint64 c = lc_item_get_start_minute (LC_ITEM (a)) - lc_item_get_start_minute (LC_ITEM (b));

  if (c == 0)
    c = lc_item_get_end_minute (LC_ITEM (a)) - lc_item_get_end_minute (LC_ITEM (b));
  if (c == 0)
    c = lc_record_get_id (a) - lc_record_get_id (b);

  return (c > 0) - (c < 0);
}

/**
 * lc_agenda_page_position_of:
 * @self: the agenda
 * @item: one of its items
 *
 * Finds the item's row by its day's section and a binary search in that
 * section (kept in the item list's order), so selecting an item after an
 * edit costs the same with 20 items or 2,000.
 *
 * Returns: the item's position in the list, or %GTK_INVALID_LIST_POSITION
 *   when the list does not show it (the search hides it)
 */
guint
lc_agenda_page_position_of (LcAgendaPage *self,
                            LcRecord     *item)
{
  GListModel *sections = G_LIST_MODEL (self->sections);
  const char *day = lc_item_get_day (LC_ITEM (item));
  guint offset = 0;

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(GListModel) section = g_list_model_get_item (sections, i);
      GListModel *items;
      guint n, heading, low = 0, high;

      if (!g_str_equal (section_day (section), day))
        {
          offset += g_list_model_get_n_items (section);
          continue;
        }

      items = g_object_get_data (G_OBJECT (section), "items");
      n = g_list_model_get_n_items (items);
      heading = g_list_model_get_n_items (section) - n;
      high = n;
      while (low < high)
        {
          guint middle = low + (high - low) / 2;
          g_autoptr(LcRecord) other = g_list_model_get_item (items, middle);
          int c = compare_in_day (other, item);

          if (c == 0)
            return offset + heading + middle;
          if (c < 0)
            low = middle + 1;
          else
            high = middle;
        }
      break;
    }

  return GTK_INVALID_LIST_POSITION;
}
