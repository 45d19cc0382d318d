/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lc-models.h"

G_BEGIN_DECLS

#define LC_TYPE_SPEAKER_ITEM_ROW (lc_speaker_item_row_get_type ())

G_DECLARE_FINAL_TYPE (LcSpeakerItemRow, lc_speaker_item_row, LC, SPEAKER_ITEM_ROW, GtkListBoxRow)

GtkWidget *lc_speaker_item_row_new      (LcItem           *item);
LcItem    *lc_speaker_item_row_get_item (LcSpeakerItemRow *self);

G_END_DECLS
