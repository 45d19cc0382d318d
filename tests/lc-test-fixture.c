/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-convention-io.h"
#include "lc-test-fixture.h"
#include "lc-test-util.h"

/* @data: (nullable): the convention's title, a string; "Convention" when NULL */
void
lc_test_convention_fixture_set_up (LcTestConventionFixture *f,
                                   gconstpointer            data)
{
  g_autoptr(GError) error = NULL;

  f->store = lc_test_open_store (&f->dir);
  f->undo = lc_undo_stack_new (f->store);
  f->convention = lc_test_add_convention (f->store, data ? data : "Convention", "2023-05-10", "2023-05-11");
  f->model = lc_convention_model_load (f->store, f->convention, &error);
  g_assert_no_error (error);
}

void
lc_test_convention_fixture_tear_down (LcTestConventionFixture *f,
                                      gconstpointer            data)
{
  g_clear_object (&f->model);
  g_clear_object (&f->undo);
  g_clear_object (&f->store);
  lc_test_remove_tree (f->dir);
  g_free (f->dir);
}

/* The fixture's convention exported as a convention file and imported
 * into @other (a library of its own): the id it has there. */
gint64
lc_test_convention_fixture_copy (LcTestConventionFixture *f,
                                 LcStore                 *other)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  gsize length;
  gint64 id;

  json = lc_convention_export_data (f->store, f->convention, &length, &error);
  g_assert_no_error (error);
  id = lc_convention_import_data (other, json, length, "copy.json", &error);
  g_assert_no_error (error);
  return id;
}
