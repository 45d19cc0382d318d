/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lc-error.h"
#include "lc-store.h"
#include "lc-store-portal.h"

/* Inside the Flatpak sandbox, a file chosen in the file chooser reaches the
 * app through the document portal: /run/user/<uid>/doc/<id>/<name> (or
 * /run/flatpak/doc/…), a FUSE file system showing that one file alone.
 * SQLite cannot keep a library safely there. Before xdg-desktop-portal 1.18
 * it cannot open the file at all (SQLite always opens with O_NOFOLLOW, which
 * the portal refused with ELOOP; Debian 12 has 1.16); after, the write-ahead
 * log and its index it creates beside the file become the portal's
 * temporary files, which a crash leaves behind under other names: the
 * changes they held would be lost on the next start, where the journal is
 * what makes them safe.
 *
 * So such a library is copied into the app's own data folder (with the
 * user's consent, asked by the window) and the copy is the library from
 * then on; the chosen file is only ever read. lc_store_open() refuses a
 * shared document with a message saying so. */

/* @dir with its symbolic links resolved, or NULL when it does not exist. */
static char *
real_dir (const char *dir)
{
  char *real = realpath (dir, NULL);
  char *copy = g_strdup (real);

  free (real);
  return copy;
}

static gboolean
is_inside (const char *path,
           const char *dir)
{
  g_autofree char *real = real_dir (dir);
  gsize n = real != NULL ? strlen (real) : 0;

  return real != NULL && strncmp (path, real, n) == 0 && path[n] == '/';
}

/**
 * lc_store_is_shared_document:
 * @path: a library file
 *
 * Whether @path is a file shared with the sandbox through the document
 * portal, where the library cannot be kept (see
 * lc_store_copy_shared_document()).
 *
 * Returns: %TRUE when @path is in the document portal's folder
 */
gboolean
lc_store_is_shared_document (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *real = real_dir (dir);
  g_autofree char *runtime = g_build_filename (g_get_user_runtime_dir (), "doc", NULL);
  g_autofree char *user = g_strdup_printf ("/run/user/%u/doc", (guint) getuid ());
  const char *mounts[] = { runtime, user, "/run/flatpak/doc" };

  g_return_val_if_fail (path != NULL, FALSE);

  if (real == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (mounts); i++)
    if (is_inside (real, mounts[i]))
      return TRUE;

  return FALSE;
}

static void
set_folder_error (GError     **error,
                  const char  *dir,
                  int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (dir);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("The library could not be copied into “%s”: %s"),
               display, g_strerror (saved_errno));
}

/* Creates an empty file in @dir named after @name ("library.db", else
 * "library (2).db", …), so that no other library is ever overwritten. */
static char *
reserve_name (const char  *dir,
              const char  *name,
              GError     **error)
{
  const char *dot = strrchr (name, '.');
  g_autofree char *stem = dot != NULL && dot != name ? g_strndup (name, dot - name) : g_strdup (name);
  const char *ext = dot != NULL && dot != name ? dot : "";

  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *base = n == 1 ? g_strdup (name) : g_strdup_printf ("%s (%u)%s", stem, n, ext);
      g_autofree char *path = g_build_filename (dir, base, NULL);
      int fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

      if (fd >= 0)
        {
          close (fd);
          return g_steal_pointer (&path);
        }
      if (errno != EEXIST)
        {
          set_folder_error (error, dir, errno);
          return NULL;
        }
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               _("Learning Cities’ folder already holds too many copies of “%s”."), name);
  return NULL;
}

static void
remove_copy (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

/* The copy was refused by lc_store_open(): the same reason, naming the file
 * the user chose rather than the copy, which is gone. */
static void
set_refused_error (GError     **error,
                   const char  *name,
                   GError      *refused)
{
  if (g_error_matches (refused, LC_ERROR, LC_ERROR_FOREIGN_DATABASE))
    g_set_error (error, LC_ERROR, LC_ERROR_FOREIGN_DATABASE,
                 _("“%s” is a database of another program, not a Learning Cities library. "
                   "Nothing was copied."), name);
  else if (g_error_matches (refused, LC_ERROR, LC_ERROR_TOO_NEW))
    g_set_error (error, LC_ERROR, LC_ERROR_TOO_NEW,
                 _("“%s” was written by a newer version of Learning Cities. Update Learning "
                   "Cities to open it. Nothing was copied."), name);
  else if (g_error_matches (refused, LC_ERROR, LC_ERROR_NOT_A_DATABASE))
    g_set_error (error, LC_ERROR, LC_ERROR_NOT_A_DATABASE,
                 _("“%s” is not a Learning Cities library: it is not a database, or it is "
                   "damaged. Nothing was copied."), name);
  else
    g_set_error (error, refused->domain, refused->code,
                 _("“%s” could not be copied into Learning Cities’ folder: %s"),
                 name, refused->message);
}

/**
 * lc_store_copy_shared_document:
 * @path: a library shared through the document portal (or any file)
 * @error: return location for a #GError
 *
 * Copies the library at @path into the app's own data folder, beside the
 * default library, under its own name (made unique: nothing there is ever
 * replaced), and checks that the copy opens as a library, upgrading it if
 * it is older. @path is only read. When @path is missing or empty (a new
 * library chosen in a save dialog) nothing is copied and the returned path
 * is that of an empty file, where lc_store_open() makes a new library.
 *
 * Returns: (transfer full) (nullable): the copy's path, or %NULL (and no
 *   copy left) when @path cannot be read or is not a library
 */
char *
lc_store_copy_shared_document (const char  *path,
                               GError     **error)
{
  g_autofree char *library = lc_store_default_path ();
  g_autofree char *dir = g_path_get_dirname (library);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_filename_display_name (base);
  g_autofree char *copy = NULL;
  g_autoptr(GFile) source = g_file_new_for_path (path);
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(LcStore) store = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      set_folder_error (error, dir, errno);
      return NULL;
    }

  copy = reserve_name (dir, base, error);
  if (copy == NULL)
    return NULL;
  target = g_file_new_for_path (copy);

  info = g_file_query_info (source, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && g_file_info_get_size (info) > 0
      && !g_file_copy (source, target, G_FILE_COPY_OVERWRITE | G_FILE_COPY_TARGET_DEFAULT_PERMS,
                       NULL, NULL, NULL, &local_error))
    {
      remove_copy (copy);
      g_set_error (error, local_error->domain, local_error->code,
                   _("“%s” could not be copied into Learning Cities’ folder: %s"),
                   name, local_error->message);
      return NULL;
    }

  store = lc_store_open (copy, &local_error);
  if (store == NULL)
    {
      remove_copy (copy);
      set_refused_error (error, name, local_error);
      return NULL;
    }

  return g_steal_pointer (&copy);
}
