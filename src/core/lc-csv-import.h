/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lc-cli.h"
#include "lc-csv.h"
#include "lc-store.h"

G_BEGIN_DECLS

/**
 * LC_CSV_MAX_ROWS:
 *
 * The most data rows a spreadsheet of speakers or cities may have: 100,000,
 * far more than any convention has people or cities, and few enough to plan
 * in memory (some 100 MB) and in seconds.
 */
#define LC_CSV_MAX_ROWS 100000

/**
 * LcCsvImportKind:
 * @LC_CSV_IMPORT_SPEAKERS: rows are people (#LcPerson)
 * @LC_CSV_IMPORT_CITIES: rows are cities (#LcCity)
 *
 * What the rows of a CSV file describe.
 */
typedef enum
{
  LC_CSV_IMPORT_SPEAKERS,
  LC_CSV_IMPORT_CITIES,
} LcCsvImportKind;

/**
 * LcImportAction:
 * @LC_IMPORT_ROW_ADD: the row becomes a new record
 * @LC_IMPORT_ROW_UPDATE: the row changes a record it matched by name
 * @LC_IMPORT_ROW_UNCHANGED: the row matched a record that already holds its values
 * @LC_IMPORT_ROW_MERGED: the row repeats an earlier row of the file (no
 *   conflicting cell) and was merged into it
 * @LC_IMPORT_ROW_REJECTED: the row cannot be imported; see its reason
 *
 * What applying a plan does with one row of the file.
 */
typedef enum
{
  LC_IMPORT_ROW_ADD,
  LC_IMPORT_ROW_UPDATE,
  LC_IMPORT_ROW_UNCHANGED,
  LC_IMPORT_ROW_MERGED,
  LC_IMPORT_ROW_REJECTED,
} LcImportAction;

/**
 * LcColumnCertainty:
 * @LC_COLUMN_KNOWN: the header (or the file around it) says the meaning
 * @LC_COLUMN_CHOSEN: the user stated the meaning
 * @LC_COLUMN_AMBIGUOUS: the header means different things in different
 *   places (such as “اللقب”): its cells are not read until the user chooses
 * @LC_COLUMN_UNKNOWN: the header is not understood; the column is ignored
 *
 * How sure a plan is of what a column of the file means.
 */
typedef enum
{
  LC_COLUMN_KNOWN,
  LC_COLUMN_CHOSEN,
  LC_COLUMN_AMBIGUOUS,
  LC_COLUMN_UNKNOWN,
} LcColumnCertainty;

typedef struct _LcImportRow LcImportRow;

/**
 * LcImportRow:
 * @line: the line of the file the row starts on
 * @action: what applying the plan does with it
 * @label: the row's name, both languages when both are given, for display
 * @reason: (nullable): why the row is rejected, or for a merged row which line it repeats
 * @target_id: the record updated (or left unchanged, or merged into), 0 for a new one
 * @merged_into: for a merged row, the line of the row it repeats
 * @changed: (nullable): for an update, the names of the changed fields, comma separated
 *
 * One data row of a planned import. Read only.
 */
struct _LcImportRow
{
  guint           line;
  LcImportAction  action;
  char           *label;
  char           *reason;
  gint64          target_id;
  guint           merged_into;
  char           *changed;
};

typedef struct _LcImportMessage LcImportMessage;

/**
 * LcImportMessage:
 * @line: the line of the file
 * @column: (nullable): the column's header as written in the file
 * @text: the warning
 *
 * A warning that does not stop the import, such as a cell that looks like a
 * spreadsheet formula (it is kept as text).
 */
struct _LcImportMessage
{
  guint  line;
  char  *column;
  char  *text;
};

/**
 * LcImportProgressFunc:
 * @fraction: how much is done, from 0 to 1
 * @user_data: the data given with the function
 *
 * Reports progress of a long import. Called in the thread that runs the
 * import; a window forwards it to the main thread (g_idle_add() or a
 * #GMainContext) before touching widgets.
 */
typedef void (*LcImportProgressFunc) (double   fraction,
                                      gpointer user_data);

typedef struct _LcImportPlan LcImportPlan;

#define LC_TYPE_IMPORT_PLAN (lc_import_plan_get_type ())

GType                  lc_import_plan_get_type             (void) G_GNUC_CONST;

LcImportPlan          *lc_import_plan_new_for_data         (LcStore               *store,
                                                            gint64                 convention_id,
                                                            LcCsvImportKind        kind,
                                                            const char            *data,
                                                            gsize                  length,
                                                            const char            *source_name,
                                                            GCancellable          *cancellable,
                                                            LcImportProgressFunc   progress,
                                                            gpointer               user_data,
                                                            GError               **error);
LcImportPlan          *lc_import_plan_new_for_file         (LcStore               *store,
                                                            gint64                 convention_id,
                                                            LcCsvImportKind        kind,
                                                            const char            *path,
                                                            GCancellable          *cancellable,
                                                            LcImportProgressFunc   progress,
                                                            gpointer               user_data,
                                                            GError               **error);
LcImportPlan          *lc_import_plan_new_for_data_full    (LcStore               *store,
                                                            gint64                 convention_id,
                                                            LcCsvImportKind        kind,
                                                            const char            *data,
                                                            gsize                  length,
                                                            const char            *source_name,
                                                            const char * const    *columns,
                                                            GCancellable          *cancellable,
                                                            LcImportProgressFunc   progress,
                                                            gpointer               user_data,
                                                            GError               **error);
LcImportPlan          *lc_import_plan_new_for_file_full    (LcStore               *store,
                                                            gint64                 convention_id,
                                                            LcCsvImportKind        kind,
                                                            const char            *path,
                                                            const char * const    *columns,
                                                            GCancellable          *cancellable,
                                                            LcImportProgressFunc   progress,
                                                            gpointer               user_data,
                                                            GError               **error);
LcImportPlan          *lc_import_plan_ref                  (LcImportPlan          *self);
void                   lc_import_plan_unref                (LcImportPlan          *self);

LcCsvImportKind        lc_import_plan_get_kind             (LcImportPlan          *self);
gint64                 lc_import_plan_get_convention_id    (LcImportPlan          *self);
const char            *lc_import_plan_get_source           (LcImportPlan          *self);
LcCsvEncoding          lc_import_plan_get_encoding         (LcImportPlan          *self);
const char            *lc_import_plan_get_origin           (LcImportPlan          *self);
guint                  lc_import_plan_get_n_rows           (LcImportPlan          *self);
const LcImportRow     *lc_import_plan_get_row              (LcImportPlan          *self,
                                                            guint                  index);
guint                  lc_import_plan_count                (LcImportPlan          *self,
                                                            LcImportAction         action);
gboolean               lc_import_plan_can_apply            (LcImportPlan          *self);
const char * const    *lc_import_plan_get_unknown_columns  (LcImportPlan          *self);
guint                  lc_import_plan_get_n_columns        (LcImportPlan          *self);
const char            *lc_import_plan_get_column_header    (LcImportPlan          *self,
                                                            guint                  column);
const char            *lc_import_plan_get_column_meaning   (LcImportPlan          *self,
                                                            guint                  column);
LcColumnCertainty      lc_import_plan_get_column_certainty (LcImportPlan          *self,
                                                            guint                  column);
const char * const    *lc_import_plan_get_column_choices   (LcImportPlan          *self,
                                                            guint                  column);
const char            *lc_import_plan_get_column_likely    (LcImportPlan          *self,
                                                            guint                  column);
guint                  lc_import_plan_get_n_ambiguous      (LcImportPlan          *self);
char                  *lc_import_plan_describe_ambiguous   (LcImportPlan          *self);
guint                  lc_import_plan_get_n_messages       (LcImportPlan          *self);
const LcImportMessage *lc_import_plan_get_message          (LcImportPlan          *self,
                                                            guint                  index);
char                  *lc_import_plan_format_report        (LcImportPlan          *self);

GPtrArray             *lc_import_plan_take_changes         (LcImportPlan          *self);
gboolean               lc_import_plan_apply                (LcImportPlan          *self,
                                                            LcStore               *store,
                                                            GCancellable          *cancellable,
                                                            LcImportProgressFunc   progress,
                                                            gpointer               user_data,
                                                            GError               **error);

char                  *lc_csv_import_column_target         (LcCsvImportKind        kind,
                                                            const char            *header);

GStrv                  lc_csv_import_list_meanings         (LcCsvImportKind        kind);
char                  *lc_csv_import_describe_meaning      (LcCsvImportKind        kind,
                                                            const char            *meaning);

gboolean               lc_csv_import_cli_speakers          (LcCliContext          *ctx,
                                                            const char            *path,
                                                            GError               **error);
gboolean               lc_csv_import_cli_cities            (LcCliContext          *ctx,
                                                            const char            *path,
                                                            GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcImportPlan, lc_import_plan_unref)

G_END_DECLS
