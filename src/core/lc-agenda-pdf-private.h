/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "lc-agenda-pdf.h"

G_BEGIN_DECLS

/* Shared by lc-agenda-pdf.c (data, pagination, drawing, PDF file) and
 * lc-pdf-layout.c (turning the agenda into measured blocks), and used by
 * the tests to check the geometry of every page. */

typedef struct
{
  LcPerson *person;
  LcCity   *city;      /* nullable */
  LcRole    role;
  gboolean  online;
  LcRecord *organisation;  /* nullable: the LcOrganisation the person points at */
} LcAgendaParticipant;

typedef struct
{
  LcItem    *item;
  LcRoom    *room;          /* nullable */
  LcRecord  *track;         /* nullable: an LcTrack */
  LcRecord  *place;         /* nullable: an LcPlace, where a field visit goes (no room then) */
  GPtrArray *participants;  /* LcAgendaParticipant, in their order */
  GDate      day;
} LcAgendaEntry;

struct _LcAgenda
{
  gatomicrefcount  ref_count;
  LcConvention    *convention;
  GPtrArray       *entries;   /* LcAgendaEntry, in time order */
  GPtrArray       *records;   /* keeps rooms, cities and people alive */
  /* orgs: the convention's organisations in their order, and each one's
   * logo as an image (or NULL), decoded once (lc-pdf-organisations.c). */
  GPtrArray       *organisations;
  GPtrArray       *logos;
};

typedef enum
{
  LC_LEAF_TEXT,   /* a PangoLayout drawn at (x, y) */
  LC_LEAF_BADGE,  /* a PangoLayout on a rounded, filled box */
  LC_LEAF_FILL,   /* a filled rectangle: bands, rules */
  LC_LEAF_IMAGE,  /* an organisation's logo, scaled into the box */
} LcLeafKind;

typedef struct
{
  LcLeafKind   kind;
  double       x, y, width, height;  /* in the block's (or the page's) space */
  PangoLayout *layout;               /* TEXT and BADGE */
  guint32      colour;               /* 0xRRGGBB: text, or the fill */
  guint32      fill;                 /* BADGE: the box */
  double       pad_x, pad_y;         /* BADGE: text inside the box */
  cairo_surface_t *image;            /* IMAGE: the agenda's, not the leaf's */
} LcLeaf;

typedef enum
{
  LC_BLOCK_TITLE,
  LC_BLOCK_DAY,
  LC_BLOCK_ITEM,
  LC_BLOCK_NOTE,
} LcBlockKind;

typedef struct
{
  LcBlockKind kind;
  GArray     *leaves;        /* LcLeaf, x from the content box's left edge;
                              * NULL once measured (the agenda's blocks):
                              * rebuilt when its page is drawn */
  GArray     *lines;         /* measured and taller than a page: where its
                              * lines are (see block_lines()), or NULL */
  double      height;
  double      space_before;  /* dropped at the top of a page */
  gboolean    keep_with_next;
  int         day;           /* index into the layout's days, or -1 */
  int         entry;         /* index into the agenda's entries, or -1 */
} LcBlock;

typedef struct
{
  GDate date;
  guint number;  /* 1 for the convention's first day */
} LcAgendaDay;

typedef enum
{
  LC_SCRIPT_LATIN,
  LC_SCRIPT_ARABIC,
  LC_N_SCRIPTS,
} LcScript;

typedef enum
{
  LC_STYLE_KICKER,
  LC_STYLE_TITLE,
  LC_STYLE_SLOGAN,
  LC_STYLE_LABEL,
  LC_STYLE_VALUE,
  LC_STYLE_DAY,
  LC_STYLE_TIME,
  LC_STYLE_BADGE,
  LC_STYLE_ROOM,
  LC_STYLE_ITEM_TITLE,
  LC_STYLE_BREAK_TITLE,
  LC_STYLE_ROLE,
  LC_STYLE_PERSON,
  LC_STYLE_RUNNING,
  LC_STYLE_NOTE,
  LC_N_STYLES,
} LcStyle;

struct _LcAgendaLayout
{
  LcAgenda             *agenda;
  LcAgendaLanguage      language;
  LcDigits              digits;
  double                page_width, page_height;
  double                content_x, content_y, content_width, content_height;
  PangoContext         *contexts[LC_N_SCRIPTS];  /* LTR English, RTL Arabic */
  PangoFontDescription *fonts[LC_N_STYLES][LC_N_SCRIPTS];
  GArray               *days;    /* LcAgendaDay */
  GPtrArray            *blocks;  /* LcBlock */
  GPtrArray            *pages;   /* LcPage */
  guint                 missing; /* 1 << LcScript of letters no font has */
  gboolean              has_surface;  /* made for a cairo context's font options */
  GHashTable           *measures; /* while measuring the blocks: see lc_pdf_measure() */
  GHashTable           *reused;  /* while drawing: texts drawn again (lc-pdf-measure.c) */
  GHashTable           *kept;    /* while building a short agenda's blocks, which keep
                                  * their layouts: each text's (lc-pdf-parallel.c) */
  gboolean              whole;   /* the blocks kept their layouts */
  guint                 n_reused; /* how many of their layouts are kept */
  GHashTable           *running;  /* header and footer lines shared by pages */
};

/* A slice of a block placed on a page: all of it, or (for a block taller
 * than a page) the lines between @from and @to. */
typedef struct
{
  guint  block;
  double y;          /* top on the page, from the content box's top */
  double from, to;   /* the slice of the block shown here */
} LcPlacement;

typedef struct
{
  GArray *placements;  /* LcPlacement */
  GArray *running;     /* LcLeaf: header and footer, in page space; NULL
                        * for the agenda's, made when the page is drawn */
  int     day;
} LcPage;

/* ---- lc-pdf-layout.c, lc-pdf-measure.c and lc-pdf-item.c: building blocks ---- */

#define FSI "\342\201\250"  /* U+2068 FIRST STRONG ISOLATE */
#define LRI "\342\201\246"  /* U+2066 LEFT-TO-RIGHT ISOLATE */
#define RLI "\342\201\247"  /* U+2067 RIGHT-TO-LEFT ISOLATE */
#define PDI "\342\201\251"  /* U+2069 POP DIRECTIONAL ISOLATE */
#define EN_DASH "\342\200\223"

/* Colours: a dark ink, a muted grey for secondary text, one accent. */
#define INK          0x1B1F24
#define MUTED        0x5B6570
#define RULE_COLOUR  0xD3D9DF
#define ACCENT       0x0F4C81
#define ACCENT_DARK  0x0B365C
#define TINT         0xEAF1F8
#define BREAK_TINT   0xF4F5F7
#define ONLINE_FILL  "#FBE7D3"
#define ONLINE_TEXT  "#9C4309"

/* Arabic is set a little larger than Latin at the same nominal size: its
 * letters sit on a smaller body, and this keeps the two columns of a
 * bilingual page in balance. */
#define ARABIC_SCALE 1.1

#define ITEM_PAD 7.0
#define TIME_WIDTH 70.0
#define SPINE_WIDTH 62.0
#define COLUMN_GAP 14.0
#define LABEL_WIDTH 66.0

typedef enum
{
  LC_ALIGN_START,
  LC_ALIGN_END,
  LC_ALIGN_CENTRE,
} LcAlign;

/* A text with its measure: @layout is NULL when the text was measured
 * before and the block is only being measured (lc_pdf_measure()). */
typedef struct
{
  PangoLayout *layout;
  double       height;
  double       baseline;  /* the first line's, from the top */
} LcText;

/* A vertical strip of a block with its own language and direction. */
typedef struct
{
  double     x, width;
  LcLanguage language;
} LcStrip;

double        lc_pdf_strip_x            (const LcStrip  *strip,
                                         double          offset,
                                         double          width);
LcStrip       lc_pdf_sub_strip          (const LcStrip  *strip,
                                         double          offset,
                                         double          width);
char         *lc_pdf_digits             (LcAgendaLayout *self,
                                         LcLanguage      language,
                                         const char     *text);
char         *lc_pdf_number_text        (LcAgendaLayout *self,
                                         LcLanguage      language,
                                         gint64          number);
char         *lc_pdf_long_date          (LcAgendaLayout *self,
                                         LcLanguage      language,
                                         const GDate    *date);
char         *lc_pdf_isolate            (const char     *text);
char         *lc_pdf_isolate_in         (const char     *text,
                                         LcLanguage      language);
char         *lc_pdf_join_fields        (const char * const *fields,
                                         guint           n_fields,
                                         const char * const separators[2],
                                         LcLanguage      language);
const char   *lc_pdf_field              (LcRecord       *record,
                                         const char     *name,
                                         LcLanguage      language);
gboolean      lc_pdf_written_in         (LcRecord       *record,
                                         const char     *name,
                                         LcLanguage      language);
double        lc_pdf_font_size          (LcAgendaLayout *self,
                                         LcStyle         style,
                                         LcLanguage      language);
PangoLayout  *lc_pdf_make_layout        (LcAgendaLayout *self,
                                         LcLanguage      language,
                                         LcStyle         style,
                                         const char     *text,
                                         gboolean        markup,
                                         double          width,
                                         LcAlign         align);
LcText        lc_pdf_measure            (LcAgendaLayout *self,
                                         LcLanguage      language,
                                         LcStyle         style,
                                         const char     *text,
                                         gboolean        markup,
                                         double          width,
                                         LcAlign         align);
double        lc_pdf_add_measure        (GArray         *leaves,
                                         const LcStrip  *strip,
                                         double          offset,
                                         double          y,
                                         double          width,
                                         LcText          text,
                                         guint32         colour);
void          lc_pdf_layout_share_recent (LcAgendaLayout *self);
GHashTable   *lc_pdf_measures_new       (void);
void          lc_pdf_measures_merge     (GHashTable     *into,
                                         GHashTable     *from);
void          lc_pdf_layout_size        (PangoLayout    *layout,
                                         double         *width,
                                         double         *height);
double        lc_pdf_first_baseline     (PangoLayout    *layout);
double        lc_pdf_add_plain          (LcAgendaLayout *self,
                                         GArray         *leaves,
                                         const LcStrip  *strip,
                                         double          offset,
                                         double          y,
                                         double          width,
                                         LcStyle         style,
                                         const char     *text,
                                         LcAlign         align,
                                         guint32         colour);
LcBlock      *lc_pdf_block_new          (LcBlockKind     kind);
double        lc_pdf_add_text           (GArray         *leaves,
                                         const LcStrip  *strip,
                                         double          offset,
                                         double          y,
                                         double          width,
                                         PangoLayout    *layout,
                                         guint32         colour);
void          lc_pdf_add_fill           (GArray         *leaves,
                                         double          x,
                                         double          y,
                                         double          width,
                                         double          height,
                                         guint32         colour);
LcLeaf        lc_pdf_make_badge         (LcAgendaLayout *self,
                                         LcLanguage      language,
                                         const char     *text,
                                         double          max_width,
                                         guint32         fill,
                                         guint32         colour);
double        lc_pdf_add_badge_and_text (GArray         *leaves,
                                         const LcStrip  *strip,
                                         double          y,
                                         LcLeaf          badge,
                                         const LcText   *text,
                                         guint32         colour);
LcBlock      *lc_pdf_build_title        (LcAgendaLayout *self);

/* Organisations on the title page (lc-pdf-organisations.c) */
gboolean      lc_agenda_load_organisations (LcAgenda       *agenda,
                                            LcStore        *store,
                                            gint64          convention_id,
                                            GError        **error);
const char   *lc_agenda_author             (LcAgenda       *agenda,
                                            LcLanguage      language);
char         *lc_pdf_organisation_names    (LcAgenda       *agenda,
                                            int             role,
                                            LcLanguage      language);
double        lc_pdf_add_logos             (LcAgendaLayout *self,
                                            GArray         *leaves,
                                            double          width,
                                            double          y,
                                            gboolean        rtl);
gboolean      lc_pdf_noon_offset        (LcAgendaLayout *self,
                                         const GDate    *day,
                                         gint64         *minutes);
char         *lc_pdf_offset_text        (LcAgendaLayout *self,
                                         LcLanguage      language,
                                         gint64          minutes);
LcBlock      *lc_pdf_build_item         (LcAgendaLayout *self,
                                         guint           index);
/* lc-pdf-room.c */
char         *lc_pdf_room_details       (LcAgendaLayout      *self,
                                         LcLanguage           language,
                                         const LcAgendaEntry *entry);

/* lc-pdf-fonts.c */
PangoFontMap *lc_pdf_get_font_map        (void);
const char   *lc_pdf_font_families       (LcScript        script,
                                          gboolean        sans);
gboolean      lc_pdf_check_any_font      (GError        **error);
void          lc_pdf_note_missing_glyphs (LcAgendaLayout *self,
                                          PangoLayout    *layout);

/* lc-agenda-layout.c */
LcAgendaLayout *lc_pdf_layout_new_empty  (LcAgenda         *agenda,
                                          LcAgendaLanguage  language,
                                          LcDigits          digits,
                                          cairo_t          *cr,
                                          double            page_width,
                                          double            page_height);
void         lc_pdf_layout_paginate      (LcAgendaLayout *self);
LcBlock     *lc_pdf_layout_keep_measure  (LcAgendaLayout *self,
                                          LcBlock        *block);

/* lc-pdf-parallel.c */
void         lc_pdf_layout_measure_plan  (LcAgendaLayout *self,
                                          const LcBlock  *plan,
                                          guint           n_blocks);
guint        lc_pdf_count_threads        (guint           n_blocks);

/* lc-pdf-pipeline.c */
void         lc_pdf_layout_draw_pages    (LcAgendaLayout *self,
                                          cairo_t        *cr);

/* lc-agenda-pdf.c: writes a PDF file atomically; @draw makes the pages on
 * @surface (metadata, pages, outline) and leaves it unfinished, or fails
 * (then the file is not written). */
typedef gboolean (*LcPdfDrawFunc) (cairo_surface_t *surface,
                                   double           width,
                                   double           height,
                                   gpointer         user_data,
                                   GError         **error);
gboolean     lc_pdf_write_file           (const char     *path,
                                          LcPaper         paper,
                                          LcPdfDrawFunc   draw,
                                          gpointer        user_data,
                                          GError        **error);
char        *lc_pdf_creation_date        (void);

/* lc-pdf-layout.c */
void         lc_pdf_layout_init_fonts    (LcAgendaLayout *self);
void         lc_pdf_layout_build_blocks  (LcAgendaLayout *self);
LcBlock     *lc_pdf_layout_rebuild_block (LcAgendaLayout *self,
                                          const LcBlock  *measured);
GArray      *lc_pdf_layout_running_leaves (LcAgendaLayout *self,
                                          guint           page,
                                          guint           n_pages,
                                          int             day);
void         lc_leaf_clear               (LcLeaf         *leaf);
void         lc_block_free               (LcBlock        *block);

/**
 * LcAgendaBox:
 * @page: the page, from 0
 * @x: left edge in points, from the paper's left edge
 * @y: top edge in points, from the paper's top edge
 * @width: width in points
 * @height: height in points
 * @is_text: a line of text or a badge (these must never overlap); otherwise a
 *   band or rule drawn under or between them
 * @block: the block it belongs to, or -1 for the running header and footer
 * @kind: the block's kind (meaningless when @block is -1)
 * @block_height: the whole block's height, wherever it is cut
 *
 * One placed piece of a page, as the renderer's own layout check sees it.
 */
typedef struct
{
  guint       page;
  double      x, y, width, height;
  gboolean    is_text;
  int         block;
  LcBlockKind kind;
  double      block_height;
} LcAgendaBox;

GArray      *lc_agenda_layout_collect_boxes      (LcAgendaLayout *self);
void         lc_agenda_layout_get_content_area   (LcAgendaLayout *self,
                                                  double         *x,
                                                  double         *y,
                                                  double         *width,
                                                  double         *height);
void         lc_agenda_layout_get_printable_area (LcAgendaLayout *self,
                                                  double         *x,
                                                  double         *y,
                                                  double         *width,
                                                  double         *height);

G_END_DECLS
