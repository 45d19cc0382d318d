/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>

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
