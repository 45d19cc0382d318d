/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-agenda-pdf-private.h"
#include "lc-organisation-enums.h"

/* The title block of the first page: the convention's title and slogan,
 * then its dates, venue, organisations by role (host, organisers, partners,
 * sponsors) and time zone, in one language (labels beside the values) or
 * in two columns (labels above them); the organisations' logos below. */

static char *
date_range (LcAgendaLayout *self,
            LcLanguage      language)
{
  LcRecord *c = LC_RECORD (self->agenda->convention);
  g_autofree char *first = NULL, *last = NULL;
  GDate start, end;

  if (!lc_date_parse (lc_record_get_string (c, "start-date"), &start))
    return g_strdup ("");
  first = lc_pdf_long_date (self, language, &start);
  if (!lc_date_parse (lc_record_get_string (c, "end-date"), &end)
      || g_date_compare (&start, &end) >= 0)
    return g_steal_pointer (&first);
  last = lc_pdf_long_date (self, language, &end);

  return g_strdup_printf (lc_l10n_pgettext (language, "date range",
                                            /* Translators: the first and last day of a
                                             * convention, each a full date */
                                            NC_("date range", "%1$s – %2$s")),
                          first, last);
}

/**
 * lc_pdf_noon_offset:
 * @self: a layout
 * @day: a day
 * @minutes: (out): the offset from UTC, in minutes
 *
 * The convention's offset from UTC at noon on @day: what the participants'
 * clocks say that day, whatever time of night the change came.
 *
 * Returns: %FALSE when the convention has no known time zone
 */
gboolean
lc_pdf_noon_offset (LcAgendaLayout *self,
                    const GDate    *day,
                    gint64         *minutes)
{
  const char *zone = lc_record_get_string (LC_RECORD (self->agenda->convention), "time-zone");
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zone);
  g_autoptr(GDateTime) noon = NULL;

  if (tz == NULL || !g_date_valid (day))
    return FALSE;
  noon = g_date_time_new (tz, g_date_get_year (day), g_date_get_month (day),
                          g_date_get_day (day), 12, 0, 0);
  if (noon == NULL)
    return FALSE;
  *minutes = g_date_time_get_utc_offset (noon) / G_TIME_SPAN_MINUTE;
  return TRUE;
}

/* "+01:00", kept left to right in an Arabic line, in the column's digits. */
char *
lc_pdf_offset_text (LcAgendaLayout *self,
                    LcLanguage      language,
                    gint64          minutes)
{
  g_autofree char *offset = g_strdup_printf (LRI "%c%02d:%02d" PDI, minutes < 0 ? '-' : '+',
                                             (int) (ABS (minutes) / 60),
                                             (int) (ABS (minutes) % 60));

  return lc_pdf_digits (self, language, offset);
}

static char *
time_zone_text (LcAgendaLayout *self,
                LcLanguage      language)
{
  LcRecord *c = LC_RECORD (self->agenda->convention);
  g_autofree char *name = lc_pdf_isolate (lc_record_get_string (c, "time-zone"));
  g_autofree char *offset = NULL;
  GDate start;
  gint64 minutes;

  /* The offset on the first day; a day with another one says so in its
   * heading (lc-pdf-layout.c). */
  if (!lc_date_parse (lc_record_get_string (c, "start-date"), &start)
      || !lc_pdf_noon_offset (self, &start, &minutes))
    return g_steal_pointer (&name);
  offset = lc_pdf_offset_text (self, language, minutes);

  return g_strdup_printf (lc_l10n_pgettext (language, "time zone",
                                            /* Translators: the convention's time zone, e.g.
                                             * "Asia/Riyadh (UTC+03:00)": %1$s is the zone's
                                             * name, %2$s the offset from UTC */
                                            NC_("time zone", "%1$s (UTC%2$s)")),
                          name, offset);
}

static double
add_facts (LcAgendaLayout *self,
           GArray         *leaves,
           const LcStrip  *column,
           double          y,
           gboolean        stacked)
{
  LcRecord *c = LC_RECORD (self->agenda->convention);
  LcLanguage language = column->language;
  g_autofree char *dates = date_range (self, language);
  g_autofree char *zone = time_zone_text (self, language);
  /* The names are isolated one by one (lc-pdf-organisations.c). */
  g_autofree char *host = lc_pdf_organisation_names (self->agenda, LC_ORGANISATION_ROLE_HOST, language);
  g_autofree char *organisers = lc_pdf_organisation_names (self->agenda, LC_ORGANISATION_ROLE_ORGANISER, language);
  g_autofree char *partners = lc_pdf_organisation_names (self->agenda, LC_ORGANISATION_ROLE_PARTNER, language);
  g_autofree char *sponsors = lc_pdf_organisation_names (self->agenda, LC_ORGANISATION_ROLE_SPONSOR, language);
  const struct { const char *label; const char *value; gboolean isolated; } facts[] = {
    /* Translators: labels in the title block of the printed agenda */
    { N_("Dates"), dates, FALSE },
    { N_("Venue"), lc_pdf_field (c, "venue", language), FALSE },
    { N_("Host"), host, TRUE },
    { N_("Organisers"), organisers, TRUE },
    { N_("Partners"), partners, TRUE },
    { N_("Sponsors"), sponsors, TRUE },
    { N_("Local time"), zone, FALSE },
  };
  double label_w = stacked ? column->width : 74, value_off = stacked ? 0 : 82;
  double value_w = column->width - value_off;

  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      g_autofree char *value = NULL;
      PangoLayout *label, *text;
      double lh, vh, lb, vb;

      if (facts[i].value == NULL || *facts[i].value == '\0')
        continue;

      value = facts[i].isolated ? g_strdup (facts[i].value) : lc_pdf_isolate (facts[i].value);
      label = lc_pdf_make_layout (self, language, LC_STYLE_LABEL,
                                  lc_l10n_gettext (language, facts[i].label),
                                  FALSE, label_w, LC_ALIGN_START);
      text = lc_pdf_make_layout (self, language, LC_STYLE_VALUE, value, FALSE, value_w,
                                 LC_ALIGN_START);
      lb = lc_pdf_first_baseline (label);
      vb = lc_pdf_first_baseline (text);
      if (stacked)
        {
          lh = lc_pdf_add_text (leaves, column, 0, y, label_w, label, MUTED);
          vh = lc_pdf_add_text (leaves, column, 0, y + lh + 1, value_w, text, INK);
          y += lh + 1 + vh + 5;
        }
      else
        {
          /* Label and value share their first baseline. */
          lh = lc_pdf_add_text (leaves, column, 0, y + MAX (0, vb - lb), label_w, label, MUTED);
          vh = lc_pdf_add_text (leaves, column, value_off, y + MAX (0, lb - vb), value_w, text,
                                INK);
          y += MAX (lh + MAX (0, vb - lb), vh + MAX (0, lb - vb)) + 5;
        }
    }

  return y;
}

static double
title_column (LcAgendaLayout *self,
              GArray         *leaves,
              const LcStrip  *column,
              gboolean        stacked)
{
  LcRecord *c = LC_RECORD (self->agenda->convention);
  LcLanguage language = column->language;
  const char *slogan = lc_pdf_field (c, "slogan", language);
  g_autofree char *title = lc_pdf_isolate (lc_pdf_field (c, "title", language));
  double w = column->width, y = 0;
  PangoLayout *layout;

  /* Translators: the word above the convention's title on the printed agenda */
  y += lc_pdf_add_plain (self, leaves, column, 0, y, w, LC_STYLE_KICKER,
                         lc_l10n_gettext (language, N_("Programme")), LC_ALIGN_START, ACCENT) + 3;

  layout = lc_pdf_make_layout (self, language, LC_STYLE_TITLE, title, FALSE, w, LC_ALIGN_START);
  if (stacked)
    {
      /* Two titles side by side: smaller, so neither takes half the page. */
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_scale_new (0.8));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  y += lc_pdf_add_text (leaves, column, 0, y, w, layout, ACCENT_DARK) + 3;

  if (*slogan != '\0')
    {
      g_autofree char *text = lc_pdf_isolate (slogan);

      y += lc_pdf_add_plain (self, leaves, column, 0, y, w, LC_STYLE_SLOGAN, text,
                             LC_ALIGN_START, MUTED);
    }

  return add_facts (self, leaves, column, y + 14, stacked);
}

/* Whether any of the convention's own texts is written in @language. */
static gboolean
convention_has_language (LcAgendaLayout *self,
                         LcLanguage      language)
{
  static const char *fields[] = { "title", "slogan", "venue" };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (lc_pdf_written_in (LC_RECORD (self->agenda->convention), fields[i], language))
      return TRUE;
  for (guint i = 0; i < self->agenda->organisations->len; i++)
    if (lc_pdf_written_in (g_ptr_array_index (self->agenda->organisations, i), "name", language))
      return TRUE;
  return FALSE;
}

LcBlock *
lc_pdf_build_title (LcAgendaLayout *self)
{
  LcBlock *block = lc_pdf_block_new (LC_BLOCK_TITLE);
  double w = self->content_width, h;
  gboolean arabic = convention_has_language (self, LC_LANGUAGE_ARABIC);
  gboolean english = convention_has_language (self, LC_LANGUAGE_ENGLISH);

  /* A convention written in one language only has its title block once,
   * across the page, on bilingual pages too (as its items, lc-pdf-item.c). */
  if (self->language == LC_AGENDA_LANGUAGE_BILINGUAL && arabic == english)
    {
      double cw = (w - 2 * COLUMN_GAP) / 2;
      LcStrip en = { 0, cw, LC_LANGUAGE_ENGLISH }, ar = { w - cw, cw, LC_LANGUAGE_ARABIC };
      double he = title_column (self, block->leaves, &en, TRUE);
      double ha = title_column (self, block->leaves, &ar, TRUE);

      /* (Never a call inside MAX (): it would be made twice.) */
      h = MAX (he, ha);
      lc_pdf_add_fill (block->leaves, w / 2 - 0.25, 0, 0.5, h - 5, RULE_COLOUR);
    }
  else
    {
      gboolean rtl = self->language == LC_AGENDA_LANGUAGE_BILINGUAL
                     ? arabic : self->language == LC_AGENDA_LANGUAGE_ARABIC;
      LcStrip column = { 0, w, rtl ? LC_LANGUAGE_ARABIC : LC_LANGUAGE_ENGLISH };

      h = title_column (self, block->leaves, &column, FALSE);
    }

  /* The logos, once, across the page, from its start side. */
  {
    double logos = lc_pdf_add_logos (self, block->leaves, w, h + 4,
                                     self->language == LC_AGENDA_LANGUAGE_ARABIC);

    if (logos > 0)
      h += 4 + logos + 6;
  }

  lc_pdf_add_fill (block->leaves, 0, h + 6, w, 1.5, ACCENT);
  block->height = h + 7.5;

  return block;
}
