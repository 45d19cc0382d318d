/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-convention-io-declarations-private.h"
#include "lc-error.h"

/* The amendments of a declaration in the convention file: their clause,
 * kind, texts, status and the versions they were made against or
 * incorporated in, and the clause an insert-after amendment introduces. */

/* Reads "against_version" and "incorporated_in": null, or a version of the
 * declaration. */
static gboolean
read_version_number (LcReader         *reader,
                     JsonObject       *object,
                     const char       *label,
                     const char       *member,
                     LcIoDeclaration  *declaration,
                     gint64           *out,
                     GError          **error)
{
  g_autofree char *expected = NULL;

  if (declaration->n_versions == 0)
    expected = g_strdup (_("expected null: the declaration has no published version"));
  else
    /* Translators: %u is the number of the declaration's last version */
    expected = g_strdup_printf (_("expected null or the number of a version of the declaration, "
                                  "from 1 to %u"), declaration->n_versions);

  return lc_io_read_int (reader, object, label, member, 1, declaration->n_versions, TRUE,
                         expected, out, error);
}

static gboolean
has_text (LcRecord *record)
{
  g_autofree char *ar = g_strstrip (g_strdup (lc_record_get_string (record, "text-ar")));
  g_autofree char *en = g_strstrip (g_strdup (lc_record_get_string (record, "text-en")));

  return *ar != '\0' || *en != '\0';
}

/* The clause an insert-after amendment adds: for an incorporated one, the
 * listed clause that names it in "introduced_by"; otherwise a new pending
 * clause that takes its target's section, place and numbering (as
 * lc_amendment_propose() makes it). */
static gboolean
read_new_clause (LcReader          *reader,
                 JsonObject        *object,
                 LcIoAmendment     *amendment,
                 LcIoClause        *target,
                 gboolean           incorporated,
                 GError           **error)
{
  LcIoDeclarations *state = lc_io_declarations_state (reader);
  LcIoDeclaration *declaration = target->declaration;
  const char *label = amendment->label;
  LcIoClause *clause;
  LcPending *pending;
  const char *id;

  if (incorporated)
    {
      if (!lc_io_read_clause_ref (reader, object, label, "new_clause", declaration, &clause, error))
        return FALSE;
      if (amendment->id == NULL || g_strcmp0 (clause->introduced_by, amendment->id) != 0
          || clause->introducer != NULL)
        {
          lc_io_set_invalid (reader, error, label, "new_clause",
                             _("the clause an amendment in a version added is listed in its "
                               "section with “introduced_by” set to the amendment’s “id”"));
          return FALSE;
        }

      /* Now that its amendment is queued, the clause can follow it. */
      clause->introducer = amendment;
      lc_io_add_ref (clause->detached, "amendment-id", amendment->record);
      g_ptr_array_add (reader->pending, g_steal_pointer (&clause->detached));
      return TRUE;
    }

  if (!lc_io_read_optional_id (reader, object, label, "new_clause", "clauses", &id, error))
    return FALSE;
  if (id == NULL)
    {
      lc_io_set_invalid (reader, error, label, "new_clause",
                         _("required for an insert-after amendment: the id of the clause it adds"));
      return FALSE;
    }
  if (g_hash_table_contains (state->clause_ids, id))
    {
      lc_io_set_invalid (reader, error, label, "new_clause",
                         _("“%s” is already the id of a clause; until the amendment is in a "
                           "version, the clause it adds is not listed in a section"), id);
      return FALSE;
    }

  clause = g_new0 (LcIoClause, 1);
  clause->declaration = declaration;
  clause->section = target->section;
  clause->label = g_strdup (label);
  clause->introducer = amendment;

  pending = lc_io_add_pending (reader, LC_TYPE_CLAUSE);
  clause->record = pending->record;
  g_hash_table_insert (state->clauses, clause->record, clause);
  g_hash_table_insert (state->clause_ids, (gpointer) id, clause->record);
  g_ptr_array_add (declaration->clauses, clause);

  lc_io_add_ref (pending, "section-id", target->section);
  lc_io_add_ref (pending, "amendment-id", amendment->record);
  lc_record_set_int (clause->record, "position", lc_record_get_int (target->record, "position"));
  lc_record_set_int (clause->record, "numbered", lc_record_get_int (target->record, "numbered"));
  lc_record_set_int (clause->record, "state", LC_CLAUSE_STATE_PENDING);
  return lc_io_read_uid_as (reader, object, label, "new_clause_uid", pending, error);
}

gboolean
lc_io_read_amendment (LcReader    *reader,
                      JsonObject  *object,
                      const char  *label,
                      guint        index,
                      gpointer     user_data,
                      GError     **error)
{
  LcIoDeclaration *declaration = user_data;
  LcPending *pending = lc_io_add_pending (reader, LC_TYPE_AMENDMENT);
  LcRecord *record = pending->record;
  LcIoAmendment *amendment = g_new0 (LcIoAmendment, 1);
  g_autoptr(GDateTime) created = NULL;
  g_autofree char *created_text = NULL;
  LcRecord *city, *person, *item;
  LcIoClause *target;
  gint64 number, against, incorporated;
  int kind, status;

  amendment->record = record;
  amendment->label = g_strdup (label);
  g_ptr_array_add (declaration->amendments, amendment);
  lc_io_add_ref (pending, "declaration-id", declaration->record);

  if (!lc_io_read_id (reader, object, label, "amendments", declaration->amendment_ids, record, error)
      || !lc_io_read_uid (reader, object, label, pending, error)
      || !lc_io_read_int (reader, object, label, "number", 1, G_MAXINT, FALSE,
                          _("expected a positive whole number"), &number, error))
    return FALSE;
  amendment->id = json_object_has_member (object, "id") ? json_object_get_string_member (object, "id") : NULL;

  if (number <= declaration->last_number)
    {
      lc_io_set_invalid (reader, error, label, "number",
                         _("expected a number greater than %d, the number of the amendment "
                           "before: amendments are listed in number order"),
                         (int) declaration->last_number);
      return FALSE;
    }
  declaration->last_number = number;

  if (!lc_io_read_enum (reader, object, label, "kind", LC_TYPE_AMENDMENT_KIND, NULL, TRUE, FALSE,
                        LC_AMENDMENT_KIND_REPLACE, &kind, error)
      || !lc_io_read_clause_ref (reader, object, label, "clause", declaration, &target, error))
    return FALSE;

  /* Amendments are proposed against the text of their time, so the clause
   * an amendment introduced can only be changed by a later one. */
  if (target->introduced_by != NULL && target->introducer == NULL)
    {
      /* Translators: the first %s is the id of a clause, the second of an amendment */
      lc_io_set_invalid (reader, error, label, "clause",
                         _("“%s” is the clause amendment “%s” added, which is not listed before "
                           "this one"),
                         json_object_get_string_member (object, "clause"), target->introduced_by);
      return FALSE;
    }
  if (kind != LC_AMENDMENT_KIND_INSERT_AFTER && json_object_has_member (object, "new_clause")
      && !json_object_get_null_member (object, "new_clause"))
    {
      lc_io_set_invalid (reader, error, label, "new_clause",
                         _("only an insert-after amendment adds a clause"));
      return FALSE;
    }

  if (!lc_io_read_bilingual (reader, object, label, "text", record, error)
      || !lc_io_read_bilingual (reader, object, label, "rationale", record, error))
    return FALSE;
  if (kind != LC_AMENDMENT_KIND_DELETE && !has_text (record))
    {
      lc_io_set_invalid (reader, error, label, "text",
                         _("the proposed text is empty; give it in Arabic (“ar”), English (“en”) "
                           "or both"));
      return FALSE;
    }

  if (!lc_io_read_ref (reader, object, label, "city", "cities", reader->cities, FALSE, &city, error)
      || !lc_io_read_ref (reader, object, label, "person", "people", reader->people, FALSE, &person, error))
    return FALSE;
  if ((city == NULL) == (person == NULL))
    {
      lc_io_set_invalid (reader, error, label, city ? "person" : "city",
                         _("the amendment is proposed either by a city (“city”) or by a person "
                           "(“person”): give exactly one"));
      return FALSE;
    }

  if (!lc_io_read_ref (reader, object, label, "item", "items", reader->items, FALSE, &item, error)
      || !lc_io_read_enum (reader, object, label, "status", LC_TYPE_AMENDMENT_STATUS, NULL, TRUE,
                           FALSE, LC_AMENDMENT_STATUS_PROPOSED, &status, error)
      || !lc_io_read_timestamp (reader, object, label, "created", &created, error)
      || !read_version_number (reader, object, label, "against_version", declaration, &against, error)
      || !read_version_number (reader, object, label, "incorporated_in", declaration, &incorporated, error))
    return FALSE;

  if (incorporated != 0 && status != LC_AMENDMENT_STATUS_ACCEPTED)
    {
      /* Translators: %s is a status such as “rejected” (not to be translated) */
      lc_io_set_invalid (reader, error, label, "incorporated_in",
                         _("only an accepted amendment is part of a version, and this one is “%s”"),
                         lc_enum_to_nick (LC_TYPE_AMENDMENT_STATUS, status));
      return FALSE;
    }
  if (incorporated != 0 && incorporated <= against)
    {
      lc_io_set_invalid (reader, error, label, "incorporated_in",
                         _("expected a version after against_version %d"), (int) against);
      return FALSE;
    }

  lc_io_add_ref (pending, "clause-id", target->record);
  lc_io_add_ref (pending, city ? "city-id" : "person-id", city ? city : person);
  if (item != NULL)
    lc_io_add_ref (pending, "item-id", item);

  created_text = lc_timestamp_format (created);
  lc_record_set_int (record, "number", number);
  lc_record_set_int (record, "kind", kind);
  lc_record_set_int (record, "status", status);
  lc_record_set_string (record, "created", created_text);
  lc_record_set_int (record, "against-version", against);
  lc_record_set_int (record, "incorporated-in", incorporated);

  if (kind == LC_AMENDMENT_KIND_INSERT_AFTER)
    return read_new_clause (reader, object, amendment, target, incorporated != 0, error);

  return TRUE;
}
