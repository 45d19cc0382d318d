/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-models.h"
#include "lc-store.h"
#include "lc-undo.h"

G_BEGIN_DECLS

GListStore *lc_people_list_earlier (LcStore      *store,
                                    gint64        convention_id,
                                    GError      **error);
gboolean    lc_people_same_person  (LcPerson     *a,
                                    LcPerson     *b);
gboolean    lc_people_is_present   (GListModel   *people,
                                    LcPerson     *person);
guint       lc_people_copy_into    (LcUndoStack  *undo,
                                    gint64        convention_id,
                                    GPtrArray    *people,
                                    GError      **error);

G_END_DECLS
