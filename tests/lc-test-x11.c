/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <X11/Xatom.h>

#include "lc-test-x11.h"

/* Another process's window can go between the server's answer naming it
 * and the next request about it (a dialog closes), and a window just
 * mapped may not be viewable yet when it is given the focus: the server
 * then answers BadWindow or BadMatch. Those are expected here, so the
 * requests below run with a handler that ignores errors. Xlib's handler is
 * process-wide (GDK has its own in a GTK test): it is swapped only around
 * these requests, after a sync so that nobody else's errors land in it. */
static int
ignore_error (Display     *display,
              XErrorEvent *error)
{
  return 0;
}

static XErrorHandler
trap_push (Display *display)
{
  XSync (display, False);
  return XSetErrorHandler (ignore_error);
}

static void
trap_pop (Display       *display,
          XErrorHandler  previous)
{
  XSync (display, False);
  XSetErrorHandler (previous);
}

/* The process that owns @window by its _NET_WM_PID (GDK sets it on every
 * top-level window), or 0. */
static gulong
window_pid (Display *display,
            Window   window)
{
  Atom type;
  int format;
  unsigned long n_items, after;
  unsigned char *data = NULL;
  gulong pid = 0;

  if (XGetWindowProperty (display, window, XInternAtom (display, "_NET_WM_PID", False), 0, 1, False,
                          XA_CARDINAL, &type, &format, &n_items, &after, &data) == Success
      && data != NULL && format == 32 && n_items == 1)
    pid = *(unsigned long *) data;
  if (data != NULL)
    XFree (data);
  return pid;
}

/**
 * lc_test_x11_windows_of:
 * @display: a connection to the X server
 * @pid: a process
 *
 * Finds the windows of @pid a person sees: top-level, shown (viewable),
 * not a menu or tooltip (override-redirect).
 *
 * Returns: (transfer full) (element-type Window): the windows, lowest
 *   first, so the last is the one shown on top (the newest, with no
 *   window manager to restack them)
 */
GArray *
lc_test_x11_windows_of (Display *display,
                        GPid     pid)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (Window));
  XErrorHandler previous = trap_push (display);
  Window root, parent, *children = NULL;
  unsigned int n_children = 0;

  if (XQueryTree (display, DefaultRootWindow (display), &root, &parent, &children, &n_children))
    for (unsigned int i = 0; i < n_children; i++)
      {
        XWindowAttributes attributes;

        if (XGetWindowAttributes (display, children[i], &attributes) && attributes.map_state == IsViewable
            && !attributes.override_redirect && window_pid (display, children[i]) == (gulong) pid)
          g_array_append_val (found, children[i]);
      }
  if (children != NULL)
    XFree (children);
  trap_pop (display, previous);
  return found;
}

/**
 * lc_test_x11_window_name:
 * @display: a connection to the X server
 * @window: a top-level window
 *
 * Returns: (transfer full) (nullable): the window's title, as a window
 *   manager would show it (_NET_WM_NAME, else WM_NAME), or %NULL
 */
char *
lc_test_x11_window_name (Display *display,
                         Window   window)
{
  XErrorHandler previous = trap_push (display);
  Atom type;
  int format;
  unsigned long n_items, after;
  unsigned char *data = NULL;
  char *name = NULL, *legacy = NULL;

  if (XGetWindowProperty (display, window, XInternAtom (display, "_NET_WM_NAME", False), 0, 1024, False,
                          XInternAtom (display, "UTF8_STRING", False), &type, &format, &n_items, &after,
                          &data) == Success
      && data != NULL && format == 8)
    name = g_strndup ((const char *) data, n_items);
  if (data != NULL)
    XFree (data);
  if (name == NULL && XFetchName (display, window, &legacy) && legacy != NULL)
    {
      name = g_strdup (legacy);
      XFree (legacy);
    }
  trap_pop (display, previous);
  return name;
}

/**
 * lc_test_x11_focus:
 * @display: a connection to the X server
 * @window: a top-level window
 *
 * Raises @window and gives it the keyboard, as a window manager does when
 * a window is shown or clicked. Call it again until it succeeds: a window
 * just mapped may not take the focus yet.
 *
 * Returns: whether @window has the keyboard now
 */
gboolean
lc_test_x11_focus (Display *display,
                   Window   window)
{
  XErrorHandler previous = trap_push (display);
  Window focus = None;
  int revert;

  XRaiseWindow (display, window);
  XSetInputFocus (display, window, RevertToParent, CurrentTime);
  trap_pop (display, previous);
  XGetInputFocus (display, &focus, &revert);
  return focus == window;
}

/**
 * lc_test_x11_stop:
 * @pid: a child process, spawned with %G_SPAWN_DO_NOT_REAP_CHILD
 *
 * Asks @pid to end (SIGTERM), and ends it (SIGKILL) if it has not within
 * five seconds; reaps it either way.
 */
static void
on_child_exited (GPid     pid,
                 int      status,
                 gpointer data)
{
  *(gboolean *) data = TRUE;
}

static gboolean
on_too_long (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
lc_test_x11_stop (GPid pid)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  g_autoptr(GSource) exited = g_child_watch_source_new (pid);
  g_autoptr(GSource) deadline = g_timeout_source_new_seconds (5);
  gboolean gone = FALSE, too_long = FALSE;
  int status;

  /* Waits for the child's end (it is reaped by the watch), not for a
   * time; one that has not ended within five seconds is killed. */
  g_source_set_callback (exited, G_SOURCE_FUNC (on_child_exited), &gone, NULL);
  g_source_set_callback (deadline, on_too_long, &too_long, NULL);
  g_source_attach (exited, context);
  g_source_attach (deadline, context);
  kill (pid, SIGTERM);
  while (!gone && !too_long)
    g_main_context_iteration (context, TRUE);
  g_source_destroy (exited);
  g_source_destroy (deadline);
  if (!gone)
    {
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
    }
}
