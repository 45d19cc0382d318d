/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-csv-import-private.h"
#include "lc-csv.h"
#include "lc-error.h"

/* Importing speakers or cities from a spreadsheet is done in two steps, so a
 * window can show what will happen before anything is written:
 *
 *   1. lc_import_plan_new_for_*() reads and checks every row and matches it
 *      against the library: rows to add, rows to update, rejected rows with
 *      their line and reason, unknown columns, warnings. Nothing is written.
 *   2. lc_import_plan_apply() writes the plan in one transaction, after
 *      matching the rows again inside it: if the library changed since the
 *      plan was made, nothing is written and the caller must plan again.
 *
 * Both steps can run in a worker thread, can be cancelled, and report
 * progress. See "Spreadsheets" in README.md for the accepted headers. */

G_DEFINE_BOXED_TYPE (LcImportPlan, lc_import_plan, lc_import_plan_ref, lc_import_plan_unref)

static void
add_message (LcImportPlan *self,
             guint         line,
             const char   *column,
             char         *text)
{
  g_autofree char *key = g_strconcat (column ? column : "", "\n", text, NULL);
  Repeat *repeat = g_hash_table_lookup (self->repeats, key);
  LcImportMessage *message;

  /* 3.5 million identical rows printed 3.5 million warnings: list the first
   * few of a kind, count the rest. */
  if (repeat == NULL)
    {
      repeat = g_new0 (Repeat, 1);
      g_hash_table_insert (self->repeats, g_steal_pointer (&key), repeat);
    }
  if (++repeat->count > MAX_SAME_WARNINGS)
    {
      if (repeat->first_line == 0)
        repeat->first_line = line;
      repeat->last_line = line;
      g_free (text);
      return;
    }

  message = g_new0 (LcImportMessage, 1);
  message->line = line;
  message->column = g_strdup (column);
  message->text = text;
  g_ptr_array_add (self->messages, message);
}

static int
compare_messages (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const LcImportMessage *x = *(LcImportMessage **) a, *y = *(LcImportMessage **) b;

  return (x->line > y->line) - (x->line < y->line);
}

static void
message_free (gpointer data)
{
  LcImportMessage *message = data;

  g_free (message->column);
  g_free (message->text);
  g_free (message);
}

static void
parsed_row_free (gpointer data)
{
  ParsedRow *row = data;

  for (guint f = 0; f < MAX_FIELDS; f++)
    {
      g_free (row->values[f][SLOT_AR]);
      g_free (row->values[f][SLOT_EN]);
    }
  for (int p = PART_GIVEN; p <= PART_FAMILY; p++)
    {
      g_free (row->parts[p][SLOT_AR]);
      g_free (row->parts[p][SLOT_EN]);
    }
  g_free (row->reject);
  g_free (row);
}

void
lc_csv_import_row_free (gpointer data)
{
  LcImportRow *row = data;

  g_free (row->label);
  g_free (row->reason);
  g_free (row->changed);
  g_free (row);
}

void
lc_csv_import_unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
column_free (gpointer data)
{
  Column *column = data;

  g_free (column->header);
  g_free (column->meaning);
  g_free (column);
}

/* Checks one non-empty cell for what a single-line text may not hold. */
static char *
clean_cell (LcImportPlan  *self,
            guint          line,
            const Field   *field,
            const char    *header,
            char          *cell,
            char         **reason)
{
  glong n_chars = g_utf8_strlen (cell, -1);
  gboolean breaks = FALSE;

  if (n_chars > MAX_CELL_CHARS)
    {
      *reason = g_strdup_printf (_("column “%s”: the cell holds %ld characters; at most %d are accepted"),
                                 header, n_chars, MAX_CELL_CHARS);
      g_free (cell);
      return NULL;
    }

  for (const char *p = cell; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\r' || c == '\t')
        breaks = TRUE;
      else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
        {
          *reason = g_strdup_printf (_("column “%s”: the cell holds the control character U+%04X"),
                                     header, c);
          g_free (cell);
          return NULL;
        }
    }

  if (breaks)
    {
      g_autoptr(GRegex) regex = g_regex_new ("\\s*[\\n\\t]\\s*", G_REGEX_OPTIMIZE, 0, NULL);
      char *joined = g_regex_replace_literal (regex, cell, -1, 0, " ", 0, NULL);

      add_message (self, line, header,
                   g_strdup (_("the line breaks in the cell were replaced by spaces")));
      g_free (cell);
      cell = joined;
    }

  /* A spreadsheet would run such a cell as a formula if it were exported
   * again carelessly; here it is only text, but the organiser should know. */
  if ((field->type == F_TEXT || field->type == F_CITY) && strchr ("=+-@", cell[0]) != NULL)
    add_message (self, line, header,
                 g_strdup_printf (_("the cell starts with “%c” like a spreadsheet formula; "
                                    "it is kept as text"), cell[0]));

  return cell;
}

static gboolean
same_value (const Field *field,
            int          index,
            const char  *a,
            const char  *b)
{
  /* Names and city references compare as keys; other values exactly. */
  if (index == 0 || field->type == F_CITY)
    {
      g_autofree char *ka = lc_csv_import_normalize_key (a, FALSE);
      g_autofree char *kb = lc_csv_import_normalize_key (b, FALSE);

      return g_str_equal (ka, kb);
    }

  return g_str_equal (a, b);
}

const char *
lc_csv_import_column_header (LcImportPlan *self,
                             int           column)
{
  return ((Column *) g_ptr_array_index (self->columns, column))->header;
}

/* One warning for all the rows of a kind past the first few. */
static void
count_repeats (LcImportPlan *self)
{
  g_autoptr(GPtrArray) summaries = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->repeats);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (((Repeat *) value)->count > MAX_SAME_WARNINGS)
      g_ptr_array_add (summaries, key);

  for (guint i = 0; i < summaries->len; i++)
    {
      const char *kind = g_ptr_array_index (summaries, i);
      Repeat *repeat = g_hash_table_lookup (self->repeats, kind);
      guint more = repeat->count - MAX_SAME_WARNINGS;
      const char *newline = strchr (kind, '\n');
      g_autofree char *column = g_strndup (kind, newline - kind);

      /* Adding may add to the table: read the repeat first. */
      add_message (self, repeat->first_line, *column ? column : NULL,
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "%s (and %u more row like this, up to line %u)",
                                                 "%s (and %u more rows like this, up to line %u)",
                                                 more),
                                    newline + 1, more, repeat->last_line));
    }

  /* In the file's order, the counts after the rows they count. */
  g_ptr_array_sort_with_data (self->messages, compare_messages, NULL);
}

/* Reads one record into a row; returns NULL for a blank one. */
static ParsedRow *
parse_row (LcImportPlan *self,
           GStrv         cells,
           guint         line)
{
  guint n_fields, n_cells = g_strv_length (cells);
  const Field *fields = lc_csv_import_fields_for (self->kind, &n_fields);
  g_autoptr(GPtrArray) trimmed = g_ptr_array_new_with_free_func (g_free);
  ParsedRow *row;
  gboolean blank = TRUE, extra = FALSE;

  for (guint i = 0; i < n_cells; i++)
    {
      char *cell = lc_csv_import_trim_cell (cells[i]);

      g_ptr_array_add (trimmed, cell);
      if (*cell == '\0')
        continue;
      blank = FALSE;
      if (i >= self->columns->len)
        extra = TRUE;
      else
        ((Column *) g_ptr_array_index (self->columns, i))->had_content = TRUE;
    }

  if (blank)
    return NULL;

  row = g_new0 (ParsedRow, 1);
  row->line = line;
  row->leader = -1;

  if (extra)
    {
      row->reject = g_strdup_printf (_("the row has %u cells but the header names %u columns; "
                                       "a cell with a comma or semicolon must be quoted"),
                                     n_cells, self->columns->len);
      return row;
    }

  /* What an ambiguous column holds is counted in every row, before a bad
   * cell ends the row: whether it holds only honorifics must not depend on
   * what the other columns were taken to mean. */
  for (guint i = 0; i < MIN (n_cells, self->columns->len); i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);

      if (column->certainty == LC_COLUMN_AMBIGUOUS && *(char *) g_ptr_array_index (trimmed, i) != '\0')
        lc_csv_import_count_ambiguous_cell (column, g_ptr_array_index (trimmed, i));
    }

  /* Cells past the header's columns are all empty here. */
  for (guint i = 0; i < MIN (n_cells, self->columns->len); i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);
      const Field *field;
      char *cell, *value;
      int slot;

      if (*(char *) g_ptr_array_index (trimmed, i) == '\0')
        continue;
      if (column->field == MEANING_IGNORE)
        continue;

      if (column->field < 0)
        {
          /* A given or family name: checked as the name is, joined below. */
          int part = column->field == MEANING_GIVEN ? PART_GIVEN : PART_FAMILY;

          cell = clean_cell (self, line, &fields[0], column->header,
                             g_strdup (g_ptr_array_index (trimmed, i)), &row->reject);
          if (cell == NULL)
            return row;
          slot = column->slot == SLOT_AUTO ? (lc_csv_import_has_arabic (cell) ? SLOT_AR : SLOT_EN) : column->slot;
          if (row->parts[part][slot] == NULL)
            {
              row->parts[part][slot] = cell;
              row->part_source[part][slot] = i;
            }
          else
            g_free (cell);
          continue;
        }

      field = &fields[column->field];
      cell = clean_cell (self, line, field, column->header,
                         g_strdup (g_ptr_array_index (trimmed, i)), &row->reject);
      if (cell == NULL)
        return row;
      value = lc_csv_import_canonical_value (self->kind, field, cell, column->header, &row->reject);
      slot = column->slot == SLOT_AUTO ? (lc_csv_import_has_arabic (cell) ? SLOT_AR : SLOT_EN) : column->slot;
      g_free (cell);
      if (value == NULL)
        return row;

      if (row->values[column->field][slot] != NULL)
        {
          int other = row->source[column->field][slot];

          if (!same_value (field, column->field, row->values[column->field][slot], value))
            {
              row->reject = g_strdup_printf (_("columns “%s” and “%s” give two different values "
                                               "for the same field"),
                                             lc_csv_import_column_header (self, other), column->header);
              g_free (value);
              return row;
            }
          g_free (value);
          continue;
        }

      row->values[column->field][slot] = value;
      row->source[column->field][slot] = i;
    }

  lc_csv_import_join_name (row);
  if (row->values[0][SLOT_AR] == NULL && row->values[0][SLOT_EN] == NULL)
    row->reject = g_strdup (_("the row has no name, neither in Arabic nor in English"));

  return row;
}

char *
lc_csv_import_row_key (ParsedRow *row,
                       int        slot)
{
  return row->values[0][slot] ? lc_csv_import_normalize_key (row->values[0][slot], FALSE) : NULL;
}

/* Rows of one file that name the same person (or city) are one record: a
 * later row whose cells agree with the earlier one (an empty cell agrees
 * with anything) is merged into it; one that contradicts it is rejected. */
static void
merge_duplicates (LcImportPlan *self)
{
  guint n_fields;
  const Field *fields = lc_csv_import_fields_for (self->kind, &n_fields);
  g_autoptr(GHashTable) seen_ar = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seen_en = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint r = 0; r < self->parsed->len; r++)
    {
      ParsedRow *row = g_ptr_array_index (self->parsed, r);
      char *key_ar, *key_en;
      int by_ar, by_en, leader_index;
      ParsedRow *leader;

      if (row->reject != NULL)
        continue;

      key_ar = lc_csv_import_row_key (row, SLOT_AR);
      key_en = lc_csv_import_row_key (row, SLOT_EN);
      by_ar = key_ar ? GPOINTER_TO_INT (g_hash_table_lookup (seen_ar, key_ar)) - 1 : -1;
      by_en = key_en ? GPOINTER_TO_INT (g_hash_table_lookup (seen_en, key_en)) - 1 : -1;

      if (by_ar >= 0 && by_en >= 0 && by_ar != by_en)
        {
          row->reject = g_strdup_printf (_("the Arabic name repeats line %u and the English name "
                                           "repeats line %u, which are two different rows"),
                                         ((ParsedRow *) g_ptr_array_index (self->parsed, by_ar))->line,
                                         ((ParsedRow *) g_ptr_array_index (self->parsed, by_en))->line);
          g_free (key_ar);
          g_free (key_en);
          continue;
        }

      leader_index = by_ar >= 0 ? by_ar : by_en;
      if (leader_index >= 0)
        {
          leader = g_ptr_array_index (self->parsed, leader_index);
          for (guint f = 0; f < n_fields && row->reject == NULL; f++)
            for (int s = SLOT_AR; s <= SLOT_EN; s++)
              if (row->values[f][s] && leader->values[f][s]
                  && !same_value (&fields[f], f, row->values[f][s], leader->values[f][s]))
                {
                  g_autofree char *here = lc_csv_import_shorten (row->values[f][s]);
                  g_autofree char *there = lc_csv_import_shorten (leader->values[f][s]);

                  row->reject = g_strdup_printf (_("the row repeats line %u but column “%s” differs "
                                                   "(“%s” there, “%s” here); merge the two rows"),
                                                 leader->line,
                                                 lc_csv_import_column_header (self, row->source[f][s]),
                                                 there, here);
                  break;
                }
          if (row->reject != NULL)
            {
              g_free (key_ar);
              g_free (key_en);
              continue;
            }

          for (guint f = 0; f < n_fields; f++)
            for (int s = SLOT_AR; s <= SLOT_EN; s++)
              if (row->values[f][s] && leader->values[f][s] == NULL)
                {
                  leader->values[f][s] = g_strdup (row->values[f][s]);
                  leader->source[f][s] = row->source[f][s];
                }
          row->leader = leader_index;
        }
      else
        {
          leader_index = r;
        }

      if (key_ar && !g_hash_table_contains (seen_ar, key_ar))
        g_hash_table_insert (seen_ar, g_steal_pointer (&key_ar), GINT_TO_POINTER (leader_index + 1));
      if (key_en && !g_hash_table_contains (seen_en, key_en))
        g_hash_table_insert (seen_en, g_steal_pointer (&key_en), GINT_TO_POINTER (leader_index + 1));
      g_free (key_ar);
      g_free (key_en);
    }
}

static gboolean
read_header (LcImportPlan        *self,
             LcCsvReader         *reader,
             const char * const  *choices,
             const char * const  *decided,
             GError             **error)
{
  g_auto(GStrv) cells = NULL;
  guint line = 0;
  gboolean has_name = FALSE;

  if (!lc_csv_reader_next (reader, &cells, &line, error))
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                     _("“%s” is empty: it has no header line naming the columns."), self->source);
      return FALSE;
    }

  for (guint i = 0; cells[i]; i++)
    {
      Column *column = g_new0 (Column, 1);

      column->header = lc_csv_import_trim_cell (cells[i]);
      lc_csv_import_map_header (self->kind, column->header, &column->field, &column->slot);
      g_ptr_array_add (self->columns, column);
    }

  /* What the headers mean, and what the user said they mean. */
  if (!lc_csv_import_settle_columns (self, choices, decided, error))
    return FALSE;

  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);

      if (column->field == 0 || column->field == MEANING_GIVEN || column->field == MEANING_FAMILY)
        has_name = TRUE;

      /* Two columns for one field would leave the row ambiguous. A column
       * without a language may sit beside one with: it fills the other. */
      for (guint j = 0; j < i && column->field != MEANING_IGNORE; j++)
        {
          Column *before = g_ptr_array_index (self->columns, j);

          if (before->field == column->field && before->slot == column->slot)
            {
              g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                           _("“%s”, line %u: columns %u (“%s”) and %u (“%s”) are the same field; "
                             "remove or rename one of them."),
                           self->source, line, j + 1, before->header, i + 1, column->header);
              return FALSE;
            }
        }
    }

  if (!has_name)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) shown = NULL;
      g_autofree char *names = NULL;
      g_autofree char *message = NULL;

      /* The header as found, kept short: it may be a line of data. */
      for (guint i = 0; cells[i] && i < 12; i++)
        {
          g_autofree char *cell = lc_csv_import_shorten (cells[i]);

          g_strv_builder_add (builder, cell);
        }
      shown = g_strv_builder_end (builder);
      names = g_strjoinv ("”, “", shown);

      message = g_strdup_printf (_("“%s”, line %u: no column gives the name (found “%s”). The first line "
                                   "must name the columns; “Spreadsheets” in the README lists the "
                                   "names understood, such as “%s”."),
                                 self->source, line, names, "Name (EN)");
      /* One cell for the whole line: the columns are probably there, parted
       * by a character that is not a separator. */
      if (cells[0] != NULL && cells[1] == NULL)
        g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE, "%s %s", message,
                     _("The line is read as a single column: cells must be separated by commas, "
                       "semicolons or tabs."));
      else
        g_set_error_literal (error, LC_ERROR, LC_ERROR_INVALID_FILE, message);
      return FALSE;
    }

  return TRUE;
}

static void
list_unknown_columns (LcImportPlan *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);

      if (column->certainty != LC_COLUMN_UNKNOWN)
        continue;
      if (*column->header != '\0')
        g_strv_builder_add (builder, column->header);
      else if (column->had_content)
        {
          /* Translators: an unknown column whose header cell is empty */
          g_autofree char *name = g_strdup_printf (_("column %u, without a header"), i + 1);

          g_strv_builder_add (builder, name);
        }
    }

  self->unknown = g_strv_builder_end (builder);
}

static LcImportPlan *
plan_new (LcCsvImportKind  kind,
          gint64           convention_id,
          const char      *source)
{
  LcImportPlan *self = g_new0 (LcImportPlan, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->convention_id = convention_id;
  self->source = g_strdup (source);
  self->columns = g_ptr_array_new_with_free_func (column_free);
  self->parsed = g_ptr_array_new_with_free_func (parsed_row_free);
  self->rows = g_ptr_array_new_with_free_func (lc_csv_import_row_free);
  self->messages = g_ptr_array_new_with_free_func (message_free);
  self->repeats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  return self;
}

/* Plans with the meanings the user stated (@choices) and those the cells
 * decided on an earlier pass (@decided); see
 * lc_import_plan_new_for_data_full() in lc-csv-import-columns.c. */
LcImportPlan *
lc_csv_import_plan_data (LcStore               *store,
                         gint64                 convention_id,
                         LcCsvImportKind        kind,
                         const char            *data,
                         gsize                  length,
                         const char            *source_name,
                         const char * const    *choices,
                         const char * const    *decided,
                         GCancellable          *cancellable,
                         LcImportProgressFunc   progress,
                         gpointer               user_data,
                         GError               **error)
{
  g_autoptr(LcImportPlan) self = NULL;
  g_autoptr(LcCsvReader) reader = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (lc_csv_import_unref_nullable);
  g_autoptr(LcRecord) convention = NULL;
  GError *local_error = NULL;
  guint count = 0;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);
  g_return_val_if_fail (kind == LC_CSV_IMPORT_SPEAKERS || kind == LC_CSV_IMPORT_CITIES, NULL);

  convention = lc_store_get (store, LC_TYPE_CONVENTION, convention_id, error);
  if (convention == NULL)
    return NULL;

  self = plan_new (kind, convention_id, source_name ? source_name : "-");
  reader = lc_csv_reader_new (data, length, self->source, error);
  if (reader == NULL)
    return NULL;
  self->encoding = lc_csv_reader_get_encoding (reader);
  if (!read_header (self, reader, choices, decided, error))
    return NULL;

  for (;;)
    {
      g_auto(GStrv) cells = NULL;
      guint line;
      ParsedRow *row;

      if (!lc_csv_reader_next (reader, &cells, &line, &local_error))
        {
          if (local_error != NULL)
            {
              g_propagate_error (error, local_error);
              return NULL;
            }
          break;
        }

      if (++count % 64 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return NULL;
          if (progress)
            progress (0.7 * lc_csv_reader_get_fraction (reader), user_data);
        }

      row = parse_row (self, cells, line);
      if (row == NULL)
        continue;
      /* 6 million rows took 6.8 GB and two minutes; no convention has a
       * hundred thousand speakers or cities. */
      if (self->parsed->len >= LC_CSV_MAX_ROWS)
        {
          parsed_row_free (row);
          g_set_error (error, LC_ERROR, LC_ERROR_TOO_LARGE,
                       _("“%s”, line %u: the file has more than %u rows, the most Learning Cities "
                         "imports at once (see “Limits” in its README); nothing was imported."),
                       self->source, line, (guint) LC_CSV_MAX_ROWS);
          return NULL;
        }
      g_ptr_array_add (self->parsed, row);
    }

  /* Known once the sheet has been read: an .ods lists its sheets after it. */
  if (lc_csv_reader_get_sheet (reader) != NULL)
    self->origin = lc_sheet_reader_describe (lc_csv_reader_get_sheet (reader));
  list_unknown_columns (self);
  merge_duplicates (self);
  count_repeats (self);

  if (!lc_csv_import_resolve (self, store, self->rows, records, cancellable, progress, user_data, 0.7, 1.0, error))
    return NULL;

  if (progress)
    progress (1.0, user_data);

  return g_steal_pointer (&self);
}

/**
 * lc_import_plan_new_for_data:
 * @store: the library (see lc_import_plan_new_for_data_full())
 * @convention_id: the convention the rows belong to
 * @kind: what the rows describe
 * @data: the file's bytes
 * @length: their number
 * @source_name: the file's name, for messages
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope call): called now and then with the fraction done
 * @user_data: data for @progress
 * @error: return location for a #GError
 *
 * lc_import_plan_new_for_data_full() with every column read by its header.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL with @error set
 */
LcImportPlan *
lc_import_plan_new_for_data (LcStore               *store,
                             gint64                 convention_id,
                             LcCsvImportKind        kind,
                             const char            *data,
                             gsize                  length,
                             const char            *source_name,
                             GCancellable          *cancellable,
                             LcImportProgressFunc   progress,
                             gpointer               user_data,
                             GError               **error)
{
  return lc_import_plan_new_for_data_full (store, convention_id, kind, data, length, source_name, NULL,
                                           cancellable, progress, user_data, error);
}

/**
 * lc_import_plan_new_for_file:
 * @store: the library (see lc_import_plan_new_for_data())
 * @convention_id: the convention the rows belong to
 * @kind: what the rows describe
 * @path: the CSV file
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope call): called now and then with the fraction done
 * @user_data: data for @progress
 * @error: return location for a #GError
 *
 * Like lc_import_plan_new_for_data(), for a file.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL with @error set
 */
LcImportPlan *
lc_import_plan_new_for_file (LcStore               *store,
                             gint64                 convention_id,
                             LcCsvImportKind        kind,
                             const char            *path,
                             GCancellable          *cancellable,
                             LcImportProgressFunc   progress,
                             gpointer               user_data,
                             GError               **error)
{
  return lc_import_plan_new_for_file_full (store, convention_id, kind, path, NULL,
                                           cancellable, progress, user_data, error);
}

/**
 * lc_import_plan_ref:
 * @self: a plan
 *
 * Returns: (transfer full): @self
 */
LcImportPlan *
lc_import_plan_ref (LcImportPlan *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * lc_import_plan_unref:
 * @self: (transfer full): a plan
 */
void
lc_import_plan_unref (LcImportPlan *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->source);
  g_free (self->origin);
  g_ptr_array_unref (self->columns);
  g_ptr_array_unref (self->parsed);
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->messages);
  g_hash_table_unref (self->repeats);
  g_strfreev (self->unknown);
  g_clear_pointer (&self->applied, g_ptr_array_unref);
  g_free (self);
}
