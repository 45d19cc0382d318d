/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-badge.h"
#include "lc-certificate.h"
#include "lc-cli-badges.h"
#include "lc-error.h"
#include "lc-file.h"
#include "lc-participant.h"

/* The command line's printed things of issue 14: --export-badges (with
 * --badge-layout), --export-table-tents and --export-certificates (with
 * the signatory's options), each with --language. */

static gboolean
cli_language (LcCliContext      *ctx,
              LcAgendaLanguage  *language,
              GError           **error)
{
  const char *name = lc_cli_get_string (ctx, "language");

  *language = lc_agenda_language_default ();
  if (name != NULL && !lc_agenda_language_from_string (name, language))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("“%s” is not a language of badges and certificates: use ar, en or "
                     "bilingual."), name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_path (const char  *path,
            const char  *option,
            GError     **error)
{
  if (path != NULL && *path != '\0')
    return TRUE;
  g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
               _("Give the file to write: --%s=FILE."), option);
  return FALSE;
}

/* --badge-category: keeps the badges of one band, "programme" for the
 * programme's people, else a participant category's nick for the others
 * (a delegate who speaks wears a speaker's badge, and is not a delegate's). */
static gboolean
keep_category (LcCliContext  *ctx,
               LcBadgeSet    *set,
               GError       **error)
{
  const char *name = lc_cli_get_string (ctx, "badge-category");
  int category;

  if (name == NULL)
    return TRUE;
  if (!lc_enum_from_nick (LC_TYPE_PARTICIPANT_CATEGORY, name, &category))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("“%s” is not a badge category: use programme, delegate, observer, press or staff."),
                   name);
      return FALSE;
    }
  lc_badge_set_keep_band (set, category);
  return TRUE;
}

/**
 * lc_badges_cli_export:
 * @ctx: the command's context
 * @path: the PDF to write
 * @error: return location for a #GError
 *
 * The command line's --export-badges, with --badge-layout, --badge-category
 * and --language.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_badges_cli_export (LcCliContext  *ctx,
                      const char    *path,
                      GError       **error)
{
  const char *layout_name = lc_cli_get_string (ctx, "badge-layout");
  LcBadgeLayout layout = LC_BADGE_LAYOUT_A4_2X4;
  LcAgendaLanguage language;
  g_autoptr(LcBadgeSet) set = NULL;

  if (!cli_language (ctx, &language, error) || !check_path (path, "export-badges", error))
    return FALSE;
  if (layout_name != NULL && !lc_badge_layout_from_string (layout_name, &layout))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("“%s” is not a badge layout: use a4-2x4, a4-2x5 or single."), layout_name);
      return FALSE;
    }

  set = lc_badge_set_load (ctx->store, ctx->convention_id, error);
  return set != NULL && keep_category (ctx, set, error)
         && lc_badges_write_pdf (set, path, layout, language, error);
}

/**
 * lc_table_tents_cli_export:
 * @ctx: the command's context
 * @path: the PDF to write
 * @error: return location for a #GError
 *
 * The command line's --export-table-tents, with --language.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_table_tents_cli_export (LcCliContext  *ctx,
                           const char    *path,
                           GError       **error)
{
  LcAgendaLanguage language;
  g_autoptr(LcBadgeSet) set = NULL;

  if (!cli_language (ctx, &language, error) || !check_path (path, "export-table-tents", error))
    return FALSE;

  set = lc_badge_set_load (ctx->store, ctx->convention_id, error);
  return set != NULL && lc_table_tents_write_pdf (set, path, language, error);
}

/**
 * lc_certificates_cli_export:
 * @ctx: the command's context
 * @path: the PDF to write, or a folder (an existing one, or a path ending
 *   in a slash) for one PDF per person
 * @error: return location for a #GError
 *
 * The command line's --export-certificates, with --language,
 * --signatory-name, --signatory-title and --signature.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_certificates_cli_export (LcCliContext  *ctx,
                            const char    *path,
                            GError       **error)
{
  LcCertificateOptions options = { 0 };
  LcAgendaLanguage language;
  g_autoptr(LcBadgeSet) set = NULL;
  gboolean folder;

  if (!cli_language (ctx, &language, error) || !check_path (path, "export-certificates", error))
    return FALSE;
  options.signatory_name = lc_cli_get_string (ctx, "signatory-name");
  options.signatory_title = lc_cli_get_string (ctx, "signatory-title");
  options.signature = lc_cli_get_string (ctx, "signature");
  folder = g_str_has_suffix (path, G_DIR_SEPARATOR_S) || g_str_has_suffix (path, "/")
           || g_file_test (path, G_FILE_TEST_IS_DIR);
  if (!folder && !lc_file_check_target (path, error))
    return FALSE;

  set = lc_badge_set_load (ctx->store, ctx->convention_id, error);
  if (set == NULL)
    return FALSE;
  if (folder)
    return lc_certificates_write_folder (set, &options, path, language, NULL, NULL, NULL, NULL, error);
  return lc_certificates_write_pdf (set, &options, path, language, error);
}
