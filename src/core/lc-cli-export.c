/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-cli-export.h"
#include "lc-error.h"
#include "lc-export-ics.h"
#include "lc-export-schedule.h"
#include "lc-l10n.h"
#include "lc-speakers-sheet.h"

/* The command line's exports: --export-schedule-xml, --export-schedule-json
 * and --export-ics, each with --language. */

/**
 * lc_export_cli_language:
 * @ctx: the command's context
 * @language: (out): the language asked for with --language, or the user's
 * @error: return location for a #GError
 *
 * Returns: %FALSE when --language names neither ar nor en
 */
gboolean
lc_export_cli_language (LcCliContext  *ctx,
                        LcLanguage    *language,
                        GError       **error)
{
  const char *name = lc_cli_get_string (ctx, "language");

  if (name == NULL)
    {
      *language = lc_l10n_language_from_environment ();
      return TRUE;
    }

  if (!lc_export_language_from_string (name, language))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("“%s” is not a language of this export: use ar or en."), name);
      return FALSE;
    }

  return TRUE;
}

typedef gboolean (*FileFunc) (LcStore *, gint64, LcLanguage, const char *, GCancellable *,
                              LcExportProgressFunc, gpointer, GError **);

/* Every export command: the language, then the file named after --OPTION=. */
static gboolean
export_file (LcCliContext  *ctx,
             const char    *path,
             const char    *option,
             FileFunc       func,
             GError       **error)
{
  LcLanguage language;

  if (!lc_export_cli_language (ctx, &language, error))
    return FALSE;
  if (path == NULL || *path == '\0')
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("Give the file to write: --%s=FILE."), option);
      return FALSE;
    }

  return func (ctx->store, ctx->convention_id, language, path, NULL, NULL, NULL, error);
}

/**
 * lc_export_cli_schedule_xml:
 * @ctx: the command's context
 * @path: the file to write
 * @error: return location for a #GError
 *
 * The command line's --export-schedule-xml, with --language.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_export_cli_schedule_xml (LcCliContext  *ctx,
                            const char    *path,
                            GError       **error)
{
  return export_file (ctx, path, "export-schedule-xml", lc_export_schedule_xml_file, error);
}

/**
 * lc_export_cli_schedule_json:
 * @ctx: the command's context
 * @path: the file to write
 * @error: return location for a #GError
 *
 * The command line's --export-schedule-json, with --language.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_export_cli_schedule_json (LcCliContext  *ctx,
                             const char    *path,
                             GError       **error)
{
  return export_file (ctx, path, "export-schedule-json", lc_export_schedule_json_file, error);
}

/**
 * lc_export_cli_ics:
 * @ctx: the command's context
 * @path: the file to write
 * @error: return location for a #GError
 *
 * The command line's --export-ics, with --language.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_export_cli_ics (LcCliContext  *ctx,
                   const char    *path,
                   GError       **error)
{
  return export_file (ctx, path, "export-ics", lc_export_ics_file, error);
}

/**
 * lc_export_cli_speakers:
 * @ctx: the command's context
 * @path: the file to write, .csv or .ods
 * @error: return location for a #GError
 *
 * The command line's --export-speakers, with --language.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_export_cli_speakers (LcCliContext  *ctx,
                        const char    *path,
                        GError       **error)
{
  LcLanguage language;

  if (!lc_export_cli_language (ctx, &language, error))
    return FALSE;
  if (path == NULL || *path == '\0')
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("Give the file to write: --%s=FILE."), "export-speakers");
      return FALSE;
    }

  return lc_speakers_sheet_write (ctx->store, ctx->convention_id, language, path, error);
}
