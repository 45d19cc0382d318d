/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-convention-model-private.h"
#include "lc-error.h"

/* Another process (the command line, a second window) changed the library:
 * read the convention again in a worker, with its own connection, and
 * bring the lists in step. The objects views hold stay the same: a changed
 * record takes its new values (and what the store now holds, so the next
 * edit writes only what the user changes), a new one is inserted in its
 * place, a gone one removed. A change this process made while the worker
 * read would be undone by its result, so then it reads again. */

typedef struct
{
  LcConventionModel *self;   /* a weak pointer: the model may go first */
  guint64            serial; /* the store's changes when the read began */
} Reload;

static void
reload_free (Reload *reload)
{
  g_clear_weak_pointer (&reload->self);
  g_free (reload);
}

/* One list brought in step with what was read. */
static gboolean
update_list (LcConventionModel *self,
             int                list,
             GListStore        *fresh)
{
  GListModel *known = G_LIST_MODEL (self->lists[list]);
  g_autoptr(GHashTable) now = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) gone = g_ptr_array_new_with_free_func (g_object_unref);
  GCompareDataFunc order = lc_convention_model_list_order (list);
  gboolean changed = FALSE;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fresh));

  for (guint i = 0; i < n; i++)
    {
      LcRecord *record = g_list_model_get_item (G_LIST_MODEL (fresh), i);
      gint64 id = lc_record_get_id (record);
      LcRecord *mine = g_hash_table_lookup (self->index[list], &id);

      g_hash_table_add (now, g_memdup2 (&id, sizeof id));
      if (mine == NULL)
        {
          g_list_store_insert_sorted (self->lists[list], record, order, NULL);
          lc_convention_model_index_add (self, list, record);
          changed = TRUE;
        }
      else if (!lc_record_equal (mine, record))
        {
          /* Moved, perhaps: in its place again over the rows it passed. */
          lc_convention_model_assign_in_place (self, list, mine, record);
          changed = TRUE;
        }
      else
        {
          /* Same values: what the store holds is known again all the same. */
          lc_record_set_stored (mine);
        }
      g_object_unref (record);
    }

  for (guint i = 0; i < g_list_model_get_n_items (known); i++)
    {
      LcRecord *record = g_list_model_get_item (known, i);
      gint64 id = lc_record_get_id (record);

      if (!g_hash_table_contains (now, &id))
        g_ptr_array_add (gone, record);
      else
        g_object_unref (record);
    }
  for (guint i = 0; i < gone->len; i++)
    lc_convention_model_remove_record (self, list, g_ptr_array_index (gone, i));

  return changed || gone->len > 0;
}

static void
on_reloaded (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Reload *reload = user_data;
  LcConventionModel *self = reload->self;
  LoadData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean changed = FALSE;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (self != NULL && g_error_matches (error, LC_ERROR, LC_ERROR_NOT_FOUND))
        {
          g_clear_object (&self->reload_cancellable);
          lc_convention_model_emit_deleted (self);
        }
      else if (self != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* Busy or unreadable for a moment: the next change tries again. */
          g_debug ("The convention could not be read again: %s", error->message);
          g_clear_object (&self->reload_cancellable);
        }
      reload_free (reload);
      return;
    }
  if (self == NULL)
    {
      reload_free (reload);
      return;
    }

  g_clear_object (&self->reload_cancellable);
  if (reload->serial != lc_store_get_change_serial (self->store))
    self->reload_again = TRUE;
  else
    {
      if (!lc_record_equal (LC_RECORD (self->convention), data->convention))
        {
          lc_record_assign (LC_RECORD (self->convention), data->convention);
          changed = TRUE;
        }
      for (int i = 0; i < N_LISTS; i++)
        changed |= update_list (self, i, data->lists[i]);
      /* Edits still waiting for the library show on top of what it holds. */
      for (guint i = 0; i < lc_store_get_pending (self->store)->len; i++)
        g_signal_emit_by_name (self->store, "pending-change",
                               g_ptr_array_index (lc_store_get_pending (self->store), i));
      if (changed)
        {
          lc_convention_model_forget_participations (self);
          lc_convention_model_invalidate_languages (self);
          lc_convention_model_invalidate_conflicts (self);
        }
    }

  if (self->reload_again)
    lc_convention_model_reload (self);
  reload_free (reload);
}

/**
 * lc_convention_model_reload:
 * @self: a convention model
 *
 * Reads the convention again, in a worker thread, and brings the lists in
 * step with the library. Called when another connection changed it; a call
 * while a reload is under way makes it read once more when it ends.
 */
void
lc_convention_model_reload (LcConventionModel *self)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;
  Reload *reload;

  if (self->reload_cancellable != NULL)
    {
      self->reload_again = TRUE;
      return;
    }

  self->reload_again = FALSE;
  self->reload_cancellable = g_cancellable_new ();
  reload = g_new0 (Reload, 1);
  g_set_weak_pointer (&reload->self, self);
  reload->serial = lc_store_get_change_serial (self->store);

  data = g_new0 (LoadData, 1);
  data->path = g_strdup (lc_store_get_path (self->store));
  data->id = self->id;

  task = g_task_new (NULL, self->reload_cancellable, on_reloaded, reload);
  g_task_set_task_data (task, data, (GDestroyNotify) lc_convention_model_load_data_free);
  g_task_set_source_tag (task, lc_convention_model_reload);
  g_task_run_in_thread (task, lc_convention_model_load_thread);
}
