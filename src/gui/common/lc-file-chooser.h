/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Called with the chosen file's path, only when the user chose one. */
typedef void (*LcFileChosenFunc) (const char *path,
                                  gpointer    user_data);

GtkFileChooser *lc_file_chooser_new (GtkWindow            *parent,
                                     GtkFileChooserAction  action,
                                     const char           *title,
                                     const char           *accept_label,
                                     LcFileChosenFunc      chosen,
                                     gpointer              user_data,
                                     GDestroyNotify        destroy);
GtkFileChooser *lc_file_chooser_new_for (GtkWidget            *owner,
                                         GtkFileChooserAction  action,
                                         const char           *title,
                                         const char           *accept_label,
                                         LcFileChosenFunc      chosen);

G_END_DECLS
