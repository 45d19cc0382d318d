/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-csv.h"
#include "lc-error.h"
#include "lc-sheet.h"

/* An RFC 4180 reader for the spreadsheets organisers are sent. It is strict
 * where a mistake would silently shift data between rows or columns (a quote
 * that is never closed, text after a closing quote, bytes that are neither
 * UTF-8 nor Arabic Windows-1256) and lenient where the meaning is plain (LF
 * or CR line ends, a quote inside an unquoted field, blank lines). Every
 * record carries the number of the line it starts on, so a report can point
 * at the spreadsheet row. */

struct _LcCsvReader
{
  const char    *data;       /* not NUL-terminated; the caller's or `converted` */
  gsize          length;
  gsize          pos;
  guint          line;       /* the line `pos` is on, from 1 */
  char           separator;
  gboolean       had_bom;
  LcCsvEncoding  encoding;
  char          *converted;  /* owned: the text as UTF-8 when the file was not */
  char          *source;     /* display name for messages */
  LcSheetReader *sheet;      /* owned: the rows of a workbook, when the file is one */
};

/* Counts line ends, CRLF as one, in data[0, end). */
static guint
line_of (const char *data,
         gsize       end)
{
  guint line = 1;

  for (gsize i = 0; i < end; i++)
    {
      if (data[i] == '\n')
        line++;
      else if (data[i] == '\r' && (i + 1 >= end || data[i + 1] != '\n'))
        line++;
    }

  return line;
}

/* The separator is whichever of ',', ';' and tab the header line uses
 * most: spreadsheets in Arabic and many European locales write ';' because
 * ',' is their decimal mark, and Excel's "Unicode Text" (and a copy from a
 * sheet pasted into a text editor) separates cells with tabs. */
static char
detect_separator (const char *data,
                  gsize       length)
{
  gboolean quoted = FALSE;
  guint commas = 0, semicolons = 0, tabs = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (!quoted && c == ',')
        commas++;
      else if (!quoted && c == ';')
        semicolons++;
      else if (!quoted && c == '\t')
        tabs++;
    }

  if (tabs > commas && tabs > semicolons)
    return '\t';

  return semicolons > commas ? ';' : ',';
}

/* Counts line ends in UTF-16 text of @n_units code units, as line_of(). */
static guint
line_of_utf16 (const guchar *data,
               gsize         n_units,
               gboolean      big_endian)
{
  guint line = 1;

  for (gsize i = 0; i < n_units; i++)
    {
      guint unit = big_endian ? data[2 * i] << 8 | data[2 * i + 1] : data[2 * i + 1] << 8 | data[2 * i];
      guint next = 0;

      if (i + 1 < n_units)
        next = big_endian ? data[2 * i + 2] << 8 | data[2 * i + 3] : data[2 * i + 3] << 8 | data[2 * i + 2];
      if (unit == '\n' || (unit == '\r' && next != '\n'))
        line++;
    }

  return line;
}

/* Excel's "Unicode Text" is UTF-16 with a byte order mark (little-endian
 * on Windows and macOS). The mark says the encoding for certain, so a file
 * that starts with one and does not decode is refused, naming the line. */
static gboolean
convert_utf16 (LcCsvReader  *self,
               const char   *data,
               gsize         length,
               GError      **error)
{
  gboolean big_endian = (guchar) data[0] == 0xFE;
  g_autoptr(GError) local_error = NULL;
  gsize bytes_read = 0, written = 0;

  self->had_bom = TRUE;
  self->encoding = big_endian ? LC_CSV_ENCODING_UTF16BE : LC_CSV_ENCODING_UTF16LE;
  /* Converted from after the mark: UTF-16LE and UTF-16BE would keep it as
   * a zero-width no-break space stuck to the first header. */
  self->converted = g_convert (data + 2, length - 2, "UTF-8", big_endian ? "UTF-16BE" : "UTF-16LE",
                               &bytes_read, &written, &local_error);
  if (self->converted == NULL || bytes_read != length - 2)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   /* Translators: %s is a file name, %u a line number */
                   _("“%s”, line %u: the file starts as UTF-16 (“Unicode Text”) but is not UTF-16 "
                     "from here on; it may be cut short or damaged. Save the spreadsheet again."),
                   self->source, line_of_utf16 ((const guchar *) data + 2, bytes_read / 2, big_endian));
      return FALSE;
    }

  self->data = self->converted;
  self->length = written;
  return TRUE;
}

/* Whether text decoded from Windows-1256 reads as Arabic: no control
 * character but tabs and line ends, at least one word of two or more Arabic
 * letters, and no word mixing Arabic and Latin letters. Every byte means
 * something in Windows-1256, so this is what tells Excel's "CSV" saved in an
 * Arabic locale from other files that are not UTF-8: random bytes hold
 * control characters; Latin-1 text has no Arabic word (its é, è, à, ç, ô, ü
 * are the same in Windows-1256), or has ñ, ã, ú, Ç… turned into Arabic
 * marks and letters inside Latin words ("Espaٌa"). One pass, no limit but
 * the file's. */
static gboolean
reads_as_arabic (const char *text,
                 gsize       length)
{
  gboolean has_arabic_word = FALSE;
  guint arabic = 0, latin = 0;   /* letters of each script in the current word */

  for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      /* Windows-1256's Arabic letters, marks and tatweel are all in this block. */
      gboolean is_arabic = c >= 0x0600 && c <= 0x06FF;

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
        return FALSE;

      if (is_arabic)
        arabic++;
      else if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_LATIN)
        latin++;
      else
        arabic = latin = 0;   /* spaces, digits, punctuation end a word */

      if (arabic > 0 && latin > 0)
        return FALSE;
      if (arabic >= 2)
        has_arabic_word = TRUE;
    }

  return has_arabic_word;
}

/* Makes self->data UTF-8: as it is when it is, from UTF-16 after its byte
 * order mark, or from Windows-1256 when that reads as Arabic. The converted
 * text is at most three times the file's size (a byte of Windows-1256 is at
 * most three bytes of UTF-8, two of UTF-16 at most three). */
static gboolean
decode_text (LcCsvReader  *self,
             GError      **error)
{
  const char *nul, *invalid = NULL;

  if (self->length >= 2 && (memcmp (self->data, "\xFF\xFE", 2) == 0 || memcmp (self->data, "\xFE\xFF", 2) == 0))
    {
      if (!convert_utf16 (self, self->data, self->length, error))
        return FALSE;
    }
  else if (self->length >= 3 && memcmp (self->data, "\xEF\xBB\xBF", 3) == 0)
    {
      self->had_bom = TRUE;
      self->data += 3;
      self->length -= 3;
    }

  nul = memchr (self->data, '\0', self->length);
  if (nul != NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   /* Translators: %s is a file name, %u a line number */
                   _("“%s”, line %u: the file contains a NUL byte, so it is not a text file. "
                     "Save the spreadsheet as “CSV UTF-8”."),
                   self->source, line_of (self->data, nul - self->data));
      return FALSE;
    }

  if (!g_utf8_validate_len (self->data, self->length, &invalid))
    {
      gsize offset = invalid - self->data;
      gsize line_start = offset;
      gsize written = 0;

      /* A UTF-8 byte order mark or UTF-16 said the encoding; otherwise
       * Excel's "CSV" from an Arabic Windows is Windows-1256. */
      if (!self->had_bom)
        {
          g_autofree char *text = g_convert (self->data, self->length, "UTF-8", "WINDOWS-1256",
                                             NULL, &written, NULL);

          if (text != NULL && reads_as_arabic (text, written))
            {
              self->encoding = LC_CSV_ENCODING_WINDOWS_1256;
              self->converted = g_steal_pointer (&text);
              self->data = self->converted;
              self->length = written;
              return TRUE;
            }
        }

      while (line_start > 0 && self->data[line_start - 1] != '\n' && self->data[line_start - 1] != '\r')
        line_start--;
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   /* Translators: %s is a file name, the %u are a line number and a byte position */
                   _("“%s”, line %u: the text is not UTF-8 (at byte %u of the line), nor Arabic "
                     "saved as Windows-1256, nor UTF-16. Save the spreadsheet as “CSV UTF-8”."),
                   self->source, line_of (self->data, offset), (guint) (offset - line_start + 1));
      return FALSE;
    }

  return TRUE;
}

/**
 * lc_csv_reader_new:
 * @data: the file's bytes; must stay alive as long as the reader
 * @length: their number
 * @source_name: the file name for messages
 * @error: return location for a #GError
 *
 * Reads @data as text and picks the separator (comma, semicolon or tab) from
 * the first line. The text is UTF-16 when it starts with a UTF-16 byte order
 * mark; otherwise UTF-8 (a byte order mark is skipped) when it is valid
 * UTF-8; otherwise Windows-1256 when it reads as Arabic in it (see
 * lc_csv_reader_get_encoding()). A converted copy is at most three times
 * @length. A workbook (.xlsx or .ods, told by its content) is read through
 * #LcSheetReader instead: the rows of its first sheet, numbered as the
 * sheet numbers them (lc_csv_reader_get_sheet()).
 *
 * Returns: (transfer full) (nullable): a reader, or %NULL with
 *   %LC_ERROR_INVALID_FILE naming the line of a NUL byte or of bytes that are
 *   in none of these encodings
 */
LcCsvReader *
lc_csv_reader_new (const char  *data,
                   gsize        length,
                   const char  *source_name,
                   GError     **error)
{
  g_autoptr(LcCsvReader) self = g_new0 (LcCsvReader, 1);

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  self->source = g_strdup (source_name ? source_name : "-");
  self->data = data ? data : "";
  self->length = length;
  self->line = 1;
  self->encoding = LC_CSV_ENCODING_UTF8;

  /* No text file starts as a zip archive, or an OLE file, does. */
  if (!lc_sheet_refuse_legacy (self->data, self->length, self->source, error))
    return NULL;
  if (lc_sheet_is_zip (self->data, self->length))
    {
      self->sheet = lc_sheet_reader_new (self->data, self->length, self->source, error);
      self->separator = ',';
      return self->sheet ? g_steal_pointer (&self) : NULL;
    }

  if (!decode_text (self, error))
    return NULL;

  self->separator = detect_separator (self->data, self->length);

  return g_steal_pointer (&self);
}

/**
 * lc_csv_reader_free:
 * @self: (nullable): a reader
 */
void
lc_csv_reader_free (LcCsvReader *self)
{
  if (self == NULL)
    return;

  g_free (self->source);
  g_free (self->converted);
  g_clear_pointer (&self->sheet, lc_sheet_reader_free);
  g_free (self);
}

/* Consumes a line end at pos, if there is one. */
static gboolean
eat_line_end (LcCsvReader *self)
{
  if (self->pos >= self->length)
    return FALSE;

  if (self->data[self->pos] == '\r')
    {
      self->pos++;
      if (self->pos < self->length && self->data[self->pos] == '\n')
        self->pos++;
    }
  else if (self->data[self->pos] == '\n')
    {
      self->pos++;
    }
  else
    {
      return FALSE;
    }

  self->line++;
  return TRUE;
}

static char *
read_quoted (LcCsvReader  *self,
             GError      **error)
{
  g_autoptr(GString) value = g_string_new (NULL);
  guint first_line = self->line;

  self->pos++;  /* the opening quote */
  for (;;)
    {
      gsize run = self->pos;

      /* Copy plain text in one go: a 1 MB cell must not cost a call per byte. */
      while (run < self->length && self->data[run] != '"'
             && self->data[run] != '\r' && self->data[run] != '\n')
        run++;
      g_string_append_len (value, self->data + self->pos, run - self->pos);
      self->pos = run;

      if (self->pos >= self->length)
        {
          g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                       _("“%s”, line %u: a quoted field starts here but its closing quote is "
                         "missing, so the rest of the file would be read as one cell."),
                       self->source, first_line);
          return NULL;
        }

      if (self->data[self->pos] == '"')
        {
          if (self->pos + 1 < self->length && self->data[self->pos + 1] == '"')
            {
              g_string_append_c (value, '"');
              self->pos += 2;
              continue;
            }
          self->pos++;
          break;
        }

      /* A line break inside the quotes belongs to the cell; keep it as LF. */
      eat_line_end (self);
      g_string_append_c (value, '\n');
    }

  /* Spaces between the closing quote and the separator are harmless; a tab
   * is one of them unless it is the separator. */
  while (self->pos < self->length && self->data[self->pos] != self->separator
         && (self->data[self->pos] == ' ' || self->data[self->pos] == '\t'))
    self->pos++;

  if (self->pos < self->length && self->data[self->pos] != self->separator
      && self->data[self->pos] != '\r' && self->data[self->pos] != '\n')
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("“%s”, line %u: there is text after the closing quote of a field; a quote "
                     "inside a quoted field must be doubled (\"\")."),
                   self->source, self->line);
      return NULL;
    }

  return g_string_free (g_steal_pointer (&value), FALSE);
}

static char *
read_plain (LcCsvReader *self)
{
  gsize start = self->pos;

  while (self->pos < self->length && self->data[self->pos] != self->separator
         && self->data[self->pos] != '\r' && self->data[self->pos] != '\n')
    self->pos++;

  return g_strndup (self->data + start, self->pos - start);
}

/**
 * lc_csv_reader_next:
 * @self: a reader
 * @fields: (out) (transfer full): the record's fields
 * @line: (out) (optional): the line the record starts on
 * @error: return location for a #GError
 *
 * Reads the next record. Blank lines are skipped.
 *
 * Returns: %TRUE when a record was read; %FALSE at the end (with @error
 *   unset) or on a malformed record (with %LC_ERROR_INVALID_FILE)
 */
gboolean
lc_csv_reader_next (LcCsvReader  *self,
                    GStrv        *fields,
                    guint        *line,
                    GError      **error)
{
  g_autoptr(GPtrArray) record = NULL;
  guint first_line;

  *fields = NULL;

  if (self->sheet != NULL)
    {
      if (!lc_sheet_reader_next (self->sheet, fields, line, error))
        return FALSE;
      self->pos = self->length;
      return TRUE;
    }

  /* Blank lines separate nothing; skip them. */
  while (eat_line_end (self))
    ;

  if (self->pos >= self->length)
    return FALSE;

  first_line = self->line;
  record = g_ptr_array_new_with_free_func (g_free);
  for (;;)
    {
      char *value;

      if (self->data[self->pos] == '"')
        value = read_quoted (self, error);
      else
        value = read_plain (self);
      if (value == NULL)
        return FALSE;
      g_ptr_array_add (record, value);

      if (self->pos < self->length && self->data[self->pos] == self->separator)
        {
          self->pos++;
          /* A separator at the very end still ends an (empty) field. */
          if (self->pos >= self->length)
            {
              g_ptr_array_add (record, g_strdup (""));
              break;
            }
          continue;
        }

      eat_line_end (self);
      break;
    }

  g_ptr_array_add (record, NULL);
  *fields = (GStrv) g_ptr_array_free (g_steal_pointer (&record), FALSE);
  if (line)
    *line = first_line;

  return TRUE;
}

/**
 * lc_csv_reader_get_separator:
 * @self: a reader
 *
 * Returns: ',', ';' or '\t', as found on the first line
 */
char
lc_csv_reader_get_separator (LcCsvReader *self)
{
  return self->separator;
}

/**
 * lc_csv_reader_set_separator:
 * @self: a reader that has read nothing yet
 * @separator: ',', ';' or '\t'
 *
 * Reads the fields with @separator instead of the first line's: a meeting's
 * attendance report (lc-attendance-report.c) starts with a summary whose
 * first line has none.
 */
void
lc_csv_reader_set_separator (LcCsvReader *self,
                             char         separator)
{
  g_return_if_fail (separator == ',' || separator == ';' || separator == '\t');

  self->separator = separator;
}

/**
 * lc_csv_reader_had_bom:
 * @self: a reader
 *
 * Returns: whether the data began with a byte order mark (UTF-8 or UTF-16)
 */
gboolean
lc_csv_reader_had_bom (LcCsvReader *self)
{
  return self->had_bom;
}

/**
 * lc_csv_reader_get_encoding:
 * @self: a reader
 *
 * Returns: the encoding the file was read in
 */
LcCsvEncoding
lc_csv_reader_get_encoding (LcCsvReader *self)
{
  return self->encoding;
}

/**
 * lc_csv_encoding_get_name:
 * @encoding: an encoding
 *
 * Returns: the encoding's name as a person knows it, translated, such as
 *   “Windows-1256 (Arabic)”
 */
const char *
lc_csv_encoding_get_name (LcCsvEncoding encoding)
{
  switch (encoding)
    {
    case LC_CSV_ENCODING_UTF8:
      return "UTF-8";
    case LC_CSV_ENCODING_UTF16LE:
    case LC_CSV_ENCODING_UTF16BE:
      /* Translators: “Unicode Text” is the name Excel gives this file type in its Save As list */
      return _("UTF-16 (“Unicode Text”)");
    case LC_CSV_ENCODING_WINDOWS_1256:
      return _("Windows-1256 (Arabic)");
    default:
      g_return_val_if_reached ("UTF-8");
    }
}

/**
 * lc_csv_reader_get_fraction:
 * @self: a reader
 *
 * Returns: how much of the data has been read, from 0 to 1
 */
double
lc_csv_reader_get_fraction (LcCsvReader *self)
{
  if (self->sheet != NULL)
    return lc_sheet_reader_get_fraction (self->sheet);
  return self->length ? (double) self->pos / self->length : 1.0;
}

/**
 * lc_csv_reader_get_source:
 * @self: a reader
 *
 * Returns: the name given for messages
 */
const char *
lc_csv_reader_get_source (LcCsvReader *self)
{
  return self->source;
}

/**
 * lc_csv_reader_get_sheet:
 * @self: a reader
 *
 * Returns: (transfer none) (nullable): the workbook read, when the file is
 *   an .xlsx or .ods file; %NULL for a text file
 */
LcSheetReader *
lc_csv_reader_get_sheet (LcCsvReader *self)
{
  return self->sheet;
}
