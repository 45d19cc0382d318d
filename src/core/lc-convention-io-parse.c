/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "lc-convention-io-private.h"
#include "lc-error.h"
#include "lc-file.h"
#include "lc-json-reader.h"
#include "lc-json-scan.h"

/* Reading a convention file's text into JSON, apart from storing what it
 * says (lc-convention-io.c): an --import asks first which convention of the
 * library the file is, and that question and the import share one parse of
 * a file that can be tens of megabytes (issue 17). */

/* Checks the raw bytes: json-glib does not reliably refuse bad UTF-8, nor
 * what lc_json_prescan() looks for. */
static gboolean
check_text (LcReader    *reader,
            const char  *data,
            gsize        length,
            GError     **error)
{
  const char *bad, *line_start;
  guint line = 1;
  gboolean blank = TRUE;

  for (gsize i = 0; i < length && blank; i++)
    blank = g_ascii_isspace (data[i]);
  if (blank)
    {
      lc_io_set_invalid (reader, error, NULL, NULL, _("the file is empty"));
      return FALSE;
    }

  /* Nesting, escaped NULs, numbers beyond 64 bits, text after the end:
   * what json-glib would crash on or silently get wrong. */
  if (g_utf8_validate_len (data, length, &bad))
    return lc_json_prescan (data, length, LC_JSON_MAX_DEPTH, reader->source, error);

  line_start = data;
  for (const char *p = data; p < bad; p++)
    if (*p == '\n')
      {
        line++;
        line_start = p + 1;
      }

  /* Translators: a problem in a convention file: the file's name, a line and
   * a column number */
  g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
               _("%1$s: line %2$u, column %3$ld: the file is not UTF-8 text; save it as UTF-8 "
                 "and import it again"),
               reader->source, line, g_utf8_strlen (line_start, bad - line_start) + 1);
  return FALSE;
}


/**
 * lc_convention_parse:
 * @data: (array length=length): the contents of a convention file
 * @length: the length of @data in bytes
 * @source_name: names the file in messages, such as its display name
 * @error: return location for a #GError
 *
 * Checks that @data is a convention file's text (not too large, UTF-8, no
 * nesting or numbers json-glib would get wrong, valid JSON with an object
 * around everything) and parses it, for lc_convention_import_parsed() and
 * lc_convention_find_existing_parsed(). What the members say is checked by
 * the import.
 *
 * Returns: (transfer full) (nullable): the parsed file, or %NULL with
 *   @error set (%LC_ERROR_INVALID_FILE naming the file and the place, or
 *   %LC_ERROR_TOO_LARGE)
 */
JsonParser *
lc_convention_parse (const char  *data,
                     gsize        length,
                     const char  *source_name,
                     GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  LcReader reader = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (length <= G_MAXSSIZE, NULL);
  g_return_val_if_fail (source_name != NULL, NULL);

  reader.source = source_name;

  if (length > LC_FILE_MAX_CONVENTION_BYTES)
    {
      g_autofree char *size = lc_file_format_size (LC_FILE_MAX_CONVENTION_BYTES);

      g_set_error (error, LC_ERROR, LC_ERROR_TOO_LARGE,
                   _("%1$s holds more than %2$s, the most Learning Cities reads from a convention "
                     "file (see “Limits” in its README); it was not read."),
                   source_name, size);
      return NULL;
    }

  if (!check_text (&reader, data, length, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!lc_json_reader_load (parser, data, length)
      && !json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      const char *message = local_error->message;
      unsigned line, column;
      int end = 0;

      /* json-glib says "<data>:LINE:COLUMN: Parse error: …"; say it as the
       * other messages do. */
      if (sscanf (message, "<data>:%u:%u: %n", &line, &column, &end) == 2 && end > 0)
        {
          message += end;
          if (g_str_has_prefix (message, "Parse error: "))
            message += strlen ("Parse error: ");
          /* Translators: a problem in a convention file: the file's name, a
           * line and a column number, then json-glib's description */
          g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                       _("%1$s: line %2$u, column %3$u: the file is not valid JSON: %4$s"),
                       source_name, line, column, message);
        }
      else
        /* Translators: the file's name, then json-glib's message */
        g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                     _("%1$s: the file is not valid JSON: %2$s"), source_name, message);
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL)
    {
      lc_io_set_invalid (&reader, error, NULL, NULL, _("the file is empty"));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      lc_io_set_invalid (&reader, error, NULL, NULL,
                   _("this is not a Learning Cities convention file (expected an object {…} "
                     "around everything)"));
      return NULL;
    }

  return g_steal_pointer (&parser);
}
