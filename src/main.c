/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-application.h"
#include "lc-l10n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LcApplication) app = NULL;

  lc_l10n_init ();

  app = lc_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
