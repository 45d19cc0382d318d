/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-badge.h"
#include "lc-check-in.h"
#include "lc-cli-export.h"
#include "lc-error.h"
#include "lc-file.h"
#include "lc-l10n.h"
#include "lc-participant-counts.h"

/* Codes are ten letters of Crockford's base 32 (lc_participant_code ()). */
#define CODE_LENGTH 10

/**
 * lc_participant_code_normalise:
 * @text: a participant code as typed or scanned
 *
 * Reads a participant code the way Crockford's base 32 asks: any case,
 * O read as 0 and I or L as 1 (what a person types from paper), spaces and
 * hyphens ignored.
 *
 * Returns: (transfer full) (nullable): the code as lc_participant_code ()
 *   writes it, or %NULL when @text cannot be one
 */
char *
lc_participant_code_normalise (const char *text)
{
  g_autoptr(GString) code = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      char c = g_ascii_toupper (*p);

      if (c == ' ' || c == '-' || c == '\t')
        continue;
      if (c == 'O')
        c = '0';
      else if (c == 'I' || c == 'L')
        c = '1';
      /* U is not in the alphabet either, and nothing outside ASCII is. */
      if (!g_ascii_isalnum (c) || c == 'U' || code->len >= CODE_LENGTH)
        return NULL;
      g_string_append_c (code, c);
    }
  if (code->len != CODE_LENGTH)
    return NULL;
  return g_string_free (g_steal_pointer (&code), FALSE);
}

/**
 * lc_check_in_find:
 * @store: the library
 * @convention_id: the convention
 * @code: a participant code as typed (lc_participant_code_normalise ())
 * @error: return location for a #GError
 *
 * Finds the convention's person whose participant code is @code. The code
 * is a hash of the uid and is not stored, so every person's is computed:
 * a convention's thousand people take well under a millisecond each.
 *
 * Returns: (transfer full) (nullable): the person, or %NULL with
 *   %LC_ERROR_NOT_FOUND and a message naming the code
 */
LcPerson *
lc_check_in_find (LcStore     *store,
                  gint64       convention_id,
                  const char  *code,
                  GError     **error)
{
  g_autofree char *wanted = lc_participant_code_normalise (code);
  g_autoptr(GListStore) people = NULL;
  guint n;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  if (wanted != NULL)
    {
      people = lc_store_list_for_convention (store, LC_TYPE_PERSON, convention_id, error);
      if (people == NULL)
        return NULL;
      n = g_list_model_get_n_items (G_LIST_MODEL (people));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LcPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);
          const char *uid = lc_record_get_uid (LC_RECORD (person));
          g_autofree char *own = uid != NULL ? lc_participant_code (uid) : NULL;

          if (g_strcmp0 (own, wanted) == 0)
            return g_steal_pointer (&person);
        }
    }

  /* Translators: %s is what was typed or scanned at the door */
  g_set_error (error, LC_ERROR, LC_ERROR_NOT_FOUND,
               _("Nobody of this convention has the participant code “%s”. Check the code on "
                 "the badge, or search by name."), code);
  return NULL;
}

/**
 * lc_check_in_count:
 * @store: the library
 * @convention_id: the convention
 * @count: (out): the running count
 * @error: return location for a #GError
 *
 * Returns: %TRUE when @count was read
 */
gboolean
lc_check_in_count (LcStore         *store,
                   gint64           convention_id,
                   LcCheckInCount  *count,
                   GError         **error)
{
  g_autoptr(GPtrArray) counts = lc_participant_count (store, convention_id, LC_PARTICIPANT_COUNT_ALL, error);
  const LcParticipantCount *all;

  if (counts == NULL)
    return FALSE;
  all = g_ptr_array_index (counts, 0);
  count->attended = all->n[LC_PARTICIPANT_STATUS_ATTENDED_IN_PERSON];
  count->expected = all->n[LC_PARTICIPANT_STATUS_CONFIRMED] + lc_participant_count_attended (all);
  return TRUE;
}

/**
 * lc_check_in_person:
 * @undo: the convention's undo history
 * @person: the person, as read from the library
 * @already: (out): %TRUE when they had attended in person already
 * @error: return location for a #GError
 *
 * Marks @person attended in person now, as one undo step with its history
 * (lc_participants_set_status ()). Someone already in writes nothing.
 *
 * Returns: %TRUE on success, also when they were in already
 */
gboolean
lc_check_in_person (LcUndoStack  *undo,
                    LcPerson     *person,
                    gboolean     *already,
                    GError      **error)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  g_autoptr(GError) local = NULL;

  *already = lc_person_get_status (person) == LC_PARTICIPANT_STATUS_ATTENDED_IN_PERSON;
  if (*already)
    return TRUE;
  g_ptr_array_add (one, person);
  lc_participants_set_status (undo, one, LC_PARTICIPANT_STATUS_ATTENDED_IN_PERSON, NULL, &local);
  if (local == NULL)
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local));
  return FALSE;
}

/**
 * lc_check_in_cli:
 * @ctx: the command's context
 * @code: the participant code given with --check-in
 * @error: return location for a #GError
 *
 * The command line's --check-in=CODE, for a scripted door: marks the
 * person attended in person and prints their name and the running count.
 *
 * Returns: %TRUE when the person is in (now or already)
 */
gboolean
lc_check_in_cli (LcCliContext  *ctx,
                 const char    *code,
                 GError       **error)
{
  g_autoptr(LcPerson) person = NULL;
  g_autoptr(LcUndoStack) undo = NULL;
  LcCheckInCount count;
  const char *name;
  gboolean already;

  person = lc_check_in_find (ctx->store, ctx->convention_id, code != NULL ? code : "", error);
  if (person == NULL)
    return FALSE;
  undo = lc_undo_stack_new (ctx->store);
  if (!lc_check_in_person (undo, person, &already, error)
      || !lc_check_in_count (ctx->store, ctx->convention_id, &count, error))
    return FALSE;

  name = lc_record_get_display_text (LC_RECORD (person), "name", lc_l10n_language_from_environment (), NULL);
  if (already)
    /* Translators: %s is a person's name */
    g_print (_("%s was checked in already; nothing was changed.\n"), name);
  else
    /* Translators: %s is a person's name */
    g_print (_("Checked in: %s.\n"), name);
  /* Translators: the door's running count; the first number is who is in,
   * the second who confirmed or attended, e.g. “12 of 60 checked in” */
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u of %u checked in.\n", "%u of %u checked in.\n",
                        count.expected), count.attended, count.expected);
  return TRUE;
}

/**
 * lc_participant_counts_cli_export:
 * @ctx: the command's context
 * @path: the CSV file to write
 * @error: return location for a #GError
 *
 * The command line's --export-counts: lc_participant_counts_csv (), the
 * cities named in --language's (or the user's) language. The file appears
 * whole or not at all.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_participant_counts_cli_export (LcCliContext  *ctx,
                                  const char    *path,
                                  GError       **error)
{
  LcLanguage language;
  g_autofree char *data = NULL;
  gsize length;

  if (!lc_export_cli_language (ctx, &language, error))
    return FALSE;
  if (path == NULL || *path == '\0')
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("Give the file to write: --%s=FILE."), "export-counts");
      return FALSE;
    }
  data = lc_participant_counts_csv (ctx->store, ctx->convention_id, language, &length, error);
  return data != NULL && lc_file_write_atomic (path, data, length, error);
}
