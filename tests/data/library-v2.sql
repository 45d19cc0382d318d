-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- A Learning Cities library at schema version 2, exactly as that release of
-- the migrations wrote it: schema 2 adds the lookup indexes (migration
-- step 2) to the tables of schema 1.
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
-- lc_store_open_at_version (path, 2) on a new file and added, through
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
COMMIT;
PRAGMA user_version=2;
PRAGMA application_id=1279486324; -- LC_STORE_APPLICATION_ID, 0x4C436974
