/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-declaration.h"
#include "lc-record-fields-private.h"

/* The typed accessors declared in lc-declaration.h, each wired to its property
 * by one macro line (see lc-record-fields-private.h). */

/**
 * lc_clause_get_state:
 * @self: a clause
 *
 * Returns: whether the clause is in the base text, pending or removed ("state")
 */
/**
 * lc_clause_set_state:
 * @self: a clause
 * @value: the new value
 *
 * Sets whether the clause is in the base text, pending or removed.
 */
LC_DEFINE_INT_FIELD (LcClause, lc_clause, CLAUSE, state, "state", LcClauseState)

/**
 * lc_clause_get_amendment_id:
 * @self: a clause
 *
 * Returns: the id of the amendment that owns a pending clause, or 0 ("amendment-id")
 */
/**
 * lc_clause_set_amendment_id:
 * @self: a clause
 * @value: the new value
 *
 * Sets the id of the amendment that owns a pending clause, or 0.
 */
LC_DEFINE_INT_FIELD (LcClause, lc_clause, CLAUSE, amendment_id, "amendment-id", gint64)

/**
 * lc_amendment_get_declaration_id:
 * @self: an amendment
 *
 * Returns: the id of the declaration the amendment is to ("declaration-id")
 */
/**
 * lc_amendment_set_declaration_id:
 * @self: an amendment
 * @value: the new value
 *
 * Sets the id of the declaration the amendment is to.
 */
LC_DEFINE_INT_FIELD (LcAmendment, lc_amendment, AMENDMENT, declaration_id, "declaration-id", gint64)

/**
 * lc_amendment_get_number:
 * @self: an amendment
 *
 * Returns: its number within the declaration ("number")
 */
/**
 * lc_amendment_set_number:
 * @self: an amendment
 * @value: the new value
 *
 * Sets its number within the declaration.
 */
LC_DEFINE_INT_FIELD (LcAmendment, lc_amendment, AMENDMENT, number, "number", int)

/**
 * lc_amendment_get_clause_id:
 * @self: an amendment
 *
 * Returns: the id (key) of the clause it targets ("clause-id")
 */
/**
 * lc_amendment_set_clause_id:
 * @self: an amendment
 * @value: the new value
 *
 * Sets the id (key) of the clause it targets.
 */
LC_DEFINE_INT_FIELD (LcAmendment, lc_amendment, AMENDMENT, clause_id, "clause-id", gint64)

/**
 * lc_amendment_get_kind:
 * @self: an amendment
 *
 * Returns: whether it replaces, inserts after or deletes its clause ("kind")
 */
/**
 * lc_amendment_set_kind:
 * @self: an amendment
 * @value: the new value
 *
 * Sets whether it replaces, inserts after or deletes its clause.
 */
LC_DEFINE_INT_FIELD (LcAmendment, lc_amendment, AMENDMENT, kind, "kind", LcAmendmentKind)

/**
 * lc_amendment_get_text:
 * @self: an amendment
 * @language: the language wanted
 *
 * Returns: (transfer none): the text it proposes in @language exactly ("text-ar" or
 *   "text-en"), "" when empty; lc_record_get_text () falls back instead
 */
/**
 * lc_amendment_set_text:
 * @self: an amendment
 * @arabic: (nullable): the Arabic text
 * @english: (nullable): the English text
 *
 * Sets the text it proposes in both languages (%NULL is "").
 */
LC_DEFINE_BILINGUAL_FIELD (LcAmendment, lc_amendment, AMENDMENT, text, "text")

/**
 * lc_amendment_get_rationale:
 * @self: an amendment
 * @language: the language wanted
 *
 * Returns: (transfer none): why it is proposed in @language exactly ("rationale-ar" or
 *   "rationale-en"), "" when empty; lc_record_get_text () falls back instead
 */
/**
 * lc_amendment_set_rationale:
 * @self: an amendment
 * @arabic: (nullable): the Arabic text
 * @english: (nullable): the English text
 *
 * Sets why it is proposed in both languages (%NULL is "").
 */
LC_DEFINE_BILINGUAL_FIELD (LcAmendment, lc_amendment, AMENDMENT, rationale, "rationale")

/**
 * lc_amendment_get_city_id:
 * @self: an amendment
 *
 * Returns: the id of the city proposing it, or 0 ("city-id")
 */
/**
 * lc_amendment_set_city_id:
 * @self: an amendment
 * @value: the new value
 *
 * Sets the id of the city proposing it, or 0.
 */
LC_DEFINE_INT_FIELD (LcAmendment, lc_amendment, AMENDMENT, city_id, "city-id", gint64)

/**
 * lc_amendment_get_person_id:
 * @self: an amendment
 *
 * Returns: the id of the person proposing it, or 0 ("person-id")
 */
/**
 * lc_amendment_set_person_id:
 * @self: an amendment
 * @value: the new value
 *
 * Sets the id of the person proposing it, or 0.
 */
LC_DEFINE_INT_FIELD (LcAmendment, lc_amendment, AMENDMENT, person_id, "person-id", gint64)

/**
 * lc_amendment_get_item_id:
 * @self: an amendment
 *
 * Returns: the id of the agenda item it was proposed in, or 0 ("item-id")
 */
/**
 * lc_amendment_set_item_id:
 * @self: an amendment
 * @value: the new value
 *
 * Sets the id of the agenda item it was proposed in, or 0.
 */
LC_DEFINE_INT_FIELD (LcAmendment, lc_amendment, AMENDMENT, item_id, "item-id", gint64)

/**
 * lc_amendment_get_status:
 * @self: an amendment
 *
 * Returns: where it stands ("status"); it changes only through
 *   lc_amendment_set_status (), which keeps to the allowed transitions
 */
LC_DEFINE_INT_GETTER (LcAmendment, lc_amendment, AMENDMENT, status, "status", LcAmendmentStatus)

/**
 * lc_amendment_get_created:
 * @self: an amendment
 *
 * Returns: (transfer none): when it was proposed, as ISO 8601 ("created"), never %NULL
 */
/**
 * lc_amendment_set_created:
 * @self: an amendment
 * @value: (nullable): the new value; %NULL is ""
 *
 * Sets when it was proposed, as ISO 8601.
 */
LC_DEFINE_STRING_FIELD (LcAmendment, lc_amendment, AMENDMENT, created, "created")

/**
 * lc_amendment_get_incorporated_in:
 * @self: an amendment
 *
 * Returns: the number of the version it was incorporated in, or 0 ("incorporated-in")
 */
/**
 * lc_amendment_set_incorporated_in:
 * @self: an amendment
 * @value: the new value
 *
 * Sets the number of the version it was incorporated in, or 0.
 */
LC_DEFINE_INT_FIELD (LcAmendment, lc_amendment, AMENDMENT, incorporated_in, "incorporated-in", int)

/**
 * lc_declaration_version_get_number:
 * @self: a published version
 *
 * Returns: the version number, from 1 ("number")
 */
/**
 * lc_declaration_version_set_number:
 * @self: a published version
 * @value: the new value
 *
 * Sets the version number, from 1.
 */
LC_DEFINE_INT_FIELD (LcDeclarationVersion, lc_declaration_version, DECLARATION_VERSION, number, "number", int)

/**
 * lc_declaration_version_get_label:
 * @self: a published version
 * @language: the language wanted
 *
 * Returns: (transfer none): the version's label in @language exactly ("label-ar" or
 *   "label-en"), "" when empty; lc_record_get_text () falls back instead
 */
/**
 * lc_declaration_version_set_label:
 * @self: a published version
 * @arabic: (nullable): the Arabic text
 * @english: (nullable): the English text
 *
 * Sets the version's label in both languages (%NULL is "").
 */
LC_DEFINE_BILINGUAL_FIELD (LcDeclarationVersion, lc_declaration_version, DECLARATION_VERSION, label, "label")

/**
 * lc_declaration_version_get_published:
 * @self: a published version
 *
 * Returns: (transfer none): when it was published, as ISO 8601 ("published"), never %NULL
 */
/**
 * lc_declaration_version_set_published:
 * @self: a published version
 * @value: (nullable): the new value; %NULL is ""
 *
 * Sets when it was published, as ISO 8601.
 */
LC_DEFINE_STRING_FIELD (LcDeclarationVersion, lc_declaration_version, DECLARATION_VERSION,
                        published, "published")

/**
 * lc_declaration_version_get_clause_count:
 * @self: a published version
 *
 * Returns: how many clauses it has ("clause-count")
 */
/**
 * lc_declaration_version_set_clause_count:
 * @self: a published version
 * @value: the new value
 *
 * Sets how many clauses it has.
 */
LC_DEFINE_INT_FIELD (LcDeclarationVersion, lc_declaration_version, DECLARATION_VERSION,
                     clause_count, "clause-count", int)
