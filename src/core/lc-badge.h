/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-agenda-pdf.h"
#include "lc-participant-enums.h"
#include "lc-store.h"

G_BEGIN_DECLS

/**
 * LcBadgeLayout:
 * @LC_BADGE_LAYOUT_A4_2X4: A4 label sheets, two columns of four badges
 * @LC_BADGE_LAYOUT_A4_2X5: A4 label sheets, two columns of five badges
 * @LC_BADGE_LAYOUT_SINGLE: one badge a page, the page the badge's size
 *   (100 × 70 mm), for a badge printer
 */
typedef enum
{
  LC_BADGE_LAYOUT_A4_2X4,
  LC_BADGE_LAYOUT_A4_2X5,
  LC_BADGE_LAYOUT_SINGLE,
} LcBadgeLayout;

/**
 * LcBadgeEntry:
 * @person_id: the person's row in the library that printed it
 * @person_uid: the person's identity across libraries
 * @code: the participant code (lc_participant_code())
 * @name: the name, [0] Arabic and [1] English (either may be empty)
 * @honorific: the same for the honorific
 * @position: the same for the position
 * @organisation: the organisation, else the city, they represent
 * @category: the category's word in each language
 * @colour: the category's colour, 0xRRGGBB
 * @role: the person's programme role (the highest they have); meaningless
 *   unless @on_programme
 * @on_programme: %TRUE for a speaker, moderator or presenter
 * @participant_category: the person's participant category
 * @status: where the person stands (invited, confirmed, attended…)
 *
 * One person's badge, table tent or certificate: texts already cleaned for
 * print (lc-text.c), so that a renderer needs neither the store nor checks.
 */
typedef struct
{
  gint64   person_id;
  char    *person_uid;
  char    *code;
  char    *name[2];
  char    *honorific[2];
  char    *position[2];
  char    *organisation[2];
  char    *category[2];
  guint32  colour;
  LcRole   role;
  gboolean on_programme;
  LcParticipantCategory participant_category;
  LcParticipantStatus   status;
} LcBadgeEntry;

/**
 * LcBadgeSet:
 * @entries: the #LcBadgeEntry, in the order they are printed
 * @title: the convention's title, [0] Arabic and [1] English
 * @venue: the convention's venue, the same way
 * @start_date: the first day, YYYY-MM-DD
 * @end_date: the last day, YYYY-MM-DD
 * @convention_uid: the convention's identity across libraries
 * @logo: (nullable): the host organisation's logo (else the first
 *   organisation's that has one)
 *
 * Everything badges, table tents and certificates print, read in one go.
 */
typedef struct
{
  GPtrArray       *entries;
  char            *title[2];
  char            *venue[2];
  char            *start_date;
  char            *end_date;
  char            *convention_uid;
  cairo_surface_t *logo;
} LcBadgeSet;

char        *lc_participant_code         (const char        *person_uid);
gboolean     lc_badge_layout_from_string (const char        *text,
                                          LcBadgeLayout     *layout);

LcBadgeSet  *lc_badge_set_load           (LcStore           *store,
                                          gint64             convention_id,
                                          GError           **error);
void         lc_badge_set_free           (LcBadgeSet        *self);
void         lc_badge_set_keep_people    (LcBadgeSet        *self,
                                          const gint64      *person_ids,
                                          guint              n_ids);
void         lc_badge_set_keep_band      (LcBadgeSet        *self,
                                          LcParticipantCategory category);
void         lc_badge_entry_free         (LcBadgeEntry      *entry);

gboolean     lc_badges_write_pdf         (LcBadgeSet        *set,
                                          const char        *path,
                                          LcBadgeLayout      layout,
                                          LcAgendaLanguage   language,
                                          GError           **error);
gboolean     lc_table_tents_write_pdf    (LcBadgeSet        *set,
                                          const char        *path,
                                          LcAgendaLanguage   language,
                                          GError           **error);
void         lc_badge_layout_get_geometry (LcBadgeLayout     layout,
                                           double           *page_width,
                                           double           *page_height,
                                           guint            *columns,
                                           guint            *rows,
                                           double           *badge_width,
                                           double           *badge_height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcBadgeSet, lc_badge_set_free)

G_END_DECLS
