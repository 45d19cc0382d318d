/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-page.h"

G_BEGIN_DECLS

#define LC_TYPE_SPEAKERS_PAGE (lc_speakers_page_get_type ())

G_DECLARE_FINAL_TYPE (LcSpeakersPage, lc_speakers_page, LC, SPEAKERS_PAGE, AdwBin)

GListModel *lc_speakers_page_get_shown       (LcSpeakersPage *self);
void        lc_speakers_page_show_person     (LcSpeakersPage *self,
                                              gint64          person_id);
gint64      lc_speakers_page_get_person_id   (LcSpeakersPage *self);

G_END_DECLS
