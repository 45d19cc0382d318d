/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-clause-row.h"

G_BEGIN_DECLS

#define LC_TYPE_SECTION_BOX (lc_section_box_get_type ())

G_DECLARE_FINAL_TYPE (LcSectionBox, lc_section_box, LC, SECTION_BOX, AdwBin)

LcSectionBox *lc_section_box_new       (gint64        key);
gint64        lc_section_box_get_key   (LcSectionBox *self);
void          lc_section_box_set_number (LcSectionBox *self,
                                         guint         number);
void          lc_section_box_set_title (LcSectionBox *self,
                                        const char   *title_ar,
                                        const char   *title_en);
void          lc_section_box_set_rows  (LcSectionBox *self,
                                        GPtrArray    *rows);
void          lc_section_box_flush     (LcSectionBox *self);

G_END_DECLS
