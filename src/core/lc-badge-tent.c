/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "lc-agenda-pdf-private.h"
#include "lc-badge-private.h"
#include "lc-l10n.h"

/*
 * Table tents for the programme's people (issue 14): an A4 sheet in
 * landscape, folded along its middle into a tent that stands on the table.
 * The lower half faces the audience; the upper half, printed upside down,
 * faces the speaker once folded, so both read the right way up. Each half
 * has the name large in the main language, under it in the other script,
 * the organisation, and the category's colour along its foot.
 */

#define TENT_PAD (15 * LC_MM)

typedef struct
{
  LcAgendaLanguage language;
  LcBadgePen       pen;
  LcBadgeSet      *set;
} LcTentDraw;

/* One face, drawn in a box of @w × @h from the origin, its foot at the
 * bottom (the fold or the table). */
static void
draw_face (LcTentDraw         *draw,
           cairo_t            *cr,
           const LcBadgeEntry *entry,
           double              w,
           double              h)
{
  LcLanguage main = draw->language == LC_AGENDA_LANGUAGE_ENGLISH ? LC_LANGUAGE_ENGLISH
                                                                  : LC_LANGUAGE_ARABIC;
  LcLanguage other = 1 - main;
  LcLanguage first = *entry->name[main] != '\0' ? main : other;
  LcBadgeStyle name = { 54, 24, 2, TRUE, first == LC_LANGUAGE_ENGLISH, LC_BADGE_ALIGN_CENTRE,
                        INK };
  LcBadgeStyle second = { 30, 16, 1, FALSE, other == LC_LANGUAGE_ENGLISH, LC_BADGE_ALIGN_CENTRE,
                          INK };
  LcBadgeStyle detail = { 16, 11, 1, FALSE, TRUE, LC_BADGE_ALIGN_CENTRE, MUTED };
  const double band = 8 * LC_MM, width = w - 2 * TENT_PAD;
  g_autoptr(PangoLayout) big = NULL, small = NULL, org = NULL;
  double big_h = 0, small_h = 0, org_h = 0, y;
  const char *organisation = lc_badge_pick (entry->organisation, main);

  big = lc_badge_fit_text (&draw->pen, entry->name[first], first, &name, width, &big_h);
  if (first == main && *entry->name[other] != '\0')
    small = lc_badge_fit_text (&draw->pen, entry->name[other], other, &second, width, &small_h);
  if (*organisation != '\0')
    org = lc_badge_fit_text (&draw->pen, organisation,
                             *entry->organisation[main] != '\0' ? main : other, &detail, width,
                             &org_h);

  /* The texts as one block, centred between the top and the band. */
  y = (h - band - (big_h + small_h + org_h + 6 * LC_MM)) / 2;
  lc_badge_show_layout (cr, big, TENT_PAD, y, width, big_h, INK);
  y += big_h + 3 * LC_MM;
  if (small != NULL)
    lc_badge_show_layout (cr, small, TENT_PAD, y, width, small_h, INK);
  y += small_h + 3 * LC_MM;
  if (org != NULL)
    lc_badge_show_layout (cr, org, TENT_PAD, y, width, org_h, MUTED);

  lc_badge_set_colour (cr, entry->colour);
  cairo_rectangle (cr, 0, h - band, w, band);
  cairo_fill (cr);
}

static gboolean
draw_tents (cairo_surface_t  *surface,
            double            unused_width,
            double            unused_height,
            gpointer          user_data,
            GError          **error)
{
  LcTentDraw *draw = user_data;
  const double w = 297 * LC_MM, h = 210 * LC_MM, half = h / 2;
  cairo_t *cr;

  cairo_pdf_surface_set_size (surface, w, h);
  lc_badge_set_metadata (surface, draw->set,
                         lc_l10n_gettext (draw->language == LC_AGENDA_LANGUAGE_ENGLISH
                                          ? LC_LANGUAGE_ENGLISH : LC_LANGUAGE_ARABIC,
                                          /* Translators: the title of the table tents' PDF,
                                           * after the convention's */
                                          N_("Table tents")));
  cr = cairo_create (surface);
  for (guint i = 0; i < draw->set->entries->len; i++)
    {
      const LcBadgeEntry *entry = g_ptr_array_index (draw->set->entries, i);
      const double dashes[] = { 3, 3 };

      if (!entry->on_programme)
        continue;

      /* The front: the lower half, its foot at the sheet's bottom edge. */
      cairo_save (cr);
      cairo_translate (cr, 0, half);
      cairo_rectangle (cr, 0, 0, w, half);
      cairo_clip (cr);
      draw_face (draw, cr, entry, w, half);
      cairo_restore (cr);

      /* The back: the upper half turned half a turn, its foot at the
       * sheet's top edge, which is the table's once folded. */
      cairo_save (cr);
      cairo_rectangle (cr, 0, 0, w, half);
      cairo_clip (cr);
      cairo_translate (cr, w, half);
      cairo_rotate (cr, G_PI);
      draw_face (draw, cr, entry, w, half);
      cairo_restore (cr);

      /* The fold. */
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
      cairo_set_line_width (cr, 0.5);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      cairo_move_to (cr, 0, half);
      cairo_line_to (cr, w, half);
      cairo_stroke (cr);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  return TRUE;
}

/* Table tents stand on the speakers' and moderators' tables only. */
static gboolean
on_programme (const LcBadgeEntry *entry)
{
  return entry->on_programme;
}

/**
 * lc_table_tents_write_pdf:
 * @set: the people (only the programme's get a tent)
 * @path: the PDF to write
 * @language: the main language (names are in both scripts)
 * @error: return location for a #GError
 *
 * Writes a folded table tent a page for each speaker, moderator and
 * presenter. The file appears complete or not at all.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_table_tents_write_pdf (LcBadgeSet        *set,
                          const char        *path,
                          LcAgendaLanguage   language,
                          GError           **error)
{
  LcTentDraw draw = { language, { { NULL } }, set };
  gboolean ok;

  g_return_val_if_fail (set != NULL && path != NULL, FALSE);

  if (!lc_badge_set_check_people (set, on_programme, error))
    return FALSE;
  lc_badge_pen_init (&draw.pen);
  ok = lc_pdf_write_file (path, LC_PAPER_A4, draw_tents, &draw, error);
  lc_badge_pen_clear (&draw.pen);
  return ok;
}
