/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include "lc-error.h"
#include "lc-tracks.h"
#include "lc-organisation.h"
#include "lc-undo-private.h"

/* The undo history: one class whose steps, open group and labels are its
 * private state. Why this file is longer than the guide's ~800 lines: every
 * edit (insert, update, delete, groups) and undo or redo changes that same
 * state; what could live apart already does: the changes themselves in
 * lc-undo-changes.c, edits waiting for the library in lc-undo-queue.c. */

typedef struct
{
  char      *label;
  GPtrArray *changes;       /* LcUndoChange*, in the order they were made */
} Step;

struct _LcUndoStack
{
  GObject     parent_instance;

  LcStore    *store;
  GPtrArray  *undo;         /* Step*, the next to undo last */
  GPtrArray  *redo;         /* Step*, the next to redo last */
  Step       *group;        /* the open group, if any */
  guint       group_depth;

  LcUndoSchema *schema;     /* what a deletion takes with it */

  gboolean    can_undo;
  gboolean    can_redo;
  char       *undo_label;
  char       *redo_label;

  LcUndoQueue *queue;       /* edits waiting for the library (lc-undo-queue.c) */
  GHashTable  *images;      /* images the steps name, kept (lc-undo-images.c) */
};

G_DEFINE_FINAL_TYPE (LcUndoStack, lc_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  WRITE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
step_free (gpointer data)
{
  Step *step = data;

  g_free (step->label);
  g_ptr_array_unref (step->changes);
  g_free (step);
}

static Step *
step_new (const char *label)
{
  Step *step = g_new0 (Step, 1);

  /* Translators: the name of an edit that came without one, as in “Undo Change” */
  step->label = g_strdup (label ? label : _("Change"));
  step->changes = g_ptr_array_new_with_free_func (lc_undo_change_free);
  return step;
}

static void
update_state (LcUndoStack *self)
{
  gboolean can_undo = self->undo->len > 0 && self->group == NULL;
  gboolean can_redo = self->redo->len > 0 && self->group == NULL;
  g_autofree char *undo_label = NULL;
  g_autofree char *redo_label = NULL;

  if (can_undo)
    /* Translators: a menu item and toast button; %s is an edit, such as “Delete Item” */
    undo_label = g_strdup_printf (_("Undo %s"),
                                  ((Step *) g_ptr_array_index (self->undo, self->undo->len - 1))->label);
  else
    undo_label = g_strdup (_("Undo"));

  if (can_redo)
    /* Translators: a menu item; %s is an edit, such as “Delete Item” */
    redo_label = g_strdup_printf (_("Redo %s"),
                                  ((Step *) g_ptr_array_index (self->redo, self->redo->len - 1))->label);
  else
    redo_label = g_strdup (_("Redo"));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->can_undo != can_undo)
    {
      self->can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (self->can_redo != can_redo)
    {
      self->can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
  if (g_strcmp0 (self->undo_label, undo_label) != 0)
    {
      g_free (self->undo_label);
      self->undo_label = g_steal_pointer (&undo_label);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
    }
  if (g_strcmp0 (self->redo_label, redo_label) != 0)
    {
      g_free (self->redo_label);
      self->redo_label = g_steal_pointer (&redo_label);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* Takes @changes. A new edit makes what could be redone meaningless. */
static void
record_changes (LcUndoStack *self,
                const char  *label,
                GPtrArray   *changes)
{
  Step *step;

  if (changes->len == 0)
    {
      g_ptr_array_unref (changes);
      return;
    }

  g_ptr_array_set_size (self->redo, 0);
  lc_undo_images_keep (self->store, self->images, changes);

  if (self->group != NULL)
    {
      g_ptr_array_extend_and_steal (self->group->changes, changes);
    }
  else
    {
      step = step_new (label);
      g_ptr_array_extend_and_steal (step->changes, changes);
      g_ptr_array_add (self->undo, step);
    }

  update_state (self);
}

/* Failures that can never go away: the step no longer fits the data. */
static gboolean
is_stale (const GError *error)
{
  return g_error_matches (error, LC_ERROR, LC_ERROR_NOT_FOUND)
         || g_error_matches (error, LC_ERROR, LC_ERROR_CONSTRAINT)
         || g_error_matches (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
}

static void
lc_undo_stack_dispose (GObject *object)
{
  LcUndoStack *self = LC_UNDO_STACK (object);

  /* Writes what is still queued before the store goes. */
  g_clear_pointer (&self->queue, lc_undo_queue_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lc_undo_stack_parent_class)->dispose (object);
}

static void
lc_undo_stack_finalize (GObject *object)
{
  LcUndoStack *self = LC_UNDO_STACK (object);

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->group, step_free);
  g_clear_pointer (&self->schema, lc_undo_schema_free);
  g_clear_pointer (&self->images, g_hash_table_unref);
  g_free (self->undo_label);
  g_free (self->redo_label);

  G_OBJECT_CLASS (lc_undo_stack_parent_class)->finalize (object);
}

static void
lc_undo_stack_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LcUndoStack *self = LC_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->can_undo);
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->can_redo);
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, self->undo_label);
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, self->redo_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_undo_stack_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LcUndoStack *self = LC_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      self->schema = lc_undo_schema_new (self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_undo_stack_class_init (LcUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lc_undo_stack_dispose;
  object_class->finalize = lc_undo_stack_finalize;
  object_class->get_property = lc_undo_stack_get_property;
  object_class->set_property = lc_undo_stack_set_property;

  /**
   * LcUndoStack:store:
   *
   * The store whose edits are undone.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * LcUndoStack:can-undo:
   *
   * Whether lc_undo_stack_undo() has a step to undo; bind an action's
   * enabled state to it.
   */
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * LcUndoStack:can-redo:
   *
   * Whether lc_undo_stack_redo() has a step to redo.
   */
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * LcUndoStack:undo-label:
   *
   * The translated menu text, such as “Undo Delete Item”, or “Undo”.
   */
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * LcUndoStack:redo-label:
   *
   * The translated menu text, such as “Redo Delete Item”, or “Redo”.
   */
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LcUndoStack::write-failed:
   * @self: the stack
   * @error: why
   *
   * Emitted when an edit that waited for the library (another process held
   * it) could not be written after all, for instance because its row was
   * deleted meanwhile. The views already show the row as it is stored.
   */
  signals[WRITE_FAILED] =
    g_signal_new ("write-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);

  /* The record classes must be registered for their references to be found. */
  g_type_ensure (LC_TYPE_CONVENTION);
  g_type_ensure (LC_TYPE_ROOM);
  g_type_ensure (LC_TYPE_TRACK);
  g_type_ensure (LC_TYPE_CITY);
  g_type_ensure (LC_TYPE_PERSON);
  g_type_ensure (LC_TYPE_ITEM);
  g_type_ensure (LC_TYPE_PARTICIPATION);
  g_type_ensure (LC_TYPE_ORGANISATION);
}

static void
lc_undo_stack_init (LcUndoStack *self)
{
  self->undo = g_ptr_array_new_with_free_func (step_free);
  self->redo = g_ptr_array_new_with_free_func (step_free);
  self->undo_label = g_strdup (_("Undo"));
  self->redo_label = g_strdup (_("Redo"));
  self->queue = lc_undo_queue_new (self);
  self->images = lc_undo_images_new ();
}

/**
 * lc_undo_stack_new:
 * @store: the store whose edits are undone
 *
 * Returns: (transfer full): an empty history of edits
 */
LcUndoStack *
lc_undo_stack_new (LcStore *store)
{
  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  return g_object_new (LC_TYPE_UNDO_STACK, "store", store, NULL);
}

/**
 * lc_undo_stack_get_store:
 * @self: an undo stack
 *
 * Returns: (transfer none): its store
 */
LcStore *
lc_undo_stack_get_store (LcUndoStack *self)
{
  g_return_val_if_fail (LC_IS_UNDO_STACK (self), NULL);

  return self->store;
}

/**
 * lc_undo_stack_record_applied:
 * @self: an undo history
 * @label: (nullable): what the changes were, such as “Import Speakers”
 * @changes: (transfer full): changes already committed to the library by
 *   another connection (a worker's), as lc_import_plan_take_changes()
 *   gives them
 *
 * Makes @changes one step of the history, so they can be undone like an
 * edit made here, and tells this history's store's listeners (the open
 * convention's lists) about each, since they did not see them happen.
 */
void
lc_undo_stack_record_applied (LcUndoStack *self,
                              const char  *label,
                              GPtrArray   *changes)
{
  g_return_if_fail (LC_IS_UNDO_STACK (self));
  g_return_if_fail (changes != NULL);

  lc_undo_announce (self->schema, changes);
  record_changes (self, label, changes);
}

/**
 * lc_undo_stack_insert:
 * @self: an undo stack
 * @record: a new record (its id is used when set, as lc_store_insert() does)
 * @label: (nullable): the edit's name for the Undo menu, translated, such
 *   as “Add Item”; ignored inside a group
 * @error: return location for a #GError
 *
 * Stores @record as a new row and sets its id; undoing deletes the row.
 *
 * Returns: %TRUE on success; on failure nothing is stored or remembered
 */
gboolean
lc_undo_stack_insert (LcUndoStack  *self,
                      LcRecord     *record,
                      const char   *label,
                      GError      **error)
{
  g_autoptr(LcRecord) after = NULL;
  GPtrArray *changes;
  gint64 old_id;

  g_return_val_if_fail (LC_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (LC_IS_RECORD (record), FALSE);

  /* After the edits that wait, or not at all while they must wait. */
  if (!lc_undo_queue_flush (self->queue, error))
    return FALSE;

  old_id = lc_record_get_id (record);
  if (!lc_store_begin (self->store, error))
    return FALSE;
  if (!lc_store_insert (self->store, record, error))
    {
      lc_store_rollback (self->store);
      return FALSE;
    }

  /* Remember the row as stored, which is what undoing will compare with. */
  after = lc_store_get (self->store, G_OBJECT_TYPE (record), lc_record_get_id (record), error);
  if (after == NULL)
    lc_store_rollback (self->store);
  if (after == NULL || !lc_store_commit (self->store, error))
    {
      g_signal_emit_by_name (self->store, "changed", G_OBJECT_TYPE (record),
                             lc_record_get_id (record), LC_CHANGE_DELETED);
      lc_record_set_id (record, old_id);
      return FALSE;
    }

  changes = g_ptr_array_new_with_free_func (lc_undo_change_free);
  g_ptr_array_add (changes, lc_undo_change_new (NULL, after));
  record_changes (self, label, changes);
  return TRUE;
}

/* lc_undo_stack_update () without the queue. */
gboolean
lc_undo_stack_update_now (LcUndoStack  *self,
                          LcRecord     *record,
                          const char   *label,
                          GError      **error)
{
  g_autoptr(LcRecord) before = NULL;
  g_autoptr(LcRecord) after = NULL;
  GType type;
  gint64 id;
  GPtrArray *changes;

  g_return_val_if_fail (LC_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (LC_IS_RECORD (record), FALSE);

  type = G_OBJECT_TYPE (record);
  id = lc_record_get_id (record);
  if (!lc_store_begin (self->store, error))
    return FALSE;

  before = lc_store_get (self->store, type, id, error);
  if (before == NULL || !lc_store_update (self->store, record, error))
    {
      lc_store_rollback (self->store);
      return FALSE;
    }

  after = lc_store_get (self->store, type, id, error);
  if (after == NULL)
    lc_store_rollback (self->store);
  if (after == NULL || !lc_store_commit (self->store, error))
    {
      g_signal_emit_by_name (self->store, "changed", type, id, LC_CHANGE_UPDATED);
      return FALSE;
    }

  if (lc_record_equal (before, after))
    return TRUE;

  changes = g_ptr_array_new_with_free_func (lc_undo_change_free);
  g_ptr_array_add (changes, lc_undo_change_new (before, after));
  record_changes (self, label, changes);
  return TRUE;
}

/**
 * lc_undo_stack_update:
 * @self: an undo stack
 * @record: a stored record with its new values
 * @label: (nullable): the edit's name for the Undo menu, translated
 * @error: return location for a #GError
 *
 * Reads the row as it is, then writes @record over it; undoing writes the
 * old values back. Writing values equal to the stored ones remembers nothing.
 *
 * While another process holds the library (%LC_ERROR_BUSY), an edit made
 * outside a group is not refused and not waited for: it is queued, shown at
 * once (#LcStore::pending-change) and written, with its undo step, as soon
 * as the library is free; #LcUndoStack::write-failed says when it could not
 * be written after all.
 *
 * Returns: %TRUE on success (stored, or queued); on failure nothing is
 *   changed or remembered
 */
gboolean
lc_undo_stack_update (LcUndoStack  *self,
                      LcRecord     *record,
                      const char   *label,
                      GError      **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (LC_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (LC_IS_RECORD (record), FALSE);

  /* Edits are written in the order they were made: after those waiting,
   * or (in a group, which cannot wait) not at all while they must wait. */
  if (lc_undo_queue_get_length (self->queue) > 0 && !lc_undo_queue_flush (self->queue, &local_error))
    {
      if (self->group != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      lc_undo_queue_push (self->queue, record, label);
      return TRUE;
    }

  if (lc_undo_stack_update_now (self, record, label, &local_error))
    return TRUE;

  if (self->group == NULL && g_error_matches (local_error, LC_ERROR, LC_ERROR_BUSY))
    {
      lc_undo_queue_push (self->queue, record, label);
      return TRUE;
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/**
 * lc_undo_stack_get_n_pending:
 * @self: an undo stack
 *
 * Returns: how many edits wait for the library (see lc_undo_stack_update())
 */
guint
lc_undo_stack_get_n_pending (LcUndoStack *self)
{
  g_return_val_if_fail (LC_IS_UNDO_STACK (self), 0);

  return lc_undo_queue_get_length (self->queue);
}


/**
 * lc_undo_stack_delete:
 * @self: an undo stack
 * @record: a stored record
 * @label: (nullable): the edit's name for the Undo menu, translated
 * @error: return location for a #GError
 *
 * Deletes @record's row with the rows that depend on it, in one
 * transaction; undoing brings them all back with their ids.
 *
 * Returns: %TRUE on success; on failure nothing is deleted or remembered
 */
gboolean
lc_undo_stack_delete (LcUndoStack  *self,
                      LcRecord     *record,
                      const char   *label,
                      GError      **error)
{
  g_autoptr(LcRecord) row = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (LC_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (LC_IS_RECORD (record), FALSE);

  if (!lc_undo_queue_flush (self->queue, error))
    return FALSE;

  if (!lc_store_begin (self->store, error))
    return FALSE;

  /* The row as stored, not as @record may have been edited since. */
  row = lc_store_get (self->store, G_OBJECT_TYPE (record), lc_record_get_id (record), error);
  if (row != NULL)
    changes = lc_undo_collect_deletion (self->schema, row, error);
  if (changes == NULL || !lc_undo_apply_changes (self->schema, changes, TRUE, error))
    {
      lc_store_rollback (self->store);
      return FALSE;
    }
  if (!lc_store_commit (self->store, error))
    {
      lc_undo_announce_rollback (self->schema, changes, TRUE);
      return FALSE;
    }

  record_changes (self, label, g_steal_pointer (&changes));
  return TRUE;
}

/**
 * lc_undo_stack_begin_group:
 * @self: an undo stack
 * @label: (nullable): the name of the whole edit, translated, such as
 *   “Move Item”
 *
 * Makes the edits until the matching lc_undo_stack_end_group() one step.
 * Groups nest; only the outermost counts. Each edit is still stored at
 * once. Undo and redo wait until the group ends.
 */
void
lc_undo_stack_begin_group (LcUndoStack *self,
                           const char  *label)
{
  g_return_if_fail (LC_IS_UNDO_STACK (self));

  if (self->group_depth++ > 0)
    return;

  self->group = step_new (label);
  update_state (self);
}

/**
 * lc_undo_stack_end_group:
 * @self: an undo stack
 *
 * Ends a group. A group in which nothing changed leaves no step.
 */
void
lc_undo_stack_end_group (LcUndoStack *self)
{
  Step *step;

  g_return_if_fail (LC_IS_UNDO_STACK (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  step = g_steal_pointer (&self->group);
  if (step->changes->len > 0)
    g_ptr_array_add (self->undo, step);
  else
    step_free (step);
  update_state (self);
}

static gboolean
move_step (LcUndoStack  *self,
           GPtrArray    *from,
           GPtrArray    *to,
           gboolean      forward,
           GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  Step *step;

  g_return_val_if_fail (self->group == NULL, FALSE);

  if (from->len == 0)
    {
      g_set_error_literal (error, LC_ERROR, LC_ERROR_NOT_FOUND,
                           forward ? _("There is nothing to redo.") : _("There is nothing to undo."));
      return FALSE;
    }

  step = g_ptr_array_steal_index (from, from->len - 1);
  /* Images another process dropped meanwhile come back first. */
  if (lc_undo_images_restore (self->store, self->images, step->changes, forward, &local_error)
      && lc_undo_apply_changes (self->schema, step->changes, forward, &local_error))
    {
      g_ptr_array_add (to, step);
      update_state (self);
      return TRUE;
    }

  if (is_stale (local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  forward
                                  /* Translators: %s is an edit, such as “Delete Item” */
                                  ? _("“%s” could not be redone, and was removed from the history. ")
                                  /* Translators: %s is an edit, such as “Delete Item” */
                                  : _("“%s” could not be undone, and was removed from the history. "),
                                  step->label);
      step_free (step);
    }
  else
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  forward
                                  /* Translators: %s is an edit, such as “Delete Item” */
                                  ? _("“%s” could not be redone. ")
                                  /* Translators: %s is an edit, such as “Delete Item” */
                                  : _("“%s” could not be undone. "),
                                  step->label);
      g_ptr_array_add (from, step);
    }

  update_state (self);
  return FALSE;
}

/**
 * lc_undo_stack_undo:
 * @self: an undo stack
 * @error: return location for a #GError
 *
 * Undoes the last step, in one transaction (see lc-undo.h for failures).
 *
 * Returns: %TRUE on success
 */
gboolean
lc_undo_stack_undo (LcUndoStack  *self,
                    GError      **error)
{
  g_return_val_if_fail (LC_IS_UNDO_STACK (self), FALSE);

  /* What waits is the last edit: it must be written before it is undone. */
  if (!lc_undo_queue_flush (self->queue, error))
    return FALSE;

  return move_step (self, self->undo, self->redo, FALSE, error);
}

/**
 * lc_undo_stack_redo:
 * @self: an undo stack
 * @error: return location for a #GError
 *
 * Makes the last undone step again, in one transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_undo_stack_redo (LcUndoStack  *self,
                    GError      **error)
{
  g_return_val_if_fail (LC_IS_UNDO_STACK (self), FALSE);

  if (!lc_undo_queue_flush (self->queue, error))
    return FALSE;

  return move_step (self, self->redo, self->undo, TRUE, error);
}

/**
 * lc_undo_stack_clear:
 * @self: an undo stack
 *
 * Forgets every step, for example when another library is opened.
 */
void
lc_undo_stack_clear (LcUndoStack *self)
{
  g_return_if_fail (LC_IS_UNDO_STACK (self));

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  g_hash_table_remove_all (self->images);
  update_state (self);
}

/**
 * lc_undo_stack_get_can_undo:
 * @self: an undo stack
 *
 * Returns: whether there is a step to undo (never while a group is open)
 */
gboolean
lc_undo_stack_get_can_undo (LcUndoStack *self)
{
  g_return_val_if_fail (LC_IS_UNDO_STACK (self), FALSE);

  return self->can_undo;
}

/**
 * lc_undo_stack_get_can_redo:
 * @self: an undo stack
 *
 * Returns: whether there is an undone step to redo
 */
gboolean
lc_undo_stack_get_can_redo (LcUndoStack *self)
{
  g_return_val_if_fail (LC_IS_UNDO_STACK (self), FALSE);

  return self->can_redo;
}

/**
 * lc_undo_stack_get_undo_label:
 * @self: an undo stack
 *
 * Returns: (transfer none): the text for the Undo menu item, such as
 *   “Undo Delete Item”, or “Undo” when there is nothing to undo
 */
const char *
lc_undo_stack_get_undo_label (LcUndoStack *self)
{
  g_return_val_if_fail (LC_IS_UNDO_STACK (self), NULL);

  return self->undo_label;
}

/**
 * lc_undo_stack_get_redo_label:
 * @self: an undo stack
 *
 * Returns: (transfer none): the text for the Redo menu item
 */
const char *
lc_undo_stack_get_redo_label (LcUndoStack *self)
{
  g_return_val_if_fail (LC_IS_UNDO_STACK (self), NULL);

  return self->redo_label;
}

/**
 * lc_undo_stack_get_n_undo:
 * @self: an undo stack
 *
 * Returns: how many steps can be undone
 */
guint
lc_undo_stack_get_n_undo (LcUndoStack *self)
{
  g_return_val_if_fail (LC_IS_UNDO_STACK (self), 0);

  return self->undo->len;
}

/**
 * lc_undo_stack_get_n_redo:
 * @self: an undo stack
 *
 * Returns: how many steps can be redone
 */
guint
lc_undo_stack_get_n_redo (LcUndoStack *self)
{
  g_return_val_if_fail (LC_IS_UNDO_STACK (self), 0);

  return self->redo->len;
}
