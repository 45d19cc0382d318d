/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-diff-private.h"

/* Tokens */

typedef enum
{
  CLASS_WORD,
  CLASS_SPACE,
  CLASS_OTHER,
} CharClass;

/* Marks and format characters (ZWJ, ZWNJ, the bidi marks) never start a
 * token: they belong to what precedes them (UAX #29, rule WB4). */
static gboolean
is_extend (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_FORMAT:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_ideograph (gunichar c)
{
  GUnicodeBreakType type = g_unichar_break_type (c);

  return type == G_UNICODE_BREAK_IDEOGRAPHIC || type == G_UNICODE_BREAK_CONDITIONAL_JAPANESE_STARTER;
}

static gboolean
is_digit (gunichar c)
{
  return g_unichar_type (c) == G_UNICODE_DECIMAL_NUMBER;
}

static gboolean
is_letter (gunichar c)
{
  return g_unichar_isalpha (c);
}

static CharClass
classify (gunichar c)
{
  if (g_unichar_isspace (c))
    return CLASS_SPACE;
  if (g_unichar_isalnum (c) || g_unichar_type (c) == G_UNICODE_CONNECT_PUNCTUATION
      || g_unichar_type (c) == G_UNICODE_LETTER_NUMBER || g_unichar_type (c) == G_UNICODE_OTHER_NUMBER)
    return CLASS_WORD;
  return CLASS_OTHER;
}

static const char *
skip_extend (const char *p)
{
  while (*p != '\0' && is_extend (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  return p;
}

/* Where the word starting at @p ends. */
static const char *
word_end (const char *p)
{
  gunichar last = g_utf8_get_char (p);

  p = g_utf8_next_char (p);
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (is_extend (c))
        {
          p = next;
          continue;
        }

      if (classify (c) == CLASS_WORD && !is_ideograph (c))
        {
          last = c;
          p = next;
          continue;
        }

      /* "don't", "1,000", "3.5", "٣٫٥": a separator between two letters
       * or two digits stays in the word (UAX #29, WB6/7 and WB11/12). */
      if (*next != '\0')
        {
          gunichar after = g_utf8_get_char (skip_extend (next));
          gboolean mid_letter = (c == '\'' || c == 0x2019) && is_letter (last) && is_letter (after);
          gboolean mid_num = (c == '.' || c == ',' || c == 0x066B || c == 0x066C)
                             && is_digit (last) && is_digit (after);

          if (mid_letter || mid_num)
            {
              p = next;
              continue;
            }
        }

      break;
    }

  return p;
}

/**
 * lc_diff_tokenize:
 * @text: UTF-8 text
 *
 * Splits @text into words, runs of white space and single other characters
 * (see the top of lc-diff.h). Joining the tokens gives @text back.
 *
 * Returns: (transfer full) (element-type utf8): the tokens
 */
GPtrArray *
lc_diff_tokenize (const char *text)
{
  GPtrArray *tokens = g_ptr_array_new_with_free_func (g_free);
  const char *p = text ? text : "";

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *end;

      if (is_extend (c) || classify (c) == CLASS_OTHER || is_ideograph (c))
        {
          end = skip_extend (g_utf8_next_char (p));
        }
      else if (classify (c) == CLASS_SPACE)
        {
          end = g_utf8_next_char (p);
          while (*end != '\0' && classify (g_utf8_get_char (end)) == CLASS_SPACE)
            end = g_utf8_next_char (end);
          end = skip_extend (end);
        }
      else
        {
          end = word_end (p);
        }

      g_ptr_array_add (tokens, g_strndup (p, end - p));
      p = end;
    }

  return tokens;
}

/**
 * lc_diff_is_arabic_diacritic:
 * @c: a character
 *
 * Returns: whether @c is an Arabic diacritic (tashkeel such as fatha,
 *   damma, kasra, shadda, sukun, tanween; superscript alef; Quranic
 *   annotation marks) or tatweel, which
 *   %LC_DIFF_FLAGS_IGNORE_DIACRITICS disregards
 */
gboolean
lc_diff_is_arabic_diacritic (gunichar c)
{
  return (c >= 0x0610 && c <= 0x061A)
         || c == 0x0640                     /* tatweel, a stretch of the baseline */
         || (c >= 0x064B && c <= 0x065F)
         || c == 0x0670
         || (c >= 0x06D6 && c <= 0x06DC)
         || (c >= 0x06DF && c <= 0x06E4)
         || (c >= 0x06E7 && c <= 0x06E8)
         || (c >= 0x06EA && c <= 0x06ED)
         || (c >= 0x08D3 && c <= 0x08E1)
         || (c >= 0x08E3 && c <= 0x08FF);
}

/**
 * lc_diff_strip_diacritics:
 * @text: UTF-8 text
 *
 * Returns: (transfer full): @text without its Arabic diacritics and tatweel
 */
char *
lc_diff_strip_diacritics (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!lc_diff_is_arabic_diacritic (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Myers' O((N+M)D) difference in linear space: find the middle snake of
 * the shortest edit script, split there, recurse. Tokens are compared as
 * small integers (see lc_diff_words). */

typedef struct
{
  LcDiffKind kind;
  guint      index;   /* into the new tokens for EQUAL and INSERTED, the old for DELETED */
} Op;

typedef struct
{
  const int *a;
  const int *b;
  GArray    *ops;
} Differ;

static void
emit (Differ     *d,
      LcDiffKind  kind,
      guint       from,
      guint       to)
{
  for (guint i = from; i < to; i++)
    {
      Op op = { kind, i };

      g_array_append_val (d->ops, op);
    }
}

static void diff_range (Differ *d, guint a0, guint a1, guint b0, guint b1);

/* Finds a point (x, y) on an optimal path from (a0, b0) to (a1, b1) that
 * splits it in two, following the bisection of diff-match-patch. Returns
 * FALSE when the ranges have nothing in common. */
static gboolean
middle_snake (Differ *d,
              guint   a0,
              guint   a1,
              guint   b0,
              guint   b1,
              guint  *split_x,
              guint  *split_y)
{
  const int *a = d->a + a0, *b = d->b + b0;
  int n = (int) (a1 - a0), m = (int) (b1 - b0);
  int max_d = (n + m + 1) / 2;
  int offset = max_d, length = 2 * max_d + 2;
  int delta = n - m;
  gboolean front = (delta % 2 != 0);
  int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
  g_autofree int *v1 = g_new (int, length);
  g_autofree int *v2 = g_new (int, length);

  for (int i = 0; i < length; i++)
    v1[i] = v2[i] = -1;
  v1[offset + 1] = 0;
  v2[offset + 1] = 0;

  for (int step = 0; step < max_d; step++)
    {
      for (int k1 = -step + k1start; k1 <= step - k1end; k1 += 2)
        {
          int k1_offset = offset + k1;
          int x1, y1;

          if (k1 == -step || (k1 != step && v1[k1_offset - 1] < v1[k1_offset + 1]))
            x1 = v1[k1_offset + 1];
          else
            x1 = v1[k1_offset - 1] + 1;
          y1 = x1 - k1;
          while (x1 < n && y1 < m && a[x1] == b[y1])
            x1++, y1++;
          v1[k1_offset] = x1;

          if (x1 > n)
            k1end += 2;
          else if (y1 > m)
            k1start += 2;
          else if (front)
            {
              int k2_offset = offset + delta - k1;

              if (k2_offset >= 0 && k2_offset < length && v2[k2_offset] != -1 && x1 >= n - v2[k2_offset])
                {
                  *split_x = a0 + x1;
                  *split_y = b0 + y1;
                  return TRUE;
                }
            }
        }

      for (int k2 = -step + k2start; k2 <= step - k2end; k2 += 2)
        {
          int k2_offset = offset + k2;
          int x2, y2;

          if (k2 == -step || (k2 != step && v2[k2_offset - 1] < v2[k2_offset + 1]))
            x2 = v2[k2_offset + 1];
          else
            x2 = v2[k2_offset - 1] + 1;
          y2 = x2 - k2;
          while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1])
            x2++, y2++;
          v2[k2_offset] = x2;

          if (x2 > n)
            k2end += 2;
          else if (y2 > m)
            k2start += 2;
          else if (!front)
            {
              int k1_offset = offset + delta - k2;

              if (k1_offset >= 0 && k1_offset < length && v1[k1_offset] != -1)
                {
                  int x1 = v1[k1_offset];
                  int y1 = offset + x1 - k1_offset;

                  if (x1 >= n - x2)
                    {
                      *split_x = a0 + x1;
                      *split_y = b0 + y1;
                      return TRUE;
                    }
                }
            }
        }
    }

  return FALSE;
}

static void
diff_range (Differ *d,
            guint   a0,
            guint   a1,
            guint   b0,
            guint   b1)
{
  guint prefix = 0, suffix = 0, x, y;

  while (a0 + prefix < a1 && b0 + prefix < b1 && d->a[a0 + prefix] == d->b[b0 + prefix])
    prefix++;
  emit (d, LC_DIFF_EQUAL, b0, b0 + prefix);
  a0 += prefix;
  b0 += prefix;

  while (a1 - suffix > a0 && b1 - suffix > b0 && d->a[a1 - suffix - 1] == d->b[b1 - suffix - 1])
    suffix++;
  a1 -= suffix;
  b1 -= suffix;

  if (a0 == a1)
    emit (d, LC_DIFF_INSERTED, b0, b1);
  else if (b0 == b1)
    emit (d, LC_DIFF_DELETED, a0, a1);
  else if (middle_snake (d, a0, a1, b0, b1, &x, &y))
    {
      diff_range (d, a0, x, b0, y);
      diff_range (d, x, a1, y, b1);
    }
  else
    {
      emit (d, LC_DIFF_DELETED, a0, a1);
      emit (d, LC_DIFF_INSERTED, b0, b1);
    }

  emit (d, LC_DIFF_EQUAL, b1, b1 + suffix);
}

/* Segments */

void
lc_diff_segment_free (gpointer data)
{
  LcDiffSegment *segment = data;

  g_free (segment->text);
  g_free (segment);
}

/* Appends to the last segment when it is of the same kind; empty text adds
 * nothing. */
void
lc_diff_add_segment (GPtrArray  *segments,
                     LcDiffKind  kind,
                     const char *text)
{
  LcDiffSegment *last = segments->len ? g_ptr_array_index (segments, segments->len - 1) : NULL;
  LcDiffSegment *segment;

  if (*text == '\0')
    return;

  if (last != NULL && last->kind == kind)
    {
      char *joined = g_strconcat (last->text, text, NULL);

      g_free (last->text);
      last->text = joined;
      return;
    }

  segment = g_new0 (LcDiffSegment, 1);
  segment->kind = kind;
  segment->text = g_strdup (text);
  g_ptr_array_add (segments, segment);
}

/* A run of the comparison: equal text, or a change (what went, what came). */
typedef struct
{
  gboolean  change;
  gboolean  blank;     /* an equal run of white space only */
  GString  *deleted;   /* for an equal run: its text */
  GString  *inserted;
} Run;

static void
run_clear (gpointer data)
{
  Run *run = data;

  g_string_free (run->deleted, TRUE);
  g_string_free (run->inserted, TRUE);
}

static GPtrArray *
ops_to_segments (GArray    *ops,
                 GPtrArray *old_tokens,
                 GPtrArray *new_tokens)
{
  g_autoptr(GArray) runs = g_array_new (FALSE, TRUE, sizeof (Run));
  GPtrArray *segments = g_ptr_array_new_with_free_func (lc_diff_segment_free);

  g_array_set_clear_func (runs, run_clear);

  for (guint i = 0; i < ops->len; i++)
    {
      Op *op = &g_array_index (ops, Op, i);
      gboolean change = op->kind != LC_DIFF_EQUAL;
      const char *token = g_ptr_array_index (op->kind == LC_DIFF_DELETED ? old_tokens : new_tokens, op->index);
      Run *run = runs->len ? &g_array_index (runs, Run, runs->len - 1) : NULL;

      if (run == NULL || run->change != change)
        {
          Run fresh = { change, !change, g_string_new (NULL), g_string_new (NULL) };

          g_array_append_val (runs, fresh);
          run = &g_array_index (runs, Run, runs->len - 1);
        }

      if (op->kind == LC_DIFF_INSERTED)
        g_string_append (run->inserted, token);
      else
        g_string_append (run->deleted, token);
      if (!change && classify (g_utf8_get_char (token)) != CLASS_SPACE)
        run->blank = FALSE;
    }

  /* Fold a lone blank between two changes into one replacement, when
   * together they both remove and add text. */
  for (guint i = 1; i + 1 < runs->len; i++)
    {
      Run *before = &g_array_index (runs, Run, i - 1);
      Run *blank = &g_array_index (runs, Run, i);
      Run *after = &g_array_index (runs, Run, i + 1);

      if (!before->change || !blank->blank || !after->change
          || before->deleted->len + after->deleted->len == 0
          || before->inserted->len + after->inserted->len == 0)
        continue;

      g_string_append (before->deleted, blank->deleted->str);
      g_string_append (before->deleted, after->deleted->str);
      g_string_append (before->inserted, blank->deleted->str);
      g_string_append (before->inserted, after->inserted->str);
      g_array_remove_range (runs, i, 2);
      i--;
    }

  for (guint i = 0; i < runs->len; i++)
    {
      Run *run = &g_array_index (runs, Run, i);

      if (!run->change)
        lc_diff_add_segment (segments, LC_DIFF_EQUAL, run->deleted->str);
      else
        {
          lc_diff_add_segment (segments, LC_DIFF_DELETED, run->deleted->str);
          lc_diff_add_segment (segments, LC_DIFF_INSERTED, run->inserted->str);
        }
    }

  return segments;
}

static int *
token_ids (GPtrArray   *tokens,
           GHashTable  *ids,
           LcDiffFlags  flags)
{
  int *out = g_new (int, MAX (tokens->len, 1));

  for (guint i = 0; i < tokens->len; i++)
    {
      const char *token = g_ptr_array_index (tokens, i);
      char *key = (flags & LC_DIFF_FLAGS_IGNORE_DIACRITICS) ? lc_diff_strip_diacritics (token) : g_strdup (token);
      gpointer id;

      if (!g_hash_table_lookup_extended (ids, key, NULL, &id))
        {
          id = GINT_TO_POINTER (g_hash_table_size (ids));
          g_hash_table_insert (ids, key, id);
        }
      else
        g_free (key);

      out[i] = GPOINTER_TO_INT (id);
    }

  return out;
}

/**
 * lc_diff_words:
 * @old_text: (nullable): the older text
 * @new_text: (nullable): the newer text
 * @flags: options
 *
 * Compares two texts word by word (see the top of lc-diff.h).
 *
 * Returns: (transfer full) (element-type LcDiffSegment): the segments; none
 *   when both texts are empty
 */
GPtrArray *
lc_diff_words (const char  *old_text,
               const char  *new_text,
               LcDiffFlags  flags)
{
  g_autoptr(GPtrArray) old_tokens = lc_diff_tokenize (old_text);
  g_autoptr(GPtrArray) new_tokens = lc_diff_tokenize (new_text);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree int *a = token_ids (old_tokens, ids, flags);
  g_autofree int *b = token_ids (new_tokens, ids, flags);
  g_autoptr(GArray) ops = g_array_new (FALSE, FALSE, sizeof (Op));
  Differ d = { a, b, ops };

  diff_range (&d, 0, old_tokens->len, 0, new_tokens->len);

  return ops_to_segments (ops, old_tokens, new_tokens);
}

/**
 * lc_diff_segments_equal:
 * @segments: (element-type LcDiffSegment): a comparison
 *
 * Returns: whether it found no difference
 */
gboolean
lc_diff_segments_equal (GPtrArray *segments)
{
  for (guint i = 0; i < segments->len; i++)
    if (((LcDiffSegment *) g_ptr_array_index (segments, i))->kind != LC_DIFF_EQUAL)
      return FALSE;

  return TRUE;
}

/**
 * lc_diff_segments_text:
 * @segments: (element-type LcDiffSegment): a comparison
 * @without: %LC_DIFF_INSERTED for the old text, %LC_DIFF_DELETED for the new
 *
 * Returns: (transfer full): the text the segments make without those of
 *   kind @without
 */
char *
lc_diff_segments_text (GPtrArray  *segments,
                       LcDiffKind  without)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < segments->len; i++)
    {
      LcDiffSegment *segment = g_ptr_array_index (segments, i);

      if (segment->kind != without)
        g_string_append (text, segment->text);
    }

  return g_string_free (text, FALSE);
}
