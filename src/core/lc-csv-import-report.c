/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-csv-import-private.h"

/* Reading a plan: its rows, counts and messages, and the report the
 * command line prints. */

LcCsvImportKind
lc_import_plan_get_kind (LcImportPlan *self)
{
  return self->kind;
}

gint64
lc_import_plan_get_convention_id (LcImportPlan *self)
{
  return self->convention_id;
}

/**
 * lc_import_plan_get_source:
 * @self: a plan
 *
 * Returns: the file's display name
 */
const char *
lc_import_plan_get_source (LcImportPlan *self)
{
  return self->source;
}

/**
 * lc_import_plan_get_encoding:
 * @self: a plan
 *
 * Returns: the encoding the file was read in; a window shows it beside the
 *   rows, so that a wrong guess is seen before anything is written
 */
LcCsvEncoding
lc_import_plan_get_encoding (LcImportPlan *self)
{
  return self->encoding;
}

/**
 * lc_import_plan_get_origin:
 * @self: a plan
 *
 * Returns: (nullable): for a workbook (.xlsx, .ods), a sentence saying
 *   which kind and which of its sheets was read (lc_sheet_reader_describe());
 *   %NULL for a text file
 */
const char *
lc_import_plan_get_origin (LcImportPlan *self)
{
  return self->origin;
}

/**
 * lc_import_plan_get_n_rows:
 * @self: a plan
 *
 * Returns: the number of data rows (blank rows are not counted)
 */
guint
lc_import_plan_get_n_rows (LcImportPlan *self)
{
  return self->rows->len;
}

/**
 * lc_import_plan_get_row:
 * @self: a plan
 * @index: from 0 to lc_import_plan_get_n_rows() - 1, in the file's order
 *
 * Returns: (transfer none): the row
 */
const LcImportRow *
lc_import_plan_get_row (LcImportPlan *self,
                        guint         index)
{
  g_return_val_if_fail (index < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, index);
}

/**
 * lc_import_plan_count:
 * @self: a plan
 * @action: an action
 *
 * Returns: how many rows the plan gives that action
 */
guint
lc_import_plan_count (LcImportPlan   *self,
                      LcImportAction  action)
{
  guint n = 0;

  for (guint i = 0; i < self->rows->len; i++)
    if (((LcImportRow *) g_ptr_array_index (self->rows, i))->action == action)
      n++;

  return n;
}

/**
 * lc_import_plan_can_apply:
 * @self: a plan
 *
 * Returns: %TRUE when no row is rejected and no column waits for the user
 *   to say what it means
 */
gboolean
lc_import_plan_can_apply (LcImportPlan *self)
{
  return lc_import_plan_count (self, LC_IMPORT_ROW_REJECTED) == 0 && lc_import_plan_get_n_ambiguous (self) == 0;
}

/**
 * lc_import_plan_get_unknown_columns:
 * @self: a plan
 *
 * Returns: (transfer none) (array zero-terminated=1): the headers of the
 *   columns that are not understood and are ignored
 */
const char * const *
lc_import_plan_get_unknown_columns (LcImportPlan *self)
{
  return (const char * const *) self->unknown;
}

/**
 * lc_import_plan_get_n_messages:
 * @self: a plan
 *
 * Returns: the number of warnings
 */
guint
lc_import_plan_get_n_messages (LcImportPlan *self)
{
  return self->messages->len;
}

/**
 * lc_import_plan_get_message:
 * @self: a plan
 * @index: from 0 to lc_import_plan_get_n_messages() - 1
 *
 * Returns: (transfer none): a warning that does not stop the import
 */
const LcImportMessage *
lc_import_plan_get_message (LcImportPlan *self,
                            guint         index)
{
  g_return_val_if_fail (index < self->messages->len, NULL);

  return g_ptr_array_index (self->messages, index);
}

/* The rows of one action with their reasons; past the first few rows with
 * the same reason, one line counts the rest. */
static void
report_rows (LcImportPlan   *self,
             GString        *report,
             LcImportAction  action)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint more = 0, last_line = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      LcImportRow *row = g_ptr_array_index (self->rows, i);
      /* Merged rows differ only by the line they repeat. */
      const char *kind = action == LC_IMPORT_ROW_MERGED ? "" : row->reason;
      guint n;

      if (row->action != action)
        continue;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (seen, kind)) + 1;
      g_hash_table_insert (seen, (gpointer) kind, GUINT_TO_POINTER (n));
      if (n > MAX_SAME_WARNINGS)
        {
          more++;
          last_line = row->line;
          continue;
        }
      g_string_append_printf (report, _("  line %u: %s\n"), row->line, row->reason);
    }

  if (more > 0)
    {
      g_string_append (report, "  ");
      g_string_append_printf (report, g_dngettext (GETTEXT_PACKAGE,
                                                   "…and %u more row like those above, up to line %u",
                                                   "…and %u more rows like those above, up to line %u",
                                                   more),
                              more, last_line);
      g_string_append_c (report, '\n');
    }
}

/**
 * lc_import_plan_format_report:
 * @self: a plan
 *
 * Describes the plan as the command line prints it: the counts, the unknown
 * columns, the updates with the columns they change, every rejected row with
 * its line and reason, and the warnings.
 *
 * Returns: (transfer full): the report, lines ending in '\n'
 */
char *
lc_import_plan_format_report (LcImportPlan *self)
{
  GString *report = g_string_new (NULL);
  guint n_add = lc_import_plan_count (self, LC_IMPORT_ROW_ADD);
  guint n_update = lc_import_plan_count (self, LC_IMPORT_ROW_UPDATE);
  guint n_same = lc_import_plan_count (self, LC_IMPORT_ROW_UNCHANGED);
  guint n_merged = lc_import_plan_count (self, LC_IMPORT_ROW_MERGED);
  guint n_rejected = lc_import_plan_count (self, LC_IMPORT_ROW_REJECTED);
  char *parts[5];
  g_autofree char *counts = NULL;

  parts[0] = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row to add", "%u rows to add", n_add), n_add);
  parts[1] = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u to update", "%u to update", n_update), n_update);
  parts[2] = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u unchanged", "%u unchanged", n_same), n_same);
  parts[3] = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u merged", "%u merged", n_merged), n_merged);
  parts[4] = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u rejected", "%u rejected", n_rejected), n_rejected);
  /* Translators: the separator between the counts of an import */
  counts = g_strjoin (_(", "), parts[0], parts[1], parts[2], parts[3], parts[4], NULL);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_free (parts[i]);
  g_string_append_printf (report, "%s: %s\n", self->source, counts);
  if (self->origin != NULL)
    g_string_append_printf (report, "%s\n", self->origin);
  if (self->encoding != LC_CSV_ENCODING_UTF8)
    {
      /* Translators: %s is an encoding, such as “Windows-1256 (Arabic)” */
      g_string_append_printf (report, _("Read as %s."), lc_csv_encoding_get_name (self->encoding));
      g_string_append_c (report, '\n');
    }

  if (self->unknown[0] != NULL)
    {
      g_autofree char *list = g_strjoinv ("”, “", self->unknown);

      g_string_append_printf (report, _("Unknown columns, ignored: “%s”"), list);
      g_string_append_c (report, '\n');
    }

  if (n_update > 0)
    {
      g_string_append_printf (report, "%s\n", _("To update:"));
      for (guint i = 0; i < self->rows->len; i++)
        {
          LcImportRow *row = g_ptr_array_index (self->rows, i);

          if (row->action == LC_IMPORT_ROW_UPDATE)
            g_string_append_printf (report, _("  line %u: %s (%s)\n"), row->line, row->label, row->changed);
        }
    }

  if (n_rejected > 0)
    {
      g_string_append_printf (report, "%s\n", _("Rejected rows:"));
      report_rows (self, report, LC_IMPORT_ROW_REJECTED);
    }

  if (self->messages->len > 0 || n_merged > 0)
    {
      g_string_append_printf (report, "%s\n", _("Warnings:"));
      report_rows (self, report, LC_IMPORT_ROW_MERGED);
      for (guint i = 0; i < self->messages->len; i++)
        {
          LcImportMessage *message = g_ptr_array_index (self->messages, i);

          if (message->column != NULL)
            g_string_append_printf (report, _("  line %u, column “%s”: %s\n"),
                                    message->line, message->column, message->text);
          else
            g_string_append_printf (report, _("  line %u: %s\n"), message->line, message->text);
        }
    }

  return g_string_free (report, FALSE);
}
