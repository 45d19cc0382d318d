/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-models.h"
#include "lc-undo.h"

G_BEGIN_DECLS

/**
 * LC_PERSON_PHOTO_SIZE:
 *
 * The longest side, in pixels, of a person's stored photo: enough for the
 * editor and the detail pane at twice their size on a high-density screen.
 */
#define LC_PERSON_PHOTO_SIZE 512

char     *lc_person_store_photo  (LcStore      *store,
                                  const char   *path,
                                  GError      **error);
gboolean  lc_person_choose_photo (LcUndoStack  *undo,
                                  LcPerson     *person,
                                  const char   *path,
                                  GError      **error);
gboolean  lc_person_remove_photo (LcUndoStack  *undo,
                                  LcPerson     *person,
                                  GError      **error);

G_END_DECLS
