/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-error.h"
#include "lc-sheet-private.h"

/* Workbooks as organisers keep them (.xlsx from Excel, .ods from
 * LibreOffice), read row by row into the same cells the CSV reader gives,
 * so that everything after it is the same. Both are zip archives of XML
 * parts: libgsf opens the archive and unpacks a part as it is read, and
 * libxml2's streaming reader walks the XML, so a sheet is never held whole.
 * Everything a hostile file could inflate is bounded: each part's unpacked
 * bytes (a zip bomb stops there), the nesting of its XML, a cell's length,
 * the columns of a row and the rows of a sheet. A document type declaration
 * is refused outright (spreadsheets never have one; it is how entities are
 * declared), no entity is expanded and nothing is fetched from a network. */

static const char zip_magic[] = "PK\003\004";

/**
 * lc_sheet_is_zip:
 * @data: a file's first bytes
 * @length: their number
 *
 * Returns: whether @data starts as a zip archive does, as every .xlsx and
 *   .ods file does (and no text file)
 */
gboolean
lc_sheet_is_zip (const char *data,
                 gsize       length)
{
  return length >= 4 && memcmp (data, zip_magic, 4) == 0;
}

/**
 * lc_sheet_refuse_legacy:
 * @data: a file's first bytes
 * @length: their number
 * @source_name: the file name for messages
 * @error: return location for a #GError
 *
 * Old Excel workbooks (.xls) and password-protected ones of any kind are
 * OLE compound files, which this reader does not open: says so, rather
 * than that the file is not text.
 *
 * Returns: %FALSE with %LC_ERROR_INVALID_FILE when @data is such a file
 */
gboolean
lc_sheet_refuse_legacy (const char  *data,
                        gsize        length,
                        const char  *source_name,
                        GError     **error)
{
  if (length < 8 || memcmp (data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) != 0)
    return TRUE;

  g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
               _("“%s” is an old Excel workbook (.xls) or a password-protected one, which cannot be "
                 "read. Open it in a spreadsheet program and save it as .xlsx, .ods or CSV, "
                 "without a password."),
               source_name ? source_name : "-");
  return FALSE;
}

void
lc_sheet_set_damaged (LcSheetReader  *self,
                      GError        **error,
                      const char     *entry,
                      const char     *why)
{
  g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
               /* Translators: the first %s is a file name, the second a part of it such as
                  “xl/worksheets/sheet1.xml”, the third what is wrong, in English (from libxml2) */
               _("“%s”: the part “%s” of the workbook cannot be read (%s). The file is damaged or "
                 "was not saved by a spreadsheet program; open it in one and save it again."),
               self->source, entry, why);
}

static GsfInput *
open_entry (LcSheetReader *self,
            const char    *entry)
{
  g_auto(GStrv) names = g_strsplit (entry, "/", 16);

  if (self->zip == NULL)
    return NULL;
  return gsf_infile_child_by_aname (self->zip, (const char **) names);
}

/* The whole of a small part, or NULL when the archive has none. */
static char *
read_small_entry (LcSheetReader  *self,
                  const char     *entry,
                  gsize           limit,
                  GError        **error)
{
  /* libgsf 1.14 defines no autoptr for its types. */
  GsfInput *input = open_entry (self, entry);
  gsf_off_t size;
  char *text = NULL;

  if (input == NULL)
    return NULL;
  size = gsf_input_size (input);
  if (size < 0 || (guint64) size > limit)
    g_set_error (error, LC_ERROR, LC_ERROR_TOO_LARGE,
                 _("“%s”: the part “%s” of the workbook is too large to be what it should be."),
                 self->source, entry);
  else
    {
      text = g_malloc0 (size + 1);
      if (size > 0 && gsf_input_read (input, size, (guint8 *) text) == NULL)
        {
          g_clear_pointer (&text, g_free);
          lc_sheet_set_damaged (self, error, entry, "unpacking failed");
        }
    }
  g_object_unref (input);
  return text;
}

static int
xml_read_cb (void *context,
             char *buffer,
             int   len)
{
  LcSheetXml *xml = context;
  gsf_off_t left = gsf_input_remaining (xml->input);
  gsize n = MIN ((gsize) len, (gsize) MAX (left, 0));

  if (n == 0)
    return 0;
  /* The zip's own size for the part was checked; this catches a part that
   * unpacks to more than it claims. */
  if (xml->read + n > xml->limit)
    {
      g_free (xml->problem);
      xml->problem = g_strdup ("too large");
      return -1;
    }
  if (gsf_input_read (xml->input, n, (guint8 *) buffer) == NULL)
    {
      g_free (xml->problem);
      xml->problem = g_strdup ("unpacking failed");
      return -1;
    }
  xml->read += n;
  return (int) n;
}

static int
xml_close_cb (void *context)
{
  return 0;
}

static void
xml_error_cb (void        *context,
              xmlErrorPtr  error)
{
  LcSheetXml *xml = context;

  /* The first error says what is wrong; later ones follow from it. */
  if (xml->problem == NULL && error != NULL && error->level >= XML_ERR_ERROR)
    {
      g_autofree char *message = g_strstrip (g_strdup (error->message ? error->message : "?"));

      xml->problem = g_strdup_printf ("line %d: %s", error->line, message);
    }
}

LcSheetXml *
lc_sheet_xml_open (LcSheetReader  *self,
                   const char     *entry,
                   gsize           limit,
                   GError        **error)
{
  GsfInput *input = open_entry (self, entry);
  LcSheetXml *xml;
  gsf_off_t size;

  if (input == NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("“%s”: the workbook has no part “%s”, which it names; the file is damaged."),
                   self->source, entry);
      return NULL;
    }
  size = gsf_input_size (input);
  if (size < 0 || (guint64) size > limit)
    {
      /* Formatted apart: xgettext cannot read G_GUINT64_FORMAT in a message. */
      g_autofree char *claimed = g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64) MAX (size, 0));
      g_autofree char *most = g_strdup_printf ("%" G_GSIZE_FORMAT, limit);

      g_set_error (error, LC_ERROR, LC_ERROR_TOO_LARGE,
                   _("“%s”: the part “%s” of the workbook would unpack to %s bytes; at most %s "
                     "are read (see “Limits” in the README)."),
                   self->source, entry, claimed, most);
      g_object_unref (input);
      return NULL;
    }

  xml = g_new0 (LcSheetXml, 1);
  xml->input = input;
  xml->entry = g_strdup (entry);
  xml->size = size;
  xml->limit = limit;
  /* NONET: no DTD or entity from anywhere; without NOENT and DTDLOAD no
   * entity is expanded and no external subset read. */
  xml->reader = xmlReaderForIO (xml_read_cb, xml_close_cb, xml, NULL, NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (xml->reader == NULL)
    {
      lc_sheet_xml_free (xml);
      lc_sheet_set_damaged (self, error, entry, "not XML");
      return NULL;
    }
  xmlTextReaderSetStructuredErrorHandler (xml->reader, xml_error_cb, xml);
  return xml;
}

void
lc_sheet_xml_free (LcSheetXml *xml)
{
  if (xml == NULL)
    return;
  g_clear_pointer (&xml->reader, xmlFreeTextReader);
  g_clear_object (&xml->input);
  g_free (xml->entry);
  g_free (xml->problem);
  g_free (xml);
}

static void
xml_failed (LcSheetReader  *self,
            LcSheetXml     *xml,
            GError        **error)
{
  if (g_strcmp0 (xml->problem, "too large") == 0)
    {
      g_autofree char *most = g_strdup_printf ("%" G_GSIZE_FORMAT, xml->limit);

      g_set_error (error, LC_ERROR, LC_ERROR_TOO_LARGE,
                   _("“%s”: the part “%s” of the workbook unpacks to more than %s bytes, the most "
                     "that is read (see “Limits” in the README)."),
                   self->source, xml->entry, most);
    }
  else
    lc_sheet_set_damaged (self, error, xml->entry, xml->problem ? xml->problem : "not XML");
}

/* The next node: 1, or 0 at the end, or -1 with @error set. */
int
lc_sheet_xml_next (LcSheetReader  *self,
                   LcSheetXml     *xml,
                   GError        **error)
{
  int status = xmlTextReaderRead (xml->reader);
  int type;

  /* A read callback that stopped (too large, unpacking failed) may end the
   * document early rather than fail it: its problem decides. */
  if (status < 0 || (status == 0 && xml->problem != NULL))
    {
      xml_failed (self, xml, error);
      return -1;
    }
  if (status == 0)
    return 0;

  type = xmlTextReaderNodeType (xml->reader);
  if (type == XML_READER_TYPE_DOCUMENT_TYPE || type == XML_READER_TYPE_ENTITY
      || type == XML_READER_TYPE_ENTITY_REFERENCE)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("“%s”: the part “%s” of the workbook declares a document type or entities, "
                     "which spreadsheet programs never write; it is refused."),
                   self->source, xml->entry);
      return -1;
    }
  if (xmlTextReaderDepth (xml->reader) > LC_SHEET_MAX_XML_DEPTH)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_TOO_LARGE,
                   _("“%s”: the part “%s” of the workbook nests more than %d levels deep; "
                     "it is refused."),
                   self->source, xml->entry, LC_SHEET_MAX_XML_DEPTH);
      return -1;
    }
  return 1;
}

/* The next node inside the element at @depth: 1, or 0 at its end, or -1
 * with @error set (also when the part ends before the element does). */
int
lc_sheet_xml_next_in (LcSheetReader  *self,
                      LcSheetXml     *xml,
                      int             depth,
                      GError        **error)
{
  int status = lc_sheet_xml_next (self, xml, error);

  if (status < 0)
    return -1;
  if (status == 0)
    {
      lc_sheet_set_damaged (self, error, xml->entry, "cut short");
      return -1;
    }
  if (xmlTextReaderNodeType (xml->reader) == XML_READER_TYPE_END_ELEMENT
      && xmlTextReaderDepth (xml->reader) == depth)
    return 0;
  return 1;
}

/* Steps over the current element and everything in it. */
gboolean
lc_sheet_xml_skip (LcSheetReader  *self,
                   LcSheetXml     *xml,
                   GError        **error)
{
  int depth = xmlTextReaderDepth (xml->reader);
  int status;

  if (xmlTextReaderIsEmptyElement (xml->reader))
    return TRUE;
  while ((status = lc_sheet_xml_next_in (self, xml, depth, error)) > 0)
    ;
  return status == 0;
}

gboolean
lc_sheet_xml_is_start (LcSheetXml *xml,
                       const char *local_name)
{
  return xmlTextReaderNodeType (xml->reader) == XML_READER_TYPE_ELEMENT
         && g_strcmp0 ((const char *) xmlTextReaderConstLocalName (xml->reader), local_name) == 0;
}

gboolean
lc_sheet_xml_is_end (LcSheetXml *xml,
                     const char *local_name)
{
  return xmlTextReaderNodeType (xml->reader) == XML_READER_TYPE_END_ELEMENT
         && g_strcmp0 ((const char *) xmlTextReaderConstLocalName (xml->reader), local_name) == 0;
}

gboolean
lc_sheet_xml_is_text (LcSheetXml *xml)
{
  int type = xmlTextReaderNodeType (xml->reader);

  return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA
         || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || type == XML_READER_TYPE_WHITESPACE;
}

/* An attribute as a GLib string (libxml2's must be freed with xmlFree). */
char *
lc_sheet_xml_attr (LcSheetXml *xml,
                   const char *local_name,
                   const char *ns)
{
  xmlChar *value = ns ? xmlTextReaderGetAttributeNs (xml->reader, (const xmlChar *) local_name,
                                                     (const xmlChar *) ns)
                      : xmlTextReaderGetAttribute (xml->reader, (const xmlChar *) local_name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* A decimal number of at most @max, digits only. */
gboolean
lc_sheet_parse_uint (const char *text,
                     guint64     max,
                     guint64    *value)
{
  guint64 n = 0;

  if (text == NULL || *text == '\0')
    return FALSE;
  for (const char *p = text; *p; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      n = n * 10 + (*p - '0');
      if (n > max)
        return FALSE;
    }
  *value = n;
  return TRUE;
}

/* "C12", as the spreadsheet shows the cell; @column from 0, @row from 1. */
char *
lc_sheet_cell_name (guint64 column,
                    guint   row)
{
  char letters[16];
  int i = G_N_ELEMENTS (letters) - 1;

  letters[i] = '\0';
  column++;
  while (column > 0 && i > 0)
    {
      letters[--i] = 'A' + (column - 1) % 26;
      column = (column - 1) / 26;
    }
  return g_strdup_printf ("%s%u", letters + i, row);
}

gboolean
lc_sheet_cell_error (LcSheetReader  *self,
                     guint64         column,
                     guint           row,
                     GError        **error,
                     const char     *format,
                     ...)
{
  g_autofree char *cell = lc_sheet_cell_name (column, row);
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
               /* Translators: “%s”: file name; cell %s: such as C12; sheet “%s”: the sheet's name;
                  the last %s says what is wrong with the cell */
               _("“%s”: cell %s of sheet “%s”: %s"),
               self->source, cell, self->sheet_name ? self->sheet_name : "", what);
  return FALSE;
}

/* Adds to a cell's text, refusing a cell longer than a spreadsheet holds. */
gboolean
lc_sheet_append_text (LcSheetReader  *self,
                      GString        *text,
                      const char     *more,
                      gsize           length,
                      guint64         column,
                      guint           row,
                      GError        **error)
{
  /* Four bytes at most per character: past this many the cell is too long
   * whatever it holds, and nothing more is kept. */
  if (text->len + length > 4 * (gsize) LC_SHEET_MAX_CELL_CHARS
      || (text->len + length > LC_SHEET_MAX_CELL_CHARS
          && g_utf8_strlen (text->str, text->len) + g_utf8_strlen (more, length) > LC_SHEET_MAX_CELL_CHARS))
    return lc_sheet_cell_error (self, column, row, error,
                                _("the cell holds more than %d characters, the most a spreadsheet "
                                  "cell holds."), LC_SHEET_MAX_CELL_CHARS);
  g_string_append_len (text, more, length);
  return TRUE;
}

/* Puts a non-empty cell at its column, empty cells before it. */
gboolean
lc_sheet_row_set (LcSheetReader  *self,
                  GPtrArray      *cells,
                  guint64         column,
                  guint           row,
                  GString        *text,
                  GError        **error)
{
  if (text->len == 0)
    return TRUE;
  if (column >= LC_SHEET_MAX_COLUMNS)
    return lc_sheet_cell_error (self, column, row, error,
                                _("the cell is past column %d, the last one read; a list of "
                                  "people or cities never needs so many."), LC_SHEET_MAX_COLUMNS);
  if (column < cells->len)
    return lc_sheet_cell_error (self, column, row, error,
                                _("the cell comes twice, or out of order; the file is damaged."));
  if (++self->n_cells > LC_SHEET_MAX_CELLS)
    return lc_sheet_cell_error (self, column, row, error,
                                _("the sheet holds more than %d cells that are not empty, far more "
                                  "than a list of people or cities; it is refused."),
                                LC_SHEET_MAX_CELLS);
  while (cells->len < column)
    g_ptr_array_add (cells, g_strdup (""));
  g_ptr_array_add (cells, g_strndup (text->str, text->len));
  return TRUE;
}

static gboolean
detect_format (LcSheetReader  *self,
               GError        **error)
{
  g_autofree char *mimetype = read_small_entry (self, "mimetype", 256, NULL);
  g_autofree char *types = NULL;

  if (mimetype != NULL
      && g_str_equal (g_strstrip (mimetype), "application/vnd.oasis.opendocument.spreadsheet"))
    {
      self->format = LC_SHEET_ODS;
      return TRUE;
    }

  types = read_small_entry (self, "[Content_Types].xml", LC_SHEET_MAX_PART_BYTES, NULL);
  /* The workbook's own part is listed with a content type of SpreadsheetML
   * (.xlsx, .xlsm, .xltx); a .docx or .pptx lists other ones. */
  if (mimetype == NULL && types != NULL
      && (strstr (types, "spreadsheetml.sheet.main+xml") != NULL
          || strstr (types, "spreadsheetml.template.main+xml") != NULL
          || strstr (types, "ms-excel.sheet.macroEnabled.main+xml") != NULL))
    {
      self->format = LC_SHEET_XLSX;
      return TRUE;
    }

  g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
               _("“%s” is a zip archive, but neither an Excel workbook (.xlsx) nor an OpenDocument "
                 "spreadsheet (.ods). Save the list of people or cities as one of these, or as CSV."),
               self->source);
  return FALSE;
}

/**
 * lc_sheet_reader_new:
 * @data: the file's bytes; must stay alive as long as the reader
 * @length: their number
 * @source_name: the file name for messages
 * @error: return location for a #GError
 *
 * Opens a workbook, an .xlsx or an .ods file told by its content (the zip's
 * `mimetype` part or its `[Content_Types].xml`, not the file's name), at
 * the first row of its first sheet. Only that sheet is read
 * (lc_sheet_reader_get_n_sheets() tells whether there are more).
 *
 * Returns: (transfer full) (nullable): a reader, or %NULL with
 *   %LC_ERROR_INVALID_FILE (a damaged archive, another kind of zip file, a
 *   missing part) or %LC_ERROR_TOO_LARGE naming the part
 */
LcSheetReader *
lc_sheet_reader_new (const char  *data,
                     gsize        length,
                     const char  *source_name,
                     GError     **error)
{
  g_autoptr(LcSheetReader) self = g_new0 (LcSheetReader, 1);
  g_autoptr(GError) zip_error = NULL;
  static gsize xml_ready = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (g_once_init_enter (&xml_ready))
    {
      xmlInitParser ();
      g_once_init_leave (&xml_ready, 1);
    }

  self->source = g_strdup (source_name ? source_name : "-");
  self->data = gsf_input_memory_new ((const guint8 *) (data ? data : ""), length, FALSE);
  self->zip = gsf_infile_zip_new (self->data, &zip_error);
  if (self->zip == NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("“%s” starts as a zip archive (as .xlsx and .ods files do) but cannot be opened "
                     "as one: it is damaged or cut short. Save the workbook again."),
                   self->source);
      return NULL;
    }

  if (!detect_format (self, error))
    return NULL;
  if (self->format == LC_SHEET_XLSX ? !lc_sheet_xlsx_open (self, error) : !lc_sheet_ods_open (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * lc_sheet_reader_free:
 * @self: (nullable): a reader
 */
void
lc_sheet_reader_free (LcSheetReader *self)
{
  if (self == NULL)
    return;

  lc_sheet_xml_free (self->sheet);
  g_clear_object (&self->zip);
  g_clear_object (&self->data);
  g_clear_pointer (&self->strings, g_ptr_array_unref);
  g_clear_pointer (&self->date_styles, g_array_unref);
  g_strfreev (self->repeat_cells);
  g_free (self->sheet_name);
  g_free (self->source);
  g_free (self);
}

/**
 * lc_sheet_reader_next:
 * @self: a reader
 * @cells: (out) (transfer full): the row's cells, from column A to the last
 *   one that is not empty
 * @row: (out) (optional): the row's number in the sheet, from 1
 * @error: return location for a #GError
 *
 * Reads the next row of the first sheet that holds something; empty rows
 * are skipped, as blank lines are in a CSV file. A number prints as the
 * sheet holds it, a whole number without “.0”; a date as YYYY-MM-DD.
 *
 * Returns: %TRUE when a row was read; %FALSE at the end (with @error unset)
 *   or with @error naming the cell or the part that cannot be read
 */
gboolean
lc_sheet_reader_next (LcSheetReader  *self,
                      GStrv          *cells,
                      guint          *row,
                      GError        **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  guint number = 0;
  gboolean ok;

  *cells = NULL;
  if (self->done)
    return FALSE;

  for (;;)
    {
      g_ptr_array_set_size (found, 0);
      if (self->format == LC_SHEET_XLSX)
        ok = lc_sheet_xlsx_next (self, found, &number, error);
      else
        ok = lc_sheet_ods_next (self, found, &number, error);
      if (!ok)
        {
          self->done = TRUE;
          return FALSE;
        }
      if (found->len > 0)
        break;
    }

  self->last_row = number;
  g_ptr_array_add (found, NULL);
  *cells = (GStrv) g_ptr_array_free (g_steal_pointer (&found), FALSE);
  if (row)
    *row = number;
  return TRUE;
}

/**
 * lc_sheet_reader_get_format:
 * @self: a reader
 *
 * Returns: %LC_SHEET_XLSX or %LC_SHEET_ODS
 */
LcSheetFormat
lc_sheet_reader_get_format (LcSheetReader *self)
{
  return self->format;
}

/**
 * lc_sheet_reader_get_sheet_name:
 * @self: a reader
 *
 * Returns: the name of the sheet read, as on its tab
 */
const char *
lc_sheet_reader_get_sheet_name (LcSheetReader *self)
{
  return self->sheet_name;
}

/**
 * lc_sheet_reader_get_n_sheets:
 * @self: a reader
 *
 * Returns: how many sheets the workbook has; for an .ods file known once
 *   every row has been read (0 before)
 */
guint
lc_sheet_reader_get_n_sheets (LcSheetReader *self)
{
  return self->n_sheets;
}

/**
 * lc_sheet_reader_get_fraction:
 * @self: a reader
 *
 * Returns: how much of the sheet has been read, from 0 to 1
 */
double
lc_sheet_reader_get_fraction (LcSheetReader *self)
{
  if (self->done || self->sheet == NULL || self->sheet->size == 0)
    return 1.0;
  return MIN (1.0, (double) self->sheet->read / self->sheet->size);
}

/**
 * lc_sheet_reader_describe:
 * @self: a reader
 *
 * Says what was read, for a preview or a report: “Read from an Excel
 * workbook.”, and when the workbook has more sheets than the one read
 * “Read from an Excel workbook: the first sheet, “People”, of 3.”
 *
 * Returns: (transfer full): the sentence, translated
 */
char *
lc_sheet_reader_describe (LcSheetReader *self)
{
  const char *kind = self->format == LC_SHEET_XLSX
                     ? _("Read from an Excel workbook.")
                     : _("Read from an OpenDocument spreadsheet.");

  if (self->n_sheets <= 1)
    return g_strdup (kind);

  return g_strdup_printf (self->format == LC_SHEET_XLSX
                          /* Translators: %1$s is the sheet's name, %2$u the number of sheets (2 or more) */
                          ? g_dngettext (GETTEXT_PACKAGE,
                                         "Read from an Excel workbook: the first sheet, “%1$s”, of %2$u.",
                                         "Read from an Excel workbook: the first sheet, “%1$s”, of %2$u.",
                                         self->n_sheets)
                          : g_dngettext (GETTEXT_PACKAGE,
                                         "Read from an OpenDocument spreadsheet: the first sheet, “%1$s”, of %2$u.",
                                         "Read from an OpenDocument spreadsheet: the first sheet, “%1$s”, of %2$u.",
                                         self->n_sheets),
                          self->sheet_name, self->n_sheets);
}
