/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-convention-model-private.h"

/*
 * Where a record is in its list, and how a changed record takes its new
 * place there.
 *
 * Each list keeps an index, record → position, built on the first
 * question and kept as records move: a list changed in place (a record
 * replaced by itself, or moved within a span, which the list store
 * reports as that many removed and added) has the span's positions
 * written again; an insertion or a removal shifts every position after
 * it, so those are only marked unknown, and found again, in one pass, on
 * the next question about one of them. Issue 17 found each edit scanning
 * the 10,000 items of a large agenda for the edited one.
 *
 * A record that moves earlier is put in its place with one change
 * covering only the positions between where it goes and where it was; one
 * that moves later is removed, then inserted. Both are what GTK 4.8.3's
 * list view handles best, measured on a 10,000-item agenda with the moved
 * item selected and focused (journey-agenda-move): a removal then an
 * insertion earlier makes it give some 150 rows other items, one change
 * over a span moving later some 25 to 76; this way, the moved row alone
 * shows something new (GTK binds the rows after the change again all the
 * same, with their own items: see lc-agenda-page-rows.c).
 */

static gboolean
scan_position (LcConventionModel *self,
               int                list,
               LcRecord          *record,
               guint             *position)
{
  GListModel *model = G_LIST_MODEL (self->lists[list]);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LcRecord) r = g_list_model_get_item (model, i);

      self->position_reads++;
      if (r == record)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The positions of @list's records from @first to @last, written again
 * after they moved. */
static void
write_positions (LcConventionModel *self,
                 int                list,
                 guint              first,
                 guint              last)
{
  for (guint i = first; i <= last && i < self->positions_valid[list]; i++)
    {
      g_autoptr(LcRecord) record = g_list_model_get_item (G_LIST_MODEL (self->lists[list]), i);

      self->position_reads++;
      g_hash_table_insert (self->positions[list], record, GUINT_TO_POINTER (i + 1));
    }
}

/* The positions of list @list, below self->positions_valid[list], are
 * right; the others are found again when asked. */
static void
on_list_items_changed (GListModel        *model,
                       guint              position,
                       guint              removed,
                       guint              added,
                       LcConventionModel *self)
{
  int list;

  for (list = 0; list < N_LISTS; list++)
    if (G_LIST_MODEL (self->lists[list]) == model)
      break;
  g_return_if_fail (list < N_LISTS);

  /* lc_convention_model_put_in_place () writes the positions it moves. */
  if (self->positions[list] == NULL || self->positions_moving)
    return;

  if (removed != added)
    {
      self->positions_valid[list] = MIN (self->positions_valid[list], position);
      return;
    }

  /* Nothing after the span moved. */
  if (added > 0)
    write_positions (self, list, position, position + added - 1);
}

/* Called once, as the model is made: before any view follows its lists,
 * so that the index is right by the time a view asks. */
void
lc_convention_model_positions_init (LcConventionModel *self)
{
  for (int list = 0; list < N_LISTS; list++)
    g_signal_connect_object (self->lists[list], "items-changed", G_CALLBACK (on_list_items_changed), self, 0);
}

/* In the loading thread: the items' positions as loaded, so that the
 * first edit finds its item at once (building the index costs some 7 M
 * instructions at 10,000 items). */
GHashTable *
lc_convention_model_positions_index (GListModel *list)
{
  guint n = g_list_model_get_n_items (list);
  GHashTable *positions = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) record = g_list_model_get_item (list, i);

      g_hash_table_insert (positions, record, GUINT_TO_POINTER (i + 1));
    }

  return positions;
}

/* Takes @positions, made by lc_convention_model_positions_index () from
 * the records now in @list. */
void
lc_convention_model_positions_take (LcConventionModel *self,
                                    int                list,
                                    GHashTable        *positions)
{
  g_clear_pointer (&self->positions[list], g_hash_table_unref);
  self->positions[list] = positions;
  self->positions_valid[list] = g_list_model_get_n_items (G_LIST_MODEL (self->lists[list]));
}

void
lc_convention_model_positions_clear (LcConventionModel *self)
{
  for (int list = 0; list < N_LISTS; list++)
    g_clear_pointer (&self->positions[list], g_hash_table_unref);
}

/* Whether the index says @record is at a position that holds it. */
static gboolean
indexed_position (LcConventionModel *self,
                  int                list,
                  LcRecord          *record,
                  guint             *position)
{
  gpointer value = g_hash_table_lookup (self->positions[list], record);
  guint at = GPOINTER_TO_UINT (value) - 1;
  g_autoptr(LcRecord) there = NULL;

  /* A record removed from a span keeps its entry; another record may hold
   * its position now (or be made at its address): looking is the proof. */
  if (value == NULL || at >= self->positions_valid[list])
    return FALSE;

  there = g_list_model_get_item (G_LIST_MODEL (self->lists[list]), at);
  self->position_reads++;
  if (there != record)
    return FALSE;

  *position = at;
  return TRUE;
}

/**
 * lc_convention_model_list_position:
 * @self: a convention model
 * @list: one of its lists
 * @record: a record
 * @position: (out): its position in the list
 *
 * Returns: whether @record is in the list
 */
gboolean
lc_convention_model_list_position (LcConventionModel *self,
                                   int                list,
                                   LcRecord          *record,
                                   guint             *position)
{
  GListModel *model = G_LIST_MODEL (self->lists[list]);
  guint n = g_list_model_get_n_items (model);

  /* In the middle of a move the index is not right yet. */
  if (self->positions_moving)
    return scan_position (self, list, record, position);

  if (self->positions[list] == NULL)
    {
      self->positions[list] = g_hash_table_new (NULL, NULL);
      self->positions_valid[list] = 0;
    }
  else if (indexed_position (self, list, record, position))
    {
      return TRUE;
    }

  /* Removed records leave entries behind: start again when they would
   * outnumber the list's own. */
  if (g_hash_table_size (self->positions[list]) > 2 * n + 64)
    {
      g_hash_table_remove_all (self->positions[list]);
      self->positions_valid[list] = 0;
    }
  for (guint i = self->positions_valid[list]; i < n; i++)
    {
      g_autoptr(LcRecord) r = g_list_model_get_item (model, i);

      self->position_reads++;
      g_hash_table_insert (self->positions[list], r, GUINT_TO_POINTER (i + 1));
    }
  self->positions_valid[list] = n;

  return indexed_position (self, list, record, position);
}

/* Where @record, now at @from, belongs among the list's other records,
 * counted without it: a binary search, as g_list_store_insert_sorted ()
 * would do once it is taken out. */
static guint
sorted_position (GListModel       *model,
                 guint             from,
                 LcRecord         *record,
                 GCompareDataFunc  compare)
{
  guint low = 0, high = g_list_model_get_n_items (model) - 1;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(LcRecord) other = g_list_model_get_item (model, middle < from ? middle : middle + 1);

      if (compare (other, record, NULL) > 0)
        high = middle;
      else
        low = middle + 1;
    }

  return low;
}

/**
 * lc_convention_model_put_in_place:
 * @self: a convention model
 * @list: one of its lists
 * @record: a record of the list whose values changed
 *
 * Puts @record where its values now sort: replaced by itself when it
 * stays (one items-changed for its position, so that filters look at it
 * again), with one items-changed over the positions from where it goes to
 * where it was when it moves earlier, removed then inserted when it moves
 * later (see the top of this file for why).
 *
 * Returns: whether @record is in the list
 */
gboolean
lc_convention_model_put_in_place (LcConventionModel *self,
                                  int                list,
                                  LcRecord          *record)
{
  GListModel *model = G_LIST_MODEL (self->lists[list]);
  g_autoptr(GPtrArray) span = NULL;
  guint from, to, first, n;

  if (!lc_convention_model_list_position (self, list, record, &from))
    return FALSE;

  to = sorted_position (model, from, record, lc_convention_model_list_order (list));
  if (to > from)
    {
      /* Between the removal and the insertion every position after it is
       * one less; after both, only those it passed are: written again
       * here rather than found again on the next question. */
      self->positions_moving = TRUE;
      g_object_ref (record);
      g_list_store_remove (self->lists[list], from);
      g_list_store_insert (self->lists[list], to, record);
      g_object_unref (record);
      self->positions_moving = FALSE;
      write_positions (self, list, from, to);
      return TRUE;
    }

  first = to;
  n = from - to + 1;
  span = g_ptr_array_new_full (n, g_object_unref);
  /* The span as it will be: the record first. */
  g_ptr_array_add (span, g_object_ref (record));
  for (guint i = first; i < first + n; i++)
    if (i != from)
      g_ptr_array_add (span, g_list_model_get_item (model, i));

  g_list_store_splice (self->lists[list], first, n, span->pdata, n);
  return TRUE;
}

/**
 * lc_convention_model_assign_in_place:
 * @self: a convention model
 * @list: one of its lists
 * @record: a record of the list
 * @fresh: its values as they are now
 *
 * Gives @record the values of @fresh and puts it where they sort
 * (lc_convention_model_put_in_place ()). Whoever the assignment notifies
 * may ask for a day's conflicts while @record is not in its place yet:
 * it is marked unplaced until it is, so that the day's items are not
 * looked for by a binary search then (lc-convention-model-conflicts.c).
 */
void
lc_convention_model_assign_in_place (LcConventionModel *self,
                                     int                list,
                                     LcRecord          *record,
                                     LcRecord          *fresh)
{
  g_object_ref (record);
  if (list == ITEMS && !g_hash_table_contains (self->unplaced, record))
    g_hash_table_add (self->unplaced, g_object_ref (record));
  lc_record_assign (record, fresh);
  lc_convention_model_put_in_place (self, list, record);
  g_hash_table_remove (self->unplaced, record);
  g_object_unref (record);
}

/**
 * lc_convention_model_get_position_reads:
 * @self: a convention model
 *
 * For the tests: how many records were read, in all, to find records'
 * positions in their lists and keep those positions known.
 *
 * Returns: the count
 */
guint
lc_convention_model_get_position_reads (LcConventionModel *self)
{
  g_return_val_if_fail (LC_IS_CONVENTION_MODEL (self), 0);

  return self->position_reads;
}
