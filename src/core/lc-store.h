/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lc-models.h"

G_BEGIN_DECLS

#define LC_TYPE_STORE (lc_store_get_type ())

G_DECLARE_FINAL_TYPE (LcStore, lc_store, LC, STORE, GObject)

/* "LCit": marks a database as ours, so a foreign SQLite file is refused. */
#define LC_STORE_APPLICATION_ID 0x4C436974

typedef enum
{
  LC_CHANGE_INSERTED,
  LC_CHANGE_UPDATED,
  LC_CHANGE_DELETED,
} LcChangeKind;

int          lc_store_get_latest_version  (void);
int          lc_store_get_report_version  (void);
guint        lc_store_get_n_quick_checks  (void);
guint        lc_store_get_n_quick_checks_in_open (void);
void         lc_store_check_ahead         (const char   *path);
char        *lc_store_default_path        (void);

LcStore     *lc_store_open                (const char   *path,
                                           GError      **error);
LcStore     *lc_store_open_at_version     (const char   *path,
                                           int           version,
                                           GError      **error);
const char  *lc_store_get_path            (LcStore      *self);
int          lc_store_get_version         (LcStore      *self);
gboolean     lc_store_is_read_only        (LcStore      *self);
gpointer     lc_store_get_handle          (LcStore      *self);

gboolean     lc_store_begin               (LcStore      *self,
                                           GError      **error);
gboolean     lc_store_commit              (LcStore      *self,
                                           GError      **error);
void         lc_store_rollback            (LcStore      *self);
gboolean     lc_store_begin_read          (LcStore      *self,
                                           GError      **error);
void         lc_store_end_read            (LcStore      *self);
gboolean     lc_store_exec                (LcStore      *self,
                                           const char   *sql,
                                           GError      **error);

gboolean     lc_store_insert              (LcStore      *self,
                                           LcRecord     *record,
                                           GError      **error);
gboolean     lc_store_insert_as           (LcStore      *self,
                                           LcRecord     *record,
                                           const char   *uid,
                                           GError      **error);
gboolean     lc_store_update              (LcStore      *self,
                                           LcRecord     *record,
                                           GError      **error);
gboolean     lc_store_delete              (LcStore      *self,
                                           LcRecord     *record,
                                           GError      **error);
gpointer     lc_store_get                 (LcStore      *self,
                                           GType         type,
                                           gint64        id,
                                           GError      **error);
GListStore  *lc_store_list                (LcStore      *self,
                                           GType         type,
                                           const char   *column,
                                           gint64        value,
                                           GError      **error);
GListStore  *lc_store_list_for_convention (LcStore    *self,
                                           GType         type,
                                           gint64        convention_id,
                                           GError      **error);
GHashTable  *lc_store_list_by_parent      (LcStore      *self,
                                           GType         type,
                                           gint64        convention_id,
                                           const char   *property,
                                           GError      **error);
gint64       lc_store_count               (LcStore      *self,
                                           GType         type,
                                           const char   *column,
                                           gint64        value,
                                           GError      **error);

gboolean     lc_uid_is_valid              (const char   *uid);
char        *lc_store_get_uid             (LcStore      *self,
                                           GType         type,
                                           gint64        id,
                                           GError      **error);
gboolean     lc_store_take_uid            (LcStore      *self,
                                           GType         type,
                                           gint64        id,
                                           const char   *uid,
                                           gboolean     *taken,
                                           GError      **error);

GListStore  *lc_store_list_conventions    (LcStore      *self,
                                           GError      **error);

void         lc_store_set_interactive     (LcStore      *self,
                                           gboolean      interactive);
gboolean     lc_store_get_interactive     (LcStore      *self);
void         lc_store_watch               (LcStore      *self);
void         lc_store_unwatch             (LcStore      *self);
guint64      lc_store_get_change_serial   (LcStore      *self);
void         lc_store_add_pending         (LcStore      *self,
                                           LcRecord     *record);
void         lc_store_remove_pending      (LcStore      *self,
                                           LcRecord     *record);
GPtrArray   *lc_store_get_pending         (LcStore      *self);

void         lc_store_set_error_from_sqlite (LcStore    *self,
                                           int           rc,
                                           GError      **error);

G_END_DECLS
