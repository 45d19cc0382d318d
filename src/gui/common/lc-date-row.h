/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * A row that shows a date in the reader's language and digits and lets it
 * be chosen on a calendar: activating the row (Enter, a click) opens the
 * calendar; arrows move the day, Enter or a click on a day chooses it.
 */

#define LC_TYPE_DATE_ROW (lc_date_row_get_type ())
G_DECLARE_FINAL_TYPE (LcDateRow, lc_date_row, LC, DATE_ROW, AdwActionRow)

GtkWidget  *lc_date_row_new      (void);
const char *lc_date_row_get_date (LcDateRow  *self);
void        lc_date_row_set_date (LcDateRow  *self,
                                  const char *iso_date);
void        lc_date_row_popup    (LcDateRow  *self);

G_END_DECLS
