/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nicks generated from these names ("insert-after", "withdrawn", …) are
 * what the database and the convention file store: never rename a value. */

/**
 * LcAmendmentKind:
 * @LC_AMENDMENT_KIND_REPLACE: give the clause new text; a language left
 *   empty keeps the clause's text in that language
 * @LC_AMENDMENT_KIND_INSERT_AFTER: add a new clause right after the clause
 * @LC_AMENDMENT_KIND_DELETE: remove the clause
 *
 * What an amendment does to the clause it targets.
 */
typedef enum
{
  LC_AMENDMENT_KIND_REPLACE,
  LC_AMENDMENT_KIND_INSERT_AFTER,
  LC_AMENDMENT_KIND_DELETE,
} LcAmendmentKind;

/**
 * LcAmendmentStatus:
 * @LC_AMENDMENT_STATUS_PROPOSED: under discussion
 * @LC_AMENDMENT_STATUS_ACCEPTED: adopted; part of the working text
 * @LC_AMENDMENT_STATUS_REJECTED: refused by the meeting
 * @LC_AMENDMENT_STATUS_WITHDRAWN: taken back by its proposer (final)
 *
 * Where an amendment stands. See lc_amendment_status_can_change() for the
 * transitions that are allowed.
 */
typedef enum
{
  LC_AMENDMENT_STATUS_PROPOSED,
  LC_AMENDMENT_STATUS_ACCEPTED,
  LC_AMENDMENT_STATUS_REJECTED,
  LC_AMENDMENT_STATUS_WITHDRAWN,
} LcAmendmentStatus;

/**
 * LcClauseState:
 * @LC_CLAUSE_STATE_BASE: part of the base text (see lc-declaration.h)
 * @LC_CLAUSE_STATE_PENDING: the clause an insert-after amendment would add;
 *   its text is the amendment's, and it is in the working text only while
 *   the amendment is accepted
 * @LC_CLAUSE_STATE_REMOVED: no longer in the base text, but kept because a
 *   published version or an amendment refers to it
 *
 * How a row of the clauses table takes part in the text.
 */
typedef enum
{
  LC_CLAUSE_STATE_BASE,
  LC_CLAUSE_STATE_PENDING,
  LC_CLAUSE_STATE_REMOVED,
} LcClauseState;

/**
 * LcDiffKind:
 * @LC_DIFF_EQUAL: text found in both
 * @LC_DIFF_INSERTED: text only in the newer text
 * @LC_DIFF_DELETED: text only in the older text
 *
 * The kind of one segment of a comparison.
 */
typedef enum
{
  LC_DIFF_EQUAL,
  LC_DIFF_INSERTED,
  LC_DIFF_DELETED,
} LcDiffKind;

/**
 * LcClauseChange:
 * @LC_CLAUSE_CHANGE_UNCHANGED: same text in both languages
 * @LC_CLAUSE_CHANGE_CHANGED: in both texts, with different wording
 * @LC_CLAUSE_CHANGE_INSERTED: only in the newer text
 * @LC_CLAUSE_CHANGE_DELETED: only in the older text
 *
 * How a clause (or a section) differs between two texts.
 */
typedef enum
{
  LC_CLAUSE_CHANGE_UNCHANGED,
  LC_CLAUSE_CHANGE_CHANGED,
  LC_CLAUSE_CHANGE_INSERTED,
  LC_CLAUSE_CHANGE_DELETED,
} LcClauseChange;

/**
 * LcDiffFlags:
 * @LC_DIFF_FLAGS_NONE: compare the texts exactly
 * @LC_DIFF_FLAGS_IGNORE_DIACRITICS: words that differ only by Arabic
 *   diacritics (tashkeel, superscript alef, Quranic marks) or tatweel
 *   compare equal
 *
 * Options of a comparison.
 */
typedef enum /*< flags >*/
{
  LC_DIFF_FLAGS_NONE              = 0,
  LC_DIFF_FLAGS_IGNORE_DIACRITICS = 1 << 0,
} LcDiffFlags;

G_END_DECLS
