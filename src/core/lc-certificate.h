/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-badge.h"
#include "lc-export-common.h"

G_BEGIN_DECLS

/**
 * LcCertificateOptions:
 * @signatory_name: (nullable): who signs, as printed under the signature
 * @signatory_title: (nullable): their title
 * @signature: (nullable): an image file of the signature (PNG or JPEG)
 *
 * What a convention does not store but its certificates print.
 */
typedef struct
{
  const char *signatory_name;
  const char *signatory_title;
  const char *signature;
} LcCertificateOptions;

gboolean  lc_certificate_wanted            (const LcBadgeEntry          *entry);
char     *lc_certificate_verification_code (const char                  *convention_uid,
                                            const char                  *person_uid);
char     *lc_certificate_file_name         (const LcBadgeEntry          *entry,
                                            LcLanguage                   language);
char     *lc_safe_file_name                (const char                  *text,
                                            const char                  *fallback);
gboolean  lc_certificates_write_pdf        (LcBadgeSet                  *set,
                                            const LcCertificateOptions  *options,
                                            const char                  *path,
                                            LcAgendaLanguage             language,
                                            GError                     **error);
gboolean  lc_certificates_write_folder     (LcBadgeSet                  *set,
                                            const LcCertificateOptions  *options,
                                            const char                  *folder,
                                            LcAgendaLanguage             language,
                                            GCancellable                *cancellable,
                                            LcExportProgressFunc         progress,
                                            gpointer                     progress_data,
                                            GPtrArray                  **written,
                                            GError                     **error);

G_END_DECLS
