/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lc-csv-import.h"
#include "lc-csv.h"
#include "lc-error.h"
#include "lc-file.h"
#include "lc-undo-private.h"

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
 * progress. See "CSV import columns" in README.md for the accepted headers. */

#define MAX_FIELDS 10
#define MAX_CELL_CHARS 1000
/* The same warning (such as a formula-like cell) is listed for this many
 * rows; the rest are counted. */
#define MAX_SAME_WARNINGS 10

typedef enum
{
  F_TEXT,         /* bilingual, single-line */
  F_CITY,         /* a city of the convention, by its name in either language */
  F_ATTENDANCE,
  F_COUNTRY,
  F_BOOLEAN,
  F_YEAR,
  F_SDGS,
} FieldType;

typedef struct
{
  const char *property;   /* the bilingual base name, or the property */
  FieldType   type;
  const char *aliases;    /* '|'-separated; compared after normalisation */
} Field;

enum { SLOT_AR, SLOT_EN, SLOT_AUTO };

/* The first field of each table is the name, which identifies a row. Keep
 * these lists and README.md's "CSV import columns" in step: a test checks
 * that every header the README lists is recognised. */
static const Field person_fields[] = {
  { "name", F_TEXT, "name|full name|speaker|speaker name|person|الاسم|اسم|الاسم الكامل|المتحدث|اسم المتحدث" },
  { "honorific", F_TEXT, "honorific|salutation|prefix|اللقب|لقب" },
  { "position", F_TEXT, "position|job title|job|function|المنصب|منصب|الوظيفة|المسمى الوظيفي" },
  { "organisation", F_TEXT, "organisation|organization|institution|affiliation|الجهة|المؤسسة|المنظمة|جهة العمل" },
  { "city-id", F_CITY, "city|المدينة|مدينة" },
  { "attendance", F_ATTENDANCE, "attendance|participation|الحضور|طريقة الحضور|طريقة المشاركة" },
};

static const Field city_fields[] = {
  { "name", F_TEXT, "name|city|city name|الاسم|المدينة|اسم المدينة" },
  { "country", F_COUNTRY, "country|country code|الدولة|البلد|رمز الدولة" },
  { "arab-region", F_BOOLEAN, "arab region|arab|arab city|المنطقة العربية|عربية|مدينة عربية" },
  { "year-joined", F_YEAR, "year joined|joined|year|membership year|سنة الانضمام|عام الانضمام" },
  { "candidate", F_BOOLEAN, "candidate|مرشحة|مرشح" },
  { "trait", F_TEXT, "trait|feature|السمة|الصفة|سمة المدينة" },
  { "sdgs", F_SDGS, "sdgs|sdg|goals|أهداف التنمية المستدامة|الأهداف" },
  { "attendance", F_ATTENDANCE, "attendance|الحضور" },
  { "representative", F_TEXT, "representative|ممثل المدينة|الممثل|الممثلة" },
};

/* Words that mark a column's language, before or after the field's name. */
static const char *arabic_markers = "ar|arabic|in arabic|عربي|بالعربي|بالعربية|العربي|العربية|"
                                    "باللغة العربية|اللغة العربية";
static const char *english_markers = "en|english|in english|إنجليزي|إنجليزية|بالإنجليزي|بالإنجليزية|"
                                     "الإنجليزي|الإنجليزية|باللغة الإنجليزية|إنكليزي|بالإنكليزية|"
                                     "الإنكليزي|الإنكليزية";

typedef struct
{
  int field;    /* index in the field table, -1 when unknown */
  int slot;     /* SLOT_AR, SLOT_EN or SLOT_AUTO; SLOT_AR for single fields */
  char *header; /* as written, trimmed */
  gboolean had_content;
} Column;

typedef struct
{
  guint  line;
  char  *values[MAX_FIELDS][2];   /* canonical text; NULL when not given */
  int    source[MAX_FIELDS][2];   /* the column each value came from */
  char  *reject;                  /* set when the cells themselves are wrong */
  int    leader;                  /* for a merged row, the row it repeats */
} ParsedRow;

struct _LcImportPlan
{
  gatomicrefcount   ref_count;
  LcCsvImportKind   kind;
  gint64            convention_id;
  char             *source;
  GPtrArray        *columns;     /* Column */
  GPtrArray        *parsed;      /* ParsedRow */
  GPtrArray        *rows;        /* LcImportRow, one per parsed row */
  GPtrArray        *messages;    /* LcImportMessage */
  GHashTable       *repeats;     /* "column\ntext" → Repeat, for warnings past MAX_SAME_WARNINGS */
  GStrv             unknown;
  GPtrArray        *applied;     /* LcUndoChange: what the last apply wrote */
};

typedef struct
{
  guint count;       /* every row with the warning */
  guint first_line;  /* of the first one not listed */
  guint last_line;
} Repeat;

G_DEFINE_BOXED_TYPE (LcImportPlan, lc_import_plan, lc_import_plan_ref, lc_import_plan_unref)

static const Field *
fields_for (LcCsvImportKind  kind,
            guint           *n_fields)
{
  if (kind == LC_CSV_IMPORT_CITIES)
    {
      *n_fields = G_N_ELEMENTS (city_fields);
      return city_fields;
    }
  *n_fields = G_N_ELEMENTS (person_fields);
  return person_fields;
}

static gboolean
is_invisible (gunichar c)
{
  /* Bidi marks and zero-width characters that spreadsheets in Arabic
   * scatter around text; they are never part of a name. */
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
         || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

static gboolean
is_arabic_letter (gunichar c)
{
  return (c >= 0x0620 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3)
         || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF)
         || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
}

/* The key two spellings of one name share: NFKC, case-folded, spaces
 * collapsed, and the Arabic spelling variants that do not distinguish names
 * made equal (hamza on alef, alef maqsura, tatweel, short vowel marks). For a
 * header, punctuation also counts as space ("Name (EN)" = "name en"). */
static char *
normalize_key (const char *text,
               gboolean    header)
{
  g_autofree char *nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = NULL;
  GString *key;
  gboolean space = FALSE;

  if (nfkc == NULL)
    return g_strdup ("");

  folded = g_utf8_casefold (nfkc, -1);
  key = g_string_new (NULL);
  for (const char *p = folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x0640 || (c >= 0x064B && c <= 0x065F) || c == 0x0670 || is_invisible (c))
        continue;
      if (c == 0x0622 || c == 0x0623 || c == 0x0625 || c == 0x0671)
        c = 0x0627;
      else if (c == 0x0649)
        c = 0x064A;

      if (g_unichar_isspace (c) || (header && (g_unichar_ispunct (c) || c == '_')))
        {
          space = key->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (key, ' ');
      space = FALSE;
      g_string_append_unichar (key, c);
    }

  return g_string_free (key, FALSE);
}

static gboolean
alias_matches (const char *aliases,
               const char *key)
{
  g_auto(GStrv) list = g_strsplit (aliases, "|", -1);

  for (guint i = 0; list[i]; i++)
    {
      g_autofree char *alias = normalize_key (list[i], TRUE);

      if (g_str_equal (alias, key))
        return TRUE;
    }

  return FALSE;
}

static int
find_field (const Field *fields,
            guint        n_fields,
            const char  *key)
{
  for (guint i = 0; i < n_fields; i++)
    if (alias_matches (fields[i].aliases, key))
      return i;

  return -1;
}

/* Splits a language marker off the start or end of a header key. */
static char *
strip_marker (const char *key,
              const char *markers)
{
  g_auto(GStrv) list = g_strsplit (markers, "|", -1);
  gsize key_len = strlen (key);

  for (guint i = 0; list[i]; i++)
    {
      g_autofree char *marker = normalize_key (list[i], TRUE);
      gsize len = strlen (marker);

      if (key_len > len + 1 && g_str_has_suffix (key, marker) && key[key_len - len - 1] == ' ')
        return g_strndup (key, key_len - len - 1);
      if (key_len > len + 1 && g_str_has_prefix (key, marker) && key[len] == ' ')
        return g_strdup (key + len + 1);
    }

  return NULL;
}

static void
map_header (LcCsvImportKind  kind,
            const char      *header,
            int             *field,
            int             *slot)
{
  guint n_fields;
  const Field *fields = fields_for (kind, &n_fields);
  g_autofree char *key = normalize_key (header, TRUE);
  const char *markers[2] = { arabic_markers, english_markers };

  *slot = SLOT_AR;
  *field = -1;
  if (*key == '\0')
    return;

  /* A whole-header match wins, so "Arab region" is not "region" in Arabic. */
  *field = find_field (fields, n_fields, key);
  if (*field >= 0)
    {
      if (fields[*field].type == F_TEXT)
        *slot = SLOT_AUTO;
      return;
    }

  for (int s = SLOT_AR; s <= SLOT_EN; s++)
    {
      g_autofree char *base = strip_marker (key, markers[s]);
      int f = base ? find_field (fields, n_fields, base) : -1;

      if (f >= 0 && fields[f].type == F_TEXT)
        {
          *field = f;
          *slot = s;
          return;
        }
    }
}

/**
 * lc_csv_import_column_target:
 * @kind: what the file describes
 * @header: a column's header as written in a file
 *
 * Tells which field a column fills, as the window's preview may show it.
 *
 * Returns: (transfer full) (nullable): the property the column fills, such as
 *   "name-en" or "country"; the bare field name ("name") for a bilingual
 *   column without a language, whose cells go to Arabic when they hold
 *   Arabic letters and to English otherwise; %NULL for an unknown column
 */
char *
lc_csv_import_column_target (LcCsvImportKind  kind,
                             const char      *header)
{
  guint n_fields;
  const Field *fields = fields_for (kind, &n_fields);
  int field, slot;

  map_header (kind, header, &field, &slot);
  if (field < 0)
    return NULL;
  if (fields[field].type != F_TEXT || slot == SLOT_AUTO)
    return g_strdup (fields[field].property);

  return g_strconcat (fields[field].property, slot == SLOT_AR ? "-ar" : "-en", NULL);
}

/* Trims spaces and invisible marks from both ends. */
static char *
trim_cell (const char *cell)
{
  const char *start = cell, *end = cell + strlen (cell);

  while (*start && (g_unichar_isspace (g_utf8_get_char (start)) || is_invisible (g_utf8_get_char (start))))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);

      if (!g_unichar_isspace (c) && !is_invisible (c))
        break;
      end = prev;
    }

  return g_strndup (start, end - start);
}

static gboolean
has_arabic (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (is_arabic_letter (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* Arabic-Indic and Persian digits read as ASCII, for numbers typed in Arabic. */
static char *
ascii_digits (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0660 && c <= 0x0669)
        g_string_append_c (out, '0' + (c - 0x0660));
      else if (c >= 0x06F0 && c <= 0x06F9)
        g_string_append_c (out, '0' + (c - 0x06F0));
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
parse_small_int (const char *text,
                 int         minimum,
                 int         maximum,
                 int        *result)
{
  g_autofree char *digits = ascii_digits (text);
  guint64 value;

  if (!g_ascii_string_to_unsigned (digits, 10, minimum, maximum, &value, NULL))
    return FALSE;

  *result = (int) value;
  return TRUE;
}

static gboolean
value_in (const char *key,
          const char *list)
{
  return alias_matches (list, key);
}

/* A cell quoted in a message: long ones are cut, so a 1 MB cell does not
 * make a 1 MB report. */
static char *
shorten (const char *text)
{
  g_autofree char *start = NULL;

  if (g_utf8_strlen (text, -1) <= 40)
    return g_strdup (text);

  start = g_utf8_substring (text, 0, 40);
  return g_strconcat (start, "…", NULL);
}

static char *
sdgs_value (const char  *cell,
            const char  *header,
            char       **reason)
{
  g_autofree char *digits = ascii_digits (cell);
  g_auto(GStrv) tokens = NULL;
  gint64 bits = 0;

  /* "7, 17", "7;17", "SDG 7 / SDG 17" and the Arabic comma all work. */
  g_strdelimit (digits, ",;/|", ' ');
  tokens = g_regex_split_simple ("[\\s\\x{060C}\\x{061B}]+", digits, G_REGEX_OPTIMIZE, 0);
  for (guint i = 0; tokens[i]; i++)
    {
      const char *token = tokens[i];
      int goal;

      if (*token == '\0')
        continue;
      if (g_ascii_strncasecmp (token, "sdgs", 4) == 0)
        token += 4;
      else if (g_ascii_strncasecmp (token, "sdg", 3) == 0)
        token += 3;
      if (*token == '\0')
        continue;
      if (!parse_small_int (token, 1, 17, &goal))
        {
          g_autofree char *shown = shorten (tokens[i]);

          *reason = g_strdup_printf (_("column “%s”: “%s” is not a goal number from 1 to 17"),
                                     header, shown);
          return NULL;
        }
      bits |= G_GINT64_CONSTANT (1) << goal;
    }

  return g_strdup_printf ("%" G_GINT64_FORMAT, bits);
}

/* Turns a checked cell into the canonical text the plan keeps, or explains
 * why it cannot be taken. */
static char *
canonical_value (LcCsvImportKind   kind,
                 const Field      *field,
                 const char       *cell,
                 const char       *header,
                 char            **reason)
{
  g_autofree char *key = normalize_key (cell, TRUE);
  g_autofree char *shown = shorten (cell);
  int number;

  switch (field->type)
    {
    case F_TEXT:
    case F_CITY:
      return g_strdup (cell);

    case F_ATTENDANCE:
      if (value_in (key, "in person|in-person|inperson|onsite|on site|present|حضوري|حضوريا|حضور"))
        number = LC_ATTENDANCE_IN_PERSON;
      else if (value_in (key, "online|remote|virtual|عن بعد|افتراضي|أونلاين"))
        number = LC_ATTENDANCE_ONLINE;
      else if (kind == LC_CSV_IMPORT_CITIES && value_in (key, "absent|not attending|غائب|غائبة|لم تحضر"))
        number = LC_ATTENDANCE_ABSENT;
      else if (kind == LC_CSV_IMPORT_CITIES && value_in (key, "unknown|غير معروف"))
        number = LC_ATTENDANCE_UNSET;
      else
        {
          *reason = kind == LC_CSV_IMPORT_CITIES
            ? g_strdup_printf (_("column “%s”: “%s” is not one of in-person, online, absent, unknown"),
                               header, shown)
            : g_strdup_printf (_("column “%s”: “%s” is not one of in-person, online"), header, shown);
          return NULL;
        }
      return g_strdup_printf ("%d", number);

    case F_COUNTRY:
      if (strlen (cell) != 2 || !g_ascii_isalpha (cell[0]) || !g_ascii_isalpha (cell[1]))
        {
          *reason = g_strdup_printf (_("column “%s”: “%s” is not a two-letter country code "
                                       "(ISO 3166-1, such as JO or SA)"), header, shown);
          return NULL;
        }
      return g_ascii_strup (cell, -1);

    case F_BOOLEAN:
      if (value_in (key, "yes|y|true|1|x|✓|✔|نعم"))
        return g_strdup ("1");
      if (value_in (key, "no|n|false|0|لا"))
        return g_strdup ("0");
      *reason = g_strdup_printf (_("column “%s”: “%s” is not yes or no"), header, shown);
      return NULL;

    case F_YEAR:
      if (!parse_small_int (cell, 1, 9999, &number))
        {
          *reason = g_strdup_printf (_("column “%s”: “%s” is not a year"), header, shown);
          return NULL;
        }
      return g_strdup_printf ("%d", number);

    case F_SDGS:
      return sdgs_value (cell, header, reason);

    default:
      g_assert_not_reached ();
    }
}

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
  g_free (row->reject);
  g_free (row);
}

static void
import_row_free (gpointer data)
{
  LcImportRow *row = data;

  g_free (row->label);
  g_free (row->reason);
  g_free (row->changed);
  g_free (row);
}

static void
unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
column_free (gpointer data)
{
  Column *column = data;

  g_free (column->header);
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
      g_autofree char *ka = normalize_key (a, FALSE);
      g_autofree char *kb = normalize_key (b, FALSE);

      return g_str_equal (ka, kb);
    }

  return g_str_equal (a, b);
}

static const char *
column_header (LcImportPlan *self,
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
  const Field *fields = fields_for (self->kind, &n_fields);
  g_autoptr(GPtrArray) trimmed = g_ptr_array_new_with_free_func (g_free);
  ParsedRow *row;
  gboolean blank = TRUE, extra = FALSE;

  for (guint i = 0; i < n_cells; i++)
    {
      char *cell = trim_cell (cells[i]);

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

  /* Cells past the header's columns are all empty here. */
  for (guint i = 0; i < MIN (n_cells, self->columns->len); i++)
    {
      Column *column = g_ptr_array_index (self->columns, i);
      const Field *field;
      char *cell, *value;
      int slot;

      if (column->field < 0 || *(char *) g_ptr_array_index (trimmed, i) == '\0')
        continue;

      field = &fields[column->field];
      cell = clean_cell (self, line, field, column->header,
                         g_strdup (g_ptr_array_index (trimmed, i)), &row->reject);
      if (cell == NULL)
        return row;
      value = canonical_value (self->kind, field, cell, column->header, &row->reject);
      slot = column->slot == SLOT_AUTO ? (has_arabic (cell) ? SLOT_AR : SLOT_EN) : column->slot;
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
                                             column_header (self, other), column->header);
              g_free (value);
              return row;
            }
          g_free (value);
          continue;
        }

      row->values[column->field][slot] = value;
      row->source[column->field][slot] = i;
    }

  if (row->values[0][SLOT_AR] == NULL && row->values[0][SLOT_EN] == NULL)
    row->reject = g_strdup (_("the row has no name, neither in Arabic nor in English"));

  return row;
}

static char *
row_key (ParsedRow *row,
         int        slot)
{
  return row->values[0][slot] ? normalize_key (row->values[0][slot], FALSE) : NULL;
}

/* Rows of one file that name the same person (or city) are one record: a
 * later row whose cells agree with the earlier one (an empty cell agrees
 * with anything) is merged into it; one that contradicts it is rejected. */
static void
merge_duplicates (LcImportPlan *self)
{
  guint n_fields;
  const Field *fields = fields_for (self->kind, &n_fields);
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

      key_ar = row_key (row, SLOT_AR);
      key_en = row_key (row, SLOT_EN);
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
                  g_autofree char *here = shorten (row->values[f][s]);
                  g_autofree char *there = shorten (leader->values[f][s]);

                  row->reject = g_strdup_printf (_("the row repeats line %u but column “%s” differs "
                                                   "(“%s” there, “%s” here); merge the two rows"),
                                                 leader->line,
                                                 column_header (self, row->source[f][s]),
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

/* The records of the convention, by the keys of their names. */
typedef struct
{
  GListStore *list;
  GHashTable *by_key[2];   /* key → GPtrArray of LcRecord, not owned */
} Index;

static void
index_clear (Index *index)
{
  g_clear_pointer (&index->by_key[SLOT_AR], g_hash_table_unref);
  g_clear_pointer (&index->by_key[SLOT_EN], g_hash_table_unref);
  g_clear_object (&index->list);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Index, index_clear)

static gboolean
index_load (Index    *index,
            LcStore  *store,
            GType     type,
            gint64    convention_id,
            GError  **error)
{
  const char *properties[2] = { "name-ar", "name-en" };

  index->list = lc_store_list (store, type, "convention_id", convention_id, error);
  if (index->list == NULL)
    return FALSE;

  for (int s = SLOT_AR; s <= SLOT_EN; s++)
    {
      index->by_key[s] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                (GDestroyNotify) g_ptr_array_unref);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (index->list)); i++)
        {
          LcRecord *record = g_list_model_get_item (G_LIST_MODEL (index->list), i);
          g_autofree char *key = normalize_key (lc_record_get_string (record, properties[s]), FALSE);
          GPtrArray *same;

          /* The list holds a reference for as long as the index lives. */
          g_object_unref (record);
          if (*key == '\0')
            continue;
          same = g_hash_table_lookup (index->by_key[s], key);
          if (same == NULL)
            {
              same = g_ptr_array_new ();
              g_hash_table_insert (index->by_key[s], g_strdup (key), same);
            }
          g_ptr_array_add (same, record);
        }
    }

  return TRUE;
}

static char *
record_label (LcRecord *record)
{
  const char *en = lc_record_get_string (record, "name-en");
  const char *ar = lc_record_get_string (record, "name-ar");

  if (*en && *ar)
    return g_strdup_printf ("%s — %s", en, ar);

  return g_strdup (*en ? en : ar);
}

static void
set_value (LcRecord    *record,
           const Field *field,
           int          slot,
           const char  *value,
           gint64       city_id)
{
  g_autofree char *property = NULL;

  switch (field->type)
    {
    case F_TEXT:
      property = g_strconcat (field->property, slot == SLOT_AR ? "-ar" : "-en", NULL);
      lc_record_set_string (record, property, value);
      break;
    case F_COUNTRY:
      lc_record_set_string (record, field->property, value);
      break;
    case F_CITY:
      lc_record_set_int (record, field->property, city_id);
      break;
    default:
      lc_record_set_int (record, field->property, g_ascii_strtoll (value, NULL, 10));
    }
}

/* Whether the field, in the slot, differs between two records. */
static gboolean
field_differs (LcRecord    *a,
               LcRecord    *b,
               const Field *field,
               int          slot)
{
  g_autofree char *property = NULL;

  if (field->type == F_TEXT)
    property = g_strconcat (field->property, slot == SLOT_AR ? "-ar" : "-en", NULL);
  else
    property = g_strdup (field->property);

  if (field->type == F_TEXT || field->type == F_COUNTRY)
    return !g_str_equal (lc_record_get_string (a, property), lc_record_get_string (b, property));

  return lc_record_get_int (a, property) != lc_record_get_int (b, property);
}

static LcRecord *
single_match (GPtrArray *matches)
{
  return matches && matches->len == 1 ? g_ptr_array_index (matches, 0) : NULL;
}

static char *
ambiguous_reason (LcCsvImportKind  kind,
                  guint            n,
                  const char      *name)
{
  g_autofree char *shown = shorten (name);

  if (kind == LC_CSV_IMPORT_CITIES)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u city of the convention is named “%s”; rename "
                                         "all but one first, so the row can tell which to update",
                                         "%u cities of the convention are named “%s”; rename "
                                         "all but one first, so the row can tell which to update", n),
                            n, shown);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u person of the convention is named “%s”; rename "
                                       "all but one first, so the row can tell which to update",
                                       "%u people of the convention are named “%s”; rename "
                                       "all but one first, so the row can tell which to update", n),
                          n, shown);
}

/* Finds the one city a speaker row names, in either language. */
static LcRecord *
find_city (Index       *cities,
           const char  *name,
           const char  *header,
           char       **reason)
{
  g_autofree char *key = normalize_key (name, FALSE);
  g_autofree char *shown = shorten (name);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  for (int s = SLOT_AR; s <= SLOT_EN; s++)
    {
      GPtrArray *same = g_hash_table_lookup (cities->by_key[s], key);

      for (guint i = 0; same && i < same->len; i++)
        if (!g_ptr_array_find (found, g_ptr_array_index (same, i), NULL))
          g_ptr_array_add (found, g_ptr_array_index (same, i));
    }

  if (found->len == 1)
    return g_ptr_array_index (found, 0);

  if (found->len == 0)
    *reason = g_strdup_printf (_("column “%s”: the convention has no city named “%s”; "
                                 "import or add the cities first"), header, shown);
  else
    *reason = ambiguous_reason (LC_CSV_IMPORT_CITIES, found->len, name);

  return NULL;
}

/* Decides, against the library as it is now, what each row does. Fills
 * @rows (LcImportRow) and @records (the record to write, or NULL). */
static gboolean
resolve (LcImportPlan          *self,
         LcStore               *store,
         GPtrArray             *rows,
         GPtrArray             *records,
         GCancellable          *cancellable,
         LcImportProgressFunc   progress,
         gpointer               user_data,
         double                 from,
         double                 to,
         GError               **error)
{
  guint n_fields;
  const Field *fields = fields_for (self->kind, &n_fields);
  GType type = self->kind == LC_CSV_IMPORT_CITIES ? LC_TYPE_CITY : LC_TYPE_PERSON;
  g_auto(Index) existing = { NULL, };
  g_auto(Index) cities = { NULL, };

  if (!index_load (&existing, store, type, self->convention_id, error))
    return FALSE;
  if (self->kind == LC_CSV_IMPORT_SPEAKERS
      && !index_load (&cities, store, LC_TYPE_CITY, self->convention_id, error))
    return FALSE;

  for (guint r = 0; r < self->parsed->len; r++)
    {
      ParsedRow *parsed = g_ptr_array_index (self->parsed, r);
      LcImportRow *row = g_new0 (LcImportRow, 1);
      g_autoptr(LcRecord) record = NULL;
      LcRecord *target = NULL, *match[2] = { NULL, NULL };
      gint64 city_id = 0;

      g_ptr_array_add (rows, row);
      row->line = parsed->line;
      row->label = g_strdup (parsed->values[0][SLOT_EN] ? parsed->values[0][SLOT_EN]
                             : parsed->values[0][SLOT_AR] ? parsed->values[0][SLOT_AR] : "");
      if (parsed->values[0][SLOT_EN] && parsed->values[0][SLOT_AR])
        {
          g_free (row->label);
          row->label = g_strdup_printf ("%s — %s", parsed->values[0][SLOT_EN], parsed->values[0][SLOT_AR]);
        }

      if (r % 64 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (progress)
            progress (from + (to - from) * r / self->parsed->len, user_data);
        }

      if (parsed->reject != NULL)
        {
          row->action = LC_IMPORT_ROW_REJECTED;
          row->reason = g_strdup (parsed->reject);
          g_ptr_array_add (records, NULL);
          continue;
        }

      if (parsed->leader >= 0)
        {
          LcImportRow *leader = g_ptr_array_index (rows, parsed->leader);

          row->action = LC_IMPORT_ROW_MERGED;
          row->merged_into = leader->line;
          row->target_id = leader->target_id;
          row->reason = g_strdup_printf (_("repeats line %u and was merged into it"), leader->line);
          g_ptr_array_add (records, NULL);
          continue;
        }

      for (int s = SLOT_AR; s <= SLOT_EN; s++)
        {
          g_autofree char *key = row_key (parsed, s);
          GPtrArray *same = key ? g_hash_table_lookup (existing.by_key[s], key) : NULL;

          if (same && same->len > 1 && row->reason == NULL)
            row->reason = ambiguous_reason (self->kind, same->len, parsed->values[0][s]);
          match[s] = single_match (same);
        }

      if (row->reason == NULL && match[SLOT_AR] && match[SLOT_EN] && match[SLOT_AR] != match[SLOT_EN])
        {
          g_autofree char *by_ar = record_label (match[SLOT_AR]);
          g_autofree char *by_en = record_label (match[SLOT_EN]);

          row->reason = g_strdup_printf (_("the Arabic name matches “%s” but the English name "
                                           "matches “%s”, another record"), by_ar, by_en);
        }

      for (guint f = 0; f < n_fields && row->reason == NULL; f++)
        if (fields[f].type == F_CITY && parsed->values[f][SLOT_AR] != NULL)
          {
            LcRecord *city = find_city (&cities, parsed->values[f][SLOT_AR],
                                        column_header (self, parsed->source[f][SLOT_AR]),
                                        &row->reason);

            city_id = city ? lc_record_get_id (city) : 0;
          }

      if (row->reason != NULL)
        {
          row->action = LC_IMPORT_ROW_REJECTED;
          g_ptr_array_add (records, NULL);
          continue;
        }

      target = match[SLOT_AR] ? match[SLOT_AR] : match[SLOT_EN];
      if (target != NULL)
        {
          record = lc_record_copy (target);
          /* Show the record as the library spells it. */
          g_free (row->label);
          row->label = record_label (target);
        }
      else
        {
          record = g_object_new (type, NULL);
          lc_record_set_int (record, "convention-id", self->convention_id);
        }

      for (guint f = 0; f < n_fields; f++)
        for (int s = SLOT_AR; s <= SLOT_EN; s++)
          {
            g_autofree char *key = NULL;

            if (parsed->values[f][s] == NULL)
              continue;
            /* A name that matched keeps the library's spelling: "SAMAH
             * SHALABY" finds Samah Shalaby but does not rename her. */
            if (f == 0 && target != NULL)
              {
                const char *current = lc_record_get_string (target, s == SLOT_AR ? "name-ar" : "name-en");
                g_autofree char *current_key = normalize_key (current, FALSE);

                key = row_key (parsed, s);
                if (g_str_equal (key, current_key))
                  continue;
              }
            set_value (record, &fields[f], s, parsed->values[f][s], city_id);
          }

      if (target == NULL)
        {
          row->action = LC_IMPORT_ROW_ADD;
        }
      else if (lc_record_equal (record, target))
        {
          row->action = LC_IMPORT_ROW_UNCHANGED;
          row->target_id = lc_record_get_id (target);
        }
      else
        {
          g_autoptr(GString) changed = g_string_new (NULL);

          row->action = LC_IMPORT_ROW_UPDATE;
          row->target_id = lc_record_get_id (target);
          for (guint f = 0; f < n_fields; f++)
            for (int s = SLOT_AR; s <= SLOT_EN; s++)
              if (parsed->values[f][s] != NULL && field_differs (record, target, &fields[f], s))
                g_string_append_printf (changed, "%s%s", changed->len ? ", " : "",
                                        column_header (self, parsed->source[f][s]));
          row->changed = g_string_free (g_steal_pointer (&changed), FALSE);
        }

      g_ptr_array_add (records, g_steal_pointer (&record));
    }

  return TRUE;
}

static gboolean
read_header (LcImportPlan  *self,
             LcCsvReader   *reader,
             GError       **error)
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

      column->header = trim_cell (cells[i]);
      map_header (self->kind, column->header, &column->field, &column->slot);
      g_ptr_array_add (self->columns, column);

      if (column->field == 0)
        has_name = TRUE;

      /* Two columns for one field would leave the row ambiguous. A column
       * without a language may sit beside one with: it fills the other. */
      for (guint j = 0; j < i && column->field >= 0; j++)
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

      /* The header as found, kept short: it may be a line of data. */
      for (guint i = 0; cells[i] && i < 12; i++)
        {
          g_autofree char *cell = shorten (cells[i]);

          g_strv_builder_add (builder, cell);
        }
      shown = g_strv_builder_end (builder);
      names = g_strjoinv ("”, “", shown);

      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("“%s”, line %u: no column gives the name (found “%s”). The first line "
                     "must name the columns; “CSV import columns” in the README lists the "
                     "names understood, such as “%s”."),
                   self->source, line, names, "Name (EN)");
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

      if (column->field >= 0)
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
  self->rows = g_ptr_array_new_with_free_func (import_row_free);
  self->messages = g_ptr_array_new_with_free_func (message_free);
  self->repeats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  return self;
}

/**
 * lc_import_plan_new_for_data:
 * @store: the library; used by no other thread while this runs (a worker
 *   opens its own with lc_store_open() on lc_store_get_path())
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
 * Reads a CSV file of speakers or cities and decides, without writing, what
 * importing it would do to each row. A file that cannot be read as a table
 * at all (not UTF-8, a NUL byte, a quote never closed, no header naming a
 * name column) is an error; a row that cannot be imported is a rejected row
 * of the plan.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL with @error set
 *   (%G_IO_ERROR_CANCELLED when cancelled)
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
  g_autoptr(LcImportPlan) self = NULL;
  g_autoptr(LcCsvReader) reader = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (unref_nullable);
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
  if (reader == NULL || !read_header (self, reader, error))
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

  list_unknown_columns (self);
  merge_duplicates (self);
  count_repeats (self);

  if (!resolve (self, store, self->rows, records, cancellable, progress, user_data, 0.7, 1.0, error))
    return NULL;

  if (progress)
    progress (1.0, user_data);

  return g_steal_pointer (&self);
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
  g_autofree char *display = g_filename_display_basename (path);
  g_autofree char *data = NULL;
  gsize length = 0;

  /* A CSV file of people or cities is small; a huge one is a mistake. The
   * bound is on the bytes read, so a pipe or a device stops there too. */
  if (!lc_file_read_bounded (path, LC_FILE_MAX_CSV_BYTES, &data, &length, error))
    return NULL;

  return lc_import_plan_new_for_data (store, convention_id, kind, data, length, display,
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
  g_ptr_array_unref (self->columns);
  g_ptr_array_unref (self->parsed);
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->messages);
  g_hash_table_unref (self->repeats);
  g_strfreev (self->unknown);
  g_clear_pointer (&self->applied, g_ptr_array_unref);
  g_free (self);
}

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
 * Returns: %TRUE when no row is rejected
 */
gboolean
lc_import_plan_can_apply (LcImportPlan *self)
{
  return lc_import_plan_count (self, LC_IMPORT_ROW_REJECTED) == 0;
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

/* Keeps the row as stored after a change, for the undo history. */
static gboolean
remember_change (GPtrArray  *applied,
                 LcStore    *store,
                 LcRecord   *before,
                 LcRecord   *record,
                 GError    **error)
{
  g_autoptr(LcRecord) after = lc_store_get (store, G_OBJECT_TYPE (record), lc_record_get_id (record), error);

  if (after == NULL)
    return FALSE;

  g_ptr_array_add (applied, lc_undo_change_new (before, after));
  return TRUE;
}

/**
 * lc_import_plan_take_changes:
 * @self: a plan that was applied
 *
 * What the last lc_import_plan_apply() wrote, row by row, as the undo
 * history keeps changes: hand it to lc_undo_stack_record_applied() so the
 * import can be undone.
 *
 * Returns: (transfer full) (nullable): the changes, or %NULL when the plan
 *   was not applied (or they were taken already)
 */
GPtrArray *
lc_import_plan_take_changes (LcImportPlan *self)
{
  return g_steal_pointer (&self->applied);
}

/**
 * lc_import_plan_apply:
 * @self: a plan with no rejected row
 * @store: the library the plan was made against (or another connection to
 *   it); used by no other thread while this runs
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope call): called now and then with the fraction done
 * @user_data: data for @progress
 * @error: return location for a #GError
 *
 * Adds and updates the records of the plan in one transaction. The rows are
 * matched again inside it; if the result differs from the plan (the library
 * changed meanwhile), nothing is written and %LC_ERROR_CONSTRAINT asks to
 * plan again. On any error or cancellation nothing is written.
 *
 * Returns: %TRUE when every row was written
 */
gboolean
lc_import_plan_apply (LcImportPlan          *self,
                      LcStore               *store,
                      GCancellable          *cancellable,
                      LcImportProgressFunc   progress,
                      gpointer               user_data,
                      GError               **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (import_row_free);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (unref_nullable);
  g_autoptr(GPtrArray) applied = g_ptr_array_new_with_free_func (lc_undo_change_free);
  guint n_rejected = lc_import_plan_count (self, LC_IMPORT_ROW_REJECTED);

  g_return_val_if_fail (LC_IS_STORE (store), FALSE);

  if (n_rejected > 0)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Nothing was imported from “%s”: %u row was rejected. Correct the "
                                "file and import it again.",
                                "Nothing was imported from “%s”: %u rows were rejected. Correct the "
                                "file and import it again.", n_rejected),
                   self->source, n_rejected);
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!lc_store_begin (store, error))
    return FALSE;

  /* Under the write lock the library cannot change until the commit. */
  if (!resolve (self, store, rows, records, cancellable, progress, user_data, 0.0, 0.2, error))
    goto failed;

  for (guint i = 0; i < rows->len; i++)
    {
      LcImportRow *now = g_ptr_array_index (rows, i);
      LcImportRow *planned = g_ptr_array_index (self->rows, i);

      if (now->action != planned->action || now->target_id != planned->target_id)
        {
          g_set_error (error, LC_ERROR, LC_ERROR_CONSTRAINT,
                       _("The library changed after the import of “%s” was previewed (line %u "
                         "no longer does what the preview said). Nothing was imported; preview "
                         "the import again."),
                       self->source, planned->line);
          goto failed;
        }
    }

  for (guint i = 0; i < rows->len; i++)
    {
      LcImportRow *row = g_ptr_array_index (rows, i);
      LcRecord *record = g_ptr_array_index (records, i);
      gboolean ok = TRUE;

      if (i % 64 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            goto failed;
          if (progress)
            progress (0.2 + 0.8 * i / rows->len, user_data);
        }

      if (row->action == LC_IMPORT_ROW_ADD)
        ok = lc_store_insert (store, record, error) && remember_change (applied, store, NULL, record, error);
      else if (row->action == LC_IMPORT_ROW_UPDATE)
        {
          g_autoptr(LcRecord) before = lc_store_get (store, G_OBJECT_TYPE (record), lc_record_get_id (record), error);

          ok = before != NULL && lc_store_update (store, record, error)
               && remember_change (applied, store, before, record, error);
        }

      if (!ok)
        {
          g_prefix_error (error, _("“%s”, line %u: "), self->source, row->line);
          goto failed;
        }
    }

  if (!lc_store_commit (store, error))
    return FALSE;

  g_clear_pointer (&self->applied, g_ptr_array_unref);
  self->applied = g_steal_pointer (&applied);

  if (progress)
    progress (1.0, user_data);

  return TRUE;

failed:
  lc_store_rollback (store);
  return FALSE;
}

static gboolean
cli_import (LcCliContext     *ctx,
            const char       *path,
            LcCsvImportKind   kind,
            GError          **error)
{
  g_autoptr(LcImportPlan) plan = NULL;
  g_autofree char *report = NULL;
  g_autofree char *added = NULL, *updated = NULL;
  guint n_added, n_updated;

  if (path == NULL || *path == '\0')
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE, _("Give the CSV file to import."));
      return FALSE;
    }

  plan = lc_import_plan_new_for_file (ctx->store, ctx->convention_id, kind, path,
                                      NULL, NULL, NULL, error);
  if (plan == NULL)
    return FALSE;

  /* The same report the window's preview shows, before anything is written. */
  report = lc_import_plan_format_report (plan);
  g_print ("%s", report);

  if (!lc_import_plan_apply (plan, ctx->store, NULL, NULL, NULL, error))
    return FALSE;

  n_added = lc_import_plan_count (plan, LC_IMPORT_ROW_ADD);
  n_updated = lc_import_plan_count (plan, LC_IMPORT_ROW_UPDATE);
  added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u added", "%u added", n_added), n_added);
  updated = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u updated", "%u updated", n_updated), n_updated);
  /* Translators: the two parts are "N added" and "N updated" */
  g_print (_("Imported: %s, %s.\n"), added, updated);

  return TRUE;
}

/**
 * lc_csv_import_cli_speakers:
 * @ctx: the command's context
 * @path: the CSV file
 * @error: return location for a #GError
 *
 * The command line's --import-speakers: prints the plan's report, then
 * imports it, or fails writing nothing when a row is rejected.
 *
 * Returns: %TRUE when the file was imported
 */
gboolean
lc_csv_import_cli_speakers (LcCliContext  *ctx,
                            const char    *path,
                            GError       **error)
{
  return cli_import (ctx, path, LC_CSV_IMPORT_SPEAKERS, error);
}

/**
 * lc_csv_import_cli_cities:
 * @ctx: the command's context
 * @path: the CSV file
 * @error: return location for a #GError
 *
 * The command line's --import-cities, like lc_csv_import_cli_speakers().
 *
 * Returns: %TRUE when the file was imported
 */
gboolean
lc_csv_import_cli_cities (LcCliContext  *ctx,
                          const char    *path,
                          GError       **error)
{
  return cli_import (ctx, path, LC_CSV_IMPORT_CITIES, error);
}
