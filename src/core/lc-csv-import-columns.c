/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-csv-import-private.h"
#include "lc-error.h"
#include "lc-file.h"

/* What each column of a spreadsheet means: the meaning its header names,
 * the meaning the user states (the window's drop-down per column, the
 * command line's --column), and the headers that mean different things in
 * different countries, which are asked rather than guessed. A meaning has
 * an id the command line takes ("position-en", "family-name", "ignore")
 * and a label the window shows. The constructors that take the stated
 * meanings are here too; lc-csv-import.c reads the rows. */

static const char * const lakab_choices[] = { "family-name", "honorific", NULL };
static const char * const title_choices[] = { "honorific", "ignore", NULL };

static const struct
{
  const char          *headers;   /* '|'-separated, compared after normalisation */
  const char * const  *choices;
} ambiguities[] = {
  /* The family name in the Maghreb, an honorific (Dr, Eng.) in the Mashriq:
   * a Moroccan “الاسم;اللقب” file read the Mashriq way made a new person
   * from the given name alone, beside the existing one. */
  { "اللقب|لقب", lakab_choices },
  /* A person's honorific, or the title of the talk they give. */
  { "title", title_choices },
};

/* A person's name in two columns, joined into the name. */
static const char *given_headers = "given name|first name|forename|الاسم الشخصي|الاسم الأول";
static const char *family_headers = "family name|surname|last name|الاسم العائلي|اسم العائلة|النسب";
/* A name column that holds only the given name when the file has a family
 * name column beside it (the Moroccan “الاسم;اللقب”). */
static const char *bare_name_headers = "name|الاسم|اسم";
/* Cells that show an ambiguous column holds honorifics, compared as keys
 * ("H.E." is "h e", "أ.د." is "ا د"). */
static const char *honorific_words = "mr|mrs|ms|miss|mx|dr|prof|professor|eng|h e|sir|dame|"
                                     "السيد|السيدة|الانسة|د|دكتور|الدكتور|الدكتورة|ا|ا د|"
                                     "الاستاذ|الاستاذة|الاستاذ الدكتور|م|المهندس|المهندسة|"
                                     "معالي|سعادة|الشيخ|الشيخة|سمو";

static gboolean
key_in (const char *list,
        const char *header)
{
  g_autofree char *key = lc_csv_import_normalize_key (header, TRUE);

  return *key != '\0' && lc_csv_import_key_in (list, key);
}

/* The meaning of a field in a slot, as the command line names it. */
static char *
meaning_of (LcCsvImportKind kind,
            int             field,
            int             slot)
{
  guint n_fields;
  const Field *fields = lc_csv_import_fields_for (kind, &n_fields);
  const char *property;

  if (field == MEANING_GIVEN)
    return g_strdup ("given-name");
  if (field == MEANING_FAMILY)
    return g_strdup ("family-name");
  if (field < 0)
    return g_strdup ("ignore");

  /* "city-id" is the store's property; a person reads "city". */
  property = g_str_equal (fields[field].property, "city-id") ? "city" : fields[field].property;
  if (fields[field].type != F_TEXT || slot == SLOT_AUTO)
    return g_strdup (property);

  return g_strconcat (property, slot == SLOT_AR ? "-ar" : "-en", NULL);
}

/**
 * lc_csv_import_list_meanings:
 * @kind: what the file describes
 *
 * Lists what a column of such a file can mean, in the order the window's
 * drop-down shows them: each field (a text field as itself, whose cells go
 * to the language of their letters, and in Arabic and English), for people
 * "given-name" and "family-name", which are joined into the name, and last
 * "ignore".
 *
 * Returns: (transfer full): the meanings' ids
 */
GStrv
lc_csv_import_list_meanings (LcCsvImportKind kind)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n_fields;
  const Field *fields = lc_csv_import_fields_for (kind, &n_fields);

  /* A text field as written (by its letters), then in Arabic, in English. */
  const int slots[] = { SLOT_AUTO, SLOT_AR, SLOT_EN };

  for (guint f = 0; f < n_fields; f++)
    {
      for (guint s = 0; s < (fields[f].type == F_TEXT ? G_N_ELEMENTS (slots) : 1); s++)
        {
          g_autofree char *meaning = meaning_of (kind, f, slots[s]);

          g_strv_builder_add (builder, meaning);
        }
      if (f == 0 && kind == LC_CSV_IMPORT_SPEAKERS)
        {
          g_strv_builder_add (builder, "given-name");
          g_strv_builder_add (builder, "family-name");
        }
    }
  g_strv_builder_add (builder, "ignore");

  return g_strv_builder_end (builder);
}

static gboolean
parse_meaning (LcCsvImportKind  kind,
               const char      *meaning,
               int             *field,
               int             *slot)
{
  guint n_fields;

  lc_csv_import_fields_for (kind, &n_fields);
  for (int f = MEANING_FAMILY; f < (int) n_fields; f++)
    for (int s = SLOT_AR; s <= SLOT_AUTO; s++)
      {
        g_autofree char *id = NULL;

        if ((f == MEANING_GIVEN || f == MEANING_FAMILY) && kind != LC_CSV_IMPORT_SPEAKERS)
          continue;
        id = meaning_of (kind, f, s);
        if (g_str_equal (id, meaning))
          {
            *field = f;
            /* Single fields match first as SLOT_AR; name parts follow their letters. */
            *slot = f == MEANING_GIVEN || f == MEANING_FAMILY ? SLOT_AUTO : s;
            return TRUE;
          }
      }

  return FALSE;
}

/* In their own context: an Arabic menu's “Honorific” is “اللقب”, the very
 * word that is ambiguous, and needs more words here. */
static const char *
field_label (const char *property)
{
  static const struct { const char *property; const char *label; } labels[] = {
    { "name", NC_("column meaning", "Name") },
    { "given-name", NC_("column meaning", "Given name") },
    { "family-name", NC_("column meaning", "Family name") },
    { "honorific", NC_("column meaning", "Honorific") },
    { "position", NC_("column meaning", "Position") },
    { "organisation", NC_("column meaning", "Organisation") },
    { "city", NC_("column meaning", "City") },
    { "attendance", NC_("column meaning", "Attendance") },
    { "email", NC_("column meaning", "Email") },
    { "phone", NC_("column meaning", "Phone") },
    { "bio", NC_("column meaning", "Short biography") },
    { "category", NC_("column meaning", "Participant category") },
    { "status", NC_("column meaning", "Participant status") },
    { "represents", NC_("column meaning", "Represents") },
    { "country", NC_("column meaning", "Country code") },
    { "arab-region", NC_("column meaning", "Arab region") },
    { "year-joined", NC_("column meaning", "Year joined") },
    { "candidate", NC_("column meaning", "Candidate") },
    { "trait", NC_("column meaning", "Trait") },
    { "sdgs", NC_("column meaning", "SDGs") },
    { "representative", NC_("column meaning", "Representative") },
    { "ignore", NC_("column meaning", "Ignore the column") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].property, property))
      return g_dpgettext2 (GETTEXT_PACKAGE, "column meaning", labels[i].label);

  return property;
}

/**
 * lc_csv_import_describe_meaning:
 * @kind: what the file describes
 * @meaning: a meaning's id, from lc_csv_import_list_meanings()
 *
 * Returns: (transfer full): the meaning as the window names it, such as
 *   “Position (English)”
 */
char *
lc_csv_import_describe_meaning (LcCsvImportKind  kind,
                                const char      *meaning)
{
  if (g_str_has_suffix (meaning, "-ar") || g_str_has_suffix (meaning, "-en"))
    {
      g_autofree char *base = g_strndup (meaning, strlen (meaning) - 3);

      return g_str_has_suffix (meaning, "-ar")
        /* Translators: a column's meaning, such as “Position (Arabic)” */
        ? g_strdup_printf (_("%s (Arabic)"), field_label (base))
        /* Translators: a column's meaning, such as “Position (English)” */
        : g_strdup_printf (_("%s (English)"), field_label (base));
    }

  return g_strdup (field_label (meaning));
}

/* Finds the columns a --column key names: a column's number from 1, or its header. */
static gboolean
find_columns (LcImportPlan *self,
              const char   *key,
              gboolean     *found,
              guint        *indexes,
              guint        *n_indexes)
{
  guint64 number;
  g_autofree char *wanted = lc_csv_import_normalize_key (key, TRUE);

  *n_indexes = 0;
  if (g_ascii_string_to_unsigned (key, 10, 1, self->columns->len, &number, NULL))
    {
      indexes[(*n_indexes)++] = number - 1;
      return TRUE;
    }
  for (guint i = 0; i < self->columns->len && *n_indexes < MAX_FIELDS * 4; i++)
    {
      g_autofree char *header = lc_csv_import_normalize_key (lc_csv_import_column_header (self, i), TRUE);

      if (*wanted != '\0' && g_str_equal (header, wanted))
        indexes[(*n_indexes)++] = i;
    }
  *found = *n_indexes > 0;
  return *found;
}

static gboolean
apply_choices (LcImportPlan        *self,
               const char * const  *choices,
               LcColumnCertainty    certainty,
               GError             **error)
{
  for (guint c = 0; choices != NULL && choices[c] != NULL; c++)
    {
      const char *equals = strrchr (choices[c], '=');
      g_autofree char *key = equals ? g_strndup (choices[c], equals - choices[c]) : NULL;
      guint indexes[MAX_FIELDS * 4], n_indexes;
      gboolean found = FALSE;
      int field, slot;

      if (equals == NULL || !parse_meaning (self->kind, equals + 1, &field, &slot))
        {
          g_auto(GStrv) meanings = lc_csv_import_list_meanings (self->kind);
          g_autofree char *list = g_strjoinv (", ", meanings);

          g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                       _("“%s” does not say what a column means: write COLUMN=MEANING, where "
                         "COLUMN is the column’s header or number and MEANING one of: %s."),
                       choices[c], list);
          return FALSE;
        }
      if (!find_columns (self, key, &found, indexes, &n_indexes))
        {
          g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                       _("“%s”: the file has no column “%s” (its columns are numbered from 1 to %u)."),
                       self->source, key, self->columns->len);
          return FALSE;
        }
      for (guint i = 0; i < n_indexes; i++)
        {
          Column *column = g_ptr_array_index (self->columns, indexes[i]);

          column->field = field;
          column->slot = slot;
          column->certainty = certainty;
        }
    }

  return TRUE;
}

/* Decides what the file itself shows: a family name column beside a bare
 * name column makes that column the given name, and an “اللقب” beside a
 * family name column is the honorific. */
static void
infer_from_file (LcImportPlan *self)
{
  gboolean has_family = FALSE, has_given = FALSE;

  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);

      has_family |= column->field == MEANING_FAMILY;
      has_given |= column->field == MEANING_GIVEN
                   || (column->field == 0 && column->certainty == LC_COLUMN_KNOWN
                       && key_in (bare_name_headers, column->header));
    }

  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);

      if (has_family && column->field == 0 && column->certainty == LC_COLUMN_KNOWN
          && key_in (bare_name_headers, column->header))
        column->field = MEANING_GIVEN;
      if (column->certainty != LC_COLUMN_AMBIGUOUS)
        continue;
      if (has_family && column->choices == lakab_choices)
        {
          parse_meaning (self->kind, "honorific", &column->field, &column->slot);
          column->certainty = LC_COLUMN_KNOWN;
          continue;
        }
      /* Beside a name column that may be only the given name, “اللقب” is
       * most likely the family name; still, the user says. */
      column->likely = column->choices == lakab_choices && !has_given ? "honorific" : column->choices[0];
    }
}

/**
 * lc_csv_import_settle_columns:
 * @self: a plan whose columns hold their headers, mapped by the header alone
 * @columns: (nullable): the meanings the user stated, "KEY=MEANING"
 * @decided: (nullable): meanings the file's cells decided, the same way
 * @error: return location for a #GError
 *
 * Gives every column its meaning and certainty. Fails when a stated meaning
 * names no column or is not a meaning.
 */
gboolean
lc_csv_import_settle_columns (LcImportPlan        *self,
                              const char * const  *columns,
                              const char * const  *decided,
                              GError             **error)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);

      column->certainty = column->field >= 0 ? LC_COLUMN_KNOWN : LC_COLUMN_UNKNOWN;
      if (self->kind != LC_CSV_IMPORT_SPEAKERS)
        continue;
      if (key_in (given_headers, column->header) || key_in (family_headers, column->header))
        {
          column->field = key_in (given_headers, column->header) ? MEANING_GIVEN : MEANING_FAMILY;
          column->slot = SLOT_AUTO;
          column->certainty = LC_COLUMN_KNOWN;
        }
      for (guint a = 0; a < G_N_ELEMENTS (ambiguities); a++)
        if (key_in (ambiguities[a].headers, column->header))
          {
            column->field = MEANING_IGNORE;
            column->certainty = LC_COLUMN_AMBIGUOUS;
            column->choices = ambiguities[a].choices;
          }
    }

  if (!apply_choices (self, decided, LC_COLUMN_KNOWN, error)
      || !apply_choices (self, columns, LC_COLUMN_CHOSEN, error))
    return FALSE;
  infer_from_file (self);

  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);

      g_free (column->meaning);
      column->meaning = meaning_of (self->kind, column->field, column->slot);
    }

  return TRUE;
}

/* Counts a cell of an ambiguous column, to see whether it holds honorifics. */
void
lc_csv_import_count_ambiguous_cell (Column     *column,
                                    const char *cell)
{
  column->n_cells++;
  if (key_in (honorific_words, cell))
    column->n_honorifics++;
}

/* An ambiguous column that may be the honorific and holds nothing but
 * honorifics (“Mr”, “د.”) is the honorific: the file says so. Returns the
 * meanings so decided, for planning again, or %NULL. */
GStrv
lc_csv_import_decided_by_cells (LcImportPlan *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gboolean any = FALSE;

  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);

      if (column->certainty == LC_COLUMN_AMBIGUOUS && column->n_cells > 0
          && column->n_honorifics == column->n_cells
          && g_strv_contains ((const char * const *) column->choices, "honorific"))
        {
          g_autofree char *choice = g_strdup_printf ("%u=honorific", i + 1);

          g_strv_builder_add (builder, choice);
          any = TRUE;
        }
    }

  return any ? g_strv_builder_end (builder) : NULL;
}

/* The given name then the family name, as both Arabic and Latin names are
 * written in their logical order ("محمد العلمي", "Mohamed Alami"). A name
 * column, when the file has one too, wins. */
void
lc_csv_import_join_name (ParsedRow *row)
{
  for (int s = SLOT_AR; s <= SLOT_EN; s++)
    {
      const char *given = row->parts[PART_GIVEN][s], *family = row->parts[PART_FAMILY][s];

      if (row->values[0][s] != NULL || (given == NULL && family == NULL))
        continue;
      row->values[0][s] = given && family ? g_strconcat (given, " ", family, NULL)
                                          : g_strdup (given ? given : family);
      row->source[0][s] = row->part_source[given ? PART_GIVEN : PART_FAMILY][s];
    }
}

/**
 * lc_import_plan_new_for_data_full:
 * @store: the library; used by no other thread while this runs (a worker
 *   opens its own with lc_store_open() on lc_store_get_path())
 * @convention_id: the convention the rows belong to
 * @kind: what the rows describe
 * @data: the file's bytes
 * @length: their number
 * @source_name: the file's name, for messages
 * @columns: (nullable) (array zero-terminated=1): what columns mean, as
 *   "KEY=MEANING": KEY a column's header or its number from 1, MEANING one
 *   of lc_csv_import_list_meanings(); a wrong one is an error
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope call): called now and then with the fraction done
 * @user_data: data for @progress
 * @error: return location for a #GError
 *
 * Reads a CSV file of speakers or cities and decides, without writing, what
 * importing it would do to each row. A file that cannot be read as a table
 * at all (in none of the encodings lc_csv_reader_new() reads, a NUL byte, a
 * quote never closed, no header naming a name column) is an error; a row
 * that cannot be imported is a rejected row of the plan. The plan records
 * the encoding read (lc_import_plan_get_encoding()).
 *
 * Each column gets a meaning (lc_import_plan_get_column_meaning()) from its
 * header. A header that means different things in different countries
 * (“اللقب”: the family name in the Maghreb, an honorific in the Mashriq) is
 * ambiguous: its cells are not read, and the plan cannot be applied, until
 * @columns says what it means, unless its cells settle it (honorifics
 * only, such as “Dr” or “د.”). A family name column beside a bare name
 * column (“الاسم”) makes that the given name; the two are joined into the
 * name.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL with @error set
 *   (%G_IO_ERROR_CANCELLED when cancelled)
 */
LcImportPlan *
lc_import_plan_new_for_data_full (LcStore               *store,
                                  gint64                 convention_id,
                                  LcCsvImportKind        kind,
                                  const char            *data,
                                  gsize                  length,
                                  const char            *source_name,
                                  const char * const    *columns,
                                  GCancellable          *cancellable,
                                  LcImportProgressFunc   progress,
                                  gpointer               user_data,
                                  GError               **error)
{
  g_autoptr(LcImportPlan) plan = NULL;
  g_auto(GStrv) decided = NULL;

  plan = lc_csv_import_plan_data (store, convention_id, kind, data, length, source_name, columns, NULL,
                                  cancellable, progress, user_data, error);
  if (plan == NULL)
    return NULL;

  /* Only the cells can show that an “اللقب” holds honorifics: read the
   * file again, with the column read as such. */
  decided = lc_csv_import_decided_by_cells (plan);
  if (decided == NULL)
    return g_steal_pointer (&plan);

  return lc_csv_import_plan_data (store, convention_id, kind, data, length, source_name, columns,
                                  (const char * const *) decided, cancellable, progress, user_data, error);
}

/**
 * lc_import_plan_new_for_file_full:
 * @store: the library (see lc_import_plan_new_for_data())
 * @convention_id: the convention the rows belong to
 * @kind: what the rows describe
 * @path: the CSV file
 * @columns: (nullable) (array zero-terminated=1): what columns mean (see
 *   lc_import_plan_new_for_data_full())
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope call): called now and then with the fraction done
 * @user_data: data for @progress
 * @error: return location for a #GError
 *
 * Like lc_import_plan_new_for_data_full(), for a file.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL with @error set
 */
LcImportPlan *
lc_import_plan_new_for_file_full (LcStore               *store,
                                  gint64                 convention_id,
                                  LcCsvImportKind        kind,
                                  const char            *path,
                                  const char * const    *columns,
                                  GCancellable          *cancellable,
                                  LcImportProgressFunc   progress,
                                  gpointer               user_data,
                                  GError               **error)
{
  g_autofree char *display = g_filename_display_basename (path);
  g_autofree char *data = NULL;
  gsize length = 0;

  /* A CSV file of people or cities is small; a huge one is a mistake. The
   * bound is on the bytes read, so a pipe or a device stops there too. */
  if (!lc_file_read_bounded (path, LC_FILE_MAX_CSV_BYTES, &data, &length, error))
    return NULL;

  return lc_import_plan_new_for_data_full (store, convention_id, kind, data, length, display, columns,
                                           cancellable, progress, user_data, error);
}

static Column *
get_column (LcImportPlan *self,
            guint         column)
{
  /* A column past the header is a caller's mistake, as for a GPtrArray. */
  g_assert (column < self->columns->len);

  return g_ptr_array_index (self->columns, column);
}

/**
 * lc_import_plan_get_n_columns:
 * @self: a plan
 *
 * Returns: the number of columns the file's header names
 */
guint
lc_import_plan_get_n_columns (LcImportPlan *self)
{
  return self->columns->len;
}

/**
 * lc_import_plan_get_column_header:
 * @self: a plan
 * @column: from 0 to lc_import_plan_get_n_columns() - 1
 *
 * Returns: the column's header as written (trimmed), maybe empty
 */
const char *
lc_import_plan_get_column_header (LcImportPlan *self,
                                  guint         column)
{
  return get_column (self, column)->header;
}

/**
 * lc_import_plan_get_column_meaning:
 * @self: a plan
 * @column: from 0 to lc_import_plan_get_n_columns() - 1
 *
 * Returns: what the plan reads the column as, one of
 *   lc_csv_import_list_meanings(); "ignore" for an unknown column and for
 *   an ambiguous one that is not yet chosen
 */
const char *
lc_import_plan_get_column_meaning (LcImportPlan *self,
                                   guint         column)
{
  return get_column (self, column)->meaning;
}

/**
 * lc_import_plan_get_column_certainty:
 * @self: a plan
 * @column: from 0 to lc_import_plan_get_n_columns() - 1
 *
 * Returns: how sure the plan is of the column's meaning
 */
LcColumnCertainty
lc_import_plan_get_column_certainty (LcImportPlan *self,
                                     guint         column)
{
  return get_column (self, column)->certainty;
}

/**
 * lc_import_plan_get_column_choices:
 * @self: a plan
 * @column: from 0 to lc_import_plan_get_n_columns() - 1
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): for an
 *   ambiguous column, the meanings it may have
 */
const char * const *
lc_import_plan_get_column_choices (LcImportPlan *self,
                                   guint         column)
{
  return get_column (self, column)->choices;
}

/**
 * lc_import_plan_get_column_likely:
 * @self: a plan
 * @column: from 0 to lc_import_plan_get_n_columns() - 1
 *
 * Returns: (nullable): for an ambiguous column, the meaning the rest of the
 *   file suggests (to offer first, not to apply unasked)
 */
const char *
lc_import_plan_get_column_likely (LcImportPlan *self,
                                  guint         column)
{
  return get_column (self, column)->likely;
}

/**
 * lc_import_plan_get_n_ambiguous:
 * @self: a plan
 *
 * Returns: how many columns wait for the user to say what they mean; a
 *   plan with any cannot be applied
 */
guint
lc_import_plan_get_n_ambiguous (LcImportPlan *self)
{
  guint n = 0;

  for (guint i = 0; i < self->columns->len; i++)
    n += get_column (self, i)->certainty == LC_COLUMN_AMBIGUOUS;

  return n;
}

/**
 * lc_import_plan_describe_ambiguous:
 * @self: a plan
 *
 * Describes the columns that wait for a meaning, as the command line
 * refuses the file: each column's number and header, its possible
 * meanings, and how to state one with --column.
 *
 * Returns: (transfer full): the text, lines ending in '\n'; empty when no
 *   column is ambiguous
 */
char *
lc_import_plan_describe_ambiguous (LcImportPlan *self)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = get_column (self, i);
      g_autofree char *choices = NULL;

      if (column->certainty != LC_COLUMN_AMBIGUOUS)
        continue;
      choices = g_strjoinv (_(", "), (char **) column->choices);
      g_string_append_printf (text, _("“%s”: column %u, “%s”, can mean %s (this file suggests %s); "
                                      "say which with --column='%s=%s'."),
                              self->source, i + 1, column->header, choices, column->likely,
                              column->header, column->likely);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}
