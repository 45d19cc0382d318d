/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-model.h"
#include "lc-models.h"
#include "lc-undo.h"

G_BEGIN_DECLS

#define LC_TYPE_CITY_EDITOR (lc_city_editor_get_type ())

G_DECLARE_FINAL_TYPE (LcCityEditor, lc_city_editor, LC, CITY_EDITOR, AdwWindow)

LcCityEditor *lc_city_editor_new      (GtkWindow          *parent,
                                       LcConventionModel  *model,
                                       LcUndoStack        *undo,
                                       LcCity             *city);
LcCity       *lc_city_editor_get_city (LcCityEditor       *self);
gboolean      lc_city_editor_validate (LcCityEditor       *self,
                                       char              **message);

G_END_DECLS
