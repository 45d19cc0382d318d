/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-json-writer.h"

/* JSON written as it is made, in the calls of json-glib's JsonBuilder, to
 * the very bytes json-glib 1.6's JsonGenerator writes of the same tree
 * (pretty, two spaces an indent): the convention file and the schedule's
 * JSON were written by json-glib, and their bytes stay as they were. A
 * tree of a 10,000-item convention is three million nodes, built, written
 * and freed: most of an export's time. tests/test-json-writer.c compares
 * the two on hostile texts.
 *
 * What json-glib writes (json-generator.c): a member as "name" : value; a
 * container's elements each on its own line, indented two spaces a level;
 * an empty list as [], an empty object as { and } with the object's own
 * indent between them; and texts escaped by json_strescape (): \" and \\,
 * \b \f \n \r \t, \u00XX for the other bytes from 0x01 to 0x1E and for
 * 0x7F, and every other byte as it is (0x1F, "/", U+2028 and U+2029, and
 * every byte of a multibyte character; the texts are not checked). */

#define INDENT 2

typedef struct
{
  gboolean object;
  guint    count;   /* elements or members written so far */
} Frame;

struct _LcJsonWriter
{
  GString  *out;
  GArray   *frames;          /* Frame: the containers open */
  gboolean  member_named;    /* a member's name is written, its value not yet */
};

/**
 * lc_json_writer_new:
 *
 * Returns: (transfer full): a writer of one JSON value, empty
 */
LcJsonWriter *
lc_json_writer_new (void)
{
  LcJsonWriter *self = g_new0 (LcJsonWriter, 1);

  self->out = g_string_sized_new (64 * 1024);
  self->frames = g_array_new (FALSE, FALSE, sizeof (Frame));
  return self;
}

/**
 * lc_json_writer_free:
 * @self: (nullable): a writer
 */
void
lc_json_writer_free (LcJsonWriter *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_array_unref (self->frames);
  g_free (self);
}

/**
 * lc_json_writer_free_to_data:
 * @self: (transfer full): a writer whose value is complete
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): the text written, as json_generator_to_data ()
 *   gives it (no newline at its end)
 */
char *
lc_json_writer_free_to_data (LcJsonWriter *self,
                             gsize        *length)
{
  char *text;

  g_warn_if_fail (self->frames->len == 0);

  if (length != NULL)
    *length = self->out->len;
  text = g_string_free (self->out, FALSE);
  g_array_unref (self->frames);
  g_free (self);
  return text;
}

static void
append_indent (LcJsonWriter *self,
               guint         level)
{
  gsize spaces = (gsize) level * INDENT;
  gsize at = self->out->len;

  g_string_set_size (self->out, at + spaces);
  memset (self->out->str + at, ' ', spaces);
}

/* What comes before a value or a member: the line it is on, after a comma
 * when it is not its container's first. */
static void
start_element (LcJsonWriter *self)
{
  Frame *frame;

  if (self->frames->len == 0)
    return;
  frame = &g_array_index (self->frames, Frame, self->frames->len - 1);
  if (frame->count++ > 0)
    g_string_append_c (self->out, ',');
  g_string_append_c (self->out, '\n');
  append_indent (self, self->frames->len);
}

/* Before a value: in an object its member's name is written already. */
static void
start_value (LcJsonWriter *self)
{
  gboolean in_object = self->frames->len > 0
                       && g_array_index (self->frames, Frame, self->frames->len - 1).object;

  if (in_object)
    {
      g_return_if_fail (self->member_named);
      self->member_named = FALSE;
      return;
    }
  start_element (self);
}

/* json_strescape () of json-glib 1.6, byte for byte; the bytes that need
 * nothing are copied a run at a time. */
static void
append_escaped (GString    *out,
                const char *text)
{
  const char *run = text;
  const char *p;

  for (p = text; *p != '\0'; p++)
    {
      char c = *p;

      if (c != '\\' && c != '"' && !((c > 0 && c < 0x1f) || c == 0x7f))
        continue;
      g_string_append_len (out, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '\\':
        case '"':
          g_string_append_c (out, '\\');
          g_string_append_c (out, c);
          break;
        case '\b':
          g_string_append (out, "\\b");
          break;
        case '\f':
          g_string_append (out, "\\f");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          g_string_append_printf (out, "\\u00%02x", (guint) c);
          break;
        }
    }
  g_string_append_len (out, run, p - run);
}

static void
begin (LcJsonWriter *self,
       gboolean      object)
{
  Frame frame = { object, 0 };

  start_value (self);
  g_string_append_c (self->out, object ? '{' : '[');
  g_array_append_val (self->frames, frame);
}

static void
end (LcJsonWriter *self,
     gboolean      object)
{
  Frame frame;

  g_return_if_fail (self->frames->len > 0);
  frame = g_array_index (self->frames, Frame, self->frames->len - 1);
  g_return_if_fail (frame.object == object && !self->member_named);
  g_array_set_size (self->frames, self->frames->len - 1);

  /* json-glib writes an empty list as [] but an empty object with its
   * indent inside: "{" and "}" on one line with spaces between. */
  if (frame.count > 0)
    g_string_append_c (self->out, '\n');
  if (frame.count > 0 || object)
    append_indent (self, self->frames->len);
  g_string_append_c (self->out, object ? '}' : ']');
}

/**
 * lc_json_writer_begin_object:
 * @self: a writer
 */
void
lc_json_writer_begin_object (LcJsonWriter *self)
{
  begin (self, TRUE);
}

/**
 * lc_json_writer_end_object:
 * @self: a writer inside an object
 */
void
lc_json_writer_end_object (LcJsonWriter *self)
{
  end (self, TRUE);
}

/**
 * lc_json_writer_begin_array:
 * @self: a writer
 */
void
lc_json_writer_begin_array (LcJsonWriter *self)
{
  begin (self, FALSE);
}

/**
 * lc_json_writer_end_array:
 * @self: a writer inside an array
 */
void
lc_json_writer_end_array (LcJsonWriter *self)
{
  end (self, FALSE);
}

/**
 * lc_json_writer_set_member_name:
 * @self: a writer inside an object
 * @name: the next member's name, followed by its value; each name once in
 *   an object (json-glib would keep only the last of two)
 */
void
lc_json_writer_set_member_name (LcJsonWriter *self,
                                const char   *name)
{
  g_return_if_fail (self->frames->len > 0
                    && g_array_index (self->frames, Frame, self->frames->len - 1).object);
  g_return_if_fail (!self->member_named);

  start_element (self);
  g_string_append_c (self->out, '"');
  append_escaped (self->out, name);
  g_string_append (self->out, "\" : ");
  self->member_named = TRUE;
}

/**
 * lc_json_writer_add_string_value:
 * @self: a writer
 * @value: a text, written as it is but for json-glib's escapes
 */
void
lc_json_writer_add_string_value (LcJsonWriter *self,
                                 const char   *value)
{
  g_return_if_fail (value != NULL);

  start_value (self);
  g_string_append_c (self->out, '"');
  append_escaped (self->out, value);
  g_string_append_c (self->out, '"');
}

/**
 * lc_json_writer_add_int_value:
 * @self: a writer
 * @value: a whole number
 */
void
lc_json_writer_add_int_value (LcJsonWriter *self,
                              gint64        value)
{
  start_value (self);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

/**
 * lc_json_writer_add_boolean_value:
 * @self: a writer
 * @value: true or false
 */
void
lc_json_writer_add_boolean_value (LcJsonWriter *self,
                                  gboolean      value)
{
  start_value (self);
  g_string_append (self->out, value ? "true" : "false");
}

/**
 * lc_json_writer_add_null_value:
 * @self: a writer
 */
void
lc_json_writer_add_null_value (LcJsonWriter *self)
{
  start_value (self);
  g_string_append (self->out, "null");
}
