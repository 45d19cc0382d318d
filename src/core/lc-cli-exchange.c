/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-cli-exchange.h"
#include "lc-error.h"
#include "lc-exchange.h"
#include "lc-file.h"

/* The command line's --send-changes and --merge-changes (issue 15). */

/**
 * lc_exchange_cli_send:
 * @ctx: the command's context
 * @path: the changes file to write (--send-changes)
 * @error: return location for a #GError
 *
 * Writes what changed in the convention since the last send, signed with
 * --author (or the user's name), and prints how many records it holds.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
lc_exchange_cli_send (LcCliContext  *ctx,
                      const char    *path,
                      GError       **error)
{
  const char *author = lc_cli_get_string (ctx, "author");
  guint n = 0;

  if (author == NULL)
    author = g_get_real_name ();
  if (!lc_exchange_send (ctx->store, ctx->convention_id, author, path, &n, error))
    return FALSE;

  g_print (g_dngettext (GETTEXT_PACKAGE, "%u record added, changed or deleted is in the changes file.",
                        "%u records added, changed or deleted are in the changes file.", n), n);
  g_print ("\n");
  return TRUE;
}

/**
 * lc_exchange_cli_merge:
 * @ctx: the command's context
 * @path: the changes file to merge (--merge-changes)
 * @error: return location for a #GError
 *
 * Prints what merging the file changes and its conflicts; with --prefer
 * (mine or theirs) resolves them; merges unless --dry-run is given. A
 * conflict left unresolved fails, and nothing is written.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
lc_exchange_cli_merge (LcCliContext  *ctx,
                       const char    *path,
                       GError       **error)
{
  g_autofree char *contents = NULL, *display = NULL, *report = NULL;
  g_autoptr(LcExchangeMerge) merge = NULL;
  const char *prefer = lc_cli_get_string (ctx, "prefer");
  gsize length;

  if (prefer != NULL && !g_str_equal (prefer, "mine") && !g_str_equal (prefer, "theirs"))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("--prefer is mine or theirs: whose value a conflict keeps."));
      return FALSE;
    }
  if (!lc_file_read_bounded (path, LC_EXCHANGE_MAX_FILE_BYTES, &contents, &length, error))
    return FALSE;
  display = g_filename_display_name (path);
  merge = lc_exchange_merge_new (ctx->store, contents, length, display, error);
  if (merge == NULL)
    return FALSE;
  if (prefer != NULL)
    lc_exchange_merge_resolve_all (merge, g_str_equal (prefer, "mine") ? LC_EXCHANGE_MINE : LC_EXCHANGE_THEIRS);

  if (!lc_exchange_merge_plan (merge, error))
    {
      /* The conflicts, then why nothing was merged. */
      report = lc_exchange_merge_format_report (merge);
      g_print ("%s", report);
      return FALSE;
    }
  report = lc_exchange_merge_format_report (merge);
  if (!g_variant_dict_contains (ctx->options, "dry-run") && !lc_exchange_merge_apply (merge, error))
    return FALSE;
  g_print ("%s", report);
  return TRUE;
}
