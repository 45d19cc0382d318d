/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-bilingual-entry.h"
#include "lc-field-rows.h"

/*
 * The convention dialog, the person editor and the city editor each list
 * their text fields once, as a table of LcFieldRow; these loops are the
 * only code that walks such a table, so the three fill, read and orient
 * their rows the same way.
 */

/**
 * lc_field_row_get:
 * @editor: the editor whose struct holds the row
 * @field: one of its fields
 *
 * Returns: (transfer none): the row that edits @field
 */
AdwEntryRow *
lc_field_row_get (gpointer          editor,
                  const LcFieldRow *field)
{
  return G_STRUCT_MEMBER (AdwEntryRow *, editor, field->offset);
}

/**
 * lc_field_row_dup_text:
 * @editor: the editor
 * @field: one of its fields
 *
 * Returns: (transfer full): the row's text without the spaces around it,
 *   as it is stored
 */
char *
lc_field_row_dup_text (gpointer          editor,
                       const LcFieldRow *field)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (lc_field_row_get (editor, field)))));
}

/**
 * lc_field_rows_find:
 * @editor: the editor
 * @fields: its table
 * @n_fields: the table's length
 * @row: a row of the editor
 *
 * Returns: (nullable): the field @row edits, or %NULL when it is not in @fields
 */
const LcFieldRow *
lc_field_rows_find (gpointer          editor,
                    const LcFieldRow *fields,
                    guint             n_fields,
                    AdwEntryRow      *row)
{
  for (guint i = 0; i < n_fields; i++)
    if (lc_field_row_get (editor, &fields[i]) == row)
      return &fields[i];

  return NULL;
}

/**
 * lc_field_rows_find_property:
 * @fields: a table
 * @n_fields: its length
 * @property: a record property
 *
 * Returns: (nullable): the field that edits @property, or %NULL
 */
const LcFieldRow *
lc_field_rows_find_property (const LcFieldRow *fields,
                             guint             n_fields,
                             const char       *property)
{
  for (guint i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].property, property))
      return &fields[i];

  return NULL;
}

/**
 * lc_field_rows_load:
 * @editor: the editor
 * @fields: its table
 * @n_fields: the table's length
 * @record: the record to show
 *
 * Sets every row's text from @record.
 */
void
lc_field_rows_load (gpointer          editor,
                    const LcFieldRow *fields,
                    guint             n_fields,
                    LcRecord         *record)
{
  g_return_if_fail (LC_IS_RECORD (record));

  for (guint i = 0; i < n_fields; i++)
    gtk_editable_set_text (GTK_EDITABLE (lc_field_row_get (editor, &fields[i])),
                           lc_record_get_string (record, fields[i].property));
}

/**
 * lc_field_rows_save:
 * @editor: the editor
 * @fields: its table
 * @n_fields: the table's length
 * @record: the record to change
 *
 * Copies every row's text, trimmed, onto @record (not into the store).
 */
void
lc_field_rows_save (gpointer          editor,
                    const LcFieldRow *fields,
                    guint             n_fields,
                    LcRecord         *record)
{
  g_return_if_fail (LC_IS_RECORD (record));

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *text = lc_field_row_dup_text (editor, &fields[i]);

      lc_record_set_string (record, fields[i].property, text);
    }
}

/**
 * lc_field_rows_set_directions:
 * @editor: the editor
 * @fields: its table
 * @n_fields: the table's length
 *
 * Makes the rows of Arabic fields (their property ends in "-ar") right to
 * left, and every other row (English, codes) left to right, whatever the
 * interface's language.
 */
void
lc_field_rows_set_directions (gpointer          editor,
                              const LcFieldRow *fields,
                              guint             n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    lc_bilingual_entry_set_direction (GTK_WIDGET (lc_field_row_get (editor, &fields[i])),
                                      g_str_has_suffix (fields[i].property, "-ar")
                                      ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
}
