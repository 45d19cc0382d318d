/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lc-store.h"

G_BEGIN_DECLS

void     lc_badge_printer_export_pdf   (GtkWindow           *parent,
                                        LcStore             *store,
                                        gint64               convention_id);

G_END_DECLS
