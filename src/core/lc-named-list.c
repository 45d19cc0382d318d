/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-error.h"
#include "lc-named-list.h"

/*
 * A convention's rooms and tracks: named in either language or both, and
 * ordered by their "position" column. The one rule for a name, for where a
 * new one goes and for how one is moved, so that these lists behave alike.
 */

/**
 * lc_named_list_set_names:
 * @record: a record with "name-ar" and "name-en"
 * @name_ar: the name in Arabic, or ""
 * @name_en: the name in English, or ""
 * @missing: the message when both are empty
 * @error: return location for a #GError
 *
 * Sets both names, without the spaces around them, when at least one is
 * given; else leaves @record as it is.
 *
 * Returns: %FALSE, with @missing, when neither name has anything in it
 */
gboolean
lc_named_list_set_names (LcRecord    *record,
                         const char  *name_ar,
                         const char  *name_en,
                         const char  *missing,
                         GError     **error)
{
  g_autofree char *ar = g_strstrip (g_strdup (name_ar ? name_ar : ""));
  g_autofree char *en = g_strstrip (g_strdup (name_en ? name_en : ""));

  g_return_val_if_fail (LC_IS_RECORD (record), FALSE);

  if (*ar == '\0' && *en == '\0')
    {
      g_set_error_literal (error, LC_ERROR, LC_ERROR_INVALID_VALUE, missing);
      return FALSE;
    }

  lc_record_set_string (record, "name-ar", ar);
  lc_record_set_string (record, "name-en", en);
  return TRUE;
}

/**
 * lc_named_list_next_position:
 * @records: records with a "position", in their order
 *
 * Returns: the position after the last of @records, whatever positions
 *   imported ones came with
 */
gint64
lc_named_list_next_position (GListModel *records)
{
  guint n;
  gint64 position = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (records), 0);

  n = g_list_model_get_n_items (records);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) other = g_list_model_get_item (records, i);

      position = MAX (position, lc_record_get_int (other, "position") + 1);
    }
  return position;
}
