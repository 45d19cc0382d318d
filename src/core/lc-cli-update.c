/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-cli.h"
#include "lc-convention-io.h"
#include "lc-convention-update.h"
#include "lc-error.h"
#include "lc-file.h"
#include "lc-schedule-import.h"

/* The command line's --import of a convention the library already has:
 * refused in words unless --update (or --copy, a second convention) says
 * what the user wants, so that importing the same file twice never makes
 * a copy silently. */

/**
 * lc_cli_import_file_read:
 * @file: an empty #LcCliImportFile
 * @path: the file given with --import
 * @error: return location for a #GError
 *
 * Reads @path into @file and, unless it is a conference schedule, parses
 * it; a file that does not parse keeps why in @file's parse_error, for the
 * import to say (a file that is no convention file is simply none of the
 * library's conventions). Free with lc_cli_import_file_clear().
 *
 * Returns: %FALSE with @error set (naming the file) when it cannot be read
 */
gboolean
lc_cli_import_file_read (LcCliImportFile  *file,
                         const char       *path,
                         GError          **error)
{
  g_return_val_if_fail (file->contents == NULL, FALSE);

  if (!lc_file_read_bounded (path, LC_FILE_MAX_CONVENTION_BYTES, &file->contents, &file->length, error))
    return FALSE;
  file->display = g_filename_display_name (path);
  file->schedule = lc_schedule_import_recognise (file->contents, file->length);
  if (!file->schedule)
    file->parser = lc_convention_parse (file->contents, file->length, file->display,
                                        &file->parse_error);
  return TRUE;
}

/**
 * lc_cli_import_file_clear:
 * @file: an #LcCliImportFile
 *
 * Frees what lc_cli_import_file_read() put in @file and empties it.
 */
void
lc_cli_import_file_clear (LcCliImportFile *file)
{
  g_clear_pointer (&file->contents, g_free);
  g_clear_pointer (&file->display, g_free);
  g_clear_object (&file->parser);
  g_clear_error (&file->parse_error);
  file->length = 0;
  file->schedule = FALSE;
}

static gboolean
has_option (LcCliContext *ctx,
            const char   *option)
{
  return g_variant_dict_contains (ctx->options, option);
}

/**
 * lc_convention_update_cli:
 * @ctx: the command's context
 * @path: the convention file given with --import
 * @file: (out caller-allocates): an empty #LcCliImportFile that gets @path
 *   read and parsed (see lc_cli_import_file_read()) unless --copy was given,
 *   so that the import does not read it again
 * @handled: (out): set to %TRUE when the file was dealt with here, %FALSE
 *   when it is to be imported as a new convention
 * @error: return location for a #GError
 *
 * For a file whose convention is in the library: with --update, updates it
 * and prints what changed, then its id; with --dry-run, prints what
 * --update would change and writes nothing; with --copy, leaves it to the
 * import (a second convention); with none of them, refuses, naming the
 * convention.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
lc_convention_update_cli (LcCliContext     *ctx,
                          const char       *path,
                          LcCliImportFile  *file,
                          gboolean         *handled,
                          GError          **error)
{
  g_autofree char *report = NULL;
  g_autoptr(LcConventionUpdate) update = NULL;
  const char *display;
  gint64 existing;

  *handled = FALSE;
  if (has_option (ctx, "copy") && (has_option (ctx, "update") || has_option (ctx, "dry-run")))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("Give either --update (or --dry-run) or --copy, not both."));
      return FALSE;
    }
  if (has_option (ctx, "copy"))
    return TRUE;

  if (!lc_cli_import_file_read (file, path, error))
    return FALSE;
  /* A file the import refuses may still be read leniently here, as before
   * the parse was shared: lc_convention_find_existing() decides then. */
  if (file->parser != NULL)
    existing = lc_convention_find_existing_parsed (ctx->store, file->parser, error);
  else
    existing = lc_convention_find_existing (ctx->store, file->contents, file->length, error);
  if (existing < 0)
    return FALSE;

  display = file->display;
  if (existing == 0)
    {
      if (!has_option (ctx, "dry-run"))
        return TRUE;
      /* Translators: %s names a file */
      g_print (_("The convention of %s is not in the library: importing it adds a new convention."), display);
      g_print ("\n");
      *handled = TRUE;
      return TRUE;
    }

  update = lc_convention_update_new (ctx->store, existing, file->contents, file->length, display, error);
  if (update == NULL)
    return FALSE;

  if (!has_option (ctx, "update") && !has_option (ctx, "dry-run"))
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, existing);

      /* Translators: %1$s is a convention's title, %2$s its id */
      g_set_error (error, LC_ERROR, LC_ERROR_AMBIGUOUS,
                   _("“%1$s” is already in the library (id %2$s). Give --update to update it from "
                     "the file (--dry-run shows what would change), or --copy to import the file "
                     "as a second convention."),
                   lc_convention_update_get_title (update), id);
      return FALSE;
    }

  report = lc_convention_update_format_report (update);
  if (has_option (ctx, "dry-run"))
    {
      g_print ("%s", report);
      *handled = TRUE;
      return TRUE;
    }

  if (!lc_convention_update_apply (update, ctx->store, error))
    return FALSE;
  g_print ("%s", report);
  /* The id alone on the last line, for scripts, as for a new import. */
  g_print ("%" G_GINT64_FORMAT "\n", existing);
  *handled = TRUE;
  return TRUE;
}
