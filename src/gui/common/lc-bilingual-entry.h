/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * A field typed in both languages is a pair of entries (rows or text
 * views) built in the template: Arabic is typed right to left and English
 * left to right, whatever the interface's language.
 */

void lc_bilingual_entry_set_direction (GtkWidget        *entry,
                                       GtkTextDirection  direction);
void lc_bilingual_entry_pair          (GtkWidget        *arabic,
                                       GtkWidget        *english);

G_END_DECLS
