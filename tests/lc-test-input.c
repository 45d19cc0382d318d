/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk/x11/gdkx.h>
#include <X11/XKBlib.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>
#include <stdlib.h>
#include <string.h>

#include "lc-test-input.h"
#include "lc-test-util.h"

/*
 * Real input for the UI tests. Keys and buttons go to the X server through
 * XTest, as xdotool sends them; GDK reads them back from the server like
 * any other input, so what a test presses is exactly what a person's
 * keyboard would deliver. Characters the server's keyboard map lacks (Arabic
 * letters on Xvfb's US map) are typed the way xdotool does it: a spare
 * keycode is bound to the character's keysym first. Finding what the
 * window shows is lc-test-widgets.c.
 */

#define DEFAULT_DEADLINE_S 30

static Display *xdisplay;
static GArray  *spare_keycodes;     /* KeyCode: keycodes with no symbol at all */
static guint    next_spare;

static Display *
get_xdisplay (void)
{
  g_assert_nonnull (xdisplay);
  return xdisplay;
}

/**
 * lc_test_input_init:
 *
 * Checks that real input can be sent (an X display with XTest) and finds
 * the keyboard map's spare keycodes. Exits, skipped, only when there
 * is no X display at all (TAP's "1..0 # SKIP").
 */
void
lc_test_input_init (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  int event_base, error_base, major, minor;
  int min_keycode, max_keycode, per_keycode;
  KeySym *map;

  if (display == NULL || !GDK_IS_X11_DISPLAY (display))
    {
      exit (lc_test_skip_all ("real-input tests need an X display (run them through build-aux/run-headless.sh)"));
    }

  xdisplay = gdk_x11_display_get_xdisplay (display);
  if (!XTestQueryExtension (xdisplay, &event_base, &error_base, &major, &minor))
    g_error ("the X server has no XTest extension");

  /* A held key from a crashed earlier run must not stay down. */
  XTestDiscard (xdisplay);

  spare_keycodes = g_array_new (FALSE, FALSE, sizeof (KeyCode));
  XDisplayKeycodes (xdisplay, &min_keycode, &max_keycode);
  map = XGetKeyboardMapping (xdisplay, (KeyCode) min_keycode, max_keycode - min_keycode + 1, &per_keycode);
  for (int kc = max_keycode; kc >= min_keycode; kc--)
    {
      gboolean empty = TRUE;

      for (int l = 0; l < per_keycode; l++)
        if (map[(kc - min_keycode) * per_keycode + l] != NoSymbol)
          empty = FALSE;
      if (empty)
        {
          KeyCode code = (KeyCode) kc;

          g_array_append_val (spare_keycodes, code);
        }
    }
  XFree (map);
  g_assert_cmpuint (spare_keycodes->len, >=, 4);
}

/**
 * lc_test_deadline:
 *
 * Returns: the monotonic time by which a condition awaited now must hold:
 *   30 s, times LC_TEST_TIMEOUT_SCALE (the sanitizer pass sets it)
 */
gint64
lc_test_deadline (void)
{
  const char *scale = g_getenv ("LC_TEST_TIMEOUT_SCALE");
  double factor = scale ? g_ascii_strtod (scale, NULL) : 1.0;

  if (factor < 1.0)
    factor = 1.0;

  return g_get_monotonic_time () + (gint64) (DEFAULT_DEADLINE_S * factor * G_USEC_PER_SEC);
}

static gboolean
wake_up (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * lc_test_iterate:
 *
 * Runs one round of the main loop, blocking until something happens or for
 * at most 20 ms: a condition that depends on another process (a commit to
 * the library, say) is checked again even when no event arrives.
 */
void
lc_test_iterate (void)
{
  gboolean woken = FALSE;
  guint id = g_timeout_add (20, wake_up, &woken);

  g_main_context_iteration (NULL, TRUE);
  if (!woken)
    g_source_remove (id);
}

/**
 * lc_test_flush:
 *
 * Waits until the X server has handled every request sent so far (so the
 * events our input caused are queued for GDK), then lets GTK handle every
 * event that is pending.
 */
void
lc_test_flush (void)
{
  XSync (get_xdisplay (), False);
  /* Until the X events are read and what is pending has run, but no
   * further: a blinking cursor or a spinner keeps something pending all the
   * time, and waiting for a quiet moment would never end. */
  for (guint i = 0; i < 1000 && (XPending (get_xdisplay ()) > 0 || g_main_context_pending (NULL)); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      if (i > 100 && XPending (get_xdisplay ()) == 0)
        break;
    }
}

static gboolean
idle_reached (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * lc_test_wait_for_idle:
 *
 * Flushes input, then runs the main loop until an idle callback of low
 * priority runs: every pending event, redraw and resize has been handled.
 */
void
lc_test_wait_for_idle (void)
{
  gboolean reached = FALSE;

  lc_test_flush ();
  g_idle_add_full (G_PRIORITY_LOW, idle_reached, &reached, NULL);
  LC_TEST_WAIT (reached, "the main loop to be idle");
}

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * lc_test_wait_for_frame:
 * @widget: a shown widget
 *
 * Waits until @widget's window has drawn one more frame.
 */
void
lc_test_wait_for_frame (GtkWidget *widget)
{
  gboolean ticked = FALSE;

  gtk_widget_add_tick_callback (widget, on_tick, &ticked, NULL);
  LC_TEST_WAIT (ticked, "a frame");
}

/* Keyboard */

static void
fake_key (KeyCode  code,
          gboolean press)
{
  XTestFakeKeyEvent (get_xdisplay (), code, press, CurrentTime);
}

static KeyCode
modifier_keycode (KeySym keysym)
{
  KeyCode code = XKeysymToKeycode (get_xdisplay (), keysym);

  g_assert_cmpuint (code, !=, 0);
  return code;
}

static gboolean
gdk_knows_keycode (guint   keyval,
                   KeyCode code)
{
  g_autofree GdkKeymapKey *keys = NULL;
  int n_keys = 0;
  gboolean found = FALSE;

  if (gdk_display_map_keyval (gdk_display_get_default (), keyval, &keys, &n_keys))
    for (int i = 0; i < n_keys; i++)
      if (keys[i].keycode == code)
        found = TRUE;

  return found;
}

/* Binds a spare keycode to @keyval (as xdotool does for characters the
 * keyboard has not got) and waits until GDK has read the new map. */
static KeyCode
bind_spare_keycode (guint keyval)
{
  KeyCode code = g_array_index (spare_keycodes, KeyCode, next_spare);
  KeySym syms[2] = { keyval, keyval };

  next_spare = (next_spare + 1) % spare_keycodes->len;
  XChangeKeyboardMapping (get_xdisplay (), code, 2, syms, 1);
  XSync (get_xdisplay (), False);
  LC_TEST_WAIT (gdk_knows_keycode (keyval, code), "GDK to read the new keyboard map");

  return code;
}

/* The keycode that types @keyval, and whether Shift must be held for it. */
static KeyCode
keycode_for (guint     keyval,
             gboolean *shift)
{
  KeyCode code = XKeysymToKeycode (get_xdisplay (), keyval);

  *shift = FALSE;
  if (code == 0)
    return bind_spare_keycode (keyval);

  if (XkbKeycodeToKeysym (get_xdisplay (), code, 0, 0) != keyval
      && XkbKeycodeToKeysym (get_xdisplay (), code, 0, 1) == keyval)
    *shift = TRUE;

  return code;
}

static void
press_keyval (guint           keyval,
              GdkModifierType mods)
{
  gboolean shift;
  KeyCode code = keycode_for (keyval, &shift);
  KeyCode held[4];
  guint n_held = 0;

  if (mods & GDK_CONTROL_MASK)
    held[n_held++] = modifier_keycode (XK_Control_L);
  if ((mods & GDK_SHIFT_MASK) || shift)
    held[n_held++] = modifier_keycode (XK_Shift_L);
  if (mods & GDK_ALT_MASK)
    held[n_held++] = modifier_keycode (XK_Alt_L);
  if (mods & GDK_SUPER_MASK)
    held[n_held++] = modifier_keycode (XK_Super_L);

  for (guint i = 0; i < n_held; i++)
    fake_key (held[i], TRUE);
  fake_key (code, TRUE);
  fake_key (code, FALSE);
  for (guint i = n_held; i > 0; i--)
    fake_key (held[i - 1], FALSE);

  lc_test_flush ();
}

/**
 * lc_test_press:
 * @accelerator: a key with its modifiers, as GTK writes it: "<Control>z",
 *   "Return", "<Alt>Left", "<Shift>Tab"
 *
 * Presses and releases the key, holding the modifiers, then lets GTK handle
 * the events.
 */
void
lc_test_press (const char *accelerator)
{
  guint keyval = 0;
  GdkModifierType mods = 0;

  if (!gtk_accelerator_parse (accelerator, &keyval, &mods) || keyval == 0)
    g_error ("not a key: “%s”", accelerator);

  press_keyval (keyval, mods);
}

void
lc_test_press_n (const char *accelerator,
                 guint       times)
{
  for (guint i = 0; i < times; i++)
    lc_test_press (accelerator);
}

/**
 * lc_test_type:
 * @text: UTF-8 text, in any script; "\n" presses Return and "\t" Tab
 *
 * Types @text a key at a time.
 */
void
lc_test_type (const char *text)
{
  g_return_if_fail (g_utf8_validate (text, -1, NULL));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint keyval;

      if (c == '\n')
        keyval = GDK_KEY_Return;
      else if (c == '\t')
        keyval = GDK_KEY_Tab;
      else if (c == ' ')
        keyval = GDK_KEY_space;
      else
        keyval = gdk_unicode_to_keyval (c);

      press_keyval (keyval, 0);
    }
}

static gboolean
ask_for_focus (GtkWindow  *window,
               GdkSurface *surface)
{
  GdkDisplay *display = gdk_display_get_default ();

  if (gtk_window_is_active (window))
    return TRUE;

  gdk_x11_display_error_trap_push (display);
  XRaiseWindow (get_xdisplay (), gdk_x11_surface_get_xid (surface));
  XSetInputFocus (get_xdisplay (), gdk_x11_surface_get_xid (surface), RevertToParent, CurrentTime);
  gdk_x11_display_error_trap_pop_ignored (display);
  lc_test_flush ();

  return gtk_window_is_active (window);
}

/**
 * lc_test_focus_window:
 * @window: a window on screen
 *
 * Gives @window the keyboard, as a window manager does when a window is
 * shown or clicked (the test display has no window manager), and waits
 * until GTK knows it is the active window.
 */
void
lc_test_focus_window (GtkWindow *window)
{
  GdkSurface *surface;

  LC_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (window)), "the window to be shown");
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  LC_TEST_WAIT (gdk_surface_get_mapped (surface), "the window's surface to be mapped");

  /* A window just mapped may not be viewable yet, and the X server then
   * refuses it the focus: ask again until GTK says the window has it. */
  LC_TEST_WAIT (ask_for_focus (window, surface), "the window to have the keyboard");
}

/**
 * lc_test_resize_window:
 * @window: a window on screen
 * @width: the width its contents should get
 * @height: the height its contents should get
 *
 * Resizes @window as a person does by dragging its edge (the window
 * manager's part, done here with the X server), and waits until GTK has
 * laid the window out at the new size.
 */
void
lc_test_resize_window (GtkWindow *window,
                       int        width,
                       int        height)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  Window xid = gdk_x11_surface_get_xid (surface);
  double sx, sy;
  int extra_w, extra_h;

  /* The X window holds the client-side shadow around the contents. */
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  extra_w = gdk_surface_get_width (surface) - gtk_widget_get_width (GTK_WIDGET (window));
  extra_h = gdk_surface_get_height (surface) - gtk_widget_get_height (GTK_WIDGET (window));
  XResizeWindow (get_xdisplay (), xid, (unsigned) (width + MAX (extra_w, 0)), (unsigned) (height + MAX (extra_h, 0)));
  lc_test_flush ();
  LC_TEST_WAIT (gtk_widget_get_width (GTK_WIDGET (window)) == width
                && gtk_widget_get_height (GTK_WIDGET (window)) == height, "the window to take its new size");
  lc_test_wait_for_idle ();
}

/* Pointer */

static gboolean
root_position (GtkWidget *widget,
               double     x,
               double     y,
               int       *root_x,
               int       *root_y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface;
  graphene_point_t point;
  double sx, sy;
  int wx, wy;
  Window child;

  if (native == NULL || !gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                                   &GRAPHENE_POINT_INIT ((float) x, (float) y), &point))
    return FALSE;

  surface = gtk_native_get_surface (native);
  if (surface == NULL || !gdk_surface_get_mapped (surface))
    return FALSE;

  gtk_native_get_surface_transform (native, &sx, &sy);
  XTranslateCoordinates (get_xdisplay (), gdk_x11_surface_get_xid (surface),
                         DefaultRootWindow (get_xdisplay ()), 0, 0, &wx, &wy, &child);
  *root_x = wx + (int) (sx + point.x);
  *root_y = wy + (int) (sy + point.y);
  return TRUE;
}

/* What a click at (x, y) of @widget would hit: @widget or one of its
 * descendants, unless something covers it. */
static gboolean
reachable_at (GtkWidget *widget,
              double     x,
              double     y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t point;
  GtkWidget *picked;

  if (!gtk_widget_get_mapped (widget) || !gtk_widget_is_sensitive (widget)
      || gtk_widget_get_width (widget) <= 0 || gtk_widget_get_height (widget) <= 0
      || native == NULL
      || !gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                    &GRAPHENE_POINT_INIT ((float) x, (float) y), &point))
    return FALSE;

  picked = gtk_widget_pick (GTK_WIDGET (native), point.x, point.y, GTK_PICK_DEFAULT);
  return picked != NULL && (picked == widget || gtk_widget_is_ancestor (picked, widget));
}

static void
move_pointer (GtkWidget *widget,
              double     x,
              double     y)
{
  int rx = 0, ry = 0;

  g_assert_true (root_position (widget, x, y, &rx, &ry));
  XTestFakeMotionEvent (get_xdisplay (), -1, rx, ry, CurrentTime);
  lc_test_flush ();
}

/* Whether the X server has @widget's window under the pointer, and not
 * another on top of it (a popover just closed whose window is not yet
 * gone, a tooltip): the click would go to that one. */
static gboolean
pointer_over_native (GtkWidget *widget)
{
  Window xid = gdk_x11_surface_get_xid (gtk_native_get_surface (gtk_widget_get_native (widget)));
  Window root = DefaultRootWindow (get_xdisplay ()), root_return, child;
  int rx, ry, wx, wy;
  unsigned int mask;

  if (!XQueryPointer (get_xdisplay (), root, &root_return, &child, &rx, &ry, &wx, &wy, &mask))
    return FALSE;

  return child == xid;
}

/* Moves the pointer onto (x, y) of @widget; TRUE when, a frame later, that
 * place is still under the pointer and still reaches @widget. */
static gboolean
aimed_at (GtkWidget *widget,
          double     x,
          double     y)
{
  int before_x = 0, before_y = 0, after_x = 0, after_y = 0;

  if (!reachable_at (widget, x, y) || !root_position (widget, x, y, &before_x, &before_y))
    return FALSE;

  move_pointer (widget, x, y);
  return reachable_at (widget, x, y) && root_position (widget, x, y, &after_x, &after_y)
         && after_x == before_x && after_y == before_y && pointer_over_native (widget);
}

static gboolean
count_press (GtkEventControllerLegacy *watch,
             GdkEvent                 *event,
             guint                    *presses)
{
  if (gdk_event_get_event_type (event) == GDK_BUTTON_PRESS)
    (*presses)++;
  return GDK_EVENT_PROPAGATE;
}

/**
 * lc_test_click_at:
 * @widget: a widget on screen
 * @x: where, in @widget's coordinates
 * @y: where, in @widget's coordinates
 * @button: 1 for the primary button, 3 for the secondary
 * @n_press: 1 for a click, 2 for a double click
 *
 * Waits until a click there would reach @widget (shown, sensitive, not
 * covered), moves the pointer there and clicks.
 */
void
lc_test_click_at (GtkWidget *widget,
                  double     x,
                  double     y,
                  guint      button,
                  guint      n_press)
{
  g_autofree char *what = g_strdup_printf ("a %s to be shown and uncovered", G_OBJECT_TYPE_NAME (widget));
  /* Held: the click may close the window @widget is in. */
  g_autoptr(GtkWidget) target = g_object_ref (widget);
  GtkWidget *native = GTK_WIDGET (gtk_widget_get_native (widget));
  GtkEventController *watch = gtk_event_controller_legacy_new ();
  guint presses = 0;

  /* Whether the presses reach the window at all: a few loaded runs saw a
   * click open nothing, as if it had been lost on the way. */
  gtk_event_controller_set_propagation_phase (watch, GTK_PHASE_CAPTURE);
  g_signal_connect (watch, "event", G_CALLBACK (count_press), &presses);
  /* Held here too: if the click closes the window, the window lets the
   * watch go and this says so. */
  g_object_ref (watch);
  gtk_widget_add_controller (native, watch);

  for (guint attempt = 0; presses < n_press; attempt++)
    {
      gint64 until;

      if (attempt == 3)
        g_error ("three clicks on a %s never reached its window", G_OBJECT_TYPE_NAME (widget));
      if (attempt > 0)
        g_test_message ("a click on a %s did not reach its window (%u of %u presses); clicking again",
                        G_OBJECT_TYPE_NAME (widget), presses, n_press);
      presses = 0;
      /* Aim again until the target holds still: a popover that resizes
       * (say, as a search narrows its list) moves its buttons after the
       * pointer got there, and the click would land beside them. */
      LC_TEST_WAIT (aimed_at (widget, x, y), what);
      for (guint i = 0; i < n_press; i++)
        {
          XTestFakeButtonEvent (get_xdisplay (), button, True, CurrentTime);
          XTestFakeButtonEvent (get_xdisplay (), button, False, CurrentTime);
        }
      lc_test_flush ();
      /* A sixth of the usual deadline: 5 s, scaled like it. */
      until = g_get_monotonic_time () + (lc_test_deadline () - g_get_monotonic_time ()) / 6;
      while (presses < n_press && g_get_monotonic_time () < until && gtk_widget_get_native (widget) != NULL)
        lc_test_iterate ();
      /* The press closed what it was in (a menu item): it arrived. */
      if (gtk_widget_get_native (widget) == NULL || !gtk_widget_get_mapped (widget))
        break;
    }

  if (gtk_event_controller_get_widget (watch) == native)
    gtk_widget_remove_controller (native, watch);
  g_object_unref (watch);
}

/**
 * lc_test_click:
 * @widget: a widget on screen
 *
 * Scrolls @widget into view if it is out of sight in a scrolled window, and
 * clicks its middle with the primary button.
 */
void
lc_test_click (GtkWidget *widget)
{
  LC_TEST_WAIT (gtk_widget_get_width (widget) > 0 && gtk_widget_get_height (widget) > 0,
                "the widget to be laid out");
  /* Out of sight in a list, a person scrolls to it first. */
  if (!reachable_at (widget, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0))
    lc_test_scroll_into_view (widget);
  lc_test_click_at (widget, gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0, 1, 1);
}

/**
 * lc_test_click_holding:
 * @widget: a widget on screen
 * @modifier: the key held, as an X keysym name: "Control_L" or "Shift_L"
 *
 * Clicks @widget's middle while holding @modifier down, as a person adds
 * a row of a list to the chosen ones (ctrl-click) or chooses a range
 * (shift-click).
 */
void
lc_test_click_holding (GtkWidget  *widget,
                       const char *modifier)
{
  KeyCode code = modifier_keycode (XStringToKeysym (modifier));

  fake_key (code, TRUE);
  lc_test_flush ();
  lc_test_click (widget);
  fake_key (code, FALSE);
  lc_test_flush ();
}

/**
 * lc_test_pointer_down:
 * @widget: a widget on screen
 * @x: where, in @widget's coordinates
 * @y: where, in @widget's coordinates
 *
 * Waits until a press there would reach @widget, moves the pointer there
 * and presses the primary button, holding it.
 */
void
lc_test_pointer_down (GtkWidget *widget,
                      double     x,
                      double     y)
{
  LC_TEST_WAIT (reachable_at (widget, x, y), "the press's place to be shown and uncovered");
  move_pointer (widget, x, y);
  XTestFakeButtonEvent (get_xdisplay (), 1, True, CurrentTime);
  lc_test_flush ();
}

/**
 * lc_test_pointer_move:
 * @widget: a widget on screen
 * @from_x: where the pointer is, in @widget's coordinates
 * @from_y: where the pointer is
 * @to_x: where it goes
 * @to_y: where it goes
 *
 * Moves the pointer in small steps, as a hand does (a button held keeps
 * being held). GTK handles pointer motion once a frame, so the last
 * position may reach widgets only with the next frame or button event:
 * wait for what the move shows.
 */
void
lc_test_pointer_move (GtkWidget *widget,
                      double     from_x,
                      double     from_y,
                      double     to_x,
                      double     to_y)
{
  const int steps = 12;

  for (int i = 1; i <= steps; i++)
    move_pointer (widget, from_x + (to_x - from_x) * i / steps, from_y + (to_y - from_y) * i / steps);
}

/**
 * lc_test_pointer_up:
 *
 * Releases the primary button where the pointer is.
 */
void
lc_test_pointer_up (void)
{
  XTestFakeButtonEvent (get_xdisplay (), 1, False, CurrentTime);
  lc_test_flush ();
}

/**
 * lc_test_drag:
 * @widget: where the drag starts and ends, in its coordinates
 *
 * Presses the primary button at (@from_x, @from_y), moves in small steps to
 * (@to_x, @to_y) and releases there (the release brings the moves to GTK
 * first).
 */
void
lc_test_drag (GtkWidget *widget,
              double     from_x,
              double     from_y,
              double     to_x,
              double     to_y)
{
  lc_test_pointer_down (widget, from_x, from_y);
  lc_test_pointer_move (widget, from_x, from_y, to_x, to_y);
  lc_test_pointer_up ();
}

static gboolean
inside_viewport (GtkWidget *widget,
                 GtkWidget *scrolled,
                 double    *offset)
{
  graphene_rect_t bounds;
  double height = gtk_widget_get_height (scrolled);

  *offset = 0;
  if (!gtk_widget_compute_bounds (widget, scrolled, &bounds))
    return FALSE;

  /* Taller than the view: its top in view is as whole as it gets. */
  if (bounds.size.height > height)
    bounds.size.height = height;

  if (bounds.origin.y < 0)
    *offset = bounds.origin.y;
  else if (bounds.origin.y + bounds.size.height > height)
    *offset = bounds.origin.y + bounds.size.height - height;

  return *offset == 0;
}

static gboolean
can_scroll (GtkWidget *scrolled)
{
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  return gtk_adjustment_get_upper (adj) - gtk_adjustment_get_lower (adj) > gtk_adjustment_get_page_size (adj);
}

/* A place over @scrolled where the wheel reaches it, not a scrolled window
 * inside it. */
static gboolean
wheel_spot (GtkWidget *scrolled,
            double    *x,
            double    *y)
{
  GtkNative *native = gtk_widget_get_native (scrolled);

  for (int i = 1; i < 10; i++)
    {
      graphene_point_t point;
      GtkWidget *picked;

      *x = gtk_widget_get_width (scrolled) / 2.0;
      *y = gtk_widget_get_height (scrolled) * i / 10.0;
      if (!gtk_widget_compute_point (scrolled, GTK_WIDGET (native), &GRAPHENE_POINT_INIT ((float) *x, (float) *y), &point))
        return FALSE;
      picked = gtk_widget_pick (GTK_WIDGET (native), point.x, point.y, GTK_PICK_DEFAULT);
      if (picked != NULL && (picked == scrolled || gtk_widget_get_ancestor (picked, GTK_TYPE_SCROLLED_WINDOW) == scrolled))
        return TRUE;
    }

  return FALSE;
}

/**
 * lc_test_scroll_into_view:
 * @widget: a widget inside a scrolled window
 *
 * Turns the mouse wheel over the scrolled window until @widget is shown
 * whole (or, when taller than the view, its top), as a person scrolls to
 * what they want to click.
 */
void
lc_test_scroll_into_view (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  gint64 deadline = lc_test_deadline ();
  double offset = 0, x, y;

  /* The scrolled window that can move: a small one holding only the
   * widget may have nothing to scroll. */
  while (scrolled != NULL && !can_scroll (scrolled))
    scrolled = gtk_widget_get_parent (scrolled) ? gtk_widget_get_ancestor (gtk_widget_get_parent (scrolled),
                                                                           GTK_TYPE_SCROLLED_WINDOW) : NULL;
  if (scrolled == NULL)
    return;

  LC_TEST_WAIT (wheel_spot (scrolled, &x, &y), "a place where the wheel reaches the list");
  move_pointer (scrolled, x, y);
  while (!inside_viewport (widget, scrolled, &offset))
    {
      GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
      double before = gtk_adjustment_get_value (adj);
      guint button = offset < 0 ? 4 : 5;

      if (g_get_monotonic_time () > deadline)
        g_error ("could not scroll a %s into view", G_OBJECT_TYPE_NAME (widget));
      XTestFakeButtonEvent (get_xdisplay (), button, True, CurrentTime);
      XTestFakeButtonEvent (get_xdisplay (), button, False, CurrentTime);
      lc_test_flush ();
      LC_TEST_WAIT (gtk_adjustment_get_value (adj) != before
                    || (button == 4 && before <= gtk_adjustment_get_lower (adj))
                    || (button == 5 && before >= gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj)),
                    "the wheel to scroll");
      /* The view moves its contents when it is next laid out. */
      lc_test_wait_for_frame (scrolled);
    }
}
