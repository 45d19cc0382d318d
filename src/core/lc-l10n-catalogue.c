/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-error.h"
#include "lc-l10n.h"

/* A compiled catalogue (.mo) is read by hand rather than through gettext,
 * because gettext translates into the process locale only. The file is
 * treated as untrusted: every offset is checked against its size, every
 * string must be valid UTF-8, and a translation whose printf directives do
 * not match its msgid's is dropped (it would otherwise crash a printf). */

#define MO_MAGIC 0x950412deU
#define MO_MAX_SIZE (32 * 1024 * 1024)
#define MAX_FORMAT_ARGS 16

typedef struct
{
  const char *text;   /* the forms, separated by NUL */
  gsize       length; /* all forms, without the final NUL */
} LcMoEntry;

struct _LcCatalogue
{
  char       *data;
  gsize       size;
  GHashTable *entries;  /* "context\004msgid" or "msgid" → LcMoEntry */
};

static gboolean
read_u32 (const LcCatalogue *self,
          guint64            offset,
          gboolean           swap,
          guint32           *value)
{
  guint32 v;

  if (offset + 4 > self->size)
    return FALSE;
  memcpy (&v, self->data + offset, 4);
  *value = swap ? GUINT32_SWAP_LE_BE (v) : v;
  return TRUE;
}

/* The i-th string of a descriptor table: its length and offset must lie
 * inside the file, with a NUL right after it as the format promises. */
static const char *
read_string (const LcCatalogue *self,
             guint32            table,
             guint32            i,
             gboolean           swap,
             gsize             *length)
{
  guint32 len, off;

  if (!read_u32 (self, (guint64) table + (guint64) i * 8, swap, &len)
      || !read_u32 (self, (guint64) table + (guint64) i * 8 + 4, swap, &off))
    return NULL;
  if ((guint64) off + len >= self->size || self->data[(gsize) off + len] != '\0')
    return NULL;

  *length = len;
  return self->data + off;
}

/* Describes the arguments a printf format consumes, by position: each slot
 * holds the length modifier and conversion class ("s", "d", "ld", …), so
 * "%s and %d" and "%2$d and %1$s" compare equal. Returns FALSE for
 * directives this program never uses and must never accept from a file
 * (%n, '*' widths, unknown conversions). */
static gboolean
format_signature (const char *format,
                  char        signature[MAX_FORMAT_ARGS][4],
                  guint      *n_args)
{
  guint next = 0;
  gboolean positional = FALSE, sequential = FALSE;

  memset (signature, 0, MAX_FORMAT_ARGS * 4);
  *n_args = 0;

  for (const char *p = strchr (format, '%'); p != NULL; p = strchr (p, '%'))
    {
      guint index;
      char length[3] = "";
      char conv;

      p++;
      if (*p == '%')
        {
          p++;
          continue;
        }

      if (g_ascii_isdigit (*p))
        {
          const char *q = p;
          guint n = 0;

          while (g_ascii_isdigit (*q) && n < 1000)
            n = n * 10 + (guint) (*q++ - '0');
          if (*q == '$')
            {
              if (n == 0 || n > MAX_FORMAT_ARGS)
                return FALSE;
              index = n - 1;
              positional = TRUE;
              p = q + 1;
            }
          else
            {
              index = next++;
              sequential = TRUE;
            }
        }
      else
        {
          index = next++;
          sequential = TRUE;
        }
      if (index >= MAX_FORMAT_ARGS)
        return FALSE;

      while (*p != '\0' && strchr ("-+ #0'I", *p) != NULL)
        p++;
      while (g_ascii_isdigit (*p))
        p++;
      if (*p == '.')
        {
          p++;
          while (g_ascii_isdigit (*p))
            p++;
        }
      if (*p == '*')
        return FALSE;

      for (guint k = 0; k < 2 && *p != '\0' && strchr ("hlLqjzZt", *p) != NULL; k++)
        length[k] = *p++;

      conv = *p;
      if (conv == '\0' || strchr ("diouxXeEfFgGaAcsp", conv) == NULL)
        return FALSE;
      if (strchr ("iouxX", conv) != NULL)
        conv = 'd';
      else if (strchr ("eEfFgGaA", conv) != NULL)
        conv = 'f';
      p++;

      /* One argument read twice with two types is undefined behaviour. */
      if (signature[index][0] != '\0')
        return FALSE;
      g_snprintf (signature[index], 4, "%s%c", length, conv);
      *n_args = MAX (*n_args, index + 1);
    }

  if (positional && sequential)
    return FALSE;
  /* Positional arguments must not leave a hole: printf could not know the
   * type of the argument it has to skip. */
  for (guint i = 0; i < *n_args; i++)
    if (signature[i][0] == '\0')
      return FALSE;

  return TRUE;
}

static gboolean
same_format (const char *msgid,
             const char *translation)
{
  char a[MAX_FORMAT_ARGS][4], b[MAX_FORMAT_ARGS][4];
  guint na, nb;

  if (!format_signature (msgid, a, &na) || !format_signature (translation, b, &nb))
    return FALSE;

  return na == nb && memcmp (a, b, sizeof a) == 0;
}

/* Every form of a translation must be valid UTF-8 with the msgid's printf
 * directives. */
static gboolean
translation_is_acceptable (const char *msgid,
                           const char *text,
                           gsize       length)
{
  const char *form = text;

  while (form <= text + length)
    {
      if (!g_utf8_validate (form, -1, NULL) || !same_format (msgid, form))
        return FALSE;
      form += strlen (form) + 1;
    }

  return TRUE;
}

static gboolean
header_is_utf8 (const char *header)
{
  const char *charset = strstr (header, "charset=");
  gsize n;

  if (charset == NULL)
    return TRUE;
  charset += strlen ("charset=");
  n = strcspn (charset, " \t\n;");

  return (n == 5 && g_ascii_strncasecmp (charset, "UTF-8", 5) == 0)
      || (n == 4 && g_ascii_strncasecmp (charset, "UTF8", 4) == 0);
}

static gboolean
catalogue_parse (LcCatalogue  *self,
                 const char   *display,
                 GError      **error)
{
  guint32 magic, revision, n, originals, translations;
  gboolean swap;

  if (!read_u32 (self, 0, FALSE, &magic))
    goto invalid;
  if (magic == MO_MAGIC)
    swap = FALSE;
  else if (GUINT32_SWAP_LE_BE (magic) == MO_MAGIC)
    swap = TRUE;
  else
    goto invalid;

  if (!read_u32 (self, 4, swap, &revision) || (revision >> 16) > 1
      || !read_u32 (self, 8, swap, &n)
      || !read_u32 (self, 12, swap, &originals)
      || !read_u32 (self, 16, swap, &translations))
    goto invalid;
  if ((guint64) originals + (guint64) n * 8 > self->size
      || (guint64) translations + (guint64) n * 8 > self->size)
    goto invalid;

  for (guint32 i = 0; i < n; i++)
    {
      gsize id_length, text_length;
      const char *msgid = read_string (self, originals, i, swap, &id_length);
      const char *text = read_string (self, translations, i, swap, &text_length);
      LcMoEntry *entry;
      const char *bare;

      if (msgid == NULL || text == NULL)
        goto invalid;
      if (!g_utf8_validate (msgid, -1, NULL))
        goto invalid;

      if (*msgid == '\0')
        {
          if (!header_is_utf8 (text))
            {
              g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                           _("The catalogue “%s” is not in UTF-8."), display);
              return FALSE;
            }
          continue;
        }

      /* An untranslated or unsafe entry falls back to English. */
      bare = strchr (msgid, '\004') ? strchr (msgid, '\004') + 1 : msgid;
      if (text_length == 0 || !translation_is_acceptable (bare, text, text_length))
        continue;
      if (g_hash_table_contains (self->entries, msgid))
        continue;

      entry = g_new (LcMoEntry, 1);
      entry->text = text;
      entry->length = text_length;
      g_hash_table_insert (self->entries, (gpointer) msgid, entry);
    }

  return TRUE;

invalid:
  g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
               _("The catalogue “%s” is damaged or is not a compiled catalogue (.mo)."),
               display);
  return FALSE;
}

/**
 * lc_catalogue_new_from_file:
 * @path: a compiled gettext catalogue (.mo) in UTF-8
 * @error: return location for a #GError
 *
 * Reads a catalogue. Entries that are not safe to use (invalid UTF-8,
 * printf directives that differ from the msgid's) are left out, so their
 * msgid is used instead.
 *
 * Returns: (transfer full) (nullable): the catalogue
 */
LcCatalogue *
lc_catalogue_new_from_file (const char  *path,
                            GError     **error)
{
  g_autoptr(LcCatalogue) self = g_new0 (LcCatalogue, 1);
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GMappedFile) mapped = NULL;

  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  mapped = g_mapped_file_new (path, FALSE, error);
  if (mapped == NULL)
    return NULL;
  if (g_mapped_file_get_length (mapped) > MO_MAX_SIZE)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("The catalogue “%s” is too large."), display);
      return NULL;
    }

  /* A private copy, so the strings stay valid whatever happens to the file. */
  self->size = g_mapped_file_get_length (mapped);
  self->data = g_malloc (self->size + 1);
  if (self->size > 0)
    memcpy (self->data, g_mapped_file_get_contents (mapped), self->size);
  self->data[self->size] = '\0';

  if (!catalogue_parse (self, display, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * lc_catalogue_free:
 * @self: (nullable): a catalogue
 */
void
lc_catalogue_free (LcCatalogue *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_free (self->data);
  g_free (self);
}

/**
 * lc_catalogue_lookup:
 * @self: a catalogue
 * @context: (nullable): the msgctxt
 * @msgid: the English text
 * @plural_form: which plural form (0 for a text without plural)
 *
 * Returns: (nullable): the translation, or %NULL when there is none
 */
const char *
lc_catalogue_lookup (LcCatalogue *self,
                     const char  *context,
                     const char  *msgid,
                     guint        plural_form)
{
  g_autofree char *key = NULL;
  const LcMoEntry *entry;
  const char *form;

  if (context != NULL)
    key = g_strconcat (context, "\004", msgid, NULL);
  entry = g_hash_table_lookup (self->entries, key ? key : msgid);
  if (entry == NULL)
    return NULL;

  form = entry->text;
  for (guint i = 0; i < plural_form; i++)
    {
      form += strlen (form) + 1;
      if (form > entry->text + entry->length)
        return NULL;
    }

  return *form != '\0' ? form : NULL;
}

/**
 * lc_catalogue_get_n_entries:
 * @self: a catalogue
 *
 * Returns: how many usable translations the catalogue holds
 */
guint
lc_catalogue_get_n_entries (LcCatalogue *self)
{
  return g_hash_table_size (self->entries);
}
