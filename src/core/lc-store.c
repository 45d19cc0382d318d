/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <sqlite3.h>

#include "lc-error.h"
#include "lc-store.h"
#include "lc-store-portal.h"

struct _LcStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;   /* SQL text → sqlite3_stmt*, prepared once */
  int         depth;        /* open transactions and savepoints */
  int         version;
  gboolean    read_only;
};

G_DEFINE_FINAL_TYPE (LcStore, lc_store, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define TEXT_PAIR(name) name "_ar TEXT NOT NULL DEFAULT '', " name "_en TEXT NOT NULL DEFAULT ''"

/* Dates are checked with date (x, '+0 days'), which rolls 2023-02-30 over
 * to March: plain date (x) passes any day up to 31. */

/* The schema, as a list of upgrades. Never edit a step once released: append
 * a new one. Step N takes a file from user_version N-1 to N. */
static const char *migrations[] = {
  /* 1: the library's tables */
  "CREATE TABLE conventions ("
  "  id INTEGER PRIMARY KEY,"
  "  " TEXT_PAIR ("title") ", " TEXT_PAIR ("slogan") ", " TEXT_PAIR ("venue") ","
  "  " TEXT_PAIR ("host") ", " TEXT_PAIR ("organisers") ","
  "  start_date TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),"
  "  end_date TEXT NOT NULL CHECK (date(end_date, '+0 days') IS end_date AND end_date >= start_date),"
  "  time_zone TEXT NOT NULL CHECK (time_zone <> ''));"
  "CREATE TABLE rooms ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,"
  "  " TEXT_PAIR ("name") ","
  "  position INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE cities ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,"
  "  " TEXT_PAIR ("name") ","
  "  country TEXT NOT NULL DEFAULT '' CHECK (country = '' OR country GLOB '[A-Z][A-Z]'),"
  "  arab_region INTEGER NOT NULL DEFAULT 0 CHECK (arab_region IN (0, 1)),"
  "  year_joined INTEGER CHECK (year_joined BETWEEN 1 AND 9999),"
  "  candidate INTEGER NOT NULL DEFAULT 0 CHECK (candidate IN (0, 1)),"
  "  " TEXT_PAIR ("trait") ","
  "  sdgs INTEGER NOT NULL DEFAULT 0 CHECK (sdgs BETWEEN 0 AND 262142 AND (sdgs & 1) = 0),"
  "  attendance TEXT CHECK (attendance IN ('in-person', 'online', 'absent')),"
  "  " TEXT_PAIR ("representative") ");"
  "CREATE TABLE people ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,"
  "  " TEXT_PAIR ("name") ", " TEXT_PAIR ("honorific") ","
  "  " TEXT_PAIR ("position") ", " TEXT_PAIR ("organisation") ","
  "  city_id INTEGER REFERENCES cities (id) ON DELETE SET NULL,"
  "  attendance TEXT NOT NULL DEFAULT 'in-person' CHECK (attendance IN ('in-person', 'online')));"
  "CREATE TABLE items ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('opening', 'session', 'break', 'field-visit',"
  "                                     'exercise', 'declaration-reading', 'closing', 'other')),"
  "  number INTEGER CHECK (number > 0),"
  "  " TEXT_PAIR ("title") ", " TEXT_PAIR ("description") ","
  "  day TEXT NOT NULL CHECK (date(day, '+0 days') IS day),"
  "  start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),"
  "  end_minute INTEGER NOT NULL CHECK (end_minute > start_minute AND end_minute <= 1440),"
  "  room_id INTEGER REFERENCES rooms (id) ON DELETE SET NULL);"
  "CREATE TABLE participations ("
  "  id INTEGER PRIMARY KEY,"
  "  item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,"
  "  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,"
  "  role TEXT NOT NULL CHECK (role IN ('moderator', 'speaker', 'presenter')),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  attendance TEXT CHECK (attendance IN ('in-person', 'online')),"
  "  UNIQUE (item_id, person_id, role));"
  /* A record may only point at records of its own convention. */
  "CREATE TRIGGER people_city_check BEFORE INSERT ON people"
  "  WHEN NEW.city_id IS NOT NULL AND"
  "       (SELECT convention_id FROM cities WHERE id = NEW.city_id) IS NOT NEW.convention_id"
  "  BEGIN SELECT RAISE (ABORT, 'city of another convention'); END;"
  "CREATE TRIGGER people_city_check_update BEFORE UPDATE OF city_id, convention_id ON people"
  "  WHEN NEW.city_id IS NOT NULL AND"
  "       (SELECT convention_id FROM cities WHERE id = NEW.city_id) IS NOT NEW.convention_id"
  "  BEGIN SELECT RAISE (ABORT, 'city of another convention'); END;"
  "CREATE TRIGGER items_room_check BEFORE INSERT ON items"
  "  WHEN NEW.room_id IS NOT NULL AND"
  "       (SELECT convention_id FROM rooms WHERE id = NEW.room_id) IS NOT NEW.convention_id"
  "  BEGIN SELECT RAISE (ABORT, 'room of another convention'); END;"
  "CREATE TRIGGER items_room_check_update BEFORE UPDATE OF room_id, convention_id ON items"
  "  WHEN NEW.room_id IS NOT NULL AND"
  "       (SELECT convention_id FROM rooms WHERE id = NEW.room_id) IS NOT NEW.convention_id"
  "  BEGIN SELECT RAISE (ABORT, 'room of another convention'); END;"
  "CREATE TRIGGER participations_check BEFORE INSERT ON participations"
  "  WHEN (SELECT convention_id FROM items WHERE id = NEW.item_id) IS NOT"
  "       (SELECT convention_id FROM people WHERE id = NEW.person_id)"
  "  BEGIN SELECT RAISE (ABORT, 'person of another convention'); END;"
  "CREATE TRIGGER participations_check_update BEFORE UPDATE OF item_id, person_id ON participations"
  "  WHEN (SELECT convention_id FROM items WHERE id = NEW.item_id) IS NOT"
  "       (SELECT convention_id FROM people WHERE id = NEW.person_id)"
  "  BEGIN SELECT RAISE (ABORT, 'person of another convention'); END;",

  /* 2: indexes for the lookups every view makes, so large conventions stay fast */
  "CREATE INDEX rooms_by_convention ON rooms (convention_id);"
  "CREATE INDEX cities_by_convention ON cities (convention_id);"
  "CREATE INDEX people_by_convention ON people (convention_id);"
  "CREATE INDEX people_by_city ON people (city_id);"
  "CREATE INDEX items_by_day ON items (convention_id, day, start_minute);"
  "CREATE INDEX items_by_room ON items (room_id);"
  "CREATE INDEX participations_by_person ON participations (person_id);",

  /* 3: declarations, their amendments and published versions (see the top
   * of lc-declaration.h for how base text, amendments and versions relate).
   * Rows of a published version never change and go only with their
   * declaration: the triggers refuse the rest, even to raw SQL. */
  "CREATE TABLE declarations ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,"
  "  " TEXT_PAIR ("title") ","
  "  position INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE declaration_sections ("
  "  id INTEGER PRIMARY KEY,"
  "  declaration_id INTEGER NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,"
  "  " TEXT_PAIR ("title") ","
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)));"
  "CREATE TABLE clauses ("
  "  id INTEGER PRIMARY KEY,"
  "  section_id INTEGER NOT NULL REFERENCES declaration_sections (id) ON DELETE CASCADE,"
  "  " TEXT_PAIR ("text") ","
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  numbered INTEGER NOT NULL DEFAULT 0 CHECK (numbered IN (0, 1)),"
  "  state TEXT NOT NULL DEFAULT 'base' CHECK (state IN ('base', 'pending', 'removed')),"
  "  amendment_id INTEGER REFERENCES amendments (id) ON DELETE CASCADE,"
  "  CHECK (state <> 'pending' OR amendment_id IS NOT NULL));"
  "CREATE TABLE amendments ("
  "  id INTEGER PRIMARY KEY,"
  "  declaration_id INTEGER NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,"
  "  number INTEGER NOT NULL CHECK (number > 0),"
  "  clause_id INTEGER NOT NULL REFERENCES clauses (id),"
  "  kind TEXT NOT NULL CHECK (kind IN ('replace', 'insert-after', 'delete')),"
  "  " TEXT_PAIR ("text") ", " TEXT_PAIR ("rationale") ","
  "  city_id INTEGER REFERENCES cities (id),"
  "  person_id INTEGER REFERENCES people (id),"
  "  item_id INTEGER REFERENCES items (id) ON DELETE SET NULL,"
  "  status TEXT NOT NULL DEFAULT 'proposed'"
  "    CHECK (status IN ('proposed', 'accepted', 'rejected', 'withdrawn')),"
  "  created TEXT NOT NULL CHECK (julianday (created) IS NOT NULL),"
  "  against_version INTEGER CHECK (against_version > 0),"
  "  incorporated_in INTEGER CHECK (incorporated_in > 0),"
  "  CHECK ((city_id IS NULL) <> (person_id IS NULL)),"
  "  CHECK (incorporated_in IS NULL OR status = 'accepted'),"
  "  UNIQUE (declaration_id, number));"
  "CREATE TABLE declaration_versions ("
  "  id INTEGER PRIMARY KEY,"
  "  declaration_id INTEGER NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,"
  "  number INTEGER NOT NULL CHECK (number > 0),"
  "  " TEXT_PAIR ("label") ", " TEXT_PAIR ("title") ","
  "  published TEXT NOT NULL CHECK (julianday (published) IS NOT NULL),"
  "  section_count INTEGER NOT NULL CHECK (section_count >= 0),"
  "  clause_count INTEGER NOT NULL CHECK (clause_count >= 0),"
  "  UNIQUE (declaration_id, number));"
  "CREATE TABLE version_sections ("
  "  id INTEGER PRIMARY KEY,"
  "  version_id INTEGER NOT NULL REFERENCES declaration_versions (id) ON DELETE CASCADE,"
  "  section_id INTEGER NOT NULL REFERENCES declaration_sections (id),"
  "  " TEXT_PAIR ("title") ","
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  UNIQUE (version_id, section_id));"
  "CREATE TABLE version_clauses ("
  "  id INTEGER PRIMARY KEY,"
  "  version_id INTEGER NOT NULL REFERENCES declaration_versions (id) ON DELETE CASCADE,"
  "  section_id INTEGER NOT NULL REFERENCES declaration_sections (id),"
  "  clause_id INTEGER NOT NULL REFERENCES clauses (id),"
  "  " TEXT_PAIR ("text") ","
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  numbered INTEGER NOT NULL DEFAULT 0 CHECK (numbered IN (0, 1)),"
  "  UNIQUE (version_id, clause_id));"
  "CREATE INDEX declarations_by_convention ON declarations (convention_id);"
  "CREATE INDEX declaration_sections_by_declaration ON declaration_sections (declaration_id);"
  "CREATE INDEX clauses_by_section ON clauses (section_id);"
  "CREATE INDEX clauses_by_amendment ON clauses (amendment_id);"
  "CREATE INDEX amendments_by_clause ON amendments (clause_id);"
  "CREATE INDEX amendments_by_city ON amendments (city_id);"
  "CREATE INDEX amendments_by_person ON amendments (person_id);"
  "CREATE INDEX amendments_by_item ON amendments (item_id);"
  "CREATE INDEX version_sections_by_section ON version_sections (section_id);"
  "CREATE INDEX version_clauses_by_version ON version_clauses (version_id, position);"
  "CREATE INDEX version_clauses_by_clause ON version_clauses (clause_id);"
  "CREATE INDEX version_clauses_by_section ON version_clauses (section_id);"
  /* A clause stays in its declaration; an amendment's clause, proposer and
   * agenda item belong to the amendment's declaration and convention. */
  "CREATE TRIGGER clauses_section_check BEFORE UPDATE OF section_id ON clauses"
  "  WHEN (SELECT declaration_id FROM declaration_sections WHERE id = NEW.section_id) IS NOT"
  "       (SELECT declaration_id FROM declaration_sections WHERE id = OLD.section_id)"
  "  BEGIN SELECT RAISE (ABORT, 'clause moved to another declaration'); END;"
  "CREATE TRIGGER amendments_check BEFORE INSERT ON amendments"
  "  WHEN (SELECT s.declaration_id FROM clauses c JOIN declaration_sections s ON s.id = c.section_id"
  "        WHERE c.id = NEW.clause_id) IS NOT NEW.declaration_id"
  "    OR (NEW.city_id IS NOT NULL AND (SELECT convention_id FROM cities WHERE id = NEW.city_id) IS NOT"
  "        (SELECT convention_id FROM declarations WHERE id = NEW.declaration_id))"
  "    OR (NEW.person_id IS NOT NULL AND (SELECT convention_id FROM people WHERE id = NEW.person_id) IS NOT"
  "        (SELECT convention_id FROM declarations WHERE id = NEW.declaration_id))"
  "    OR (NEW.item_id IS NOT NULL AND (SELECT convention_id FROM items WHERE id = NEW.item_id) IS NOT"
  "        (SELECT convention_id FROM declarations WHERE id = NEW.declaration_id))"
  "  BEGIN SELECT RAISE (ABORT, 'amendment refers to another declaration or convention'); END;"
  "CREATE TRIGGER amendments_check_update"
  "  BEFORE UPDATE OF declaration_id, clause_id, city_id, person_id, item_id ON amendments"
  "  WHEN (SELECT s.declaration_id FROM clauses c JOIN declaration_sections s ON s.id = c.section_id"
  "        WHERE c.id = NEW.clause_id) IS NOT NEW.declaration_id"
  "    OR (NEW.city_id IS NOT NULL AND (SELECT convention_id FROM cities WHERE id = NEW.city_id) IS NOT"
  "        (SELECT convention_id FROM declarations WHERE id = NEW.declaration_id))"
  "    OR (NEW.person_id IS NOT NULL AND (SELECT convention_id FROM people WHERE id = NEW.person_id) IS NOT"
  "        (SELECT convention_id FROM declarations WHERE id = NEW.declaration_id))"
  "    OR (NEW.item_id IS NOT NULL AND (SELECT convention_id FROM items WHERE id = NEW.item_id) IS NOT"
  "        (SELECT convention_id FROM declarations WHERE id = NEW.declaration_id))"
  "  BEGIN SELECT RAISE (ABORT, 'amendment refers to another declaration or convention'); END;"
  /* An amendment incorporated in a published version keeps what it did;
   * only its rationale, proposer and agenda item can still be corrected. */
  "CREATE TRIGGER amendments_frozen BEFORE UPDATE ON amendments"
  "  WHEN OLD.incorporated_in IS NOT NULL AND"
  "       (NEW.declaration_id IS NOT OLD.declaration_id OR NEW.number IS NOT OLD.number"
  "        OR NEW.clause_id IS NOT OLD.clause_id OR NEW.kind IS NOT OLD.kind"
  "        OR NEW.text_ar IS NOT OLD.text_ar OR NEW.text_en IS NOT OLD.text_en"
  "        OR NEW.status IS NOT OLD.status OR NEW.created IS NOT OLD.created"
  "        OR NEW.against_version IS NOT OLD.against_version"
  "        OR NEW.incorporated_in IS NOT OLD.incorporated_in)"
  "  BEGIN SELECT RAISE (ABORT, 'amendment incorporated in a published version'); END;"
  "CREATE TRIGGER amendments_frozen_delete BEFORE DELETE ON amendments"
  "  WHEN OLD.incorporated_in IS NOT NULL"
  "       AND EXISTS (SELECT 1 FROM declarations WHERE id = OLD.declaration_id)"
  "  BEGIN SELECT RAISE (ABORT, 'amendment incorporated in a published version'); END;"
  /* Versions: numbered 1, 2, ... in order; each row names sections and
   * clauses of its own declaration; a version takes exactly the rows it
   * announces, and after that nothing changes. A version's rows may only go
   * when their parent goes with its declaration (the cascade deletes the
   * parent row first). */
  "CREATE TRIGGER declaration_versions_number BEFORE INSERT ON declaration_versions"
  "  WHEN NEW.number IS NOT 1 + (SELECT coalesce (max (number), 0) FROM declaration_versions"
  "                             WHERE declaration_id = NEW.declaration_id)"
  "  BEGIN SELECT RAISE (ABORT, 'versions are numbered 1, 2, ... in order'); END;"
  "CREATE TRIGGER declaration_versions_frozen BEFORE UPDATE ON declaration_versions"
  "  BEGIN SELECT RAISE (ABORT, 'a published version never changes'); END;"
  "CREATE TRIGGER declaration_versions_kept BEFORE DELETE ON declaration_versions"
  "  WHEN EXISTS (SELECT 1 FROM declarations WHERE id = OLD.declaration_id)"
  "  BEGIN SELECT RAISE (ABORT, 'a published version never changes'); END;"
  "CREATE TRIGGER version_sections_check BEFORE INSERT ON version_sections"
  "  WHEN (SELECT declaration_id FROM declaration_sections WHERE id = NEW.section_id) IS NOT"
  "       (SELECT declaration_id FROM declaration_versions WHERE id = NEW.version_id)"
  "  BEGIN SELECT RAISE (ABORT, 'section of another declaration'); END;"
  "CREATE TRIGGER version_sections_complete BEFORE INSERT ON version_sections"
  "  WHEN (SELECT count (*) FROM version_sections WHERE version_id = NEW.version_id) >="
  "       (SELECT section_count FROM declaration_versions WHERE id = NEW.version_id)"
  "  BEGIN SELECT RAISE (ABORT, 'a published version never changes'); END;"
  "CREATE TRIGGER version_sections_frozen BEFORE UPDATE ON version_sections"
  "  BEGIN SELECT RAISE (ABORT, 'a published version never changes'); END;"
  "CREATE TRIGGER version_sections_kept BEFORE DELETE ON version_sections"
  "  WHEN EXISTS (SELECT 1 FROM declaration_versions WHERE id = OLD.version_id)"
  "  BEGIN SELECT RAISE (ABORT, 'a published version never changes'); END;"
  "CREATE TRIGGER version_clauses_check BEFORE INSERT ON version_clauses"
  "  WHEN (SELECT d.declaration_id FROM version_sections v JOIN declaration_versions d ON d.id = v.version_id"
  "        WHERE v.version_id = NEW.version_id AND v.section_id = NEW.section_id) IS NULL"
  "    OR (SELECT s.declaration_id FROM clauses c JOIN declaration_sections s ON s.id = c.section_id"
  "        WHERE c.id = NEW.clause_id) IS NOT"
  "       (SELECT declaration_id FROM declaration_versions WHERE id = NEW.version_id)"
  "  BEGIN SELECT RAISE (ABORT, 'clause of another declaration or section of another version'); END;"
  "CREATE TRIGGER version_clauses_complete BEFORE INSERT ON version_clauses"
  "  WHEN (SELECT count (*) FROM version_clauses WHERE version_id = NEW.version_id) >="
  "       (SELECT clause_count FROM declaration_versions WHERE id = NEW.version_id)"
  "  BEGIN SELECT RAISE (ABORT, 'a published version never changes'); END;"
  "CREATE TRIGGER version_clauses_frozen BEFORE UPDATE ON version_clauses"
  "  BEGIN SELECT RAISE (ABORT, 'a published version never changes'); END;"
  "CREATE TRIGGER version_clauses_kept BEFORE DELETE ON version_clauses"
  "  WHEN EXISTS (SELECT 1 FROM declaration_versions WHERE id = OLD.version_id)"
  "  BEGIN SELECT RAISE (ABORT, 'a published version never changes'); END;",
};

int
lc_store_get_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

/**
 * lc_store_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/learning-cities/library.db`
 */
char *
lc_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "learning-cities", "library.db", NULL);
}

/**
 * lc_store_set_error_from_sqlite:
 * @self: (nullable): a store
 * @rc: an SQLite result code
 * @error: the error to set
 *
 * Turns an SQLite failure into a message a person can act on.
 */
void
lc_store_set_error_from_sqlite (LcStore  *self,
                                int       rc,
                                GError  **error)
{
  const char *detail = self && self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      g_set_error (error, LC_ERROR, LC_ERROR_DISK_FULL,
                   _("The disk is full, so the change could not be saved. "
                     "Free some space and try again; nothing already saved was lost."));
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      g_set_error (error, LC_ERROR, LC_ERROR_READ_ONLY,
                   _("The library cannot be written to (%s). "
                     "You can still read it; open a library in a writable place to make changes."),
                   detail);
      break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, LC_ERROR, LC_ERROR_NOT_A_DATABASE,
                   _("The library file is damaged (%s)."), detail);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, LC_ERROR, LC_ERROR_CONSTRAINT,
                   _("The change was refused because it would break a rule of the data (%s)."),
                   detail);
      break;
    default:
      g_set_error (error, LC_ERROR, LC_ERROR_DATABASE,
                   _("The library could not be read or written (%s)."), detail);
    }
}

static sqlite3_stmt *
prepare (LcStore     *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      lc_store_set_error_from_sqlite (self, rc, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

/**
 * lc_store_exec:
 * @self: a store
 * @sql: SQL with no parameters (a constant of the program, never user text)
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
lc_store_exec (LcStore     *self,
               const char  *sql,
               GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      lc_store_set_error_from_sqlite (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * lc_store_begin:
 * @self: a store
 * @error: return location for a #GError
 *
 * Opens a transaction, or a savepoint inside the current one, so that
 * functions that change the store can be combined into one change.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_store_begin (LcStore  *self,
                GError  **error)
{
  char sql[48];

  if (self->depth == 0)
    g_strlcpy (sql, "BEGIN IMMEDIATE", sizeof sql);
  else
    g_snprintf (sql, sizeof sql, "SAVEPOINT lc%d", self->depth);

  if (!lc_store_exec (self, sql, error))
    return FALSE;

  self->depth++;
  return TRUE;
}

/**
 * lc_store_commit:
 * @self: a store
 * @error: return location for a #GError
 *
 * Ends the innermost lc_store_begin(). On failure the change is rolled back.
 *
 * Returns: %TRUE when the change is kept
 */
gboolean
lc_store_commit (LcStore  *self,
                 GError  **error)
{
  char sql[48];

  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth == 1)
    g_strlcpy (sql, "COMMIT", sizeof sql);
  else
    g_snprintf (sql, sizeof sql, "RELEASE lc%d", self->depth - 1);

  if (!lc_store_exec (self, sql, error))
    {
      lc_store_rollback (self);
      return FALSE;
    }

  self->depth--;
  return TRUE;
}

/**
 * lc_store_rollback:
 * @self: a store
 *
 * Undoes everything since the innermost lc_store_begin().
 */
void
lc_store_rollback (LcStore *self)
{
  char sql[64];

  g_return_if_fail (self->depth > 0);

  if (self->depth == 1)
    g_strlcpy (sql, "ROLLBACK", sizeof sql);
  else
    g_snprintf (sql, sizeof sql, "ROLLBACK TO lc%d; RELEASE lc%d", self->depth - 1, self->depth - 1);

  /* A failed COMMIT may already have ended the transaction. */
  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  self->depth--;
}

static gboolean
query_int (LcStore     *self,
           const char  *sql,
           gint64      *result,
           GError     **error)
{
  sqlite3_stmt *stmt = prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      lc_store_set_error_from_sqlite (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  *result = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
backup_before_migration (LcStore  *self,
                         GError  **error)
{
  g_autofree char *target = g_strdup_printf ("%s.schema-v%d.bak", self->path, self->version);
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  rc = sqlite3_open (target, &dest);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", self->db, "main");
      if (backup != NULL)
        {
          sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
        }
      rc = sqlite3_errcode (dest);
    }

  if (rc != SQLITE_OK)
    {
      g_autofree char *display = g_filename_display_name (target);

      g_set_error (error, LC_ERROR, LC_ERROR_DATABASE,
                   _("The library needs upgrading, but its backup copy “%s” could not be "
                     "written (%s). The library was left as it is."),
                   display, dest ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
      sqlite3_close (dest);
      return FALSE;
    }

  sqlite3_close (dest);
  return TRUE;
}

static gboolean
migrate (LcStore  *self,
         int       target,
         GError  **error)
{
  char sql[96];

  if (self->version >= target)
    return TRUE;

  if (self->read_only)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_READ_ONLY,
                   _("The library was made by an older version of Learning Cities and must be "
                     "upgraded, but it cannot be written to."));
      return FALSE;
    }

  if (self->version > 0 && !backup_before_migration (self, error))
    return FALSE;

  if (!lc_store_begin (self, error))
    return FALSE;

  for (int v = self->version + 1; v <= target; v++)
    if (!lc_store_exec (self, migrations[v - 1], error))
      {
        lc_store_rollback (self);
        return FALSE;
      }

  g_snprintf (sql, sizeof sql, "PRAGMA user_version = %d; PRAGMA application_id = %d;",
              target, LC_STORE_APPLICATION_ID);
  if (!lc_store_exec (self, sql, error) || !lc_store_commit (self, error))
    {
      if (self->depth > 0)
        lc_store_rollback (self);
      return FALSE;
    }

  self->version = target;
  return TRUE;
}

/* Reads the file without writing to it and decides whether it is ours. */
static gboolean
check_file (LcStore  *self,
            GError  **error)
{
  g_autofree char *display = g_filename_display_name (self->path);
  g_autoptr(GError) local_error = NULL;
  gint64 app_id, version, objects;
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  if (!query_int (self, "SELECT count(*) FROM sqlite_master", &objects, &local_error)
      || !query_int (self, "PRAGMA application_id", &app_id, &local_error)
      || !query_int (self, "PRAGMA user_version", &version, &local_error))
    {
      if (g_error_matches (local_error, LC_ERROR, LC_ERROR_NOT_A_DATABASE))
        g_set_error (error, LC_ERROR, LC_ERROR_NOT_A_DATABASE,
                     _("“%s” is not a Learning Cities library: it is not a database, or it is "
                       "damaged. The file was left as it is."), display);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (app_id == 0 && version == 0 && objects == 0)
    {
      self->version = 0;
      return TRUE;
    }

  if (app_id != LC_STORE_APPLICATION_ID)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_FOREIGN_DATABASE,
                   _("“%s” is a database of another program, not a Learning Cities library. "
                     "The file was left as it is."), display);
      return FALSE;
    }

  if (version > lc_store_get_latest_version ())
    {
      g_set_error (error, LC_ERROR, LC_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Learning Cities (library version "
                     "%d; this version reads up to %d). Update Learning Cities to open it. "
                     "The file was left as it is."),
                   display, (int) version, lc_store_get_latest_version ());
      return FALSE;
    }

  /* Damage inside an otherwise valid file shows up here, before anything is written. */
  stmt = prepare (self, "PRAGMA quick_check", NULL);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  if (stmt != NULL)
    sqlite3_reset (stmt);
  if (!ok)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_NOT_A_DATABASE,
                   _("“%s” is damaged and cannot be opened safely. The file was left as it is."),
                   display);
      return FALSE;
    }

  self->version = version;
  return TRUE;
}

static void
lc_store_finalize (GObject *object)
{
  LcStore *self = LC_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db)
    sqlite3_close (self->db);
  g_free (self->path);

  G_OBJECT_CLASS (lc_store_parent_class)->finalize (object);
}

static void
lc_store_class_init (LcStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lc_store_finalize;

  /**
   * LcStore::changed:
   * @self: the store
   * @type: the record class that changed
   * @id: the record's id
   * @kind: an #LcChangeKind
   *
   * Emitted after a record was inserted, updated or deleted.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_GTYPE, G_TYPE_INT64, G_TYPE_INT);
}

static void
finalize_statement (gpointer data)
{
  sqlite3_finalize (data);
}

static void
lc_store_init (LcStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
}

/**
 * lc_store_open_at_version:
 * @path: the library file; created when missing
 * @version: the schema version to upgrade to (tests use older ones)
 * @error: return location for a #GError
 *
 * Like lc_store_open(), but stops the migrations at @version.
 *
 * Returns: (transfer full) (nullable): the store
 */
LcStore *
lc_store_open_at_version (const char  *path,
                          int          version,
                          GError     **error)
{
  g_autoptr(LcStore) self = g_object_new (LC_TYPE_STORE, NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  gboolean exists = g_file_test (path, G_FILE_TEST_EXISTS);
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_FULLMUTEX;
  int rc;

  g_return_val_if_fail (version >= 1 && version <= lc_store_get_latest_version (), NULL);

  /* See lc-store-portal.c: never SQLite on the document portal. */
  if (lc_store_is_shared_document (path))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, LC_ERROR, LC_ERROR_SHARED_DOCUMENT,
                   _("“%s” was shared with Learning Cities through the sandbox’s document portal, "
                     "where a library cannot be kept safely. Open it with Open Library… in the "
                     "window, which copies it into Learning Cities’ own folder."), display);
      return NULL;
    }

  self->path = g_strdup (path);

  if (!exists)
    {
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;
          g_autofree char *display = g_filename_display_name (dir);

          g_set_error (error, LC_ERROR, LC_ERROR_READ_ONLY,
                       _("The folder “%s” for the library could not be created: %s"),
                       display, g_strerror (saved_errno));
          return NULL;
        }
      flags |= SQLITE_OPEN_CREATE;
    }
  else if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, LC_ERROR, LC_ERROR_NOT_A_DATABASE,
                   _("“%s” is a folder, not a Learning Cities library."), display);
      return NULL;
    }

  /* A library on a read-only disk (or in a folder we may not write to) is
   * opened immutable: SQLite could not create the WAL's shared-memory file
   * beside it, and nothing may change it under us there anyway. */
  if (exists && (g_access (path, W_OK) != 0 || g_access (dir, W_OK) != 0))
    {
      g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

      if (uri != NULL)
        {
          g_autofree char *immutable = g_strconcat (uri, "?immutable=1", NULL);

          rc = sqlite3_open_v2 (immutable, &self->db,
                                SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX, NULL);
          goto opened;
        }
    }

  rc = sqlite3_open_v2 (path, &self->db, flags, NULL);
opened:
  if (rc != SQLITE_OK)
    {
      lc_store_set_error_from_sqlite (self, rc, error);
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);
  self->read_only = sqlite3_db_readonly (self->db, "main") == 1;

  if (!check_file (self, error))
    return NULL;

  if (!lc_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return NULL;
  if (!self->read_only && !lc_store_exec (self, "PRAGMA journal_mode = WAL", error))
    return NULL;

  if (!migrate (self, version, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * lc_store_open:
 * @path: the library file; created (with its folder) when missing
 * @error: return location for a #GError
 *
 * Opens a library, upgrading its schema when it is older than this program
 * (after copying it aside). A file that is not a library, or is newer, is
 * refused and not written to.
 *
 * Returns: (transfer full) (nullable): the store
 */
LcStore *
lc_store_open (const char  *path,
               GError     **error)
{
  return lc_store_open_at_version (path, lc_store_get_latest_version (), error);
}

const char *
lc_store_get_path (LcStore *self)
{
  return self->path;
}

int
lc_store_get_version (LcStore *self)
{
  return self->version;
}

gboolean
lc_store_is_read_only (LcStore *self)
{
  return self->read_only;
}

/**
 * lc_store_get_handle:
 * @self: a store
 *
 * Returns: (transfer none): the `sqlite3 *` behind the store, for queries of
 *   other modules of src/core
 */
gpointer
lc_store_get_handle (LcStore *self)
{
  return self->db;
}

/* Generic record access: SQL is built from the class's column list. */

static const char *
columns_sql (LcRecordClass *klass,
             const char    *kind)
{
  /* Cached on the class: one string per class and statement kind. */
  static GHashTable *cache;
  g_autofree char *key = g_strdup_printf ("%s:%s", klass->table, kind);
  GString *sql;
  const char *found;

  if (cache == NULL)
    cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if ((found = g_hash_table_lookup (cache, key)))
    return found;

  sql = g_string_new (NULL);
  if (g_str_equal (kind, "insert"))
    {
      g_string_append_printf (sql, "INSERT INTO %s (id", klass->table);
      for (guint i = 0; i < klass->columns->len; i++)
        g_string_append_printf (sql, ", %s", ((LcColumn *) g_ptr_array_index (klass->columns, i))->name);
      g_string_append (sql, ") VALUES (?");
      for (guint i = 0; i < klass->columns->len; i++)
        g_string_append (sql, ", ?");
      g_string_append (sql, ")");
    }
  else if (g_str_equal (kind, "update"))
    {
      g_string_append_printf (sql, "UPDATE %s SET ", klass->table);
      for (guint i = 0; i < klass->columns->len; i++)
        g_string_append_printf (sql, "%s%s = ?", i ? ", " : "",
                                ((LcColumn *) g_ptr_array_index (klass->columns, i))->name);
      g_string_append_printf (sql, " WHERE id = ?%u", klass->columns->len + 1);
    }
  else /* select */
    {
      g_string_append (sql, "SELECT id");
      for (guint i = 0; i < klass->columns->len; i++)
        g_string_append_printf (sql, ", %s", ((LcColumn *) g_ptr_array_index (klass->columns, i))->name);
      g_string_append_printf (sql, " FROM %s", klass->table);
    }

  found = g_string_free (sql, FALSE);
  g_hash_table_insert (cache, g_steal_pointer (&key), (char *) found);
  return found;
}

static void
bind_record (sqlite3_stmt *stmt,
             LcRecord     *record,
             int           first)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->columns->len; i++)
    {
      const LcColumn *column = g_ptr_array_index (klass->columns, i);
      GType type = G_PARAM_SPEC_VALUE_TYPE (column->pspec);
      const char *name = column->pspec->name;
      int index = first + (int) i;

      if (type == G_TYPE_STRING)
        {
          sqlite3_bind_text (stmt, index, lc_record_get_string (record, name), -1, SQLITE_TRANSIENT);
        }
      else
        {
          gint64 value = lc_record_get_int (record, name);

          if (column->zero_is_null && value == 0)
            sqlite3_bind_null (stmt, index);
          else if (G_TYPE_IS_ENUM (type))
            sqlite3_bind_text (stmt, index, lc_enum_to_nick (type, (int) value), -1, SQLITE_STATIC);
          else
            sqlite3_bind_int64 (stmt, index, value);
        }
    }
}

static LcRecord *
read_record (LcStore       *self,
             GType          type,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  LcRecordClass *klass = g_type_class_peek (type);
  g_autoptr(LcRecord) record = g_object_new (type, NULL);

  lc_record_set_id (record, sqlite3_column_int64 (stmt, 0));
  g_object_freeze_notify (G_OBJECT (record));
  for (guint i = 0; i < klass->columns->len; i++)
    {
      const LcColumn *column = g_ptr_array_index (klass->columns, i);
      GType value_type = G_PARAM_SPEC_VALUE_TYPE (column->pspec);
      const char *name = column->pspec->name;
      int index = (int) i + 1;

      if (value_type == G_TYPE_STRING)
        {
          lc_record_set_string (record, name, (const char *) sqlite3_column_text (stmt, index));
        }
      else if (G_TYPE_IS_ENUM (value_type))
        {
          const char *nick = (const char *) sqlite3_column_text (stmt, index);
          int value = 0;

          if (nick != NULL && !lc_enum_from_nick (value_type, nick, &value))
            {
              g_object_thaw_notify (G_OBJECT (record));
              g_set_error (error, LC_ERROR, LC_ERROR_NOT_A_DATABASE,
                           _("The library holds an unknown value “%s” in %s.%s."),
                           nick, klass->table, column->name);
              return NULL;
            }
          lc_record_set_int (record, name, value);
        }
      else
        {
          lc_record_set_int (record, name, sqlite3_column_int64 (stmt, index));
        }
    }
  g_object_thaw_notify (G_OBJECT (record));

  return g_steal_pointer (&record);
}

static gboolean
step_done (LcStore       *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      lc_store_set_error_from_sqlite (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * lc_store_insert:
 * @self: a store
 * @record: a record; its id is used when set (to restore a deleted record)
 * @error: return location for a #GError
 *
 * Stores @record as a new row, in its own transaction, and sets its id.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_store_insert (LcStore   *self,
                 LcRecord  *record,
                 GError   **error)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (record);
  sqlite3_stmt *stmt;

  if (!lc_store_begin (self, error))
    return FALSE;

  stmt = prepare (self, columns_sql (klass, "insert"), error);
  if (stmt == NULL)
    goto failed;

  if (lc_record_get_id (record) > 0)
    sqlite3_bind_int64 (stmt, 1, lc_record_get_id (record));
  else
    sqlite3_bind_null (stmt, 1);
  bind_record (stmt, record, 2);

  if (!step_done (self, stmt, error))
    goto failed;

  if (!lc_store_commit (self, error))
    return FALSE;

  lc_record_set_id (record, sqlite3_last_insert_rowid (self->db));
  g_signal_emit (self, signals[CHANGED], 0, G_OBJECT_TYPE (record), lc_record_get_id (record),
                 LC_CHANGE_INSERTED);
  return TRUE;

failed:
  lc_store_rollback (self);
  return FALSE;
}

/**
 * lc_store_update:
 * @self: a store
 * @record: a stored record
 * @error: return location for a #GError
 *
 * Writes every field of @record to its row, in one transaction.
 *
 * Returns: %TRUE on success; %LC_ERROR_NOT_FOUND when the row is gone
 */
gboolean
lc_store_update (LcStore   *self,
                 LcRecord  *record,
                 GError   **error)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (record);
  sqlite3_stmt *stmt;

  if (!lc_store_begin (self, error))
    return FALSE;

  stmt = prepare (self, columns_sql (klass, "update"), error);
  if (stmt == NULL)
    goto failed;

  bind_record (stmt, record, 1);
  sqlite3_bind_int64 (stmt, klass->columns->len + 1, lc_record_get_id (record));
  if (!step_done (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_NOT_FOUND,
                   _("The record was not found; it may have been deleted."));
      goto failed;
    }

  if (!lc_store_commit (self, error))
    return FALSE;

  g_signal_emit (self, signals[CHANGED], 0, G_OBJECT_TYPE (record), lc_record_get_id (record),
                 LC_CHANGE_UPDATED);
  return TRUE;

failed:
  lc_store_rollback (self);
  return FALSE;
}

/**
 * lc_store_delete:
 * @self: a store
 * @record: a stored record
 * @error: return location for a #GError
 *
 * Deletes @record's row; rows that belong to it go too (a convention's items,
 * an item's participations).
 *
 * Returns: %TRUE on success; %LC_ERROR_NOT_FOUND when the row is gone
 */
gboolean
lc_store_delete (LcStore   *self,
                 LcRecord  *record,
                 GError   **error)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (record);
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", klass->table);
  sqlite3_stmt *stmt;

  if (!lc_store_begin (self, error))
    return FALSE;

  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, lc_record_get_id (record));
  if (!step_done (self, stmt, error))
    goto failed;

  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_NOT_FOUND,
                   _("The record was not found; it may have been deleted already."));
      goto failed;
    }

  if (!lc_store_commit (self, error))
    return FALSE;

  g_signal_emit (self, signals[CHANGED], 0, G_OBJECT_TYPE (record), lc_record_get_id (record),
                 LC_CHANGE_DELETED);
  return TRUE;

failed:
  lc_store_rollback (self);
  return FALSE;
}

/**
 * lc_store_get:
 * @self: a store
 * @type: a record class, such as %LC_TYPE_ITEM
 * @id: the row id
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (type LcRecord) (nullable): the record, or %NULL
 *   with %LC_ERROR_NOT_FOUND
 */
gpointer
lc_store_get (LcStore  *self,
              GType     type,
              gint64    id,
              GError  **error)
{
  LcRecordClass *klass = g_type_class_ref (type);
  g_autofree char *sql = g_strdup_printf ("%s WHERE id = ?", columns_sql (klass, "select"));
  sqlite3_stmt *stmt = prepare (self, sql, error);
  LcRecord *record = NULL;
  int rc;

  g_type_class_unref (klass);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    record = read_record (self, type, stmt, error);
  else if (rc == SQLITE_DONE)
    g_set_error (error, LC_ERROR, LC_ERROR_NOT_FOUND, _("The record was not found."));
  else
    lc_store_set_error_from_sqlite (self, rc, error);
  sqlite3_reset (stmt);

  return record;
}

static GListStore *
list_with_sql (LcStore     *self,
               GType        type,
               const char  *sql,
               gboolean     bind,
               gint64       value,
               GError     **error)
{
  g_autoptr(GListStore) list = g_list_store_new (type);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  if (bind)
    sqlite3_bind_int64 (stmt, 1, value);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LcRecord *record = read_record (self, type, stmt, error);

      if (record == NULL)
        {
          sqlite3_reset (stmt);
          return NULL;
        }
      g_ptr_array_add (records, record);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      lc_store_set_error_from_sqlite (self, rc, error);
      return NULL;
    }

  /* One splice, so a view bound to the list updates once. */
  g_list_store_splice (list, 0, 0, records->pdata, records->len);
  return g_steal_pointer (&list);
}

/**
 * lc_store_list:
 * @self: a store
 * @type: a record class
 * @column: (nullable): a column of @type to filter on, such as "convention_id"
 * @value: the value @column must have
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the records, in the class's order
 */
GListStore *
lc_store_list (LcStore     *self,
               GType        type,
               const char  *column,
               gint64       value,
               GError     **error)
{
  LcRecordClass *klass = g_type_class_ref (type);
  g_autofree char *sql = NULL;

  /* Column names are never user text, but check them anyway. */
  if (column != NULL && lc_record_class_find_column (klass, column) == NULL)
    {
      g_type_class_unref (klass);
      g_return_val_if_reached (NULL);
    }

  sql = g_strdup_printf ("%s%s%s%s ORDER BY %s", columns_sql (klass, "select"),
                         column ? " WHERE " : "", column ? column : "", column ? " = ?" : "",
                         klass->order_by);
  g_type_class_unref (klass);

  return list_with_sql (self, type, sql, column != NULL, value, error);
}

/**
 * lc_store_list_for_convention:
 * @self: a store
 * @type: a record class that belongs to a convention, directly (rooms, items…)
 *   or through its parent (participations belong to items)
 * @convention_id: the convention
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the convention's records of @type, in
 *   the class's order
 */
GListStore *
lc_store_list_for_convention (LcStore     *self,
                              GType        type,
                              gint64       convention_id,
                              GError     **error)
{
  LcRecordClass *klass = g_type_class_ref (type);
  const LcColumn *parent = klass->parent_column ? lc_record_class_find_column (klass, klass->parent_column) : NULL;
  g_autofree char *sql = NULL;

  if (lc_record_class_find_column (klass, "convention_id") != NULL)
    sql = g_strdup_printf ("%s WHERE convention_id = ? ORDER BY %s",
                           columns_sql (klass, "select"), klass->order_by);
  else if (parent != NULL && parent->references != NULL)
    sql = g_strdup_printf ("%s WHERE %s IN (SELECT id FROM %s WHERE convention_id = ?) ORDER BY %s",
                           columns_sql (klass, "select"), parent->name, parent->references,
                           klass->order_by);
  g_type_class_unref (klass);

  g_return_val_if_fail (sql != NULL, NULL);

  return list_with_sql (self, type, sql, TRUE, convention_id, error);
}

/**
 * lc_store_count:
 * @self: a store
 * @type: a record class
 * @column: (nullable): a column to filter on
 * @value: the value @column must have
 * @error: return location for a #GError
 *
 * Returns: the number of rows, or -1 on error
 */
gint64
lc_store_count (LcStore     *self,
                GType        type,
                const char  *column,
                gint64       value,
                GError     **error)
{
  LcRecordClass *klass = g_type_class_ref (type);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gint64 count = -1;
  int rc;

  if (column != NULL && lc_record_class_find_column (klass, column) == NULL)
    {
      g_type_class_unref (klass);
      g_return_val_if_reached (-1);
    }

  sql = g_strdup_printf ("SELECT count(*) FROM %s%s%s%s", klass->table,
                         column ? " WHERE " : "", column ? column : "", column ? " = ?" : "");
  g_type_class_unref (klass);

  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return -1;
  if (column != NULL)
    sqlite3_bind_int64 (stmt, 1, value);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  else
    lc_store_set_error_from_sqlite (self, rc, error);
  sqlite3_reset (stmt);

  return count;
}

/**
 * lc_store_list_conventions:
 * @self: a store
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): every convention of the library, newest first
 */
GListStore *
lc_store_list_conventions (LcStore  *self,
                           GError  **error)
{
  return lc_store_list (self, LC_TYPE_CONVENTION, NULL, 0, error);
}
