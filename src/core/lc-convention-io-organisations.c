/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "lc-convention-io-private.h"
#include "lc-error.h"
#include "lc-organisation.h"

/*
 * The convention file's organisations (format version 3): each with a
 * file-local id people point at ("organisation_id"), its names, role,
 * country, website and logo (base64 of a PNG, bounded). A file of an older
 * version names the host and organisers as free text in "convention"; they
 * become organisations here, as the library's migration made them.
 */

static const char *const roles[] = { "host", "organiser", "partner", "sponsor", NULL };

/* The identity of the organisation made of a convention's free text: the
 * convention's own with its last twelve digits the role's number, as the
 * library's migration gives it, so that an old file updating a library
 * (or the library it came from) names the same organisation. */
static const char *
uid_from_convention (LcReader           *reader,
                     LcOrganisationRole  role)
{
  g_autofree char *uid = NULL;

  for (guint i = 0; i < reader->pending->len; i++)
    {
      LcPending *pending = g_ptr_array_index (reader->pending, i);

      if (pending->record != reader->convention || pending->uid == NULL)
        continue;
      uid = g_strdup_printf ("%.24s%012d", pending->uid, (int) role + 1);
      /* The pending records hold their uids as the JSON's; this one is
       * made here, and a file names at most two. */
      return g_intern_string (uid);
    }

  return NULL;
}

/* An organisation made of the convention's free-text @field, if any. */
static void
add_from_text (LcReader           *reader,
               const char         *field,
               LcOrganisationRole  role)
{
  g_autofree char *ar_name = g_strconcat (field, "-ar", NULL);
  g_autofree char *en_name = g_strconcat (field, "-en", NULL);
  g_autofree char *ar = g_strstrip (g_strdup (lc_record_get_string (reader->convention, ar_name)));
  g_autofree char *en = g_strstrip (g_strdup (lc_record_get_string (reader->convention, en_name)));
  LcPending *pending;

  /* The text lives in the organisation alone, as in a migrated library. */
  lc_record_set_string (reader->convention, ar_name, "");
  lc_record_set_string (reader->convention, en_name, "");
  if (*ar == '\0' && *en == '\0')
    return;

  pending = lc_io_add_pending (reader, LC_TYPE_ORGANISATION);
  lc_io_add_ref (pending, "convention-id", reader->convention);
  lc_record_set_string (pending->record, "name-ar", ar);
  lc_record_set_string (pending->record, "name-en", en);
  lc_record_set_int (pending->record, "role", role);
  lc_record_set_int (pending->record, "position", reader->n_organisations++);
  pending->uid = uid_from_convention (reader, role);
}

/**
 * lc_io_organisations_from_convention:
 * @reader: a reader that has read the "convention" section
 *
 * Turns the convention's free-text host and organisers (format versions 1
 * and 2) into organisations, first in the list, organisers never split.
 */
void
lc_io_organisations_from_convention (LcReader *reader)
{
  add_from_text (reader, "host", LC_ORGANISATION_ROLE_HOST);
  add_from_text (reader, "organisers", LC_ORGANISATION_ROLE_ORGANISER);
}

static gboolean
read_organisation (LcReader    *reader,
                   JsonObject  *object,
                   const char  *label,
                   guint        index,
                   gpointer     user_data,
                   GError     **error)
{
  LcPending *pending = lc_io_add_pending (reader, LC_TYPE_ORGANISATION);
  LcRecord *record = pending->record;
  g_autoptr(GError) local_error = NULL;
  const char *country, *website, *logo;
  int role;

  lc_io_add_ref (pending, "convention-id", reader->convention);
  /* The file's order is theirs, after any made of free text. */
  lc_record_set_int (record, "position", reader->n_organisations++);

  if (!lc_io_read_id (reader, object, label, "organisations", reader->organisations, record, error)
      || !lc_io_read_uid (reader, object, label, pending, error)
      || !lc_io_read_bilingual (reader, object, label, "name", record, error)
      || !lc_io_read_enum (reader, object, label, "role", LC_TYPE_ORGANISATION_ROLE, roles,
                           TRUE, FALSE, LC_ORGANISATION_ROLE_PARTNER, &role, error)
      || !lc_io_read_string (reader, object, label, "country", FALSE, &country, error)
      || !lc_io_read_string (reader, object, label, "website", FALSE, &website, error)
      || !lc_io_read_string (reader, object, label, "logo", FALSE, &logo, error))
    return FALSE;

  lc_record_set_int (record, "role", role);
  lc_record_set_string (record, "country", country);
  lc_record_set_string (record, "website", website);
  if (*logo != '\0')
    {
      g_autoptr(GBytes) png = NULL;

      if (strlen (logo) > LC_ORGANISATION_LOGO_MAX_TEXT)
        {
          lc_io_set_invalid (reader, error, label, "logo",
                             _("the logo is over %d KB of base64 text"),
                             LC_ORGANISATION_LOGO_MAX_TEXT / 1024);
          return FALSE;
        }
      if ((png = lc_organisation_logo_decode (logo, &local_error)) == NULL)
        {
          lc_io_set_invalid (reader, error, label, "logo", "%s", local_error->message);
          return FALSE;
        }
      lc_record_set_string (record, "logo", logo);
    }

  /* The same rules as the window's: a name, a country code, a web address. */
  if (!lc_organisation_check (LC_ORGANISATION (record), &local_error))
    {
      lc_io_set_invalid (reader, error, label, NULL, "%s", local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * lc_io_read_organisations:
 * @reader: the reader
 * @node: the "organisations" member
 * @error: return location for a #GError
 *
 * Returns: %TRUE when every organisation is valid; else the error names
 *   its place, such as “organisations[2].website”
 */
gboolean
lc_io_read_organisations (LcReader  *reader,
                          JsonNode  *node,
                          GError   **error)
{
  return lc_io_read_list (reader, NULL, "organisations", node, "name", read_organisation, NULL, error);
}

/**
 * lc_io_write_organisations:
 * @writer: the writer
 * @organisations: the convention's organisations, in their order
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
lc_io_write_organisations (LcWriter    *writer,
                           GListModel  *organisations,
                           GError     **error)
{
  lc_json_writer_set_member_name (writer->json, "organisations");
  lc_json_writer_begin_array (writer->json);
  for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr(LcRecord) organisation = g_list_model_get_item (organisations, i);

      lc_io_give_local_id (writer, organisation, "organisation", i + 1);
      lc_json_writer_begin_object (writer->json);
      lc_io_add_text (writer, "id", lc_io_local_id (writer, "organisation", lc_record_get_id (organisation)));
      if (!lc_io_add_uid (writer, LC_TYPE_ORGANISATION, lc_record_get_id (organisation), error))
        return FALSE;
      lc_io_add_bilingual (writer, organisation, "name");
      lc_io_add_enum (writer, organisation, "role", LC_TYPE_ORGANISATION_ROLE, FALSE);
      lc_io_add_text (writer, "country", lc_record_get_string (organisation, "country"));
      lc_io_add_text (writer, "website", lc_record_get_string (organisation, "website"));
      lc_io_add_text (writer, "logo", lc_record_get_string (organisation, "logo"));
      lc_json_writer_end_object (writer->json);
    }
  lc_json_writer_end_array (writer->json);

  return TRUE;
}
