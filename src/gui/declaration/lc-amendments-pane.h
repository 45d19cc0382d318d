/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-model.h"

G_BEGIN_DECLS

#define LC_TYPE_AMENDMENTS_PANE (lc_amendments_pane_get_type ())

G_DECLARE_FINAL_TYPE (LcAmendmentsPane, lc_amendments_pane, LC, AMENDMENTS_PANE, AdwBin)

void        lc_amendments_pane_set_context  (LcAmendmentsPane  *self,
                                             LcConventionModel *model,
                                             GListModel        *amendments);
void        lc_amendments_pane_set_clause   (LcAmendmentsPane  *self,
                                             gint64             clause_id,
                                             gboolean           closable);
void        lc_amendments_pane_refresh      (LcAmendmentsPane  *self,
                                             GHashTable        *clause_labels);
void        lc_amendments_pane_set_filters  (LcAmendmentsPane  *self,
                                             int                status,
                                             gint64             proposer);
GtkListBox *lc_amendments_pane_get_list_box (LcAmendmentsPane  *self);

G_END_DECLS
