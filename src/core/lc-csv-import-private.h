/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-csv-import.h"

G_BEGIN_DECLS

/* What the pieces of the spreadsheet import share: lc-csv-import.c reads
 * the rows into a plan, lc-csv-import-fields.c knows the columns and
 * cells, lc-csv-import-match.c matches rows against the library,
 * lc-csv-import-report.c describes a plan and lc-csv-import-apply.c
 * writes it. */

#define MAX_FIELDS 12
#define MAX_CELL_CHARS 1000
/* The same warning (such as a formula-like cell) is listed for this many
 * rows; the rest are counted. */
#define MAX_SAME_WARNINGS 10

typedef enum
{
  F_TEXT,         /* bilingual, single-line */
  F_CITY,         /* a city of the convention, by its name in either language */
  F_ATTENDANCE,
  F_COUNTRY,
  F_BOOLEAN,
  F_YEAR,
  F_SDGS,
  F_EMAIL,        /* people: as lc_person_check_email () accepts */
  F_PHONE,        /* people: as lc_person_check_phone () accepts, ASCII digits */
  F_CATEGORY,     /* people14: a participant's category, in words of either language */
  F_STATUS,       /* people14: a participant's status, in words of either language */
} FieldType;

typedef struct
{
  const char *property;   /* the bilingual base name, or the property */
  FieldType   type;
  const char *aliases;    /* '|'-separated; compared after normalisation */
} Field;

enum { SLOT_AR, SLOT_EN, SLOT_AUTO };

/* What a column fills besides the fields of the table: nothing, or one
 * part of a person's name that is joined with the other into the name. */
enum { MEANING_IGNORE = -1, MEANING_GIVEN = -2, MEANING_FAMILY = -3 };
enum { PART_GIVEN, PART_FAMILY };

typedef struct
{
  int field;    /* index in the field table, or a MEANING_* */
  int slot;     /* SLOT_AR, SLOT_EN or SLOT_AUTO; SLOT_AR for single fields */
  char *header; /* as written, trimmed */
  gboolean had_content;
  LcColumnCertainty certainty;
  char *meaning;                /* the meaning's id, such as "position-en" */
  const char * const *choices;  /* for an ambiguous column: what it may mean */
  const char *likely;           /* for an ambiguous column: what the file suggests */
  guint n_cells;                /* for an ambiguous column: cells that are not empty */
  guint n_honorifics;           /*   and how many of them are honorifics (Dr, د.) */
} Column;

typedef struct
{
  guint  line;
  char  *values[MAX_FIELDS][2];   /* canonical text; NULL when not given */
  int    source[MAX_FIELDS][2];   /* the column each value came from */
  char  *parts[2][2];             /* given and family name, by slot, joined into the name */
  int    part_source[2][2];
  char  *reject;                  /* set when the cells themselves are wrong */
  int    leader;                  /* for a merged row, the row it repeats */
} ParsedRow;

struct _LcImportPlan
{
  gatomicrefcount   ref_count;
  LcCsvImportKind   kind;
  gint64            convention_id;
  char             *source;
  LcCsvEncoding     encoding;    /* what the file was read in */
  char             *origin;      /* for a workbook: which one, which sheet */
  GPtrArray        *columns;     /* Column */
  GPtrArray        *parsed;      /* ParsedRow */
  GPtrArray        *rows;        /* LcImportRow, one per parsed row */
  GPtrArray        *messages;    /* LcImportMessage */
  GHashTable       *repeats;     /* "column\ntext" → Repeat, for warnings past MAX_SAME_WARNINGS */
  GStrv             unknown;
  GPtrArray        *applied;     /* LcUndoChange: what the last apply wrote */
};

typedef struct
{
  guint count;       /* every row with the warning */
  guint first_line;  /* of the first one not listed */
  guint last_line;
} Repeat;

/* lc-csv-import-fields.c */
const Field *lc_csv_import_fields_for (LcCsvImportKind  kind,
                                       guint           *n_fields);
char *lc_csv_import_normalize_key (const char *text,
                                   gboolean    header);
void lc_csv_import_map_header (LcCsvImportKind  kind,
                               const char      *header,
                               int             *field,
                               int             *slot);
gboolean lc_csv_import_key_in (const char *aliases,
                               const char *key);
char *lc_csv_import_trim_cell (const char *cell);
gboolean lc_csv_import_has_arabic (const char *text);
char *lc_csv_import_shorten (const char *text);
char *lc_csv_import_canonical_value (LcCsvImportKind   kind,
                                     const Field      *field,
                                     const char       *cell,
                                     const char       *header,
                                     char            **reason);

/* lc-csv-import-participants.c */
char *lc_csv_import_participant_value (const Field  *field,
                                       const char   *cell,
                                       const char   *header,
                                       char        **reason);
gboolean lc_csv_import_check_status (LcRecord    *target,
                                     LcRecord    *record,
                                     const char  *header,
                                     char       **reason);
gboolean lc_csv_import_keep_status (LcStore     *store,
                                    LcRecord    *before,
                                    LcRecord    *person,
                                    const char  *changed_at,
                                    GPtrArray   *applied,
                                    GError     **error);

/* lc-csv-import-columns.c */
gboolean lc_csv_import_settle_columns (LcImportPlan        *self,
                                       const char * const  *columns,
                                       const char * const  *decided,
                                       GError             **error);
void lc_csv_import_count_ambiguous_cell (Column     *column,
                                         const char *cell);
GStrv lc_csv_import_decided_by_cells (LcImportPlan *self);
void lc_csv_import_join_name (ParsedRow *row);

/* lc-csv-import.c */
LcImportPlan *lc_csv_import_plan_data (LcStore               *store,
                                       gint64                 convention_id,
                                       LcCsvImportKind        kind,
                                       const char            *data,
                                       gsize                  length,
                                       const char            *source_name,
                                       const char * const    *choices,
                                       const char * const    *decided,
                                       GCancellable          *cancellable,
                                       LcImportProgressFunc   progress,
                                       gpointer               user_data,
                                       GError               **error);
void lc_csv_import_row_free (gpointer data);
void lc_csv_import_unref_nullable (gpointer object);
const char *lc_csv_import_column_header (LcImportPlan *self,
                                         int           column);
char *lc_csv_import_row_key (ParsedRow *row,
                             int        slot);

/* lc-csv-import-match.c */
gboolean lc_csv_import_resolve (LcImportPlan          *self,
                                LcStore               *store,
                                GPtrArray             *rows,
                                GPtrArray             *records,
                                GCancellable          *cancellable,
                                LcImportProgressFunc   progress,
                                gpointer               user_data,
                                double                 from,
                                double                 to,
                                GError               **error);

G_END_DECLS
