/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libxml/tree.h>

#include "lc-models.h"
#include "lc-schedule-import.h"

G_BEGIN_DECLS

/* Shared by the files of the schedule import: lc-schedule-import-xml.c
 * (parsing safely, reading the tree), lc-schedule-import.c (the conference
 * and its days), lc-schedule-import-event.c (each event as an item not yet
 * stored) and lc-schedule-import-store.c (storing them in one transaction,
 * and the report of what was left out). */

/* What a schedule can hold that a convention has no place for; counted per
 * event (or once for the conference) and reported in words. */
typedef enum
{
  LC_LEFT_LINKS,
  LC_LEFT_ATTACHMENTS,
  LC_LEFT_RECORDING,
  LC_LEFT_TRACK,
  LC_LEFT_LANGUAGE,
  LC_LEFT_SUBTITLE,
  LC_LEFT_URL,
  LC_LEFT_LOGO,
  LC_LEFT_KIND,
  LC_LEFT_MIDNIGHT,
  LC_LEFT_CONFERENCE_TRACKS,
  LC_LEFT_N
} LcLeftOut;

/* A record to insert and the identity it had in the file (or NULL). */
typedef struct
{
  LcRecord *record;
  char     *uid;
} LcDraftRecord;

typedef struct
{
  LcDraftRecord  item;
  LcDraftRecord *room;     /* not owned; NULL for no room */
  GPtrArray     *people;   /* LcDraftRecord*, not owned, in the file's order */
} LcDraftItem;

typedef struct
{
  const char  *source;          /* names the file in messages */
  gboolean     ours;            /* written by Learning Cities */
  GTimeZone   *zone;
  LcDraftRecord convention;
  GPtrArray   *rooms;           /* LcDraftRecord* */
  GPtrArray   *people;          /* LcDraftRecord* */
  GPtrArray   *items;           /* LcDraftItem* */
  GHashTable  *room_by_name;    /* name → LcDraftRecord*, not owned */
  GHashTable  *person_by_key;   /* guid, id or name → LcDraftRecord*, not owned */
  guint        left[LC_LEFT_N];
  GHashTable  *other_left;      /* an event's element name → events (GUINT_TO_POINTER) */
  GHashTable  *conference_left; /* the conference's element names, a set */
} LcScheduleDraft;

/* Reading the XML (lc-schedule-import-xml.c) */

xmlDocPtr  lc_schedule_parse        (LcScheduleDraft  *draft,
                                     const char       *data,
                                     gsize             length,
                                     GError          **error);
gboolean   lc_schedule_is_element   (xmlNodePtr        node,
                                     const char       *name);
xmlNodePtr lc_schedule_find_child   (xmlNodePtr        parent,
                                     const char       *name);
char      *lc_schedule_node_text    (xmlNodePtr        node);
char      *lc_schedule_child_text   (xmlNodePtr        parent,
                                     const char       *name);
char      *lc_schedule_attribute    (xmlNodePtr        node,
                                     const char       *name);
gboolean   lc_schedule_has_content  (xmlNodePtr        node);
void       lc_schedule_set_invalid  (LcScheduleDraft  *draft,
                                     GError          **error,
                                     long              line,
                                     const char       *format,
                                     ...) G_GNUC_PRINTF (4, 5);

/* Events (lc-schedule-import-event.c) */

LcLanguage lc_schedule_language_of  (const char       *text);
void       lc_schedule_set_bilingual (LcRecord        *record,
                                      const char      *field,
                                      LcLanguage       language,
                                      const char      *text);
gboolean   lc_schedule_read_event   (LcScheduleDraft  *draft,
                                     xmlNodePtr        day,
                                     xmlNodePtr        room,
                                     xmlNodePtr        event,
                                     GError          **error);

/* Storing and the report (lc-schedule-import-store.c) */

void     lc_schedule_draft_clear     (LcScheduleDraft  *draft);
void     lc_draft_record_free        (gpointer          data);
gint64   lc_schedule_draft_store     (LcScheduleDraft  *draft,
                                      LcStore          *store,
                                      GError          **error);
char   **lc_schedule_draft_left_out  (LcScheduleDraft  *draft);

G_END_DECLS
