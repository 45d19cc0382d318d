/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Libraries shared with the app through the document portal, as a file
 * chooser hands them to a sandboxed app (see lc-store-portal.c). */

gboolean  lc_store_is_shared_document   (const char  *path);
char     *lc_store_copy_shared_document (const char  *path,
                                         GError     **error);

G_END_DECLS
