/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-convention-update.h"
#include "lc-record.h"

G_BEGIN_DECLS

/* Shared by lc-convention-update.c (reading both sides and comparing them
 * into a plan) and lc-convention-update-apply.c (writing the plan). */

/* Every record of one convention in one library, parents before children. */
typedef struct
{
  GPtrArray  *records;   /* LcRecord */
  GHashTable *by_key;    /* "Type:id" → LcRecord (owned by records) */
  GHashTable *by_uid;    /* "Type:uid" → LcRecord (owned by records) */
  GHashTable *by_fact;   /* what a record is, see find_match (); made when first asked */
} LcUpdateTree;

/* One planned row with the records it concerns: @file is NULL for a
 * deletion, @library NULL for an addition. */
typedef struct
{
  GType           type;
  LcUpdateAction  action;
  LcRecord       *file;
  LcRecord       *library;
} LcUpdateEntry;

struct _LcConventionUpdate
{
  gint64        convention_id;
  char         *title;
  char         *source;
  char         *blocker;     /* why the plan cannot be applied, or NULL */
  LcUpdateTree *file;        /* the file's records, read into a scratch library */
  LcUpdateTree *library;     /* the library's, as they were when planned */
  GPtrArray    *entries;     /* LcUpdateEntry */
  GPtrArray    *rows;        /* LcUpdateRow, one per entry */
  GPtrArray    *applied;     /* LcUndoChange: what the last apply wrote */
  GPtrArray    *images;      /* GBytes: the images of the file's people's photos */
};

const GType  *lc_update_types          (guint         *n_types);
gboolean      lc_update_type_has_uid   (GType          type);
GType         lc_update_type_for_table (const char    *table);
char         *lc_update_key            (GType          type,
                                        gint64         id);
LcUpdateTree *lc_update_tree_read      (LcStore       *store,
                                        gint64         convention_id,
                                        GError       **error);
LcUpdateTree *lc_update_tree_read_some (LcStore       *store,
                                        gint64         convention_id,
                                        const GType   *only,
                                        guint          n_only,
                                        GError       **error);
void          lc_update_tree_free      (LcUpdateTree  *tree);
const char   *lc_update_tree_uid_of    (LcUpdateTree  *tree,
                                        const char    *table,
                                        gint64         id);
GPtrArray    *lc_update_compare        (LcUpdateTree  *file,
                                        LcUpdateTree  *library);

/* lc-convention-update-report.c */
void          lc_update_describe       (LcConventionUpdate *self);
LcLanguage    lc_update_message_language (void);
const char   *lc_update_area_name      (GType          type);
char         *lc_update_record_label   (LcUpdateTree  *tree,
                                        LcRecord      *record);
char         *lc_update_field_label    (const char    *property);
char         *lc_update_format_value   (LcUpdateTree  *tree,
                                        const LcColumn *column,
                                        const GValue  *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcUpdateTree, lc_update_tree_free)

G_END_DECLS
