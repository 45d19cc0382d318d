/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "lc-csv-import.h"
#include "lc-csv.h"

/* The CSV reader, and the speaker and city import on top of it, on
 * arbitrary bytes (so UTF-16 after a byte order mark and Windows-1256 are
 * tried too). Beyond not crashing, the reader must keep its promises:
 * fields are UTF-8 without NUL, line numbers only grow, and the whole
 * input is consumed. The import plans, applies and rolls back. */

static void
check_reader (const char *data,
              size_t      size)
{
  g_autoptr(LcCsvReader) reader = lc_csv_reader_new (data, size, "fuzz.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) fields = NULL;
  guint line = 0, last_line = 0;
  char separator;

  if (reader == NULL)
    return;

  separator = lc_csv_reader_get_separator (reader);
  g_assert (separator == ',' || separator == ';' || separator == '\t');
  while (lc_csv_reader_next (reader, &fields, &line, &error))
    {
      g_assert (line > last_line);
      g_assert (fields != NULL && fields[0] != NULL);
      for (guint i = 0; fields[i]; i++)
        g_assert (g_utf8_validate (fields[i], -1, NULL));
      last_line = line;
      g_clear_pointer (&fields, g_strfreev);
    }
  g_assert (fields == NULL);
  if (error == NULL)
    g_assert (lc_csv_reader_get_fraction (reader) == 1.0);
}

static void
check_import (LcCsvImportKind  kind,
              const char      *data,
              size_t           size)
{
  gint64 convention;
  LcStore *store = fuzz_store (&convention);
  g_autoptr(LcImportPlan) plan = NULL;
  g_autofree char *report = NULL;

  plan = lc_import_plan_new_for_data (store, convention, kind, data, size, "fuzz.csv",
                                      NULL, NULL, NULL, NULL);
  if (plan == NULL)
    return;

  report = lc_import_plan_format_report (plan);
  g_assert (g_utf8_validate (report, -1, NULL));

  /* An asked column, answered with the meaning the file suggests, by its
   * number and by its header: the plan then has no question left. */
  if (lc_import_plan_get_n_ambiguous (plan) > 0)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) choices = NULL;

      for (guint i = 0; i < lc_import_plan_get_n_columns (plan); i++)
        if (lc_import_plan_get_column_certainty (plan, i) == LC_COLUMN_AMBIGUOUS)
          {
            g_autofree char *by_number = g_strdup_printf ("%u=%s", i + 1, lc_import_plan_get_column_likely (plan, i));
            g_autofree char *by_header = g_strdup_printf ("%s=%s", lc_import_plan_get_column_header (plan, i),
                                                          lc_import_plan_get_column_likely (plan, i));

            g_strv_builder_add (builder, i % 2 ? by_number : by_header);
          }
      choices = g_strv_builder_end (builder);
      g_clear_pointer (&plan, lc_import_plan_unref);
      plan = lc_import_plan_new_for_data_full (store, convention, kind, data, size, "fuzz.csv",
                                               (const char * const *) choices, NULL, NULL, NULL, NULL);
      /* Two columns may now fill one field: refused, saying so. */
      if (plan == NULL)
        return;
      g_assert (lc_import_plan_get_n_ambiguous (plan) == 0);
    }

  if (!lc_store_begin (store, NULL))
    g_error ("could not begin");
  lc_import_plan_apply (plan, store, NULL, NULL, NULL, NULL);
  lc_store_rollback (store);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* The first byte chooses what the rest is imported as. */
  if (size > 0)
    {
      LcCsvImportKind kind = data[0] & 1 ? LC_CSV_IMPORT_CITIES : LC_CSV_IMPORT_SPEAKERS;

      check_reader ((const char *) data + 1, size - 1);
      check_import (kind, (const char *) data + 1, size - 1);
    }

  return 0;
}
