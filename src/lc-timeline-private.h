/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-models.h"
#include "lc-timeline.h"
#include "lc-timeline-layout.h"

G_BEGIN_DECLS

/*
 * Shared by the timeline's files: lc-timeline.c (the data, the layout,
 * scrolling, the public API), lc-timeline-draw.c (drawing),
 * lc-timeline-input.c (pointer, keyboard and the edits they make) and
 * lc-timeline-text.c (tooltips and the spoken summary). The
 * drag and key functions are also what the tests call, as the gesture and
 * key controllers do.
 */

typedef struct
{
  LcItem         *item;         /* owned */
  gint64          id;
  LcTimelineSpan  span;
  guint           n_conflicts;
} LcTimelineBlock;

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

struct _LcTimeline
{
  GtkWidget          parent_instance;

  LcConventionModel *model;
  LcUndoStack       *undo;
  char              *day;

  GArray            *blocks;    /* LcTimelineBlock, in time order */
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

  gint64             focus_id;
  gint64             hover_id;
  gboolean           hover_edge;
  gint64             reveal_id;  /* to scroll into view once allocated */

  GtkGesture        *drag_gesture;
  LcTimelineDrag     drag;
  guint              autoscroll_id;
};

/* lc-timeline.c */
void              lc_timeline_ensure_blocks   (LcTimeline      *self);
void              lc_timeline_ensure_layout   (LcTimeline      *self);
LcTimelineBlock  *lc_timeline_find_block      (LcTimeline      *self,
                                               gint64           item_id,
                                               guint           *index);
LcTimelineBlock  *lc_timeline_block_at        (LcTimeline      *self,
                                               double           x,
                                               double           y,
                                               gboolean        *on_end_edge);
void              lc_timeline_reveal_block    (LcTimeline      *self,
                                               LcTimelineBlock *block);
void              lc_timeline_set_focus_block (LcTimeline      *self,
                                               LcTimelineBlock *block,
                                               gboolean         reveal);
void              lc_timeline_set_scroll_x    (LcTimeline      *self,
                                               double           logical);
double            lc_timeline_end_edge        (const graphene_rect_t *rect);
void              lc_timeline_emit_activated  (LcTimeline      *self,
                                               gint64           item_id);

/* lc-timeline-draw.c */
void              lc_timeline_snapshot_all    (LcTimeline      *self,
                                               GtkSnapshot     *snapshot);
int               lc_timeline_text_height     (LcTimeline      *self);
int               lc_timeline_text_width      (LcTimeline      *self,
                                               const char      *text);
int               lc_timeline_header_lines    (LcTimeline      *self,
                                               double           column_width);

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
const char       *lc_timeline_column_name     (LcTimelineColumn *column);
void              lc_timeline_update_accessible (LcTimeline    *self);
char             *lc_timeline_dup_tooltip     (LcTimeline      *self,
                                               gint64           item_id);

G_END_DECLS
