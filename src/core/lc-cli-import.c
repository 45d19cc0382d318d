/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-csv-import.h"
#include "lc-error.h"

/* The command line's --import-speakers and --import-cities. */

static gboolean
cli_import (LcCliContext     *ctx,
            const char       *path,
            LcCsvImportKind   kind,
            GError          **error)
{
  g_autoptr(LcImportPlan) plan = NULL;
  g_autofree const char **columns = NULL;
  g_autofree char *report = NULL;
  g_autofree char *added = NULL, *updated = NULL;
  guint n_added, n_updated;

  if (path == NULL || *path == '\0')
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE, _("Give the CSV file to import."));
      return FALSE;
    }

  /* --column='اللقب=family-name', as often as there are columns to state. */
  g_variant_dict_lookup (ctx->options, "column", "^a&s", &columns);
  plan = lc_import_plan_new_for_file_full (ctx->store, ctx->convention_id, kind, path, columns,
                                           NULL, NULL, NULL, error);
  if (plan == NULL)
    return FALSE;

  /* A column that means different things in different countries is not
   * guessed: the report would describe rows the file may not mean. */
  if (lc_import_plan_get_n_ambiguous (plan) > 0)
    {
      g_autofree char *which = lc_import_plan_describe_ambiguous (plan);

      g_set_error (error, LC_ERROR, LC_ERROR_AMBIGUOUS, "%s%s", which,
                   _("Nothing was imported."));
      return FALSE;
    }

  /* The same report the window's preview shows, before anything is written. */
  report = lc_import_plan_format_report (plan);
  g_print ("%s", report);

  if (!lc_import_plan_apply (plan, ctx->store, NULL, NULL, NULL, error))
    return FALSE;

  n_added = lc_import_plan_count (plan, LC_IMPORT_ROW_ADD);
  n_updated = lc_import_plan_count (plan, LC_IMPORT_ROW_UPDATE);
  added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u added", "%u added", n_added), n_added);
  updated = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u updated", "%u updated", n_updated), n_updated);
  /* Translators: the two parts are "N added" and "N updated" */
  g_print (_("Imported: %s, %s.\n"), added, updated);

  return TRUE;
}

/**
 * lc_csv_import_cli_speakers:
 * @ctx: the command's context
 * @path: the CSV file
 * @error: return location for a #GError
 *
 * The command line's --import-speakers: prints the plan's report, then
 * imports it, or fails writing nothing when a row is rejected.
 *
 * Returns: %TRUE when the file was imported
 */
gboolean
lc_csv_import_cli_speakers (LcCliContext  *ctx,
                            const char    *path,
                            GError       **error)
{
  return cli_import (ctx, path, LC_CSV_IMPORT_SPEAKERS, error);
}

/**
 * lc_csv_import_cli_cities:
 * @ctx: the command's context
 * @path: the CSV file
 * @error: return location for a #GError
 *
 * The command line's --import-cities, like lc_csv_import_cli_speakers().
 *
 * Returns: %TRUE when the file was imported
 */
gboolean
lc_csv_import_cli_cities (LcCliContext  *ctx,
                          const char    *path,
                          GError       **error)
{
  return cli_import (ctx, path, LC_CSV_IMPORT_CITIES, error);
}
