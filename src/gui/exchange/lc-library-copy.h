/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Called with the copy's path once the library is copied. */
typedef void (*LcLibraryCopied) (const char *copy,
                                 gpointer    user_data);

void lc_library_copy_ask (GtkWindow       *parent,
                          const char      *path,
                          gboolean         create,
                          LcLibraryCopied  copied,
                          gpointer         user_data);

G_END_DECLS
