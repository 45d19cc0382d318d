/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * A row that shows a time zone (an IANA identifier such as Asia/Riyadh,
 * with its offset from UTC) and lets one be chosen from the list the system
 * knows: activating the row opens a search over the zones; typing any part
 * of a name ("riyadh", "cairo") narrows the list, Enter or a click chooses.
 */

#define LC_TYPE_TIME_ZONE_ROW (lc_time_zone_row_get_type ())
G_DECLARE_FINAL_TYPE (LcTimeZoneRow, lc_time_zone_row, LC, TIME_ZONE_ROW, AdwActionRow)

GtkWidget  *lc_time_zone_row_new      (void);
const char *lc_time_zone_row_get_zone (LcTimeZoneRow *self);
void        lc_time_zone_row_set_zone (LcTimeZoneRow *self,
                                       const char    *identifier);
void        lc_time_zone_row_popup    (LcTimeZoneRow *self);
GStrv       lc_time_zone_list         (void);

G_END_DECLS
