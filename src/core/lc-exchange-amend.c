/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* Before any header includes sqlite3.h: the session extension's API. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include <glib/gi18n-lib.h>

#include "lc-declaration.h"
#include "lc-exchange-private.h"
#include "lc-models.h"

/* Merge Changes (issue 15), a declaration clause's text both organisers
 * edited, kept both ways: the clause keeps this library's text and the
 * file's text becomes a proposed amendment to it, by the file's author
 * (LC_EXCHANGE_AMENDMENT). The amendment, and the author as a person of
 * the convention when nobody has their name yet, are added to the mirror
 * the merge is planned from, so that the convention update writes them in
 * the merge's one transaction and undo step, and the next send carries
 * them to the colleagues like any other added record. */

/**
 * lc_exchange_merge_get_created:
 * @self: a merge
 *
 * Returns: when the changes file was written, as its header says it (ISO
 *   8601, UTC), for the window's “sent on” line
 */
const char *
lc_exchange_merge_get_created (LcExchangeMerge *self)
{
  return self->header.created;
}

static const char *const text_columns[] = { "text_en", "text_ar" };

/* The clause's text of the language in which both sides changed it, before,
 * here and in the file; %NULL when the change is not such a one. */
static gboolean
conflicting_text (const LcExchangeTable  *table,
                  sqlite3_changeset_iter *iter,
                  int                     language,
                  sqlite3_value         **theirs)
{
  for (guint c = 1; c <= table->columns->len; c++)
    {
      const LcColumn *column = g_ptr_array_index (table->columns, c - 1);
      sqlite3_value *old = NULL, *new = NULL, *here = NULL;

      if (!g_str_equal (column->name, text_columns[language]))
        continue;
      sqlite3changeset_new (iter, c, &new);
      sqlite3changeset_old (iter, c, &old);
      if (sqlite3changeset_conflict (iter, c, &here) != SQLITE_OK)
        here = NULL;
      /* Without the library's value (outside a conflict handler) the
       * caller compares with the library itself. */
      if (new == NULL || (here != NULL && (lc_exchange_values_equal (old, here)
                                           || lc_exchange_values_equal (new, here))))
        return FALSE;
      *theirs = new;
      return TRUE;
    }
  return FALSE;
}

/* The file's change of the clause @uid: its text in @language, and its
 * text before, if the file changes it. */
static gboolean
file_clause_text (LcExchangeMerge  *self,
                  const char       *uid,
                  int               language,
                  char            **before,
                  char            **theirs)
{
  const LcExchangeTable *table = lc_exchange_table_find ("clauses");
  sqlite3_changeset_iter *iter = NULL;
  gboolean found = FALSE;

  if (sqlite3changeset_start (&iter, (int) self->header.size, (void *) self->header.changeset) != SQLITE_OK)
    return FALSE;
  while (!found && sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      const char *name;
      int n, op, indirect;
      sqlite3_value *key = NULL, *new = NULL, *old = NULL;

      sqlite3changeset_op (iter, &name, &n, &op, &indirect);
      if (op != SQLITE_UPDATE || !g_str_equal (name, "clauses"))
        continue;
      sqlite3changeset_old (iter, 0, &key);
      if (key == NULL || g_strcmp0 ((const char *) sqlite3_value_text (key), uid) != 0)
        continue;
      for (guint c = 1; c <= table->columns->len; c++)
        if (g_str_equal (((const LcColumn *) g_ptr_array_index (table->columns, c - 1))->name,
                         text_columns[language]))
          {
            sqlite3changeset_new (iter, c, &new);
            sqlite3changeset_old (iter, c, &old);
            if (new != NULL && old != NULL)
              {
                *theirs = g_strdup ((const char *) sqlite3_value_text (new));
                *before = g_strdup ((const char *) sqlite3_value_text (old));
                found = TRUE;
              }
          }
    }
  sqlite3changeset_finalize (iter);
  return found;
}

/**
 * lc_exchange_merge_get_clause_texts:
 * @self: a merge
 * @index: a conflict's index
 * @here: (out) (optional): the clause's text in this library
 * @theirs: (out) (optional): the clause's text in the changes file
 *
 * Whether the conflict is a declaration clause's text that both organisers
 * edited, which can be resolved with %LC_EXCHANGE_AMENDMENT. The texts are
 * those of a language both edited, the messages' language first.
 *
 * Returns: %TRUE when the conflict is a clause's text both edited
 */
gboolean
lc_exchange_merge_get_clause_texts (LcExchangeMerge  *self,
                                    guint             index,
                                    char            **here,
                                    char            **theirs)
{
  const LcExchangeConflict *conflict;
  g_autofree char *key = NULL;
  LcRecord *clause;
  int first;

  g_return_val_if_fail (index < self->conflicts->len, FALSE);
  conflict = g_ptr_array_index (self->conflicts, index);
  if (conflict->kind != LC_EXCHANGE_CONFLICT_FIELD || g_strcmp0 (conflict->table, "clauses") != 0)
    return FALSE;
  key = g_strdup_printf ("%s:%s", g_type_name (LC_TYPE_CLAUSE), conflict->uid);
  clause = g_hash_table_lookup (self->library->by_uid, key);
  if (clause == NULL)
    return FALSE;

  /* The language the messages are in first: the one the person reads. */
  first = lc_update_message_language () == LC_LANGUAGE_ARABIC ? 1 : 0;
  for (int i = 0; i < (int) G_N_ELEMENTS (text_columns); i++)
    {
      int language = (first + i) % G_N_ELEMENTS (text_columns);
      g_autofree char *before = NULL, *file = NULL;
      const char *mine = lc_record_get_string (clause, language == 0 ? "text-en" : "text-ar");

      if (!file_clause_text (self, conflict->uid, language, &before, &file)
          || g_strcmp0 (before, mine) == 0 || g_strcmp0 (file, mine) == 0)
        continue;
      if (here != NULL)
        *here = g_strdup (mine);
      if (theirs != NULL)
        *theirs = g_steal_pointer (&file);
      return TRUE;
    }
  return FALSE;
}

/* Adds @record to the mirror's @table as a new record @uid, its references
 * written as the uids @references maps their column names to. */
static gboolean
insert_record (sqlite3     *db,
               const char  *table_name,
               const char  *uid,
               LcRecord    *record,
               GHashTable  *references)
{
  const LcExchangeTable *table = lc_exchange_table_find (table_name);
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  g_string_append_printf (sql, "INSERT INTO main.%s (uid", table->table);
  for (guint c = 0; c < table->columns->len; c++)
    g_string_append_printf (sql, ", %s", ((const LcColumn *) g_ptr_array_index (table->columns, c))->name);
  g_string_append (sql, ") VALUES (?");
  for (guint c = 0; c < table->columns->len; c++)
    g_string_append (sql, ", ?");
  g_string_append (sql, ")");
  if (sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uid, -1, SQLITE_TRANSIENT);
  for (guint c = 0; c < table->columns->len; c++)
    {
      const LcColumn *column = g_ptr_array_index (table->columns, c);
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (column->pspec));
      g_object_get_property (G_OBJECT (record), g_param_spec_get_name (column->pspec), &value);
      /* As lc-exchange-mirror.c writes each kind of value. */
      if (column->references != NULL)
        sqlite3_bind_text (stmt, c + 2, g_hash_table_lookup (references, column->name), -1, SQLITE_TRANSIENT);
      else if (G_VALUE_HOLDS_STRING (&value))
        sqlite3_bind_text (stmt, c + 2, g_value_get_string (&value), -1, SQLITE_TRANSIENT);
      else if (G_VALUE_HOLDS_BOOLEAN (&value))
        sqlite3_bind_int (stmt, c + 2, g_value_get_boolean (&value));
      else if (G_VALUE_HOLDS_ENUM (&value))
        sqlite3_bind_text (stmt, c + 2, lc_enum_to_nick (G_VALUE_TYPE (&value), g_value_get_enum (&value)),
                           -1, SQLITE_TRANSIENT);
      else if (G_VALUE_HOLDS_INT (&value))
        sqlite3_bind_int (stmt, c + 2, g_value_get_int (&value));
      else
        sqlite3_bind_int64 (stmt, c + 2, g_value_get_int64 (&value));
    }
  ok = sqlite3_step (stmt) == SQLITE_DONE;
  sqlite3_finalize (stmt);
  return ok;
}

static char *
query_text (sqlite3    *db,
            const char *sql,
            const char *arg1,
            const char *arg2)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_text (stmt, 1, arg1, -1, SQLITE_TRANSIENT);
  if (arg2 != NULL)
    sqlite3_bind_text (stmt, 2, arg2, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

/* The person of the convention named as the file's author, added to the
 * mirror when nobody has that name: an amendment has a proposer. */
static char *
author_person (LcExchangeMerge *self,
               sqlite3         *db,
               const char      *convention)
{
  const char *author = self->header.author;
  g_autoptr(LcRecord) person = NULL;
  g_autoptr(GHashTable) references = NULL;
  gboolean arabic = FALSE;
  char *uid;

  uid = query_text (db, "SELECT uid FROM main.people WHERE convention_id = ?1"
                    " AND (name_en = ?2 OR name_ar = ?2) ORDER BY uid LIMIT 1", convention, author);
  if (uid != NULL)
    return uid;

  /* The name goes where its script belongs. */
  for (const char *p = author; *p != '\0'; p = g_utf8_next_char (p))
    arabic |= g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_ARABIC;
  person = g_object_new (LC_TYPE_PERSON, NULL);
  lc_record_set_string (person, arabic ? "name-ar" : "name-en", author);
  references = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (references, (gpointer) "convention_id", (gpointer) convention);
  uid = g_uuid_string_random ();
  if (!insert_record (db, "people", uid, person, references))
    g_clear_pointer (&uid, g_free);
  return uid;
}

/**
 * lc_exchange_amend_propose: (skip)
 * @self: the merge
 * @db: the mirror the file is applied to
 * @table: the changed record's table
 * @iter: the file's change, in a conflict handler
 * @uid: the changed record's uid
 *
 * For a conflict resolved with %LC_EXCHANGE_AMENDMENT: adds to the mirror
 * a proposed amendment replacing the clause's text with the file's, in the
 * languages both edited, by the file's author. The clause itself is kept
 * as mine. Anything else (not a clause, no text both edited) adds nothing.
 */
void
lc_exchange_amend_propose (LcExchangeMerge        *self,
                           sqlite3                *db,
                           const LcExchangeTable  *table,
                           sqlite3_changeset_iter *iter,
                           const char             *uid)
{
  g_autofree char *declaration = NULL, *convention = NULL, *person = NULL, *amendment_uid = NULL;
  g_autofree char *number = NULL, *key = NULL, *created = NULL;
  g_autoptr(LcRecord) amendment = NULL;
  g_autoptr(GHashTable) references = NULL;
  g_autoptr(GDateTime) now = NULL;
  sqlite3_value *theirs[G_N_ELEMENTS (text_columns)] = { NULL, NULL };
  gboolean any = FALSE;
  LcRecord *library_declaration;

  if (!g_str_equal (table->table, "clauses"))
    return;
  for (guint l = 0; l < G_N_ELEMENTS (text_columns); l++)
    any |= conflicting_text (table, iter, l, &theirs[l]);
  if (!any)
    return;

  declaration = query_text (db, "SELECT s.declaration_id FROM main.clauses c"
                            " JOIN main.declaration_sections s ON s.uid = c.section_id WHERE c.uid = ?",
                            uid, NULL);
  convention = declaration ? query_text (db, "SELECT convention_id FROM main.declarations WHERE uid = ?",
                                         declaration, NULL) : NULL;
  person = convention ? author_person (self, db, convention) : NULL;
  if (person == NULL)
    return;
  number = query_text (db, "SELECT coalesce (max (number), 0) + 1 FROM main.amendments WHERE declaration_id = ?",
                       declaration, NULL);
  key = g_strdup_printf ("%s:%s", g_type_name (LC_TYPE_DECLARATION), declaration);
  library_declaration = g_hash_table_lookup (self->library->by_uid, key);

  amendment = g_object_new (LC_TYPE_AMENDMENT, NULL);
  lc_record_set_int (amendment, "number", g_ascii_strtoll (number, NULL, 10));
  lc_record_set_int (amendment, "kind", LC_AMENDMENT_KIND_REPLACE);
  /* A language the file did not change in conflict stays empty: an
   * amendment's empty text keeps the clause's text in that language. */
  for (guint l = 0; l < G_N_ELEMENTS (text_columns); l++)
    if (theirs[l] != NULL)
      lc_record_set_string (amendment, l == 0 ? "text-en" : "text-ar",
                            (const char *) sqlite3_value_text (theirs[l]));
  lc_record_set_int (amendment, "status", LC_AMENDMENT_STATUS_PROPOSED);
  if (library_declaration != NULL)
    lc_record_set_int (amendment, "against-version",
                       MAX (0, lc_declaration_get_last_version (self->store, lc_record_get_id (library_declaration),
                                                                NULL)));
  now = g_date_time_new_now_utc ();
  created = lc_timestamp_format (now);
  lc_record_set_string (amendment, "created", created);

  references = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (references, (gpointer) "declaration_id", declaration);
  g_hash_table_insert (references, (gpointer) "clause_id", (gpointer) uid);
  g_hash_table_insert (references, (gpointer) "person_id", person);
  amendment_uid = g_uuid_string_random ();
  insert_record (db, "amendments", amendment_uid, amendment, references);
}
