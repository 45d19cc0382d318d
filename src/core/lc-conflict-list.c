/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-conflicts-private.h"

/* The objects that present computed conflicts: LcConflict, and the list
 * of them, a GListModel. The computing is in lc-conflicts.c. */

struct _LcConflict
{
  GObject       parent_instance;

  ConflictData  data;
};

/* The conflicts of one item: positions in the list, and their objects once
 * someone asked for them. */
typedef struct
{
  GArray    *positions;
  GPtrArray *conflicts;
} ItemEntry;

struct _LcConflictList
{
  GObject       parent_instance;

  GArray       *data;         /* ConflictData, in order */
  LcConflict  **objects;      /* one per entry of data, made on demand */
  GHashTable   *by_item;      /* gint64* item id → ItemEntry, built on first use */
};

static void lc_conflict_list_model_init (GListModelInterface *iface);

G_DEFINE_ENUM_TYPE (LcConflictKind, lc_conflict_kind,
                    G_DEFINE_ENUM_VALUE (LC_CONFLICT_PERSON, "person"),
                    G_DEFINE_ENUM_VALUE (LC_CONFLICT_ROOM, "room"),
                    G_DEFINE_ENUM_VALUE (LC_CONFLICT_OUTSIDE_DATES, "outside-dates"),
                    G_DEFINE_ENUM_VALUE (LC_CONFLICT_BAD_TIMES, "bad-times"),
                    G_DEFINE_ENUM_VALUE (LC_CONFLICT_OVER_CAPACITY, "over-capacity"),
                    G_DEFINE_ENUM_VALUE (LC_CONFLICT_PLACE, "place"))

G_DEFINE_FINAL_TYPE (LcConflict, lc_conflict, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE_WITH_CODE (LcConflictList, lc_conflict_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, lc_conflict_list_model_init))

enum {
  PROP_0,
  PROP_KIND,
  PROP_ITEM_ID,
  PROP_OTHER_ITEM_ID,
  PROP_PERSON_ID,
  PROP_ROOM_ID,
  PROP_PLACE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define CMP(x, y) if ((x) != (y)) return (x) < (y) ? -1 : 1

static int
compare_conflicts (gconstpointer a,
                   gconstpointer b)
{
  const ConflictData *ca = a, *cb = b;

  CMP (ca->when, cb->when);
  CMP (ca->kind, cb->kind);
  CMP (ca->item_id, cb->item_id);
  CMP (ca->other_item_id, cb->other_item_id);
  CMP (ca->person_id, cb->person_id);
  CMP (ca->room_id, cb->room_id);
  CMP (ca->place_id, cb->place_id);
  return 0;
}

#undef CMP

static void
lc_conflict_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LcConflict *self = LC_CONFLICT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->data.kind);
      break;
    case PROP_ITEM_ID:
      g_value_set_int64 (value, self->data.item_id);
      break;
    case PROP_OTHER_ITEM_ID:
      g_value_set_int64 (value, self->data.other_item_id);
      break;
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->data.person_id);
      break;
    case PROP_ROOM_ID:
      g_value_set_int64 (value, self->data.room_id);
      break;
    case PROP_PLACE_ID:
      g_value_set_int64 (value, self->data.place_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_conflict_class_init (LcConflictClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = lc_conflict_get_property;

  /* Conflicts are computed, never edited: the properties only read. */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LC_TYPE_CONFLICT_KIND, LC_CONFLICT_PERSON,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM_ID] =
    g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OTHER_ITEM_ID] =
    g_param_spec_int64 ("other-item-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROOM_ID] =
    g_param_spec_int64 ("room-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLACE_ID] =
    g_param_spec_int64 ("place-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_conflict_init (LcConflict *self)
{
}

static LcConflict *
ensure_object (LcConflictList *self,
               guint           position)
{
  if (self->objects[position] == NULL)
    {
      self->objects[position] = g_object_new (LC_TYPE_CONFLICT, NULL);
      self->objects[position]->data = g_array_index (self->data, ConflictData, position);
    }

  return self->objects[position];
}

static void
item_entry_free (gpointer data)
{
  ItemEntry *entry = data;

  g_array_unref (entry->positions);
  g_clear_pointer (&entry->conflicts, g_ptr_array_unref);
  g_free (entry);
}

static void
index_conflict (GHashTable *by_item,
                gint64     *item_id,
                guint       position)
{
  ItemEntry *entry = g_hash_table_lookup (by_item, item_id);

  if (entry == NULL)
    {
      entry = g_new0 (ItemEntry, 1);
      entry->positions = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (by_item, item_id, entry);
    }
  g_array_append_val (entry->positions, position);
}

static ItemEntry *
lookup_item (LcConflictList *self,
             gint64          item_id)
{
  if (self->by_item == NULL)
    {
      self->by_item = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, item_entry_free);
      for (guint i = 0; i < self->data->len; i++)
        {
          ConflictData *data = &g_array_index (self->data, ConflictData, i);

          index_conflict (self->by_item, &data->item_id, i);
          if (data->other_item_id != 0 && data->other_item_id != data->item_id)
            index_conflict (self->by_item, &data->other_item_id, i);
        }
    }

  return g_hash_table_lookup (self->by_item, &item_id);
}

static GType
lc_conflict_list_get_item_type (GListModel *model)
{
  return LC_TYPE_CONFLICT;
}

static guint
lc_conflict_list_get_n_items (GListModel *model)
{
  return LC_CONFLICT_LIST (model)->data->len;
}

static gpointer
lc_conflict_list_get_item (GListModel *model,
                           guint       position)
{
  LcConflictList *self = LC_CONFLICT_LIST (model);

  if (position >= self->data->len)
    return NULL;

  return g_object_ref (ensure_object (self, position));
}

static void
lc_conflict_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = lc_conflict_list_get_item_type;
  iface->get_n_items = lc_conflict_list_get_n_items;
  iface->get_item = lc_conflict_list_get_item;
}

static void
lc_conflict_list_finalize (GObject *object)
{
  LcConflictList *self = LC_CONFLICT_LIST (object);

  /* The index's keys point into the data: drop it first. */
  g_clear_pointer (&self->by_item, g_hash_table_unref);
  for (guint i = 0; self->objects && i < self->data->len; i++)
    g_clear_object (&self->objects[i]);
  g_clear_pointer (&self->objects, g_free);
  g_clear_pointer (&self->data, g_array_unref);

  G_OBJECT_CLASS (lc_conflict_list_parent_class)->finalize (object);
}

static void
lc_conflict_list_class_init (LcConflictListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lc_conflict_list_finalize;
}

static void
lc_conflict_list_init (LcConflictList *self)
{
}

/* Takes @data, the conflicts in any order. */
LcConflictList *
lc_conflict_list_new_take (GArray *data)
{
  LcConflictList *self = g_object_new (LC_TYPE_CONFLICT_LIST, NULL);

  g_array_sort (data, compare_conflicts);
  self->data = data;
  self->objects = g_new0 (LcConflict *, MAX (data->len, 1));

  return self;
}

/* The computed conflict at @position, without making its object. */
const ConflictData *
lc_conflict_list_peek_data (LcConflictList *self,
                            guint           position)
{
  g_return_val_if_fail (position < self->data->len, NULL);

  return &g_array_index (self->data, ConflictData, position);
}

/**
 * lc_conflict_get_kind:
 * @self: a conflict
 *
 * Returns: what is wrong
 */
LcConflictKind
lc_conflict_get_kind (LcConflict *self)
{
  g_return_val_if_fail (LC_IS_CONFLICT (self), 0);

  return self->data.kind;
}

/**
 * lc_conflict_get_item_id:
 * @self: a conflict
 *
 * Returns: the item concerned; for a pair, the one that started first
 */
gint64
lc_conflict_get_item_id (LcConflict *self)
{
  g_return_val_if_fail (LC_IS_CONFLICT (self), 0);

  return self->data.item_id;
}

/**
 * lc_conflict_get_other_item_id:
 * @self: a conflict
 *
 * Returns: for a person or room conflict, the other item of the pair; else 0
 */
gint64
lc_conflict_get_other_item_id (LcConflict *self)
{
  g_return_val_if_fail (LC_IS_CONFLICT (self), 0);

  return self->data.other_item_id;
}

/**
 * lc_conflict_get_person_id:
 * @self: a conflict
 *
 * Returns: for a person conflict, the person; else 0
 */
gint64
lc_conflict_get_person_id (LcConflict *self)
{
  g_return_val_if_fail (LC_IS_CONFLICT (self), 0);

  return self->data.person_id;
}

/**
 * lc_conflict_get_room_id:
 * @self: a conflict
 *
 * Returns: for a room conflict, the room; else 0
 */
gint64
lc_conflict_get_room_id (LcConflict *self)
{
  g_return_val_if_fail (LC_IS_CONFLICT (self), 0);

  return self->data.room_id;
}

/**
 * lc_conflict_get_place_id:
 * @self: a conflict
 *
 * Returns: for a conflict of %LC_CONFLICT_PLACE, the off-site place; else 0
 */
gint64
lc_conflict_get_place_id (LcConflict *self)
{
  g_return_val_if_fail (LC_IS_CONFLICT (self), 0);

  return self->data.place_id;
}

/**
 * lc_conflict_involves_item:
 * @self: a conflict
 * @item_id: an item
 *
 * Returns: whether @item_id is one of the conflict's items
 */
gboolean
lc_conflict_involves_item (LcConflict *self,
                           gint64      item_id)
{
  g_return_val_if_fail (LC_IS_CONFLICT (self), FALSE);

  return item_id != 0 && (self->data.item_id == item_id || self->data.other_item_id == item_id);
}

/**
 * lc_conflict_kind_get_title:
 * @kind: a kind of conflict
 *
 * Returns: (transfer none): a short translated title for @kind, for a list
 *   of conflicts or a tooltip
 */
const char *
lc_conflict_kind_get_title (LcConflictKind kind)
{
  switch (kind)
    {
    case LC_CONFLICT_PERSON:
      return _("Person in two items at once");
    case LC_CONFLICT_ROOM:
      return _("Room used by two items at once");
    case LC_CONFLICT_OUTSIDE_DATES:
      return _("Outside the convention’s dates");
    case LC_CONFLICT_BAD_TIMES:
      return _("Does not end after it starts");
    case LC_CONFLICT_OVER_CAPACITY:
      return _("Room too small");
    case LC_CONFLICT_PLACE:
      return _("Place visited by two items at once");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * lc_conflict_kind_is_warning:
 * @kind: a kind of conflict
 *
 * Returns: %TRUE when @kind is worth a look but the agenda still works as
 *   planned (a room too small for who is expected), %FALSE for a clash
 */
gboolean
lc_conflict_kind_is_warning (LcConflictKind kind)
{
  return kind == LC_CONFLICT_OVER_CAPACITY;
}

/**
 * lc_conflict_list_get_for_item:
 * @self: a list of conflicts
 * @item_id: an item
 *
 * Returns: (transfer none) (nullable) (element-type LcConflict): the
 *   conflicts @item_id is part of, in the list's order, or %NULL when none
 */
GPtrArray *
lc_conflict_list_get_for_item (LcConflictList *self,
                               gint64          item_id)
{
  ItemEntry *entry;

  g_return_val_if_fail (LC_IS_CONFLICT_LIST (self), NULL);

  entry = lookup_item (self, item_id);
  if (entry == NULL)
    return NULL;

  if (entry->conflicts == NULL)
    {
      entry->conflicts = g_ptr_array_sized_new (entry->positions->len);
      for (guint i = 0; i < entry->positions->len; i++)
        g_ptr_array_add (entry->conflicts,
                         ensure_object (self, g_array_index (entry->positions, guint, i)));
    }

  return entry->conflicts;
}

/**
 * lc_conflict_list_count_for_item:
 * @self: a list of conflicts
 * @item_id: an item
 *
 * Returns: how many conflicts @item_id is part of
 */
guint
lc_conflict_list_count_for_item (LcConflictList *self,
                                 gint64          item_id)
{
  ItemEntry *entry;

  g_return_val_if_fail (LC_IS_CONFLICT_LIST (self), 0);

  entry = lookup_item (self, item_id);
  return entry ? entry->positions->len : 0;
}
