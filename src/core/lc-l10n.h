/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "lc-enums.h"

G_BEGIN_DECLS

/* Translation into a language chosen by the caller rather than by the
 * process locale: an Arabic agenda PDF may be made from an English session,
 * and the other way round. English is the source language, so English
 * needs no catalogue; Arabic is read from the project's own compiled
 * catalogue (learning-cities.mo). */

/**
 * LcDigits:
 * @LC_DIGITS_DEFAULT: the language's own digits (Arabic-Indic for Arabic)
 * @LC_DIGITS_WESTERN: 0123456789
 * @LC_DIGITS_ARABIC_INDIC: ٠١٢٣٤٥٦٧٨٩
 *
 * Which digits numbers are written with.
 */
typedef enum
{
  LC_DIGITS_DEFAULT,
  LC_DIGITS_WESTERN,
  LC_DIGITS_ARABIC_INDIC,
} LcDigits;

typedef struct _LcCatalogue LcCatalogue;

LcCatalogue *lc_catalogue_new_from_file    (const char   *path,
                                            GError      **error);
void         lc_catalogue_free             (LcCatalogue  *self);
const char  *lc_catalogue_lookup           (LcCatalogue  *self,
                                            const char   *context,
                                            const char   *msgid,
                                            guint         plural_form);
guint        lc_catalogue_get_n_entries    (LcCatalogue  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcCatalogue, lc_catalogue_free)

void         lc_l10n_init                  (void);
const char  *lc_l10n_gettext               (LcLanguage    language,
                                            const char   *msgid) G_GNUC_FORMAT (2);
const char  *lc_l10n_pgettext              (LcLanguage    language,
                                            const char   *context,
                                            const char   *msgid) G_GNUC_FORMAT (3);
const char  *lc_l10n_ngettext              (LcLanguage    language,
                                            const char   *msgid,
                                            const char   *msgid_plural,
                                            gulong        n) G_GNUC_FORMAT (3);
const char  *lc_l10n_get_catalogue_path    (void);

LcLanguage   lc_l10n_language_from_environment (void);

const char  *lc_l10n_weekday_name          (LcLanguage    language,
                                            GDateWeekday  weekday);
const char  *lc_l10n_month_name            (LcLanguage    language,
                                            GDateMonth    month);
char        *lc_l10n_format_date           (LcLanguage    language,
                                            const GDate  *date);
char        *lc_l10n_format_date_full      (LcLanguage    language,
                                            LcDigits      digits,
                                            const GDate  *date);
char        *lc_l10n_localise_digits       (LcLanguage    language,
                                            const char   *text);
char        *lc_l10n_convert_digits        (LcLanguage    language,
                                            LcDigits      digits,
                                            const char   *text);

char        *lc_l10n_printf                (LcLanguage    language,
                                            LcDigits      digits,
                                            const char   *format,
                                            ...) G_GNUC_PRINTF (3, 4);
char        *lc_l10n_vprintf               (LcLanguage    language,
                                            LcDigits      digits,
                                            const char   *format,
                                            va_list       ap) G_GNUC_PRINTF (3, 0);
char        *lc_l10n_format_number         (LcLanguage    language,
                                            LcDigits      digits,
                                            gint64        number);

G_END_DECLS
