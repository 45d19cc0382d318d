/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "lc-badge.h"

G_BEGIN_DECLS

/* What the badges, table tents and certificates share (lc-badge-draw.c):
 * fitted texts in the agenda's fonts, the logo, millimetres. */

#define LC_MM (72.0 / 25.4)

typedef enum
{
  LC_BADGE_ALIGN_START,   /* the start of the text's own language */
  LC_BADGE_ALIGN_CENTRE,
} LcBadgeAlign;

/* How a text is set: at @size points, made smaller down to @min_size
 * until it fits @max_lines lines of the width, else cut with an ellipsis. */
typedef struct
{
  double       size;
  double       min_size;
  int          max_lines;
  gboolean     bold;
  gboolean     sans;
  LcBadgeAlign align;
  guint32      colour;
} LcBadgeStyle;

typedef struct
{
  PangoContext *contexts[2];  /* [0] Arabic, right to left; [1] English */
} LcBadgePen;

void          lc_badge_pen_init    (LcBadgePen          *pen);
void          lc_badge_pen_clear   (LcBadgePen          *pen);
PangoLayout  *lc_badge_fit_text    (LcBadgePen          *pen,
                                    const char          *text,
                                    LcLanguage           language,
                                    const LcBadgeStyle  *style,
                                    double               width,
                                    double              *height);
double        lc_badge_draw_text   (LcBadgePen          *pen,
                                    cairo_t             *cr,
                                    const char          *text,
                                    LcLanguage           language,
                                    const LcBadgeStyle  *style,
                                    double               x,
                                    double               y,
                                    double               width,
                                    double               room);
void          lc_badge_show_layout (cairo_t             *cr,
                                    PangoLayout         *layout,
                                    double               x,
                                    double               y,
                                    double               width,
                                    double               height,
                                    guint32              colour);
void          lc_badge_set_colour  (cairo_t             *cr,
                                    guint32              colour);
void          lc_badge_draw_image  (cairo_t             *cr,
                                    cairo_surface_t     *image,
                                    double               x,
                                    double               y,
                                    double               width,
                                    double               height,
                                    gboolean             at_end);
const char   *lc_badge_pick        (char * const         pair[2],
                                    LcLanguage           language);
void          lc_badge_set_metadata (cairo_surface_t    *surface,
                                     LcBadgeSet         *set,
                                     const char         *what);
char         *lc_badge_hash_code   (const char          *prefix,
                                    const char          *first,
                                    const char          *second,
                                    guint                length);
typedef gboolean (*LcBadgeWantedFunc) (const LcBadgeEntry *entry);

gboolean      lc_badge_set_check_people (LcBadgeSet     *set,
                                         LcBadgeWantedFunc wanted,
                                         GError        **error);

G_END_DECLS
