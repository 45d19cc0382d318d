/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "lc-convention-io.h"
#include "lc-test-exchange.h"

void
lc_exchange_fixture_set_up (LcExchangeFixture *f,
                            gconstpointer      data)
{
  g_autoptr(GError) error = NULL;
  const char *sample = g_getenv ("LC_SAMPLE");

  g_assert_nonnull (sample);
  f->store = lc_test_open_store (&f->dir);
  f->convention = lc_convention_import_file (f->store, sample, &error);
  g_assert_no_error (error);
  g_assert_cmpint (f->convention, >, 0);
}

void
lc_exchange_fixture_tear_down (LcExchangeFixture *f,
                               gconstpointer      data)
{
  g_clear_object (&f->store);
  lc_test_remove_tree (f->dir);
  g_free (f->dir);
}

/**
 * lc_exchange_expected_time:
 *
 * The instant an item starts or ends, from its day, its minutes and its
 * convention's zone, computed without the exporters' code.
 */
GDateTime *
lc_exchange_expected_time (LcStore  *store,
                           LcRecord *item,
                           gboolean  end)
{
  g_autoptr(LcRecord) convention = lc_store_get (store, LC_TYPE_CONVENTION,
                                                 lc_record_get_int (item, "convention-id"), NULL);
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (lc_record_get_string (convention, "time-zone"));
  int minute = lc_record_get_int (item, end ? "end-minute" : "start-minute");
  int y, m, d;
  g_autoptr(GDateTime) midnight = NULL;

  g_assert_nonnull (zone);
  g_assert_cmpint (sscanf (lc_record_get_string (item, "day"), "%d-%d-%d", &y, &m, &d), ==, 3);
  if (minute == 24 * 60)
    {
      midnight = g_date_time_new (zone, y, m, d, 12, 0, 0);
      g_assert_nonnull (midnight);
      {
        g_autoptr(GDateTime) next = g_date_time_add_days (midnight, 1);

        return g_date_time_new (zone, g_date_time_get_year (next), g_date_time_get_month (next),
                                g_date_time_get_day_of_month (next), 0, 0, 0);
      }
    }

  return g_date_time_new (zone, y, m, d, minute / 60, minute % 60, 0);
}

/**
 * lc_exchange_list:
 *
 * Returns: (transfer full): the records as a GPtrArray
 */
GPtrArray *
lc_exchange_list (LcStore    *store,
                  GType       type,
                  const char *column,
                  gint64      value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = lc_store_list (store, type, column, value, &error);
  GPtrArray *records = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    g_ptr_array_add (records, g_list_model_get_item (G_LIST_MODEL (list), i));

  return records;
}

/**
 * lc_exchange_run:
 *
 * Runs a program and returns its exit status (-1 when it did not exit).
 */
int
lc_exchange_run (const char *const  *argv,
                 char              **out,
                 char              **err)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  if (g_test_verbose ())
    g_printerr ("%s: status %d\n%s%s", argv[0], status, out && *out ? *out : "", err && *err ? *err : "");

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/**
 * lc_exchange_python:
 *
 * The checkers are Debian's packages (python3-icalendar, python3-jsonschema),
 * so the system's Python is preferred to another one earlier in PATH.
 *
 * Returns: the Python interpreter to run
 */
const char *
lc_exchange_python (void)
{
  return g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE) ? "/usr/bin/python3" : "python3";
}
