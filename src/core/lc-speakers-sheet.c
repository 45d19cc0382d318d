/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-error.h"
#include "lc-file.h"
#include "lc-l10n.h"
#include "lc-role.h"
#include "lc-speakers-sheet.h"

/*
 * The speakers' sheet: everyone of a convention with their honorific, name
 * in both languages, position, organisation, city, email, phone, roles and
 * items, one row each, in one language, for the organisers' own
 * spreadsheets (a CSV file or an OpenDocument spreadsheet,
 * lc-speakers-sheet-ods.c); and one person's details as text for Copy
 * Details.
 */

/* The columns, in order; their headers are translated into the sheet's
 * language. */
static const char *const headers[] = {
  N_("Honorific"), N_("Name (Arabic)"), N_("Name (English)"), N_("Position"), N_("Organisation"),
  N_("City"), N_("Email"), N_("Phone"), N_("Roles"), N_("Items"),
  /* Translators: a column of the speakers' sheet saying whether the
   * library holds the person's photo */
  N_("Photo"),
};

/* @record's @field in @language, else in the other. */
static const char *
text_in (LcRecord   *record,
         const char *field,
         LcLanguage  language)
{
  return record ? lc_record_get_text (record, field, language, NULL) : "";
}

static LcRecord *
city_of (LcStore   *store,
         LcPerson  *person,
         GError   **error)
{
  gint64 id = lc_person_get_city_id (person);

  return id ? lc_store_get (store, LC_TYPE_CITY, id, error) : NULL;
}

/**
 * lc_person_details_text:
 * @store: the library
 * @person: a person
 * @language: the language of the labels and of the texts chosen
 * @error: where a reason is put
 *
 * A person's details as plain text, one "Label: value" a line, for the
 * clipboard: their name (with the honorific) in @language and in the
 * other, position, organisation, city, email, phone and biography. Empty
 * fields are left out.
 *
 * Returns: (transfer full): the text, or %NULL on error
 */
char *
lc_person_details_text (LcStore     *store,
                        LcPerson    *person,
                        LcLanguage   language,
                        GError     **error)
{
  LcLanguage other = language == LC_LANGUAGE_ARABIC ? LC_LANGUAGE_ENGLISH : LC_LANGUAGE_ARABIC;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(LcRecord) city = NULL;
  LcRecord *record = LC_RECORD (person);
  g_autofree char *name = NULL;
  GString *out;
  struct { const char *label; const char *value; } lines[8];
  guint n = 0;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);
  g_return_val_if_fail (LC_IS_PERSON (person), NULL);

  city = city_of (store, person, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  name = g_strstrip (g_strjoin (" ", text_in (record, "honorific", language), text_in (record, "name", language), NULL));
  lines[n++] = (typeof (lines[0])) { lc_l10n_gettext (language, N_("Name")), name };
  if (*lc_person_get_name (person, other) && !g_str_equal (lc_person_get_name (person, other), text_in (record, "name", language)))
    lines[n++] = (typeof (lines[0])) { other == LC_LANGUAGE_ARABIC ? lc_l10n_gettext (language, N_("Name (Arabic)"))
                                                                   : lc_l10n_gettext (language, N_("Name (English)")),
                                       lc_person_get_name (person, other) };
  lines[n++] = (typeof (lines[0])) { lc_l10n_gettext (language, N_("Position")), text_in (record, "position", language) };
  lines[n++] = (typeof (lines[0])) { lc_l10n_gettext (language, N_("Organisation")), text_in (record, "organisation", language) };
  lines[n++] = (typeof (lines[0])) { lc_l10n_gettext (language, N_("City")), text_in (city, "name", language) };
  lines[n++] = (typeof (lines[0])) { lc_l10n_gettext (language, N_("Email")), lc_person_get_email (person) };
  lines[n++] = (typeof (lines[0])) { lc_l10n_gettext (language, N_("Phone")), lc_person_get_phone (person) };
  lines[n++] = (typeof (lines[0])) { lc_l10n_gettext (language, N_("Short Biography")), text_in (record, "bio", language) };

  out = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    if (*lines[i].value != '\0')
      /* Translators: a line of a person's details, “Label: value” */
      g_string_append_printf (out, lc_l10n_pgettext (language, "details line", NC_("details line", "%s: %s\n")),
                              lines[i].label, lines[i].value);
  return g_string_free (out, FALSE);
}

/* What @person does on the agenda: the roles, each once, and the items'
 * titles, in the agenda's order. */
static void
roles_and_items (GPtrArray   *participations,
                 GHashTable  *items,
                 gint64       person_id,
                 LcLanguage   language,
                 char       **roles,
                 char       **titles)
{
  gboolean seen[LC_ROLE_PRESENTER + 1] = { FALSE };
  g_autoptr(GPtrArray) role_names = g_ptr_array_new ();
  g_autoptr(GPtrArray) item_titles = g_ptr_array_new ();

  for (guint i = 0; i < participations->len; i++)
    {
      LcRecord *part = g_ptr_array_index (participations, i);
      LcRole role = lc_record_get_int (part, "role");
      LcRecord *item;

      if (lc_record_get_int (part, "person-id") != person_id)
        continue;
      if (role <= LC_ROLE_PRESENTER && !seen[role])
        {
          seen[role] = TRUE;
          g_ptr_array_add (role_names, (gpointer) lc_role_heading (role, 1, language));
        }
      item = g_hash_table_lookup (items, &(gint64) { lc_record_get_int (part, "item-id") });
      if (item != NULL && (item_titles->len == 0 || g_ptr_array_index (item_titles, item_titles->len - 1)
                                                    != text_in (item, "title", language)))
        g_ptr_array_add (item_titles, (gpointer) text_in (item, "title", language));
    }
  g_ptr_array_add (role_names, NULL);
  g_ptr_array_add (item_titles, NULL);
  *roles = g_strjoinv (lc_l10n_pgettext (language, "list separator", ", "), (char **) role_names->pdata);
  *titles = g_strjoinv ("; ", (char **) item_titles->pdata);
}

/**
 * lc_speakers_sheet_rows:
 * @store: the library
 * @convention_id: the convention
 * @language: the language of the headers and of the texts chosen (each
 *   falls back to the other language when empty)
 * @error: where a reason is put
 *
 * The speakers' sheet as rows of cells: the headers, then one row per
 * person in the order they were added.
 *
 * Returns: (transfer full) (element-type GStrv): the rows, or %NULL on error
 */
GPtrArray *
lc_speakers_sheet_rows (LcStore     *store,
                        gint64       convention_id,
                        LcLanguage   language,
                        GError     **error)
{
  g_autoptr(GListStore) people = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(GListStore) cities = NULL;
  g_autoptr(GPtrArray) participations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) item_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) city_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GStrvBuilder *header = g_strv_builder_new ();

  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    g_strv_builder_add (header, lc_l10n_gettext (language, headers[i]));
  g_ptr_array_add (rows, g_strv_builder_end (header));
  g_strv_builder_unref (header);

  if ((people = lc_store_list (store, LC_TYPE_PERSON, "convention_id", convention_id, error)) == NULL
      || (items = lc_store_list (store, LC_TYPE_ITEM, "convention_id", convention_id, error)) == NULL
      || (cities = lc_store_list (store, LC_TYPE_CITY, "convention_id", convention_id, error)) == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (cities)); i++)
    {
      LcRecord *city = g_list_model_get_item (G_LIST_MODEL (cities), i);

      g_hash_table_insert (city_by_id, g_memdup2 (&(gint64) { lc_record_get_id (city) }, sizeof (gint64)), city);
      g_object_unref (city);   /* the list keeps it */
    }
  /* Items in the agenda's order, each one's people in theirs. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    {
      LcRecord *item = g_list_model_get_item (G_LIST_MODEL (items), i);
      g_autoptr(GListStore) parts = lc_store_list (store, LC_TYPE_PARTICIPATION, "item_id",
                                                   lc_record_get_id (item), error);

      g_hash_table_insert (item_by_id, g_memdup2 (&(gint64) { lc_record_get_id (item) }, sizeof (gint64)), item);
      g_object_unref (item);
      if (parts == NULL)
        return NULL;
      for (guint p = 0; p < g_list_model_get_n_items (G_LIST_MODEL (parts)); p++)
        g_ptr_array_add (participations, g_list_model_get_item (G_LIST_MODEL (parts), p));
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (G_LIST_MODEL (people), i);
      LcRecord *city = g_hash_table_lookup (city_by_id, &(gint64) { lc_person_get_city_id (LC_PERSON (person)) });
      g_autofree char *roles = NULL, *titles = NULL;
      GStrvBuilder *row = g_strv_builder_new ();

      roles_and_items (participations, item_by_id, lc_record_get_id (person), language, &roles, &titles);
      g_strv_builder_add (row, text_in (person, "honorific", language));
      g_strv_builder_add (row, lc_person_get_name (LC_PERSON (person), LC_LANGUAGE_ARABIC));
      g_strv_builder_add (row, lc_person_get_name (LC_PERSON (person), LC_LANGUAGE_ENGLISH));
      g_strv_builder_add (row, text_in (person, "position", language));
      g_strv_builder_add (row, text_in (person, "organisation", language));
      g_strv_builder_add (row, text_in (city, "name", language));
      g_strv_builder_add (row, lc_person_get_email (LC_PERSON (person)));
      g_strv_builder_add (row, lc_person_get_phone (LC_PERSON (person)));
      g_strv_builder_add (row, roles);
      g_strv_builder_add (row, titles);
      /* Whose photo is still to be asked for: a filter on this column. The
       * image itself stays in the library (and the convention file). */
      g_strv_builder_add (row, *lc_person_get_photo (LC_PERSON (person)) != '\0'
                               ? lc_l10n_pgettext (language, "has a photo", NC_("has a photo", "Yes"))
                               : lc_l10n_pgettext (language, "has a photo", NC_("has a photo", "No")));
      g_ptr_array_add (rows, g_strv_builder_end (row));
      g_strv_builder_unref (row);
    }

  return g_steal_pointer (&rows);
}

/* RFC 4180: quoted when the cell holds a comma, a quote or a line end, the
 * quotes doubled. A cell a spreadsheet would run as a formula (=, +, -, @
 * first) gets an apostrophe before it, as OWASP advises, except a phone
 * number, which the person editor's rules keep to digits and marks. */
static void
append_cell (GString    *out,
             const char *cell,
             gboolean    is_phone)
{
  gboolean formula = *cell != '\0' && strchr ("=+-@", cell[0]) != NULL && !is_phone;
  gboolean quote = formula || strpbrk (cell, ",\"\r\n") != NULL;

  if (quote)
    g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (const char *p = cell; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

/**
 * lc_speakers_sheet_csv:
 * @rows: (element-type GStrv): rows from lc_speakers_sheet_rows ()
 * @length: (out): the length of the result
 *
 * The rows as a CSV file that spreadsheet programs open as it is: UTF-8
 * with a byte order mark (so that Excel reads Arabic), commas, CRLF line
 * ends, quoting as RFC 4180.
 *
 * Returns: (transfer full): the file's bytes
 */
char *
lc_speakers_sheet_csv (GPtrArray *rows,
                       gsize     *length)
{
  GString *out = g_string_new ("\xEF\xBB\xBF");

  g_return_val_if_fail (rows != NULL, NULL);

  for (guint r = 0; r < rows->len; r++)
    {
      GStrv cells = g_ptr_array_index (rows, r);

      for (guint c = 0; cells[c] != NULL; c++)
        {
          if (c > 0)
            g_string_append_c (out, ',');
          /* Column 8 is the phone; the header row is words. */
          append_cell (out, cells[c], r > 0 && c == 7);
        }
      g_string_append (out, "\r\n");
    }
  *length = out->len;
  return g_string_free (out, FALSE);
}

/**
 * lc_speakers_sheet_write:
 * @store: the library
 * @convention_id: the convention
 * @language: the sheet's language
 * @path: the file to write, ending in .csv or .ods
 * @error: where a reason is put
 *
 * Writes the speakers' sheet; the file appears whole or not at all.
 *
 * Returns: whether it was written
 */
gboolean
lc_speakers_sheet_write (LcStore     *store,
                         gint64       convention_id,
                         LcLanguage   language,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (!g_str_has_suffix (lower, ".csv") && !g_str_has_suffix (lower, ".ods"))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("“%s”: name the speakers’ sheet .csv (text) or .ods (OpenDocument spreadsheet)."),
                   path);
      return FALSE;
    }
  if (!lc_file_check_target (path, error))
    return FALSE;

  rows = lc_speakers_sheet_rows (store, convention_id, language, error);
  if (rows == NULL)
    return FALSE;

  if (g_str_has_suffix (lower, ".csv"))
    {
      gsize length;
      g_autofree char *csv = lc_speakers_sheet_csv (rows, &length);

      return lc_file_write_atomic (path, csv, length, error);
    }
  else
    {
      g_autoptr(GBytes) ods = lc_speakers_sheet_ods (rows, lc_l10n_gettext (language, N_("Speakers")), error);
      gsize length;
      const char *data;

      if (ods == NULL)
        return FALSE;
      data = g_bytes_get_data (ods, &length);
      return lc_file_write_atomic (path, data, length, error);
    }
}
