/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest contact details stored; README.md lists them with the limits. */
#define LC_PERSON_EMAIL_MAX_LENGTH 254
#define LC_PERSON_PHONE_MAX_LENGTH 32
#define LC_PERSON_BIO_MAX_LENGTH 2000

gboolean  lc_person_check_email    (const char  *text,
                                    GError     **error);
gboolean  lc_person_check_phone    (const char  *text,
                                    GError     **error);
gboolean  lc_person_check_bio      (const char  *text,
                                    GError     **error);
gboolean  lc_person_check_language (const char  *text,
                                    GError     **error);
char     *lc_person_normalize_phone (const char *text);

G_END_DECLS
