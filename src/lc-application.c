/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "lc-a11y.h"
#include "lc-about-window.h"
#include "lc-application.h"
#include "lc-cli.h"
#include "lc-context.h"
#include "lc-preferences-window.h"
#include "lc-store.h"
#include "lc-window.h"

struct _LcApplication
{
  AdwApplication  parent_instance;

  char           *database_path;
  LcContext      *context;            /* the interface's shared state */
  gboolean        open_sample;
  gint64          open_convention;     /* --convention without a command */
  gint64          created_at;          /* monotonic µs, for LC_BENCH_FIRST_FRAME */
  gboolean        report_first_frame;
  gboolean        stay_after_first_frame;
  gulong          after_paint_handler;
};

G_DEFINE_FINAL_TYPE (LcApplication, lc_application, ADW_TYPE_APPLICATION)

static LcWindow *
get_window (LcApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (lc_window_new (self));

  return LC_WINDOW (window);
}

static void
on_quit_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  LcApplication *self = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  g_list_foreach (windows, (GFunc) (void (*) (void)) g_object_ref, NULL);

  /* Close windows properly so each saves its state. Closing one takes it
   * out of the application's list, so go over a copy. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
}

static void
on_about_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  LcApplication *self = user_data;

  /* Our own window rather than AdwAboutWindow: see lc-about-window.h. */
  gtk_window_present (lc_about_window_new (gtk_application_get_active_window (GTK_APPLICATION (self))));
}

static void
on_preferences_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  LcApplication *self = user_data;

  gtk_window_present (lc_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                                 lc_context_get_settings (self->context)));
}

/* LC_BENCH_FIRST_FRAME=1 (used by tests/bench/bench.c): once the window has
 * painted a frame showing what it opened with (a convention, when one is
 * loading, else the library), print when that was and quit. With
 * LC_BENCH_FIRST_FRAME=stay, print it and go on: the benchmark then works
 * the window with real key presses. */
static void
on_after_paint (GdkFrameClock *clock,
                LcApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *page = window ? lc_window_get_page (LC_WINDOW (window)) : NULL;
  gint64 now = g_get_monotonic_time ();

  if (g_strcmp0 (page, "loading") == 0)
    return;

  GskRenderer *renderer = window ? gtk_native_get_renderer (GTK_NATIVE (window)) : NULL;

  /* The damage checks say whether the window's thread waited for one. */
  g_print ("first-frame: page=%s since-start-us=%" G_GINT64_FORMAT " monotonic-us=%" G_GINT64_FORMAT
           " renderer=%s quick-checks=%u in-open=%u\n",
           page ? page : "none", now - self->created_at, now, renderer ? G_OBJECT_TYPE_NAME (renderer) : "none",
           lc_store_get_n_quick_checks (), lc_store_get_n_quick_checks_in_open ());
  fflush (stdout);
  g_clear_signal_handler (&self->after_paint_handler, clock);
  if (!self->stay_after_first_frame)
    g_application_quit (G_APPLICATION (self));
}

static void
watch_first_frame (LcApplication *self,
                   LcWindow      *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  if (clock == NULL)
    {
      g_warning ("LC_BENCH_FIRST_FRAME: the window has no frame clock");
      return;
    }

  self->after_paint_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), self);
}

static const GActionEntry app_actions[] = {
  { "quit", on_quit_activated },
  { "about", on_about_activated },
  { "preferences", on_preferences_activated },
};

static int
lc_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  LcApplication *self = LC_APPLICATION (app);
  const char *path = NULL;
  int status;

  /* Commands run here, before any display is opened. */
  status = lc_cli_run (options);
  if (status >= 0)
    return status;

  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      self->database_path = g_file_get_path (file);
      /* Another library means another instance, not a window of the running one. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }
  else
    {
      self->database_path = lc_store_default_path ();
    }

  self->open_sample = g_variant_dict_contains (options, "sample");
  g_variant_dict_lookup (options, "convention", "x", &self->open_convention);
  self->stay_after_first_frame = g_strcmp0 (g_getenv ("LC_BENCH_FIRST_FRAME"), "stay") == 0;
  self->report_first_frame = g_strcmp0 (g_getenv ("LC_BENCH_FIRST_FRAME"), "1") == 0 || self->stay_after_first_frame;

  return -1;
}

static void
lc_application_startup (GApplication *app)
{
  LcApplication *self = LC_APPLICATION (app);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();

  /* First of all, so that the library is checked for damage while GTK
   * starts and the window is built, not after (see lc_window_new ()). */
  if (self->database_path != NULL)
    lc_store_check_ahead (self->database_path);

  G_APPLICATION_CLASS (lc_application_parent_class)->startup (app);
  lc_a11y_init ();

  /* Without the installed schema (running from a bare build tree) the app
   * still works; it just does not remember its window. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema != NULL)
    settings = g_settings_new (APPLICATION_ID);
  else
    g_message ("GSettings schema %s not found: window state will not be kept", APPLICATION_ID);
  self->context = lc_context_new (settings);
  lc_context_set_default (self->context);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close",
                                         (const char *[]) { "<Control>w", NULL });
  lc_window_set_accels (GTK_APPLICATION (app));
}

static void
lc_application_activate (GApplication *app)
{
  LcApplication *self = LC_APPLICATION (app);
  LcWindow *window = get_window (self);

  gtk_window_present (GTK_WINDOW (window));

  if (self->open_sample)
    {
      self->open_sample = FALSE;
      lc_window_open_sample (window);
    }
  else if (self->open_convention > 0)
    {
      lc_window_open_convention (window, self->open_convention);
      self->open_convention = 0;
    }

  if (self->report_first_frame)
    {
      self->report_first_frame = FALSE;
      watch_first_frame (self, window);
    }
}

static void
lc_application_finalize (GObject *object)
{
  LcApplication *self = LC_APPLICATION (object);

  g_free (self->database_path);
  if (self->context != NULL && lc_context_get_default () == self->context)
    lc_context_set_default (NULL);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lc_application_parent_class)->finalize (object);
}

static void
lc_application_class_init (LcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = lc_application_finalize;
  app_class->handle_local_options = lc_application_handle_local_options;
  app_class->startup = lc_application_startup;
  app_class->activate = lc_application_activate;
}

static void
lc_application_init (LcApplication *self)
{
  self->created_at = g_get_monotonic_time ();
  g_application_add_main_option_entries (G_APPLICATION (self), lc_cli_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Plan conventions of learning cities in Arabic and English."));
}

LcApplication *
lc_application_new (void)
{
  return g_object_new (LC_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", "/org/example/LearningCities",
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

const char *
lc_application_get_database_path (LcApplication *self)
{
  g_return_val_if_fail (LC_IS_APPLICATION (self), NULL);

  if (self->database_path == NULL)
    self->database_path = lc_store_default_path ();

  return self->database_path;
}

/**
 * lc_application_get_settings:
 * @self: the application
 *
 * Returns: (transfer none) (nullable): the app's settings, or %NULL when the
 *   schema is not installed
 */
GSettings *
lc_application_get_settings (LcApplication *self)
{
  g_return_val_if_fail (LC_IS_APPLICATION (self), NULL);

  return lc_context_get_settings (self->context);
}
