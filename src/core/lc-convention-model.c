/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-convention-model.h"
#include "lc-error.h"
#include "lc-search.h"

/*
 * One open convention, in memory: every list a view shows, kept in step
 * with the store through its "changed" signal, plus lookups by id and the
 * conflicts. Views bind to the lists; they never query SQLite themselves.
 */

enum { ROOMS, CITIES, PEOPLE, ITEMS, PARTICIPATIONS, N_LISTS };

struct _LcConventionModel
{
  GObject         parent_instance;

  LcStore        *store;
  gint64          id;
  LcConvention   *convention;
  GListStore     *lists[N_LISTS];
  GHashTable     *index[N_LISTS];    /* id → record, borrowed from the list */
  GHashTable     *by_item;           /* item id → GPtrArray of its participations; NULL when stale */
  GHashTable     *by_person;         /* person id → GPtrArray of theirs; NULL when stale */
  LcConflictList *conflicts;
  gboolean        conflicts_dirty;
  guint           conflicts_idle;
  gulong          changed_handler;
};

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

static GType
list_type (int list)
{
  switch (list)
    {
    case ROOMS: return LC_TYPE_ROOM;
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
    if (list_type (i) == type)
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
static GCompareDataFunc
list_order (int list)
{
  switch (list)
    {
    case ROOMS: return compare_rooms;
    case CITIES: return compare_cities;
    case ITEMS: return compare_items;
    case PARTICIPATIONS: return compare_participations;
    default: return compare_ids;
    }
}

static void
index_add (LcConventionModel *self,
           int                list,
           LcRecord          *record)
{
  gint64 id = lc_record_get_id (record);

  g_hash_table_insert (self->index[list], g_memdup2 (&id, sizeof id), record);
}

/* The participations by item and by person are built again on the next
 * question after any change to the participations. */
static void
forget_participations (LcConventionModel *self)
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
  forget_participations (self);
}

static gboolean
emit_conflicts_changed (gpointer data)
{
  LcConventionModel *self = data;

  self->conflicts_idle = 0;
  g_signal_emit (self, signals[CONFLICTS_CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static void
invalidate_conflicts (LcConventionModel *self)
{
  self->conflicts_dirty = TRUE;
  if (self->conflicts_idle == 0)
    /* High priority: views show conflicts right after the edit that made them. */
    self->conflicts_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, emit_conflicts_changed, self, NULL);
}

static gboolean
list_position (GListStore *store,
               LcRecord   *record,
               guint      *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) r = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (r == record)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
remove_record (LcConventionModel *self,
               int                list,
               LcRecord          *record)
{
  guint position;
  gint64 id = lc_record_get_id (record);

  g_object_ref (record);
  g_hash_table_remove (self->index[list], &id);
  if (list_position (self->lists[list], record, &position))
    g_list_store_remove (self->lists[list], position);
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
        remove_record (self, PARTICIPATIONS, g_ptr_array_index (doomed, i));
    }
  else if (list == ROOMS || list == CITIES)
    {
      GListModel *owners = G_LIST_MODEL (self->lists[list == ROOMS ? ITEMS : PEOPLE]);
      const char *column = list == ROOMS ? "room-id" : "city-id";

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

static void
copy_values (LcRecord *to,
             LcRecord *from)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (to);

  g_object_freeze_notify (G_OBJECT (to));
  for (guint i = 0; i < klass->columns->len; i++)
    {
      const LcColumn *column = g_ptr_array_index (klass->columns, i);
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, column->pspec->value_type);
      g_object_get_property (G_OBJECT (from), column->pspec->name, &value);
      g_object_set_property (G_OBJECT (to), column->pspec->name, &value);
    }
  g_object_thaw_notify (G_OBJECT (to));
}

static void
on_store_changed (LcStore           *store,
                  GType              type,
                  gint64             id,
                  int                kind,
                  LcConventionModel *self)
{
  g_autoptr(LcRecord) fresh = NULL;
  LcRecord *known;
  int list;

  if (type == LC_TYPE_CONVENTION)
    {
      if (id != self->id)
        return;
      if (kind == LC_CHANGE_DELETED)
        {
          g_signal_emit (self, signals[DELETED], 0);
          return;
        }
      fresh = lc_store_get (store, LC_TYPE_CONVENTION, id, NULL);
      if (fresh != NULL)
        copy_values (LC_RECORD (self->convention), fresh);
      invalidate_conflicts (self);
      return;
    }

  list = list_for_type (type);
  if (list < 0)
    return;
  if (list == PARTICIPATIONS)
    forget_participations (self);

  known = lc_convention_model_lookup (self, type, id);

  if (kind == LC_CHANGE_DELETED)
    {
      if (known != NULL)
        {
          remove_record (self, list, known);
          follow_cascades (self, list, id);
          invalidate_conflicts (self);
        }
      return;
    }

  fresh = lc_store_get (store, type, id, NULL);
  if (fresh == NULL || !belongs_here (self, fresh))
    return;

  if (known != NULL)
    {
      guint position;

      /* Update the object views already hold, then move it if its place changed. */
      copy_values (known, fresh);
      if (list_position (self->lists[list], known, &position))
        {
          g_object_ref (known);
          g_list_store_remove (self->lists[list], position);
          g_list_store_insert_sorted (self->lists[list], known, list_order (list), NULL);
          g_object_unref (known);
        }
    }
  else
    {
      g_list_store_insert_sorted (self->lists[list], fresh, list_order (list), NULL);
      index_add (self, list, fresh);
    }

  if (list == ITEMS || list == PARTICIPATIONS || list == PEOPLE)
    invalidate_conflicts (self);
}

static void
lc_convention_model_dispose (GObject *object)
{
  LcConventionModel *self = LC_CONVENTION_MODEL (object);

  g_clear_signal_handler (&self->changed_handler, self->store);
  g_clear_handle_id (&self->conflicts_idle, g_source_remove);
  forget_participations (self);

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
      self->lists[i] = g_list_store_new (list_type (i));
      self->index[i] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
    }
  self->conflicts_dirty = TRUE;
  g_signal_connect_object (self->lists[PARTICIPATIONS], "items-changed",
                           G_CALLBACK (on_participations_changed), self, 0);
}

typedef struct
{
  char       *path;
  gint64      id;
  LcRecord   *convention;
  GListStore *lists[N_LISTS];
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_free (data->path);
  g_clear_object (&data->convention);
  for (int i = 0; i < N_LISTS; i++)
    g_clear_object (&data->lists[i]);
  g_free (data);
}

/* Runs in a worker thread with its own connection to the library. */
static gboolean
load_lists (LcStore   *store,
            LoadData  *data,
            GError   **error)
{
  data->convention = lc_store_get (store, LC_TYPE_CONVENTION, data->id, error);
  if (data->convention == NULL)
    return FALSE;

  for (int i = 0; i < N_LISTS; i++)
    {
      data->lists[i] = lc_store_list_for_convention (store, list_type (i), data->id, error);
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

  return TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (data->path, &error);

  if (store == NULL || !load_lists (store, data, &error))
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

          index_add (self, i, r);
          g_ptr_array_add (records, r);
        }
      /* Already in list_order (): it follows each class's SQL order. */
      g_list_store_splice (self->lists[i], 0, 0, records->pdata, records->len);
    }

  self->changed_handler = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
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
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_set_source_tag (task, lc_convention_model_load_async);
  g_task_run_in_thread (task, load_thread);
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
  if (load_lists (store, data, error))
    self = model_new (store, data);
  load_data_free (data);

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

/** lc_convention_model_get_participations: Returns: (transfer none): by item, in order */
GListModel *
lc_convention_model_get_participations (LcConventionModel *self)
{
  return G_LIST_MODEL (self->lists[PARTICIPATIONS]);
}

/**
 * lc_convention_model_lookup:
 * @self: a convention model
 * @type: %LC_TYPE_ROOM, %LC_TYPE_CITY, %LC_TYPE_PERSON, %LC_TYPE_ITEM or %LC_TYPE_PARTICIPATION
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

static void
group_by (GHashTable *groups,
          gint64      id,
          LcRecord   *participation)
{
  GPtrArray *group = g_hash_table_lookup (groups, &id);

  if (group == NULL)
    {
      group = g_ptr_array_new ();
      g_hash_table_insert (groups, g_memdup2 (&id, sizeof id), group);
    }
  g_ptr_array_add (group, participation);
}

/* Grouping all participations once costs what one scan of them did, and
 * then each question costs only its answer: a view asking for every row's
 * people no longer takes rows × participations. */
static GPtrArray *
participations_where (LcConventionModel *self,
                      const char        *column,
                      gint64             id)
{
  gboolean by_item = g_str_equal (column, "item-id");
  GPtrArray *group, *found;

  if (self->by_item == NULL)
    {
      GListModel *all = G_LIST_MODEL (self->lists[PARTICIPATIONS]);
      guint n = g_list_model_get_n_items (all);

      self->by_item = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);
      self->by_person = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                               (GDestroyNotify) g_ptr_array_unref);
      /* Borrowed records, in the list's order; the list holds them. */
      for (guint i = 0; i < n; i++)
        {
          LcRecord *p = g_list_model_get_item (all, i);

          group_by (self->by_item, lc_record_get_int (p, "item-id"), p);
          group_by (self->by_person, lc_record_get_int (p, "person-id"), p);
          g_object_unref (p);
        }
    }

  group = g_hash_table_lookup (by_item ? self->by_item : self->by_person, &id);
  found = g_ptr_array_new_full (group ? group->len : 0, g_object_unref);
  for (guint i = 0; group != NULL && i < group->len; i++)
    g_ptr_array_add (found, g_object_ref (g_ptr_array_index (group, i)));

  return found;
}

/**
 * lc_convention_model_get_item_participations:
 * @self: a convention model
 * @item_id: an item
 *
 * Returns: (transfer container) (element-type LcParticipation): who takes part, in order
 */
GPtrArray *
lc_convention_model_get_item_participations (LcConventionModel *self,
                                             gint64             item_id)
{
  return participations_where (self, "item-id", item_id);
}

/**
 * lc_convention_model_get_person_participations:
 * @self: a convention model
 * @person_id: a person
 *
 * Returns: (transfer container) (element-type LcParticipation): every item the person is in
 */
GPtrArray *
lc_convention_model_get_person_participations (LcConventionModel *self,
                                               gint64             person_id)
{
  return participations_where (self, "person-id", person_id);
}

/**
 * lc_convention_model_get_attendance:
 * @self: a convention model
 * @participation: a participation
 *
 * Returns: how the person takes part: the participation's own attendance,
 *   or the person's default when it has none
 */
LcAttendance
lc_convention_model_get_attendance (LcConventionModel *self,
                                    LcParticipation   *participation)
{
  LcAttendance own = lc_record_get_int (LC_RECORD (participation), "attendance");
  LcRecord *person;

  if (own != LC_ATTENDANCE_UNSET)
    return own;

  person = lc_convention_model_lookup (self, LC_TYPE_PERSON,
                                       lc_record_get_int (LC_RECORD (participation), "person-id"));
  return person ? (LcAttendance) lc_record_get_int (person, "attendance") : LC_ATTENDANCE_IN_PERSON;
}

/**
 * lc_convention_model_get_conflicts:
 * @self: a convention model
 *
 * Returns: (transfer none): the conflicts as they are now (computed again
 *   when something changed since the last call)
 */
LcConflictList *
lc_convention_model_get_conflicts (LcConventionModel *self)
{
  GListModel *items = G_LIST_MODEL (self->lists[ITEMS]);
  GListModel *participations = G_LIST_MODEL (self->lists[PARTICIPATIONS]);
  GListModel *persons = G_LIST_MODEL (self->lists[PEOPLE]);
  g_autoptr(GArray) in = NULL;
  g_autoptr(GArray) people = NULL;
  g_autoptr(GHashTable) online = NULL;
  g_autofree gint64 *online_ids = NULL;
  guint n_items, n_parts, n_persons;

  if (!self->conflicts_dirty && self->conflicts != NULL)
    return self->conflicts;

  /* Who takes part online by default, read once for all participations:
   * reading a record's field by name is what this costs most. */
  n_persons = g_list_model_get_n_items (persons);
  online = g_hash_table_new (g_int64_hash, g_int64_equal);
  online_ids = g_new (gint64, MAX (n_persons, 1));
  for (guint i = 0; i < n_persons; i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (persons, i);

      online_ids[i] = lc_record_get_id (person);
      if (lc_record_get_int (person, "attendance") == LC_ATTENDANCE_ONLINE)
        g_hash_table_add (online, &online_ids[i]);
    }

  n_items = g_list_model_get_n_items (items);
  n_parts = g_list_model_get_n_items (participations);
  in = g_array_sized_new (FALSE, FALSE, sizeof (LcConflictInput), n_items);
  people = g_array_sized_new (FALSE, FALSE, sizeof (LcConflictParticipant), n_parts);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (items, i);
      LcConflictInput input = {
        .id = lc_record_get_id (item),
        .day = lc_record_get_string (item, "day"),
        .start_minute = (int) lc_record_get_int (item, "start-minute"),
        .end_minute = (int) lc_record_get_int (item, "end-minute"),
        .room_id = lc_record_get_int (item, "room-id"),
      };

      /* The strings stay alive: the list holds the record. */
      g_array_append_val (in, input);
    }

  for (guint i = 0; i < n_parts; i++)
    {
      g_autoptr(LcRecord) p = g_list_model_get_item (participations, i);
      LcAttendance own = lc_record_get_int (p, "attendance");
      LcConflictParticipant participant = {
        .item_id = lc_record_get_int (p, "item-id"),
        .person_id = lc_record_get_int (p, "person-id"),
      };

      /* As lc_convention_model_get_attendance(): its own, else the person's. */
      participant.online = own == LC_ATTENDANCE_ONLINE
                           || (own == LC_ATTENDANCE_UNSET && g_hash_table_contains (online, &participant.person_id));

      g_array_append_val (people, participant);
    }

  g_clear_object (&self->conflicts);
  self->conflicts = lc_conflicts_compute ((LcConflictInput *) (gpointer) in->data, in->len,
                                          (LcConflictParticipant *) (gpointer) people->data, people->len,
                                          lc_record_get_string (LC_RECORD (self->convention), "start-date"),
                                          lc_record_get_string (LC_RECORD (self->convention), "end-date"));
  self->conflicts_dirty = FALSE;

  return self->conflicts;
}
