/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-declaration-undo.h"

/*
 * Edits of declarations through the undo stack, as the Declaration page
 * makes them.
 *
 * The declaration API (lc-declaration.h) checks the rules of amendments and
 * removals and writes to the store itself, which the undo stack would not
 * see. So each rule-bound edit here is first made by that API inside a
 * transaction that is then rolled back (a dry run, which is where a refused
 * change gets its GError), and, when it passed, the same rows are written
 * through the undo stack, which can then undo and redo them. Publishing a
 * version is the exception: the store never lets a version go again, so it
 * is not undoable (see src/gui/declaration/lc-declaration-page.c).
 */

static gpointer
get_fresh (LcUndoStack  *undo,
           GType         type,
           gint64        id,
           GError      **error)
{
  return lc_store_get (lc_undo_stack_get_store (undo), type, id, error);
}

/**
 * lc_declaration_undo_set_text:
 * @undo: the undo stack
 * @type: the record class (a declaration, section or clause)
 * @id: the record
 * @field: its bilingual field, such as "text" or "title"
 * @ar: the Arabic text
 * @en: the English text
 * @label: the edit's name for Undo
 * @error: return location for a #GError
 *
 * Returns: %TRUE when stored (or when nothing changed)
 */
gboolean
lc_declaration_undo_set_text (LcUndoStack  *undo,
                              GType         type,
                              gint64        id,
                              const char   *field,
                              const char   *ar,
                              const char   *en,
                              const char   *label,
                              GError      **error)
{
  g_autoptr(LcRecord) stored = get_fresh (undo, type, id, error);
  g_autoptr(LcRecord) copy = NULL;

  if (stored == NULL)
    return FALSE;

  copy = lc_record_copy (stored);
  lc_record_set_text (copy, field, ar, en);
  return lc_undo_stack_update (undo, copy, label, error);
}

/* Ends a group of edits; when it failed half way, takes back what it
 * stored, so nothing is left half made (this only happens when the store
 * itself fails). */
static gboolean
end_group (LcUndoStack *undo,
           guint        n_before,
           gboolean     ok)
{
  lc_undo_stack_end_group (undo);
  if (!ok && lc_undo_stack_get_n_undo (undo) > n_before)
    lc_undo_stack_undo (undo, NULL);

  return ok;
}

static gint64
next_position (GListModel *list)
{
  guint n = g_list_model_get_n_items (list);
  g_autoptr(LcRecord) last = n > 0 ? g_list_model_get_item (list, n - 1) : NULL;

  return last ? lc_record_get_int (last, "position") + 1 : 0;
}

static gboolean
insert_empty_clause (LcUndoStack  *undo,
                     gint64        section_id,
                     gint64        position,
                     gboolean      numbered,
                     gint64       *clause_id,
                     GError      **error)
{
  g_autoptr(LcRecord) clause = g_object_new (LC_TYPE_CLAUSE, NULL);

  lc_record_set_int (clause, "section-id", section_id);
  lc_record_set_int (clause, "position", position);
  lc_record_set_int (clause, "numbered", numbered);
  if (!lc_undo_stack_insert (undo, clause, NULL, error))
    return FALSE;

  if (clause_id != NULL)
    *clause_id = lc_record_get_id (clause);
  return TRUE;
}

/**
 * lc_declaration_undo_new_declaration:
 * @undo: the undo stack
 * @convention_id: the convention
 * @declaration_id: (out) (optional): the new declaration
 * @error: return location for a #GError
 *
 * Adds a declaration, after the convention's others, with one section
 * holding one empty clause to start writing in.
 *
 * Returns: %TRUE when stored
 */
gboolean
lc_declaration_undo_new_declaration (LcUndoStack  *undo,
                                     gint64        convention_id,
                                     gint64       *declaration_id,
                                     GError      **error)
{
  LcStore *store = lc_undo_stack_get_store (undo);
  g_autoptr(LcRecord) declaration = g_object_new (LC_TYPE_DECLARATION, NULL);
  g_autoptr(LcRecord) section = g_object_new (LC_TYPE_DECLARATION_SECTION, NULL);
  g_autoptr(GListStore) existing = NULL;
  guint n_before;
  gboolean ok;

  existing = lc_store_list (store, LC_TYPE_DECLARATION, "convention_id", convention_id, error);
  if (existing == NULL)
    return FALSE;

  /* The document's own words in both languages, not the interface's. */
  lc_record_set_int (declaration, "convention-id", convention_id);
  lc_record_set_text (declaration, "title", "إعلان", "Declaration");
  lc_record_set_int (declaration, "position", next_position (G_LIST_MODEL (existing)));
  lc_record_set_text (section, "title", "الديباجة", "Preamble");

  n_before = lc_undo_stack_get_n_undo (undo);
  lc_undo_stack_begin_group (undo, _("New Declaration"));
  ok = lc_undo_stack_insert (undo, declaration, NULL, error);
  if (ok)
    {
      lc_record_set_int (section, "declaration-id", lc_record_get_id (declaration));
      ok = lc_undo_stack_insert (undo, section, NULL, error)
           && insert_empty_clause (undo, lc_record_get_id (section), 0, FALSE, NULL, error);
    }
  if (!end_group (undo, n_before, ok))
    return FALSE;
  if (declaration_id != NULL)
    *declaration_id = lc_record_get_id (declaration);

  return TRUE;
}

/**
 * lc_declaration_undo_add_section:
 * @undo: the undo stack
 * @declaration_id: the declaration
 * @error: return location for a #GError
 *
 * Adds a section at the end, with one empty clause.
 *
 * Returns: %TRUE when stored
 */
gboolean
lc_declaration_undo_add_section (LcUndoStack  *undo,
                                 gint64        declaration_id,
                                 GError      **error)
{
  LcStore *store = lc_undo_stack_get_store (undo);
  g_autoptr(LcRecord) section = g_object_new (LC_TYPE_DECLARATION_SECTION, NULL);
  g_autoptr(GListStore) sections = NULL;
  guint n_before;
  gboolean ok;

  sections = lc_store_list (store, LC_TYPE_DECLARATION_SECTION, "declaration_id", declaration_id, error);
  if (sections == NULL)
    return FALSE;

  lc_record_set_int (section, "declaration-id", declaration_id);
  lc_record_set_int (section, "position", next_position (G_LIST_MODEL (sections)));

  n_before = lc_undo_stack_get_n_undo (undo);
  lc_undo_stack_begin_group (undo, _("Add Section"));
  ok = lc_undo_stack_insert (undo, section, NULL, error)
       && insert_empty_clause (undo, lc_record_get_id (section), 0, FALSE, NULL, error);

  return end_group (undo, n_before, ok);
}

/**
 * lc_declaration_undo_add_clause:
 * @undo: the undo stack
 * @section_id: the section
 * @after_clause_id: the clause the new one follows, or 0 for the end of the
 *   section
 * @clause_id: (out) (optional): the new clause
 * @error: return location for a #GError
 *
 * Adds an empty clause to the base text; it is numbered like the clause it
 * follows.
 *
 * Returns: %TRUE when stored
 */
gboolean
lc_declaration_undo_add_clause (LcUndoStack  *undo,
                                gint64        section_id,
                                gint64        after_clause_id,
                                gint64       *clause_id,
                                GError      **error)
{
  LcStore *store = lc_undo_stack_get_store (undo);
  g_autoptr(GListStore) clauses = NULL;
  gint64 position = -1;
  gboolean numbered = FALSE, ok = TRUE;
  guint n, n_before;

  clauses = lc_store_list (store, LC_TYPE_CLAUSE, "section_id", section_id, error);
  if (clauses == NULL)
    return FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (clauses));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) clause = g_list_model_get_item (G_LIST_MODEL (clauses), i);

      if (lc_record_get_int (clause, "state") != LC_CLAUSE_STATE_BASE)
        continue;
      numbered = lc_record_get_int (clause, "numbered") != 0;
      if (lc_record_get_id (clause) == after_clause_id)
        {
          position = lc_record_get_int (clause, "position") + 1;
          break;
        }
    }

  n_before = lc_undo_stack_get_n_undo (undo);
  lc_undo_stack_begin_group (undo, _("Add Clause"));
  if (position < 0)
    position = next_position (G_LIST_MODEL (clauses));
  else
    /* Make room: rows keep their order by position. */
    for (guint i = 0; i < n && ok; i++)
      {
        g_autoptr(LcRecord) clause = g_list_model_get_item (G_LIST_MODEL (clauses), i);
        g_autoptr(LcRecord) moved = NULL;

        if (lc_record_get_int (clause, "position") < position)
          continue;
        moved = lc_record_copy (clause);
        lc_record_set_int (moved, "position", lc_record_get_int (clause, "position") + 1);
        ok = lc_undo_stack_update (undo, moved, NULL, error);
      }
  ok = ok && insert_empty_clause (undo, section_id, position, numbered, clause_id, error);

  return end_group (undo, n_before, ok);
}

/* Writes through the undo stack what the dry run left of a row it kept
 * (marked removed). @kept was read from the store, so on its own it holds
 * no change to write: its values go onto a copy of @stored instead. */
static gboolean
update_as_kept (LcUndoStack  *undo,
                LcRecord     *stored,
                LcRecord     *kept,
                const char   *label,
                GError      **error)
{
  g_autoptr(LcRecord) copy = lc_record_copy (stored);

  lc_record_assign_values (copy, kept);
  return lc_undo_stack_update (undo, copy, label, error);
}

/**
 * lc_declaration_undo_remove_clause:
 * @undo: the undo stack
 * @clause_id: a clause of the base text
 * @error: return location for a #GError
 *
 * Takes the clause out of the base text as lc_declaration_remove_clause()
 * would (the row goes, or stays marked removed when a version or an
 * amendment refers to it), undoably.
 *
 * Returns: %TRUE when removed; otherwise the declaration API's reason
 */
gboolean
lc_declaration_undo_remove_clause (LcUndoStack  *undo,
                                   gint64        clause_id,
                                   GError      **error)
{
  LcStore *store = lc_undo_stack_get_store (undo);
  g_autoptr(LcRecord) stored = get_fresh (undo, LC_TYPE_CLAUSE, clause_id, error);
  g_autoptr(LcRecord) scratch = NULL;
  g_autoptr(LcRecord) kept = NULL;
  gboolean ok;

  if (stored == NULL || !lc_store_begin (store, error))
    return FALSE;
  scratch = lc_record_copy (stored);
  ok = lc_declaration_remove_clause (store, LC_CLAUSE (scratch), error);
  if (ok)
    kept = lc_store_get (store, LC_TYPE_CLAUSE, clause_id, NULL);
  lc_store_rollback (store);

  if (!ok)
    return FALSE;
  if (kept == NULL)
    return lc_undo_stack_delete (undo, stored, _("Remove Clause"), error);

  return update_as_kept (undo, stored, kept, _("Remove Clause"), error);
}

/**
 * lc_declaration_undo_remove_section:
 * @undo: the undo stack
 * @section_id: a section
 * @error: return location for a #GError
 *
 * Takes the section and its clauses out of the text as
 * lc_declaration_remove_section() would, undoably.
 *
 * Returns: %TRUE when removed; otherwise the declaration API's reason
 */
gboolean
lc_declaration_undo_remove_section (LcUndoStack  *undo,
                                    gint64        section_id,
                                    GError      **error)
{
  LcStore *store = lc_undo_stack_get_store (undo);
  g_autoptr(LcRecord) stored = get_fresh (undo, LC_TYPE_DECLARATION_SECTION, section_id, error);
  g_autoptr(LcRecord) scratch = NULL;
  g_autoptr(LcRecord) kept = NULL;
  g_autoptr(GListStore) clauses = NULL;
  guint n_before;
  gboolean ok;

  if (stored == NULL || !lc_store_begin (store, error))
    return FALSE;
  scratch = lc_record_copy (stored);
  ok = lc_declaration_remove_section (store, LC_DECLARATION_SECTION (scratch), error);
  if (ok)
    kept = lc_store_get (store, LC_TYPE_DECLARATION_SECTION, section_id, NULL);
  lc_store_rollback (store);

  if (!ok)
    return FALSE;
  if (kept != NULL)
    return update_as_kept (undo, stored, kept, _("Remove Section"), error);

  /* Its clauses one by one, then the section: a deletion that cascades
   * makes the undo stack rank the tables by their references, and clauses
   * and amendments refer to each other. */
  clauses = lc_store_list (store, LC_TYPE_CLAUSE, "section_id", section_id, error);
  if (clauses == NULL)
    return FALSE;
  n_before = lc_undo_stack_get_n_undo (undo);
  lc_undo_stack_begin_group (undo, _("Remove Section"));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (clauses)) && ok; i++)
    {
      g_autoptr(LcRecord) clause = g_list_model_get_item (G_LIST_MODEL (clauses), i);

      ok = lc_undo_stack_delete (undo, clause, NULL, error);
    }
  ok = ok && lc_undo_stack_delete (undo, stored, NULL, error);

  return end_group (undo, n_before, ok);
}

/**
 * lc_declaration_undo_set_status:
 * @undo: the undo stack
 * @amendment_id: an amendment
 * @status: the status wanted
 * @error: return location for a #GError
 *
 * Moves the amendment as lc_amendment_set_status() allows, undoably.
 *
 * Returns: %TRUE when changed; otherwise lc_amendment_set_status()'s error
 */
gboolean
lc_declaration_undo_set_status (LcUndoStack        *undo,
                                gint64              amendment_id,
                                LcAmendmentStatus   status,
                                GError            **error)
{
  static const char *const labels[] = {
    [LC_AMENDMENT_STATUS_PROPOSED] = N_("Reopen Amendment"),
    [LC_AMENDMENT_STATUS_ACCEPTED] = N_("Accept Amendment"),
    [LC_AMENDMENT_STATUS_REJECTED] = N_("Reject Amendment"),
    [LC_AMENDMENT_STATUS_WITHDRAWN] = N_("Withdraw Amendment"),
  };
  LcStore *store = lc_undo_stack_get_store (undo);
  g_autoptr(LcRecord) stored = get_fresh (undo, LC_TYPE_AMENDMENT, amendment_id, error);
  g_autoptr(LcRecord) scratch = NULL;
  g_autoptr(LcRecord) copy = NULL;
  gboolean ok;

  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (labels), FALSE);

  if (stored == NULL || !lc_store_begin (store, error))
    return FALSE;
  scratch = lc_record_copy (stored);
  ok = lc_amendment_set_status (store, LC_AMENDMENT (scratch), status, error);
  lc_store_rollback (store);
  if (!ok)
    return FALSE;

  copy = lc_record_copy (stored);
  lc_record_set_int (copy, "status", status);
  return lc_undo_stack_update (undo, copy, _(labels[status]), error);
}

/**
 * lc_declaration_undo_propose:
 * @undo: the undo stack
 * @amendment: a new amendment, filled as lc_amendment_propose() wants it;
 *   on success it gets its id, number and status
 * @error: return location for a #GError
 *
 * Records the proposal as lc_amendment_propose() does (with the clause an
 * insertion adds), undoably.
 *
 * Returns: %TRUE when stored; otherwise lc_amendment_propose()'s error
 */
gboolean
lc_declaration_undo_propose (LcUndoStack  *undo,
                             LcAmendment  *amendment,
                             GError      **error)
{
  LcStore *store = lc_undo_stack_get_store (undo);
  g_autoptr(LcRecord) scratch = lc_record_copy (LC_RECORD (amendment));
  g_autoptr(LcRecord) clause = NULL;
  guint n_before;
  gboolean ok;

  if (!lc_store_begin (store, error))
    return FALSE;
  ok = lc_amendment_propose (store, LC_AMENDMENT (scratch), error);
  if (ok && lc_record_get_int (scratch, "kind") == LC_AMENDMENT_KIND_INSERT_AFTER)
    {
      gint64 clause_id = lc_amendment_get_new_clause_id (store, LC_AMENDMENT (scratch), error);

      clause = clause_id ? lc_store_get (store, LC_TYPE_CLAUSE, clause_id, error) : NULL;
      ok = clause != NULL;
    }
  lc_store_rollback (store);
  if (!ok)
    return FALSE;

  /* The same rows, with the same ids, through the undo stack. */
  n_before = lc_undo_stack_get_n_undo (undo);
  lc_undo_stack_begin_group (undo, _("Propose Amendment"));
  ok = lc_undo_stack_insert (undo, scratch, NULL, error)
       && (clause == NULL || lc_undo_stack_insert (undo, clause, NULL, error));
  if (!end_group (undo, n_before, ok))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (amendment));
  lc_record_set_id (LC_RECORD (amendment), lc_record_get_id (scratch));
  lc_record_set_int (LC_RECORD (amendment), "number", lc_record_get_int (scratch, "number"));
  lc_record_set_int (LC_RECORD (amendment), "status", lc_record_get_int (scratch, "status"));
  lc_record_set_int (LC_RECORD (amendment), "against-version", lc_record_get_int (scratch, "against-version"));
  lc_record_set_string (LC_RECORD (amendment), "created", lc_record_get_string (scratch, "created"));
  g_object_thaw_notify (G_OBJECT (amendment));

  return TRUE;
}
