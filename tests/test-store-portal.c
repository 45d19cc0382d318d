/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE  /* O_PATH */
#include "config.h"

#include <fcntl.h>
#include <gio/gio.h>
#include <gio/gunixfdlist.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lc-error.h"
#include "lc-store-portal.h"
#include "lc-test-util.h"

/* A library chosen in the file chooser of the Flatpak comes through the
 * document portal. This runs the real one (xdg-document-portal, from
 * Debian's xdg-desktop-portal) on a private session bus, shares files with
 * it as the file chooser portal does (the Documents API's Add and AddNamed),
 * and checks what the store does with them: it refuses to keep a library
 * there and copies it, only reading the chosen file, into the app's own
 * data folder (here a temporary XDG_DATA_HOME). */

#define PORTAL "/usr/libexec/xdg-document-portal"

static char *root;        /* everything of this test */
static char *files;       /* the user's files, outside the sandbox */
static char *data_dir;    /* XDG_DATA_HOME/learning-cities */
static char *mount;       /* the document portal's file system */
static GDBusConnection *bus;

/* ---- the document portal ---- */

static GVariant *
call_documents (const char   *method,
                GVariant     *parameters,
                GUnixFDList  *fds,
                GError      **error)
{
  return g_dbus_connection_call_with_unix_fd_list_sync (bus, "org.freedesktop.portal.Documents",
                                                        "/org/freedesktop/portal/documents",
                                                        "org.freedesktop.portal.Documents",
                                                        method, parameters, NULL,
                                                        G_DBUS_CALL_FLAGS_NONE, 30000, fds, NULL,
                                                        NULL, error);
}

/* Shares @path (which need not exist: a file chooser's save dialog shares
 * the name) and returns its path in the portal. */
static char *
share (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GUnixFDList) fds = g_unix_fd_list_new ();
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  gboolean exists = g_file_test (path, G_FILE_TEST_EXISTS);
  int fd = open (exists ? path : dir, O_PATH | O_CLOEXEC);
  const char *id;

  g_assert_cmpint (fd, >=, 0);
  g_unix_fd_list_append (fds, fd, &error);
  g_assert_no_error (error);
  close (fd);

  if (exists)
    reply = call_documents ("Add", g_variant_new ("(hbb)", 0, TRUE, FALSE), fds, &error);
  else
    reply = call_documents ("AddNamed", g_variant_new ("(h^aybb)", 0, name, TRUE, FALSE), fds, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(&s)", &id);

  return g_build_filename (mount, id, name, NULL);
}

/* Starts the portal (the bus activates it, as in a session) and waits for
 * its file system to be there. */
static gboolean
start_portal (void)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *by_app = NULL;
  gint64 deadline;
  const char *point;

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  reply = call_documents ("GetMountPoint", NULL, NULL, &error);
  if (reply == NULL)
    {
      g_printerr ("the document portal does not start here (%s): skipping\n", error->message);
      return FALSE;
    }
  g_variant_get (reply, "(^&ay)", &point);
  mount = g_strdup (point);

  /* The mount is made while the portal starts; give a loaded machine time. */
  by_app = g_build_filename (mount, "by-app", NULL);
  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (!g_file_test (by_app, G_FILE_TEST_IS_DIR) && g_get_monotonic_time () < deadline)
    g_usleep (10 * 1000);
  if (!g_file_test (by_app, G_FILE_TEST_IS_DIR))
    {
      g_printerr ("the document portal mounted nothing on %s (no FUSE here?): skipping\n", mount);
      return FALSE;
    }

  return TRUE;
}

/* ---- helpers ---- */

/* A library of @n_conventions conventions, closed, at @name in the user's files. */
static char *
make_library (const char *name,
              guint       n_conventions)
{
  g_autofree char *path = g_build_filename (files, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (path, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n_conventions; i++)
    lc_test_add_convention (store, "Yanbu", "2023-05-10", "2023-05-11");

  return g_steal_pointer (&path);
}

static guint
count_conventions (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (path, &error);
  g_autoptr(GListStore) list = NULL;

  g_assert_no_error (error);
  list = lc_store_list_conventions (store, &error);
  g_assert_no_error (error);

  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

/* The names in @dir, sorted, joined with spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static void
clear_dirs (void)
{
  lc_test_remove_tree (files);
  lc_test_remove_tree (data_dir);
  g_assert_cmpint (g_mkdir_with_parents (files, 0700), ==, 0);
}

/* ---- tests ---- */

static void
test_detect (void)
{
  g_autofree char *library = NULL, *shared = NULL, *elsewhere = NULL;

  clear_dirs ();
  library = make_library ("library.db", 1);
  shared = share (library);
  elsewhere = g_build_filename (root, "no-such-folder", "library.db", NULL);

  g_assert_true (g_str_has_prefix (shared, mount));
  g_assert_true (g_file_test (shared, G_FILE_TEST_IS_REGULAR));
  g_assert_true (lc_store_is_shared_document (shared));
  g_assert_false (lc_store_is_shared_document (library));
  g_assert_false (lc_store_is_shared_document (elsewhere));
}

/* Opening the shared file itself is refused with a message, and touches
 * nothing: no journal beside it, the same bytes. */
static void
test_open_refused (void)
{
  g_autofree char *library = NULL, *shared = NULL, *before = NULL, *after = NULL;
  g_autofree char *listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = NULL;

  clear_dirs ();
  library = make_library ("library.db", 1);
  before = lc_test_file_checksum (library);
  shared = share (library);

  store = lc_store_open (shared, &error);
  g_assert_null (store);
  g_assert_error (error, LC_ERROR, LC_ERROR_SHARED_DOCUMENT);
  g_assert_nonnull (strstr (error->message, "document portal"));
  g_assert_nonnull (strstr (error->message, "Open Library"));

  after = lc_test_file_checksum (library);
  g_assert_cmpstr (before, ==, after);
  listed = list_dir (files);
  g_assert_cmpstr (listed, ==, "library.db");
}

/* The copy goes into the app's own folder, opens and takes changes with
 * its journal beside it there; the chosen file is left as it was. A second
 * copy of a file of the same name never replaces the first. */
static void
test_copy (void)
{
  g_autofree char *library = NULL, *shared = NULL, *before = NULL, *after = NULL;
  g_autofree char *copy = NULL, *second = NULL, *expected = NULL, *listed = NULL;
  g_autoptr(GError) error = NULL;

  clear_dirs ();
  library = make_library ("library.db", 2);
  before = lc_test_file_checksum (library);
  shared = share (library);

  copy = lc_store_copy_shared_document (shared, &error);
  g_assert_no_error (error);
  expected = g_build_filename (data_dir, "library.db", NULL);
  g_assert_cmpstr (copy, ==, expected);
  g_assert_cmpuint (count_conventions (copy), ==, 2);

  {
    g_autoptr(LcStore) store = lc_store_open (copy, &error);
    g_autofree char *wal = g_strconcat (copy, "-wal", NULL);

    g_assert_no_error (error);
    lc_test_add_convention (store, "Added in the copy", "2024-01-01", "2024-01-02");
    g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  }
  g_assert_cmpuint (count_conventions (copy), ==, 3);

  second = lc_store_copy_shared_document (shared, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (second, "/library (2).db"));
  g_assert_cmpuint (count_conventions (second), ==, 2);
  g_assert_cmpuint (count_conventions (copy), ==, 3);

  after = lc_test_file_checksum (library);
  g_assert_cmpstr (before, ==, after);
  listed = list_dir (files);
  g_assert_cmpstr (listed, ==, "library.db");
}

/* A file that is not a library, or another program's database, is not
 * copied: the message names the chosen file, and nothing is left behind. */
static void
test_copy_refused (void)
{
  g_autofree char *text = NULL, *foreign = NULL, *listed = NULL;
  const struct { const char *name; int code; const char *words; } cases[] = {
    { "notes.db", LC_ERROR_NOT_A_DATABASE, "“notes.db” is not a Learning Cities library" },
    { "other.db", LC_ERROR_FOREIGN_DATABASE, "“other.db” is a database of another program" },
  };

  clear_dirs ();
  text = g_build_filename (files, "notes.db", NULL);
  g_file_set_contents (text, "Agenda ideas, not a database.\n", -1, NULL);
  foreign = g_build_filename (files, "other.db", NULL);
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *sql = g_strdup_printf ("sqlite3 '%s' 'CREATE TABLE t (x)'", foreign);
    int status;

    g_spawn_command_line_sync (sql, NULL, NULL, &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (files, cases[i].name, NULL);
      g_autofree char *before = lc_test_file_checksum (path);
      g_autofree char *shared = share (path);
      g_autofree char *after = NULL;
      g_autoptr(GError) error = NULL;
      char *copy = lc_store_copy_shared_document (shared, &error);

      g_assert_null (copy);
      g_assert_error (error, LC_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].words));
      g_assert_nonnull (strstr (error->message, "Nothing was copied"));
      after = lc_test_file_checksum (path);
      g_assert_cmpstr (before, ==, after);
    }

  listed = list_dir (data_dir);
  g_assert_cmpstr (listed, ==, "");
}

/* A new library chosen in a save dialog: the name is shared before the file
 * exists; the library is made in the app's folder under that name. */
static void
test_new_library (void)
{
  g_autofree char *wanted = NULL, *shared = NULL, *copy = NULL, *listed = NULL;
  g_autoptr(GError) error = NULL;

  clear_dirs ();
  wanted = g_build_filename (files, "Amman 2025.db", NULL);
  shared = share (wanted);
  g_assert_true (lc_store_is_shared_document (shared));

  copy = lc_store_copy_shared_document (shared, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (copy, "/learning-cities/Amman 2025.db"));
  g_assert_cmpuint (count_conventions (copy), ==, 0);
  g_assert_false (g_file_test (wanted, G_FILE_TEST_EXISTS));
  listed = list_dir (files);
  g_assert_cmpstr (listed, ==, "");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GTestDBus) test_bus = NULL;
  g_autofree char *runtime = NULL, *data_home = NULL;
  const char *tmp;
  int status;

  /* Before anything reads them (GLib reads them all at once, even for
   * g_get_tmp_dir()): the portal's folders and the app's. */
  tmp = getenv ("TMPDIR");
  root = g_build_filename (tmp != NULL && *tmp != '\0' ? tmp : "/tmp", "lc-test-XXXXXX", NULL);
  g_assert_nonnull (g_mkdtemp (root));
  runtime = g_build_filename (root, "run", NULL);
  files = g_build_filename (root, "files", NULL);
  data_home = g_build_filename (root, "data", NULL);
  data_dir = g_build_filename (data_home, "learning-cities", NULL);
  g_mkdir (runtime, 0700);
  g_setenv ("XDG_RUNTIME_DIR", runtime, TRUE);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  /* GTestDBus unsets XDG_RUNTIME_DIR (so that nothing reaches a real
   * session's bus): GLib must have read it first, as the app has in the
   * sandbox, where it is set. */
  g_assert_cmpstr (g_get_user_runtime_dir (), ==, runtime);

  g_test_init (&argc, &argv, NULL);

  if (!g_file_test (PORTAL, G_FILE_TEST_IS_EXECUTABLE))
    {
      lc_test_remove_tree (root);
      return lc_test_skip_all ("%s is missing (xdg-desktop-portal, see build-aux/install-deps.sh)", PORTAL);
    }

  /* A private bus that activates the portal (and its permission store)
   * from the system's service files, with this test's environment. */
  test_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_add_service_dir (test_bus, "/usr/share/dbus-1/services");
  g_test_dbus_up (test_bus);

  if (!start_portal ())
    {
      g_test_dbus_down (test_bus);
      lc_test_remove_tree (root);
      return lc_test_skip_all ("the document portal cannot be used here (the reason is above)");
    }

  g_test_add_func ("/store-portal/detect", test_detect);
  g_test_add_func ("/store-portal/open-refused", test_open_refused);
  g_test_add_func ("/store-portal/copy", test_copy);
  g_test_add_func ("/store-portal/copy-refused", test_copy_refused);
  g_test_add_func ("/store-portal/new-library", test_new_library);

  status = g_test_run ();

  /* The portal goes with the bus; its mount must not outlive the folder. */
  g_clear_object (&bus);
  g_test_dbus_down (test_bus);
  {
    const char *argv_umount[] = { "fusermount3", "-u", "-z", mount, NULL };

    g_spawn_sync (NULL, (char **) argv_umount, NULL,
                  G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                  NULL, NULL, NULL, NULL, NULL, NULL);
  }
  lc_test_remove_tree (root);

  return status;
}
