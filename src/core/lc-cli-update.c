/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

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

/* What a thread of lc_cli_import_file_read_async() hands back. */
typedef struct
{
  char            *path;
  LcCliImportFile  file;
  gboolean         ok;
  GError          *error;
} LcCliImportRead;

static void
import_read_free (LcCliImportRead *read)
{
  lc_cli_import_file_clear (&read->file);
  g_clear_error (&read->error);
  g_free (read->path);
  g_free (read);
}

static gpointer
import_read_thread (gpointer data)
{
  LcCliImportRead *read = data;

  read->ok = lc_cli_import_file_read (&read->file, read->path, &read->error);
  return read;
}

/**
 * lc_cli_import_file_read_async:
 * @path: the file given with --import
 *
 * Starts lc_cli_import_file_read() of @path on a thread of its own, so that
 * the file is read and parsed while the library opens (issue 17: a new
 * library is made in 0.06 s, and the file is read on the second
 * processor meanwhile). The thread touches nothing but the file and what
 * it makes of it.
 *
 * Returns: (transfer full): the thread, for lc_cli_import_file_take() or
 *   lc_cli_import_file_discard()
 */
GThread *
lc_cli_import_file_read_async (const char *path)
{
  LcCliImportRead *read = g_new0 (LcCliImportRead, 1);

  read->path = g_strdup (path);
  return g_thread_new ("lc-import-read", import_read_thread, read);
}

/**
 * lc_cli_import_file_discard:
 * @reader: (transfer full) (nullable): a thread of
 *   lc_cli_import_file_read_async()
 *
 * Waits for @reader and frees what it read: the command ended before it
 * needed the file.
 */
void
lc_cli_import_file_discard (GThread *reader)
{
  if (reader != NULL)
    import_read_free (g_thread_join (reader));
}

/**
 * lc_cli_import_file_take:
 * @ctx: the command's context
 * @file: an empty #LcCliImportFile
 * @path: the file given with --import
 * @error: return location for a #GError
 *
 * Does what lc_cli_import_file_read() does, with what @ctx's import_reader
 * read already when there is one (it read @path), and the same error.
 *
 * Returns: %FALSE with @error set when the file cannot be read
 */
gboolean
lc_cli_import_file_take (LcCliContext     *ctx,
                         LcCliImportFile  *file,
                         const char       *path,
                         GError          **error)
{
  LcCliImportRead *read;
  gboolean ok;

  if (ctx->import_reader == NULL)
    return lc_cli_import_file_read (file, path, error);

  g_return_val_if_fail (file->contents == NULL, FALSE);
  read = g_thread_join (g_steal_pointer (&ctx->import_reader));
  if (g_strcmp0 (read->path, path) != 0)
    {
      import_read_free (read);
      return lc_cli_import_file_read (file, path, error);
    }
  ok = read->ok;
  if (ok)
    {
      *file = read->file;
      memset (&read->file, 0, sizeof read->file);
    }
  else
    g_propagate_error (error, g_steal_pointer (&read->error));
  import_read_free (read);
  return ok;
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

  if (!lc_cli_import_file_take (ctx, file, path, error))
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
