/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "lc-error.h"
#include "lc-sheet-private.h"

/* An .xlsx workbook (Office Open XML, ECMA-376): `_rels/.rels` names the
 * workbook part, which lists the sheets in tab order; the workbook's own
 * relationships name each sheet's part, the shared strings (the text of
 * most cells, by index) and the styles (which say a number is a date). */

#define NS_RELATIONSHIPS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_RELATIONSHIPS_STRICT "http://purl.oclc.org/ooxml/officeDocument/relationships"
/* Far more than any workbook's shared strings, cell styles or parts. */
#define MAX_STRINGS 2000000
#define MAX_STYLES 65536
#define MAX_RELATIONSHIPS 10000

typedef struct
{
  char *id;
  char *type;
  char *target;   /* resolved to a path inside the archive */
} Relationship;

static void
relationship_free (gpointer data)
{
  Relationship *relationship = data;

  g_free (relationship->id);
  g_free (relationship->type);
  g_free (relationship->target);
  g_free (relationship);
}

/* A target relative to the folder of the part that names it, as a path in
 * the archive; "../" climbs, "/" starts from the top. */
static char *
resolve_target (const char *base,
                const char *target)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) steps = NULL;
  g_autofree char *folder = g_path_get_dirname (base);
  g_autofree char *joined = NULL;

  if (target[0] == '/')
    joined = g_strdup (target + 1);
  else if (g_str_equal (folder, "."))
    joined = g_strdup (target);
  else
    joined = g_strconcat (folder, "/", target, NULL);

  steps = g_strsplit (joined, "/", -1);
  for (guint i = 0; steps[i]; i++)
    {
      if (*steps[i] == '\0' || g_str_equal (steps[i], "."))
        continue;
      if (g_str_equal (steps[i], ".."))
        {
          if (parts->len > 0)
            g_ptr_array_remove_index (parts, parts->len - 1);
          continue;
        }
      g_ptr_array_add (parts, g_strdup (steps[i]));
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("/", (char **) parts->pdata);
}

/* The relationships of @part (from its `_rels/NAME.rels`), or NULL. */
static GPtrArray *
read_relationships (LcSheetReader  *self,
                    const char     *part,
                    GError        **error)
{
  g_autofree char *folder = g_path_get_dirname (part);
  g_autofree char *name = g_path_get_basename (part);
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (relationship_free);
  g_autofree char *rels = NULL;
  LcSheetXml *xml;
  int status;

  /* The package's own relationships are "_rels/.rels". */
  if (*part == '\0')
    rels = g_strdup ("_rels/.rels");
  else if (g_str_equal (folder, "."))
    rels = g_strconcat ("_rels/", name, ".rels", NULL);
  else
    rels = g_strconcat (folder, "/_rels/", name, ".rels", NULL);
  xml = lc_sheet_xml_open (self, rels, LC_SHEET_MAX_PART_BYTES, error);
  if (xml == NULL)
    return NULL;

  while ((status = lc_sheet_xml_next (self, xml, error)) > 0)
    {
      Relationship *relationship;
      g_autofree char *target = NULL;
      g_autofree char *mode = NULL;

      if (!lc_sheet_xml_is_start (xml, "Relationship"))
        continue;
      mode = lc_sheet_xml_attr (xml, "TargetMode", NULL);
      target = lc_sheet_xml_attr (xml, "Target", NULL);
      if (target == NULL || g_strcmp0 (mode, "External") == 0)
        continue;
      if (list->len >= MAX_RELATIONSHIPS)
        {
          status = -1;
          lc_sheet_set_damaged (self, error, rels, "too many relationships");
          break;
        }
      relationship = g_new0 (Relationship, 1);
      relationship->id = lc_sheet_xml_attr (xml, "Id", NULL);
      relationship->type = lc_sheet_xml_attr (xml, "Type", NULL);
      relationship->target = resolve_target (part, target);
      g_ptr_array_add (list, relationship);
    }
  lc_sheet_xml_free (xml);

  return status < 0 ? NULL : g_steal_pointer (&list);
}

/* The first relationship whose type ends with "/@kind" (the transitional
 * and the strict namespaces differ before it), or whose id is @id. */
static const char *
find_target (GPtrArray  *list,
             const char *kind,
             const char *id)
{
  for (guint i = 0; i < list->len; i++)
    {
      Relationship *relationship = g_ptr_array_index (list, i);

      if (id != NULL && g_strcmp0 (relationship->id, id) == 0)
        return relationship->target;
      if (kind != NULL && relationship->type != NULL)
        {
          const char *slash = strrchr (relationship->type, '/');

          if (slash != NULL && g_str_equal (slash + 1, kind))
            return relationship->target;
        }
    }
  return NULL;
}

/* The text of <si> (shared strings) or <is> (an inline string): every <t>,
 * the runs' included, but not the phonetic guides of <rPh>. Leaves @xml at
 * the element's end. */
static gboolean
read_rich_text (LcSheetReader  *self,
                LcSheetXml     *xml,
                GString        *text,
                guint64         column,
                guint           row,
                GError        **error)
{
  int depth = xmlTextReaderDepth (xml->reader), status;
  gboolean in_t = FALSE;

  if (xmlTextReaderIsEmptyElement (xml->reader))
    return TRUE;
  while ((status = lc_sheet_xml_next_in (self, xml, depth, error)) > 0)
    {
      if (lc_sheet_xml_is_start (xml, "rPh") && !lc_sheet_xml_skip (self, xml, error))
        return FALSE;
      else if (lc_sheet_xml_is_start (xml, "t"))
        in_t = !xmlTextReaderIsEmptyElement (xml->reader);
      else if (lc_sheet_xml_is_end (xml, "t"))
        in_t = FALSE;
      else if (in_t && lc_sheet_xml_is_text (xml))
        {
          const char *value = (const char *) xmlTextReaderConstValue (xml->reader);

          if (!lc_sheet_append_text (self, text, value, strlen (value), column, row, error))
            return FALSE;
        }
    }
  return status == 0;
}

static gboolean
read_shared_strings (LcSheetReader  *self,
                     const char     *part,
                     GError        **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  LcSheetXml *xml = lc_sheet_xml_open (self, part, LC_SHEET_MAX_STRINGS_BYTES, error);
  int status;

  if (xml == NULL)
    return FALSE;
  while ((status = lc_sheet_xml_next (self, xml, error)) > 0)
    {
      if (!lc_sheet_xml_is_start (xml, "si"))
        continue;
      if (self->strings->len >= MAX_STRINGS)
        {
          lc_sheet_set_damaged (self, error, part, "too many strings");
          status = -1;
          break;
        }
      g_string_truncate (text, 0);
      /* A string too long for a cell is refused when a cell uses it. */
      if (!read_rich_text (self, xml, text, 0, 0, NULL))
        g_string_assign (text, "\x01");
      g_ptr_array_add (self->strings, g_strndup (text->str, text->len));
    }
  if (status == 0 && xml->problem != NULL)
    status = -1;
  lc_sheet_xml_free (xml);
  return status == 0;
}

/* Whether a number format's code shows a date or a time: a y, m, d, h or s
 * outside quotes, brackets (colours, locales) and escapes. */
static gboolean
format_is_date (const char *code)
{
  gboolean quoted = FALSE, bracket = FALSE;

  for (const char *p = code; *p; p++)
    {
      if (quoted)
        quoted = *p != '"';
      else if (bracket)
        bracket = *p != ']';
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == '[')
        bracket = TRUE;
      else if ((*p == '\\' || *p == '_' || *p == '*') && p[1])
        p++;
      else if (strchr ("ymdhsYMDHS", *p) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Which cell styles show numbers as dates: the built-in formats 14–22 and
 * 45–47, and the workbook's own whose code has date parts. */
static gboolean
read_styles (LcSheetReader  *self,
             const char     *part,
             GError        **error)
{
  g_autoptr(GHashTable) date_formats = g_hash_table_new (NULL, NULL);
  LcSheetXml *xml = lc_sheet_xml_open (self, part, LC_SHEET_MAX_PART_BYTES, error);
  gboolean in_cell_xfs = FALSE;
  int status;

  if (xml == NULL)
    return FALSE;
  for (guint id = 14; id <= 22; id++)
    g_hash_table_add (date_formats, GUINT_TO_POINTER (id));
  for (guint id = 45; id <= 47; id++)
    g_hash_table_add (date_formats, GUINT_TO_POINTER (id));

  while ((status = lc_sheet_xml_next (self, xml, error)) > 0)
    {
      g_autofree char *id_text = NULL;
      guint64 id = 0;

      if (lc_sheet_xml_is_start (xml, "numFmt"))
        {
          g_autofree char *code = lc_sheet_xml_attr (xml, "formatCode", NULL);

          id_text = lc_sheet_xml_attr (xml, "numFmtId", NULL);
          if (code != NULL && lc_sheet_parse_uint (id_text, G_MAXUINT, &id))
            {
              if (format_is_date (code))
                g_hash_table_add (date_formats, GUINT_TO_POINTER ((guint) id));
              else
                g_hash_table_remove (date_formats, GUINT_TO_POINTER ((guint) id));
            }
        }
      else if (lc_sheet_xml_is_start (xml, "cellXfs"))
        in_cell_xfs = TRUE;
      else if (lc_sheet_xml_is_end (xml, "cellXfs"))
        in_cell_xfs = FALSE;
      else if (in_cell_xfs && lc_sheet_xml_is_start (xml, "xf") && self->date_styles->len < MAX_STYLES)
        {
          gboolean is_date;

          id_text = lc_sheet_xml_attr (xml, "numFmtId", NULL);
          is_date = lc_sheet_parse_uint (id_text, G_MAXUINT, &id)
                    && g_hash_table_contains (date_formats, GUINT_TO_POINTER ((guint) id));
          g_array_append_val (self->date_styles, is_date);
        }
    }
  lc_sheet_xml_free (xml);
  return status == 0;
}

static gboolean
read_workbook (LcSheetReader  *self,
               const char     *part,
               char          **sheet_id,
               GError        **error)
{
  LcSheetXml *xml = lc_sheet_xml_open (self, part, LC_SHEET_MAX_PART_BYTES, error);
  int status;

  if (xml == NULL)
    return FALSE;
  while ((status = lc_sheet_xml_next (self, xml, error)) > 0)
    {
      if (lc_sheet_xml_is_start (xml, "workbookPr"))
        {
          g_autofree char *date1904 = lc_sheet_xml_attr (xml, "date1904", NULL);

          self->date1904 = g_strcmp0 (date1904, "1") == 0 || g_strcmp0 (date1904, "true") == 0;
        }
      else if (lc_sheet_xml_is_start (xml, "sheet"))
        {
          if (self->n_sheets++ > 0)
            continue;
          self->sheet_name = lc_sheet_xml_attr (xml, "name", NULL);
          *sheet_id = lc_sheet_xml_attr (xml, "id", NS_RELATIONSHIPS);
          if (*sheet_id == NULL)
            *sheet_id = lc_sheet_xml_attr (xml, "id", NS_RELATIONSHIPS_STRICT);
        }
    }
  lc_sheet_xml_free (xml);
  if (status < 0)
    return FALSE;

  if (self->n_sheets == 0 || *sheet_id == NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("“%s”: the workbook lists no sheet; the file is damaged."), self->source);
      return FALSE;
    }
  if (self->sheet_name == NULL || !g_utf8_validate (self->sheet_name, -1, NULL))
    {
      g_free (self->sheet_name);
      self->sheet_name = g_strdup ("");
    }
  return TRUE;
}

gboolean
lc_sheet_xlsx_open (LcSheetReader  *self,
                    GError        **error)
{
  g_autoptr(GPtrArray) package = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autofree char *sheet_id = NULL;
  const char *workbook, *sheet, *strings, *styles;
  int status;

  package = read_relationships (self, "", error);
  if (package == NULL)
    return FALSE;
  workbook = find_target (package, "officeDocument", NULL);
  if (workbook == NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("“%s”: the archive names no workbook part; the file is damaged."), self->source);
      return FALSE;
    }
  if (!read_workbook (self, workbook, &sheet_id, error))
    return FALSE;
  parts = read_relationships (self, workbook, error);
  if (parts == NULL)
    return FALSE;

  sheet = find_target (parts, NULL, sheet_id);
  if (sheet == NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("“%s”: the workbook's first sheet, “%s”, has no part in the archive; "
                     "the file is damaged."), self->source, self->sheet_name);
      return FALSE;
    }

  self->strings = g_ptr_array_new_with_free_func (g_free);
  self->date_styles = g_array_new (FALSE, FALSE, sizeof (gboolean));
  strings = find_target (parts, "sharedStrings", NULL);
  if (strings != NULL && !read_shared_strings (self, strings, error))
    return FALSE;
  styles = find_target (parts, "styles", NULL);
  if (styles != NULL && !read_styles (self, styles, error))
    return FALSE;

  self->sheet = lc_sheet_xml_open (self, sheet, LC_SHEET_MAX_ENTRY_BYTES, error);
  if (self->sheet == NULL)
    return FALSE;
  while ((status = lc_sheet_xml_next (self, self->sheet, error)) > 0)
    if (lc_sheet_xml_is_start (self->sheet, "sheetData"))
      break;
  if (status < 0)
    return FALSE;
  /* A sheet without rows ends here. */
  self->done = status == 0 || xmlTextReaderIsEmptyElement (self->sheet->reader);
  return TRUE;
}

/* "C12" → column 2 (from 0); the row part must be there but is not used:
 * the row says its number. */
static gboolean
parse_reference (const char *reference,
                 guint64    *column)
{
  guint64 n = 0;
  const char *p = reference;

  for (; *p >= 'A' && *p <= 'Z'; p++)
    {
      n = n * 26 + (*p - 'A' + 1);
      if (n > 1000000)
        return FALSE;
    }
  if (p == reference || !g_ascii_isdigit (*p))
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    ;
  *column = n - 1;
  return *p == '\0';
}

/* A date serial (days since 1899-12-30, or 1904-01-01), as the date it is,
 * with the time when it has one. */
static char *
format_date (double  serial,
             gboolean date1904)
{
  g_autoptr(GDate) date = g_date_new_dmy (date1904 ? 1 : 30, date1904 ? 1 : 12, date1904 ? 1904 : 1899);
  double days = floor (serial);
  int minutes = (int) round ((serial - days) * 24 * 60);

  if (minutes == 24 * 60)
    {
      days += 1;
      minutes = 0;
    }
  g_date_add_days (date, (guint) days);
  if (minutes == 0)
    return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                            g_date_get_day (date));
  return g_strdup_printf ("%04d-%02d-%02d %02d:%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), minutes / 60, minutes % 60);
}

/* A number cell as a person sees it: 1843, not 1843.0; a date as a date. */
static gboolean
format_number (LcSheetReader  *self,
               GString        *value,
               guint64         style,
               guint64         column,
               guint           row,
               GError        **error)
{
  g_autofree char *copy = g_strstrip (g_strndup (value->str, value->len));
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end = NULL;
  double number;

  if (*copy == '\0')
    {
      g_string_truncate (value, 0);
      return TRUE;
    }
  number = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (number))
    {
      g_autofree char *shown = g_utf8_make_valid (copy, MIN (strlen (copy), 40));

      return lc_sheet_cell_error (self, column, row, error,
                                  _("the cell is marked as a number but holds “%s”."), shown);
    }

  /* Serials from 1 (1900-01-01) to 2958465 (9999-12-31). */
  if (style < self->date_styles->len && g_array_index (self->date_styles, gboolean, style)
      && number >= 1 && number < 2958466)
    {
      g_autofree char *date = format_date (number, self->date1904);

      g_string_assign (value, date);
    }
  else if (number == floor (number) && fabs (number) < 1e15)
    g_string_printf (value, "%" G_GINT64_FORMAT, (gint64) number);
  else
    g_string_assign (value, g_ascii_formatd (buffer, sizeof buffer, "%.15g", number));
  return TRUE;
}

/* Reads the <c> the reader is at into @cells. */
static gboolean
read_cell (LcSheetReader  *self,
           GPtrArray      *cells,
           guint64        *next_column,
           guint           row,
           GError        **error)
{
  LcSheetXml *xml = self->sheet;
  g_autofree char *reference = lc_sheet_xml_attr (xml, "r", NULL);
  g_autofree char *type = lc_sheet_xml_attr (xml, "t", NULL);
  g_autofree char *style_text = lc_sheet_xml_attr (xml, "s", NULL);
  g_autoptr(GString) value = g_string_new (NULL);
  int depth = xmlTextReaderDepth (xml->reader), status;
  guint64 column = *next_column, style = G_MAXUINT64;
  gboolean in_v = FALSE;

  /* Cells may be sparse: a cell names its place, or follows the last. */
  if (reference != NULL && !parse_reference (reference, &column))
    {
      g_autofree char *shown = g_utf8_make_valid (reference, MIN (strlen (reference), 20));

      return lc_sheet_cell_error (self, *next_column, row, error,
                                  _("the cell's reference “%s” is not a cell of this row."), shown);
    }
  *next_column = column + 1;
  if (style_text != NULL)
    lc_sheet_parse_uint (style_text, G_MAXUINT, &style);
  if (xmlTextReaderIsEmptyElement (xml->reader))
    return TRUE;

  while ((status = lc_sheet_xml_next_in (self, xml, depth, error)) > 0)
    {
      if (lc_sheet_xml_is_start (xml, "v"))
        in_v = !xmlTextReaderIsEmptyElement (xml->reader);
      else if (lc_sheet_xml_is_end (xml, "v"))
        in_v = FALSE;
      else if (lc_sheet_xml_is_start (xml, "is"))
        {
          if (!read_rich_text (self, xml, value, column, row, error))
            return FALSE;
        }
      else if (lc_sheet_xml_is_start (xml, "f") || lc_sheet_xml_is_start (xml, "extLst"))
        {
          if (!lc_sheet_xml_skip (self, xml, error))
            return FALSE;
        }
      else if (in_v && lc_sheet_xml_is_text (xml))
        {
          const char *text = (const char *) xmlTextReaderConstValue (xml->reader);

          if (!lc_sheet_append_text (self, value, text, strlen (text), column, row, error))
            return FALSE;
        }
    }
  if (status < 0)
    return FALSE;

  if (g_strcmp0 (type, "s") == 0)
    {
      guint64 index = 0;
      const char *shared;

      g_strstrip (value->str);
      if (!lc_sheet_parse_uint (value->str, G_MAXUINT, &index) || index >= self->strings->len)
        return lc_sheet_cell_error (self, column, row, error,
                                    _("the cell refers to shared text number “%s”, which the "
                                      "workbook does not have; the file is damaged."),
                                    value->len < 20 ? value->str : "…");
      shared = g_ptr_array_index (self->strings, index);
      g_string_truncate (value, 0);
      if (g_str_equal (shared, "\x01"))
        return lc_sheet_cell_error (self, column, row, error,
                                    _("the cell holds more than %d characters, the most a spreadsheet "
                                      "cell holds."), LC_SHEET_MAX_CELL_CHARS);
      g_string_append (value, shared);
    }
  else if (g_strcmp0 (type, "b") == 0)
    g_string_assign (value, g_str_equal (g_strstrip (value->str), "1") ? "TRUE" : "FALSE");
  else if (type == NULL || g_str_equal (type, "n"))
    {
      if (!format_number (self, value, style, column, row, error))
        return FALSE;
    }
  /* "str" (a formula's text), "inlineStr", "e" (#N/A) and "d" (an ISO
   * date) are their text. */

  return lc_sheet_row_set (self, cells, column, row, value, error);
}

gboolean
lc_sheet_xlsx_next (LcSheetReader  *self,
                    GPtrArray      *cells,
                    guint          *row,
                    GError        **error)
{
  LcSheetXml *xml = self->sheet;
  int status;

  while ((status = lc_sheet_xml_next (self, xml, error)) > 0)
    {
      g_autofree char *number_text = NULL;
      guint64 number = self->last_row + 1, next_column = 0;
      int depth;

      if (lc_sheet_xml_is_end (xml, "sheetData"))
        return FALSE;
      if (!lc_sheet_xml_is_start (xml, "row"))
        continue;

      number_text = lc_sheet_xml_attr (xml, "r", NULL);
      if (number_text != NULL && !lc_sheet_parse_uint (number_text, LC_SHEET_MAX_ROW, &number))
        number = 0;
      if (number <= self->last_row || number > LC_SHEET_MAX_ROW)
        {
          g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                       _("“%s”: sheet “%s” has a row numbered “%s” after row %u; the file is damaged."),
                       self->source, self->sheet_name, number_text ? number_text : "?", self->last_row);
          return FALSE;
        }
      self->last_row = number;
      *row = number;
      if (xmlTextReaderIsEmptyElement (xml->reader))
        continue;

      depth = xmlTextReaderDepth (xml->reader);
      while ((status = lc_sheet_xml_next_in (self, xml, depth, error)) > 0)
        if (lc_sheet_xml_is_start (xml, "c")
            && !read_cell (self, cells, &next_column, number, error))
          return FALSE;
      if (status < 0)
        return FALSE;
      if (cells->len > 0)
        return TRUE;
    }

  if (status == 0)
    lc_sheet_set_damaged (self, error, xml->entry, "cut short");
  return FALSE;
}
