/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-declaration-private.h"
#include "lc-error.h"

/* Publishing: freezing a text as a numbered version, and folding the
 * working text into the base text (see the top of lc-declaration.h). */

/**
 * lc_declaration_freeze_text:
 * @store: a store
 * @text: a text of a declaration; every section and clause key must be a
 *   section or clause of that declaration, each once
 * @label_ar: (nullable): the version's Arabic label
 * @label_en: (nullable): the version's English label
 * @published: (nullable): when it is published; %NULL for now
 * @error: return location for a #GError
 *
 * Stores @text, as it is, as the declaration's next version (last + 1). The
 * base text and the amendments are not touched: this is what
 * lc_declaration_publish_version_at() builds on, and how an importer
 * restores versions.
 *
 * Returns: (transfer full) (nullable): the new version
 */
LcDeclarationVersion *
lc_declaration_freeze_text (LcStore            *store,
                            LcDeclarationText  *text,
                            const char         *label_ar,
                            const char         *label_en,
                            GDateTime          *published,
                            GError            **error)
{
  g_autoptr(LcDeclarationVersion) version = g_object_new (LC_TYPE_DECLARATION_VERSION, NULL);
  g_autoptr(GHashTable) sections_seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) clauses_seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *when = NULL;
  LcRecord *record = LC_RECORD (version);
  int last;

  /* The store checks ownership too, but this names what is wrong. */
  for (guint i = 0; i < text->sections->len; i++)
    {
      LcTextSection *section = g_ptr_array_index (text->sections, i);
      gint64 owner = 0;

      if (!lc_declaration_query_int (store, "SELECT declaration_id FROM declaration_sections WHERE id = ?",
                                     &section->key, 1, &owner, error))
        return NULL;
      if (owner != text->declaration_id || !g_hash_table_add (sections_seen, &section->key))
        {
          g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                       _("Section %d of the text is not a section of its declaration, or comes twice."),
                       (int) i + 1);
          return NULL;
        }

      for (guint j = 0; j < section->clauses->len; j++)
        {
          LcTextClause *clause = g_ptr_array_index (section->clauses, j);
          gint64 clause_owner = lc_declaration_clause_owner (store, clause->key, error);

          if (clause_owner < 0)
            return NULL;
          if (clause_owner != text->declaration_id || !g_hash_table_add (clauses_seen, &clause->key))
            {
              g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                           _("Clause %d of section %d of the text is not a clause of its "
                             "declaration, or comes twice."), (int) j + 1, (int) i + 1);
              return NULL;
            }
        }
    }

  if (published == NULL)
    published = now = g_date_time_new_now_utc ();
  when = lc_timestamp_format (published);

  if (!lc_store_begin (store, error))
    return NULL;

  last = lc_declaration_get_last_version (store, text->declaration_id, error);
  if (last < 0)
    goto failed;

  g_object_freeze_notify (G_OBJECT (record));
  lc_record_set_int (record, "declaration-id", text->declaration_id);
  lc_record_set_int (record, "number", last + 1);
  lc_record_set_text (record, "label", label_ar, label_en);
  lc_record_set_text (record, "title", text->title_ar, text->title_en);
  lc_record_set_string (record, "published", when);
  lc_record_set_int (record, "section-count", text->sections->len);
  lc_record_set_int (record, "clause-count", lc_declaration_text_count_clauses (text));
  g_object_thaw_notify (G_OBJECT (record));

  if (!lc_store_insert (store, record, error))
    goto failed;

  for (guint i = 0; i < text->sections->len; i++)
    {
      LcTextSection *section = g_ptr_array_index (text->sections, i);
      g_autoptr(LcRecord) row = g_object_new (LC_TYPE_VERSION_SECTION, NULL);

      lc_record_set_int (row, "version-id", lc_record_get_id (record));
      lc_record_set_int (row, "section-id", section->key);
      lc_record_set_text (row, "title", section->title_ar, section->title_en);
      lc_record_set_int (row, "position", i);
      if (!lc_store_insert (store, row, error))
        goto failed;

      for (guint j = 0; j < section->clauses->len; j++)
        {
          LcTextClause *clause = g_ptr_array_index (section->clauses, j);
          g_autoptr(LcRecord) clause_row = g_object_new (LC_TYPE_VERSION_CLAUSE, NULL);

          lc_record_set_int (clause_row, "version-id", lc_record_get_id (record));
          lc_record_set_int (clause_row, "section-id", section->key);
          lc_record_set_int (clause_row, "clause-id", clause->key);
          lc_record_set_text (clause_row, "text", clause->text_ar, clause->text_en);
          lc_record_set_int (clause_row, "position", j);
          lc_record_set_int (clause_row, "numbered", clause->numbered);
          if (!lc_store_insert (store, clause_row, error))
            goto failed;
        }
    }

  if (!lc_store_commit (store, error))
    return NULL;

  return g_steal_pointer (&version);

failed:
  lc_store_rollback (store);
  return NULL;
}

/* After publishing, the base text is the version just frozen (see the top
 * of lc-declaration.h): each clause row gets its published text, section
 * and position; rows that dropped out are kept as removed. */
static gboolean
fold_into_base (LcStore            *store,
                LcDeclarationText  *text,
                GHashTable         *incorporated,
                GError            **error)
{
  g_autoptr(GListStore) sections = NULL;

  sections = lc_store_list (store, LC_TYPE_DECLARATION_SECTION, "declaration_id", text->declaration_id, error);
  if (sections == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sections)); i++)
    {
      g_autoptr(LcRecord) section = g_list_model_get_item (G_LIST_MODEL (sections), i);
      g_autoptr(GListStore) clauses = NULL;

      clauses = lc_store_list (store, LC_TYPE_CLAUSE, "section_id", lc_record_get_id (section), error);
      if (clauses == NULL)
        return FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (clauses)); j++)
        {
          g_autoptr(LcRecord) clause = g_list_model_get_item (G_LIST_MODEL (clauses), j);
          g_autoptr(LcRecord) copy = lc_record_copy (clause);
          LcClauseState state = lc_record_get_int (clause, "state");
          const LcTextSection *in_section = NULL;
          const LcTextClause *published;

          published = lc_declaration_text_find_clause (text, lc_record_get_id (clause), &in_section);
          if (published != NULL)
            {
              guint position = 0;

              while (g_ptr_array_index (in_section->clauses, position) != published)
                position++;
              lc_record_set_int (copy, "state", LC_CLAUSE_STATE_BASE);
              lc_record_set_int (copy, "section-id", in_section->key);
              lc_record_set_int (copy, "position", position);
              lc_record_set_text (copy, "text", published->text_ar, published->text_en);
              lc_record_set_int (copy, "numbered", published->numbered);
            }
          else if (state == LC_CLAUSE_STATE_BASE
                   || (state == LC_CLAUSE_STATE_PENDING
                       && g_hash_table_contains (incorporated,
                                                 &(gint64) { lc_record_get_int (clause, "amendment-id") })))
            {
              /* Inserted and deleted again before the version: it was in no
               * version, but its amendments are, so the row stays. */
              lc_record_set_int (copy, "state", LC_CLAUSE_STATE_REMOVED);
            }

          if (!lc_record_equal (copy, clause) && !lc_store_update (store, copy, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * lc_declaration_publish_version_at:
 * @store: a store
 * @declaration_id: a declaration
 * @label_ar: (nullable): the Arabic label, such as «المسودة المعروضة في الجلسة الثانية»
 * @label_en: (nullable): the English label, such as "Draft presented in session 2"
 * @published: (nullable): when; %NULL for now
 * @error: return location for a #GError
 *
 * Freezes the working text as the next version, folds it into the base
 * text, and marks the accepted amendments as incorporated in it. All or
 * nothing.
 *
 * Returns: (transfer full) (nullable): the new version; %LC_ERROR_CONSTRAINT
 *   when an accepted amendment no longer applies
 */
LcDeclarationVersion *
lc_declaration_publish_version_at (LcStore     *store,
                                   gint64       declaration_id,
                                   const char  *label_ar,
                                   const char  *label_en,
                                   GDateTime   *published,
                                   GError     **error)
{
  g_autoptr(LcDeclarationText) text = NULL;
  g_autoptr(LcDeclarationVersion) version = NULL;
  g_autoptr(GListStore) amendments = NULL;
  g_autoptr(GHashTable) incorporated = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gint64 number;

  if (!lc_store_begin (store, error))
    return NULL;

  text = lc_declaration_get_checked_working_text (store, declaration_id, error);
  if (text == NULL)
    goto failed;

  version = lc_declaration_freeze_text (store, text, label_ar, label_en, published, error);
  amendments = version ? lc_store_list (store, LC_TYPE_AMENDMENT, "declaration_id", declaration_id, error) : NULL;
  if (amendments == NULL)
    goto failed;

  number = lc_record_get_int (LC_RECORD (version), "number");
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (amendments)); i++)
    {
      g_autoptr(LcRecord) amendment = g_list_model_get_item (G_LIST_MODEL (amendments), i);
      gint64 id = lc_record_get_id (amendment);

      if (lc_record_get_int (amendment, "status") != LC_AMENDMENT_STATUS_ACCEPTED
          || lc_record_get_int (amendment, "incorporated-in") != 0)
        continue;

      g_hash_table_add (incorporated, g_memdup2 (&id, sizeof id));
      lc_record_set_int (amendment, "incorporated-in", number);
      if (!lc_store_update (store, amendment, error))
        goto failed;
    }

  if (!fold_into_base (store, text, incorporated, error))
    goto failed;

  if (!lc_store_commit (store, error))
    return NULL;

  return g_steal_pointer (&version);

failed:
  lc_store_rollback (store);
  return NULL;
}

/**
 * lc_declaration_publish_version:
 * @store: a store
 * @declaration_id: a declaration
 * @label_ar: (nullable): the Arabic label
 * @label_en: (nullable): the English label
 * @error: return location for a #GError
 *
 * lc_declaration_publish_version_at(), dated now.
 *
 * Returns: (transfer full) (nullable): the new version
 */
LcDeclarationVersion *
lc_declaration_publish_version (LcStore     *store,
                                gint64       declaration_id,
                                const char  *label_ar,
                                const char  *label_en,
                                GError     **error)
{
  return lc_declaration_publish_version_at (store, declaration_id, label_ar, label_en, NULL, error);
}
