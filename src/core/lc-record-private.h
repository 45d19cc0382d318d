/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-record.h"

G_BEGIN_DECLS

/* Shared by lc-record.c (columns and values) and lc-record-state.c (what
 * the store held, and texts as laid out). */

typedef struct
{
  gint64  id;
  GValue *values;   /* one per class column, allocated on first use */
  guint   n_values;
  char  **display;  /* per column: the text as shown, when it differs; see lc-text.c */
  GValue *stored;   /* the values as last read from or written to the store, or NULL */
  gboolean stored_is_values; /* and they are @values, not copied yet: see lc_record_keep_stored () */
  char   *uid;      /* the identity across libraries, or NULL: see lc_record_get_uid () */
  guint64 revision; /* see lc_record_get_revision () */
} LcRecordPrivate;

LcRecordPrivate *lc_record_private         (LcRecord   *self);
GValue          *lc_record_ensure_values   (LcRecord   *self);
GValue          *lc_record_ensure_empty_values (LcRecord *self);
GValue          *lc_record_value_for_name  (LcRecord   *self,
                                            const char *property);
void             lc_record_copy_stored     (LcRecord   *to,
                                            LcRecord   *from);
gboolean         lc_record_value_set_int   (GValue     *value,
                                            gint64      number);
void             lc_record_bump_revision   (LcRecord   *self);
void             lc_record_keep_stored     (LcRecord   *self);

G_END_DECLS
