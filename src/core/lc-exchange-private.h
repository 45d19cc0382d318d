/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The session extension's API is declared only with these (Debian's
 * libsqlite3 is built with both; tests/test-exchange.c checks it). */
#ifndef SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#endif
#include <sqlite3.h>

#include "lc-convention-update-private.h"
#include "lc-exchange.h"

G_BEGIN_DECLS

/* Shared by lc-exchange-mirror.c (the tables keyed by uid),
 * lc-exchange-file.c (the changes file), lc-exchange.c (send, history) and
 * lc-exchange-merge.c. */

/* One exchanged table: the record class's table with "uid" as its primary
 * key, then the class's columns (references as the uid they point at). */
typedef struct
{
  GType       type;
  const char *table;
  GPtrArray  *columns;   /* const LcColumn *, the class's */
} LcExchangeTable;

const LcExchangeTable *lc_exchange_tables        (guint          *n_tables);
const LcExchangeTable *lc_exchange_table_find    (const char     *table);
LcExchangeTable lc_exchange_content_table (const char        *table,
                                           const char *const *columns);
char         *lc_exchange_content_uid     (const char     *sha256);
gboolean      lc_exchange_exec            (sqlite3        *db,
                                           const char     *sql,
                                           GError        **error);
void          lc_exchange_set_error       (sqlite3        *db,
                                           int             rc,
                                           GError        **error);
sqlite3      *lc_exchange_open_db         (const char     *path,
                                           GError        **error);
gboolean      lc_exchange_mirror_create   (sqlite3        *db,
                                           const char     *schema,
                                           GError        **error);
gboolean      lc_exchange_mirror_fill     (sqlite3        *db,
                                           const char     *schema,
                                           LcStore        *store,
                                           LcUpdateTree   *tree,
                                           GError        **error);
gboolean      lc_exchange_mirror_fill_library (sqlite3    *db,
                                           const char     *schema,
                                           const char     *library,
                                           LcStore        *store,
                                           gint64          convention_id,
                                           GError        **error);
gboolean      lc_exchange_mirror_copy     (sqlite3        *db,
                                           const char     *from,
                                           const char     *to,
                                           GError        **error);
LcUpdateTree *lc_exchange_mirror_to_tree  (sqlite3        *db,
                                           LcUpdateTree   *library,
                                           GError        **error);
gboolean      lc_exchange_value_to_gvalue (const LcExchangeTable *table,
                                           const LcColumn *column,
                                           sqlite3_value  *value,
                                           LcUpdateTree   *tree,
                                           GValue         *out,
                                           GError        **error);

/* lc-exchange-file.c */

/* A line "merged: REPLICA SEQUENCE" of a changes file (format 2): its
 * author had merged REPLICA's files up to SEQUENCE when sending it. */
typedef struct
{
  char   *replica;
  gint64  sequence;
} LcExchangeAck;

typedef struct
{
  int           format;
  int           schema;
  char         *convention;   /* the convention's uid */
  char         *replica;      /* the sending library's identity for it */
  char         *author;
  gint64        sequence;     /* the replica's sends, counted from 1 */
  char         *created;
  guint         rows;
  const guint8 *changeset;    /* into the file's data */
  gsize         size;
  char         *hash;         /* SHA-256 of the whole file */
  GPtrArray    *acks;         /* LcExchangeAck, or NULL in a format 1 file */
} LcExchangeHeader;

gboolean      lc_exchange_header_parse    (const char       *data,
                                           gsize             length,
                                           const char       *source,
                                           LcExchangeHeader *header,
                                           GError          **error);
void          lc_exchange_header_clear    (LcExchangeHeader *header);
GBytes       *lc_exchange_file_build      (const LcExchangeHeader *header,
                                           const void       *changeset,
                                           gsize             size);
void          lc_exchange_ack_free        (gpointer          ack);
gint64        lc_exchange_header_acked    (const LcExchangeHeader *header,
                                           const char       *replica);

/* lc-exchange.c */
gboolean      lc_exchange_attach          (sqlite3        *db,
                                           const char     *path,
                                           const char     *name,
                                           GError        **error);
char         *lc_exchange_state_path      (LcStore        *store,
                                           const char     *convention_uid);
gboolean      lc_exchange_state_meta      (sqlite3        *db,
                                           const char     *schema,
                                           char          **replica,
                                           gint64         *sequence,
                                           GError        **error);
gboolean      lc_exchange_history_add     (LcStore        *store,
                                           gint64          convention_id,
                                           const char     *kind,
                                           const LcExchangeHeader *header,
                                           const guint     counts[4],
                                           GError        **error);
char         *lc_exchange_history_find    (LcStore        *store,
                                           gint64          convention_id,
                                           const char     *hash,
                                           GError        **error);
gboolean      lc_exchange_diff_state      (sqlite3        *db,
                                           void          **changeset,
                                           int            *size,
                                           GError        **error);

/* lc-exchange-ack.c: the fields this library changed that a file's
 * author had not seen, in sent changesets the file does not acknowledge
 * (@sent) and in what is not sent yet (@unsent), keyed by
 * "table\x1fuid\x1fcolumn" (column 0: the record). */
typedef struct
{
  GHashTable *sent;
  GHashTable *unsent;
} LcExchangeUnseen;

GPtrArray    *lc_exchange_acks_read       (LcStore        *store,
                                           gint64          convention_id,
                                           GError        **error);
gboolean      lc_exchange_sent_add        (sqlite3        *db,
                                           const char     *schema,
                                           gint64          sequence,
                                           const void     *changeset,
                                           int             size,
                                           GError        **error);
gboolean      lc_exchange_sent_forget     (sqlite3        *db,
                                           const char     *schema,
                                           gint64          sequence,
                                           GError        **error);
gboolean      lc_exchange_unseen_read     (sqlite3        *db,
                                           const LcExchangeHeader *header,
                                           LcExchangeUnseen **unseen,
                                           GError        **error);
void          lc_exchange_unseen_free     (LcExchangeUnseen *unseen);
int           lc_exchange_state_conflict  (void           *data,
                                           int             kind,
                                           sqlite3_changeset_iter *iter);
gboolean      lc_exchange_state_settle    (LcExchangeMerge *self,
                                           sqlite3        *db,
                                           GError        **error);

/* lc-exchange-merge.c, lc-exchange-apply.c */
struct _LcExchangeMerge
{
  LcStore            *store;
  gint64              convention_id;
  char               *source;
  char               *data;
  LcExchangeHeader    header;
  char               *already;     /* why there is nothing to merge, or NULL */
  GPtrArray          *conflicts;   /* LcExchangeConflict */
  LcUpdateTree       *library;
  LcConventionUpdate *update;      /* once planned */
  guint               skipped;     /* changes of records this library does not have */
  guint               removed;     /* records whose parent was deleted meanwhile */
  GPtrArray          *published;   /* the merged versions, lc-exchange-published.c */
  LcExchangeUnseen   *unseen;      /* lc-exchange-ack.c, NULL for a format 1 file */
  GPtrArray          *state_later; /* fields of S set back after the file (lc-exchange-ack.c) */
  sqlite3            *mirror;      /* the first pass's result, kept when it met no conflict */
};

sqlite3      *lc_exchange_apply_to_mirror (LcExchangeMerge *self,
                                           gboolean         recording,
                                           GError         **error);
int           lc_exchange_keep_table      (void            *data,
                                           const char      *table);

/* lc-exchange-images.c: people's photos, their images as a table */
LcExchangeTable lc_exchange_images_table  (void);
gboolean      lc_exchange_images_fill     (sqlite3        *db,
                                           const char     *schema,
                                           LcStore        *store,
                                           LcUpdateTree   *tree,
                                           GError        **error);
gboolean      lc_exchange_check_content_rows (const LcExchangeHeader *header,
                                              const char     *source,
                                              GError        **error);
gboolean      lc_exchange_refuse_content  (const char     *source,
                                           const char     *why,
                                           GError        **error);
GPtrArray    *lc_exchange_images_collect  (sqlite3        *db,
                                           LcStore        *store,
                                           LcUpdateTree   *tree,
                                           const char     *source,
                                           GError        **error);

/* lc-exchange-published.c: published declaration versions as a table */
LcExchangeTable lc_exchange_published_table (void);
gboolean      lc_exchange_published_fill  (sqlite3        *db,
                                           const char     *schema,
                                           LcUpdateTree   *tree,
                                           GError        **error);
gboolean      lc_exchange_published_check_change (sqlite3_changeset_iter *iter,
                                                  int             op,
                                                  const char     *source,
                                                  GError        **error);
gboolean      lc_exchange_settle_duplicates (sqlite3     *db,
                                             GError     **error);
GPtrArray    *lc_exchange_published_none    (void);
GPtrArray    *lc_exchange_published_collect (sqlite3      *db,
                                             const LcExchangeHeader *header,
                                             GError      **error);
gboolean      lc_exchange_published_write (LcStore        *store,
                                           LcConventionUpdate *update,
                                           GPtrArray      *rows,
                                           GError        **error);

/* lc-exchange-conflicts.c */
LcExchangeConflict *lc_exchange_conflict_new   (LcUpdateTree           *library,
                                                LcExchangeConflictKind  kind,
                                                const LcExchangeTable  *table,
                                                sqlite3_changeset_iter *iter,
                                                const char             *uid);
void                lc_exchange_conflict_free  (gpointer                data);
gboolean            lc_exchange_values_equal   (sqlite3_value          *a,
                                                sqlite3_value          *b);

/* lc-exchange-amend.c */
void                lc_exchange_amend_propose  (LcExchangeMerge        *self,
                                                sqlite3                *db,
                                                const LcExchangeTable  *table,
                                                sqlite3_changeset_iter *iter,
                                                const char             *uid);

G_END_DECLS
