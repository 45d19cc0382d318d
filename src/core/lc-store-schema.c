/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-store-private.h"

/* The library's schema. */

#define TEXT_PAIR(name) name "_ar TEXT NOT NULL DEFAULT '', " name "_en TEXT NOT NULL DEFAULT ''"

/* Dates are checked with date (x, '+0 days'), which rolls 2023-02-30 over
 * to March: plain date (x) passes any day up to 31. */

/* A random UUID (version 4, as g_uuid_string_random () makes) in SQL, which
 * has no UUID function: each group from its own random bytes, with the
 * version nibble 4 and the variant nibble one of 8, 9, a, b. */
#define RANDOM_UUID \
  "lower (hex (randomblob (4))) || '-' || lower (hex (randomblob (2))) || '-4' ||" \
  " substr (lower (hex (randomblob (2))), 2) || '-' || substr ('89ab', 1 + (random () & 3), 1) ||" \
  " substr (lower (hex (randomblob (2))), 2) || '-' || lower (hex (randomblob (6)))"

/* A record's identity across libraries: filled for the rows a library has,
 * and for every row inserted without one, whichever code inserts it. */
#define UID_COLUMN(table) \
  "ALTER TABLE " table " ADD COLUMN uid TEXT;" \
  "UPDATE " table " SET uid = " RANDOM_UUID ";" \
  UID_KEPT (table)

/* The index and trigger of a table that has its uid column already. */
#define UID_KEPT(table) \
  "CREATE UNIQUE INDEX " table "_by_uid ON " table " (uid);" \
  "CREATE TRIGGER " table "_uid AFTER INSERT ON " table " WHEN NEW.uid IS NULL" \
  "  BEGIN UPDATE " table " SET uid = " RANDOM_UUID " WHERE id = NEW.id; END;"

/* An item's kind, checked by triggers rather than by a CHECK in the table,
 * so that a new kind is a new pair of triggers and not a rebuilt table. */
#define ITEM_KINDS \
  "('opening', 'session', 'break', 'field-visit', 'exercise', 'declaration-reading'," \
  " 'closing', 'panel', 'workshop', 'exhibition', 'ceremony', 'meal', 'other')"

/* A reference from items to a table of the same convention. */
#define ITEMS_SAME_CONVENTION(trigger, column, table, message) \
  "CREATE TRIGGER " trigger " BEFORE INSERT ON items" \
  "  WHEN NEW." column " IS NOT NULL AND" \
  "       (SELECT convention_id FROM " table " WHERE id = NEW." column ") IS NOT NEW.convention_id" \
  "  BEGIN SELECT RAISE (ABORT, '" message "'); END;" \
  "CREATE TRIGGER " trigger "_update BEFORE UPDATE OF " column ", convention_id ON items" \
  "  WHEN NEW." column " IS NOT NULL AND" \
  "       (SELECT convention_id FROM " table " WHERE id = NEW." column ") IS NOT NEW.convention_id" \
  "  BEGIN SELECT RAISE (ABORT, '" message "'); END;"

/* people14: a participant's category and status (lc-participant-enums.h's
 * nicks). */
#define PARTICIPANT_CATEGORIES "('programme', 'delegate', 'observer', 'press', 'staff')"
#define PARTICIPANT_STATUSES \
  "('invited', 'confirmed', 'declined', 'attended-in-person', 'attended-online', 'no-show')"

/* A reference from @table's @column to a record of @target that must be of
 * the row's own convention. */
#define SAME_CONVENTION(trigger, table, column, target, message) \
  "CREATE TRIGGER " trigger " BEFORE INSERT ON " table \
  "  WHEN (SELECT convention_id FROM " target " WHERE id = NEW." column ") IS NOT NEW.convention_id" \
  "  BEGIN SELECT RAISE (ABORT, '" message "'); END;" \
  "CREATE TRIGGER " trigger "_update BEFORE UPDATE OF " column ", convention_id ON " table \
  "  WHEN (SELECT convention_id FROM " target " WHERE id = NEW." column ") IS NOT NEW.convention_id" \
  "  BEGIN SELECT RAISE (ABORT, '" message "'); END;"

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

  /* 4: an identity for every record a convention file carries, the same in
   * every library the convention is exported to, so that calendars and
   * schedule apps recognise an item wherever it comes from. Published
   * versions never change, and are named by their declaration and number. */
  UID_COLUMN ("conventions")
  UID_COLUMN ("rooms")
  UID_COLUMN ("cities")
  UID_COLUMN ("people")
  UID_COLUMN ("items")
  UID_COLUMN ("participations")
  UID_COLUMN ("declarations")
  UID_COLUMN ("declaration_sections")
  UID_COLUMN ("clauses")
  UID_COLUMN ("amendments"),

  /* 5 (kinds): more kinds of item, and tracks (themes) that items belong to.
   * The items table is rebuilt, as SQLite's documented procedure for a
   * changed table goes, because its CHECK on kind could not be changed: the
   * runner turns foreign keys off around the transaction (else dropping the
   * old table would delete every participation) and checks them before
   * committing. legacy_alter_table lets the rename leave alone the triggers
   * of other tables that name items, which would otherwise be checked while
   * no table of that name exists. */
  "CREATE TABLE tracks ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,"
  "  " TEXT_PAIR ("name") ","
  "  colour TEXT NOT NULL DEFAULT '#1c71d8'"
  "    CHECK (length (colour) = 7 AND colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  uid TEXT);"
  "CREATE INDEX tracks_by_convention ON tracks (convention_id);"
  UID_KEPT ("tracks")
  "PRAGMA legacy_alter_table = ON;"
  "CREATE TABLE items_new ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL,"
  "  number INTEGER CHECK (number > 0),"
  "  " TEXT_PAIR ("title") ", " TEXT_PAIR ("description") ","
  "  day TEXT NOT NULL CHECK (date(day, '+0 days') IS day),"
  "  start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),"
  "  end_minute INTEGER NOT NULL CHECK (end_minute > start_minute AND end_minute <= 1440),"
  "  room_id INTEGER REFERENCES rooms (id) ON DELETE SET NULL,"
  "  uid TEXT,"
  "  track_id INTEGER REFERENCES tracks (id) ON DELETE SET NULL);"
  "INSERT INTO items_new (id, convention_id, kind, number, title_ar, title_en, description_ar,"
  "                       description_en, day, start_minute, end_minute, room_id, uid)"
  "  SELECT id, convention_id, kind, number, title_ar, title_en, description_ar,"
  "         description_en, day, start_minute, end_minute, room_id, uid FROM items;"
  "DROP TABLE items;"
  "ALTER TABLE items_new RENAME TO items;"
  "PRAGMA legacy_alter_table = OFF;"
  "CREATE INDEX items_by_day ON items (convention_id, day, start_minute);"
  "CREATE INDEX items_by_room ON items (room_id);"
  "CREATE INDEX items_by_track ON items (track_id);"
  UID_KEPT ("items")
  ITEMS_SAME_CONVENTION ("items_room_check", "room_id", "rooms", "room of another convention")
  ITEMS_SAME_CONVENTION ("items_track_check", "track_id", "tracks", "track of another convention")
  "CREATE TRIGGER items_kind_check BEFORE INSERT ON items"
  "  WHEN NEW.kind NOT IN " ITEM_KINDS
  "  BEGIN SELECT RAISE (ABORT, 'unknown kind of item'); END;"
  "CREATE TRIGGER items_kind_check_update BEFORE UPDATE OF kind ON items"
  "  WHEN NEW.kind NOT IN " ITEM_KINDS
  "  BEGIN SELECT RAISE (ABORT, 'unknown kind of item'); END;",
  /* 6 (rooms2, issue 12): where a room is and who fits in it, the link online
   * participants join (a room's, or an item's own, which overrides it) and
   * how many are expected at an item, so that a room too small is warned
   * of. Only added: a library keeps every row, the new fields empty. */
  "ALTER TABLE rooms ADD COLUMN capacity INTEGER CHECK (capacity > 0);"
  "ALTER TABLE rooms ADD COLUMN location_ar TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE rooms ADD COLUMN location_en TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE rooms ADD COLUMN online_only INTEGER NOT NULL DEFAULT 0 CHECK (online_only IN (0, 1));"
  "ALTER TABLE rooms ADD COLUMN online_url TEXT NOT NULL DEFAULT ''"
  "  CHECK (online_url = '' OR online_url GLOB 'https://?*');"
  "ALTER TABLE items ADD COLUMN online_url TEXT NOT NULL DEFAULT ''"
  "  CHECK (online_url = '' OR online_url GLOB 'https://?*');"
  "ALTER TABLE items ADD COLUMN expected_attendance INTEGER CHECK (expected_attendance > 0);",
  /* 7 (orgs, issue 12): the organisations behind a convention — host,
   * organisers, partners, sponsors — each a record with a role, a country, a
   * website and a logo (a PNG, base64, made by lc-organisation-logo.c), and
   * a person's organisation as one of them. The free-text host and
   * organisers become rows (both languages kept; organisers are never split:
   * commas, "and", "،" and "و" all occur inside real institutions' names),
   * and are then emptied so that the organisations are the one place they
   * live. The columns stay, unused: dropping one rebuilds the table. */
  "CREATE TABLE organisations ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,"
  "  " TEXT_PAIR ("name") ","
  "  role TEXT NOT NULL DEFAULT 'partner'"
  "    CHECK (role IN ('host', 'organiser', 'partner', 'sponsor')),"
  "  country TEXT NOT NULL DEFAULT '' CHECK (country = '' OR country GLOB '[A-Z][A-Z]'),"
  "  website TEXT NOT NULL DEFAULT ''"
  "    CHECK (website = '' OR website GLOB 'http://?*' OR website GLOB 'https://?*'),"
  "  logo TEXT NOT NULL DEFAULT '',"
  "  position INTEGER NOT NULL DEFAULT 0);"
  UID_COLUMN ("organisations")
  "CREATE INDEX organisations_by_convention ON organisations (convention_id);"
  "ALTER TABLE people ADD COLUMN organisation_id INTEGER"
  "  REFERENCES organisations (id) ON DELETE SET NULL;"
  "CREATE INDEX people_by_organisation ON people (organisation_id);"
  "CREATE TRIGGER people_organisation_check BEFORE INSERT ON people"
  "  WHEN NEW.organisation_id IS NOT NULL AND"
  "       (SELECT convention_id FROM organisations WHERE id = NEW.organisation_id)"
  "       IS NOT NEW.convention_id"
  "  BEGIN SELECT RAISE (ABORT, 'organisation of another convention'); END;"
  "CREATE TRIGGER people_organisation_check_update"
  "  BEFORE UPDATE OF organisation_id, convention_id ON people"
  "  WHEN NEW.organisation_id IS NOT NULL AND"
  "       (SELECT convention_id FROM organisations WHERE id = NEW.organisation_id)"
  "       IS NOT NEW.convention_id"
  "  BEGIN SELECT RAISE (ABORT, 'organisation of another convention'); END;"
  /* Their uids are the convention's with the role's number for its last
   * digits, as lc-convention-io-organisations.c gives those of an old file. */
  "INSERT INTO organisations (convention_id, name_ar, name_en, role, position, uid)"
  "  SELECT id, trim (host_ar), trim (host_en), 'host', 0, substr (uid, 1, 24) || '000000000001'"
  "  FROM conventions"
  "  WHERE trim (host_ar) <> '' OR trim (host_en) <> '' ORDER BY id;"
  "INSERT INTO organisations (convention_id, name_ar, name_en, role, position, uid)"
  "  SELECT id, trim (organisers_ar), trim (organisers_en), 'organiser', 1,"
  "    substr (uid, 1, 24) || '000000000002' FROM conventions"
  "  WHERE trim (organisers_ar) <> '' OR trim (organisers_en) <> '' ORDER BY id;"
  "UPDATE conventions SET host_ar = '', host_en = '', organisers_ar = '', organisers_en = ''"
  "  WHERE host_ar <> '' OR host_en <> '' OR organisers_ar <> '' OR organisers_en <> '';",
  /* 8 (people, issue 12): how to reach a person and who they are. Email and
   * phone as typed (checked by lc-person-contact.c before they are stored),
   * a short biography in each language, and the language they prefer for
   * correspondence ('' when nobody said). Existing people get '' for all. */
  "ALTER TABLE people ADD COLUMN email TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE people ADD COLUMN phone TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE people ADD COLUMN bio_ar TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE people ADD COLUMN bio_en TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE people ADD COLUMN language TEXT NOT NULL DEFAULT ''"
  "  CHECK (language IN ('', 'ar', 'en'));",
  /* 9 (report, issue 13): the convention's final report (lc-report.h). Its texts are in
   * tables of their own, not columns of items and conventions, so that
   * loading an agenda does not read every summary. A photo names its image
   * by the SHA-256 of its bytes: deleting a photo leaves the image, so that
   * undoing the deletion finds it again (unused images go when the library
   * is next opened, when no undo history can name them). */
  "CREATE TABLE reports ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL UNIQUE REFERENCES conventions (id) ON DELETE CASCADE,"
  "  " TEXT_PAIR ("foreword") ", " TEXT_PAIR ("signatory") ", " TEXT_PAIR ("about") ","
  "  in_person INTEGER CHECK (in_person > 0), online INTEGER CHECK (online > 0),"
  "  cities INTEGER CHECK (cities > 0), countries INTEGER CHECK (countries > 0));"
  "CREATE TABLE report_summaries ("
  "  id INTEGER PRIMARY KEY,"
  "  item_id INTEGER NOT NULL UNIQUE REFERENCES items (id) ON DELETE CASCADE,"
  "  " TEXT_PAIR ("summary") ");"
  "CREATE TABLE report_coverage ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('press', 'social')),"
  "  headline TEXT NOT NULL CHECK (headline <> ''),"
  "  outlet TEXT NOT NULL DEFAULT '',"
  "  date TEXT NOT NULL DEFAULT '' CHECK (date = '' OR date(date, '+0 days') IS date),"
  "  link TEXT NOT NULL DEFAULT '',"
  "  language TEXT NOT NULL CHECK (language IN ('arabic', 'english')),"
  "  position INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE report_images ("
  "  hash TEXT PRIMARY KEY CHECK (length (hash) = 64),"
  "  mime_type TEXT NOT NULL CHECK (mime_type IN ('image/png', 'image/jpeg')),"
  "  width INTEGER NOT NULL CHECK (width > 0),"
  "  height INTEGER NOT NULL CHECK (height > 0),"
  "  data BLOB NOT NULL);"
  "CREATE TABLE report_photos ("
  "  id INTEGER PRIMARY KEY,"
  "  item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,"
  "  image TEXT NOT NULL REFERENCES report_images (hash),"
  "  " TEXT_PAIR ("caption") ","
  "  position INTEGER NOT NULL DEFAULT 0);"
  "CREATE INDEX report_coverage_by_convention ON report_coverage (convention_id, position);"
  "CREATE INDEX report_photos_by_item ON report_photos (item_id, position);"
  "CREATE INDEX report_photos_by_image ON report_photos (image);"
  UID_COLUMN ("reports")
  UID_COLUMN ("report_summaries")
  UID_COLUMN ("report_coverage")
  UID_COLUMN ("report_photos"),
  /* 10 (places, issue 12): off-site places for field visits, each a name and
   * an address in both languages. An item is in one of the convention's
   * rooms or at one of its places, never both: the triggers refuse a row
   * with both, whichever code writes it. Existing items keep their room and
   * get no place. */
  "CREATE TABLE places ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,"
  "  " TEXT_PAIR ("name") ", " TEXT_PAIR ("address") ","
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  uid TEXT);"
  "CREATE INDEX places_by_convention ON places (convention_id);"
  UID_KEPT ("places")
  "ALTER TABLE items ADD COLUMN place_id INTEGER REFERENCES places (id) ON DELETE SET NULL;"
  "CREATE INDEX items_by_place ON items (place_id);"
  ITEMS_SAME_CONVENTION ("items_place_check", "place_id", "places", "place of another convention")
  "CREATE TRIGGER items_room_or_place BEFORE INSERT ON items"
  "  WHEN NEW.room_id IS NOT NULL AND NEW.place_id IS NOT NULL"
  "  BEGIN SELECT RAISE (ABORT, 'an item in a room and at a place'); END;"
  "CREATE TRIGGER items_room_or_place_update BEFORE UPDATE OF room_id, place_id ON items"
  "  WHEN NEW.room_id IS NOT NULL AND NEW.place_id IS NOT NULL"
  "  BEGIN SELECT RAISE (ABORT, 'an item in a room and at a place'); END;",
  /* 11 (photo, issue 12): a person's photo, '' for none, else the SHA-256
   * of its image in report_images, which from here on is the library's
   * image store for the report's photos and people's photos alike
   * (lc-person-photo.c). No foreign key: '' stands for no photo, and an
   * image stays until no photo names it, as for the report's photos. */
  "ALTER TABLE people ADD COLUMN photo TEXT NOT NULL DEFAULT ''"
  "  CHECK (photo = '' OR length (photo) = 64);"
  "CREATE INDEX people_by_photo ON people (photo);",
  /* 12 (people14, issue 14): participants are people too, with the same
   * record: why they come (a category; everyone already in a library is
   * there for the programme), whom they represent (their city, their
   * organisation or free text; not said for everyone already there) and
   * where they stand (a status; everyone already there is invited, which
   * claims nothing). Each status a person is given is kept with its time
   * (status_changes, written with the status by lc-participant.c), and
   * who attended an item with limited places (item_attendance). */
  "ALTER TABLE people ADD COLUMN category TEXT NOT NULL DEFAULT 'programme'"
  "  CHECK (category IN " PARTICIPANT_CATEGORIES ");"
  "ALTER TABLE people ADD COLUMN represents TEXT"
  "  CHECK (represents IN ('city', 'organisation', 'other'));"
  "ALTER TABLE people ADD COLUMN represents_ar TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE people ADD COLUMN represents_en TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE people ADD COLUMN status TEXT NOT NULL DEFAULT 'invited'"
  "  CHECK (status IN " PARTICIPANT_STATUSES ");"
  "CREATE INDEX people_by_status ON people (convention_id, status);"
  "CREATE TABLE status_changes ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,"
  "  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,"
  "  status TEXT NOT NULL CHECK (status IN " PARTICIPANT_STATUSES "),"
  /* UTC, to the second, as 2026-12-07T09:30:00Z. */
  "  changed_at TEXT NOT NULL CHECK (strftime ('%Y-%m-%dT%H:%M:%SZ', changed_at, '+0 days') IS changed_at),"
  "  uid TEXT);"
  "CREATE INDEX status_changes_by_person ON status_changes (person_id, changed_at);"
  "CREATE INDEX status_changes_by_convention ON status_changes (convention_id);"
  UID_KEPT ("status_changes")
  SAME_CONVENTION ("status_changes_person_check", "status_changes", "person_id", "people",
                   "person of another convention")
  "CREATE TABLE item_attendance ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,"
  "  item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,"
  "  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,"
  "  attendance TEXT NOT NULL DEFAULT 'in-person' CHECK (attendance IN ('in-person', 'online')),"
  "  uid TEXT,"
  "  UNIQUE (item_id, person_id));"
  "CREATE INDEX item_attendance_by_person ON item_attendance (person_id);"
  "CREATE INDEX item_attendance_by_convention ON item_attendance (convention_id);"
  UID_KEPT ("item_attendance")
  SAME_CONVENTION ("item_attendance_item_check", "item_attendance", "item_id", "items",
                   "item of another convention")
  SAME_CONVENTION ("item_attendance_person_check", "item_attendance", "person_id", "people",
                   "person of another convention"),

  /* 13 (exchange, issue 15): each changes file a library sent or merged for a
   * convention (lc-exchange.c). The file's hash makes merging it twice a
   * no-op; the replica (the sending library's identity for the convention)
   * and its sequence say which of a colleague's files came out of order. */
  "CREATE TABLE exchange_history ("
  "  id INTEGER PRIMARY KEY,"
  "  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('send', 'merge')),"
  "  author TEXT NOT NULL DEFAULT '',"
  "  replica TEXT NOT NULL,"
  "  sequence INTEGER NOT NULL CHECK (sequence > 0),"
  "  happened_at TEXT NOT NULL"
  "    CHECK (strftime ('%Y-%m-%dT%H:%M:%SZ', happened_at, '+0 days') IS happened_at),"
  "  added INTEGER NOT NULL DEFAULT 0 CHECK (added >= 0),"
  "  changed INTEGER NOT NULL DEFAULT 0 CHECK (changed >= 0),"
  "  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted >= 0),"
  "  conflicts INTEGER NOT NULL DEFAULT 0 CHECK (conflicts >= 0),"
  "  file_hash TEXT NOT NULL CHECK (length (file_hash) = 64));"
  "CREATE INDEX exchange_history_by_convention ON exchange_history (convention_id, id);"
  "CREATE INDEX exchange_history_by_hash ON exchange_history (file_hash);",
};

/**
 * lc_store_get_report_version:
 *
 * Returns: the schema version that made the final report's tables
 *   (lc-report.h): a library older than it has no report yet
 */
int
lc_store_get_report_version (void)
{
  return lc_store_get_step_creating ("reports");
}

/**
 * lc_store_get_person_photo_version:
 *
 * Returns: the schema version that gave people a photo: in a library older
 *   than it only the report's photos name stored images
 */
int
lc_store_get_person_photo_version (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    if (strstr (migrations[i], "ALTER TABLE people ADD COLUMN photo ") != NULL)
      return i + 1;

  g_return_val_if_reached (0);
}

int
lc_store_get_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

/* The step that creates @table ("organisations"), or 0: found by its text,
 * so that it stays right whatever steps are merged before it. */
int
lc_store_get_step_creating (const char *table)
{
  /* Asked for every record listed (lc_store_has_uid ()): remembered, as
   * the steps are the program's own. */
  static GHashTable *steps;
  G_LOCK_DEFINE_STATIC (steps);
  g_autofree char *create = g_strdup_printf ("CREATE TABLE %s (", table);
  gpointer found;
  int step = 0;

  G_LOCK (steps);
  if (steps == NULL)
    steps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_lookup_extended (steps, table, NULL, &found))
    step = GPOINTER_TO_INT (found);
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (migrations) && step == 0; i++)
        if (strstr (migrations[i], create) != NULL)
          step = i + 1;
      g_hash_table_insert (steps, g_strdup (table), GINT_TO_POINTER (step));
    }
  G_UNLOCK (steps);

  return step;
}

/* The SQL of migration @step, from 1 to lc_store_get_latest_version (). */
const char *
lc_store_get_migration (int step)
{
  g_return_val_if_fail (step >= 1 && step <= (int) G_N_ELEMENTS (migrations), NULL);

  return migrations[step - 1];
}
