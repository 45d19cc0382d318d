/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-declaration-private.h"
#include "lc-error.h"

/* Changes to declarations that have rules: amendments and their status,
 * removing clauses and sections (publishing is in
 * lc-declaration-publish.c). Plain edits (a title, a clause's base text, a
 * rationale) go through lc_store_update(). */

static gboolean
has_text (LcRecord   *record,
          const char *field)
{
  g_autofree char *ar = g_strconcat (field, "-ar", NULL);
  g_autofree char *en = g_strconcat (field, "-en", NULL);
  g_autofree char *a = g_strstrip (g_strdup (lc_record_get_string (record, ar)));
  g_autofree char *e = g_strstrip (g_strdup (lc_record_get_string (record, en)));

  return *a != '\0' || *e != '\0';
}

/**
 * lc_amendment_propose:
 * @store: a store
 * @amendment: a new amendment, with its declaration, clause, kind, text,
 *   rationale, proposer (a city or a person) and agenda item set
 * @error: return location for a #GError
 *
 * Records a proposal against the working text: checks it, numbers it (1, 2,
 * … per declaration), sets it to proposed, dates it (unless "created" is
 * already set), records the last version, and for an insert-after
 * amendment creates the pending clause that will hold the new text's key.
 * An importer that restores amendments with other statuses writes the rows
 * itself.
 *
 * Returns: %TRUE when stored; %LC_ERROR_INVALID_VALUE when the proposal is
 *   incomplete or its clause is not in the working text
 */
gboolean
lc_amendment_propose (LcStore      *store,
                      LcAmendment  *amendment,
                      GError      **error)
{
  LcRecord *record = LC_RECORD (amendment);
  gint64 declaration_id = lc_record_get_int (record, "declaration-id");
  gint64 clause_id = lc_record_get_int (record, "clause-id");
  LcAmendmentKind kind = lc_record_get_int (record, "kind");
  g_autoptr(LcDeclarationText) text = NULL;
  const LcTextSection *section = NULL;
  gint64 number = 0;
  int last;

  g_return_val_if_fail (lc_record_get_id (record) == 0, FALSE);

  if ((lc_record_get_int (record, "city-id") == 0) == (lc_record_get_int (record, "person-id") == 0))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("An amendment is proposed either by a city or by a person: choose one."));
      return FALSE;
    }

  if (kind != LC_AMENDMENT_KIND_DELETE && !has_text (record, "text"))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("The amendment has no proposed text: write it in Arabic, English or both."));
      return FALSE;
    }

  if (lc_declaration_clause_owner (store, clause_id, NULL) != declaration_id)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("The clause of the amendment is not a clause of its declaration."));
      return FALSE;
    }

  if (!lc_store_begin (store, error))
    return FALSE;

  text = lc_declaration_get_checked_working_text (store, declaration_id, error);
  if (text == NULL)
    goto failed;

  if (lc_declaration_text_find_clause (text, clause_id, &section) == NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("The clause of the amendment is not in the working text: it was deleted, "
                     "or its amendment was not accepted."));
      goto failed;
    }

  last = lc_declaration_get_last_version (store, declaration_id, error);
  if (last < 0
      || !lc_declaration_query_int (store,
                                    "SELECT coalesce (max (number), 0) + 1 FROM amendments"
                                    " WHERE declaration_id = ?",
                                    &declaration_id, 1, &number, error))
    goto failed;

  g_object_freeze_notify (G_OBJECT (record));
  lc_record_set_int (record, "number", number);
  lc_record_set_int (record, "status", LC_AMENDMENT_STATUS_PROPOSED);
  lc_record_set_int (record, "against-version", last);
  lc_record_set_int (record, "incorporated-in", 0);
  if (*lc_record_get_string (record, "created") == '\0')
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *created = lc_timestamp_format (now);

      lc_record_set_string (record, "created", created);
    }
  g_object_thaw_notify (G_OBJECT (record));

  if (!lc_store_insert (store, record, error))
    goto failed;

  if (kind == LC_AMENDMENT_KIND_INSERT_AFTER)
    {
      g_autoptr(LcClause) target = lc_store_get (store, LC_TYPE_CLAUSE, clause_id, error);
      g_autoptr(LcClause) clause = g_object_new (LC_TYPE_CLAUSE, NULL);

      if (target == NULL)
        goto failed;

      /* The section is the one the target has in the working text, which is
       * also the pending clause's: insertions stay in their target's section. */
      lc_record_set_int (LC_RECORD (clause), "section-id", section->key);
      lc_record_set_int (LC_RECORD (clause), "position", lc_record_get_int (LC_RECORD (target), "position"));
      lc_record_set_int (LC_RECORD (clause), "state", LC_CLAUSE_STATE_PENDING);
      lc_record_set_int (LC_RECORD (clause), "numbered", lc_record_get_int (LC_RECORD (target), "numbered"));
      lc_record_set_int (LC_RECORD (clause), "amendment-id", lc_record_get_id (record));
      if (!lc_store_insert (store, LC_RECORD (clause), error))
        goto failed;
    }

  if (!lc_store_commit (store, error))
    {
      lc_record_set_id (record, 0);
      return FALSE;
    }

  return TRUE;

failed:
  lc_store_rollback (store);
  lc_record_set_id (record, 0);
  return FALSE;
}

/**
 * lc_amendment_get_new_clause_id:
 * @store: a store
 * @amendment: an insert-after amendment
 * @error: return location for a #GError
 *
 * Returns: the key of the clause @amendment inserts (its pending clause,
 *   which becomes a base clause when the amendment is published), or 0
 *   with %LC_ERROR_NOT_FOUND
 */
gint64
lc_amendment_get_new_clause_id (LcStore      *store,
                                LcAmendment  *amendment,
                                GError      **error)
{
  gint64 id = lc_record_get_id (LC_RECORD (amendment));
  gint64 clause_id = 0;

  if (!lc_declaration_query_int (store,
                                 "SELECT id FROM clauses WHERE amendment_id = ? ORDER BY id LIMIT 1",
                                 &id, 1, &clause_id, error))
    return 0;

  if (clause_id == 0)
    g_set_error (error, LC_ERROR, LC_ERROR_NOT_FOUND,
                 _("The amendment inserts no clause."));

  return clause_id;
}

static gboolean
array_has (GArray *array,
           gint64  value)
{
  for (guint i = 0; i < array->len; i++)
    if (g_array_index (array, gint64, i) == value)
      return TRUE;

  return FALSE;
}

/**
 * lc_amendment_set_status:
 * @store: a store
 * @amendment: a stored amendment
 * @new_status: the status wanted
 * @error: return location for a #GError
 *
 * Moves @amendment to @new_status when lc_amendment_status_can_change()
 * allows it and the accepted amendments still apply afterwards. The status
 * is read from the store, not from @amendment, which is updated on success.
 *
 * Returns: %TRUE when changed; %LC_ERROR_INVALID_VALUE for a transition
 *   that is not allowed (the message names both statuses),
 *   %LC_ERROR_CONSTRAINT when the amendment is part of a published version
 *   or the change would leave an accepted amendment with no clause to apply to
 */
gboolean
lc_amendment_set_status (LcStore            *store,
                         LcAmendment        *amendment,
                         LcAmendmentStatus   new_status,
                         GError            **error)
{
  gint64 id = lc_record_get_id (LC_RECORD (amendment));
  g_autoptr(LcAmendment) stored = NULL;
  g_autoptr(LcDeclarationText) before = NULL;
  g_autoptr(LcDeclarationText) after = NULL;
  LcAmendmentStatus old_status;
  gint64 declaration_id;
  int number, incorporated;

  if (!lc_store_begin (store, error))
    return FALSE;

  stored = lc_store_get (store, LC_TYPE_AMENDMENT, id, error);
  if (stored == NULL)
    goto failed;

  old_status = lc_record_get_int (LC_RECORD (stored), "status");
  declaration_id = lc_record_get_int (LC_RECORD (stored), "declaration-id");
  number = (int) lc_record_get_int (LC_RECORD (stored), "number");
  incorporated = (int) lc_record_get_int (LC_RECORD (stored), "incorporated-in");

  if (incorporated != 0)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_CONSTRAINT,
                   _("Amendment %d is part of published version %d and can no longer change. "
                     "Propose a new amendment instead."), number, incorporated);
      goto failed;
    }

  if (!lc_amendment_status_can_change (old_status, new_status))
    {
      /* Translators: the two placeholders are statuses of an amendment,
       * such as “proposed” and “withdrawn” */
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("Amendment %1$d cannot go from “%2$s” to “%3$s”: only a proposed amendment "
                     "can be accepted, rejected or withdrawn, and only an accepted or rejected "
                     "one can be reopened."),
                   number, lc_amendment_status_to_string (old_status),
                   lc_amendment_status_to_string (new_status));
      goto failed;
    }

  /* Only acceptance and reopening change the working text. */
  if (old_status == LC_AMENDMENT_STATUS_ACCEPTED || new_status == LC_AMENDMENT_STATUS_ACCEPTED)
    {
      before = lc_declaration_get_working_text (store, declaration_id, error);
      after = before ? lc_declaration_compute_working_text (store, declaration_id, id, new_status, error) : NULL;
      if (after == NULL)
        goto failed;

      for (guint i = 0; i < after->skipped->len; i++)
        {
          gint64 broken = g_array_index (after->skipped, gint64, i);
          g_autoptr(LcAmendment) other = NULL;

          if (array_has (before->skipped, broken))
            continue;

          if (broken == id)
            {
              g_set_error (error, LC_ERROR, LC_ERROR_CONSTRAINT,
                           _("Amendment %d cannot be accepted: the clause it changes is not in "
                             "the working text (an accepted amendment deleted it, or its section "
                             "was removed)."), number);
              goto failed;
            }

          other = lc_store_get (store, LC_TYPE_AMENDMENT, broken, NULL);
          g_set_error (error, LC_ERROR, LC_ERROR_CONSTRAINT,
                       _("Amendment %1$d cannot be changed to “%2$s”: accepted amendment %3$d "
                         "would no longer apply, because the clause it changes would not be in "
                         "the working text. Reopen amendment %3$d first."),
                       number, lc_amendment_status_to_string (new_status),
                       other ? (int) lc_record_get_int (LC_RECORD (other), "number") : 0);
          goto failed;
        }
    }

  lc_record_set_int (LC_RECORD (stored), "status", new_status);
  if (!lc_store_update (store, LC_RECORD (stored), error))
    goto failed;

  if (!lc_store_commit (store, error))
    return FALSE;

  lc_record_set_int (LC_RECORD (amendment), "status", new_status);
  return TRUE;

failed:
  lc_store_rollback (store);
  return FALSE;
}

/* Whether a published version or an amendment refers to the clause, in
 * which case its row must stay. */
static gboolean
clause_is_referenced (LcStore   *store,
                      gint64     clause_id,
                      gboolean  *referenced,
                      GError   **error)
{
  gint64 params[] = { clause_id, clause_id };
  gint64 found = 0;

  if (!lc_declaration_query_int (store,
                                 "SELECT EXISTS (SELECT 1 FROM version_clauses WHERE clause_id = ?)"
                                 " OR EXISTS (SELECT 1 FROM amendments WHERE clause_id = ?)",
                                 params, G_N_ELEMENTS (params), &found, error))
    return FALSE;

  *referenced = found != 0;
  return TRUE;
}

static gboolean
check_no_accepted_amendment (LcStore     *store,
                             const char  *sql,
                             gint64       id,
                             GError     **error)
{
  gint64 number = 0;

  if (!lc_declaration_query_int (store, sql, &id, 1, &number, error))
    return FALSE;

  if (number != 0)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_CONSTRAINT,
                   _("Accepted amendment %d changes this text: reopen it first."), (int) number);
      return FALSE;
    }

  return TRUE;
}

/**
 * lc_declaration_remove_clause:
 * @store: a store
 * @clause: a base clause
 * @error: return location for a #GError
 *
 * Takes @clause out of the base text: its row is deleted, or kept in state
 * removed when a version or an amendment refers to it.
 *
 * Returns: %TRUE on success; %LC_ERROR_INVALID_VALUE for the pending clause
 *   of an amendment, %LC_ERROR_CONSTRAINT when an accepted amendment not yet
 *   in a version changes it
 */
gboolean
lc_declaration_remove_clause (LcStore   *store,
                              LcClause  *clause,
                              GError   **error)
{
  gint64 id = lc_record_get_id (LC_RECORD (clause));
  g_autoptr(LcClause) stored = NULL;
  gboolean referenced = FALSE;

  if (!lc_store_begin (store, error))
    return FALSE;

  stored = lc_store_get (store, LC_TYPE_CLAUSE, id, error);
  if (stored == NULL)
    goto failed;

  if (lc_record_get_int (LC_RECORD (stored), "state") == LC_CLAUSE_STATE_PENDING)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("This clause is proposed by an amendment: reject or withdraw the amendment "
                     "instead."));
      goto failed;
    }

  if (!check_no_accepted_amendment (store,
                                    "SELECT number FROM amendments WHERE clause_id = ?"
                                    " AND status = 'accepted' AND incorporated_in IS NULL",
                                    id, error)
      || !clause_is_referenced (store, id, &referenced, error))
    goto failed;

  if (referenced)
    {
      lc_record_set_int (LC_RECORD (stored), "state", LC_CLAUSE_STATE_REMOVED);
      if (!lc_store_update (store, LC_RECORD (stored), error))
        goto failed;
    }
  else if (!lc_store_delete (store, LC_RECORD (stored), error))
    goto failed;

  if (!lc_store_commit (store, error))
    return FALSE;

  lc_record_set_int (LC_RECORD (clause), "state", LC_CLAUSE_STATE_REMOVED);
  return TRUE;

failed:
  lc_store_rollback (store);
  return FALSE;
}

/**
 * lc_declaration_remove_section:
 * @store: a store
 * @section: a section
 * @error: return location for a #GError
 *
 * Takes @section and its clauses out of the working text: the rows are
 * deleted, or the section is marked removed when a version or an amendment
 * refers to it or to one of its clauses.
 *
 * Returns: %TRUE on success; %LC_ERROR_CONSTRAINT when an accepted
 *   amendment not yet in a version changes one of its clauses
 */
gboolean
lc_declaration_remove_section (LcStore               *store,
                               LcDeclarationSection  *section,
                               GError               **error)
{
  gint64 id = lc_record_get_id (LC_RECORD (section));
  gint64 params[] = { id, id };
  g_autoptr(LcDeclarationSection) stored = NULL;
  gint64 referenced = 0;

  if (!lc_store_begin (store, error))
    return FALSE;

  stored = lc_store_get (store, LC_TYPE_DECLARATION_SECTION, id, error);
  if (stored == NULL)
    goto failed;

  if (!check_no_accepted_amendment (store,
                                    "SELECT a.number FROM amendments a JOIN clauses c ON c.id = a.clause_id"
                                    " WHERE c.section_id = ? AND a.status = 'accepted'"
                                    " AND a.incorporated_in IS NULL",
                                    id, error)
      || !lc_declaration_query_int (store,
                                    "SELECT EXISTS (SELECT 1 FROM version_sections WHERE section_id = ?)"
                                    " OR EXISTS (SELECT 1 FROM amendments a JOIN clauses c"
                                    "            ON c.id = a.clause_id WHERE c.section_id = ?)",
                                    params, G_N_ELEMENTS (params), &referenced, error))
    goto failed;

  if (referenced)
    {
      lc_record_set_int (LC_RECORD (stored), "removed", TRUE);
      if (!lc_store_update (store, LC_RECORD (stored), error))
        goto failed;
    }
  else if (!lc_store_delete (store, LC_RECORD (stored), error))
    goto failed;

  if (!lc_store_commit (store, error))
    return FALSE;

  lc_record_set_int (LC_RECORD (section), "removed", TRUE);
  return TRUE;

failed:
  lc_store_rollback (store);
  return FALSE;
}
