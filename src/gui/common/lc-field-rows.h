/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-record.h"

G_BEGIN_DECLS

/*
 * An editor's table of text fields: each names a string property of the
 * record and the AdwEntryRow, a member of the editor's struct, that edits
 * it. The helpers below load, read back and orient every row of a table.
 */

typedef struct
{
  const char *property;  /* "name-ar": a property ending in -ar is Arabic */
  gsize       offset;    /* of the AdwEntryRow * in the editor's struct */
  const char *label;     /* (nullable) the undo step that changes it alone */
} LcFieldRow;

#define LC_FIELD_ROW(Type, property, member) \
  { property, G_STRUCT_OFFSET (Type, member), NULL }
#define LC_FIELD_ROW_LABELLED(Type, property, member, label) \
  { property, G_STRUCT_OFFSET (Type, member), label }

AdwEntryRow      *lc_field_row_get            (gpointer          editor,
                                               const LcFieldRow *field);
char             *lc_field_row_dup_text       (gpointer          editor,
                                               const LcFieldRow *field);
const LcFieldRow *lc_field_rows_find          (gpointer          editor,
                                               const LcFieldRow *fields,
                                               guint             n_fields,
                                               AdwEntryRow      *row);
const LcFieldRow *lc_field_rows_find_property (const LcFieldRow *fields,
                                               guint             n_fields,
                                               const char       *property);
void              lc_field_rows_load          (gpointer          editor,
                                               const LcFieldRow *fields,
                                               guint             n_fields,
                                               LcRecord         *record);
void              lc_field_rows_save          (gpointer          editor,
                                               const LcFieldRow *fields,
                                               guint             n_fields,
                                               LcRecord         *record);
void              lc_field_rows_set_directions (gpointer          editor,
                                                const LcFieldRow *fields,
                                                guint             n_fields);

G_END_DECLS
