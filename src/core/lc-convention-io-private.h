/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "lc-convention-io.h"
#include "lc-json-writer.h"

G_BEGIN_DECLS

/* Shared by the files of the convention file: lc-convention-io.c (reading
 * the file, the convention and its agenda), lc-convention-io-write.c
 * (writing them), lc-convention-io-reader.c (the reader's checked steps
 * below) and lc-convention-io-declarations*.c with
 * lc-convention-io-amendments.c (declarations, amendments and versions,
 * from format version 2). */

/* An amendment refers to its declaration, its clause, its proposer and its
 * agenda item. */
#define LC_IO_MAX_REFS 4

/* A record to insert, with the references to fill in just before, when the
 * records they point at have been inserted and have their ids. */
typedef struct
{
  LcRecord *record;
  guint     n_refs;
  struct
  {
    const char *property;
    LcRecord   *target;
  } refs[LC_IO_MAX_REFS];
  const char *uid;     /* the file's identity of the record, or NULL; owned by the JSON */
} LcPending;

typedef struct
{
  const char *source;      /* names the file in messages */
  gint64      version;
  GPtrArray  *pending;     /* LcPending*, in the order of insertion */
  LcRecord   *convention;
  /* File-local id → LcRecord (owned by pending); the keys belong to the parsed
   * JSON, which outlives the reader. */
  GHashTable *rooms;
  GHashTable *tracks;
  GHashTable *places;
  GHashTable *cities;
  GHashTable *people;
  GHashTable *items;
  /* orgs: organisations by file-local id, and how many are read so far
   * (their positions), those made of free text included. */
  GHashTable *organisations;
  guint       n_organisations;
  /* Declarations: what is restored once the records are in (versions) and
   * checked then (the working texts). Owned by
   * lc-convention-io-declarations.c; NULL when the file has none. */
  gpointer    declarations;
  /* The report's images, until stored (lc-convention-io-report.c); NULL
   * when the file has no report. */
  gpointer    report;
  /* While another thread stores the records this reader makes
   * (lc-convention-io-store.c): told that the records made so far are
   * finished, this reader will not change them again; after each element
   * of a section's list (@all FALSE) and at the end of the section (@all
   * TRUE), once the sections that may change earlier records are read.
   * NULL when the records are stored after the whole file is read. */
  void      (*finished)      (gpointer reader,
                              gboolean all);
  gpointer    finished_data;
  gboolean    finishing;   /* whether the section being read calls finished */
} LcReader;

typedef gboolean (*LcElementFunc) (LcReader    *reader,
                                   JsonObject  *object,
                                   const char  *label,
                                   guint        index,
                                   gpointer     user_data,
                                   GError     **error);

typedef struct
{
  LcJsonWriter *json;
  GHashTable   *ids;   /* table prefix → (database id (gint64*) → file-local id) */
  LcStore      *store;
  GHashTable   *photos;  /* SHA-256 of the people's photos written with their data */
  /* The convention's participations and attendance by item, and status
   * changes by person (lc_store_list_by_parent ()): read in one query each
   * rather than one per item or person. */
  GHashTable   *participations;
  GHashTable   *attendance;
  GHashTable   *history;
} LcWriter;

/* Reading (lc-convention-io-reader.c) */

void       lc_io_pending_free    (gpointer            data);
LcPending *lc_io_add_pending     (LcReader           *reader,
                                  GType               type);
void       lc_io_add_ref         (LcPending          *pending,
                                  const char         *property,
                                  LcRecord           *target);
char      *lc_io_join_path       (const char         *label,
                                  const char         *member);
void       lc_io_set_invalid     (LcReader           *reader,
                                  GError            **error,
                                  const char         *label,
                                  const char         *member,
                                  const char         *format,
                                  ...) G_GNUC_PRINTF (5, 6);
gboolean   lc_io_is_string       (JsonNode           *node);
gboolean   lc_io_is_integer      (JsonNode           *node);
gboolean   lc_io_read_string     (LcReader           *reader,
                                  JsonObject         *object,
                                  const char         *label,
                                  const char         *member,
                                  gboolean            required,
                                  const char        **out,
                                  GError            **error);
gboolean   lc_io_read_bilingual  (LcReader           *reader,
                                  JsonObject         *object,
                                  const char         *label,
                                  const char         *field,
                                  LcRecord           *record,
                                  GError            **error);
gboolean   lc_io_read_int        (LcReader           *reader,
                                  JsonObject         *object,
                                  const char         *label,
                                  const char         *member,
                                  gint64              minimum,
                                  gint64              maximum,
                                  gboolean            nullable,
                                  const char         *expected,
                                  gint64             *out,
                                  GError            **error);
gboolean   lc_io_read_boolean    (LcReader           *reader,
                                  JsonObject         *object,
                                  const char         *label,
                                  const char         *member,
                                  gboolean           *out,
                                  GError            **error);
gboolean   lc_io_read_enum       (LcReader           *reader,
                                  JsonObject         *object,
                                  const char         *label,
                                  const char         *member,
                                  GType               type,
                                  const char *const  *allowed,
                                  gboolean            required,
                                  gboolean            nullable,
                                  int                 fallback,
                                  int                *out,
                                  GError            **error);
gboolean   lc_io_read_uid        (LcReader           *reader,
                                  JsonObject         *object,
                                  const char         *label,
                                  LcPending          *pending,
                                  GError            **error);
gboolean   lc_io_read_uid_as     (LcReader           *reader,
                                  JsonObject         *object,
                                  const char         *label,
                                  const char         *member,
                                  LcPending          *pending,
                                  GError            **error);
gboolean   lc_io_read_id         (LcReader           *reader,
                                  JsonObject         *object,
                                  const char         *label,
                                  const char         *array,
                                  GHashTable         *ids,
                                  LcRecord           *record,
                                  GError            **error);
gboolean   lc_io_read_ref        (LcReader           *reader,
                                  JsonObject         *object,
                                  const char         *label,
                                  const char         *member,
                                  const char         *array,
                                  GHashTable         *ids,
                                  gboolean            required,
                                  LcRecord          **out,
                                  GError            **error);
gboolean   lc_io_read_list       (LcReader           *reader,
                                  const char         *parent,
                                  const char         *array,
                                  JsonNode           *node,
                                  const char         *name_member,
                                  LcElementFunc       read_element,
                                  gpointer            user_data,
                                  GError            **error);

/* Reading the sections (lc-convention-io.c) and storing what they made
 * (lc-convention-io-store.c) */

typedef enum
{
  LC_IO_SECTIONS_AGENDA,   /* the convention, its rooms, cities, people and items */
  LC_IO_SECTIONS_LATER,    /* what refers to them: declarations and the report */
} LcIoSections;

gboolean   lc_io_read_sections   (LcReader           *reader,
                                  JsonObject         *root,
                                  LcIoSections        which,
                                  GError            **error);
gint64     lc_io_read_and_store  (LcReader           *reader,
                                  JsonObject         *root,
                                  LcStore            *store,
                                  GError            **error);
void       lc_io_set_import_threads (guint            threads);

/* Tracks (format version 3; lc-convention-io-tracks.c) */

gboolean   lc_io_read_tracks     (LcReader           *reader,
                                  JsonNode           *node,
                                  GError            **error);
gboolean   lc_io_write_tracks    (LcWriter           *writer,
                                  GListModel         *tracks,
                                  GError            **error);

/* Off-site places (format version 3; lc-convention-io-places.c) */

gboolean   lc_io_read_places        (LcReader           *reader,
                                     JsonNode           *node,
                                     GError            **error);
gboolean   lc_io_read_item_at_place (LcReader           *reader,
                                     JsonObject         *object,
                                     const char         *label,
                                     LcPending          *pending,
                                     gboolean            in_room,
                                     GError            **error);
gboolean   lc_io_write_places       (LcWriter           *writer,
                                     GListModel         *places,
                                     GError            **error);

/* Declarations (format version 2) */

gboolean   lc_io_read_declarations    (LcReader   *reader,
                                       JsonNode   *node,
                                       GError    **error);
gboolean   lc_io_restore_declarations (LcReader   *reader,
                                       LcStore    *store,
                                       GError    **error);
void       lc_io_reader_clear_declarations (LcReader *reader);

/* Rooms' details and items' places (format version 3;
 * lc-convention-io-rooms.c) */

gboolean   lc_io_read_room_details   (LcReader   *reader,
                                      JsonObject *object,
                                      const char *label,
                                      LcRecord   *room,
                                      GError    **error);
gboolean   lc_io_read_item_place     (LcReader   *reader,
                                      JsonObject *object,
                                      const char *label,
                                      LcRecord   *item,
                                      GError    **error);
void       lc_io_write_room_details  (LcWriter   *writer,
                                      LcRecord   *room);
void       lc_io_write_item_place    (LcWriter   *writer,
                                      LcRecord   *item);
/* The final report (format version 3, lc-convention-io-report.c) */

gboolean   lc_io_read_report          (LcReader   *reader,
                                       JsonNode   *node,
                                       GError    **error);
const char *lc_io_read_image          (LcReader   *reader,
                                       JsonObject *object,
                                       const char *label,
                                       GError    **error);
gboolean   lc_io_store_report_images  (LcReader   *reader,
                                       LcStore    *store,
                                       GError    **error);
void       lc_io_reader_clear_report  (LcReader   *reader);

/* Writing (lc-convention-io-write.c) */

void        lc_io_give_local_id   (LcWriter   *writer,
                                   LcRecord   *record,
                                   const char *prefix,
                                   guint       number);
const char *lc_io_local_id        (LcWriter   *writer,
                                   const char *prefix,
                                   gint64      id);
void        lc_io_add_text        (LcWriter   *writer,
                                   const char *member,
                                   const char *value);
void        lc_io_add_bilingual   (LcWriter   *writer,
                                   LcRecord   *record,
                                   const char *field);
void        lc_io_add_int_or_null (LcWriter   *writer,
                                   const char *member,
                                   gint64      value);
void        lc_io_add_boolean     (LcWriter   *writer,
                                   LcRecord   *record,
                                   const char *member,
                                   const char *property);
void        lc_io_add_enum        (LcWriter   *writer,
                                   LcRecord   *record,
                                   const char *property,
                                   GType       type,
                                   gboolean    nullable);
gboolean    lc_io_add_uid         (LcWriter   *writer,
                                   GType       type,
                                   gint64      id,
                                   GError    **error);
gboolean    lc_io_add_uid_as      (LcWriter   *writer,
                                   const char *member,
                                   GType       type,
                                   gint64      id,
                                   GError    **error);
gboolean    lc_io_add_record_uid  (LcWriter   *writer,
                                   LcRecord   *record,
                                   GError    **error);
void        lc_io_add_ref_value   (LcWriter   *writer,
                                   const char *member,
                                   const char *prefix,
                                   gint64      id);

/* The local-id maps the declarations use, beside "room", "city", "person"
 * and "item". */
#define LC_IO_DECLARATION_PREFIXES "declaration", "section", "clause", "amendment"

/* Organisations (format version 3; lc-convention-io-organisations.c) */
void        lc_io_organisations_from_convention (LcReader    *reader);
gboolean    lc_io_read_organisations  (LcReader    *reader,
                                       JsonNode    *node,
                                       GError     **error);
gboolean    lc_io_write_organisations (LcWriter    *writer,
                                       GListModel  *organisations,
                                       GError     **error);

gboolean    lc_io_write_declarations (LcWriter   *writer,
                                      LcStore    *store,
                                      gint64      convention_id,
                                      GError    **error);
gboolean    lc_io_write_report       (LcWriter   *writer,
                                      LcStore    *store,
                                      gint64      convention_id,
                                      GError    **error);

/* Participants (format version 5; lc-convention-io-participants.c) */

gboolean   lc_io_read_participant      (LcReader    *reader,
                                        JsonObject  *object,
                                        const char  *label,
                                        LcRecord    *person,
                                        gboolean     has_city,
                                        gboolean     has_organisation,
                                        GError     **error);
gboolean   lc_io_write_participant     (LcWriter    *writer,
                                        LcRecord    *person,
                                        GError     **error);
gboolean   lc_io_read_item_attendance  (LcReader    *reader,
                                        JsonObject  *object,
                                        const char  *label,
                                        LcRecord    *item,
                                        GError     **error);
gboolean   lc_io_write_item_attendance (LcWriter    *writer,
                                        LcRecord    *item,
                                        GError     **error);

/* A person's contact details (lc-convention-io-people.c, format version 3) */

gboolean   lc_io_read_person_contact  (LcReader    *reader,
                                       JsonObject  *object,
                                       const char  *label,
                                       LcRecord    *record,
                                       GError     **error);
void       lc_io_write_person_contact (LcWriter    *writer,
                                       LcRecord    *person);
/* A person's photo (format version 4) */
gboolean   lc_io_read_person_photo    (LcReader    *reader,
                                       JsonObject  *object,
                                       const char  *label,
                                       LcRecord    *record,
                                       GError     **error);
gboolean   lc_io_write_person_photo   (LcWriter    *writer,
                                       LcRecord    *person,
                                       GError     **error);
gboolean   lc_io_add_image            (LcWriter    *writer,
                                       LcStore     *store,
                                       const char  *hash,
                                       GError     **error);

G_END_DECLS
