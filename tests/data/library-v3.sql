-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- A Learning Cities library at schema version 3, exactly as that release of
-- the migrations wrote it: schema 3 adds declarations, sections, clauses,
-- amendments and published versions (migration step 3). Besides the data of the older fixtures it holds
-- a declaration with one section and two clauses, a replace amendment that was
-- accepted and incorporated in published version 1, and an insert-after
-- amendment still proposed (with its pending clause).
--
-- tests/test-migrations.c loads this file into a new database, opens it with
-- lc_store_open () (which upgrades it) and checks that every row survives and
-- that the upgraded schema is exactly that of a new library. That is what
-- catches an edit to a released step of migrations[] in
-- src/core/lc-store-schema.c, so:
--
--   NEVER REGENERATE OR EDIT THIS FILE. It stands for libraries people already
--   have. A new schema version gets a new fixture next to it.
--
-- How it was made (once, on 2026-12-06, at commit efadb7e, where migrations[]
-- had its three released steps): a scratch program called
-- lc_store_open_at_version (path, 3) on a new file and added, through
-- lc_store_insert () and the declaration API, one convention with Arabic and
-- English text in every field, a room, a city, a person of that city (online),
-- a numbered session in the room with the person as speaker, and a break with
-- no room and no number; then `sqlite3 FILE .dump`, followed by the two
-- PRAGMAs at the end, which .dump does not write.

PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE conventions (  id INTEGER PRIMARY KEY,  title_ar TEXT NOT NULL DEFAULT '', title_en TEXT NOT NULL DEFAULT '', slogan_ar TEXT NOT NULL DEFAULT '', slogan_en TEXT NOT NULL DEFAULT '', venue_ar TEXT NOT NULL DEFAULT '', venue_en TEXT NOT NULL DEFAULT '',  host_ar TEXT NOT NULL DEFAULT '', host_en TEXT NOT NULL DEFAULT '', organisers_ar TEXT NOT NULL DEFAULT '', organisers_en TEXT NOT NULL DEFAULT '',  start_date TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),  end_date TEXT NOT NULL CHECK (date(end_date, '+0 days') IS end_date AND end_date >= start_date),  time_zone TEXT NOT NULL CHECK (time_zone <> ''));
INSERT INTO conventions VALUES(1,'مؤتمر مدن التعلم','Learning Cities Conference','التعلم للجميع','Learning for all','مركز المؤتمرات','Convention Centre','مدينة الجبيل','Jubail City','اليونسكو','UNESCO','2024-10-01','2024-10-03','Asia/Riyadh');
CREATE TABLE rooms (  id INTEGER PRIMARY KEY,  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,  name_ar TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '',  position INTEGER NOT NULL DEFAULT 0);
INSERT INTO rooms VALUES(1,1,'القاعة الكبرى','Main Hall',1);
CREATE TABLE cities (  id INTEGER PRIMARY KEY,  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,  name_ar TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '',  country TEXT NOT NULL DEFAULT '' CHECK (country = '' OR country GLOB '[A-Z][A-Z]'),  arab_region INTEGER NOT NULL DEFAULT 0 CHECK (arab_region IN (0, 1)),  year_joined INTEGER CHECK (year_joined BETWEEN 1 AND 9999),  candidate INTEGER NOT NULL DEFAULT 0 CHECK (candidate IN (0, 1)),  trait_ar TEXT NOT NULL DEFAULT '', trait_en TEXT NOT NULL DEFAULT '',  sdgs INTEGER NOT NULL DEFAULT 0 CHECK (sdgs BETWEEN 0 AND 262142 AND (sdgs & 1) = 0),  attendance TEXT CHECK (attendance IN ('in-person', 'online', 'absent')),  representative_ar TEXT NOT NULL DEFAULT '', representative_en TEXT NOT NULL DEFAULT '');
INSERT INTO cities VALUES(1,1,'الجبيل','Jubail','SA',1,2019,0,'مدينة صناعية','Industrial city',2064,'online','سارة العتيبي','Sara Al-Otaibi');
CREATE TABLE people (  id INTEGER PRIMARY KEY,  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,  name_ar TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '', honorific_ar TEXT NOT NULL DEFAULT '', honorific_en TEXT NOT NULL DEFAULT '',  position_ar TEXT NOT NULL DEFAULT '', position_en TEXT NOT NULL DEFAULT '', organisation_ar TEXT NOT NULL DEFAULT '', organisation_en TEXT NOT NULL DEFAULT '',  city_id INTEGER REFERENCES cities (id) ON DELETE SET NULL,  attendance TEXT NOT NULL DEFAULT 'in-person' CHECK (attendance IN ('in-person', 'online')));
INSERT INTO people VALUES(1,1,'ليلى حداد','Layla Haddad','د.','Dr','مديرة التعليم','Director of Education','بلدية الجبيل','Jubail Municipality',1,'online');
CREATE TABLE items (  id INTEGER PRIMARY KEY,  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,  kind TEXT NOT NULL CHECK (kind IN ('opening', 'session', 'break', 'field-visit',                                     'exercise', 'declaration-reading', 'closing', 'other')),  number INTEGER CHECK (number > 0),  title_ar TEXT NOT NULL DEFAULT '', title_en TEXT NOT NULL DEFAULT '', description_ar TEXT NOT NULL DEFAULT '', description_en TEXT NOT NULL DEFAULT '',  day TEXT NOT NULL CHECK (date(day, '+0 days') IS day),  start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),  end_minute INTEGER NOT NULL CHECK (end_minute > start_minute AND end_minute <= 1440),  room_id INTEGER REFERENCES rooms (id) ON DELETE SET NULL);
INSERT INTO items VALUES(1,1,'session',1,'التعلم مدى الحياة','Lifelong learning','جلسة حوارية','A panel','2024-10-02',540,600,1);
INSERT INTO items VALUES(2,1,'break',NULL,'استراحة','Break','','','2024-10-02',600,630,NULL);
CREATE TABLE participations (  id INTEGER PRIMARY KEY,  item_id INTEGER NOT NULL REFERENCES items (id) ON DELETE CASCADE,  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,  role TEXT NOT NULL CHECK (role IN ('moderator', 'speaker', 'presenter')),  position INTEGER NOT NULL DEFAULT 0,  attendance TEXT CHECK (attendance IN ('in-person', 'online')),  UNIQUE (item_id, person_id, role));
INSERT INTO participations VALUES(1,1,1,'speaker',0,NULL);
CREATE TABLE declarations (  id INTEGER PRIMARY KEY,  convention_id INTEGER NOT NULL REFERENCES conventions (id) ON DELETE CASCADE,  title_ar TEXT NOT NULL DEFAULT '', title_en TEXT NOT NULL DEFAULT '',  position INTEGER NOT NULL DEFAULT 0);
INSERT INTO declarations VALUES(1,1,'إعلان الجبيل','Jubail Declaration',0);
CREATE TABLE declaration_sections (  id INTEGER PRIMARY KEY,  declaration_id INTEGER NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,  title_ar TEXT NOT NULL DEFAULT '', title_en TEXT NOT NULL DEFAULT '',  position INTEGER NOT NULL DEFAULT 0,  removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)));
INSERT INTO declaration_sections VALUES(1,1,'الالتزامات','Commitments',0,0);
CREATE TABLE clauses (  id INTEGER PRIMARY KEY,  section_id INTEGER NOT NULL REFERENCES declaration_sections (id) ON DELETE CASCADE,  text_ar TEXT NOT NULL DEFAULT '', text_en TEXT NOT NULL DEFAULT '',  position INTEGER NOT NULL DEFAULT 0,  numbered INTEGER NOT NULL DEFAULT 0 CHECK (numbered IN (0, 1)),  state TEXT NOT NULL DEFAULT 'base' CHECK (state IN ('base', 'pending', 'removed')),  amendment_id INTEGER REFERENCES amendments (id) ON DELETE CASCADE,  CHECK (state <> 'pending' OR amendment_id IS NOT NULL));
INSERT INTO clauses VALUES(1,1,'نلتزم بالتعلم مدى الحياة للجميع.','We commit to lifelong learning for all.',0,1,'base',NULL);
INSERT INTO clauses VALUES(2,1,'نشارك ما نتعلمه.','We share what we learn.',1,1,'base',NULL);
INSERT INTO clauses VALUES(3,1,'','',0,1,'pending',2);
CREATE TABLE amendments (  id INTEGER PRIMARY KEY,  declaration_id INTEGER NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,  number INTEGER NOT NULL CHECK (number > 0),  clause_id INTEGER NOT NULL REFERENCES clauses (id),  kind TEXT NOT NULL CHECK (kind IN ('replace', 'insert-after', 'delete')),  text_ar TEXT NOT NULL DEFAULT '', text_en TEXT NOT NULL DEFAULT '', rationale_ar TEXT NOT NULL DEFAULT '', rationale_en TEXT NOT NULL DEFAULT '',  city_id INTEGER REFERENCES cities (id),  person_id INTEGER REFERENCES people (id),  item_id INTEGER REFERENCES items (id) ON DELETE SET NULL,  status TEXT NOT NULL DEFAULT 'proposed'    CHECK (status IN ('proposed', 'accepted', 'rejected', 'withdrawn')),  created TEXT NOT NULL CHECK (julianday (created) IS NOT NULL),  against_version INTEGER CHECK (against_version > 0),  incorporated_in INTEGER CHECK (incorporated_in > 0),  CHECK ((city_id IS NULL) <> (person_id IS NULL)),  CHECK (incorporated_in IS NULL OR status = 'accepted'),  UNIQUE (declaration_id, number));
INSERT INTO amendments VALUES(1,1,1,1,'replace','نلتزم بالتعلم مدى الحياة للجميع.','We commit to lifelong learning for all.','أوضح','Clearer',1,NULL,1,'accepted','2026-12-06T15:34:12Z',NULL,1);
INSERT INTO amendments VALUES(2,1,2,1,'insert-after','ندعم المدن المرشحة.','We support candidate cities.','','',NULL,1,NULL,'proposed','2026-12-06T15:34:12Z',1,NULL);
CREATE TABLE declaration_versions (  id INTEGER PRIMARY KEY,  declaration_id INTEGER NOT NULL REFERENCES declarations (id) ON DELETE CASCADE,  number INTEGER NOT NULL CHECK (number > 0),  label_ar TEXT NOT NULL DEFAULT '', label_en TEXT NOT NULL DEFAULT '', title_ar TEXT NOT NULL DEFAULT '', title_en TEXT NOT NULL DEFAULT '',  published TEXT NOT NULL CHECK (julianday (published) IS NOT NULL),  section_count INTEGER NOT NULL CHECK (section_count >= 0),  clause_count INTEGER NOT NULL CHECK (clause_count >= 0),  UNIQUE (declaration_id, number));
INSERT INTO declaration_versions VALUES(1,1,1,'النسخة الأولى','First version','إعلان الجبيل','Jubail Declaration','2024-10-03T12:00:00Z',1,2);
CREATE TABLE version_sections (  id INTEGER PRIMARY KEY,  version_id INTEGER NOT NULL REFERENCES declaration_versions (id) ON DELETE CASCADE,  section_id INTEGER NOT NULL REFERENCES declaration_sections (id),  title_ar TEXT NOT NULL DEFAULT '', title_en TEXT NOT NULL DEFAULT '',  position INTEGER NOT NULL DEFAULT 0,  UNIQUE (version_id, section_id));
INSERT INTO version_sections VALUES(1,1,1,'الالتزامات','Commitments',0);
CREATE TABLE version_clauses (  id INTEGER PRIMARY KEY,  version_id INTEGER NOT NULL REFERENCES declaration_versions (id) ON DELETE CASCADE,  section_id INTEGER NOT NULL REFERENCES declaration_sections (id),  clause_id INTEGER NOT NULL REFERENCES clauses (id),  text_ar TEXT NOT NULL DEFAULT '', text_en TEXT NOT NULL DEFAULT '',  position INTEGER NOT NULL DEFAULT 0,  numbered INTEGER NOT NULL DEFAULT 0 CHECK (numbered IN (0, 1)),  UNIQUE (version_id, clause_id));
INSERT INTO version_clauses VALUES(1,1,1,1,'نلتزم بالتعلم مدى الحياة للجميع.','We commit to lifelong learning for all.',0,1);
INSERT INTO version_clauses VALUES(2,1,1,2,'نشارك ما نتعلمه.','We share what we learn.',1,1);
CREATE TRIGGER people_city_check BEFORE INSERT ON people  WHEN NEW.city_id IS NOT NULL AND       (SELECT convention_id FROM cities WHERE id = NEW.city_id) IS NOT NEW.convention_id  BEGIN SELECT RAISE (ABORT, 'city of another convention'); END;
CREATE TRIGGER people_city_check_update BEFORE UPDATE OF city_id, convention_id ON people  WHEN NEW.city_id IS NOT NULL AND       (SELECT convention_id FROM cities WHERE id = NEW.city_id) IS NOT NEW.convention_id  BEGIN SELECT RAISE (ABORT, 'city of another convention'); END;
CREATE TRIGGER items_room_check BEFORE INSERT ON items  WHEN NEW.room_id IS NOT NULL AND       (SELECT convention_id FROM rooms WHERE id = NEW.room_id) IS NOT NEW.convention_id  BEGIN SELECT RAISE (ABORT, 'room of another convention'); END;
CREATE TRIGGER items_room_check_update BEFORE UPDATE OF room_id, convention_id ON items  WHEN NEW.room_id IS NOT NULL AND       (SELECT convention_id FROM rooms WHERE id = NEW.room_id) IS NOT NEW.convention_id  BEGIN SELECT RAISE (ABORT, 'room of another convention'); END;
CREATE TRIGGER participations_check BEFORE INSERT ON participations  WHEN (SELECT convention_id FROM items WHERE id = NEW.item_id) IS NOT       (SELECT convention_id FROM people WHERE id = NEW.person_id)  BEGIN SELECT RAISE (ABORT, 'person of another convention'); END;
CREATE TRIGGER participations_check_update BEFORE UPDATE OF item_id, person_id ON participations  WHEN (SELECT convention_id FROM items WHERE id = NEW.item_id) IS NOT       (SELECT convention_id FROM people WHERE id = NEW.person_id)  BEGIN SELECT RAISE (ABORT, 'person of another convention'); END;
CREATE INDEX rooms_by_convention ON rooms (convention_id);
CREATE INDEX cities_by_convention ON cities (convention_id);
CREATE INDEX people_by_convention ON people (convention_id);
CREATE INDEX people_by_city ON people (city_id);
CREATE INDEX items_by_day ON items (convention_id, day, start_minute);
CREATE INDEX items_by_room ON items (room_id);
CREATE INDEX participations_by_person ON participations (person_id);
CREATE INDEX declarations_by_convention ON declarations (convention_id);
CREATE INDEX declaration_sections_by_declaration ON declaration_sections (declaration_id);
CREATE INDEX clauses_by_section ON clauses (section_id);
CREATE INDEX clauses_by_amendment ON clauses (amendment_id);
CREATE INDEX amendments_by_clause ON amendments (clause_id);
CREATE INDEX amendments_by_city ON amendments (city_id);
CREATE INDEX amendments_by_person ON amendments (person_id);
CREATE INDEX amendments_by_item ON amendments (item_id);
CREATE INDEX version_sections_by_section ON version_sections (section_id);
CREATE INDEX version_clauses_by_version ON version_clauses (version_id, position);
CREATE INDEX version_clauses_by_clause ON version_clauses (clause_id);
CREATE INDEX version_clauses_by_section ON version_clauses (section_id);
CREATE TRIGGER clauses_section_check BEFORE UPDATE OF section_id ON clauses  WHEN (SELECT declaration_id FROM declaration_sections WHERE id = NEW.section_id) IS NOT       (SELECT declaration_id FROM declaration_sections WHERE id = OLD.section_id)  BEGIN SELECT RAISE (ABORT, 'clause moved to another declaration'); END;
CREATE TRIGGER amendments_check BEFORE INSERT ON amendments  WHEN (SELECT s.declaration_id FROM clauses c JOIN declaration_sections s ON s.id = c.section_id        WHERE c.id = NEW.clause_id) IS NOT NEW.declaration_id    OR (NEW.city_id IS NOT NULL AND (SELECT convention_id FROM cities WHERE id = NEW.city_id) IS NOT        (SELECT convention_id FROM declarations WHERE id = NEW.declaration_id))    OR (NEW.person_id IS NOT NULL AND (SELECT convention_id FROM people WHERE id = NEW.person_id) IS NOT        (SELECT convention_id FROM declarations WHERE id = NEW.declaration_id))    OR (NEW.item_id IS NOT NULL AND (SELECT convention_id FROM items WHERE id = NEW.item_id) IS NOT        (SELECT convention_id FROM declarations WHERE id = NEW.declaration_id))  BEGIN SELECT RAISE (ABORT, 'amendment refers to another declaration or convention'); END;
CREATE TRIGGER amendments_check_update  BEFORE UPDATE OF declaration_id, clause_id, city_id, person_id, item_id ON amendments  WHEN (SELECT s.declaration_id FROM clauses c JOIN declaration_sections s ON s.id = c.section_id        WHERE c.id = NEW.clause_id) IS NOT NEW.declaration_id    OR (NEW.city_id IS NOT NULL AND (SELECT convention_id FROM cities WHERE id = NEW.city_id) IS NOT        (SELECT convention_id FROM declarations WHERE id = NEW.declaration_id))    OR (NEW.person_id IS NOT NULL AND (SELECT convention_id FROM people WHERE id = NEW.person_id) IS NOT        (SELECT convention_id FROM declarations WHERE id = NEW.declaration_id))    OR (NEW.item_id IS NOT NULL AND (SELECT convention_id FROM items WHERE id = NEW.item_id) IS NOT        (SELECT convention_id FROM declarations WHERE id = NEW.declaration_id))  BEGIN SELECT RAISE (ABORT, 'amendment refers to another declaration or convention'); END;
CREATE TRIGGER amendments_frozen BEFORE UPDATE ON amendments  WHEN OLD.incorporated_in IS NOT NULL AND       (NEW.declaration_id IS NOT OLD.declaration_id OR NEW.number IS NOT OLD.number        OR NEW.clause_id IS NOT OLD.clause_id OR NEW.kind IS NOT OLD.kind        OR NEW.text_ar IS NOT OLD.text_ar OR NEW.text_en IS NOT OLD.text_en        OR NEW.status IS NOT OLD.status OR NEW.created IS NOT OLD.created        OR NEW.against_version IS NOT OLD.against_version        OR NEW.incorporated_in IS NOT OLD.incorporated_in)  BEGIN SELECT RAISE (ABORT, 'amendment incorporated in a published version'); END;
CREATE TRIGGER amendments_frozen_delete BEFORE DELETE ON amendments  WHEN OLD.incorporated_in IS NOT NULL       AND EXISTS (SELECT 1 FROM declarations WHERE id = OLD.declaration_id)  BEGIN SELECT RAISE (ABORT, 'amendment incorporated in a published version'); END;
CREATE TRIGGER declaration_versions_number BEFORE INSERT ON declaration_versions  WHEN NEW.number IS NOT 1 + (SELECT coalesce (max (number), 0) FROM declaration_versions                             WHERE declaration_id = NEW.declaration_id)  BEGIN SELECT RAISE (ABORT, 'versions are numbered 1, 2, ... in order'); END;
CREATE TRIGGER declaration_versions_frozen BEFORE UPDATE ON declaration_versions  BEGIN SELECT RAISE (ABORT, 'a published version never changes'); END;
CREATE TRIGGER declaration_versions_kept BEFORE DELETE ON declaration_versions  WHEN EXISTS (SELECT 1 FROM declarations WHERE id = OLD.declaration_id)  BEGIN SELECT RAISE (ABORT, 'a published version never changes'); END;
CREATE TRIGGER version_sections_check BEFORE INSERT ON version_sections  WHEN (SELECT declaration_id FROM declaration_sections WHERE id = NEW.section_id) IS NOT       (SELECT declaration_id FROM declaration_versions WHERE id = NEW.version_id)  BEGIN SELECT RAISE (ABORT, 'section of another declaration'); END;
CREATE TRIGGER version_sections_complete BEFORE INSERT ON version_sections  WHEN (SELECT count (*) FROM version_sections WHERE version_id = NEW.version_id) >=       (SELECT section_count FROM declaration_versions WHERE id = NEW.version_id)  BEGIN SELECT RAISE (ABORT, 'a published version never changes'); END;
CREATE TRIGGER version_sections_frozen BEFORE UPDATE ON version_sections  BEGIN SELECT RAISE (ABORT, 'a published version never changes'); END;
CREATE TRIGGER version_sections_kept BEFORE DELETE ON version_sections  WHEN EXISTS (SELECT 1 FROM declaration_versions WHERE id = OLD.version_id)  BEGIN SELECT RAISE (ABORT, 'a published version never changes'); END;
CREATE TRIGGER version_clauses_check BEFORE INSERT ON version_clauses  WHEN (SELECT d.declaration_id FROM version_sections v JOIN declaration_versions d ON d.id = v.version_id        WHERE v.version_id = NEW.version_id AND v.section_id = NEW.section_id) IS NULL    OR (SELECT s.declaration_id FROM clauses c JOIN declaration_sections s ON s.id = c.section_id        WHERE c.id = NEW.clause_id) IS NOT       (SELECT declaration_id FROM declaration_versions WHERE id = NEW.version_id)  BEGIN SELECT RAISE (ABORT, 'clause of another declaration or section of another version'); END;
CREATE TRIGGER version_clauses_complete BEFORE INSERT ON version_clauses  WHEN (SELECT count (*) FROM version_clauses WHERE version_id = NEW.version_id) >=       (SELECT clause_count FROM declaration_versions WHERE id = NEW.version_id)  BEGIN SELECT RAISE (ABORT, 'a published version never changes'); END;
CREATE TRIGGER version_clauses_frozen BEFORE UPDATE ON version_clauses  BEGIN SELECT RAISE (ABORT, 'a published version never changes'); END;
CREATE TRIGGER version_clauses_kept BEFORE DELETE ON version_clauses  WHEN EXISTS (SELECT 1 FROM declaration_versions WHERE id = OLD.version_id)  BEGIN SELECT RAISE (ABORT, 'a published version never changes'); END;
COMMIT;
PRAGMA user_version=3;
PRAGMA application_id=1279486324; -- LC_STORE_APPLICATION_ID, 0x4C436974
