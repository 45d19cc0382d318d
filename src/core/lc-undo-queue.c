/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-error.h"
#include "lc-undo-private.h"

/* Edits that wait for the library. While another process writes to the
 * library (a long import), a window's store does not wait for the lock (its
 * thread draws the window); an edit made meanwhile is queued, shown at once
 * (LcStore::pending-change), and written, with its undo step, as soon as the
 * lock is free. Edits are written in the order they were made; any other
 * change through the stack first writes the queue, or says the library is
 * busy. */

#define RETRY_MS 100

typedef struct
{
  LcRecord *record;
  char     *label;
} Pending;

struct _LcUndoQueue
{
  LcUndoStack *stack;    /* owns the queue */
  GQueue       pending;  /* Pending*, oldest first */
  guint        retry;
};

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_object_unref (pending->record);
  g_free (pending->label);
  g_free (pending);
}

static gboolean
retry_cb (gpointer data)
{
  LcUndoQueue *self = data;

  if (lc_undo_queue_flush (self, NULL))
    {
      self->retry = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

LcUndoQueue *
lc_undo_queue_new (LcUndoStack *stack)
{
  LcUndoQueue *self = g_new0 (LcUndoQueue, 1);

  self->stack = stack;
  g_queue_init (&self->pending);
  return self;
}

/* Last chance for what is still queued: the window is going, so this may
 * wait for the lock, as any program that is not drawing would. */
void
lc_undo_queue_free (LcUndoQueue *self)
{
  LcStore *store;

  if (self == NULL)
    return;

  g_clear_handle_id (&self->retry, g_source_remove);
  store = lc_undo_stack_get_store (self->stack);
  if (!g_queue_is_empty (&self->pending) && store != NULL)
    {
      gboolean interactive = lc_store_get_interactive (store);

      lc_store_set_interactive (store, FALSE);
      lc_undo_queue_flush (self, NULL);
      lc_store_set_interactive (store, interactive);
    }
  while (!g_queue_is_empty (&self->pending))
    {
      Pending *pending = g_queue_pop_head (&self->pending);

      if (store != NULL)
        lc_store_remove_pending (store, pending->record);
      pending_free (pending);
    }
  g_free (self);
}

guint
lc_undo_queue_get_length (LcUndoQueue *self)
{
  return self->pending.length;
}

/* Keeps a copy of @record to write later, and shows it now. */
void
lc_undo_queue_push (LcUndoQueue *self,
                    LcRecord    *record,
                    const char  *label)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->record = lc_record_copy (record);
  pending->label = g_strdup (label);
  g_queue_push_tail (&self->pending, pending);
  lc_store_add_pending (lc_undo_stack_get_store (self->stack), pending->record);

  if (self->retry == 0)
    {
      GSource *source = g_timeout_source_new (RETRY_MS);

      g_source_set_callback (source, retry_cb, self, NULL);
      g_source_set_static_name (source, "[learning-cities] write queued edits");
      self->retry = g_source_attach (source, g_main_context_get_thread_default ());
      g_source_unref (source);
    }
}

/**
 * lc_undo_queue_flush:
 * @self: a queue
 * @error: return location for a #GError
 *
 * Writes the queued edits, oldest first, each with its undo step. One that
 * can never be written (its row is gone, say) is dropped: the store says
 * its row changed, so views show what is stored, and the stack's
 * #LcUndoStack::write-failed says why.
 *
 * Returns: %TRUE when the queue is empty; %FALSE with %LC_ERROR_BUSY while
 *   another process still holds the library
 */
gboolean
lc_undo_queue_flush (LcUndoQueue  *self,
                     GError      **error)
{
  while (!g_queue_is_empty (&self->pending))
    {
      Pending *pending = g_queue_peek_head (&self->pending);
      g_autoptr(GError) local_error = NULL;

      if (!lc_undo_stack_update_now (self->stack, pending->record, pending->label, &local_error))
        {
          if (g_error_matches (local_error, LC_ERROR, LC_ERROR_BUSY))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          g_signal_emit_by_name (lc_undo_stack_get_store (self->stack), "changed",
                                 G_OBJECT_TYPE (pending->record), lc_record_get_id (pending->record),
                                 LC_CHANGE_UPDATED);
          g_signal_emit_by_name (self->stack, "write-failed", local_error);
        }
      lc_store_remove_pending (lc_undo_stack_get_store (self->stack), pending->record);
      pending_free (g_queue_pop_head (&self->pending));
    }

  return TRUE;
}
