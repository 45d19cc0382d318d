/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-common.h"
#include "lc-exchange.h"

/* The changes file reader (issue 15) on arbitrary bytes: its header,
 * line by line, and its changeset, walked and then applied by SQLite to a
 * mirror of the fuzzing library's convention, with every conflict taken
 * from the file, and planned as an update. Nothing is written: a merge is
 * applied only by lc_exchange_merge_apply (), which the tests cover. A file
 * refused must say why. */

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  gint64 convention;
  LcStore *store = fuzz_store (&convention);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcExchangeMerge) merge = lc_exchange_merge_new (store, (const char *) data, size,
                                                            "fuzz.changes", &error);

  g_assert ((merge != NULL) != (error != NULL));
  if (merge == NULL)
    {
      g_assert (error->message[0] != '\0');
      return 0;
    }

  g_assert (lc_exchange_merge_get_convention_id (merge) == convention);
  lc_exchange_merge_resolve_all (merge, LC_EXCHANGE_THEIRS);
  if (lc_exchange_merge_plan (merge, &error))
    {
      g_autofree char *report = lc_exchange_merge_format_report (merge);

      g_assert (g_utf8_validate (report, -1, NULL));
    }
  else
    g_assert (error != NULL && error->message[0] != '\0');
  return 0;
}
