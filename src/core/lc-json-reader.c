/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-json-reader.h"
#include "lc-json-scan.h"

/* A strict, fast reader of plain JSON into json-glib's own tree (issue 17).
 * json-glib 1.6 takes 0.41 s of processor time to read a 10,000-item
 * convention file (22.6 MB) into an immutable parser, this reader 0.245 s
 * (medians of 7, turn about): json-glib's GScanner tokenizer calls a
 * function per byte and peeks at each token twice. What is left is the tree
 * itself (allocations, member tables, sealing), the same either way.
 *
 * The reader builds the very tree json_parser_load_from_data() builds (the
 * same nodes, members in the same order, the same parents, sealed when the
 * parser is immutable) from text it is sure to read exactly as json-glib
 * does, and gives up on anything else, so that json-glib reads that and
 * its messages stay its own:
 *
 *  - a byte-order mark, anything but an object or a list around everything
 *    (json-glib also reads scalars and "var name = …;"), text after it;
 *  - whitespace other than space, tab, CR and LF (json-glib's set), comments;
 *  - numbers other than -?(0|[1-9][0-9]*) of at most 18 digits: json-glib
 *    reads fractions and exponents with g_strtod(), leading zeros as octal,
 *    and 0x as hex, and wraps whole numbers beyond 64 bits around;
 *  - in strings: a control character, bytes that are not UTF-8, escapes
 *    other than RFC 8259's (json-glib reads octal ones), \u0000 (json-glib
 *    cuts the string there) and surrogates that are not a pair;
 *  - a member named twice (json-glib keeps the last value at the first
 *    place), nesting deeper than LC_JSON_MAX_DEPTH.
 *
 * json-glib gives no way to set a parser's root, so the reader has json-glib
 * parse a template, {"":null} or [null], and in the signal json-glib emits
 * for the template's only member, while the object or list around it is
 * still open, puts the file's members there in its place. json-glib then
 * closes the root as it would its own (sealing it all if the parser is
 * immutable). Memory is that of the tree, plus a buffer per level for member
 * names, one for the string being read and one for the elements of the lists
 * being read. */

typedef struct
{
  const char *p;
  const char *end;
  GString    *text;       /* the string being read */
  GPtrArray  *names;      /* GString per level: the member name being read */
  GPtrArray  *pending;    /* JsonNode: the elements of the lists being read */
  guint       depth;
  gboolean    immutable;  /* the parser's: the nodes are sealed */
  gboolean    filled;     /* the template's member was replaced */
  gboolean    ok;
} Reader;

static void
free_name (gpointer name)
{
  g_string_free (name, TRUE);
}

static gboolean read_elements (Reader *reader, JsonArray *array, JsonNode *node);
static gboolean read_members (Reader *reader, JsonObject *object, JsonNode *node);

static inline void
skip_space (Reader *reader)
{
  while (reader->p < reader->end
         && (*reader->p == ' ' || *reader->p == '\n' || *reader->p == '\r' || *reader->p == '\t'))
    reader->p++;
}

static gboolean
read_hex4 (Reader   *reader,
           gunichar *value)
{
  gunichar c = 0;

  if (reader->end - reader->p < 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (reader->p[i]);

      if (digit < 0)
        return FALSE;
      c = (c << 4) | (gunichar) digit;
    }
  reader->p += 4;
  *value = c;
  return TRUE;
}

/* Reads the string at reader->p (after its opening quote) into @out. */
static gboolean
read_string (Reader  *reader,
             GString *out)
{
  gboolean ascii = TRUE;

  g_string_truncate (out, 0);
  for (;;)
    {
      const char *start = reader->p;
      unsigned char c = 0;

      /* The run of bytes that stand for themselves, in one copy. */
      while (reader->p < reader->end)
        {
          c = (unsigned char) *reader->p;
          if (c == '"' || c == '\\' || c < 0x20)
            break;
          ascii &= c < 0x80;
          reader->p++;
        }
      if (reader->p >= reader->end || c < 0x20)
        return FALSE;
      g_string_append_len (out, start, reader->p - start);
      reader->p++;
      if (c == '"')
        break;

      if (reader->p >= reader->end)
        return FALSE;
      switch (*reader->p++)
        {
        case '"': g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '/': g_string_append_c (out, '/'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          {
            gunichar unit, low;

            if (!read_hex4 (reader, &unit) || unit == 0 || (unit >= 0xdc00 && unit <= 0xdfff))
              return FALSE;
            if (unit >= 0xd800 && unit <= 0xdbff)
              {
                if (reader->end - reader->p < 2 || reader->p[0] != '\\' || reader->p[1] != 'u')
                  return FALSE;
                reader->p += 2;
                if (!read_hex4 (reader, &low) || low < 0xdc00 || low > 0xdfff)
                  return FALSE;
                unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
              }
            g_string_append_unichar (out, unit);
          }
          break;
        default:
          return FALSE;
        }
    }

  /* Escapes only ever add whole characters: what is not UTF-8 came as it
   * is from the file. */
  return ascii || g_utf8_validate (out->str, out->len, NULL);
}

static gboolean
read_number (Reader  *reader,
             gint64  *value)
{
  gboolean negative = FALSE;
  const char *start;
  guint64 n = 0;

  if (*reader->p == '-')
    {
      negative = TRUE;
      reader->p++;
    }
  start = reader->p;
  while (reader->p < reader->end && g_ascii_isdigit (*reader->p))
    n = n * 10 + (guint64) (*reader->p++ - '0');
  if (reader->p == start || reader->p - start > 18 || (*start == '0' && reader->p - start > 1))
    return FALSE;
  /* What follows must end the value: a fraction, an exponent or a letter
   * are left to json-glib. */
  if (reader->p < reader->end
      && (*reader->p == '.' || *reader->p == 'e' || *reader->p == 'E' || g_ascii_isalpha (*reader->p)))
    return FALSE;
  *value = negative ? -(gint64) n : (gint64) n;
  return TRUE;
}

static gboolean
read_word (Reader     *reader,
           const char *word,
           gsize       length)
{
  if ((gsize) (reader->end - reader->p) < length || memcmp (reader->p, word, length) != 0)
    return FALSE;
  reader->p += length;
  /* "truex" is json-glib's to read */
  return reader->p == reader->end || (!g_ascii_isalnum (*reader->p) && *reader->p != '_');
}

/* Reads the value at reader->p, not whitespace, into a new node whose parent
 * is @parent. */
static JsonNode *
read_value (Reader   *reader,
            JsonNode *parent)
{
  JsonNode *node = NULL;
  gboolean ok;

  if (reader->p >= reader->end)
    return NULL;

  switch (*reader->p)
    {
    case '{':
      reader->p++;
      node = json_node_init_object (json_node_alloc (), NULL);
      json_node_take_object (node, json_object_new ());
      ok = read_members (reader, json_node_get_object (node), node);
      break;
    case '[':
      reader->p++;
      node = json_node_init_array (json_node_alloc (), NULL);
      ok = read_elements (reader, NULL, node);
      break;
    case '"':
      reader->p++;
      ok = read_string (reader, reader->text);
      if (ok)
        node = json_node_init_string (json_node_alloc (), reader->text->str);
      break;
    case 't':
      ok = read_word (reader, "true", 4);
      if (ok)
        node = json_node_init_boolean (json_node_alloc (), TRUE);
      break;
    case 'f':
      ok = read_word (reader, "false", 5);
      if (ok)
        node = json_node_init_boolean (json_node_alloc (), FALSE);
      break;
    case 'n':
      ok = read_word (reader, "null", 4);
      if (ok)
        node = json_node_init_null (json_node_alloc ());
      break;
    default:
      {
        gint64 value;

        ok = (*reader->p == '-' || g_ascii_isdigit (*reader->p)) && read_number (reader, &value);
        if (ok)
          node = json_node_init_int (json_node_alloc (), value);
      }
      break;
    }

  if (!ok)
    {
      g_clear_pointer (&node, json_node_unref);
      return NULL;
    }
  json_node_set_parent (node, parent);
  /* As json-glib does, each node as soon as it is complete: a pass over the
   * whole tree afterwards would take a quarter of the reading's time in
   * cache misses (0.1 s at 10,000 items). */
  if (reader->immutable)
    json_node_seal (node);
  return node;
}

/* After a member or an element: TRUE at a comma followed by another,
 * FALSE with *closed at the closing bracket @close, FALSE otherwise. */
static gboolean
next_item (Reader   *reader,
           char      close,
           gboolean *closed)
{
  skip_space (reader);
  *closed = FALSE;
  if (reader->p >= reader->end)
    return FALSE;
  if (*reader->p == close)
    {
      reader->p++;
      *closed = TRUE;
      return FALSE;
    }
  if (*reader->p != ',')
    return FALSE;
  reader->p++;
  skip_space (reader);
  /* a trailing comma is json-glib's to refuse */
  return reader->p < reader->end && *reader->p != close;
}

static gboolean
enter (Reader *reader)
{
  if (++reader->depth > LC_JSON_MAX_DEPTH)
    return FALSE;
  if (reader->names->len < reader->depth)
    g_ptr_array_add (reader->names, g_string_new (NULL));
  return TRUE;
}

/* Reads an object's members, after its '{', to its '}'. */
static gboolean
read_members (Reader     *reader,
              JsonObject *object,
              JsonNode   *node)
{
  GString *name;
  gboolean closed;

  if (!enter (reader))
    return FALSE;
  name = g_ptr_array_index (reader->names, reader->depth - 1);

  skip_space (reader);
  if (reader->p < reader->end && *reader->p == '}')
    {
      reader->p++;
      reader->depth--;
      return TRUE;
    }
  do
    {
      JsonNode *member;
      guint size;

      if (reader->p >= reader->end || *reader->p != '"')
        return FALSE;
      reader->p++;
      if (!read_string (reader, name))
        return FALSE;
      skip_space (reader);
      if (reader->p >= reader->end || *reader->p != ':')
        return FALSE;
      reader->p++;
      skip_space (reader);
      member = read_value (reader, node);
      if (member == NULL)
        return FALSE;
      size = json_object_get_size (object);
      json_object_set_member (object, name->str, member);
      if (json_object_get_size (object) == size)
        return FALSE;  /* a member named twice */
    }
  while (next_item (reader, '}', &closed));

  reader->depth--;
  return closed;
}

/* Reads a list's elements, after its '[', to its ']', into @array, or into
 * a new one made for them that @node then holds. The elements wait in
 * reader->pending until the list is closed, and the new list is made with
 * room for them all: grown element by element, the lists of a large file
 * took a tenth of the reading in reallocations. */
static gboolean
read_elements (Reader    *reader,
               JsonArray *array,
               JsonNode  *node)
{
  guint start = reader->pending->len;
  gboolean closed = FALSE;

  if (!enter (reader))
    return FALSE;

  skip_space (reader);
  if (reader->p < reader->end && *reader->p == ']')
    {
      reader->p++;
      closed = TRUE;
    }
  else
    do
      {
        JsonNode *element = read_value (reader, node);

        if (element == NULL)
          break;
        g_ptr_array_add (reader->pending, element);
      }
    while (next_item (reader, ']', &closed));

  if (closed)
    {
      if (array == NULL)
        {
          array = json_array_sized_new (reader->pending->len - start);
          json_node_take_array (node, array);
        }
      for (guint i = start; i < reader->pending->len; i++)
        json_array_add_element (array, reader->pending->pdata[i]);
      reader->depth--;
    }
  else
    for (guint i = start; i < reader->pending->len; i++)
      json_node_unref (reader->pending->pdata[i]);
  g_ptr_array_set_size (reader->pending, start);
  return closed;
}

static void
finish (Reader   *reader,
        gboolean  ok)
{
  skip_space (reader);
  reader->filled = TRUE;
  reader->ok = ok && reader->p == reader->end;
}

/* json-glib has just added the template's only member to the root, which
 * is still open: the file's members take its place, with its parent. */
static void
on_object_member (JsonParser *parser,
                  JsonObject *object,
                  const char *member_name,
                  gpointer    user_data)
{
  JsonNode *root = json_node_get_parent (json_object_get_member (object, ""));

  json_object_remove_member (object, "");
  finish (user_data, read_members (user_data, object, root));
}

static void
on_array_element (JsonParser *parser,
                  JsonArray  *array,
                  int         index,
                  gpointer    user_data)
{
  JsonNode *root = json_node_get_parent (json_array_get_element (array, 0));

  json_array_remove_element (array, 0);
  finish (user_data, read_elements (user_data, array, root));
}

/**
 * lc_json_reader_load:
 * @parser: a parser, immutable or not
 * @data: (array length=length): JSON text
 * @length: the length of @data in bytes
 *
 * Loads @data into @parser as json_parser_load_from_data() would, faster,
 * if @data is plain JSON of the kind the reader is sure to read exactly as
 * json-glib does (see above); otherwise gives up, and the caller parses
 * @data with json-glib, which then says what is wrong, if anything.
 *
 * Returns: %TRUE if @parser holds @data's tree; %FALSE if the reader gave
 *   up, with @parser in no particular state (json_parser_load_from_data()
 *   starts afresh)
 */
gboolean
lc_json_reader_load (JsonParser *parser,
                     const char *data,
                     gsize       length)
{
  Reader reader = { 0 };
  const char *template;
  gulong handler;

  g_return_val_if_fail (JSON_IS_PARSER (parser), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  g_object_get (parser, "immutable", &reader.immutable, NULL);
  reader.p = data;
  reader.end = data + length;
  skip_space (&reader);
  if (reader.p >= reader.end || (*reader.p != '{' && *reader.p != '['))
    return FALSE;

  reader.text = g_string_sized_new (256);
  reader.names = g_ptr_array_new_with_free_func (free_name);
  reader.pending = g_ptr_array_new ();
  if (*reader.p == '{')
    {
      template = "{\"\":null}";
      handler = g_signal_connect (parser, "object-member", G_CALLBACK (on_object_member), &reader);
    }
  else
    {
      template = "[null]";
      handler = g_signal_connect (parser, "array-element", G_CALLBACK (on_array_element), &reader);
    }
  reader.p++;

  if (!json_parser_load_from_data (parser, template, -1, NULL))
    reader.ok = FALSE;
  g_signal_handler_disconnect (parser, handler);

  g_string_free (reader.text, TRUE);
  g_ptr_array_unref (reader.names);
  g_ptr_array_unref (reader.pending);
  return reader.filled && reader.ok;
}
