/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-declaration.h"

G_BEGIN_DECLS

#define LC_TYPE_PUBLISH_DIALOG (lc_publish_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LcPublishDialog, lc_publish_dialog, LC, PUBLISH_DIALOG, AdwMessageDialog)

LcPublishDialog *lc_publish_dialog_new       (GtkWindow         *parent,
                                              LcDeclarationText *working,
                                              int                number,
                                              guint              n_accepted);
void             lc_publish_dialog_set_label (LcPublishDialog   *self,
                                              const char        *label_ar,
                                              const char        *label_en);
const char      *lc_publish_dialog_get_label (LcPublishDialog   *self,
                                              gboolean           arabic);

G_END_DECLS
