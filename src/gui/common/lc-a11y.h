/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * Names for screen readers where GTK 4.8 and libadwaita 1.2 give none: see
 * lc-a11y.c.
 */

void lc_a11y_init          (void);
void lc_a11y_set_name      (GtkWidget  *widget,
                            const char *name);
void lc_a11y_name_list_row (GtkWidget  *row_child,
                            const char *name);
void lc_a11y_describe_list_row (GtkWidget  *row_child,
                                const char *description);
GtkListItemFactory *lc_a11y_string_factory (void);

G_END_DECLS
