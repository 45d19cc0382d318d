/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "fuzz-common.h"
#include "lc-conflicts.h"
#include "lc-error.h"
#include "lc-export-schedule.h"
#include "lc-schedule-import.h"

/* The conference schedule XML reader on arbitrary bytes. A schedule it
 * accepts must export again as schedule XML, and that export must import
 * again with as many items; a refusal must say why. Each import happens
 * inside a transaction that is rolled back, so every input meets the same
 * library. */

static gint64
count_items (LcStore *store,
             gint64   convention_id)
{
  return lc_store_count (store, LC_TYPE_ITEM, "convention_id", convention_id, NULL);
}

static gboolean
has_items_outside (LcStore *store,
                   gint64   convention_id)
{
  g_auto(GStrv) outside = lc_conflicts_describe_outside_dates (store, convention_id, NULL);

  return outside != NULL && outside[0] != NULL;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  gint64 unused;
  LcStore *store = fuzz_store (&unused);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) left_out = NULL;
  gint64 id;

  if (!lc_store_begin (store, NULL))
    g_error ("could not begin");

  id = lc_schedule_import_data (store, (const char *) data, size, "fuzz.xml", &left_out, &error);
  if (id > 0)
    {
      gsize length = 0;
      g_autofree char *exported = lc_export_schedule_xml_data (store, id, LC_LANGUAGE_ENGLISH, &length,
                                                               NULL, NULL, NULL, &error);
      g_auto(GStrv) again_left_out = NULL;
      gint64 again;

      g_assert (left_out != NULL);
      g_assert (exported != NULL);
      again = lc_schedule_import_data (store, exported, length, "exported.xml", &again_left_out, &error);
      /* Items outside the conference's dates are imported (and said so);
       * the export then spans their days too, which may pass the longest
       * convention: the one refusal allowed here. */
      if (again <= 0 && has_items_outside (store, id))
        g_assert (g_error_matches (error, LC_ERROR, LC_ERROR_INVALID_FILE));
      else if (again <= 0)
        {
          g_printerr ("the export of an accepted schedule was refused: %s\n", error->message);
          abort ();
        }
      else
        g_assert (count_items (store, again) == count_items (store, id));
    }
  else
    {
      /* A refusal always says why, and never leaves a report. */
      g_assert (error != NULL && error->message != NULL && *error->message != '\0');
      g_assert (left_out == NULL);
    }

  lc_store_rollback (store);
  return 0;
}
