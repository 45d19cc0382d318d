/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-models.h"
#include "lc-store.h"

G_BEGIN_DECLS

char      *lc_person_details_text     (LcStore     *store,
                                       LcPerson    *person,
                                       LcLanguage   language,
                                       GError     **error);
GPtrArray *lc_speakers_sheet_rows     (LcStore     *store,
                                       gint64       convention_id,
                                       LcLanguage   language,
                                       GError     **error);
char      *lc_speakers_sheet_csv      (GPtrArray   *rows,
                                       gsize       *length);
GBytes    *lc_speakers_sheet_ods      (GPtrArray   *rows,
                                       const char  *sheet_name,
                                       GError     **error);
gboolean   lc_speakers_sheet_write    (LcStore     *store,
                                       gint64       convention_id,
                                       LcLanguage   language,
                                       const char  *path,
                                       GError     **error);

G_END_DECLS
