/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-update.h"

G_BEGIN_DECLS

GtkWidget *lc_update_dialog_new (GtkWindow          *parent,
                                 LcConventionUpdate *update);

GtkWidget *lc_update_dialog_make_preview (LcConventionUpdate *update);

G_END_DECLS
