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

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* The first byte chooses what the rest is imported as. */
  if (size > 0)
    {
      LcCsvImportKind kind = data[0] & 1 ? LC_CSV_IMPORT_CITIES : LC_CSV_IMPORT_SPEAKERS;
      g_autoptr(LcImportPlan) plan = NULL;

      check_reader ((const char *) data + 1, size - 1);
      plan = fuzz_import_rows (kind, (const char *) data + 1, size - 1, "fuzz.csv");
    }

  return 0;
}
