/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-csv.h"
#include "lc-error.h"

/* An RFC 4180 reader for the spreadsheets organisers are sent. It is strict
 * where a mistake would silently shift data between rows or columns (a quote
 * that is never closed, text after a closing quote, bytes that are not
 * UTF-8) and lenient where the meaning is plain (LF or CR line ends, a quote
 * inside an unquoted field, blank lines). Every record carries the number of
 * the line it starts on, so a report can point at the spreadsheet row. */

struct _LcCsvReader
{
  const char *data;       /* not owned; not NUL-terminated */
  gsize       length;
  gsize       pos;
  guint       line;       /* the line `pos` is on, from 1 */
  char        separator;
  gboolean    had_bom;
  char       *source;     /* display name for messages */
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

/* The separator is whichever of ',' and ';' the header line uses more:
 * spreadsheets in Arabic and many European locales write ';' because ','
 * is their decimal mark. */
static char
detect_separator (const char *data,
                  gsize       length)
{
  gboolean quoted = FALSE;
  guint commas = 0, semicolons = 0;

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
    }

  return semicolons > commas ? ';' : ',';
}

/**
 * lc_csv_reader_new:
 * @data: the file's bytes; must stay alive as long as the reader
 * @length: their number
 * @source_name: the file name for messages
 * @error: return location for a #GError
 *
 * Checks that @data is UTF-8 text (a byte order mark is skipped) and picks
 * the separator from the first line.
 *
 * Returns: (transfer full) (nullable): a reader, or %NULL with
 *   %LC_ERROR_INVALID_FILE naming the line of a NUL byte or of bytes that are
 *   not UTF-8
 */
LcCsvReader *
lc_csv_reader_new (const char  *data,
                   gsize        length,
                   const char  *source_name,
                   GError     **error)
{
  g_autoptr(LcCsvReader) self = g_new0 (LcCsvReader, 1);
  const char *nul, *invalid = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  self->source = g_strdup (source_name ? source_name : "-");
  self->data = data ? data : "";
  self->length = length;
  self->line = 1;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
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
      return NULL;
    }

  if (!g_utf8_validate_len (self->data, self->length, &invalid))
    {
      gsize offset = invalid - self->data;
      gsize line_start = offset;

      while (line_start > 0 && self->data[line_start - 1] != '\n' && self->data[line_start - 1] != '\r')
        line_start--;
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   /* Translators: %s is a file name, the %u are a line number and a byte position */
                   _("“%s”, line %u: the text is not UTF-8 (at byte %u of the line). "
                     "Save the spreadsheet as “CSV UTF-8”."),
                   self->source, line_of (self->data, offset), (guint) (offset - line_start + 1));
      return NULL;
    }

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

  /* Spaces between the closing quote and the separator are harmless. */
  while (self->pos < self->length && (self->data[self->pos] == ' ' || self->data[self->pos] == '\t'))
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
 * Returns: ',' or ';', as found on the first line
 */
char
lc_csv_reader_get_separator (LcCsvReader *self)
{
  return self->separator;
}

/**
 * lc_csv_reader_had_bom:
 * @self: a reader
 *
 * Returns: whether the data began with a UTF-8 byte order mark
 */
gboolean
lc_csv_reader_had_bom (LcCsvReader *self)
{
  return self->had_bom;
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
