/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <stdarg.h>

#include "lc-declaration.h"
#include "lc-store.h"

G_BEGIN_DECLS

/* A temporary folder removed (with everything in it) at the end of the test. */
int       lc_test_skip_all      (const char *format,
                                 ...) G_GNUC_PRINTF (1, 2);
char     *lc_test_make_tmpdir   (void);
void      lc_test_use_build_catalogue (void);
void      lc_test_remove_tree   (const char *path);
char     *lc_test_file_checksum (const char *path);
LcStore  *lc_test_open_store    (char      **dir_out);
char     *lc_test_write_sample_moving_item (const char *dir,
                                            const char *item_ref,
                                            const char *day);
char     *lc_test_libreoffice_convert (const char *source,
                                       const char *format,
                                       const char *infilter);
gint64    lc_test_add_convention (LcStore   *store,
                                  const char *title_en,
                                  const char *start,
                                  const char *end);
void      lc_test_make_filled_library (const char *path);
LcRecord *lc_test_first_clause (LcStore   *store,
                                gint64     convention);
LcAmendment *lc_test_make_amendment (gint64           declaration,
                                     LcAmendmentKind  kind,
                                     gint64           clause,
                                     const char      *text_ar,
                                     const char      *text_en,
                                     gint64           city,
                                     gint64           item);

char     *lc_test_write_photo   (const char *dir,
                                 const char *name,
                                 gboolean    alpha,
                                 int         width,
                                 int         height,
                                 guint32     rgba);

char    **lc_test_cli_environ   (const char  *lang);
int       lc_test_run_cli_valist (char       **envp,
                                  char       **err,
                                  const char  *first,
                                  va_list      args);

/* One run of the command line, as a user runs it: no display, English. */
typedef struct
{
  int     status;     /* the exit status, or -1 when killed */
  int     signal;     /* the signal that killed it, or 0 */
  char   *out;
  char   *err;
  gint64  max_rss_kb; /* its peak memory */
  double  seconds;    /* wall-clock time */
} LcTestRun;

void      lc_test_run_clear     (LcTestRun  *run);
void      lc_test_run_cli       (LcTestRun  *run,
                                 const char *const *args);
void      lc_test_run_cli_with_zeros (LcTestRun  *run,
                                      const char *const *args,
                                      gsize       n_zeros);

/* Another process holding a library's write lock, as a long import does. */
typedef struct
{
  GPid pid;
  int  go;   /* written to end the hold */
} LcTestLock;

void      lc_test_lock_hold     (LcTestLock *lock,
                                 const char *path,
                                 const char *sql);
void      lc_test_lock_release  (LcTestLock *lock);

char     *lc_test_tool_output   (const char *first,
                                 ...) G_GNUC_NULL_TERMINATED;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LcTestRun, lc_test_run_clear)

G_END_DECLS
