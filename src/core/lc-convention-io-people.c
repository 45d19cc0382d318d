/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-convention-io-private.h"
#include "lc-models.h"
#include "lc-person-contact.h"

/* A person's contact details in the convention file, from format version 3:
 * "email", "phone", "bio" {ar, en} and "language" ("ar", "en", or null when
 * not said). Files of versions 1 and 2 have none of them, and read as "". */

/* Reads one text member and checks it with @check, naming the member in the
 * message ("people[0].email: …"). */
static gboolean
read_checked (LcReader     *reader,
              JsonObject   *object,
              const char   *label,
              const char   *member,
              gboolean    (*check) (const char *, GError **),
              const char  **out,
              GError      **error)
{
  g_autoptr(GError) reason = NULL;

  if (!lc_io_read_string (reader, object, label, member, FALSE, out, error))
    return FALSE;
  if (!check (*out, &reason))
    {
      lc_io_set_invalid (reader, error, label, member, "%s", reason->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * lc_io_read_person_contact:
 * @reader: the reader
 * @object: a person of the file's "people"
 * @label: where it is, for messages ("people[0]")
 * @record: the person read so far
 * @error: where a reason is put
 *
 * Reads the person's contact details onto @record, refusing any that the
 * person editor would refuse: a file brings nothing a person could not type.
 *
 * Returns: whether they were read
 */
gboolean
lc_io_read_person_contact (LcReader    *reader,
                           JsonObject  *object,
                           const char  *label,
                           LcRecord    *record,
                           GError     **error)
{
  g_autoptr(GError) reason = NULL;
  g_autofree char *phone = NULL;
  JsonNode *language_node = json_object_get_member (object, "language");
  const char *email, *phone_text, *language = "";

  if (!read_checked (reader, object, label, "email", lc_person_check_email, &email, error)
      || !read_checked (reader, object, label, "phone", lc_person_check_phone, &phone_text, error)
      || (!(language_node && JSON_NODE_HOLDS_NULL (language_node))
          && !read_checked (reader, object, label, "language", lc_person_check_language, &language, error))
      || !lc_io_read_bilingual (reader, object, label, "bio", record, error))
    return FALSE;

  for (LcLanguage l = LC_LANGUAGE_ARABIC; l <= LC_LANGUAGE_ENGLISH; l++)
    if (!lc_person_check_bio (lc_person_get_bio (LC_PERSON (record), l), &reason))
      {
        g_autofree char *where = lc_io_join_path (label, "bio");

        lc_io_set_invalid (reader, error, where, l == LC_LANGUAGE_ARABIC ? "ar" : "en",
                           "%s", reason->message);
        return FALSE;
      }

  phone = lc_person_normalize_phone (phone_text);
  lc_person_set_email (LC_PERSON (record), email);
  lc_person_set_phone (LC_PERSON (record), phone);
  lc_person_set_language (LC_PERSON (record), language);
  return TRUE;
}

/**
 * lc_io_write_person_contact:
 * @writer: the writer, inside the person's object
 * @person: the person
 *
 * Writes the person's contact details; a language not said as null.
 */
void
lc_io_write_person_contact (LcWriter *writer,
                            LcRecord *person)
{
  const char *language = lc_person_get_language (LC_PERSON (person));

  lc_io_add_text (writer, "email", lc_person_get_email (LC_PERSON (person)));
  lc_io_add_text (writer, "phone", lc_person_get_phone (LC_PERSON (person)));
  lc_io_add_bilingual (writer, person, "bio");
  if (*language != '\0')
    {
      lc_io_add_text (writer, "language", language);
    }
  else
    {
      lc_json_writer_set_member_name (writer->json, "language");
      lc_json_writer_add_null_value (writer->json);
    }
}

/* A person's photo, from format version 4: "photo" is null or the image
 * itself, {"sha256", "data"}: base64 of the image as stored, checked
 * whole and bounded as the report's images are (lc_report_check_image ()).
 * The images go into the library before the records, once each, with the
 * report's. Files of earlier versions have no photo. */

/**
 * lc_io_read_person_photo:
 * @reader: the reader
 * @object: a person of the file's "people"
 * @label: where it is, for messages ("people[0]")
 * @record: the person read so far
 * @error: where a reason is put
 *
 * Returns: whether the photo, or its absence, was read
 */
gboolean
lc_io_read_person_photo (LcReader    *reader,
                         JsonObject  *object,
                         const char  *label,
                         LcRecord    *record,
                         GError     **error)
{
  JsonNode *node = json_object_get_member (object, "photo");
  g_autofree char *where = lc_io_join_path (label, "photo");
  const char *hash;

  if (reader->version < 4 || node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      lc_io_set_invalid (reader, error, label, "photo", _("expected an image {\"sha256\", \"data\"} or null"));
      return FALSE;
    }
  hash = lc_io_read_image (reader, json_node_get_object (node), where, error);
  if (hash == NULL)
    return FALSE;
  lc_person_set_photo (LC_PERSON (record), hash);
  return TRUE;
}

/**
 * lc_io_write_person_photo:
 * @writer: the writer, inside the person's object
 * @person: the person
 * @error: where a reason is put
 *
 * Writes the person's photo with its image, or null; an image an earlier
 * person's photo gave is named by its sha256 alone (a couple's photo, a
 * team's logo as everyone's photo), not written twice.
 *
 * Returns: whether it was written (the image may be missing from the library)
 */
gboolean
lc_io_write_person_photo (LcWriter  *writer,
                          LcRecord  *person,
                          GError   **error)
{
  const char *photo = lc_person_get_photo (LC_PERSON (person));

  lc_json_writer_set_member_name (writer->json, "photo");
  if (*photo == '\0')
    {
      lc_json_writer_add_null_value (writer->json);
      return TRUE;
    }
  if (!g_hash_table_add (writer->photos, g_strdup (photo)))
    {
      lc_json_writer_begin_object (writer->json);
      lc_io_add_text (writer, "sha256", photo);
      lc_json_writer_end_object (writer->json);
      return TRUE;
    }
  return lc_io_add_image (writer, writer->store, photo, error);
}
