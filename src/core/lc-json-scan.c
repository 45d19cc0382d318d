/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-error.h"
#include "lc-json-scan.h"

/* A pass over a JSON text before json-glib parses it, for what json-glib
 * gets wrong on hostile input: it recurses once per level of nesting (a
 * file nested 100,000 deep overflows the stack), it cuts a string at an
 * escaped NUL (\u0000) without a word, it wraps whole numbers beyond 64 bits
 * around (-18446744073709551614 reads as 2), and json-glib 1.6 reads a second
 * value after the first. The scan follows the structure only as far as it
 * needs to name the place of a problem, such as "items[3].title.en". */

typedef struct
{
  gboolean  object;
  gboolean  expect_key;  /* in an object: the next string is a member name */
  guint     index;       /* in a list: the element's index */
  char     *key;         /* in an object: the current member's name */
} Frame;

typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  const char *source;
  GArray     *frames;    /* Frame */
} Scan;

static void
frame_clear (gpointer data)
{
  g_free (((Frame *) data)->key);
}

static guint
line_at (Scan  *scan,
         gsize  pos)
{
  guint line = 1;

  for (gsize i = 0; i < pos && i < scan->length; i++)
    line += scan->data[i] == '\n';
  return line;
}

/* "items[3].title.en", the place the scan is at. */
static char *
place (Scan *scan)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < scan->frames->len; i++)
    {
      Frame *frame = &g_array_index (scan->frames, Frame, i);

      /* A file nested deep would give a path longer than the message. */
      if (path->len > 80)
        {
          g_string_append (path, "…");
          break;
        }
      if (!frame->object)
        g_string_append_printf (path, "[%u]", frame->index);
      else if (frame->key != NULL && !frame->expect_key)
        g_string_append_printf (path, "%s%s", path->len ? "." : "", frame->key);
    }

  return g_string_free (path, FALSE);
}

static void G_GNUC_PRINTF (3, 4)
fail (Scan        *scan,
      GError     **error,
      const char  *format,
      ...)
{
  g_autofree char *where = place (scan);
  g_autofree char *detail = NULL;
  g_autofree char *line = g_strdup_printf ("%u", line_at (scan, scan->pos));
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  if (*where != '\0')
    /* Translators: a problem in a convention file: the file's name, a line
     * number, the place in the file (such as “items[3].title.en”, not to be
     * translated) and what is wrong there */
    g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE, _("%1$s: line %2$s: %3$s: %4$s"),
                 scan->source, line, where, detail);
  else
    /* Translators: a problem in a convention file: the file's name, a line
     * number and what is wrong there */
    g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE, _("%1$s: line %2$s: %3$s"),
                 scan->source, line, detail);
}

/* Reads a string from its opening quote; with @key, keeps it as the
 * current member's name. */
static gboolean
scan_string (Scan     *scan,
             gboolean  key,
             GError  **error)
{
  gsize start = ++scan->pos;

  for (; scan->pos < scan->length; scan->pos++)
    {
      char c = scan->data[scan->pos];

      if (c == '"')
        break;
      if (c != '\\' || scan->pos + 1 >= scan->length)
        continue;

      scan->pos++;
      if (scan->data[scan->pos] == 'u' && scan->pos + 4 < scan->length
          && memcmp (scan->data + scan->pos + 1, "0000", 4) == 0)
        {
          Frame *frame = &g_array_index (scan->frames, Frame, scan->frames->len - 1);

          /* Name the member whose value, or whose name, holds it. */
          if (key)
            {
              g_free (frame->key);
              frame->key = g_strndup (scan->data + start, MIN (scan->pos - 1 - start, 40));
              frame->expect_key = FALSE;
            }
          fail (scan, error, _("the text holds a NUL character (\\u0000), which cannot be stored; "
                               "remove it"));
          return FALSE;
        }
    }

  if (key && scan->frames->len > 0)
    {
      Frame *frame = &g_array_index (scan->frames, Frame, scan->frames->len - 1);

      g_free (frame->key);
      frame->key = g_strndup (scan->data + start, scan->pos - start);
    }
  scan->pos++;  /* the closing quote */
  return TRUE;
}

/* A whole number must fit in 64 bits: json-glib would wrap it around. */
static gboolean
scan_number (Scan    *scan,
             GError **error)
{
  gsize start = scan->pos;
  gboolean negative = scan->data[start] == '-';
  gboolean whole = TRUE;
  gsize digits_start = start + negative, n_digits;
  const char *limit = negative ? "9223372036854775808" : "9223372036854775807";

  while (scan->pos < scan->length && strchr ("+-0123456789.eE", scan->data[scan->pos]) != NULL)
    {
      if (strchr (".eE", scan->data[scan->pos]) != NULL)
        whole = FALSE;
      scan->pos++;
    }
  if (!whole)
    return TRUE;

  /* Leading zeros are not JSON; json-glib refuses them itself. */
  n_digits = scan->pos - digits_start;
  if (n_digits > strlen (limit)
      || (n_digits == strlen (limit) && memcmp (scan->data + digits_start, limit, n_digits) > 0))
    {
      g_autofree char *number = g_strndup (scan->data + start, MIN (scan->pos - start, 40));

      scan->pos = start;
      fail (scan, error, _("the number %s is out of range"), number);
      return FALSE;
    }

  return TRUE;
}

/**
 * lc_json_prescan:
 * @data: (array length=length): a JSON text, valid UTF-8
 * @length: its length in bytes
 * @max_depth: how deeply objects and lists may nest
 * @source: the file's name, for messages
 * @error: return location for a #GError
 *
 * Checks a JSON text for what json-glib would mishandle, before it parses
 * it: one object from the first character to the last (white space aside),
 * nesting no deeper than @max_depth, no escaped NUL in a string, and whole
 * numbers that fit in 64 bits. Everything else is left to json-glib.
 *
 * Returns: %TRUE when json-glib may parse @data; otherwise
 *   %LC_ERROR_INVALID_FILE naming the line and the place
 */
gboolean
lc_json_prescan (const char  *data,
                 gsize        length,
                 guint        max_depth,
                 const char  *source,
                 GError     **error)
{
  g_autoptr(GArray) frames = g_array_new (FALSE, TRUE, sizeof (Frame));
  Scan scan = { data, length, 0, source, frames };
  gboolean started = FALSE;

  g_array_set_clear_func (frames, frame_clear);

  while (scan.pos < length)
    {
      char c = data[scan.pos];
      Frame *top = frames->len ? &g_array_index (frames, Frame, frames->len - 1) : NULL;

      if (g_ascii_isspace (c))
        {
          scan.pos++;
          continue;
        }

      if (!started && c != '{')
        {
          g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                       _("%1$s: this is not a convention file: it does not start with “{”"), source);
          return FALSE;
        }
      if (started && frames->len == 0)
        {
          /* json-glib 1.6 would read a second value (and leak one). */
          fail (&scan, error, _("there is more text after the end of the convention"));
          return FALSE;
        }

      if (c == '{' || c == '[')
        {
          Frame frame = { c == '{', c == '{', 0, NULL };

          if (frames->len >= max_depth)
            {
              fail (&scan, error, _("objects and lists are nested more than %u levels deep"),
                    max_depth);
              return FALSE;
            }
          g_array_append_val (frames, frame);
          started = TRUE;
          scan.pos++;
        }
      else if (c == '}' || c == ']')
        {
          g_array_set_size (frames, frames->len - 1);
          scan.pos++;
        }
      else if (c == '"')
        {
          if (!scan_string (&scan, top && top->object && top->expect_key, error))
            return FALSE;
        }
      else if (c == ':' && top && top->object)
        {
          top->expect_key = FALSE;
          scan.pos++;
        }
      else if (c == ',' && top)
        {
          if (top->object)
            top->expect_key = TRUE;
          else
            top->index++;
          scan.pos++;
        }
      else if (c == '-' || g_ascii_isdigit (c))
        {
          if (!scan_number (&scan, error))
            return FALSE;
        }
      else
        {
          /* true, false, null, or a mistake json-glib will name. */
          scan.pos++;
        }
    }

  return TRUE;
}
