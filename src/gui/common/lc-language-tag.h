/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lc-convention-model.h"

G_BEGIN_DECLS

GtkWidget  *lc_language_tag_new        (void);
gboolean    lc_language_tag_wanted     (LcConventionModel *model);
void        lc_language_tag_show       (GtkWidget         *tag,
                                        gboolean           fell_back,
                                        LcConventionModel *model);
const char *lc_language_tag_text       (void);
const char *lc_language_tag_spoken     (void);
const char *lc_language_tag_note       (LcConventionModel *model);

G_END_DECLS
