/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <sys/wait.h>

#include "lc-test-util.h"

char *
lc_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("lc-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
lc_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          lc_test_remove_tree (child);
        else
          g_unlink (child);
      }
  g_rmdir (path);
}

char *
lc_test_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("missing");

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

LcStore *
lc_test_open_store (char **dir_out)
{
  g_autoptr(GError) error = NULL;
  char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  LcStore *store = lc_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  *dir_out = dir;
  return store;
}

gint64
lc_test_add_convention (LcStore    *store,
                        const char *title_en,
                        const char *start,
                        const char *end)
{
  g_autoptr(LcRecord) c = g_object_new (LC_TYPE_CONVENTION, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_text (c, "title", "", title_en);
  lc_record_set_string (c, "start-date", start);
  lc_record_set_string (c, "end-date", end);
  lc_record_set_string (c, "time-zone", "Asia/Riyadh");
  lc_store_insert (store, c, &error);
  g_assert_no_error (error);

  return lc_record_get_id (c);
}

/* The environment of the command line run as a user runs it: no display,
 * and the locale @lang alone deciding the language. */
char **
lc_test_cli_environ (const char *lang)
{
  char **envp = g_get_environ ();

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_unsetenv (envp, "LC_ALL");
  envp = g_environ_unsetenv (envp, "LC_MESSAGES");
  envp = g_environ_unsetenv (envp, "LANGUAGE");
  return g_environ_setenv (envp, "LANG", lang, TRUE);
}

/* Runs learning-cities (LC_EXECUTABLE) with the arguments @first, @args…
 * (NULL-terminated) in @envp; returns its exit status (-1 when it did not
 * exit) and its standard error in @err. */
int
lc_test_run_cli_valist (char       **envp,
                        char       **err,
                        const char  *first,
                        va_list      args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  int wait_status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("LC_EXECUTABLE"));
  g_ptr_array_add (argv, (gpointer) first);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, err, &wait_status, &error);
  g_assert_no_error (error);

  return WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}
