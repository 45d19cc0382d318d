/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LC_TYPE_GROWING_TEXT_VIEW (lc_growing_text_view_get_type ())

G_DECLARE_FINAL_TYPE (LcGrowingTextView, lc_growing_text_view, LC, GROWING_TEXT_VIEW, GtkTextView)

GtkWidget *lc_growing_text_view_new (void);

G_END_DECLS
