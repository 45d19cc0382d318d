/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <stdio.h>

#include "lc-agenda-pdf-private.h"
#include "lc-generator.h"
#include "lc-role.h"

/* The bound the agenda PDF is measured against (build-aux/bench-pdf.sh), not
 * a test: the same bilingual paragraphs as the agenda's items (times,
 * badges, rooms, titles, role headings, people), in the same fonts, sizes
 * and column widths, each laid out with Pango, drawn with cairo on a PDF
 * and freed before the next one. No item is kept whole, no heading kept
 * with what follows, no outline: what is left is the least any streaming
 * PangoCairo renderer of these texts must spend.
 *
 *   bench-pdf-bound --generate=N LIBRARY     makes a convention of N items
 *                                            (lc_generator_create(), seed 1)
 *                                            and prints its id
 *   bench-pdf-bound LIBRARY CONVENTION PDF   writes the paragraphs to PDF
 */

typedef struct
{
  cairo_t       *cr;
  PangoContext  *contexts[LC_N_SCRIPTS];
  double         top, bottom, x, width;
  double         y[2];  /* the English and Arabic columns' next line */
  guint          page;
} Bound;

static PangoFontDescription *
font (LcScript    script,
      gboolean    sans,
      double      size,
      PangoWeight weight)
{
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, lc_pdf_font_families (script, sans));
  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE
                                                * (script == LC_SCRIPT_ARABIC ? ARABIC_SCALE : 1)));
  pango_font_description_set_weight (desc, weight);
  return desc;
}

static void
turn_page (Bound *b)
{
  g_autofree char *number = g_strdup_printf ("Page %u", ++b->page);
  PangoLayout *footer = pango_layout_new (b->contexts[LC_SCRIPT_LATIN]);
  PangoFontDescription *desc = font (LC_SCRIPT_LATIN, FALSE, 7.5, PANGO_WEIGHT_NORMAL);

  pango_layout_set_font_description (footer, desc);
  pango_layout_set_text (footer, number, -1);
  cairo_move_to (b->cr, b->x, b->bottom + 14);
  pango_cairo_show_layout (b->cr, footer);
  g_object_unref (footer);
  pango_font_description_free (desc);
  cairo_show_page (b->cr);
  b->y[0] = b->y[1] = b->top;
}

/* Lays out one paragraph in column @column (0 English, 1 Arabic, 2 the
 * time between them), draws it and frees it. */
static void
paragraph (Bound       *b,
           guint        column,
           const char  *text,
           gboolean     markup,
           double       size,
           PangoWeight  weight,
           gboolean     sans)
{
  LcScript script = column == 1 ? LC_SCRIPT_ARABIC : LC_SCRIPT_LATIN;
  double cw = (b->width - SPINE_WIDTH - 2 * COLUMN_GAP) / 2;
  double x = column == 0 ? b->x : column == 1 ? b->x + b->width - cw : b->x + cw + COLUMN_GAP;
  double *y = &b->y[column == 1];
  PangoLayout *layout = pango_layout_new (b->contexts[script]);
  PangoFontDescription *desc = font (script, sans, size, weight);
  PangoRectangle logical;

  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, pango_units_from_double (column == 2 ? SPINE_WIDTH : cw));
  pango_layout_set_alignment (layout, column == 1 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  if (markup)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  if (*y + pango_units_to_double (logical.height) > b->bottom)
    turn_page (b);
  cairo_move_to (b->cr, x, *y);
  pango_cairo_show_layout (b->cr, layout);
  *y += pango_units_to_double (logical.height) + 2;
  g_object_unref (layout);
  pango_font_description_free (desc);
}

static void
item_column (Bound               *b,
             const LcAgendaEntry *entry,
             LcLanguage           language)
{
  static const LcRole roles[] = { LC_ROLE_MODERATOR, LC_ROLE_PRESENTER, LC_ROLE_SPEAKER };
  guint column = language == LC_LANGUAGE_ARABIC;
  LcRecord *item = LC_RECORD (entry->item);
  g_autofree char *badge = g_strdup_printf ("%s %" G_GINT64_FORMAT,
                                            lc_l10n_pgettext (language, "agenda item kind", "Session"),
                                            lc_record_get_int (item, "number"));

  paragraph (b, column, badge, FALSE, 6.5, PANGO_WEIGHT_BOLD, TRUE);
  if (entry->room != NULL)
    paragraph (b, column, lc_record_get_text (LC_RECORD (entry->room), "name", language, NULL),
               FALSE, 8, PANGO_WEIGHT_NORMAL, FALSE);
  paragraph (b, column, lc_record_get_text (item, "title", language, NULL), FALSE, 10.5,
             PANGO_WEIGHT_BOLD, FALSE);

  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      guint n = 0;

      for (guint i = 0; i < entry->participants->len; i++)
        n += ((LcAgendaParticipant *) g_ptr_array_index (entry->participants, i))->role == roles[r];
      if (n == 0)
        continue;
      paragraph (b, column, lc_role_heading (roles[r], n, language), FALSE, 6.5, PANGO_WEIGHT_BOLD,
                 TRUE);
      for (guint i = 0; i < entry->participants->len; i++)
        {
          const LcAgendaParticipant *p = g_ptr_array_index (entry->participants, i);
          LcRecord *person = LC_RECORD (p->person);
          g_autofree char *markup = NULL;

          if (p->role != roles[r])
            continue;
          markup = g_markup_printf_escaped ("<b>%s %s</b>\n<span size=\"%d\">%s, %s, %s</span>",
                                            lc_record_get_text (person, "honorific", language, NULL),
                                            lc_record_get_text (person, "name", language, NULL),
                                            (int) (9 * 0.9 * PANGO_SCALE),
                                            lc_record_get_text (person, "position", language, NULL),
                                            lc_record_get_text (person, "organisation", language, NULL),
                                            p->city ? lc_record_get_text (LC_RECORD (p->city), "name",
                                                                          language, NULL) : "");
          paragraph (b, column, markup, TRUE, 9, PANGO_WEIGHT_NORMAL, FALSE);
        }
    }
}

static int
draw (const char *library,
      gint64      convention,
      const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (library, &error);
  g_autoptr(LcAgenda) agenda = store ? lc_agenda_load (store, convention, &error) : NULL;
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_surface_t *surface;
  double width, height;
  Bound b = { 0 };

  if (agenda == NULL)
    {
      g_printerr ("bench-pdf-bound: %s\n", error->message);
      return 1;
    }
  lc_paper_get_size (LC_PAPER_A4, &width, &height);
  surface = cairo_pdf_surface_create (path, width, height);
  b.cr = cairo_create (surface);
  b.x = CLAMP (width * 0.085, 30, 60);
  b.width = width - 2 * b.x;
  b.top = 66;
  b.bottom = height - 58;
  b.y[0] = b.y[1] = b.top;

  /* The renderer's own settings (lc-agenda-layout.c): metrics independent
   * of the device, the font map of the chosen families only. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  for (guint s = 0; s < LC_N_SCRIPTS; s++)
    {
      b.contexts[s] = pango_font_map_create_context (lc_pdf_get_font_map ());
      pango_cairo_update_context (b.cr, b.contexts[s]);
      pango_cairo_context_set_resolution (b.contexts[s], 72.0);
      pango_cairo_context_set_font_options (b.contexts[s], options);
      pango_context_set_round_glyph_positions (b.contexts[s], FALSE);
      pango_context_set_base_dir (b.contexts[s], s == LC_SCRIPT_ARABIC ? PANGO_DIRECTION_RTL
                                                                       : PANGO_DIRECTION_LTR);
    }
  cairo_font_options_destroy (options);

  for (guint i = 0; i < agenda->entries->len; i++)
    {
      const LcAgendaEntry *entry = g_ptr_array_index (agenda->entries, i);
      int start = lc_item_get_start_minute (entry->item), end = lc_item_get_end_minute (entry->item);
      g_autofree char *time = g_strdup_printf ("%02d:%02d–%02d:%02d", start / 60, start % 60,
                                               end / 60, end % 60);

      b.y[0] = b.y[1] = MAX (b.y[0], b.y[1]) + 2 * ITEM_PAD;
      paragraph (&b, 2, time, FALSE, 9.5, PANGO_WEIGHT_BOLD, FALSE);
      item_column (&b, entry, LC_LANGUAGE_ENGLISH);
      item_column (&b, entry, LC_LANGUAGE_ARABIC);
    }
  turn_page (&b);

  for (guint s = 0; s < LC_N_SCRIPTS; s++)
    g_object_unref (b.contexts[s]);
  cairo_destroy (b.cr);
  cairo_surface_finish (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_printerr ("bench-pdf-bound: %s: %s\n", path,
                  cairo_status_to_string (cairo_surface_status (surface)));
      return 1;
    }
  cairo_surface_destroy (surface);
  g_print ("%u pages\n", b.page);

  return 0;
}

static int
generate (guint       n_items,
          const char *library)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) store = lc_store_open (library, &error);
  LcGeneratorSize size;
  gint64 id;

  lc_generator_size_init (&size, n_items);
  id = store ? lc_generator_create (store, &size, 1, &error) : 0;
  if (id <= 0)
    {
      g_printerr ("bench-pdf-bound: %s\n", error->message);
      return 1;
    }
  g_print ("%" G_GINT64_FORMAT "\n", id);

  return 0;
}

int
main (int    argc,
      char **argv)
{
  if (argc == 3 && g_str_has_prefix (argv[1], "--generate="))
    return generate ((guint) g_ascii_strtoull (argv[1] + 11, NULL, 10), argv[2]);
  if (argc == 4)
    return draw (argv[1], g_ascii_strtoll (argv[2], NULL, 10), argv[3]);

  fprintf (stderr, "usage: bench-pdf-bound --generate=N LIBRARY\n"
                   "       bench-pdf-bound LIBRARY CONVENTION PDF\n");
  return 2;
}
