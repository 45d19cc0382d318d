/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-convention-model-private.h"

/* What the views ask the open convention: who takes part in what, how,
 * the languages it is written in (the conflicts are in
 * lc-convention-model-conflicts.c). */

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

/* Groups @all by @column ("item-id" or "person-id"): borrowed records, in
 * the list's order (whoever holds @all holds them). The worker that loads
 * a convention groups them by item too, so that neither the first frame's
 * conflicts nor the first edit pays for it on the main thread (86 M
 * instructions for 50,000 participations by item and by person,
 * callgrind); by person only when a view first asks. */
GHashTable *
lc_convention_model_group_participations (GListModel *all,
                                          const char *column)
{
  GHashTable *groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                              (GDestroyNotify) g_ptr_array_unref);
  guint n = g_list_model_get_n_items (all);

  for (guint i = 0; i < n; i++)
    {
      LcRecord *p = g_list_model_get_item (all, i);

      group_by (groups, lc_record_get_int (p, column), p);
      g_object_unref (p);
    }

  return groups;
}

/* Grouping all participations once costs what one scan of them did, and
 * then each question costs only its answer: a view asking for every row's
 * people no longer takes rows × participations. */
static GPtrArray *
participations_where (LcConventionModel *self,
                      const char        *column,
                      gint64             id)
{
  GHashTable **groups = g_str_equal (column, "item-id") ? &self->by_item : &self->by_person;
  GPtrArray *group, *found;

  if (*groups == NULL)
    *groups = lc_convention_model_group_participations (G_LIST_MODEL (self->lists[PARTICIPATIONS]), column);

  group = g_hash_table_lookup (*groups, &id);
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

/* The index of @type's column @name, whose values are of @value_type's
 * kind. */
static guint
column_of (GType       type,
           const char *name,
           GType       value_type)
{
  LcRecordClass *klass = g_type_class_ref (type);
  const LcColumn *column = lc_record_class_find_column (klass, name);
  guint index;

  g_assert (column != NULL && G_TYPE_FUNDAMENTAL (column->pspec->value_type) == value_type);
  for (index = 0; g_ptr_array_index (klass->columns, index) != column; index++)
    ;
  g_type_class_unref (klass);
  return index;
}

/* Found once. The conflicts read an item's fields and its people's
 * attendance for every item of a day computed again (issue 17: 12.9 M of
 * one save at 10,000 items went to reading how people attend by name). */
const LcModelColumns *
lc_convention_model_columns (void)
{
  static LcModelColumns columns;
  static gsize found;

  if (g_once_init_enter (&found))
    {
      columns.item_day = column_of (LC_TYPE_ITEM, "day", G_TYPE_STRING);
      columns.item_start = column_of (LC_TYPE_ITEM, "start_minute", G_TYPE_INT);
      columns.item_end = column_of (LC_TYPE_ITEM, "end_minute", G_TYPE_INT);
      columns.item_room = column_of (LC_TYPE_ITEM, "room_id", G_TYPE_INT64);
      columns.item_expected = column_of (LC_TYPE_ITEM, "expected_attendance", G_TYPE_INT);
      columns.item_place = column_of (LC_TYPE_ITEM, "place_id", G_TYPE_INT64);
      columns.room_capacity = column_of (LC_TYPE_ROOM, "capacity", G_TYPE_INT);
      columns.participation_person = column_of (LC_TYPE_PARTICIPATION, "person_id", G_TYPE_INT64);
      columns.participation_attendance = column_of (LC_TYPE_PARTICIPATION, "attendance", G_TYPE_ENUM);
      columns.person_attendance = column_of (LC_TYPE_PERSON, "attendance", G_TYPE_ENUM);
      g_once_init_leave (&found, 1);
    }

  return &columns;
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
  const LcModelColumns *at = lc_convention_model_columns ();
  LcAttendance own = g_value_get_enum (lc_record_peek_value (LC_RECORD (participation), at->participation_attendance));
  LcRecord *person;

  if (own != LC_ATTENDANCE_UNSET)
    return own;

  person = lc_convention_model_lookup (self, LC_TYPE_PERSON,
                                       g_value_get_int64 (lc_record_peek_value (LC_RECORD (participation),
                                                                                at->participation_person)));
  return person ? (LcAttendance) g_value_get_enum (lc_record_peek_value (person, at->person_attendance))
                : LC_ATTENDANCE_IN_PERSON;
}

/* The texts a person reads first in each list: a convention whose every
 * one of them is empty in a language has nothing written in it. */
static const struct
{
  int         list;
  const char *field;
} named_by[] = {
  { ITEMS, "title" },
  { ROOMS, "name" },
  { PEOPLE, "name" },
  { CITIES, "name" },
};

static guint
languages_of (LcRecord   *record,
              const char *field)
{
  guint found = 0;

  for (LcLanguage language = LC_LANGUAGE_ARABIC; language <= LC_LANGUAGE_ENGLISH; language++)
    {
      gboolean fell_back = FALSE;
      const char *text = lc_record_get_text (record, field, language, &fell_back);

      if (!fell_back && *text != '\0')
        found |= 1u << language;
    }
  return found;
}

void
lc_convention_model_invalidate_languages (LcConventionModel *self)
{
  self->languages_dirty = TRUE;
}

/**
 * lc_convention_model_has_text_in:
 * @self: a convention model
 * @language: a language
 *
 * Whether anything of the convention is written in @language: its title,
 * or the title of an item, or the name of a room, a person or a city. A
 * convention written in one language only has none in the other, and its
 * views say so once rather than beside every text.
 *
 * Asked for every row a view shows, so the answer is kept until the next
 * change: one pass over the records per change, not per row.
 *
 * Returns: %TRUE when at least one of those texts is in @language
 */
gboolean
lc_convention_model_has_text_in (LcConventionModel *self,
                                 LcLanguage         language)
{
  g_return_val_if_fail (LC_IS_CONVENTION_MODEL (self), TRUE);

  if (self->languages_dirty)
    {
      guint all = (1u << LC_LANGUAGE_ARABIC) | (1u << LC_LANGUAGE_ENGLISH);

      self->languages = languages_of (LC_RECORD (self->convention), "title");
      /* Stops at the first record that completes both languages: a
       * bilingual convention usually does at its first item. */
      for (guint k = 0; k < G_N_ELEMENTS (named_by) && self->languages != all; k++)
        {
          GListModel *list = G_LIST_MODEL (self->lists[named_by[k].list]);
          guint n = g_list_model_get_n_items (list);

          for (guint i = 0; i < n && self->languages != all; i++)
            {
              g_autoptr(LcRecord) record = g_list_model_get_item (list, i);

              self->languages |= languages_of (record, named_by[k].field);
            }
        }
      self->languages_dirty = FALSE;
    }

  return (self->languages & (1u << language)) != 0;
}
