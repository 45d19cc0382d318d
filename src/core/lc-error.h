/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LC_ERROR (lc_error_quark ())

/**
 * LcError:
 * @LC_ERROR_NOT_A_DATABASE: the file is not an SQLite database, or is damaged
 * @LC_ERROR_FOREIGN_DATABASE: an SQLite database that belongs to another program
 * @LC_ERROR_TOO_NEW: written by a newer version of Learning Cities
 * @LC_ERROR_DATABASE: any other failure reported by SQLite
 * @LC_ERROR_READ_ONLY: the database cannot be written to
 * @LC_ERROR_DISK_FULL: the disk is full
 * @LC_ERROR_CONSTRAINT: the change would break a rule of the data
 * @LC_ERROR_NOT_FOUND: no such record
 * @LC_ERROR_INVALID_FILE: an imported file is malformed
 * @LC_ERROR_INVALID_VALUE: a value given by the user is not acceptable
 * @LC_ERROR_AMBIGUOUS: a choice is needed (e.g. which convention)
 * @LC_ERROR_MISSING_FONT: no installed font can write a text to be printed
 * @LC_ERROR_SHARED_DOCUMENT: the library is a file shared through the
 *   sandbox's document portal, which must be copied first
 * @LC_ERROR_BUSY: another program is writing to the library; try again soon
 * @LC_ERROR_TOO_LARGE: a file or a value is over one of the limits README.md lists
 * @LC_ERROR_NO_ACCESS: the library may not be read at all (another user's, say)
 */
typedef enum
{
  LC_ERROR_NOT_A_DATABASE,
  LC_ERROR_FOREIGN_DATABASE,
  LC_ERROR_TOO_NEW,
  LC_ERROR_DATABASE,
  LC_ERROR_READ_ONLY,
  LC_ERROR_DISK_FULL,
  LC_ERROR_CONSTRAINT,
  LC_ERROR_NOT_FOUND,
  LC_ERROR_INVALID_FILE,
  LC_ERROR_INVALID_VALUE,
  LC_ERROR_AMBIGUOUS,
  LC_ERROR_MISSING_FONT,
  LC_ERROR_SHARED_DOCUMENT,
  LC_ERROR_BUSY,
  LC_ERROR_TOO_LARGE,
  LC_ERROR_NO_ACCESS,
} LcError;

GQuark lc_error_quark (void);

G_END_DECLS
