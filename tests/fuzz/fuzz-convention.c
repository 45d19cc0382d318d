/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-common.h"
#include "lc-convention-io.h"
#include "lc-error.h"

/* The convention JSON reader on arbitrary bytes. An input it accepts must
 * export again; each import happens inside a transaction that is rolled
 * back, so every input meets the same library. */

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
  fuzz_import (data, size, check_export);
  return 0;
}
