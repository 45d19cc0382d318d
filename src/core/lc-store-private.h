/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "lc-store.h"

G_BEGIN_DECLS

/* How long a store that is not interactive waits for another process's
 * write to end before it says the library is busy. */
#define BUSY_TIMEOUT_MS 5000

/* Shared by the files of the store: lc-store.c (errors, transactions),
 * lc-store-records.c (reading and writing records), lc-store-open.c
 * (opening, checking and upgrading a library), lc-store-check.c (damage
 * checks, ahead of an open too), lc-store-schema.c (the
 * migrations) and lc-store-watch.c (other processes' changes). */

gboolean       lc_store_has_uid       (LcStore      *self,
                                       const char   *table);

struct _LcStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;   /* SQL text → sqlite3_stmt*, prepared once */
  int         depth;        /* open transactions and savepoints */
  int         version;
  gboolean    read_only;
  gboolean    protected_path;  /* registered with lc_file_protect() */
  gboolean    interactive;     /* never waits for the lock: lc_store_set_interactive() */
  char       *copy_dir;        /* a private copy read instead (see lc-store-open.c) */
  /* lc-store-watch.c */
  guint       watch_count;
  GSource    *watch_source;
  gint64      data_version;
  guint64     change_serial;   /* counts this store's own "changed" */
  GPtrArray  *pending;         /* LcRecord: edits waiting for the lock (lc-undo-queue.c) */
};

const char    *lc_store_get_migration (int           step);
int            lc_store_get_step_creating (const char *table);
int            lc_store_get_person_photo_version (void);
sqlite3_stmt  *lc_store_prepare       (LcStore      *self,
                                       const char   *sql,
                                       GError      **error);
void           lc_store_emit_changed  (LcStore      *self,
                                       GType         type,
                                       gint64        id,
                                       LcChangeKind  kind);
gboolean       lc_store_query_int     (LcStore      *self,
                                       const char   *sql,
                                       gint64       *result,
                                       GError      **error);
gboolean       lc_store_check_damage  (LcStore      *self,
                                       GError      **error);

G_END_DECLS
