/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-convention-model.h"
#include "lc-undo.h"

G_BEGIN_DECLS

/* A library with one convention (2023-05-10 to 2023-05-11) open as the
 * window holds it, with its undo history: the fixture of the tests that
 * edit a convention's rooms. */
typedef struct
{
  char              *dir;
  LcStore           *store;
  LcUndoStack       *undo;
  LcConventionModel *model;
  gint64             convention;
} LcTestConvention;

void lc_test_convention_set_up    (LcTestConvention *f,
                                   gconstpointer     data);
void lc_test_convention_tear_down (LcTestConvention *f,
                                   gconstpointer     data);

G_END_DECLS
