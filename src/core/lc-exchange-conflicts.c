/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* Before any header includes sqlite3.h: the session extension's API. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include <glib/gi18n-lib.h>

#include "lc-exchange-private.h"
#include "lc-models.h"

/* A merge's conflicts and its summary in words: each conflict by its area
 * and record, as the convention update names them, with each field's
 * value before, here and in the file. */

gboolean
lc_exchange_values_equal (sqlite3_value *a,
                          sqlite3_value *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if (sqlite3_value_type (a) != sqlite3_value_type (b))
    return FALSE;
  switch (sqlite3_value_type (a))
    {
    case SQLITE_NULL:
      return TRUE;
    case SQLITE_INTEGER:
      return sqlite3_value_int64 (a) == sqlite3_value_int64 (b);
    case SQLITE_FLOAT:
      return sqlite3_value_double (a) == sqlite3_value_double (b);
    default:
      /* An empty text's blob is NULL, which memcmp () must not be given. */
      return sqlite3_value_bytes (a) == sqlite3_value_bytes (b)
             && (sqlite3_value_bytes (a) == 0
                 || memcmp (sqlite3_value_blob (a), sqlite3_value_blob (b), sqlite3_value_bytes (a)) == 0);
    }
}

void
lc_exchange_conflict_free (gpointer data)
{
  LcExchangeConflict *conflict = data;

  g_free (conflict->label);
  g_free (conflict->detail);
  g_free (conflict->table);
  g_free (conflict->uid);
  g_free (conflict);
}

/* A changeset's value as a person reads it; a value the record cannot
 * hold (a file's "before" value is never stored, so never checked) is
 * shown as SQLite has it, made valid UTF-8 (found by fuzz-exchange). */
static char *
format_value (LcUpdateTree          *library,
              const LcExchangeTable *table,
              const LcColumn        *column,
              sqlite3_value         *value)
{
  g_auto(GValue) converted = G_VALUE_INIT;
  const char *text;

  if (value == NULL)
    return g_strdup ("—");
  if (!lc_exchange_value_to_gvalue (table, column, value, library, &converted, NULL))
    {
      text = (const char *) sqlite3_value_text (value);
      return text ? g_utf8_make_valid (text, -1) : g_strdup ("—");
    }
  return lc_update_format_value (library, column, &converted);
}

/* The fields in conflict: for a change, those both sides changed
 * differently; for a record both added, those that differ. */
static char *
describe_fields (LcUpdateTree           *library,
                 LcExchangeConflictKind  kind,
                 const LcExchangeTable  *table,
                 sqlite3_changeset_iter *iter)
{
  GString *detail = g_string_new (NULL);

  for (guint c = 1; c <= table->columns->len; c++)
    {
      const LcColumn *column = g_ptr_array_index (table->columns, c - 1);
      sqlite3_value *old = NULL, *new = NULL, *here = NULL;
      g_autofree char *label = NULL, *before = NULL, *mine = NULL, *theirs = NULL;

      sqlite3changeset_new (iter, c, &new);
      sqlite3changeset_conflict (iter, c, &here);
      if (kind == LC_EXCHANGE_CONFLICT_FIELD)
        sqlite3changeset_old (iter, c, &old);
      if (new == NULL || lc_exchange_values_equal (new, here)
          || (kind == LC_EXCHANGE_CONFLICT_FIELD && lc_exchange_values_equal (old, here)))
        continue;

      label = lc_update_field_label (g_param_spec_get_name (column->pspec));
      mine = format_value (library, table, column, here);
      theirs = format_value (library, table, column, new);
      if (detail->len > 0)
        g_string_append_c (detail, '\n');
      if (kind == LC_EXCHANGE_CONFLICT_FIELD)
        {
          before = format_value (library, table, column, old);
          /* Translators: a field in conflict: its name, its value before, here, and in the changes file */
          g_string_append_printf (detail, _("%1$s: was %2$s, here %3$s, in the file %4$s"),
                                  label, before, mine, theirs);
        }
      else
        /* Translators: a field of a record both added: its name, its value here and in the file */
        g_string_append_printf (detail, _("%1$s: here %2$s, in the file %3$s"), label, mine, theirs);
    }

  return g_string_free (detail, FALSE);
}

LcExchangeConflict *
lc_exchange_conflict_new (LcUpdateTree           *library,
                          LcExchangeConflictKind  kind,
                          const LcExchangeTable  *table,
                          sqlite3_changeset_iter *iter,
                          const char             *uid)
{
  LcExchangeConflict *conflict = g_new0 (LcExchangeConflict, 1);
  g_autofree char *key = g_strdup_printf ("%s:%s", g_type_name (table->type), uid);
  LcRecord *record = g_hash_table_lookup (library->by_uid, key);

  conflict->kind = kind;
  conflict->area = lc_update_area_name (table->type);
  conflict->table = g_strdup (table->table);
  conflict->uid = g_strdup (uid);
  conflict->label = record ? lc_update_record_label (library, record) : g_strdup (conflict->area);
  if (kind == LC_EXCHANGE_CONFLICT_DELETED_THERE)
    conflict->detail = g_strdup (_("Changed here, deleted in the changes file"));
  else if (kind == LC_EXCHANGE_CONFLICT_DELETED_HERE)
    conflict->detail = g_strdup (_("Deleted here, changed in the changes file"));
  else
    conflict->detail = describe_fields (library, kind, table, iter);

  return conflict;
}

/**
 * lc_exchange_merge_format_report:
 * @self: a merge, planned (lc_exchange_merge_plan()) unless a conflict is
 *   still to be resolved
 *
 * Returns: (transfer full): what the merge adds, changes and deletes, and
 *   its conflicts with how each is resolved, in words, one per line
 */
char *
lc_exchange_merge_format_report (LcExchangeMerge *self)
{
  GString *text = g_string_new (NULL);

  if (self->already != NULL)
    {
      g_string_append_printf (text, "%s\n", self->already);
      return g_string_free (text, FALSE);
    }

  /* Translators: %1$s is an organiser's name, %2$s names a file */
  g_string_append_printf (text, _("Changes from %1$s (%2$s):"), self->header.author, self->source);
  g_string_append_c (text, '\n');
  if (self->update != NULL)
    {
      g_autofree char *report = lc_convention_update_format_report (self->update);

      g_string_append (text, report);
    }

  for (guint i = 0; i < self->conflicts->len; i++)
    {
      const LcExchangeConflict *conflict = g_ptr_array_index (self->conflicts, i);
      const char *choice = conflict->choice == LC_EXCHANGE_MINE ? _("kept as it is here")
                           : conflict->choice == LC_EXCHANGE_THEIRS ? _("taken from the file")
                           : conflict->choice == LC_EXCHANGE_AMENDMENT
                           ? _("kept as it is here, the file’s text proposed as an amendment")
                           : _("not resolved");
      g_auto(GStrv) lines = g_strsplit (conflict->detail, "\n", -1);

      /* Translators: a conflict: its number, the area (“Agenda items”), the record, and how it is resolved */
      g_string_append_printf (text, _("Conflict %1$u, %2$s, %3$s: %4$s"), i + 1, conflict->area,
                              conflict->label, choice);
      g_string_append_c (text, '\n');
      for (guint l = 0; lines[l] != NULL; l++)
        g_string_append_printf (text, "    %s\n", lines[l]);
    }
  if (self->skipped > 0)
    {
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u change was left out: it changes a record deleted here.",
                                           "%u changes were left out: they change records deleted here.",
                                           self->skipped),
                              self->skipped);
      g_string_append_c (text, '\n');
    }
  if (self->removed > 0)
    {
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u record goes with what it belonged to, deleted in the file.",
                                           "%u records go with what they belonged to, deleted in the file.",
                                           self->removed),
                              self->removed);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}
