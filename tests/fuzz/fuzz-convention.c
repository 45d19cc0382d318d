/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-common.h"
#include "lc-convention-io.h"
#include "lc-error.h"

/* The convention JSON reader on arbitrary bytes. An input it accepts must
 * export again; each import happens inside a transaction that is rolled
 * back, so every input meets the same library. */

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  gint64 unused;
  LcStore *store = fuzz_store (&unused);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!lc_store_begin (store, NULL))
    g_error ("could not begin");

  id = lc_convention_import_data (store, (const char *) data, size, "fuzz.json", &error);
  if (id > 0)
    {
      gsize length = 0;
      g_autofree char *exported = lc_convention_export_data (store, id, &length, NULL);

      g_assert (exported != NULL);
      g_assert (g_utf8_validate (exported, length, NULL));
    }
  else
    {
      /* A refusal always says why. */
      g_assert (error != NULL && error->message != NULL && *error->message != '\0');
    }

  lc_store_rollback (store);
  return 0;
}
