/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-declaration-enums.h"
#include "lc-enums-types.h"
#include "lc-store.h"

G_BEGIN_DECLS

/*
 * Declarations: a bilingual text drafted, amended and published in versions.
 *
 * A convention has declarations; a declaration has ordered sections
 * (preamble, objectives, …); a section has ordered clauses, each with an
 * Arabic and an English text. Every section and clause row has an id that
 * never changes: it is the "key" by which two texts of the declaration are
 * compared clause by clause.
 *
 * The three texts:
 *
 * - The base text: the rows of the clauses table in state "base", in the
 *   sections not marked removed, ordered by position. Organisers edit it
 *   directly (drafting before version 1, editorial fixes later).
 *
 * - The working text = the base text with the ACCEPTED amendments that are
 *   not yet incorporated in a version applied in amendment number order:
 *   replace (a language left empty keeps the clause's text in it),
 *   insert-after (the clause the amendment adds comes right after its
 *   target, in the target's section), delete. It is computed, never stored,
 *   so reopening an accepted amendment takes it out again.
 *
 * - A published version: a frozen copy of the working text at the moment it
 *   was published, numbered 1, 2, … per declaration, labelled and dated,
 *   with its own title, section titles and clause texts
 *   (declaration_versions, version_sections, version_clauses). SQLite
 *   triggers refuse any UPDATE or DELETE of these rows, and any row added to
 *   a version after its publication; they go only with their declaration.
 *
 * Publishing freezes the working text as version N+1 and then folds it into
 * the base text: the base then equals version N+1, the accepted amendments
 * are marked "incorporated in N+1" (after which they never change: the
 * store refuses it), clauses they inserted become base clauses and clauses
 * they deleted are kept as "removed" rows (versions and amendments still
 * refer to them). So between publications:
 *
 *     working text = last version + direct edits of the base text
 *                    + accepted amendments not yet in a version
 *
 * and with no direct edits, exactly "last version + accepted amendments".
 *
 * An insert-after amendment owns a clause row in state "pending" (created by
 * lc_amendment_propose()), whose id is the key of the clause it adds, so
 * later amendments and versions can refer to it. Its text is the
 * amendment's proposed text.
 *
 * Every amendment records the last version number when it was proposed
 * ("against-version", 0 before version 1).
 *
 * Amendment status transitions: proposed → accepted | rejected | withdrawn,
 * and accepted | rejected → proposed (reopened). Nothing else, and nothing
 * at all once an amendment is incorporated in a published version. The
 * accepted amendments must always apply cleanly (their target clause is in
 * the working text when their turn comes): a status change that would break
 * that is refused.
 */

#define LC_TYPE_DECLARATION (lc_declaration_get_type ())
G_DECLARE_FINAL_TYPE (LcDeclaration, lc_declaration, LC, DECLARATION, LcRecord)

#define LC_TYPE_DECLARATION_SECTION (lc_declaration_section_get_type ())
G_DECLARE_FINAL_TYPE (LcDeclarationSection, lc_declaration_section, LC, DECLARATION_SECTION, LcRecord)

#define LC_TYPE_CLAUSE (lc_clause_get_type ())
G_DECLARE_FINAL_TYPE (LcClause, lc_clause, LC, CLAUSE, LcRecord)

#define LC_TYPE_AMENDMENT (lc_amendment_get_type ())
G_DECLARE_FINAL_TYPE (LcAmendment, lc_amendment, LC, AMENDMENT, LcRecord)

#define LC_TYPE_DECLARATION_VERSION (lc_declaration_version_get_type ())
G_DECLARE_FINAL_TYPE (LcDeclarationVersion, lc_declaration_version, LC, DECLARATION_VERSION, LcRecord)

#define LC_TYPE_VERSION_SECTION (lc_version_section_get_type ())
G_DECLARE_FINAL_TYPE (LcVersionSection, lc_version_section, LC, VERSION_SECTION, LcRecord)

#define LC_TYPE_VERSION_CLAUSE (lc_version_clause_get_type ())
G_DECLARE_FINAL_TYPE (LcVersionClause, lc_version_clause, LC, VERSION_CLAUSE, LcRecord)

/* Typed accessors for the fields the interface reads and writes, as in
 * lc-models.h; see lc-declaration-fields.c. */

LcClauseState     lc_clause_get_state                     (LcClause *self);
void              lc_clause_set_state                     (LcClause      *self,
                                                           LcClauseState  value);
gint64            lc_clause_get_amendment_id              (LcClause *self);
void              lc_clause_set_amendment_id              (LcClause *self,
                                                           gint64    value);

gint64            lc_amendment_get_declaration_id         (LcAmendment *self);
void              lc_amendment_set_declaration_id         (LcAmendment *self,
                                                           gint64       value);
int               lc_amendment_get_number                 (LcAmendment *self);
void              lc_amendment_set_number                 (LcAmendment *self,
                                                           int          value);
gint64            lc_amendment_get_clause_id              (LcAmendment *self);
void              lc_amendment_set_clause_id              (LcAmendment *self,
                                                           gint64       value);
LcAmendmentKind   lc_amendment_get_kind                   (LcAmendment *self);
void              lc_amendment_set_kind                   (LcAmendment     *self,
                                                           LcAmendmentKind  value);
const char       *lc_amendment_get_text                   (LcAmendment *self,
                                                           LcLanguage   language);
void              lc_amendment_set_text                   (LcAmendment *self,
                                                           const char  *arabic,
                                                           const char  *english);
const char       *lc_amendment_get_rationale              (LcAmendment *self,
                                                           LcLanguage   language);
void              lc_amendment_set_rationale              (LcAmendment *self,
                                                           const char  *arabic,
                                                           const char  *english);
gint64            lc_amendment_get_city_id                (LcAmendment *self);
void              lc_amendment_set_city_id                (LcAmendment *self,
                                                           gint64       value);
gint64            lc_amendment_get_person_id              (LcAmendment *self);
void              lc_amendment_set_person_id              (LcAmendment *self,
                                                           gint64       value);
gint64            lc_amendment_get_item_id                (LcAmendment *self);
void              lc_amendment_set_item_id                (LcAmendment *self,
                                                           gint64       value);
LcAmendmentStatus lc_amendment_get_status                 (LcAmendment *self);
const char       *lc_amendment_get_created                (LcAmendment *self);
void              lc_amendment_set_created                (LcAmendment *self,
                                                           const char  *value);
int               lc_amendment_get_incorporated_in        (LcAmendment *self);
void              lc_amendment_set_incorporated_in        (LcAmendment *self,
                                                           int          value);

int               lc_declaration_version_get_number       (LcDeclarationVersion *self);
void              lc_declaration_version_set_number       (LcDeclarationVersion *self,
                                                           int                   value);
const char       *lc_declaration_version_get_label        (LcDeclarationVersion *self,
                                                           LcLanguage            language);
void              lc_declaration_version_set_label        (LcDeclarationVersion *self,
                                                           const char           *arabic,
                                                           const char           *english);
const char       *lc_declaration_version_get_published    (LcDeclarationVersion *self);
void              lc_declaration_version_set_published    (LcDeclarationVersion *self,
                                                           const char           *value);
int               lc_declaration_version_get_clause_count (LcDeclarationVersion *self);
void              lc_declaration_version_set_clause_count (LcDeclarationVersion *self,
                                                           int                   value);

/**
 * LcTextClause:
 * @key: the clause's id, the same in every text of the declaration
 * @text_ar: the Arabic text, never %NULL
 * @text_en: the English text, never %NULL
 * @numbered: whether the clause is an item of a numbered list (such as
 *   the objectives) rather than a paragraph; printing numbers these 1, 2, …
 *   within their section. A clause inserted by an amendment takes the
 *   numbering of the clause it follows.
 * @amendment_id: in a working text, the last accepted amendment that
 *   inserted or changed the clause; otherwise 0
 *
 * One clause of a text.
 */
typedef struct
{
  gint64    key;
  char     *text_ar;
  char     *text_en;
  gboolean  numbered;
  gint64    amendment_id;
} LcTextClause;

/**
 * LcTextSection:
 * @key: the section's id
 * @title_ar: the Arabic title, never %NULL
 * @title_en: the English title, never %NULL
 * @clauses: (element-type LcTextClause): the clauses, in order
 *
 * One section of a text.
 */
typedef struct
{
  gint64     key;
  char      *title_ar;
  char      *title_en;
  GPtrArray *clauses;
} LcTextSection;

/**
 * LcDeclarationText:
 * @declaration_id: the declaration
 * @version: the version number, or 0 for the working text
 * @title_ar: the declaration's Arabic title
 * @title_en: the declaration's English title
 * @label_ar: the version's Arabic label ("" for the working text)
 * @label_en: the version's English label ("" for the working text)
 * @published: (nullable): when the version was published (ISO 8601), or
 *   %NULL for the working text
 * @sections: (element-type LcTextSection): the sections, in order
 * @skipped: (element-type gint64): ids of accepted amendments that could
 *   not be applied because their clause is not in the text (empty unless
 *   the data was changed behind the API's back); publishing is refused then
 *
 * A whole text of a declaration, a version or the working text. Reference
 * counted and read-only once returned.
 */
typedef struct
{
  gint64     declaration_id;
  int        version;
  char      *title_ar;
  char      *title_en;
  char      *label_ar;
  char      *label_en;
  char      *published;
  GPtrArray *sections;
  GArray    *skipped;
} LcDeclarationText;

#define LC_TYPE_DECLARATION_TEXT (lc_declaration_text_get_type ())

GType                 lc_declaration_text_get_type      (void) G_GNUC_CONST;
LcDeclarationText    *lc_declaration_text_new           (gint64              declaration_id,
                                                         int                 version);
LcDeclarationText    *lc_declaration_text_ref           (LcDeclarationText  *self);
void                  lc_declaration_text_unref         (LcDeclarationText  *self);
LcTextSection        *lc_declaration_text_add_section   (LcDeclarationText  *self,
                                                         gint64              key,
                                                         const char         *title_ar,
                                                         const char         *title_en);
LcTextClause         *lc_text_section_add_clause        (LcTextSection      *section,
                                                         gint64              key,
                                                         const char         *text_ar,
                                                         const char         *text_en);
const LcTextClause   *lc_declaration_text_find_clause   (LcDeclarationText  *self,
                                                         gint64              key,
                                                         const LcTextSection **section);
guint                 lc_declaration_text_count_clauses (LcDeclarationText  *self);
gboolean              lc_declaration_text_equal         (LcDeclarationText  *a,
                                                         LcDeclarationText  *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcDeclarationText, lc_declaration_text_unref)

const char           *lc_amendment_status_to_string     (LcAmendmentStatus   status);
const char           *lc_amendment_kind_to_string       (LcAmendmentKind     kind);
gboolean              lc_amendment_status_can_change    (LcAmendmentStatus   from,
                                                         LcAmendmentStatus   to);

gboolean              lc_amendment_propose              (LcStore            *store,
                                                         LcAmendment        *amendment,
                                                         GError            **error);
gboolean              lc_amendment_set_status           (LcStore            *store,
                                                         LcAmendment        *amendment,
                                                         LcAmendmentStatus   new_status,
                                                         GError            **error);
gint64                lc_amendment_get_new_clause_id    (LcStore            *store,
                                                         LcAmendment        *amendment,
                                                         GError            **error);

gboolean              lc_declaration_remove_clause      (LcStore            *store,
                                                         LcClause           *clause,
                                                         GError            **error);
gboolean              lc_declaration_remove_section     (LcStore            *store,
                                                         LcDeclarationSection *section,
                                                         GError            **error);

int                   lc_declaration_get_last_version   (LcStore            *store,
                                                         gint64              declaration_id,
                                                         GError            **error);
LcDeclarationText    *lc_declaration_get_working_text   (LcStore            *store,
                                                         gint64              declaration_id,
                                                         GError            **error);
LcDeclarationText    *lc_declaration_get_version_text   (LcStore            *store,
                                                         gint64              declaration_id,
                                                         int                 number,
                                                         GError            **error);
LcDeclarationVersion *lc_declaration_freeze_text        (LcStore            *store,
                                                         LcDeclarationText  *text,
                                                         const char         *label_ar,
                                                         const char         *label_en,
                                                         GDateTime          *published,
                                                         GError            **error);
LcDeclarationVersion *lc_declaration_publish_version    (LcStore            *store,
                                                         gint64              declaration_id,
                                                         const char         *label_ar,
                                                         const char         *label_en,
                                                         GError            **error);
LcDeclarationVersion *lc_declaration_publish_version_at (LcStore            *store,
                                                         gint64              declaration_id,
                                                         const char         *label_ar,
                                                         const char         *label_en,
                                                         GDateTime          *published,
                                                         GError            **error);

char                 *lc_timestamp_format               (GDateTime          *when);

G_END_DECLS
