/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-diff-private.h"

/* Comparing two texts of a declaration clause by clause; the words of each
 * clause are compared by lc_diff_words() (lc-diff.c). */

G_DEFINE_BOXED_TYPE (LcTextDiff, lc_text_diff, lc_text_diff_ref, lc_text_diff_unref)

static GPtrArray *
whole (LcDiffKind  kind,
       const char *text)
{
  GPtrArray *segments = g_ptr_array_new_with_free_func (lc_diff_segment_free);

  lc_diff_add_segment (segments, kind, text);
  return segments;
}

static void
clause_diff_free (gpointer data)
{
  LcClauseDiff *diff = data;

  g_ptr_array_unref (diff->ar);
  g_ptr_array_unref (diff->en);
  g_free (diff);
}

static void
section_diff_free (gpointer data)
{
  LcSectionDiff *diff = data;

  g_ptr_array_unref (diff->title_ar);
  g_ptr_array_unref (diff->title_en);
  g_ptr_array_unref (diff->clauses);
  g_free (diff);
}

static void
text_diff_clear (gpointer data)
{
  LcTextDiff *self = data;

  g_ptr_array_unref (self->title_ar);
  g_ptr_array_unref (self->title_en);
  g_ptr_array_unref (self->sections);
}

/**
 * lc_text_diff_ref:
 * @self: a comparison
 *
 * Returns: (transfer full): @self, with one more reference
 */
LcTextDiff *
lc_text_diff_ref (LcTextDiff *self)
{
  return g_atomic_rc_box_acquire (self);
}

/**
 * lc_text_diff_unref:
 * @self: a comparison
 *
 * Drops a reference; the last one frees the comparison.
 */
void
lc_text_diff_unref (LcTextDiff *self)
{
  g_atomic_rc_box_release_full (self, text_diff_clear);
}

static LcClauseDiff *
clause_diff (const LcTextClause *old_clause,
             const LcTextClause *new_clause,
             LcDiffFlags         flags)
{
  LcClauseDiff *diff = g_new0 (LcClauseDiff, 1);

  g_assert (old_clause != NULL || new_clause != NULL);
  diff->key = new_clause ? new_clause->key : old_clause->key;
  if (old_clause == NULL)
    {
      diff->change = LC_CLAUSE_CHANGE_INSERTED;
      diff->ar = whole (LC_DIFF_INSERTED, new_clause->text_ar);
      diff->en = whole (LC_DIFF_INSERTED, new_clause->text_en);
    }
  else if (new_clause == NULL)
    {
      diff->change = LC_CLAUSE_CHANGE_DELETED;
      diff->ar = whole (LC_DIFF_DELETED, old_clause->text_ar);
      diff->en = whole (LC_DIFF_DELETED, old_clause->text_en);
    }
  else
    {
      diff->ar = lc_diff_words (old_clause->text_ar, new_clause->text_ar, flags);
      diff->en = lc_diff_words (old_clause->text_en, new_clause->text_en, flags);
      diff->change = lc_diff_segments_equal (diff->ar) && lc_diff_segments_equal (diff->en)
                     ? LC_CLAUSE_CHANGE_UNCHANGED : LC_CLAUSE_CHANGE_CHANGED;
    }

  return diff;
}

/* Interleaves two orderings of keys: every key of @new_keys in its order,
 * and each key of @old_keys that is nowhere in the new text (@in_new) where
 * it was, between the keys both orders share; within a stretch that changed,
 * deletions come before insertions. Fills @merged with the keys and
 * @only_old with whether each is a deletion. */
static void
merge_order (GArray     *old_keys,
             GArray     *new_keys,
             GHashTable *in_new,
             GArray     *merged,
             GArray     *only_old)
{
  g_autoptr(GHashTable) old_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint next_old = 0;
  gboolean yes = TRUE, no = FALSE;

  for (guint i = 0; i < old_keys->len; i++)
    g_hash_table_insert (old_index, &g_array_index (old_keys, gint64, i), GUINT_TO_POINTER (i + 1));

  for (guint i = 0; i <= new_keys->len; i++)
    {
      guint until = old_keys->len;

      if (i < new_keys->len)
        {
          guint found = GPOINTER_TO_UINT (g_hash_table_lookup (old_index, &g_array_index (new_keys, gint64, i)));

          if (found > next_old)
            until = found - 1;
          else
            {
              /* An insertion: first the deletions up to the next key that
               * both orders share, or all that remain. */
              for (guint j = i + 1; j < new_keys->len; j++)
                {
                  guint ahead = GPOINTER_TO_UINT (g_hash_table_lookup (old_index, &g_array_index (new_keys, gint64, j)));

                  if (ahead > next_old)
                    {
                      until = ahead - 1;
                      break;
                    }
                }
            }
        }

      for (; next_old < until; next_old++)
        {
          gint64 key = g_array_index (old_keys, gint64, next_old);

          if (!g_hash_table_contains (in_new, &key))
            {
              g_array_append_val (merged, key);
              g_array_append_val (only_old, yes);
            }
        }
      if (i < new_keys->len)
        {
          if (until == next_old && until < old_keys->len
              && g_array_index (old_keys, gint64, until) == g_array_index (new_keys, gint64, i))
            next_old++;
          g_array_append_val (merged, g_array_index (new_keys, gint64, i));
          g_array_append_val (only_old, no);
        }
    }
}

static void
section_keys (LcTextSection *section,
              GArray        *keys)
{
  for (guint i = 0; section && i < section->clauses->len; i++)
    g_array_append_val (keys, ((LcTextClause *) g_ptr_array_index (section->clauses, i))->key);
}

static LcTextSection *
find_section (LcDeclarationText *text,
              gint64             key)
{
  for (guint i = 0; i < text->sections->len; i++)
    if (((LcTextSection *) g_ptr_array_index (text->sections, i))->key == key)
      return g_ptr_array_index (text->sections, i);

  return NULL;
}

static LcSectionDiff *
section_diff (LcDeclarationText *old_text,
              LcDeclarationText *new_text,
              LcTextSection     *old_section,
              LcTextSection     *new_section,
              GHashTable        *clauses_in_new,
              LcDiffFlags        flags,
              guint             *n_changed)
{
  LcSectionDiff *diff = g_new0 (LcSectionDiff, 1);
  g_autoptr(GArray) old_keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) new_keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) merged = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) only_old = g_array_new (FALSE, FALSE, sizeof (gboolean));
  gboolean changed = FALSE;

  g_assert (old_section != NULL || new_section != NULL);
  diff->key = new_section ? new_section->key : old_section->key;
  diff->clauses = g_ptr_array_new_with_free_func (clause_diff_free);
  if (old_section == NULL)
    {
      diff->title_ar = whole (LC_DIFF_INSERTED, new_section->title_ar);
      diff->title_en = whole (LC_DIFF_INSERTED, new_section->title_en);
    }
  else if (new_section == NULL)
    {
      diff->title_ar = whole (LC_DIFF_DELETED, old_section->title_ar);
      diff->title_en = whole (LC_DIFF_DELETED, old_section->title_en);
    }
  else
    {
      diff->title_ar = lc_diff_words (old_section->title_ar, new_section->title_ar, flags);
      diff->title_en = lc_diff_words (old_section->title_en, new_section->title_en, flags);
      changed = !lc_diff_segments_equal (diff->title_ar) || !lc_diff_segments_equal (diff->title_en);
    }

  section_keys (old_section, old_keys);
  section_keys (new_section, new_keys);
  merge_order (old_keys, new_keys, clauses_in_new, merged, only_old);

  for (guint i = 0; i < merged->len; i++)
    {
      gint64 key = g_array_index (merged, gint64, i);
      gboolean deleted = g_array_index (only_old, gboolean, i);
      /* A clause is matched over the whole text, so one that moved to
       * another section is compared with its old wording. */
      const LcTextClause *old_clause = lc_declaration_text_find_clause (old_text, key, NULL);
      const LcTextClause *new_clause = deleted ? NULL : lc_declaration_text_find_clause (new_text, key, NULL);
      LcClauseDiff *clause = clause_diff (old_clause, new_clause, flags);

      if (clause->change != LC_CLAUSE_CHANGE_UNCHANGED)
        {
          changed = TRUE;
          (*n_changed)++;
        }
      g_ptr_array_add (diff->clauses, clause);
    }

  if (old_section == NULL)
    diff->change = LC_CLAUSE_CHANGE_INSERTED;
  else if (new_section == NULL)
    diff->change = LC_CLAUSE_CHANGE_DELETED;
  else
    diff->change = changed ? LC_CLAUSE_CHANGE_CHANGED : LC_CLAUSE_CHANGE_UNCHANGED;

  return diff;
}

/**
 * lc_diff_texts:
 * @old_text: the older text of a declaration (a version)
 * @new_text: the newer text (a later version, or the working text)
 * @flags: options
 *
 * Compares two texts of one declaration clause by clause, matching clauses
 * and sections by key. A clause only in @new_text is inserted, one only in
 * @old_text deleted, each as a whole.
 *
 * Returns: (transfer full): the comparison
 */
LcTextDiff *
lc_diff_texts (LcDeclarationText *old_text,
               LcDeclarationText *new_text,
               LcDiffFlags        flags)
{
  LcTextDiff *self = g_atomic_rc_box_new0 (LcTextDiff);
  g_autoptr(GHashTable) clauses_in_new = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) sections_in_new = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) old_keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) new_keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) merged = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) only_old = g_array_new (FALSE, FALSE, sizeof (gboolean));

  self->title_ar = lc_diff_words (old_text->title_ar, new_text->title_ar, flags);
  self->title_en = lc_diff_words (old_text->title_en, new_text->title_en, flags);
  self->sections = g_ptr_array_new_with_free_func (section_diff_free);

  for (guint i = 0; i < new_text->sections->len; i++)
    {
      LcTextSection *section = g_ptr_array_index (new_text->sections, i);

      g_hash_table_add (sections_in_new, &section->key);
      g_array_append_val (new_keys, section->key);
      for (guint j = 0; j < section->clauses->len; j++)
        g_hash_table_add (clauses_in_new, &((LcTextClause *) g_ptr_array_index (section->clauses, j))->key);
    }
  for (guint i = 0; i < old_text->sections->len; i++)
    g_array_append_val (old_keys, ((LcTextSection *) g_ptr_array_index (old_text->sections, i))->key);

  merge_order (old_keys, new_keys, sections_in_new, merged, only_old);

  for (guint i = 0; i < merged->len; i++)
    {
      gint64 key = g_array_index (merged, gint64, i);
      gboolean deleted = g_array_index (only_old, gboolean, i);

      g_ptr_array_add (self->sections,
                       section_diff (old_text, new_text, find_section (old_text, key),
                                     deleted ? NULL : find_section (new_text, key),
                                     clauses_in_new, flags, &self->n_changed));
    }

  return self;
}
