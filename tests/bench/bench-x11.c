/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>
#include <X11/Xlib.h>
#include <X11/extensions/Xdamage.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include "bench-run.h"
#include "bench-x11.h"
#include "lc-test-x11.h"

/*
 * Measures a window from outside its process, the same way for every
 * program: the X server reports a new top-level window (CreateNotify,
 * MapNotify on the root) and each time it is drawn into (the DAMAGE
 * extension), and answers for it to _NET_WM_PING, which GDK handles in its
 * main loop. A ping sent right after a key press is answered once the
 * press has been handled; pings sent one after another afterwards show the
 * longest time the main loop did not look at its events (a stall).
 */

#define START_TIMEOUT_MS  120000.0
#define QUIET_MS             300.0
#define STALL_WINDOW_MS     1000.0

typedef struct
{
  Display    *display;
  Window      root;
  int         damage_event;
  Atom        wm_protocols;
  Atom        net_wm_ping;
  GHashTable *damages;        /* Window → Damage, every new top-level window */
  Window      toplevel;       /* the first one mapped */
  double      first_paint;    /* ms, monotonic; 0 before */
  double      last_paint;
  long        pong;           /* the last ping answered */
  double      pong_at;
  int         out_fd;         /* the program's standard output, or -1 */
  GString    *out;
} X;

/* The DAMAGE extension's first error code; Xlib's handler is process-wide. */
static int damage_error_base = -1;
static XErrorHandler default_error_handler;

/* A window can go between the server's report of it and the requests
 * made about it (its damage subtracted, a ping sent), as when the program
 * measured quits: the server then answers BadWindow, BadDrawable or
 * BadDamage, and Xlib's default handler would end the benchmark. Those
 * are ignored; any other error is Xlib's to report. */
static int
on_x_error (Display     *display,
            XErrorEvent *error)
{
  if (error->error_code == BadWindow || error->error_code == BadDrawable
      || (damage_error_base >= 0 && error->error_code == damage_error_base + BadDamage))
    return 0;
  return default_error_handler (display, error);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static gboolean
x_open (X     *x,
        char **why)
{
  int damage_errors, error_base, major, minor;

  memset (x, 0, sizeof *x);
  x->out_fd = -1;
  x->display = XOpenDisplay (NULL);
  if (x->display == NULL)
    {
      *why = g_strdup ("no X display (run under xvfb-run, as build-aux/bench.sh does)");
      return FALSE;
    }
  if (!XDamageQueryExtension (x->display, &x->damage_event, &damage_errors)
      || !XTestQueryExtension (x->display, &error_base, &error_base, &major, &minor))
    {
      *why = g_strdup ("the X server has no DAMAGE or XTEST extension");
      XCloseDisplay (x->display);
      x->display = NULL;
      return FALSE;
    }
  damage_error_base = damage_errors;
  if (default_error_handler == NULL)
    default_error_handler = XSetErrorHandler (on_x_error);
  x->root = DefaultRootWindow (x->display);
  x->wm_protocols = XInternAtom (x->display, "WM_PROTOCOLS", False);
  x->net_wm_ping = XInternAtom (x->display, "_NET_WM_PING", False);
  x->damages = g_hash_table_new (NULL, NULL);
  x->out = g_string_new (NULL);
  XSelectInput (x->display, x->root, SubstructureNotifyMask);
  XSync (x->display, False);
  return TRUE;
}

static void
x_close (X *x)
{
  if (x->display != NULL)
    XCloseDisplay (x->display);
  g_clear_pointer (&x->damages, g_hash_table_unref);
  if (x->out != NULL)
    g_string_free (x->out, TRUE);
  if (x->out_fd >= 0)
    close (x->out_fd);
  memset (x, 0, sizeof *x);
}

static void
handle (X      *x,
        XEvent *event)
{
  if (event->type == CreateNotify && event->xcreatewindow.parent == x->root
      && !event->xcreatewindow.override_redirect)
    {
      Damage damage = XDamageCreate (x->display, event->xcreatewindow.window, XDamageReportNonEmpty);

      g_hash_table_insert (x->damages, GSIZE_TO_POINTER (event->xcreatewindow.window), GSIZE_TO_POINTER (damage));
    }
  else if (event->type == MapNotify && event->xmap.event == x->root && !event->xmap.override_redirect
           && x->toplevel == None && g_hash_table_contains (x->damages, GSIZE_TO_POINTER (event->xmap.window)))
    {
      x->toplevel = event->xmap.window;
    }
  else if (event->type == x->damage_event + XDamageNotify)
    {
      XDamageNotifyEvent *damage = (XDamageNotifyEvent *) event;

      /* Reported again only once emptied. */
      XDamageSubtract (x->display, damage->damage, None, None);
      if (damage->drawable == x->toplevel && x->toplevel != None)
        {
          x->last_paint = now_ms ();
          if (x->first_paint == 0)
            x->first_paint = x->last_paint;
        }
    }
  else if (event->type == ClientMessage && event->xclient.message_type == x->wm_protocols
           && (Atom) event->xclient.data.l[0] == x->net_wm_ping)
    {
      x->pong = event->xclient.data.l[1];
      x->pong_at = now_ms ();
    }
}

/* Handles the X server's events (and reads the program's output) until
 * @done says so or @deadline (ms, monotonic) passes. */
static gboolean
pump (X         *x,
      gboolean (*done) (X *x, gpointer data),
      gpointer   data,
      double     deadline)
{
  for (;;)
    {
      struct pollfd fds[2] = { { ConnectionNumber (x->display), POLLIN, 0 }, { x->out_fd, POLLIN, 0 } };
      double left;

      while (XPending (x->display))
        {
          XEvent event;

          XNextEvent (x->display, &event);
          handle (x, &event);
        }
      if (done (x, data))
        return TRUE;
      left = deadline - now_ms ();
      if (left <= 0)
        return FALSE;
      if (poll (fds, x->out_fd >= 0 ? 2 : 1, (int) MIN (left, 50) + 1) > 0 && (fds[1].revents & (POLLIN | POLLHUP)))
        {
          char buffer[1024];
          ssize_t got = read (x->out_fd, buffer, sizeof buffer);

          if (got > 0)
            g_string_append_len (x->out, buffer, got);
          else if (got == 0 || errno != EINTR)
            {
              close (x->out_fd);
              x->out_fd = -1;
            }
        }
    }
}

static gboolean
painted (X        *x,
         gpointer  data)
{
  return x->first_paint > 0;
}

/* No drawing for QUIET_MS: the window has settled. */
static gboolean
quiet (X        *x,
       gpointer  data)
{
  return now_ms () - MAX (x->last_paint, *(double *) data) >= QUIET_MS;
}

static gboolean
answered (X        *x,
          gpointer  data)
{
  return x->pong == (long) GPOINTER_TO_SIZE (data);
}

static gboolean
drawn_since (X        *x,
             gpointer  data)
{
  return x->last_paint >= *(double *) data;
}

static gboolean
shows_convention (X        *x,
                  gpointer  data)
{
  return x->first_paint > 0 && strstr (x->out->str, "first-frame: page=convention") != NULL;
}

static void
settle (X *x)
{
  double from = now_ms ();

  pump (x, quiet, &from, from + 10000);
}

/* Sends a ping and waits for its answer: the round trip, or -1. */
static double
ping (X    *x,
      long  stamp)
{
  XEvent event = { 0 };
  double sent;

  event.xclient.type = ClientMessage;
  event.xclient.window = x->toplevel;
  event.xclient.message_type = x->wm_protocols;
  event.xclient.format = 32;
  event.xclient.data.l[0] = (long) x->net_wm_ping;
  event.xclient.data.l[1] = stamp;
  event.xclient.data.l[2] = (long) x->toplevel;
  XSendEvent (x->display, x->toplevel, False, NoEventMask, &event);
  XFlush (x->display);
  sent = now_ms ();
  if (!pump (x, answered, GSIZE_TO_POINTER (stamp), sent + 30000))
    return -1;
  return x->pong_at - sent;
}

/**
 * bench_x11_hold:
 * @why: (out): why not, when not
 *
 * Opens a connection to the X server and keeps it until the process ends.
 * An X server whose last client leaves starts over (Xvfb as xvfb-run
 * starts it does), and refuses whoever connects while it does: in about
 * one connection in five when one program closes and the next opens at
 * once, as the paired first paints do. A client that stays keeps it up.
 *
 * Returns: whether the window can be measured from outside here
 */
gboolean
bench_x11_hold (char **why)
{
  static Display *held;
  X x;

  if (held != NULL)
    return TRUE;
  /* Held before the check's connection is opened and closed: closed
   * first, the check's was the last client and the server started over
   * under the held one ("refused a second connection", one run in a few).
   * Selects no events: nothing would read them. */
  held = XOpenDisplay (NULL);
  if (held == NULL)
    {
      *why = g_strdup ("no X display (run under xvfb-run, as build-aux/bench.sh does)");
      return FALSE;
    }
  if (!x_open (&x, why))
    {
      g_clear_pointer (&held, XCloseDisplay);
      return FALSE;
    }
  x_close (&x);
  return TRUE;
}

/**
 * bench_x11_first_paint:
 * @argv: the program, which opens one window
 * @envp: (nullable): its environment
 * @failure: (out): why it was not measured
 *
 * Returns: seconds from launching @argv to its first top-level window's
 *   first drawing, or a negative number on failure; the program is then
 *   stopped
 */
double
bench_x11_first_paint (const char * const *argv,
                       char              **envp,
                       char              **failure)
{
  g_autoptr(GError) error = NULL;
  double launched, seconds = -1;
  GPid pid;
  X x;

  if (!x_open (&x, failure))
    return -1;
  launched = now_ms ();
  if (!g_spawn_async (NULL, (char **) argv, envp,
                      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL
                      | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, &error))
    {
      *failure = g_strdup_printf ("failed: %s", error->message);
      x_close (&x);
      return -1;
    }
  if (pump (&x, painted, NULL, launched + START_TIMEOUT_MS))
    seconds = (x.first_paint - launched) / 1000;
  else
    *failure = g_strdup ("failed: no window was drawn");
  lc_test_x11_stop (pid);
  g_spawn_close_pid (pid);
  x_close (&x);
  return seconds;
}

/* A number that changes when any item of the convention moves. */
static double
library_signature (const char *library,
                   gint64      convention_id)
{
  g_autofree char *uri = g_strdup_printf ("file:%s?mode=ro", library);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  double signature = -1;

  if (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK
      && sqlite3_prepare_v2 (db, "SELECT total ((start_minute + 1) * (id % 997 + 1)) FROM items "
                                 "WHERE convention_id = ?", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_busy_timeout (db, 5000);
      sqlite3_bind_int64 (stmt, 1, convention_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        signature = sqlite3_column_double (stmt, 0);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return signature;
}

/* Alt+Down (later) or Alt+Up (earlier): moves the selected item, saved at once. */
static void
press_move (X        *x,
            gboolean  later)
{
  KeyCode alt = XKeysymToKeycode (x->display, XK_Alt_L);
  KeyCode arrow = XKeysymToKeycode (x->display, later ? XK_Down : XK_Up);

  XTestFakeKeyEvent (x->display, alt, True, CurrentTime);
  XTestFakeKeyEvent (x->display, arrow, True, CurrentTime);
  XTestFakeKeyEvent (x->display, arrow, False, CurrentTime);
  XTestFakeKeyEvent (x->display, alt, False, CurrentTime);
  XFlush (x->display);
}

static void
click (X   *x,
       int  root_x,
       int  root_y)
{
  XTestFakeMotionEvent (x->display, -1, root_x, root_y, CurrentTime);
  XTestFakeButtonEvent (x->display, 1, True, CurrentTime);
  XTestFakeButtonEvent (x->display, 1, False, CurrentTime);
  XFlush (x->display);
}

void
bench_edits_clear (BenchEdits *edits)
{
  g_clear_pointer (&edits->failure, g_free);
}

/**
 * bench_x11_edits:
 * @edits: where to put the figures
 * @executable: learning-cities
 * @library: the library database
 * @convention_id: the convention to show
 * @n_edits: how many edits to time
 *
 * Opens the window on @convention_id, selects an item with a real click
 * and moves it with Alt+Down and Alt+Up, @n_edits times, each saved to the
 * library at once; for each, the time until the window answers a ping and
 * until it draws, and the longest ping round trip in the second after.
 * Each edit is checked in the library.
 */
void
bench_x11_edits (BenchEdits *edits,
                 const char *executable,
                 const char *library,
                 gint64      convention_id,
                 guint       n_edits)
{
  static const double heights[] = { 0.45, 0.55, 0.65, 0.35, 0.75, 0.85 };
  g_autofree char *database = g_strdup_printf ("--database=%s", library);
  g_autofree char *convention = g_strdup_printf ("--convention=%" G_GINT64_FORMAT, convention_id);
  const char *argv[] = { executable, database, convention, NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LC_BENCH_FIRST_FRAME", "stay", TRUE);
  g_autoptr(GArray) answers = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) draws = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  double signature, launched;
  gboolean later = TRUE, selected = FALSE;
  unsigned int width, height, border, depth;
  int root_x, root_y;
  long stamp = 1;
  Window child, parent_root;
  GPid pid;
  X x;

  memset (edits, 0, sizeof *edits);
  if (!x_open (&x, &edits->failure))
    return;
  launched = now_ms ();
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, &pid, NULL, &x.out_fd, NULL, &error))
    {
      edits->failure = g_strdup_printf ("failed: %s", error->message);
      x_close (&x);
      return;
    }

  if (!pump (&x, shows_convention, NULL, launched + START_TIMEOUT_MS))
    {
      edits->failure = g_strdup ("failed: the window did not show the convention");
      goto out;
    }
  settle (&x);
  XSetInputFocus (x.display, x.toplevel, RevertToParent, CurrentTime);
  XGetGeometry (x.display, x.toplevel, &parent_root, &root_x, &root_y, &width, &height, &border, &depth);
  XTranslateCoordinates (x.display, x.toplevel, x.root, 0, 0, &root_x, &root_y, &child);
  settle (&x);

  /* Where the list's rows are depends on the window: click until a click
   * selects an item, which the first move then shows in the library. */
  signature = library_signature (library, convention_id);
  for (guint i = 0; i < G_N_ELEMENTS (heights) && !selected; i++)
    {
      double moved;

      click (&x, root_x + (int) width / 2, root_y + (int) (height * heights[i]));
      settle (&x);
      press_move (&x, later);
      ping (&x, stamp++);
      settle (&x);
      moved = library_signature (library, convention_id);
      selected = moved != signature;
      signature = moved;
      if (selected)
        later = !later;
    }
  if (!selected)
    {
      edits->failure = g_strdup ("failed: no click selected an item to move");
      goto out;
    }

  for (guint i = 0; i < n_edits; i++)
    {
      double pressed, answer, drawn, moved, until;

      press_move (&x, later);
      pressed = now_ms ();
      answer = ping (&x, stamp++);
      if (answer < 0)
        {
          edits->failure = g_strdup ("failed: the window stopped answering");
          goto out;
        }
      answer = x.pong_at - pressed;
      g_array_append_val (answers, answer);
      if (pump (&x, drawn_since, &pressed, pressed + 30000))
        {
          drawn = x.last_paint - pressed;
          g_array_append_val (draws, drawn);
        }

      /* Pings one after another: the longest wait is the longest stall. */
      until = now_ms () + STALL_WINDOW_MS;
      edits->stall_ms = MAX (edits->stall_ms, answer);
      while (now_ms () < until)
        {
          double round_trip = ping (&x, stamp++);

          if (round_trip < 0)
            break;
          edits->stall_ms = MAX (edits->stall_ms, round_trip);
          g_usleep (2000);
        }
      settle (&x);
      moved = library_signature (library, convention_id);
      if (moved != signature)
        edits->n_edits++;
      signature = moved;
      later = !later;
    }

out:
  lc_test_x11_stop (pid);
  g_spawn_close_pid (pid);
  x_close (&x);
  if (edits->failure == NULL)
    {
      edits->answer_ms = bench_median (answers);
      edits->drawn_ms = draws->len > 0 ? bench_median (draws) : -1;
    }
}
