/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LC_TYPE_APPLICATION (lc_application_get_type ())

G_DECLARE_FINAL_TYPE (LcApplication, lc_application, LC, APPLICATION, AdwApplication)

LcApplication *lc_application_new               (void);
const char    *lc_application_get_database_path (LcApplication *self);
GSettings     *lc_application_get_settings      (LcApplication *self);

G_END_DECLS
