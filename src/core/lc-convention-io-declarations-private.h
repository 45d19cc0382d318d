/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-convention-io-private.h"
#include "lc-declaration.h"

G_BEGIN_DECLS

/* The state of reading the declarations of a convention file, shared by
 * lc-convention-io-declarations.c (declarations, sections, clauses and
 * versions) and lc-convention-io-amendments.c (amendments). */

/* A clause row: listed in a section, or the clause a pending insert-after
 * amendment would add (which the file only names, as its "new_clause"). */
typedef struct
{
  LcRecord    *record;         /* owned by the reader's pending list, or by @detached */
  LcPending   *detached;       /* a listed clause waiting for the amendment that introduced it */
  gpointer     declaration;    /* LcIoDeclaration* */
  LcRecord    *section;
  char        *label;
  const char  *introduced_by;  /* local id of an amendment, or NULL */
  gpointer     introducer;     /* LcIoAmendment*, once read */
  gboolean     listed;
} LcIoClause;

typedef struct
{
  LcRecord   *record;
  char       *label;
  const char *id;
} LcIoAmendment;

typedef struct
{
  LcDeclarationText *text;       /* keys are set once the rows have ids */
  GPtrArray         *sections;   /* LcRecord*, as text->sections */
  GPtrArray         *clauses;    /* LcRecord*, as the text's clauses, section after section */
  GDateTime         *published;
} LcIoVersion;

typedef struct
{
  LcRecord   *record;
  GHashTable *amendment_ids;   /* local id → LcRecord */
  GPtrArray  *amendments;      /* LcIoAmendment*, in number order */
  GPtrArray  *clauses;         /* LcIoClause*, in the order read */
  GPtrArray  *versions;        /* LcIoVersion* */
  gint64      last_number;     /* of the amendment read last */
  guint       n_versions;
} LcIoDeclaration;

/* Ids of sections and clauses are unique in the whole file, so a
 * reference to another declaration's can be named as such. */
typedef struct
{
  GPtrArray  *list;              /* LcIoDeclaration* */
  GHashTable *declaration_ids;   /* local id → LcRecord */
  GHashTable *section_ids;       /* local id → LcRecord */
  GHashTable *section_owner;     /* LcRecord* → LcIoDeclaration* */
  GHashTable *clause_ids;        /* local id → LcRecord */
  GHashTable *clauses;           /* LcRecord* → LcIoClause* */
} LcIoDeclarations;

LcIoDeclarations *lc_io_declarations_state (LcReader *reader);
gboolean lc_io_read_timestamp (LcReader    *reader,
                               JsonObject  *object,
                               const char  *label,
                               const char  *member,
                               GDateTime  **out,
                               GError     **error);
gboolean lc_io_read_optional_id (LcReader     *reader,
                                 JsonObject   *object,
                                 const char   *label,
                                 const char   *member,
                                 const char   *array,
                                 const char  **out,
                                 GError      **error);
gboolean lc_io_read_clause_ref (LcReader          *reader,
                                JsonObject        *object,
                                const char        *label,
                                const char        *member,
                                LcIoDeclaration   *declaration,
                                LcIoClause       **out,
                                GError           **error);
gboolean lc_io_read_amendment (LcReader    *reader,
                               JsonObject  *object,
                               const char  *label,
                               guint        index,
                               gpointer     user_data,
                               GError     **error);

G_END_DECLS
