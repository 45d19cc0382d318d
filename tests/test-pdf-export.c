/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "lc-pdf-export.h"
#include "lc-test-ui.h"
#include "lc-test-util.h"

/*
 * The background writing of every export (lc-pdf-export.c): the file the
 * user chose is replaced only once the document is whole; Cancel pressed
 * while it is being written, or a failure, leaves the chosen file as it
 * was and nothing else in its folder.
 */

typedef enum { FINISH, CANCEL_MEANWHILE, FAIL } Outcome;

typedef struct
{
  Outcome       outcome;
  GCancellable *cancellable;
} Plan;

static gboolean
write_new (LcStore           *store,
           gconstpointer      data,
           const char        *path,
           LcAgendaLanguage   language,
           LcDigits           digits,
           LcPaper            paper,
           GCancellable      *cancellable,
           LcExportProgressFunc progress,
           gpointer           progress_data,
           GError           **error)
{
  const Plan *plan = data;

  if (!g_file_set_contents (path, "new", -1, error))
    return FALSE;
  /* The person presses Cancel while the document is being written. */
  if (plan->outcome == CANCEL_MEANWHILE)
    g_cancellable_cancel (plan->cancellable);
  if (plan->outcome == FAIL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "The disk is full.");
      return FALSE;
    }
  return TRUE;
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GError **error = user_data;

  if (!lc_pdf_export_write_finish (result, error) && *error == NULL)
    g_assert_not_reached ();
  if (*error == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "done");   /* marks "finished" */
}

/* The names in @dir, sorted, joined by spaces. */
static char *
listing (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_outcome (gconstpointer data)
{
  Outcome outcome = GPOINTER_TO_INT (data);
  g_autofree char *tmp = lc_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (tmp, "library.db", NULL);
  g_autofree char *out_dir = g_build_filename (tmp, "out", NULL);
  g_autofree char *out = g_build_filename (out_dir, "report.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (db, &error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Plan *plan = g_new0 (Plan, 1);

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir (out_dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (out, "old", -1, NULL));

  plan->outcome = outcome;
  plan->cancellable = cancellable;
  lc_pdf_export_write_async (store, write_new, plan, g_free, out, LC_AGENDA_LANGUAGE_ENGLISH, LC_PAPER_A4,
                             cancellable, on_done, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  names = listing (out_dir);
  g_assert_cmpstr (names, ==, "report.pdf");
  switch (outcome)
    {
    case FINISH:
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
      g_assert_cmpstr (contents, ==, "new");
      break;
    case CANCEL_MEANWHILE:
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpstr (contents, ==, "old");
      break;
    case FAIL:
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
      g_assert_cmpstr (contents, ==, "old");
      break;
    }
  g_clear_object (&store);
  lc_test_remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  lc_test_ui_init (&argc, &argv);

  g_test_add_data_func ("/pdf-export/finished", GINT_TO_POINTER (FINISH), test_outcome);
  g_test_add_data_func ("/pdf-export/cancelled", GINT_TO_POINTER (CANCEL_MEANWHILE), test_outcome);
  g_test_add_data_func ("/pdf-export/failed", GINT_TO_POINTER (FAIL), test_outcome);
  return g_test_run ();
}
