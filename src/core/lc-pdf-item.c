/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-agenda-pdf-private.h"
#include "lc-role.h"
#include "lc-text.h"

/* The block of one agenda item: its time, a badge with its kind and number,
 * its room and title, and its people under a heading per role, in one
 * language or, on bilingual pages, English and Arabic either side of the
 * time. */

/* Badge colours by kind: a light fill with a dark text of the same hue, and
 * the ceremonies (opening, closing) in the full accent. */
static const struct { guint32 fill, text; } kind_colours[] = {
  [LC_ITEM_KIND_OPENING] = { ACCENT, 0xFFFFFF },
  [LC_ITEM_KIND_SESSION] = { 0xDCE7F3, ACCENT },
  [LC_ITEM_KIND_BREAK] = { 0xE4E7EB, MUTED },
  [LC_ITEM_KIND_FIELD_VISIT] = { 0xDDEFE3, 0x1D6B3A },
  [LC_ITEM_KIND_EXERCISE] = { 0xECE4F5, 0x5B2E8C },
  [LC_ITEM_KIND_DECLARATION_READING] = { 0xF7EAD0, 0x83570A },
  [LC_ITEM_KIND_CLOSING] = { ACCENT, 0xFFFFFF },
  [LC_ITEM_KIND_PANEL] = { 0xDCE7F3, ACCENT },
  [LC_ITEM_KIND_WORKSHOP] = { 0xFBE5D6, 0x8A3B00 },
  [LC_ITEM_KIND_EXHIBITION] = { 0xF6E0E3, 0x8A1C2B },
  [LC_ITEM_KIND_CEREMONY] = { ACCENT, 0xFFFFFF },
  [LC_ITEM_KIND_MEAL] = { 0xE4E7EB, MUTED },
  [LC_ITEM_KIND_OTHER] = { 0xE3E8ED, 0x34414E },
};

/* Translators: the kinds of agenda items, printed as small badges */
static const char *kind_names[] = {
  [LC_ITEM_KIND_OPENING] = NC_("agenda item kind", "Opening"),
  [LC_ITEM_KIND_SESSION] = NC_("agenda item kind", "Session"),
  [LC_ITEM_KIND_BREAK] = NC_("agenda item kind", "Break"),
  [LC_ITEM_KIND_FIELD_VISIT] = NC_("agenda item kind", "Field visit"),
  [LC_ITEM_KIND_EXERCISE] = NC_("agenda item kind", "Exercise"),
  [LC_ITEM_KIND_DECLARATION_READING] = NC_("agenda item kind", "Declaration reading"),
  [LC_ITEM_KIND_CLOSING] = NC_("agenda item kind", "Closing"),
  [LC_ITEM_KIND_PANEL] = NC_("agenda item kind", "Panel discussion"),
  [LC_ITEM_KIND_WORKSHOP] = NC_("agenda item kind", "Workshop"),
  [LC_ITEM_KIND_EXHIBITION] = NC_("agenda item kind", "Exhibition"),
  [LC_ITEM_KIND_CEREMONY] = NC_("agenda item kind", "Ceremony"),
  [LC_ITEM_KIND_MEAL] = NC_("agenda item kind", "Meal"),
  [LC_ITEM_KIND_OTHER] = NC_("agenda item kind", "Item"),
};

/* The roles of an item's people, in the order they are printed (their
 * headings are lc_role_heading()'s). */
static const LcRole roles[] = { LC_ROLE_MODERATOR, LC_ROLE_PRESENTER, LC_ROLE_SPEAKER };

static char *
time_range (LcAgendaLayout *self,
            LcLanguage      language,
            LcItem         *item)
{
  int start = (int) lc_record_get_int (LC_RECORD (item), "start-minute");
  int end = (int) lc_record_get_int (LC_RECORD (item), "end-minute");
  g_autofree char *plain = g_strdup_printf ("%02d:%02d" EN_DASH "%02d:%02d",
                                            start / 60, start % 60, end / 60, end % 60);
  g_autofree char *text = lc_pdf_digits (self, language, plain);

  /* An explicit direction, so the start time is read first in both: on the
   * left in English, on the right in Arabic. */
  return g_strconcat (language == LC_LANGUAGE_ARABIC ? RLI : LRI, text, PDI, NULL);
}

static char *
badge_text (LcAgendaLayout *self,
            LcLanguage      language,
            LcItem         *item)
{
  LcItemKind kind = (LcItemKind) lc_record_get_int (LC_RECORD (item), "kind");
  gint64 number = lc_record_get_int (LC_RECORD (item), "number");
  const char *name;

  if ((guint) kind >= G_N_ELEMENTS (kind_names))
    kind = LC_ITEM_KIND_OTHER;
  /* "Item" alone says nothing: an item of no particular kind has a badge
   * only to carry its number. */
  if (kind == LC_ITEM_KIND_OTHER && number <= 0)
    return NULL;
  name = lc_l10n_pgettext (language, "agenda item kind", kind_names[kind]);
  if (number > 0)
    {
      g_autofree char *n = lc_pdf_number_text (self, language, number);

      return g_strconcat (name, " ", n, NULL);
    }

  return g_strdup (name);
}

static char *
person_markup (LcAgendaLayout            *self,
               LcLanguage                 language,
               const LcAgendaParticipant *p)
{
  LcRecord *person = LC_RECORD (p->person);
  const char *name_parts[] = {
    lc_pdf_field (person, "honorific", language),
    lc_pdf_field (person, "name", language),
  };
  const char *parts[] = {
    lc_pdf_field (person, "position", language),
    /* The organisation's own name when the person points at one. */
    p->organisation ? lc_pdf_field (p->organisation, "name", language)
                    : lc_pdf_field (person, "organisation", language),
    lc_pdf_field (LC_RECORD (p->city), "name", language),
  };
  const char *const spaces[] = { " ", " " };
  const char *const separators[] = {
    /* Translators: separates the position, organisation and city of a person */
    lc_l10n_pgettext (LC_LANGUAGE_ARABIC, "list separator", NC_("list separator", ", ")),
    lc_l10n_pgettext (LC_LANGUAGE_ENGLISH, "list separator", NC_("list separator", ", ")),
  };
  double size = lc_pdf_font_size (self, LC_STYLE_PERSON, language);
  g_autoptr(GString) markup = g_string_new (NULL);
  /* Fields of one script in its direction: an Arabic honorific before
   * (right of) an Arabic name, and the details in their written order, on
   * English pages too. Either may have fallen back to the other language.
   * Each field isolated where that changes how it reads. */
  g_autofree char *name = lc_pdf_join_fields (name_parts, G_N_ELEMENTS (name_parts), spaces,
                                              language);
  g_autofree char *details = lc_pdf_join_fields (parts, G_N_ELEMENTS (parts), separators,
                                                 language);
  g_autofree char *escaped_name = g_markup_escape_text (name, -1);

  g_string_append_printf (markup, "<b>%s</b>", escaped_name);
  if (p->online)
    {
      /* Translators: marks a person who takes part over the internet */
      g_autofree char *word = g_markup_escape_text (lc_l10n_gettext (language, N_("online")), -1);
      g_autofree char *shown = language == LC_LANGUAGE_ARABIC ? g_strdup (word)
                                                              : g_utf8_strup (word, -1);

      g_string_append_printf (markup,
                              " <span background=\"" ONLINE_FILL "\" foreground=\"" ONLINE_TEXT "\""
                              " size=\"%d\" weight=\"bold\"%s>\302\240%s\302\240</span>",
                              (int) (size * 0.72 * PANGO_SCALE),
                              language == LC_LANGUAGE_ARABIC ? "" : " letter_spacing=\"600\"",
                              shown);
    }
  if (*details != '\0')
    {
      g_autofree char *escaped = g_markup_escape_text (details, -1);

      g_string_append_printf (markup, "\n<span foreground=\"#%06X\" size=\"%d\">%s</span>",
                              MUTED, (int) (size * 0.9 * PANGO_SCALE), escaped);
    }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

/* The moderators, presenters and speakers of an item, under a heading per
 * role: beside the names in a wide column, above them in a narrow one. */
static double
add_people (LcAgendaLayout      *self,
            GArray              *leaves,
            const LcStrip       *column,
            const LcAgendaEntry *entry,
            double               y)
{
  LcLanguage language = column->language;
  gboolean stacked = column->width < 300;

  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      g_autoptr(GPtrArray) group = g_ptr_array_new ();
      double label_w = stacked ? column->width : LABEL_WIDTH;
      double names_off = stacked ? 0 : LABEL_WIDTH + 8;
      double names_w = column->width - names_off;
      const char *heading;
      LcText label;
      double label_y;

      for (guint i = 0; i < entry->participants->len; i++)
        {
          LcAgendaParticipant *p = g_ptr_array_index (entry->participants, i);

          if (p->role == roles[r])
            g_ptr_array_add (group, p);
        }
      if (group->len == 0)
        continue;

      y += 5;
      heading = lc_role_heading (roles[r], group->len, language);
      label = lc_pdf_measure (self, language, LC_STYLE_ROLE, heading, FALSE, label_w,
                              LC_ALIGN_START);
      label_y = y;
      if (stacked)
        y += lc_pdf_add_measure (leaves, column, 0, y, label_w, label, ACCENT) + 1;

      for (guint i = 0; i < group->len; i++)
        {
          g_autofree char *markup = person_markup (self, language, g_ptr_array_index (group, i));
          LcText person = lc_pdf_measure (self, language, LC_STYLE_PERSON, markup, TRUE, names_w,
                                          LC_ALIGN_START);

          if (!stacked && i == 0)
            {
              /* The heading sits on the first name's baseline. */
              double shift = person.baseline - label.baseline;

              lc_pdf_add_measure (leaves, column, 0, label_y + MAX (0, shift), label_w, label,
                                  ACCENT);
              y += MAX (0, -shift);
            }
          y += lc_pdf_add_measure (leaves, column, names_off, y, names_w, person, INK) + 2.5;
        }
      y -= 2.5;
    }

  return y;
}

/* One language's part of an item; returns its bottom. */
static double
item_column (LcAgendaLayout      *self,
             GArray              *leaves,
             const LcStrip       *column,
             const LcAgendaEntry *entry,
             double               y)
{
  LcLanguage language = column->language;
  LcRecord *item = LC_RECORD (entry->item);
  LcItemKind kind = (LcItemKind) lc_record_get_int (item, "kind");
  g_autofree char *badge_label = badge_text (self, language, entry->item);
  g_autofree char *title = lc_pdf_isolate_in (lc_pdf_field (item, "title", language), language);
  /* The room (or the off-site place), then the track by its name (the PDF
   * may be printed in grey). */
  const char *place[] = { lc_pdf_field (entry->room ? LC_RECORD (entry->room) : entry->place, "name", language),
                          lc_pdf_field (entry->track, "name", language) };
  const char *const place_dots[] = { " · ", " · " };
  g_autofree char *room = lc_pdf_join_fields (place, G_N_ELEMENTS (place), place_dots, language);
  guint palette = (guint) kind < G_N_ELEMENTS (kind_colours) ? (guint) kind : LC_ITEM_KIND_OTHER;
  double w = column->width;
  g_autofree char *details = NULL;
  LcLeaf badge = { 0 };

  if (badge_label != NULL)
    badge = lc_pdf_make_badge (self, language, badge_label, w,
                               kind_colours[palette].fill, kind_colours[palette].text);

  if (kind == LC_ITEM_KIND_BREAK && entry->participants->len == 0)
    {
      /* A break is one quiet line: badge, then "Coffee break · Foyer". */
      const char *fields[] = { lc_pdf_field (item, "title", language), room };
      const char *const dots[] = { " · ", " · " };
      g_autofree char *text = lc_pdf_join_fields (fields, G_N_ELEMENTS (fields), dots, language);
      LcText line = lc_pdf_measure (self, language, LC_STYLE_BREAK_TITLE, text, FALSE,
                                    w - badge.width - 6, LC_ALIGN_START);

      return lc_pdf_add_badge_and_text (leaves, column, y, badge, &line, MUTED);
    }

  /* The badge, with the room beside it; either may be missing. A room's
   * line comes back item after item: measured once, and laid out once for
   * the items drawn with it (lc_pdf_measure()). */
  if (badge.layout != NULL || *room != '\0')
    {
      g_autofree char *text = *room ? lc_pdf_isolate_in (room, language) : NULL;
      double room_w = badge.layout ? w - badge.width - 6 : w;
      LcText line = { NULL, 0, 0 };

      if (text != NULL)
        line = lc_pdf_measure (self, language, LC_STYLE_ROOM, text, FALSE, room_w, LC_ALIGN_START);
      y = lc_pdf_add_badge_and_text (leaves, column, y, badge, text ? &line : NULL, MUTED) + 2.5;
    }
  /* Where the room is, what it holds, the link: a line of its own, and
   * none for a room with only a name (the page stays as it was). */
  if ((details = lc_pdf_room_details (self, language, entry)) != NULL)
    y += lc_pdf_add_plain (self, leaves, column, 0, y, w, LC_STYLE_ROOM, details, LC_ALIGN_START,
                           MUTED) + 2.5;

  y += lc_pdf_add_plain (self, leaves, column, 0, y, w, LC_STYLE_ITEM_TITLE, title,
                         LC_ALIGN_START, INK);

  return add_people (self, leaves, column, entry, y);
}

/* Whether anything of an item's own is written in @language: its title,
 * its room, its people and their cities. */
static gboolean
item_has_language (const LcAgendaEntry *entry,
                   LcLanguage           language)
{
  static const char *person_fields[] = { "honorific", "name", "position", "organisation" };

  if (lc_pdf_written_in (LC_RECORD (entry->item), "title", language)
      || lc_pdf_written_in (LC_RECORD (entry->room), "name", language))
    return TRUE;
  for (guint i = 0; i < entry->participants->len; i++)
    {
      const LcAgendaParticipant *p = g_ptr_array_index (entry->participants, i);

      for (guint f = 0; f < G_N_ELEMENTS (person_fields); f++)
        if (lc_pdf_written_in (LC_RECORD (p->person), person_fields[f], language))
          return TRUE;
      if (lc_pdf_written_in (p->organisation, "name", language))
        return TRUE;
      if (lc_pdf_written_in (LC_RECORD (p->city), "name", language))
        return TRUE;
    }

  return FALSE;
}

LcBlock *
lc_pdf_build_item (LcAgendaLayout *self,
                   guint           index)
{
  const LcAgendaEntry *entry = g_ptr_array_index (self->agenda->entries, index);
  LcBlock *block = lc_pdf_block_new (LC_BLOCK_ITEM);
  double w = self->content_width, bottom;
  gboolean quiet = lc_record_get_int (LC_RECORD (entry->item), "kind") == LC_ITEM_KIND_BREAK;
  gboolean arabic = item_has_language (entry, LC_LANGUAGE_ARABIC);
  gboolean english = item_has_language (entry, LC_LANGUAGE_ENGLISH);

  block->entry = (int) index;
  if (quiet)
    lc_pdf_add_fill (block->leaves, 0, 0, w, 0, BREAK_TINT);

  /* On bilingual pages an item written in one language only is printed
   * once, across the page as on a page of its language, rather than again
   * in the other column: its readers cannot read it there either, and it
   * takes half the lines. */
  if (self->language == LC_AGENDA_LANGUAGE_BILINGUAL && arabic == english)
    {
      double cw = (w - SPINE_WIDTH - 2 * COLUMN_GAP) / 2;
      LcStrip en = { 0, cw, LC_LANGUAGE_ENGLISH };
      LcStrip ar = { w - cw, cw, LC_LANGUAGE_ARABIC };
      LcStrip spine = { cw + COLUMN_GAP, SPINE_WIDTH, LC_LANGUAGE_ENGLISH };
      g_autofree char *time = time_range (self, LC_LANGUAGE_ENGLISH, entry->item);
      double th, be, ba;

      /* The time in the middle, shared by both languages. */
      th = lc_pdf_add_plain (self, block->leaves, &spine, 0, ITEM_PAD, SPINE_WIDTH, LC_STYLE_TIME,
                             time, LC_ALIGN_CENTRE, quiet ? MUTED : ACCENT_DARK);
      be = item_column (self, block->leaves, &en, entry, ITEM_PAD);
      ba = item_column (self, block->leaves, &ar, entry, ITEM_PAD);
      bottom = MAX (ITEM_PAD + th, MAX (be, ba));
    }
  else
    {
      gboolean rtl = self->language == LC_AGENDA_LANGUAGE_BILINGUAL
                     ? arabic : self->language == LC_AGENDA_LANGUAGE_ARABIC;
      LcLanguage language = rtl ? LC_LANGUAGE_ARABIC : LC_LANGUAGE_ENGLISH;
      LcStrip column = { 0, w, language };
      LcStrip body = lc_pdf_sub_strip (&column, TIME_WIDTH + COLUMN_GAP,
                                       w - TIME_WIDTH - COLUMN_GAP);
      g_autofree char *time = time_range (self, language, entry->item);
      double th, bb;

      /* The time at the start edge, the item beside it. */
      th = lc_pdf_add_plain (self, block->leaves, &column, 0, ITEM_PAD, TIME_WIDTH, LC_STYLE_TIME,
                             time, LC_ALIGN_START, quiet ? MUTED : ACCENT_DARK);
      bb = item_column (self, block->leaves, &body, entry, ITEM_PAD);
      bottom = MAX (ITEM_PAD + th, bb);
    }

  block->height = bottom + ITEM_PAD;
  if (quiet)
    g_array_index (block->leaves, LcLeaf, 0).height = block->height;

  return block;
}

