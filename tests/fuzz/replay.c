/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib.h>

#include "fuzz-common.h"

/* Runs a fuzz target on every file of the folders (or the files) given:
 * the seed corpus and the inputs that once crashed it, kept in
 * tests/fuzz/regressions/. Built with the normal compiler, it runs with the
 * normal tests; under meson's -Db_sanitize=address it checks as the fuzzer
 * does. A folder that does not exist is skipped. */

static guint
run_file (const char *path)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, &error))
    g_error ("%s", error->message);

  LLVMFuzzerTestOneInput ((const uint8_t *) data, length);
  return 1;
}

static int
compare (gconstpointer a,
         gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = NULL;
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      if (g_file_test (argv[i], G_FILE_TEST_IS_REGULAR))
        {
          n += run_file (argv[i]);
          continue;
        }

      dir = g_dir_open (argv[i], 0, NULL);
      if (dir == NULL)
        {
          g_print ("%s: absent, skipped\n", argv[i]);
          continue;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        if (!g_str_has_prefix (name, "README") && !g_str_has_prefix (name, "."))
          g_ptr_array_add (names, g_build_filename (argv[i], name, NULL));
      g_ptr_array_sort (names, compare);

      for (guint j = 0; j < names->len; j++)
        if (g_file_test (g_ptr_array_index (names, j), G_FILE_TEST_IS_REGULAR))
          n += run_file (g_ptr_array_index (names, j));
    }

  g_print ("%u inputs replayed without a failure\n", n);
  return n > 0 ? 0 : 1;
}
