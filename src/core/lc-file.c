/* SPDX-License-Identifier: GPL-3.0-or-later */
/* O_TMPFILE, linkat (AT_EMPTY_PATH) */
#define _GNU_SOURCE 1
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lc-error.h"
#include "lc-file.h"

/* Reading is bounded by the bytes actually read, not by the size a file
 * says it has: /dev/zero, a pipe or a file that grows while it is read all
 * stop at the limit. Writing goes to an unnamed file in the target's folder
 * (O_TMPFILE) that gets a name only once complete, so an export killed
 * half-way leaves nothing behind, and a failure leaves the target as it
 * was. No export may land on a library this process has open. */

static GMutex protected_lock;
static GHashTable *protected;   /* library path → open count */

/**
 * lc_file_format_size:
 * @bytes: a size
 *
 * Returns: (transfer full): the size for messages, such as "32 MB"
 */
char *
lc_file_format_size (guint64 bytes)
{
  if (bytes % (1024 * 1024) == 0)
    /* Translators: a size in megabytes (of 1,048,576 bytes), such as 32 MB */
    return g_strdup_printf (_("%u MB"), (guint) (bytes / (1024 * 1024)));

  return g_format_size_full (bytes, G_FORMAT_SIZE_IEC_UNITS);
}

static void
set_read_error (GError     **error,
                const char  *path,
                int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  /* Translators: a file name, then why it could not be read */
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("“%1$s” could not be read: %2$s"), display, g_strerror (saved_errno));
}

static void
set_too_large (GError     **error,
               const char  *path,
               gsize        max_bytes)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *size = lc_file_format_size (max_bytes);

  g_set_error (error, LC_ERROR, LC_ERROR_TOO_LARGE,
               _("“%1$s” holds more than %2$s, the most Learning Cities reads from a file of this "
                 "kind (see “Limits” in its README); it was not read."),
               display, size);
}

/**
 * lc_file_read_bounded:
 * @path: a file; any kind a path can name (a pipe or a device is read the
 *   same way, with the same bound)
 * @max_bytes: the most bytes accepted
 * @contents: (out) (transfer full): the bytes, followed by a NUL
 * @length: (out): their number
 * @error: return location for a #GError
 *
 * Reads a whole file, but never more than @max_bytes: a regular file that
 * says it is larger is refused before reading, and anything else is read
 * until one byte past the limit.
 *
 * Returns: %TRUE on success; %LC_ERROR_TOO_LARGE past the limit, a
 *   #GFileError naming the file when it cannot be read
 */
gboolean
lc_file_read_bounded (const char  *path,
                      gsize        max_bytes,
                      char       **contents,
                      gsize       *length,
                      GError     **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  struct stat st;
  int fd;

  g_return_val_if_fail (path != NULL && contents != NULL && length != NULL, FALSE);

  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      set_read_error (error, path, errno);
      return FALSE;
    }

  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && (guint64) st.st_size > max_bytes)
    {
      close (fd);
      set_too_large (error, path, max_bytes);
      return FALSE;
    }

  bytes = g_byte_array_sized_new (S_ISREG (st.st_mode) ? (guint) st.st_size + 1 : 65536);
  for (;;)
    {
      guint8 buffer[65536];
      gssize n = read (fd, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          set_read_error (error, path, saved_errno);
          return FALSE;
        }
      if (n == 0)
        break;
      if (bytes->len + (gsize) n > max_bytes)
        {
          close (fd);
          set_too_large (error, path, max_bytes);
          return FALSE;
        }
      g_byte_array_append (bytes, buffer, n);
    }
  close (fd);

  *length = bytes->len;
  g_byte_array_append (bytes, (const guint8 *) "", 1);
  *contents = (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
  return TRUE;
}

/**
 * lc_file_protect:
 * @path: a library this process has opened
 *
 * Marks @path (and its -wal, -shm and -journal files) as a target no
 * export may write to, until lc_file_unprotect().
 */
void
lc_file_protect (const char *path)
{
  g_mutex_lock (&protected_lock);
  if (protected == NULL)
    protected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_insert (protected, g_strdup (path),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (protected, path)) + 1));
  g_mutex_unlock (&protected_lock);
}

/**
 * lc_file_unprotect:
 * @path: a path given to lc_file_protect()
 */
void
lc_file_unprotect (const char *path)
{
  guint count;

  g_mutex_lock (&protected_lock);
  count = protected ? GPOINTER_TO_UINT (g_hash_table_lookup (protected, path)) : 0;
  if (count > 1)
    g_hash_table_insert (protected, g_strdup (path), GUINT_TO_POINTER (count - 1));
  else if (count == 1)
    g_hash_table_remove (protected, path);
  g_mutex_unlock (&protected_lock);
}

/* The path with its folder resolved (the file itself may not exist). */
static char *
canonical_path (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *real_dir = realpath (dir, NULL);
  g_autofree char *real = realpath (path, NULL);

  if (real != NULL)
    return g_steal_pointer (&real);
  if (real_dir != NULL)
    return g_build_filename (real_dir, base, NULL);
  return g_canonicalize_filename (path, NULL);
}

static gboolean
is_library_file (const char        *target,
                 const struct stat *target_st,
                 const char        *library)
{
  static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autofree char *canonical = canonical_path (target);
  g_autofree char *real_library = canonical_path (library);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (library, suffixes[i], NULL);
      g_autofree char *real_name = g_strconcat (real_library, suffixes[i], NULL);
      struct stat st;

      /* The same file through any path (a link, another spelling)… */
      if (target_st != NULL && g_stat (name, (GStatBuf *) &st) == 0
          && st.st_dev == target_st->st_dev && st.st_ino == target_st->st_ino)
        return TRUE;
      /* …or a name SQLite would take for the library's own file. */
      if (g_strcmp0 (canonical, real_name) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * lc_file_check_target:
 * @path: a file an export is about to write
 * @error: return location for a #GError
 *
 * Refuses a target that is an open library or one of its working files,
 * under any path: writing an export there would replace the library.
 *
 * Returns: %TRUE when @path may be written
 */
gboolean
lc_file_check_target (const char  *path,
                      GError     **error)
{
  struct stat st;
  gboolean exists = g_stat (path, (GStatBuf *) &st) == 0;
  gboolean refused = FALSE;
  GHashTableIter iter;
  gpointer library;

  g_mutex_lock (&protected_lock);
  if (protected != NULL)
    {
      g_hash_table_iter_init (&iter, protected);
      while (!refused && g_hash_table_iter_next (&iter, &library, NULL))
        refused = is_library_file (path, exists ? &st : NULL, library);
    }
  g_mutex_unlock (&protected_lock);

  if (refused)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("“%s” is the open library (or one of its working files): writing there would "
                     "replace the library with the export. Choose another file."),
                   display);
      return FALSE;
    }

  return TRUE;
}

/**
 * lc_file_set_error_from_errno:
 * @error: return location for a #GError
 * @path: the file being written
 * @saved_errno: why writing failed
 *
 * Sets the message for a file that could not be written, in words for the
 * causes a person can act on: a full disk, a file size limit.
 */
void
lc_file_set_error_from_errno (GError     **error,
                              const char  *path,
                              int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    g_set_error (error, LC_ERROR, LC_ERROR_DISK_FULL,
                 _("Could not write “%s”: the disk is full. Free some space and try again; "
                   "nothing was changed."), display);
  else if (saved_errno == EFBIG)
    g_set_error (error, LC_ERROR, LC_ERROR_DISK_FULL,
                 _("Could not write “%s”: it would be larger than this system lets a file grow "
                   "(the file size limit, “ulimit -f”). Nothing was changed."), display);
  else
    /* Translators: a file name, then why it could not be written */
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _("Could not write “%1$s”: %2$s"), display, g_strerror (saved_errno));
}

struct _LcFileWriter
{
  char     *path;
  char     *dir;
  char     *tmp;        /* the named temporary file, when O_TMPFILE is not available */
  int       fd;
  gboolean  done;
};

static char *
temporary_name (LcFileWriter *self)
{
  g_autofree char *base = g_path_get_basename (self->path);
  g_autofree char *name = g_strdup_printf (".%s.%06X", base, g_random_int_range (0, 0xFFFFFF));

  return g_build_filename (self->dir, name, NULL);
}

/**
 * lc_file_writer_new:
 * @path: the file to write; replaced when complete
 * @error: return location for a #GError
 *
 * Starts writing a file that appears at @path complete, or not at all.
 *
 * Returns: (transfer full) (nullable): the writer
 */
LcFileWriter *
lc_file_writer_new (const char  *path,
                    GError     **error)
{
  g_autoptr(LcFileWriter) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!lc_file_check_target (path, error))
    return NULL;

  self = g_new0 (LcFileWriter, 1);
  self->path = g_strdup (path);
  self->dir = g_path_get_dirname (path);
  self->fd = -1;

#ifdef O_TMPFILE
  /* 0666 less the umask, as for any new file of the user's. */
  self->fd = open (self->dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0666);
#endif
  if (self->fd < 0)
    {
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *name = g_strconcat (".", base, ".XXXXXX", NULL);

      self->tmp = g_build_filename (self->dir, name, NULL);
      self->fd = g_mkstemp_full (self->tmp, O_WRONLY | O_CLOEXEC, 0666);
      if (self->fd < 0)
        {
          lc_file_set_error_from_errno (error, path, errno);
          g_clear_pointer (&self->tmp, g_free);
          return NULL;
        }
    }

  return g_steal_pointer (&self);
}

/**
 * lc_file_writer_write:
 * @self: a writer
 * @data: (array length=length): bytes
 * @length: their number
 * @error: return location for a #GError
 *
 * Returns: %TRUE when all were written
 */
gboolean
lc_file_writer_write (LcFileWriter  *self,
                      const void    *data,
                      gsize          length,
                      GError       **error)
{
  const char *p = data;

  while (length > 0)
    {
      gssize n = write (self->fd, p, MIN (length, G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          lc_file_set_error_from_errno (error, self->path, n < 0 ? errno : ENOSPC);
          return FALSE;
        }
      p += n;
      length -= n;
    }

  return TRUE;
}

/* Gives the unnamed file a temporary name beside the target. */
static gboolean
link_tmpfile (LcFileWriter *self,
              int          *saved_errno)
{
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", self->fd);

  for (int attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = temporary_name (self);

      if (linkat (AT_FDCWD, proc, AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0
          || (errno == ENOENT && linkat (self->fd, "", AT_FDCWD, name, AT_EMPTY_PATH) == 0))
        {
          self->tmp = g_steal_pointer (&name);
          return TRUE;
        }
      if (errno != EEXIST)
        break;
    }

  *saved_errno = errno;
  return FALSE;
}

/* Without /proc (or the right to link an unnamed file), the bytes are
 * copied to a named temporary file instead. */
static gboolean
copy_tmpfile (LcFileWriter *self,
              int          *saved_errno)
{
  g_autofree char *base = g_path_get_basename (self->path);
  g_autofree char *name = g_strconcat (".", base, ".XXXXXX", NULL);
  g_autofree char *tmp = g_build_filename (self->dir, name, NULL);
  int fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666);
  off_t offset = 0;

  *saved_errno = 0;
  if (fd < 0)
    {
      *saved_errno = errno;
      return FALSE;
    }

  for (;;)
    {
      char buffer[65536];
      gssize n = pread (self->fd, buffer, sizeof buffer, offset);
      gssize done = 0;

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          *saved_errno = n < 0 ? errno : 0;
          break;
        }
      while (done < n)
        {
          gssize w = write (fd, buffer + done, n - done);

          if (w < 0 && errno == EINTR)
            continue;
          if (w <= 0)
            {
              *saved_errno = w < 0 ? errno : ENOSPC;
              break;
            }
          done += w;
        }
      if (*saved_errno != 0)
        break;
      offset += n;
    }

  if (*saved_errno == 0 && g_file_test (self->path, G_FILE_TEST_EXISTS) && fsync (fd) != 0)
    *saved_errno = errno;
  if (close (fd) != 0 && *saved_errno == 0)
    *saved_errno = errno;
  if (*saved_errno != 0)
    {
      g_unlink (tmp);
      return FALSE;
    }

  close (self->fd);
  self->fd = -1;
  self->tmp = g_steal_pointer (&tmp);
  return TRUE;
}

/**
 * lc_file_writer_commit:
 * @self: a writer
 * @error: return location for a #GError
 *
 * Puts the file in place of its target: synced first when it replaces a
 * file, so a crash leaves the old file or the new one, never an empty one.
 *
 * Returns: %TRUE when the file is in place
 */
gboolean
lc_file_writer_commit (LcFileWriter  *self,
                       GError       **error)
{
  int saved_errno = 0;

  g_return_val_if_fail (!self->done, FALSE);

  /* Checked again: the library may have been opened since. */
  if (!lc_file_check_target (self->path, error))
    return FALSE;

  if (g_file_test (self->path, G_FILE_TEST_EXISTS) && fsync (self->fd) != 0)
    saved_errno = errno;
  if (saved_errno == 0 && self->tmp == NULL && !link_tmpfile (self, &saved_errno)
      && !copy_tmpfile (self, &saved_errno))
    saved_errno = saved_errno ? saved_errno : EIO;
  if (saved_errno == 0 && self->fd >= 0)
    {
      if (close (self->fd) != 0)
        saved_errno = errno;
      self->fd = -1;
    }
  if (saved_errno == 0 && g_rename (self->tmp, self->path) != 0)
    saved_errno = errno;

  if (saved_errno != 0)
    {
      lc_file_set_error_from_errno (error, self->path, saved_errno);
      return FALSE;
    }

  g_clear_pointer (&self->tmp, g_free);
  self->done = TRUE;
  return TRUE;
}

/**
 * lc_file_writer_free:
 * @self: (nullable): a writer
 *
 * Closes the writer; a file not committed is removed.
 */
void
lc_file_writer_free (LcFileWriter *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);
  if (self->tmp != NULL)
    g_unlink (self->tmp);
  g_free (self->tmp);
  g_free (self->dir);
  g_free (self->path);
  g_free (self);
}

/**
 * lc_file_write_atomic:
 * @path: the file to write
 * @data: (array length=length): its new contents
 * @length: their number
 * @error: return location for a #GError
 *
 * Writes a whole file with an #LcFileWriter.
 *
 * Returns: %TRUE on success; on failure @path is as it was
 */
gboolean
lc_file_write_atomic (const char  *path,
                      const char  *data,
                      gsize        length,
                      GError     **error)
{
  g_autoptr(LcFileWriter) writer = lc_file_writer_new (path, error);

  return writer != NULL
         && lc_file_writer_write (writer, data, length, error)
         && lc_file_writer_commit (writer, error);
}
