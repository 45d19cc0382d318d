/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* Before any header includes sqlite3.h: the session extension's API. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "lc-error.h"
#include "lc-exchange-private.h"
#include "lc-file.h"

/* The changes file: a few lines of text saying which convention, whose
 * changes and how many, then a blank line and SQLite's changeset of the
 * convention's mirror (lc-exchange-mirror.c). Text, so that a person who
 * opens one sees what it is; every line is checked, in order, before the
 * changeset is read, and the changeset is walked once, bounded, before
 * anything is applied. */

#define MAGIC "Learning Cities changes"
/* 2: "merged:" lines, what the author had merged of each other replica;
 * a file of format 1 has none and is still read. */
#define FORMAT_VERSION 2
/* The header is a few hundred bytes, its longest line the author's name,
 * and a "merged:" line of about 60 bytes per colleague: room for some 250. */
#define MAX_HEADER_BYTES 16384

GBytes *
lc_exchange_file_build (const LcExchangeHeader *header,
                        const void             *changeset,
                        gsize                   size)
{
  GString *text = g_string_new (MAGIC "\n");

  g_string_append_printf (text, "format: %d\n", FORMAT_VERSION);
  g_string_append_printf (text, "schema: %d\n", header->schema);
  g_string_append_printf (text, "convention: %s\n", header->convention);
  g_string_append_printf (text, "replica: %s\n", header->replica);
  g_string_append_printf (text, "author: %s\n", header->author);
  g_string_append_printf (text, "sequence: %" G_GINT64_FORMAT "\n", header->sequence);
  g_string_append_printf (text, "created: %s\n", header->created);
  g_string_append_printf (text, "rows: %u\n", header->rows);
  for (guint i = 0; header->acks != NULL && i < header->acks->len; i++)
    {
      const LcExchangeAck *ack = g_ptr_array_index (header->acks, i);

      g_string_append_printf (text, "merged: %s %" G_GINT64_FORMAT "\n", ack->replica, ack->sequence);
    }
  g_string_append_printf (text, "size: %" G_GSIZE_FORMAT "\n\n", size);
  g_string_append_len (text, changeset, size);

  return g_string_free_to_bytes (text);
}

void
lc_exchange_header_clear (LcExchangeHeader *header)
{
  g_clear_pointer (&header->convention, g_free);
  g_clear_pointer (&header->replica, g_free);
  g_clear_pointer (&header->author, g_free);
  g_clear_pointer (&header->created, g_free);
  g_clear_pointer (&header->hash, g_free);
  g_clear_pointer (&header->acks, g_ptr_array_unref);
}

void
lc_exchange_ack_free (gpointer data)
{
  LcExchangeAck *ack = data;

  g_free (ack->replica);
  g_free (ack);
}

/* Up to which of @replica's files the author of @header had merged, 0
 * when none; -1 when the file does not say (format 1). */
gint64
lc_exchange_header_acked (const LcExchangeHeader *header,
                          const char             *replica)
{
  if (header->acks == NULL)
    return -1;
  for (guint i = 0; i < header->acks->len; i++)
    {
      const LcExchangeAck *ack = g_ptr_array_index (header->acks, i);

      if (g_strcmp0 (ack->replica, replica) == 0)
        return ack->sequence;
    }
  return 0;
}

static gboolean
damaged (const char  *source,
         const char  *why,
         GError     **error)
{
  /* Translators: %1$s names a file, %2$s says what is wrong with it */
  g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE, _("%1$s is not a proper changes file: %2$s"),
               source, why);
  return FALSE;
}

/* The value of the header line "@key: …" at *@at, which moves past it. */
static char *
take_line (const char  *data,
           gsize        end,
           gsize       *at,
           const char  *key)
{
  const char *line = data + *at;
  const char *newline = memchr (line, '\n', end - *at);
  gsize key_length = strlen (key);

  if (newline == NULL || (gsize) (newline - line) < key_length + 2
      || strncmp (line, key, key_length) != 0 || line[key_length] != ':' || line[key_length + 1] != ' ')
    return NULL;
  *at = newline - data + 1;
  return g_strndup (line + key_length + 2, newline - line - key_length - 2);
}

static gboolean
parse_number (const char *text,
              gint64      max,
              gint64     *out)
{
  guint64 number;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, (guint64) max, &number, NULL))
    return FALSE;
  *out = (gint64) number;
  return TRUE;
}

/* A varint of SQLite's changeset format (as in its records: 7 bits a
 * byte, high bit set on all but the last). */
static gboolean
read_varint (const guint8 *data,
             gsize         size,
             gsize        *at,
             guint64      *value)
{
  *value = 0;
  for (int i = 0; i < 9; i++)
    {
      if (*at >= size)
        return FALSE;
      *value = (*value << 7) | (data[*at] & 0x7f);
      if ((data[(*at)++] & 0x80) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The changeset's bytes walked by their format (a table header: 'T', its
 * column count, a primary-key flag per column and its NUL-ended name; then
 * each change: its operation, a flag, and one record, two for an update, of
 * typed values), every length within the file, before SQLite's own reader
 * sees them: a changeset of 691 bytes made sqlite3changeset_next () run for
 * minutes (found by fuzz-exchange). */
static gboolean
walk_format (const guint8 *data,
             gsize         size)
{
  gsize at = 0;
  guint64 columns = 0;

  while (at < size)
    {
      guint8 kind = data[at++];

      if (kind == 'T')
        {
          const guint8 *end;

          if (!read_varint (data, size, &at, &columns) || columns < 1 || columns > 1000
              || size - at < columns)
            return FALSE;
          at += columns;
          end = memchr (data + at, '\0', size - at);
          if (end == NULL || end == data + at)
            return FALSE;
          at = end - data + 1;
          continue;
        }
      if (columns == 0 || (kind != SQLITE_INSERT && kind != SQLITE_UPDATE && kind != SQLITE_DELETE)
          || at >= size)
        return FALSE;
      at++;   /* indirect */
      for (int record = 0; record < (kind == SQLITE_UPDATE ? 2 : 1); record++)
        for (guint64 c = 0; c < columns; c++)
          {
            guint64 length;
            guint8 type;

            if (at >= size)
              return FALSE;
            type = data[at++];
            if (type == SQLITE_INTEGER || type == SQLITE_FLOAT)
              length = 8;
            else if (type == SQLITE_TEXT || type == SQLITE_BLOB)
              {
                if (!read_varint (data, size, &at, &length))
                  return FALSE;
              }
            else if (type == SQLITE_NULL || (type == 0 && kind == SQLITE_UPDATE))
              length = 0;
            else
              return FALSE;
            if (size - at < length)
              return FALSE;
            at += length;
          }
    }
  return TRUE;
}

/* Walks the changeset once: every change must be of an exchanged table,
 * with its columns, keyed by a proper uid, and there must be as many as the
 * header says. */
static gboolean
check_changeset (LcExchangeHeader *header,
                 const char       *source,
                 GError          **error)
{
  sqlite3_changeset_iter *iter = NULL;
  guint rows = 0;
  int rc;

  if (header->size == 0)
    return header->rows == 0 || damaged (source, _("it ends before its changes."), error);
  if (!walk_format (header->changeset, header->size))
    return damaged (source, _("its changes are cut short or damaged."), error);
  rc = sqlite3changeset_start (&iter, (int) header->size, (void *) header->changeset);
  while (rc == SQLITE_OK && (rc = sqlite3changeset_next (iter)) == SQLITE_ROW)
    {
      const char *name;
      const LcExchangeTable *table;
      unsigned char *pk;
      int n_columns, op, indirect, pk_columns;
      sqlite3_value *key = NULL;

      if (sqlite3changeset_op (iter, &name, &n_columns, &op, &indirect) != SQLITE_OK
          || sqlite3changeset_pk (iter, &pk, &pk_columns) != SQLITE_OK)
        break;
      table = lc_exchange_table_find (name);
      if (table == NULL || n_columns != (int) table->columns->len + 1)
        {
          sqlite3changeset_finalize (iter);
          return damaged (source, _("it changes something that is not part of a convention."), error);
        }
      for (int c = 0; c < n_columns; c++)
        if (pk[c] != (c == 0))
          {
            sqlite3changeset_finalize (iter);
            return damaged (source, _("its changes are not keyed by the records’ identities."), error);
          }
      if (op == SQLITE_INSERT)
        sqlite3changeset_new (iter, 0, &key);
      else
        sqlite3changeset_old (iter, 0, &key);
      if (key == NULL || sqlite3_value_type (key) != SQLITE_TEXT
          || !lc_uid_is_valid ((const char *) sqlite3_value_text (key)))
        {
          sqlite3changeset_finalize (iter);
          return damaged (source, _("a change names a record without a proper identity."), error);
        }
      if (++rows > header->rows)
        break;
      rc = SQLITE_OK;
    }
  if (sqlite3changeset_finalize (iter) != SQLITE_OK || rc != SQLITE_DONE || rows != header->rows)
    return damaged (source, _("its changes are cut short or damaged."), error);

  return TRUE;
}

/* The "merged:" lines at *@at (format 2), each a replica's uid and a
 * sequence, no replica twice. */
static gboolean
take_acks (const char       *data,
           gsize             end,
           gsize            *at,
           LcExchangeHeader *header)
{
  header->acks = g_ptr_array_new_with_free_func (lc_exchange_ack_free);
  while (end - *at > strlen ("merged: ") && strncmp (data + *at, "merged: ", strlen ("merged: ")) == 0)
    {
      g_autofree char *line = take_line (data, end, at, "merged");
      g_auto(GStrv) fields = line != NULL ? g_strsplit (line, " ", 3) : NULL;
      LcExchangeAck *ack;
      gint64 sequence;

      if (fields == NULL || g_strv_length (fields) != 2 || !lc_uid_is_valid (fields[0])
          || !parse_number (fields[1], G_MAXINT64, &sequence) || sequence < 1
          || lc_exchange_header_acked (header, fields[0]) != 0)
        return FALSE;
      ack = g_new0 (LcExchangeAck, 1);
      ack->replica = g_strdup (fields[0]);
      ack->sequence = sequence;
      g_ptr_array_add (header->acks, ack);
    }
  return TRUE;
}

/**
 * lc_exchange_header_parse: (skip)
 * @data: (array length=length): a whole changes file
 * @source: names the file in messages
 * @header: (out caller-allocates): filled in; clear it with
 *   lc_exchange_header_clear() whatever the result
 *
 * Reads and checks a changes file: its header, line by line, and its
 * changeset, walked once. The convention and the schema are compared by
 * the caller, which knows the library.
 *
 * Returns: %FALSE with @error set, naming what is wrong, when the file is
 *   not a changes file of this program or is damaged
 */
gboolean
lc_exchange_header_parse (const char        *data,
                          gsize              length,
                          const char        *source,
                          LcExchangeHeader  *header,
                          GError           **error)
{
  gsize end = MIN (length, MAX_HEADER_BYTES), at = 0;
  g_autofree char *format = NULL, *schema = NULL, *sequence = NULL, *rows = NULL, *size = NULL;
  gint64 number;

  memset (header, 0, sizeof *header);
  if (length > LC_EXCHANGE_MAX_FILE_BYTES)
    {
      g_autofree char *limit = lc_file_format_size (LC_EXCHANGE_MAX_FILE_BYTES);

      /* Translators: %1$s names a file, %2$s is a size such as “32 MB” */
      g_set_error (error, LC_ERROR, LC_ERROR_TOO_LARGE,
                   _("%1$s is larger than a changes file can be (%2$s)."), source, limit);
      return FALSE;
    }
  if (length < strlen (MAGIC) + 1 || memcmp (data, MAGIC "\n", strlen (MAGIC) + 1) != 0)
    return damaged (source, _("it does not start as one."), error);
  at = strlen (MAGIC) + 1;

  format = take_line (data, end, &at, "format");
  if (!parse_number (format, G_MAXINT, &number))
    return damaged (source, _("its format line is missing."), error);
  header->format = (int) number;
  if (header->format > FORMAT_VERSION)
    {
      /* Translators: %s names a file */
      g_set_error (error, LC_ERROR, LC_ERROR_TOO_NEW,
                   _("%s was written by a newer version of Learning Cities; update the app to merge it."),
                   source);
      return FALSE;
    }

  schema = take_line (data, end, &at, "schema");
  header->convention = take_line (data, end, &at, "convention");
  header->replica = take_line (data, end, &at, "replica");
  header->author = take_line (data, end, &at, "author");
  sequence = take_line (data, end, &at, "sequence");
  header->created = take_line (data, end, &at, "created");
  rows = take_line (data, end, &at, "rows");
  if (header->format >= 2 && !take_acks (data, end, &at, header))
    return damaged (source, _("its header is incomplete or wrong."), error);
  size = take_line (data, end, &at, "size");

  if (!parse_number (schema, G_MAXINT, &number) || (header->schema = (int) number) < 1
      || !lc_uid_is_valid (header->convention) || !lc_uid_is_valid (header->replica)
      || header->author == NULL || !g_utf8_validate (header->author, -1, NULL)
      || strlen (header->author) > LC_EXCHANGE_MAX_AUTHOR_BYTES
      || !parse_number (sequence, G_MAXINT64, &header->sequence) || header->sequence < 1
      || header->created == NULL || !g_utf8_validate (header->created, -1, NULL)
      || !parse_number (rows, LC_EXCHANGE_MAX_ROWS, &number))
    return damaged (source, _("its header is incomplete or wrong."), error);
  header->rows = (guint) number;
  if (!parse_number (size, LC_EXCHANGE_MAX_FILE_BYTES, &number) || at >= end || data[at] != '\n')
    return damaged (source, _("its header is incomplete or wrong."), error);
  at++;
  header->changeset = (const guint8 *) data + at;
  header->size = (gsize) number;
  if (length - at < header->size)
    return damaged (source, _("it ends before its changes do (it was cut short)."), error);
  if (length - at > header->size)
    return damaged (source, _("it has more after its changes."), error);
  header->hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);

  return check_changeset (header, source, error);
}
