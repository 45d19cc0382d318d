/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * Reading a window as a person does: every text shown under a widget (a
 * label's, an entry's, a window's title, an icon button's tooltip), to
 * check what it is written in.
 */

typedef void (*LcJourneyTextFunc) (GtkWidget  *widget,
                                   const char *text,
                                   gpointer    user_data);

void        lc_journey_foreach_text    (GtkWidget         *root,
                                        LcJourneyTextFunc  func,
                                        gpointer           user_data);
char       *lc_journey_describe        (GtkWidget         *widget);
void        lc_journey_list_text       (GString           *list,
                                        GtkWidget         *widget,
                                        const char        *text);
gboolean    lc_journey_has_latin_word  (const char        *text);
gboolean    lc_journey_has_digit       (const char        *text,
                                        gboolean           arabic_indic);
GPtrArray  *lc_journey_sample_strings  (void);

G_END_DECLS
