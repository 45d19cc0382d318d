/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-convention-model.h"
#include "lc-undo.h"

G_BEGIN_DECLS

/* A library with one convention, open as the window holds it (its model
 * and undo history): the fixture of the tests of a convention's lists
 * edited in Convention Details (test-rooms, test-tracks). */
typedef struct
{
  char              *dir;
  LcStore           *store;
  LcUndoStack       *undo;
  LcConventionModel *model;
  gint64             convention;
} LcTestConventionFixture;

void lc_test_convention_fixture_set_up    (LcTestConventionFixture *f,
                                           gconstpointer            data);
void lc_test_convention_fixture_tear_down (LcTestConventionFixture *f,
                                           gconstpointer            data);

gint64 lc_test_convention_fixture_copy     (LcTestConventionFixture *f,
                                           LcStore                 *other);

/* A case of such a test, on a convention named @title. */
#define LC_TEST_ADD_CONVENTION_CASE(path, title, func) \
  g_test_add ((path), LcTestConventionFixture, (title), lc_test_convention_fixture_set_up, (func), \
              lc_test_convention_fixture_tear_down)

G_END_DECLS
