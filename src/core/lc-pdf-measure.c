/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-agenda-pdf-private.h"

/* Texts measured once: the agenda is measured before it is drawn (see
 * lc-agenda-layout.c), and its texts repeat, so a text's measure is kept
 * while measuring, and while drawing the layout of a text that comes back
 * is kept until it has been drawn as often as it was measured, in tables
 * of bounded size. */

/* Enough for the people and titles of an agenda of 10,000 items, in both
 * languages; past it, texts are laid out each time (the memory stays
 * bounded: a measure and its key take about 200 bytes). */
#define MAX_MEASURES 32768

/* The layouts kept for texts still to be drawn again: a person's lines,
 * a room, a role's heading come back item after item, and laying them out
 * is most of the work of drawing (wrapping reshapes a text at each break
 * tried). A person's layout takes 6 to 9 kB: at most some 8 MB, whatever
 * the agenda's size (test-agenda-pdf-memory). The first texts to come
 * back are kept until their last use, so those of a few hundred items
 * are; past that, a text is laid out each time it is drawn. */
#define MAX_REUSED 1024

typedef struct
{
  double height, baseline;
  guint  uses;  /* how often lc_pdf_measure() asked for it */
} LcMeasure;

/* A text drawn more than once: how many times are left, and its layout
 * while that is kept. */
typedef struct
{
  guint        uses;
  PangoLayout *layout;  /* nullable */
} LcReused;

static void
reused_free (gpointer data)
{
  LcReused *reused = data;

  g_clear_object (&reused->layout);
  g_free (reused);
}

/**
 * lc_pdf_measures_new:
 *
 * Returns: (transfer full): an empty table of measures, for
 *   LcAgendaLayout's measures
 */
GHashTable *
lc_pdf_measures_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* Adds the uses counted in @from (another thread's measures of other
 * blocks) to @into's. */
void
lc_pdf_measures_merge (GHashTable *into,
                       GHashTable *from)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      LcMeasure *known = g_hash_table_lookup (into, key);

      if (known != NULL)
        known->uses += ((LcMeasure *) value)->uses;
      else if (g_hash_table_size (into) < MAX_MEASURES)
        {
          g_hash_table_iter_steal (&iter);
          g_hash_table_insert (into, key, value);
        }
    }
}

/**
 * lc_pdf_layout_share_recent:
 * @self: a layout whose blocks were all measured, its measures kept
 *
 * Drops the measures, keeping of them which texts are drawn more than
 * once and how often: their layouts, which must not be changed once made,
 * are then shared while the pages are drawn in order.
 */
void
lc_pdf_layout_share_recent (LcAgendaLayout *self)
{
  g_autoptr(GHashTable) measures = g_steal_pointer (&self->measures);
  GHashTableIter iter;
  gpointer key, value;

  self->reused = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, reused_free);
  self->n_reused = 0;
  if (measures == NULL)
    return;

  g_hash_table_iter_init (&iter, measures);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      LcReused *reused;

      if (((LcMeasure *) value)->uses < 2)
        continue;
      reused = g_new0 (LcReused, 1);
      reused->uses = ((LcMeasure *) value)->uses;
      g_hash_table_iter_steal (&iter);
      g_free (value);
      g_hash_table_insert (self->reused, key, reused);
    }
}

/* Drawing: one use of a text drawn more than once, whose layout is
 * @layout; keeps the layout while there are uses left, if there is room. */
static void
count_use (LcAgendaLayout *self,
           const char     *key,
           LcReused       *reused,
           PangoLayout    *layout)
{
  if (reused->layout == NULL && reused->uses > 1 && self->n_reused < MAX_REUSED)
    {
      reused->layout = g_object_ref (layout);
      self->n_reused++;
    }

  /* Its last time (as measured; drawing a page again, or a block cut
   * across pages, lays it out afresh). */
  if (--reused->uses == 0)
    {
      if (reused->layout != NULL)
        self->n_reused--;
      g_hash_table_remove (self->reused, key);
    }
}

/* What a text is measured by: its style, markup or not, alignment and
 * width (as the layout takes it, in Pango units), then the text. Made by
 * hand: formatting the width with printf took 1 % of a PDF's
 * instructions, the texts being asked for twice each. */
static char *
measure_key (LcLanguage  language,
             LcStyle     style,
             const char *text,
             gboolean    markup,
             double      width,
             LcAlign     align)
{
  static const char hex[] = "0123456789abcdef";
  guint32 units = (guint32) pango_units_from_double (width);
  gsize length = strlen (text);
  char *key = g_malloc (12 + length + 1);

  key[0] = (char) ('a' + language);
  key[1] = (char) ('a' + style);
  key[2] = (char) ('a' + (markup != FALSE));
  key[3] = (char) ('a' + align);
  for (guint i = 0; i < 8; i++)
    key[4 + i] = hex[(units >> (28 - 4 * i)) & 0xf];
  memcpy (key + 12, text, length + 1);

  return key;
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
 * built again with its layouts when its page is drawn. A short agenda's
 * blocks keep their layouts instead (lc_pdf_layout_measure_plan()), and a
 * text laid out before shares its layout.
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
  LcReused *reused;
  LcMeasure *known;

  if (self->measures != NULL || self->reused != NULL || self->kept != NULL)
    key = measure_key (language, style, text, markup, width, align);
  if (self->measures != NULL && (known = g_hash_table_lookup (self->measures, key)) != NULL)
    {
      known->uses++;
      measured.height = known->height;
      measured.baseline = known->baseline;
      return measured;
    }
  reused = self->reused != NULL ? g_hash_table_lookup (self->reused, key) : NULL;
  if (reused != NULL && reused->layout != NULL)
    measured.layout = g_object_ref (reused->layout);
  else if (self->kept != NULL && (measured.layout = g_hash_table_lookup (self->kept, key)) != NULL)
    g_object_ref (measured.layout);
  else
    {
      measured.layout = lc_pdf_make_layout (self, language, style, text, markup, width, align);
      if (self->kept != NULL)
        g_hash_table_insert (self->kept, g_strdup (key), g_object_ref (measured.layout));
    }
  if (reused != NULL)
    count_use (self, key, reused, measured.layout);
  lc_pdf_layout_size (measured.layout, NULL, &measured.height);
  measured.baseline = lc_pdf_first_baseline (measured.layout);
  if (self->measures != NULL && g_hash_table_size (self->measures) < MAX_MEASURES)
    {
      known = g_new (LcMeasure, 1);
      known->height = measured.height;
      known->baseline = measured.baseline;
      known->uses = 1;
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
