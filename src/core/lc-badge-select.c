/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-badge.h"

/*
 * Badges for some of the people (issue 14): the window prints them for the
 * people selected in the People area or for one category, the command line
 * for one category (--badge-category). The set is read whole, then
 * narrowed, so that who gets a badge at all is decided in one place
 * (lc-badge.c: nobody who declined, and everyone on the programme).
 */

/* Keeps the entries @keep says yes to, in their order. */
static void
keep_entries (LcBadgeSet *self,
              gboolean  (*keep) (const LcBadgeEntry *entry,
                                 gconstpointer       data),
              gconstpointer data)
{
  guint kept = 0;

  for (guint i = 0; i < self->entries->len; i++)
    {
      LcBadgeEntry *entry = g_ptr_array_index (self->entries, i);

      if (keep (entry, data))
        self->entries->pdata[kept++] = entry;
      else
        lc_badge_entry_free (entry);
    }
  /* The freed ones are gone already: shrink without freeing again. */
  g_ptr_array_set_free_func (self->entries, NULL);
  g_ptr_array_set_size (self->entries, kept);
  g_ptr_array_set_free_func (self->entries, (GDestroyNotify) lc_badge_entry_free);
}

static gboolean
is_in (const LcBadgeEntry *entry,
       gconstpointer       data)
{
  return g_hash_table_contains ((GHashTable *) data, &entry->person_id);
}

/**
 * lc_badge_set_keep_people:
 * @self: a set from lc_badge_set_load()
 * @person_ids: (array length=n_ids): the people to keep, by their id in the
 *   library the set was read from; in any order, repeats allowed
 * @n_ids: how many ids @person_ids holds
 *
 * Narrows @self to those of @person_ids who get a badge: a person who
 * declined, or who is not of the convention, is not added by being named.
 * The order stays the printing order (by name).
 */
void
lc_badge_set_keep_people (LcBadgeSet   *self,
                          const gint64 *person_ids,
                          guint         n_ids)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_int64_hash, g_int64_equal);

  g_return_if_fail (self != NULL);
  g_return_if_fail (n_ids == 0 || person_ids != NULL);

  /* The ids stay the caller's for as long as the table lives. */
  for (guint i = 0; i < n_ids; i++)
    g_hash_table_add (wanted, (gpointer) &person_ids[i]);
  keep_entries (self, is_in, wanted);
}

static gboolean
is_of_band (const LcBadgeEntry *entry,
            gconstpointer       data)
{
  LcParticipantCategory category = *(const LcParticipantCategory *) data;

  /* A delegate who speaks wears a speaker's badge, not a delegate's. */
  if (category == LC_PARTICIPANT_CATEGORY_PROGRAMME)
    return entry->on_programme;
  return !entry->on_programme && entry->participant_category == category;
}

/**
 * lc_badge_set_keep_band:
 * @self: a set from lc_badge_set_load()
 * @category: the band to keep: %LC_PARTICIPANT_CATEGORY_PROGRAMME for the
 *   programme's speakers, moderators and presenters, else a participant
 *   category (of those who are not on the programme)
 *
 * Narrows @self to the badges that wear @category's band.
 */
void
lc_badge_set_keep_band (LcBadgeSet            *self,
                        LcParticipantCategory  category)
{
  g_return_if_fail (self != NULL);

  keep_entries (self, is_of_band, &category);
}
