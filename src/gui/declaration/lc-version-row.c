/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-version-row.h"

/*
 * A published version in the Declaration page's list: the page fills its
 * title and subtitle; the row keeps which version it is, so activating it
 * compares that version with the text before it.
 */

struct _LcVersionRow
{
  AdwActionRow parent_instance;

  int          number;
};

G_DEFINE_FINAL_TYPE (LcVersionRow, lc_version_row, ADW_TYPE_ACTION_ROW)

static void
lc_version_row_class_init (LcVersionRowClass *klass)
{
}

static void
lc_version_row_init (LcVersionRow *self)
{
}

/**
 * lc_version_row_new:
 * @number: the version's number, from 1
 *
 * Returns: (transfer floating): an empty row for version @number
 */
GtkWidget *
lc_version_row_new (int number)
{
  LcVersionRow *self = g_object_new (LC_TYPE_VERSION_ROW, NULL);

  self->number = number;
  return GTK_WIDGET (self);
}

/**
 * lc_version_row_get_number:
 * @self: the row
 *
 * Returns: the number of the version it shows
 */
int
lc_version_row_get_number (LcVersionRow *self)
{
  g_return_val_if_fail (LC_IS_VERSION_ROW (self), 0);

  return self->number;
}
