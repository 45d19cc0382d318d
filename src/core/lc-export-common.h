/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lc-store.h"

G_BEGIN_DECLS

/* What every export of an agenda shares (lc-export-common.c). */

/**
 * LcExportProgressFunc:
 * @fraction: how much is done, from 0 to 1
 * @user_data: the data given with the function
 *
 * Reports progress of an export, in the thread that runs it.
 */
typedef void (*LcExportProgressFunc) (double   fraction,
                                      gpointer user_data);

gboolean  lc_export_language_from_string (const char            *text,
                                          LcLanguage            *language);
char     *lc_export_uuid_v5              (const char            *name);
char     *lc_export_item_guid            (LcStore               *store,
                                          gint64                 item_id,
                                          GError               **error);
char     *lc_export_clean_text           (const char            *text);
gboolean  lc_export_write_file           (const char            *path,
                                          const char            *data,
                                          gsize                  length,
                                          GCancellable          *cancellable,
                                          GError               **error);

/* The agenda as the exporters read it. */

typedef struct _LcExportAgenda LcExportAgenda;

/**
 * LcExportAgenda:
 * @convention: the convention
 * @zone: its time zone
 * @items: (element-type LcItem): the items, by day and time
 * @rooms: (element-type LcRoom): the rooms, in their order
 * @room_by_id: room id → #LcRoom
 * @tracks: (element-type LcTrack): the tracks (themes), in their order
 * @track_by_id: track id → #LcTrack
 * @place_by_id: off-site place id → #LcPlace
 * @person_by_id: person id → #LcPerson
 * @participants: item id → #GPtrArray of #LcParticipation, in order; an item
 *   without participants is not in it
 * @uids: "convention", "room", "track", "place", "person" and "item" → a table
 *   of their records' ids (gint64 *) → the record's identity (see
 *   lc_export_agenda_uid())
 * @numbers: "person" and "item" → a table of their records' ids → the
 *   positive number derived from the record's identity (see
 *   lc_export_agenda_number())
 *
 * Everything an export of one convention needs, read in one go.
 */
struct _LcExportAgenda
{
  LcRecord   *convention;
  GTimeZone  *zone;
  GPtrArray  *items;
  GPtrArray  *rooms;
  GHashTable *room_by_id;
  GPtrArray  *tracks;
  GHashTable *track_by_id;
  GHashTable *place_by_id;
  GHashTable *person_by_id;
  GHashTable *participants;
  GHashTable *uids;
  GHashTable *numbers;
};

LcExportAgenda *lc_export_agenda_load         (LcStore               *store,
                                               gint64                 convention_id,
                                               GCancellable          *cancellable,
                                               LcExportProgressFunc   progress,
                                               gpointer               user_data,
                                               GError               **error);
void            lc_export_agenda_free         (LcExportAgenda        *self);
LcRecord       *lc_export_agenda_item_track   (LcExportAgenda        *self,
                                               LcRecord              *item);
LcRecord       *lc_export_agenda_item_place   (LcExportAgenda        *self,
                                               LcRecord              *item);
const char     *lc_export_agenda_uid          (LcExportAgenda        *self,
                                               const char            *what,
                                               gint64                 id);
gint64          lc_export_agenda_number       (LcExportAgenda        *self,
                                               const char            *what,
                                               gint64                 id);
GDateTime      *lc_export_agenda_item_time    (LcExportAgenda        *self,
                                               LcRecord              *item,
                                               gboolean               end);
LcLanguage      lc_export_item_language       (LcRecord              *item,
                                               LcLanguage             language);
char           *lc_export_agenda_item_title   (LcExportAgenda        *self,
                                               LcRecord              *item,
                                               LcLanguage             language);
char           *lc_export_agenda_people_text  (LcExportAgenda        *self,
                                               LcRecord              *item,
                                               LcLanguage             language);
const char     *lc_export_kind_label          (LcItemKind             kind,
                                               LcLanguage             language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcExportAgenda, lc_export_agenda_free)

G_END_DECLS
