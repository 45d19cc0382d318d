/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lc-store.h"

G_BEGIN_DECLS

/* Send Changes… (issue 15): the organiser's name, asked once and kept in
 * the settings, then the file, then the changes written to it. */

gboolean  lc_organiser_name_is_valid  (const char *name);
char     *lc_organiser_name_get       (GSettings  *settings);
void      lc_organiser_name_mark      (GtkWidget  *field,
                                       gboolean    wrong);

void      lc_send_changes_ask         (GtkWidget  *owner,
                                       LcStore    *store,
                                       gint64      convention_id);

G_END_DECLS
