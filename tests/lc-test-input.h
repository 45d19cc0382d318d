/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * Acting as a person: real key presses and pointer clicks, sent to the X
 * server with XTest, so they travel the same way as a keyboard's and a
 * mouse's (X server → GDK → the shortcut controllers, bindings and gestures
 * of the focused window). A shortcut that is dead for a person is dead here.
 *
 * Every wait is for a condition, with a generous deadline (30 s, times
 * LC_TEST_TIMEOUT_SCALE); nothing waits for a fixed time.
 */

void        lc_test_input_init          (void);

gint64      lc_test_deadline            (void);
void        lc_test_iterate             (void);
void        lc_test_flush               (void);
void        lc_test_wait_for_idle       (void);
void        lc_test_wait_for_frame      (GtkWidget   *widget);

/**
 * LC_TEST_WAIT:
 * @expr: a condition
 * @what: what is awaited, for the failure message
 *
 * Runs the main loop until @expr holds; fails the test when it does not
 * within the deadline.
 */
#define LC_TEST_WAIT(expr, what)                                                   \
  G_STMT_START {                                                                   \
    gint64 lc_test_wait_deadline_ = lc_test_deadline ();                           \
    while (!(expr))                                                                \
      {                                                                            \
        if (g_get_monotonic_time () > lc_test_wait_deadline_)                      \
          g_error ("%s:%d: timed out waiting for %s (%s)",                         \
                   __FILE__, __LINE__, what, #expr);                               \
        lc_test_iterate ();                                                        \
      }                                                                            \
  } G_STMT_END

/* The keyboard */
void        lc_test_focus_window        (GtkWindow   *window);
void        lc_test_resize_window       (GtkWindow   *window,
                                         int          width,
                                         int          height);
void        lc_test_press               (const char  *accelerator);
void        lc_test_press_n             (const char  *accelerator,
                                         guint        times);
void        lc_test_type                (const char  *text);

/* The pointer */
void        lc_test_click               (GtkWidget   *widget);
void        lc_test_click_holding       (GtkWidget   *widget,
                                         const char  *modifier);
void        lc_test_click_at            (GtkWidget   *widget,
                                         double       x,
                                         double       y,
                                         guint        button,
                                         guint        n_press);
void        lc_test_pointer_down        (GtkWidget   *widget,
                                         double       x,
                                         double       y);
void        lc_test_pointer_move        (GtkWidget   *widget,
                                         double       from_x,
                                         double       from_y,
                                         double       to_x,
                                         double       to_y);
void        lc_test_pointer_up          (void);
void        lc_test_drag                (GtkWidget   *widget,
                                         double       from_x,
                                         double       from_y,
                                         double       to_x,
                                         double       to_y);
void        lc_test_scroll_into_view    (GtkWidget   *widget);

/* Windows and widgets as a person sees them */
GtkWindow  *lc_test_find_window         (GType        type,
                                         const char  *title);
GtkWindow  *lc_test_wait_for_window     (GType        type,
                                         const char  *title);
void        lc_test_wait_window_gone    (GtkWindow   *window);
GtkWidget  *lc_test_find_text           (GtkWidget   *root,
                                         const char  *text);
GtkWidget  *lc_test_wait_for_text       (GtkWidget   *root,
                                         const char  *text);
GtkWidget  *lc_test_find_text_in_windows (const char *text);
GtkWidget  *lc_test_wait_for_text_in_windows (const char *text);
GtkWidget  *lc_test_find_starting       (GtkWidget   *root,
                                         const char  *start);
gboolean    lc_test_shows_text          (GtkWidget   *root,
                                         const char  *text);
GtkWidget  *lc_test_find_type           (GtkWidget   *root,
                                         GType        type);
GtkWidget  *lc_test_find_activatable    (GtkWidget   *widget);
GtkWidget  *lc_test_focus_widget        (void);
char       *lc_test_visible_text        (GtkWidget   *widget);

/* Any GLib/GTK warning or critical fails the test, naming it. */
void        lc_test_fail_on_warnings    (void);

G_END_DECLS
