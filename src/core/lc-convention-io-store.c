/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-convention-io-private.h"
#include "lc-error.h"
#include "lc-store-private.h"

/* The records a convention file's reader made, stored in one transaction.
 *
 * On one processor (or with LC_IMPORT_THREADS=1) the whole file is read,
 * then stored. On more (or with LC_IMPORT_THREADS=2), a second thread
 * reads the agenda's sections while this one stores the records it has
 * finished, and this thread reads the declarations and the report once the
 * agenda is read: storing is most of an import's time, and reading it all
 * first made a 10,000-item file wait 0.3 s more (issue 17). Either way the library gets the same rows, and a
 * file is judged as before: a mistake anywhere in it is the error, and
 * nothing is written; a failure of the store only counts when the file
 * reads whole. */

/* Records handed over at a time: a lock and a wake-up for each person
 * would cost more than storing them beside the reading saves. */
#define PIPE_BATCH 256

/* lc_io_set_import_threads () */
static gint import_threads;

typedef struct
{
  LcReader   *reader;
  JsonObject *root;
  GMutex      lock;
  GCond       cond;
  GPtrArray  *queue;    /* LcPending*, finished, for the storing thread; under lock */
  gboolean    done;     /* the reading thread has stopped; under lock */
  gboolean    read;     /* whether the agenda is readable; set before done */
  GError     *error;    /* why not; set before done */
  guint       handed;   /* reader->pending[0, handed) are queued; the reading thread's */
} LcIoPipe;

/* Stores @n records; their references are filled in from the records they
 * point at, which are stored before them. */
static gboolean
store_range (LcStore     *store,
             LcPending  **pending,
             guint        n,
             GError     **error)
{
  for (guint i = 0; i < n; i++)
    {
      for (guint r = 0; r < pending[i]->n_refs; r++)
        lc_record_set_int (pending[i]->record, pending[i]->refs[r].property,
                           lc_record_get_id (pending[i]->refs[r].target));

      /* The record keeps the file's identity, so that it is the same
       * record in every library the file is imported into; unless this
       * library already has a record with it (the same file imported
       * again), when it gets one of its own. */
      if (!lc_store_insert_as (store, pending[i]->record, pending[i]->uid, error))
        return FALSE;
    }
  return TRUE;
}

/* What is stored after the records: the declarations' versions are frozen
 * from the stored clauses, and the working texts can only be checked once
 * everything is in. Rolls back on failure; @invalid says whether the file
 * is to blame. */
static gboolean
store_end (LcReader  *reader,
           LcStore   *store,
           gboolean  *invalid,
           GError   **error)
{
  g_autoptr(GError) local_error = NULL;

  *invalid = FALSE;
  if (!lc_io_restore_declarations (reader, store, &local_error))
    {
      *invalid = g_error_matches (local_error, LC_ERROR, LC_ERROR_INVALID_FILE);
      lc_store_rollback (store);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  /* A failed commit rolls back by itself. */
  return lc_store_commit (store, error);
}

static gint64
failed (LcReader  *reader,
        GError   **error)
{
  /* Translators: %s is the name of a convention file; the reason follows */
  g_prefix_error (error, _("%s could not be imported: "), reader->source);
  return 0;
}

static gint64
read_then_store (LcReader    *reader,
                 JsonObject  *root,
                 LcStore     *store,
                 GError     **error)
{
  gboolean invalid;

  if (!lc_io_read_sections (reader, root, LC_IO_SECTIONS_AGENDA, error)
      || !lc_io_read_sections (reader, root, LC_IO_SECTIONS_LATER, error))
    return 0;

  if (!lc_store_begin (store, error))
    return failed (reader, error);
  if (!lc_io_store_report_images (reader, store, error)
      || !store_range (store, (LcPending **) reader->pending->pdata, reader->pending->len, error))
    {
      lc_store_rollback (store);
      return failed (reader, error);
    }
  if (!store_end (reader, store, &invalid, error))
    /* A file that is wrong already names itself and the place. */
    return invalid ? 0 : failed (reader, error);

  return lc_record_get_id (reader->convention);
}

/* The reading thread: what it has finished, to the queue. */
static void
pipe_hand (LcIoPipe *pipe,
           gboolean  all)
{
  GPtrArray *pending = pipe->reader->pending;

  if (pending->len == pipe->handed || (!all && pending->len - pipe->handed < PIPE_BATCH))
    return;

  g_mutex_lock (&pipe->lock);
  for (; pipe->handed < pending->len; pipe->handed++)
    g_ptr_array_add (pipe->queue, g_ptr_array_index (pending, pipe->handed));
  g_cond_signal (&pipe->cond);
  g_mutex_unlock (&pipe->lock);
}

static void
pipe_finished (gpointer reader,
               gboolean all)
{
  pipe_hand (((LcReader *) reader)->finished_data, all);
}

static gpointer
pipe_read (gpointer data)
{
  LcIoPipe *pipe = data;
  GError *error = NULL;
  gboolean read = lc_io_read_sections (pipe->reader, pipe->root, LC_IO_SECTIONS_AGENDA, &error);

  if (read)
    pipe_hand (pipe, TRUE);
  g_mutex_lock (&pipe->lock);
  pipe->read = read;
  pipe->error = error;
  pipe->done = TRUE;
  g_cond_signal (&pipe->cond);
  g_mutex_unlock (&pipe->lock);

  return NULL;
}

static gint64
read_while_storing (LcReader    *reader,
                    JsonObject  *root,
                    LcStore     *store,
                    GError     **error)
{
  LcIoPipe pipe = { reader, root };
  g_autoptr(GError) store_error = NULL;
  gboolean began, stored, done = FALSE, invalid;
  GThread *thread;
  guint agenda;

  g_mutex_init (&pipe.lock);
  g_cond_init (&pipe.cond);
  pipe.queue = g_ptr_array_new ();
  reader->finished = pipe_finished;
  reader->finished_data = &pipe;
  thread = g_thread_new ("lc-import-read", pipe_read, &pipe);

  began = stored = lc_store_begin (store, &store_error);
  while (!done)
    {
      g_autoptr(GPtrArray) batch = NULL;

      g_mutex_lock (&pipe.lock);
      while (pipe.queue->len == 0 && !pipe.done)
        g_cond_wait (&pipe.cond, &pipe.lock);
      batch = g_steal_pointer (&pipe.queue);
      pipe.queue = g_ptr_array_new ();
      done = pipe.done;
      g_mutex_unlock (&pipe.lock);

      /* After a failure the rest is only read, for a mistake in the file,
       * which is the error to give if there is one. */
      if (stored)
        stored = store_range (store, (LcPending **) batch->pdata, batch->len, &store_error);
    }
  g_thread_join (thread);
  reader->finished = NULL;
  reader->finished_data = NULL;
  reader->finishing = FALSE;
  g_ptr_array_unref (pipe.queue);
  g_mutex_clear (&pipe.lock);
  g_cond_clear (&pipe.cond);

  agenda = reader->pending->len;
  if (!pipe.read || !lc_io_read_sections (reader, root, LC_IO_SECTIONS_LATER, error))
    {
      if (began)
        lc_store_rollback (store);
      if (!pipe.read)
        g_propagate_error (error, pipe.error);
      return 0;
    }
  if (stored)
    stored = lc_io_store_report_images (reader, store, &store_error)
             && store_range (store, (LcPending **) reader->pending->pdata + agenda,
                             reader->pending->len - agenda, &store_error);
  if (!stored)
    {
      if (began)
        lc_store_rollback (store);
      g_propagate_error (error, g_steal_pointer (&store_error));
      return failed (reader, error);
    }
  if (!store_end (reader, store, &invalid, error))
    return invalid ? 0 : failed (reader, error);

  return lc_record_get_id (reader->convention);
}

/**
 * lc_io_set_import_threads:
 * @threads: 1 to read a file whole before storing it, 2 to read its
 *   agenda beside the storing, 0 to choose by the processors and
 *   LC_IMPORT_THREADS again
 *
 * For the tests, which compare the two ways within one process (where
 * changing the environment is not safe once threads have run).
 */
void
lc_io_set_import_threads (guint threads)
{
  g_atomic_int_set (&import_threads, (gint) MIN (threads, 2));
}

/**
 * lc_io_read_and_store:
 * @reader: a reader that has checked the file's header
 * @root: the file's object
 * @store: where the records go
 * @error: where a reason is put
 *
 * Reads every section of the file and stores the records in one
 * transaction, with a page cache that holds the library being written:
 * with SQLite's default of 2 MB, a 10,000-item import (a library of 16 MB)
 * wrote pages out to the WAL before the commit and read them back, 69,000
 * reads and 38,000 writes of pages against 3,900 and 15,500 (issue 17). The
 * library's own size is restored afterwards, for a window that keeps its
 * connection. A file that cannot be read gives its reader's error, which
 * names the place; a failure of the store is prefixed with the file's
 * name.
 *
 * Returns: the id of the convention stored, or 0 with @error set
 */
gint64
lc_io_read_and_store (LcReader    *reader,
                      JsonObject  *root,
                      LcStore     *store,
                      GError     **error)
{
  const char *variable = g_getenv ("LC_IMPORT_THREADS");
  gint threads = g_atomic_int_get (&import_threads);
  gint64 cache_size = 0, id;
  /* A library that refuses is only slower, so its answer is not asked. */
  gboolean sized = lc_store_query_int (store, "PRAGMA cache_size", &cache_size, NULL)
                   && lc_store_exec (store, "PRAGMA cache_size = -65536", NULL);

  /* SQLite keeps what it needs to undo a statement or a savepoint of a
   * large transaction in a temporary file unless told to keep it in
   * memory: written and read back, 0.1 s of a 10,000-item import (issue 17). */
  lc_store_exec (store, "PRAGMA temp_store = MEMORY", NULL);

  if (threads == 0)
    threads = variable != NULL ? (g_str_equal (variable, "1") ? 1 : 2) : MIN (g_get_num_processors (), 2);
  if (threads > 1)
    id = read_while_storing (reader, root, store, error);
  else
    id = read_then_store (reader, root, store, error);

  if (sized)
    {
      /* A number SQLite gave, not text from anywhere else. */
      g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, cache_size);

      lc_store_exec (store, sql, NULL);
    }
  return id;
}
