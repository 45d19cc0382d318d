/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-agenda-pdf-private.h"

/* Texts measured once: the agenda is measured before it is drawn (see
 * lc-agenda-layout.c), and its texts repeat, so a text's measure is kept
 * while measuring and a recent text's layout is shared while drawing,
 * both in tables of bounded size. */

/* Enough for the people and titles of an agenda of 10,000 items, in both
 * languages; past it, texts are laid out each time (the memory stays
 * bounded: a measure and its key take about 200 bytes). */
#define MAX_MEASURES 32768

/* While drawing, the layouts of the last 512 to 1,024 texts measured are
 * shared rather than made again: a person's lines come back often on
 * nearby pages of a small agenda, and a few hundred layouts take a few
 * megabytes at most, whatever the agenda's size. */
#define RECENT_LAYOUTS 512

typedef struct
{
  double height, baseline;
} LcMeasure;

/* Two generations of at most RECENT_LAYOUTS each, the older dropped when
 * the newer is full: nearly the least recently used, at the cost of a
 * lookup. */
static void
remember_layout (LcAgendaLayout *self,
                 const char     *key,
                 PangoLayout    *layout)
{
  if (g_hash_table_size (self->recent[0]) >= RECENT_LAYOUTS)
    {
      g_hash_table_unref (self->recent[1]);
      self->recent[1] = self->recent[0];
      self->recent[0] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
    }
  g_hash_table_insert (self->recent[0], g_strdup (key), g_object_ref (layout));
}

/* Drawing: a new reference to a layout used lately for the same text, or
 * NULL. */
static PangoLayout *
recent_layout (LcAgendaLayout *self,
               const char     *key)
{
  PangoLayout *layout = g_hash_table_lookup (self->recent[0], key);

  if (layout != NULL)
    return g_object_ref (layout);
  layout = g_hash_table_lookup (self->recent[1], key);
  if (layout == NULL)
    return NULL;
  /* Referenced first: making room may drop the older generation. */
  g_object_ref (layout);
  remember_layout (self, key, layout);
  return layout;
}

/* Starts sharing the layouts of texts measured with lc_pdf_measure(),
 * which must not be changed once made: for the agenda's pages, once they
 * are cut. */
void
lc_pdf_layout_share_recent (LcAgendaLayout *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->recent); i++)
    self->recent[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

/**
 * lc_pdf_measure:
 * @self: a layout
 * @language: the text's language
 * @style: its style
 * @text: the text, or markup
 * @markup: whether @text is Pango markup
 * @width: the width it wraps at, or -1
 * @align: its alignment
 *
 * A text laid out as lc_pdf_make_layout() lays it out, with its measure.
 * While the agenda's blocks are measured (lc_pdf_layout_build_blocks())
 * a text measured before in the same style and width is not laid out
 * again, and the #LcText has no layout: the people of an agenda come back
 * item after item, and their lines are most of its text. The block is
 * built again with its layouts when its page is drawn.
 *
 * Returns: the text; its layout (if any) belongs to the caller
 */
LcText
lc_pdf_measure (LcAgendaLayout *self,
                LcLanguage      language,
                LcStyle         style,
                const char     *text,
                gboolean        markup,
                double          width,
                LcAlign         align)
{
  LcText measured = { NULL, 0, 0 };
  g_autofree char *key = NULL;
  LcMeasure *known;

  if (self->measures != NULL || self->recent[0] != NULL)
    key = g_strdup_printf ("%d %d %d %d %.3f %s", language, style, markup, align, width, text);
  if (self->measures != NULL && (known = g_hash_table_lookup (self->measures, key)) != NULL)
    {
      measured.height = known->height;
      measured.baseline = known->baseline;
      return measured;
    }
  if (self->recent[0] == NULL || (measured.layout = recent_layout (self, key)) == NULL)
    {
      measured.layout = lc_pdf_make_layout (self, language, style, text, markup, width, align);
      if (self->recent[0] != NULL)
        remember_layout (self, key, measured.layout);
    }
  lc_pdf_layout_size (measured.layout, NULL, &measured.height);
  measured.baseline = lc_pdf_first_baseline (measured.layout);
  if (self->measures != NULL && g_hash_table_size (self->measures) < MAX_MEASURES)
    {
      known = g_new (LcMeasure, 1);
      known->height = measured.height;
      known->baseline = measured.baseline;
      g_hash_table_insert (self->measures, g_steal_pointer (&key), known);
    }

  return measured;
}

/* Places a measured text (taking its layout) at @offset from the strip's
 * start edge; returns its height. */
double
lc_pdf_add_measure (GArray        *leaves,
                    const LcStrip *strip,
                    double         offset,
                    double         y,
                    double         width,
                    LcText         text,
                    guint32        colour)
{
  LcLeaf leaf = { LC_LEAF_TEXT, 0, y, width, text.height, text.layout, colour, 0, 0, 0 };

  leaf.x = lc_pdf_strip_x (strip, offset, width);
  g_array_append_val (leaves, leaf);

  return leaf.height;
}
