/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "lc-language-tag.h"
#include "lc-timeline-private.h"
#include "lc-tracks.h"
#include "lc-util.h"

/*
 * What the day shows: one column per room (in the rooms' order, then "No
 * room" when an item of the day has none) and one block widget per item,
 * in time order. They are rebuilt lazily: a change to the model's items,
 * rooms or participations, or to the conflicts, only marks them stale, so
 * a burst of changes (an import, an undo of many rows) costs one rebuild.
 *
 * A rebuild keeps each item's widget: the keyboard focus, and what a
 * screen reader is on, stay with the item through an edit. Widgets of
 * items that left are given to items that came (changing days costs no
 * new widgets), and when the focused item leaves, the focus goes to the
 * item that took its place in the order, as a list does.
 */

typedef struct
{
  LcItem         *item;         /* owned */
  LcTimelineSpan  span;
  guint           n_conflicts;
} Entry;

static void
clear_entry (gpointer data)
{
  g_clear_object (&((Entry *) data)->item);
}

/* The day's rooms, and its items with their spans in those columns. */
static void
collect_day (LcTimeline *self,
             GArray     *entries)
{
  g_autoptr(GHashTable) column_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (LcTimelineSpan));
  LcConflictList *conflicts = lc_convention_model_get_conflicts (self->model);
  GListModel *list = lc_convention_model_get_rooms (self->model);
  guint n = g_list_model_get_n_items (list), roomless = 0;

  for (guint i = 0; i < n; i++)
    {
      LcTimelineColumn column = { 0, g_list_model_get_item (list, i) };

      column.room_id = lc_record_get_id (LC_RECORD (column.room));
      g_hash_table_insert (column_of, g_memdup2 (&column.room_id, sizeof column.room_id), GUINT_TO_POINTER (i));
      g_array_append_val (self->columns, column);
    }

  list = lc_convention_model_get_items (self->model);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcItem) item = g_list_model_get_item (list, i);
      LcRecord *record = LC_RECORD (item);
      gint64 room_id = lc_item_get_room_id (LC_ITEM (record));
      gpointer column;
      Entry entry = { 0 };

      if (g_strcmp0 (lc_item_get_day (LC_ITEM (record)), self->day) != 0)
        continue;

      entry.span.start = CLAMP ((int) lc_item_get_start_minute (LC_ITEM (record)), 0, LC_TIMELINE_DAY_MINUTES);
      entry.span.end = CLAMP ((int) lc_item_get_end_minute (LC_ITEM (record)), 0, LC_TIMELINE_DAY_MINUTES);
      /* The store refuses such times, but a block must stay visible. */
      if (entry.span.end <= entry.span.start)
        entry.span.end = MIN (entry.span.start + LC_TIMELINE_MIN_LENGTH, LC_TIMELINE_DAY_MINUTES);
      if (room_id != 0 && g_hash_table_lookup_extended (column_of, &room_id, NULL, &column))
        entry.span.column = GPOINTER_TO_UINT (column);
      else
        {
          entry.span.column = G_MAXUINT;
          roomless++;
        }
      entry.n_conflicts = lc_conflict_list_count_for_item (conflicts, lc_record_get_id (record));
      if (entry.n_conflicts > 0)
        self->n_conflicting++;
      entry.item = g_steal_pointer (&item);
      g_array_append_val (entries, entry);
    }

  if (roomless > 0)
    {
      LcTimelineColumn column = { 0, NULL };

      g_array_append_val (self->columns, column);
    }

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);

      if (entry->span.column == G_MAXUINT)
        entry->span.column = self->columns->len - 1;
      g_array_append_val (spans, entry->span);
    }
  lc_timeline_assign_lanes ((LcTimelineSpan *) spans->data, spans->len);
  for (guint i = 0; i < entries->len; i++)
    g_array_index (entries, Entry, i).span = g_array_index (spans, LcTimelineSpan, i);
  lc_timeline_time_range ((LcTimelineSpan *) spans->data, spans->len, &self->first_minute, &self->last_minute);
}

/* Gives the entries their widgets, keeping each item's, and puts them
 * among the timeline's children in time order. */
static void
sync_blocks (LcTimeline *self,
             GPtrArray  *previous,
             GArray     *entries)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) spare = g_ptr_array_new ();
  GtkWidget *focused = gtk_widget_get_focus_child (GTK_WIDGET (self));
  GtkWidget *dropped = NULL;
  guint focus_index = 0;
  gboolean focus_left = FALSE;
  GtkWidget *prev = NULL;
  LcDigits digits = lc_ui_digits ();
  /* One answer for the day: the convention mixes languages or not. */
  gboolean tags = lc_language_tag_wanted (self->model);

  /* Keyed by the blocks' own ids: read only before any block is reused. */
  for (guint i = 0; i < previous->len; i++)
    {
      LcTimelineBlock *block = g_ptr_array_index (previous, i);

      g_hash_table_insert (by_id, &block->id, block);
      if (block->id == self->focus_id)
        focus_index = i;
    }

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      gint64 id = lc_record_get_id (LC_RECORD (entry->item));
      LcTimelineBlock *block = g_hash_table_lookup (by_id, &id);

      if (block != NULL)
        g_hash_table_remove (by_id, &id);
      g_ptr_array_add (self->blocks, block);
    }

  /* What is left lost its item; the focused one stays out of reuse, so
   * the focus never lands on another item by itself. */
  for (guint i = 0; i < previous->len; i++)
    {
      LcTimelineBlock *block = g_ptr_array_index (previous, i);

      if (!g_hash_table_contains (by_id, &block->id))
        continue;
      if (block->id == self->focus_id)
        focus_left = TRUE;
      if (GTK_WIDGET (block) == focused)
        dropped = focused;
      else
        g_ptr_array_add (spare, block);
    }
  g_hash_table_remove_all (by_id);

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      LcTimelineBlock *block = g_ptr_array_index (self->blocks, i);

      if (block == NULL)
        {
          block = spare->len > 0 ? g_ptr_array_steal_index_fast (spare, spare->len - 1) : lc_timeline_block_new ();
          g_ptr_array_index (self->blocks, i) = block;
        }
      block->span = entry->span;
      /* The track first: a new block says it with the rest. */
      {
        LcRecord *track = self->model ? lc_convention_model_lookup (self->model, LC_TYPE_TRACK,
                                                                    lc_item_get_track_id (entry->item))
                                      : NULL;

        lc_timeline_block_set_track (block, track ? lc_ui_text (track, "name", NULL) : NULL);
      }
      lc_timeline_block_set_item (block, entry->item, entry->n_conflicts,
                                  lc_timeline_column_name (&g_array_index (self->columns, LcTimelineColumn,
                                                                           entry->span.column)),
                                  digits, tags);
      /* Reading order is time order. */
      if (gtk_widget_get_parent (GTK_WIDGET (block)) == NULL || gtk_widget_get_prev_sibling (GTK_WIDGET (block)) != prev)
        gtk_widget_insert_after (GTK_WIDGET (block), GTK_WIDGET (self), prev);
      prev = GTK_WIDGET (block);
    }

  if (focus_left || dropped != NULL)
    {
      LcTimelineBlock *replacement = NULL;

      if (self->blocks->len > 0)
        replacement = g_ptr_array_index (self->blocks, MIN (focus_index, self->blocks->len - 1));
      self->focus_id = replacement ? replacement->id : 0;
      /* Before the focused widget goes, or GTK would drop the focus. */
      if (replacement != NULL && dropped != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (replacement));
    }

  /* The widgets no item took. */
  for (guint i = 0; i < spare->len; i++)
    gtk_widget_unparent (g_ptr_array_index (spare, i));
  if (dropped != NULL)
    gtk_widget_unparent (dropped);
}

/**
 * lc_timeline_ensure_blocks:
 * @self: a timeline
 *
 * Rebuilds the day's columns and blocks when the model or the day changed.
 */
void
lc_timeline_ensure_blocks (LcTimeline *self)
{
  g_autoptr(GPtrArray) previous = NULL;
  g_autoptr(GArray) entries = NULL;

  if (!self->dirty)
    return;
  self->dirty = FALSE;

  previous = g_steal_pointer (&self->blocks);
  self->blocks = g_ptr_array_new ();
  g_array_set_size (self->columns, 0);
  self->n_conflicting = 0;
  entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (entries, clear_entry);

  if (self->model != NULL && self->day != NULL)
    collect_day (self, entries);
  else
    lc_timeline_time_range (NULL, 0, &self->first_minute, &self->last_minute);
  sync_blocks (self, previous, entries);

  if (lc_timeline_find_block (self, self->hover_id, NULL) == NULL)
    self->hover_id = 0;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      LcTimelineBlock *block = g_ptr_array_index (self->blocks, i);

      if (block->id != self->hover_id)
        lc_timeline_block_set_hover (block, FALSE, FALSE);
    }
  if (self->drag.mode != LC_TIMELINE_DRAG_NONE && lc_timeline_find_block (self, self->drag.id, NULL) == NULL)
    {
      /* Deleted or moved away during the drag (say, undone): nothing to drop. */
      self->drag.mode = LC_TIMELINE_DRAG_NONE;
      self->drag.active = FALSE;
    }

  lc_timeline_update_accessible (self);
}

/**
 * lc_timeline_allocate_blocks:
 * @self: a timeline, laid out
 *
 * Puts each block widget on its item's slot of the grid, as scrolled.
 */
void
lc_timeline_allocate_blocks (LcTimeline *self)
{
  for (guint i = 0; i < self->blocks->len; i++)
    {
      GtkWidget *block = g_ptr_array_index (self->blocks, i);
      graphene_rect_t rect;
      int x, y, right, bottom;

      lc_timeline_layout_block_rect (&self->layout, &LC_TIMELINE_BLOCK (block)->span, &rect);
      x = (int) round (rect.origin.x);
      y = (int) round (rect.origin.y);
      right = (int) round (rect.origin.x + rect.size.width);
      bottom = (int) round (rect.origin.y + rect.size.height);
      /* Measured first, as GTK asks of every child it allocates. */
      gtk_widget_measure (block, GTK_ORIENTATION_HORIZONTAL, -1, NULL, NULL, NULL, NULL);
      gtk_widget_size_allocate (block, &(GtkAllocation) { x, y, MAX (right - x, 1), MAX (bottom - y, 1) }, -1);
    }
}

/**
 * lc_timeline_clear_blocks:
 * @self: a timeline being disposed
 *
 * Removes every block widget.
 */
void
lc_timeline_clear_blocks (LcTimeline *self)
{
  if (self->blocks == NULL)
    return;

  for (guint i = 0; i < self->blocks->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->blocks, i));
  g_ptr_array_set_size (self->blocks, 0);
}
