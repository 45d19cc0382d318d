/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-convention-io-declarations-private.h"
#include "lc-error.h"

/* Declarations in the convention file, from format version 2 (see
 * docs/convention-format.md, "Version 2: declarations").
 *
 * The file holds what the database holds: the base text (sections and
 * clause rows, removed ones included), the amendments with their status,
 * and each published version as it was frozen. Reading checks on the file
 * all that can be checked there and queues the records so that every
 * reference points back: a clause an amendment introduced comes after its
 * amendment, an amendment after the clause it changes, which is why
 * amendments are listed in number order. Once the records are stored, the
 * versions are frozen again with lc_declaration_freeze_text() (so they are
 * the same texts, and the store's triggers keep them so), and the working
 * text is computed to check that the accepted amendments still apply. */

/* The amendments are read in lc-convention-io-amendments.c, with the state
 * of reading in lc-convention-io-declarations-private.h; the writer is
 * lc-convention-io-declarations-write.c. */

/* What reading a version's sections and clauses needs to know. */
typedef struct
{
  LcIoDeclaration *declaration;
  LcIoVersion     *version;
  LcTextSection   *section;
  GHashTable      *seen_sections;  /* LcRecord* */
  GHashTable      *seen_clauses;   /* LcRecord* */
} LcVersionReading;

typedef struct
{
  LcIoDeclaration *declaration;
  LcRecord        *section;
} LcSectionReading;

static void
io_clause_free (gpointer data)
{
  LcIoClause *clause = data;

  g_clear_pointer (&clause->detached, lc_io_pending_free);
  g_free (clause->label);
  g_free (clause);
}

static void
io_amendment_free (gpointer data)
{
  LcIoAmendment *amendment = data;

  g_free (amendment->label);
  g_free (amendment);
}

static void
io_version_free (gpointer data)
{
  LcIoVersion *version = data;

  lc_declaration_text_unref (version->text);
  g_ptr_array_unref (version->sections);
  g_ptr_array_unref (version->clauses);
  g_clear_pointer (&version->published, g_date_time_unref);
  g_free (version);
}

static void
io_declaration_free (gpointer data)
{
  LcIoDeclaration *declaration = data;

  g_hash_table_unref (declaration->amendment_ids);
  g_ptr_array_unref (declaration->amendments);
  g_ptr_array_unref (declaration->clauses);
  g_ptr_array_unref (declaration->versions);
  g_free (declaration);
}

LcIoDeclarations *
lc_io_declarations_state (LcReader *reader)
{
  LcIoDeclarations *state = reader->declarations;

  if (state == NULL)
    {
      state = g_new0 (LcIoDeclarations, 1);
      state->list = g_ptr_array_new_with_free_func (io_declaration_free);
      state->declaration_ids = g_hash_table_new (g_str_hash, g_str_equal);
      state->section_ids = g_hash_table_new (g_str_hash, g_str_equal);
      state->section_owner = g_hash_table_new (NULL, NULL);
      state->clause_ids = g_hash_table_new (g_str_hash, g_str_equal);
      state->clauses = g_hash_table_new_full (NULL, NULL, NULL, io_clause_free);
      reader->declarations = state;
    }

  return state;
}

void
lc_io_reader_clear_declarations (LcReader *reader)
{
  LcIoDeclarations *state = reader->declarations;

  if (state == NULL)
    return;

  g_ptr_array_unref (state->list);
  g_hash_table_unref (state->declaration_ids);
  g_hash_table_unref (state->section_ids);
  g_hash_table_unref (state->section_owner);
  g_hash_table_unref (state->clause_ids);
  g_hash_table_unref (state->clauses);
  g_free (state);
  reader->declarations = NULL;
}

/* Reading */

/* A date and time with its UTC offset: without one, the same text would
 * mean another moment on another computer. */
gboolean
lc_io_read_timestamp (LcReader    *reader,
                      JsonObject  *object,
                      const char  *label,
                      const char  *member,
                      GDateTime  **out,
                      GError     **error)
{
  const char *text;

  if (!lc_io_read_string (reader, object, label, member, TRUE, &text, error))
    return FALSE;

  if (!g_regex_match_simple ("(Z|z|[+-][0-9]{2}(:?[0-9]{2})?)$", text, 0, 0)
      || (*out = g_date_time_new_from_iso8601 (text, NULL)) == NULL)
    {
      lc_io_set_invalid (reader, error, label, member,
                         _("“%s” is not a date and time written as ISO 8601 with its UTC offset "
                           "(such as 2023-05-10T11:30:00+03:00)"), text);
      return FALSE;
    }

  return TRUE;
}

/* A reference that may be null or absent (*out = NULL) or a local id. */
gboolean
lc_io_read_optional_id (LcReader     *reader,
                        JsonObject   *object,
                        const char   *label,
                        const char   *member,
                        const char   *array,
                        const char  **out,
                        GError      **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!lc_io_is_string (node) || *json_node_get_string (node) == '\0'
      || !g_utf8_validate (json_node_get_string (node), -1, NULL))
    {
      /* Translators: %s is the name of a list in the file, such as “people” */
      lc_io_set_invalid (reader, error, label, member, _("expected the id of an entry of “%s”"), array);
      return FALSE;
    }

  *out = json_node_get_string (node);
  return TRUE;
}

/* A clause of @declaration named by @member; clauses of other
 * declarations are refused by name. */
gboolean
lc_io_read_clause_ref (LcReader          *reader,
                       JsonObject        *object,
                       const char        *label,
                       const char        *member,
                       LcIoDeclaration   *declaration,
                       LcIoClause       **out,
                       GError           **error)
{
  LcIoDeclarations *state = lc_io_declarations_state (reader);
  const char *id;
  LcRecord *record;

  if (!lc_io_read_optional_id (reader, object, label, member, "clauses", &id, error))
    return FALSE;
  if (id == NULL)
    {
      /* Translators: %s is the name of a list in the file, such as “people” */
      lc_io_set_invalid (reader, error, label, member,
                         _("required, but missing (the id of an entry of “%s”)"), "clauses");
      return FALSE;
    }

  record = g_hash_table_lookup (state->clause_ids, id);
  if (record == NULL)
    {
      /* Translators: the first %s is an id such as “person-4”, the second the
       * name of a list in the file, such as “people” */
      lc_io_set_invalid (reader, error, label, member, _("there is no “%s” in “%s”"), id, "clauses");
      return FALSE;
    }

  *out = g_hash_table_lookup (state->clauses, record);
  if ((*out)->declaration != declaration)
    {
      /* Translators: %s is the id of a clause, such as “clause-4” */
      lc_io_set_invalid (reader, error, label, member, _("“%s” is a clause of another declaration"), id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_clause (LcReader    *reader,
             JsonObject  *object,
             const char  *label,
             guint        index,
             gpointer     user_data,
             GError     **error)
{
  LcSectionReading *reading = user_data;
  LcIoDeclarations *state = lc_io_declarations_state (reader);
  LcIoClause *clause = g_new0 (LcIoClause, 1);
  LcPending *pending;
  gboolean numbered, removed;

  clause->declaration = reading->declaration;
  clause->section = reading->section;
  clause->label = g_strdup (label);
  clause->listed = TRUE;

  if (!lc_io_read_optional_id (reader, object, label, "introduced_by", "amendments",
                         &clause->introduced_by, error))
    {
      io_clause_free (clause);
      return FALSE;
    }

  /* A clause an amendment introduced waits for that amendment. */
  if (clause->introduced_by == NULL)
    pending = lc_io_add_pending (reader, LC_TYPE_CLAUSE);
  else
    {
      pending = clause->detached = g_new0 (LcPending, 1);
      pending->record = g_object_new (LC_TYPE_CLAUSE, NULL);
    }
  clause->record = pending->record;
  g_hash_table_insert (state->clauses, clause->record, clause);
  g_ptr_array_add (reading->declaration->clauses, clause);

  lc_io_add_ref (pending, "section-id", reading->section);
  /* The file's order is the clauses' order. */
  lc_record_set_int (clause->record, "position", index);

  if (!lc_io_read_id (reader, object, label, "clauses", state->clause_ids, clause->record, error)
      || !lc_io_read_uid (reader, object, label, pending, error)
      || !lc_io_read_bilingual (reader, object, label, "text", clause->record, error)
      || !lc_io_read_boolean (reader, object, label, "numbered", &numbered, error)
      || !lc_io_read_boolean (reader, object, label, "removed", &removed, error))
    return FALSE;

  lc_record_set_int (clause->record, "numbered", numbered);
  lc_record_set_int (clause->record, "state", removed ? LC_CLAUSE_STATE_REMOVED : LC_CLAUSE_STATE_BASE);
  return TRUE;
}

static gboolean
read_section (LcReader    *reader,
              JsonObject  *object,
              const char  *label,
              guint        index,
              gpointer     user_data,
              GError     **error)
{
  LcIoDeclaration *declaration = user_data;
  LcIoDeclarations *state = lc_io_declarations_state (reader);
  LcPending *pending = lc_io_add_pending (reader, LC_TYPE_DECLARATION_SECTION);
  LcSectionReading reading = { declaration, pending->record };
  gboolean removed;

  lc_io_add_ref (pending, "declaration-id", declaration->record);
  lc_record_set_int (pending->record, "position", index);
  g_hash_table_insert (state->section_owner, pending->record, declaration);

  if (!lc_io_read_id (reader, object, label, "sections", state->section_ids, pending->record, error)
      || !lc_io_read_uid (reader, object, label, pending, error)
      || !lc_io_read_bilingual (reader, object, label, "title", pending->record, error)
      || !lc_io_read_boolean (reader, object, label, "removed", &removed, error))
    return FALSE;
  lc_record_set_int (pending->record, "removed", removed);

  return lc_io_read_list (reader, label, "clauses", json_object_get_member (object, "clauses"),
                          "text", read_clause, &reading, error);
}

/* A bilingual member read through a scratch record, for texts that are
 * not records of their own (a version's sections and clauses). */
static gboolean
read_pair (LcReader     *reader,
           JsonObject   *object,
           const char   *label,
           const char   *field,
           GType         scratch_type,
           char        **ar,
           char        **en,
           GError      **error)
{
  g_autoptr(LcRecord) scratch = g_object_new (scratch_type, NULL);
  g_autofree char *ar_property = g_strconcat (field, "-ar", NULL);
  g_autofree char *en_property = g_strconcat (field, "-en", NULL);

  if (!lc_io_read_bilingual (reader, object, label, field, scratch, error))
    return FALSE;

  g_free (*ar);
  g_free (*en);
  *ar = g_strdup (lc_record_get_string (scratch, ar_property));
  *en = g_strdup (lc_record_get_string (scratch, en_property));
  return TRUE;
}

static gboolean
read_version_clause (LcReader    *reader,
                     JsonObject  *object,
                     const char  *label,
                     guint        index,
                     gpointer     user_data,
                     GError     **error)
{
  LcVersionReading *reading = user_data;
  LcIoClause *clause;
  LcTextClause *text;
  gboolean numbered;

  if (!lc_io_read_clause_ref (reader, object, label, "clause", reading->declaration, &clause, error))
    return FALSE;

  if (!clause->listed)
    {
      lc_io_set_invalid (reader, error, label, "clause",
                         _("“%s” is the clause a pending amendment would add, which is in no "
                           "version"), json_object_get_string_member (object, "clause"));
      return FALSE;
    }
  if (!g_hash_table_add (reading->seen_clauses, clause->record))
    {
      /* Translators: %s is the id of a clause or section, such as “clause-4” */
      lc_io_set_invalid (reader, error, label, "clause", _("“%s” is already in this version"),
                         json_object_get_string_member (object, "clause"));
      return FALSE;
    }

  text = lc_text_section_add_clause (reading->section, 0, NULL, NULL);
  if (!read_pair (reader, object, label, "text", LC_TYPE_VERSION_CLAUSE, &text->text_ar, &text->text_en, error)
      || !lc_io_read_boolean (reader, object, label, "numbered", &numbered, error))
    return FALSE;

  text->numbered = numbered;
  g_ptr_array_add (reading->version->clauses, clause->record);
  return TRUE;
}

static gboolean
read_version_section (LcReader    *reader,
                      JsonObject  *object,
                      const char  *label,
                      guint        index,
                      gpointer     user_data,
                      GError     **error)
{
  LcVersionReading *reading = user_data;
  LcIoDeclarations *state = lc_io_declarations_state (reader);
  LcRecord *section;
  const char *id;

  if (!lc_io_read_ref (reader, object, label, "section", "sections", state->section_ids, TRUE,
                       &section, error))
    return FALSE;

  id = json_object_get_string_member (object, "section");
  if (g_hash_table_lookup (state->section_owner, section) != reading->declaration)
    {
      /* Translators: %s is the id of a section, such as “section-2” */
      lc_io_set_invalid (reader, error, label, "section", _("“%s” is a section of another declaration"), id);
      return FALSE;
    }
  if (!g_hash_table_add (reading->seen_sections, section))
    {
      /* Translators: %s is the id of a clause or section, such as “clause-4” */
      lc_io_set_invalid (reader, error, label, "section", _("“%s” is already in this version"), id);
      return FALSE;
    }

  reading->section = lc_declaration_text_add_section (reading->version->text, 0, NULL, NULL);
  g_ptr_array_add (reading->version->sections, section);
  if (!read_pair (reader, object, label, "title", LC_TYPE_VERSION_SECTION,
                  &reading->section->title_ar, &reading->section->title_en, error))
    return FALSE;

  return lc_io_read_list (reader, label, "clauses", json_object_get_member (object, "clauses"),
                          "text", read_version_clause, reading, error);
}

static gboolean
read_version (LcReader    *reader,
              JsonObject  *object,
              const char  *label,
              guint        index,
              gpointer     user_data,
              GError     **error)
{
  LcIoDeclaration *declaration = user_data;
  LcIoVersion *version = g_new0 (LcIoVersion, 1);
  g_autoptr(GHashTable) seen_sections = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) seen_clauses = g_hash_table_new (NULL, NULL);
  LcVersionReading reading = { declaration, version, NULL, seen_sections, seen_clauses };
  gint64 number;

  version->text = lc_declaration_text_new (0, index + 1);
  version->sections = g_ptr_array_new ();
  version->clauses = g_ptr_array_new ();
  g_ptr_array_add (declaration->versions, version);

  if (!lc_io_read_int (reader, object, label, "number", 1, G_MAXINT, FALSE,
                       _("expected a positive whole number"), &number, error))
    return FALSE;
  if (number != index + 1)
    {
      lc_io_set_invalid (reader, error, label, "number",
                         _("expected %u: versions are numbered 1, 2, … in the order they are listed"),
                         index + 1);
      return FALSE;
    }

  if (!read_pair (reader, object, label, "label", LC_TYPE_DECLARATION_VERSION,
                  &version->text->label_ar, &version->text->label_en, error)
      || !lc_io_read_timestamp (reader, object, label, "published", &version->published, error)
      || !read_pair (reader, object, label, "title", LC_TYPE_DECLARATION_VERSION,
                     &version->text->title_ar, &version->text->title_en, error))
    return FALSE;

  return lc_io_read_list (reader, label, "sections", json_object_get_member (object, "sections"),
                          "title", read_version_section, &reading, error);
}

static gboolean
read_declaration (LcReader    *reader,
                  JsonObject  *object,
                  const char  *label,
                  guint        index,
                  gpointer     user_data,
                  GError     **error)
{
  LcIoDeclarations *state = lc_io_declarations_state (reader);
  LcIoDeclaration *declaration = g_new0 (LcIoDeclaration, 1);
  LcPending *pending = lc_io_add_pending (reader, LC_TYPE_DECLARATION);
  JsonNode *versions;

  declaration->record = pending->record;
  declaration->amendment_ids = g_hash_table_new (g_str_hash, g_str_equal);
  declaration->amendments = g_ptr_array_new_with_free_func (io_amendment_free);
  declaration->clauses = g_ptr_array_new ();
  declaration->versions = g_ptr_array_new_with_free_func (io_version_free);
  g_ptr_array_add (state->list, declaration);

  lc_io_add_ref (pending, "convention-id", reader->convention);
  lc_record_set_int (pending->record, "position", index);

  if (!lc_io_read_id (reader, object, label, "declarations", state->declaration_ids, pending->record, error)
      || !lc_io_read_uid (reader, object, label, pending, error)
      || !lc_io_read_bilingual (reader, object, label, "title", pending->record, error)
      || !lc_io_read_list (reader, label, "sections", json_object_get_member (object, "sections"),
                           "title", read_section, declaration, error))
    return FALSE;

  /* Versions before amendments, which name them by number. */
  versions = json_object_get_member (object, "versions");
  if (!lc_io_read_list (reader, label, "versions", versions, "label", read_version, declaration, error))
    return FALSE;
  declaration->n_versions = declaration->versions->len;

  if (!lc_io_read_list (reader, label, "amendments", json_object_get_member (object, "amendments"),
                        NULL, lc_io_read_amendment, declaration, error))
    return FALSE;

  for (guint i = 0; i < declaration->clauses->len; i++)
    {
      LcIoClause *clause = g_ptr_array_index (declaration->clauses, i);

      if (clause->introduced_by == NULL || clause->introducer != NULL)
        continue;

      if (g_hash_table_contains (declaration->amendment_ids, clause->introduced_by))
        /* Translators: %s is the id of an amendment, such as “amendment-3” */
        lc_io_set_invalid (reader, error, clause->label, "introduced_by",
                           _("“%s” is not an insert-after amendment in a version whose "
                             "“new_clause” is this clause"), clause->introduced_by);
      else
        /* Translators: the first %s is an id such as “person-4”, the second the
         * name of a list in the file, such as “people” */
        lc_io_set_invalid (reader, error, clause->label, "introduced_by", _("there is no “%s” in “%s”"),
                           clause->introduced_by, "amendments");
      return FALSE;
    }

  return TRUE;
}

gboolean
lc_io_read_declarations (LcReader  *reader,
                         JsonNode  *node,
                         GError   **error)
{
  lc_io_declarations_state (reader);
  return lc_io_read_list (reader, NULL, "declarations", node, "title", read_declaration, NULL, error);
}

/* Once the records are stored: the versions, then the working texts. */
gboolean
lc_io_restore_declarations (LcReader  *reader,
                            LcStore   *store,
                            GError   **error)
{
  LcIoDeclarations *state = reader->declarations;

  if (state == NULL)
    return TRUE;

  for (guint d = 0; d < state->list->len; d++)
    {
      LcIoDeclaration *declaration = g_ptr_array_index (state->list, d);
      gint64 declaration_id = lc_record_get_id (declaration->record);
      g_autoptr(LcDeclarationText) working = NULL;

      for (guint v = 0; v < declaration->versions->len; v++)
        {
          LcIoVersion *version = g_ptr_array_index (declaration->versions, v);
          g_autoptr(LcDeclarationVersion) stored = NULL;
          guint n = 0;

          version->text->declaration_id = declaration_id;
          for (guint i = 0; i < version->text->sections->len; i++)
            {
              LcTextSection *section = g_ptr_array_index (version->text->sections, i);

              section->key = lc_record_get_id (g_ptr_array_index (version->sections, i));
              for (guint j = 0; j < section->clauses->len; j++)
                ((LcTextClause *) g_ptr_array_index (section->clauses, j))->key =
                  lc_record_get_id (g_ptr_array_index (version->clauses, n++));
            }

          stored = lc_declaration_freeze_text (store, version->text, version->text->label_ar,
                                               version->text->label_en, version->published, error);
          if (stored == NULL)
            return FALSE;
        }

      working = lc_declaration_get_working_text (store, declaration_id, error);
      if (working == NULL)
        return FALSE;
      if (working->skipped->len > 0)
        {
          gint64 skipped = g_array_index (working->skipped, gint64, 0);

          for (guint i = 0; i < declaration->amendments->len; i++)
            {
              LcIoAmendment *amendment = g_ptr_array_index (declaration->amendments, i);

              if (lc_record_get_id (amendment->record) == skipped)
                {
                  lc_io_set_invalid (reader, error, amendment->label, "clause",
                                     _("the amendment is accepted, but its clause is not in the "
                                       "working text when its turn comes (an earlier accepted "
                                       "amendment deletes it, or its section is removed)"));
                  return FALSE;
                }
            }

          /* Only the amendments just read are in the declaration. */
          g_set_error (error, LC_ERROR, LC_ERROR_DATABASE,
                       "accepted amendment %" G_GINT64_FORMAT " does not apply", skipped);
          return FALSE;
        }
    }

  return TRUE;
}
