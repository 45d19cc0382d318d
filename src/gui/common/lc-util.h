/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lc-enums.h"
#include "lc-l10n.h"
#include "lc-record.h"

G_BEGIN_DECLS

LcLanguage  lc_ui_language          (void);
const char *lc_ui_text              (LcRecord   *record,
                                     const char *field,
                                     gboolean   *fell_back);
char       *lc_ui_join_list         (GPtrArray  *texts,
                                     GPtrArray  *pieces);
LcDigits    lc_ui_digits            (void);
char       *lc_ui_localise          (const char *text);
char       *lc_ui_printf            (const char *format,
                                     ...) G_GNUC_PRINTF (1, 2);
char       *lc_ui_format_number     (gint64      number);
char       *lc_ui_format_time       (int         minutes);
char       *lc_ui_format_time_range (int         start,
                                     int         end);
char       *lc_format_date          (const char *iso_date);
char       *lc_format_date_time     (GDateTime  *when);
char       *lc_format_date_range    (const char *start,
                                     const char *end);
void        lc_widget_mark_wrong    (gpointer    widget,
                                     gboolean    wrong);
void        lc_search_clear_or_close (GtkEditable *search);

G_END_DECLS
