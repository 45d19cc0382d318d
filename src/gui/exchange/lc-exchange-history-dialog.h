/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-store.h"

G_BEGIN_DECLS

#define LC_TYPE_EXCHANGE_HISTORY_DIALOG (lc_exchange_history_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LcExchangeHistoryDialog, lc_exchange_history_dialog, LC, EXCHANGE_HISTORY_DIALOG, AdwWindow)

GtkWindow *lc_exchange_history_dialog_new (GtkWindow *parent,
                                           LcStore   *store,
                                           gint64     convention_id);

G_END_DECLS
