/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "lc-record.h"

G_BEGIN_DECLS

/*
 * Searching names typed in Arabic or in a Latin script.
 *
 * lc_search_normalise() makes the forms people treat as one spelling equal:
 * - Unicode compatibility decomposition (NFKD), so presentation forms and
 *   ligatures (ﻷ, ﬁ) become their letters, and accented letters become a
 *   letter and a mark; then case folding.
 * - Every non-spacing mark is dropped: Latin accents (U+0300–U+036F), Arabic
 *   tashkeel (U+064B–U+065F, including the hamza and madda marks that NFKD
 *   splits off أ إ آ ؤ ئ), superscript alef U+0670, Quranic marks.
 *   So أ إ آ become ا, ؤ becomes و, ئ becomes ي. Tatweel U+0640 is dropped.
 * - ٱ (alef wasla) → ا, ة (taa marbuta) → ه, ى (alef maqsura) → ي; the
 *   Persian forms ی → ي and ک → ك that Persian keyboards type.
 * - A standalone hamza ء is kept: it is a letter of its own (سماء).
 * - Decimal digits of any script become ASCII digits.
 * - Invisible format characters (direction marks, joiners, soft hyphen) are
 *   dropped, and apostrophes (' ’ ʼ) too, so "O’Brien" matches "obrien".
 *   Other punctuation (hyphens, dots, commas) separates words, so
 *   "Al-Salem" matches "al salem".
 * - White space is collapsed to single spaces, with none at either end.
 *
 * lc_search_matches() splits the needle at spaces: every word of it must
 * occur in the haystack, anywhere, not only at the start of a word, so
 * "salem" finds "Al-Salem" and "سالم" finds "السالم" (Arabic attaches
 * the article and other prefixes to the word). An empty needle matches all.
 *
 * Compound names are written with or without their space (عبدالرحمن and
 * عبد الرحمن, أبوبكر and أبو بكر, Abdulrahman and Abdul Rahman): a needle's
 * word also occurs where the haystack has it from the start of a word on
 * with spaces in between. The spaced needle finds the joined name anyway,
 * as each of its words occurs inside it.
 */

char          *lc_search_normalise          (const char    *text);
gboolean       lc_search_matches            (const char    *normalised_haystack,
                                             const char    *normalised_needle);
gboolean       lc_search_record_matches     (LcRecord      *record,
                                             const char    *normalised_needle);

typedef struct _LcSearchIndex LcSearchIndex;

GType          lc_search_index_get_type     (void) G_GNUC_CONST;
#define LC_TYPE_SEARCH_INDEX (lc_search_index_get_type ())

LcSearchIndex *lc_search_index_new          (void);
LcSearchIndex *lc_search_index_ref          (LcSearchIndex *self);
void           lc_search_index_unref        (LcSearchIndex *self);
guint          lc_search_index_add          (LcSearchIndex *self,
                                             gint64         id,
                                             const char    *arabic,
                                             const char    *english);
guint          lc_search_index_add_record   (LcSearchIndex *self,
                                             LcRecord      *record,
                                             const char    *field);
guint          lc_search_index_get_n_entries (LcSearchIndex *self);
gint64         lc_search_index_get_id       (LcSearchIndex *self,
                                             guint          position);
GArray        *lc_search_index_query        (LcSearchIndex *self,
                                             const char    *needle);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcSearchIndex, lc_search_index_unref)

G_END_DECLS
