/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "lc-declaration-private.h"
#include "lc-error.h"

struct _LcDeclaration { LcRecord parent_instance; };
struct _LcDeclarationSection { LcRecord parent_instance; };
struct _LcClause { LcRecord parent_instance; };
struct _LcAmendment { LcRecord parent_instance; };
struct _LcDeclarationVersion { LcRecord parent_instance; };
struct _LcVersionSection { LcRecord parent_instance; };
struct _LcVersionClause { LcRecord parent_instance; };

G_DEFINE_FINAL_TYPE (LcDeclaration, lc_declaration, LC_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (LcDeclarationSection, lc_declaration_section, LC_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (LcClause, lc_clause, LC_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (LcAmendment, lc_amendment, LC_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (LcDeclarationVersion, lc_declaration_version, LC_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (LcVersionSection, lc_version_section, LC_TYPE_RECORD)
G_DEFINE_FINAL_TYPE (LcVersionClause, lc_version_clause, LC_TYPE_RECORD)

/* The column lists below must match the tables created by migration 3 in
 * lc-store.c; test-declaration checks each class against its table. */

static void
lc_declaration_class_init (LcDeclarationClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "declarations", "convention_id", "position, id");
  lc_record_class_add_reference (rc, "convention-id", "conventions");
  lc_record_class_add_bilingual (rc, "title");
  lc_record_class_add_int (rc, "position", 0, G_MAXINT, FALSE);
}

static void
lc_declaration_init (LcDeclaration *self)
{
}

static void
lc_declaration_section_class_init (LcDeclarationSectionClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "declaration_sections", "declaration_id", "position, id");
  lc_record_class_add_reference (rc, "declaration-id", "declarations");
  lc_record_class_add_bilingual (rc, "title");
  lc_record_class_add_int (rc, "position", 0, G_MAXINT, FALSE);
  lc_record_class_add_boolean (rc, "removed");
}

static void
lc_declaration_section_init (LcDeclarationSection *self)
{
}

static void
lc_clause_class_init (LcClauseClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "clauses", "section_id", "position, id");
  lc_record_class_add_reference (rc, "section-id", "declaration_sections");
  lc_record_class_add_bilingual (rc, "text");
  lc_record_class_add_int (rc, "position", 0, G_MAXINT, FALSE);
  lc_record_class_add_boolean (rc, "numbered");
  lc_record_class_add_enum (rc, "state", LC_TYPE_CLAUSE_STATE, LC_CLAUSE_STATE_BASE, FALSE);
  lc_record_class_add_reference (rc, "amendment-id", "amendments");
}

static void
lc_clause_init (LcClause *self)
{
}

static void
lc_amendment_class_init (LcAmendmentClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "amendments", "declaration_id", "number, id");
  lc_record_class_add_reference (rc, "declaration-id", "declarations");
  lc_record_class_add_int (rc, "number", 0, G_MAXINT, FALSE);
  lc_record_class_add_reference (rc, "clause-id", "clauses");
  lc_record_class_add_enum (rc, "kind", LC_TYPE_AMENDMENT_KIND, LC_AMENDMENT_KIND_REPLACE, FALSE);
  lc_record_class_add_bilingual (rc, "text");
  lc_record_class_add_bilingual (rc, "rationale");
  lc_record_class_add_reference (rc, "city-id", "cities");
  lc_record_class_add_reference (rc, "person-id", "people");
  lc_record_class_add_reference (rc, "item-id", "items");
  lc_record_class_add_enum (rc, "status", LC_TYPE_AMENDMENT_STATUS, LC_AMENDMENT_STATUS_PROPOSED, FALSE);
  lc_record_class_add_text (rc, "created");
  lc_record_class_add_int (rc, "against-version", 0, G_MAXINT, TRUE);
  lc_record_class_add_int (rc, "incorporated-in", 0, G_MAXINT, TRUE);
}

static void
lc_amendment_init (LcAmendment *self)
{
}

static void
lc_declaration_version_class_init (LcDeclarationVersionClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "declaration_versions", "declaration_id", "number, id");
  lc_record_class_add_reference (rc, "declaration-id", "declarations");
  lc_record_class_add_int (rc, "number", 0, G_MAXINT, FALSE);
  lc_record_class_add_bilingual (rc, "label");
  lc_record_class_add_bilingual (rc, "title");
  lc_record_class_add_text (rc, "published");
  lc_record_class_add_int (rc, "section-count", 0, G_MAXINT, FALSE);
  lc_record_class_add_int (rc, "clause-count", 0, G_MAXINT, FALSE);
}

static void
lc_declaration_version_init (LcDeclarationVersion *self)
{
}

static void
lc_version_section_class_init (LcVersionSectionClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "version_sections", "version_id", "position, id");
  lc_record_class_add_reference (rc, "version-id", "declaration_versions");
  lc_record_class_add_reference (rc, "section-id", "declaration_sections");
  lc_record_class_add_bilingual (rc, "title");
  lc_record_class_add_int (rc, "position", 0, G_MAXINT, FALSE);
}

static void
lc_version_section_init (LcVersionSection *self)
{
}

static void
lc_version_clause_class_init (LcVersionClauseClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "version_clauses", "version_id", "position, id");
  lc_record_class_add_reference (rc, "version-id", "declaration_versions");
  lc_record_class_add_reference (rc, "section-id", "declaration_sections");
  lc_record_class_add_reference (rc, "clause-id", "clauses");
  lc_record_class_add_bilingual (rc, "text");
  lc_record_class_add_int (rc, "position", 0, G_MAXINT, FALSE);
  lc_record_class_add_boolean (rc, "numbered");
}

static void
lc_version_clause_init (LcVersionClause *self)
{
}

/* Words for states and kinds, for messages and the window. */

/**
 * lc_amendment_status_to_string:
 * @status: a status
 *
 * Returns: (transfer none): the status in words, translated
 */
const char *
lc_amendment_status_to_string (LcAmendmentStatus status)
{
  static const char *words[] = {
    [LC_AMENDMENT_STATUS_PROPOSED] = NC_("amendment status", "proposed"),
    [LC_AMENDMENT_STATUS_ACCEPTED] = NC_("amendment status", "accepted"),
    [LC_AMENDMENT_STATUS_REJECTED] = NC_("amendment status", "rejected"),
    [LC_AMENDMENT_STATUS_WITHDRAWN] = NC_("amendment status", "withdrawn"),
  };

  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (words), "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "amendment status", words[status]);
}

/**
 * lc_amendment_kind_to_string:
 * @kind: a kind
 *
 * Returns: (transfer none): what the amendment does, in words, translated
 */
const char *
lc_amendment_kind_to_string (LcAmendmentKind kind)
{
  static const char *words[] = {
    /* Translators: what an amendment does to a clause of a declaration */
    [LC_AMENDMENT_KIND_REPLACE] = NC_("amendment kind", "replace the clause"),
    [LC_AMENDMENT_KIND_INSERT_AFTER] = NC_("amendment kind", "insert a clause after it"),
    [LC_AMENDMENT_KIND_DELETE] = NC_("amendment kind", "delete the clause"),
  };

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (words), "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "amendment kind", words[kind]);
}

/**
 * lc_amendment_status_can_change:
 * @from: the current status
 * @to: the status wanted
 *
 * The only transitions are proposed → accepted, rejected or withdrawn, and
 * accepted or rejected → proposed (reopening). Withdrawn is final; staying
 * in the same status is not a transition.
 *
 * Returns: whether an amendment may go from @from to @to
 */
gboolean
lc_amendment_status_can_change (LcAmendmentStatus from,
                                LcAmendmentStatus to)
{
  switch (from)
    {
    case LC_AMENDMENT_STATUS_PROPOSED:
      return to == LC_AMENDMENT_STATUS_ACCEPTED || to == LC_AMENDMENT_STATUS_REJECTED
             || to == LC_AMENDMENT_STATUS_WITHDRAWN;
    case LC_AMENDMENT_STATUS_ACCEPTED:
    case LC_AMENDMENT_STATUS_REJECTED:
      return to == LC_AMENDMENT_STATUS_PROPOSED;
    case LC_AMENDMENT_STATUS_WITHDRAWN:
    default:
      return FALSE;
    }
}

/**
 * lc_timestamp_format:
 * @when: a time
 *
 * Returns: (transfer full): @when as ISO 8601 to the second, with its UTC
 *   offset ("2023-05-10T11:30:00+03:00", or "…Z" in UTC), as the store and
 *   the convention file keep times of amendments and versions
 */
char *
lc_timestamp_format (GDateTime *when)
{
  if (g_date_time_get_utc_offset (when) == 0)
    return g_date_time_format (when, "%Y-%m-%dT%H:%M:%SZ");

  return g_date_time_format (when, "%Y-%m-%dT%H:%M:%S%:z");
}

gboolean
lc_declaration_query_int (LcStore       *store,
                          const char    *sql,
                          const gint64  *params,
                          guint          n_params,
                          gint64        *result,
                          GError       **error)
{
  sqlite3 *db = lc_store_get_handle (store);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      lc_store_set_error_from_sqlite (store, rc, error);
      return FALSE;
    }

  for (guint i = 0; i < n_params; i++)
    sqlite3_bind_int64 (stmt, (int) i + 1, params[i]);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *result = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    lc_store_set_error_from_sqlite (store, rc, error);
  sqlite3_finalize (stmt);

  return rc == SQLITE_ROW || rc == SQLITE_DONE;
}

gint64
lc_declaration_clause_owner (LcStore  *store,
                             gint64    clause_id,
                             GError  **error)
{
  gint64 declaration_id = 0;

  if (!lc_declaration_query_int (store,
                                 "SELECT s.declaration_id FROM clauses c"
                                 " JOIN declaration_sections s ON s.id = c.section_id WHERE c.id = ?",
                                 &clause_id, 1, &declaration_id, error))
    return -1;

  return declaration_id;
}


/**
 * lc_declaration_get_last_version:
 * @store: a store
 * @declaration_id: a declaration
 * @error: return location for a #GError
 *
 * Returns: the number of its last published version, 0 when it has none,
 *   or -1 on error
 */
int
lc_declaration_get_last_version (LcStore  *store,
                                 gint64    declaration_id,
                                 GError  **error)
{
  gint64 last = 0;

  if (!lc_declaration_query_int (store,
                                 "SELECT coalesce (max (number), 0) FROM declaration_versions"
                                 " WHERE declaration_id = ?",
                                 &declaration_id, 1, &last, error))
    return -1;

  return (int) last;
}
