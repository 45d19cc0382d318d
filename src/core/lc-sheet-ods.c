/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-error.h"
#include "lc-sheet-private.h"

/* An .ods spreadsheet (OpenDocument): `content.xml` holds every sheet as a
 * table:table of table:table-row and table:table-cell elements. Equal
 * neighbours are written once with a repeat count, and LibreOffice ends a
 * sheet with one empty row repeated up to its last row (a million): empty
 * rows and cells are only counted, never made, and a row or cell that
 * holds something is repeated only up to the sheet's last row or column.
 * A cell's text is what the sheet shows, from its text:p paragraphs. */

#define NS_TABLE "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_TEXT "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

static gboolean
is_start_in (LcSheetXml *xml,
             const char *ns,
             const char *local_name)
{
  return lc_sheet_xml_is_start (xml, local_name)
         && g_strcmp0 ((const char *) xmlTextReaderConstNamespaceUri (xml->reader), ns) == 0;
}

/* A repeat count; a missing or unreadable one is 1. */
static guint64
repeat_count (LcSheetXml *xml,
              const char *name)
{
  g_autofree char *text = lc_sheet_xml_attr (xml, name, NS_TABLE);
  guint64 count = 1;

  if (!lc_sheet_parse_uint (text, G_MAXUINT32, &count) || count == 0)
    count = 1;
  return count;
}

gboolean
lc_sheet_ods_open (LcSheetReader  *self,
                   GError        **error)
{
  LcSheetXml *xml;
  int status;

  xml = self->sheet = lc_sheet_xml_open (self, "content.xml", LC_SHEET_MAX_ENTRY_BYTES, error);
  if (xml == NULL)
    return FALSE;

  while ((status = lc_sheet_xml_next (self, xml, error)) > 0)
    if (is_start_in (xml, NS_TABLE, "table"))
      break;
  if (status < 0)
    return FALSE;
  if (status == 0)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("“%s”: the spreadsheet has no sheet; the file is damaged."), self->source);
      return FALSE;
    }

  self->sheet_name = lc_sheet_xml_attr (xml, "name", NS_TABLE);
  if (self->sheet_name == NULL || !g_utf8_validate (self->sheet_name, -1, NULL))
    {
      g_free (self->sheet_name);
      self->sheet_name = g_strdup ("");
    }
  self->table_depth = xmlTextReaderDepth (xml->reader);
  if (xmlTextReaderIsEmptyElement (xml->reader))
    self->table_depth = -1;
  return TRUE;
}

/* After the first sheet: how many more there are. */
static gboolean
count_sheets (LcSheetReader  *self,
              GError        **error)
{
  LcSheetXml *xml = self->sheet;
  int status;

  self->n_sheets = 1;
  while ((status = lc_sheet_xml_next (self, xml, error)) > 0)
    {
      if (lc_sheet_xml_is_end (xml, "spreadsheet"))
        return TRUE;
      if (is_start_in (xml, NS_TABLE, "table"))
        {
          self->n_sheets++;
          if (!lc_sheet_xml_skip (self, xml, error))
            return FALSE;
        }
    }
  return status == 0;
}

/* The text of the table:table-cell the reader is at: its paragraphs,
 * one per line, with text:s (spaces), text:tab and text:line-break; not
 * its comment (office:annotation). */
static gboolean
read_cell_text (LcSheetReader  *self,
                GString        *text,
                guint64         column,
                guint           row,
                GError        **error)
{
  LcSheetXml *xml = self->sheet;
  int depth = xmlTextReaderDepth (xml->reader), status;
  guint paragraphs = 0, in_p = 0;

  if (xmlTextReaderIsEmptyElement (xml->reader))
    return TRUE;
  while ((status = lc_sheet_xml_next_in (self, xml, depth, error)) > 0)
    {
      if (lc_sheet_xml_is_start (xml, "annotation"))
        {
          if (!lc_sheet_xml_skip (self, xml, error))
            return FALSE;
        }
      else if (is_start_in (xml, NS_TEXT, "p") || is_start_in (xml, NS_TEXT, "h"))
        {
          if (paragraphs++ > 0 && !lc_sheet_append_text (self, text, "\n", 1, column, row, error))
            return FALSE;
          if (!xmlTextReaderIsEmptyElement (xml->reader))
            in_p++;
        }
      else if (lc_sheet_xml_is_end (xml, "p") || lc_sheet_xml_is_end (xml, "h"))
        in_p = in_p > 0 ? in_p - 1 : 0;
      else if (in_p == 0)
        continue;
      else if (is_start_in (xml, NS_TEXT, "s"))
        {
          g_autofree char *count_text = lc_sheet_xml_attr (xml, "c", NS_TEXT);
          guint64 count = 1;

          /* More spaces than a cell holds are refused by the length check. */
          if (count_text != NULL && !lc_sheet_parse_uint (count_text, LC_SHEET_MAX_CELL_CHARS + 1, &count))
            count = LC_SHEET_MAX_CELL_CHARS + 1;
          for (guint64 i = 0; i < count; i++)
            if (!lc_sheet_append_text (self, text, " ", 1, column, row, error))
              return FALSE;
        }
      else if (is_start_in (xml, NS_TEXT, "tab"))
        {
          if (!lc_sheet_append_text (self, text, "\t", 1, column, row, error))
            return FALSE;
        }
      else if (is_start_in (xml, NS_TEXT, "line-break"))
        {
          if (!lc_sheet_append_text (self, text, "\n", 1, column, row, error))
            return FALSE;
        }
      else if (lc_sheet_xml_is_text (xml))
        {
          const char *value = (const char *) xmlTextReaderConstValue (xml->reader);

          if (!lc_sheet_append_text (self, text, value, strlen (value), column, row, error))
            return FALSE;
        }
    }
  return status == 0;
}

/* Reads the table:table-row the reader is at into @cells. */
static gboolean
read_row (LcSheetReader  *self,
          GPtrArray      *cells,
          guint           row,
          GError        **error)
{
  LcSheetXml *xml = self->sheet;
  g_autoptr(GString) text = g_string_new (NULL);
  int depth = xmlTextReaderDepth (xml->reader), status;
  guint64 column = 0;

  if (xmlTextReaderIsEmptyElement (xml->reader))
    return TRUE;
  while ((status = lc_sheet_xml_next_in (self, xml, depth, error)) > 0)
    {
      guint64 repeat;

      if (!is_start_in (xml, NS_TABLE, "table-cell") && !is_start_in (xml, NS_TABLE, "covered-table-cell"))
        continue;

      repeat = repeat_count (xml, "number-columns-repeated");
      g_string_truncate (text, 0);
      if (!read_cell_text (self, text, MIN (column, G_MAXUINT32), row, error))
        return FALSE;
      /* Only cells that hold something are made, each bounded by the last
       * column; empty ones only move the column on. */
      for (guint64 i = 0; i < repeat && text->len > 0; i++)
        if (!lc_sheet_row_set (self, cells, column + i, row, text, error))
          return FALSE;
      column = MIN (column + repeat, G_MAXUINT32);
    }
  return status == 0;
}

gboolean
lc_sheet_ods_next (LcSheetReader  *self,
                   GPtrArray      *cells,
                   guint          *row,
                   GError        **error)
{
  LcSheetXml *xml = self->sheet;
  int status;

  if (self->repeat_left > 0)
    {
      if (self->next_row - self->repeat_left + 1 > LC_SHEET_MAX_ROW)
        goto too_far;
      self->n_cells += g_strv_length (self->repeat_cells);
      if (self->n_cells > LC_SHEET_MAX_CELLS)
        return lc_sheet_cell_error (self, 0, self->next_row - self->repeat_left + 1, error,
                                    _("the sheet holds more than %d cells that are not empty, far more "
                                      "than a list of people or cities; it is refused."),
                                    LC_SHEET_MAX_CELLS);
      for (guint i = 0; self->repeat_cells[i]; i++)
        g_ptr_array_add (cells, g_strdup (self->repeat_cells[i]));
      *row = self->next_row - self->repeat_left + 1;
      self->repeat_left--;
      return TRUE;
    }
  g_clear_pointer (&self->repeat_cells, g_strfreev);

  if (self->table_depth < 0)
    {
      count_sheets (self, error);
      return FALSE;
    }

  while ((status = lc_sheet_xml_next (self, xml, error)) > 0)
    {
      guint64 repeat, number;

      if (xmlTextReaderNodeType (xml->reader) == XML_READER_TYPE_END_ELEMENT
          && xmlTextReaderDepth (xml->reader) == self->table_depth)
        {
          count_sheets (self, error);
          return FALSE;
        }
      /* Rows may sit in header-rows and row-groups. */
      if (!is_start_in (xml, NS_TABLE, "table-row"))
        continue;

      repeat = repeat_count (xml, "number-rows-repeated");
      number = self->next_row + 1;
      self->next_row = MIN (self->next_row + repeat, G_MAXUINT32);
      if (!read_row (self, cells, MIN (number, G_MAXUINT32), error))
        return FALSE;
      if (cells->len == 0)
        continue;
      if (number > LC_SHEET_MAX_ROW)
        goto too_far;

      *row = number;
      if (repeat > 1)
        {
          g_ptr_array_add (cells, NULL);
          self->repeat_cells = g_strdupv ((GStrv) cells->pdata);
          g_ptr_array_remove_index (cells, cells->len - 1);
          self->repeat_left = MIN (repeat, self->next_row - number + 1) - 1;
        }
      return TRUE;
    }

  if (status == 0)
    lc_sheet_set_damaged (self, error, xml->entry, "cut short");
  return FALSE;

too_far:
  g_set_error (error, LC_ERROR, LC_ERROR_TOO_LARGE,
               _("“%s”: sheet “%s” holds text past row %d, the last row of a spreadsheet."),
               self->source, self->sheet_name, LC_SHEET_MAX_ROW);
  return FALSE;
}
