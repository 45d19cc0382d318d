/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-convention-update.h"
#include "lc-store.h"

G_BEGIN_DECLS

/* The largest changes file read: 1,000 people added make 164 KB. */
#define LC_EXCHANGE_MAX_FILE_BYTES (32 * 1024 * 1024)
/* The most changes (rows of the changeset) a file may hold. */
#define LC_EXCHANGE_MAX_ROWS 500000
/* The longest organiser's name, in bytes. */
#define LC_EXCHANGE_MAX_AUTHOR_BYTES 200

/**
 * LcExchangeChoice:
 * @LC_EXCHANGE_UNRESOLVED: nobody chose yet
 * @LC_EXCHANGE_MINE: keep this library's value
 * @LC_EXCHANGE_THEIRS: take the changes file's value
 * @LC_EXCHANGE_AMENDMENT: for a declaration clause's text both edited: keep
 *   this library's text, the file's becomes a proposed amendment by the
 *   file's author (see lc_exchange_merge_get_clause_texts())
 *
 * How one conflict of a merge is resolved.
 */
typedef enum
{
  LC_EXCHANGE_UNRESOLVED,
  LC_EXCHANGE_MINE,
  LC_EXCHANGE_THEIRS,
  LC_EXCHANGE_AMENDMENT,
} LcExchangeChoice;

/**
 * LcExchangeConflictKind:
 * @LC_EXCHANGE_CONFLICT_FIELD: a field both organisers changed differently
 * @LC_EXCHANGE_CONFLICT_DELETED_HERE: a record deleted here and changed there
 * @LC_EXCHANGE_CONFLICT_DELETED_THERE: a record changed here and deleted there
 * @LC_EXCHANGE_CONFLICT_ADDED: a record both added, with different values
 *
 * What a conflict is about.
 */
typedef enum
{
  LC_EXCHANGE_CONFLICT_FIELD,
  LC_EXCHANGE_CONFLICT_DELETED_HERE,
  LC_EXCHANGE_CONFLICT_DELETED_THERE,
  LC_EXCHANGE_CONFLICT_ADDED,
} LcExchangeConflictKind;

typedef struct _LcExchangeConflict LcExchangeConflict;

/**
 * LcExchangeConflict:
 * @kind: what the conflict is about
 * @area: the kind of record, for display (“Agenda items”…)
 * @label: the record's name, for display
 * @detail: each field in conflict with its value before, here and in the
 *   file, one per line
 * @choice: how it is resolved
 *
 * One conflict of a merge. Read only: change @choice with
 * lc_exchange_merge_resolve().
 */
struct _LcExchangeConflict
{
  LcExchangeConflictKind  kind;
  const char             *area;
  char                   *label;
  char                   *detail;
  LcExchangeChoice        choice;
  /*< private >*/
  char                   *table;
  char                   *uid;
};

typedef struct _LcExchangeMerge LcExchangeMerge;

gboolean         lc_exchange_track              (LcStore           *store,
                                                 gint64             convention_id,
                                                 GError           **error);
gboolean         lc_exchange_send               (LcStore           *store,
                                                 gint64             convention_id,
                                                 const char        *author,
                                                 const char        *path,
                                                 guint             *n_changes,
                                                 GError           **error);

LcExchangeMerge *lc_exchange_merge_new          (LcStore           *store,
                                                 const char        *data,
                                                 gsize              length,
                                                 const char        *source_name,
                                                 GError           **error);
void             lc_exchange_merge_free         (LcExchangeMerge   *self);
gint64           lc_exchange_merge_get_convention_id (LcExchangeMerge *self);
const char      *lc_exchange_merge_get_author   (LcExchangeMerge   *self);
const char      *lc_exchange_merge_get_created  (LcExchangeMerge   *self);
const char      *lc_exchange_merge_get_already  (LcExchangeMerge   *self);
guint            lc_exchange_merge_get_n_conflicts (LcExchangeMerge *self);
const LcExchangeConflict *lc_exchange_merge_get_conflict (LcExchangeMerge *self,
                                                 guint              index);
void             lc_exchange_merge_resolve      (LcExchangeMerge   *self,
                                                 guint              index,
                                                 LcExchangeChoice   choice);
gboolean         lc_exchange_merge_get_clause_texts (LcExchangeMerge *self,
                                                 guint              index,
                                                 char             **here,
                                                 char             **theirs);
void             lc_exchange_merge_resolve_all  (LcExchangeMerge   *self,
                                                 LcExchangeChoice   choice);
gboolean         lc_exchange_merge_plan         (LcExchangeMerge   *self,
                                                 GError           **error);
LcConventionUpdate *lc_exchange_merge_get_update (LcExchangeMerge  *self);
char            *lc_exchange_merge_format_report (LcExchangeMerge  *self);
gboolean         lc_exchange_merge_apply        (LcExchangeMerge   *self,
                                                 GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcExchangeMerge, lc_exchange_merge_free)

G_END_DECLS
