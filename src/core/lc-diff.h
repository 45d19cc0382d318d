/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-declaration.h"

G_BEGIN_DECLS

/*
 * Word-level comparison of texts, for Arabic as well as English.
 *
 * Tokens (a simplified UAX #29 word segmentation, with GLib only):
 * - a word is a run of letters, combining marks and digits (and "_");
 *   Arabic diacritics (tashkeel, category Mn) and tatweel stay inside their
 *   word and never split it; an apostrophe between two letters ("don't")
 *   and "." "," "٫" "٬" between two digits ("10.5", "1,000") stay inside too;
 * - a run of white space is one token;
 * - any other character (punctuation such as "،" "؛" "." "(", symbols) is a
 *   token of its own; a combining mark after it stays with it;
 * - ideographs and kana are one token each, as they are written without
 *   spaces.
 * Joining all tokens gives back the text exactly.
 *
 * Tokens are compared with a minimal (Myers, linear space) difference. The
 * result is a list of segments: equal, deleted (only in the old text) and
 * inserted (only in the new text), in reading order, deletions before
 * insertions where both replace the same stretch. A lone space between two
 * replaced words is folded into the replacement, so "the cat" → "a dog"
 * reads as one change rather than two.
 *
 * With %LC_DIFF_FLAGS_IGNORE_DIACRITICS, tokens are compared without their
 * Arabic diacritics and tatweel; an equal segment then shows the new text's
 * spelling.
 */

/**
 * LcDiffSegment:
 * @kind: equal, inserted or deleted
 * @text: the text of the segment
 *
 * One stretch of a comparison.
 */
typedef struct
{
  LcDiffKind  kind;
  char       *text;
} LcDiffSegment;

/**
 * LcClauseDiff:
 * @key: the clause's key
 * @change: how the clause differs
 * @ar: (element-type LcDiffSegment): the Arabic text compared
 * @en: (element-type LcDiffSegment): the English text compared
 *
 * A clause in a comparison of two declaration texts. An inserted clause is
 * one inserted segment per language, a deleted one one deleted segment
 * (none for an empty language).
 */
typedef struct
{
  gint64          key;
  LcClauseChange  change;
  GPtrArray      *ar;
  GPtrArray      *en;
} LcClauseDiff;

/**
 * LcSectionDiff:
 * @key: the section's key
 * @change: inserted or deleted for a whole section; changed when its title
 *   or any of its clauses changed; unchanged otherwise
 * @title_ar: (element-type LcDiffSegment): the Arabic title compared
 * @title_en: (element-type LcDiffSegment): the English title compared
 * @clauses: (element-type LcClauseDiff): its clauses, in the new order, with
 *   those only in the old text where they were
 *
 * A section in a comparison of two declaration texts.
 */
typedef struct
{
  gint64          key;
  LcClauseChange  change;
  GPtrArray      *title_ar;
  GPtrArray      *title_en;
  GPtrArray      *clauses;
} LcSectionDiff;

/**
 * LcTextDiff:
 * @title_ar: (element-type LcDiffSegment): the Arabic title compared
 * @title_en: (element-type LcDiffSegment): the English title compared
 * @sections: (element-type LcSectionDiff): the sections
 * @n_changed: how many clauses differ (changed, inserted or deleted)
 *
 * A comparison of two texts of one declaration, clause by clause.
 */
typedef struct
{
  GPtrArray *title_ar;
  GPtrArray *title_en;
  GPtrArray *sections;
  guint      n_changed;
} LcTextDiff;

#define LC_TYPE_TEXT_DIFF (lc_text_diff_get_type ())

GType       lc_text_diff_get_type       (void) G_GNUC_CONST;
LcTextDiff *lc_text_diff_ref            (LcTextDiff        *self);
void        lc_text_diff_unref          (LcTextDiff        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcTextDiff, lc_text_diff_unref)

GPtrArray  *lc_diff_tokenize            (const char        *text);
char       *lc_diff_strip_diacritics    (const char        *text);
gboolean    lc_diff_is_arabic_diacritic (gunichar           c);
GPtrArray  *lc_diff_words               (const char        *old_text,
                                         const char        *new_text,
                                         LcDiffFlags        flags);
gboolean    lc_diff_segments_equal      (GPtrArray         *segments);
char       *lc_diff_segments_text       (GPtrArray         *segments,
                                         LcDiffKind         without);
LcTextDiff *lc_diff_texts               (LcDeclarationText *old_text,
                                         LcDeclarationText *new_text,
                                         LcDiffFlags        flags);

G_END_DECLS
