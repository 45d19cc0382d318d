/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-convention-io.h"

/* Importing a convention file off the calling thread, for the window: a
 * large file takes seconds to read and store, and a hostile one must never
 * reach the thread that draws. The worker has its own connection to the
 * library; the window's connection sees the new convention once it is
 * committed. */

typedef struct
{
  char       *db_path;
  char       *path;
  JsonParser *parser;    /* the file already parsed, or NULL to read it */
  char      **left_out;  /* set by the worker, read once the task is done */
} ImportData;

static void
import_data_free (gpointer data)
{
  ImportData *import = data;

  g_free (import->db_path);
  g_free (import->path);
  g_clear_object (&import->parser);
  g_strfreev (import->left_out);
  g_free (import);
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *import = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (import->db_path, &error);
  gint64 id = 0;

  if (store == NULL || g_cancellable_set_error_if_cancelled (cancellable, &error))
    ;
  else if (import->parser != NULL)
    {
      g_autofree char *display = g_filename_display_name (import->path);

      /* Named as lc_convention_import_file_full () names it. */
      id = lc_convention_import_parsed (store, import->parser, display, &error);
      if (id > 0)
        import->left_out = g_new0 (char *, 1);
    }
  else
    id = lc_convention_import_file_full (store, import->path, &import->left_out, &error);

  if (id > 0)
    g_task_return_int (task, id);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/* Runs the import of @path (taking @parser, when given, as its contents)
 * in a worker thread. */
static void
start_import (LcStore             *store,
              const char          *path,
              JsonParser          *parser,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (store, cancellable, callback, user_data);
  ImportData *import = g_new0 (ImportData, 1);

  import->db_path = g_strdup (lc_store_get_path (store));
  import->path = g_strdup (path);
  import->parser = parser;
  g_task_set_task_data (task, import, import_data_free);
  g_task_set_source_tag (task, lc_convention_import_file_async);
  g_task_run_in_thread (task, import_thread);
}

/**
 * lc_convention_import_file_async:
 * @store: the library
 * @path: a convention file
 * @cancellable: (nullable): a #GCancellable, checked before the import starts
 * @callback: called on the calling thread's main context when done
 * @user_data: data for @callback
 *
 * Runs lc_convention_import_file() in a worker thread with its own
 * connection to @store's library.
 */
void
lc_convention_import_file_async (LcStore             *store,
                                 const char          *path,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (LC_IS_STORE (store));
  g_return_if_fail (path != NULL);

  start_import (store, path, NULL, cancellable, callback, user_data);
}

/**
 * lc_convention_import_parsed_async:
 * @store: the library
 * @path: the convention file @parser was read from, which names it in messages
 * @parser: (transfer full): the file parsed by lc_convention_parse(), handed
 *   to the worker: the caller no longer uses it
 * @cancellable: (nullable): a #GCancellable, checked before the import starts
 * @callback: called on the calling thread's main context when done
 * @user_data: data for @callback
 *
 * lc_convention_import_file_async() of a file already read and parsed (to
 * ask whether the library has its convention), so that it is not read and
 * parsed again (issue 17). Finish it with
 * lc_convention_import_file_finish_full().
 */
void
lc_convention_import_parsed_async (LcStore             *store,
                                   const char          *path,
                                   JsonParser          *parser,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_return_if_fail (LC_IS_STORE (store));
  g_return_if_fail (path != NULL);
  g_return_if_fail (JSON_IS_PARSER (parser));

  start_import (store, path, parser, cancellable, callback, user_data);
}

/**
 * lc_convention_import_file_finish:
 * @store: the library given to lc_convention_import_file_async()
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: the id of the new convention, or 0 with @error set
 */
gint64
lc_convention_import_file_finish (LcStore       *store,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  gssize id;

  g_return_val_if_fail (g_task_is_valid (result, store), 0);

  id = g_task_propagate_int (G_TASK (result), error);
  return id > 0 ? id : 0;
}

/**
 * lc_convention_import_file_finish_full:
 * @store: the library given to lc_convention_import_file_async()
 * @result: the result given to the callback
 * @left_out: (out) (optional) (transfer full): what the file held that was
 *   left out, as lc_convention_import_file_full() gives it
 * @error: return location for a #GError
 *
 * Returns: the id of the new convention, or 0 with @error set
 */
gint64
lc_convention_import_file_finish_full (LcStore        *store,
                                       GAsyncResult   *result,
                                       char         ***left_out,
                                       GError        **error)
{
  ImportData *import;
  gint64 id = lc_convention_import_file_finish (store, result, error);

  import = g_task_get_task_data (G_TASK (result));
  if (id > 0 && left_out != NULL)
    *left_out = import->left_out ? g_strdupv (import->left_out) : g_new0 (char *, 1);
  return id;
}
