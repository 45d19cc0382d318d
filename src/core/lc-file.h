/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Every file the program reads or writes outside its library goes through
 * here, so the limits and the safety rules are the same for all of them
 * (README.md, "Limits"). */

/**
 * LC_FILE_MAX_CONVENTION_BYTES:
 *
 * The largest convention file read: 32 MB, twice a convention of 10,000
 * agenda items with 5 people each (16 MB).
 */
#define LC_FILE_MAX_CONVENTION_BYTES (32 * 1024 * 1024)

/**
 * LC_FILE_MAX_CSV_BYTES:
 *
 * The largest spreadsheet of speakers or cities read: 64 MB.
 */
#define LC_FILE_MAX_CSV_BYTES (64 * 1024 * 1024)

gboolean      lc_file_read_bounded    (const char    *path,
                                       gsize          max_bytes,
                                       char         **contents,
                                       gsize         *length,
                                       GError       **error);
char         *lc_file_format_size     (guint64        bytes);

void          lc_file_protect         (const char    *path);
void          lc_file_unprotect       (const char    *path);
gboolean      lc_file_check_target    (const char    *path,
                                       GError       **error);

typedef struct _LcFileWriter LcFileWriter;

LcFileWriter *lc_file_writer_new      (const char    *path,
                                       GError       **error);
gboolean      lc_file_writer_write    (LcFileWriter  *self,
                                       const void    *data,
                                       gsize          length,
                                       GError       **error);
gboolean      lc_file_writer_commit   (LcFileWriter  *self,
                                       GError       **error);
void          lc_file_writer_free     (LcFileWriter  *self);
gboolean      lc_file_write_atomic    (const char    *path,
                                       const char    *data,
                                       gsize          length,
                                       GError       **error);

void          lc_file_set_error_from_errno (GError   **error,
                                            const char *path,
                                            int         saved_errno);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcFileWriter, lc_file_writer_free)

G_END_DECLS
