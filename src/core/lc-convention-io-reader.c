/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-convention-io-private.h"
#include "lc-error.h"

/* The reader's checked steps, shared by every section of the convention
 * file (lc-convention-io.c, lc-convention-io-declarations.c): each reads one
 * member, and on anything wrong names the file, the element and the field. */

/* Longest title shown in a message to name an item. */
#define LABEL_TITLE_CHARS 40

void
lc_io_pending_free (gpointer data)
{
  LcPending *pending = data;

  g_object_unref (pending->record);
  g_free (pending);
}

LcPending *
lc_io_add_pending (LcReader *reader,
             GType     type)
{
  LcPending *pending = g_new0 (LcPending, 1);

  pending->record = g_object_new (type, NULL);
  g_ptr_array_add (reader->pending, pending);

  return pending;
}

void
lc_io_add_ref (LcPending  *pending,
         const char *property,
         LcRecord   *target)
{
  g_assert (pending->n_refs < LC_IO_MAX_REFS);

  pending->refs[pending->n_refs].property = property;
  pending->refs[pending->n_refs].target = target;
  pending->n_refs++;
}

char *
lc_io_join_path (const char *label,
           const char *member)
{
  if (label != NULL && member != NULL)
    return g_strconcat (label, ".", member, NULL);

  return g_strdup (label != NULL ? label : member);
}

void G_GNUC_PRINTF (5, 6)
lc_io_set_invalid (LcReader    *reader,
             GError     **error,
             const char  *label,
             const char  *member,
             const char  *format,
             ...)
{
  g_autofree char *where = lc_io_join_path (label, member);
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  if (where != NULL)
    /* Translators: a problem in a convention file: the file's name, the place
     * in the file (such as “items[3].number”, not to be translated) and what
     * is wrong there */
    g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE, _("%1$s: %2$s: %3$s"),
                 reader->source, where, detail);
  else
    /* Translators: a problem in a convention file: the file's name and what is wrong */
    g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE, _("%1$s: %2$s"),
                 reader->source, detail);
}

/* "“a”, “b”, “c”", for messages; only the nicks in @allowed when given. */
static char *
list_nicks (GType              type,
            const char *const *allowed,
            gboolean           nullable)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      const char *nick = klass->values[i].value_nick;

      if (allowed != NULL && !g_strv_contains (allowed, nick))
        continue;
      g_string_append_printf (list, "%s“%s”", list->len ? ", " : "", nick);
    }
  if (nullable)
    g_string_append (list, ", null");

  return g_string_free (list, FALSE);
}

gboolean
lc_io_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

gboolean
lc_io_is_integer (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

/* Reads a text; an absent one that is not required reads as "". */
gboolean
lc_io_read_string (LcReader     *reader,
             JsonObject   *object,
             const char   *label,
             const char   *member,
             gboolean      required,
             const char  **out,
             GError      **error)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *text;

  if (node == NULL)
    {
      if (required)
        {
          lc_io_set_invalid (reader, error, label, member, _("required, but missing"));
          return FALSE;
        }
      *out = "";
      return TRUE;
    }

  if (!lc_io_is_string (node))
    {
      lc_io_set_invalid (reader, error, label, member, _("expected a text in quotes"));
      return FALSE;
    }

  /* json-glib turns an escaped lone surrogate (\ud800) into invalid UTF-8. */
  text = json_node_get_string (node);
  if (!g_utf8_validate (text, -1, NULL))
    {
      lc_io_set_invalid (reader, error, label, member, _("the text is not valid Unicode"));
      return FALSE;
    }

  *out = text;
  return TRUE;
}

gboolean
lc_io_read_bilingual (LcReader    *reader,
                JsonObject  *object,
                const char  *label,
                const char  *field,
                LcRecord    *record,
                GError     **error)
{
  JsonNode *node = json_object_get_member (object, field);
  g_autofree char *where = NULL;
  const char *ar, *en;

  if (node == NULL)
    {
      lc_record_set_text (record, field, "", "");
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      lc_io_set_invalid (reader, error, label, field,
                   _("expected an object with an Arabic text “ar” and an English text “en”"));
      return FALSE;
    }

  where = lc_io_join_path (label, field);
  if (!lc_io_read_string (reader, json_node_get_object (node), where, "ar", FALSE, &ar, error)
      || !lc_io_read_string (reader, json_node_get_object (node), where, "en", FALSE, &en, error))
    return FALSE;

  lc_record_set_text (record, field, ar, en);
  return TRUE;
}

/* Reads a whole number from @minimum to @maximum; null, when allowed, and
 * absence read as 0. @expected says what is wanted, for the message. */
gboolean
lc_io_read_int (LcReader    *reader,
          JsonObject  *object,
          const char  *label,
          const char  *member,
          gint64       minimum,
          gint64       maximum,
          gboolean     nullable,
          const char  *expected,
          gint64      *out,
          GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || (nullable && JSON_NODE_HOLDS_NULL (node)))
    {
      *out = 0;
      return TRUE;
    }

  if (!lc_io_is_integer (node)
      || json_node_get_int (node) < minimum || json_node_get_int (node) > maximum)
    {
      lc_io_set_invalid (reader, error, label, member, "%s", expected);
      return FALSE;
    }

  *out = json_node_get_int (node);
  return TRUE;
}

gboolean
lc_io_read_boolean (LcReader    *reader,
              JsonObject  *object,
              const char  *label,
              const char  *member,
              gboolean    *out,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    {
      *out = FALSE;
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      lc_io_set_invalid (reader, error, label, member, _("expected true or false"));
      return FALSE;
    }

  *out = json_node_get_boolean (node);
  return TRUE;
}

/* Reads an enumeration by nick: any value of @type, or only those in
 * @allowed. Absence gives @fallback; null, when allowed, gives 0 (unset). */
gboolean
lc_io_read_enum (LcReader           *reader,
           JsonObject         *object,
           const char         *label,
           const char         *member,
           GType               type,
           const char *const  *allowed,
           gboolean            required,
           gboolean            nullable,
           int                 fallback,
           int                *out,
           GError            **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *expected = NULL;
  const char *nick;

  if (node == NULL && !required)
    {
      *out = fallback;
      return TRUE;
    }
  if (node != NULL && nullable && JSON_NODE_HOLDS_NULL (node))
    {
      *out = 0;
      return TRUE;
    }

  expected = list_nicks (type, allowed, nullable);
  if (node == NULL)
    {
      /* Translators: %s lists the values allowed, such as “moderator”, “speaker” */
      lc_io_set_invalid (reader, error, label, member, _("required, but missing (one of %s)"), expected);
      return FALSE;
    }
  if (!lc_io_is_string (node))
    {
      /* Translators: %s lists the values allowed, such as “moderator”, “speaker” */
      lc_io_set_invalid (reader, error, label, member, _("expected one of %s"), expected);
      return FALSE;
    }

  nick = json_node_get_string (node);
  if ((allowed != NULL && !g_strv_contains (allowed, nick)) || !lc_enum_from_nick (type, nick, out))
    {
      /* Translators: the first %s is the value found, the second lists the
       * values allowed, such as “moderator”, “speaker” */
      lc_io_set_invalid (reader, error, label, member, _("unknown value “%s” (expected one of %s)"),
                   nick, expected);
      return FALSE;
    }

  return TRUE;
}

/* The identity across libraries of @pending's record, in @member
 * (programs before it ignore the member). Absent, the record gets a new
 * one. */
gboolean
lc_io_read_uid_as (LcReader    *reader,
                   JsonObject  *object,
                   const char  *label,
                   const char  *member,
                   LcPending   *pending,
                   GError     **error)
{
  const char *uid;

  if (!lc_io_read_string (reader, object, label, member, FALSE, &uid, error))
    return FALSE;
  if (*uid == '\0')
    return TRUE;

  /* Untrusted text: checked here, bounded by the form of a UUID. */
  if (!lc_uid_is_valid (uid))
    {
      g_autofree char *shown = g_utf8_substring (uid, 0, MIN (g_utf8_strlen (uid, -1), 40));

      lc_io_set_invalid (reader, error, label, member,
                         /* Translators: %s is the text found in the file */
                         _("“%s” is not an identity: expected a UUID in lower-case letters, "
                           "such as “0f8c6d2e-3b1a-4c5d-9e7f-0123456789ab”, or no uid"),
                         shown);
      return FALSE;
    }

  pending->uid = uid;
  return TRUE;
}

/* The record's identity across libraries, in "uid". */
gboolean
lc_io_read_uid (LcReader    *reader,
                JsonObject  *object,
                const char  *label,
                LcPending   *pending,
                GError     **error)
{
  return lc_io_read_uid_as (reader, object, label, "uid", pending, error);
}

/* Registers the file-local id of @record; entries without one cannot be
 * referred to but are kept. */
gboolean
lc_io_read_id (LcReader    *reader,
         JsonObject  *object,
         const char  *label,
         const char  *array,
         GHashTable  *ids,
         LcRecord    *record,
         GError     **error)
{
  JsonNode *node = json_object_get_member (object, "id");
  const char *id;

  if (node == NULL)
    return TRUE;

  if (!lc_io_is_string (node) || *(id = json_node_get_string (node)) == '\0'
      || !g_utf8_validate (id, -1, NULL))
    {
      lc_io_set_invalid (reader, error, label, "id", _("expected a text that is not empty"));
      return FALSE;
    }

  if (g_hash_table_contains (ids, id))
    {
      /* Translators: the first %s is an id such as “room-1”, the second the
       * name of a list in the file, such as “rooms” (not to be translated) */
      lc_io_set_invalid (reader, error, label, "id", _("“%s” is already the id of another entry of “%s”"),
                   id, array);
      return FALSE;
    }

  g_hash_table_insert (ids, (gpointer) id, record);
  return TRUE;
}

/* Reads a reference to an entry of @array; absence and null give NULL unless
 * @required. */
gboolean
lc_io_read_ref (LcReader     *reader,
          JsonObject   *object,
          const char   *label,
          const char   *member,
          const char   *array,
          GHashTable   *ids,
          gboolean      required,
          LcRecord    **out,
          GError      **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        {
          /* Translators: %s is the name of a list in the file, such as “people” */
          lc_io_set_invalid (reader, error, label, member,
                       _("required, but missing (the id of an entry of “%s”)"), array);
          return FALSE;
        }
      return TRUE;
    }

  if (!lc_io_is_string (node) || !g_utf8_validate (json_node_get_string (node), -1, NULL))
    {
      /* Translators: %s is the name of a list in the file, such as “people” */
      lc_io_set_invalid (reader, error, label, member, _("expected the id of an entry of “%s”"), array);
      return FALSE;
    }

  *out = g_hash_table_lookup (ids, json_node_get_string (node));
  if (*out == NULL)
    {
      /* Translators: the first %s is an id such as “person-4”, the second the
       * name of a list in the file, such as “people” */
      lc_io_set_invalid (reader, error, label, member, _("there is no “%s” in “%s”"),
                   json_node_get_string (node), array);
      return FALSE;
    }

  return TRUE;
}

/* "items[4] (“Session 2”)": an element named by its index and, when it has
 * one, its name or title, read leniently since it is not checked yet. */
static char *
element_label (const char *parent,
               const char *array,
               guint       index,
               JsonNode   *element,
               const char *name_member)
{
  g_autofree char *path = lc_io_join_path (parent, array);
  const char *name = NULL;
  JsonNode *node;

  if (name_member != NULL && JSON_NODE_HOLDS_OBJECT (element)
      && (node = json_object_get_member (json_node_get_object (element), name_member)) != NULL
      && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *text = json_node_get_object (node);
      JsonNode *en = json_object_get_member (text, "en");
      JsonNode *ar = json_object_get_member (text, "ar");

      if (en != NULL && lc_io_is_string (en) && *json_node_get_string (en) != '\0')
        name = json_node_get_string (en);
      else if (ar != NULL && lc_io_is_string (ar) && *json_node_get_string (ar) != '\0')
        name = json_node_get_string (ar);
      if (name != NULL && !g_utf8_validate (name, -1, NULL))
        name = NULL;
    }

  if (name == NULL)
    return g_strdup_printf ("%s[%u]", path, index);

  if (g_utf8_strlen (name, -1) > LABEL_TITLE_CHARS)
    {
      g_autofree char *start = g_utf8_substring (name, 0, LABEL_TITLE_CHARS - 1);

      return g_strdup_printf ("%s[%u] (“%s…”)", path, index, start);
    }

  return g_strdup_printf ("%s[%u] (“%s”)", path, index, name);
}

gboolean
lc_io_read_list (LcReader       *reader,
           const char     *parent,
           const char     *array,
           JsonNode       *node,
           const char     *name_member,
           LcElementFunc   read_element,
           gpointer        user_data,
           GError        **error)
{
  JsonArray *elements;

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      lc_io_set_invalid (reader, error, parent, array, _("expected a list […]"));
      return FALSE;
    }

  elements = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (elements); i++)
    {
      JsonNode *element = json_array_get_element (elements, i);
      g_autofree char *label = element_label (parent, array, i, element, name_member);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        {
          lc_io_set_invalid (reader, error, label, NULL, _("expected an object {…}"));
          return FALSE;
        }
      if (!read_element (reader, json_node_get_object (element), label, i, user_data, error))
        return FALSE;
      /* An element of a section's own list is read whole: its records are
       * finished (see LcReader). */
      if (parent == NULL && reader->finishing)
        reader->finished (reader, FALSE);
    }

  return TRUE;
}
