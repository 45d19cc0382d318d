/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <X11/Xlib.h>

G_BEGIN_DECLS

/*
 * Another program's windows seen through the X server (Xlib only, no GDK):
 * for the tests and the benchmark that work a second process's window
 * with real input. No window manager runs under Xvfb, so top-level
 * windows are the root window's children, and focus is given here.
 */

GArray   *lc_test_x11_windows_of   (Display    *display,
                                    GPid        pid);
char     *lc_test_x11_window_name  (Display    *display,
                                    Window      window);
gboolean  lc_test_x11_focus        (Display    *display,
                                    Window      window);
void      lc_test_x11_stop         (GPid        pid);

G_END_DECLS
