/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "lc-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LcApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("LC_LOCALEDIR") ? g_getenv ("LC_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = lc_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
