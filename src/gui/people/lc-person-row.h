/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-models.h"

G_BEGIN_DECLS

#define LC_TYPE_PERSON_ROW (lc_person_row_get_type ())

G_DECLARE_FINAL_TYPE (LcPersonRow, lc_person_row, LC, PERSON_ROW, AdwBin)

/* What a person does on the agenda, gathered from their participations. */
typedef struct
{
  guint roles;        /* bit (1 << LcRole) for each role they have */
  guint attendance;   /* bit (1 << LcAttendance): in person and/or online */
  guint n_items;      /* how many items they are in */
  gboolean tag_language; /* the convention mixes languages: tag a name in the other one */
} LcPersonSummary;

GtkWidget   *lc_person_row_new         (void);
LcPerson    *lc_person_row_get_person  (LcPersonRow           *self);
void         lc_person_row_update      (LcPersonRow           *self,
                                        LcPerson              *person,
                                        const LcPersonSummary *summary,
                                        const char            *city_name);

const char  *lc_role_get_label         (LcRole                 role);
GtkWidget   *lc_person_tag_new         (const char            *text,
                                        const char            *style);
void         lc_person_add_role_tags   (GtkBox                *box,
                                        const LcPersonSummary *summary);
void         lc_person_set_initials    (GtkLabel              *label,
                                        const char            *name);

G_END_DECLS
