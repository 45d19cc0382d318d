/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>

#include "lc-error.h"
#include "lc-file.h"
#include "lc-organisation.h"
#include "lc-report-pdf-private.h"
#include "lc-role.h"
#include "lc-text.h"

/*
 * The final report as a flat OpenDocument text (.fodt) that organisers
 * finish in LibreOffice, written with libxml2's text writer. Its parts are
 * the PDF's, as real headings (Heading 1 for the parts, 2 for the days, 3
 * for the sessions), so that the navigator and a table of contents work;
 * an Arabic paragraph has its own right-to-left style; photos are embedded.
 *
 * On bilingual documents each text is written in Arabic, then in English,
 * one after the other: side by side would need a table around every
 * paragraph, which a word processor's headings, navigator and editing do
 * not go through.
 */

#define W(call) G_STMT_START { if ((call) < 0) return FALSE; } G_STMT_END
#define X(s) ((const xmlChar *) (s))

#define PHOTO_WIDTH_CM 16.0
#define PHOTO_MAX_HEIGHT_CM 11.0
/* As the PDF's cover draws the logos (lc-pdf-organisations.c). */
#define LOGO_HEIGHT_CM 1.27
#define LOGO_MAX_WIDTH_CM 3.81

typedef struct
{
  xmlTextWriterPtr  writer;
  LcReportDoc      *doc;
  guint             photos;
  GError           *error;   /* why it stopped, when not libxml2's failure */
} LcOdt;

static const char *const namespaces[][2] = {
  { "xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0" },
  { "xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0" },
  { "xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0" },
  { "xmlns:draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" },
  { "xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" },
  { "xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" },
  { "xmlns:xlink", "http://www.w3.org/1999/xlink" },
};

/* The paragraph styles: name, display name, parent, outline level, size. */
static const struct
{
  const char *name, *display, *parent;
  int         level;
  const char *size;
  gboolean    bold;
} styles[] = {
  { "Standard", NULL, NULL, 0, "11pt", FALSE },
  { "Text_20_body", "Text body", "Standard", 0, "11pt", FALSE },
  { "Title", NULL, "Standard", 0, "24pt", TRUE },
  { "Heading", NULL, "Standard", 0, "14pt", TRUE },
  { "Heading_20_1", "Heading 1", "Heading", 1, "18pt", TRUE },
  { "Heading_20_2", "Heading 2", "Heading", 2, "15pt", TRUE },
  { "Heading_20_3", "Heading 3", "Heading", 3, "12pt", TRUE },
  { "Caption", NULL, "Text_20_body", 0, "9pt", FALSE },
  { "Photo", NULL, "Standard", 0, "11pt", FALSE },
};

static gboolean
attribute (LcOdt      *odt,
           const char *name,
           const char *value)
{
  return xmlTextWriterWriteAttribute (odt->writer, X (name), X (value)) >= 0;
}

static gboolean
write_styles (LcOdt *odt)
{
  xmlTextWriterPtr w = odt->writer;

  W (xmlTextWriterStartElement (w, X ("office:font-face-decls")));
  for (guint i = 0; i < 2; i++)
    {
      const char *font = i == 0 ? "Noto Sans" : "Noto Naskh Arabic";

      W (xmlTextWriterStartElement (w, X ("style:font-face")));
      if (!attribute (odt, "style:name", font) || !attribute (odt, "svg:font-family", font))
        return FALSE;
      W (xmlTextWriterEndElement (w));
    }
  W (xmlTextWriterEndElement (w));

  W (xmlTextWriterStartElement (w, X ("office:styles")));
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      W (xmlTextWriterStartElement (w, X ("style:style")));
      if (!attribute (odt, "style:name", styles[i].name)
          || !attribute (odt, "style:family", "paragraph")
          || (styles[i].display && !attribute (odt, "style:display-name", styles[i].display))
          || (styles[i].parent && !attribute (odt, "style:parent-style-name", styles[i].parent)))
        return FALSE;
      if (styles[i].level > 0)
        {
          g_autofree char *level = g_strdup_printf ("%d", styles[i].level);

          if (!attribute (odt, "style:default-outline-level", level)
              || !attribute (odt, "style:next-style-name", "Text_20_body"))
            return FALSE;
        }
      W (xmlTextWriterStartElement (w, X ("style:paragraph-properties")));
      if (!attribute (odt, "fo:margin-bottom", styles[i].level > 0 ? "0.2cm" : "0.15cm")
          || (styles[i].level > 0 && !attribute (odt, "fo:margin-top", "0.4cm"))
          /* A heading stays with what follows, a photo with its caption. */
          || ((styles[i].level > 0 || g_str_equal (styles[i].name, "Photo"))
              && !attribute (odt, "fo:keep-with-next", "always")))
        return FALSE;
      W (xmlTextWriterEndElement (w));
      W (xmlTextWriterStartElement (w, X ("style:text-properties")));
      if (!attribute (odt, "style:font-name", "Noto Sans")
          || !attribute (odt, "style:font-name-complex", "Noto Naskh Arabic")
          || !attribute (odt, "fo:font-size", styles[i].size)
          || !attribute (odt, "style:font-size-complex", styles[i].size)
          || (styles[i].bold && (!attribute (odt, "fo:font-weight", "bold")
                                 || !attribute (odt, "style:font-weight-complex", "bold"))))
        return FALSE;
      W (xmlTextWriterEndElement (w));
      W (xmlTextWriterEndElement (w));
    }
  W (xmlTextWriterEndElement (w));

  /* Each style again for Arabic: right to left, in Arabic. */
  W (xmlTextWriterStartElement (w, X ("office:automatic-styles")));
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      g_autofree char *name = g_strconcat ("RTL_", styles[i].name, NULL);

      W (xmlTextWriterStartElement (w, X ("style:style")));
      if (!attribute (odt, "style:name", name) || !attribute (odt, "style:family", "paragraph")
          || !attribute (odt, "style:parent-style-name", styles[i].name))
        return FALSE;
      W (xmlTextWriterStartElement (w, X ("style:paragraph-properties")));
      if (!attribute (odt, "style:writing-mode", "rl-tb") || !attribute (odt, "fo:text-align", "start"))
        return FALSE;
      W (xmlTextWriterEndElement (w));
      W (xmlTextWriterStartElement (w, X ("style:text-properties")));
      if (!attribute (odt, "style:language-complex", "ar") || !attribute (odt, "style:country-complex", "SA"))
        return FALSE;
      W (xmlTextWriterEndElement (w));
      W (xmlTextWriterEndElement (w));
    }
  W (xmlTextWriterStartElement (w, X ("style:style")));
  if (!attribute (odt, "style:name", "PhotoFrame") || !attribute (odt, "style:family", "graphic"))
    return FALSE;
  W (xmlTextWriterEndElement (w));
  W (xmlTextWriterEndElement (w));
  return TRUE;
}

/* Text made fit for XML and print: bounded, without control characters. */
static char *
clean (const char *text,
       LcLanguage  language)
{
  if (lc_text_is_displayable (text, LC_TEXT_MAX_PRINT_CHARS))
    return g_strdup (text);
  return lc_text_for_display (text, LC_TEXT_MAX_PRINT_CHARS, lc_text_shortened_note (language));
}

/* One paragraph or heading (@level > 0) in @style, right to left when in
 * Arabic; a line break for each newline. */
static gboolean
paragraph (LcOdt      *odt,
           LcLanguage  language,
           const char *style,
           int         level,
           const char *text)
{
  g_autofree char *name = language == LC_LANGUAGE_ARABIC ? g_strconcat ("RTL_", style, NULL)
                                                         : g_strdup (style);
  g_autofree char *shown = clean (text, language);
  g_auto(GStrv) lines = g_strsplit (shown, "\n", -1);

  W (xmlTextWriterStartElement (odt->writer, X (level > 0 ? "text:h" : "text:p")));
  if (!attribute (odt, "text:style-name", name))
    return FALSE;
  if (level > 0)
    {
      g_autofree char *outline = g_strdup_printf ("%d", level);

      if (!attribute (odt, "text:outline-level", outline))
        return FALSE;
    }
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        {
          W (xmlTextWriterStartElement (odt->writer, X ("text:line-break")));
          W (xmlTextWriterEndElement (odt->writer));
        }
      W (xmlTextWriterWriteString (odt->writer, X (lines[i])));
    }
  W (xmlTextWriterEndElement (odt->writer));
  return TRUE;
}

/* The document's languages, in the order they are written. */
static guint
languages (LcOdt      *odt,
           LcLanguage  out[2])
{
  switch (odt->doc->language)
    {
    case LC_AGENDA_LANGUAGE_ARABIC:
      out[0] = LC_LANGUAGE_ARABIC;
      return 1;
    case LC_AGENDA_LANGUAGE_ENGLISH:
      out[0] = LC_LANGUAGE_ENGLISH;
      return 1;
    default:
      out[0] = LC_LANGUAGE_ARABIC;
      out[1] = LC_LANGUAGE_ENGLISH;
      return 2;
    }
}

/* A text in each of the document's languages; on bilingual documents a
 * text written in one language only is written once. */
static gboolean
texts (LcOdt      *odt,
       const char *style,
       int         level,
       const char *ar,
       const char *en)
{
  LcLanguage langs[2];
  guint n = languages (odt, langs);

  for (guint i = 0; i < n; i++)
    {
      const char *own = langs[i] == LC_LANGUAGE_ARABIC ? ar : en;
      const char *other = langs[i] == LC_LANGUAGE_ARABIC ? en : ar;
      const char *text = *own != '\0' ? own : other;
      LcLanguage written = *own != '\0' ? langs[i] : (langs[i] == LC_LANGUAGE_ARABIC
                                                      ? LC_LANGUAGE_ENGLISH : LC_LANGUAGE_ARABIC);

      if (*text == '\0' || (n > 1 && *own == '\0'))
        continue;
      if (!paragraph (odt, written, style, level, text))
        return FALSE;
    }
  return TRUE;
}

static gboolean
message (LcOdt      *odt,
         const char *style,
         int         level,
         const char *msgid)
{
  return texts (odt, style, level, lc_l10n_gettext (LC_LANGUAGE_ARABIC, msgid),
                lc_l10n_gettext (LC_LANGUAGE_ENGLISH, msgid));
}

/* Paragraphs separated by an empty line, each a paragraph. */
static gboolean
paragraphs (LcOdt      *odt,
            const char *ar,
            const char *en)
{
  g_auto(GStrv) a = g_regex_split_simple ("\\n\\s*\\n", ar, 0, 0);
  g_auto(GStrv) e = g_regex_split_simple ("\\n\\s*\\n", en, 0, 0);
  guint na = g_strv_length (a), ne = g_strv_length (e);

  for (guint i = 0; i < MAX (na, ne); i++)
    {
      g_autofree char *pa = g_strstrip (g_strdup (i < na ? a[i] : ""));
      g_autofree char *pe = g_strstrip (g_strdup (i < ne ? e[i] : ""));

      if (!texts (odt, "Text_20_body", 0, pa, pe))
        return FALSE;
    }
  return TRUE;
}

/* An image embedded in the paragraph open, @width by @height cm. */
static gboolean
frame (LcOdt      *odt,
       const char *name,
       const char *mime_type,
       GBytes     *data,
       double      width,
       double      height)
{
  g_autofree char *base64 = g_base64_encode (g_bytes_get_data (data, NULL), g_bytes_get_size (data));
  g_autofree char *wtext = NULL, *htext = NULL;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  wtext = g_strconcat (g_ascii_formatd (buffer, sizeof buffer, "%.2f", width), "cm", NULL);
  htext = g_strconcat (g_ascii_formatd (buffer, sizeof buffer, "%.2f", height), "cm", NULL);
  W (xmlTextWriterStartElement (odt->writer, X ("draw:frame")));
  if (!attribute (odt, "draw:style-name", "PhotoFrame") || !attribute (odt, "draw:name", name)
      || !attribute (odt, "text:anchor-type", "as-char") || !attribute (odt, "svg:width", wtext)
      || !attribute (odt, "svg:height", htext))
    return FALSE;
  W (xmlTextWriterStartElement (odt->writer, X ("draw:image")));
  if (!attribute (odt, "draw:mime-type", mime_type))
    return FALSE;
  W (xmlTextWriterWriteElement (odt->writer, X ("office:binary-data"), X (base64)));
  W (xmlTextWriterEndElement (odt->writer));
  W (xmlTextWriterEndElement (odt->writer));
  return TRUE;
}

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The convention's organisations on the cover (issue 12): under a label
 * for each role, their names in each language; then their logos in one
 * paragraph, each embedded as PNG from the image the PDF draws. */
static gboolean
organisations (LcOdt *odt)
{
  static const struct { int role; const char *label; } roles[] = {
    { LC_ORGANISATION_ROLE_HOST, N_("Host") },
    { LC_ORGANISATION_ROLE_ORGANISER, N_("Organisers") },
    { LC_ORGANISATION_ROLE_PARTNER, N_("Partners") },
    { LC_ORGANISATION_ROLE_SPONSOR, N_("Sponsors") },
  };
  LcAgenda *agenda = odt->doc->agenda;
  guint logos = 0;

  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      g_autoptr(GString) ar = g_string_new (NULL);
      g_autoptr(GString) en = g_string_new (NULL);

      for (guint i = 0; i < agenda->organisations->len; i++)
        {
          LcRecord *organisation = g_ptr_array_index (agenda->organisations, i);

          if (lc_record_get_int (organisation, "role") != roles[r].role)
            continue;
          g_string_append_printf (ar, "%s%s", ar->len ? "\n" : "",
                                  lc_record_get_text (organisation, "name", LC_LANGUAGE_ARABIC, NULL));
          g_string_append_printf (en, "%s%s", en->len ? "\n" : "",
                                  lc_record_get_text (organisation, "name", LC_LANGUAGE_ENGLISH, NULL));
        }
      if ((ar->len > 0 || en->len > 0)
          && (!message (odt, "Caption", 0, roles[r].label) || !texts (odt, "Text_20_body", 0, ar->str, en->str)))
        return FALSE;
    }

  for (guint i = 0; i < agenda->logos->len; i++)
    {
      cairo_surface_t *logo = g_ptr_array_index (agenda->logos, i);
      g_autoptr(GByteArray) png = NULL;
      g_autoptr(GBytes) data = NULL;
      g_autofree char *name = NULL;
      double width;

      if (logo == NULL)
        continue;
      png = g_byte_array_new ();
      if (cairo_surface_write_to_png_stream (logo, append_png, png) != CAIRO_STATUS_SUCCESS)
        continue;   /* as the PDF, which leaves out a logo it cannot draw */
      if (logos++ == 0)
        {
          W (xmlTextWriterStartElement (odt->writer, X ("text:p")));
          if (!attribute (odt, "text:style-name", "Photo"))
            return FALSE;
        }
      data = g_byte_array_free_to_bytes (g_steal_pointer (&png));
      name = g_strdup_printf ("Logo %u", logos);
      width = MIN (LOGO_HEIGHT_CM * cairo_image_surface_get_width (logo) / cairo_image_surface_get_height (logo),
                   LOGO_MAX_WIDTH_CM);
      if (!frame (odt, name, "image/png", data, width,
                  width * cairo_image_surface_get_height (logo) / cairo_image_surface_get_width (logo)))
        return FALSE;
    }
  if (logos > 0)
    W (xmlTextWriterEndElement (odt->writer));
  return TRUE;
}

static gboolean
photo (LcOdt         *odt,
       LcReportPhoto *photo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *mime = NULL, *name = NULL;
  g_autoptr(GBytes) data = NULL;
  int width = 0, height = 0;
  double w = PHOTO_WIDTH_CM, h;

  /* A photo whose image is missing is left out, as the PDF does. */
  data = lc_report_load_image (odt->doc->store, lc_report_photo_get_image (photo), &mime, &width,
                               &height, &error);
  if (data == NULL || width <= 0)
    return TRUE;
  h = w * height / width;
  if (h > PHOTO_MAX_HEIGHT_CM)
    {
      w = w * PHOTO_MAX_HEIGHT_CM / h;
      h = PHOTO_MAX_HEIGHT_CM;
    }
  name = g_strdup_printf ("Photo %u", ++odt->photos);

  W (xmlTextWriterStartElement (odt->writer, X ("text:p")));
  if (!attribute (odt, "text:style-name", "Photo") || !frame (odt, name, mime, data, w, h))
    return FALSE;
  W (xmlTextWriterEndElement (odt->writer));
  return texts (odt, "Caption", 0, lc_report_photo_get_caption (photo, LC_LANGUAGE_ARABIC),
                lc_report_photo_get_caption (photo, LC_LANGUAGE_ENGLISH));
}

/* A session: its title, time and people, summary and photos. */
static gboolean
session (LcOdt               *odt,
         const LcAgendaEntry *entry)
{
  LcRecord *item = LC_RECORD (entry->item);
  gint64 id = lc_record_get_id (item);
  LcReportSummary *summary = g_hash_table_lookup (odt->doc->summaries, &id);
  GPtrArray *photos = g_hash_table_lookup (odt->doc->photos, &id);
  g_autofree char *start = lc_time_format (lc_record_get_int (item, "start-minute"));
  g_autofree char *end = lc_time_format (lc_record_get_int (item, "end-minute"));
  g_autofree char *time = g_strconcat (start, "–", end, NULL);
  /* In the language's digits, as the PDF prints it. */
  g_autofree char *time_ar = lc_l10n_convert_digits (LC_LANGUAGE_ARABIC, odt->doc->digits, time);
  static const LcRole roles[] = { LC_ROLE_MODERATOR, LC_ROLE_PRESENTER, LC_ROLE_SPEAKER };

  if (!texts (odt, "Heading_20_3", 3, lc_record_get_string (item, "title-ar"),
              lc_record_get_string (item, "title-en"))
      || !texts (odt, "Text_20_body", 0, time_ar, time))
    return FALSE;
  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      g_autoptr(GString) ar = g_string_new (NULL);
      g_autoptr(GString) en = g_string_new (NULL);
      gulong n = 0;

      for (guint p = 0; p < entry->participants->len; p++)
        {
          const LcAgendaParticipant *who = g_ptr_array_index (entry->participants, p);

          if (who->role != roles[r])
            continue;
          n++;
          g_string_append_printf (ar, "%s%s", ar->len ? "، " : "",
                                  lc_record_get_text (LC_RECORD (who->person), "name", LC_LANGUAGE_ARABIC, NULL));
          g_string_append_printf (en, "%s%s", en->len ? ", " : "",
                                  lc_record_get_text (LC_RECORD (who->person), "name", LC_LANGUAGE_ENGLISH, NULL));
        }
      if (n == 0)
        continue;
      g_string_prepend (ar, ": ");
      g_string_prepend (ar, lc_role_heading (roles[r], n, LC_LANGUAGE_ARABIC));
      g_string_prepend (en, ": ");
      g_string_prepend (en, lc_role_heading (roles[r], n, LC_LANGUAGE_ENGLISH));
      if (!texts (odt, "Text_20_body", 0, ar->str, en->str))
        return FALSE;
    }
  if (summary != NULL)
    {
      if (!paragraphs (odt, lc_report_summary_get_summary (summary, LC_LANGUAGE_ARABIC),
                       lc_report_summary_get_summary (summary, LC_LANGUAGE_ENGLISH)))
        return FALSE;
    }
  else if (!message (odt, "Text_20_body", 0, N_("No summary was written for this session.")))
    return FALSE;
  for (guint p = 0; photos != NULL && p < photos->len; p++)
    if (!photo (odt, g_ptr_array_index (photos, p)))
      return FALSE;
  return TRUE;
}

static gboolean
figures (LcOdt *odt)
{
  static const char *const labels[] = { N_("People in person"), N_("People online"),
                                        N_("Cities"), N_("Countries") };
  const LcReportFigures *f = &odt->doc->figures;
  const gint64 values[] = { f->in_person, f->online, f->cities, f->countries };

  if (!message (odt, "Heading_20_2", 2, N_("Participation")))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *ar_number = lc_l10n_format_number (LC_LANGUAGE_ARABIC, odt->doc->digits, values[i]);
      g_autofree char *en_number = lc_l10n_format_number (LC_LANGUAGE_ENGLISH, odt->doc->digits, values[i]);
      g_autofree char *ar = g_strconcat (lc_l10n_gettext (LC_LANGUAGE_ARABIC, labels[i]), ": ", ar_number, NULL);
      g_autofree char *en = g_strconcat (lc_l10n_gettext (LC_LANGUAGE_ENGLISH, labels[i]), ": ", en_number, NULL);

      if (!texts (odt, "Text_20_body", 0, ar, en))
        return FALSE;
    }
  return TRUE;
}

static gboolean
exercise (LcOdt *odt)
{
  LcReportDoc *doc = odt->doc;
  guint n = g_list_model_get_n_items (doc->cities);

  if (!message (odt, "Heading_20_1", 1, N_("The Exercise: Each City’s Goals")))
    return FALSE;
  if (n == 0)
    return message (odt, "Text_20_body", 0, N_("No city has been recorded for this convention."));
  for (guint c = 0; c < n; c++)
    {
      g_autoptr(LcCity) city = g_list_model_get_item (doc->cities, c);
      LcRecord *r = LC_RECORD (city);
      g_autoptr(GString) goals = g_string_new (NULL);
      g_autofree char *ar = NULL, *en = NULL;

      for (guint g = 1; g <= LC_SDG_COUNT; g++)
        if (lc_city_has_sdg (city, g))
          g_string_append_printf (goals, "%s%u", goals->len ? ", " : "", g);
      ar = g_strdup_printf (lc_l10n_gettext (LC_LANGUAGE_ARABIC, N_("Goals: %s")), goals->str);
      en = g_strdup_printf (lc_l10n_gettext (LC_LANGUAGE_ENGLISH, N_("Goals: %s")), goals->str);
      if (!texts (odt, "Heading_20_2", 2, lc_record_get_string (r, "name-ar"),
                  lc_record_get_string (r, "name-en"))
          || (goals->len > 0 ? !texts (odt, "Text_20_body", 0, ar, en)
                             : !message (odt, "Text_20_body", 0, N_("No goals chosen.")))
          || !paragraphs (odt, lc_record_get_string (r, "trait-ar"), lc_record_get_string (r, "trait-en")))
        return FALSE;
    }
  return TRUE;
}

static gboolean
declaration (LcOdt *odt)
{
  LcDeclarationText *text = odt->doc->declaration;

  if (!message (odt, "Heading_20_1", 1, N_("The Declaration")))
    return FALSE;
  if (text == NULL)
    return message (odt, "Text_20_body", 0, N_("The declaration has no published version yet."));
  if (!texts (odt, "Heading_20_2", 2, text->title_ar, text->title_en))
    return FALSE;
  for (guint s = 0; s < text->sections->len; s++)
    {
      const LcTextSection *section = g_ptr_array_index (text->sections, s);
      guint number = 0;

      if (!texts (odt, "Heading_20_3", 3, section->title_ar, section->title_en))
        return FALSE;
      for (guint c = 0; c < section->clauses->len; c++)
        {
          const LcTextClause *clause = g_ptr_array_index (section->clauses, c);
          g_autofree char *ar = NULL, *en = NULL;

          if (clause->numbered)
            number++;
          ar = clause->numbered && *clause->text_ar ? g_strdup_printf ("%u. %s", number, clause->text_ar)
                                                    : g_strdup (clause->text_ar);
          en = clause->numbered && *clause->text_en ? g_strdup_printf ("%u. %s", number, clause->text_en)
                                                    : g_strdup (clause->text_en);
          if (!texts (odt, "Text_20_body", 0, ar, en))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
coverage (LcOdt *odt)
{
  static const char *const titles[] = { N_("Press Coverage"), N_("Social Media Coverage") };
  GListModel *entries = odt->doc->coverage;

  for (guint k = 0; k < G_N_ELEMENTS (titles); k++)
    {
      guint shown = 0;

      if (!message (odt, "Heading_20_1", 1, titles[k]))
        return FALSE;
      for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
        {
          g_autoptr(LcCoverage) entry = g_list_model_get_item (entries, i);
          g_autofree char *where = NULL;

          if ((guint) lc_coverage_get_kind (entry) != k)
            continue;
          shown++;
          where = g_strjoin (" · ", lc_coverage_get_outlet (entry), lc_coverage_get_date (entry),
                             lc_coverage_get_link (entry), NULL);
          /* A headline in its own language, whatever the document's. */
          if (!paragraph (odt, lc_coverage_get_language (entry), "Text_20_body", 0,
                          lc_coverage_get_headline (entry))
              || !paragraph (odt, LC_LANGUAGE_ENGLISH, "Caption", 0, where))
            return FALSE;
        }
      if (shown == 0 && !message (odt, "Text_20_body", 0, N_("No coverage of this kind has been recorded.")))
        return FALSE;
    }
  return TRUE;
}

static gboolean
body (LcOdt *odt)
{
  LcReportDoc *doc = odt->doc;
  LcRecord *c = LC_RECORD (doc->agenda->convention);
  GDate day;

  g_date_clear (&day, 1);
  if (!texts (odt, "Title", 0, lc_record_get_string (c, "title-ar"), lc_record_get_string (c, "title-en"))
      || !message (odt, "Text_20_body", 0, N_("Final Report"))
      || !organisations (odt)
      || !message (odt, "Heading_20_1", 1, N_("Foreword")))
    return FALSE;
  if (*lc_report_get_foreword (doc->report, LC_LANGUAGE_ARABIC) == '\0'
      && *lc_report_get_foreword (doc->report, LC_LANGUAGE_ENGLISH) == '\0')
    {
      if (!message (odt, "Text_20_body", 0, N_("No foreword has been written.")))
        return FALSE;
    }
  else if (!paragraphs (odt, lc_report_get_foreword (doc->report, LC_LANGUAGE_ARABIC),
                        lc_report_get_foreword (doc->report, LC_LANGUAGE_ENGLISH))
           || !texts (odt, "Text_20_body", 0, lc_report_get_signatory (doc->report, LC_LANGUAGE_ARABIC),
                      lc_report_get_signatory (doc->report, LC_LANGUAGE_ENGLISH)))
    return FALSE;

  if (!message (odt, "Heading_20_1", 1, N_("About the Convention")))
    return FALSE;
  if (*lc_report_get_about (doc->report, LC_LANGUAGE_ARABIC) == '\0'
      && *lc_report_get_about (doc->report, LC_LANGUAGE_ENGLISH) == '\0')
    {
      if (!message (odt, "Text_20_body", 0, N_("Nothing has been written about the convention yet.")))
        return FALSE;
    }
  else if (!paragraphs (odt, lc_report_get_about (doc->report, LC_LANGUAGE_ARABIC),
                        lc_report_get_about (doc->report, LC_LANGUAGE_ENGLISH)))
    return FALSE;

  if (!figures (odt))
    return FALSE;
  if (!message (odt, "Heading_20_1", 1, N_("The Sessions")))
    return FALSE;
  for (guint e = 0; e < doc->agenda->entries->len; e++)
    {
      const LcAgendaEntry *entry = g_ptr_array_index (doc->agenda->entries, e);

      /* The sessions (and their photos) are nearly all of the work. */
      if (!lc_report_doc_step (doc, 0.9 * e / doc->agenda->entries->len, &odt->error))
        return FALSE;
      if (lc_record_get_int (LC_RECORD (entry->item), "kind") == LC_ITEM_KIND_BREAK)
        continue;
      if (!g_date_valid (&day) || g_date_compare (&day, &entry->day) != 0)
        {
          g_autofree char *ar = lc_l10n_format_date_full (LC_LANGUAGE_ARABIC, doc->digits, &entry->day);
          g_autofree char *en = lc_l10n_format_date_full (LC_LANGUAGE_ENGLISH, doc->digits, &entry->day);

          day = entry->day;
          if (!texts (odt, "Heading_20_2", 2, ar, en))
            return FALSE;
        }
      if (!session (odt, entry))
        return FALSE;
    }
  return exercise (odt) && declaration (odt) && coverage (odt);
}

static gboolean
document (LcOdt *odt)
{
  xmlTextWriterPtr w = odt->writer;

  W (xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL));
  W (xmlTextWriterStartElement (w, X ("office:document")));
  for (guint i = 0; i < G_N_ELEMENTS (namespaces); i++)
    if (!attribute (odt, namespaces[i][0], namespaces[i][1]))
      return FALSE;
  if (!attribute (odt, "office:version", "1.3")
      || !attribute (odt, "office:mimetype", "application/vnd.oasis.opendocument.text")
      || !write_styles (odt))
    return FALSE;
  W (xmlTextWriterStartElement (w, X ("office:body")));
  W (xmlTextWriterStartElement (w, X ("office:text")));
  if (!body (odt))
    return FALSE;
  W (xmlTextWriterEndDocument (w));
  return TRUE;
}

/**
 * lc_report_write_odt:
 * @store: a library
 * @convention_id: the convention
 * @path: the .fodt file to write
 * @language: Arabic, English, or both one after the other
 * @digits: the digits of Arabic text
 * @cancellable: (nullable): stops the writing between two sessions
 * @progress: (nullable): told the fraction written (of the sessions),
 *   rising to 1 once the file is written
 * @progress_data: data for @progress
 * @error: return location for a #GError
 *
 * Writes the convention's final report as a flat OpenDocument text: the
 * PDF's parts as Heading 1 to 3, Arabic paragraphs right to left, the
 * photos embedded. @path is replaced whole or left alone.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_report_write_odt (LcStore           *store,
                     gint64             convention_id,
                     const char        *path,
                     LcAgendaLanguage   language,
                     LcDigits           digits,
                     GCancellable      *cancellable,
                     LcExportProgressFunc progress,
                     gpointer           progress_data,
                     GError           **error)
{
  LcReportDoc doc = { 0 };
  xmlBufferPtr buffer = NULL;
  LcOdt odt = { NULL, &doc, 0, NULL };
  gboolean ok = FALSE;

  g_return_val_if_fail (LC_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  doc.cancellable = cancellable;
  doc.progress = progress;
  doc.progress_data = progress_data;
  if (!lc_file_check_target (path, error)
      || !lc_report_doc_load (&doc, store, convention_id, language, digits, error)
      || !lc_report_doc_step (&doc, 0, error))
    goto out;

  buffer = xmlBufferCreate ();
  odt.writer = buffer ? xmlNewTextWriterMemory (buffer, 0) : NULL;
  if (odt.writer == NULL || !document (&odt))
    {
      if (odt.error != NULL)
        g_propagate_error (error, g_steal_pointer (&odt.error));
      else
        g_set_error (error, LC_ERROR, LC_ERROR_DATABASE,
                     _("The report could not be written: out of memory."));
      goto out;
    }
  xmlFreeTextWriter (odt.writer);
  odt.writer = NULL;
  /* Nothing is written once cancelled, even at the very end. */
  ok = lc_report_doc_step (&doc, 0.9, error)
       && lc_file_write_atomic (path, (const char *) xmlBufferContent (buffer),
                                xmlBufferLength (buffer), error);
  if (ok && progress != NULL)
    progress (1.0, progress_data);

out:
  if (odt.writer != NULL)
    xmlFreeTextWriter (odt.writer);
  if (buffer != NULL)
    xmlBufferFree (buffer);
  lc_report_doc_clear (&doc);
  return ok;
}
