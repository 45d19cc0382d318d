/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "lc-application.h"
#include "lc-test-ui.h"
#include "lc-test-util.h"
#include "lc-util.h"

static gboolean arabic;

/**
 * lc_test_ui_init:
 *
 * Starts GTK for a test. With LC_TEST_LOCALE set (e.g. ar_SA.UTF-8) the test
 * runs in that locale, with the project's catalogue and its text direction.
 */
void
lc_test_ui_init (int    *argc,
                 char ***argv)
{
  const char *locale = g_getenv ("LC_TEST_LOCALE");
  const char *localedir = g_getenv ("LC_LOCALEDIR");

  if (locale != NULL)
    {
      g_setenv ("LANGUAGE", locale, TRUE);
      g_setenv ("LC_ALL", locale, TRUE);
    }

  gtk_test_init (argc, argv, NULL);

  /* gtk_test_init() forces the C locale; take the requested one back. */
  if (locale != NULL)
    {
      if (setlocale (LC_ALL, locale) == NULL)
        {
          g_printerr ("locale %s is not available (run build-aux/install-deps.sh)\n", locale);
          exit (1);
        }
      arabic = g_str_has_prefix (locale, "ar");
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_widget_set_default_direction (gtk_get_locale_direction ());

  adw_init ();

  /* Screenshots show the end state, not a transition. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

static char *app_data_home;
static LcApplication *test_app;

/**
 * lc_test_ui_app_init:
 *
 * Starts a UI test program: a new XDG_DATA_HOME of its own (so that each run
 * has its own library through the default path), GTK in the test's locale
 * (lc_test_ui_init()) and a registered, non-unique application.
 *
 * Returns: (transfer none): the application, released by lc_test_ui_app_run()
 */
LcApplication *
lc_test_ui_app_init (int    *argc,
                     char ***argv)
{
  g_autoptr(GError) error = NULL;

  app_data_home = lc_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", app_data_home, TRUE);
  lc_test_ui_init (argc, argv);

  test_app = lc_application_new ();
  g_application_set_flags (G_APPLICATION (test_app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (test_app), NULL, &error);
  g_assert_no_error (error);
  return test_app;
}

/**
 * lc_test_ui_app_run:
 *
 * Runs the test cases added since lc_test_ui_app_init(), then releases the
 * application and removes its data folder.
 *
 * Returns: g_test_run()'s status
 */
int
lc_test_ui_app_run (void)
{
  int status = g_test_run ();

  g_clear_object (&test_app);
  lc_test_remove_tree (app_data_home);
  g_clear_pointer (&app_data_home, g_free);
  return status;
}

gboolean
lc_test_ui_is_arabic (void)
{
  return arabic;
}

static gboolean
idle_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * lc_test_ui_settle:
 *
 * Runs the main loop until everything pending has been handled (events,
 * redraws, idle work): twice until an idle callback of the lowest priority
 * runs. It waits for no time of its own; a test that needs something that
 * comes later (a timer's, another thread's) waits for that condition with
 * lc_test_ui_wait_until().
 */
void
lc_test_ui_settle (void)
{
  for (int round = 0; round < 2; round++)
    {
      gboolean reached = FALSE;

      g_idle_add_full (G_PRIORITY_LOW, idle_cb, &reached, NULL);
      while (!reached)
        g_main_context_iteration (NULL, TRUE);
    }
}

typedef struct
{
  const char *wanted;
  gboolean    done;
} SearchWait;

/* Setting a search entry's text empties it first, and an empty search is
 * told at once: wait for the search of the text itself. */
static void
on_search_changed (GtkSearchEntry *entry,
                   gpointer        data)
{
  SearchWait *wait = data;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), wait->wanted) == 0)
    wait->done = TRUE;
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *) data;
}

/**
 * lc_test_ui_search:
 * @entry: a GtkSearchEntry
 * @text: the search
 *
 * Puts @text in @entry and waits until the entry has told its search
 * changed (after its typing delay), then until the result is shown.
 */
void
lc_test_ui_search (GtkWidget  *entry,
                   const char *text)
{
  SearchWait wait = { text, FALSE };
  gulong handler = g_signal_connect (entry, "search-changed", G_CALLBACK (on_search_changed), &wait);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  lc_test_ui_wait_until (flag_set, &wait.done, 30000);
  g_signal_handler_disconnect (entry, handler);
  lc_test_ui_settle ();
}

/**
 * lc_test_ui_wait_until:
 * @done: the condition
 * @data: its data
 * @timeout_ms: fail after this long
 *
 * Runs the main loop until @done returns %TRUE; fails the test on timeout.
 */
void
lc_test_ui_wait_until (gboolean (*done) (gpointer),
                       gpointer   data,
                       guint      timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("timed out after %u ms", timeout_ms);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/**
 * lc_test_ui_screenshot:
 * @widget: a widget on screen, usually a window
 * @name: the picture's name, without extension
 *
 * Saves what @widget shows as a PNG among the build's test artefacts.
 *
 * Returns: (transfer full): the file's path
 */
typedef struct
{
  GtkWidget     *widget;
  GskRenderNode *node;
} Shot;

/* What @widget draws, once it is shown and has a size to draw at. */
static gboolean
take_node (gpointer data)
{
  Shot *shot = data;
  g_autoptr(GdkPaintable) paintable = NULL;
  GtkSnapshot *snapshot;

  if (!gtk_widget_get_mapped (shot->widget) || gtk_widget_get_width (shot->widget) <= 0
      || gtk_widget_get_height (shot->widget) <= 0)
    return FALSE;

  paintable = gtk_widget_paintable_new (shot->widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (shot->widget), gtk_widget_get_height (shot->widget));
  shot->node = gtk_snapshot_free_to_node (snapshot);

  return shot->node != NULL;
}

char *
lc_test_ui_screenshot (GtkWidget  *widget,
                       const char *name)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  Shot shot = { widget, NULL };

  gtk_test_widget_wait_for_draw (widget);
  lc_test_ui_settle ();
  lc_test_ui_wait_until (take_node, &shot, 30000);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), shot.node,
                                         &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                              gtk_widget_get_height (widget)));
  gsk_render_node_unref (shot.node);

  dir = g_build_filename (g_getenv ("LC_BUILD_DIR") ? g_getenv ("LC_BUILD_DIR") : ".",
                          "artefacts", "screenshots", NULL);
  g_mkdir_with_parents (dir, 0755);
  file = g_strdup_printf ("%s/%s-%s.png", dir, name, arabic ? "ar" : "en");
  g_assert_true (gdk_texture_save_to_png (texture, file));

  return g_steal_pointer (&file);
}

/**
 * lc_test_ui_find:
 * @root: where to look
 * @type: the widget type wanted
 * @label: (nullable): for buttons and labels, the text it shows
 *
 * Returns: (transfer none) (nullable): the first matching widget, depth first
 */
GtkWidget *
lc_test_ui_find (GtkWidget  *root,
                 GType       type,
                 const char *label)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_mapped (root))
    {
      const char *text = NULL;

      if (GTK_IS_BUTTON (root))
        text = gtk_button_get_label (GTK_BUTTON (root));
      else if (GTK_IS_LABEL (root))
        text = gtk_label_get_label (GTK_LABEL (root));
      if (label == NULL || g_strcmp0 (text, label) == 0)
        return root;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = lc_test_ui_find (child, type, label);

      if (found)
        return found;
    }

  return NULL;
}

/**
 * lc_test_ui_find_matching:
 * @root: where to start
 * @match: says whether a widget is the one looked for
 * @data: for @match
 *
 * Returns: (nullable): the first widget under @root, depth first, that
 *   @match accepts
 */
GtkWidget *
lc_test_ui_find_matching (GtkWidget     *root,
                          gboolean     (*match) (GtkWidget    *widget,
                                                 gconstpointer data),
                          gconstpointer  data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = lc_test_ui_find_matching (child, match, data);

      if (found)
        return found;
    }

  return NULL;
}

/**
 * lc_test_ui_find_toplevel:
 * @type: a window class, such as LC_TYPE_PERSON_EDITOR
 *
 * Returns: (transfer none) (nullable): an open window of @type
 */
gpointer
lc_test_ui_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

/**
 * lc_test_ui_dup_accessible_label:
 * @widget: a widget
 *
 * What assistive technologies are told @widget is called. The test must
 * run with accessibility on (GTK_A11Y=test, say, set before GTK starts):
 * with GTK_A11Y=none widgets have no accessible context to ask.
 *
 * Returns: (transfer full): the accessible label
 */
char *
lc_test_ui_dup_accessible_label (GtkWidget *widget)
{
  /* Not a real label: never equal to the one held. */
  static const char unlikely[] = "\x01";
  char *label;

  g_assert_cmpstr (g_getenv ("GTK_A11Y"), !=, "none");
  /* GTK 4.8 has no getter for accessible properties; this check returns
   * the value held when it differs from the one given. */
  label = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, unlikely);
  g_assert_nonnull (label);
  return label;
}

/**
 * lc_test_ui_clock:
 * @minutes: minutes since midnight
 *
 * Returns: (transfer full): the time of day as "HH:MM", in the digits the
 *   user reads (Arabic-Indic in the Arabic run)
 */
char *
lc_test_ui_clock (int minutes)
{
  g_autofree char *plain = g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);

  return lc_ui_localise (plain);
}
