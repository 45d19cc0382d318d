/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-badge-private.h"
#include "lc-certificate.h"

G_BEGIN_DECLS

/* What every certificate page of one export shares (lc-certificate.c,
 * lc-certificate-files.c). */
typedef struct
{
  LcBadgeSet      *set;
  LcBadgePen       pen;
  gboolean         languages[2];  /* [0] Arabic, [1] English on the page */
  double           width, height;
  cairo_surface_t *signature;     /* nullable */
  char            *signatory_name;
  char            *signatory_title;
  gboolean         signatory_rtl;
} LcCertificateDraw;

gboolean  lc_certificate_draw_init  (LcCertificateDraw           *draw,
                                     LcBadgeSet                  *set,
                                     const LcCertificateOptions  *options,
                                     LcAgendaLanguage             language,
                                     GError                     **error);
void      lc_certificate_draw_clear (LcCertificateDraw           *draw);
gboolean  lc_certificate_draw_page  (LcCertificateDraw           *draw,
                                     cairo_t                     *cr,
                                     const LcBadgeEntry          *entry);

G_END_DECLS
