/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-l10n.h"
#include "lc-models.h"
#include "lc-timeline.h"
#include "lc-timeline-block.h"
#include "lc-timeline-layout.h"

G_BEGIN_DECLS

/*
 * Shared by the timeline's files: lc-timeline.c (the widget, the layout,
 * scrolling), lc-timeline-day.c (the day's rooms and block widgets),
 * lc-timeline-draw.c (the grid, the header and the gutter),
 * lc-timeline-block.c and lc-timeline-block-draw.c (one item's block: a
 * focusable, accessible widget, and how it is drawn),
 * lc-timeline-geometry.c (where things are, the keyboard focus),
 * lc-timeline-input.c (pointer, keyboard and the edits they make) and
 * lc-timeline-text.c (tooltips and words for assistive technologies).
 * The drag and key functions are also what the tests call, as the
 * gesture and key controllers do.
 */

/* Bidirectional isolates: a title keeps its own direction, a time range
 * the interface's, whatever text stands beside them. */
#define LC_TIMELINE_FSI "\342\201\250"  /* U+2068 FIRST STRONG ISOLATE */
#define LC_TIMELINE_LRI "\342\201\246"  /* U+2066 LEFT-TO-RIGHT ISOLATE */
#define LC_TIMELINE_RLI "\342\201\247"  /* U+2067 RIGHT-TO-LEFT ISOLATE */
#define LC_TIMELINE_PDI "\342\201\251"  /* U+2069 POP DIRECTIONAL ISOLATE */

/* One item of the day shown: a child widget of the timeline, so that
 * assistive technologies can reach, read and focus it (GTK 4.8 has no
 * accessible objects that are not widgets). The timeline positions and
 * draws its blocks; a block draws its own item. */
struct _LcTimelineBlock
{
  GtkWidget       parent_instance;

  LcItem         *item;         /* owned */
  gint64          id;
  LcTimelineSpan  span;
  guint           n_conflicts;
  char           *label;        /* the accessible label, as last set */
  struct {                      /* what it was last set to show */
    int           start, end;
    LcDigits      digits;
    gboolean      tagged;       /* its title in the other language, tagged */
    gint64        kind, number;
    char         *title;
    char         *room;
    char         *track;        /* its track's name, or NULL */
  } shown;
  guint           hover : 1;
  guint           hover_edge : 1;
};

typedef struct
{
  gint64  room_id;              /* 0 for the "No room" column */
  LcRoom *room;                 /* owned; NULL for "No room" */
} LcTimelineColumn;

typedef enum
{
  LC_TIMELINE_DRAG_NONE,
  LC_TIMELINE_DRAG_MOVE,
  LC_TIMELINE_DRAG_RESIZE,
} LcTimelineDragMode;

typedef struct
{
  LcTimelineDragMode mode;
  gboolean           active;    /* moved past the drag threshold */
  gint64             id;
  LcTimelineSpan     from;      /* the item as it was */
  int                new_start;
  int                new_end;
  guint              new_column;
  double             x, y;      /* where the pointer went down */
  double             dx, dy;    /* how far it has moved since */
  double             scroll_x, scroll_y;  /* the scrolling then */
} LcTimelineDrag;

/* The colours of the timeline, from the style (light or dark). */
typedef struct
{
  gboolean dark;
  GdkRGBA  fg;
  GdkRGBA  dim;
  GdkRGBA  view;
  GdkRGBA  chrome;      /* the header and the gutter */
  GdkRGBA  line;
  GdkRGBA  faint;
  GdkRGBA  accent;
  GdkRGBA  accent_fg;
  GdkRGBA  warning;     /* stripes */
  GdkRGBA  warning_fg;  /* the sign, readable on a light tint */
} LcTimelinePalette;

/* How a block is drawn. */
enum {
  LC_TIMELINE_BLOCK_HOVER  = 1 << 0,
  LC_TIMELINE_BLOCK_FOCUS  = 1 << 1,
  LC_TIMELINE_BLOCK_LIFTED = 1 << 2,
  LC_TIMELINE_BLOCK_EDGE   = 1 << 3,
};

struct _LcTimeline
{
  GtkWidget          parent_instance;

  LcConventionModel *model;
  LcUndoStack       *undo;
  char              *day;

  GPtrArray         *blocks;    /* LcTimelineBlock, children, in time order */
  GArray            *columns;   /* LcTimelineColumn, in the rooms' order */
  int                first_minute;
  int                last_minute;
  guint              n_conflicting;
  gboolean           dirty;
  LcTimelineLayout   layout;

  /* Text measurements, kept until the font, the direction or the rooms change. */
  gboolean           metrics_valid;
  int                line_height;
  int                time_width;
  double             header_for_width;
  int                header_lines;

  GtkAdjustment     *hadjustment;
  GtkAdjustment     *vadjustment;
  guint              hscroll_policy : 1;
  guint              vscroll_policy : 1;

  gint64             focus_id;  /* the block the keyboard is on, or comes back to */
  gint64             hover_id;
  gint64             reveal_id; /* to scroll into view once allocated */

  GtkGesture        *drag_gesture;
  LcTimelineDrag     drag;
  guint              autoscroll_id;
};

/* lc-timeline.c */
void              lc_timeline_ensure_layout   (LcTimeline      *self);
void              lc_timeline_emit_activated  (LcTimeline      *self,
                                               gint64           item_id);

/* lc-timeline-day.c */
void              lc_timeline_ensure_blocks   (LcTimeline      *self);
void              lc_timeline_allocate_blocks (LcTimeline      *self);
void              lc_timeline_clear_blocks    (LcTimeline      *self);

/* lc-timeline-geometry.c */
LcTimelineBlock  *lc_timeline_find_block      (LcTimeline      *self,
                                               gint64           item_id,
                                               guint           *index);
LcTimelineBlock  *lc_timeline_block_at        (LcTimeline      *self,
                                               double           x,
                                               double           y,
                                               gboolean        *on_end_edge);
void              lc_timeline_reveal_block    (LcTimeline      *self,
                                               LcTimelineBlock *block);
gboolean          lc_timeline_has_focus_within (LcTimeline     *self);
void              lc_timeline_set_focus_block (LcTimeline      *self,
                                               LcTimelineBlock *block,
                                               gboolean         reveal);
void              lc_timeline_set_scroll_x    (LcTimeline      *self,
                                               double           logical);
double            lc_timeline_end_edge        (const graphene_rect_t *rect);

/* lc-timeline-draw.c */
GdkRGBA           lc_timeline_mix             (const GdkRGBA   *a,
                                               const GdkRGBA   *b,
                                               float            amount);
GdkRGBA           lc_timeline_with_alpha      (const GdkRGBA   *color,
                                               float            alpha);
void              lc_timeline_get_palette     (GtkWidget         *widget,
                                               LcTimelinePalette *palette);
PangoLayout      *lc_timeline_make_layout     (GtkWidget       *widget,
                                               const char      *text,
                                               gboolean         bold,
                                               gboolean         small);
void              lc_timeline_append_layout   (GtkSnapshot     *snapshot,
                                               PangoLayout     *layout,
                                               double           x,
                                               double           y,
                                               const GdkRGBA   *color);
void              lc_timeline_append_icon     (GtkWidget       *widget,
                                               GtkSnapshot     *snapshot,
                                               const char      *name,
                                               double           x,
                                               double           y,
                                               int              size,
                                               const GdkRGBA   *color);
void              lc_timeline_append_rounded  (GtkSnapshot     *snapshot,
                                               const graphene_rect_t *rect,
                                               float            radius,
                                               const GdkRGBA   *color);
void              lc_timeline_snapshot_all    (LcTimeline      *self,
                                               GtkSnapshot     *snapshot);
int               lc_timeline_text_height     (LcTimeline      *self);
int               lc_timeline_text_width      (LcTimeline      *self,
                                               const char      *text);
int               lc_timeline_header_lines    (LcTimeline      *self,
                                               double           column_width);

/* lc-timeline-block.c */
LcTimelineBlock  *lc_timeline_block_new       (void);
void              lc_timeline_block_set_item  (LcTimelineBlock *self,
                                               LcItem          *item,
                                               guint            n_conflicts,
                                               const char      *room_name,
                                               LcDigits         digits,
                                               gboolean         tags);
void              lc_timeline_block_set_track (LcTimelineBlock *self,
                                               const char      *track_name);
void              lc_timeline_block_set_hover (LcTimelineBlock *self,
                                               gboolean         hover,
                                               gboolean         edge);

/* lc-timeline-block-draw.c */
void              lc_timeline_block_draw      (LcTimelineBlock *self,
                                               GtkSnapshot     *snapshot,
                                               const LcTimelinePalette *palette,
                                               const graphene_rect_t *slot,
                                               int              start,
                                               int              end,
                                               guint            state);
void              lc_timeline_block_layout_text (LcTimelineBlock *self,
                                               PangoLayout    **first,
                                               PangoLayout    **second);
void              lc_timeline_block_text_layouts (LcTimelineBlock *self,
                                               double           width,
                                               double           height,
                                               int              start,
                                               int              end,
                                               PangoLayout    **first,
                                               PangoLayout    **second);

/* lc-timeline-input.c: the controllers' handlers, and the tests' way in. */
void              lc_timeline_init_input      (LcTimeline      *self);
gboolean          lc_timeline_drag_begin      (LcTimeline      *self,
                                               double           x,
                                               double           y);
void              lc_timeline_drag_update     (LcTimeline      *self,
                                               double           dx,
                                               double           dy);
void              lc_timeline_drag_end        (LcTimeline      *self,
                                               double           dx,
                                               double           dy);
void              lc_timeline_drag_cancel     (LcTimeline      *self);
char             *lc_timeline_dup_drag_text   (LcTimeline      *self);
gboolean          lc_timeline_key_pressed     (LcTimeline      *self,
                                               guint            keyval,
                                               GdkModifierType  state);

/* lc-timeline-text.c */
char             *lc_timeline_format_range    (int              start,
                                               int              end);
char             *lc_timeline_isolate_range   (GtkWidget       *widget,
                                               int              start,
                                               int              end);
const char       *lc_timeline_column_name     (LcTimelineColumn *column);
char             *lc_timeline_block_label     (LcItem          *item,
                                               int              start,
                                               int              end,
                                               const char      *room_name,
                                               const char      *track_name,
                                               guint            n_conflicts);
void              lc_timeline_update_accessible (LcTimeline    *self);
char             *lc_timeline_dup_tooltip     (LcTimeline      *self,
                                               gint64           item_id);

G_END_DECLS
