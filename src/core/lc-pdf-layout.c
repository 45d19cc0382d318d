/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-agenda-pdf-private.h"
#include "lc-convention-check.h"

/* Turns the agenda into measured blocks: the title block, a heading per
 * day, a block per item. Each block is a list of leaves (text layouts,
 * badges, fills) already placed in physical coordinates, so pagination
 * only stacks blocks and drawing only replays leaves. Positions are
 * computed from the start edge of a column and mirrored for Arabic, so the
 * Arabic pages are the English ones seen in a mirror, not a separate design. */

typedef struct
{
  double      size;
  PangoWeight weight;
  gboolean    italic;       /* Latin only: Arabic has no italic */
  gboolean    caps;         /* Latin only: upper case, letter-spaced */
  gboolean    arabic_sans;  /* a sans Arabic font for labels, Naskh for text */
} LcStyleSpec;

static const LcStyleSpec styles[LC_N_STYLES] = {
  [LC_STYLE_KICKER] = { 8.5, PANGO_WEIGHT_BOLD, FALSE, TRUE, TRUE },
  [LC_STYLE_TITLE] = { 21.0, PANGO_WEIGHT_BOLD, FALSE, FALSE, FALSE },
  [LC_STYLE_SLOGAN] = { 11.5, PANGO_WEIGHT_NORMAL, TRUE, FALSE, FALSE },
  [LC_STYLE_LABEL] = { 7.0, PANGO_WEIGHT_BOLD, FALSE, TRUE, TRUE },
  [LC_STYLE_VALUE] = { 9.0, PANGO_WEIGHT_NORMAL, FALSE, FALSE, FALSE },
  [LC_STYLE_DAY] = { 12.5, PANGO_WEIGHT_BOLD, FALSE, FALSE, FALSE },
  [LC_STYLE_TIME] = { 9.5, PANGO_WEIGHT_BOLD, FALSE, FALSE, FALSE },
  [LC_STYLE_BADGE] = { 6.5, PANGO_WEIGHT_BOLD, FALSE, TRUE, TRUE },
  [LC_STYLE_ROOM] = { 8.0, PANGO_WEIGHT_NORMAL, FALSE, FALSE, FALSE },
  [LC_STYLE_ITEM_TITLE] = { 10.5, PANGO_WEIGHT_BOLD, FALSE, FALSE, FALSE },
  [LC_STYLE_BREAK_TITLE] = { 9.0, PANGO_WEIGHT_NORMAL, TRUE, FALSE, FALSE },
  [LC_STYLE_ROLE] = { 6.5, PANGO_WEIGHT_BOLD, FALSE, TRUE, TRUE },
  [LC_STYLE_PERSON] = { 9.0, PANGO_WEIGHT_NORMAL, FALSE, FALSE, FALSE },
  [LC_STYLE_RUNNING] = { 7.5, PANGO_WEIGHT_NORMAL, FALSE, FALSE, TRUE },
  [LC_STYLE_NOTE] = { 10.0, PANGO_WEIGHT_NORMAL, TRUE, FALSE, FALSE },
};

static LcScript
script_of (LcLanguage language)
{
  return language == LC_LANGUAGE_ARABIC ? LC_SCRIPT_ARABIC : LC_SCRIPT_LATIN;
}

/* Physical x of a box @offset from the column's start edge. */
double
lc_pdf_strip_x (const LcStrip *strip,
                double         offset,
                double         width)
{
  if (strip->language == LC_LANGUAGE_ARABIC)
    return strip->x + strip->width - offset - width;
  return strip->x + offset;
}

LcStrip
lc_pdf_sub_strip (const LcStrip *strip,
                  double         offset,
                  double         width)
{
  LcStrip sub = { lc_pdf_strip_x (strip, offset, width), width, strip->language };

  return sub;
}

/* Numbers in Arabic text follow the digits setting; English text keeps
 * Western digits. */
char *
lc_pdf_digits (LcAgendaLayout *self,
               LcLanguage      language,
               const char     *text)
{
  if (language == LC_LANGUAGE_ARABIC)
    return lc_l10n_convert_digits (language, self->digits, text);
  return lc_l10n_convert_digits (language, LC_DIGITS_WESTERN, text);
}

char *
lc_pdf_number_text (LcAgendaLayout *self,
                    LcLanguage      language,
                    gint64          number)
{
  g_autofree char *plain = g_strdup_printf ("%" G_GINT64_FORMAT, number);

  return lc_pdf_digits (self, language, plain);
}

/* Database text keeps its own direction inside a paragraph of the other
 * direction: an English name in an Arabic line, or the reverse. */
char *
lc_pdf_isolate (const char *text)
{
  return g_strconcat (FSI, text, PDI, NULL);
}

const char *
lc_pdf_field (LcRecord   *record,
              const char *name,
              LcLanguage  language)
{
  return record ? lc_record_get_text (record, name, language, NULL) : "";
}

/* Whether a record's own text (not the other language's, standing in for
 * it) is there in @language: a text written in one language only is
 * printed once on bilingual pages. */
gboolean
lc_pdf_written_in (LcRecord   *record,
                   const char *name,
                   LcLanguage  language)
{
  gboolean fell_back = FALSE;

  return record != NULL && *lc_record_get_text (record, name, language, &fell_back) != '\0'
         && !fell_back;
}

void
lc_pdf_layout_init_fonts (LcAgendaLayout *self)
{
  for (guint s = 0; s < LC_N_STYLES; s++)
    for (guint script = 0; script < LC_N_SCRIPTS; script++)
      {
        PangoFontDescription *desc = pango_font_description_new ();
        gboolean arabic = script == LC_SCRIPT_ARABIC;

        /* The fonts are named, never left to fontconfig's fallback (which
         * may give any font for Arabic): see lc-pdf-fonts.c. */
        pango_font_description_set_family (desc, lc_pdf_font_families (script,
                                                                       styles[s].arabic_sans));
        pango_font_description_set_size (desc, (int) (styles[s].size * PANGO_SCALE
                                                      * (arabic ? ARABIC_SCALE : 1.0)));
        pango_font_description_set_weight (desc, styles[s].weight);
        if (styles[s].italic && !arabic)
          pango_font_description_set_style (desc, PANGO_STYLE_ITALIC);
        self->fonts[s][script] = desc;
      }
}

/* The size a style is set in, for spans of markup inside a layout. */
double
lc_pdf_font_size (LcAgendaLayout *self,
                  LcStyle         style,
                  LcLanguage      language)
{
  const PangoFontDescription *desc = self->fonts[style][script_of (language)];

  return pango_units_to_double (pango_font_description_get_size (desc));
}

PangoLayout *
lc_pdf_make_layout (LcAgendaLayout *self,
                    LcLanguage      language,
                    LcStyle         style,
                    const char     *text,
                    gboolean        markup,
                    double          width,
                    LcAlign         align)
{
  LcScript script = script_of (language);
  PangoLayout *layout = pango_layout_new (self->contexts[script]);
  gboolean rtl = script == LC_SCRIPT_ARABIC;
  PangoAlignment alignment;

  /* The paragraph direction is the page's, not guessed from the text: an
   * Arabic field that fell back to English is still set right to left. */
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_font_description (layout, self->fonts[style][script]);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, pango_units_from_double (width));

  if (align == LC_ALIGN_CENTRE)
    alignment = PANGO_ALIGN_CENTER;
  else if ((align == LC_ALIGN_START) != rtl)
    alignment = PANGO_ALIGN_LEFT;
  else
    alignment = PANGO_ALIGN_RIGHT;
  pango_layout_set_alignment (layout, alignment);

  if (markup)
    pango_layout_set_markup (layout, text, -1);
  else if (styles[style].caps && !rtl)
    {
      g_autofree char *upper = g_utf8_strup (text, -1);
      PangoAttrList *attrs = pango_attr_list_new ();

      /* Letter-spacing only ever touches Latin: it would break the joins
       * of Arabic letters. */
      pango_attr_list_insert (attrs, pango_attr_letter_spacing_new (PANGO_SCALE * 3 / 4));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
      pango_layout_set_text (layout, upper, -1);
    }
  else
    pango_layout_set_text (layout, text, -1);
  lc_pdf_note_missing_glyphs (self, layout);

  return layout;
}

void
lc_pdf_layout_size (PangoLayout *layout,
                    double      *width,
                    double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width)
    *width = pango_units_to_double (logical.width);
  if (height)
    *height = pango_units_to_double (logical.height);
}

double
lc_pdf_first_baseline (PangoLayout *layout)
{
  return pango_units_to_double (pango_layout_get_baseline (layout));
}

void
lc_leaf_clear (LcLeaf *leaf)
{
  g_clear_object (&leaf->layout);
}

LcBlock *
lc_pdf_block_new (LcBlockKind kind)
{
  LcBlock *block = g_new0 (LcBlock, 1);

  block->kind = kind;
  block->leaves = g_array_new (FALSE, TRUE, sizeof (LcLeaf));
  g_array_set_clear_func (block->leaves, (GDestroyNotify) lc_leaf_clear);
  block->day = -1;
  block->entry = -1;

  return block;
}

void
lc_block_free (LcBlock *block)
{
  g_clear_pointer (&block->leaves, g_array_unref);
  g_clear_pointer (&block->lines, g_array_unref);
  g_free (block);
}

/* Places a text layout (taking ownership) at @offset from the strip's
 * start edge; returns its height. */
double
lc_pdf_add_text (GArray        *leaves,
                 const LcStrip *strip,
                 double         offset,
                 double         y,
                 double         width,
                 PangoLayout   *layout,
                 guint32        colour)
{
  LcText text = { layout, 0, 0 };

  lc_pdf_layout_size (layout, NULL, &text.height);
  return lc_pdf_add_measure (leaves, strip, offset, y, width, text, colour);
}

/* A plain text in the strip's language, made and placed in one go. */
double
lc_pdf_add_plain (LcAgendaLayout *self,
                  GArray         *leaves,
                  const LcStrip  *strip,
                  double          offset,
                  double          y,
                  double          width,
                  LcStyle         style,
                  const char     *text,
                  LcAlign         align,
                  guint32         colour)
{
  LcText measured = lc_pdf_measure (self, strip->language, style, text, FALSE, width, align);

  return lc_pdf_add_measure (leaves, strip, offset, y, width, measured, colour);
}

void
lc_pdf_add_fill (GArray  *leaves,
                 double   x,
                 double   y,
                 double   width,
                 double   height,
                 guint32  colour)
{
  LcLeaf leaf = { LC_LEAF_FILL, x, y, width, height, NULL, colour, 0, 0, 0 };

  g_array_append_val (leaves, leaf);
}

LcLeaf
lc_pdf_make_badge (LcAgendaLayout *self,
                   LcLanguage      language,
                   const char     *text,
                   double          max_width,
                   guint32         fill,
                   guint32         colour)
{
  LcLeaf leaf = { LC_LEAF_BADGE, 0, 0, 0, 0, NULL, colour, fill, 4.5, 1.2 };
  double w, h;

  leaf.layout = lc_pdf_make_layout (self, language, LC_STYLE_BADGE, text, FALSE, -1,
                                    LC_ALIGN_START);
  lc_pdf_layout_size (leaf.layout, &w, &h);
  if (w + 2 * leaf.pad_x > max_width)
    {
      /* Never wider than its column: wrap inside the badge instead. */
      pango_layout_set_width (leaf.layout, pango_units_from_double (max_width - 2 * leaf.pad_x));
      lc_pdf_layout_size (leaf.layout, &w, &h);
    }
  leaf.width = w + 2 * leaf.pad_x;
  leaf.height = h + 2 * leaf.pad_y;

  return leaf;
}

/* Puts a badge and a text (either may be missing) side by side on their
 * first baseline; returns the bottom of the pair. */
double
lc_pdf_add_badge_and_text (GArray        *leaves,
                           const LcStrip *column,
                           double         y,
                           LcLeaf         badge,
                           const LcText  *text,
                           guint32        colour)
{
  double badge_base, text_base, top, bottom;

  if (badge.layout == NULL && text == NULL)
    return y;
  if (badge.layout == NULL)
    return y + lc_pdf_add_measure (leaves, column, 0, y, column->width, *text, colour);

  badge_base = badge.pad_y + lc_pdf_first_baseline (badge.layout);
  text_base = text ? text->baseline : badge_base;
  top = y + MAX (0, text_base - badge_base);

  badge.x = lc_pdf_strip_x (column, 0, badge.width);
  badge.y = top;
  g_array_append_val (leaves, badge);
  bottom = top + badge.height;

  if (text != NULL)
    {
      double offset = badge.width + 6;
      double ty = y + MAX (0, badge_base - text_base);
      double h = lc_pdf_add_measure (leaves, column, offset, ty, column->width - offset, *text,
                                     colour);

      bottom = MAX (bottom, ty + h);
    }

  return bottom;
}

/* "Wednesday 10 May 2023" in the layout's digits. */
char *
lc_pdf_long_date (LcAgendaLayout *self,
                  LcLanguage      language,
                  const GDate    *date)
{
  LcDigits shown = language == LC_LANGUAGE_ARABIC ? self->digits : LC_DIGITS_WESTERN;

  return lc_l10n_format_date_full (language, shown, date);
}

/* A day whose offset from UTC is not the first day's (the clocks changed
 * during the convention) says which it is, under its date: the title
 * block's "Local time" gives the first day's only. A line of its own, not a
 * third run on the date's line, so that the offset (kept left to right)
 * never splits a date written right to left, and a bilingual column's date
 * does not wrap. Returns the line, or NULL when the day keeps the offset. */
static char *
changed_offset (LcAgendaLayout    *self,
                LcLanguage         language,
                const LcAgendaDay *day)
{
  LcRecord *c = LC_RECORD (self->agenda->convention);
  g_autofree char *offset = NULL, *utc = NULL;
  gint64 first, here;
  GDate start;

  if (!lc_date_parse (lc_record_get_string (c, "start-date"), &start)
      || !lc_pdf_noon_offset (self, &start, &first)
      || !lc_pdf_noon_offset (self, &day->date, &here)
      || here == first)
    return NULL;
  offset = lc_pdf_offset_text (self, language, here);
  /* "UTC" and its offset as one left-to-right run: in an Arabic line the
   * offset would otherwise stand before "UTC". */
  utc = g_strconcat (LRI "UTC", offset, PDI, NULL);

  /* Translators: under the date of a day of the printed agenda when the
   * clocks changed during the convention; %s is its offset from UTC, such
   * as "UTC+02:00" */
  return g_strdup_printf (lc_l10n_gettext (language, N_("Local time on this day: %s")), utc);
}

/* "DAY 1  Wednesday 10 May 2023" on one baseline, and the day's offset from
 * UTC under it when it changed; returns the height. */
static double
day_heading (LcAgendaLayout    *self,
             GArray            *leaves,
             const LcStrip     *column,
             const LcAgendaDay *day,
             double             y)
{
  LcLanguage language = column->language;
  g_autofree char *number = lc_pdf_number_text (self, language, day->number);
  /* Translators: the heading of a day of the convention, %s is its number */
  g_autofree char *kicker = g_strdup_printf (lc_l10n_gettext (language, N_("Day %s")), number);
  g_autofree char *date = lc_pdf_long_date (self, language, &day->date);
  g_autofree char *offset = changed_offset (self, language, day);
  PangoLayout *k = lc_pdf_make_layout (self, language, LC_STYLE_LABEL, kicker, FALSE, -1,
                                       LC_ALIGN_START);
  PangoLayout *d;
  double kw, kh, dh, kb, db, dw, h;

  lc_pdf_layout_size (k, &kw, &kh);
  dw = column->width - kw - 10;
  d = lc_pdf_make_layout (self, language, LC_STYLE_DAY, date, FALSE, dw, LC_ALIGN_START);
  kb = lc_pdf_first_baseline (k);
  db = lc_pdf_first_baseline (d);
  lc_pdf_add_text (leaves, column, 0, y + MAX (0, db - kb), kw, k, ACCENT);
  dh = lc_pdf_add_text (leaves, column, kw + 10, y + MAX (0, kb - db), dw, d, ACCENT_DARK);
  h = MAX (kh + MAX (0, db - kb), dh + MAX (0, kb - db));

  /* Under the date, where the eye goes after reading it. */
  if (offset != NULL)
    h += 2 + lc_pdf_add_plain (self, leaves, column, kw + 10, y + h + 2, dw, LC_STYLE_VALUE,
                               offset, LC_ALIGN_START, MUTED);

  return h;
}

static LcBlock *
build_day (LcAgendaLayout *self,
           guint           index)
{
  const LcAgendaDay *day = &g_array_index (self->days, LcAgendaDay, index);
  LcBlock *block = lc_pdf_block_new (LC_BLOCK_DAY);
  double w = self->content_width, pad = 6, bar = 3, h;
  LcLeaf band;

  block->day = (int) index;
  block->keep_with_next = TRUE;
  block->space_before = index == 0 ? 16 : 22;

  /* The band goes under the text: reserve its slot first. */
  lc_pdf_add_fill (block->leaves, 0, 0, w, 0, TINT);

  if (self->language == LC_AGENDA_LANGUAGE_BILINGUAL)
    {
      double cw = (w - 2 * bar - 4 * pad) / 2;
      LcStrip en = { bar + 2 * pad, cw, LC_LANGUAGE_ENGLISH };
      LcStrip ar = { w - bar - 2 * pad - cw, cw, LC_LANGUAGE_ARABIC };
      double he = day_heading (self, block->leaves, &en, day, pad);
      double ha = day_heading (self, block->leaves, &ar, day, pad);

      h = MAX (he, ha);
      lc_pdf_add_fill (block->leaves, 0, 0, bar, h + 2 * pad, ACCENT);
      lc_pdf_add_fill (block->leaves, w - bar, 0, bar, h + 2 * pad, ACCENT);
    }
  else
    {
      LcStrip full = { 0, w, self->language == LC_AGENDA_LANGUAGE_ARABIC ? LC_LANGUAGE_ARABIC
                                                                          : LC_LANGUAGE_ENGLISH };
      LcStrip inner = lc_pdf_sub_strip (&full, bar + 2 * pad, w - bar - 3 * pad);

      h = day_heading (self, block->leaves, &inner, day, pad);
      lc_pdf_add_fill (block->leaves, lc_pdf_strip_x (&full, 0, bar), 0, bar, h + 2 * pad,
                       ACCENT);
    }

  band = g_array_index (block->leaves, LcLeaf, 0);
  band.height = h + 2 * pad;
  g_array_index (block->leaves, LcLeaf, 0) = band;
  block->height = h + 2 * pad + 4;

  return block;
}

static LcBlock *
build_note (LcAgendaLayout *self,
            const char     *msgid,
            gboolean        boxed)
{
  LcBlock *block = lc_pdf_block_new (LC_BLOCK_NOTE);
  double w = self->content_width, pad = boxed ? 18 : 8, h = 0;
  guint first;

  if (boxed)
    lc_pdf_add_fill (block->leaves, 0, 0, w, 0, TINT);
  first = block->leaves->len;

  for (guint l = 0; l < 2; l++)
    {
      LcLanguage language = l == 0 ? LC_LANGUAGE_ENGLISH : LC_LANGUAGE_ARABIC;
      LcStrip column = { 0, w, language };
      double th;

      if ((self->language == LC_AGENDA_LANGUAGE_ARABIC && language != LC_LANGUAGE_ARABIC)
          || (self->language == LC_AGENDA_LANGUAGE_ENGLISH && language != LC_LANGUAGE_ENGLISH))
        continue;
      if (self->language == LC_AGENDA_LANGUAGE_BILINGUAL)
        column = (LcStrip) { language == LC_LANGUAGE_ARABIC ? w / 2 + 6 : 0, w / 2 - 6, language };

      th = lc_pdf_add_plain (self, block->leaves, &column, 0, pad, column.width, LC_STYLE_NOTE,
                             lc_l10n_gettext (language, msgid),
                             boxed ? LC_ALIGN_CENTRE : LC_ALIGN_START, MUTED);
      h = MAX (h, th);
    }

  g_assert (block->leaves->len > first);
  block->height = h + 2 * pad;
  if (boxed)
    g_array_index (block->leaves, LcLeaf, 0).height = block->height;
  block->space_before = boxed ? 24 : 0;

  return block;
}

/* The days printed: every day of the convention, and any day an item is
 * on outside it, in order. */
static void
collect_days (LcAgendaLayout *self)
{
  g_autoptr(GPtrArray) days = lc_convention_list_days (LC_RECORD (self->agenda->convention));
  g_autoptr(GArray) dates = g_array_new (FALSE, FALSE, sizeof (GDate));

  for (guint i = 0; i < days->len; i++)
    {
      GDate d;

      lc_date_parse (g_ptr_array_index (days, i), &d);
      g_array_append_val (dates, d);
    }

  for (guint i = 0; i < self->agenda->entries->len; i++)
    {
      const LcAgendaEntry *entry = g_ptr_array_index (self->agenda->entries, i);
      gboolean known = FALSE;

      for (guint k = 0; k < dates->len && !known; k++)
        known = g_date_compare (&g_array_index (dates, GDate, k), &entry->day) == 0;
      if (!known)
        g_array_append_val (dates, entry->day);
    }
  g_array_sort (dates, (GCompareFunc) g_date_compare);

  for (guint k = 0; k < dates->len; k++)
    {
      LcAgendaDay day = { g_array_index (dates, GDate, k), k + 1 };

      g_array_append_val (self->days, day);
    }
}

/* The note of a day with no items (@day), or of a convention with none
 * (@day is -1). */
static LcBlock *
build_empty_note (LcAgendaLayout *self,
                  int             day)
{
  LcBlock *note;

  if (day < 0)
    /* Translators: printed instead of the agenda of a convention without items */
    return build_note (self, N_("This convention has no items on its agenda yet."), TRUE);

  /* Translators: printed under a day of the convention that has no items */
  note = build_note (self, N_("Nothing is scheduled on this day."), FALSE);
  note->day = day;
  return note;
}

static LcBlock *
build_item_of_day (LcAgendaLayout *self,
                   guint           entry,
                   int             day)
{
  LcBlock *block = lc_pdf_build_item (self, entry);

  block->day = day;
  return block;
}

/* What each block of the agenda is, in order (see
 * lc_pdf_layout_measure_plan()). */
static void
plan_block (GArray      *plan,
            LcBlockKind  kind,
            int          day,
            int          entry)
{
  LcBlock spec = { kind, NULL, NULL, 0, 0, FALSE, day, entry };

  g_array_append_val (plan, spec);
}

/* Measures every block, keeping its height but not its layouts: a block is
 * built again, the same, when its page is drawn, so the memory a layout
 * takes does not grow with the agenda (a short agenda's blocks keep their
 * layouts: see lc_pdf_layout_measure_plan()). */
void
lc_pdf_layout_build_blocks (LcAgendaLayout *self)
{
  GPtrArray *entries = self->agenda->entries;
  g_autoptr(GArray) plan = g_array_new (FALSE, FALSE, sizeof (LcBlock));
  guint next = 0;

  plan_block (plan, LC_BLOCK_TITLE, -1, -1);
  if (entries->len > 0)
    collect_days (self);
  else
    plan_block (plan, LC_BLOCK_NOTE, -1, -1);

  for (guint d = 0; d < self->days->len; d++)
    {
      const GDate *date = &g_array_index (self->days, LcAgendaDay, d).date;
      guint before = plan->len;

      plan_block (plan, LC_BLOCK_DAY, (int) d, -1);
      for (; next < entries->len; next++)
        {
          const LcAgendaEntry *entry = g_ptr_array_index (entries, next);

          if (g_date_compare (&entry->day, date) != 0)
            break;
          plan_block (plan, LC_BLOCK_ITEM, (int) d, (int) next);
        }
      if (plan->len == before + 1)
        plan_block (plan, LC_BLOCK_NOTE, (int) d, -1);
    }

  lc_pdf_layout_measure_plan (self, (const LcBlock *) (void *) plan->data, plan->len);
}

/* The block @measured was measured from, with its layouts again. */
LcBlock *
lc_pdf_layout_rebuild_block (LcAgendaLayout *self,
                             const LcBlock  *measured)
{
  switch (measured->kind)
    {
    case LC_BLOCK_TITLE:
      return lc_pdf_build_title (self);
    case LC_BLOCK_DAY:
      return build_day (self, (guint) measured->day);
    case LC_BLOCK_ITEM:
      return build_item_of_day (self, (guint) measured->entry, measured->day);
    case LC_BLOCK_NOTE:
    default:
      return build_empty_note (self, measured->day);
    }
}

/* One line of the running header or footer, cut short with an ellipsis
 * rather than wrapped into the page. A line @shared by many pages (the
 * title, the venue, the day) is laid out once: cutting it short lays it
 * out again and again to find where. */
static void
add_running (LcAgendaLayout *self,
             GArray         *leaves,
             const LcStrip  *strip,
             double          offset,
             double          y,
             double          width,
             const char     *text,
             LcAlign         align,
             guint32         colour,
             gboolean        shared)
{
  g_autofree char *key = NULL;
  PangoLayout *layout = NULL;

  if (shared)
    {
      key = g_strdup_printf ("%d %d %.3f %s", strip->language, align, width, text);
      if (self->running == NULL)
        self->running = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      layout = g_hash_table_lookup (self->running, key);
    }
  if (layout != NULL)
    g_object_ref (layout);
  else
    {
      layout = lc_pdf_make_layout (self, strip->language, LC_STYLE_RUNNING, text, FALSE, width,
                                   align);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      if (shared)
        g_hash_table_insert (self->running, g_steal_pointer (&key), g_object_ref (layout));
    }
  lc_pdf_add_text (leaves, strip, offset, y, width, layout, colour);
}

/* The header (from the second page: the title and the day) and the footer
 * (the venue and "page N of M") of one page, in page coordinates. */
GArray *
lc_pdf_layout_running_leaves (LcAgendaLayout *self,
                              guint           page,
                              guint           n_pages,
                              int             day)
{
  GArray *leaves = g_array_new (FALSE, TRUE, sizeof (LcLeaf));
  LcRecord *c = LC_RECORD (self->agenda->convention);
  double x = self->content_x, w = self->content_width;
  double header_y = self->content_y - 24;
  double footer_y = self->content_y + self->content_height + 14;
  gboolean bilingual = self->language == LC_AGENDA_LANGUAGE_BILINGUAL;
  double start_w = bilingual ? w / 2 - 8 : w * 0.62, end_w = w - start_w - 12;

  g_array_set_clear_func (leaves, (GDestroyNotify) lc_leaf_clear);

  for (guint l = 0; l < 2; l++)
    {
      LcLanguage language = l == 0 ? LC_LANGUAGE_ENGLISH : LC_LANGUAGE_ARABIC;
      LcStrip strip = { x, w, language };
      g_autofree char *n = lc_pdf_number_text (self, language, page + 1);
      g_autofree char *m = lc_pdf_number_text (self, language, n_pages);
      g_autofree char *title = lc_pdf_isolate (lc_pdf_field (c, "title", language));
      g_autofree char *venue = lc_pdf_isolate (lc_pdf_field (c, "venue", language));
      g_autofree char *page_text = NULL;

      if ((self->language == LC_AGENDA_LANGUAGE_ARABIC && language != LC_LANGUAGE_ARABIC)
          || (self->language == LC_AGENDA_LANGUAGE_ENGLISH && language != LC_LANGUAGE_ENGLISH))
        continue;
      /* Bilingual: English on the left half, Arabic on the right. */
      if (bilingual)
        strip = (LcStrip) { language == LC_LANGUAGE_ARABIC ? x + w / 2 + 8 : x, start_w, language };

      if (page > 0)
        {
          /* On bilingual pages a title written in one language only is
           * printed once, in its own half, not again in the other. */
          if (!bilingual || lc_pdf_written_in (c, "title", language))
            add_running (self, leaves, &strip, 0, header_y, start_w, title, LC_ALIGN_START, MUTED,
                         TRUE);
          if (!bilingual && day >= 0)
            {
              const LcAgendaDay *d = &g_array_index (self->days, LcAgendaDay, day);
              g_autofree char *date = lc_pdf_long_date (self, language, &d->date);

              add_running (self, leaves, &strip, start_w + 12, header_y, end_w, date, LC_ALIGN_END,
                           ACCENT, TRUE);
            }
        }

      /* Translators: the page number at the foot of each page of the agenda */
      page_text = g_strdup_printf (lc_l10n_gettext (language, N_("Page %1$s of %2$s")), n, m);
      if (bilingual)
        add_running (self, leaves, &strip, 0, footer_y, start_w, page_text, LC_ALIGN_START, MUTED,
                     FALSE);
      else
        {
          add_running (self, leaves, &strip, 0, footer_y, start_w, venue, LC_ALIGN_START, MUTED,
                       TRUE);
          add_running (self, leaves, &strip, start_w + 12, footer_y, end_w, page_text, LC_ALIGN_END,
                       MUTED, FALSE);
        }
    }

  if (page > 0)
    lc_pdf_add_fill (leaves, x, self->content_y - 10, w, 0.5, RULE_COLOUR);
  lc_pdf_add_fill (leaves, x, footer_y - 6, w, 0.5, RULE_COLOUR);

  return leaves;
}
