/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * The About window, made of libadwaita 1.2 widgets with the app's own
 * words. AdwAboutWindow writes its rows (Website, Report an Issue,
 * Credits, Legal…) with libadwaita's catalogue, and Debian 12 ships no
 * Arabic one, so in Arabic they stayed English; nothing outside the widget
 * can translate them. This window says the same in our catalogue.
 */

#define LC_TYPE_ABOUT_WINDOW (lc_about_window_get_type ())

G_DECLARE_FINAL_TYPE (LcAboutWindow, lc_about_window, LC, ABOUT_WINDOW, AdwWindow)

GtkWindow *lc_about_window_new (GtkWindow *parent);

G_END_DECLS
