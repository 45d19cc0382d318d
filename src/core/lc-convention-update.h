/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "lc-store.h"

G_BEGIN_DECLS

/**
 * LcUpdateAction:
 * @LC_UPDATE_ADD: the file has a record the library does not
 * @LC_UPDATE_CHANGE: the file changes fields of a record of the library
 * @LC_UPDATE_DELETE: the library has a record the file does not
 *
 * What updating a convention from its file does to one record, matched by
 * its uid.
 */
typedef enum
{
  LC_UPDATE_ADD,
  LC_UPDATE_CHANGE,
  LC_UPDATE_DELETE,
} LcUpdateAction;

typedef struct _LcUpdateRow LcUpdateRow;

/**
 * LcUpdateRow:
 * @area: the kind of record, for display (“Agenda items”, “Clauses”…)
 * @action: what the update does to it
 * @label: the record's name, for display
 * @detail: (nullable): for a change, each changed field with its value
 *   before and after, one per line
 *
 * One record of a planned update. Read only.
 */
struct _LcUpdateRow
{
  const char     *area;
  LcUpdateAction  action;
  char           *label;
  char           *detail;
};

typedef struct _LcConventionUpdate LcConventionUpdate;

gint64              lc_convention_find_existing       (LcStore             *store,
                                                       const char          *data,
                                                       gsize                length,
                                                       GError             **error);
gint64              lc_convention_find_existing_parsed (LcStore            *store,
                                                       JsonParser          *parser,
                                                       GError             **error);

LcConventionUpdate *lc_convention_update_new          (LcStore             *store,
                                                       gint64               convention_id,
                                                       const char          *data,
                                                       gsize                length,
                                                       const char          *source_name,
                                                       GError             **error);
void                lc_convention_update_free         (LcConventionUpdate  *self);

gint64              lc_convention_update_get_convention_id (LcConventionUpdate *self);
const char         *lc_convention_update_get_title    (LcConventionUpdate  *self);
guint               lc_convention_update_get_n_rows   (LcConventionUpdate  *self);
const LcUpdateRow  *lc_convention_update_get_row      (LcConventionUpdate  *self,
                                                       guint                index);
guint               lc_convention_update_count        (LcConventionUpdate  *self,
                                                       LcUpdateAction       action);
const char         *lc_convention_update_get_blocker  (LcConventionUpdate  *self);
char               *lc_convention_update_format_report (LcConventionUpdate *self);

gboolean            lc_convention_update_apply        (LcConventionUpdate  *self,
                                                       LcStore             *store,
                                                       GError             **error);
GPtrArray          *lc_convention_update_take_changes (LcConventionUpdate  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcConventionUpdate, lc_convention_update_free)

G_END_DECLS
