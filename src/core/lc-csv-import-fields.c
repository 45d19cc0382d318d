/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-csv-import-private.h"
#include "lc-person-contact.h"

/* The columns a spreadsheet may have, and the cells in them: which header
 * names which field in which language, and what a cell must hold. */

/* The first field of each table is the name, which identifies a row. Keep
 * these lists and README.md's "Spreadsheets" in step: a test checks
 * that every header the README lists is recognised. */
static const Field person_fields[] = {
  { "name", F_TEXT, "name|full name|speaker|speaker name|person|الاسم|اسم|الاسم الكامل|المتحدث|اسم المتحدث" },
  { "honorific", F_TEXT, "honorific|salutation|prefix|اللقب|لقب" },
  { "position", F_TEXT, "position|job title|job|function|المنصب|منصب|الوظيفة|المسمى الوظيفي|الصفة" },
  { "organisation", F_TEXT, "organisation|organization|institution|affiliation|الجهة|المؤسسة|المنظمة|جهة العمل" },
  { "city-id", F_CITY, "city|المدينة|مدينة" },
  { "attendance", F_ATTENDANCE, "attendance|participation|الحضور|طريقة الحضور|طريقة المشاركة" },
  { "email", F_EMAIL, "email|e-mail|email address|mail|البريد الإلكتروني|البريد|بريد إلكتروني|الإيميل" },
  { "phone", F_PHONE, "phone|telephone|mobile|phone number|tel|الهاتف|هاتف|رقم الهاتف|الجوال|جوال|الموبايل" },
  { "bio", F_TEXT, "bio|biography|short bio|about|السيرة|السيرة الذاتية|نبذة|نبذة مختصرة" },
  /* people14: participants (lc-csv-import-participants.c) */
  { "category", F_CATEGORY, "category|participant category|الفئة|فئة المشارك|فئة المشاركة" },
  { "status", F_STATUS, "status|registration status|rsvp|الحالة|حالة التسجيل|حالة المشاركة" },
  { "represents", F_TEXT, "represents|representing|on behalf of|يمثل|الجهة الممثلة|ممثلا عن|نيابة عن" },
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

const Field *
lc_csv_import_fields_for (LcCsvImportKind  kind,
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
char *
lc_csv_import_normalize_key (const char *text,
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
      g_autofree char *alias = lc_csv_import_normalize_key (list[i], TRUE);

      if (g_str_equal (alias, key))
        return TRUE;
    }

  return FALSE;
}

/* Whether a normalised key is one of a '|'-separated list of spellings. */
gboolean
lc_csv_import_key_in (const char *aliases,
                      const char *key)
{
  return alias_matches (aliases, key);
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
      g_autofree char *marker = lc_csv_import_normalize_key (list[i], TRUE);
      gsize len = strlen (marker);

      if (key_len > len + 1 && g_str_has_suffix (key, marker) && key[key_len - len - 1] == ' ')
        return g_strndup (key, key_len - len - 1);
      if (key_len > len + 1 && g_str_has_prefix (key, marker) && key[len] == ' ')
        return g_strdup (key + len + 1);
    }

  return NULL;
}

void
lc_csv_import_map_header (LcCsvImportKind  kind,
                          const char      *header,
                          int             *field,
                          int             *slot)
{
  guint n_fields;
  const Field *fields = lc_csv_import_fields_for (kind, &n_fields);
  g_autofree char *key = lc_csv_import_normalize_key (header, TRUE);
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
  const Field *fields = lc_csv_import_fields_for (kind, &n_fields);
  int field, slot;

  lc_csv_import_map_header (kind, header, &field, &slot);
  if (field < 0)
    return NULL;
  if (fields[field].type != F_TEXT || slot == SLOT_AUTO)
    return g_strdup (fields[field].property);

  return g_strconcat (fields[field].property, slot == SLOT_AR ? "-ar" : "-en", NULL);
}

/* Trims spaces and invisible marks from both ends. */
char *
lc_csv_import_trim_cell (const char *cell)
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

gboolean
lc_csv_import_has_arabic (const char *text)
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
char *
lc_csv_import_shorten (const char *text)
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
          g_autofree char *shown = lc_csv_import_shorten (tokens[i]);

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
char *
lc_csv_import_canonical_value (LcCsvImportKind   kind,
                               const Field      *field,
                               const char       *cell,
                               const char       *header,
                               char            **reason)
{
  g_autofree char *key = lc_csv_import_normalize_key (cell, TRUE);
  g_autofree char *shown = lc_csv_import_shorten (cell);
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

    case F_CATEGORY:
    case F_STATUS:
      return lc_csv_import_participant_value (field, cell, header, reason);

    case F_EMAIL:
    case F_PHONE:
      {
        g_autoptr(GError) error = NULL;

        if (!(field->type == F_EMAIL ? lc_person_check_email : lc_person_check_phone) (cell, &error))
          {
            /* Translators: the first %s is a column's header, the second a value,
             * the third what is wrong with it */
            *reason = g_strdup_printf (_("column “%s”: “%s”: %s"), header, shown, error->message);
            return NULL;
          }
        return field->type == F_EMAIL ? g_strdup (cell) : lc_person_normalize_phone (cell);
      }

    default:
      g_assert_not_reached ();
    }
}
