/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "lc-error.h"
#include "lc-record-order.h"
#include "lc-l10n.h"
#include "lc-organisation.h"
#include "lc-record-fields-private.h"

/*
 * The organisations behind a convention, in the order the person gives
 * them (their "position"), each edit one step of the convention's undo
 * history, written at once. They replace the convention's free-text host
 * and organisers (see migration "orgs" in lc-store-schema.c).
 */

struct _LcOrganisation { LcRecord parent_instance; };

G_DEFINE_FINAL_TYPE (LcOrganisation, lc_organisation, LC_TYPE_RECORD)

static void
lc_organisation_class_init (LcOrganisationClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "organisations", "convention_id", "position, id");
  lc_record_class_add_reference (rc, "convention-id", "conventions");
  lc_record_class_add_bilingual (rc, "name");
  lc_record_class_add_enum (rc, "role", LC_TYPE_ORGANISATION_ROLE, LC_ORGANISATION_ROLE_PARTNER, FALSE);
  lc_record_class_add_text (rc, "country");
  lc_record_class_add_text (rc, "website");
  lc_record_class_add_text (rc, "logo");
  lc_record_class_add_int (rc, "position", 0, G_MAXINT, FALSE);
}

static void
lc_organisation_init (LcOrganisation *self)
{
  lc_record_set_int (LC_RECORD (self), "role", LC_ORGANISATION_ROLE_PARTNER);
}

/**
 * lc_organisation_get_convention_id:
 * @self: an organisation
 *
 * Returns: the id of its convention ("convention-id")
 */
/**
 * lc_organisation_set_convention_id:
 * @self: an organisation
 * @value: the new value
 *
 * Sets the id of its convention.
 */
LC_DEFINE_INT_FIELD (LcOrganisation, lc_organisation, ORGANISATION, convention_id, "convention-id", gint64)

/**
 * lc_organisation_get_name:
 * @self: an organisation
 * @language: the language wanted
 *
 * Returns: (transfer none): its name in @language exactly, "" when empty
 */
/**
 * lc_organisation_set_name:
 * @self: an organisation
 * @arabic: (nullable): the Arabic name
 * @english: (nullable): the English name
 *
 * Sets its name in both languages (%NULL is "").
 */
LC_DEFINE_BILINGUAL_FIELD (LcOrganisation, lc_organisation, ORGANISATION, name, "name")

/**
 * lc_organisation_get_role:
 * @self: an organisation
 *
 * Returns: what it does for the convention ("role")
 */
/**
 * lc_organisation_set_role:
 * @self: an organisation
 * @value: the new value
 *
 * Sets what it does for the convention.
 */
LC_DEFINE_INT_FIELD (LcOrganisation, lc_organisation, ORGANISATION, role, "role", LcOrganisationRole)

/**
 * lc_organisation_get_country:
 * @self: an organisation
 *
 * Returns: (transfer none): its ISO 3166 alpha-2 country code, or ""
 */
/**
 * lc_organisation_set_country:
 * @self: an organisation
 * @value: a country code such as "SA", or ""
 *
 * Sets its country.
 */
LC_DEFINE_STRING_FIELD (LcOrganisation, lc_organisation, ORGANISATION, country, "country")

/**
 * lc_organisation_get_website:
 * @self: an organisation
 *
 * Returns: (transfer none): its website, an http or https address, or ""
 */
/**
 * lc_organisation_set_website:
 * @self: an organisation
 * @value: an http or https address, or ""
 *
 * Sets its website.
 */
LC_DEFINE_STRING_FIELD (LcOrganisation, lc_organisation, ORGANISATION, website, "website")

/**
 * lc_organisation_get_logo:
 * @self: an organisation
 *
 * Returns: (transfer none): its logo, a PNG in base64 made by
 *   lc_organisation_logo_from_file (), or ""
 */
/**
 * lc_organisation_set_logo:
 * @self: an organisation
 * @value: a logo as lc_organisation_get_logo () returns it, or ""
 *
 * Sets its logo.
 */
LC_DEFINE_STRING_FIELD (LcOrganisation, lc_organisation, ORGANISATION, logo, "logo")

/**
 * lc_organisation_get_position:
 * @self: an organisation
 *
 * Returns: its place in the convention's list ("position")
 */
/**
 * lc_organisation_set_position:
 * @self: an organisation
 * @value: the new value
 *
 * Sets its place in the convention's list.
 */
LC_DEFINE_INT_FIELD (LcOrganisation, lc_organisation, ORGANISATION, position, "position", int)

/**
 * lc_organisation_role_label:
 * @role: a role
 * @language: the language wanted
 *
 * Returns: (transfer none): the role's heading in @language, whatever the
 *   interface's language (the title page prints either)
 */
const char *
lc_organisation_role_label (LcOrganisationRole role,
                            LcLanguage         language)
{
  /* Translators: headings of the organisations on the printed agenda */
  static const char *const labels[] = { N_("Host"), N_("Organisers"), N_("Partners"), N_("Sponsors") };

  g_return_val_if_fail (role <= LC_ORGANISATION_ROLE_SPONSOR, "");

  return lc_l10n_gettext (language, labels[role]);
}

static gboolean
website_is_valid (const char *website)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (strlen (website) > 2048 || strpbrk (website, " \t\r\n") != NULL)
    return FALSE;
  uri = g_uri_parse (website, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;
  scheme = g_uri_get_scheme (uri);
  return (g_str_equal (scheme, "http") || g_str_equal (scheme, "https"))
         && g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0';
}

/**
 * lc_organisation_check:
 * @self: an organisation
 * @error: return location for a #GError
 *
 * Checks what a person typed: a name in one language at least, a country
 * code of two capital letters or none, a website that is an http or https
 * address or none. Spaces around the name and website are taken off first.
 *
 * Returns: %TRUE when @self can be stored
 */
gboolean
lc_organisation_check (LcOrganisation  *self,
                       GError         **error)
{
  LcRecord *record = LC_RECORD (self);
  g_autofree char *ar = g_strstrip (g_strdup (lc_record_get_string (record, "name-ar")));
  g_autofree char *en = g_strstrip (g_strdup (lc_record_get_string (record, "name-en")));
  g_autofree char *website = g_strstrip (g_strdup (lc_record_get_string (record, "website")));
  const char *country = lc_record_get_string (record, "country");

  g_return_val_if_fail (LC_IS_ORGANISATION (self), FALSE);

  if (*ar == '\0' && *en == '\0')
    {
      g_set_error_literal (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                           _("Give the organisation a name in Arabic or in English."));
      return FALSE;
    }
  if (*country != '\0'
      && (strlen (country) != 2 || !g_ascii_isupper (country[0]) || !g_ascii_isupper (country[1])))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("“%s” is not a country code of two capital letters (such as SA)."), country);
      return FALSE;
    }
  if (*website != '\0' && !website_is_valid (website))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("“%s” is not a web address: it starts with https:// or http:// and has no "
                     "spaces."),
                   website);
      return FALSE;
    }

  lc_record_set_string (record, "name-ar", ar);
  lc_record_set_string (record, "name-en", en);
  lc_record_set_string (record, "website", website);
  return TRUE;
}

/**
 * lc_organisations_list:
 * @store: the library
 * @convention_id: a convention
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the convention's organisations, in
 *   their order
 */
GListStore *
lc_organisations_list (LcStore  *store,
                       gint64    convention_id,
                       GError  **error)
{
  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  return lc_store_list (store, LC_TYPE_ORGANISATION, "convention_id", convention_id, error);
}

/**
 * lc_organisations_add:
 * @undo: the convention's undo history
 * @organisations: the convention's organisations, in their order
 * @organisation: a new organisation, its convention set
 * @error: return location for a #GError
 *
 * Checks @organisation and stores it after the last of @organisations, as
 * one step “Add Organisation”; @organisation then has its id.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_organisations_add (LcUndoStack     *undo,
                      GListModel      *organisations,
                      LcOrganisation  *organisation,
                      GError         **error)
{
  gint64 position = 0;
  guint n;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (organisations), FALSE);
  g_return_val_if_fail (LC_IS_ORGANISATION (organisation), FALSE);

  if (!lc_organisation_check (organisation, error))
    return FALSE;

  /* After the last, whatever positions imported ones came with. */
  n = g_list_model_get_n_items (organisations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) other = g_list_model_get_item (organisations, i);

      position = MAX (position, lc_record_get_int (other, "position") + 1);
    }
  lc_record_set_int (LC_RECORD (organisation), "position", position);

  return lc_undo_stack_insert (undo, LC_RECORD (organisation), _("Add Organisation"), error);
}

/**
 * lc_organisations_update:
 * @undo: the convention's undo history
 * @organisation: a changed copy of a stored organisation
 * @error: return location for a #GError
 *
 * Checks @organisation and writes what changed, as one step “Edit
 * Organisation”.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_organisations_update (LcUndoStack     *undo,
                         LcOrganisation  *organisation,
                         GError         **error)
{
  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (LC_IS_ORGANISATION (organisation), FALSE);

  if (!lc_organisation_check (organisation, error))
    return FALSE;

  return lc_undo_stack_update (undo, LC_RECORD (organisation), _("Edit Organisation"), error);
}

/**
 * lc_organisations_move:
 * @undo: the convention's undo history
 * @organisations: the convention's organisations, in their order
 * @from: the index of the one to move
 * @to: the index it takes
 * @error: return location for a #GError
 *
 * Moves an organisation within the order, as one step “Move Organisation”;
 * every one is numbered again from 0.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_organisations_move (LcUndoStack  *undo,
                       GListModel   *organisations,
                       guint         from,
                       guint         to,
                       GError      **error)
{
  return lc_record_order_move (undo, organisations, from, to, _("Move Organisation"), error);
}

/**
 * lc_organisations_list_people:
 * @store: the library
 * @organisation: a stored organisation
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the people whose organisation it
 *   is, whom deleting it would leave with none
 */
GListStore *
lc_organisations_list_people (LcStore         *store,
                              LcOrganisation  *organisation,
                              GError         **error)
{
  g_return_val_if_fail (LC_IS_STORE (store), NULL);
  g_return_val_if_fail (LC_IS_ORGANISATION (organisation), NULL);

  return lc_store_list (store, LC_TYPE_PERSON, "organisation_id",
                        lc_record_get_id (LC_RECORD (organisation)), error);
}

/**
 * lc_organisations_delete:
 * @undo: the convention's undo history
 * @organisation: a stored organisation
 * @error: return location for a #GError
 *
 * Deletes @organisation, as one step “Delete Organisation”; its people
 * stay, with no organisation. Undoing brings it back, and them with it.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_organisations_delete (LcUndoStack     *undo,
                         LcOrganisation  *organisation,
                         GError         **error)
{
  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (LC_IS_ORGANISATION (organisation), FALSE);

  return lc_undo_stack_delete (undo, LC_RECORD (organisation), _("Delete Organisation"), error);
}

/**
 * lc_organisations_names:
 * @organisations: a convention's organisations
 * @role: the role wanted
 * @language: the language wanted (falling back to the other)
 *
 * Returns: (transfer full) (nullable): the names of those with @role, in
 *   their order, one a line, or %NULL when there are none
 */
char *
lc_organisations_names (GListModel         *organisations,
                        LcOrganisationRole  role,
                        LcLanguage          language)
{
  GString *names = NULL;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (organisations), NULL);

  n = g_list_model_get_n_items (organisations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) organisation = g_list_model_get_item (organisations, i);
      const char *name;

      if (lc_record_get_int (organisation, "role") != (gint64) role)
        continue;
      name = lc_record_get_text (organisation, "name", language, NULL);
      if (names == NULL)
        names = g_string_new (name);
      else
        g_string_append_printf (names, "\n%s", name);
    }

  return names ? g_string_free (names, FALSE) : NULL;
}
