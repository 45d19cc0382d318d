/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <string.h>
#include <unistd.h>

#include "lc-cli.h"
#include "lc-l10n.h"

/* The `learning-cities` command. Its commands (imports, exports, PDFs;
 * lc-cli.c) need the core library only, and a process that loads GTK and
 * libadwaita spends more time linking them than exporting a small agenda
 * takes: so this program is linked to the core alone, runs a command
 * itself, and otherwise becomes the window's program (main.c, installed
 * as LC_GUI_PATH) in the same process, with the same arguments. */

#define GUI_NAME "learning-cities-gui"

static char **arguments;  /* as given, for the window's program */

/* The window's program: beside this one when run from a build tree, else
 * where it is installed. */
static char *
gui_path (void)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = self ? g_path_get_dirname (self) : NULL;
  g_autofree char *beside = dir ? g_build_filename (dir, GUI_NAME, NULL) : NULL;

  if (beside != NULL && g_file_test (beside, G_FILE_TEST_IS_EXECUTABLE))
    return g_steal_pointer (&beside);
  return g_strdup (LC_GUI_PATH);
}

static int
on_handle_local_options (GApplication *app,
                         GVariantDict *options,
                         gpointer      user_data)
{
  g_autofree char *path = NULL;
  int status = lc_cli_run (options);

  if (status >= 0)
    return status;

  path = gui_path ();
  execv (path, arguments);
  /* Translators: %s is a program's file, the second a system's reason */
  g_printerr (_("The window could not be opened: %s could not be started (%s).\n"), path,
              g_strerror (errno));
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GApplication) app = NULL;

  lc_l10n_init ();
  arguments = argv;
  /* The options and help of the window's program (lc-application.c): the
   * same entries, the same summary. Never registered on the bus: it
   * either runs a command or becomes the window's program first. */
  app = g_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  g_application_add_main_option_entries (app, lc_cli_entries);
  g_application_set_option_context_summary (app,
                                            _("Plan conventions of learning cities in Arabic and English."));
  g_signal_connect (app, "handle-local-options", G_CALLBACK (on_handle_local_options), NULL);

  return g_application_run (app, argc, argv);
}
