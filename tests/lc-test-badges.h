/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-badge.h"
#include "lc-participant-enums.h"

G_BEGIN_DECLS

/* What the badge and certificate tests (and the badges' benchmark) share:
 * a convention of @n people on its programme, and reading a PDF's text. */

gint64  lc_test_badges_programme (LcStore     *store,
                                  guint        n,
                                  const char  *name_ar,
                                  const char  *name_en);
char   *lc_test_badges_text      (const char  *pdf,
                                  guint        page,
                                  double       x,
                                  double       y,
                                  double       width,
                                  double       height);
char   *lc_test_badges_squeeze   (const char  *text,
                                  gboolean     typed);

char   *lc_test_badges_library   (guint        n,
                                  char       **dir,
                                  char       **id);
void    lc_test_badges_save_png  (const char  *pdf,
                                  const char  *name);
gint64  lc_test_badges_participant (LcStore               *store,
                                    gint64                 convention,
                                    const char            *name_en,
                                    LcParticipantCategory  category,
                                    LcParticipantStatus    status,
                                    const char            *represents_en);

G_END_DECLS
