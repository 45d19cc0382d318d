/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-common.h"
#include "lc-convention-io.h"
#include "lc-convention-update.h"
#include "lc-error.h"

/* The convention JSON reader on arbitrary bytes. An input it accepts must
 * export again; each import happens inside a transaction that is rolled
 * back, so every input meets the same library. The same bytes go through
 * the check for a convention already in the library, and, when they name
 * the library's, through planning its update (which writes nothing). */

static void
check_export (LcStore *store,
              gint64   id)
{
  gsize length = 0;
  g_autofree char *exported = lc_convention_export_data (store, id, &length, NULL);

  g_assert (exported != NULL);
  g_assert (g_utf8_validate (exported, length, NULL));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  gint64 convention;
  LcStore *store = fuzz_store (&convention);
  gint64 existing = lc_convention_find_existing (store, (const char *) data, size, NULL);

  g_assert (existing >= 0);
  if (existing > 0)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LcConventionUpdate) update = lc_convention_update_new (store, existing, (const char *) data,
                                                                       size, "fuzz.json", &error);

      g_assert ((update != NULL) != (error != NULL));
    }

  fuzz_import (data, size, check_export);
  return 0;
}
