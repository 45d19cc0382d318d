/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-store.h"

G_BEGIN_DECLS

#define LC_TYPE_PERSON_PHOTO_ROW (lc_person_photo_row_get_type ())
G_DECLARE_FINAL_TYPE (LcPersonPhotoRow, lc_person_photo_row, LC, PERSON_PHOTO_ROW, AdwActionRow)

void        lc_person_photo_row_set_store (LcPersonPhotoRow *self,
                                           LcStore          *store);
const char *lc_person_photo_row_get_photo (LcPersonPhotoRow *self);
void        lc_person_photo_row_set_photo (LcPersonPhotoRow *self,
                                           const char       *photo);

GdkTexture *lc_person_photo_texture       (LcStore          *store,
                                           const char       *photo);

G_END_DECLS
