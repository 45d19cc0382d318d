/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-store-private.h"

/* Noticing what other processes write. SQLite's PRAGMA data_version
 * changes when another connection (the command line, a second window, a
 * worker thread of this one) commits to the library; reading it costs no
 * lock and a few microseconds. A window polls it a few times a second and
 * reloads what it shows when it changes: it showed 32 people while the
 * library had 33, and its next edit wrote its old copy over the change. */

/**
 * LC_STORE_WATCH_INTERVAL_MS:
 *
 * How often a watched store looks for commits of other connections: four
 * times a second, so a change shows within a second.
 */
#define LC_STORE_WATCH_INTERVAL_MS 250

static gboolean
poll_data_version (gpointer data)
{
  LcStore *self = data;
  gint64 version;

  /* Inside its own transaction a connection sees no one else's commits. */
  if (self->depth > 0 || !lc_store_query_int (self, "PRAGMA data_version", &version, NULL))
    return G_SOURCE_CONTINUE;

  if (version != self->data_version)
    {
      self->data_version = version;
      g_signal_emit_by_name (self, "external-change");
    }

  return G_SOURCE_CONTINUE;
}

/**
 * lc_store_watch:
 * @self: a store
 *
 * Starts looking, from the calling thread's main context, for changes other
 * connections commit to the library; #LcStore::external-change tells of
 * them. Calls nest: each needs an lc_store_unwatch().
 */
void
lc_store_watch (LcStore *self)
{
  g_return_if_fail (LC_IS_STORE (self));

  if (self->watch_count++ > 0)
    return;

  lc_store_query_int (self, "PRAGMA data_version", &self->data_version, NULL);
  self->watch_source = g_timeout_source_new (LC_STORE_WATCH_INTERVAL_MS);
  g_source_set_callback (self->watch_source, poll_data_version, self, NULL);
  g_source_set_static_name (self->watch_source, "[learning-cities] watch the library");
  g_source_attach (self->watch_source, g_main_context_get_thread_default ());
}

/**
 * lc_store_unwatch:
 * @self: a store
 *
 * Undoes one lc_store_watch().
 */
void
lc_store_unwatch (LcStore *self)
{
  g_return_if_fail (LC_IS_STORE (self));
  g_return_if_fail (self->watch_count > 0);

  if (--self->watch_count > 0)
    return;

  g_source_destroy (self->watch_source);
  g_clear_pointer (&self->watch_source, g_source_unref);
}

/**
 * lc_store_add_pending:
 * @self: a store
 * @record: an edit that waits for the library
 *
 * Notes an edit that another process's lock keeps from being written, and
 * emits #LcStore::pending-change so views show it meanwhile.
 */
void
lc_store_add_pending (LcStore  *self,
                      LcRecord *record)
{
  g_ptr_array_add (self->pending, g_object_ref (record));
  g_signal_emit_by_name (self, "pending-change", record);
}

/**
 * lc_store_remove_pending:
 * @self: a store
 * @record: an edit given to lc_store_add_pending(), written or dropped
 */
void
lc_store_remove_pending (LcStore  *self,
                         LcRecord *record)
{
  g_ptr_array_remove (self->pending, record);
}

/**
 * lc_store_get_pending:
 * @self: a store
 *
 * Returns: (transfer none) (element-type LcRecord): the edits that wait,
 *   oldest first: a view that reads the library again shows them on top
 */
GPtrArray *
lc_store_get_pending (LcStore *self)
{
  return self->pending;
}

/**
 * lc_store_get_change_serial:
 * @self: a store
 *
 * Counts the changes made through this store (each #LcStore::changed): a
 * reload that started before one must start again, or it would bring back
 * the library as it was before the change.
 *
 * Returns: the number of changes so far
 */
guint64
lc_store_get_change_serial (LcStore *self)
{
  return self->change_serial;
}
