/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-people-copy.h"

/*
 * "Add From Earlier Conventions…": the people of the library's other
 * conventions, offered to the open one, and the chosen ones copied into it
 * with their details as new records (new ids and uids: a person of two
 * conventions is two records, as a file of each would carry them). The
 * same person is recognised by name, in either language, so that the
 * dialog marks who is here already and the same person met at three
 * conventions is offered once, as the latest one knew them.
 */

/* The name in @language as compared: trimmed, composed, case-folded, with
 * the language's letter before it ("" for no name). */
static char *
name_key (LcPerson   *person,
          LcLanguage  language)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (lc_person_get_name (person, language)));
  g_autofree char *normal = g_utf8_normalize (trimmed, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autofree char *folded = normal ? g_utf8_casefold (normal, -1) : NULL;

  if (folded == NULL || *folded == '\0')
    return g_strdup ("");
  return g_strconcat (language == LC_LANGUAGE_ARABIC ? "a" : "e", folded, NULL);
}

/**
 * lc_people_same_person:
 * @a: a person
 * @b: another person, of any convention
 *
 * Two records are taken for one person when they have the same name, in
 * Arabic or in English, ignoring case and the spaces around it.
 *
 * Returns: whether @a and @b are the same person
 */
gboolean
lc_people_same_person (LcPerson *a,
                       LcPerson *b)
{
  g_return_val_if_fail (LC_IS_PERSON (a), FALSE);
  g_return_val_if_fail (LC_IS_PERSON (b), FALSE);

  for (LcLanguage l = LC_LANGUAGE_ARABIC; l <= LC_LANGUAGE_ENGLISH; l++)
    {
      g_autofree char *x = name_key (a, l);
      g_autofree char *y = name_key (b, l);

      if (*x != '\0' && g_str_equal (x, y))
        return TRUE;
    }
  return FALSE;
}

/**
 * lc_people_is_present:
 * @people: (element-type LcPerson): the people of a convention
 * @person: a person of another convention
 *
 * Returns: whether @person is in @people already (lc_people_same_person ())
 */
gboolean
lc_people_is_present (GListModel *people,
                      LcPerson   *person)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (people), FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(LcPerson) other = g_list_model_get_item (people, i);

      if (lc_people_same_person (other, person))
        return TRUE;
    }
  return FALSE;
}

/**
 * lc_people_list_earlier:
 * @store: a library
 * @convention_id: the convention people are added to
 * @error: where a reason is put
 *
 * Everyone of the library's other conventions, each person once: as the
 * most recent convention (by start date) that has them knew them.
 *
 * Returns: (transfer full): a list of #LcPerson, or %NULL on error
 */
GListStore *
lc_people_list_earlier (LcStore  *store,
                        gint64    convention_id,
                        GError  **error)
{
  g_autoptr(GListStore) conventions = NULL;
  g_autoptr(GListStore) found = g_list_store_new (LC_TYPE_PERSON);
  /* The name keys already offered, so that a library of thousands of
   * people is not compared pair by pair. */
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  /* Listed newest first. */
  conventions = lc_store_list_conventions (store, error);
  if (conventions == NULL)
    return NULL;

  for (guint c = 0; c < g_list_model_get_n_items (G_LIST_MODEL (conventions)); c++)
    {
      g_autoptr(LcRecord) convention = g_list_model_get_item (G_LIST_MODEL (conventions), c);
      g_autoptr(GListStore) people = NULL;

      if (lc_record_get_id (convention) == convention_id)
        continue;
      people = lc_store_list (store, LC_TYPE_PERSON, "convention_id", lc_record_get_id (convention), error);
      if (people == NULL)
        return NULL;
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
        {
          g_autoptr(LcPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);
          g_autofree char *ar = name_key (person, LC_LANGUAGE_ARABIC);
          g_autofree char *en = name_key (person, LC_LANGUAGE_ENGLISH);

          /* As lc_people_same_person (): "a" and "e" keep the two
           * languages' keys apart. */
          if ((*ar && g_hash_table_contains (seen, ar)) || (*en && g_hash_table_contains (seen, en)))
            continue;
          if (*ar)
            g_hash_table_add (seen, g_steal_pointer (&ar));
          if (*en)
            g_hash_table_add (seen, g_steal_pointer (&en));
          g_list_store_append (found, person);
        }
    }

  return g_steal_pointer (&found);
}

/* The city of @convention_id with the name of @person's city in the other
 * convention, or 0: a city belongs to one convention. */
static gint64
matching_city (LcStore  *store,
               gint64    convention_id,
               LcPerson *person,
               GError  **error)
{
  g_autoptr(LcRecord) city = NULL;
  g_autoptr(GListStore) cities = NULL;
  gint64 city_id = lc_person_get_city_id (person);

  if (city_id == 0)
    return 0;
  city = lc_store_get (store, LC_TYPE_CITY, city_id, error);
  cities = city ? lc_store_list (store, LC_TYPE_CITY, "convention_id", convention_id, error) : NULL;
  if (cities == NULL)
    return -1;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (cities)); i++)
    {
      g_autoptr(LcRecord) here = g_list_model_get_item (G_LIST_MODEL (cities), i);

      for (LcLanguage l = LC_LANGUAGE_ARABIC; l <= LC_LANGUAGE_ENGLISH; l++)
        {
          const char *field = l == LC_LANGUAGE_ARABIC ? "name-ar" : "name-en";
          const char *name = lc_record_get_string (city, field);

          if (*name != '\0' && g_utf8_collate (name, lc_record_get_string (here, field)) == 0)
            return lc_record_get_id (here);
        }
    }
  return 0;
}

/**
 * lc_people_copy_into:
 * @undo: the open convention's undo history
 * @convention_id: the convention they join
 * @people: (element-type LcPerson): people of other conventions
 * @error: where a reason is put
 *
 * Copies @people with all their details into the convention, as one undo
 * step written in one transaction. Their city is the convention's city of
 * the same name, if it has one. Anyone already there by name is left out,
 * never added twice.
 *
 * Returns: how many were added; 0 with @error set on failure, when nothing
 *   was added
 */
guint
lc_people_copy_into (LcUndoStack  *undo,
                     gint64        convention_id,
                     GPtrArray    *people,
                     GError      **error)
{
  LcStore *store;
  g_autoptr(GListStore) present = NULL;
  guint n_before, added = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), 0);
  g_return_val_if_fail (people != NULL, 0);

  store = lc_undo_stack_get_store (undo);
  present = lc_store_list (store, LC_TYPE_PERSON, "convention_id", convention_id, error);
  if (present == NULL || !lc_store_begin (store, error))
    return 0;

  /* One step; on failure the part done is undone before the transaction
   * ends, so nothing half-copied stays (as lc-rooms.c). */
  n_before = lc_undo_stack_get_n_undo (undo);
  lc_undo_stack_begin_group (undo, _("Add People From Earlier Conventions"));
  for (guint i = 0; ok && i < people->len; i++)
    {
      LcPerson *person = g_ptr_array_index (people, i);
      g_autoptr(LcRecord) copy = NULL;
      gint64 city_id;

      if (lc_person_get_convention_id (person) == convention_id
          || lc_people_is_present (G_LIST_MODEL (present), person))
        continue;

      city_id = matching_city (store, convention_id, person, error);
      ok = city_id >= 0;
      if (!ok)
        break;

      copy = lc_record_copy (LC_RECORD (person));
      lc_record_forget_stored (copy);
      lc_record_set_id (copy, 0);
      lc_record_set_uid (copy, NULL);
      lc_person_set_convention_id (LC_PERSON (copy), convention_id);
      lc_person_set_city_id (LC_PERSON (copy), city_id);
      ok = lc_undo_stack_insert (undo, copy, NULL, error);
      if (ok)
        {
          g_list_store_append (present, copy);
          added++;
        }
    }
  if (!lc_undo_stack_end_group_stored (undo, n_before, ok, error))
    return 0;
  return added;
}
