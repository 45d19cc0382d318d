/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-convention-model-private.h"
#include "lc-error.h"
#include "lc-search.h"
#include "lc-places.h"
#include "lc-tracks.h"

/*
 * One open convention, in memory: every list a view shows, kept in step
 * with the store through its "changed" signal, plus lookups by id and the
 * conflicts. Views bind to the lists; they never query SQLite themselves.
 */

G_DEFINE_FINAL_TYPE (LcConventionModel, lc_convention_model, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CONVENTION,
  N_PROPS
};

enum {
  CONFLICTS_CHANGED,
  DELETED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GType
lc_convention_model_list_type (int list)
{
  switch (list)
    {
    case ROOMS: return LC_TYPE_ROOM;
    case TRACKS: return LC_TYPE_TRACK;
    case PLACES: return LC_TYPE_PLACE;
    case CITIES: return LC_TYPE_CITY;
    case PEOPLE: return LC_TYPE_PERSON;
    case ITEMS: return LC_TYPE_ITEM;
    case PARTICIPATIONS: return LC_TYPE_PARTICIPATION;
    default: g_return_val_if_reached (G_TYPE_INVALID);
    }
}

static int
list_for_type (GType type)
{
  for (int i = 0; i < N_LISTS; i++)
    if (lc_convention_model_list_type (i) == type)
      return i;

  return -1;
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  LcRecord *x = (LcRecord *) a, *y = (LcRecord *) b;
  int c = strcmp (lc_record_get_string (x, "day"), lc_record_get_string (y, "day"));

  if (c == 0)
    c = (int) (lc_record_get_int (x, "start-minute") - lc_record_get_int (y, "start-minute"));
  if (c == 0)
    c = (int) (lc_record_get_int (x, "end-minute") - lc_record_get_int (y, "end-minute"));
  if (c == 0)
    c = (lc_record_get_id (x) > lc_record_get_id (y)) - (lc_record_get_id (x) < lc_record_get_id (y));

  return c;
}

static int
compare_participations (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  LcRecord *x = (LcRecord *) a, *y = (LcRecord *) b;
  gint64 c = lc_record_get_int (x, "item-id") - lc_record_get_int (y, "item-id");

  if (c == 0)
    c = lc_record_get_int (x, "position") - lc_record_get_int (y, "position");
  if (c == 0)
    c = lc_record_get_id (x) - lc_record_get_id (y);

  return (c > 0) - (c < 0);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  gint64 x = lc_record_get_id ((LcRecord *) a), y = lc_record_get_id ((LcRecord *) b);

  return (x > y) - (x < y);
}

static int
compare_rooms (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  gint64 c = lc_record_get_int ((LcRecord *) a, "position") - lc_record_get_int ((LcRecord *) b, "position");

  return c ? (c > 0) - (c < 0) : compare_ids (a, b, NULL);
}

static int
compare_cities (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  /* Arab region first, as the SQL order "arab_region DESC, id". */
  gint64 c = lc_record_get_int ((LcRecord *) b, "arab-region") - lc_record_get_int ((LcRecord *) a, "arab-region");

  return c ? (c > 0) - (c < 0) : compare_ids (a, b, NULL);
}

/* The same order as each class's SQL order_by, so loaded lists need no sort. */
GCompareDataFunc
lc_convention_model_list_order (int list)
{
  switch (list)
    {
    case ROOMS:
    case TRACKS:
    case PLACES:
      return compare_rooms;
    case CITIES: return compare_cities;
    case ITEMS: return compare_items;
    case PARTICIPATIONS: return compare_participations;
    default: return compare_ids;
    }
}

void
lc_convention_model_index_add (LcConventionModel *self,
                               int                list,
                               LcRecord          *record)
{
  gint64 id = lc_record_get_id (record);

  g_hash_table_insert (self->index[list], g_memdup2 (&id, sizeof id), record);
}

/* The participations by item and by person are built again on the next
 * question after any change to the participations. */
void
lc_convention_model_forget_participations (LcConventionModel *self)
{
  g_clear_pointer (&self->by_item, g_hash_table_unref);
  g_clear_pointer (&self->by_person, g_hash_table_unref);
}

static void
on_participations_changed (GListModel        *list,
                           guint              position,
                           guint              removed,
                           guint              added,
                           LcConventionModel *self)
{
  lc_convention_model_forget_participations (self);
}

static gboolean
emit_conflicts_changed (gpointer data)
{
  LcConventionModel *self = data;

  self->conflicts_idle = 0;
  g_signal_emit (self, signals[CONFLICTS_CHANGED], 0);
  return G_SOURCE_REMOVE;
}

/* Some conflicts are stale: views ask for them again. */
void
lc_convention_model_conflicts_changed (LcConventionModel *self)
{
  self->conflicts_dirty = TRUE;
  if (self->conflicts_idle == 0)
    /* High priority: views show conflicts right after the edit that made them. */
    self->conflicts_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, emit_conflicts_changed, self, NULL);
}

/* Every day's conflicts are stale. */
void
lc_convention_model_invalidate_conflicts (LcConventionModel *self)
{
  self->conflicts_all_stale = TRUE;
  lc_convention_model_conflicts_changed (self);
}

/* The conflicts a change to @record (of @list) can change are stale: an
 * item's day, the day of the item a person takes part in; a person's own
 * attendance counts wherever they take part. */
static void
conflicts_stale_for (LcConventionModel *self,
                     int                list,
                     LcRecord          *record)
{
  if (list == ITEMS)
    lc_convention_model_invalidate_day (self, record);
  else if (list == PARTICIPATIONS)
    lc_convention_model_invalidate_item_day (self, lc_record_get_int (record, "item-id"));
  else if (list == PEOPLE || list == ROOMS)
    /* A room's capacity decides the warning of a room too small. */
    lc_convention_model_invalidate_conflicts (self);
}

void
lc_convention_model_remove_record (LcConventionModel *self,
                                   int                list,
                                   LcRecord          *record)
{
  guint position;
  gint64 id = lc_record_get_id (record);

  g_object_ref (record);
  g_hash_table_remove (self->index[list], &id);
  g_hash_table_remove (self->unplaced, record);
  if (lc_convention_model_list_position (self, list, record, &position))
    {
      g_hash_table_remove (self->positions[list], record);
      g_list_store_remove (self->lists[list], position);
    }
  g_object_unref (record);
}

/* What the database did on its own when a row went: cascades and SET NULLs. */
static void
follow_cascades (LcConventionModel *self,
                 int                list,
                 gint64             id)
{
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *participations = G_LIST_MODEL (self->lists[PARTICIPATIONS]);

  if (list == ITEMS || list == PEOPLE)
    {
      const char *column = list == ITEMS ? "item-id" : "person-id";

      for (guint i = 0; i < g_list_model_get_n_items (participations); i++)
        {
          LcRecord *p = g_list_model_get_item (participations, i);

          if (lc_record_get_int (p, column) == id)
            g_ptr_array_add (doomed, p);
          else
            g_object_unref (p);
        }
      for (guint i = 0; i < doomed->len; i++)
        lc_convention_model_remove_record (self, PARTICIPATIONS, g_ptr_array_index (doomed, i));
    }
  else if (list == ROOMS || list == TRACKS || list == PLACES || list == CITIES)
    {
      GListModel *owners = G_LIST_MODEL (self->lists[list == CITIES ? PEOPLE : ITEMS]);
      const char *column = list == ROOMS ? "room-id" : list == TRACKS ? "track-id"
                           : list == PLACES ? "place-id" : "city-id";

      for (guint i = 0; i < g_list_model_get_n_items (owners); i++)
        {
          g_autoptr(LcRecord) r = g_list_model_get_item (owners, i);

          if (lc_record_get_int (r, column) == id)
            lc_record_set_int (r, column, 0);
        }
    }
}

static gboolean
belongs_here (LcConventionModel *self,
              LcRecord          *record)
{
  if (LC_IS_PARTICIPATION (record))
    return lc_convention_model_lookup (self, LC_TYPE_ITEM, lc_record_get_int (record, "item-id")) != NULL;

  return lc_record_get_int (record, "convention-id") == self->id;
}

/* An edit waits for the library: show it now (it is written later). */
static void
on_pending_change (LcStore           *store,
                   LcRecord          *record,
                   LcConventionModel *self)
{
  LcRecord *known;

  if (LC_IS_CONVENTION (record))
    known = lc_record_get_id (record) == self->id ? LC_RECORD (self->convention) : NULL;
  else if (list_for_type (G_OBJECT_TYPE (record)) >= 0)
    known = lc_convention_model_lookup (self, G_OBJECT_TYPE (record), lc_record_get_id (record));
  else
    known = NULL;

  if (known != NULL && LC_IS_CONVENTION (known))
    {
      lc_record_assign_values (known, record);
      lc_convention_model_invalidate_conflicts (self);
    }
  else if (known != NULL)
    {
      int list = list_for_type (G_OBJECT_TYPE (record));

      /* As it was and as it is: an item moved to another day. */
      conflicts_stale_for (self, list, known);
      /* Put in its place when the library has it (on_store_changed ()). */
      if (list == ITEMS && !g_hash_table_contains (self->unplaced, known))
        g_hash_table_add (self->unplaced, g_object_ref (known));
      lc_record_assign_values (known, record);
      conflicts_stale_for (self, list, known);
    }
}

/* The convention itself is gone from the library. */
void
lc_convention_model_emit_deleted (LcConventionModel *self)
{
  g_signal_emit (self, signals[DELETED], 0);
}

static void
on_store_changed (LcStore           *store,
                  GType              type,
                  gint64             id,
                  int                kind,
                  LcConventionModel *self)
{
  g_autoptr(LcRecord) fresh = NULL;
  g_autofree char *old_day = NULL;
  LcRecord *known;
  int list;

  if (type == LC_TYPE_CONVENTION)
    {
      if (id != self->id)
        return;
      if (kind == LC_CHANGE_DELETED)
        {
          lc_convention_model_emit_deleted (self);
          return;
        }
      fresh = lc_store_get (store, LC_TYPE_CONVENTION, id, NULL);
      if (fresh != NULL)
        lc_record_assign (LC_RECORD (self->convention), fresh);
      lc_convention_model_invalidate_languages (self);
      lc_convention_model_invalidate_conflicts (self);
      return;
    }

  list = list_for_type (type);
  if (list < 0)
    return;
  lc_convention_model_invalidate_languages (self);
  if (list == PARTICIPATIONS)
    lc_convention_model_forget_participations (self);

  known = lc_convention_model_lookup (self, type, id);

  if (kind == LC_CHANGE_DELETED)
    {
      if (known != NULL)
        {
          /* Before it goes: its day is known from it. Removing anything
           * else (a room, a city) may change items in their cascade. */
          if (list == ITEMS || list == PARTICIPATIONS)
            conflicts_stale_for (self, list, known);
          else
            lc_convention_model_invalidate_conflicts (self);
          lc_convention_model_remove_record (self, list, known);
          follow_cascades (self, list, id);
        }
      return;
    }

  fresh = lc_store_get (store, type, id, NULL);
  if (fresh == NULL || !belongs_here (self, fresh))
    return;

  if (known != NULL)
    {
      /* Update the object views already hold, then move it if its place
       * changed. An item's old day and its new are stale once it is in
       * the list again: views that follow the list ask for conflicts
       * meanwhile, and would compute them twice, once without it. */
      if (list == ITEMS)
        old_day = g_strdup (lc_record_get_string (known, "day"));
      else
        conflicts_stale_for (self, list, known);
      /* Replaced by itself, or moved over the rows between its old place
       * and its new: a removal then an insertion would make GTK 4.8's
       * list view bind every row after it again. */
      lc_convention_model_assign_in_place (self, list, known, fresh);
      if (old_day != NULL)
        lc_convention_model_invalidate_day_of (self, old_day, id);
      conflicts_stale_for (self, list, known);
    }
  else
    {
      g_list_store_insert_sorted (self->lists[list], fresh, lc_convention_model_list_order (list), NULL);
      lc_convention_model_index_add (self, list, fresh);
      conflicts_stale_for (self, list, fresh);
    }
}

static void
lc_convention_model_dispose (GObject *object)
{
  LcConventionModel *self = LC_CONVENTION_MODEL (object);

  g_clear_signal_handler (&self->changed_handler, self->store);
  g_clear_signal_handler (&self->pending_handler, self->store);
  if (self->external_handler != 0)
    {
      g_clear_signal_handler (&self->external_handler, self->store);
      lc_store_unwatch (self->store);
    }
  if (self->reload_cancellable != NULL)
    g_cancellable_cancel (self->reload_cancellable);
  g_clear_object (&self->reload_cancellable);
  g_clear_handle_id (&self->conflicts_idle, g_source_remove);
  lc_convention_model_forget_participations (self);
  lc_convention_model_positions_clear (self);

  G_OBJECT_CLASS (lc_convention_model_parent_class)->dispose (object);
}

static void
lc_convention_model_finalize (GObject *object)
{
  LcConventionModel *self = LC_CONVENTION_MODEL (object);

  for (int i = 0; i < N_LISTS; i++)
    {
      g_clear_pointer (&self->index[i], g_hash_table_unref);
      g_clear_object (&self->lists[i]);
    }
  g_clear_object (&self->conflicts);
  g_clear_pointer (&self->stale_days, g_hash_table_unref);
  g_clear_pointer (&self->stale_items, g_hash_table_unref);
  g_clear_pointer (&self->unplaced, g_hash_table_unref);
  g_clear_object (&self->convention);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lc_convention_model_parent_class)->finalize (object);
}

static void
lc_convention_model_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LcConventionModel *self = LC_CONVENTION_MODEL (object);

  switch (prop_id)
    {
    case PROP_CONVENTION:
      g_value_set_object (value, self->convention);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_convention_model_class_init (LcConventionModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lc_convention_model_dispose;
  object_class->finalize = lc_convention_model_finalize;
  object_class->get_property = lc_convention_model_get_property;

  properties[PROP_CONVENTION] =
    g_param_spec_object ("convention", NULL, NULL, LC_TYPE_CONVENTION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LcConventionModel::conflicts-changed:
   *
   * Emitted (from an idle) after a change that may change the conflicts.
   */
  signals[CONFLICTS_CHANGED] =
    g_signal_new ("conflicts-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * LcConventionModel::deleted:
   *
   * Emitted when the convention itself was deleted from the library.
   */
  signals[DELETED] =
    g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
lc_convention_model_init (LcConventionModel *self)
{
  for (int i = 0; i < N_LISTS; i++)
    {
      self->lists[i] = g_list_store_new (lc_convention_model_list_type (i));
      self->index[i] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
    }
  self->conflicts_dirty = TRUE;
  self->conflicts_all_stale = TRUE;
  self->stale_days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->stale_items = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->unplaced = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->languages_dirty = TRUE;
  lc_convention_model_positions_init (self);
  g_signal_connect_object (self->lists[PARTICIPATIONS], "items-changed",
                           G_CALLBACK (on_participations_changed), self, 0);
}

void
lc_convention_model_load_data_free (LoadData *data)
{
  g_free (data->path);
  g_clear_pointer (&data->by_item, g_hash_table_unref);
  g_clear_pointer (&data->item_positions, g_hash_table_unref);
  g_clear_object (&data->convention);
  for (int i = 0; i < N_LISTS; i++)
    g_clear_object (&data->lists[i]);
  g_free (data);
}

/* Runs in a worker thread with its own connection to the library. */
gboolean
lc_convention_model_load_lists (LcStore   *store,
                                LoadData  *data,
                                GError   **error)
{
  data->convention = lc_store_get (store, LC_TYPE_CONVENTION, data->id, error);
  if (data->convention == NULL)
    return FALSE;

  for (int i = 0; i < N_LISTS; i++)
    {
      data->lists[i] = lc_store_list_for_convention (store, lc_convention_model_list_type (i), data->id, error);
      if (data->lists[i] == NULL)
        return FALSE;
    }

  /* Normalise the people's names for searching here, off the main thread:
   * otherwise the first key typed in a search normalises them all (some
   * 40 ms for 5,000 people), and every later key reuses them. No other
   * thread can see these records until they are handed over. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (data->lists[PEOPLE])); i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (G_LIST_MODEL (data->lists[PEOPLE]), i);

      lc_search_record_matches (person, "");
    }
  /* And who takes part in each item, which the first edit's conflicts ask. */
  data->by_item = lc_convention_model_group_participations (G_LIST_MODEL (data->lists[PARTICIPATIONS]), "item-id");
  /* And where each item is, which the first edit asks. */
  data->item_positions = lc_convention_model_positions_index (G_LIST_MODEL (data->lists[ITEMS]));

  return TRUE;
}

void
lc_convention_model_load_thread (GTask        *task,
                                 gpointer      source,
                                 gpointer      task_data,
                                 GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (data->path, &error);

  if (store == NULL || !lc_convention_model_load_lists (store, data, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static LcConventionModel *
model_new (LcStore  *store,
           LoadData *data)
{
  LcConventionModel *self = g_object_new (LC_TYPE_CONVENTION_MODEL, NULL);

  self->store = g_object_ref (store);
  self->id = data->id;
  self->convention = LC_CONVENTION (g_steal_pointer (&data->convention));

  for (int i = 0; i < N_LISTS; i++)
    {
      GListModel *loaded = G_LIST_MODEL (data->lists[i]);
      guint n = g_list_model_get_n_items (loaded);
      g_autoptr(GPtrArray) records = g_ptr_array_new_full (n, g_object_unref);

      for (guint j = 0; j < n; j++)
        {
          LcRecord *r = g_list_model_get_item (loaded, j);

          lc_convention_model_index_add (self, i, r);
          g_ptr_array_add (records, r);
        }
      /* Already in lc_convention_model_list_order (): it follows each class's SQL order. */
      g_list_store_splice (self->lists[i], 0, 0, records->pdata, records->len);
    }
  /* After the splice, which forgets any grouping: the same records. */
  self->by_item = g_steal_pointer (&data->by_item);
  lc_convention_model_positions_take (self, ITEMS, g_steal_pointer (&data->item_positions));

  self->changed_handler = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
  /* Other processes' changes come through the store's watch, on this
   * thread: see lc-convention-model-reload.c. */
  self->external_handler = g_signal_connect_swapped (store, "external-change",
                                                     G_CALLBACK (lc_convention_model_reload), self);
  self->pending_handler = g_signal_connect (store, "pending-change", G_CALLBACK (on_pending_change), self);
  lc_store_watch (store);
  return self;
}

/**
 * lc_convention_model_load_async:
 * @store: the library
 * @convention_id: the convention to open
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on the calling thread when loaded
 * @user_data: data for @callback
 *
 * Reads a convention's lists in a worker thread, with its own connection,
 * so a large convention opens without freezing the window.
 */
void
lc_convention_model_load_async (LcStore             *store,
                                gint64               convention_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (store, cancellable, callback, user_data);
  LoadData *data = g_new0 (LoadData, 1);

  data->path = g_strdup (lc_store_get_path (store));
  data->id = convention_id;
  g_task_set_task_data (task, data, (GDestroyNotify) lc_convention_model_load_data_free);
  g_task_set_source_tag (task, lc_convention_model_load_async);
  g_task_run_in_thread (task, lc_convention_model_load_thread);
}

/**
 * lc_convention_model_load_finish:
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the loaded convention
 */
LcConventionModel *
lc_convention_model_load_finish (GAsyncResult  *result,
                                 GError       **error)
{
  GTask *task = G_TASK (result);

  if (!g_task_propagate_boolean (task, error))
    return NULL;

  return model_new (LC_STORE (g_task_get_source_object (task)), g_task_get_task_data (task));
}

/**
 * lc_convention_model_load:
 * @store: the library
 * @convention_id: the convention to open
 * @error: return location for a #GError
 *
 * Like lc_convention_model_load_async(), on the calling thread.
 *
 * Returns: (transfer full) (nullable): the loaded convention
 */
LcConventionModel *
lc_convention_model_load (LcStore  *store,
                          gint64    convention_id,
                          GError  **error)
{
  LoadData *data = g_new0 (LoadData, 1);
  LcConventionModel *self = NULL;

  data->id = convention_id;
  if (lc_convention_model_load_lists (store, data, error))
    self = model_new (store, data);
  lc_convention_model_load_data_free (data);

  return self;
}

LcStore *
lc_convention_model_get_store (LcConventionModel *self)
{
  return self->store;
}

LcConvention *
lc_convention_model_get_convention (LcConventionModel *self)
{
  return self->convention;
}

gint64
lc_convention_model_get_id (LcConventionModel *self)
{
  return self->id;
}

/** lc_convention_model_get_items: Returns: (transfer none): items in time order */
GListModel *
lc_convention_model_get_items (LcConventionModel *self)
{
  return G_LIST_MODEL (self->lists[ITEMS]);
}

/** lc_convention_model_get_people: Returns: (transfer none): the people */
GListModel *
lc_convention_model_get_people (LcConventionModel *self)
{
  return G_LIST_MODEL (self->lists[PEOPLE]);
}

/** lc_convention_model_get_cities: Returns: (transfer none): the cities */
GListModel *
lc_convention_model_get_cities (LcConventionModel *self)
{
  return G_LIST_MODEL (self->lists[CITIES]);
}

/** lc_convention_model_get_rooms: Returns: (transfer none): the rooms in their order */
GListModel *
lc_convention_model_get_rooms (LcConventionModel *self)
{
  return G_LIST_MODEL (self->lists[ROOMS]);
}

/** lc_convention_model_get_tracks: Returns: (transfer none): the tracks (themes) in their order */
GListModel *
lc_convention_model_get_tracks (LcConventionModel *self)
{
  return G_LIST_MODEL (self->lists[TRACKS]);
}

/** lc_convention_model_get_places: Returns: (transfer none): the off-site places in their order */
GListModel *
lc_convention_model_get_places (LcConventionModel *self)
{
  return G_LIST_MODEL (self->lists[PLACES]);
}

/** lc_convention_model_get_participations: Returns: (transfer none): by item, in order */
GListModel *
lc_convention_model_get_participations (LcConventionModel *self)
{
  return G_LIST_MODEL (self->lists[PARTICIPATIONS]);
}

/**
 * lc_convention_model_lookup:
 * @self: a convention model
 * @type: %LC_TYPE_ROOM, %LC_TYPE_TRACK, %LC_TYPE_PLACE, %LC_TYPE_CITY, %LC_TYPE_PERSON, %LC_TYPE_ITEM or %LC_TYPE_PARTICIPATION
 * @id: a record id
 *
 * Returns: (transfer none) (nullable) (type LcRecord): the record, if it is in this convention
 */
gpointer
lc_convention_model_lookup (LcConventionModel *self,
                            GType              type,
                            gint64             id)
{
  int list = list_for_type (type);

  g_return_val_if_fail (list >= 0, NULL);

  return g_hash_table_lookup (self->index[list], &id);
}
