/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-convention-io-private.h"
#include "lc-declaration.h"
#include "lc-error.h"

/* Writing the declarations of a convention file (format version 2; see
 * lc-convention-io-declarations.c for reading them, and
 * docs/convention-format.md). Everything is written as stored: the base
 * text with its removed rows, the amendments in number order, and each
 * version from its frozen rows. Local ids are numbered in the order of
 * writing, so the same library always gives the same bytes. */

static void
add_pair (LcWriter   *writer,
          const char *member,
          const char *ar,
          const char *en)
{
  lc_json_writer_set_member_name (writer->json, member);
  lc_json_writer_begin_object (writer->json);
  lc_io_add_text (writer, "ar", ar);
  lc_io_add_text (writer, "en", en);
  lc_json_writer_end_object (writer->json);
}

/* A reference that must resolve: the store's triggers keep sections and
 * clauses in their declaration, so a miss is damage. */
static gboolean
add_required_ref (LcWriter    *writer,
                  const char  *member,
                  const char  *prefix,
                  gint64       id,
                  GError     **error)
{
  const char *local = lc_io_local_id (writer, prefix, id);

  if (local == NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_DATABASE,
                   _("The library is damaged: a declaration refers to a section or clause it "
                     "does not have."));
      return FALSE;
    }

  lc_io_add_text (writer, member, local);
  return TRUE;
}

typedef struct
{
  guint sections;
  guint clauses;
  guint amendments;
} LcCounters;

static gboolean
write_sections (LcWriter    *writer,
                GListModel  *sections,
                GPtrArray   *clause_lists,
                GError     **error)
{
  lc_json_writer_set_member_name (writer->json, "sections");
  lc_json_writer_begin_array (writer->json);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LcRecord) section = g_list_model_get_item (sections, i);
      GListModel *clauses = g_ptr_array_index (clause_lists, i);

      lc_json_writer_begin_object (writer->json);
      lc_io_add_text (writer, "id", lc_io_local_id (writer, "section", lc_record_get_id (section)));
      if (!lc_io_add_uid (writer, LC_TYPE_DECLARATION_SECTION, lc_record_get_id (section), error))
        return FALSE;
      lc_io_add_bilingual (writer, section, "title");
      lc_io_add_boolean (writer, section, "removed", "removed");
      lc_json_writer_set_member_name (writer->json, "clauses");
      lc_json_writer_begin_array (writer->json);
      for (guint j = 0; j < g_list_model_get_n_items (clauses); j++)
        {
          g_autoptr(LcRecord) clause = g_list_model_get_item (clauses, j);
          LcClauseState state = lc_record_get_int (clause, "state");

          /* The clause a pending amendment would add is the amendment's. */
          if (state == LC_CLAUSE_STATE_PENDING)
            continue;

          lc_json_writer_begin_object (writer->json);
          lc_io_add_text (writer, "id", lc_io_local_id (writer, "clause", lc_record_get_id (clause)));
          if (!lc_io_add_uid (writer, LC_TYPE_CLAUSE, lc_record_get_id (clause), error))
            return FALSE;
          lc_io_add_bilingual (writer, clause, "text");
          lc_io_add_boolean (writer, clause, "numbered", "numbered");
          lc_json_writer_set_member_name (writer->json, "removed");
          lc_json_writer_add_boolean_value (writer->json, state == LC_CLAUSE_STATE_REMOVED);
          lc_io_add_ref_value (writer, "introduced_by", "amendment", lc_record_get_int (clause, "amendment-id"));
          lc_json_writer_end_object (writer->json);
        }
      lc_json_writer_end_array (writer->json);
      lc_json_writer_end_object (writer->json);
    }
  lc_json_writer_end_array (writer->json);

  return TRUE;
}

static gboolean
write_amendments (LcWriter    *writer,
                  LcStore     *store,
                  GListModel  *amendments,
                  GError     **error)
{
  lc_json_writer_set_member_name (writer->json, "amendments");
  lc_json_writer_begin_array (writer->json);
  for (guint i = 0; i < g_list_model_get_n_items (amendments); i++)
    {
      g_autoptr(LcRecord) amendment = g_list_model_get_item (amendments, i);
      LcAmendmentKind kind = lc_record_get_int (amendment, "kind");

      lc_json_writer_begin_object (writer->json);
      lc_io_add_text (writer, "id", lc_io_local_id (writer, "amendment", lc_record_get_id (amendment)));
      if (!lc_io_add_uid (writer, LC_TYPE_AMENDMENT, lc_record_get_id (amendment), error))
        return FALSE;
      lc_json_writer_set_member_name (writer->json, "number");
      lc_json_writer_add_int_value (writer->json, lc_record_get_int (amendment, "number"));
      if (!add_required_ref (writer, "clause", "clause", lc_record_get_int (amendment, "clause-id"), error))
        return FALSE;
      lc_io_add_enum (writer, amendment, "kind", LC_TYPE_AMENDMENT_KIND, FALSE);
      if (kind == LC_AMENDMENT_KIND_INSERT_AFTER)
        {
          gint64 new_clause = lc_amendment_get_new_clause_id (store, LC_AMENDMENT (amendment), error);

          if (new_clause == 0 || !add_required_ref (writer, "new_clause", "clause", new_clause, error))
            return FALSE;
          /* Until the amendment is in a version, its clause is listed
           * nowhere else: its identity travels here. */
          if (lc_record_get_int (amendment, "incorporated-in") == 0
              && !lc_io_add_uid_as (writer, "new_clause_uid", LC_TYPE_CLAUSE, new_clause, error))
            return FALSE;
        }
      lc_io_add_bilingual (writer, amendment, "text");
      lc_io_add_bilingual (writer, amendment, "rationale");
      lc_io_add_ref_value (writer, "city", "city", lc_record_get_int (amendment, "city-id"));
      lc_io_add_ref_value (writer, "person", "person", lc_record_get_int (amendment, "person-id"));
      lc_io_add_ref_value (writer, "item", "item", lc_record_get_int (amendment, "item-id"));
      lc_io_add_enum (writer, amendment, "status", LC_TYPE_AMENDMENT_STATUS, FALSE);
      lc_io_add_text (writer, "created", lc_record_get_string (amendment, "created"));
      lc_io_add_int_or_null (writer, "against_version", lc_record_get_int (amendment, "against-version"));
      lc_io_add_int_or_null (writer, "incorporated_in", lc_record_get_int (amendment, "incorporated-in"));
      lc_json_writer_end_object (writer->json);
    }
  lc_json_writer_end_array (writer->json);

  return TRUE;
}

static gboolean
write_versions (LcWriter    *writer,
                LcStore     *store,
                gint64       declaration_id,
                GError     **error)
{
  int last = lc_declaration_get_last_version (store, declaration_id, error);

  if (last < 0)
    return FALSE;

  lc_json_writer_set_member_name (writer->json, "versions");
  lc_json_writer_begin_array (writer->json);
  for (int number = 1; number <= last; number++)
    {
      g_autoptr(LcDeclarationText) text = lc_declaration_get_version_text (store, declaration_id, number, error);

      if (text == NULL)
        return FALSE;

      lc_json_writer_begin_object (writer->json);
      lc_json_writer_set_member_name (writer->json, "number");
      lc_json_writer_add_int_value (writer->json, number);
      add_pair (writer, "label", text->label_ar, text->label_en);
      lc_io_add_text (writer, "published", text->published);
      add_pair (writer, "title", text->title_ar, text->title_en);
      lc_json_writer_set_member_name (writer->json, "sections");
      lc_json_writer_begin_array (writer->json);
      for (guint i = 0; i < text->sections->len; i++)
        {
          LcTextSection *section = g_ptr_array_index (text->sections, i);

          lc_json_writer_begin_object (writer->json);
          if (!add_required_ref (writer, "section", "section", section->key, error))
            return FALSE;
          add_pair (writer, "title", section->title_ar, section->title_en);
          lc_json_writer_set_member_name (writer->json, "clauses");
          lc_json_writer_begin_array (writer->json);
          for (guint j = 0; j < section->clauses->len; j++)
            {
              LcTextClause *clause = g_ptr_array_index (section->clauses, j);

              lc_json_writer_begin_object (writer->json);
              if (!add_required_ref (writer, "clause", "clause", clause->key, error))
                return FALSE;
              add_pair (writer, "text", clause->text_ar, clause->text_en);
              lc_json_writer_set_member_name (writer->json, "numbered");
              lc_json_writer_add_boolean_value (writer->json, clause->numbered);
              lc_json_writer_end_object (writer->json);
            }
          lc_json_writer_end_array (writer->json);
          lc_json_writer_end_object (writer->json);
        }
      lc_json_writer_end_array (writer->json);
      lc_json_writer_end_object (writer->json);
    }
  lc_json_writer_end_array (writer->json);

  return TRUE;
}

/* Gives the local ids of a declaration before anything is written, since
 * clauses name amendments ("introduced_by") written after them, and an
 * amendment may name the clause an earlier one adds. */
static gboolean
number_declaration (LcWriter     *writer,
                    LcStore      *store,
                    GListModel   *sections,
                    GPtrArray    *clause_lists,
                    GListModel   *amendments,
                    LcCounters   *counters,
                    GError      **error)
{
  g_autoptr(GHashTable) pending = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LcRecord) section = g_list_model_get_item (sections, i);
      GListModel *clauses = g_ptr_array_index (clause_lists, i);

      lc_io_give_local_id (writer, section, "section", ++counters->sections);
      for (guint j = 0; j < g_list_model_get_n_items (clauses); j++)
        {
          g_autoptr(LcRecord) clause = g_list_model_get_item (clauses, j);
          gint64 id = lc_record_get_id (clause);

          if (lc_record_get_int (clause, "state") == LC_CLAUSE_STATE_PENDING)
            g_hash_table_insert (pending, g_memdup2 (&id, sizeof id), g_steal_pointer (&clause));
          else
            lc_io_give_local_id (writer, clause, "clause", ++counters->clauses);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (amendments); i++)
    {
      g_autoptr(LcRecord) amendment = g_list_model_get_item (amendments, i);

      lc_io_give_local_id (writer, amendment, "amendment", ++counters->amendments);
    }

  for (guint i = 0; i < g_list_model_get_n_items (amendments); i++)
    {
      g_autoptr(LcRecord) amendment = g_list_model_get_item (amendments, i);
      gint64 new_clause;
      LcRecord *clause;

      if (lc_record_get_int (amendment, "kind") != LC_AMENDMENT_KIND_INSERT_AFTER)
        continue;

      new_clause = lc_amendment_get_new_clause_id (store, LC_AMENDMENT (amendment), error);
      if (new_clause == 0)
        return FALSE;
      clause = g_hash_table_lookup (pending, &new_clause);
      if (clause != NULL)
        lc_io_give_local_id (writer, clause, "clause", ++counters->clauses);
    }

  return TRUE;
}

gboolean
lc_io_write_declarations (LcWriter  *writer,
                          LcStore   *store,
                          gint64     convention_id,
                          GError   **error)
{
  g_autoptr(GListStore) declarations = NULL;
  LcCounters counters = { 0, 0, 0 };

  declarations = lc_store_list (store, LC_TYPE_DECLARATION, "convention_id", convention_id, error);
  if (declarations == NULL)
    return FALSE;

  lc_json_writer_set_member_name (writer->json, "declarations");
  lc_json_writer_begin_array (writer->json);
  for (guint d = 0; d < g_list_model_get_n_items (G_LIST_MODEL (declarations)); d++)
    {
      g_autoptr(LcRecord) declaration = g_list_model_get_item (G_LIST_MODEL (declarations), d);
      gint64 id = lc_record_get_id (declaration);
      g_autoptr(GListStore) sections = NULL;
      g_autoptr(GListStore) amendments = NULL;
      g_autoptr(GPtrArray) clause_lists = g_ptr_array_new_with_free_func (g_object_unref);

      lc_io_give_local_id (writer, declaration, "declaration", d + 1);
      sections = lc_store_list (store, LC_TYPE_DECLARATION_SECTION, "declaration_id", id, error);
      amendments = sections ? lc_store_list (store, LC_TYPE_AMENDMENT, "declaration_id", id, error) : NULL;
      if (amendments == NULL)
        return FALSE;
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sections)); i++)
        {
          g_autoptr(LcRecord) section = g_list_model_get_item (G_LIST_MODEL (sections), i);
          GListStore *clauses = lc_store_list (store, LC_TYPE_CLAUSE, "section_id", lc_record_get_id (section), error);

          if (clauses == NULL)
            return FALSE;
          g_ptr_array_add (clause_lists, clauses);
        }

      if (!number_declaration (writer, store, G_LIST_MODEL (sections), clause_lists,
                               G_LIST_MODEL (amendments), &counters, error))
        return FALSE;

      lc_json_writer_begin_object (writer->json);
      lc_io_add_text (writer, "id", lc_io_local_id (writer, "declaration", id));
      if (!lc_io_add_uid (writer, LC_TYPE_DECLARATION, id, error))
        return FALSE;
      lc_io_add_bilingual (writer, declaration, "title");
      if (!write_sections (writer, G_LIST_MODEL (sections), clause_lists, error)
          || !write_amendments (writer, store, G_LIST_MODEL (amendments), error)
          || !write_versions (writer, store, id, error))
        return FALSE;
      lc_json_writer_end_object (writer->json);
    }
  lc_json_writer_end_array (writer->json);

  return TRUE;
}
