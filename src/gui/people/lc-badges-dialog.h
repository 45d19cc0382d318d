/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-store.h"

G_BEGIN_DECLS

/**
 * LcBadgesKind:
 * @LC_BADGES_KIND_BADGES: badges, on a choice of sheets
 * @LC_BADGES_KIND_TABLE_TENTS: table tents, for the programme's people
 */
typedef enum
{
  LC_BADGES_KIND_BADGES,
  LC_BADGES_KIND_TABLE_TENTS,
} LcBadgesKind;

#define LC_TYPE_BADGES_DIALOG (lc_badges_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LcBadgesDialog, lc_badges_dialog, LC, BADGES_DIALOG, AdwWindow)

LcBadgesDialog *lc_badges_dialog_new (GtkWindow    *parent,
                                      LcStore      *store,
                                      gint64        convention_id,
                                      LcBadgesKind  kind,
                                      const gint64 *selected_ids,
                                      guint         n_selected);

G_END_DECLS
