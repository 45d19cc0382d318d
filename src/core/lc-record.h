/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "lc-enums.h"

G_BEGIN_DECLS

#define LC_TYPE_RECORD (lc_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (LcRecord, lc_record, LC, RECORD, GObject)

typedef struct _LcColumn LcColumn;

/**
 * LcColumn:
 * @pspec: the property that holds the value
 * @name: the SQL column name (the property name with '_' for '-')
 * @zero_is_null: an integer or enum 0 is stored as NULL
 * @references: for a reference column, the table it points into
 *
 * One stored field of a record class.
 */
struct _LcColumn
{
  GParamSpec *pspec;
  char       *name;
  gboolean    zero_is_null;
  const char *references;
};

/**
 * LcRecordClass:
 * @table: the SQL table that holds records of this class
 * @order_by: the SQL ordering used when listing them
 * @parent_column: the column naming the owning record (e.g. "convention_id")
 * @columns: (element-type LcColumn): every stored field but "id", in order
 *
 * A record is a GObject whose properties are the columns of one table.
 * The store reads and writes any record class generically from @columns, so
 * adding a field is one line in the class and one in a migration.
 */
struct _LcRecordClass
{
  GObjectClass parent_class;

  const char *table;
  const char *order_by;
  const char *parent_column;
  GPtrArray  *columns;

  /*< private >*/
  GHashTable *column_index;

  gpointer padding[7];
};

void            lc_record_class_set_table     (LcRecordClass *klass,
                                               const char    *table,
                                               const char    *parent_column,
                                               const char    *order_by);
void            lc_record_class_add_text      (LcRecordClass *klass,
                                               const char    *name);
void            lc_record_class_add_bilingual (LcRecordClass *klass,
                                               const char    *name);
void            lc_record_class_add_int       (LcRecordClass *klass,
                                               const char    *name,
                                               int            minimum,
                                               int            maximum,
                                               gboolean       zero_is_null);
void            lc_record_class_add_boolean   (LcRecordClass *klass,
                                               const char    *name);
void            lc_record_class_add_enum      (LcRecordClass *klass,
                                               const char    *name,
                                               GType          enum_type,
                                               int            default_value,
                                               gboolean       zero_is_null);
void            lc_record_class_add_reference (LcRecordClass *klass,
                                               const char    *name,
                                               const char    *table);
const LcColumn *lc_record_class_find_column   (LcRecordClass *klass,
                                               const char    *column);

gint64          lc_record_get_id              (LcRecord      *self);
void            lc_record_set_id              (LcRecord      *self,
                                               gint64         id);
const char     *lc_record_get_uid             (LcRecord      *self);
void            lc_record_set_uid             (LcRecord      *self,
                                               const char    *uid);
gint64          lc_record_get_parent_id       (LcRecord      *self);
const char     *lc_record_get_string          (LcRecord      *self,
                                               const char    *property);
void            lc_record_set_string          (LcRecord      *self,
                                               const char    *property,
                                               const char    *value);
gint64          lc_record_get_int             (LcRecord      *self,
                                               const char    *property);
void            lc_record_set_int             (LcRecord      *self,
                                               const char    *property,
                                               gint64         value);
const char     *lc_record_get_text            (LcRecord      *self,
                                               const char    *field,
                                               LcLanguage     language,
                                               gboolean      *fell_back);
const char     *lc_record_get_display_text    (LcRecord      *self,
                                               const char    *field,
                                               LcLanguage     language,
                                               gboolean      *fell_back);
void            lc_record_set_text            (LcRecord      *self,
                                               const char    *field,
                                               const char    *arabic,
                                               const char    *english);
LcRecord       *lc_record_copy                (LcRecord      *self);
void            lc_record_assign              (LcRecord      *self,
                                               LcRecord      *other);
void            lc_record_assign_values       (LcRecord      *self,
                                               LcRecord      *other);
void            lc_record_set_stored          (LcRecord      *self);
void            lc_record_forget_stored       (LcRecord      *self);
gboolean        lc_record_is_changed          (LcRecord      *self,
                                               guint          column);
const GValue   *lc_record_peek_value          (LcRecord      *self,
                                               guint          column);
gboolean        lc_record_equal               (LcRecord      *a,
                                               LcRecord      *b);
guint64         lc_record_get_revision        (LcRecord      *self);

const char     *lc_enum_to_nick               (GType          enum_type,
                                               int            value);
gboolean        lc_enum_from_nick             (GType          enum_type,
                                               const char    *nick,
                                               int           *value);

G_END_DECLS
