/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-declaration-private.h"
#include "lc-error.h"

/* The texts of a declaration: the LcDeclarationText structure, the working
 * text computed from the base text and the accepted amendments, and the
 * text of a published version read back from its frozen rows. */

G_DEFINE_BOXED_TYPE (LcDeclarationText, lc_declaration_text,
                     lc_declaration_text_ref, lc_declaration_text_unref)

/* g_set_str() is newer than the GLib 2.74 floor. */
static void
set_str (char       **slot,
         const char  *value)
{
  char *copy = g_strdup (value ? value : "");

  g_free (*slot);
  *slot = copy;
}

static void
text_clause_free (gpointer data)
{
  LcTextClause *clause = data;

  g_free (clause->text_ar);
  g_free (clause->text_en);
  g_free (clause);
}

static void
text_section_free (gpointer data)
{
  LcTextSection *section = data;

  g_free (section->title_ar);
  g_free (section->title_en);
  g_ptr_array_unref (section->clauses);
  g_free (section);
}

static void
text_clear (gpointer data)
{
  LcDeclarationText *self = data;

  g_free (self->title_ar);
  g_free (self->title_en);
  g_free (self->label_ar);
  g_free (self->label_en);
  g_free (self->published);
  g_ptr_array_unref (self->sections);
  g_array_unref (self->skipped);
}

/* Texts */

/**
 * lc_declaration_text_new:
 * @declaration_id: the declaration
 * @version: its version number, or 0 for a working text
 *
 * Returns: (transfer full): an empty text, to fill with
 *   lc_declaration_text_add_section() (an importer builds versions so)
 */
LcDeclarationText *
lc_declaration_text_new (gint64 declaration_id,
                         int    version)
{
  LcDeclarationText *self = g_atomic_rc_box_new0 (LcDeclarationText);

  self->declaration_id = declaration_id;
  self->version = version;
  self->title_ar = g_strdup ("");
  self->title_en = g_strdup ("");
  self->label_ar = g_strdup ("");
  self->label_en = g_strdup ("");
  self->sections = g_ptr_array_new_with_free_func (text_section_free);
  self->skipped = g_array_new (FALSE, FALSE, sizeof (gint64));

  return self;
}

/**
 * lc_declaration_text_ref:
 * @self: a text
 *
 * Returns: (transfer full): @self, with one more reference
 */
LcDeclarationText *
lc_declaration_text_ref (LcDeclarationText *self)
{
  return g_atomic_rc_box_acquire (self);
}

/**
 * lc_declaration_text_unref:
 * @self: a text
 *
 * Drops a reference; the last one frees the text.
 */
void
lc_declaration_text_unref (LcDeclarationText *self)
{
  g_atomic_rc_box_release_full (self, text_clear);
}

/**
 * lc_declaration_text_add_section:
 * @self: a text being built
 * @key: the section's id
 * @title_ar: (nullable): its Arabic title
 * @title_en: (nullable): its English title
 *
 * Returns: (transfer none): the new last section
 */
LcTextSection *
lc_declaration_text_add_section (LcDeclarationText *self,
                                 gint64             key,
                                 const char        *title_ar,
                                 const char        *title_en)
{
  LcTextSection *section = g_new0 (LcTextSection, 1);

  section->key = key;
  section->title_ar = g_strdup (title_ar ? title_ar : "");
  section->title_en = g_strdup (title_en ? title_en : "");
  section->clauses = g_ptr_array_new_with_free_func (text_clause_free);
  g_ptr_array_add (self->sections, section);

  return section;
}

static LcTextClause *
text_clause_new (gint64      key,
                 const char *text_ar,
                 const char *text_en)
{
  LcTextClause *clause = g_new0 (LcTextClause, 1);

  clause->key = key;
  clause->text_ar = g_strdup (text_ar ? text_ar : "");
  clause->text_en = g_strdup (text_en ? text_en : "");

  return clause;
}

/**
 * lc_text_section_add_clause:
 * @section: a section of a text being built
 * @key: the clause's id
 * @text_ar: (nullable): its Arabic text
 * @text_en: (nullable): its English text
 *
 * Returns: (transfer none): the new last clause of @section
 */
LcTextClause *
lc_text_section_add_clause (LcTextSection *section,
                            gint64         key,
                            const char    *text_ar,
                            const char    *text_en)
{
  LcTextClause *clause = text_clause_new (key, text_ar, text_en);

  g_ptr_array_add (section->clauses, clause);
  return clause;
}

static gboolean
find_clause (LcDeclarationText *self,
             gint64             key,
             guint             *section_index,
             guint             *clause_index)
{
  for (guint i = 0; i < self->sections->len; i++)
    {
      LcTextSection *section = g_ptr_array_index (self->sections, i);

      for (guint j = 0; j < section->clauses->len; j++)
        if (((LcTextClause *) g_ptr_array_index (section->clauses, j))->key == key)
          {
            *section_index = i;
            *clause_index = j;
            return TRUE;
          }
    }

  return FALSE;
}

/**
 * lc_declaration_text_find_clause:
 * @self: a text
 * @key: a clause key
 * @section: (out) (optional) (transfer none): the clause's section
 *
 * Returns: (transfer none) (nullable): the clause, or %NULL when @self has
 *   no clause @key
 */
const LcTextClause *
lc_declaration_text_find_clause (LcDeclarationText    *self,
                                 gint64                key,
                                 const LcTextSection **section)
{
  guint i, j;
  LcTextSection *found;

  if (!find_clause (self, key, &i, &j))
    return NULL;

  found = g_ptr_array_index (self->sections, i);
  if (section)
    *section = found;
  return g_ptr_array_index (found->clauses, j);
}

/**
 * lc_declaration_text_count_clauses:
 * @self: a text
 *
 * Returns: how many clauses @self has, over all its sections
 */
guint
lc_declaration_text_count_clauses (LcDeclarationText *self)
{
  guint n = 0;

  for (guint i = 0; i < self->sections->len; i++)
    n += ((LcTextSection *) g_ptr_array_index (self->sections, i))->clauses->len;

  return n;
}

/**
 * lc_declaration_text_equal:
 * @a: a text
 * @b: another text
 *
 * Compares what a reader sees: the title, the sections (keys and titles)
 * and the clauses (keys, texts and numbering), in order. Version numbers, labels and
 * dates are not compared.
 *
 * Returns: whether @a and @b read the same
 */
gboolean
lc_declaration_text_equal (LcDeclarationText *a,
                           LcDeclarationText *b)
{
  if (g_strcmp0 (a->title_ar, b->title_ar) != 0 || g_strcmp0 (a->title_en, b->title_en) != 0
      || a->sections->len != b->sections->len)
    return FALSE;

  for (guint i = 0; i < a->sections->len; i++)
    {
      LcTextSection *sa = g_ptr_array_index (a->sections, i);
      LcTextSection *sb = g_ptr_array_index (b->sections, i);

      if (sa->key != sb->key || g_strcmp0 (sa->title_ar, sb->title_ar) != 0
          || g_strcmp0 (sa->title_en, sb->title_en) != 0 || sa->clauses->len != sb->clauses->len)
        return FALSE;

      for (guint j = 0; j < sa->clauses->len; j++)
        {
          LcTextClause *ca = g_ptr_array_index (sa->clauses, j);
          LcTextClause *cb = g_ptr_array_index (sb->clauses, j);

          if (ca->key != cb->key || ca->numbered != cb->numbered
              || g_strcmp0 (ca->text_ar, cb->text_ar) != 0
              || g_strcmp0 (ca->text_en, cb->text_en) != 0)
            return FALSE;
        }
    }

  return TRUE;
}

/* Returns FALSE when the amendment's clause is not in @text. */
static gboolean
apply_amendment (LcDeclarationText *text,
                 LcAmendment       *amendment,
                 GHashTable        *pending)
{
  LcRecord *record = LC_RECORD (amendment);
  gint64 id = lc_record_get_id (record);
  const char *ar = lc_record_get_string (record, "text-ar");
  const char *en = lc_record_get_string (record, "text-en");
  LcTextSection *section;
  LcTextClause *clause;
  guint i, j;

  if (!find_clause (text, lc_record_get_int (record, "clause-id"), &i, &j))
    return FALSE;

  section = g_ptr_array_index (text->sections, i);
  clause = g_ptr_array_index (section->clauses, j);

  switch ((LcAmendmentKind) lc_record_get_int (record, "kind"))
    {
    case LC_AMENDMENT_KIND_REPLACE:
      /* An empty language keeps the old text: amendments are often
       * proposed in one language and translated later. */
      if (*ar != '\0')
        set_str (&clause->text_ar, ar);
      if (*en != '\0')
        set_str (&clause->text_en, en);
      clause->amendment_id = id;
      return TRUE;

    case LC_AMENDMENT_KIND_INSERT_AFTER:
      {
        gpointer key = g_hash_table_lookup (pending, &id);

        if (key == NULL)
          return FALSE;
        gboolean numbered = clause->numbered;

        /* A clause inserted among numbered ones (objectives) is numbered too. */
        clause = text_clause_new ((gint64) GPOINTER_TO_SIZE (key), ar, en);
        clause->numbered = numbered;
        clause->amendment_id = id;
        g_ptr_array_insert (section->clauses, (int) j + 1, clause);
      }
      return TRUE;

    case LC_AMENDMENT_KIND_DELETE:
      g_ptr_array_remove_index (section->clauses, j);
      return TRUE;

    default:
      g_return_val_if_reached (FALSE);
    }
}

LcDeclarationText *
lc_declaration_compute_working_text (LcStore            *store,
                                     gint64              declaration_id,
                                     gint64              override_id,
                                     LcAmendmentStatus   override_status,
                                     GError            **error)
{
  g_autoptr(LcDeclaration) declaration = NULL;
  g_autoptr(LcDeclarationText) text = NULL;
  g_autoptr(GListStore) sections = NULL;
  g_autoptr(GListStore) amendments = NULL;
  g_autoptr(GHashTable) pending = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  declaration = lc_store_get (store, LC_TYPE_DECLARATION, declaration_id, error);
  if (declaration == NULL)
    return NULL;

  text = lc_declaration_text_new (declaration_id, 0);
  set_str (&text->title_ar, lc_record_get_string (LC_RECORD (declaration), "title-ar"));
  set_str (&text->title_en, lc_record_get_string (LC_RECORD (declaration), "title-en"));

  sections = lc_store_list (store, LC_TYPE_DECLARATION_SECTION, "declaration_id", declaration_id, error);
  if (sections == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sections)); i++)
    {
      g_autoptr(LcRecord) section = g_list_model_get_item (G_LIST_MODEL (sections), i);
      g_autoptr(GListStore) clauses = NULL;
      LcTextSection *text_section;

      if (lc_record_get_int (section, "removed"))
        continue;

      clauses = lc_store_list (store, LC_TYPE_CLAUSE, "section_id", lc_record_get_id (section), error);
      if (clauses == NULL)
        return NULL;

      text_section = lc_declaration_text_add_section (text, lc_record_get_id (section),
                                                      lc_record_get_string (section, "title-ar"),
                                                      lc_record_get_string (section, "title-en"));

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (clauses)); j++)
        {
          g_autoptr(LcRecord) clause = g_list_model_get_item (G_LIST_MODEL (clauses), j);
          gint64 amendment = lc_record_get_int (clause, "amendment-id");

          switch ((LcClauseState) lc_record_get_int (clause, "state"))
            {
            case LC_CLAUSE_STATE_BASE:
              lc_text_section_add_clause (text_section, lc_record_get_id (clause),
                                          lc_record_get_string (clause, "text-ar"),
                                          lc_record_get_string (clause, "text-en"))
                ->numbered = lc_record_get_int (clause, "numbered") != 0;
              break;
            case LC_CLAUSE_STATE_PENDING:
              if (amendment != 0)
                g_hash_table_insert (pending, g_memdup2 (&amendment, sizeof amendment),
                                     GSIZE_TO_POINTER ((gsize) lc_record_get_id (clause)));
              break;
            case LC_CLAUSE_STATE_REMOVED:
            default:
              break;
            }
        }
    }

  amendments = lc_store_list (store, LC_TYPE_AMENDMENT, "declaration_id", declaration_id, error);
  if (amendments == NULL)
    return NULL;

  /* In amendment number order: a later amendment may change a clause an
   * earlier one inserted. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (amendments)); i++)
    {
      g_autoptr(LcAmendment) amendment = g_list_model_get_item (G_LIST_MODEL (amendments), i);
      gint64 id = lc_record_get_id (LC_RECORD (amendment));
      LcAmendmentStatus status = lc_record_get_int (LC_RECORD (amendment), "status");

      if (id == override_id)
        status = override_status;
      if (status != LC_AMENDMENT_STATUS_ACCEPTED
          || lc_record_get_int (LC_RECORD (amendment), "incorporated-in") != 0)
        continue;

      if (!apply_amendment (text, amendment, pending))
        g_array_append_val (text->skipped, id);
    }

  return g_steal_pointer (&text);
}

/**
 * lc_declaration_get_working_text:
 * @store: a store
 * @declaration_id: a declaration
 * @error: return location for a #GError
 *
 * Computes the working text: the base text with the accepted amendments not
 * yet in a version applied (see the top of lc-declaration.h).
 *
 * Returns: (transfer full) (nullable): the text, with version 0
 */
LcDeclarationText *
lc_declaration_get_working_text (LcStore  *store,
                                 gint64    declaration_id,
                                 GError  **error)
{
  return lc_declaration_compute_working_text (store, declaration_id, 0, 0, error);
}

/**
 * lc_declaration_get_version_text:
 * @store: a store
 * @declaration_id: a declaration
 * @number: a version number, 1 for the first
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the text of published version
 *   @number, or %NULL with %LC_ERROR_NOT_FOUND when there is none
 */
LcDeclarationText *
lc_declaration_get_version_text (LcStore  *store,
                                 gint64    declaration_id,
                                 int       number,
                                 GError  **error)
{
  gint64 params[] = { declaration_id, number };
  gint64 version_id = 0;
  g_autoptr(LcRecord) version = NULL;
  g_autoptr(LcDeclarationText) text = NULL;
  g_autoptr(GListStore) sections = NULL;
  g_autoptr(GListStore) clauses = NULL;
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_int64_hash, g_int64_equal);

  if (!lc_declaration_query_int (store,
                                 "SELECT id FROM declaration_versions"
                                 " WHERE declaration_id = ? AND number = ?",
                                 params, G_N_ELEMENTS (params), &version_id, error))
    return NULL;

  if (version_id == 0)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_NOT_FOUND,
                   _("The declaration has no version %d."), number);
      return NULL;
    }

  version = lc_store_get (store, LC_TYPE_DECLARATION_VERSION, version_id, error);
  sections = version ? lc_store_list (store, LC_TYPE_VERSION_SECTION, "version_id", version_id, error) : NULL;
  clauses = sections ? lc_store_list (store, LC_TYPE_VERSION_CLAUSE, "version_id", version_id, error) : NULL;
  if (clauses == NULL)
    return NULL;

  text = lc_declaration_text_new (declaration_id, number);
  set_str (&text->title_ar, lc_record_get_string (version, "title-ar"));
  set_str (&text->title_en, lc_record_get_string (version, "title-en"));
  set_str (&text->label_ar, lc_record_get_string (version, "label-ar"));
  set_str (&text->label_en, lc_record_get_string (version, "label-en"));
  set_str (&text->published, lc_record_get_string (version, "published"));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (sections)); i++)
    {
      g_autoptr(LcRecord) row = g_list_model_get_item (G_LIST_MODEL (sections), i);
      LcTextSection *section;

      section = lc_declaration_text_add_section (text, lc_record_get_int (row, "section-id"),
                                                 lc_record_get_string (row, "title-ar"),
                                                 lc_record_get_string (row, "title-en"));
      g_hash_table_insert (by_key, &section->key, section);
    }

  /* Rows come in position order; each joins its own section. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (clauses)); i++)
    {
      g_autoptr(LcRecord) row = g_list_model_get_item (G_LIST_MODEL (clauses), i);
      gint64 section_key = lc_record_get_int (row, "section-id");
      LcTextSection *section = g_hash_table_lookup (by_key, &section_key);

      if (section == NULL)
        break;
      lc_text_section_add_clause (section, lc_record_get_int (row, "clause-id"),
                                  lc_record_get_string (row, "text-ar"),
                                  lc_record_get_string (row, "text-en"))
        ->numbered = lc_record_get_int (row, "numbered") != 0;
    }

  /* The counts were fixed when the version was published; anything else
   * means the file was damaged or edited by another program. */
  if (text->sections->len != lc_record_get_int (version, "section-count")
      || lc_declaration_text_count_clauses (text) != lc_record_get_int (version, "clause-count")
      || lc_declaration_text_count_clauses (text) != g_list_model_get_n_items (G_LIST_MODEL (clauses)))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_NOT_A_DATABASE,
                   _("Version %d of the declaration is incomplete in the library: the file "
                     "was damaged or changed by another program."), number);
      return NULL;
    }

  return g_steal_pointer (&text);
}

/* Reads the text and fails when it cannot be published or amended:
 * accepted amendments that no longer apply would silently drop out. */
LcDeclarationText *
lc_declaration_get_checked_working_text (LcStore  *store,
                                         gint64    declaration_id,
                                         GError  **error)
{
  g_autoptr(LcDeclarationText) text = lc_declaration_get_working_text (store, declaration_id, error);

  if (text != NULL && text->skipped->len > 0)
    {
      g_autoptr(LcAmendment) amendment = lc_store_get (store, LC_TYPE_AMENDMENT,
                                                       g_array_index (text->skipped, gint64, 0), NULL);

      g_set_error (error, LC_ERROR, LC_ERROR_CONSTRAINT,
                   _("Accepted amendment %d no longer applies: the clause it changes is not in "
                     "the working text. Reopen it or remove the obstacle first."),
                   amendment ? (int) lc_record_get_int (LC_RECORD (amendment), "number") : 0);
      return NULL;
    }

  return g_steal_pointer (&text);
}

