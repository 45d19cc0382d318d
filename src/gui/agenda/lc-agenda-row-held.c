/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-agenda-row-private.h"

/*
 * A held row (lc-agenda-row-pacer.c) is not measured until it is let go:
 * its content is hidden, at a nominal height. Nor is it filled: the some
 * 200 rows GTK 4.8's list view builds before its first frame each made
 * their texts, accessible name and parts for an item no one sees yet (a
 * fifth of the main thread's work then at 10,000 items). A held row keeps
 * the item and its people, and is filled when it is let go (a few frames
 * later at most), or at once when asked what it shows
 * (lc_agenda_row_get_title () and the like), so that whoever asks sees
 * what the row will show.
 */

/* The height a held row takes, about an item's with a line of names. The
 * list places rows by it before they are let go: rows shorter than that let
 * more rows into view, which are let go in the same frame (see
 * lc-agenda-row-pacer.c); much shorter, it would let go more than shown. */
#define HELD_HEIGHT 96

/**
 * lc_agenda_row_defer:
 * @self: a row just given an item
 * @participations: (nullable): the item's people
 *
 * Returns: %TRUE when @self is held: it is filled later
 */
gboolean
lc_agenda_row_defer (LcAgendaRow *self,
                     GPtrArray   *participations)
{
  if (!lc_agenda_row_get_held (self))
    {
      /* Shown now: an item given earlier is not shown later. */
      lc_agenda_row_drop_pending (self);
      return FALSE;
    }

  self->pending = TRUE;
  lc_agenda_row_defer_people (self, participations);
  return TRUE;
}

/**
 * lc_agenda_row_defer_people:
 * @self: a row
 * @participations: (nullable): the people of its item now
 *
 * Returns: %TRUE when @self is not filled yet, and will show these people
 *   when it is
 */
gboolean
lc_agenda_row_defer_people (LcAgendaRow *self,
                            GPtrArray   *participations)
{
  if (!self->pending)
    return FALSE;

  /* A reference: the agenda's lists of people may be made anew meanwhile. */
  g_clear_pointer (&self->pending_people, g_ptr_array_unref);
  if (participations != NULL)
    self->pending_people = g_ptr_array_ref (participations);
  return TRUE;
}

/** lc_agenda_row_drop_pending: forgets an item not shown yet, when the row shows a day or goes */
void
lc_agenda_row_drop_pending (LcAgendaRow *self)
{
  self->pending = FALSE;
  g_clear_pointer (&self->pending_people, g_ptr_array_unref);
}

/**
 * lc_agenda_row_fill_pending:
 * @self: a row
 *
 * Fills @self with the item it was given while held, if it has one now
 * (a row unbound meanwhile waits for its next item).
 */
void
lc_agenda_row_fill_pending (LcAgendaRow *self)
{
  g_autoptr(GPtrArray) people = NULL;

  if (!self->pending || self->item == NULL || self->model == NULL)
    return;

  self->pending = FALSE;
  people = g_steal_pointer (&self->pending_people);
  lc_agenda_row_fill_item (self, people);
}

/**
 * lc_agenda_row_set_held:
 * @self: a row
 * @held: whether to hold its content back
 *
 * A held row is not measured: it takes a nominal height, empty (see
 * lc-agenda-row-pacer.c). An item given to it meanwhile is shown when it
 * is let go.
 */
void
lc_agenda_row_set_held (LcAgendaRow *self,
                        gboolean     held)
{
  LcAgendaCounts *counts = lc_agenda_counts ();

  g_return_if_fail (LC_IS_AGENDA_ROW (self));

  if (held == lc_agenda_row_get_held (self))
    return;
  if (held)
    counts->rows_held++;
  else
    counts->rows_let_go++;
  /* A hidden child is not measured; a row of no height would confuse
   * the list view's position arithmetic. */
  gtk_widget_set_visible (self->pages, !held);
  gtk_widget_set_size_request (GTK_WIDGET (self), -1, held ? HELD_HEIGHT : -1);
  if (!held)
    lc_agenda_row_fill_pending (self);
}

/** lc_agenda_row_get_held: Returns: whether the row's content is held back */
gboolean
lc_agenda_row_get_held (LcAgendaRow *self)
{
  g_return_val_if_fail (LC_IS_AGENDA_ROW (self), FALSE);

  return !gtk_widget_get_visible (self->pages);
}
