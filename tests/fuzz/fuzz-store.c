/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "fuzz-common.h"
#include "lc-convention-io.h"

/* One library for the whole run: each input works inside a transaction
 * that is rolled back, so every input meets the same library and a run of
 * millions of inputs does not grow it. */

static gint64
add_named (LcStore    *store,
           GType       type,
           gint64      convention_id,
           const char *arabic,
           const char *english)
{
  g_autoptr(LcRecord) record = g_object_new (type, NULL);

  lc_record_set_int (record, "convention-id", convention_id);
  lc_record_set_text (record, "name", arabic, english);
  if (!lc_store_insert (store, record, NULL))
    g_error ("could not set up the fuzzing library");

  return lc_record_get_id (record);
}

static char *library_dir;

static void
remove_library (void)
{
  const char *names[] = { "library.db", "library.db-wal", "library.db-shm", "agenda.pdf", "declaration.pdf" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (library_dir, names[i], NULL);

      g_unlink (path);
    }
  g_rmdir (library_dir);
}

/* A warning or a critical is a finding: abort (), whose input libFuzzer
 * keeps, where G_DEBUG=fatal-criticals would raise a SIGTRAP it does not. */
static GLogWriterOutput
write_log (GLogLevelFlags   level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_autofree char *line = g_log_writer_format_fields (level, fields, n_fields, FALSE);

      g_printerr ("%s\n", line);
      abort ();
    }

  return G_LOG_WRITER_HANDLED;
}

/* The folder of the library, where targets may write their files. */
const char *
fuzz_dir (void)
{
  gint64 unused;

  fuzz_store (&unused);
  return library_dir;
}

LcStore *
fuzz_store (gint64 *convention_id)
{
  static LcStore *store;
  static gint64 convention;

  if (store == NULL)
    {
      g_autoptr(LcRecord) record = g_object_new (LC_TYPE_CONVENTION, NULL);
      g_autofree char *path = NULL;

      g_log_set_writer_func (write_log, NULL, NULL);
      library_dir = g_dir_make_tmp ("lc-fuzz-XXXXXX", NULL);
      if (library_dir == NULL)
        g_error ("no temporary folder for the fuzzing library");
      path = g_build_filename (library_dir, "library.db", NULL);
      atexit (remove_library);

      store = lc_store_open (path, NULL);
      if (store == NULL)
        g_error ("could not open the fuzzing library");

      lc_record_set_text (record, "title", "ملتقى", "Convention");
      lc_record_set_string (record, "start-date", "2023-05-10");
      lc_record_set_string (record, "end-date", "2023-05-11");
      lc_record_set_string (record, "time-zone", "Asia/Riyadh");
      if (!lc_store_insert (store, record, NULL))
        g_error ("could not set up the fuzzing library");
      convention = lc_record_get_id (record);
      /* A known identity, so that inputs can name this convention and
       * reach the update's planning (fuzz-convention.c). */
      {
        gboolean taken = FALSE;

        if (!lc_store_take_uid (store, LC_TYPE_CONVENTION, convention, FUZZ_CONVENTION_UID, &taken, NULL) || !taken)
          g_error ("could not set up the fuzzing library");
      }

      add_named (store, LC_TYPE_PERSON, convention, "سماح شلبي", "Samah Shalaby");
      add_named (store, LC_TYPE_PERSON, convention, "", "Ali Hassan");
      add_named (store, LC_TYPE_PERSON, convention, "", "Ali Hassan");
      add_named (store, LC_TYPE_CITY, convention, "أسوان", "Aswan");
    }

  *convention_id = convention;
  return store;
}

/* Imports @data inside a transaction that is rolled back, so every input
 * meets the same library; an accepted file goes to @check, a refused one
 * must say why. */
void
fuzz_import (const uint8_t *data,
             size_t         size,
             FuzzCheck      check)
{
  gint64 unused;
  LcStore *store = fuzz_store (&unused);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!lc_store_begin (store, NULL))
    g_error ("could not begin");

  id = lc_convention_import_data (store, (const char *) data, size, "fuzz.json", &error);
  if (id > 0)
    check (store, id);
  else
    /* A refusal always says why. */
    g_assert (error != NULL && error->message != NULL && *error->message != '\0');

  lc_store_rollback (store);
}

/* A spreadsheet of speakers or cities planned, described and applied,
 * rolled back. Returns the plan, or NULL when the file was refused. */
LcImportPlan *
fuzz_import_rows (LcCsvImportKind  kind,
                  const char      *data,
                  size_t           size,
                  const char      *source_name)
{
  gint64 convention;
  LcStore *store = fuzz_store (&convention);
  g_autoptr(LcImportPlan) plan = NULL;
  g_autofree char *report = NULL;

  plan = lc_import_plan_new_for_data (store, convention, kind, data, size, source_name,
                                      NULL, NULL, NULL, NULL);
  if (plan == NULL)
    return NULL;

  report = lc_import_plan_format_report (plan);
  g_assert (g_utf8_validate (report, -1, NULL));

  /* An asked column, answered with the meaning the file suggests, by its
   * number and by its header: the plan then has no question left. */
  if (lc_import_plan_get_n_ambiguous (plan) > 0)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) choices = NULL;

      for (guint i = 0; i < lc_import_plan_get_n_columns (plan); i++)
        if (lc_import_plan_get_column_certainty (plan, i) == LC_COLUMN_AMBIGUOUS)
          {
            const char *likely = lc_import_plan_get_column_likely (plan, i);
            g_autofree char *by_number = g_strdup_printf ("%u=%s", i + 1, likely);
            g_autofree char *by_header = g_strdup_printf ("%s=%s", lc_import_plan_get_column_header (plan, i),
                                                          likely);

            g_strv_builder_add (builder, i % 2 ? by_number : by_header);
          }
      choices = g_strv_builder_end (builder);
      g_clear_pointer (&plan, lc_import_plan_unref);
      plan = lc_import_plan_new_for_data_full (store, convention, kind, data, size, source_name,
                                               (const char * const *) choices, NULL, NULL, NULL, NULL);
      /* Two columns may now fill one field: refused, saying so. */
      if (plan == NULL)
        return NULL;
      g_assert (lc_import_plan_get_n_ambiguous (plan) == 0);
    }

  if (!lc_store_begin (store, NULL))
    g_error ("could not begin");
  lc_import_plan_apply (plan, store, NULL, NULL, NULL, NULL);
  lc_store_rollback (store);
  return g_steal_pointer (&plan);
}
